"""Predicate lexicons: ``lang/<code>/predicates.tsv`` loaded into a matcher over UD trees.

Pattern grammar (one row per pattern, see ``lang/<code>/README.md``)::

    HEAD[/POS] [+LEMMA[/POS] ...]

``HEAD`` is the lemma of the predicate token (POS ``VERB`` by default, or ``NOUN``/``ADJ``); each
``+LEMMA`` must be a dependent of the head up to two levels down (child or grandchild), in any order.
``+@REL`` (e.g. ``receive +@obj``) requires a named (or, in Romanian, "pe"-marked) child of the head in
UD relation ``REL`` (subtypes included; a proper noun, or a noun with a proper name in apposition);
unlike a lemma item it is a participant, so it still fills the actor or recipient role. ``%CLASS`` as the head
or an item (``drop +%policy``, ``%supply +%arms``) stands for any word of a class listed in
``lang/<code>/grammar.yaml: word_classes``. The longest matching pattern for a head wins; on a tie, the one with
a ``+@REL`` item, then the one with fewer classes (a row naming the word itself is the exception to its class).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CronicaError
from ..ontology import cameo_table

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "NAT_REL_POL"}
"""NER labels of names that can be participants (RONEC and the GUM-trained English model)."""

POS_CLASS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
"""UPOS → pattern POS class (UD v2 UPOS tags)."""


def token_forms(token, suffixes=(), irregular: dict[str, str] | None = None) -> set[str]:
    """Lemma, lower-cased form, irregular lemma (``irregular``: form → lemma) and the lower-cased form without
    each inflection ending in ``suffixes`` (kept only if more than two letters remain; an ending written
    ``"ile>e"`` is replaced by ``e`` instead of cut) of a spaCy ``token`` — the one fallback for lemmatiser misses
    ("contactele" lemmatised "contactă", "met" left as "met", "Negocierile" left as is), used by the lexicon
    matcher, the frame builder, the factuality cues and the sector lookup. Returns a set of strings; the same
    forms in that order (lemma first) from :func:`ordered_forms`."""
    return set(ordered_forms(token, suffixes, irregular))


def ordered_forms(token, suffixes=(), irregular: dict[str, str] | None = None) -> list[str]:
    """The forms of :func:`token_forms` as a list, most trusted first: lemma, lower-cased form, irregular lemma,
    then the ending variants in the order ``suffixes`` lists them (longest endings first by convention)."""
    low = token.text.lower()
    out = [token.lemma_.lower(), low]
    if irregular and low in irregular:
        out.append(irregular[low])
    for s in suffixes:
        end, _, repl = s.partition(">")  # "ile>e": negocierile → negociere (an ending rewritten, not only cut)
        if low.endswith(end) and len(low) > len(end) + 2:
            out.append(low[: -len(end)] + repl)
    return list(dict.fromkeys(out))


NO_EVENT = "---"
"""The ``cameo`` of a lexicon row that names a sense of its head that is no event ("deliver +speech", "strike
+worker"): the longest match wins as for any row, and a win for such a row means no event (the notation of the
PETRARCH-2 verb dictionary, CAMEO.2.0.txt, where ``[---]`` marks an uncoded pattern)."""


@dataclass(frozen=True)
class Pattern:
    """One lexicon row.

    Attributes:
        head: predicate lemma (lower case); pos: ``VERB``, ``NOUN`` or ``ADJ``.
        items: ``((lemma, pos or None), ...)`` that must occur among the head's dependents (depth ≤ 2).
        cameo: CAMEO event code; frame: ``""`` (default roles), ``"theme"``, ``"recipient-subject"``, ``"receiver"``
            or ``"intent"`` (an event only with an act as its complement; see ``lang/en/predicates.tsv``);
            text: the pattern as written.
    """

    head: str
    pos: str
    items: tuple[tuple[str, str | None], ...]
    cameo: str
    frame: str
    text: str


class Lexicon:
    """Predicate patterns for one language, indexed by ``(head lemma, POS class)``."""

    def __init__(self, patterns: list[Pattern], suffixes: tuple[str, ...] = (),
                 irregular: dict[str, str] | None = None, object_case: frozenset[str] = frozenset(),
                 classes: dict[str, frozenset[str]] | None = None):
        self.patterns = patterns
        self.irregular = dict(irregular or {})
        self.object_case = frozenset(object_case)
        self.verb_forms: frozenset[str] = frozenset()  # (set by load_lexicon: grammar.yaml verb_only_forms)
        self.stranded_phrases = False  # (set by load_lexicon: grammar.yaml stranded_phrases)
        self.partitives: frozenset[str] = frozenset()  # (set by load_lexicon: grammar.yaml partitive_nouns)
        self.control_marks: frozenset[str] = frozenset()  # (set by load_lexicon: grammar.yaml infinitive_mark)
        self.classes = dict(classes or {})
        self.suffixes = tuple(sorted(suffixes, key=len, reverse=True))
        self._forms_cache: dict[tuple[str, str], set[str]] = {}
        self.by_head: dict[tuple[str, str], list[Pattern]] = {}
        for p in patterns:
            heads = sorted(self.classes.get(p.head[1:], ())) if p.head.startswith("%") else (p.head,)
            for head in heads:  # a head class ("%supply +%arms") stands for each of its words
                self.by_head.setdefault((head, p.pos), []).append(replace(p, head=head) if head != p.head else p)
        for plist in self.by_head.values():  # longest first; on a tie a named-participant item (+@obj) wins,
            # and named words win over word classes ("deploy +peacekeeper" over "deploy +%troops" over
            # "%send +%troops")
            plist.sort(key=lambda p: (-len(p.items), -sum(lemma.startswith("@") for lemma, _ in p.items),
                                      sum(lemma.startswith("%") for lemma, _ in p.items) + p.text.startswith("%")))

    @classmethod
    def from_tsv(cls, text: str, name: str, suffixes: tuple[str, ...] = (),
                 irregular: dict[str, str] | None = None,
                 object_case: frozenset[str] = frozenset(),
                 classes: dict[str, frozenset[str]] | None = None) -> "Lexicon":
        """Parse a predicates TSV.

        Args:
            text: file contents (``#`` comment lines, a header row ``pattern cameo frame source example``).
            name: file name used in error messages.
            suffixes: inflection endings tried on a token's form when its lemma does not match an item.
            irregular: irregular form → lemma map (``grammar.yaml: irregular_forms``), tried likewise.
            object_case: differential object markers (``grammar.yaml: object_case``) for ``+@obj`` items.
            classes: word classes (``grammar.yaml: word_classes``: name → lemmas) for ``%name`` heads and items.
        Raises:
            CronicaError: a row is malformed, names an unknown CAMEO code or a word class not in ``classes``
            (message gives file and line); :data:`NO_EVENT` (``---``) is the one code allowed outside the CAMEO
            table.
        """
        table = cameo_table()
        classes = dict(classes or {})
        lines = [(i + 1, line) for i, line in enumerate(text.splitlines()) if line.strip() and not line.startswith("#")]
        if not lines:
            return cls([], suffixes, irregular, object_case, classes)
        header = lines[0][1].split("\t")
        patterns = []
        for lineno, line in lines[1:]:
            row = dict(zip(header, next(csv.reader([line], delimiter="\t"))))
            try:
                pat = parse_pattern(row["pattern"], row["cameo"].strip(), (row.get("frame") or "").strip())
            except (KeyError, ValueError) as exc:
                raise CronicaError(f"{name}:{lineno}: bad lexicon row: {exc}") from None
            if pat.cameo != NO_EVENT and (pat.cameo not in table or table[pat.cameo].plover_event is None):
                raise CronicaError(f"{name}:{lineno}: CAMEO code {pat.cameo!r} has no PLOVER event type")
            unknown = [w for w in (pat.head, *(lemma for lemma, _ in pat.items))
                       if w.startswith("%") and w[1:] not in classes]
            if unknown:
                raise CronicaError(f"{name}:{lineno}: word class {unknown[0]!r} is not defined (grammar.yaml "
                                   "word_classes)")
            patterns.append(pat)
        return cls(patterns, suffixes, irregular, object_case, classes)

    def forms(self, token) -> set[str]:
        """Lemma, lower-cased form, irregular lemma and suffix-stripped forms of ``token`` — a fallback for
        lemmatiser misses ("contactele" lemmatised as "contactă" still matches ``+contact``; "met" left as
        "met" still matches ``meet``)."""
        key = (token.lemma_, token.text)
        out = self._forms_cache.get(key)
        if out is None:
            out = token_forms(token, self.suffixes, self.irregular)
            if len(self._forms_cache) < 200_000:
                self._forms_cache[key] = out
        return out

    def _dom(self, tok) -> bool:
        """``tok`` carries a differential object marker (Romanian "pe"), which marks persons: "l-a primit
        pe emisarul american" names no one but receives a person."""
        return any(c.dep_ == "case" and c.lemma_.lower() in self.object_case for c in tok.children)

    def _in_relation(self, tok, rel: str) -> bool:
        """``tok`` holds UD relation ``rel`` (subtypes included); an ``obl`` marked by a differential
        object marker (``grammar.yaml: object_case``, Romanian "pe") counts as ``obj``."""
        if tok.is_space:
            return False
        dep = tok.dep_.split(":")[0]
        if dep == rel or (rel == "obj" and tok.dep_ == "nsubj:pass"):  # the object of a passive is its subject
            return True
        if rel == "obj" and tok.dep_ == "nsubj" and any(tok in raised_subject(c) for c in tok.head.children):
            return True  # ... also when a raising verb holds it ("urmează să fie primit")
        if rel == "obj" and dep == "xcomp" and tok.pos_ == "PROPN" and tok.i > tok.head.i:
            return True  # a name after the verb parsed as a clausal complement ("called Volodymyr Zelensky")
        return rel == "obj" and dep == "obl" and self._dom(tok)

    def match(self, token, senses: bool = False) -> tuple[Pattern, list] | None:
        """Return the longest pattern whose head is ``token`` and whose items are found, with the item tokens.

        Args:
            token: a spaCy ``Token``.
        Returns:
            ``(pattern, [item tokens])``, or ``None`` when no pattern matches or the winner is a sense that is no
            event (:data:`NO_EVENT`) — with ``senses=True`` such a winner is returned too, so that the caller can
            keep its items from coding on their own ("launched an offensive(item) on the European market").
        """
        pos = POS_CLASS.get(token.pos_)
        if pos is None and token.lower_ not in self.verb_forms:
            return None
        classes = [pos] if pos else []
        if pos != "VERB" and token.lower_ in self.verb_forms:
            classes.insert(0, "VERB")  # a past form that is only ever a verb, mistagged ("threw(NOUN)", "flew(PRON)")
        cands = None
        for pos in classes:
            cands = self.by_head.get((token.lemma_.lower(), pos))
            if not cands:  # lemmatiser miss ("hosted" → "hoste"): try the form and its stems
                for form in sorted(self.forms(token), key=len, reverse=True):
                    cands = self.by_head.get((form, pos))
                    if cands:
                        break
            if cands:
                break
        if not cands:
            return None
        near = None
        best = None  # (depth of the items, pattern, items): of equally long patterns, the one whose items are
        # nearest the head wins ("send a contingent(obj) of jets(nmod)" is sending a contingent: 154, not 072)
        for pat in cands:
            if best is not None and len(pat.items) < len(best[1].items):
                break
            if not pat.items:
                return (pat, []) if pat.cameo != NO_EVENT or senses else None
            if near is None:
                # (a grandchild through a phrase or a control complement ("promised to continue aid"), never through
                # a finite clause of its own: in "a anunțat că își va da demisia" the resignation belongs to "da")
                near = [c for c in token.children] + [g for c in token.children if (c.dep_ not in (
                    "ccomp", "advcl", "acl", "parataxis", "conj", "csubj", "nsubj") and c.dep_.split(":")[0] not in (
                    "ccomp", "advcl", "acl", "parataxis", "conj", "csubj")) or (
                    c.dep_.split(":")[0] == "ccomp" and any(m.dep_ == "mark" and m.lower_ in self.control_marks
                                                            for m in c.children)) for g in c.children]
                # (a subjunctive complement is a control complement too: "s-a angajat să(mark) finanțeze(ccomp)")
                # (nor through an active subject: "Opposition(compound) supporters(nsubj) rallied" is no
                # 'rally +opposition'; the subject itself may be an item: "farmers blocked")
                # a part of something stands for it: "suspended part(obj) of a military aid(3 levels down) programme",
                # "a înghețat o parte din asistență" (``grammar.yaml: partitive_nouns``)
                near += [g for c in token.children if c.dep_ in ("obj", "nsubj:pass", "obl")
                         and c.lemma_.lower() in self.partitives
                         for n in c.children if n.dep_ == "nmod" for g in [n] + list(n.children) if g not in near]
                near += [f for g in near if g.dep_ == "case" and g.head.i != token.i for f in g.children
                         if f.dep_ == "fixed" and f not in near]
                # (the fixed parts of a preposition one level down count as its words: "a pus atentatul pe(case)
                # seama(fixed) grupării Al-Shabaab" matches 'pune +seamă')
                if self.stranded_phrases:
                    near += _stranded_phrases(token, near)
                if token.pos_ == "VERB" and token.dep_ in MISATTACHED_VERB_DEPS and token.head.i > token.i:
                    # a verb the parser hung under its own object ("imposed" as amod of "sanctions"): the
                    # noun it modifies can be the pattern's item
                    near.append(token.head)
            found = []
            for lemma, ipos in pat.items:
                if lemma.startswith("@"):  # a named participant in a relation: it stays a role filler
                    if not any(self._in_relation(c, lemma[1:]) and (_named(c) or self._dom(c))
                               for c in list(token.children) + raised_subject(token)):
                        break
                    continue
                words = self.classes.get(lemma[1:], frozenset()) if lemma.startswith("%") else (lemma,)
                hit = next((t for t in near if not self.forms(t).isdisjoint(words) and t not in found
                            and (ipos is None or POS_CLASS.get(t.pos_) == ipos)), None)
                if hit is None:
                    break
                found.append(hit)
            else:
                if any(self._owned_below(token, t, found) for t in found):
                    continue
                depth = sum(0 if t.head.i == token.i else 1 for t in found)
                if best is None or depth < best[0]:
                    best = (depth, pat, found)
        if best is None:
            return None
        _, pat, found = best
        return (pat, found) if pat.cameo != NO_EVENT or senses else None  # (a sense that is no event wins too)


    def _owned_below(self, token, item, found: list) -> bool:
        """Whether ``item``, found below ``token`` through a noun that is not itself one of the pattern's items,
        belongs to that noun's own event: the noun is the head of a lexicon pattern that takes ``item`` ("approved
        the lifting(085 with +sanction) of sanctions" is the lifting, not 'approve +sanction' 163; "a aprobat
        abrogarea sancțiunilor"). Own rule: an event nominal that is a verb's argument is coded with its own
        pattern, like a control complement."""
        mid = item.head
        if mid.i == token.i or mid in found or mid.pos_ != "NOUN" or mid.head.i != token.i:
            return False
        below = self.match(mid)
        return below is not None and item in below[1]


def _stranded_phrases(token, near: list) -> list:
    """Prepositional phrases a parser hung deeper inside the verb's object than the two levels of the matching
    window, which often belong to the verb ("took 12 officials(obj) of the party's branch(nmod) into custody(nmod)":
    own rule, observed with the en_ud_gum model). Input: the head ``token`` (a verb) and its window ``near``.
    Returns tokens below ``near`` reached from the verb's object only through ``nmod`` phrases with a preposition
    (``case``), at most three further levels, left to right."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    out, frontier = [], [t for t in near if t.head.i != token.i and t.head.dep_ == "obj" and t.dep_ == "nmod"]
    for _ in range(3):
        frontier = [g for t in frontier for g in t.children
                    if g.dep_ == "nmod" and any(c.dep_ == "case" for c in g.children)]
        out += frontier
    return sorted(set(out) - set(near), key=lambda t: t.i)


def raised_subject(pred) -> list:
    """The subject of a raising verb whose passive complement ``pred`` is, labelled as ``nsubj:pass`` would be there
    ("Zelensky(nsubj of urmează) urmează să fie primit(ccomp, aux:pass) de Merz", "is due to be received"): UD hangs
    it on the raising verb. Returns ``[]`` unless ``pred`` is such a passive complement without a subject of its own."""
    if pred.dep_ not in ("ccomp", "xcomp") or pred.head.i == pred.i or not any(
            c.dep_ == "aux:pass" for c in pred.children) or any(c.dep_.startswith("nsubj") for c in pred.children):
        return []
    return [c for c in pred.head.children if c.dep_ == "nsubj"]


MISATTACHED_VERB_DEPS = frozenset({"amod", "acl", "compound", "case"})
"""Relations under which a parser sometimes hangs a finite verb on the noun after it (own, observed with
the en_ud_gum model on news leads: "The EU imposed(amod) sanctions(ROOT) on Russia")."""


def _named(tok) -> bool:
    """``tok`` is a proper name, or a common noun with the name in apposition ("ministrul ucrainean
    Andrii Sîbiha", "the Romanian president Nicușor Dan"), or a noun the NER tags as a person with an
    unmarked name modifier ("emisarul american John Coale", parsed ``nmod``)."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN":
        return False
    for c in tok.children:
        if c.pos_ == "PROPN" and c.dep_.split(":")[0] in ("appos", "flat", "compound") and (
                c.ent_type_ in NAME_LABELS or (not c.ent_type_ and c.text.isalpha())):
            return True  # "the Romanian president Nicușor Dan" — not "F-16 jets" (a model number)
        if (c.pos_ == "PROPN" and c.dep_ == "nmod" and tok.ent_type_ == "PERSON"
                and not any(x.dep_ == "case" for x in c.children)):
            return True
    return False


def parse_pattern(text: str, cameo: str, frame: str = "") -> Pattern:
    """Parse ``HEAD[/POS] [+LEMMA[/POS] ...]`` into a :class:`Pattern`.

    Raises:
        ValueError: empty pattern, unknown POS, an item without ``+``, or an unknown frame (``""``, ``theme``,
            ``recipient-subject``, ``receiver``, ``intent``).
    """
    parts = text.split()
    if not parts:
        raise ValueError("empty pattern")

    def split(part: str) -> tuple[str, str | None]:
        lemma, _, pos = part.partition("/")
        if pos and pos not in ("VERB", "NOUN", "ADJ"):
            raise ValueError(f"unknown POS {pos!r} in {text!r}")
        return lemma.lower(), pos or None

    head, hpos = split(parts[0])
    items = []
    for p in parts[1:]:
        if not p.startswith("+"):
            raise ValueError(f"item {p!r} in {text!r} must start with '+'")
        items.append(split(p[1:]))
    if frame not in ("", "theme", "recipient-subject", "receiver", "intent"):
        raise ValueError(f"unknown frame {frame!r}")
    return Pattern(head, hpos or "VERB", tuple(items), cameo, frame, text)


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """Load ``lang/<lang>/predicates.tsv`` (cached per language).

    A head or item ``%name`` stands for any word of the class ``name`` in ``grammar.yaml: word_classes``
    ("drop +%policy" covers "dropped the bill" and "dropped the tax hike"; "%supply +%arms" covers "shipped
    howitzers").

    Raises:
        CronicaError: a malformed row or an undefined word class (see :meth:`Lexicon.from_tsv`).
    """
    ref = resources.files("cronica").joinpath(f"lang/{lang}/predicates.tsv")
    if not ref.is_file():
        return Lexicon([])
    grammar = load_grammar(lang)
    classes = {name: frozenset(str(w).lower() for w in words)
               for name, words in (grammar.get("word_classes") or {}).items()}
    lexicon = Lexicon.from_tsv(ref.read_text("utf-8"), f"lang/{lang}/predicates.tsv",
                               tuple(grammar.get("inflection_suffixes", ())), grammar.get("irregular_forms"),
                               frozenset(grammar.get("object_case", ())), classes)
    lexicon.verb_forms = frozenset(grammar.get("verb_only_forms", ()))
    lexicon.stranded_phrases = grammar.get("stranded_phrases") is True
    lexicon.partitives = frozenset(grammar.get("partitive_nouns", ()))
    lexicon.control_marks = frozenset(grammar.get("infinitive_mark", ()))
    # nouns that name events ("atac", "meeting"): the extractor treats them as events, not as places
    # where a participant phrase can hang
    grammar["_event_nouns"] = frozenset(h for (h, pos), pats in lexicon.by_head.items() if pos == "NOUN"
                                        and any(p.cameo != NO_EVENT for p in pats))
    return lexicon


@lru_cache(maxsize=None)
def load_grammar(lang: str) -> dict:
    """Load ``lang/<lang>/grammar.yaml`` (cue word lists; values lower-cased, multi-word cues kept as strings)."""
    ref = resources.files("cronica").joinpath(f"lang/{lang}/grammar.yaml")
    data = yaml.safe_load(ref.read_text("utf-8")) if ref.is_file() else {}
    return {k: (set(str(x).lower() for x in v) if isinstance(v, list) else v) for k, v in data.items()}


@lru_cache(maxsize=None)
def demonym_forms() -> frozenset[str]:
    """Every demonym form (lower case) listed in any language's ``lang/<code>/actors.tsv`` (rows of kind
    ``demonym``: "romanian", "românești", "american"), for telling a nationality adjective at the start of a
    sentence, where capitalisation says nothing, from any other adjective. Read once."""
    out: set[str] = set()
    root = resources.files("cronica") / "lang"
    for lang_dir in root.iterdir():
        ref = lang_dir / "actors.tsv"
        if not ref.is_file():
            continue
        for line in ref.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if not line.startswith("#") and len(f) > 5 and f[5] == "demonym":
                out.add(f[0].lower())
    return frozenset(out)
