"""Synthetic news-register training sentences with gold UD trees, for the en_ud_gum parser.

Why: GUM has few short news-lead sentences ("Medvedev threatened European countries with a nuclear
strike."), and the model trained on it often tags the finite verb of such sentences as an adjective or a
noun (measured on Cronica's English dev gold; see training/en_gum/README.md). These sentences are generated
from templates whose UD analysis is fixed by construction, following the GUM conventions observed in the
news documents (titles ``nmod:desc`` → name; multi-word names ``flat`` on the first word; organisation names
``compound`` on the last word; "yesterday"/"last week" ``obl:unmarked``; passive ``aux:pass`` +
``obl:agent``; "according to" = ``case`` + ``fixed``; "X did Y, Z said": ``said`` is the root and the
report its ``ccomp``).

Vocabulary: actor names from Cronica's gazetteer (``src/cronica/lang/{en,xx}/actors.tsv``), verbs from the
English predicate lexicon (``src/cronica/lang/en/predicates.tsv``), agent nouns from ``sectors.tsv``;
word forms, XPOS and FEATS of verbs and function words as GUM train annotates them (most frequent analysis),
so the synthetic tokens look like GUM tokens. No sentence is copied from anywhere: every sentence is a
random combination of these parts (seeded, reproducible).

Usage: ``synth_docs(vocab, n_sentences, seed)`` → list of spaCy ``Doc`` (5 sentences each), used by
``prepare.py --synthetic N``.
"""
from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANG = ROOT / "src" / "cronica" / "lang"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONTROL = ["threaten", "agree", "refuse", "decide", "plan", "vow", "promise", "offer", "pledge", "try"]
SAY = ["say", "announce", "report", "confirm", "claim"]
RECIP_CASE = ["with", "against", "to", "on"]
PARTICLES = {"down", "up", "out", "off", "back", "together", "in", "on", "over", "away", "part"}
#: Nationality words of the countries most present in political news (the rest of the gazetteer's demonyms
#: are drawn one time in five).
COMMON_DEMONYMS = ["Russian", "Ukrainian", "American", "Romanian", "Moldovan", "Belarusian", "Polish", "German",
                   "French", "British", "Chinese", "Iranian", "Israeli", "Palestinian", "Turkish", "Hungarian",
                   "Serbian", "Georgian", "Syrian", "Iraqi", "Venezuelan", "Indian", "Pakistani", "Japanese",
                   "Italian", "Spanish", "Dutch", "Greek", "Bulgarian", "Lebanese", "Egyptian", "Saudi", "Afghan",
                   "Korean", "Sudanese", "Malian", "Nigerian", "Ethiopian", "Armenian", "Azerbaijani"]


class Tok:
    __slots__ = ("form", "lemma", "upos", "xpos", "feats", "head", "dep", "ent")

    def __init__(self, form, lemma, upos, xpos, feats="", head=None, dep="", ent=""):
        self.form, self.lemma, self.upos, self.xpos, self.feats = form, lemma, upos, xpos, feats
        self.head, self.dep, self.ent = head, dep, ent


class Phrase:
    """Tokens of a phrase (heads are Tok objects, resolved to indices when the sentence is built)."""

    def __init__(self, toks: list[Tok], head: Tok):
        self.toks, self.head = toks, head


def _gum_analyses():
    """(form, xpos) → most frequent (lemma, upos, feats); lemma → {xpos: most frequent form}; xpos → feats."""
    import glob

    from gum_conllu import GUM_DIR  # noqa: E402

    by_form: dict[tuple[str, str], Counter] = defaultdict(Counter)
    forms: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    feats_of: dict[str, Counter] = defaultdict(Counter)
    for f in sorted(glob.glob(str(GUM_DIR / "dep" / "*.conllu"))):
        for line in open(f, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if len(c) != 10 or not c[0].isdigit():
                continue
            form, lemma, upos, xpos, feats = c[1], c[2], c[3], c[4], c[5]
            by_form[(form.lower(), xpos)][(lemma, upos, feats)] += 1
            if upos in ("VERB", "AUX"):
                forms[lemma.lower()][xpos][form.lower()] += 1
            feats_of[xpos][feats] += 1
    return ({k: v.most_common(1)[0][0] for k, v in by_form.items()},
            {lem: {x: c.most_common(1)[0][0] for x, c in d.items()} for lem, d in forms.items()},
            {x: c.most_common(1)[0][0] for x, c in feats_of.items()})


class Vocab:
    def __init__(self):
        self.ana, self.vforms, self.xfeats = _gum_analyses()
        self.people, self.countries, self.orgs, self.demonyms, self.capitals = [], [], [], [], []
        for path in (LANG / "xx" / "actors.tsv", LANG / "en" / "actors.tsv"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("#") or line.startswith("form\t"):
                    continue
                f = line.split("\t")
                form, kind = f[0], f[5]
                words = form.split()
                if not all(re.fullmatch(r"[A-Z][A-Za-zÀ-ž'.]*", w) for w in words):
                    continue  # only capitalised word sequences ("the …", "of …" names left out)
                if kind == "person" and 2 <= len(words) <= 3:
                    self.people.append(words)
                elif kind == "country" and len(words) <= 2:
                    self.countries.append(words)
                elif kind in ("igo", "institution") and len(words) <= 3:
                    self.orgs.append(words)
                elif kind == "demonym" and len(words) == 1 and not words[0].endswith("s"):
                    self.demonyms.append(words[0])
                elif kind == "capital" and len(words) == 1:
                    self.capitals.append(words)
        self.sector_nouns = {"GOV": ["government", "minister", "ministry", "president", "official"],
                             "MIL": ["army", "troops", "forces", "soldiers", "navy"],
                             "COP": ["police", "officers"], "OPP": ["opposition"],
                             "CVL": ["protesters", "residents", "farmers", "students"],
                             "REB": ["rebels", "militants", "separatists"], "JUD": ["court", "prosecutors"],
                             "LEG": ["parliament", "lawmakers", "senators"], "LAB": ["unions", "workers"],
                             "MED": ["journalists", "reporters"]}
        self.titles = [["President"], ["Prime", "Minister"], ["Foreign", "Minister"], ["Defence", "Minister"],
                       ["Chancellor"], ["Minister"], ["Ambassador"], ["General"], ["Senator"], ["Premier"]]
        self.verbs, self.objects = self._verbs()

    def _verbs(self):
        """Verb lemmas of the lexicon (plain heads, VERB) and the object nouns their patterns name."""
        verbs, objects = [], defaultdict(list)
        for line in (LANG / "en" / "predicates.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.startswith("pattern\t") or not line.strip():
                continue
            pat = line.split("\t")[0].split()
            head = pat[0]
            if "/" in head or not head.isalpha():
                continue
            if head not in self.vforms or "VBD" not in self.vforms[head] or "VBN" not in self.vforms[head]:
                continue
            if head not in verbs:
                verbs.append(head)
            items = [p[1:].split("/")[0] for p in pat[1:] if p.startswith("+") and not p.startswith("+@")]
            if len(items) == 1 and any(self.ana.get((items[0], x), ("", ""))[1] == "NOUN" for x in ("NN", "NNS")) \
                    and items[0] not in PARTICLES:
                objects[head].append(items[0])
        return verbs, objects

    # ------------------------------------------------------------------ token factories
    def demonym(self, rng: random.Random) -> str:
        return rng.choice(COMMON_DEMONYMS) if rng.random() < 0.8 else rng.choice(self.demonyms)

    def word(self, form, xpos, upos=None, lemma=None):
        """A token analysed as GUM analyses this form with this XPOS (else the XPOS's usual FEATS)."""
        a = self.ana.get((form.lower(), xpos))
        if a is not None:
            lem, up, feats = a
            return Tok(form, lemma or lem, upos or up, xpos, feats)
        return Tok(form, lemma or form.lower(), upos or "X", xpos, self.xfeats.get(xpos, "_"))

    def verb(self, lemma, xpos):
        form = lemma if xpos == "VB" else self.vforms[lemma].get(xpos) or self.vforms[lemma].get("VBD")
        return self.word(form, xpos, "VERB", lemma)


def _name(v: Vocab, words, label, head_first=True):
    toks = [v.word(w, "NNP", "PROPN", w) for w in words]
    for t in toks:
        t.ent = label
    if head_first:
        for t in toks[1:]:
            t.head, t.dep = toks[0], "flat"
        return Phrase(toks, toks[0])
    for t in toks[:-1]:
        t.head, t.dep = toks[-1], "compound"
    return Phrase(toks, toks[-1])


def _noun(v: Vocab, lemma, plural=None):
    plural = lemma.endswith("s") and not lemma.endswith("ss") if plural is None else plural
    xpos = "NNS" if plural else "NN"
    a = v.ana.get((lemma, xpos))
    return v.word(lemma, xpos, "NOUN", a[0] if a else lemma)


def np(v: Vocab, rng: random.Random, allow_coord=True) -> Phrase:
    """A random actor noun phrase with its gold analysis (35 %: the 2026-12 kinds of ``np2``)."""
    if rng.random() < 0.35:
        p = np2(v, rng, allow_appos=allow_coord)
        kind = 2.0
    else:
        kind = rng.random()
    if kind > 1.0:
        pass
    elif kind < 0.07:  # a surname alone ("Medvedev")
        p = _name(v, rng.choice(v.people)[-1:], "PERSON")
    elif kind < 0.12:  # a bare plural agent noun ("Protesters", "Opposition parties")
        sec = rng.choice(["CVL", "REB", "LAB", "MIL", "MED"])
        n = _noun(v, rng.choice([w for w in v.sector_nouns[sec] if w.endswith("s")] or ["protesters"]))
        p = Phrase([n], n)
    elif kind < 0.3:  # [Demonym] [Title] First Last
        p = _name(v, rng.choice(v.people), "PERSON")
        if rng.random() < 0.5:
            title = [v.word(w, "NNP", "PROPN", w) for w in rng.choice(v.titles)]
            for t in title[:-1]:
                t.head, t.dep = title[-1], "compound"
            title[-1].head, title[-1].dep = p.head, "nmod:desc"
            pre = title
            if rng.random() < 0.4:
                d = v.word(v.demonym(rng), "JJ", "ADJ")
                d.head, d.dep = title[-1], "amod"
                pre = [d] + title
            p = Phrase(pre + p.toks, p.head)
    elif kind < 0.45:
        p = _name(v, rng.choice(v.countries), "GPE", head_first=False)
    elif kind < 0.55:
        words = rng.choice(v.orgs)
        p = _name(v, words, "ORG", head_first=False)
        if len(words) > 1 and rng.random() < 0.5:
            the = v.word("the", "DT", "DET")
            the.head, the.dep = p.head, "det"
            p = Phrase([the] + p.toks, p.head)
    elif kind < 0.75:  # the Russian army / Romanian police / Ukrainian troops
        sec = rng.choice(list(v.sector_nouns))
        n = _noun(v, rng.choice(v.sector_nouns[sec]))
        d = v.word(v.demonym(rng), "JJ", "ADJ")
        d.head, d.dep = n, "amod"
        toks = [d, n]
        if n.xpos == "NN" or rng.random() < 0.3:
            the = v.word("the", "DT", "DET")
            the.head, the.dep = n, "det"
            toks = [the] + toks
        p = Phrase(toks, n)
    else:  # Ukraine's foreign minister / Poland's army
        c = _name(v, rng.choice(v.countries), "GPE", head_first=False)
        s = v.word("'s", "POS", "PART", "'s")
        s.head, s.dep = c.head, "case"
        sec = rng.choice(["GOV", "MIL", "COP", "LEG", "JUD"])
        n = _noun(v, rng.choice(v.sector_nouns[sec]))
        c.head.head, c.head.dep = n, "nmod:poss"
        toks = c.toks + [s]
        if sec == "GOV" and n.lemma == "minister" and rng.random() < 0.6:
            a = v.word(rng.choice(["foreign", "defence", "interior", "prime"]), "JJ", "ADJ")
            a.head, a.dep = n, "amod"
            toks.append(a)
        p = Phrase(toks + [n], n)
    if allow_coord and rng.random() < 0.12:
        q = np(v, rng, allow_coord=False)
        cc = v.word("and", "CC", "CCONJ")
        cc.head, cc.dep = q.head, "cc"
        q.head.head, q.head.dep = p.head, "conj"
        p = Phrase(p.toks + [cc] + q.toks, p.head)
    return p


def _pp(v: Vocab, case: str, obj: Phrase, dep: str, head: Tok) -> list[Tok]:
    c = v.word(case, "IN", "ADP")
    c.head, c.dep = obj.head, "case"
    obj.head.head, obj.head.dep = head, dep
    return [c] + obj.toks


def _time(v: Vocab, rng: random.Random, head: Tok) -> list[Tok]:
    r = rng.random()
    if r < 0.5:
        d = v.word(rng.choice(DAYS), "NNP", "PROPN")
        on = v.word("on", "IN", "ADP")
        on.head, on.dep = d, "case"
        d.head, d.dep = head, "obl"
        return [on, d]
    if r < 0.7:
        y = v.word("yesterday", "NN", "NOUN")
        y.head, y.dep = head, "obl:unmarked"
        return [y]
    last = v.word("last", "JJ", "ADJ")
    w = _noun(v, rng.choice(["week", "month"]), plural=False)
    last.head, last.dep = w, "amod"
    w.head, w.dep = head, "obl:unmarked"
    return [last, w]


def _object(v: Vocab, rng: random.Random, verb: str, head: Tok) -> list[Tok]:
    nouns = v.objects.get(verb)
    if nouns and rng.random() < 0.6:
        n = _noun(v, rng.choice(nouns))
        toks = [n]
        if rng.random() < 0.4:
            d = v.word(v.demonym(rng), "JJ", "ADJ")
            d.head, d.dep = n, "amod"
            toks = [d, n]
        if n.xpos == "NN":
            the = v.word(rng.choice(["a", "the"]), "DT", "DET")
            the.head, the.dep = n, "det"
            toks = [the] + toks
        n.head, n.dep = head, "obj"
        return toks
    o = np(v, rng)
    o.head.head, o.head.dep = head, "obj"
    return o.toks


def sentence(v: Vocab, rng: random.Random) -> list[Tok]:
    """One random news-lead sentence as gold tokens (``head`` = Tok or None for the root): 60 % from the
    2026-12 constructions (``sentence2``), the rest from the original templates (``sentence1``)."""
    while True:
        out = sentence2(v, rng) if rng.random() < 0.6 else sentence1(v, rng)
        if not out[-2].form.endswith("."):  # "to U.S.." would not tokenise as the gold words
            return out


def sentence1(v: Vocab, rng: random.Random) -> list[Tok]:
    """The original templates (simple clause, passive, aux, control; "…, Z said"; "According to Z, …")."""
    verb = rng.choice(v.verbs)
    subj = np(v, rng)
    t = rng.random()
    out: list[Tok]
    if t < 0.14:  # passive: O was/were V-ed [by S]
        main = v.verb(verb, "VBN")
        obj = np(v, rng)
        obj.head.head, obj.head.dep = main, "nsubj:pass"
        plural = obj.head.xpos == "NNS" or any(x.dep == "conj" for x in obj.toks)
        aux = v.word("were" if plural else "was", "VBD", "AUX", "be")
        aux.head, aux.dep = main, "aux:pass"
        out = obj.toks + [aux, main]
        if rng.random() < 0.6:
            out += _pp(v, "by", subj, "obl:agent", main)
    else:
        if t < 0.55:
            main = v.verb(verb, "VBD")
            pre = []
        elif t < 0.65:
            main = v.verb(verb, "VBN")
            plural = subj.head.xpos == "NNS" or any(x.dep == "conj" for x in subj.toks)
            aux = v.word("have" if plural else "has", "VBP" if plural else "VBZ", "AUX", "have")
            aux.head, aux.dep = main, "aux"
            pre = [aux]
        elif t < 0.75:
            main = v.verb(verb, "VB")
            aux = v.word("will", "MD", "AUX", "will")
            aux.head, aux.dep = main, "aux"
            pre = [aux]
        elif t < 0.82:
            main = v.verb(verb, "VB")
            aux = v.word("did", "VBD", "AUX", "do")
            neg = v.word("not", "RB", "PART", "not")
            aux.head, aux.dep, neg.head, neg.dep = main, "aux", main, "advmod"
            pre = [aux, neg]
        else:  # control: S threatened/agreed/... to V
            ctl = v.verb(rng.choice([c for c in CONTROL if "VBD" in v.vforms.get(c, {})]), "VBD")
            main = v.verb(verb, "VB")
            to = v.word("to", "TO", "PART", "to")
            to.head, to.dep = main, "mark"
            main.head, main.dep = ctl, "xcomp"
            subj.head.head, subj.head.dep = ctl, "nsubj"
            out = subj.toks + [ctl, to, main]
            out += _object(v, rng, verb, main)
            main = ctl  # time and report attach to the control verb
            pre = None
        if pre is not None:
            subj.head.head, subj.head.dep = main, "nsubj"
            out = subj.toks + pre + [main] + _object(v, rng, verb, main if not pre or pre[-1].dep != "mark" else main)
            if rng.random() < 0.35:
                out += _pp(v, rng.choice(RECIP_CASE), np(v, rng, allow_coord=False), "obl", main)
    if rng.random() < 0.2:
        out += _pp(v, "in", _name(v, rng.choice(v.capitals), "GPE"), "obl", main)
    if rng.random() < 0.45:
        out += _time(v, rng, main)
    r = rng.random()
    if r < 0.15:  # "…, Z said."
        say = v.verb(rng.choice([w for w in SAY if "VBD" in v.vforms.get(w, {})]), "VBD")
        comma = v.word(",", ",", "PUNCT")
        sp = np(v, rng, allow_coord=False)
        sp.head.head, sp.head.dep = say, "nsubj"
        root = _root_of(out)
        root.head, root.dep = say, "ccomp"
        comma.head, comma.dep = root, "punct"
        say.head, say.dep = None, "root"
        out += [comma] + sp.toks + [say]
        top = say
    elif r < 0.25:  # "According to Z, …"
        src = np(v, rng, allow_coord=False)
        acc = v.word("According", "VBG", "VERB", "accord")
        to = v.word("to", "IN", "ADP", "to")
        acc.head, acc.dep, to.head, to.dep = src.head, "case", acc, "fixed"
        root = _root_of(out)
        src.head.head, src.head.dep = root, "obl"
        comma = v.word(",", ",", "PUNCT")
        comma.head, comma.dep = src.head, "punct"
        _lower_first(out)
        out = [acc, to] + src.toks + [comma] + out
        top = root
    else:
        top = _root_of(out)
    dot = v.word(".", ".", "PUNCT")
    dot.head, dot.dep = top, "punct"
    out.append(dot)
    if out[0].form[:1].islower():
        out[0].form = out[0].form[:1].upper() + out[0].form[1:]
    return out


def _root_of(toks: list[Tok]) -> Tok:
    roots = [t for t in toks if t.head is None]
    assert len(roots) == 1, [t.form for t in roots]
    roots[0].dep = "root"
    return roots[0]


def synth_docs(vocab, n_sentences: int, seed: int = 0, per_doc: int = 5):
    """``n_sentences`` random sentences as spaCy Docs of ``per_doc`` sentences each (gold tags, morphology,
    lemmas, UD heads/deprels, sentence starts, NER IOB)."""
    from spacy.tokens import Doc

    v = Vocab()
    rng = random.Random(seed)
    docs, batch = [], []
    for k in range(n_sentences):
        batch.append(sentence(v, rng))
        if len(batch) == per_doc or k == n_sentences - 1:
            toks = [t for s in batch for t in s]
            index = {id(t): i for i, t in enumerate(toks)}
            heads = [index[id(t.head)] if t.head is not None else i for i, t in enumerate(toks)]
            starts = [j == 0 for s in batch for j in range(len(s))]
            ents, prev = [], ""
            for t in toks:
                if not t.ent:
                    ents.append("O")
                else:
                    ents.append(("I-" if prev == t.ent and ents and ents[-1] != "O" else "B-") + t.ent)
                prev = t.ent
            spaces = []
            for s in batch:
                for j, t in enumerate(s):
                    nxt = s[j + 1] if j + 1 < len(s) else None
                    spaces.append(nxt is None or (nxt.form not in (",", ".", "'s") and t.xpos != "HYPH"
                                                  and nxt.xpos != "HYPH"))
            docs.append(Doc(vocab, words=[t.form for t in toks], spaces=spaces, tags=[t.xpos for t in toks],
                            pos=[t.upos for t in toks], morphs=[t.feats if t.feats else "_" for t in toks],
                            lemmas=[t.lemma for t in toks], heads=heads, deps=[t.dep for t in toks],
                            sent_starts=starts, ents=ents))
            batch = []
    return docs


# ---------------------------------------------------------------------------------------------------------
# 2026-12 constructions (frequent news-lead patterns the 2026-11-30 model parsed wrongly). GUM conventions,
# checked on GUM train: "the United States" = det + "United" VERB/NNP amod + "States" head (GUM annotates
# United so 132 times); "Great Britain", "European Union": ADJ/NNP amod; "Security Council": compound;
# hyphenated premodifiers: left word compound (NOUN/ADJ/PROPN) or amod (ADJ before a NOUN: "long-range") or
# nummod (NUM) on the right word, HYPH punct on the left word, right word amod (VERB VBN/ADJ) or compound
# (NOUN) on the head; name particles (von, der, bin, al) flat on the first name, a hyphen inside a name is
# punct on the following word; titles nmod:desc on the name; subjunctive "demanded that X resign" =
# mark + VB with Mood=Sub (as GUM); "at least 20 people" = at case → least nmod → 20 nummod → people;
# gerund elaboration ", killing …" = advcl; reduced relative "sanctions imposed by the EU" = acl + obl:agent.

#: Multi-word names used with "the" (label, article).
MW_NAMES = [(["United", "States"], "GPE", True), (["United", "Kingdom"], "GPE", True),
            (["Great", "Britain"], "GPE", False), (["European", "Union"], "ORG", True),
            (["Security", "Council"], "ORG", True), (["UN", "Security", "Council"], "ORG", True),
            (["United", "Nations"], "ORG", True), (["United", "Arab", "Emirates"], "GPE", True),
            (["European", "Commission"], "ORG", True), (["Soviet", "Union"], "GPE", True),
            (["Czech", "Republic"], "GPE", True), (["White", "House"], "ORG", True),
            (["African", "Union"], "ORG", True), (["Arab", "League"], "ORG", True),
            (["World", "Bank"], "ORG", True), (["International", "Monetary", "Fund"], "ORG", True),
            (["Gaza", "Strip"], "GPE", True), (["West", "Bank"], "GPE", True),
            (["Foreign", "Ministry"], "ORG", True), (["Defence", "Ministry"], "ORG", True),
            (["Interior", "Ministry"], "ORG", True), (["State", "Department"], "ORG", True),
            (["European", "Parliament"], "ORG", True), (["Red", "Cross"], "ORG", True),
            (["Islamic", "Republic"], "GPE", True), (["Kremlin"], "ORG", True), (["Pentagon"], "ORG", True),
            (["Netherlands"], "GPE", True), (["Philippines"], "GPE", True)]
MW_FREQUENT = 9  # the first nine are drawn half of the time
ORG_TITLES = [(["European", "Commission"], ["President"]), (["NATO"], ["Secretary", "General"]),
              (["Defence"], ["Secretary"]), (["Foreign"], ["Secretary"]), (["Home"], ["Secretary"]),
              (["Interior"], ["Minister"]), (["Finance"], ["Minister"]), (["State"], ["Secretary"]),
              (["Opposition"], ["Leader"]), (["Army"], ["Chief"]), (["European", "Council"], ["President"]),
              (["Supreme"], ["Leader"]), (["Vice"], ["President"]), (["Deputy"], ["Prime", "Minister"])]
HONORIFICS = [["Sheikh"], ["Emir"], ["King"], ["Crown", "Prince"], ["Prince"], ["Ayatollah"], ["General"],
              ["Colonel"], ["Archbishop"], ["Judge"]]
FIRST = ["Ursula", "Hamad", "Khalifa", "Mohammed", "Ahmed", "Ali", "Hassan", "Omar", "Jean", "Pedro", "Luis",
         "Ana", "Maria", "Tom", "Peter", "Frank", "Walter", "Carlos", "Abdel", "Salman", "Tamim", "Fatah", "Ibrahim",
         "Karl", "Hans", "Joao", "Mahmoud", "Yusuf", "Nabil", "Hugo", "Klaus", "Anna", "Sergei", "Viktor"]
PARTICLE_SURNAMES = [["von", "der", "Leyen"], ["von", "Berg"], ["van", "der", "Meer"], ["van", "Dijk"],
                     ["de", "la", "Cruz"], ["de", "Souza"], ["da", "Silva"], ["dos", "Santos"],
                     ["bin", "Khalifa", "al", "-", "Thani"], ["bin", "Salman"], ["bin", "Zayed", "al", "-", "Nahyan"],
                     ["al", "-", "Assad"], ["al", "-", "Sadr"], ["el", "-", "Sisi"], ["al", "-", "Hakim"],
                     ["Abu", "Mazen"], ["ibn", "Rashid"], ["Abdel", "Fattah", "el", "-", "Sisi"],
                     ["le", "Pen"], ["di", "Maio"], ["Frank", "-", "Walter", "Stein"], ["Kovacs"], ["King"],
                     ["Ozturk"], ["Petrov"], ["Haddad"], ["Mansour"], ["Nowak"]]
#: (left, left UPOS/XPOS, VBN form, lemma) for "war-torn", "Russian-made", "Kremlin-backed" …
HY_VBN = [("war", "NOUN", "NN", "torn", "tear"), ("conflict", "NOUN", "NN", "hit", "hit"),
          ("rebel", "NOUN", "NN", "held", "hold"), ("Kremlin", "PROPN", "NNP", "backed", "back"),
          ("Iran", "PROPN", "NNP", "backed", "back"), ("Russian", "ADJ", "JJ", "made", "make"),
          ("Iranian", "ADJ", "JJ", "made", "make"), ("Chinese", "ADJ", "JJ", "built", "build"),
          ("US", "PROPN", "NNP", "led", "lead"), ("Saudi", "ADJ", "JJ", "led", "lead"),
          ("Western", "ADJ", "JJ", "backed", "back"), ("state", "NOUN", "NN", "owned", "own"),
          ("government", "NOUN", "NN", "controlled", "control"), ("drought", "NOUN", "NN", "stricken", "strike"),
          ("Moscow", "PROPN", "NNP", "backed", "back"), ("EU", "PROPN", "NNP", "brokered", "broker"),
          ("Turkish", "ADJ", "JJ", "made", "make"), ("army", "NOUN", "NN", "backed", "back"),
          ("French", "ADJ", "JJ", "built", "build"), ("Hamas", "PROPN", "NNP", "run", "run")]
HY_VBN_HEADS = {"torn": "GPE", "hit": "GPE", "stricken": "GPE", "made": "weapon", "built": "weapon",
                "held": "group", "backed": "group", "led": "group", "owned": "org", "controlled": "org",
                "brokered": "deal", "run": "org"}
WEAPONS = ["rockets", "drones", "missiles", "tanks", "weapons", "warplanes", "artillery", "rifles"]
GROUPS = ["forces", "militia", "coalition", "government", "separatists", "rebels", "militias", "fighters",
          "authorities", "troops"]
ORGS_N = ["media", "company", "television", "newspaper", "broadcaster", "bank"]
DEALS = ["ceasefire", "truce", "deal", "agreement", "talks"]
#: ("long", "range") → ADJ amod + NOUN compound; NUM + NOUN compound
HY_ADJ_NOUN = [("long", "range"), ("short", "range"), ("high", "level"), ("large", "scale"), ("full", "scale"),
               ("cross", "border"), ("long", "term"), ("high", "profile"), ("low", "level"), ("top", "level")]
HY_ADJ_HEADS = {"range": WEAPONS[:4], "level": ["talks", "meeting", "delegation", "officials", "visit"],
                "scale": ["attack", "invasion", "offensive", "protests"], "border": ["raids", "attacks", "strikes"],
                "term": ["deal", "loan", "agreement", "strategy"], "profile": ["visit", "trial", "meeting"]}
HY_NUM = [("two", "day"), ("three", "year"), ("five", "point"), ("10", "year"), ("three", "day"),
          ("20", "year"), ("12", "point"), ("two", "week"), ("six", "month")]
HY_NUM_HEADS = {"day": ["visit", "truce", "summit", "strike"], "year": ["sentence", "deal", "ban", "term"],
                "point": ["plan", "proposal"], "week": ["ceasefire", "visit"], "month": ["ban", "truce"]}
HY_PREFIX = [("anti", "tank", "NOUN", ["weapons", "missiles", "mines"]),
             ("anti", "aircraft", "NOUN", ["missiles", "guns", "systems"]),
             ("anti", "government", "NOUN", ["protesters", "protests", "rebels", "demonstrations"]),
             ("anti", "war", "NOUN", ["protests", "protesters", "activists"]),
             ("anti", "corruption", "NOUN", ["campaign", "protests", "agency"]),
             ("pro", "government", "NOUN", ["militias", "forces", "supporters", "demonstrators"]),
             ("pro", "Russian", "ADJ", ["party", "separatists", "candidate", "rebels", "politicians"]),
             ("pro", "Western", "ADJ", ["government", "opposition", "parties", "candidate"]),
             ("pro", "EU", "PROPN", ["opposition", "parties", "protesters", "government"]),
             ("anti", "Western", "ADJ", ["rhetoric", "protests", "parties"]),
             ("pro", "democracy", "NOUN", ["activists", "protesters", "movement"]),
             ("anti", "terrorism", "NOUN", ["law", "operation", "police"])]
#: (lemma, VBD, VBN, VBG) for verbs GUM lacks or the tagger often mistakes
VFORMS = {"pledge": ("pledged", "pledged", "pledging"), "vow": ("vowed", "vowed", "vowing"),
          "voice": ("voiced", "voiced", "voicing"), "seek": ("sought", "sought", "seeking"),
          "torture": ("tortured", "tortured", "torturing"), "shell": ("shelled", "shelled", "shelling"),
          "insist": ("insisted", "insisted", "insisting"), "urge": ("urged", "urged", "urging"),
          "demand": ("demanded", "demanded", "demanding"), "impose": ("imposed", "imposed", "imposing"),
          "broker": ("brokered", "brokered", "brokering"), "kill": ("killed", "killed", "killing"),
          "wound": ("wounded", "wounded", "wounding"), "injure": ("injured", "injured", "injuring"),
          "extradite": ("extradited", "extradited", "extraditing"), "hand": ("handed", "handed", "handing"),
          "deploy": ("deployed", "deployed", "deploying"), "draft": ("drafted", "drafted", "drafting"),
          "propose": ("proposed", "proposed", "proposing"), "announce": ("announced", "announced", "announcing"),
          "negotiate": ("negotiated", "negotiated", "negotiating"), "prompt": ("prompted", "prompted", "prompting"),
          "accuse": ("accused", "accused", "accusing"), "call": ("called", "called", "calling"),
          "shoot": ("shot", "shot", "shooting"), "bomb": ("bombed", "bombed", "bombing"),
          "detain": ("detained", "detained", "detaining"), "arrest": ("arrested", "arrested", "arresting"),
          "supply": ("supplied", "supplied", "supplying"), "sell": ("sold", "sold", "selling"),
          "send": ("sent", "sent", "sending"), "deliver": ("delivered", "delivered", "delivering"),
          "provide": ("provided", "provided", "providing"), "return": ("returned", "returned", "returning"),
          "transfer": ("transferred", "transferred", "transferring"), "leave": ("left", "left", "leaving"),
          "force": ("forced", "forced", "forcing"), "reject": ("rejected", "rejected", "rejecting"),
          "criticize": ("criticized", "criticized", "criticizing"), "welcome": ("welcomed", "welcomed", "welcoming"),
          "condemn": ("condemned", "condemned", "condemning"), "lift": ("lifted", "lifted", "lifting"),
          "endorse": ("endorsed", "endorsed", "endorsing"), "accept": ("accepted", "accepted", "accepting"),
          "attack": ("attacked", "attacked", "attacking"), "strike": ("struck", "struck", "striking"),
          "raid": ("raided", "raided", "raiding"), "target": ("targeted", "targeted", "targeting"),
          "recommend": ("recommended", "recommended", "recommending"), "ask": ("asked", "asked", "asking"),
          "release": ("released", "released", "releasing"), "resign": ("resigned", "resigned", "resigning"),
          "withdraw": ("withdrew", "withdrawn", "withdrawing"), "hold": ("held", "held", "holding"),
          "free": ("freed", "freed", "freeing"), "halt": ("halted", "halted", "halting"),
          "end": ("ended", "ended", "ending"), "stop": ("stopped", "stopped", "stopping"),
          "open": ("opened", "opened", "opening"), "tell": ("told", "told", "telling")}
SUBJ_FEATS = "Mood=Sub|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
TRANSFER = [("send", ["troops", "weapons", "aid", "advisers", "warships", "fighter jets"]),
            ("supply", ["weapons", "arms", "fuel", "ammunition", "missiles"]),
            ("deliver", ["aid", "weapons", "tanks", "vaccines", "grain"]),
            ("sell", ["missiles", "arms", "drones", "gas", "oil", "warplanes"]),
            ("hand", ["suspects", "prisoners", "the suspects", "the documents", "control"]),
            ("return", ["prisoners", "the bodies", "the hostages", "territory"]),
            ("extradite", ["suspects", "the suspects", "the men", "militants"]),
            ("provide", ["aid", "loans", "assistance", "intelligence", "support"]),
            ("transfer", ["prisoners", "funds", "detainees", "weapons"]),
            ("release", ["prisoners", "hostages", "detainees"])]
CONTROL2 = ["promise", "offer", "threaten", "pledge", "vow", "agree", "refuse", "seek", "decide", "plan"]
THAT_VERBS = ["demand", "insist", "urge", "propose", "ask", "recommend"]
SUBJ_VERBS = [("resign", None), ("withdraw", ["troops", "forces"]), ("release", ["prisoners", "hostages"]),
              ("halt", ["attacks", "strikes", "construction"]), ("end", ["the blockade", "the occupation"]),
              ("hold", ["elections", "talks", "a referendum"]), ("free", ["the detainees", "journalists"]),
              ("stop", ["the shelling", "arms sales"]), ("open", ["the border", "talks", "an inquiry"])]
VIOLENT = [("shell", ["villages", "positions", "the city", "residential areas"]),
           ("attack", ["a checkpoint", "a convoy", "a market", "a police station", "a base"]),
           ("bomb", ["a hospital", "a school", "bridges", "a bridge", "positions"]),
           ("strike", ["targets", "a convoy", "military sites", "a base"]),
           ("raid", ["villages", "a camp", "homes", "offices"]),
           ("target", ["civilians", "a convoy", "power plants"])]
ELAB_VICTIMS = ["people", "civilians", "soldiers", "policemen", "children", "fighters", "militants"]
RELATIVE = [("sanctions", "impose", "on"), ("plan", "propose", None), ("ceasefire", "broker", None),
            ("resolution", "draft", None), ("deal", "negotiate", None), ("measures", "announce", None),
            ("troops", "deploy", "in"), ("aid", "send", "to"), ("weapons", "supply", "to"),
            ("proposal", "propose", None), ("truce", "broker", None), ("restrictions", "impose", "on")]
REACT = ["reject", "criticize", "welcome", "condemn", "accept", "endorse", "lift"]
TAGGER_VERBS = ["pledge", "vow", "voice", "seek", "torture", "shell", "insist"]


def _vf(v: Vocab, lemma: str, xpos: str) -> Tok:
    """A verb token: GUM's form if GUM has this lemma/XPOS, else the VFORMS table."""
    if lemma in VFORMS and xpos in ("VBD", "VBN", "VBG"):
        form = VFORMS[lemma][("VBD", "VBN", "VBG").index(xpos)]
    elif xpos == "VB":
        form = lemma
    else:
        form = v.vforms.get(lemma, {}).get(xpos) or lemma
    t = v.word(form, xpos, "VERB", lemma)
    t.lemma, t.upos = lemma, "VERB"
    return t


def _att(t: Tok, head: Tok, dep: str) -> Tok:
    t.head, t.dep = head, dep
    return t


def _modword(v: Vocab, w: str) -> tuple[Tok, str]:
    """A capitalised name modifier analysed as GUM: (token, dep) — ADJ/VERB → amod, else compound."""
    a = v.ana.get((w.lower(), "NNP"))
    up = a[1] if a else "PROPN"
    t = v.word(w, "NNP", up if up in ("ADJ", "VERB", "PROPN") else "PROPN")
    if w == "United":
        t.upos, t.lemma = "VERB", "unite"
    return t, ("amod" if t.upos in ("ADJ", "VERB") else "compound")


def mw_name(v: Vocab, rng: random.Random, with_article=True) -> Phrase:
    """"the United States", "Great Britain", "the Security Council" …"""
    words, label, art = rng.choice(MW_NAMES[:MW_FREQUENT] if rng.random() < 0.5 else MW_NAMES)
    toks = []
    for w in words[:-1]:
        t, dep = _modword(v, w)
        toks.append(t)
    xp = "NNPS" if words[-1].endswith("s") and words[-1] not in ("Cross",) else "NNP"
    head = v.word(words[-1], xp, "PROPN")
    head.upos = "PROPN"
    for t in toks:
        t.head, t.dep = head, _modword(v, t.form)[1]
    toks.append(head)
    for t in toks:
        t.ent = label
    if art and with_article:
        the = _att(v.word("the", "DT", "DET"), head, "det")
        toks = [the] + toks
    return Phrase(toks, head)


def place(v: Vocab, rng: random.Random) -> Phrase:
    """A country/organisation as object of a preposition: multi-word name or gazetteer country."""
    if rng.random() < 0.5:
        return mw_name(v, rng)
    return _name(v, rng.choice(v.countries), "GPE", head_first=False)


def particle_name(v: Vocab, rng: random.Random) -> Phrase:
    words = [rng.choice(FIRST)] + rng.choice(PARTICLE_SURNAMES)
    toks = [v.word(w, "HYPH" if w == "-" else "NNP", "PUNCT" if w == "-" else "PROPN", w) for w in words]
    for i, t in enumerate(toks):
        if t.form == "-":
            t.upos, t.head, t.dep = "PUNCT", toks[i + 1], "punct"
        else:
            t.upos, t.ent = "PROPN", "PERSON"
            if i:
                t.head, t.dep = toks[0], "flat"
    return Phrase(toks, toks[0])


def person(v: Vocab, rng: random.Random) -> Phrase:
    return particle_name(v, rng) if rng.random() < 0.5 else _name(v, rng.choice(v.people), "PERSON")


def titled_person(v: Vocab, rng: random.Random) -> Phrase:
    """"British Defence Secretary Tom King", "European Commission President Ursula von der Leyen", "Sheikh …"."""
    p = person(v, rng)
    r = rng.random()
    if r < 0.55:
        org, title = rng.choice(ORG_TITLES)
        tt = [v.word(w, "NNP", "PROPN", w) for w in title]
        for t in tt:
            t.upos = "PROPN"
        for t in tt[:-1]:
            t.head, t.dep = tt[-1], "compound"
        ot = []
        for w in org:
            t, dep = _modword(v, w)
            ot.append(t)
        for t in ot[:-1]:
            t.head, t.dep = ot[-1], _modword(v, t.form)[1]
        ot[-1].head, ot[-1].dep = tt[-1], _modword(v, ot[-1].form)[1] if len(org) == 1 else "compound"
        if len(org) > 1:
            for t in ot:
                t.ent = "ORG"
        pre = ot + tt
        if rng.random() < 0.35:
            d = _att(v.word(v.demonym(rng), "JJ", "ADJ"), ot[-1] if len(org) > 1 else tt[-1], "amod")
            pre = [d] + pre
        tt[-1].head, tt[-1].dep = p.head, "nmod:desc"
        return Phrase(pre + p.toks, p.head)
    title = rng.choice(HONORIFICS + v.titles)
    tt = [v.word(w, "NNP", "PROPN", w) for w in title]
    for t in tt:
        t.upos = "PROPN"
    for t in tt[:-1]:
        t.head, t.dep = tt[-1], "compound"
    tt[-1].head, tt[-1].dep = p.head, "nmod:desc"
    return Phrase(tt + p.toks, p.head)


def appos_subject(v: Vocab, rng: random.Random) -> Phrase:
    """"Qatar's emir, Sheikh Hamad bin Khalifa al-Thani," / "Hans Kovacs, the German foreign minister,"."""
    role = _noun(v, rng.choice(["emir", "president", "leader", "king", "envoy", "ambassador", "minister",
                                "spokesman", "prime minister", "foreign minister", "army chief"]).split()[-1],
                 plural=False)
    if rng.random() < 0.5:
        c = _name(v, rng.choice(v.countries), "GPE", head_first=False)
        s = _att(v.word("'s", "POS", "PART", "'s"), c.head, "case")
        c.head.head, c.head.dep = role, "nmod:poss"
        first = c.toks + [s]
    else:
        the = _att(v.word("the", "DT", "DET"), role, "det")
        d = _att(v.word(v.demonym(rng), "JJ", "ADJ"), role, "amod")
        first = [the, d]
    if role.lemma == "minister" and rng.random() < 0.7:
        first.append(_att(v.word(rng.choice(["foreign", "prime", "defence", "interior"]), "JJ", "ADJ"), role, "amod"))
    role_np = Phrase(first + [role], role)
    name = titled_person(v, rng) if rng.random() < 0.4 else person(v, rng)
    c1 = _att(v.word(",", ",", "PUNCT"), None, "punct")
    c2 = _att(v.word(",", ",", "PUNCT"), None, "punct")
    if rng.random() < 0.5:  # role, NAME,
        name.head.head, name.head.dep = role, "appos"
        c1.head = c2.head = name.head
        return Phrase(role_np.toks + [c1] + name.toks + [c2], role)
    role.head, role.dep = name.head, "appos"  # NAME, the role,
    c1.head = c2.head = role
    return Phrase(name.toks + [c1] + role_np.toks + [c2], name.head)


def hyph_np(v: Vocab, rng: random.Random) -> Phrase:
    """"war-torn Mozambique", "Russian-made rockets", "long-range missiles", "anti-tank weapons" …"""
    r = rng.random()
    dash = v.word("-", "HYPH", "PUNCT", "-")
    dash.upos = "PUNCT"
    if r < 0.4:
        lw, lup, lx, form, lemma = rng.choice(HY_VBN)
        left = v.word(lw, lx, lup, lw if lup == "PROPN" else None)
        left.upos = lup
        right = v.word(form, "VBN", "VERB", lemma)
        right.upos, right.lemma = "VERB", lemma
        kind = HY_VBN_HEADS[form]
        if kind == "GPE":
            hp = _name(v, rng.choice(v.countries), "GPE", head_first=False) if rng.random() < 0.7 else \
                Phrase([_noun(v, rng.choice(["region", "areas", "province", "country"]))], None)
            if hp.head is None:
                hp.head = hp.toks[0]
        else:
            lst = {"weapon": WEAPONS, "group": GROUPS, "org": ORGS_N, "deal": DEALS}[kind]
            n = _noun(v, rng.choice(lst), plural=None)
            if n.lemma in ("media", "artillery", "militia", "coalition", "government", "television"):
                n.xpos = "NNS" if n.form == "media" else "NN"
            hp = Phrase([n], n)
        _att(left, right, "compound")
        _att(dash, left, "punct")
        _att(right, hp.head, "amod")
        mods = [left, dash, right]
    elif r < 0.6:
        a, b = rng.choice(HY_ADJ_NOUN)
        left = v.word(a, "JJ", "ADJ")
        right = _noun(v, b, plural=False)
        hn = _noun(v, rng.choice(HY_ADJ_HEADS.get(b, ["talks", "plan"])))
        hp = Phrase([hn], hn)
        _att(left, right, "amod")
        _att(dash, left, "punct")
        _att(right, hn, "compound")
        mods = [left, dash, right]
    elif r < 0.75:
        a, b = rng.choice(HY_NUM)
        left = v.word(a, "CD", "NUM")
        left.upos = "NUM"
        right = _noun(v, b, plural=False)
        hn = _noun(v, rng.choice(HY_NUM_HEADS[b]), plural=False)
        hp = Phrase([hn], hn)
        _att(left, right, "nummod")
        _att(dash, left, "punct")
        _att(right, hn, "compound")
        mods = [left, dash, right]
    else:
        pre, b, bup, heads = rng.choice(HY_PREFIX)
        left = v.word(pre, "JJ", "ADJ", pre)
        left.upos, left.lemma = "ADJ", pre
        if bup == "NOUN":
            right = _noun(v, b, plural=False)
            rdep = "compound"
        elif bup == "ADJ":
            right = v.word(b, "JJ", "ADJ")
            rdep = "amod"
        else:
            right = v.word(b, "NNP", "PROPN", b)
            right.upos = "PROPN"
            rdep = "compound"
        hn = _noun(v, rng.choice(heads))
        hp = Phrase([hn], hn)
        _att(left, right, "compound")
        _att(dash, left, "punct")
        _att(right, hn, rdep)
        mods = [left, dash, right]
    toks = mods + hp.toks
    head = hp.head
    if head.upos != "PROPN":
        if head.xpos == "NN" or rng.random() < 0.4:
            det = "the" if head.xpos == "NNS" or rng.random() < 0.5 else \
                ("an" if mods[0].form[0] in "aeiou" else "a")
            toks = [_att(v.word(det, "DT", "DET"), head, "det")] + toks
        elif rng.random() < 0.4:
            d = v.word(v.demonym(rng), "JJ", "ADJ")
            if mods[0].upos == "NOUN":
                toks = [_att(d, head, "amod")] + toks
    return Phrase(toks, head)


def np2(v: Vocab, rng: random.Random, allow_appos=True) -> Phrase:
    r = rng.random()
    if r < 0.35:
        return mw_name(v, rng)
    if r < 0.6:
        return titled_person(v, rng)
    if r < 0.72 and allow_appos:
        return appos_subject(v, rng)
    return hyph_np(v, rng)


def _subj(v: Vocab, rng: random.Random) -> Phrase:
    return np(v, rng)


def _num_np(v: Vocab, rng: random.Random, nouns: list[str]) -> list[Tok]:
    """"at least 20 people" / "12 civilians" / "dozens of people" (head first in the list is NOT assumed)."""
    n = _noun(v, rng.choice(nouns), plural=True)
    num = _att(v.word(str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 20, 23, 25, 30, 31, 40, 45,
                                        50, 60, 100, 120, 200])) if rng.random() < 0.7 else
                      rng.choice(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]),
                      "CD", "NUM"), n, "nummod")
    num.upos = "NUM"
    toks = [num, n]
    if rng.random() < 0.5:
        at = v.word("at", "IN", "ADP")
        least = v.word("least", "JJS", "ADJ")
        _att(at, least, "case")
        _att(least, num, "nmod")
        toks = [at, least] + toks
    return toks, n


def _np_obj(v: Vocab, rng: random.Random, spec: str) -> Phrase:
    """A simple object from a spec like "the hostages" / "aid" / "fighter jets"."""
    words = spec.split()
    det = None
    if words[0] in ("the", "a", "an"):
        det, words = words[0], words[1:]
    head = _noun(v, words[-1])
    toks = [head]
    for w in words[:-1]:
        toks.insert(-1, _att(_noun(v, w, plural=False), head, "compound"))
    r = rng.random()
    if det is None and r < 0.25 and head.xpos == "NNS":
        nt, _ = _num_np(v, rng, [head.lemma])
        nt = nt[:-1]
        for t in nt:
            if t.upos == "NUM":
                t.head, t.dep = head, "nummod"
        toks = nt + toks
    elif det is None and r < 0.45 and head.xpos == "NNS":
        toks = [_att(v.word(v.demonym(rng), "JJ", "ADJ"), head, "amod")] + toks
    elif det is None and r < 0.55 and head.lemma in ("weapon", "missile", "drone", "tank", "rocket", "troops"):
        return hyph_np(v, rng)
    if det:
        toks = [_att(v.word(det, "DT", "DET"), head, "det")] + toks
    return Phrase(toks, head)


def _finite(v: Vocab, rng: random.Random, lemma: str, subj: Phrase) -> tuple[Tok, list[Tok]]:
    """Main verb + auxiliaries: VBD, has/have VBN, or will VB."""
    r = rng.random()
    if r < 0.7:
        return _vf(v, lemma, "VBD"), []
    if r < 0.88:
        main = _vf(v, lemma, "VBN")
        plural = subj.head.xpos in ("NNS", "NNPS") or any(x.dep == "conj" for x in subj.toks)
        aux = v.word("have" if plural else "has", "VBP" if plural else "VBZ", "AUX", "have")
        return main, [_att(aux, main, "aux")]
    main = _vf(v, lemma, "VB")
    return main, [_att(v.word("will", "MD", "AUX", "will"), main, "aux")]


def _clause(v: Vocab, rng: random.Random) -> tuple[list[Tok], Tok]:
    """A finite clause (no final punctuation): one of the new constructions or an old simple clause."""
    r = rng.random()
    subj = _subj(v, rng)
    if r < 0.2:  # control verb + inner oblique: "X has offered to hand over to Great Britain two suspects"
        ctl, aux = _finite(v, rng, rng.choice(CONTROL2), subj)
        subj.head.head, subj.head.dep = ctl, "nsubj"
        lemma, objs = rng.choice(TRANSFER)
        inner = _vf(v, lemma, "VB")
        to = _att(v.word("to", "TO", "PART", "to"), inner, "mark")
        _att(inner, ctl, "xcomp")
        ext = [inner]
        if lemma == "hand":
            ext.append(_att(v.word("over", "RP", "ADP", "over"), inner, "compound:prt"))
        obj = _np_obj(v, rng, rng.choice(objs))
        obj.head.head, obj.head.dep = inner, "obj"
        pp = _pp(v, "to", place(v, rng), "obl", inner)
        if lemma == "hand" and rng.random() < 0.4:
            ext += pp + obj.toks
        else:
            ext += obj.toks + pp
        return subj.toks + aux + [ctl, to] + ext, ctl
    if r < 0.36:  # "X demanded that Y resign" (subjunctive)
        main, aux = _finite(v, rng, rng.choice(THAT_VERBS), subj)
        if main.xpos == "VB":
            main, aux = _vf(v, main.lemma, "VBD"), []
        subj.head.head, subj.head.dep = main, "nsubj"
        lemma, objs = rng.choice(SUBJ_VERBS)
        inner = _vf(v, lemma, "VB")
        inner.feats = SUBJ_FEATS
        that = _att(v.word("that", "IN", "SCONJ", "that"), inner, "mark")
        that.upos = "SCONJ"
        s2 = np(v, rng, allow_coord=False)
        s2.head.head, s2.head.dep = inner, "nsubj"
        out = subj.toks + aux + [main, that] + s2.toks + [_att(inner, main, "ccomp")]
        if objs:
            o = _np_obj(v, rng, rng.choice(objs))
            o.head.head, o.head.dep = inner, "obj"
            out += o.toks
            if lemma == "withdraw" and rng.random() < 0.6:
                out += _pp(v, "from", place(v, rng), "obl", inner)
        return out, main
    if r < 0.56:  # violent clause + ", killing at least 20 people" / ", demanding …"
        lemma, objs = rng.choice(VIOLENT)
        main, aux = _finite(v, rng, lemma, subj) if rng.random() < 0.5 else (_vf(v, lemma, "VBD"), [])
        subj.head.head, subj.head.dep = main, "nsubj"
        o = _np_obj(v, rng, rng.choice(objs))
        o.head.head, o.head.dep = main, "obj"
        out = subj.toks + aux + [main] + o.toks
        if rng.random() < 0.6:
            loc = place(v, rng) if rng.random() < 0.5 else _name(v, rng.choice(v.capitals), "GPE")
            out += _pp(v, "in", loc, "obl", main)
        if rng.random() < 0.4:
            out += _time(v, rng, main)
        out += _elaboration(v, rng, main)
        return out, main
    if r < 0.72:  # "X rejected the sanctions imposed by the EU on Russia"
        main, aux = _finite(v, rng, rng.choice(REACT), subj)
        subj.head.head, subj.head.dep = main, "nsubj"
        noun, vl, prep = rng.choice(RELATIVE)
        n = _noun(v, noun)
        det = "the" if n.xpos == "NNS" or n.lemma == "aid" or rng.random() < 0.6 else \
            ("an" if noun[0] in "aeiou" else "a")
        toks = [_att(v.word(det, "DT", "DET"), n, "det"), _att(n, main, "obj")]
        part = _att(_vf(v, vl, "VBN"), n, "acl")
        ag = place(v, rng) if rng.random() < 0.6 else np(v, rng, allow_coord=False)
        rel = [part] + _pp(v, "by", ag, "obl:agent", part)
        if prep and rng.random() < 0.6:
            rel += _pp(v, prep, place(v, rng), "obl", part)
        out = subj.toks + aux + [main] + toks + rel
        return out, main
    if r < 0.9:  # verbs the tagger mistakes, as finite main verbs
        lemma = rng.choice(TAGGER_VERBS)
        main, aux = _finite(v, rng, lemma, subj) if rng.random() < 0.4 else (_vf(v, lemma, "VBD"), [])
        subj.head.head, subj.head.dep = main, "nsubj"
        out = subj.toks + aux + [main]
        if lemma in ("pledge", "voice"):
            n = _noun(v, rng.choice(["support", "aid", "help", "solidarity"] if lemma == "pledge"
                                    else ["concern", "support", "opposition", "alarm", "anger"]), plural=False)
            out.append(_att(n, main, "obj"))
            if rng.random() < 0.3:
                out.insert(-1, _att(v.word(rng.choice(["full", "strong", "serious", "deep"]), "JJ", "ADJ"), n, "amod"))
            prep = {"pledge": ["for", "to"], "voice": ["over", "for", "about"]}[lemma]
            p = rng.choice(prep)
            if p == "to" and lemma == "pledge":
                out += _pp(v, "to", place(v, rng), "obl", main)
            else:
                out += _pp(v, p, place(v, rng) if rng.random() < 0.6 else hyph_np(v, rng), "nmod", n)
        elif lemma == "vow":
            n = _noun(v, rng.choice(["revenge", "retaliation", "support", "action"]), plural=False)
            out.append(_att(n, main, "obj"))
        elif lemma == "seek":
            if rng.random() < 0.5:
                n = _noun(v, "talks")
                out.append(_att(n, main, "obj"))
                out += _pp(v, "with", place(v, rng), "nmod", n)
            else:
                n = _noun(v, "asylum", plural=False)
                out.append(_att(n, main, "obj"))
                out += _pp(v, "in", place(v, rng), "obl", main)
        elif lemma in ("torture", "shell"):
            o = _np_obj(v, rng, rng.choice(["detainees", "prisoners", "protesters", "the suspects"] if lemma == "torture"
                                           else ["villages", "positions", "the city", "border towns"]))
            o.head.head, o.head.dep = main, "obj"
            out += o.toks
            if rng.random() < 0.5:
                out += _pp(v, "in", place(v, rng), "obl", main)
        else:  # insist on / insist that
            if rng.random() < 0.5:
                n = _noun(v, rng.choice(["talks", "guarantees", "elections", "compensation"]))
                out += _pp(v, "on", Phrase([n], n), "obl", main)
            else:
                s2 = np(v, rng, allow_coord=False)
                inner = _vf(v, rng.choice(["withdraw", "resign", "release", "halt"]), "VB")
                inner.feats = SUBJ_FEATS
                that = _att(v.word("that", "IN", "SCONJ", "that"), inner, "mark")
                that.upos = "SCONJ"
                s2.head.head, s2.head.dep = inner, "nsubj"
                out += [that] + s2.toks + [_att(inner, main, "ccomp")]
        if rng.random() < 0.35:
            out += _time(v, rng, main)
        return out, main
    toks = sentence1(v, rng)[:-1]  # old simple clause without its period
    root = _root_of(toks)
    return toks, root


def _elaboration(v: Vocab, rng: random.Random, main: Tok) -> list[Tok]:
    comma = v.word(",", ",", "PUNCT")
    r = rng.random()
    if r < 0.55:
        g = _vf(v, rng.choice(["kill", "kill", "wound", "injure"]), "VBG")
        nt, n = _num_np(v, rng, ELAB_VICTIMS)
        _att(n, g, "obj")
        rest = nt
        if rng.random() < 0.3:
            cc = v.word("and", "CC", "CCONJ")
            g2 = _vf(v, rng.choice(["wound", "injure"]), "VBG")
            _att(cc, g2, "cc")
            _att(g2, g, "conj")
            nt2, n2 = _num_np(v, rng, ["others", "people", "civilians"])
            _att(n2, g2, "obj")
            rest = nt + [cc, g2] + nt2
    elif r < 0.75:
        g = _vf(v, "demand", "VBG")
        n = _noun(v, rng.choice(["resignation", "release", "withdrawal", "return"]), plural=False)
        the = _att(v.word("the", "DT", "DET"), n, "det")
        _att(n, g, "obj")
        rest = [the, n] + _pp(v, "of", hyph_np(v, rng) if rng.random() < 0.2 else np(v, rng, allow_coord=False),
                              "nmod", n)
    elif r < 0.9:
        g = _vf(v, "call", "VBG")
        n = _noun(v, rng.choice(["elections", "talks", "sanctions", "calm", "restraint"]))
        rest = _pp(v, "for", Phrase([n], n), "obl", g)
    else:
        g = _vf(v, "prompt", "VBG")
        n = _noun(v, rng.choice(["condemnation", "protests", "criticism"]))
        _att(n, g, "obj")
        rest = [n] + _pp(v, "from", place(v, rng), "nmod", n)
    _att(g, main, "advcl")
    _att(comma, g, "punct")
    return [comma, g] + rest


def _sayer(v: Vocab, rng: random.Random) -> Phrase:
    r = rng.random()
    if r < 0.3:
        n = _noun(v, rng.choice(["ministry", "ministry", "army", "government", "police", "spokesman", "statement"]),
                  plural=False)
        toks = [n]
        if rng.random() < 0.5:
            toks.insert(0, _att(v.word(v.demonym(rng), "JJ", "ADJ"), n, "amod"))
            if n.lemma == "ministry":
                toks.insert(1, _att(v.word(rng.choice(["foreign", "defence", "interior", "health"]), "JJ", "ADJ"),
                                    n, "amod"))
        toks.insert(0, _att(v.word("the" if n.lemma != "spokesman" else "a", "DT", "DET"), n, "det"))
        return Phrase(toks, n)
    if r < 0.45:
        n = _noun(v, rng.choice(["officials", "witnesses", "diplomats", "sources"]))
        return Phrase([n], n)
    if r < 0.55:
        n = _noun(v, "media", plural=True)
        s = _att(_noun(v, "state", plural=False), n, "compound")
        return Phrase([s, n], n)
    if r < 0.65:
        n = _noun(v, "spokesman", plural=False)
        a = _att(v.word("a", "DT", "DET"), n, "det")
        return Phrase([a, n] + _pp(v, "for", place(v, rng), "nmod", n), n)
    return np(v, rng, allow_coord=False)


def sentence2(v: Vocab, rng: random.Random) -> list[Tok]:
    """New constructions, optionally framed by a report ("X said on Friday that …", "…, the ministry said",
    "According to X, …")."""
    out, root = _clause(v, rng)
    r = rng.random()
    if r < 0.18:  # "SAYER said [on DAY] [that] CLAUSE."
        sp = _sayer(v, rng)
        say = _vf(v, rng.choice(["say", "say", "say", "announce", "insist", "warn"]), "VBD")
        sp.head.head, sp.head.dep = say, "nsubj"
        pre = sp.toks + [say]
        if rng.random() < 0.5:
            pre += _time(v, rng, say) if rng.random() < 0.8 else _pp(v, "in", _stmt(v), "obl", say)
        root.head, root.dep = say, "ccomp"
        if rng.random() < 0.75 or say.lemma != "say":
            that = _att(v.word("that", "IN", "SCONJ", "that"), root, "mark")
            that.upos = "SCONJ"
            pre.append(that)
        _lower_first(out)
        out = pre + out
        top = say
    elif r < 0.38:  # "CLAUSE, SAYER said [in a statement]."
        sp = _sayer(v, rng)
        say = _vf(v, rng.choice(["say", "say", "say", "report", "announce", "tell"]), "VBD")
        sp.head.head, sp.head.dep = say, "nsubj"
        comma = _att(v.word(",", ",", "PUNCT"), root, "punct")
        root.head, root.dep = say, "ccomp"
        tail = [comma] + sp.toks + [say]
        if say.lemma == "tell":
            tail.append(_att(_noun(v, "reporters"), say, "obj"))
        elif rng.random() < 0.3:
            tail += _pp(v, "in", _stmt(v), "obl", say)
        out = out + tail
        top = say
    elif r < 0.5:  # "According to SRC, CLAUSE."
        src = _sayer(v, rng)
        acc = v.word("According", "VBG", "VERB", "accord")
        to = v.word("to", "IN", "ADP", "to")
        acc.head, acc.dep, to.head, to.dep = src.head, "case", acc, "fixed"
        src.head.head, src.head.dep = root, "obl"
        comma = _att(v.word(",", ",", "PUNCT"), src.head, "punct")
        _lower_first(out)
        out = [acc, to] + src.toks + [comma] + out
        top = root
    else:
        top = root
    root_toks = [t for t in out if t.head is None]
    for t in root_toks:
        t.dep = "root"
    dot = _att(v.word(".", ".", "PUNCT"), top, "punct")
    out.append(dot)
    if out[0].form[:1].islower():
        out[0].form = out[0].form[:1].upper() + out[0].form[1:]
    return out


def _stmt(v: Vocab) -> Phrase:
    n = _noun(v, "statement", plural=False)
    return Phrase([_att(v.word("a", "DT", "DET"), n, "det"), n], n)


def _lower_first(out: list[Tok]) -> None:
    """Lower-case a sentence-initial common word when something is put in front of it."""
    t = out[0]
    if t.form[:1].isupper() and t.lemma[:1].islower() and t.xpos not in ("NNP", "NNPS", "JJ") \
            and not t.form.isupper():
        t.form = t.form.lower()


if __name__ == "__main__":  # print a sample
    import sys

    import spacy

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for d in synth_docs(spacy.blank("en").vocab, int(sys.argv[1]) if len(sys.argv) > 1 else 10, seed=1):
        for s in d.sents:
            print(s.text)
            print("   ", " ".join(f"{t.i - s.start}:{t.text}/{t.pos_}/{t.dep_}>{t.head.i - s.start}" for t in s))
