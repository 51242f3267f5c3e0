"""Per-class scores for factuality, attribution and event time on gold items (``gold/README.md`` format).

Events are matched with :func:`cronica.evaluate.events.match_item` (same type, overlapping actor
countries), then — because a denial coded under the wrong event type is still a denial coded as a fact —
the remaining gold events are paired with remaining predictions of the same item that share a party
country (actors ∪ recipients), or, failing that, when exactly one of each is left (:func:`match_loose`).
``matched`` counts the first kind, ``matched_loose`` the second, ``gold_events`` all gold events. On all
pairs we report, over gold events that state the field:

* ``aux_mode``: accuracy overall and per gold class (``fact`` stands for null), and the share of gold
  negated or hypothetical events coded as plain direct facts (``unreal_as_fact``, the field's worst error);
* ``evidentiality``: accuracy overall and per class (direct, reported, alleged);
* ``attribution``: exact list equality (outermost first), names compared without case, extra spaces or a
  leading article (:func:`cronica.evaluate.events.same_attribution`);
* ``date``: exact date equality, per gold ``date_precision``; ``date_explicit`` is the accuracy where the
  text has its own time expression (gold precision day/month/year).

Rules and metrics are Cronica's own (issue: "Never code a denial, a hypothesis or a rumour as a fact").
"""
from __future__ import annotations

from collections import defaultdict

from .events import _keys, _pred_codes, match_item, predict, same_attribution


def _acc(right: int, total: int) -> float | None:
    return round(right / total, 4) if total else None


def match_loose(gold: list[dict], pred: list[dict], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair the gold and predicted events of one item that :func:`match_item` left unmatched.

    Args:
        gold: gold events; pred: predicted record dicts; taken: ``(gold_index, pred_index)`` already paired.
    Returns:
        ``[(gold_index, pred_index)]``: first pairs sharing a party country (actors ∪ recipients, most shared
        first), then the single leftover gold event with the single leftover prediction.
    """
    free_g = [i for i in range(len(gold)) if i not in {g for g, _ in taken}]
    free_p = [i for i in range(len(pred)) if i not in {p for _, p in taken}]
    parties_g = {i: _keys(gold[i].get("actors", []) + gold[i].get("recipients", [])) for i in free_g}
    parties_p = {i: _keys(_pred_codes(pred[i]["actors"]) + _pred_codes(pred[i]["recipients"])) for i in free_p}
    cands = sorted(((len(parties_g[g] & parties_p[p]), -g, -p) for g in free_g for p in free_p
                    if parties_g[g] & parties_p[p]), reverse=True)
    out: list[tuple[int, int]] = []
    for _, g, p in cands:
        g, p = -g, -p
        if g in free_g and p in free_p:
            out.append((g, p))
            free_g.remove(g)
            free_p.remove(p)
    if len(free_g) == 1 and len(free_p) == 1:
        out.append((free_g[0], free_p[0]))
    return out


def score_factuality(items: list[dict], predictions: list[list[dict]]) -> dict:
    """Score matched events' factuality, attribution and dates.

    Args:
        items: gold items; predictions: per item, the predicted record dicts (same order).
    Returns:
        ``{"gold_events", "matched", "matched_loose", "aux_mode": {"accuracy", "n", "per_class": {cls:
        {"accuracy", "n"}}, "unreal_as_fact", "unreal_n"},
        "evidentiality": {...}, "attribution_exact": {"accuracy", "n"}, "date": {"accuracy", "n",
        "per_precision": {...}}, "date_explicit": {"accuracy", "n"}}``.
    """
    tallies: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    unreal = [0, 0]
    matched = loose = n_gold = 0
    for item, preds in zip(items, predictions):
        n_gold += len(item["events"])
        strict = [(gi, pi) for gi, pi, _ in match_item(item["events"], preds)]
        extra = match_loose(item["events"], preds, strict)
        matched += len(strict)
        loose += len(extra)
        for gi, pi in strict + extra:
            g, p = item["events"][gi], preds[pi]
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
                tallies["attribution"]["all"][0] += same_attribution(g["attribution"], p["attribution"])
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
        "gold_events": n_gold,
        "matched": matched,
        "matched_loose": loose,
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
