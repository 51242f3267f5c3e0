"""Pairwise precision/recall of event deduplication on the gold corpus.

Usage: .venv/bin/python benchmarks/dedup_eval.py [tests/data/dedup/articles.jsonl] [--errors]
Prints article/cluster counts and P/R/F1 of "same event" over article pairs, for the main-mention
rule and the any-mention rule (see cronica.store.dedup_eval).
"""
import sys
from pathlib import Path

from cronica.store.dedup_eval import evaluate

args = [a for a in sys.argv[1:] if not a.startswith("--")]
path = args[0] if args else str(Path(__file__).resolve().parent.parent / "tests/data/dedup/articles.jsonl")
res = evaluate(path)
print(f"articles {res['articles']}  gold events {res['gold_events']}  mentions {res['mentions']}  "
      f"clusters {res['clusters']}")
for k in ("main", "any"):
    m = res[k]
    print(f"{k:5s} pairwise precision {m['precision']:.3f}  recall {m['recall']:.3f}  F1 {m['f1']:.3f}  "
          f"(tp {m['tp']}, predicted {m['predicted']}, gold {m['gold']})")
if "--errors" in sys.argv:
    for e in res["errors"]:
        print(*e)
