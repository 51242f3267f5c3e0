"""Check predicate-lexicon rows against a real parse of their own example.

Usage::

    python training/lexicon/check_lemmas.py ro            # parses with spaCy ro_legal_fl
    python training/lexicon/check_lemmas.py en            # pattern well-formedness only
    python training/lexicon/check_lemmas.py en --model training/output/en_ud_gum/model-best

Input: ``src/cronica/lang/<lang>/predicates.tsv`` (columns pattern, cameo, frame, source,
example). For each row the example (minus a trailing ``[note: ...]``) is parsed and the
row is reported when

* ``HEAD``: no token has the HEAD lemma (lowercased comparison);
* ``POS``: a token has the HEAD lemma but none with the pattern's POS (VERB/NOUN/ADJ;
  AUX counts as VERB);
* ``PLUS``: a ``+LEMMA`` is absent from the parse, or present but not a child/grandchild
  of any HEAD token (the extractor's matching window, see the brief of predicates.tsv).

Without a model (English by default) only the pattern grammar is checked.
Output: one line per problem, then a summary line ``checked N rows, M with problems``.
Exit status 0 always (this is a report, not a gate; tests/test_lexicons.py is the gate).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAT_ITEM = re.compile(r"^[^\s/+]+(/(VERB|NOUN|ADJ))?$")
NOTE = re.compile(r"\s*\[note:.*\]\s*$")


def parse_pattern(pattern: str) -> tuple[tuple[str, str], list[tuple[str, str]]]:
    """Split ``HEAD[/POS] [+LEMMA[/POS] ...]`` into ((head, pos), [(lemma, pos), ...]).

    Raises ValueError on a malformed pattern. POS defaults to VERB for the head and to
    ``""`` (any) for ``+`` items.
    """
    parts = pattern.split()
    if not parts or parts[0].startswith("+") or not PAT_ITEM.match(parts[0]):
        raise ValueError(f"bad head in {pattern!r}")
    head, _, hpos = parts[0].partition("/")
    plus = []
    for p in parts[1:]:
        if not p.startswith("+") or not PAT_ITEM.match(p[1:]):
            raise ValueError(f"bad item {p!r} in {pattern!r}")
        lem, _, pos = p[1:].partition("/")
        plus.append((lem, pos))
    return (head, hpos or "VERB"), plus


def read_rows(lang: str) -> list[dict]:
    """Read the lexicon rows (comment lines skipped) of ``lang`` as dicts."""
    path = ROOT / "src" / "cronica" / "lang" / lang / "predicates.tsv"
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def check_row(doc, head: tuple[str, str], plus: list[tuple[str, str]],
              classes: dict[str, set[str]] | None = None) -> list[str]:
    """Return the problems of one row given the parsed example ``doc``; ``%name`` heads and items stand for the
    lemmas of word class ``name`` in ``classes`` (``grammar.yaml: word_classes``)."""
    classes = classes or {}

    def words(lem: str) -> set[str]:
        return set(classes.get(lem[1:], ())) if lem.startswith("%") else {lem}

    hlem, hpos = head
    cands = [t for t in doc if t.lemma_.lower() in words(hlem)]
    if not cands:
        lem = [f"{t.text}->{t.lemma_}/{t.pos_}" for t in doc if not t.is_punct]
        return [f"HEAD {hlem!r} not in parse: {' '.join(lem)}"]
    ok_pos = {"VERB": {"VERB", "AUX"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ"}}[hpos]
    good = [t for t in cands if t.pos_ in ok_pos]
    problems = []
    if not good:
        problems.append(f"POS {hlem!r} is {','.join(t.pos_ for t in cands)}, pattern says {hpos}")
        good = cands
    for lem, _pos in plus:
        near = False
        for h in good:
            window = list(h.children) + [g for c in h.children for g in c.children]
            if any(w.lemma_.lower() in words(lem) for w in window):
                near = True
                break
        if not near:
            where = [t for t in doc if t.lemma_.lower() in words(lem)]
            if where:
                t = where[0]
                problems.append(f"PLUS {lem!r} present ({t.text}, dep={t.dep_}, head={t.head.text}) but not within 2 levels of {hlem!r}")
            else:
                problems.append(f"PLUS {lem!r} not in parse")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lang", choices=["ro", "en"])
    ap.add_argument("--model", help="spaCy model name or path (default: ro_legal_fl for ro, none for en)")
    args = ap.parse_args(argv)
    rows = read_rows(args.lang)
    model = args.model or ("ro_legal_fl" if args.lang == "ro" else None)
    nlp = None
    if model:
        import spacy
        nlp = spacy.load(model)
    import yaml

    grammar = yaml.safe_load((ROOT / "src" / "cronica" / "lang" / args.lang / "grammar.yaml").read_text("utf-8"))
    classes = {k: {str(w).lower() for w in v} for k, v in (grammar.get("word_classes") or {}).items()}
    bad = 0
    for i, r in enumerate(rows, 1):
        try:
            head, plus = parse_pattern(r["pattern"])
        except ValueError as e:
            print(f"row {i}: GRAMMAR {e}")
            bad += 1
            continue
        if nlp is None:
            continue
        text = NOTE.sub("", r["example"])
        probs = check_row(nlp(text), head, plus, classes)
        if probs:
            bad += 1
            for p in probs:
                print(f"row {i} [{r['pattern']}] {p}  || {text}")
    print(f"checked {len(rows)} rows, {bad} with problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
