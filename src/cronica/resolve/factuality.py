"""Factuality (PLOVER auxiliary modes + evidentiality), attribution chains and quotes over UD trees.

All cue words come from ``lang/<code>/grammar.yaml``; the logic is language-neutral.

Scope: cues apply to the clause they govern. From the predicate we walk up its *clause chain*
(``xcomp``, ``ccomp``, ``advcl``, ``conj``, ``acl``, ``parataxis`` heads). Negation propagates up only
through control verbs ("nu a vrut să semneze"), never through a verb of saying ("nu a confirmat că …"
leaves the embedded event unconfirmed, not negated). Denial verbs ("a negat că", "denied that") negate
their complement. ``dacă``/``if``/``whether`` anywhere in the chain makes the event hypothetical.

Evidentiality: ``alleged`` for the Romanian reportative conditional (``ar fi`` + participle: "ar fi
transmis"), present conditional outside a conditional clause, hearsay adverbs ("reportedly"), and
unnamed sources ("surse Reuters au declarat"); ``reported`` when the chain has a named source;
``direct`` otherwise. PLOVER manual draft 2.0, "Auxiliary modes"; Romanian reportative conditional:
GALR (2008) vol. I, "Modul condițional-optativ", epistemic/evidential uses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.frames import NOMINAL, case_of, is_passive, progressive_as_copula
from ..extract.lexicon import MISATTACHED_VERB_DEPS, token_forms

EXPRESSIVE_ROOTS = frozenset({"10", "14"})
"""CAMEO roots (demand, protest) of acts performed by the very act done for their purpose: "stayed off work to
protest" protests, it does not plan a protest (cf. ``cronica.extract.frames.MOTIVE_ROOTS``)."""

CHAIN_DEPS = {"xcomp", "ccomp", "advcl", "conj", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass", "obl", "nmod", "obj",
              "iobj"}
QUOTE_RE = re.compile(r"„[^”“\"]{3,}?[”“\"]|“[^”]{3,}?”|«[^»]{3,}?»|\"[^\"\n]{3,}?\""
                      # British single quotes, 'If Moscow …,' / ‘…’: opened after a space or at the start,
                      # closed by a quote mark before a space, punctuation or the end (an apostrophe, "Russia's", is
                      # inside a word)
                      r"|(?:^|(?<=[\s(]))['‘](?=\S)[^\n]{3,}?(?<=\S)['’](?=[\s,.;:!?)]|$)")


def clause_chain(pred, max_steps: int = 6) -> list:
    """The predicate and the heads governing its clause, innermost first (stops at the root)."""
    chain = [pred]
    t = pred
    for _ in range(max_steps):
        if t.head.i == t.i or (t.dep_ not in CHAIN_DEPS and not (t.dep_ == "amod" and progressive_as_copula(t))):
            break  # (the verb of "it was(cop) massing(amod) troops(ccomp)" heads its clause through its noun)
        t = t.head
        chain.append(t)
    return chain


def cue_forms(tok, g: dict) -> set[str]:
    """Lemma, lower-cased form, irregular lemma (``grammar.yaml: irregular_forms``) and suffix-stripped
    forms (``inflection_suffixes``) of ``tok``, so cue lists still match when the lemmatiser misses
    ("plănuiește" lemmatised as "plănuii", "said" left as "said"); see
    :func:`cronica.extract.lexicon.token_forms`."""
    return token_forms(tok, g.get("inflection_suffixes", ()), g.get("irregular_forms"))


def _marks(tok) -> set[str]:
    """Subordinators of a clause, with their fixed parts ("chiar dacă" → {"chiar", "dacă"}); also a
    clause-initial subordinator the parser hung on the clause's subject ("dacă reforma … ar fi respinsă"
    parsed mark(reforma, dacă))."""
    out = set()
    subj_marks = [m for c in tok.children if c.dep_.startswith("nsubj") and c.i < tok.i
                  for m in c.children if m.dep_ == "mark" and m.i < c.i]
    for c in [c for c in tok.children if c.dep_ == "mark"] + subj_marks:
        out.add(c.lemma_.lower())
        out.update(f.lemma_.lower() for f in c.children if f.dep_ == "fixed")
    return out


def _aux(tok) -> list:
    return [c for c in tok.children if c.dep_ in ("aux", "aux:pass", "cop", "mark")]


def _lemmas(tokens) -> set:
    return {t.lemma_.lower() for t in tokens} | {t.text.lower() for t in tokens}


def _is_conditional(tok, g: dict) -> tuple[bool, bool]:
    """Return ``(conditional, reportative_perfect)`` for ``tok``'s auxiliaries.

    Romanian "ar" (lemma ``avea``, no Tense, Person set) + "fi" (Inf) + participle = past conditional.
    """
    auxes = [c for c in tok.children if c.dep_ in ("aux", "aux:pass")]
    forms = [a.text.lower() for a in auxes]
    infinitive = "Inf" in tok.morph.get("VerbForm") or "fi" in forms
    # "ar" is only conditional; "am/ai/ați/aș" are also perfect auxiliaries ("am convenit"), so they count
    # as conditional only before an infinitive ("am conveni") or "fi" ("am fi convenit").
    cond = any(f in g["conditional_aux_forms"] and (f in ("ar", "would") or infinitive) for f in forms) or any(
        "Cnd" in a.morph.get("Mood") for a in auxes)
    perfect = cond and "fi" in forms and "Part" in tok.morph.get("VerbForm")
    return cond, perfect


@dataclass
class Factuality:
    """Result of :func:`factuality`: ``aux_mode`` (None|negation|hypothetical|future) and ``alleged``."""

    aux_mode: str | None
    alleged: bool


def _after_negative_phrase(tok, phrases) -> bool:
    """``tok``'s phrase follows a multi-word subordinator that says it did not happen (``grammar.yaml:
    negative_phrases``: "instead of", "rather than", "în loc să"), however the parser split it (advmod + mark,
    mark + fixed, advmod + fixed + mark): the words before the first word of ``tok``'s subtree that is no
    function word end with one of ``phrases``. Returns ``False`` when ``phrases`` is empty."""
    if not phrases:
        return False
    sub = sorted(tok.subtree, key=lambda t: t.i)
    first = next((t for t in sub if t.dep_.split(":")[0] not in ("mark", "fixed", "case", "advmod", "cc", "det")),
                 tok)
    if first.i != tok.i and not (first.head.i == tok.i and first.dep_.split(":")[0] in ("amod", "nummod", "compound",
                                                                                     "nmod")):
        return False  # (the phrase must introduce ``tok`` itself: in "Rather than wait, Russia attacked" it
        # introduces "wait", not "attacked")
    words = " ".join(t.lower_ for t in tok.doc[max(tok.sent.start, sub[0].i - 3):first.i])
    return any(words == p or words.endswith(" " + p) for p in phrases)


def factuality(pred, items: list, g: dict, triggers: dict | None = None) -> Factuality:
    """Decide the auxiliary mode and whether the event is only alleged.

    An event in the complement of another event predicate ("a cerut Rusiei să accepte un armistițiu",
    "threatened to strike", "agreed to meet") is the content of that act — demanded, threatened, promised —
    not something that happened: ``future``. A present conditional main clause in a sentence that has a
    conditional clause ("dacă …, Rusia ar naționaliza", "if …, X would …") is ``hypothetical``.

    Args:
        pred: predicate head token; items: other tokens of the matched pattern; g: grammar cue sets;
        triggers: token index → frame for every event predicate of the document (optional).
    Returns:
        :class:`Factuality`. (``historical`` is decided from the event date by the pipeline.)
    """
    chain = clause_chain(pred)
    if pred.pos_ in ("NOUN", "PROPN") and pred.dep_ in ("nsubj", "nsubj:pass") and pred.head.i != pred.i \
            and (_occurrence(pred.head, g) or _unrealised(pred.head, g)):
        # the event noun's own clause: "The summit did not take place", "The visit was postponed"
        chain = [pred] + clause_chain(pred.head)
    negation = hypothetical = future = alleged = False
    if pred.pos_ in ("NOUN", "PROPN") and pred.dep_ in ("nsubj", "nsubj:pass") and pred.head.i != pred.i \
            and cue_forms(pred.head, g) & (g["future_verbs"] | g.get("future_modifiers", set())):
        future = True  # "The talks are scheduled for Friday", "Întâlnirea este programată", "The summit is expected"
    speech = g["speech_verbs"]
    for depth, clause in enumerate(chain):
        kids = list(clause.children)
        if depth == 0 and clause.pos_ == "VERB" and clause.dep_ in MISATTACHED_VERB_DEPS and clause.head.i > clause.i:
            # a verb hung under the noun after it keeps its auxiliaries there ("will withdraw(case) a brigade")
            kids += [c for c in clause.head.children if c.dep_ in ("aux", "aux:pass", "advmod") and c.i < clause.i]
        forms = cue_forms(clause, g)
        lem = clause.lemma_.lower()
        if depth > 0 and chain[depth - 1].dep_ == "conj":
            # a conjunct shares its head's auxiliaries ("will meet and sign", "ar putea să se întâlnească și să
            # semneze"), not the head's own meaning: in "rejected their demand but promised to review bonuses" the
            # promise is no denial, in "declared an emergency and put its guards on alert" the alert is no report
            aux = [c for c in kids if c.dep_ == "aux" and "Cnd" not in c.morph.get("Mood")]
            if any(c.lemma_.lower() in g["future_aux"] or c.text.lower() in g["future_aux"] for c in aux) \
                    and not any(c.dep_ == "aux" for c in chain[depth - 1].children):
                future = True
            if any(c.lemma_.lower() in g["hypothetical_modals"] for c in aux):
                hypothetical = True
            continue
        if depth == 0 or (chain[depth - 1].dep_ in ("xcomp", "ccomp") and lem not in speech) or (
                depth == 1 and chain[0].dep_ in ("nsubj", "nsubj:pass")) or (
                chain[depth - 1].dep_ in ("obj", "iobj") and chain[depth - 1].pos_ == "NOUN" and clause.pos_ in (
                    "VERB", "AUX") and not (triggers and clause.i in triggers) and lem not in speech):
            # negation of the predicate itself, or of a control verb above it, or of a verb that is no event of its
            # own and takes the event noun as object ("nu au răspuns invitației", "did not approve the talks", "nu
            # au intenția de a trimite trupe"); a negated event verb says nothing of its object's event ("did not
            # condemn the attack")
            if any(c.lemma_.lower() in g["negation"] and c.dep_ in ("advmod", "det", "aux", "cc", "neg", "advmod:neg")
                   for c in kids + ([k for it in items for k in it.children] if depth == 0 else [])) and not (
                    depth > 0 and _unrealised(clause, g)):
                negation = True  # (a negated verb of avoidance above is weighed below: "cannot be ruled out that …")
            if any(c.dep_ in ("mark", "case") and c.lemma_.lower() in g.get("negative_mark", ())
                   for c in kids + ([k for it in items for k in it.children] if depth == 0 else [])):
                negation = True  # "left without meeting Zelensky", "a plecat fără să se întâlnească", "s-au încheiat
                # fără(case on the item) acord"
            if any(c.dep_ == "advmod" and any(d.dep_ == "advmod" and d.lemma_.lower() in g["negation"]
                                              for d in c.children) for c in kids):
                negation = True  # "no longer sends": the negation hangs on the adverb
            if depth == 0 and _after_negative_phrase(clause, g.get("negative_phrases", ())):
                negation = True  # "abstained instead of vetoing", "rather than expelling", "în loc să blocheze"
            if depth == 0 and any(c.i < clause.i and c.dep_ not in ("nsubj", "obj", "obl") and c.pos_ != "NOUN"
                                  and cue_forms(c, g) & g["future_verbs"] for c in kids) and any(
                    c.dep_ == "mark" and c.lower_ in g.get("infinitive_mark", ()) for c in kids):
                future = True  # "X is due to meet" parsed flat on the infinitive (due/set as its dependent)
            if depth == 0 and any(c.lemma_.lower() in g.get("not_yet_adverbs", ()) for c in kids) and any(
                    c.dep_ == "mark" and c.lower_ in g.get("infinitive_mark", ()) for c in kids):
                negation = True  # "has yet to withdraw" parsed flat on the infinitive
            # a negative quantifier on a participant: "No diplomats were expelled", "None of them was freed"
            neg_q = g.get("negative_quantifiers", set())
            if any(c.dep_.split(":")[0] in ("nsubj", "obj") and (c.lemma_.lower() in neg_q or any(
                    d.lower_ in neg_q and d.i < c.i and d.dep_ != "case" and not _in_compound_word(d)
                    for d in c.subtree)) for c in kids):
                negation = True  # (also "Neither France nor Germany sent …", whatever the parser hung it on)
        if depth > 0:
            below = chain[depth - 1]
            accusation = lem in g.get("accusation_verbs", ())
            if triggers and clause.i in triggers and below.dep_ in ("xcomp", "ccomp") and lem not in speech \
                    and not accusation:
                future = True
            if accusation:
                # the content of an accusation is a claim: reported when the accuser is named (attribution),
                # alleged when no one is ("Israel is accused of bombing …")
                if is_passive(clause) and not any(c.dep_ == "obl:agent" for c in clause.children):
                    alleged = True
                break
            if below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lemma_.lower() in g.get("purpose_mark", ())
                                            for c in below.children) and not (
                    depth == 1 and triggers and pred.i in triggers and triggers[pred.i].cameo[:2] in EXPRESSIVE_ROOTS):
                future = True  # purpose clause: "a numit un emisar pentru a negocia", "sent an envoy to negotiate"
                # (a protest or demand as the purpose is made by the act itself: "shunned work to protest …")
            if forms & g["denial_verbs"]:
                negation = True
            content_mark = any(c.dep_ == "mark" and c.lower_ in g.get("complementizers", ()) for c in below.children)
            if _unrealised(clause, g) and not (below.dep_ == "advcl" and (not any(
                    c.dep_ in ("mark", "case") for c in below.children) or (any(
                    c.dep_.startswith("nsubj") for c in below.children) and not content_mark))) and not any(
                    t.dep_ == "acl:relcl" for t in chain[:depth]):
                # (an unmarked adverbial clause is a circumstance, not what was avoided: "Bowing to the unions,
                # the cabinet shelved …"; a marked one is: "refrained from attacking"; one with a subject of its own
                # is another party's act: "Rusia s-a abținut, în timp ce Hamas a respins textul", unless it is the
                # content clause the parser labelled advcl: "cannot be ruled out that China will supply …"; and a
                # relative clause says what its noun is: "scrapped the decree that had sent prices soaring")
                if any(c.lemma_.lower() in g["negation"] and c.dep_ in ("advmod", "aux", "neg", "advmod:neg")
                       for c in kids):
                    hypothetical = True  # not ruled out is possible: "It cannot be ruled out that", "Nu este exclus ca"
                else:
                    negation = True  # "declined to sign", "ruled out sending", "called off the visit"
            if below.dep_ in ("xcomp", "ccomp", "acl", "advcl") and any(
                    c.lemma_.lower() in g.get("not_yet_adverbs", ()) for c in kids):
                negation = True  # "Russia has yet to withdraw"
            if forms & (g["future_verbs"] | g["future_nouns"]) and any(
                    c.dep_ == "det" and c.lemma_.lower() in g.get("negative_quantifiers", ()) for c in kids):
                negation = True  # "China has no plans to send troops"
            if forms & (g["future_verbs"] | g["future_nouns"]) or below.dep_ in ("xcomp", "ccomp") and any(
                    c.dep_ in ("obl", "obj", "fixed") and cue_forms(c, g) & g["future_nouns"] for c in kids):
                future = True  # (also "are de gând să", "has every intention of": the plan noun on the verb)
                if forms & g["future_verbs"] and _is_conditional(clause, g)[0] and not hypothetical \
                        and g.get("reportative_conditional"):
                    alleged = True  # reportative "ar urma să": it is said to be planned
            if lem in g["hypothetical_modals"] and _is_conditional(clause, g)[0]:
                hypothetical = True
            if lem in g["hypothetical_words"] and (below.dep_.split(":")[0] in ("csubj", "ccomp", "xcomp") or (
                    below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in g.get("infinitive_mark", ())
                                                  for c in below.children))):
                hypothetical = True  # "Este posibil ca Trump să …", "It is possible that …", "is unlikely to(advcl)"
            if lem in g.get("hearsay_verbs", ()) and below.dep_.split(":")[0] in ("csubj", "ccomp", "xcomp"):
                alleged = True  # "Se pare că Moscova a respins …", "Moscow appears to have rejected …"
            if lem in g.get("hearsay_passive_verbs", ()) and below.dep_.split(":")[0] in ("csubj", "ccomp", "xcomp") \
                    and (is_passive(clause) or any(c.dep_.startswith("expl") for c in kids)):
                alleged = True  # "X is believed to have met …", "it is thought that …", "se crede că …"
            if lem in g.get("deliberation_verbs", ()) and below.dep_.split(":")[0] in ("obj", "xcomp", "ccomp") \
                    and not depth > 1:
                hypothetical = True  # "is weighing new sanctions", "analizează noi sancțiuni": not yet decided
        if (_marks(clause) - {"de"}) & g["conditional_mark"]:
            hypothetical = True
        # the main clause of a condition ("Dacă negocierile eșuează, UE va impune …", "If talks fail, the EU
        # will …") — not of a concession ("chiar dacă", "even if": grammar.yaml concessive_mark)
        content_act = depth == 0 and (any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                                          and not (_marks(c) - {"de"}) & g["conditional_mark"] for c in kids)
                                      or (triggers is not None and clause.i in triggers
                                          and triggers[clause.i].cameo[:2] in ("03", "13")))
        # (a threat or promise is made whatever its condition: "au amenințat cu grevă generală dacă …")
        clauses = [c for c in kids if c.dep_ == "advcl"] + [  # (or hung on the object: "Vom impune sancțiuni
            a for c in kids if c.dep_ in ("obj", "obl") for a in c.children if a.dep_ == "acl"]  # dacă Moscova …")
        if lem not in speech and not content_act and any(
                (_marks(c) - {"de"}) & g["conditional_mark"] and not _concessive(c, g) for c in clauses):
            hypothetical = True  # (a condition on an act with a clausal content conditions the content: in
            # "threatened to impose tariffs if Madrid did not …" the threat is a fact, the tariffs hypothetical)
        if lem not in speech and any(  # the condition parsed as a fronted oblique ("Unless Russia withdraws, …")
                c.dep_ == "obl" and c.i < clause.i and any(m.dep_ == "case" and m.pos_ == "SCONJ" and m.lemma_.lower()
                                                          in g["conditional_mark"] for m in c.children) for c in kids):
            hypothetical = True
        reported_future = depth == 0 and _reported_future(clause, g)
        if reported_future:
            future = True
        if any(c.lemma_.lower() in g["hypothetical_words"] for c in kids
               if c.dep_ in ("obl", "advmod", "aux") and c.pos_ != "PROPN"  # the modal "may", not "in May 2024"
               and not (reported_future and c.text.lower() in g.get("reported_future_modals", ()))):
            hypothetical = True
        if depth == 0 and clause.pos_ == "NOUN":
            # an event noun's own modifier: "a possible visit", "o eventuală întâlnire" (hypothetical);
            # "the planned visit", "viitoarea întâlnire" (future)
            mods = {f for c in kids if c.dep_.split(":")[0] in ("amod", "acl", "det") for f in cue_forms(c, g)}
            if mods & g["hypothetical_words"]:
                hypothetical = True
            elif mods & g.get("future_modifiers", set()):
                future = True
        if any(c.dep_ == "aux" and (c.lemma_.lower() in g["future_aux"] or c.text.lower() in g["future_aux"])
               and "Cnd" not in c.morph.get("Mood") and c.text.lower() not in g["conditional_aux_forms"]
               and not c.morph.get("VerbForm") == ["Part"] and _future_aux(c) for c in kids):
            if depth == 0 or lem not in speech:
                future = True
        if any(c.lemma_.lower() in g["hearsay"] or c.text.lower() in g["hearsay"] for c in kids):
            alleged = True
        cond, perfect = _is_conditional(clause, g)
        if cond and depth == 0 and not reported_future:
            if perfect:  # (under a denial the reportative form is the denier's: "a negat că s-ar fi întâlnit" is
                # a reported, negated meeting — gold/CODING.md, Denials)
                alleged = alleged or not any(cue_forms(c, g) & g["denial_verbs"] for c in chain[1:])
            elif any(t.dep_ in ("mark", "fixed") and t.lemma_.lower() in g["conditional_mark"] - {"de"}
                     for t in clause.sent):
                hypothetical = True  # apodosis of a conditional sentence
            elif not hypothetical and lem not in g["hypothetical_modals"]:
                alleged = True
        if lem in speech and clause.pos_ in ("VERB", "AUX") and depth > 0:
            # (a noun reports nothing: "dismissed reports that …"; an act named by a verb of saying — "is set to
            # announce sanctions" — is the event itself, so the clauses above it still count)
            if depth > 0 and _is_conditional(clause, g)[0]:
                alleged = True  # "X i-ar fi transmis că …": the report itself is hearsay
            if depth > 0 and is_passive(clause) and chain[depth - 1].dep_ == "xcomp":
                alleged = True  # "Iran is said / reported to have sent …": no one in particular says so
            break  # the speech act is a fact; cues above it belong to the reporter
    if pred.sent.text.rstrip().rstrip("”\"»'").rstrip().endswith("?"):
        hypothetical = True  # a question asserts nothing: "Could Zelensky and Putin meet before the end of the year?"
    mode = "negation" if negation else "hypothetical" if hypothetical else "future" if future else None
    return Factuality(mode, alleged)


def _phrasal(verb) -> str:
    """A verb with its particle or fixed adverb as one string ("rule out", "stop short"), else ``""``."""
    parts = [c.lemma_.lower() for c in verb.children if c.i == verb.i + 1 and (
             c.dep_ in ("compound:prt", "advmod", "xcomp") or c.pos_ in ("ADJ", "ADV", "ADP", "PART"))]
    return f"{verb.lemma_.lower()} {parts[0]}" if parts else ""


def _unrealised(verb, g: dict) -> bool:
    """``verb`` leaves its complement or object unrealised ("declined to", "postponed the visit", "called off",
    "a amânat vizita"): ``grammar.yaml: unrealised_verbs`` lists lemmas and verb + particle pairs."""
    return bool(cue_forms(verb, g) & g["unrealised_verbs"]) or _phrasal(verb) in g["unrealised_verbs"]


def _in_compound_word(tok) -> bool:
    """``tok`` is part of a hyphenated word ("no-fly zone", "no-confidence vote")."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_
            and not tok.whitespace_)


def _occurrence(verb, g: dict) -> bool:
    """``verb`` says that its subject happened ("took place", "a avut loc", "happened"): ``grammar.yaml:
    occurrence_verbs`` lists single lemmas and verb + object pairs ("take place", "avea loc")."""
    occ = g.get("occurrence_verbs", set())
    lem = verb.lemma_.lower()
    return lem in occ or any(f"{lem} {c.lemma_.lower()}" in occ for c in verb.children
                             if c.dep_ in ("obj", "obl", "fixed"))


def _concessive(clause, g: dict) -> bool:
    """A conditional subordinator made concessive by a word before it ("chiar dacă", "even if")."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not marks:
        return False
    first = min(m.i for m in marks)
    return any(t.lemma_.lower() in g.get("concessive_mark", ()) for t in clause.subtree if t.i <= first)


def _reported_future(clause, g: dict) -> bool:
    """Future in the past: "would" in the complement of a verb of saying, in a sentence without a
    conditional clause ("Moldova announced that it would expel …" reports a plan, not a hypothesis).
    The modals are ``grammar.yaml: reported_future_modals`` (English "would"; Romanian "ar" there is the
    reportative conditional, so Romanian lists none)."""
    modals = g.get("reported_future_modals") or set()
    if not modals or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in g["speech_verbs"]:
        return False
    if not any(c.dep_ == "aux" and c.text.lower() in modals for c in clause.children):
        return False
    return not any(t.dep_ in ("mark", "fixed") and t.lemma_.lower() in g["conditional_mark"] for t in clause.sent)


def _future_aux(tok) -> bool:
    """A future auxiliary: English will/shall, Romanian "va/vom/vor/veți" (lemma vrea as aux), "o să"."""
    return tok.lemma_.lower() not in ("avea", "have", "be", "fi", "do")


@dataclass
class Source:
    """One link of an attribution chain: display ``name``, whether the source is unnamed, its token."""

    name: str
    unnamed: bool
    token: object


def speaker_of(verb, g: dict, trailing: bool = False):
    """Subject of a verb of saying; a postverbal proper noun parsed as ``obj`` counts too ("a transmis X").
    For a trailing verb of saying with no complement clause ("…, a anunțat ministerul de externe") the
    reported content is the preceding clause, so any nominal ``obj`` after it is the speaker, and failing
    that the name (else the noun) between the last comma and the verb ("…, governor Oleh Syniehubov said",
    the name misattached by the parser). Returns a token or ``None``."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj:
        return subj[0]
    allowed = ("PROPN", "NOUN") if trailing and not any(c.dep_ == "ccomp" for c in verb.children) else ("PROPN",)
    times = verb.doc.user_data.get("cronica_time_tokens", set())
    # a time word parsed as the object, with the speaker hung on it: "a amintit marți(obj) Vučić(nmod)"
    # (or a name the tagger took for a noun: "joi(obj) Dmitri(NOUN, nmod, PERSON) Medvedev")
    objs = [next((n for n in c.children if (n.pos_ == "PROPN" or n.ent_type_ in ("PERSON", "PER"))
                  and n.dep_ in ("nmod", "appos", "flat")), c)
            if c.i in times else c for c in verb.children if c.dep_ in ("obj", "obl:agent") and c.i > verb.i
            and (c.pos_ in allowed or c.i in times)]
    objs = [c for c in objs if c.i not in times]
    if objs:
        return objs[0]
    if trailing:  # "…, regional governor Oleh Syniehubov said": a speaker the parser attached elsewhere
        sent = verb.sent
        commas = [t.i for t in sent if t.text == "," and t.i < verb.i]
        if commas:
            inside = range(commas[-1] + 1, verb.i)
            span = [t for t in verb.doc[commas[-1] + 1: verb.i] if t.pos_ in ("PROPN", "NOUN")]
            names = [t for t in span if t.pos_ == "PROPN" and t.dep_ not in ("flat", "compound")]
            heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]  # the phrase head
            if names or heads or span:
                return (names or heads or span)[0]
    return None


def _final_report_verb(pred, chain: list, g: dict):
    """The sentence-final verb of saying of "…, Z said." / "…, a precizat Z." when the parser hung it
    somewhere other than under the event's clauses (under an adjunct clause or an object).

    It must be the last verb of the sentence, after ``pred``, outside ``chain``, preceded by a comma,
    without a subordinator and without a complement clause of its own. Returns the token or ``None``."""
    sent = pred.sent
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:pass", "cop")]
    if not verbs:
        return None
    v = verbs[-1]
    if v.i <= pred.i or v in chain or v.lemma_.lower() not in g["speech_verbs"] or _marks(v):
        return None
    if v.dep_.split(":")[0] in ("acl", "amod") and "Part" in v.morph.get("VerbForm") and not any(
            c.dep_.startswith(("nsubj", "aux")) for c in v.children):
        return None  # a participle describing a noun ("…, un mesaj transmis în …") reports nothing
    if any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
        return None
    if not any(t.text == "," for t in sent if pred.i < t.i < v.i):
        return None
    return v


def _outlet_told(verb, g: dict, outlet) -> list:
    """The news outlet a speaker told ("told Politico", "a declarat pentru Digi24"): an ``iobj``, or an oblique or
    object marked by ``grammar.yaml: audience_case``, that ``outlet(token)`` says is an outlet. It reported the
    statement, so it is the outer source. Returns ``[token]`` or ``[]``."""
    if outlet is None:
        return []
    aud = g.get("audience_case", set())
    return [c for c in verb.children if c.pos_ in ("PROPN", "NOUN") and (
        c.dep_ == "iobj" or (c.dep_.split(":")[0] in ("obl", "obj") and case_of(c) in aud)) and outlet(c)][:1]


def attribution_chain(pred, g: dict, name_of, actors: tuple = (), outlet=None) -> list[Source]:
    # verbs that report: saying verbs and denials ("Kremlinul a negat că …" is the Kremlin's report)
    """Reporters of the event, outermost first.

    Sources: ``potrivit X``/``according to X`` anywhere in the sentence (outermost), then the speakers of
    the saying verbs governing the predicate (outer to inner), then ``citând X``/``citing X`` and
    "cited by X" under those verbs (innermost).

    Args:
        pred: predicate head token; g: grammar cue sets;
        name_of: ``callable(token) -> (name, unnamed: bool)`` naming a source noun phrase.
        actors: token indices of the event's own actors — a speaker who is the actor is performing the
            event (an invitation, a threat), not reporting it, so it is not an attribution.
        outlet: optional ``callable(token) -> bool``, true for a news outlet; an outlet the speaker told is the
            outer source of the speaker's statement ("X told Politico" → ["Politico", "X"]).
    Returns:
        list of :class:`Source` (possibly empty).
    """
    sent = pred.sent
    reporting = g["speech_verbs"] | g["denial_verbs"]
    citing = g.get("citing_verbs", set())
    outer, speakers, inner = [], [], []
    for t in sent:
        for case in (case_of(t), case_of(t, forms=True)):
            if any(c in g["source_case"] for c in case.split()) or (
                    t.dep_ in ("obl", "nmod") and case in g["source_case"]):
                outer.append(t)
                break
    chain = clause_chain(pred)
    # a verb of saying attached below the event clause: "…, a relatat Reuters, citând TASS", "…, BelTA reported"
    # (or hung on a root noun: "Russia might be in a position to …, Rutte warned(acl)") — not a subordinate clause
    # of its own ("if parliament rejected the budget" is no report)
    trailing = [c for clause in chain for c in clause.children
                if (c.dep_ in ("parataxis", "conj", "advcl") or (c.dep_ == "acl" and clause.dep_ == "ROOT"))
                and c.i > clause.i and not _marks(c) and c not in chain
                and not (c.dep_ == "conj" and any(x.dep_ == "cc" for x in c.children))  # ("…, and both were declared
                # persona non grata": a second act, no report)
                and (cue_forms(c, g) & g["speech_verbs"] or (c.lemma_.lower() in g["denial_verbs"]
                                                               and any(x.dep_ == "ccomp" for x in c.children)))]  # (the event itself is no report of itself: "nici nu a
    # acceptat, nici nu a respins propunerea" — "respins" is the event, a conjunct of "acceptat")
    final = _final_report_verb(pred, chain, g)
    if final is not None and final not in trailing:
        trailing.append(final)
    for c in trailing:
        sp = speaker_of(c, g, trailing=True)
        if sp is not None and sp.i not in actors:
            speakers.extend(_outlet_told(c, g, outlet) + [sp])
        inner.extend(x for y in c.children if y.lemma_.lower() in citing and y.pos_ == "VERB"
                     for x in y.children if x.dep_ in ("obj", "nsubj"))
    governing = reporting | set(g.get("accusation_verbs", ()))  # an accuser reports the accused act
    for k, clause in enumerate(chain[1:], start=1):
        blaming = any(c.lemma_.lower() in g.get("blame_nouns", ()) for c in clause.children)  # "pinned the blame on"
        if (clause.lemma_.lower() in governing or blaming) and chain[k - 1].dep_ not in ("conj", "xcomp"):
            # (a conjunct of a verb of saying is a second act of the speaker, not its content: "Lithuania
            # declared an emergency and put its border guards on alert"; an infinitive under it is an instruction,
            # not a report: "Beijing told its citizens to(xcomp) avoid travelling to Japan")
            # a verb of saying after its content ("Niciun soldat nu a fost trimis …, a precizat Pentagonul")
            sp = speaker_of(clause, g, trailing=clause.i > chain[0].i)
            if sp is None and clause.head.lemma_.lower() in citing:
                # "Interfax quoted Lavrov as saying that …": the outlet quotes the speaker
                quoted = [c for c in clause.head.children if c.dep_ in ("obj", "nsubj:pass") and c.pos_ in NOMINAL]
                sp = quoted[0] if quoted else None
                outlet = [c for c in clause.head.children if c.dep_ in ("nsubj", "obl:agent")]
                if outlet and outlet[0].i not in actors:
                    speakers.insert(0, outlet[0])
                if sp is not None and sp.i not in actors:
                    speakers.insert(1 if outlet else 0, sp)
                    sp = None
            if sp is not None and sp.i not in actors:
                speakers[0:0] = _outlet_told(clause, g, outlet) + [sp]
            for c in clause.children:
                # "citând agenția BelTA" (gerund), "citing BelTA"
                if c.lemma_.lower() in citing and c.pos_ == "VERB":
                    inner.extend(x for x in c.children if x.dep_ in ("obj", "nsubj"))
                for x in c.subtree:  # "citat de sursa belarusă", "cited by TASS"
                    if x.dep_ == "obl:agent" and x.head.lemma_.lower() in citing:
                        inner.append(x)
    if outer and not inner:  # "According to Agerpres, citing(advcl of the event) a foreign ministry statement"
        inner.extend(x for clause in chain for c in clause.children
                     if c.pos_ == "VERB" and c.dep_ in ("advcl", "xcomp", "acl") and cue_forms(c, g) & citing
                     for x in c.children if x.dep_ in ("obj", "nsubj"))
    for src in list(outer):  # "Potrivit Agerpres, care citează un comunicat al MAE"
        for rel in src.children:
            if rel.dep_ in ("acl:relcl", "acl") and rel.lemma_.lower() in citing:
                inner.extend(x for x in rel.children if x.dep_ == "obj")
                # "according to health officials cited by Reuters": Reuters reports what the officials said
                citers = [x for x in rel.children if x.dep_ == "obl:agent" or (
                    x.dep_ == "obl" and case_of(x) in g["agent_case"])]
                for x in citers:
                    outer.insert(outer.index(src), x)
    out, seen = [], set()
    for tok in outer + speakers + inner:
        name, unnamed = name_of(tok)
        if name and name not in seen:
            seen.add(name)
            out.append(Source(name, unnamed, tok))
    return out


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of direct quotes („…”, “…”, «…», "…") in ``text``."""
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def quote_speaker(doc, span: tuple[int, int], g: dict):
    """Find the speaker token of a quote: a verb of saying or warning (``speech_verbs``, ``warning_verbs``) in the
    quote's sentence (or the sentence before it, when that one ends with a colon) outside the quote; the nearest one
    wins. Returns a token or ``None``."""
    qs, qe = span
    sents = [s for s in doc.sents if s.end_char > qs - 1 and s.start_char < qe + 1]
    if not sents:
        return None
    first = sents[0]
    cands = list(sents)
    if first.start > 0:
        prev = doc[first.start - 1].sent
        cands.insert(0, prev)
    best, dist = None, None
    verbs = set(g["speech_verbs"]) | set(g.get("warning_verbs", ()))
    for s in cands:
        for t in s:
            if t.lemma_.lower() in verbs and not (qs <= t.idx < qe):
                # (after the quote its speaker may be parsed as the object: "„…”, a avertizat premierul(obj)")
                sp = speaker_of(t, g, trailing=t.idx >= qe)
                if sp is None:
                    continue
                d = min(abs(t.idx - qs), abs(t.idx - qe))
                if dist is None or d < dist:
                    best, dist = sp, d
    return best
