"""Event frames over UD dependency trees — one language-neutral extractor for every language.

A :class:`Frame` is a predicate matched in the lexicon plus the head tokens of its participants,
found from Universal Dependencies relations (UD v2):

* active clause: ``nsubj`` → actor; ``obj``, ``iobj`` and ``obl``/``nmod`` whose ``case`` is a
  recipient preposition (``grammar.yaml: recipient_case``) → recipient;
* passive clause (``aux:pass`` or ``nsubj:pass``): ``obl:agent`` (or ``obl`` with ``agent_case``) → actor,
  ``nsubj:pass`` → recipient; agentless passives keep the actor list empty;
* nominal predicate (``întâlnire``, ``meeting``): genitive ``nmod``/``nmod:poss`` → actor, ``cu``/``with``
  obliques → recipient; else the subject of the verb governing the nominal;
* missing subject (pro-drop, control ``xcomp``, ``conj`` chains, complement of a saying verb):
  inherited from the governing clause; appeal-type predicates take the subject of their complement
  clause as recipient when they have none (``speră ca X să``, ``hope that X will``);
* coordination (``conj``) expands every participant into a list (compound actors stay one event).

Which argument heads are actors (not themes such as "sanctions") is decided later by actor resolution.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..ontology import DEMAND_CODES, INTENT_CODES, THREAT_CODES, cameo, specific_code, threat_code
from .lexicon import MISATTACHED_VERB_DEPS, NO_EVENT, Lexicon, Pattern, demonym_forms, raised_subject, token_forms

CLAUSE_DEPS = {"ccomp", "advcl", "parataxis", "csubj", "acl:relcl", "xcomp", "acl"}
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
MOTIVE_ROOTS = frozenset({"10", "14"})
"""CAMEO roots (demand, protest) that, as the purpose of another act, are its motive, not an act of their own."""
"""CAMEO roots of the use of force (coerce, assault, fight, mass violence; CAMEO codebook 1.1b3)."""
SUBJ = {"nsubj", "nsubj:pass", "csubj"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"}


@dataclass
class Frame:
    """A matched predicate and its participants' head tokens.

    Attributes:
        predicate: head ``Token`` of the predicate; trigger: all tokens of the matched pattern.
        pattern: the lexicon :class:`Pattern`.
        actors, recipients: head tokens of participant noun phrases (before resolution).
        inherited_from: the governing token whose subject was inherited, if any.
        protest: a protest (CAMEO 14) this concession yields to, when its protesters are unnamed (the
            pipeline makes them the recipient: civilians, CVL), else ``None``.
        content: for a warning coded as a threat by the act it announces, that act's predicate token ("warned
            that Russia could attack(content) …"); alternative_of: for that act's own frame, the warning's predicate
            index. The pipeline codes one of the two: the act, hypothetical and reported, when an active subject of
            it is a party of another state than the warner (a warning of someone else's act threatens nothing),
            else the threat.
    """

    predicate: object
    trigger: list
    pattern: Pattern
    actors: list = field(default_factory=list)
    recipients: list = field(default_factory=list)
    inherited_from: object = None
    protest: object = None
    content: object = None
    alternative_of: object = None

    @property
    def cameo(self) -> str:
        return self.pattern.cameo


def case_of(tok, forms: bool = False) -> str:
    """Lower-case preposition(s) marking ``tok`` (``case`` children + their ``fixed`` parts), or ``""``.

    Lemmas by default; ``forms=True`` gives the words as written, for participial prepositions whose
    lemma is a verb ("according" → lemma "accord")."""
    parts = []
    for c in tok.children:
        if c.dep_ == "case" or (c.dep_ == "mark" and c.pos_ == "ADP"):
            words = [c] + [f for f in c.children if f.dep_ == "fixed"]
            parts.append(" ".join((w.text if forms else w.lemma_).lower() for w in words))
    return " ".join(parts)


def definite(tok) -> bool:
    """Definite noun: ``Definite=Def`` (Romanian suffixed article) or a definite determiner child."""
    return "Def" in tok.morph.get("Definite") or any(
        c.dep_ == "det" and "Def" in c.morph.get("Definite") or c.lemma_.lower() == "the" for c in tok.children)


def marked_by(tok, cues: set) -> bool:
    """True if ``tok``'s preposition is one of ``cues`` — the whole marker ("față de") or its first word
    ("împotriva a 20 de oficiali" is marked by "împotriva"), as lemmas or as written: a cue list names a
    compound preposition as it is written ("din partea", "în urma"), which the lemmatiser turns into "din parte",
    "în urmă"."""
    for case in (case_of(tok), case_of(tok, forms=True).lower()):
        if case and (case in cues or case.split()[0] in cues):
            return True
    return False


def _conj_expand(tokens: list) -> list:
    """``tokens`` with their nominal ``conj`` conjuncts after each, also conjuncts the parser hung on a name
    part or on the name in apposition to a title ("Xi Jinping(flat) and Donald Trump": "Donald" is a conjunct of
    "Jinping", not of "Xi"; "Libyan leader Muammar(appos) Gaddafi and … Todor Zhivkov(conj of Muammar)")."""
    out = []
    for t in tokens:
        if t in out:
            continue
        out.append(t)
        parts = [t] + [f for f in t.children if f.dep_.split(":")[0] in ("flat", "appos")]
        parts += [f for p in parts[1:] for f in p.children if f.dep_.split(":")[0] == "flat"]
        for c in (c for p in parts for c in p.children):
            if c.dep_ == "conj" and c.pos_ in NOMINAL and c not in out:
                out.append(c)
                out.extend(d for d in c.children if d.dep_ == "conj" and d not in out and (
                    d.pos_ in NOMINAL or nationality_adjective(d)))  # (a list hung as a chain: "Militari români,
                # francezi(conj) și belgieni(conj of francezi)")
        for m in (m for m in t.children if m.dep_ == "amod" and nationality_adjective(m)):
            out.extend(d for d in m.children if d.dep_ == "conj" and d not in out and (
                nationality_adjective(d) or d.pos_ == "PROPN"))  # nationalities coordinated on one noun name a
            # party each: "Japanese and Philippine(conj of Japanese) warships" (the sector is shared later)
    return out


def is_passive(pred) -> bool:
    """``True`` if the predicate has a passive auxiliary or passive subject (UD ``aux:pass``/``nsubj:pass``), or is a
    participle coordinated with a passive predicate without a subject or auxiliary of its own, which it shares (UD
    attaches shared dependents to the first conjunct: "was shot(aux:pass) and critically wounded(conj)")."""
    if any(c.dep_ in ("aux:pass", "nsubj:pass", "expl:pass") for c in pred.children):
        return True
    return (pred.dep_ == "conj" and pred.head.i != pred.i and "Part" in pred.morph.get("VerbForm")
            and not any(c.dep_.startswith(("nsubj", "aux")) for c in pred.children) and is_passive(pred.head))


CLAUSE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "cop", "mark", "ccomp", "xcomp"})
"""Relations only a clause's predicate has (UD v2): a word with one of them is a verb, whatever its tag."""


def _mistagged_nominal(tok) -> bool:
    """A subject the tagger called a verb, adjective or adverb but that has no dependent of a clause ("The
    gendarmerie(VERB) sent …"): UD ``nsubj`` is nominal, and a clausal subject would be ``csubj`` with a
    predicate's dependents (:data:`CLAUSE_DEPS`)."""
    return tok.pos_ in ("VERB", "ADJ", "ADV", "X") and not any(c.dep_ in CLAUSE_DEPS for c in tok.children)


def subjects(pred) -> list:
    """Active subjects (``nsubj``; ``nsubj:outer``, the subject of a clausal predicate: "X is due to meet …")
    of ``pred``, nominal only; a relative pronoun ("care", "who") stands for the noun its relative clause
    modifies."""
    out = []
    for c in pred.children:
        if c.dep_ in ("nsubj", "nsubj:outer") and (c.pos_ in NOMINAL or _mistagged_nominal(c)):
            if "Rel" in c.morph.get("PronType") and pred.dep_ in ("acl:relcl", "acl") and pred.head.i != pred.i:
                out.append(pred.head)
            else:
                out.append(c)
    return out


def inherit_subject(pred, max_steps: int = 5, pro_drop: bool = True, accusers: frozenset = frozenset()):
    """Find the understood subject of a subjectless ``pred`` by walking up the tree.

    * control and coordination (``xcomp``, ``conj``, ``advcl``, ``ccomp`` of a pro-drop speaker): the
      governing clause's subject — or its object for object control ("a cerut Rusiei să accepte",
      "urged Iran to stop": the ``obj``/``iobj`` controls an ``xcomp``/subjunctive ``ccomp``);
    * relative and participial clauses (``acl``, ``acl:relcl``: "la Chișinău, unde s-a întâlnit cu …"):
      through the modified noun to the clause it belongs to;
    * a nominal predicate directly under a verb (``obl``/``obj``): that verb's subject;
    * an ``xcomp`` of a passive raising verb ("X is set / expected / due to meet"): its passive subject;
    * the content of an accusation (``accusers``: ``grammar.yaml: accusation_verbs``; "a acuzat Rusia că a
      atacat …", "accused Russia of striking …", "Israelul este acuzat că …"): the accused — the verb's
      object, or its passive subject.

    A finite complement (``ccomp``) inherits only in pro-drop languages (``grammar.yaml: pro_drop``), and a
    passive predicate never inherits (the agent of "the release had been demanded", "dacă reforma ar fi
    respinsă" is unknown, not the governing clause's subject; issue 4: agentless passives leave the actor
    empty rather than guess).

    Returns:
        ``(subject tokens, governing token)``; ``([], None)`` when nothing is found.
    """
    cur = pred
    if is_passive(pred):  # the agent of an agentless passive is unknown, not the governing clause's subject
        return [], None
    if pred.dep_ == "ccomp" and not pro_drop and not _subjunctive(pred):
        return [], None
    for _ in range(max_steps):
        allowed = ("xcomp", "ccomp", "advcl", "conj", "acl", "acl:relcl", "parataxis")
        if cur.pos_ in ("NOUN", "PROPN") and (cur.i == pred.i or cur.dep_ in ("obl", "obj", "iobj", "nmod")):
            allowed = ("obl", "obj", "iobj", "nmod")  # a nominal under a verb: "într-un apel …, Maduro a …"
        elif cur.pos_ == "VERB" and cur.dep_ == "obl" and cur.head.lemma_.lower() in accusers and any(
                c.dep_ == "mark" for c in cur.children):
            allowed = ("obl",)  # the accused act as a gerund clause the parser labelled obl: "accused Azerbaijan
            # of(mark) shelling(obl) villages"
        if cur.dep_ not in allowed or cur.head.i == cur.i:
            return [], None
        gov = cur.head
        if cur.dep_ == "acl" and gov.dep_ == "obj" and gov.head.lemma_.lower() in accusers and cur.pos_ == "VERB":
            return [gov], gov.head  # the content clause hung on the accused ("a acuzat serviciile ruse că au …")
        if gov.lemma_.lower() in accusers and cur.dep_.split(":")[0] in ("ccomp", "xcomp", "advcl", "acl", "obl"):
            # "a criticat Rusia pentru atacuri": the attacks are the accused's
            accused = [c for c in gov.children if c.dep_ in ("obj", "iobj", "nsubj:pass") and c.pos_ in NOMINAL
                       and c.i != cur.i]
            if accused:
                return accused, gov
        if gov.pos_ in ("VERB", "AUX", "ADJ") or (gov.dep_ == "ROOT" and cur.dep_ == "xcomp" and gov.pos_ == "NOUN") \
                or (gov.pos_ in ("NOUN", "ADV") and any(c.dep_ == "cop" for c in gov.children) and (
                    gov.pos_ == "ADV" or cur.dep_ in ("acl", "xcomp"))):
            # (a control verb mis-tagged as a noun at the root: "Germany plans to deliver …"; a copular noun
            # predicate controls its infinitive: "Russia might be in a position to attack …"; a copular predicate
            # the tagger called an adverb: "India was quick(ADV) to answer, dispatching …")
            if cur.dep_ in ("xcomp", "ccomp") and cur.pos_ in ("VERB", "AUX"):
                controllers = [c for c in gov.children if c.dep_ in ("obj", "iobj") and c.pos_ in ("PROPN", "NOUN")]
                if controllers and cur.dep_ == "xcomp" or (controllers and _subjunctive(cur)):
                    return controllers, gov
            subj = subjects(gov) or fronted_subject(gov)
            if not subj and (cur.dep_ == "xcomp" or cur.dep_ == "ccomp" and _subjunctive(cur)):
                # raising passives: "Zelensky is set / expected to meet …", "a fost nevoit(pass) să plece(ccomp)"
                subj = [c for c in gov.children if c.dep_ == "nsubj:pass" and c.pos_ in NOMINAL]
            if subj:
                return subj, gov
            if is_passive(gov):
                agents = [c for c in gov.children if c.dep_ == "obl:agent"]
                if not agents and cur.dep_ == "conj":  # an active conjunct shares the passive's subject: "two F-16s
                    # had been scrambled but had not opened fire"
                    agents = [c for c in gov.children if c.dep_ == "nsubj:pass" and c.pos_ in NOMINAL]
                return (agents, gov) if agents else ([], None)  # (nor does anything under an agentless passive
                # inherit from above it: "civilians have been killed in a car bombing(acl), police said")
        if gov.dep_ == "ccomp" and not pro_drop and not _subjunctive(gov):
            return [], None  # (a finite complement is a clause of its own, also for what hangs under it)
        cur = gov
    return [], None


def doers(pred) -> list:
    """Who does ``pred``: its active subjects (:func:`subjects`), or the ``obl:agent`` of a passive ("the convoy would
    be attacked by Ukrainian drones")."""
    return subjects(pred) or ([c for c in pred.children if c.dep_ == "obl:agent"] if is_passive(pred) else [])


def _subjunctive(tok) -> bool:
    """A subjunctive complement ("să accepte"): ``Mood=Sub`` on the verb or its ``mark``."""
    return "Sub" in tok.morph.get("Mood") or any("Sub" in c.morph.get("Mood") for c in tok.children if c.dep_ == "mark")


def fronted_subject(pred) -> list:
    """Repair frequent parse errors that leave a verb without its subject: a reduced relative parsed as the
    subject, holding the real one ("The Red Cross operating in Iraq said …"); a subject after a fronted
    adjunct ("În aceeași zi, Macron și Merz s-au întâlnit") attached as ``appos`` of the adjunct (or as ``conj``
    of a fronted date), and a
    sentence-initial name attached to the verb as ``compound``/``dep`` ("Mark Rutte met …").
    Returns the participle's subject, the proper-noun appositions (with conjuncts) of an ``obl`` that precedes
    ``pred``, or the sentence-initial name, else ``[]``."""
    for c in pred.children:
        if c.dep_ == "nsubj" and c.pos_ == "VERB" and set(c.morph.get("VerbForm")) & {"Ger", "Part"}:
            # a reduced relative parsed as the subject ("The Red Cross operating(nsubj) in Iraq said …")
            found = [x for x in c.children if x.dep_ == "nsubj" and x.pos_ in NOMINAL and x.i < c.i]
            if found:
                return found
        if c.dep_ == "obl" and c.i < pred.i:
            names = [a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
            names += [a for a in c.children if a.dep_ == "conj" and a.pos_ == "PROPN" and names]
            if not names and c.i in pred.doc.user_data.get("cronica_time_tokens", ()):
                # "Pe 25 noiembrie, Ucraina(conj) și Statele Unite(conj) au purtat negocieri": the subject parsed
                # as conjuncts of the fronted date
                names = [a for a in c.children if a.dep_ == "conj" and a.pos_ in ("PROPN", "NOUN")
                         and a.i not in pred.doc.user_data["cronica_time_tokens"]]
            if names:
                return names
    # a finite verb hung on the sentence's initial noun phrase ("Emmanuel Macron called …" parsed acl(Macron, called);
    # "Thousands of farmers protested(acl) in Warsaw", hung on a noun inside the root phrase — or inside the
    # subject of a full stop the parser made the root)
    if pred.pos_ == "VERB" and pred.dep_ == "acl" and pred.head.pos_ in ("PROPN", "NOUN") and pred.head.i < pred.i \
            and (pred.head.dep_ == "ROOT" or pred.sent.root.pos_ in ("NOUN", "PROPN", "PUNCT")) \
            and ("Fin" in pred.morph.get("VerbForm") or not any("Fin" in t.morph.get("VerbForm") for t in pred.sent)):
        # (also "Thousands of people protested …" tagged as a participle: a sentence needs a finite verb)
        return [pred.head]
    # a clause-initial name attached to the verb as a modifier ("Mark Rutte met …" parsed compound(met, Mark);
    # "The EU intends …" parsed compound(intends, EU))
    if pred.pos_ == "VERB" and not any(c.dep_.startswith(("nsubj", "csubj")) for c in pred.children):
        first = [c for c in pred.children if c.i < pred.i and c.dep_ in ("compound", "dep", "nmod:unmarked")
                 and c.pos_ == "PROPN" and all(t.pos_ == "DET" for t in pred.doc[pred.sent.start:c.i])]
        if first:
            return first
    return []


def _word_forms(tok) -> set:
    """Lemma, lower-cased form and the form without an inflection ending from the document's language data
    (``doc.user_data["cronica_suffixes"]``, set by :func:`find_frames` from ``grammar.yaml``) — for
    lemmatiser misses such as "atacurile" lemmatised "atacure" (:func:`cronica.extract.lexicon.token_forms`)."""
    return token_forms(tok, tok.doc.user_data.get("cronica_suffixes", ()))


def _recipient_pps(head, rcase: set, exclude: list, event_nouns: frozenset = frozenset(),
                   borders: frozenset = frozenset()) -> list:
    """Recipient-marked obliques of ``head`` ("cu X", "against X"), also when the parser attached them
    one level too low, under an adjunct or object of ``head`` ("s-a întâlnit joi în 17 zile cu X",
    "contactele cu X") — but not under a border noun (``borders``: "killed near the border with Afghanistan"
    names a place, not a party)."""
    out = []
    for c in head.children:
        if c.dep_ in ("obl", "obl:arg", "obl:pmod", "nmod") and marked_by(c, rcase) and c.pos_ in NOMINAL:
            if not _word_forms(c) & event_nouns:  # "criticised Russia for the attacks": a reason, no party
                out.append(c)
        elif c.dep_ in ("obl", "obj", "nmod") and c.pos_ in ("NOUN", "NUM") and not _word_forms(c) & (
                event_nouns | borders):
            # (not under an event noun: in "a condamnat atacul Rusiei asupra Ucrainei" Ukraine is the
            # attack's target, not the condemnation's)
            # (or a pronoun with its own preposition parsed as the noun's determiner: "gaze lacrimogene
            # împotriva(case) lor(det)")
            out.extend(g for g in c.children if g.dep_ in ("nmod", "det") and marked_by(g, rcase)
                       and (g.pos_ in NOMINAL or g.pos_ == "DET"))
    return [t for t in out if t not in exclude]


def governing_speaker(pred, grammar: dict):
    """The speaker of the nearest verb of saying above ``pred`` (any path to the root).

    Returns:
        ``([speaker token], speech verb)`` or ``([], None)``.
    """
    t = pred
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in grammar["speech_verbs"]:
            subj = subjects(t) or [c for c in t.children if c.dep_ == "obj" and c.pos_ == "PROPN"]
            return subj[:1], t
    return [], None


def frame_roles(pred, items: list, pattern: Pattern, grammar: dict) -> tuple[list, list, object]:
    """Find actor and recipient head tokens for a predicate.

    Args:
        pred: predicate head token; items: the pattern's other tokens; pattern: matched lexicon row;
        grammar: the language's ``grammar.yaml`` cue sets.
    Returns:
        ``(actors, recipients, inherited_from)`` — lists of head tokens (coordination expanded).
    """
    rcase, acase, lcase = grammar["recipient_case"], grammar["agent_case"], grammar["location_case"]
    when = pred.doc.user_data.get("cronica_time_tokens", ())  # (set by the pipeline: time expressions)
    actors, recipients = [], []
    inherited = None
    holders = [pred] + list(items)
    if pattern.pos == "NOUN":
        gcase = grammar.get("genitive_case", set())
        for c in pred.children:
            if c.dep_ == "nmod:poss":  # possessor: the agent ("Putin's visit", "vizita sa")
                actors.append(c)
            elif c.dep_ == "nmod" and (not case_of(c) or case_of(c) in gcase) and c not in items:
                # (a genitive that is a word of the pattern is the event itself: "show of force")
                # genitive: the agent ("vizita lui Putin"), or the one acted upon for frame=theme
                (recipients if pattern.frame == "theme" else actors).append(c)
            elif c.dep_ == "amod" and c.pos_ == "ADJ" and c not in items:
                actors.append(c)  # "invazia rusă", "Russian invasion" (kept if a demonym: actor resolution)
            elif c.dep_ == "compound" and c.pos_ in ("NOUN", "ADJ") and c.i < pred.i and c not in items:
                actors.append(c)  # "an opposition rally", "farmer protests" (a modifier that is no actor drops out)
            elif c.dep_ == "nmod" and marked_by(c, grammar.get("reciprocal_case", set())) and c.pos_ in NOMINAL:
                actors.append(c)  # "the meeting between Xi and Trump": all parties (conjuncts added below)
                # "dintre delegațiile Ucrainei și ale Statelor Unite": the second party coordinated in the genitive
                actors.extend(x for g in c.children if g.dep_ == "nmod" and g.pos_ in NOMINAL and not case_of(g)
                              for x in g.children if x.dep_ == "conj" and x.pos_ in NOMINAL)
        for h in [pred] + [c for c in pred.children if c.dep_ == "acl"]:
            recipients.extend(_recipient_pps(h, rcase, exclude=actors))
        gov = pred.head
        if not recipients and pred.dep_ == "obj" and gov.pos_ == "VERB" and gov.i != pred.i:
            # the verb that introduces the event noun carries its target ("a introdus sancțiuni împotriva a 20
            # de oficiali", "imposed sanctions on Iran" parsed flat)
            recipients.extend(c for c in gov.children if c.dep_.split(":")[0] == "obl" and marked_by(c, rcase)
                              and c.pos_ in NOMINAL and c not in actors)
    else:
        passive = is_passive(pred)
        pass_aux = any(c.dep_ == "aux:pass" for c in pred.children)
        # a verb of saying or warning after what was said has its speaker after it, which the parser may label obj
        # ("„… vom închide frontiera”, a avertizat premierul(obj) lituanian"); before the content, an object is
        # the addressee ("a avertizat Rusia că …")
        trailing = (_word_forms(pred) & (grammar["speech_verbs"] | set(grammar.get("warning_verbs", ())))
                    and not any(c.dep_.startswith("nsubj") for c in pred.children)
                    and any(c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < pred.i for c in pred.children))
        fronted = [c for c in pred.children if c.dep_ in ("obj", "iobj") and c.i < pred.i and c.pos_ == "PROPN"
                   and not case_of(c) and not any(x.dep_.startswith("nsubj") for x in pred.children)
                   and any(o.dep_ in ("obj", "iobj") and o.i > pred.i for o in pred.children)][:1]
        # (a name before the verb, with the verb's objects after it, is its subject the parser mislabelled:
        # "SRI(iobj) le-a transmis omologilor(iobj) … informații(obj)")
        actors.extend(fronted)
        for c in pred.children:
            case = case_of(c)
            if c in fronted:
                continue
            if trailing and c.dep_ == "obj" and c.i > pred.i and c.pos_ in NOMINAL:
                # (a time word parsed as the object carries the speaker: "a avertizat luni(obj) Dmitri(nmod) Medvedev")
                actors.append(next((n for n in c.children if (n.pos_ == "PROPN" or n.ent_type_ in ("PERSON", "PER"))
                                    and n.dep_ in ("nmod", "appos", "flat")), c) if c.i in when else c)
                continue
            if c.dep_ == "nsubj" and c.pos_ in NOMINAL and pass_aux and "Rel" not in c.morph.get("PronType"):
                recipients.append(c)  # the subject of a passive auxiliary is a passive subject, however labelled
                # ("26 de oameni(nsubj) au fost(aux:pass) uciși")
            elif c.dep_ == "nsubj" and (c.pos_ in NOMINAL or _mistagged_nominal(c)):
                # (a relative pronoun stands for the noun its clause modifies: "Nicușor Dan, care a avut o convorbire")
                subj = pred.head if "Rel" in c.morph.get("PronType") and pred.dep_.startswith("acl") else c
                if subj.i in when:  # a fronted day the parser took for the subject carries it as an apposition:
                    # "Marți(nsubj), ministrul(appos) Apărării, Ionuț Moșteanu, a acuzat Rusia …"
                    subj = next((a for a in subj.children if a.dep_ == "appos" and a.pos_ in NOMINAL
                                 and a.i not in when), None)
                    if subj is None:
                        continue
                (recipients if pattern.frame == "theme" else actors).append(subj)
            elif c.dep_ == "nsubj:pass" and c not in items:  # "talks were held": the item is no party
                recipients.append(c)
            elif (c.dep_ == "obl:agent" or (passive and c.dep_ == "obl" and case in acase)) and c.i not in when \
                    and c.lemma_.lower() not in grammar.get("frequency_nouns", ()) \
                    and c.lemma_.lower() not in grammar.get("period_nouns", ()) \
                    and (passive or not any(s.dep_ == "nsubj" for s in pred.children)):
                actors.append(c)  # (not "de două ori", "twice": grammar.yaml frequency_nouns; not a time, "by the
                # summer": period_nouns; nor an agent phrase
                # the parser hung on an active verb that has its subject: "ordered an inquiry into the killings of
                # civilians by(obl:agent) the RSF" — the agent of the killings)
            elif c.dep_ in ("obj", "iobj") and (c.pos_ in NOMINAL or (c.pos_ == "VERB" and c.dep_ == "obj" and (
                    c.lemma_.lower() in grammar.get("content_nouns", ())))) and c not in items and not (
                    c.dep_ == "obj" and pattern.cameo[:2] in ("07", "15") and c.pos_ != "PROPN"):
                recipients.append(c)  # (what is sent or deployed — "deployed two destroyers" — is no recipient; a
                # content noun tagged as a verb — "rejected a US offer(VERB)" — stands for its owner below)
            elif c.dep_ in ("appos", "vocative", "dep", "xcomp") and c.pos_ == "PROPN" and c.i > pred.i:
                recipients.append(c)  # a name right after the verb mislabelled by the parser ("met Volodymyr Zelensky")
        recipients.extend(raised_subject(pred))  # "Zelenski urmează să fie primit de Merz": Zelensky is received
        units = grammar.get("time_unit_nouns", ())
        recipients.extend(g for c in pred.children if c.i in when or (c.pos_ == "NOUN" and c.lemma_.lower() in units)
                          for g in c.children if g.dep_ == "nmod" and "Dat" in g.morph.get("Case") and not case_of(g)
                          and g.pos_ in NOMINAL and g not in recipients)  # a dative the parser hung on a time word:
        # "a cerut săptămâna(obj) trecută Uniunii(nmod) Europene să …" (no week has a genitive there)
        if not actors and pred.dep_ == "ccomp" and pred.head.dep_ == "ROOT" and pred.head.pos_ == "PROPN" \
                and pred.head.i < pred.i and not any(c.dep_.startswith("nsubj") for c in pred.children):
            actors.append(pred.head)  # a name the parser made the root over its own verb: "Țoiu(ROOT) l-a
            # apărat(ccomp) pe Sibiha"
        if not actors and pred.pos_ == "NOUN" and pred.dep_ == "ROOT":
            # a main verb the tagger took for a noun has its subject as a compound: "the culture minister(compound)
            # threw(NOUN) in the towel" (observed with the en_ud_gum model on verb-only past forms)
            actors.extend([c for c in pred.children if c.dep_ == "compound" and c.i < pred.i
                           and c.pos_ in NOMINAL and c not in items][-1:])
        if passive and not actors:  # agent PP attached one level too low ("impuse joi de UE", "primit la Kremlin
            # de Vladimir Putin", "confiscat miercuri(xcomp) de forțele americane": under a time word)
            # (only a name, an acronym, a definite phrase or one with a nationality: a bare noun after "de" under
            # a noun is its kind or quantity, "în stare de alertă", "un grup de nave", and no pattern word is an
            # agent)
            actors.extend(g for c in pred.children if (c.dep_ in ("obl", "nsubj:pass", "obj") or c.i in when)
                          and c.pos_ in ("NOUN", "PROPN")
                          for g in c.children if g.dep_ == "nmod" and case_of(g) in acase and g.pos_ in NOMINAL
                          and g not in items and (g.pos_ == "PROPN" or g.text.isupper() or definite(g) or any(
                              a.dep_ == "amod" and nationality_adjective(a) for a in g.children)))
        if passive and not actors and (any(t.dep_ == "xcomp" and t.head.i == pred.i for t in items)
                                       or pattern.frame == "intent"):
            # a passive-looking control predicate whose pattern item is the controlled verb ("Brussels is prepared
            # to lift sanctions", pattern "prepare +lift"; a word of willingness: "este dispus să elibereze"): its
            # subject does the controlled act (UD: the subject
            # of a passive governor controls its xcomp, as in inherit_subject's raising passives)
            controller = [r for r in recipients if r.head.i == pred.i and r.dep_ in ("nsubj", "nsubj:pass")]
            actors.extend(controller)
            recipients = [r for r in recipients if r not in controller]
        if passive and not actors and pattern.cameo[:2] in FORCE_ROOTS:
            # killed in someone's attack: the attack's owner acts ("uciși într-un atac rusesc", "killed in an Israeli
            # strike"; the phrase marked by ``grammar.yaml: attack_case`` is an event noun of ``_event_nouns``)
            events, within = grammar.get("_event_nouns", frozenset()), grammar.get("attack_case", set())
            for c in pred.children:
                if c.dep_.split(":")[0] == "obl" and marked_by(c, within) and _word_forms(c) & events:
                    actors.extend(o for o in owners_of(c, grammar) + [a for a in c.children if a.dep_ == "acl"
                                                                     and nationality_adjective(a)] if o not in actors)
        if passive and not actors and pattern.cameo[:2] in ("15", "07"):
            # force posture (CAMEO 15): the forces that were deployed, sent or put on alert are the ones that
            # act ("Niciun soldat american nu a fost trimis", "The Polish army was put on alert", "American
            # warships were deployed"); expelled diplomats or held talks (other codes) are no actors
            # (for aid, only what was sent: "Romanian firefighters were sent to Greece", not "Ukraine was sent …")
            moved = [c for c in pred.children if (c.dep_ == "nsubj:pass" or c.dep_ == "nsubj" and pass_aux)
                     and c.pos_ in NOMINAL
                     and (pattern.cameo[:2] == "15" or any(
                         nationality_adjective(a) or (a.dep_ == "compound" and a.pos_ == "PROPN")
                         for a in c.children if a.dep_ in ("amod", "compound")) or any(
                         nationality_adjective(a) for n in c.children if n.dep_ == "nmod" and n.pos_ == "PROPN"
                         for a in n.children if a.dep_ == "amod"))]  # ("Avioane F-16(nmod) românești(amod)")
            actors.extend(moved)
            recipients = [r for r in recipients if r not in moved]
        recipients.extend(_recipient_pps(pred, rcase, exclude=actors + recipients,
                                         event_nouns=grammar.get("_event_nouns", frozenset()),
                                         borders=frozenset(grammar.get("border_nouns", ()))))
        for it in items:  # "sancțiuni împotriva Belarusului": the recipient hangs on a pattern item
            recipients.extend(_recipient_pps(it, rcase, exclude=actors + recipients))
            for acl in (c for c in it.children if c.dep_ == "acl"):  # "sancțiunile impuse Siriei"
                recipients.extend(c for c in acl.children if c.dep_ == "iobj" and c.pos_ in NOMINAL
                                  and c not in actors + recipients)
    if pattern.pos != "NOUN" and pred.pos_ == "VERB" and pred.dep_ in MISATTACHED_VERB_DEPS \
            and pred.head.i > pred.i and pred.head.pos_ in ("NOUN", "PROPN"):
        # a verb hung under the noun after it ("The US Army will withdraw(case) a brigade(ROOT)"): the subject
        # the parser gave that noun is the verb's, and so is that noun's recipient phrase ("donated(amod)
        # generators(ROOT) to Ukrainian cities")
        actors = actors or [c for c in pred.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < pred.i
                            and c.pos_ in NOMINAL]
        recipients = recipients or _recipient_pps(pred.head, rcase, exclude=actors)
    if not recipients and pattern.cameo[:2] in FORCE_ROOTS:
        # an attack that names no target has the victims of its trailing toll ("a bomb exploded near a
        # police convoy, killing(advcl) four officers(obj)", "o mașină-capcană a sărit în aer …, ucigând nouă
        # agenți")
        recipients = [o for c in pred.children if c.dep_ == "advcl" and _gerund(c) and c.i > pred.i
                      for o in c.children if o.dep_ == "obj" and o.pos_ in NOMINAL]
    recipients = [r for r in recipients if r.i not in when]  # ("said on Friday" is no recipient, whatever preposition)
    if pattern.cameo == "057":  # the document signed is no party ("signed the Washington accords": grammar.yaml
        # document_nouns); the other side comes from a with-phrase
        documents = set(grammar.get("document_nouns", ()))
        recipients = [r for r in recipients if not _word_forms(r) & documents and not (
            r.dep_ == "compound" and _word_forms(r.head) & documents)]  # (nor a word of its name: "peace accords")
    if not actors and (pattern.frame != "theme" or pattern.pos == "NOUN"):
        actors, inherited = inherit_subject(pred, pro_drop=bool(grammar.get("pro_drop", True)),
                                            accusers=frozenset(grammar.get("accusation_verbs", ())))
    if not actors and pattern.pos != "NOUN":
        actors = fronted_subject(pred)
    if pattern.frame == "theme" and pattern.pos != "NOUN" and not actors:
        actors, inherited = governing_speaker(pred, grammar)
    if not recipients and pattern.cameo[:2] in ("02", "10", "11"):
        # the one appealed to or complained to, marked by an addressee preposition on the verb or its light-verb noun
        # ("a făcut apel la Israel și la Hamas", "a depus un protest oficial la ambasada rusă";
        # ``grammar.yaml: addressee_case``)
        acase = grammar.get("addressee_case", set())
        light = [pred.head] if pattern.pos == "NOUN" and pred.dep_ == "obj" and pred.head.i != pred.i else []
        recipients.extend(c for h in [pred] + list(items) + light for c in h.children
                          if c.dep_.split(":")[0] in ("obl", "nmod") and marked_by(c, acase) and c.pos_ in NOMINAL
                          and c not in actors)
    if not recipients and (pattern.frame == "recipient-subject" or pattern.cameo[:2] in ("02", "10")):
        # appeals and demands: "speră ca X să …", "demanded that X …" — X is the one appealed to
        for c in pred.children:
            if c.dep_ in ("ccomp", "xcomp"):
                recipients.extend(subjects(c) or [x for x in c.children if x.dep_ == "nsubj:pass"] or [
                    x for x in c.children if x.dep_ == "compound" and x.pos_ == "PROPN" and x.i < c.i] or [
                    x for g in c.children if g.dep_.split(":")[0] == "csubj" for x in subjects(g)])
                # (the third: "demanded that Hamas renounce …" with the subjunctive verb tagged as a noun; the
                # last: "că Bolojan trebuie să demisioneze", the subject hung on the clause under "trebuie")
    if not recipients and pattern.pos == "NOUN" and pred.dep_ == "obj" and pred.head.pos_ == "VERB":
        # a recipient phrase the parser hung on the verb whose object the event noun is ("approved the lifting of
        # sanctions | on Syria")
        recipients.extend(c for c in pred.head.children if c.dep_.split(":")[0] == "obl" and c.i > pred.i
                          and marked_by(c, rcase) and c.pos_ in NOMINAL and c not in actors)
    if not recipients and pred.dep_ == "xcomp" and pattern.pos != "NOUN":
        # a recipient phrase the parser hung on the control verb ("continued to send arms | to Pakistan")
        recipients.extend(c for c in pred.head.children if c.dep_.split(":")[0] == "obl" and c.i > pred.i
                          and marked_by(c, rcase) and c.pos_ in NOMINAL and c not in actors)
    if pattern.cameo[:2] in ("03", "13") and pattern.pos != "NOUN":
        # the parties of an event noun promised or threatened are the act's recipients, not the noun ("a promis o
        # întâlnire cu reprezentanții lor", "offered talks with Kyiv"; a refusal is aimed at whoever asked, not at
        # the parties of what was refused: "blocked EU aid for Ukraine")
        events = grammar.get("_event_nouns", frozenset())
        objs = [o for o in pred.children if o.dep_ == "obj" and _word_forms(o) & events]
        parties = [g for o in objs for g in o.children if g.dep_ == "nmod" and marked_by(g, rcase)
                   and g.pos_ in NOMINAL and g not in actors]
        if parties:
            recipients = [r for r in recipients if r not in objs] + parties
    if not recipients and pattern.cameo[:2] in ("03", "12", "13") and pattern.pos != "NOUN":
        # a threat, promise or refusal is aimed at the party its content acts upon ("threatened to close the border
        # with Poland", "promised to continue military aid to Mozambique", "threatened to deliver(xcomp)
        # devastating(xcomp) blows to the United States"); of a promise or refusal only a named object counts
        # ("refused to back the sanctions" is aimed at nobody in particular)
        infinitive = grammar.get("infinitive_mark", ())
        content = [c for c in pred.children if c.pos_ == "VERB" and (c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in infinitive for m in c.children)))]
        # (also the infinitive parsed as an adverbial clause: "threatened on Monday to(mark) break(advcl) …")
        content += [g for c in content for g in c.children if g.dep_.split(":")[0] in ("xcomp", "ccomp")
                    and g.pos_ == "VERB"]  # (under a modal: "ar putea(ccomp) închide(ccomp) granița")
        for c in content:
            recipients.extend(r for r in _recipient_pps(c, rcase, exclude=actors) if r not in recipients)
            for o in (o for o in c.children if o.dep_ == "obj" and o.pos_ == "NOUN"):  # ("a închide granița | cu
                recipients.extend(r for r in _recipient_pps(o, rcase, exclude=actors) if r not in recipients)
                # Polonia": the party named on the object of the content)
            recipients.extend(o for o in c.children if o.dep_ in ("obj", "iobj") and o.pos_ in NOMINAL
                              and o not in actors + recipients and (pattern.cameo[:2] == "13" or o.pos_ == "PROPN"))
    if pattern.cameo[:2] == "13" and pattern.pos != "NOUN":
        # a threat is aimed at the one whose conduct its condition names ("threatened to stop negotiations if the
        # United States goes ahead …", "unless the Kremlin closed its radar base"; ``conditional_mark``)
        cond = grammar.get("conditional_mark", set())
        holders = [pred] + [c for c in pred.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ == "VERB"]
        recipients.extend(x for h in holders for c in h.children if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "case") and m.lemma_.lower() in cond for m in c.children)
            for x in subjects(c) if x.pos_ in ("PROPN", "NOUN") and x not in actors + recipients)
    if not recipients and pattern.cameo[:2] == "14":
        recipients.extend(_protest_targets(pred, grammar))
    if not recipients and pattern.cameo[:2] == "15":
        # force massed at a border is aimed at the country on its other side ("exercițiul Zapad lângă granița
        # poloneză", "troops near the border with Poland"; ``grammar.yaml: border_nouns``)
        borders = grammar.get("border_nouns", set())
        for c in pred.children:
            if c.dep_.split(":")[0] == "obl" and (c.lemma_.lower() in borders or c.lower_ in borders):
                recipients.extend(x for x in c.children if (x.dep_ == "amod" and nationality_adjective(x)) or (
                    x.dep_ == "nmod" and x.pos_ == "PROPN"))
    if pattern.frame == "receiver" and not is_passive(pred):
        # "Ucraina a primit avioane Gripen de la Suedia": the subject receives, the source gives
        source_case = grammar.get("source_from_case", set())
        givers = [g for h in [pred] + list(items) for g in h.children
                  if g.dep_ in ("obl", "nmod", "amod") and marked_by(g, source_case) and g.pos_ in NOMINAL]
        # (a marked name the parser made a modifier of the gift is still the giver: "a primit din partea
        # Japoniei(amod) corturi")
        actors, recipients = givers, [a for a in actors if a not in givers]
    if not actors:  # "Talks between Moldova and Romania were held": the parties are the actors
        recip_case = grammar.get("reciprocal_case", set())
        actors = [r for r in recipients if marked_by(r, recip_case)]
        recipients = [r for r in recipients if r not in actors]
    # an object that is itself a reciprocal event ("mediated talks between Israel and Hamas") stands for its parties
    recip_case = grammar.get("reciprocal_case", set())
    recipients = [p for r in recipients for p in ([c for c in r.children if c.dep_ == "nmod" and c.pos_ in NOMINAL
                                                   and marked_by(c, recip_case)] if r.pos_ == "NOUN" else [])
                  or [r]]
    recipients = _content_owners(recipients, grammar) + _pressure_sources(pred, pattern, grammar) + \
        _destinations([pred] + list(items), pattern, grammar, exclude=recipients)
    if pattern.cameo[:2] in FORCE_ROOTS:
        # force used on a thing is used on its owner ("lovit două petroliere din flota fantomă a Rusiei", "shelled the
        # headquarters of the party"); a nationality adjective already makes the thing its country's
        for r in list(recipients):
            if r.pos_ != "NOUN":
                continue
            for o in (o for o in owners_of(r, grammar) if o.dep_ != "amod"):
                deeper = owners_of(o, grammar) if o.pos_ == "NOUN" else []
                recipients.extend(x for x in [o] + [d for d in deeper if d.dep_ != "amod"] if x not in recipients)
    actors = [_speaker_for_pronoun(relative_antecedent(a), pred, grammar) for a in actors]
    recipients = [relative_antecedent(r) for r in recipients]
    actors = [a for a in _conj_expand(actors) if not a.is_space]  # a newline token the tagger called PROPN
    # a name split by the parser: "pe Recep | Tayyip Erdoğan" (obl + nsubj) is one recipient, not an actor
    after_recipient = {r.i + 1 for r in recipients if r.i > pred.i}
    actors = [a for a in actors if not (a.i in after_recipient and a.pos_ == "PROPN")]
    recipients = [r for r in _conj_expand(recipients) if r not in actors and not r.is_space
                  and not absolute_construction(r, grammar)
                  and not (r in items and pattern.cameo[:2] == "15")]
    # (the forces a show of force deploys are its instrument, not its target: "flooded the square with riot
    # police(item)")
    if pattern.cameo[:2] in ("02", "10"):
        # whom a request is for is not whom it is made to ("requested humanitarian aid for refugees"; the
        # addressee is named by another preposition: "appealed to the UN for aid"; ``grammar.yaml:
        # beneficiary_case``)
        recipients = [r for r in recipients if not beneficiary_phrase(r, grammar)]
    return actors, recipients, inherited


def beneficiary_phrase(tok, grammar: dict) -> bool:
    """Whether ``tok`` heads an oblique or nominal modifier marked by a beneficiary preposition (``grammar.yaml:
    beneficiary_case``: "for", "pentru"): whom something asked for is meant for, not whom it is asked of."""
    return tok.dep_.split(":")[0] in ("obl", "nmod") and marked_by(tok, grammar.get("beneficiary_case", set()))


def absolute_construction(tok, grammar: dict) -> bool:
    """``tok`` heads an absolute construction — a comitative phrase whose noun has a gerund or participle ("with
    Donald Trump looking on", "with 84 soldiers freed by each side"; ``grammar.yaml: comitative_case``): a
    circumstance of the act, not a partner in it, and an event told in it is part of the act."""
    return marked_by(tok, grammar.get("comitative_case", set())) and any(
        a.dep_.startswith("acl") and {"Ger", "Part"} & set(a.morph.get("VerbForm"))
        and not any(c.dep_.startswith("nsubj") for c in a.children) for a in tok.children)
    # (a gerund with a subject of its own is a clause about both parties: "s-a întâlnit cu omologul său,
    # cei doi(nsubj) trecând în revistă …")


def _protest_targets(pred, grammar: dict) -> list:
    """Where a protest is held when that names its target ("outside the Russian embassy", "în fața Parlamentului",
    "in front of the parliament"): obliques of the protest predicate — or of the verb a protest noun is the subject
    of ("a protest took place outside …") — marked by ``grammar.yaml: protest_target_case``; a marker ending in a
    relational noun ("in front of") is read across it (case + noun + case of its ``nmod``)."""
    cues = grammar.get("protest_target_case", set())
    holders = [pred] + ([pred.head] if pred.pos_ == "NOUN" and pred.dep_.startswith("nsubj") else [])
    out = []
    for h in holders:
        for c in h.children:
            if c.dep_.split(":")[0] != "obl" or c.pos_ not in NOMINAL:
                continue
            if marked_by(c, cues):
                out.append(c)
            else:
                out.extend(n for n in c.children if n.dep_ == "nmod" and n.pos_ in NOMINAL
                           and f"{case_of(c)} {c.lemma_.lower()} {case_of(n)}" in cues)
    return out


def owners_of(noun, grammar: dict) -> list:
    """Who a thing belongs to: its possessor or genitive ("cererea sindicatelor", "Russia's demand"), a
    nationality adjective ("propunerea europeană"), a name compound ("a US offer"), a from-phrase ("an appeal
    from President Gbagbo"), or the agent of a participle on it ("moțiunea depusă de opoziție", "a ceasefire
    proposed by Qatar")."""
    gcase, acase = grammar.get("genitive_case", set()), grammar["agent_case"]
    fcase = grammar.get("source_from_case", set())
    out = []
    for c in noun.children:
        genitive = c.dep_ == "nmod" and c.pos_ in NOMINAL and (not case_of(c) or case_of(c) in gcase)
        if c.dep_ == "nmod:poss" or genitive:
            out.append(c)
        elif c.dep_ == "amod" and nationality_adjective(c):
            out.append(c)
        elif c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i:
            out.append(c)  # "a US offer", "the EU proposal"
        elif c.dep_ == "nmod" and c.pos_ in NOMINAL and marked_by(c, fcase) and c.i > noun.i:
            out.append(c)  # "an appeal from President Gbagbo", "o invitație din partea …"
        elif c.dep_ == "acl":
            out.extend(a for a in c.children if a.dep_ == "obl:agent" or (a.dep_ == "obl" and case_of(a) in acase))
    return out


def _content_owners(recipients: list, grammar: dict) -> list:
    """A recipient that is a proposal, demand or decision ("a respins propunerea europeană", "vetoed the
    Security Council resolution") stands for its owner, the one the act is directed at
    (``grammar.yaml: content_nouns``); without an owner it is kept. A recipient that is an event noun with an agent
    phrase (``act_agent_case``: "the jailing of journalists by the regime") stands for that agent."""
    content = grammar.get("content_nouns", set())
    fcase = grammar.get("source_from_case", set())
    events, agent = grammar.get("_event_nouns", frozenset()), set(grammar.get("act_agent_case", ()))
    out = []
    for r in recipients:
        # (the parser hangs the agent anywhere in the act's phrase — "arestarea a doi jurnaliști de către
        # poliție" — or on the active verb whose object the act is: "criticised the arrest of … by(obl:agent)
        # the police")
        by = [c for c in r.subtree if c.i != r.i and c.dep_ in ("nmod", "obl:agent") and c.pos_ in NOMINAL
              and case_of(c) in agent]
        if not by and r.dep_ == "obj" and any(c.dep_ == "nsubj" for c in r.head.children):
            by = [c for c in r.head.children if c.dep_ == "obl:agent" and c.pos_ in NOMINAL and case_of(c) in agent]
        if by and r.pos_ == "NOUN" and _word_forms(r) & events:
            # an act with its agent named stands for that agent ("a înfierat condamnarea jurnalistului de către un
            # tribunal din Minsk" → the court, not the journalist; grammar.yaml act_agent_case)
            out.extend(o for o in _conj_expand(by) if o not in out)
            continue
        # (a content noun the parser tagged as a verb, "rejected a US offer(VERB)", is still the object)
        is_content = r.lemma_.lower() in content and (r.pos_ == "NOUN" or (r.pos_ == "VERB" and r.dep_ == "obj"))
        owners = owners_of(r, grammar) if is_content else []
        if is_content and not owners:
            # "dismissed an appeal | from President Gbagbo": the from-phrase the parser hung on the verb
            owners = [c for c in r.head.children if c.dep_ == "obl" and c.i > r.i and marked_by(c, fcase)
                      and c.pos_ in NOMINAL][:1]
        if is_content and not owners and definite(r):
            # "the plan" names a plan already told with its owner: "… Washington's plan to end the war. Moscow
            # turned down the plan" → Washington (the latest earlier mention of the same word that has one)
            owners = next((o for o in (owners_of(t, grammar) for t in reversed(r.doc[:r.i])
                                        if t.lemma_.lower() == r.lemma_.lower() and t.pos_ == "NOUN") if o), [])
        out.extend(o for o in (owners or [r]) if o not in out)
    return out


def _pressure_sources(pred, pattern: Pattern, grammar: dict) -> list:
    """Yielding (CAMEO 08) is directed at whoever pressed for it: the owner of a pressure or protest noun in a
    cause phrase ("după presiunile sindicatelor", "under pressure from protesters", "after protests by
    doctors"; ``grammar.yaml: cause_case``, ``pressure_nouns``), or the party an adverbial clause of bowing
    bows to ("Bowing to the hauliers, …", "Cedând presiunilor sindicatelor, …"; ``bowing_verbs``)."""
    if pattern.cameo[:2] != "08":
        return []
    cause, nouns = grammar.get("cause_case", set()), grammar.get("pressure_nouns", set())
    out = []
    rcase = grammar["recipient_case"] | grammar.get("source_from_case", set())
    kids = list(pred.children)
    for k, c in enumerate(kids):
        if c.dep_ == "obl" and marked_by(c, cause) and c.lemma_.lower() in nouns:
            found = owners_of(c, grammar) or [g for g in c.children if g.dep_ == "nmod" and marked_by(g, rcase)]
            nxt = kids[k + 1] if k + 1 < len(kids) else None
            if not found and nxt is not None and nxt.dep_ == "obl" and marked_by(nxt, grammar.get("source_from_case", set())):
                found = [nxt]  # "after pressure | from trade unions": the source phrase hung on the verb
            out.extend(found)
    # "Bowing to pressure from the unions, …", "Cedând presiunilor sindicatelor, …": the party bowed to; the clause
    # may hang deeper when it trails ("shelved a bill that would have …, bowing to pressure from Washington")
    for c in pred.subtree:
        if _bowing(c, grammar) and not out:
            for o in c.children:
                if o.dep_ in ("obl", "iobj", "xcomp") and o.pos_ in NOMINAL:
                    out.extend(owners_of(o, grammar) or [g for g in o.children if g.dep_ == "nmod"
                                                        and marked_by(g, rcase)] if o.lemma_.lower() in nouns else [o])
    return out


def _bowing(tok, grammar: dict) -> bool:
    """An adverbial clause of bowing to pressure: an ``advcl`` whose lemma or written form is in ``grammar.yaml:
    bowing_verbs`` ("Bowing to …", "cedând …"), or an ``acl`` where the parser took the main verb for a noun
    ("… threw(NOUN) in the towel, bowing(acl) to protests")."""
    words = grammar.get("bowing_verbs", ())
    return tok.dep_ in ("advcl", "acl") and (tok.lemma_.lower() in words or tok.lower_ in words)


def _pressure_behind(tok, matches: dict, grammar: dict) -> bool:
    """A pressure or protest noun in the cause phrase of a yielding (CAMEO 08: "resigned after protests by
    doctors", "și-a dat demisia după protestele medicilor") is the pressure behind that event — its owner is
    the event's recipient (:func:`_pressure_sources`) — not an event of its own; so is a bowing clause
    (``grammar.yaml: bowing_verbs``) under a yielding."""
    h = tok.head
    if _bowing(tok, grammar):
        # an adverbial clause of bowing is the cause of the concession above it ("…, bowing to pressure from
        # Brussels"), wherever the parser hung it
        return any(a.i in matches and matches[a.i][0].cameo[:2] == "08" for a in tok.ancestors)
    return (tok.dep_ == "obl" and h.i in matches and matches[h.i][0].cameo[:2] == "08"
            and marked_by(tok, grammar.get("cause_case", set())) and tok.lemma_.lower() in grammar.get("pressure_nouns", set()))


def _destinations(holders: list, pattern: Pattern, grammar: dict, exclude: list) -> list:
    """Sending aid or forces (CAMEO 07, 15) is directed at the place they go to: a named place in a locative
    phrase on the predicate or on what is sent ("a trimis ajutoare în Fâșia Gaza", "troops were sent into
    Iraq"; ``holders`` = the predicate and its pattern items): a proper noun, or a common noun with an
    unmarked name ("Fâșia Gaza")."""
    if pattern.cameo[:2] not in ("07", "15"):
        return []
    out = []
    gen = grammar.get("genitive_case", set())
    for c in (c for h in holders for c in h.children if c.dep_ in ("obl", "nmod") and c not in exclude
              and marked_by(c, grammar["location_case"])):
        if c.pos_ == "PROPN" or any(g.pos_ == "PROPN" and g.dep_ in ("nmod", "flat", "compound", "appos")
                                    and not case_of(g) for g in c.children):
            out.append(c)
        else:  # "off the coast of Venezuela", "lângă coasta Venezuelei": the named place the common noun is part of
            out.extend(g for g in c.children if g.pos_ == "PROPN" and g.dep_ == "nmod"
                       and (not case_of(g) or marked_by(g, gen)) and g not in exclude)
    return out


def nationality_adjective(adj) -> bool:
    """A nationality adjective: tagged by the NER (RONEC ``NAT_REL_POL``, OntoNotes ``NORP``), or, in a
    language that capitalises them, capitalised away from the sentence start ("American"), or at the sentence
    start a demonym listed in an actor dictionary ("Romanian firefighters were sent …";
    :func:`cronica.extract.lexicon.demonym_forms`)."""
    if adj.ent_type_ in ("NAT_REL_POL", "NORP"):
        return True
    if adj.i != adj.sent.start:
        return adj.text[:1].isupper()
    return adj.text.lower() in demonym_forms()


def _speaker_for_pronoun(tok, pred, grammar: dict):
    """A third-person pronoun subject of a complement of saying stands for the speaker ("Moldova announced
    that it would expel …", "Trump said he would meet …"), also when ``pred`` is a control complement of that
    clause ("Macron said he is prepared / willing to lift …": the pronoun is the subject of "prepared"); any
    other token is returned unchanged."""
    if tok.pos_ != "PRON" or "Prs" not in tok.morph.get("PronType") or "3" not in (tok.morph.get("Person") or ["3"]):
        return tok
    clause = tok.head
    if not tok.dep_.startswith("nsubj") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in grammar["speech_verbs"] | grammar["denial_verbs"]:
        return tok  # (a denier speaks for itself too: "Ethiopia denied that it was massing troops")
    cur = pred
    while cur.i != clause.i and (cur.dep_ == "xcomp" or (cur.dep_ == "amod" and progressive_as_copula(cur))) \
            and cur.head.i != cur.i:
        cur = cur.head  # (or the verb of "it was(cop) massing(amod) troops(ccomp)")
    if cur.i != clause.i:
        return tok
    speaker = [c for c in subjects(clause.head) if c.pos_ != "PRON"]
    return speaker[0] if speaker else tok


def relative_antecedent(tok):
    """A relative pronoun (UD ``PronType=Rel``) stands for the noun its relative clause modifies: returns that
    noun (the head of the first ``acl``/``acl:relcl`` clause above ``tok``), e.g. "premierului Ilie Bolojan,
    pe care(obj) îl acuză(acl) că …" → "premierului", "the envoy, whom(obj) Hungary accused(acl:relcl)" →
    "envoy"; any other token, or a relative pronoun outside a relative clause, is returned unchanged."""
    if tok.pos_ != "PRON" or "Rel" not in tok.morph.get("PronType"):
        return tok
    h = tok.head
    while not h.dep_.startswith("acl") and h.head.i != h.i:
        h = h.head
    return h.head if h.dep_.startswith("acl") and h.head.i != h.i else tok


def _anaphoric_nominal(tok) -> bool:
    """A definite event noun used as an adjunct ("În cadrul discuției", "In the call") refers back to an
    event already reported: it elaborates that event and is not a new one."""
    definite = "Def" in tok.morph.get("Definite") or any(
        c.dep_ == "det" and c.lemma_.lower() in ("the", "this", "that", "acest", "acel") for c in tok.children)
    governed = tok.dep_ in ("obl", "nmod") and tok.head.pos_ in ("NOUN", "ADP", "VERB")
    has_own = any(c.dep_ in ("nmod:poss",) or (c.dep_ == "nmod" and not case_of(c)) for c in tok.children)
    return definite and governed and not has_own


SUMMON_CODE = "114"
"""CAMEO 114, complain officially: summoning an ambassador (CAMEO codebook 1.1b3 §11)."""


def _summons_to_demand(doc, matches: dict, grammar: dict) -> list[tuple[int, int]]:
    """Summonings (CAMEO 114) made to demand something ("summoned the Russian ambassador to demand an explanation",
    "l-a convocat pe ambasadorul rus ca să-i ceară explicații"): gold/CODING.md codes them as one REQUEST, the
    demand's code (101). Returns ``(summoning index, demand index)`` pairs: a demand (CAMEO 10) in a purpose or
    infinitive clause (``grammar.yaml: purpose_mark``, ``infinitive_mark``) at most three levels below the
    summoning, wherever the parser hung it."""
    marks = set(grammar.get("purpose_mark", ())) | set(grammar.get("infinitive_mark", ()))
    pairs = []
    for i, (pat, _) in matches.items():
        if pat.cameo != SUMMON_CODE:
            continue
        level = [doc[i]]
        for _ in range(3):
            level = [c for t in level for c in t.children]
            hit = next((c for c in level if c.i in matches and matches[c.i][0].cameo[:2] == "10" and c.i > i
                        and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)), None)
            if hit is not None:
                pairs.append((i, hit.i))
                break
    return pairs


def _demanded_of(pred, matches: dict, grammar: dict) -> list:
    """The party a protest's demand names: the owner of what a demanding clause on the protest asks for ("cerând …
    demisia Guvernului(genitive)", "demanding the government's resignation"). gold/CODING.md: a protest whose demand
    names no addressee has no recipient ("cerând alegeri anticipate"). Returns head tokens (possibly none)."""
    out = []
    for c in pred.children:
        if c.i in matches and matches[c.i][0].cameo[:2] == "10" and c.dep_ in ("advcl", "xcomp", "acl", "conj", "obl"):
            for o in c.children:
                if o.dep_ == "obj" and o.pos_ in NOMINAL:
                    out.extend(w for x in [o] + [k for k in o.children if k.dep_ == "conj"]
                               for w in owners_of(x, grammar) if w.pos_ in NOMINAL)
                elif o.dep_ == "ccomp":  # "to demand that the government(nsubj) do more": the one asked to act
                    out.extend(x for x in subjects(o) if x.pos_ in NOMINAL)
    return out


SPEECH_ACT_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
"""CAMEO roots of acts performed by speaking (statements, appeals, promises, praise, demands, criticism,
rejections, threats; CAMEO codebook 1.1b3): a quote's speaker performs them, while a quoted meeting or attack
is only reported; a relative clause can assert them as news (gold/CODING.md: "who pressed Bucharest to …")."""


def _identifying_relative(pred, pattern: Pattern) -> bool:
    """``pred`` heads a restrictive relative clause on a common noun, its relative pronoun the subject, no comma
    between them ("Soldiers who seized power …", "the paramilitary group that overran El Fasher", "troops who had
    laid down their arms", "militarii care au preluat puterea"): the clause says which people are meant, background
    (gold/CODING.md: relative modifiers are background unless they assert a new speech act,
    :data:`SPEECH_ACT_ROOTS`).
    A clause set off by a comma ("Nicușor Dan, who spoke by phone with …") or on a name adds news and stays."""
    if not pred.dep_.startswith("acl") or pattern.cameo[:2] in SPEECH_ACT_ROOTS:
        return False
    ante = pred.head
    if ante.i == pred.i or ante.pos_ != "NOUN":
        return False
    rel = [c for c in pred.children if c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType")]
    if not rel or rel[0].i < ante.i:
        return False
    return not any(t.is_punct for t in pred.doc[ante.i + 1:rel[0].i])


def _in_time_phrase(tok, grammar: dict) -> bool:
    """``tok`` heads a phrase of time (``grammar.yaml: time_case``: "since a truce", "după vizita"), or is a noun
    inside one (through ``nmod`` at most two levels)."""
    time_case = grammar.get("time_case", ())
    for _ in range(3):
        if tok.dep_ in ("obl", "nmod") and (case_of(tok) in time_case or case_of(tok, forms=True) in time_case):
            return True
        if tok.dep_ != "nmod" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _blamed_act(tok, matches: dict, grammar: dict) -> bool:
    """A definite event noun with content of its own that an accusation (CAMEO 112) blames on someone ("blamed Moscow
    for the missile strikes on Zaporizhzhia", "a dat vina pe Moscova pentru loviturile cu rachete"): a concrete act,
    told as well (gold/CODING.md codes the accusation and, reported by the accuser, the act), not an anaphor. Only in
    the phrase that names the charge (``grammar.yaml: charge_case``: for, of; pentru): one in an adjunct of time is
    background ("accused Russia of breaking the truce after a drone attack on Odesa")."""
    return (tok.dep_ == "obj" or tok.dep_ in ("obl", "nmod") and case_of(tok) in grammar.get("charge_case", ())) \
        and tok.head.i in matches and matches[tok.head.i][0].cameo.startswith(
        "112") and any(c.dep_.split(":")[0] in ("compound", "amod", "nmod", "acl") for c in tok.children)


ANSWER_CODES = ("05", "111")
"""CAMEO codes (a root or a full code) of acts that answer another act: praise, endorse or defend (§05), criticise or
denounce (111). The act they answer is their object, not an event told by the sentence (gold/CODING.md)."""


def _answers(code: str) -> bool:
    """Whether the CAMEO ``code`` answers another act (:data:`ANSWER_CODES`)."""
    return any(code.startswith(a) for a in ANSWER_CODES)


def _inside_other_event(tok, matches: dict, consumed: set, content: frozenset = frozenset(),
                        background: frozenset = frozenset(), venue: frozenset = frozenset(),
                        party: frozenset = frozenset(), time_case: frozenset = frozenset(),
                        time_units: frozenset = frozenset()) -> bool:
    """A nominal predicate that only describes another event's object ("a semnat un acord de cooperare",
    "a condamnat arestarea jurnalistului") is part of that event, not a new one — unless it names its own
    agent (genitive, possessor or demonym adjective). The content of an act (``content``: ``grammar.yaml:
    content_nouns``; "a respins cererea Rusiei", "accepted Qatar's proposal") is part of it even then: its
    owner is the act's recipient; so is anything a demand, refusal or threat (:data:`CONTENT_ROOTS`) is
    about, and the act a praise or criticism answers (:data:`ANSWER_CODES`: "condemned the latest Israeli
    strikes", "defended Fico against criticism"). An adjunct of an event predicate is its circumstance when it
    restates it (same PLOVER type: "killed … in an attack"), gives its motive (:data:`MOTIVE_ROOTS`), is marked as
    its time (``background``: ``grammar.yaml: background_mark``; ``time_case``: a phrase of time, "since the truce",
    marks an event as background whatever it hangs on; so does a noun of a span of time above it, ``time_units``:
    "on the second day of the visit") or as its venue with no counterpart named
    (``venue``: ``location_case``;
    ``party``: ``comitative_case`` and ``reciprocal_case``): "a promis … la cea mai recentă reuniune a Grupului de
    Contact" is a promise, "in a call with Trump, Maduro expressed …" is a call and an expression."""
    h = tok
    for _ in range(2):  # the object of a demand, refusal or threat is its content ("appealed for a ceasefire",
        if h.head.i == h.i:  # "a blocat pachetul de sancțiuni al UE"), whoever it belongs to
            break
        h = h.head
        if h.i in matches and matches[h.i][0].cameo[:2] in CONTENT_ROOTS and tok.dep_.split(":")[0] in (
                "obj", "obl", "nmod", "nsubj", "compound"):
            return True
    h = tok
    for _ in range(2):  # the act praised or condemned is answered, not told: "condemned the latest Israeli strikes",
        if h.head.i == h.i:  # "welcomed the release of …", "defended Fico against criticism from Brussels"
            break  # (its owner is the reaction's recipient; gold/CODING.md)
        h = h.head
        if h.i in matches and _answers(matches[h.i][0].cameo) and tok.dep_.split(":")[0] in ("obj", "obl", "nmod"):
            return True
    if tok.dep_ == "compound" and (tok.head.lemma_.lower() in content or tok.head.lower_ in content):
        return True  # what a content noun is about: "the ceasefire proposal", "a peace plan"
    first = tok.sent[0]
    t = tok
    for _ in range(3):
        if t.dep_ in ("obl", "nmod") and (case_of(t) in time_case or case_of(t, forms=True) in time_case):
            return True  # an event in a phrase of time is background, whatever it hangs on ("the heaviest fighting
            # since a truce brokered by Trump", "după vizita lui Erdoğan"; gold/CODING.md), also under a noun of
            # the phrase ("after weeks of(nmod) relentless Russian assaults")
        if t.dep_ != "nmod" or t.head.i == t.i:
            break
        t = t.head
        if t.dep_ in ("obl", "nmod", "obl:tmod", "obl:unmarked") and t.pos_ == "NOUN" and (
                t.lemma_.lower() in time_units or t.lower_ in time_units):
            return True  # an event noun under a noun of time in an adjunct is background: "în a doua zi(obl) a
            # vizitei(nmod) liderului rus", "on the second day of the visit", "hours before the talks"
    if (case_of(tok) in background and tok.dep_ == "obl" and (tok.head.i in matches or tok.head.i in consumed)) or (
            tok.left_edge.i == first.i and first.dep_ in ("case", "mark") and first.lemma_.lower() in background):
        # an event in an adjunct of time is background, whoever's it is ("a suspendat …, după vizita lui Erdoğan";
        # also a sentence-initial one, however the parser hung it: "După vizita lui al-Sharaa la Casa Albă, …")
        return True
    if tok.dep_ == "obl" and tok.head.i in matches and tok.head.pos_ in ("VERB", "AUX") and case_of(tok) in venue \
            and not any(c.dep_.split(":")[0] == "nmod" and case_of(c) in party for c in tok.children):
        return True  # the venue of an act, whoever holds it ("a promis … la reuniunea Grupului de Contact")
    if tok.dep_ == "obl" and tok.head.i in matches and tok.head.pos_ in ("VERB", "AUX") and \
            cameo(matches[tok.head.i][0].cameo).plover_event == cameo(matches[tok.i][0].cameo).plover_event:
        return True  # an adjunct restating its event, even with an owner: in "uciși într-un atac rusesc", "killed in
        # an Israeli strike" the owner is the killing's actor (frame_roles), not the actor of a second attack
    if tok.dep_ == "obl" and matches[tok.i][0].cameo[:2] in MOTIVE_ROOTS and tok.head.dep_ in ("conj", "advcl") \
            and tok.head.i not in matches and tok.head.head.i in matches:
        return True  # the motive of an act, hung on a conjunct or gerund that is no event: "blocked(144) motorways …
        # and burning hay bales … in protest at the culling", "staged a general strike, bringing(advcl) trains to a
        # standstill in protest at the overhaul"
    if tok.dep_ == "obl" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i not in matches and any(
            c.dep_ in ("ccomp", "xcomp") and c.i in matches and cameo(matches[c.i][0].cameo).plover_event ==
            cameo(matches[tok.i][0].cameo).plover_event for c in tok.head.children):
        return True  # ... also when the parser hung it on the raising verb above its event: "urmează să fie
        # primit(ccomp) de Merz, pentru discuții(obl of urmează)"
    own_agent = any(c.dep_ == "nmod:poss" or (c.dep_ == "amod" and nationality_adjective(c)) or (
        c.dep_ == "nmod" and not case_of(c)) for c in tok.children)  # ("direct negotiations": no agent)
    if own_agent and tok.lemma_.lower() not in content:
        if not any(p.frame == "theme" for p, _ in [matches[tok.i]]):
            return False
    bare = not any(c.dep_.split(":")[0] in ("nmod", "amod", "acl", "compound", "det") and c.dep_ != "det" or
                   c.dep_ == "det:poss" for c in tok.children)
    h = tok
    for step in range(4):
        if h.head.i == h.i:
            return False
        if step >= 2 and "Fin" in h.morph.get("VerbForm"):
            return False  # (deeper than two steps, only through phrases and infinitives, not another clause)
        h = h.head
        if (h.i in matches or h.i in consumed) and tok.dep_ in ("obj", "nmod", "nsubj:pass", "appos"):
            return True  # ("a acceptat propunerea de a organiza o rundă de discuții": the talks are its content)
        if h.i == tok.head.i and h.i in matches and tok.dep_ == "obl" and h.pos_ in ("VERB", "AUX") and (
                cameo(matches[h.i][0].cameo).plover_event == cameo(matches[tok.i][0].cameo).plover_event
                or matches[tok.i][0].cameo[:2] in MOTIVE_ROOTS or case_of(tok) in background or bare):
            # an adjunct of an event predicate that restates it, gives its motive or its time, or names an event
            # with no party of its own, is its circumstance (gold/CODING.md): "killed … in an attack on a village",
            # "in protest against …", "arrested after protests", "praised him for his role in(obl) the talks";
            # another act with its parties in an adjunct stays ("in a call with Trump, Maduro expressed …")
            return True
    return False


def _reporting_use(pred, grammar: dict, matches: dict | None = None) -> bool:
    """A verb that is both an event predicate and a verb of saying ("susține": support / claim), used to
    report: it has a complement clause ("susțin că …"), or it trails the reported clause without an object
    ("Iranul ar fi trimis drone, susțin serviciile britanice"). Such a use is attribution, not an event — unless it
    is a warning of a conditional consequence (:func:`_conditional_warning`) or of force used by no one named
    (:func:`_warned_force`)."""
    if pred.pos_ != "VERB" or not _word_forms(pred) & grammar["speech_verbs"]:
        return False  # (forms: "warned" left unlemmatised)
    if any(c.dep_ == "ccomp" for c in pred.children):
        return not (_conditional_warning(pred, grammar) or _warned_force(pred, matches or {}, grammar))
    return _trailing_report(pred)


def _warned_force(pred, matches: dict, grammar: dict) -> bool:
    """A warning that something will be met with force by no one named ("warned that any incursion would be met(pass)
    with force", "a avertizat că orice provocare va fi zdrobită"): the warner is the one who would use it, so the
    warning is a threat (CAMEO 13), not a report. Only verbs in ``grammar.yaml: warning_verbs``; the complement
    (``ccomp``) is a matched act of force (:data:`FORCE_ROOTS`) in the agentless passive."""
    if not _word_forms(pred) & grammar.get("warning_verbs", set()):
        return False
    return any(c.dep_ == "ccomp" and c.i in matches and matches[c.i][0].cameo[:2] in FORCE_ROOTS and is_passive(c)
               and not any(a.dep_ == "obl:agent" for a in c.children) for c in pred.children)


def _conditional_warning(pred, grammar: dict) -> bool:
    """A warning whose complement is a consequence under a condition ("Putin warned that Russia could cut
    Ukraine off from the sea if attacks continued", "a avertizat că Japonia va suferi o înfrângere dacă va
    interveni") is a threat (CAMEO 13), not a report: the complement, or a clause under it, has an adverbial
    clause introduced by ``grammar.yaml: conditional_mark``; so does the verb itself when the parser hung the
    condition there. Only verbs in ``warning_verbs``."""
    if not _word_forms(pred) & grammar.get("warning_verbs", set()):
        return False
    cond = grammar.get("conditional_mark", set())
    comps = [c for c in pred.children if c.dep_ == "ccomp"]
    holders = [pred] + comps + [g for c in comps for g in c.children if g.dep_ in ("xcomp", "ccomp", "conj")]
    return any(c.dep_ == "advcl" and (c.left_edge.lower_ in cond or any(
        m.dep_ in ("mark", "case") and m.lemma_.lower() in cond for m in c.children))
        for h in holders for c in h.children)  # ("if(case of the subject) attacks … continued": its first word)


def _trailing_report(pred) -> bool:
    """A verb of saying that trails the reported clause without an object, after a comma (", susțin serviciile
    britanice", "…, Mark Rutte warned"), or hung on the root noun."""
    if pred.dep_ not in ("parataxis", "conj") and not (pred.dep_ == "acl" and pred.head.dep_ == "ROOT") \
            or pred.head.i > pred.i or "Ger" in pred.morph.get("VerbForm"):
        return False  # (or hung on the root noun: "Russia might be in a position to attack …, Rutte warned(acl)")
    if any(c.dep_ == "cc" for c in pred.children):
        return False  # "… și susține separatiștii": a second event of the same subject
    first = min([pred.i] + [c.i for c in pred.children if c.dep_.startswith("aux")] + [
        t.i for c in pred.children if c.dep_.startswith("nsubj") and c.i < pred.i for t in c.subtree
        if not t.is_punct])
    # (the speaker before the verb in English: "…, Mark Rutte warned")
    aside = {t.i for c in pred.children if c.dep_ == "advcl" and _gerund(c) for t in c.subtree}
    after = [t for t in pred.sent if t.i > pred.i and t.pos_ == "VERB" and not _gerund(t) and t.i not in aside]
    # (", a insistat X, respingând afirmațiile potrivit cărora orașul a fost cucerit": a gerund after it, with all
    # it governs, is the speaker's aside)
    # ", susțin serviciile britanice." — right after a comma, the last verb; a postverbal subject is often
    # parsed as its object
    return first > pred.sent.start and pred.doc[first - 1].text == "," and not after


def _denied_report(pred, grammar: dict) -> bool:
    """A denial verb with a content clause ("a negat că …") or whose object is a report with one ("rejected reports
    that Russia had sent …", "a dezmințit informațiile potrivit cărora …"): a denial (CAMEO 016, no PLOVER type)
    of the reported event, which is coded negated; not a rejection of a proposal (``grammar.yaml: denial_verbs,
    report_nouns``)."""
    if pred.lemma_.lower() not in grammar["denial_verbs"]:
        return False
    if any(c.dep_ == "ccomp" for c in pred.children):
        return True  # "a negat că …", "denied that …"
    reports = grammar.get("report_nouns", set())
    if pred.dep_ in ("acl:relcl", "acl") and (pred.head.lemma_.lower() in reports or pred.head.lower_ in reports):
        return True  # the report as the noun the denial's clause describes: "…, a charge(acl:relcl head) Baku denied"
    return any(c.dep_ == "obj" and (c.lemma_.lower() in reports or c.lower_ in reports) for c in pred.children)


CONTENT_ROOTS = {"10", "12", "13"}
"""CAMEO roots whose complement clause is part of the act (a demand, a refusal, a threat: "called on Russia to
accept …", "refused to back …", "threatened to close …"); one event per predicate (issue 4; gold/CODING.md)."""


def _not_an_event_of_its_own(pred, pattern: Pattern, matches: dict, consumed: set, grammar: dict) -> bool:
    """``pred`` does not report an event of its own (issue 4: one event per predicate; gold/CODING.md):

    * a subjectless gerund or present participle adjoined to an event predicate elaborates it ("launched an attack
      on Kyiv, killing two people", "și-a prezentat demisia, cedând în fața protestelor", "took to the streets,
      demanding …"), also when the parser hung it on the verb of saying that reports the event;
    * a clause of time before or after an event predicate is its background ("withdrew the budget after thousands
      protested", "după ce zeci de mii de oameni au protestat"; ``grammar.yaml: background_mark``), and a purpose
      clause of the same CAMEO root restates it;
    * a protest or demand (:data:`MOTIVE_ROOTS`) as the purpose of an act is its motive ("blocked roads to press
      their demands", "started a hunger strike to protest …"), also when the parser hung it on a participle on the
      act's object ("blocked roads leading to the capital to press …");
    * a participle describing a noun inside another clause ("the use of frozen Russian assets") is a state (a verb
      the parser hung under the sentence's head noun stays a predicate: "imposed(amod) sanctions(ROOT)"), and so
      is a past participle modifying a noun without its agent (:func:`_agentless_participle_modifier`);
    * a proper-noun part of a name ("the Rapid Support Forces") is no event noun, nor is an event word that
      modifies a noun ("aid workers", "protest leaders");
    * a bare helping verb with a verb complement ("to help protect the hub"; ``grammar.yaml: helping_verbs``) is
      that act, not aid;
    * the toll of an accident (a gerund under a verb of ``grammar.yaml: accident_verbs`` that is no event), an
      attack guarded against (:func:`_guarded_against`), an act in the condition of a threat or offer
      (:func:`_in_threat_or_offer_condition`) and the toll a trailing gerund tells of an earlier attack
      (:func:`_trails_an_attack`) are no events."""
    head_event = pred.head.i != pred.i and (pred.head.i in matches or pred.head.i in consumed or any(
        c.dep_ == "obj" and c.i in matches for c in pred.head.children))  # (or a light verb: "started a hunger strike")
    host = pred.head
    if not head_event and host.dep_ == "acl" and host.i not in matches and host.head.head.i != host.head.i:
        host = host.head.head  # through a participle on the act's object: "blocked roads [leading(acl) to the centre]
        # to press their demands" — the purpose is the blockade's
    host_event = head_event or host.i in matches or host.i in consumed
    if pattern.pos != "NOUN" and (pred.dep_ in ("advcl", "xcomp") or (pred.dep_ == "obl" and pred.pos_ == "VERB")) \
            and host_event and pattern.cameo[:2] in MOTIVE_ROOTS \
            and any(c.dep_ == "mark" and c.lower_ in grammar.get("infinitive_mark", ()) for c in pred.children) \
            and not (host.i in matches and matches[host.i][0].cameo[:2] in CONTENT_ROOTS | {"03"}):
        # a protest or demand as the purpose of an act is its motive ("blocked roads to press their demands", "would
        # blockade Paris to demand an end to …", "started a hunger strike to protest …")
        return True  # (also an infinitive the parser labelled obl: "marched … to(mark) demand(obl) that …")
    comitative = grammar.get("comitative_case", set())
    if (pred.dep_.startswith("acl") and absolute_construction(pred.head, grammar) and (
            pred.head.head.i in matches or pred.head.head.i in consumed)) or (
            pred.dep_ == "advcl" and head_event and any(s.dep_.startswith("nsubj") and marked_by(s, comitative)
                                                        for s in pred.children)):
        return True  # an event told in an absolute construction is part of the act ("carried out a prisoner
        # exchange, with(case) 84 soldiers(nsubj) freed(advcl) by each side")
    if not pattern.items and _word_forms(pred) & grammar.get("helping_verbs", set()) and any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in pred.children):
        return True  # helping to do something is that act, not aid ("to help protect the hub")
    if pattern.pos == "NOUN" and _guarded_against(pred, grammar):
        return True  # "rehearsing the defence of the corridor against an attack", "to protect its cities against
        # missile attacks": an attack one guards against has not happened
    if _in_threat_or_offer_condition(pred, matches, grammar):
        return True  # "warned that … unless Petro cracked down on coca growers": the condition of a threat is what
        # the threat demands, not an event (gold/CODING.md: a conditional threat is THREATEN plus the threatened act)
    if pattern.pos != "NOUN" and pattern.cameo[:2] in ATTACK_ROOTS and pred.dep_ == "advcl" and _gerund(pred) \
            and pred.head.i not in matches and _word_forms(pred.head) & set(grammar.get("accident_verbs", ())):
        return True  # the toll of an accident or disaster ("a tanker lorry exploded, killing two people"; a bomb that
        # exploded is an event of the lexicon, whose toll stays part of the attack)
    if pattern.pos != "NOUN" and pattern.cameo[:2] in ATTACK_ROOTS and _trails_an_attack(pred, matches):
        return True  # "glide bombs slammed into a district, killing three", "accused US forces of blowing up a
        # boat, killing four" — wherever the parser hung the gerund
    if pred.dep_ in ("acl", "acl:relcl", "advcl") and any(
            c.dep_ == "advmod" and c.lower_ in grammar.get("place_relatives", ())
            and c.i == min(t.i for t in pred.subtree if not t.is_punct) for c in pred.children) and next(
            (matches[a.i][0].cameo[:2] for a in pred.ancestors if a.i in matches), None) != pattern.cameo[:2]:
        return True  # what happened at a place a relative clause describes is background ("lifted the curfew in
        # Novi Pazar, where two protesters were killed last month"; gold/CODING.md: background), however the
        # parser labelled the clause; an act of the kind of the one it hangs on is that act's detail ("travelled to
        # Kyiv, where she met Sybiha": one visit)
    if pattern.pos == "NOUN" and pred.dep_ in ("obj", "ccomp") and pred.head.dep_ == "advcl" \
            and _word_forms(pred.head) & set(grammar.get("reason_verbs", ())):
        return True  # the act an adjoined "citing …" gives as the reason is background ("mothballed its programme in
        # Georgia, citing the government's crackdown on civil society"; gold/CODING.md: causal adjuncts)
    if pattern.pos == "NOUN" and pattern.cameo[:2] == "04" and pred.dep_.split(":")[0] in ("obl", "nmod") \
            and marked_by(pred, grammar.get("setting_case", set())) and not (
            pred.head.i in matches and matches[pred.head.i][0].cameo[:2] == "04"):
        return True  # a meeting named as the setting of something else is no event of its own ("blocked the plan at
        # the Brussels summit", "informații din reuniunile Consiliului UE"; gold/CODING.md: background nominals)
    if pred.dep_ in ("appos", "parataxis") and pred.i > pred.head.i and pred.head.i in matches \
            and matches[pred.head.i][0].cameo[:2] == pattern.cameo[:2] and any(c.dep_ == "det" for c in pred.children) \
            and not any(c.dep_.startswith(("nsubj", "aux")) for c in pred.children):
        return True  # a noun phrase in apposition that names the act just told restates it ("bombed Nyala, the
        # heaviest raid(appos; or parataxis, tagged VERB) since the truce"), whatever the tagger made of the noun
    if pattern.pos != "NOUN" and (_elaborating_gerund(pred, matches, consumed, grammar) or (
            pred.dep_ == "conj" and _gerund(pred) and _elaborating_gerund(pred.head, matches, consumed, grammar))):
        return True  # (and its conjunct: "…, killing two people and injuring five")
    if pred.dep_ == "xcomp" and pred.head.i in matches and matches[pred.head.i][0].cameo[:2] == "11" and \
            _elaborating_gerund(pred.head, matches, consumed, grammar):
        return True  # the label of a criticism that restates an accusation: "branding it 'a war crime committed(xcomp)
        # in broad daylight'" names the accused act again
    if pattern.pos != "NOUN" and pred.dep_ == "ccomp" and _gerund(pred) and not any(
            c.dep_.startswith(("nsubj", "aux", "mark")) for c in pred.children) and any(
            c.dep_ == "ccomp" and c.i < pred.i and c.i in matches for c in pred.head.children):
        return True  # the gerund hung on the verb of saying beside the event ("X rioted, setting fire …, Y said")
    purpose_dep = pred.dep_ == "advcl" or (pred.dep_ == "acl" and pred.head.pos_ in ("VERB", "AUX"))
    if pattern.pos != "NOUN" and purpose_dep and head_event:
        if pred.dep_ == "advcl" and _background_marked(pred, grammar):
            return True
        if pred.head.i in matches and any(
                c.dep_ == "mark" and c.lower_ in grammar.get("infinitive_mark", ()) for c in pred.children) and not any(
                c.dep_ in ("mark", "case") and c.lower_ in grammar.get("negative_mark", ()) for c in pred.children):
            return True  # the purpose of an act is what it is meant to bring about, not an event of its own
            # ("sent 200 police officers to Haiti to join the UN-backed force"; a clause "without" it is the act's
            # negated outcome: "fără ca cele două părți să ajungă la vreun compromis")
    if pattern.pos != "NOUN" and pred.dep_ == "advcl" and pred.head.i not in matches \
            and pred.head.lemma_.lower() in grammar["speech_verbs"] and any(
            c.dep_ == "mark" and c.lower_ in grammar.get("infinitive_mark", ()) for c in pred.children) and (any(
            c.i in matches and c.i < pred.i and c.dep_ in ("ccomp", "parataxis") for c in pred.head.children) or (
            pred.head.dep_ in ("advcl", "parataxis") and pred.head.head.i in matches and pred.head.head.i < pred.i)):
        return True  # ... also when the parser hung the purpose on the verb of saying that reports the act:
        # "X met(ROOT) Y in Nairobi to discuss(advcl of said) the pipeline, officials said(advcl of met)"
    if pattern.pos != "NOUN" and pred.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in pred.children):
        # the verb of a clause of time whose subject the parser took for a noun phrase of time: "accused Russia …
        # [after a drone attack on Odesa](obl) killed(conj) three people" — the phrase ends right before the verb
        start = min([pred.i] + [c.i for c in pred.children if c.dep_.startswith("aux")])
        if any(c.dep_ == "obl" and c.right_edge.i == start - 1 and case_of(c) in grammar.get("background_mark", ())
               for c in pred.head.children):
            return True
    if pattern.pos != "NOUN" and pred.dep_ == "acl":  # the same clause parsed as a noun phrase "after [people
        # protested(acl)]": the phrase is an oblique of time of an event predicate
        t = pred.head
        for _ in range(4):
            if t.dep_.split(":")[0] == "obl" and case_of(t) in grammar.get("background_mark", ()) and (
                    t.head.i in matches or t.head.i in consumed):
                return True
            if t.head.i == t.i:
                break
            t = t.head
    if pred.pos_ == "VERB" and pred.dep_ == "amod" and pred.head.dep_ != "ROOT" \
            and pred.sent.root.pos_ in ("VERB", "AUX") and not progressive_as_copula(pred):
        return True
    if pattern.pos != "NOUN" and _agentless_participle_modifier(pred, grammar, agent_ok=_root_event(pred, matches)):
        return True
    if pred.dep_.split(":")[0] in ("acl", "nmod") and pred.head.i != pred.i and pred.head.pos_ == "NOUN" and (
            {pred.head.lemma_.lower(), pred.head.lower_} & set(grammar.get("topic_nouns", ()))):
        return True  # what a prospect, a remark or a worry is about has not happened: "held out the prospect of
        # lifting(acl) sanctions", "misgivings about seizing(acl) Russian assets", "perspectiva ridicării(nmod)"
    if pattern.pos != "NOUN" and pattern.cameo[:2] not in SPEECH_ACT_ROOTS and _describing_gerund(pred):
        return True
    if pattern.pos == "NOUN" and pred.pos_ == "PROPN" and (pred.dep_.split(":")[0] in ("compound", "flat") or any(
            c.dep_.split(":")[0] in ("compound", "flat") and c.pos_ == "PROPN" for c in pred.children)):
        return True
    if pattern.pos == "NOUN" and not pattern.items and pred.dep_ == "compound" and pred.head.pos_ in ("NOUN", "PROPN") \
            and pred.head.i > pred.i and pred.head.i not in matches:
        return True  # an event word naming the kind of a person or thing ("aid workers", "protest leaders", "the
        # sanctions list") is no event; under another event word it is that event's content ("a ceasefire deal")
    return False


def progressive_as_copula(pred) -> bool:
    """A progressive verb the parser took for an adjective on its object, with "was" as the copula: "denied that it
    was(cop) massing(amod) troops(ccomp)" — an "-ing" form between the copula and its noun is the clause's verb."""
    return _gerund(pred) and pred.i < pred.head.i and any(
        c.dep_ == "cop" and c.i < pred.i for c in pred.head.children)


def _root_event(pred, matches) -> bool:
    """Whether the root of ``pred``'s sentence, or a verb coordinated with it, is an event predicate (a key of
    ``matches``, token index → patterns)."""
    root = pred.sent.root
    return root.i in matches or any(c.dep_ == "conj" and c.i in matches for c in root.children)


def _agentless_participle_modifier(pred, grammar: dict, agent_ok: bool = False) -> bool:
    """A past participle that modifies a noun without naming who acted ("two refineries accused of handling
    Russian crude", "militanți înarmați", "the restrictions imposed in August") describes the noun — background, as
    gold/CODING.md codes it — not an event of its own: it says neither who did it nor that it is news (UD ``acl``
    with ``VerbForm=Part``, not present tense, without an auxiliary, an object — a passive participle has none,
    so one with an object is a finite verb the parser misattached ("missiles killed(acl) 4 Iraqis") — or an
    ``obl:agent``/agent-case oblique, in a sentence whose root is another verb). A participle with its agent
    ("troops sent by Russia") stays an event."""
    if pred.head.i == pred.i:
        return False
    if pred.dep_ == "advcl":  # a participle after a comma, hung on the main verb: "a declarat persona non grata un
        # diplomat rus, acuzat(advcl) că a coordonat …" (a reduced relative clause on the noun before it)
        if pred.head.pos_ not in ("VERB", "AUX") or pred.i < pred.head.i or not any(
                c.dep_ == "punct" and c.i < pred.i for c in pred.children):
            return False
    elif pred.dep_ != "acl" or pred.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    elif pred.head.dep_ == "ROOT" or pred.sent.root.pos_ not in ("VERB", "AUX"):
        return False  # (a main verb the parser hung under its subject: "Thousands of people protested(acl)")
    form = pred.morph.get("VerbForm")
    if "Pres" in pred.morph.get("Tense") or not ("Part" in form or (
            pred.dep_ == "acl" and "Past" in pred.morph.get("Tense") and not pred.head.dep_.startswith("nsubj"))):
        return False  # (a past form on an object the tagger called finite is the participle too: "freed 400 people
        # charged(VBD) with treason"; on a subject it may be the main verb: "Thousands of people protested(acl)")
    acase = grammar.get("agent_case", set())
    return not any(c.dep_.startswith(("aux", "nsubj")) or c.dep_ == "obj" or (not agent_ok and (
        c.dep_ == "obl:agent" or (c.dep_ == "obl" and case_of(c) in acase))) for c in pred.children)


def _describing_gerund(pred) -> bool:
    """A subjectless "-ing" participle that modifies a noun inside another clause ("the UN-backed force battling(acl)
    the gangs", "the metal barriers ringing(acl) the palace") describes that noun — background, as gold/CODING.md
    codes participle modifiers — unless the parser hung the sentence's main verb there (head noun is the root, or
    the root is no verb)."""
    if pred.dep_ != "acl" or pred.head.i == pred.i or pred.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if pred.head.dep_ == "ROOT" or pred.sent.root.pos_ not in ("VERB", "AUX") or not _gerund(pred):
        return False
    return not any(c.dep_.startswith(("aux", "nsubj", "mark")) for c in pred.children)


def _gerund(tok) -> bool:
    """A gerund or present participle (UD ``VerbForm=Ger``, or ``VerbForm=Part|Tense=Pres`` as English models tag
    "-ing" forms)."""
    form = tok.morph.get("VerbForm")
    return "Ger" in form or ("Part" in form and "Pres" in tok.morph.get("Tense"))


ATTACK_ROOTS = frozenset({"18", "19", "20"})
"""CAMEO roots of force used against a party (assault, fight, mass violence; CAMEO codebook 1.1b3 §18–20); coercion
(§17: arrests, seizures) is done to a state's own people as often as to others."""


def _guarded_against(noun, grammar: dict) -> bool:
    """Whether an event noun is what something guards against: marked by ``grammar.yaml: defence_case`` ("against",
    "împotriva") near a word of ``protection_words`` (its head, a sibling or the head's head: the parser hangs the
    phrase on any of them)."""
    if not marked_by(noun, grammar.get("defence_case", set())):
        return False
    words = grammar.get("protection_words", set())
    head = noun.head
    near = [head, head.head] + [c for c in head.children if c.i != noun.i]
    return any(_word_forms(t) & words for t in near)


def _in_threat_or_offer_condition(tok, matches: dict, grammar: dict) -> bool:
    """Whether ``tok`` lies in a condition clause (``advcl`` with a ``grammar.yaml: conditional_mark``: "if",
    "unless", "dacă") of a threat or an offer above it: a threat (CAMEO 13 in ``matches``), a warning
    (``warning_verbs``) or an offer (CAMEO 03: "would be willing to send peacekeepers if both Moscow and Kyiv
    asked"). The condition is what the threat or offer asks for, not an event (gold/CODING.md); the condition of any
    other act stays a hypothetical event ("could withdraw the bill if the unions strike", "if Russia attacked
    Lithuania, Germany would send its brigade": gold/factuality_*)."""
    marks = set(grammar.get("conditional_mark", ())) - {"de"}
    warn = set(grammar.get("warning_verbs", ()))
    t = tok
    for _ in range(4):  # the clause's verb, or a noun under it ("if attacks on tankers continued")
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in t.children):
            return any(a.i in matches and matches[a.i][0].cameo[:2] in ("03", "13") or _word_forms(a) & warn
                       for a in t.ancestors)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _trails_an_attack(tok, matches: dict) -> bool:
    """A subjectless gerund after a comma ("…, killing three people") following an attack predicate earlier in the
    sentence (CAMEO 18–20 in ``matches``) tells that attack's toll, not a second attack (gold/CODING.md: one event
    per predicate)."""
    if not _gerund(tok) or tok.i == 0 or tok.doc[tok.i - 1].text != "," or any(
            c.dep_.startswith(("nsubj", "aux", "mark")) for c in tok.children):
        return False
    return any(tok.sent.start <= i < tok.i and m[0].cameo[:2] in ATTACK_ROOTS for i, m in matches.items())


def _elaborating_gerund(tok, matches: dict, consumed: set, grammar: dict) -> bool:
    """A subjectless gerund adjoined (``advcl``, ``parataxis``) to an event predicate elaborates it ("launched an
    attack on Kyiv, killing two people"), unless the predicate is a verb of saying or accusing, whose gerund is its content
    ("accused Russia of striking trains"), or the gerund accuses (CAMEO 11) after an act of another kind."""
    if _gerund(tok) and tok.i in matches and matches[tok.i][0].cameo[:2] == "11" and not any(
            c.dep_.startswith("nsubj") for c in tok.children) and any(
            a.i in matches and matches[a.i][0].cameo[:2] == "11" for a in tok.ancestors):
        return True  # a criticism gerund under an accusation restates it, wherever the parser hung it: "accused Russian
        # forces of shelling a convoy of buses, branding(acl of buses) it 'a war crime'"
    if tok.dep_ not in ("advcl", "parataxis") or not _gerund(tok) or tok.head.i == tok.i:
        return False  # (after a comma the parser may hang it as parataxis: "heaped praise on X, hailing …")
    head = tok.head
    head_event = head.i in matches or head.i in consumed or any(c.dep_ == "obj" and c.i in matches
                                                                for c in head.children)
    if tok.i in matches and matches[tok.i][0].cameo[:2] == "11" and not (
            head.i in matches and matches[head.i][0].cameo[:2] == "11"):
        return False  # an accusation after another kind of act is a second act, a speech act ("showed a Russian
        # diplomat the door, accusing him of meddling"; gold/CODING.md); after a criticism it is that criticism
    reporting = grammar["speech_verbs"] | set(grammar.get("accusation_verbs", ()))
    return head_event and head.lemma_.lower() not in reporting and not any(
        c.dep_.startswith(("nsubj", "aux", "mark")) for c in tok.children)


def _describes_content(pred, grammar: dict, material: bool = True, matches: dict | None = None) -> bool:
    """``pred`` lies in what a proposal, plan, resolution, law or other content noun (``grammar.yaml:
    content_nouns``) says, not in what happened: under an infinitive modifying the noun ("an offer to mediate",
    "propunerea de a organiza discuții"; not a plan or intention, ``future_nouns``, whose act is coded as future:
    "no plans to send troops"), or — for a ``material`` act (QuadClass 2 or 4, CAMEO codebook) — under a gerund
    or a relative clause whose subject is the noun ("a resolution that aims to impose a blockade", "the law that
    bans protests"). A verbal act a document makes by being adopted is an event ("a resolution condemning the
    strikes"), and so is a relative clause about the noun's own fate ("the plan that Trump presented") — unless
    the document was rejected (the object of a matched REJECT predicate in ``matches``: "vetoed a resolution
    censuring the raid" — never adopted, it censured no one; likewise a rejected plan's act is no future event:
    "a torpilat planul Comisiei de a finanța Ucraina"). Walks up at most six heads; returns ``True`` if
    such a noun is reached."""
    content = grammar.get("content_nouns", set())
    planned = grammar.get("future_nouns", set())  # ("no plans to send troops": a planned act is coded, future)
    infinitive = set(grammar.get("infinitive_mark", ())) | set(grammar.get("purpose_mark", ()))
    t = pred
    for _ in range(6):
        if t.head.i == t.i:
            return False
        head = t.head
        if head.pos_ == "NOUN" and _word_forms(head) & content:
            if t.dep_ == "acl:relcl":
                return material and any(c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType")
                                        for c in t.children)
            rejected = head.dep_ == "obj" and matches is not None and head.head.i in matches \
                and matches[head.head.i][0].cameo[:2] == "12"
            if t.dep_ == "acl" and t.pos_ in ("VERB", "AUX") and (rejected or not _word_forms(head) & planned) and (
                    ((material or rejected) and _gerund(t)) or any(c.dep_ in ("mark", "case") and c.lower_ in
                                                                   infinitive for c in t.children)):
                return True
        t = head
    return False


def _content_of_other_event(pred, pattern: Pattern, matches: dict, grammar: dict, depth: int = 0) -> bool:
    """``pred`` is the content of another matched event, not an event of its own: the complement (``xcomp``,
    ``ccomp``, or ``acl`` of an event noun: "cererea Rusiei de a ceda", "invitația de a vizita") of a demand,
    refusal or threat (:data:`CONTENT_ROOTS`), or a cooperative complement (QuadClass 1 or 2: "agreed to meet",
    "promised to pull the troops out", "este dispus să elibereze") of an intent (CAMEO 03), whose sub-code carries
    it (0356, 0353; gold/CODING.md: content clauses of AGREE are not separate events) — also through complements
    that are no events ("demanded that Ukraine stop attacking …") and for a conjunct of such a content
    ("threatened to halt aid and to send troops"). Contents of saying, denying and accusing stay events. ``depth``
    bounds the recursion through conjuncts."""
    warnings = set(grammar.get("warning_verbs", ()))
    if any(c.dep_ == "parataxis" and c.i > pred.i and c.i in matches and matches[c.i][0].cameo[:2] in CONTENT_ROOTS
           and not (_word_forms(c) & warnings and threat_code(pattern.cameo)) for c in pred.children):
        return True  # a quoted demand or threat followed by its verb: '"Free every political prisoner," X urged Y'
        # (a quoted act of force followed by a verb of warning is coded too, as the threat's act: gold/CODING.md)
    if pred.dep_ == "parataxis" and pred.head.i in matches and matches[pred.head.i][0].cameo[:2] in CONTENT_ROOTS \
            and pred.i > pred.head.i and not any(c.dep_.startswith("nsubj") for c in pred.children):
        return True  # a command after a demand or ultimatum: "handed Hamas an ultimatum: accept(parataxis) the plan
        # … or face …", "le-a transmis un mesaj: opriți greva" (no subject of its own: the addressee is to act)
    t = pred  # through complements that are no events themselves: "demanded that Ukraine stop(ccomp) attacking(xcomp)"
    if pattern.pos == "NOUN" and pred.dep_ == "obj" and pred.head.pos_ == "VERB" and pred.head.i not in matches \
            and pred.head.i != pred.i:
        t = pred.head  # an event noun that is the object of such a complement: "pledged to raise(xcomp) Germany's
        # military aid(obj) to Ukraine" (the pledge's content, 0332)
    for _ in range(3):
        if t.i != pred.i and t.pos_ == "NOUN" and t.dep_ == "obj" and t.head.i in matches \
                and matches[t.head.i][0].cameo[:2] in ("10", "13"):
            return True  # the clause of a noun demanded or threatened: "demanded an admission(obj) that Soviet
            # forces murdered(acl) …" is the demand's content (a rejected report's clause is a denied event:
            # "rejected reports that Russia had sent troops" codes the sending, negated)
        infinitival = t.dep_ in ("advcl", "obl") and any(
            c.dep_ == "mark" and c.lower_ in grammar.get("infinitive_mark", ())
            for c in t.children)  # "called on Russia to(advcl) accept", "asked Minsk to(mark) hand(obl) them over"
        if (t.pos_ not in ("VERB", "AUX") and not (t.i != pred.i and t.dep_.split(":")[0] in ("xcomp", "ccomp"))
                and not (t.i == pred.i and pattern.pos == "VERB")) or (
                t.dep_.split(":")[0] not in ("xcomp", "ccomp", "acl", "conj") and not infinitival):
            return False  # (a complement on the way up may be a verb tagged as a noun: "that Ukraine stop(NOUN) …")
        if t.head.i == t.i:
            return False
        if t.head.i in matches:
            break
        t = t.head
    else:
        return False
    gov = t.head
    to_mark = any(c.dep_ == "mark" and c.lower_ in grammar.get("infinitive_mark", ()) for c in t.children)
    if t.dep_ == "conj" and to_mark and matches[gov.i][0].cameo[:2] in CONTENT_ROOTS:
        return True  # a second infinitive hung on the act itself: "threatened to halt aid and to(mark) send(conj) …"
    if t.dep_ == "conj":  # a conjunct of a content is content too: "threatened to halt aid and to send(conj) troops"
        return depth < 3 and _content_of_other_event(gov, matches[gov.i][0], matches, grammar, depth + 1)
    if t.dep_ == "acl" and gov.pos_ not in ("NOUN", "PROPN"):
        return False
    reporting = grammar["speech_verbs"] | grammar["denial_verbs"] | set(grammar.get("accusation_verbs", ()))
    gov_root = matches[gov.i][0].cameo[:2]
    if gov_root == "13" and _word_forms(gov) & set(grammar.get("warning_verbs", ())) and threat_code(
            pattern.cameo) and not _quoted(pred):
        return True  # a threat reported as a warning is one THREATEN with the act's threat code ("Tehran warned it
        # would close the strait if …" → 1381); quoted, the act is coded too (gold/CODING.md)
    if gov_root == "12" and t.i > gov.i and any(c.dep_ == "obj" and c.i < t.i and _word_forms(c) & set(
            grammar.get("content_nouns", ())) for c in gov.children):
        return True  # what a rejected proposal asked for, its infinitive hung on the verb by the parser: "dismissed
        # an appeal(obj) to lay(advcl) down their arms" (gold/CODING.md codes the rejection only)
    if gov.lemma_.lower() in reporting and not (gov_root == "03" and cameo(pattern.cameo).quad_class in (1, 2)):
        return False  # (a promise is an intent even as a verb of saying: "a promis că Bruxelles-ul va debloca …")
    if gov_root == "13" and matches[gov.i][0].cameo == "130" and _warns_of_no_threat(gov, matches, grammar):
        return False  # what a warning announces that is no threat is the event ("warned that Slovakia could veto …")
    if gov_root in CONTENT_ROOTS:
        return True
    return gov_root == "03" and cameo(pattern.cameo).quad_class in (1, 2)


def _quoted(tok) -> bool:
    """Whether ``tok`` lies inside a direct quote (:func:`cronica.resolve.factuality.quote_spans`)."""
    from ..resolve.factuality import quote_spans  # (late: that module imports this one)

    spans = tok.doc.user_data.get("cronica_quote_spans")
    if spans is None:
        spans = tok.doc.user_data["cronica_quote_spans"] = quote_spans(tok.doc.text)
    return any(qs <= tok.idx < qe for qs, qe in spans)


OBLIGATION_DEMAND = "100"
"""CAMEO code of a statement that someone must act ("X said Y must resign"): 100 demand, not specified (CAMEO
1.1b3 §10; PLOVER REQUEST — the PLOVER gold standard codes such statements as REQUEST aimed at Y)."""


def _background_clauses(doc, matches: dict, consumed: set, grammar: dict) -> set:
    """Token indices of nominal events inside a clause of time under an event predicate ("a acuzat Israelul …,
    după ce un atac israelian(nsubj) … l-a ucis", "after an Israeli strike killed …"): like the clause's own
    verb (:func:`_not_an_event_of_its_own`) they are background, not events (gold/CODING.md). A clause of time
    is an adverbial clause marked by ``grammar.yaml: background_mark`` (with its fixed parts)."""
    out = set()
    for tok in doc:
        if tok.dep_ == "advcl" and (tok.head.i in matches or tok.head.i in consumed) \
                and _background_marked(tok, grammar):
            out.update(t.i for t in tok.subtree if t.i != tok.i and t.pos_ in ("NOUN", "PROPN"))
    return out


def _background_marked(clause, grammar: dict) -> bool:
    """``clause`` has a subordinator of time (``grammar.yaml: background_mark``), compared as a lemma or as the
    word with its ``fixed`` parts ("after", "după"; "în timp ce")."""
    marks = grammar.get("background_mark", set())
    return any(c.dep_ == "mark" and (c.lemma_.lower() in marks or " ".join(
        [c.lower_] + [f.lower_ for f in c.children if f.dep_ == "fixed"]) in marks) for c in clause.children)


def _obligation_demands(doc, matches: dict, grammar: dict) -> tuple[dict, set]:
    """Verbs of saying whose complement says that someone must act ("The Red Cross said US forces must ensure
    security", "Protestatarii au spus că ministrul trebuie să demisioneze"): the statement is a demand on the
    complement's subject (:data:`OBLIGATION_DEMAND`), and the act demanded is its content, not an event of its own
    (as with "called on X to …"; gold/CODING.md). An obligation is a complement whose auxiliary or head is in
    ``grammar.yaml: obligation_words`` ("must"; "trebui").

    Args:
        doc: the parsed ``Doc``; matches: lexicon matches by token index (verbs already matched keep theirs);
        grammar: the language's cue sets.
    Returns:
        ``(demands, contents)``: new matches ``{token index: (Pattern, [])}`` and the indices of the acts demanded.
    """
    must = grammar.get("obligation_words", set())
    demands, contents = {}, set()
    if not must:
        return demands, contents
    for tok in doc:
        if tok.i in matches or tok.pos_ != "VERB" or not _word_forms(tok) & grammar["speech_verbs"]:
            continue
        for c in tok.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
                continue
            if any(a.dep_ == "aux" and a.lemma_.lower() in must for a in c.children):
                acts = [c]  # "said (that) Y must(aux) resign"
            elif _word_forms(c) & must:
                acts = [a for a in c.children if a.dep_.split(":")[0] in ("ccomp", "csubj", "xcomp")
                        and a.pos_ in ("VERB", "AUX")]  # "a spus că Y trebuie(ccomp) să demisioneze"
            else:
                continue
            lemma = tok.lemma_.lower()
            pattern = Pattern(lemma, "VERB", (), OBLIGATION_DEMAND, "", f"{lemma} + obligation")
            demands[tok.i] = (pattern, [])
            contents.update(a.i for a in acts)
    return demands, contents


def _accused_act(item, pattern: Pattern, matches: dict) -> bool:
    """Whether a word of an accusation pattern ("accuse +torture": 1122) is a concrete act told as well: an event word
    of its own (``matches``, another CAMEO root) with its own target ("accused the police of torturing protesters").
    gold/CODING.md codes the accusation and, reported by the accuser, the act;
    an offence with no target ("accused of espionage", "war crimes") is the accusation's sub-code only."""
    if not pattern.cameo.startswith("112") or item.i not in matches:
        return False
    own = matches[item.i][0].cameo
    return own[:2] != "11" and any(c.dep_ in ("obj", "nmod", "obl") and c.pos_ in NOMINAL for c in item.children)


def find_frames(doc, lexicon: Lexicon, grammar: dict) -> list[Frame]:
    """Match every token of ``doc`` against ``lexicon`` and build frames.

    One event per predicate: a token consumed as an item of a longer pattern (``convorbire`` in
    ``a avut o convorbire telefonică``) does not trigger a frame of its own.

    Args:
        doc: a parsed spaCy ``Doc`` (UD labels). lexicon: the language's :class:`Lexicon`.
        grammar: the language's cue sets from ``grammar.yaml``.
    Returns:
        frames in text order.
    """
    doc.user_data["cronica_suffixes"] = tuple(grammar.get("inflection_suffixes", ()))
    matches, silenced = {}, set()
    for tok in doc:
        m = lexicon.match(tok, senses=True)
        if m is not None and m[0].cameo == NO_EVENT:
            silenced.update(t.i for t in m[1])  # the words of a sense that is no event do not code on their own
        elif m is not None:
            matches[tok.i] = m
    matches = {i: m for i, m in matches.items() if i not in silenced}
    for i, j in _summons_to_demand(doc, matches, grammar):
        matches[i] = (replace(matches[i][0], cameo=matches[j][0].cameo), matches[i][1] + [doc[j]])
        del matches[j]
    demands, demanded = _obligation_demands(doc, matches, grammar)
    matches.update(demands)
    consumed = {t.i for pat, items in matches.values() for t in items if not _accused_act(t, pat, matches)}
    skipped = demanded | _background_clauses(doc, matches, consumed, grammar)
    frames, yielded, merged = [], set(), set()
    for i in sorted(matches):
        if i in consumed or i in skipped:
            continue
        pattern, items = matches[i]
        pred = doc[i]
        if pattern.pos == "NOUN" and not _blamed_act(pred, matches, grammar) and (
                _anaphoric_nominal(pred) or _inside_other_event(
                pred, matches, consumed, frozenset(grammar.get("content_nouns", ())),
                frozenset(grammar.get("background_mark", ())), frozenset(grammar.get("location_case", ())),
                frozenset(grammar.get("comitative_case", ())) | frozenset(grammar.get("reciprocal_case", ())),
                frozenset(grammar.get("time_case", ())), frozenset(grammar.get("time_unit_nouns", ())))):
            continue
        if _identifying_relative(pred, pattern):
            continue  # "Soldiers who seized power in Guinea-Bissau imposed a curfew": who they are, not news
        if pred.dep_ in ("acl", "acl:relcl") and _in_time_phrase(pred.head, grammar):
            continue  # a clause on a noun of a phrase of time is background too ("since a truce brokered(acl) by
            # Trump")
        if not items and i not in demands and (_reporting_use(pred, grammar, matches) or _denied_report(pred, grammar)):
            continue
        if _not_an_event_of_its_own(pred, pattern, matches, consumed, grammar):
            continue
        if (pattern.pos == "NOUN" or pred.dep_ in ("advcl", "acl")) and _pressure_behind(pred, matches, grammar):
            continue
        if _content_of_other_event(pred, pattern, matches, grammar) or _describes_content(
                pred, grammar, material=cameo(pattern.cameo).quad_class in (2, 4), matches=matches):
            continue
        actors, recipients, inherited = frame_roles(pred, items, pattern, grammar)
        units = grammar.get("time_unit_nouns", set())
        recipients = [r for r in recipients if not (r.pos_ == "NOUN" and r.lemma_.lower() in units)]
        # (a span of time is no party, whatever hangs under it: "cu câteva ore(obl) înaintea întâlnirii cu emisarii
        # americani", "hours before the meeting with the US envoys")
        if not actors and pattern.cameo[:2] in FORCE_ROOTS and is_passive(pred):
            clause = _attack_clause(pred, matches, grammar)
            if clause is not None:  # "were killed when Russian missiles hit …": one attack, by the clause's subject
                actors, inherited = _conj_expand(subjects(clause)), None
                merged.add(clause.i)
        frame = Frame(pred, [pred] + items, pattern, actors, recipients, inherited)
        if pattern.cameo[:2] == "08":
            protest = _yields_to_protest(frame, matches, grammar)
            if protest is not None:
                yielded.add(protest)
        contents = _content_codes(frame, matches, grammar)
        if pattern.frame == "intent" and contents == [pattern.cameo]:
            continue  # a word of willingness is an event only with the act it is willing to do ("ready to free")
        if contents == ["130"] and _warns_of_no_threat(pred, matches, grammar):
            continue  # a warning of an act that is no threat is a report of it ("Fico warned Slovakia could torpedo
            # the package": the veto is coded, hypothetical and reported; gold/CODING.md)
        if frame.cameo[:2] == "13" and _word_forms(pred) & set(grammar.get("warning_verbs", ())):
            announced = next((t for t in items if t.dep_ in ("ccomp", "xcomp") and t.i in matches), None)
            for c, tok in _content_codes(frame, matches, grammar, tokens=True):
                tok = tok if tok is not None else announced  # (or the act is a word of the pattern: "warn +attack")
                frames.append(replace(frame, pattern=replace(pattern, cameo=c), content=tok))
                if tok is not None and doers(tok):  # the act itself, coded instead if its doer is another
                    # state's (see Frame.content)
                    a, r, inh = frame_roles(tok, matches[tok.i][1], matches[tok.i][0], grammar)
                    frames.append(Frame(tok, [tok] + matches[tok.i][1], matches[tok.i][0], a, r, inh,
                                        alternative_of=pred.i))
            continue
        frames.extend(replace(frame, pattern=replace(pattern, cameo=c)) for c in contents)
    for k, f in enumerate(frames):  # a protest whose demand names a party is aimed at it
        demanded = _demanded_of(f.predicate, matches, grammar) if f.cameo[:2] == "14" and not f.recipients else []
        if demanded:
            frames[k] = replace(f, recipients=demanded)
    accusations = {f.predicate.i: f for f in frames if f.cameo.startswith("112")}
    frames = [replace(f, actors=list(accusations[f.predicate.head.i].recipients),
                      inherited_from=f.predicate.head)
              if _blamed_act(f.predicate, matches, grammar) and f.predicate.head.i in accusations
              and accusations[f.predicate.head.i].recipients else f for f in frames]
    # (an act blamed on someone is that party's: "pinned the blame on Abu Dhabi(recipient) for the drone strikes")
    # (a protest yielded to is the concession's cause; an attack clause is the killing it explains)
    return [f for f in frames if f.predicate.i not in yielded and f.predicate.i not in merged]


def _warns_of_no_threat(pred, matches: dict, grammar: dict) -> bool:
    """Whether a generic warning (CAMEO 130, a verb of ``grammar.yaml: warning_verbs``) announces, as its content, an
    act that is no use of force or pressure: a complement event (through modals, as :func:`_content_codes` finds
    them) whose code has no threat code (:data:`cronica.ontology.THREAT_CODES`: a veto, a refusal, a promise)."""
    if not _word_forms(pred) & set(grammar.get("warning_verbs", ())):
        return False
    todo = [c for c in pred.children if c.dep_.split(":")[0] in ("ccomp", "xcomp")]
    if not todo:  # a trailing warning, however parsed: "Slovakia could torpedo the package, Fico warned"
        todo = [t for t in pred.sent if t.i < pred.i and t.i in matches and t.head.i != pred.i][:1]
    for _ in range(3):
        events = [c for c in todo if c.i in matches]
        if events:
            return not any(threat_code(matches[c.i][0].cameo) for c in events)
        todo = [g for c in todo for g in c.children if g.dep_.split(":")[0] in ("ccomp", "xcomp")]
    return False


SPECIFIC_BY_CONTENT = {"030": INTENT_CODES, "130": THREAT_CODES, "100": DEMAND_CODES}
"""Generic promise (030), threat (130) and demand (100) codes → their CAMEO sub-codes by the code of the act
promised, threatened or demanded (the most specific key of the code that is in the table; CAMEO codebook 1.1b3 §03,
§13, §10)."""


def _content_codes(frame: Frame, matches: dict, grammar: dict, tokens: bool = False) -> list:
    """The CAMEO codes of a frame: a generic promise, threat or demand (:data:`SPECIFIC_BY_CONTENT`) takes the
    sub-code of the act it promises, threatens or demands ("threatened to halt all aid" → 1311, "… to send in
    troops" → 138, "a somat Algerul să-l elibereze" → 1053), one event
    per distinct content ("threatened to halt aid and to send troops": two threats, gold/CODING.md); any other frame
    keeps its own code. Contents are the predicate's complements (``xcomp``, ``ccomp``, an infinitive ``advcl`` or
    ``conj``: ``grammar.yaml: infinitive_mark``) and their conjuncts that are event predicates (``matches``).
    With ``tokens=True`` the result is ``[(code, content token or None)]``."""
    table = SPECIFIC_BY_CONTENT.get(frame.cameo)
    if table is None:
        return [(frame.cameo, None)] if tokens else [frame.cameo]
    pred, infinitive = frame.predicate, grammar.get("infinitive_mark", ())
    contents = [c for c in pred.children if c.dep_.split(":")[0] in ("xcomp", "ccomp") or (
        c.dep_ in ("advcl", "conj") and any(
        m.dep_ == "mark" and m.lower_.rstrip("-") in infinitive for m in c.children))]
    # (an infinitive conjunct hung on the verb itself: "threatened to halt aid and to(mark) send(conj) troops")
    contents += [x for c in contents for x in c.children if x.dep_ == "conj" and x.pos_ in ("VERB", "NOUN")]
    contents += [x for c in contents if c.i not in matches for x in c.children if x.dep_ in ("xcomp", "ccomp")
                 and x.pos_ == "VERB"]  # (the act under a complement that is none: "va continua să livreze …")
    codes, toks = [], []
    for c in contents:
        if c.i in matches:
            code = matches[c.i][0].cameo
            specific = specific_code(table, code)
            if specific and specific not in codes:
                codes.append(specific)
                toks.append(c)
    if tokens:
        return list(zip(codes, toks)) or [(frame.cameo, None)]
    return codes or [frame.cameo]


def _attack_clause(pred, matches: dict, grammar: dict):
    """The clause that says who did a passive act of force: an adverbial clause of the predicate introduced by a
    word of ``grammar.yaml: attack_clause_mark`` ("were killed when Russian missiles hit …", "au fost uciși când
    rachete rusești au lovit …") whose own predicate is an act of force (CAMEO roots :data:`FORCE_ROOTS`) with a
    subject. Returns that clause's predicate token, or ``None``."""
    cues = grammar.get("attack_clause_mark", set())
    for c in pred.children:
        if c.dep_ == "advcl" and c.i in matches and matches[c.i][0].cameo[:2] in FORCE_ROOTS and subjects(c) and any(
                m.dep_ in ("mark", "advmod") and m.lemma_.lower() in cues for m in c.children):
            return c
    return None


def _yields_to_protest(frame: Frame, matches: dict, grammar: dict) -> None:
    """A concession (CAMEO 08) made after or in the face of protests is made to the protesters ("dropped the
    law after street protests", "și-a prezentat demisia, cedând în fața protestelor", "a retras bugetul după ce
    zeci de mii de oameni au protestat"; gold/CODING.md): a protest predicate (CAMEO 14) in an adjunct of the
    concession — reached from it through adjunct, modifier and complement relations only (a dative too: "cedând
    presiunii protestatarilor care au luat cu asalt străzile"; the object, past
    the first step: "dropped [the law after street protests]") — gives the recipients when the concession has
    none: its protesters, and ``frame.protest`` for when they resolve to no one (the pipeline then codes civilians).
    Named pressure phrases ("under pressure from the unions") are :func:`_pressure_sources`. Changes ``frame`` in
    place; returns the protest's token index (no event of its own: the concession's cause), or ``None``."""
    pred = frame.predicate
    when = pred.doc.user_data.get("cronica_time_tokens", ())
    condition = grammar.get("conditional_mark", set())
    for tok in pred.subtree:
        if tok.i == pred.i or tok.i not in matches or matches[tok.i][0].cameo[:2] != "14" or tok.i in when \
                or any(tok.i == t.i for t in frame.trigger):
            continue  # ("at the end of March": a month is no protest march; "called off the strike": the protest
            # named by the concession's own pattern is what is conceded, not a pressure)
        t, ok = tok, True
        while t.i != pred.i and ok:
            ok = (t.dep_.split(":")[0] in ("obl", "iobj", "advcl", "nmod", "acl", "xcomp", "conj") or (
                t.i != tok.i and t.dep_ == "obj")) and not any(
                c.dep_ == "mark" and c.lemma_.lower() in condition for c in t.children)
            t = t.head  # (a protest in a condition is no cause: "could withdraw the bill if the unions strike")
        if not ok:
            continue
        pattern, items = matches[tok.i]
        protesters = frame_roles(tok, items, pattern, grammar)[0]
        frame.recipients = frame.recipients + [p for p in protesters if p.i != pred.i and p not in frame.actors
                                               and p not in frame.recipients]
        frame.protest = tok
        return tok.i
    return None
