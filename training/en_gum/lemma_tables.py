"""Build models/en_lemma_tables/lookups.bin: spaCy's English rule-lemmatiser tables for nouns, verbs, adjectives and
adverbs, read by :mod:`cronica.analyse.lemmas` (the ``cronica_lemmas`` component).

Usage (from the repository root, venv active; needs ``pip install spacy-lookups-data==1.0.5`` at build time only —
Cronica itself reads the written file)::

    python training/en_gum/lemma_tables.py            # writes models/en_lemma_tables/lookups.bin

Source: spacy-lookups-data 1.0.5 (MIT, © ExplosionAI GmbH), tables ``lemma_index``, ``lemma_exc`` and
``lemma_rules`` for English; only the ``noun``, ``verb``, ``adj`` and ``adv`` parts are kept (the ``punct`` rules
are not used). Exit status 1 with a one-line message when the package is missing.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "models" / "en_lemma_tables"
POS = ("noun", "verb", "adj", "adv")


def main() -> int:
    try:
        from spacy.lookups import Lookups, load_lookups

        source = load_lookups("en", ["lemma_rules", "lemma_exc", "lemma_index"])
    except (ImportError, ValueError) as exc:
        print(f"lemma_tables.py: spacy-lookups-data is not installed ({exc}); "
              "run: pip install spacy-lookups-data==1.0.5", file=sys.stderr)
        return 1
    out = Lookups()
    for name in ("lemma_rules", "lemma_exc", "lemma_index"):
        table = source.get_table(name)
        out.add_table(name, {pos: table[pos] for pos in POS if pos in table})
    OUT.mkdir(parents=True, exist_ok=True)
    out.to_disk(OUT)
    index = out.get_table("lemma_index")
    print(f"wrote {OUT / 'lookups.bin'}: " + ", ".join(f"{pos} {len(index[pos])} lemmas" for pos in POS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
