"""The coding pipeline: Article → analyse → extract → resolve → list of EventRecord.

``code_articles`` is the batch entry point (spaCy ``nlp.pipe``); ``code_article`` codes one article.
Storage is not done here (see :mod:`cronica.store`): this module only turns text into records.
"""
from __future__ import annotations

import dataclasses
import gc
import itertools
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable, Iterator

from .analyse import detect_language, doc_text, load_pipeline, supported_languages
from .errors import UnsupportedLanguage
from .extract.frames import (ATTACK_ROOTS, SPEECH_ACT_ROOTS, Frame, absolute_construction, beneficiary_phrase,
                             case_of, definite, doers, find_frames, marked_by, nationality_adjective, owners_of)
from .extract.lexicon import load_grammar, load_lexicon
from .ontology import cameo, threat_code
from .record import Actor, Article, EventRecord
from .resolve.actors import (counted_noun, coordinated_modifier_actors, is_place_noun, np_tokens, person_aliases,
                             resolve_np, sector_of)
from .resolve.factuality import attribution_chain, factuality, quote_speaker, quote_spans
from .resolve.gazetteer import Gazetteer, english_demonyms
from .resolve.time import anchor_expression, find_time_expressions

log = logging.getLogger("cronica")

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3, "publication": 4}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""NER labels of places (spaCy English, ro_legal_fl): a place name the gazetteer cannot place is where an event
happens, not a party to it ("M23 overran Baraka", "au atacat Babanusa")."""
HISTORICAL_DAYS = 365
"""An event dated more than this many days before publication is background: aux_mode ``historical``."""


def article_language(article: Article) -> str:
    """Return the article's language: its ``lang`` field, or detected from the text.

    Raises:
        UnsupportedLanguage: the language has no pipeline (the message names the article and language).
    """
    lang = (article.lang or "").lower() or detect_language(article.text)
    if lang not in supported_languages():
        raise UnsupportedLanguage(
            f"{article.source or article.doc_id}: language {lang or 'unknown'!r} is not supported "
            f"(supported: {', '.join(supported_languages())}); skipped")
    return lang


def code_article(article: Article) -> list[EventRecord]:
    """Code one article. See :func:`code_articles`."""
    return next(iter(code_articles([article])))[1]


def code_articles(articles: Iterable[Article], batch_size: int | None = None) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Code a stream of articles: each run of same-language articles goes through one ``nlp.pipe``.

    Args:
        articles: :class:`Article` objects (``lang`` may be ``None``: detected).
        batch_size: texts per spaCy batch (default ``BATCH_CHARS // CHUNK_CHARS``; pieces of long
            articles count as texts, so peak memory stays bounded).
    Yields:
        ``(article, records)`` in input order, with ``article.lang`` filled in.
    Raises:
        UnsupportedLanguage: an article's language has no pipeline (raised when that article is reached).
    """
    def with_lang():
        for art in articles:
            art.lang = article_language(art)
            yield art

    for lang, run in itertools.groupby(with_lang(), key=lambda a: a.lang):
        yield from _code_run(lang, run, batch_size or max(1, BATCH_CHARS // CHUNK_CHARS))


def _code_run(lang: str, run: Iterable[Article], batch_size: int) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Stream one language's articles (split into pieces) through ``nlp.pipe`` and code each piece as soon
    as it is parsed (parsed Docs, with their tensors, are not kept)."""
    nlp = load_pipeline(lang)
    _load_resources(lang)
    state: dict[int, list] = {}  # article number → [article, records, sentences so far, pieces left]

    def pieces():
        for k, art in enumerate(run):
            if not art.published:
                log.warning("%s: no publication date; relative dates get precision 'unknown'",
                            art.source or art.doc_id)
            parts = split_text(art.text) or [(0, art.text)]
            state[k] = [art, [], 0, len(parts)]
            for off, piece in parts:
                yield piece, (k, off)

    for doc, (k, off) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        st = state[k]
        recs = code_doc(doc, st[0])
        moved: set[int] = set()
        for r in recs:
            _shift(r, off, st[2], moved)
        st[1].extend(recs)
        st[2] += sum(1 for sent in doc.sents if sent.text.strip())
        st[3] -= 1
        if st[3] == 0:  # pieces come back in order, so articles complete in input order
            del state[k]
            yield st[0], st[1]


_FROZEN: set[str] = set()


def _load_resources(lang: str) -> None:
    """Load ``lang``'s coding tables (gazetteer, lexicon, grammar) once and move everything loaded so far out of the
    garbage collector's reach (``gc.freeze``): the tables are hundreds of thousands of long-lived objects that every
    full collection would otherwise scan again while a run allocates parse results. Measured with
    ``benchmarks/throughput.py`` (English, first pass): 1.88 s → 1.68 s. Idempotent per language."""
    if lang in _FROZEN:
        return
    Gazetteer.load(lang)
    load_lexicon(lang)
    load_grammar(lang)
    gc.collect()
    gc.freeze()
    _FROZEN.add(lang)


CHUNK_CHARS = 10_000
"""Articles longer than this are parsed in paragraph-aligned pieces of at most this many characters, so
memory stays bounded (parse memory grows with document length: measured +75 MB for a 10k-character Romanian piece, +600 MB for 50k); offsets stay article-global."""


BATCH_CHARS = 40_000
"""Characters per spaCy batch (bounds peak memory; measured by benchmarks/throughput.py and tests/test_cli.py)."""


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, piece)`` pairs of at most ``limit`` characters, cutting at paragraph
    breaks, else line breaks, else sentence ends, else spaces (a piece never splits a word if it can help it)."""
    pieces, start, n = [], 0, len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            window = text[start:end]
            cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "), window.rfind(" "))
            if cut > limit // 4:
                end = start + cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _shift(r: EventRecord, offset: int, sentences: int, moved: set[int]) -> None:
    """Move a record coded on a piece of the article to article-global offsets and sentence numbers.
    ``moved`` holds the ids of actor objects already shifted (records of one piece may share actors)."""
    if not offset and not sentences:
        return
    r.evidence_start += offset
    r.evidence_end += offset
    r.predicate_start += offset
    r.predicate_end += offset
    r.evidence_sentence += sentences
    for a in r.actors + r.recipients:
        if id(a) not in moved:
            moved.add(id(a))
            a.start += offset
            a.end += offset


@dataclass
class _Context:
    lang: str
    grammar: dict
    gaz: Gazetteer
    published: date | None
    aliases: dict


def code_doc(doc, article: Article) -> list[EventRecord]:
    """Code a parsed spaCy ``Doc`` of ``article`` into event records (one per event predicate).

    Args:
        doc: the article text parsed by the language's UD pipeline.
        article: the article (``lang`` set).
    Returns:
        records in text order; events whose participants are all unresolvable or all news outlets
        are not records (a reporter asking for comment is not a political event).
    """
    lang = article.lang
    gaz = Gazetteer.load(lang)
    ctx = _Context(lang, load_grammar(lang), gaz, article.published, person_aliases(doc, gaz))
    lexicon = load_lexicon(lang)
    spans = _time_spans(doc, lang)
    time_tokens = {i for span, _ in spans for i in range(span.start, span.end)}
    doc.user_data["cronica_time_tokens"] = time_tokens  # (read by the frame builder and actor resolution)
    frames = find_frames(doc, lexicon, ctx.grammar)
    frames = [f for f in frames if f.predicate.i not in time_tokens]  # "in March 2022": a month is no protest march
    triggers = {t.i: f for f in frames for t in f.trigger}
    times = _time_owners(spans, lang, article.published, triggers)
    doc.user_data["cronica_location_case"] = ctx.grammar["location_case"]
    quotes = quote_spans(doc_text(doc))
    sent_index = {}
    for s in doc.sents:
        if s.text.strip():
            sent_index[s.start] = len(sent_index)
    records: list[EventRecord] = []
    heads: dict[int, object] = {}  # id(record) → its predicate token
    last_agency: str | None = None
    reports: dict[tuple[str, int], bool] = {}  # (kind, sentence start) → whether it is a sport or market report
    warned_of_others: set[int] = set()  # warnings whose announced act is another state's (Frame.content)

    def sport(sent) -> bool:
        if ("sport", sent.start) not in reports:
            reports["sport", sent.start] = sport_report(sent, ctx.grammar)
        return reports["sport", sent.start]

    def market(sent) -> bool:
        if ("market", sent.start) not in reports:
            reports["market", sent.start] = market_report(sent, ctx.grammar, load_lexicon(ctx.lang).forms)
        return reports["market", sent.start]

    for frame in frames:
        pred = frame.predicate
        # a time expression is never a participant ("joi" parsed as a subject, "on Monday" as an oblique)
        frame.actors = [t for t in frame.actors if t.i not in time_tokens]
        frame.recipients = [t for t in frame.recipients if t.i not in time_tokens]
        when = _frame_date(frame, times, records, ctx.grammar["_event_nouns"], article.published)
        on = date.fromisoformat(when[0]) if when[0] else article.published
        groups = [r for r in records if len(r.actors) + len(r.recipients) >= 2]
        group = [r.actors if len(r.actors) >= 2 else r.actors + r.recipients for r in groups]
        elaborated = None
        if frame.actors and group and all(_is_anaphoric_plural(t, ctx) for t in frame.actors):
            # "cei doi lideri", "the two leaders": the participants of the last event with two or more
            actors, reporters = list(group[-1]), []
            if groups[-1].cameo_code[:2] == frame.cameo[:2] \
                    and groups[-1].evidence_sentence >= sent_index.get(pred.sent.start, 0) - 1:
                elaborated = groups[-1]  # (the same kind of event, told in the next sentence)
        else:
            # (a possessive pronoun on an event noun points to an event already reported: "until their demands
            # are met" is no new demand)
            agents = [t for t in frame.actors if not (frame.pattern.pos == "NOUN" and _anaphoric_pronoun(t))]
            actors, reporters = _resolve_all(agents, ctx, on, records)
        if frame.recipients and group and all(t.pos_ == "NOUN" and _is_anaphoric_plural(t, ctx)
                                              for t in frame.recipients):
            # "urged both countries to halt the fighting": the parties of the last event with two or more
            recipients = [a for a in group[-1] if a.code not in {b.code for b in actors}]
            rep2 = []
        else:
            recipients, rep2 = _resolve_all([t for t in frame.recipients if not _venue(t, ctx, on)], ctx, on,
                                            records, tuple(a.code for a in actors))
        if elaborated is not None and {a.code for a in recipients} <= {a.code for a in group[-1]}:
            continue  # "X met Y. The two discussed …": the meeting told in more detail, not a second one
        if frame.protest is not None and not recipients:  # a concession to protesters no one names: civilians
            p = frame.protest
            recipients = [Actor(p.text, p.idx, p.idx + len(p.text), None, "CVL", None, "CVL")]
        reporters += rep2
        # a pattern item can itself be the party acted upon when it names another country's actor:
        # "a expulzat un diplomat rus" (the diplomat is RUSGOV); "a trimis trupe americane" is not (own troops)
        # so can a named organisation ("allowed IAEA inspectors access") and, when nobody else is acted upon,
        # the people a release, arrest or expulsion is done to ("journalists were released"); sent troops or aid
        # (CAMEO 06, 07, 15) are the actor's own, and those a request is for (02, 10) are not whom it is made to
        # ("a solicitat ajutor umanitar pentru refugiați"); nor is a protest's own word ("a intrat în grevă
        # japoneză": a kind of strike, not Japan)
        own = {a.country for a in actors}
        for item in frame.trigger[1:]:
            if item.pos_ in ("NOUN", "PROPN") and item.i not in time_tokens and not (
                    frame.cameo[:2] == "14" and item.pos_ == "NOUN") and not any(
                    _venue(c, ctx, on) for c in item.children):  # (not "the Doha(venue) talks(item)")
                a = resolve_np(item, ctx.gaz, on, ctx.grammar, ctx.aliases)
                if a is None or a.code is None or a.entity_type == "AGENCY" or any(a.code == r.code for r in recipients):
                    continue
                foreign = bool(a.country) and a.country not in own
                named_org = not a.country and a.name is not None and not any(a.code == b.code for b in actors)
                patient = (not a.country and not recipients and item.dep_ in ("obj", "nsubj:pass")
                           and frame.cameo[:2] not in ("06", "07", "15") and not any(a.code == b.code for b in actors)
                           and not (frame.cameo[:2] in ("02", "10") and any(
                               beneficiary_phrase(t, ctx.grammar) for t in item.subtree))
                           and not any(c.dep_ == "expl:poss" for c in pred.children))
                # (a reflexive possessive makes the item the actor's own: in "și-a prezentat demisia guvernului" the
                # government resigns, it is not acted upon)
                if foreign or named_org or patient:
                    recipients.append(a)
        actors = [_title_coreference(a, records) for a in actors]
        recipients = [_title_coreference(a, records) for a in recipients]
        if frame.alternative_of is not None and frame.alternative_of not in warned_of_others:
            continue  # the act a warning announces is coded as the warner's threat (Frame.content)
        if frame.content is not None and actors:
            # a warning of an act whose subject is another state's party ("Rutte warned that Russia could attack
            # NATO") threatens nothing: the act is coded instead, hypothetical and reported (gold/CODING.md)
            warner = {_side(a) for a in actors if _side(a)}
            doer = _resolve_all(doers(frame.content), ctx, on, records)[0]
            if warner and any(_side(a) and _side(a) not in warner for a in doer):
                warned_of_others.add(pred.i)
                continue
        quote, quote_actor = None, None
        for qs, qe in quotes:
            if qs <= pred.idx < qe:
                sp = quote_speaker(doc, (qs, qe), ctx.grammar)
                sp_actor = _resolve_all([sp], ctx, on)[0] if sp is not None else []
                quote = {"speaker": (sp_actor[0].name or sp_actor[0].text) if sp_actor else
                         (sp.text if sp is not None else None), "text": doc_text(doc)[qs:qe]}
                person = pred.morph.get("Person") + [p for a in pred.children if a.dep_ == "aux" or (
                    a.dep_ == "nsubj" and a.pos_ == "PRON") for p in a.morph.get("Person")] + [
                    p for a in frame.actors if a.pos_ == "PRON" for p in a.morph.get("Person")]
                # ("vom", "we will"; or the pronoun an event noun inherited: "we will slap fresh sanctions(NOUN)")
                if sp_actor and "1" in person:
                    # a first-person act inside a quote is the speaker's own ("vom înăspri", "we will tighten"),
                    # pro-drop included (its actor is the speaker)
                    actors = actors or sp_actor
                    quote_actor = sp
                break
        if not actors and (not recipients or frame.pattern.pos == "NOUN"):
            continue  # nothing to code; a nominal event needs its agent
        if (actors or recipients) and all(a.code is None and not _has_name(pred.doc, a) for a in actors + recipients):
            continue  # only people no table knows, named by a common noun ("luat cu asalt de cititori", "fans"): no
            # political actor takes part
        if actors and all(a.sector == "JNK" for a in actors):
            continue  # a force of nature or an accident acts ("an earthquake struck …, killing 12"): no political
            # event (NGEC PLOVER_agents.txt codes natural hazards ~JNK, junk)
        if sport(pred.sent) and not any(a.sector and a.name is None for a in actors + recipients):
            continue  # a game told in a sport report ("Norway's attack ran riot against Italy's defence in a 4-1
            # rout"); a party named by a role noun (a sector, no name) still acts there ("police fired tear gas at
            # the fans"), a club named after its city does not ("Dinamo Bucharest beat Rapid 2-1")
        if market(pred.sent):
            continue  # a market move told with its cause ("Brent rose 5% after Washington blacklisted Rosneft"):
            # a market report (gold/CODING.md), the cause is background
        if frame.cameo == "043" and not recipients:
            continue  # hosting with no visitor is no meeting ("hosted the World Championship", "will host an exhibition")
        if frame.pattern.pos == "NOUN" and frame.inherited_from is not None and definite(pred) and any(
                r.cameo_code[:2] == frame.cameo[:2] for r in records):
            continue  # "The Kremlin confirmed the call": a definite mention of an event already coded
        if reporters and not actors and frame.actors:
            continue  # the only actor is a news outlet: journalism, not a political event
        fact = factuality(pred, frame.trigger[1:], ctx.grammar, triggers)

        def name_of(tok):
            if tok.pos_ == "PRON":  # "he said": the last person named as an actor before this sentence
                prior = [a for r in records for a in r.actors if a.name and a.start < pred.sent.start_char]
                return (prior[-1].name, False) if prior else (None, False)
            return _source_name(tok, ctx, on, last_agency)

        code = cameo(frame.cameo)
        if code.code == "0874" and actors and all(a.sector in CIVIL_SECTORS for a in actors):
            # a ministry or party that "beat a retreat" backed down: CAMEO 0874 is a force's retreat, a civil
            # body's is a concession (CAMEO 080; "Ministerul Sănătății a bătut în retragere")
            code = cameo("080")
        if code.code[:2] == "10" and _crowd_demand(pred, actors, triggers):
            code = cameo(CROWD_DEMAND_CODES.get(code.code[:4], "141"))
        # a speaker who is the actor of a speech act performs it by speaking (an appeal, a promise, a threat:
        # SPEECH_ACT_ROOTS); of any other event (a meeting, resigning, deploying) the speaker only reports it, and
        # so of a denied speech act ("we did not promise" reports that no promise was made)
        speech_act = code.code[:2] in SPEECH_ACT_ROOTS and fact.aux_mode != "negation"
        performer = tuple(t.i for t in frame.actors) if speech_act else ()
        if quote_actor is not None and speech_act:
            performer += (quote_actor.i,)  # '"We demand the release …," Maia Sandu said': she demands by saying it
        def is_outlet(tok) -> bool:
            a = resolve_np(tok, ctx.gaz, on, ctx.grammar)
            return a is not None and a.entity_type == "AGENCY"

        chain = attribution_chain(pred, ctx.grammar, name_of, performer, outlet=is_outlet)
        attribution = [s.name for s in chain]
        actors = _speakers_own_forces(actors, chain, ctx, on)
        for s in chain:
            if not s.unnamed:
                last_agency = s.name
        # a reporter is not the one acted upon: drop recipients inside a source phrase ("…, governor X
        # said" misparsed as the attack's object). (Actors stay: "Russia said it had withdrawn" is both.)
        spans = []
        for src in chain:
            toks = np_tokens(src.token)
            start = toks[0].idx
            if src.token.i > pred.i:  # a trailing "…, regional governor X said": from the comma on
                commas = [t for t in pred.sent if t.text == "," and pred.i < t.i < toks[0].i]
                start = commas[-1].idx + 1 if commas else start
            spans.append((start, toks[-1].idx + len(toks[-1].text)))
        recipients = [r for r in recipients if not any(a <= r.start < b for a, b in spans)]
        aux_mode = fact.aux_mode
        date_str, precision, date_text = when
        if aux_mode == "future" and date_str and article.published and precision in ("day", "month") \
                and date.fromisoformat(date_str) < article.published and not re.search(r"\d{4}", date_text or "") \
                and (precision == "month" or re.search(r"\d", date_text or "")):
            # a year-less date of a planned event lies ahead: "urmează să se întâlnească în decembrie"
            d = date.fromisoformat(date_str)
            date_str = d.replace(year=d.year + 1).isoformat() if not (d.month == 2 and d.day == 29) else date_str
        if aux_mode is None and date_str and article.published and precision in ("day", "month", "year"):
            if (article.published - _reference_day(date.fromisoformat(date_str), precision)).days > HISTORICAL_DAYS:
                aux_mode = "historical"  # (a year counts from its last day: "last year" is recent)
        evidentiality = "alleged" if fact.alleged or any(s.unnamed for s in chain) else (
            "reported" if chain else "direct")
        location, place = _location(frame, ctx, on)
        if not (location and location.get("country")):
            # the scene of the last event told stays the scene until another is named ("Tens of thousands massed
            # outside Istanbul city hall. Riot police turned water cannon on the crowd" → TURCOP): for country-less
            # local groups only; the record's own location stays what its sentence says
            scene = next((r.location["country"] for r in reversed(records) if r.location
                          and r.location.get("country")), None)
            if scene:
                actors = [_located(a, scene) for a in actors]
                recipients = [_located(a, scene) for a in recipients]
        if location and location.get("country"):
            actors = [_located(a, location["country"]) for a in actors]
            recipients = [_located(a, location["country"]) for a in recipients]
            if location["country"] not in {a.country for a in actors}:
                # the forces or officials acted upon where the actors are foreign are that country's ("Nigerian jets
                # struck positions held by mutinous soldiers around Cotonou" → BENMIL)
                recipients = [_located(a, location["country"], STATE_FORCES) for a in recipients]
            foreign = place.country not in {a.country for a in actors} and not any(r.country for r in recipients)
            if (code.quad_class == 4 and code.code[:2] >= "17" or code.code[:3] == "087") and foreign \
                    and not recipients:  # (someone named is acted upon there: "kidnapped a journalist in Mali")
                # force used on, or withdrawn from, a place of another country: that country is acted upon
                # ("attacked a refinery in the Samara region" → RUS; "withdrew from Kherson" → UKR)
                recipients.append(replace(place, code=place.code[:3]))
            elif code.code[:3] == "042" and foreign:
                # a visit is paid to the place's authorities: a capital is its government ("vizita lui Erdoğan la
                # Budapesta" → HUNGOV), a country or city its country
                recipients.append(place)
            elif code.code[:2] == "14" and not recipients and any(a.sector == "OPP" for a in actors):
                # an opposition protest with no target named is aimed at the government where it is held (CAMEO 14:
                # "demonstrate against the government"; "an opposition rally in Tbilisi" → GEOGOV); other crowds
                # with no addressee named have none (gold/CODING.md: farmers blocking motorways, crowds rampaging)
                recipients.append(replace(place, code=place.code[:3] + "GOV", sector="GOV"))
        if not (location and location.get("country")) and code.code[:2] >= "17" and any(
                not r.country and r.sector in LOCAL_SECTORS for r in recipients):
            # the people force is used on are where a place phrase inside the act's own words puts them ("opened
            # fire on a group of men approaching the line in Khan Younis" → PSECVL), when no place of the event
            # itself is named (and the phrases name one country only)
            deep = _deep_place_country(pred, frame, ctx, on)
            if deep:
                recipients = [_located(r, deep) for r in recipients]
        if not recipients and pred.dep_ == "advcl" and frame.recipients and all(
                t.pos_ == "PRON" for t in frame.recipients):
            # a pronoun object of a gerund stands for the party of the act it follows ("showed a Russian diplomat
            # the door, accusing him of meddling", "a dispus închiderea Casei Ruse, acuzând-o că …")
            recipients = list(getattr(_record_on(pred.head, records, heads), "recipients", []))
        if not recipients:
            recipients = _reaction_target(frame, actors, records, ctx)
        if not recipients and len({a.country for a in actors if a.country}) < 2:
            # (a joint act of two states has its parties; a name near it is a witness or a place: "au parafat
            # tratatul, sub privirile lui Donald Trump", "signed the accords, with Donald Trump looking on")
            recipients = [_located(a, location["country"]) if location and location.get("country") else a
                          for a in _nearest_party(frame, actors, spans, triggers, ctx, on, records)]
        if not recipients and code.code[:2] == "14":
            recipients = _protest_motive_target(pred, actors, ctx, on)
        if not recipients and code.code.startswith(RESPONSE_CODES):
            recipients = _answered_party(actors, records)
        if not recipients and code.code[:2] in ATTACK_ROOTS:
            recipients = _reporting_victim(chain, actors, ctx, on)
        if not recipients and code.code[:2] == "13":
            recipients = _threat_condition_target(pred, actors, ctx, on)
        if not recipients and pred.dep_ == "conj":
            # a coordinated verb of the same kind shares the first one's recipient ("a livrat Ucrainei două sisteme
            # Patriot, dar nu va furniza rachete Taurus"; UD shares a conjunct's dependents by position)
            recipients = list(getattr(_record_on(pred.head, records, heads, code.code[:2]), "recipients", []))
        actors, recipients = _distinct(actors), _distinct([r for r in recipients if r.sector != "JNK"])
        # (a force of nature is nobody's target: "cerând compensații pentru seceta(JNK) din vară")
        actors, recipients = _known_beside_unknown(actors), [r for r in recipients if r.sector != "UNK"]
        # (a target named only by a word of NGEC's unknown sector — "his supporters", "members" — is no party)
        actors, recipients = _shared_sector(actors, pred.doc), _shared_sector(recipients, pred.doc)
        recipients = _counterparts(recipients, actors, pred.doc, ctx.grammar)
        own = {a.country for a in actors if a.country}
        if len(recipients) > 1 and any(r.code in own for r in recipients):
            # the actor's own state, bare, beside another recipient is its instrument, not its target ("a amenințat
            # că va opri ajutorul american pentru Nigeria": Nigeria is threatened, not the United States)
            recipients = [r for r in recipients if r.code not in own] or recipients
        if code.code[:2] != "14":
            bare_state = code.code[:2] not in ATTACK_ROOTS  # (a state named by its country frees, arrests or yields
            # to its own society; the people it bombs are not its own: "Belarus freed political prisoners" → BLROPP)
            actors, recipients = (_domestic(actors, recipients, bare_state),
                                  _domestic(recipients, actors, bare_state))
        elif not (location and location.get("country")) and not any(
                _span_has(pred.doc, r, ctx.grammar.get("mission_nouns", ())) for r in recipients):
            # protesters are often abroad ("protesters outside the Russian embassy in Bucharest" are not Russian;
            # grammar.yaml mission_nouns): only where no place and no foreign mission is named are they the society
            # of the state they protest against ("workers stopped work over a bill signed by the Serbian labour
            # minister" → SRBLAB)
            actors = _domestic(actors, recipients)
        # again, as _domestic may give a sector the country of a bare state beside it ("Italian rail and port
        # workers": ITA, LAB → ITA, ITALAB → ITALAB)
        actors, recipients = _distinct(actors), _distinct(recipients)
        # an actor is never also its own recipient (gold/CODING.md; PETRARCH-2 likewise drops source == target):
        # the same code on both sides is the actor's own state echoed in the object ("put Riyadh forward as a
        # venue", "Washington slapped sanctions …, the Trump administration's first"), unless both are persons of
        # the same institution ("Nicușor Dan met Ilie Bolojan")
        own_codes = {a.code for a in actors if a.code}
        recipients = [r for r in recipients if r.code not in own_codes or (_is_person(r, ctx, on) and all(
            a.name != r.name and _is_person(a, ctx, on) for a in actors if a.code == r.code))]
        sides = {a.country for a in actors if a.country}
        if len(sides) > 1:
            # one state of a joint act is not the target of the others ("Mali and Algeria recalled each other's
            # ambassadors" → MLI, DZA with no recipient; gold/CODING.md: an actor is never also a recipient)
            recipients = [r for r in recipients if r.country not in sides]
        threatened, threat_made = [], False
        if aux_mode in ("hypothetical", "future") and actors and "14" <= code.code[:2] <= "20" and (
                quote_actor is not None or _speaker_acts(chain, actors, ctx, on)):
            threatened = _conditional_target(pred, actors, ctx, on)
            recipients = recipients or threatened
            # a quoted act of force under a verb of warning is a threat even when its condition names no party
            # ('"If any shadow-fleet ship cuts our cables again, we will seize it," the minister warned')
            warned = quote_actor is not None and _governing_verb(quote_actor).lemma_.lower() in ctx.grammar.get(
                "warning_verbs", ())  # (the speaker may hang on a time word: "a avertizat joi(obj) Dmitri Medvedev")
            threat_made = bool(threatened) or warned
            here = sent_index.get(pred.sent.start, 0)
            if any(r.event_type == "THREATEN" and r.evidence_sentence == here
                   and {a.country for a in r.actors} == {a.country for a in actors} for r in records):
                threatened, threat_made = [], False  # already coded from its verb ("a avertizat că va bloca …")
        if (actors or recipients) and not any(a.code for a in actors + recipients):
            continue  # no party the dictionaries know: a name of no political standing ("Ed Sheeran called a truce
            # with his neighbours"); like PETRARCH-2, which discards events without a coded actor
        sent = pred.sent
        start = min(t.idx for t in frame.trigger)
        end = max(t.idx + len(t.text) for t in frame.trigger)
        event = EventRecord(
            doc_id=article.doc_id, lang=lang, event_type=code.plover_event, cameo_code=code.code,
            goldstein=code.goldstein, quad_class=code.quad_class,
            evidence_sentence=sent_index.get(sent.start, 0), evidence_start=sent.start_char,
            evidence_end=sent.end_char, evidence_text=sent.text, predicate_start=start, predicate_end=end,
            mode=code.plover_mode, context=list(code.plover_context), actors=actors, recipients=recipients,
            date=date_str, date_precision=precision, date_text=date_text,
            location=location, aux_mode=aux_mode, evidentiality=evidentiality,
            attribution=attribution, quote=quote,
            published=article.published.isoformat() if article.published else None, url=article.url)
        if threat_made:
            # a conflictual act its own actor announces on a condition another party controls is also a threat to
            # that party, made by speaking ('"If Moscow keeps stalling, we will tighten sanctions," Kallas said'
            # → THREATEN 1312 EU → Russia, and the sanctions, hypothetical; gold/CODING.md, CAMEO 1.1b3 §13)
            records.append(replace(_recoded(event, threat_code(code.code) or "130"), recipients=threatened,
                                   aux_mode=None, evidentiality="direct", attribution=[]))
        records.append(event)
        heads[id(event)] = pred
    records = _talks_during_a_visit(_one_event_per_coordinated_act(records, heads), heads)
    return _elaborations_take_their_event_date(_one_threat_per_warning(records))


TRIP_CODES = frozenset({"042", "043"})
"""CAMEO codes of a visit and of hosting one (CAMEO 1.1b3 §04), which the codebook codes beside the meeting held."""


def _one_event_per_coordinated_act(records: list[EventRecord], heads: dict) -> list[EventRecord]:
    """``records`` with coordinated predicates of one act merged: a predicate that is a UD ``conj`` of another
    event's predicate, with the same PLOVER event type, the same actors and the same ``aux_mode``, tells the same
    act again in other words ("a cedat în fața studenților și a renunțat la reducerea burselor", "was shot and
    critically wounded": one CONCEDE, one ASSAULT). The merged record keeps the more specific CAMEO code (the longer
    one; on a tie the first) and the recipients of both. Events of different types stay apart ("condemned and
    sanctioned"), as do coordinated acts of different actors.

    Args:
        records: the document's records in text order; heads: ``id(record)`` → its predicate ``Token``.
    Returns:
        the records in text order, fewer where acts were merged.
    """
    def key(r):
        return r.event_type, r.aux_mode, tuple(sorted(a.code or "" for a in r.actors))

    def trip(a, b):
        """A journey and what is done there are two acts ("will travel to Beijing and meet Xi": 042 beside 040)."""
        return a.cameo_code != b.cameo_code and bool({a.cameo_code[:3], b.cameo_code[:3]} & TRIP_CODES)

    out: list[EventRecord] = []
    for r in records:
        head = heads.get(id(r))
        twin = next((i for i, o in enumerate(out) if head is not None and key(o) == key(r) and not trip(o, r) and (
            (h := heads.get(id(o))) is not None and h.i != head.i and (
                head.dep_ == "conj" and head.head.i == h.i or h.dep_ == "conj" and h.head.i == head.i))), None)
        if twin is None:
            out.append(r)
            continue
        o = out[twin]
        keep = r if len(r.cameo_code) > len(o.cameo_code) else o
        other = o if keep is r else r
        seen = {a.code for a in keep.recipients}
        merged = replace(keep, recipients=keep.recipients + [a for a in other.recipients if a.code not in seen])
        heads[id(merged)] = heads[id(o)]
        out[twin] = merged
    return out


def _talks_during_a_visit(records: list[EventRecord], heads: dict) -> list[EventRecord]:
    """``records`` without a plain discussion (CAMEO 040) that a visit or hosting (042/043, :data:`TRIP_CODES`) told
    in the same sentence already covers: same ``aux_mode``, and the discussion's parties (actor and recipient
    countries) are among the visit's ("a primit-o pe Maia Sandu, cu care a discutat despre securitatea energetică":
    one CONSULT 043). Own rule, after Cronica's gold (dev: 16 visits coded alone, one beside a discussion). A
    meeting coordinated with the journey is an act of its own, as the codebook codes it ("will travel to Beijing
    and meet(conj) Xi": 042 and 040; ``heads``: ``id(record)`` → predicate token)."""
    def parties(r):
        return {a.country or a.code for a in r.actors + r.recipients if a.country or a.code}

    trips = [r for r in records if r.cameo_code in TRIP_CODES]
    return [r for r in records if not (r.cameo_code == "040" and getattr(heads.get(id(r)), "dep_", "") != "conj"
                                       and any(
        t.evidence_sentence == r.evidence_sentence and t.aux_mode == r.aux_mode and parties(r)
        and parties(r) <= parties(t) for t in trips))]


CROWD_DEMAND_CODES = {"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"}
"""A demand for leadership change, policy change, rights or institutional change (CAMEO 1041–1044) made by a crowd
that gathered for it → the demonstration for it (CAMEO 1411–1414; CAMEO 1.1b3 §10, §14 number them in parallel);
any other demand → 141."""


def _crowd_demand(pred, actors: list[Actor], triggers: dict) -> bool:
    """A demand told as the purpose of a crowd's coming together is a demonstration ("Thousands of Turks massed
    outside city hall to demand the mayor's release", "Mii de oameni s-au adunat ca să ceară …"): ``pred`` is an
    adverbial clause of a verb no lexicon item coded (``triggers``: token index → frame), whose subject is a plural
    phrase, and every actor is a society's group with no name (:data:`DOMESTIC_GROUPS`: civilians, students,
    workers). Own rule, after CAMEO 1.1b3 §14 (demonstrate or rally: 141x for the same demands as 104x)."""
    head = pred.head
    if pred.dep_ != "advcl" or head.i == pred.i or head.i in triggers or head.pos_ != "VERB":
        return False
    if not actors or not all(a.sector in DOMESTIC_GROUPS and a.name is None for a in actors):
        return False
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subj) and all("Plur" in s.morph.get("Number") or s.pos_ == "NUM" for s in subj)


def _one_threat_per_warning(records: list[EventRecord]) -> list[EventRecord]:
    """``records`` without a threat derived from a conditional act (it shares the act's predicate) when the verb that
    announces it codes the same threat in the same sentence ('"If …, we will close the strait," the minister warned':
    one THREATEN, from "warned", and the act); a bare 130 from the verb takes the derived threat's sharper code
    (1381, a blockade, for closing a border). Order is kept."""
    acts = {(r.evidence_sentence, r.predicate_start) for r in records if r.event_type != "THREATEN"}

    def countries(parties):
        return frozenset(a.country for a in parties if a.country)

    said = [r for r in records if r.event_type == "THREATEN" and (r.evidence_sentence, r.predicate_start) not in acts]
    out, sharper = [], {}
    for r in records:
        twin = next((t for t in said if t.evidence_sentence == r.evidence_sentence
                     and countries(t.actors) == countries(r.actors)), None) if (
            r.event_type == "THREATEN" and (r.evidence_sentence, r.predicate_start) in acts) else None
        if twin is None:
            out.append(r)
        elif twin.cameo_code == "130" and r.cameo_code != "130":
            sharper[id(twin)] = r  # the act names the kind of threat the bare verb made: "warned … we will close
            # the border" is 1381 (CAMEO 1.1b3 §13)
    return [_recoded(r, sharper[id(r)].cameo_code) if id(r) in sharper else r for r in out]


def _recoded(record: EventRecord, code: str) -> EventRecord:
    """``record`` with the CAMEO ``code`` and what follows from it (PLOVER event type, mode and context, Goldstein,
    QuadClass: :func:`cronica.ontology.cameo`); everything else kept."""
    c = cameo(code)
    return replace(record, event_type=c.plover_event, cameo_code=c.code, goldstein=c.goldstein,
                   quad_class=c.quad_class, mode=c.plover_mode, context=list(c.plover_context))


def _nearest_party(frame: Frame, actors: list[Actor], sources: list[tuple[int, int]], triggers: dict,
                   ctx: _Context, on: date, records: list[EventRecord] = ()) -> list[Actor]:
    """The party an event is directed at when no grammatical rule found one: the nearest named party after the
    predicate in the predicate's own phrase ("a donat generatoare orașelor ucrainene" → UKR, "rejected a
    Senegalese peace plan" → SEN, "au lovit două petroliere din flota fantomă a Rusiei" → RUS).

    Why: on Cronica's dev gold most recipient errors are a recipient the parser hung where no role rule looks
    (a dative on an adjective, a name inside an object's modifier); nine gold events in ten have a recipient.
    One search replaces a rule per misattachment.

    Args:
        frame: the event frame; actors: its resolved actors (never chosen again); sources: character spans of
            its attribution sources (never chosen); triggers: token index → frame of every event in the document
            (the phrase of another event predicate belongs to that event); ctx, on: document context and the
            event's reference date (for actor resolution); records: the document's records so far (a personal
            pronoun stands for its antecedent among them, :func:`_antecedent`: "police fired tear gas to disperse
            them").
    Returns:
        ``[]`` or one resolved party with a country or organisation code, plus the parties coordinated with it.
        Searched: tokens after the predicate's first trigger token in the subtree of the predicate (of the verb
        whose object it is, for an event noun), outside the actors' phrases, time expressions, the phrases of
        other event predicates, clauses with a subject of their own under a noun, adverbial clauses other than
        infinitives, absolute constructions (:func:`absolute_construction`), and phrases of background or of a
        span of time on the predicate (``grammar.yaml: background_mark, cause_case, time_unit_nouns``).
        Candidates are proper nouns, nationality adjectives, third-person pronouns with an antecedent, or common
        nouns that resolve to a country; in a place phrase on a verb (``location_case``: where it happened) only
        a country counts. The nearest in the tree wins (ties: the nearest in the text).
    """
    pred = frame.predicate
    g = ctx.grammar
    top = pred.head if frame.pattern.pos == "NOUN" and pred.dep_ == "obj" and pred.head.pos_ == "VERB" else pred
    start = min(t.i for t in frame.trigger)
    blocked = {t.i for a in frame.actors for t in a.subtree}
    when = pred.doc.user_data.get("cronica_time_tokens", ())
    off_cues = g.get("background_mark", set()) | g.get("cause_case", set())
    for h in [top, pred] + list(frame.trigger[1:]):
        for c in h.children:
            if c.dep_.split(":")[0] in ("obl", "advcl") and c.i > start and (marked_by(c, off_cues) or (
                    c.pos_ == "NOUN" and c.lemma_.lower() in g.get("time_unit_nouns", ()))):
                blocked |= {t.i for t in c.subtree}  # (and a span of time: "cu câteva ore înaintea întâlnirii cu
                # emisarii americani")
    # where something happened: a place phrase on a verb ("semneze declarația la Geneva"), not one inside a noun
    # phrase ("depozitele din portul Izmail")
    venue = {t.i for c in top.subtree if c.dep_.split(":")[0] == "obl" and c.head.pos_ in ("VERB", "AUX")
             and marked_by(c, g["location_case"]) for t in c.subtree}
    for i, f in triggers.items():
        if f is not frame and i == f.predicate.i and i != top.i:
            blocked |= {t.i for t in f.predicate.subtree if t.i != top.i}
    infinitive = g.get("infinitive_mark", ())
    for t in top.subtree:
        # another proposition: a clause with a subject of its own under a noun ("țările care continuă să cumpere
        # petrol rusesc"), or an adverbial clause that is no infinitive of purpose or content
        clause = t.dep_.startswith("acl") and any(c.dep_.startswith("nsubj") for c in t.children)
        adverbial = t.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_.rstrip("-") in infinitive
                                                  for m in t.children)  # ("pentru a-(mark) i dispersa")
        if t.i not in (top.i, pred.i) and (clause or adverbial or absolute_construction(t, g)):
            blocked |= {x.i for x in t.subtree}
        if frame.cameo[:2] in ("02", "10") and beneficiary_phrase(t, g):
            blocked |= {x.i for x in t.subtree}  # whom a request is for is not whom it is made to (frames.frame_roles)
    own, own_countries = {a.code for a in actors}, {a.country for a in actors if a.country}
    best = None
    for t in top.subtree:
        if t.i <= start or t.i in blocked or t.i in when or any(a <= t.idx < b for a, b in sources):
            continue
        if t.pos_ == "PROPN":
            if t.dep_ in ("flat", "compound") and t.head.pos_ == "PROPN":
                continue  # (a name is resolved once, from its head)
        elif not (t.pos_ == "ADJ" and nationality_adjective(t)) and t.pos_ != "NOUN" and not _anaphoric_pronoun(t):
            continue
        a = _antecedent(t, records, tuple(own)) if _anaphoric_pronoun(t) else resolve_np(t, ctx.gaz, on, g, ctx.aliases)
        if a is None or a.code is None or a.entity_type == "AGENCY" or a.code in own:
            continue
        if t.dep_.startswith("nsubj") and a.country in own_countries:
            continue  # the actor's own state as the subject of its act's content acts, it is not acted upon
            # ("Putin a avertizat că Rusia ar putea tăia …")
        if t.i in venue and getattr(ctx.gaz.lookup(t.text, on), "kind", None) != "country":
            continue  # where it happened names a party only if it is a country ("deploy peacekeepers in Iraq", not
            # "negocieri desfășurate la Geneva")
        if t.pos_ == "NOUN" and not a.country:
            continue  # ("guvernul", "poliția": a bare role names no one in particular)
        depth, x = 0, t
        while x.i != top.i and x.head.i != x.i:
            depth, x = depth + 1, x.head
        key = (depth, abs(t.i - pred.i))
        if best is None or key < best[0]:
            best = (key, t, a)
    if best is None:
        return []
    out = [best[2]]
    for c in best[1].children:
        if c.dep_ == "conj" and c.i not in blocked:
            a = resolve_np(c, ctx.gaz, on, g, ctx.aliases)
            if a is not None and a.code and a.code not in own and a.entity_type != "AGENCY":
                out.append(a)
    return out


def _elaborations_take_their_event_date(records: list[EventRecord]) -> list[EventRecord]:
    """An event without its own time expression that elaborates the event just reported — same CAMEO root,
    the same parties, in one of the next two sentences ("Tusk met Merz on Monday. The two leaders discussed
    defence.") — takes that event's date and precision instead of the publication date (issue 5: inherit
    from the event it elaborates). Returns the records (changed ones replaced)."""
    out: list[EventRecord] = []
    for r in records:
        if r.date_precision == "publication":
            parties = {a.country for a in r.actors + r.recipients if a.country}
            for p in reversed(out):
                if not 0 < r.evidence_sentence - p.evidence_sentence <= 2 or p.date_precision == "publication":
                    continue
                if p.cameo_code[:2] == r.cameo_code[:2] and parties and parties == {
                        a.country for a in p.actors + p.recipients if a.country}:
                    r = dataclasses.replace(r, date=p.date, date_precision=p.date_precision, date_text=p.date_text,
                                            aux_mode=r.aux_mode or ("historical" if p.aux_mode == "historical"
                                                                    else None))
                    break
        out.append(r)
    return out


def _title_coreference(actor: Actor, records: list[EventRecord]) -> Actor:
    """A title alone ("președintele", "the foreign minister") refers to the latest actor of the same
    sector already named in the document: it takes that actor's country, code and name. Returns a new
    actor, or ``actor`` unchanged when it has a country or nothing matches."""
    if actor.country or not actor.sector or actor.entity_type:
        return actor
    for r in reversed(records):
        for prev in r.actors + r.recipients:
            if prev.sector == actor.sector and prev.country and prev.start < actor.start:
                return Actor(actor.text, actor.start, actor.end, prev.name, prev.code, prev.country, prev.sector)
    return actor


def _phrase(doc, actor: Actor):
    """The tokens of a participant's phrase (a ``Span``), or ``None`` when its offsets cut no token span."""
    return doc.char_span(actor.start, actor.end, alignment_mode="expand")


def _has_name(doc, actor: Actor) -> bool:
    """Whether a participant's phrase holds a proper noun (UD ``PROPN``): "cititori" does not, "Abu Mohammed" does."""
    span = _phrase(doc, actor)
    return span is None or any(t.pos_ == "PROPN" for t in span)


def _span_has(doc, actor: Actor, lemmas) -> bool:
    """Whether a participant's phrase holds a word (by lemma) of ``lemmas`` ("ambasadei ruse": "ambasadă")."""
    span = _phrase(doc, actor)
    return span is not None and any(t.lemma_.lower() in lemmas for t in span)


def _anaphoric_pronoun(tok) -> bool:
    """A third-person personal pronoun, possessive included ("them", "their", "împotriva lor", "le-a cerut"), or a
    plural demonstrative standing for a noun phrase ("cererea acestora", "aceștia au fost expulzați"; UD
    ``PronType=Dem`` on a ``PRON``, ``Number=Plur``); relative and reflexive pronouns and demonstrative
    determiners are not (UD features ``PronType``, ``Person=3``, ``Reflex``)."""
    if tok.pos_ == "PRON" and "Dem" in tok.morph.get("PronType") and tok.morph.get("Number") == ["Plur"]:
        return True
    return (tok.pos_ in ("PRON", "DET") and "Prs" in tok.morph.get("PronType") and "3" in tok.morph.get("Person")
            and "Yes" not in tok.morph.get("Reflex"))


def _antecedent(tok, records: list[EventRecord], exclude: tuple = ()) -> Actor | None:
    """The participant a third-person personal pronoun stands for: the latest resolved actor or recipient of
    an event coded before it that agrees with it — a plural pronoun ("against them", "reprezentanții lor")
    takes a plural noun phrase ("Thousands of farmers", "Mii de fermieri"), a masculine or feminine singular one
    ("he", "him", "ea") a named person. A neuter or number-less pronoun ("it") has no antecedent here (its
    speaker case is :func:`cronica.extract.frames._speaker_for_pronoun`).

    Args:
        tok: the pronoun token (UD morphology: ``Number`` or, for possessives, ``Number[psor]``; ``Gender``).
        records: the document's records so far, in text order.
        exclude: actor codes the pronoun cannot stand for (the event's own actors, for a recipient pronoun:
            in "He promised her aid" she is not he).
    Returns:
        the antecedent :class:`Actor` moved to the pronoun's offsets (the evidence of this mention), or ``None``.
    """
    number = tok.morph.get("Number[psor]") or tok.morph.get("Number")
    gender = tok.morph.get("Gender")
    if not number or "Neut" in gender or (number == ["Sing"] and not gender and "Dat" not in tok.morph.get("Case")):
        return None  # (a genderless singular dative clitic is a person: "i-a promis")
    best = None
    for r in records:
        for a in r.actors + r.recipients:
            if not a.code or a.end > tok.idx or (best is not None and a.start <= best.start) or a.code in exclude:
                continue
            span = tok.doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            root_number = root.morph.get("Number[psor]") or root.morph.get("Number")
            if number == ["Plur"] and root_number == ["Plur"] or number == ["Sing"] and (
                    any(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "PER") for t in span) or _anaphoric_pronoun(root)
                    and root_number == ["Sing"] and root.morph.get("Gender") == gender):
                best = a
    if best is None:
        return None
    return replace(best, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))


def _resolve_all(heads, ctx: _Context, on, records: list[EventRecord] = (),
                 exclude: tuple = ()) -> tuple[list[Actor], list[str]]:
    """Resolve participant heads; news outlets go to the second list (reporters, never actors). A personal
    pronoun — or an unresolved member noun owned by one ("their representatives"; ``grammar.yaml: member_nouns``)
    — stands for its antecedent among ``records`` that is not one of the ``exclude`` codes (:func:`_antecedent`);
    an unresolved definite event noun stands for the actors of the event it names (:func:`_event_anaphor`)."""
    actors, reporters = [], []
    when = heads[0].doc.user_data.get("cronica_time_tokens", ()) if heads else ()
    nobody = ctx.grammar.get("negative_quantifiers", set())
    for h in heads:
        if h.i in when:  # "called Zelensky on Monday": a time expression is no participant
            continue
        if (h.lower_ in nobody or h.lemma_.lower() in nobody) and counted_noun(h, ctx.grammar) is None:
            continue  # "Nobody was arrested": no one is no party ("None of the journalists" counts journalists)
        if _anaphoric_pronoun(h):
            a = _antecedent(h, records, exclude)
        else:
            a = resolve_np(h, ctx.gaz, on, ctx.grammar, ctx.aliases)
            owner = [c for c in h.children if c.dep_ in ("nmod:poss", "det") and _anaphoric_pronoun(c)]
            if a is not None and a.code is None and owner and h.lemma_.lower() in ctx.grammar.get("member_nouns", ()):
                found = _antecedent(owner[0], records, exclude)
                a = replace(found, text=a.text, start=a.start, end=a.end) if found is not None else a
        a = _region_institution(h, a, ctx.grammar)
        if (a is None or a.code is None) and h.pos_ == "NOUN":
            a = _country_anaphor(h, records, exclude, ctx.grammar) or a
        if a is None and h.pos_ == "NOUN":
            actors.extend(x for x in _event_anaphor(h, records, ctx) if x.code not in exclude
                          and all(x.code != b.code for b in actors))
            continue
        if a is None or (a.code is None and (marked_by(h, ctx.grammar["location_case"]) or (
                a.entity_type in PLACE_LABELS and not h.dep_.startswith("nsubj")))):
            continue  # (an unresolved place, "în Caraibe", "overran Baraka", is a place, not a party; a subject
            # NER calls a place may be a person: "Florence Parly criticised Russia")
        if a.entity_type == "AGENCY":  # news outlets report events, they are not parties (journalists, MED, are)
            reporters.append(a.name or a.text)
        else:
            for x in [a] + (coordinated_modifier_actors(h, a, ctx.gaz, on) if a.country else []):
                if all((x.start, x.end) != (b.start, b.end) and not (x.code and (x.code, x.name) == (b.code, b.name))
                       for b in actors):
                    actors.append(x)  # one entry per actor: the same entity mentioned twice is listed once
    return actors, reporters


def _country_anaphor(tok, records: list[EventRecord], exclude: tuple, grammar: dict) -> Actor | None:
    """"The country", "țara" (``grammar.yaml: country_nouns``, definite, with no modifier of its own) stands for the
    latest country the document named before it among the parties and places of its events, other than the
    ``exclude`` codes (the event's own actors): "Soldiers seized power in Guinea-Bissau. The African Union suspended
    the country" → GNB. Returns that country as an :class:`Actor` at ``tok``'s offsets, or ``None``."""
    if not ({tok.lemma_.lower(), tok.lower_} & set(grammar.get("country_nouns", ()))) or not definite(tok) or any(
            c.dep_ in ("amod", "nmod", "nmod:poss", "compound", "appos") for c in tok.children):
        return None
    own = {c[:3] for c in exclude if c}
    best = None  # (start offset, country)
    for r in records:
        places = [r.location["country"]] if r.location and r.location.get("country") else []
        for a in r.actors + r.recipients:
            if a.country and a.end <= tok.idx and a.country not in own and (best is None or a.start > best[0]):
                best = (a.start, a.country)
        if places and r.evidence_end <= tok.idx and places[0] not in own and (
                best is None or r.evidence_start > best[0]):
            best = (r.evidence_start, places[0])
    if best is None:
        return None
    return Actor(tok.text, tok.idx, tok.idx + len(tok.text), None, best[1], best[1], None)


REGION_CODES = frozenset({"EUR", "WST", "AFR", "LAM", "MEA", "ASA", "BLK"})
"""CAMEO region actor codes the actor tables use for country-less collectives ("europenii", "the West"; CAMEO
actor codebook 1.1b3 regional codes)."""
REGION_INSTITUTIONS = {"EUR": ("IGOEUREEC", "European Union")}
"""Region code → the institution that acts for it (CAMEO actor codebook 1.1b3 codes). gold/CODING.md codes
"liderii europeni", "European countries" as the region EUR, but the owner of an act — "propunerea europeană de
armistițiu", "ajutorul european" — is the body that makes such acts, the EU."""


def _region_institution(head, actor: Actor | None, grammar: dict) -> Actor | None:
    """``actor`` with its region code replaced by the region's institution (:data:`REGION_INSTITUTIONS`) when
    ``head`` is a region adjective that owns an act — it modifies an event noun (lexicon) or a content noun
    (``grammar.yaml: content_nouns``: a proposal, a plan) — or is that noun itself, named by its adjective
    ("ajutorul european"); any other actor is returned unchanged."""
    if actor is None or actor.code not in REGION_INSTITUTIONS:
        return actor
    if head.pos_ == "ADJ" and head.dep_ == "amod":
        noun = head.head
    elif head.pos_ == "NOUN" and any(c.dep_ == "amod" and nationality_adjective(c) for c in head.children):
        noun = head
    else:
        return actor
    acts = grammar.get("_event_nouns", frozenset()) | grammar.get("content_nouns", set())
    if not ({noun.lemma_.lower(), noun.lower_} & acts):
        return actor
    code, name = REGION_INSTITUTIONS[actor.code]
    return replace(actor, code=code, name=name, country=None, sector="IGO")


def _event_anaphor(noun, records: list[EventRecord], ctx: _Context) -> list[Actor]:
    """A definite event noun with no party of its own that names an event reported in an earlier sentence stands
    for that event's actors ("… a eliberat 123 de deținuți. Tihanovskaia a salutat eliberările" → the releasers):
    the latest earlier record whose three-digit CAMEO code is the noun's own (lexicon match; 084 release, not
    085 lifting sanctions).

    Args:
        noun: a participant head token that resolved to no actor; records: the document's records so far;
        ctx: the document context.
    Returns:
        that record's actors moved to the noun phrase's offsets (the evidence of this mention), or ``[]``.
    """
    if not definite(noun) or any(c.dep_.split(":")[0] in ("nmod", "amod") for c in noun.children):
        return []
    m = load_lexicon(ctx.lang).match(noun)
    if m is None or m[0].pos != "NOUN":
        return []
    kind = m[0].cameo[:3]
    for r in reversed(records):
        if r.cameo_code[:3] == kind and r.evidence_end <= noun.sent.start_char and r.actors:
            toks = np_tokens(noun)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            return [replace(a, text=doc_text(noun.doc)[start:end], start=start, end=end) for a in r.actors]
    return []


MATCH_SCORE = re.compile(r"(?<![\d.,/:])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,/%])")
"""A match result written as two small numbers joined by a dash ("4-1", "17–27"); not a year range, a decimal,
a time or a percentage."""


def sport_report(sent, grammar: dict) -> bool:
    """Whether a sentence reports a game: a word that alone marks one (``grammar.yaml: sport_marks``: "equaliser",
    "wicket"), a sport word (``sport_words``, by lemma or lower-cased form) and a match score
    (:data:`MATCH_SCORE`), or two different sport words.

    Args:
        sent: a spaCy sentence ``Span``; grammar: the language's cue sets.
    Returns:
        ``True`` for a sport report. Its events are play unless a party with a role (a sector) takes part.
    """
    words = grammar.get("sport_words", set())
    found = {w for t in sent for w in (t.lemma_.lower(), t.lower_) if w in words}
    marks = grammar.get("sport_marks", set())
    text = sent.text.lower()
    if any(t.lemma_.lower() in marks or t.lower_ in marks for t in sent) or any(
            "-" in m and re.search(rf"\b{re.escape(m)}\b", text) for m in marks):
        return True  # (a hyphenated mark may be split into tokens: "fly-half")
    return len(found) >= 2 or bool(found) and MATCH_SCORE.search(sent.text) is not None


def market_report(sent, grammar: dict, forms=lambda t: {t.lemma_.lower(), t.lower_}) -> bool:
    """Whether a sentence reports a market move: its root is a verb of rising or falling (``grammar.yaml:
    market_verbs``) whose subject is a price, share, index or currency (``market_nouns``): "Oil prices jumped
    after …", "Cotația cuprului a atins un maxim istoric …".

    Args:
        sent: a spaCy sentence ``Span``; grammar: the language's cue sets; forms: a token's lemma and forms to look
            up (default lemma and lower-cased form; the pipeline passes :meth:`Lexicon.forms`, which also strips
            inflections the lemmatiser missed: "jumped" lemmatised "jum").
    Returns:
        ``True`` for a market report: none of its events is coded (the issue's "no event from market reports";
        gold/CODING.md: a market move "after" a sanction is a non-event).
    """
    root, verbs, nouns = sent.root, grammar.get("market_verbs", set()), grammar.get("market_nouns", set())
    if forms(root).isdisjoint(verbs):
        return False
    return any(c.dep_.split(":")[0] == "nsubj" and not forms(c).isdisjoint(nouns) for c in root.children)


STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})
"""Sectors of a state's own organs (CAMEO 1.1b3 actor codebook): government, military, police, intelligence."""


def _reporting_victim(chain: list, actors: list[Actor], ctx: _Context, on: date) -> list[Actor]:
    """The target of an attack (:data:`ATTACK_ROOTS`) whose report names none: the state whose own organ reports it
    ("Russia launched 120 drones overnight, according to the Ukrainian air force" → UKR; "Russia violated the truce,
    according to Kyiv").
    A state reports the force used against it; a third party's report (an NGO, an outlet, another state's
    officials who also name no target) says nothing of the target and is not used.

    Args:
        chain: the event's attribution chain (:class:`cronica.resolve.factuality.Source`, outermost first);
        actors: the attack's resolved actors; ctx, on: document context and reference date.
    Returns:
        ``[]`` or one recipient: the first source that resolves to a state organ (:data:`STATE_ORGANS`) or a bare
        country other than the actors' countries, as that country (its code without a sector), at the source's
        offsets.
    """
    own = {a.country for a in actors if a.country}
    if not own:
        return []
    for src in chain:
        a = resolve_np(src.token, ctx.gaz, on, ctx.grammar, ctx.aliases)
        if a is None or not a.country or a.country in own or a.entity_type == "AGENCY":
            continue
        if a.sector in STATE_ORGANS or a.code == a.country:
            return [replace(a, code=a.country, sector=None)]
        return []
    return []


def _speaker_acts(chain: list, actors: list[Actor], ctx: _Context, on: date) -> bool:
    """Whether the innermost source of an event's attribution chain is one of its actors' countries: the event is
    announced by its own actor ("Kallas said the EU would tighten sanctions"), not told by a third party."""
    if not chain:
        return False
    a = resolve_np(chain[-1].token, ctx.gaz, on, ctx.grammar, ctx.aliases)
    return a is not None and bool(a.country) and a.country in {x.country for x in actors}


def _side(a: Actor) -> str | None:
    """The side an actor is on: its country, or an IGO's own code ("IGOWSTNAT"); ``None`` when it has neither."""
    return a.country or (a.code if a.code and a.code.startswith("IGO") else None)


def _governing_verb(tok):
    """The nearest verb at or above ``tok`` (``tok`` itself when it is one; the root when none is found)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conditional_target(pred, actors: list[Actor], ctx: _Context, on: date) -> list[Actor]:
    """The party a conditional conflictual act is aimed at: the subject of the condition clause ("if Moscow keeps
    stalling", "dacă Moscova continuă …"; ``grammar.yaml: conditional_mark``) on the act's predicate or a verb
    governing it (two steps up), when it resolves to a party of another country than the act's actors. A condition
    with no party of its own ("if gas deliveries are cut") threatens no one: a state warning of its own emergency
    measures is no threat.

    Returns:
        ``[]`` or that party (resolved actor).
    """
    marks = ctx.grammar.get("conditional_mark", set()) - {"de"}
    own = {a.country for a in actors if a.country}
    h = pred
    for _ in range(3):
        for c in h.children:
            # (the mark may hang on the main verb: "If(mark → will tighten) Moscow keeps(advcl) stalling")
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in list(c.children) + [
                    m for m in h.children if m.dep_ == "mark" and m.i < c.i]):
                subjs = [x for x in c.children if x.dep_ == "nsubj"] or [
                    x for x in c.children if c.pos_ == "NOUN" and x.dep_ == "compound" and x.pos_ == "PROPN"
                    and x.i < c.i]  # (a condition verb the tagger took for a noun has its subject as a compound:
                # "If New Delhi(compound) keeps(NOUN) buying …")
                for subj in subjs:
                    a = resolve_np(subj, ctx.gaz, on, ctx.grammar, ctx.aliases)
                    if a is not None and a.code and (a.country or a.code) not in own and (
                            a.country or a.code.startswith("IGO") or a.code in REGION_CODES):
                        return [a]  # (a region counts: "dacă europenii merg mai departe …" → EUR)
                return []
        if h.head.i == h.i:
            break
        h = h.head
    return []


def _threat_condition_target(pred, actors: list[Actor], ctx: _Context, on: date) -> list[Actor]:
    """The party a threat (CAMEO 13) is aimed at when its content carries a condition: the condition's subject
    (:func:`_conditional_target`), searched from the threat's complement, the threat itself and any conditional
    clause below it ("threatened to stop talks to reduce … if the United States goes ahead with …" → USA).

    Returns:
        ``[]`` or that party (resolved actor).
    """
    marks = ctx.grammar.get("conditional_mark", set()) - {"de"}
    starts = [c for c in pred.children if c.dep_ in ("xcomp", "ccomp")] + [pred] + [
        t.head for t in pred.subtree if t.dep_ == "advcl" and t.i > pred.i
        and any(m.dep_ == "mark" and m.lower_ in marks for m in t.children)]
    for start in starts:
        target = _conditional_target(start, actors, ctx, on)
        if target:
            return target
    return []


REACTION_ROOTS = frozenset({"05", "11", "12", "13"})
"""CAMEO roots of acts that answer another act (praise, criticise, reject, threaten: CAMEO codebook 1.1b3 §05,
§11, §12, §13): aimed at a party, often named only through the act they answer."""


def _protest_motive_target(pred, actors: list[Actor], ctx: _Context, on: date) -> list[Actor]:
    """Whom a protest is aimed at when its motive phrase names it: a protest noun (lexicon, CAMEO 14) in an adjunct of
    the protest predicate or of a gerund or conjunct under it, whose own phrase names a party or the owner of what
    is protested ("staged a general strike … in protest at the government's overhaul" → the government; "în semn de
    protest față de guvern"). Own rule, after CAMEO 14 ("demonstrate against …") and the motive rule of
    :func:`cronica.extract.frames._inside_other_event`.

    Returns:
        the first such party, resolved, that is not one of ``actors``; else ``[]``.
    """
    lexicon, own = load_lexicon(ctx.lang), {a.code for a in actors}
    hosts = [pred] + [c for c in pred.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"]
    for h in hosts:
        for adj in h.children:
            m = lexicon.match(adj) if adj.dep_ == "obl" and adj.pos_ == "NOUN" else None
            if m is None or m[0].cameo[:2] != "14" or m[0].pos != "NOUN":
                continue
            after = [c for c in h.children if c.dep_ == "obl" and c.left_edge.i == adj.right_edge.i + 1]
            # (what is protested, hung on the verb right after the protest noun: "in protest(obl) at the
            # government's reform(obl)")
            for c in (c for c in list(adj.children) + after if c.dep_.split(":")[0] in ("nmod", "obl")
                      and c.pos_ in ("NOUN", "PROPN") and c.i != adj.i):
                own_words = [c] if c.pos_ == "PROPN" or sector_of(c, ctx.gaz, ctx.grammar) else []
                # (a thing protested names no party by its modifiers: "his prison(compound) sentence")
                for t in own_words + owners_of(c, ctx.grammar):
                    a = resolve_np(t, ctx.gaz, on, ctx.grammar, ctx.aliases)
                    if a is not None and a.code and a.code not in own and a.entity_type != "AGENCY":
                        return [a]
    return []


RESPONSE_CODES = ("080", "081", "082", "083", "12", "03")
"""CAMEO code prefixes of acts that can answer a party's pressure: yielding (080–083, PLOVER CONCEDE; not the
withdrawals and releases of 084–087), refusing (§12) and agreeing (§03; CAMEO codebook 1.1b3)."""


def _answered_party(actors: list[Actor], records: list[EventRecord]) -> list[Actor]:
    """The party a yielding, a refusal or an agreement answers when the sentence names none: the actors of the
    latest earlier event aimed at one of ``actors`` (or their country) by parties of other countries ("Tokyo demanded
    a retraction from Beijing. China refused to back down" → JPNGOV; "Brussels pressed Budapest … Orbán climbed
    down" → IGOEUREEC). Own rule (discourse: a reply answers the last act addressed to its speaker).

    Args:
        actors: the resolved actors of the yielding, refusing or agreeing event; records: the document's records so
            far.
    Returns:
        that event's actors (at their own offsets, the evidence of their mention), or ``[]``.
    """
    codes = {a.code for a in actors if a.code}
    countries = {a.country for a in actors if a.country}
    if not codes:
        return []
    for r in reversed(records):
        aimed = any(x.code in codes or (x.country and x.country in countries) for x in r.recipients)
        if aimed and r.actors and not countries & {a.country for a in r.actors if a.country} and not codes & {
                a.code for a in r.actors}:
            return list(r.actors)
    return []


def _reaction_target(frame: Frame, actors: list[Actor], records: list[EventRecord], ctx: _Context) -> list[Actor]:
    """The party a reaction is aimed at when the reaction names only the act it answers: "Kyiv condemned the
    bombing" (the bombers), "Athens denounced the move" (whoever moved), "Moscow vowed a response" (to whoever acted
    against it).

    The answered act is the reaction's object (its subject in the passive, the noun its relative clause
    modifies, or else a recipient-marked oblique: "railed against the decision"), when it has no party of
    its own (no possessor, no nationality adjective, no agent phrase). It is either an event word of the lexicon
    (noun or gerund: "the bombing", "bombardamentul"), a word for an act as such (``grammar.yaml: act_nouns``:
    "move", "decision", "response") or any definite noun ("the flights", "zborurile": UD ``Definite=Def``). It
    stands for the latest earlier event in the document by someone else (no actor country shared with the
    reaction's actors): one with the lexicon code's three digits, else its CAMEO root; for an act word or a
    definite noun, any event.

    Args:
        frame: the reaction's frame (CAMEO root in :data:`REACTION_ROOTS`); actors: its resolved actors;
        records: the document's records so far (text order); ctx: the document context.
    Returns:
        the answered event's actors moved to the object's offsets (the evidence of this mention), or ``[]``.
    """
    pred = frame.predicate
    if frame.cameo[:2] not in REACTION_ROOTS or frame.pattern.pos == "NOUN":
        return []
    acts = ctx.grammar.get("act_nouns", set())
    objs = [c for c in pred.children if c.dep_ in ("obj", "nsubj:pass") and c.pos_ in ("NOUN", "VERB")]
    # (in the passive the act answered is the subject: "iar gestul(nsubj:pass) a fost salutat de …")
    if not objs and pred.dep_ == "acl:relcl" and not any(c.dep_ == "obj" for c in pred.children):
        objs = [pred.head]  # "a move Taipei denounced"
    if not objs:  # or the act a reaction is directed against: "a tunat împotriva(case) deciziei(obl)", "railed
        # against the decision"
        objs = [c for c in pred.children if c.dep_ == "obl" and c.pos_ == "NOUN"
                and marked_by(c, ctx.grammar["recipient_case"])]
    lexicon = load_lexicon(ctx.lang)
    own = {a.country for a in actors if a.country}
    for obj in objs[:1]:
        if any(c.dep_ in ("nmod:poss", "obl:agent") or c.pos_ in ("PROPN", "PRON") and c.dep_ == "nmod"
               or c.dep_ == "amod" and nationality_adjective(c) for c in obj.children):
            return []  # the act's own party is named ("Budapest's decision", "the Israeli strikes")
        m = lexicon.match(obj)
        code = m[0].cameo if m is not None else None
        if code is None and obj.lemma_.lower() not in acts and obj.lower_ not in acts and not definite(obj):
            return []
        earlier = [r for r in records if r.actors and r.predicate_end <= obj.idx
                   and not own & {a.country for a in r.actors if a.country}]
        for same in ((lambda r: r.cameo_code[:3] == code[:3]), (lambda r: r.cameo_code[:2] == code[:2])) if code \
                else ((lambda r: True),):
            hits = [r for r in earlier if same(r)]
            if hits:
                toks = np_tokens(obj) if obj.pos_ == "NOUN" else [obj]
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                return [replace(a, text=doc_text(obj.doc)[start:end], start=start, end=end) for a in hits[-1].actors]
    return []


def _is_anaphoric_plural(tok, ctx: _Context) -> bool:
    """"cei doi lideri", "the two leaders", "both leaders", "the two", "cei doi": a plural agent noun, or a
    bare number word or pronoun of that list, pointing back."""
    words = ctx.grammar["anaphoric_plural"]
    if tok.pos_ in ("NUM", "PRON", "DET") and (tok.lemma_.lower() in words or tok.text.lower() in words):
        return True
    if "Plur" not in tok.morph.get("Number") and not tok.text.lower().endswith(("i", "s", "e")):
        return False
    if not sector_of(tok, ctx.gaz, ctx.grammar) and not tok.lemma_.lower() in ctx.grammar.get("party_nouns", ()):
        return False  # ("both countries", "cele două părți": grammar.yaml party_nouns)
    return any(c.lemma_.lower() in ctx.grammar["anaphoric_plural"] or c.text.lower() in ctx.grammar["anaphoric_plural"]
               for c in tok.subtree if c.i != tok.i)


def _source_name(tok, ctx: _Context, on, last_agency: str | None) -> tuple[str | None, bool]:
    """Name a reporting source noun phrase; returns ``(name, unnamed)``.

    "surse Reuters" → ("Reuters (unnamed sources)", True); "aceleiași agenții" (``grammar.yaml: same_words``)
    and a definite singular "sursa" → the last named source; other unnamed sources → an English description;
    a resolved actor or outlet → its canonical name; otherwise the phrase as written.
    """
    g = ctx.grammar
    toks = np_tokens(tok)
    inner = [t for t in toks if t.i != tok.i and t.pos_ == "PROPN"]
    if {tok.text.lower(), tok.lemma_.lower()} & g["unnamed_source_nouns"] and (
            tok.pos_ != "PROPN" or tok.i == tok.sent.start):  # "Sources told …": capitalised, not a name
        # the outlet the sources spoke to: "surse Reuters", "sources told Reuters"
        told = [c for c in tok.head.children if c.dep_ in ("obj", "iobj") and c.pos_ == "PROPN"] \
            if tok.dep_ == "nsubj" else []
        for t in inner + told:
            a = resolve_np(t, ctx.gaz, on, g)
            if a is not None and a.entity_type == "AGENCY":
                return f"{a.name} (unnamed sources)", True
        if last_agency and "Def" in tok.morph.get("Definite") and "Sing" in tok.morph.get("Number"):
            return last_agency, False  # "citat de sursa belarusă": the definite source is the one named before
        # sources inside an institution are that institution's: "surse din Poliția de Frontieră" →
        # "Border Police (unnamed)", "o sursă din Biroul Președintelui" → "presidential office (unnamed)"
        inside = next((c for c in tok.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                       and case_of(c) in g["location_case"]), None)
        if inside is not None:
            a_in = resolve_np(inside, ctx.gaz, on, g)
            named = a_in.name if a_in is not None and a_in.name and len(a_in.code or "") > 3 else None
            described = named or _describe_source(inside, np_tokens(inside), g, a_in.country if a_in else None)
            if described:
                return f"{described} (unnamed)", True
        return f"{_describe(tok, toks, g)} (unnamed)", True
    if any(t.lemma_.lower() in g.get("same_words", ()) for t in toks) and last_agency:
        # "the same agency" → the source named last, unless the phrase names another country's outlet
        if not any(m.entry.kind in ("country", "demonym") for m in ctx.gaz.match([t.text for t in toks], on)):
            return last_agency, False
    a = resolve_np(tok, ctx.gaz, on, g)
    if a is not None and a.name and (len(a.code or "") != 3 or tok.pos_ == "PROPN"):
        return a.name, False  # (a bare country found in a described phrase, "Ombudsmanului ucrainean", is no name)
    # a source described, not named ("Ministerul de Interne", "parlamentari sud-coreeni", "Ombudsmanului
    # ucrainean"): an English description, as for every language (gold/CODING.md, Attribution strings)
    described = _describe_source(tok, toks, g, a.country if a is not None else None)
    if described:
        return described, False
    if a is not None and a.name:
        return a.name, False
    text = doc_text(tok.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
    return text, False


def _gloss(tok, gloss: dict) -> str:
    """English gloss of ``tok`` in ``grammar.yaml: source_gloss`` by its form, then its lemma; ``""`` if none."""
    return gloss.get(tok.text.lower(), gloss.get(tok.lemma_.lower(), ""))


def _describe_source(head, toks: list, g: dict, country: str | None) -> str | None:
    """English description of a source phrase that names no entity, from ``grammar.yaml: source_gloss`` (form or
    lemma → English; a gloss starting with "+" follows the head: "exil" → "+in exile"): the country's English
    nationality word (:func:`cronica.resolve.gazetteer.english_demonyms`), the glossed modifiers, the glossed head
    ("Ministerul de Interne" → "Interior Ministry"; "ministerul de externe de la Chișinău" → "Moldovan Foreign
    Ministry"; "purtătorul de cuvânt al guvernului" → "government spokesperson"). ``None`` without a gloss for the
    head (English: the phrase as written is already English)."""
    gloss = g.get("source_gloss") or {}

    def en(t) -> str:
        return _gloss(t, gloss)

    head_en = en(head)
    if not gloss or not head_en:
        return None
    demonyms = english_demonyms()
    nationality = set(demonyms.values())
    pre, post = [], []
    for t in toks:
        if t.i == head.i or t.pos_ in ("PROPN", "DET", "ADP", "PUNCT", "NUM") or t.dep_ in ("case", "det"):
            continue
        w = en(t)
        if not w or w in nationality or w in ("US", "EU"):
            continue
        (post if w.startswith("+") else pre).append(w.lstrip("+"))
    words = ([demonyms[country]] if country in demonyms else []) + pre + [head_en] + post
    return " ".join(words)


def _describe(head, toks: list, g: dict) -> str:
    """Short English description of an unnamed source phrase headed by ``head`` ("surse guvernamentale" →
    "government sources", "a US official" → "US official").

    Determiners, prepositions and numbers are dropped. With a gloss table (``grammar.yaml: source_gloss``,
    form or lemma → English) the head noun and modifiers are glossed and put in English order (modifiers
    first); an unglossed common word is dropped, a proper noun kept as written. Without one (English) the
    words are kept as written."""
    gloss = g.get("source_gloss") or {}
    kept = [t for t in toks if t.pos_ not in ("DET", "ADP", "PUNCT", "NUM") and t.dep_ not in ("case", "det")]
    if not gloss:
        return " ".join(t.text for t in kept) or "sources"

    def en(t) -> str:
        return _gloss(t, gloss) or (t.text if t.pos_ == "PROPN" else "")

    words = [en(t) for t in kept if t.i != head.i] + [en(head) or "sources"]
    return " ".join(w for w in words if w)


def _time_spans(doc, lang: str) -> list[tuple]:
    """``[(span, text)]``: the time expressions of ``doc`` (:func:`find_time_expressions`, one pass over the
    text) as token spans; an expression never spans two sentences or a line break."""
    out = []
    for st, en, text in find_time_expressions(doc_text(doc), lang):
        span = doc.char_span(st, en, alignment_mode="expand")
        if span is None or len(span) == 0 or "\n" in text or any(t.is_sent_start for t in span[1:]):
            continue
        out.append((span, text))
    return out


def _time_owners(spans: list[tuple], lang: str, published, triggers: dict) -> dict[int, list[tuple]]:
    """Map token index of the owning predicate/clause head → [(date, precision, text, rank)] for the time
    expressions ``spans`` (:func:`_time_spans`).

    A time expression belongs to the nearest ancestor that is an event trigger or a verb (its clause); an
    event takes its own clause's expression, else its governing clauses' ("Tot joi, Kremlinul a transmis
    că …" dates the embedded event), never one from a clause below it ("sanctions imposed in October").
    """
    owners: dict[int, list[tuple]] = {}
    for span, text in spans:
        t = span.root
        # climb to the clause the expression belongs to: the nearest event trigger or verb above it
        while t.i not in triggers and t.head.i != t.i and not (t.pos_ in ("VERB", "AUX") and t.i != span.root.i
                                                                and t.ent_type_ not in ("NAT_REL_POL", "NORP")):
            t = t.head  # (a nationality word tagged as a verb, "rusesc"(VERB), heads no clause)
        d, prec = anchor_expression(text, lang, published)
        owners.setdefault(t.i, []).append((d, prec, text, PRECISION_RANK.get(prec, 5)))
    return owners


def _frame_date(frame: Frame, times: dict, previous: list[EventRecord], event_nouns: set,
                published: date | None) -> tuple[str | None, str, str | None]:
    """``(date, precision, date_text)`` for a frame: its own time expression, else its governing
    clauses', else the previous event's when the clause elaborates it through a definite event noun
    ("În cadrul discuției …", "In the call, …"), else the publication date (precision ``publication``;
    ``unknown`` with no publication date)."""
    pred = frame.predicate
    t, steps = pred, 0
    while True:
        own = [t] + frame.trigger[1:] + [c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        for tok in (own if t.i == pred.i else [t]):
            if tok.i in times:
                best = min(times[tok.i], key=lambda x: x[3])
                return best[0], best[1], best[2]
        if t.head.i == t.i or steps > 6:
            break
        t, steps = t.head, steps + 1
    if previous and any(c.dep_ == "obl" and c.pos_ == "NOUN" and c.lemma_.lower() in event_nouns
                        and ("Def" in c.morph.get("Definite") or any(d.lemma_.lower() == "the" for d in c.children))
                        for c in pred.children):
        prev = previous[-1]
        return prev.date, prev.date_precision, prev.date_text
    if published:
        return published.isoformat(), "publication", None
    return None, "unknown", None


LOCAL_SECTORS = frozenset({"CVL", "ELI", "LAB", "HLH", "EDU", "REB", "COP", "AGR", "OPP", "UAF"})
"""Sectors whose nationality-less members belong to the country where the event happens ("Two people were
killed in Kharkiv", "a former minister was assassinated in Kyiv", "police detained … in Tbilisi"); office
holders, soldiers, journalists and parties travel, so they do not (own rule, after the CAMEO codebook's
domestic actor roles)."""


def _located(a: Actor, country: str, sectors: frozenset = frozenset()) -> Actor:
    """``a`` with the event's country when it has none and its sector is in :data:`LOCAL_SECTORS` (or ``sectors``)."""
    if a.country or (a.sector not in LOCAL_SECTORS and a.sector not in sectors) or a.code != a.sector:
        return a
    return replace(a, code=country + a.sector, country=country)


def _distinct(parties: list[Actor]) -> list[Actor]:
    """``parties`` without repeats: a bare country when a party of that country with a sector is there ("two tankers
    of Russia's shadow fleet": RUSBUS and RUS → RUSBUS), a bare sector when a party of that sector with a country is
    there (REB and TURREB → TURREB), and one phrase split in two by an apposition ("Ukraine's
    foreign minister, Andrii Sybiha": the same code, at most two characters apart)."""
    out: list[Actor] = []
    for a in parties:
        if a.code and a.country and a.code == a.code[:3] and any(
                b.country == a.country and b.code and len(b.code) > 3 for b in parties):
            continue
        if a.code and not a.country and a.code == a.sector and any(
                b is not a and b.country and b.sector == a.sector for b in parties):
            continue  # a bare sector beside a party of that sector with a country ("the rebel Kurdistan Workers'
            # Party": REB and TURREB → TURREB)
        if any(b.code == a.code and a.code and (a.start <= b.end + 2 and b.start <= a.end + 2) for b in out):
            continue
        out.append(a)
    return out


CIVIL_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "OPP", "ELI", "EDU", "HLH", "LAB", "BUS", "MED", "CVL", "AGR"})
"""Sectors that command no armed force (CAMEO codebook 1.1b3 sector codes): their retreat is a figure of speech."""
DOMESTIC_GROUPS = frozenset({"CVL", "OPP", "LAB", "AGR", "ELI", "PTY", "EDU", "HLH", "REF"})
"""Sectors of a society's own groups (CAMEO codebook 1.1b3 sector codes)."""
STATE_SECTORS = frozenset({"GOV", "JUD", "LEG"})
"""Sectors of a state's own institutions, which deal with their own society."""


def _speakers_own_forces(actors: list[Actor], chain: list, ctx: _Context, on: date) -> list[Actor]:
    """Country-less state forces or officials acting in an event a state speaker reports are the speaker's own
    ("Polish Defence Minister X announced that 10,000 soldiers would be sent" → POLMIL): an actor whose code is a
    bare sector of :data:`STATE_FORCES` takes the country of the innermost named source of the attribution
    ``chain`` (the one who speaks) that resolves to a state actor (a country, or a sector of :data:`STATE_FORCES`).
    Own rule, as :func:`_domestic`: an official announces what their own state's forces do; others' forces are named
    with their nationality."""
    if not any(a.code == a.sector and a.sector in STATE_FORCES and not a.country for a in actors):
        return actors
    for src in reversed(chain):  # (the innermost source is the one who speaks)
        if src.unnamed or src.token is None:
            continue
        a = resolve_np(src.token, ctx.gaz, on, ctx.grammar, ctx.aliases)
        if a is not None and a.country and (a.sector is None or a.sector in STATE_FORCES):
            return [replace(x, code=a.country + x.sector, country=a.country)
                    if x.code == x.sector and x.sector in STATE_FORCES and not x.country else x for x in actors]
    return actors


STATE_FORCES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
"""Sectors of a state's own institutions and forces (CAMEO codebook 1.1b3 sector codes)."""


def _domestic(parties: list[Actor], counterparts: list[Actor], bare_state: bool = False) -> list[Actor]:
    """``parties`` where a country-less domestic group (:data:`DOMESTIC_GROUPS`, code = sector) takes the country of
    the state institutions (:data:`STATE_SECTORS`) it deals with, when those are of one country: a government
    answers, prosecutes or yields to its own society ("Bolojan turned down the unions' demand" → ROULAB; "the
    opposition condemned the Turkish government" → TUROPP; "DNA prosecutors charged a former minister" → ROUELI).
    With ``bare_state``, a country named bare (``BLR``) counts as its state (the caller passes it for acts that are
    no attack). Own rule, after gold/CODING.md, which codes an unqualified domestic group by the sentence's national
    anchor."""
    states = {c.code[:3] for c in counterparts if c.country and (
        c.sector in STATE_SECTORS or (bare_state and c.sector is None and c.code == c.country))}
    armed = {c.code[:3] for c in counterparts if c.country and c.sector == "REB"}
    if len(states | armed) != 1:
        return parties
    base = (states | armed).pop()
    country = next(c.country for c in counterparts if c.country and c.code[:3] == base)
    # (a rebel group's victims are civilians of its own country: "the RSF killed hundreds of civilians" → SDNCVL)
    return [replace(a, code=base + a.sector, country=country)
            if not a.country and a.code == a.sector and a.name is None
            and (a.sector in DOMESTIC_GROUPS if states else a.sector == "CVL")
            else a for a in parties]  # (a named person of no country is nobody's society: "the plan of Javier Solana")


def _is_person(actor: Actor, ctx: _Context, on: date) -> bool:
    """Whether ``actor`` resolved to a person of the gazetteer (kind ``person`` in ``actors.tsv``) by its canonical
    name; ``False`` for states, capitals, institutions, groups and unresolved mentions."""
    if not actor.name:
        return False
    words = actor.name.split()
    return any(m.entry.kind == "person" and m.end - m.start == len(words) for m in ctx.gaz.match(words, on))


def _record_on(tok, records: list[EventRecord], heads: dict, root: str | None = None) -> EventRecord | None:
    """The latest record whose predicate is ``tok`` (``heads``: id of a record → its predicate token) and, given
    ``root``, whose CAMEO code has that root; ``None`` if there is none: the event of the verb another predicate
    hangs on."""
    return next((r for r in reversed(records) if heads.get(id(r)) is not None and heads[id(r)].i == tok.i
                 and (root is None or r.cameo_code[:2] == root)), None)


def _venue(tok, ctx: _Context, on: date) -> bool:
    """``tok`` names where an event noun it modifies took place, not a party: a city or capital as a compound of an
    event word ("walked out of the Istanbul talks", "pulled out of the Doha talks"; ``grammar.yaml``'s lexicon event
    nouns), as the gazetteer knows it (kind ``city`` or ``capital``)."""
    if tok.dep_ != "compound" or tok.pos_ != "PROPN" or not (
            {tok.head.lemma_.lower(), tok.head.lower_} & ctx.grammar.get("_event_nouns", frozenset())):
        return False
    return any(m.entry.kind in ("city", "capital") for m in ctx.gaz.match([tok.text], on))


def _shared_sector(parties: list[Actor], doc) -> list[Actor]:
    """``parties`` where a nationality adjective coordinated with a noun of a sector shares that sector ("Polish and
    Ukrainian prosecutors": POL, UKRJUD → POLJUD, UKRJUD; the parser makes the first adjective the phrase's head):
    a bare country whose words are one adjective takes the sector of the other parties, when they have exactly one."""
    sectors = {a.sector for a in parties if a.country and a.sector}
    if len(sectors) != 1:
        return parties
    sector = sectors.pop()
    out = []
    for a in parties:
        span = doc.char_span(a.start, a.end, alignment_mode="expand") if a.code == a.country and a.country else None
        if span is not None and len(span) == 1 and span.root.dep_ != "amod" and (
                span.root.pos_ == "ADJ" or (span.root.dep_ == "conj" and span.root.ent_type_ not in ("GPE", "LOC"))):
            # (or a nationality word the tagger took for a noun, coordinated: "Militari români, francezi(NOUN)",
            # "Japanese and Philippine(PROPN) warships" — not a country's name: "Russia and Ukrainian officials")
            a = replace(a, code=a.country + sector, sector=sector)
        out.append(a)
    return out


def _counterparts(recipients: list[Actor], actors: list[Actor], doc, grammar: dict) -> list[Actor]:
    """``recipients`` where a counterpart (``grammar.yaml: counterpart_nouns``: "counterpart", "omolog") holds the
    same kind of office as the actor: "SRI le-a transmis omologilor de la Chișinău informații" → MDASPY, not the
    table's GOV. Only a counterpart with a country, facing actors of one sector."""
    sectors = {a.sector for a in actors if a.sector}
    words = set(grammar.get("counterpart_nouns", ()))
    if len(sectors) != 1 or not words or not sectors <= STATE_FORCES:
        return recipients  # (only a state's office has a counterpart abroad: not an IGO's or a party's)
    sector = next(iter(sectors))
    out = []
    for r in recipients:
        span = doc.char_span(r.start, r.end, alignment_mode="expand") if r.country and r.sector else None
        if span is not None and span.root.lemma_.lower() in words and r.sector != sector:
            r = replace(r, code=r.country + sector, sector=sector)
        out.append(r)
    return out


def _known_beside_unknown(parties: list[Actor]) -> list[Actor]:
    """``parties`` without those of NGEC's unknown sector (UNK: "group", "member", "region") when another party
    fills the role: the word restates or qualifies it ("Russia and China, both permanent members(UNK)", "the RSF,
    the paramilitary group(UNK) that …"); alone, it is kept."""
    known = [a for a in parties if a.sector != "UNK"]
    return known if known else parties


def _reference_day(d: date, precision: str) -> date:
    """The day from which an event dated ``d`` at ``precision`` (day/month/year) counts as past: a year from its last
    day (an event of "last year" may be weeks old), a named month or a day from its first ("in November 2024",
    written a year later, is background). Own rule, after gold/CODING.md "explicit past years or month-years"."""
    if precision == "year":
        return d.replace(month=12, day=31)
    return d


def _deep_place_country(pred, frame: Frame, ctx: _Context, on) -> str | None:
    """The country of the first place phrase (``grammar.yaml: location_case`` + a country, capital or city of the
    gazetteer) anywhere below ``pred`` after its first trigger word, outside the actors' phrases and clauses with a
    subject of their own other than a relative pronoun; ``None`` if there is none or the phrases name more than one
    country. Own rule (observed on the dev gold: victims described by a participle or relative clause)."""
    blocked = {t.i for a in frame.actors for t in a.subtree}
    blocked |= {x.i for t in pred.subtree if t.i != pred.i and any(
        c.dep_.startswith("nsubj") and "Rel" not in c.morph.get("PronType") for c in t.children) for x in t.subtree}
    # (a relative clause describes its noun's people: "un grup de bărbați care(Rel) se apropiau de linia din …")
    start = min(t.i for t in frame.trigger)
    countries = []
    for c in pred.subtree:
        if c.i <= start or c.i in blocked or c.dep_.split(":")[0] not in ("obl", "nmod") or case_of(
                c) not in ctx.grammar["location_case"]:
            continue
        toks = np_tokens(c)
        for m in ctx.gaz.match([t.text for t in toks], on):
            if m.entry.kind in ("country", "capital", "city") and m.entry.country:
                countries.append(m.entry.country)
    return countries[0] if countries and len(set(countries)) == 1 else None


def _location(frame: Frame, ctx: _Context, on) -> tuple[dict | None, Actor | None]:
    """The place of the event: a locative oblique of the predicate whose own head names a country, a capital or
    a city ("la București", "in Moscow", "la Harkov"); places nested deeper ("ambasadorul Venezuelei la Moscova")
    describe a participant, not the event.

    Returns ``(location, place)``, both ``None`` when no place is named. ``location`` is
    ``{"name", "country", "lat", "lon", "precision"}``: precision ``country`` (no coordinates) or ``city``; a city's
    ``name`` is its GeoNames name, a capital's the words of the text; ``lat``/``lon`` (decimal degrees) come from the
    city row of ``lang/*/places.tsv`` (GeoNames), ``None`` when there is none. ``place`` is the place's words as an
    :class:`Actor` (its gazetteer code: a capital is its government, ``HUNGOV``; character offsets), for events that
    act upon it."""
    pred = frame.predicate
    near = list(pred.children) + [g for c in pred.children if c.pos_ == "PROPN" and (
        c.dep_ in ("obj", "nsubj", "obl") or (pred.pos_ == "NOUN" and c.dep_ == "nmod")) for g in c.children]
    # ("met Maduro in Moscow", "vizita lui Orbán la Moscova": attached to the name)
    attack_marks = ctx.grammar.get("attack_clause_mark", set())
    near += [g for c in pred.children if (c.pos_ == "NOUN" and c.dep_ == "obl") or (
             c.dep_ == "advcl" and any(m.dep_ == "mark" and m.pos_ == "ADP" or (
                 m.dep_ in ("mark", "advmod") and m.lemma_.lower() in attack_marks) for m in c.children))
             for g in c.children if g.dep_ in ("nmod", "obl")]
    # ("killed in shelling | in Kharkiv": the place hung on an adjunct event noun, on a gerund parsed as a clause, or
    # on the clause that says who struck: "killed when missiles hit … | in Ternopil"; grammar.yaml attack_clause_mark)
    if frame.cameo[:2] >= "17":  # force: where the thing hit is, the event is ("a lovit un spital | din Gaza"; "killed
        # in an attack on apartment blocks | in Ternopil": the target of an adjunct attack noun)
        rcase = ctx.grammar["recipient_case"]
        hit = [c for c in pred.children if c.pos_ == "NOUN" and c.dep_ == "obj"] + [
            g for c in pred.children if c.pos_ == "NOUN" and c.dep_ == "obl" for g in c.subtree
            if g.dep_ in ("nmod", "obl") and g.i != c.i and g.pos_ == "NOUN" and case_of(g) in rcase]
        # ("atac rusesc(acl) | asupra unor blocuri(obl)": the target hung on a participle-like adjective)
        near += [g for c in hit for g in c.subtree if g.dep_ == "nmod" and g.i != c.i and all(
            x.dep_ == "nmod" for x in itertools.takewhile(lambda x: x.i != c.i, [g, *g.ancestors]))]
        # (a chain of nmods under the target: "blocuri de locuințe | din Ternopil")
    for c in near:
        if c.dep_ in ("obl", "nmod") and case_of(c) in ctx.grammar["location_case"]:
            toks = np_tokens(c)
            head_pos = next(i for i, t in enumerate(toks) if t.i == c.i)
            # "in the Samara region", "from neighbourhoods of Gaza City"; "in southeastern(ADJ) Serbia" misparsed
            place_noun = is_place_noun(c, ctx.grammar) or c.pos_ == "ADJ"
            for m in ctx.gaz.match([t.text for t in toks], on):
                e = m.entry
                if e.kind in ("country", "capital", "city") and (m.start <= head_pos < m.end or place_noun) or (
                        e.kind == "demonym" and e.country and place_noun and not m.start <= head_pos < m.end):
                    # (a nationality on a place noun names its country: "off the Venezuelan coast")
                    first, last = toks[m.start], toks[m.end - 1]
                    surface = " ".join(t.text for t in toks[m.start:m.end])
                    place = Actor(doc_text(first.doc)[first.idx:last.idx + len(last.text)], first.idx,
                                  last.idx + len(last.text), e.name, e.code, e.country, e.sector or None)
                    if e.kind in ("country", "demonym"):
                        return {"name": e.name, "country": e.country, "lat": None, "lon": None,
                                "precision": "country"}, place
                    lat_lon = ctx.gaz.coords(e, surface)
                    return {"name": e.name if e.kind == "city" else surface, "country": e.country,
                            "lat": lat_lon[0] if lat_lon else None, "lon": lat_lon[1] if lat_lon else None,
                            "precision": "city"}, place
    return None, None
