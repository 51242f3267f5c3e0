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
    """(form, xpos) → most frequent (lemma, upos, feats); lemma → {xpos: most frequent form}; xpos → feats —
    counted over the GUM **train** documents only (`gum_conllu.split_ids("train")`), so nothing of GUM dev or
    test reaches the synthetic sentences. (Until 2026-11-30 all splits were read; the shipped model was trained
    with that version, so its GUM test score may be very slightly optimistic — only word-form analyses, no
    sentences, were taken.)"""
    import glob
    from pathlib import Path

    from gum_conllu import GUM_DIR, split_ids  # noqa: E402

    train = set(split_ids("train"))

    by_form: dict[tuple[str, str], Counter] = defaultdict(Counter)
    forms: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    feats_of: dict[str, Counter] = defaultdict(Counter)
    for f in sorted(glob.glob(str(GUM_DIR / "dep" / "*.conllu"))):
        if Path(f).stem not in train:
            continue
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
    """A random actor noun phrase with its gold analysis."""
    kind = rng.random()
    if kind < 0.07:  # a surname alone ("Medvedev")
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
    """One random news-lead sentence as gold tokens (``head`` = Tok or None for the root)."""
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
        if out[0].form[:1].isupper() and out[0].upos not in ("PROPN",):
            out[0].form = out[0].form.lower()
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
                    spaces.append(nxt is not None and nxt.form not in (",", ".", "'s") or nxt is None)
            docs.append(Doc(vocab, words=[t.form for t in toks], spaces=spaces, tags=[t.xpos for t in toks],
                            pos=[t.upos for t in toks], morphs=[t.feats if t.feats else "_" for t in toks],
                            lemmas=[t.lemma for t in toks], heads=heads, deps=[t.dep for t in toks],
                            sent_starts=starts, ents=ents))
            batch = []
    return docs


if __name__ == "__main__":  # print a sample
    import sys

    import spacy

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for d in synth_docs(spacy.blank("en").vocab, int(sys.argv[1]) if len(sys.argv) > 1 else 10, seed=1):
        for s in d.sents:
            print(s.text)
            print("   ", " ".join(f"{t.i - s.start}:{t.text}/{t.pos_}/{t.dep_}>{t.head.i - s.start}" for t in s))
