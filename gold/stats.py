"""Print count tables for the Cronica gold sets (gold/*.jsonl).

Usage: python gold/stats.py [GOLD_DIR]
Input: the JSON Lines files {events,factuality}_{ro,en}_{dev,test}.jsonl of gold/README.md.
Output (stdout, Markdown tables): items/events per file; events per PLOVER type per language and
split; aux modes, evidentiality and date precision per file; phenomenon tags per language and split.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
FILES = [f"{k}_{l}_{s}" for k in ("events", "factuality") for l in ("ro", "en") for s in ("dev", "test")]


def load(gold: Path) -> dict[str, list[dict]]:
    return {n: [json.loads(x) for x in (gold / f"{n}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
            for n in FILES}


def table(title: str, cols: list[str], rows: list[tuple[str, list]]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join([""] + cols) + " |")
    print("|" + "---|" * (len(cols) + 1))
    for name, vals in rows:
        print("| " + " | ".join([name] + [str(v) for v in vals]) + " |")


def main(gold: Path) -> None:
    data = load(gold)
    table("Items and events per file", ["items", "non-event items", "events", "multi-event items"],
          [(n, [len(its), sum(1 for i in its if not i["events"]), sum(len(i["events"]) for i in its),
                sum(1 for i in its if len(i["events"]) > 1)]) for n, its in data.items()])
    for kind in ("events", "factuality"):
        names = [n for n in FILES if n.startswith(kind)]
        counts = {n: Counter(e["event_type"] for i in data[n] for e in i["events"]) for n in names}
        table(f"{kind}: events per PLOVER type", [n.split("_", 1)[1] for n in names],
              [(t, [counts[n][t] for n in names]) for t in TYPES])
    for field, vals in (("aux_mode", [None, "negation", "hypothetical", "future", "historical"]),
                        ("evidentiality", ["direct", "reported", "alleged"]),
                        ("date_precision", ["day", "month", "year", "publication", "unknown", "(absent)"])):
        rows = []
        for n in FILES:
            c = Counter(e.get(field, "(absent)") for i in data[n] for e in i["events"])
            rows.append((n, [c[v] for v in vals]))
        table(f"{field} per file", [str(v) for v in vals], rows)
    extra = []
    for n in FILES:
        evs = [e for i in data[n] for e in i["events"]]
        extra.append((n, [sum(1 for e in evs if len(e.get("attribution", [])) >= 2),
                          sum(1 for e in evs if e.get("quote_speaker")),
                          sum(1 for e in evs if e["actors"] == []),
                          sum(1 for e in evs if len(e["actors"]) > 1)]))
    table("Attribution chains, quotes, empty and compound actor lists (events)",
          ["chain (>=2 sources)", "quoted", "actors []", "compound actors"], extra)
    for kind in ("events", "factuality"):
        names = [n for n in FILES if n.startswith(kind)]
        tags = {n: Counter(t for i in data[n] for t in i["tags"]) for n in names}
        alltags = sorted(set().union(*tags.values()), key=lambda t: (-sum(tags[n][t] for n in names), t))
        table(f"{kind}: items per tag", [n.split("_", 1)[1] for n in names],
              [(t, [tags[n][t] for n in names]) for t in alltags if sum(tags[n][t] for n in names) >= 4])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
