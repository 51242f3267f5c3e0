"""Actor resolution: a participant's noun phrase in a UD tree → :class:`~cronica.record.Actor`.

The noun phrase is the head token plus its nominal dependents (``amod``, ``nmod``, ``appos``, ``flat``,
``compound``, ``det`` …), without clauses or coordinated conjuncts. Inside it, gazetteer matches
(``lang/<code>/actors.tsv`` + ``lang/xx/actors.tsv``) and sector nouns (``lang/<code>/sectors.tsv``)
combine into a CAMEO actor code:

1. a known person → the role valid on the event date (``BLRGOV``; out of office → ``ROUELI``);
2. a seat-of-power metonym, capital or institution → its code (Kremlinul → ``RUSGOV``);
3. a city named as the participant itself (``lang/*/places.tsv``: "Russia attacked Kharkiv", "Harkovul a fost
   bombardat") → its country at country level (``UKR``, name ``Kharkiv``), only for a proper-noun head wholly
   covered by the city match and not tagged PERSON/ORG by NER ("Victoria Nuland" is no city) — unless a place noun
   says it is a place ("the city of Odesa", ``grammar.yaml: place_nouns``) or it is a one-word name tagged ORG;
4. a country name or demonym + a sector noun → country + sector (``președintele rus`` → ``RUSGOV``;
   ``trupe americane`` → ``USAMIL``); a bare country → the country code (``RUS``); a city outside a locative
   phrase modifying a common-noun head counts as its country when no country is named ("the mayor of Kharkiv");
5. a sector noun alone → the sector as code (``protestatarii`` → ``CVL``), country unknown; a domestic sector
   takes the country of the place it is in ("poliția din Harkov" → ``UKRCOP``);
6. a multi-word gazetteer name the parser tore apart is found over the sentence's words ("Ursula von der Leyen");
   an unknown named entity → ``code: None`` with its NER label (never dropped);
7. anything else (a theme such as "sanctions") → not an actor (``None``).

Countries and cities inside locative phrases (``ambasadorul Venezuelei la Moscova``: ``la`` is in
``grammar.yaml: location_case``; English ``from`` is one too, so "a missionary from Calgary", like "a
missionary from Canada", keeps no country unless its sector is domestic) only count when nothing else gives a
country.
"""
from __future__ import annotations

from datetime import date

from ..analyse import doc_text
from ..extract.lexicon import ordered_forms
from ..record import Actor
from .gazetteer import Gazetteer, Match

NP_DEPS = {"amod", "nmod", "nmod:poss", "appos", "flat", "flat:name", "compound", "det", "case", "fixed",
           "nummod", "det:poss", "nmod:tmod", "nmod:agent", "goeswith", "punct", "cc:preconj"}
DOMESTIC_SECTORS = {"COP", "GOV", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "LAB", "EDU", "HLH", "MED", "JRN"}
"""Sectors whose members take the country of the place they are in (CAMEO codebook: domestic actor roles)."""
MEMBER_SECTORS = frozenset({"LAB", "AGR", "EDU", "HLH", "BUS", "NGO", "MED", "CVL", "OPP", "REF", "ELI"})
"""Sectors of a society's groups that name an organisation of their members ("union confederations", "farmers'
federation"; CAMEO codebook 1.1b3 sector codes). Armed sectors are not among them: an "extremist organization"
keeps the coding it had without its modifier (own rule, 2026-12-01: taking REB there lost the country that the
GSR dev record codes)."""
NP_BASE = {"amod", "nmod", "appos", "flat", "compound", "det", "case", "fixed", "nummod", "goeswith"}
ENTITY_LABELS = {"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "NAT_REL_POL", "ORGANIZATION", "FAC", "EVENT"}
NOT_PLACE_LABELS = {"PERSON", "PER", "ORG", "ORGANIZATION"}
"""NER labels (spaCy English, ro_legal_fl) under which a name matching a city is not taken as the city."""


def np_tokens(head) -> list:
    """Tokens of the noun phrase headed by ``head`` (sorted): nominal dependents by UD base relation
    (``nmod:desc``, ``nmod:poss`` … count as ``nmod``), without clauses, conjuncts or time expressions
    (``doc.user_data["cronica_time_tokens"]``, set by the pipeline: "Boris Yeltsin on Saturday")."""
    skip = head.doc.user_data.get("cronica_time_tokens", ())
    lcase = head.doc.user_data.get("cronica_location_case", ())
    out = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if (c.dep_ in NP_DEPS or c.dep_.split(":")[0] in NP_BASE) and c not in out and c.i not in skip:
                if t.pos_ == "PROPN" and c.dep_.startswith("nmod") and _case(c) in lcase:
                    continue  # a name takes no locative: "Maduro in Moscow" places the event, not the person
                out.append(c)
                stack.append(c)
    out.sort(key=lambda t: t.i)
    # (the head itself is never trimmed, whatever its relation: "a luat legătura(fixed) cu …")
    while len(out) > 1 and out[-1].i != head.i and (out[-1].is_punct or out[-1].dep_ in ("case", "cc", "fixed")):
        out.pop()
    while len(out) > 1 and out[0].i != head.i and (out[0].is_punct or out[0].dep_ in ("case", "cc", "fixed")):
        out.pop(0)
    return out


def _case(tok) -> str:
    return " ".join(c.lemma_.lower() for c in tok.children if c.dep_ == "case")


CONTEXT_SECTORS = {"GOV", "JUD", "LEG", "OPP", "COP", "PTY"}
"""Sectors of office holders whose country, when the phrase names none ("President Laurent Gbagbo",
"the interior minister"), is taken from the sentence if it names exactly one country."""


def _word_run(head) -> list:
    """The contiguous run of proper nouns, adjectives and nouns around ``head`` in its sentence (no
    punctuation, determiners, prepositions or verbs inside), plus a possessive "'s" tail; used when the
    parse gives a phrase that matches nothing."""
    sent = head.sent
    ok = ("PROPN", "ADJ", "NOUN")
    lo = hi = head.i
    while lo - 1 >= sent.start and head.doc[lo - 1].pos_ in ok and not head.doc[lo - 1].is_punct:
        lo -= 1
    while hi + 1 < sent.end and head.doc[hi + 1].pos_ in ok and not head.doc[hi + 1].is_punct:
        hi += 1
    return list(head.doc[lo:hi + 1])


def _root_of_match(m, toks: list):
    """The syntactic head of the tokens of gazetteer match ``m`` (the token whose head lies outside them)."""
    span = toks[m.start:m.end]
    idx = {t.i for t in span}
    return next((t for t in span if t.head.i not in idx or t.head.i == t.i), span[-1])


def head_pos(toks: list, head) -> int:
    """Index of ``head`` in the phrase tokens ``toks``."""
    return next(i for i, t in enumerate(toks) if t.i == head.i)


def _sentence_country(head, toks: list, gaz: Gazetteer, on: date | None, grammar: dict | None = None) -> str | None:
    """The one country (CAMEO country code) named in ``head``'s sentence outside the phrase ``toks``, else None.

    Countries, demonyms and capitals count; two or more different countries make it ambiguous (None). The
    other direct participants of the same predicate do not count ("Ministrul de interne a vizitat Bulgaria":
    Bulgaria is visited, it does not say whose minister). Nor does the nationality of an envoy
    (``grammar.yaml: envoy_nouns``): an ambassador is a foreigner where he serves. The event's place counts
    unless it lies in another participant's country ("met Lavrov in Moscow")."""
    inside = {t.i for t in toks}
    others: set[int] = set()  # the other participants' own words
    gov = head.head
    lcase = grammar.get("location_case", ()) if grammar else ()
    for sib in gov.children:
        if sib.i != head.i and sib.dep_.split(":")[0] in ("obj", "iobj", "obl", "nsubj") and not (
                lcase and _case(sib) in lcase):
            # the participant's own words (its head and name parts), not phrases nested inside it
            others.add(sib.i)
            others.update(c.i for c in sib.children if c.dep_.split(":")[0] in ("flat", "compound", "amod", "det"))
    sent = head.sent
    words = [t.text for t in sent]
    found, places, theirs = set(), set(), set()
    where: set[int] = set()
    near = [c for c in gov.children if c.i != head.i]
    near += [g for c in near if c.pos_ == "PROPN" for g in c.children]  # "met Lavrov in Moscow" hung on the name
    for sib in near:
        if sib.dep_.split(":")[0] in ("obl", "nmod") and lcase and _case(sib) in lcase:
            where.update(t.i for t in sib.subtree)
    envoys = grammar.get("envoy_nouns", ()) if grammar else ()
    for m in gaz.match(words, on):
        idx = {sent[k].i for k in range(m.start, m.end)}
        if idx & inside:
            continue
        if idx & others:
            if m.entry.country:
                theirs.add(m.entry.country)  # (persons too: "Lavrov" is Russian)
            continue
        root = sent[m.start]
        if envoys and root.head.lemma_.lower() in envoys and root.dep_.split(":")[0] in ("amod", "nmod"):
            continue  # an envoy's nationality is foreign where the envoy is ("explicații ambasadorului rus")
        if m.entry.kind in ("country", "demonym", "capital") and m.entry.country:
            (places if idx & where else found).add((m.entry.code[:3], m.entry.country))
    # the event's place says whose the participant is unless it is another participant's home ("X met Lavrov in
    # Moscow": Moscow is Lavrov's, not X's; "Bouteflika threatened a curfew in Algiers": Algiers is his)
    found = {code for code, _ in found} | {code for code, iso in places if iso not in theirs}
    return found.pop() if len(found) == 1 else None


def _contiguous_extent(toks: list, head) -> tuple[int, int]:
    """Character extent of the unbroken run of phrase tokens around ``head`` (a coordinated second actor
    between two parts of the phrase ends the run)."""
    idx = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    doc = head.doc
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    while lo < hi and doc[lo].is_punct:
        lo += 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def coordinated_modifier_actors(head, actor: Actor, gaz: Gazetteer, on: date | None) -> list[Actor]:
    """Extra actors from coordinated nationality modifiers: "Hungarian and Romanian officials" is two
    actors (HUNGOV, ROUGOV) sharing the head's sector; so are "Trupele thailandeze și cele cambodgiene" and the
    elliptical "Companiile românești și cele ucrainene". Returns the additional actors (maybe empty)."""
    out = []
    seen = {actor.country}

    def add(tok) -> None:
        e = gaz.lookup(tok.text, on)
        if e is not None and e.kind in ("country", "demonym") and e.country not in seen:
            seen.add(e.country)
            code = e.code[:3] + (actor.sector or "")
            out.append(Actor(tok.text, tok.idx, tok.idx + len(tok.text), e.name, code, e.country, actor.sector))

    for mod in head.children:
        if mod.dep_.split(":")[0] not in ("amod", "compound", "nmod"):
            continue
        conjs = [c for c in mod.children if c.dep_ == "conj"]
        # the modifier itself too: the head's actor may come from the conjunct nearer to the head
        # ("Ukrainian and Russian delegations" resolves to RUS; UKR is the other actor)
        for tok in ([mod] + conjs) if conjs else []:
            add(tok)
    # the parser may hang both modifiers on the head and the conjunction on the head or the second modifier
    # ("Ukrainian and Russian delegations": amod, cc, amod): modifiers on either side of that "and" are coordinated
    for c in head.children:  # an elliptical conjunct: "Companiile românești și cele(conj) ucrainene(amod)"
        if c.dep_ == "conj" and c.pos_ in ("DET", "PRON"):
            for mod in c.children:
                if mod.dep_ == "amod":
                    add(mod)
    # (also after the head, where Romanian puts them: "Trupele thailandeze și cele cambodgiene", the "și" hung on
    # the article "cele" of the second modifier)
    for side in ([c for c in head.children if c.i < head.i], [c for c in head.children if c.i > head.i]):
        mods = [c for c in side if c.dep_.split(":")[0] in ("amod", "compound", "nmod")]
        ccs = [c for t in [head] + mods + [d for m in mods for d in m.children] for c in t.children
               if c.dep_ == "cc"]  # (on the head, a modifier, or a modifier's article: "și" on "cele")
        if len(mods) >= 2 and any(mods[0].i < c.i < mods[-1].i for c in ccs):
            for tok in mods:
                add(tok)
    return out


def _in_location_pp(tok, head, lcase: set) -> bool:
    """True if ``tok`` sits under a locative preposition between itself and ``head``."""
    from ..extract.frames import case_of

    t = tok
    while t.i != head.i and t.head.i != t.i:
        if case_of(t) in lcase:
            return True
        t = t.head
    return False


def _coordinated_name(head, gaz: Gazetteer, on: date | None) -> Actor | None:
    """A country whose name the parser split as a coordination ("Trinidad(obl) and Tobago(conj)", "Bosnia and
    Herzegovina"): when ``head`` and its conjunct (or its head, for the conjunct) with the word between them form
    a country name of the gazetteer, that country, at the whole name's offsets; else ``None``."""
    pairs = [(head, c) for c in head.children if c.dep_ == "conj" and c.i == head.i + 2]
    if head.dep_ == "conj" and head.head.i == head.i - 2:
        pairs.append((head.head, head))
    for first, last in pairs:
        words = [t.text for t in first.doc[first.i:last.i + 1]]
        m = next((m for m in gaz.match(words, on) if m.start == 0 and m.end == len(words)
                  and m.entry.kind == "country"), None)
        if m is not None:
            e = m.entry
            start, end = first.idx, last.idx + len(last.text)
            return Actor(doc_text(first.doc)[start:end], start, end, e.name, e.code, e.country, e.sector or None)
    return None


def sector_of(tok, gaz: Gazetteer, grammar: dict) -> str | None:
    """Sector of an agent noun (``lang/<code>/sectors.tsv``): first as a two-word agent with one of its modifiers
    (a row "political prisoner" → OPP, as PETRARCH-2 Phoenix.agents.txt POLITICAL_PRISONER; either word order),
    then by lemma, by lower-cased form, then by the form with an inflection ending removed (``grammar.yaml:
    inflection_suffixes``) for lemmatiser misses."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN"):
            for pair in (f"{c.lemma_} {tok.lemma_}", f"{tok.lemma_} {c.lemma_}"):
                sec = gaz.sector(pair)
                if sec:
                    return sec
    for f in ordered_forms(tok, grammar.get("inflection_suffixes", ())):
        sec = gaz.sector(f)
        if sec:
            return sec
    return None


def person_aliases(doc, gaz: Gazetteer) -> dict[str, str]:
    """Within-document short names: every word (≥ 3 letters, capitalised) of a known person's name as
    written in the document → that full form. "Nicușor Dan … Dan a reafirmat" resolves the second
    mention. Names shared by two people in the same document are dropped (ambiguous).

    Args:
        doc: parsed spaCy ``Doc``; gaz: the language's gazetteer.
    Returns:
        ``{short form: full form}``.
    """
    aliases: dict[str, str] = {}
    clash: set[str] = set()
    runs, run = [], []
    for t in doc:  # only runs of proper nouns can be full person names: match those, not every sentence
        if t.pos_ == "PROPN":
            run.append(t.text)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = []
    if len(run) >= 2:
        runs.append(run)
    for words in runs:
        for m in gaz.match(words):
            if m.entry.kind != "person" or m.end - m.start < 2:
                continue
            full = " ".join(words[m.start:m.end])
            for w in words[m.start:m.end]:
                if len(w) >= 3 and w[:1].isupper():
                    if aliases.get(w, full) != full and gaz.lookup(aliases[w]) != gaz.lookup(full):
                        clash.add(w)
                    aliases[w] = full
    return {k: v for k, v in aliases.items() if k not in clash}


def is_place_noun(tok, grammar: dict | None) -> bool:
    """True if ``tok`` is a place noun ("city", "region", "orașul"; ``grammar.yaml: place_nouns``)."""
    places = (grammar or {}).get("place_nouns", ())
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in places or tok.lower_ in places)


def _whole_name_city(m, toks: list, tok, grammar: dict | None = None) -> bool:
    """True if gazetteer match ``m`` (word indices into ``toks``) is a city covering the proper noun ``tok`` and
    all of its ``flat``/``compound`` name parts, and NER does not tag ``tok`` as a person or organisation
    ("Victoria Nuland": the match "Victoria" leaves "Nuland" out, so it is not the city); a capitalised proper
    noun right before or after the match also makes it part of a longer name.

    NER is overruled where the text itself says it is a place — a name governed by or governing a place noun
    ("the city of Odesa", "the Samara region"; ``grammar``) — and for a one-word name tagged as an organisation
    (the small English NER tags "attacked Kharkiv" ORG; an organisation named by one city word is rare) or as a
    person no longer name of the document contains ("struck Odesa" tagged PERSON; :func:`_named_person_part`)."""
    if m.entry.kind != "city" or tok.pos_ != "PROPN":
        return False
    parts = {tok.i} | {c.i for c in tok.children if c.dep_.split(":")[0] in ("flat", "compound")}
    if tok.ent_type_ in NOT_PLACE_LABELS and not (
            is_place_noun(tok.head, grammar) and tok.head.i != tok.i
            or any(is_place_noun(c, grammar) for c in tok.children)
            or (tok.ent_type_ in ("ORG", "ORGANIZATION") and parts == {tok.i})
            or (parts == {tok.i} and not _named_person_part(tok))):
        return False
    covered = {toks[k].i for k in range(m.start, m.end)}
    if not parts <= covered:
        return False
    doc = tok.doc
    for j in (min(covered) - 1, max(covered) + 1):  # a misparsed name run: "Florence Parly" (Parly as advmod)
        if not (0 <= j < len(doc)) or doc[j].sent != tok.sent or not doc[j].text[:1].isupper():
            continue
        if doc[j].pos_ == "PROPN" or (j > max(covered) and doc[j].text.isalpha()):  # (tagged ADV or X after it)
            return False
    return True


def _named_person_part(tok) -> bool:
    """``tok``'s word is part of a longer person name somewhere in its document ("Milan" after "Milan Kučan"):
    a one-word name the NER calls a person that matches a city is the city only when it is not."""
    return any(e.label_ in ("PERSON", "PER") and len(e) > 1 and any(t.text == tok.text for t in e)
               for e in tok.doc.ents)


def _placed(tok, top, cases: set) -> bool:
    """Whether ``tok`` lies in a phrase of place or origin (``cases``: prepositions, as :func:`_case` reads them) on
    the way up to ``top``: "în nordul(în) Mali", "în fața Parlamentului de la Tbilisi"."""
    t = tok
    for _ in range(4):
        if _case(t) in cases:
            return True
        if t.i == top.i or t.head.i == t.i:
            return False
        t = t.head
    return False


def _set_off(tok) -> bool:
    """An apposition set off by a comma ("Comisarul european pentru extindere, Marta Kos,"): the name says who the
    title is, unlike a name run on to a common noun ("portavionul Gerald R. Ford")."""
    return tok.dep_.split(":")[0] == "appos" and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _owner_mark(tok) -> bool:
    """``tok`` is marked as an owner: a possessive, a genitive case (UD ``Case=Gen``), a preposition or a Romanian
    genitive article ("lui", "al", "a", "ai", "ale": a ``det`` before it)."""
    return tok.dep_ == "nmod:poss" or "Gen" in tok.morph.get("Case") or any(
        c.dep_ in ("case", "det") and c.i < tok.i for c in tok.children)


def _stance(tok, grammar: dict) -> bool:
    """Whether ``tok`` follows a stance prefix and a hyphen ("pro - Russian", "anti-American" as one token too;
    ``grammar.yaml: stance_prefixes``)."""
    prefixes = grammar.get("stance_prefixes", ())
    if any(tok.lower_.startswith(p + "-") for p in prefixes):
        return True
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].lower_ in prefixes


def _whole_match(m, toks: list, head) -> bool:
    """True if gazetteer match ``m`` (word indices into ``toks``) covers the phrase's head ``head``."""
    return toks[m.start].i <= head.i <= toks[m.end - 1].i


def _long_name(toks: list, head, gaz: Gazetteer, on: date | None):
    """A gazetteer name that starts at the phrase's first capitalised word and runs past the parser's phrase
    boundary to cover ``head`` (long organisation names whose "for …", "of …" parts the parser attaches
    elsewhere). Returns ``(tokens, [Match])`` re-based on the name's tokens, or ``None``."""
    first = next((t for t in toks if t.text[:1].isupper() and t.i <= head.i), None)
    if first is None:
        return None
    sent = head.sent
    span = list(head.doc[first.i:min(sent.end, first.i + gaz.max_words)])
    ms = gaz.match([t.text for t in span], on)
    if ms and ms[0].start == 0 and ms[0].end > head.i - first.i and ms[0].end > 1:
        name = span[:ms[0].end]
        return name, [Match(0, len(name), ms[0].entry)]
    return None


def _covering_name(head, gaz: Gazetteer, on: date | None):
    """A multi-word person, organisation or institution name of the gazetteer that covers ``head`` in the sentence's
    words, whatever the parse ("Ursula von der Leyen" parsed as PROPN VERB NOUN PROPN). Returns ``((first token,
    last token), Entry)`` or ``None``."""
    sent = head.sent
    for start in range(max(sent.start, head.i - gaz.max_words + 1), head.i + 1):
        span = list(head.doc[start:min(sent.end, start + gaz.max_words)])
        if not span[0].text[:1].isupper():
            continue
        for m in gaz.match([t.text for t in span], on):
            if m.start == 0 and m.end >= 2 and start + m.end > head.i and m.entry.kind in (
                    "person", "igo", "institution"):
                return (span[0], span[m.end - 1]), m.entry
    return None


def counted_noun(head, grammar: dict):
    """The noun a quantity noun, a negative quantifier or a numeral counts ("thousands of people" → people,
    "none of the journalists" → journalists, "18 Rwandan rebels" parsed with the numeral as head → rebels), else
    ``None`` (``grammar.yaml: quantity_nouns``, ``negative_quantifiers``)."""
    if head.pos_ == "NUM":  # a numeral the parser made the head ("to 18 Rwandan rebels", "a 20 de oficiali")
        return next((c for c in head.children if c.dep_.split(":")[0] in ("nmod", "obl", "obj", "appos")
                     and c.pos_ in ("NOUN", "PROPN") and c.i > head.i), None)
    counting = set(grammar.get("quantity_nouns", ())) | set(grammar.get("negative_quantifiers", ()))
    lcase = set(grammar.get("location_case", ()))
    found = None
    for _ in range(3):  # "tens of thousands of Bulgarians": through every quantity noun
        if head.lemma_.lower() not in counting and head.lower_ not in counting:
            return found
        head = next((c for c in head.children if c.dep_.split(":")[0] in ("nmod", "obl")
                     and c.pos_ in ("NOUN", "PROPN") and c.i > head.i and _case(c) not in lcase), None)
        # (a place is not what is counted: "rights groups in Cameroon")
        if head is None:
            return found
        found = head
    return found


def resolve_np(head, gaz: Gazetteer, on: date | None, grammar: dict,
               aliases: dict[str, str] | None = None) -> Actor | None:
    """Resolve the noun phrase headed by ``head`` to an actor.

    Args:
        head: spaCy ``Token`` heading a participant noun phrase.
        gaz: the language's :class:`Gazetteer`.
        on: event date (role intervals are checked against it); ``None`` = current roles.
        grammar: cue sets from ``grammar.yaml`` (``location_case``).
        aliases: the document's short person names (:func:`person_aliases`), tried when nothing matches.
    Returns:
        an :class:`Actor` with character offsets into the document, or ``None`` if the phrase is not
        an actor. Agencies come back with ``sector="MED"`` and ``entity_type="AGENCY"`` so callers can
        treat them as reporters.
    """
    split = _coordinated_name(head, gaz, on)
    if split is not None:
        return split
    counted = counted_noun(head, grammar)
    if counted is not None:
        head = counted  # "thousands of people", "mii de oameni": the people counted are the participant
    toks = np_tokens(head)
    words = [t.text for t in toks]
    matches = gaz.match(words, on)
    if not matches and head.pos_ in ("PROPN", "NOUN", "ADJ"):
        # the parser split a name or cut off a nationality word ("Security Council", "Amnesty International",
        # "Palestinian armed groups"): try the run of name and modifier words around the head
        run = _word_run(head)
        if len(run) > len(toks) or any(t not in toks for t in run):
            run_matches = gaz.match([t.text for t in run], on)
            if run_matches:
                toks, words, matches = run, [t.text for t in run], run_matches
    if head.pos_ == "PROPN" and not any(_whole_match(m, toks, head) for m in matches):
        long = _long_name(toks, head, gaz, on)  # "National Union for the Total Independence of Angola"
        if long is not None:
            toks, matches = long
            words = [t.text for t in toks]
    if not any(m.entry.kind in ("country", "demonym") for m in matches):
        named = {toks[k].i for m in matches for k in range(m.start, m.end)}
        for k, t in enumerate(toks):  # a misspelt country or nationality word ("Ethopia", "Phillippines")
            e = gaz.near_country(t.text) if t.i not in named and t.ent_type_ not in NOT_PLACE_LABELS else None
            if e is not None:
                matches = sorted(matches + [Match(k, k + 1, e)], key=lambda m: m.start)
    doc = head.doc
    start, end = _contiguous_extent(toks, head)
    text = doc_text(doc)[start:end]
    lcase = grammar.get("location_case", set())

    def tok_of(m):
        return toks[m.start]

    if not matches and aliases:
        for t in toks:
            if t.pos_ == "PROPN" and t.text in aliases:
                e = gaz.lookup(aliases[t.text], on)
                if e is not None:
                    return Actor(text, start, end, e.name, e.code, e.country, e.sector)
    # a nationality under a stance prefix is a leaning, not a nationality ("the pro-Russian party", "anti-American
    # protesters"; grammar.yaml stance_prefixes)
    matches = [m for m in matches if not (m.entry.kind in ("country", "demonym") and _stance(tok_of(m), grammar))]
    primary = [m for m in matches if not _in_location_pp(tok_of(m), head, lcase)]
    located = [m for m in matches if m not in primary]
    by_kind = {}
    for m in primary:
        by_kind.setdefault(m.entry.kind, []).append(m)

    sector = None
    named = {toks[k].i for m in matches for k in range(m.start, m.end)}  # "West Bank" is a place, not a bank
    # the head's own sector first, then the nearest noun ("deputy foreign minister Ivan X": the title's head noun,
    # minister, is next to the name; "deputy" qualifies it)
    for t in [head] + sorted((t for t in toks if t.i != head.i and t.pos_ in ("NOUN", "PROPN") and t.i not in named),
                             key=lambda t: abs(t.i - head.i)):
        if t.pos_ == "ADJ" and t.dep_ == "amod":
            continue  # a modifying adjective names a nationality or a region, never a sector ("un protest oficial")
        sector = sector_of(t, gaz, grammar)
        if sector == "NON" and t.i == head.i:
            return None  # a word NGEC marks as no agent is no party ("knocked out power to Kharkiv")
        if sector in ("JNK", "NON") and t.i != head.i:
            sector = None  # a hazard's name on another noun is a name ("Typhoon jets", "rocket fire"), no agent;
            continue  # nor is a word NGEC marks as no agent (NON: "power generators", "cash transfers")
        if sector:
            break

    if sector in (None, "UNK") and {head.lemma_.lower(), head.lower_} & set(grammar.get("organisation_nouns", ())):
        # an organisation named by what its members are: "union(ADJ, compound) confederations", "confederații
        # sindicale(amod)", "the farmers' federation" — a modifier's sector (an adjective names none elsewhere)
        sector = next((x for x in (sector_of(t, gaz, grammar) for t in toks if t.i != head.i and t.head.i == head.i
                                   and t.dep_.split(":")[0] in ("amod", "compound", "nmod"))
                       if x in MEMBER_SECTORS), sector)
    hardware = grammar.get("hardware_agents", ())
    if sector is None and head.dep_.startswith("nsubj") and {head.lemma_.lower(), head.lower_} & set(hardware):
        sector = "MIL"  # military aircraft as the subject stand for the forces that fly them ("Thai F-16s bombed",
        # "Russian drones knocked out power"); as an object they are things ("will produce drones")
    if sector == "PTY" and any(t.i != head.i and sector_of(t, gaz, grammar) == "OPP" for t in toks):
        sector = "OPP"  # "opposition parties", "partidele de opoziție": the opposition (CAMEO OPP)
    if sector and head.lemma_.lower() in grammar.get("member_nouns", ()):
        # a member noun speaks for the group its modifier names: "opposition leaders", "liderii opoziției" (OPP),
        # "union representatives" (LAB) — the head alone ("the leaders") keeps its own sector
        group = [x for x in (sector_of(t, gaz, grammar) for t in toks if t.i != head.i and t.pos_ == "NOUN")
                 if x and x not in (sector, "UNK")]
        sector = group[0] if group else sector
    if sector and is_place_noun(head, grammar):
        sector = None  # "the city of Kherson" is the place (its country), not its civilians
    if sector and any((t.head.i == head.i or t.head.head.i == head.i and t.head.dep_.startswith("nmod"))
                      and t.i < head.i and (t.lemma_.lower() in grammar.get("former_words", ())
                                            or t.lower_ in grammar.get("former_words", ()))
                      for t in toks):  # (also on the title before a name: "Former(amod) minister(nmod:desc) X")
        sector = "ELI"  # "a former minister", "un fost deputat": a former official (CAMEO ELI)
    if "person" in by_kind and head.pos_ == "NOUN" and sector is None and not any(
            _whole_match(m, toks, head) or _owner_mark(_root_of_match(m, toks)) or _set_off(_root_of_match(m, toks))
            for m in by_kind["person"]):
        # a thing named after a person is not the person ("portavionul Gerald R. Ford"); a person who owns it
        # ("vizita lui Erdoğan", "Dan's invitation", "the invitation of Nicușor Dan") stays
        del by_kind["person"]
    for kind in ("person", "metonym", "institution", "igo", "capital"):
        if kind in by_kind:
            e = by_kind[kind][0].entry
            if kind == "person" and e.sector == "ELI" and e.country and sector and sector not in ("ELI", "UNK") \
                    and by_kind[kind][0].end - by_kind[kind][0].start < len(toks):
                # the text's own title says what a former office holder is now ("opposition leader Issa Tchiroma
                # Bakary", whose table role ended): a stale dictionary role does not override it
                return Actor(text, start, end, e.name, e.country + sector, e.country, sector)
            if kind == "capital" and head.pos_ != "PROPN" and any(
                    m.entry.country and m.entry.country != e.country
                    and abs(toks[m.start].i - head.i) < abs(toks[by_kind[kind][0].start].i - head.i)
                    for m in by_kind.get("country", []) + by_kind.get("demonym", [])):
                continue  # a nearer nationality says whose the participant is and the capital where it serves: "un
                # diplomat al ambasadei ruse de la Chișinău" → RUSGOV
            if kind == "capital" and head.pos_ != "PROPN" and sector and sector != "GOV":
                # "poliția din Minsk": the capital locates the agent, the head gives the sector
                return Actor(text, start, end, None, (e.country or "") + sector, e.country, sector)
            if kind == "capital" and head.pos_ != "PROPN" and not _whole_match(by_kind[kind][0], toks, head):
                # "Ministerul de Externe de la Chișinău": the capital's government, but the name is the phrase's
                return Actor(text, start, end, None, e.code, e.country, e.sector)
            return Actor(text, start, end, e.name, e.code, e.country, e.sector)
    if "agency" in by_kind:
        e = by_kind["agency"][0].entry
        return Actor(text, start, end, e.name, e.code, e.country, "MED", entity_type="AGENCY")
    for m in by_kind.get("city", []):
        if _whole_match(m, toks, head) and _whole_name_city(m, toks, head, grammar):
            # the city itself is the participant: its country at country level ("Russia attacked Kharkiv")
            e = m.entry
            return Actor(text, start, end, e.name, e.code, e.country, None)
    # countries inside locative phrases are places, not nationality ("troops in Iraq" are not Iraqi);
    # the nearest name or nationality word to the head wins ("The Turkish … sides of … Cyprus" → TUR)
    countries = sorted(by_kind.get("country", []) + by_kind.get("demonym", []),
                       key=lambda m: abs(toks[m.start].i - head.i))
    if not countries and head.pos_ != "PROPN":
        # a city saying whose the participant is, like a country ("the mayor of Kharkiv", "Kharkiv police")
        countries = sorted((m for m in by_kind.get("city", []) if _whole_name_city(m, toks, _root_of_match(m, toks),
                                                                                  grammar)),
                           key=lambda m: abs(toks[m.start].i - head.i))
    if countries and countries[0].entry.kind == "demonym" and countries[0].start <= head_pos(toks, head) < countries[0].end:
        # a people named by its ethnic noun belongs to the country that qualifies it: "Bosnian Serbs" (BIH),
        # "Albanians of southern Serbia" (SRB) — a modifier's or the place's country before the noun's own
        others = [m for m in countries[1:] if m.entry.country != countries[0].entry.country
                  and _root_of_match(m, toks).head.i == head.i
                  and _root_of_match(m, toks).dep_.split(":")[0] in ("amod", "compound", "nmod")]
        places = [m for m in located if m.entry.kind in ("country", "capital", "city") and m.entry.country]
        if others or places:
            countries = (others or places) + countries
        elif any(t.head.i == head.i and (t.lower_ in grammar.get("ethnic_words", ()) or t.lemma_.lower() in
                                         grammar.get("ethnic_words", ())) for t in toks):
            # "ethnic Albanians" name a people, not a state: civilians of the country where the event happens
            # (filled in by the pipeline from the event's place), not of Albania
            return Actor(text, start, end, None, "CVL", None, "CVL")
    if countries:
        e = countries[0].entry
        country = e.country
        base = e.code[:3]
        counted_crowd = counted is not None or any(c.dep_ == "nummod" or c.lemma_.lower() in grammar.get(
            "quantity_nouns", ()) for c in head.children)
        if not sector and counted_crowd and e.kind == "demonym" and _whole_match(countries[0], toks, head):
            sector = "CVL"  # a crowd named by its nationality: "tens of thousands of Bulgarians", "mii de bulgari"
        if sector:  # a composed actor ("Ministerul de Externe al Rusiei"): no canonical name of its own
            return Actor(text, start, end, None, base + sector, country, sector)
        return Actor(text, start, end, e.name if e.kind != "city" else None, base, country, None)
    origin = grammar.get("origin_case", set())
    if sector and origin:
        # members named by where they come from belong to it: "fighters from the Rapid Support Forces" are the RSF
        # (an organisation's own code), "soldiers from Moldova", "militari din Republica Moldova" its forces
        # (``grammar.yaml: origin_case``, a preposition of origin on the head itself)
        from ..extract.frames import case_of
        for m in located:
            root = _root_of_match(m, toks)
            if root.head.i != head.i or case_of(root) not in origin:
                continue
            e = m.entry
            if e.kind in ("metonym", "institution", "igo"):
                return Actor(text, start, end, e.name, e.code, e.country, e.sector)
            if e.kind in ("country", "capital", "city") and e.country:
                return Actor(text, start, end, None, e.country + sector, e.country, sector)  # (a city: "primarul
                # din Constanța" → ROUGOV)
    if sector in DOMESTIC_SECTORS:
        # domestic actors belong to the place they are in ("poliția din Chișinău", "rebels in Darfur",
        # "opposition parties in Nepal"), also by a nationality word there ("teachers from Romanian schools",
        # "profesorii din școlile românești"); foreign forces do not ("troops in Iraq" are not Iraqi)
        place = next((m.entry for m in located if m.entry.kind in ("capital", "country", "city", "demonym")
                      and m.entry.country), None)
        if place is not None:
            return Actor(text, start, end, None, place.code[:3] + sector, place.country, sector)
    if (sector in ("REF", "MIL") or sector in DOMESTIC_SECTORS) and head.pos_ == "NOUN":
        # people described by the country they flee, come from or act in, in a clause of their own: "refugees
        # escaping(acl) the fighting in Sudan" → SDNREF, "Military officers who seized(acl:relcl) power in
        # Guinea-Bissau" → GNBMIL (the first country or capital named inside such a clause in a phrase of place or
        # origin: grammar.yaml location_case, origin_case)
        for acl in (c for c in head.children if c.dep_.startswith("acl")):
            clause = sorted(acl.subtree, key=lambda t: t.i)  # (whole names: "Guinea-Bissau" is not Guinea)
            where = set(grammar.get("location_case", ())) | set(grammar.get("origin_case", ()))
            m = next((m for m in gaz.match([t.text for t in clause], on) if m.entry.kind in ("country", "capital")
                      and m.entry.country and clause[m.start].pos_ == "PROPN"
                      and _placed(_root_of_match(m, clause), acl, where)), None)  # (where they act or come from;
            # not whom they deal with: "students who protested against Russia" are not Russian)
            if m is not None:
                return Actor(text, start, end, None, m.entry.country + sector, m.entry.country, sector)
    if sector:
        ctx_country = _sentence_country(head, toks, gaz, on, grammar) if sector in CONTEXT_SECTORS else None
        if ctx_country is not None:
            return Actor(text, start, end, None, ctx_country + sector, ctx_country, sector)
        return Actor(text, start, end, None, sector, None, sector)
    covering = _covering_name(head, gaz, on)
    if covering is not None:  # a known name the parser tore apart ("Ursula von(VERB) der(NOUN) Leyen")
        (first, last), e = covering
        return Actor(doc_text(doc)[first.idx:last.idx + len(last.text)], first.idx, last.idx + len(last.text),
                     e.name, e.code, e.country, e.sector)
    label = head.ent_type_  # NER label of the head token (IOB attributes: no span rebuild)
    if label in ENTITY_LABELS:
        return Actor(text, start, end, None, None, None, None, entity_type=label)
    if head.pos_ == "PROPN":
        return Actor(text, start, end, None, None, None, None, entity_type="PROPN")
    return None
