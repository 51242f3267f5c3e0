"""Held-out accuracy of Cronica's two UD pipelines (Romanian ro_legal_fl, English en_ud_gum).

Usage (from /work/main, venv active):
    python benchmarks/parser_accuracy.py            # full test sets (a few minutes on 1 core)
    python benchmarks/parser_accuracy.py --limit 200   # first 200 sentences of each set
    python benchmarks/parser_accuracy.py --lang en     # only one language (ro|en|both)
    python benchmarks/parser_accuracy.py --lang en --model models/en_ud_gum_cand   # another English model
(--limit takes sentences in document order; GUM test starts with academic docs, so for
small N the English "allowed" and "all genres" rows cover the same sentences.)
Full run: about 80 s on one CPU core. Exit status 1 with a one-line message on bad input.

What is measured (printed as one table, percentages):
  * Romanian ``ro_legal_fl`` on UD Romanian-RRT test (/work/shared/data/ud/ro_rrt):
    UPOS, XPOS, lemma accuracy, UAS, LAS.
  * Romanian ``ro_legal_fl`` NER on RONEC v2 test (/work/shared/data/ner/ronec_v2):
    micro P/R/F1 over exact token spans. Label mapping: identity — the pipeline's NER
    labels are the RONEC v2 classes (plus LEGAL, which RONEC lacks; LEGAL predictions
    are dropped). Two rows: all 15 RONEC classes, and the core classes
    PERSON/ORG/GPE/LOC/EVENT only (gold and predictions restricted to them).
  * English ``models/en_ud_gum`` (or ``$CRONICA_MODELS/en_ud_gum``, or the folder given with ``--model``, to
    score a candidate model) on UD English-GUM test docs (/work/shared/data/ud/en_gum):
    (a) licence-allowed genres only (news, interview, academic, court, bio, voyage —
    the genres it was trained on), (b) all test docs. NER gold is derived from GUM
    Entity= annotation with the same rules as training (training/en_gum/gum_conllu.py):
    person→PERSON, place→GPE, organization→ORG, event→EVENT, named mentions only.
    A second row per set adds the dictionary lemmas Cronica runs on top of the model
    (``lang/en/pipeline.yaml: lemma_tables``, :mod:`cronica.analyse.lemmas`).

Method: every sentence is a separate Doc built from the GOLD words and spaces
(no tokenisation errors), then the full pipeline runs on it (``nlp.pipe(docs)``).
UAS = head correct; LAS = head and universal deprel correct (subtype after ':' is
ignored and 'ROOT'=='root', as in the CoNLL 2018 shared-task eval script);
LAS-full also requires the subtype. Punctuation tokens are included in UAS/LAS, as
in the official UD evaluation. UPOS/XPOS/lemma: exact string match per token.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "en_gum"))

from gum_conllu import (  # noqa: E402
    ALLOWED_GENRES, GUM_DIR, Sentence, genre_of, named_entities, read_sentences, split_ids)

RRT_TEST = Path("/work/shared/data/ud/ro_rrt/ro_rrt-ud-test.conllu")
RONEC_TEST = Path("/work/shared/data/ner/ronec_v2/test.json")
EN_MODEL = Path(os.environ["CRONICA_MODELS"]) / "en_ud_gum" if os.environ.get("CRONICA_MODELS") else ROOT / "models" / "en_ud_gum"
RO_CORE = {"PERSON", "ORG", "GPE", "LOC", "EVENT"}


@dataclass
class Counts:
    sents: int = 0
    tokens: int = 0
    upos: int = 0
    xpos: int = 0
    lemma: int = 0
    uas: int = 0
    las: int = 0
    las_full: int = 0
    ner_tp: int = 0
    ner_pred: int = 0
    ner_gold: int = 0
    has_syntax: bool = False
    has_ner: bool = False

    def pct(self, n: int) -> float:
        return 100.0 * n / self.tokens if self.tokens else 0.0

    def ner_prf(self) -> tuple[float, float, float]:
        p = self.ner_tp / self.ner_pred if self.ner_pred else 0.0
        r = self.ner_tp / self.ner_gold if self.ner_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


def _udrel(label: str) -> str:
    return label.lower().split(":")[0]


def _gold_doc(vocab, words, spaces):
    from spacy.tokens import Doc
    return Doc(vocab, words=words, spaces=spaces)


def score_syntax(nlp, sents: list[Sentence], gold_ents, counts: Counts,
                 keep_labels: set[str] | None = None) -> None:
    """Run ``nlp`` on gold-tokenised sentences; add UPOS/XPOS/lemma/UAS/LAS (and NER
    when ``gold_ents`` is given: per sentence list of (start, end_excl, label)) to counts."""
    counts.has_syntax = True
    docs = (_gold_doc(nlp.vocab, s.words, s.spaces) for s in sents)
    for k, (s, doc) in enumerate(zip(sents, nlp.pipe(docs, batch_size=64))):
        counts.sents += 1
        for i, tok in enumerate(doc):
            counts.tokens += 1
            counts.upos += tok.pos_ == s.upos[i]
            counts.xpos += tok.tag_ == s.xpos[i]
            counts.lemma += tok.lemma_ == s.lemmas[i]
            if tok.head.i == s.heads[i]:
                counts.uas += 1
                counts.las += _udrel(tok.dep_) == _udrel(s.deps[i])
                counts.las_full += tok.dep_.lower() == s.deps[i].lower()
        if gold_ents is not None:
            _score_ner(doc, gold_ents[k], counts, keep_labels)


def _score_ner(doc, gold: list[tuple[int, int, str]], counts: Counts,
               keep_labels: set[str] | None) -> None:
    counts.has_ner = True
    pred = {(e.start, e.end, e.label_) for e in doc.ents}
    gold_set = set(gold)
    if keep_labels is not None:
        pred = {x for x in pred if x[2] in keep_labels}
        gold_set = {x for x in gold_set if x[2] in keep_labels}
    counts.ner_tp += len(pred & gold_set)
    counts.ner_pred += len(pred)
    counts.ner_gold += len(gold_set)


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO2 tags → exact spans (start, end_excl, label); a stray I- starts a new span."""
    spans, start, label = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("I-") and label == t[2:]:
            continue
        if label is not None:
            spans.append((start, i, label))
            start, label = None, None
        if t != "O":
            start, label = i, t[2:]
    return spans


def eval_romanian(limit: int | None) -> list[tuple[str, Counts]]:
    import spacy
    nlp = spacy.load("ro_legal_fl")
    rows = []
    sents = read_sentences(RRT_TEST)[:limit]
    c = Counts()
    score_syntax(nlp, sents, None, c)
    rows.append(("ro_legal_fl | UD RRT test", c))

    data = json.loads(RONEC_TEST.read_text(encoding="utf-8"))[:limit]
    gold_labels = {t[2:] for ex in data for t in ex["ner_tags"] if t != "O"}
    c_all, c_core = Counts(), Counts()
    docs = (_gold_doc(nlp.vocab, ex["tokens"], ex["space_after"]) for ex in data)
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for ex, doc in zip(data, nlp.pipe(docs, batch_size=64)):
            gold = bio_to_spans(ex["ner_tags"])
            for c in (c_all, c_core):
                c.sents += 1
                c.tokens += len(doc)
            _score_ner(doc, gold, c_all, gold_labels)
            _score_ner(doc, gold, c_core, RO_CORE)
    rows.append(("ro_legal_fl | RONEC v2 test, all 15 classes", c_all))
    rows.append(("ro_legal_fl | RONEC v2 test, PER/ORG/GPE/LOC/EVENT", c_core))
    return rows


def eval_english(limit: int | None, model: Path = EN_MODEL) -> list[tuple[str, Counts]]:
    import spacy
    from cronica.analyse import add_dictionary_lemmas

    nlp = spacy.load(model)
    with_lemmas = spacy.load(model)
    add_dictionary_lemmas(with_lemmas, "en")  # as Cronica runs it (lang/en/pipeline.yaml lemma_tables)
    rows = []
    for name, genres in (("allowed genres", ALLOWED_GENRES), ("all genres", None)):
        sents: list[Sentence] = []
        ents: list = []
        for doc_id in split_ids("test"):
            if genres is not None and genre_of(doc_id) not in genres:
                continue
            s = read_sentences(GUM_DIR / "dep" / f"{doc_id}.conllu")
            sents += s
            ents += named_entities(s)
        c = Counts()
        score_syntax(nlp, sents[:limit], ents[:limit], c)
        rows.append((f"en_ud_gum   | GUM test, {name}", c))
        if "cronica_lemmas" in with_lemmas.pipe_names:
            c = Counts()
            score_syntax(with_lemmas, sents[:limit], ents[:limit], c)
            rows.append((f"  + dictionary lemmas | GUM test, {name}", c))
    return rows


def print_table(rows: list[tuple[str, Counts]]) -> None:
    hdr = f"{'pipeline | data':52} {'sents':>6} {'tokens':>7} {'UPOS':>6} {'XPOS':>6} {'Lemma':>6} " \
          f"{'UAS':>6} {'LAS':>6} {'LASfull':>7} {'NER_P':>6} {'NER_R':>6} {'NER_F1':>6} {'ents':>6}"
    print(hdr)
    print("-" * len(hdr))
    for name, c in rows:
        syn = (f"{c.pct(c.upos):6.1f} {c.pct(c.xpos):6.1f} {c.pct(c.lemma):6.1f} "
               f"{c.pct(c.uas):6.1f} {c.pct(c.las):6.1f} {c.pct(c.las_full):7.1f}"
               if c.has_syntax else f"{'-':>6} {'-':>6} {'-':>6} {'-':>6} {'-':>6} {'-':>7}")
        if c.has_ner:
            p, r, f = c.ner_prf()
            ner = f"{p:6.1f} {r:6.1f} {f:6.1f} {c.ner_gold:6d}"
        else:
            ner = f"{'-':>6} {'-':>6} {'-':>6} {'-':>6}"
        print(f"{name:52} {c.sents:6d} {c.tokens:7d} {syn} {ner}")


def main() -> None:
    ap = argparse.ArgumentParser(description="Held-out UPOS/LAS/UAS/NER scores of the UD pipelines.")
    ap.add_argument("--limit", type=int, default=None,
                    help="use only the first N sentences of each test set (quick run)")
    ap.add_argument("--lang", choices=["ro", "en", "both"], default="both")
    ap.add_argument("--model", type=Path, default=EN_MODEL,
                    help=f"English pipeline folder to score (default {EN_MODEL})")
    args = ap.parse_args()
    if args.limit is not None and args.limit <= 0:
        sys.exit(f"parser_accuracy: --limit must be a positive number of sentences, got {args.limit}")
    import spacy  # noqa: F401  (spaCy installs its own warning filters on import; ours go after)

    # ro_legal_fl's attribute_ruler has an empty matcher: harmless W036 on every doc
    warnings.filterwarnings("ignore", message=r".*\[W036\]")
    t0 = time.time()
    rows = []
    if args.lang in ("ro", "both"):
        rows += eval_romanian(args.limit)
    if args.lang in ("en", "both"):
        if not (args.model / "meta.json").exists():
            sys.exit(f"parser_accuracy: no English model at {args.model}; run training/en_gum/train.sh")
        rows += eval_english(args.limit, args.model)
    print_table(rows)
    print(f"\nGold tokenisation; LAS = head + universal deprel (CoNLL 2018 style), LASfull = with "
          f"subtypes; punctuation included. NER = micro P/R/F1 over exact spans; 'ents' = gold "
          f"spans. Time {time.time() - t0:.0f} s.")


if __name__ == "__main__":
    main()
