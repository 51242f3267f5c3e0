"""Per-class scores for factuality, attribution and event time on gold items (``gold/README.md`` format).

Events are matched with :func:`cronica.evaluate.events.match_item` (same type, overlapping actor
countries); on the matched pairs we report, over gold events that state the field:

* ``aux_mode``: accuracy overall and per gold class (``fact`` stands for null), and the share of gold
  negated or hypothetical events coded as plain direct facts (``unreal_as_fact``, the field's worst error);
* ``evidentiality``: accuracy overall and per class (direct, reported, alleged);
* ``attribution``: exact list equality (outermost first);
* ``date``: exact date equality, per gold ``date_precision``; ``date_explicit`` is the accuracy where the
  text has its own time expression (gold precision day/month/year).

Rules and metrics are Cronica's own (issue: "Never code a denial, a hypothesis or a rumour as a fact").
"""
from __future__ import annotations

from collections import defaultdict

from .events import match_item, predict


def _acc(right: int, total: int) -> float | None:
    return round(right / total, 4) if total else None


def score_factuality(items: list[dict], predictions: list[list[dict]]) -> dict:
    """Score matched events' factuality, attribution and dates.

    Args:
        items: gold items; predictions: per item, the predicted record dicts (same order).
    Returns:
        ``{"matched", "aux_mode": {"accuracy", "n", "per_class": {cls: {"accuracy", "n"}}, "unreal_as_fact"},
        "evidentiality": {...}, "attribution_exact": {"accuracy", "n"}, "date": {"accuracy", "n",
        "per_precision": {...}}, "date_explicit": {"accuracy", "n"}}``.
    """
    tallies: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    unreal = [0, 0]
    matched = 0
    for item, preds in zip(items, predictions):
        for gi, pi, _ in match_item(item["events"], preds):
            g, p = item["events"][gi], preds[pi]
            matched += 1
            f = p["factuality"]
            if "aux_mode" in g:
                cls = g["aux_mode"] or "fact"
                ok = g["aux_mode"] == f["aux_mode"]
                for key in ("all", cls):
                    tallies["aux_mode"][key][0] += ok
                    tallies["aux_mode"][key][1] += 1
                if g["aux_mode"] in ("negation", "hypothetical"):
                    unreal[1] += 1
                    unreal[0] += f["aux_mode"] is None and f["evidentiality"] == "direct"
            if "evidentiality" in g:
                ok = g["evidentiality"] == f["evidentiality"]
                for key in ("all", g["evidentiality"]):
                    tallies["evidentiality"][key][0] += ok
                    tallies["evidentiality"][key][1] += 1
            if "attribution" in g:
                tallies["attribution"]["all"][0] += g["attribution"] == p["attribution"]
                tallies["attribution"]["all"][1] += 1
            if "date" in g:
                ok = g["date"] == p["date"]
                prec = g.get("date_precision") or "?"
                for key in ("all", prec) + (("explicit",) if prec in ("day", "month", "year") else ()):
                    tallies["date"][key][0] += ok
                    tallies["date"][key][1] += 1

    def block(name: str) -> dict:
        t = tallies[name]
        return {"accuracy": _acc(*t["all"]), "n": t["all"][1],
                "per_class": {k: {"accuracy": _acc(*v), "n": v[1]} for k, v in sorted(t.items()) if k != "all"}}

    dates = tallies["date"]
    return {
        "matched": matched,
        "aux_mode": {**block("aux_mode"), "unreal_as_fact": _acc(*unreal), "unreal_n": unreal[1]},
        "evidentiality": block("evidentiality"),
        "attribution_exact": {"accuracy": _acc(*tallies["attribution"]["all"]), "n": tallies["attribution"]["all"][1]},
        "date": {"accuracy": _acc(*dates["all"]), "n": dates["all"][1],
                 "per_precision": {k: {"accuracy": _acc(*v), "n": v[1]} for k, v in sorted(dates.items())
                                   if k not in ("all", "explicit")}},
        "date_explicit": {"accuracy": _acc(*dates["explicit"]), "n": dates["explicit"][1]},
    }


def evaluate_factuality(items: list[dict]) -> dict:
    """Code ``items`` with the real pipeline and score them with :func:`score_factuality`."""
    return score_factuality(items, predict(items))
