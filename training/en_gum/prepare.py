"""Build spaCy DocBin corpora from UD English-GUM (V11.1.0) for the en_ud_gum pipeline.

Inputs : /work/shared/data/ud/en_gum/dep/*.conllu and splits.json (read-only).
Outputs: training/corpus/train.spacy and training/corpus/dev.spacy (git-ignored).

Only documents of the genres whose text licence permits a redistributable model
are used (news, interview, academic, court, bio, voyage; see GUM LICENSE.txt and
/work/shared/data/ud/en_gum/README.md). Each output Doc holds up to 10 consecutive
sentences of one document with gold words/spaces, XPOS (tag_), UPOS (pos_), FEATS
(morph), LEMMA, basic HEAD/DEPREL, sentence starts and NER spans derived from the
GUM Entity= annotation (rules in gum_conllu.py).

``--synthetic N`` adds N generated news-lead sentences with gold trees to train only (synth_news.py).

Usage: python training/en_gum/prepare.py [--out training/corpus] [--synthetic N]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from gum_conllu import ALLOWED_GENRES, load_docs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "corpus"))
    ap.add_argument("--synthetic", type=int, default=0,
                    help="add N synthetic news-lead sentences (synth_news.py) to the training corpus")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    for split, name in (("train", "train"), ("dev", "dev")):
        docs = load_docs(nlp.vocab, split, ALLOWED_GENRES)
        if split == "train" and args.synthetic:
            from synth_news import synth_docs

            docs += synth_docs(nlp.vocab, args.synthetic, seed=0)
        labels = Counter(e.label_ for d in docs for e in d.ents)
        n_sents = sum(1 for d in docs for _ in d.sents)
        n_tok = sum(len(d) for d in docs)
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
        print(f"{name}: {len(docs)} docs, {n_sents} sentences, {n_tok} tokens, ents {dict(labels)}")


if __name__ == "__main__":
    main()
