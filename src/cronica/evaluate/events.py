"""Score Cronica's event coder against gold items (``gold/README.md`` format).

Pipeline: :func:`load_gold_file` (or :func:`cronica.evaluate.plover_gsr.load_gsr`) → :func:`predict`
(runs :func:`cronica.pipeline.code_articles` on each item's text) → :func:`score` (matching + metrics) →
:func:`render_table` or ``json.dumps``.

**Country keys.** An actor code is compared at the country level: its first three letters (``"ROUGOV"`` →
``"ROU"``); an IGO code counts as itself (``"IGOEUREEC"``). A bare gold ``"IGO"`` (the PLOVER GSR does not
name the organisation) is matched by any predicted IGO code, and by a predicted NGO code (the GSR codes
Amnesty International and the Red Cross as ``IGO``, CAMEO as ``NGOAMN``, ``NGOIRC``). Predicted actors
without a code (unresolved named entities) have no key. Gold events marked ``"symmetric": true`` (all parties
listed as actors, no recipients) are compared on the union of actors and recipients on both sides; so is a
prediction that lists every party of a gold actor → recipient event as actors (a reciprocal event coded as one
actor list, "X și Y au semnat un acord", which is how Cronica codes compound reciprocal actors).

**Matching.** Within one item, a predicted event *matches* a gold event when the event types are equal and
the actor country sets overlap or are both empty. Pairs are assigned greedily one-to-one, best first:
full matches (type + actor countries + recipient countries equal) before actor-only, recipient-only and
overlap-only matches, larger overlaps first, then text order.

**Metrics** (keys of :func:`score`'s result): see :func:`score`. The rules are Cronica's own (this module);
who-did-what-to-whom is scored at the country level because gold sets such as the PLOVER GSR code
sectors inconsistently, and full codes are reported separately (``gold/README.md``).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError

NONE = "NONE"
"""Confusion-table label: no prediction (column) or no gold event (row)."""


# ----------------------------------------------------------------------------------------------- gold

def load_gold_file(path: str | Path, split: str | None = None) -> list[dict]:
    """Read a gold file in the project's gold format (JSON Lines, one item per line).

    Args:
        path: the ``.jsonl`` file.
        split: when given and some items carry a ``split`` field, keep the items whose ``split`` equals it;
            ignored for files without ``split`` fields.
    Returns:
        items (dicts with at least ``id``, ``text``, ``events``; ``lang``/``published`` optional) in file
        order; blank lines and ``#`` comment lines are skipped.
    Raises:
        InputError: missing/unreadable file, a line that is not a JSON object, a missing or wrongly typed
            field, a bad ``published`` date, duplicate ids, or a split value no item has
            (messages name ``path:line``).
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{p}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read gold file: {getattr(exc, 'strerror', None) or exc}") from None
    items: list[dict] = []
    ids: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{p}:{n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})") from None
        _check_item(item, where)
        item.setdefault("id", f"{p.name}:{n}")
        if item["id"] in ids:
            raise InputError(f"{where}: duplicate id {item['id']!r}")
        ids.add(item["id"])
        items.append(item)
    if not items:
        raise InputError(f"{p}: gold file has no items")
    if split is not None and any("split" in it for it in items):
        kept = [it for it in items if it.get("split") == split]
        if not kept:
            have = sorted({str(it.get("split")) for it in items})
            raise InputError(f"{p}: unknown split {split!r} (the file has: {', '.join(have)})")
        items = kept
    return items


def _check_item(item: Any, where: str) -> None:
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(item).__name__}")
    if not isinstance(item.get("text"), str) or not item["text"].strip():
        raise InputError(f"{where}: missing or empty 'text'")
    if not isinstance(item.get("events"), list):
        raise InputError(f"{where}: 'events' must be a list (use [] for a non-event item)")
    if "id" in item and not isinstance(item["id"], str):
        raise InputError(f"{where}: 'id' must be a string")
    if item.get("lang") is not None and not isinstance(item["lang"], str):
        raise InputError(f"{where}: 'lang' must be a string")
    if item.get("published") is not None:
        try:
            date.fromisoformat(item["published"])
        except (TypeError, ValueError):
            raise InputError(f"{where}: 'published' must be YYYY-MM-DD, got {item['published']!r}") from None
    for k, ev in enumerate(item["events"]):
        if not isinstance(ev, dict) or not isinstance(ev.get("event_type"), str):
            raise InputError(f"{where}: event {k} needs an 'event_type' string")
        for role in ("actors", "recipients"):
            v = ev.get(role, [])
            if not isinstance(v, list) or not all(isinstance(c, str) for c in v):
                raise InputError(f"{where}: event {k} '{role}' must be a list of actor code strings")


# ----------------------------------------------------------------------------------------- prediction

def predict(items: list[dict], batch_size: int = 32) -> list[list[dict]]:
    """Code every gold item's text with the real pipeline.

    Args:
        items: gold items (``text``; ``lang`` — detected when absent; ``published`` ISO date; ``id``).
        batch_size: articles per spaCy batch.
    Returns:
        one list of event record dicts (:meth:`cronica.record.EventRecord.to_dict`) per item, in order.
    Raises:
        UnsupportedLanguage, CronicaError: from the pipeline (unsupported language, missing model).
    """
    from ..pipeline import code_articles
    from ..record import Article

    arts = [Article(text=it["text"], lang=it.get("lang"), doc_id=it.get("id"),
                    published=date.fromisoformat(it["published"]) if it.get("published") else None,
                    source=it.get("id")) for it in items]
    return [[r.to_dict() for r in recs] for _, recs in code_articles(arts, batch_size=batch_size)]


# ------------------------------------------------------------------------------------------ matching

def country_key(code: str | None) -> str | None:
    """Country-level key of a CAMEO actor code: first 3 letters; an IGO code as itself; ``None`` → ``None``."""
    if not code:
        return None
    code = code.strip().upper()
    return code if code.startswith("IGO") else code[:3]


def _keys(codes: Iterable[str | None]) -> frozenset[str]:
    return frozenset(k for k in (country_key(c) for c in codes) if k)


def _align(pred: frozenset[str], gold: frozenset[str]) -> frozenset[str]:
    """Let a bare gold ``IGO`` stand for any predicted IGO or NGO key the gold does not name itself.

    The PLOVER GSR codes transnational non-governmental bodies as a bare ``IGO`` ("Amnesty International",
    "Red Cross" in records DEMAND-0025, SANCTION-0005), where the CAMEO manual's organisation table (section
    "Organization Code") codes them ``NGOAMN``/``NGOHRIAMN`` and ``NGOIRC``/``NGOHLHIRC``; so a predicted NGO
    key also stands for a bare gold ``IGO`` unless the gold lists an ``NGO`` of its own.
    """
    if "IGO" not in gold:
        return pred
    return frozenset("IGO" if (k.startswith("IGO") or k == "NGO") and k not in gold else k for k in pred)


def _pred_codes(actors: list[dict]) -> list[str | None]:
    return [a.get("code") or a.get("country") for a in actors]


class _Pair:
    """Comparison of one gold event with one predicted event (country level and full codes)."""

    def __init__(self, g: dict, p: dict):
        ga, gr = _keys(g.get("actors", [])), _keys(g.get("recipients", []))
        pa, pr = _keys(_pred_codes(p["actors"])), _keys(_pred_codes(p["recipients"]))
        gca = frozenset(c.upper() for c in g.get("actors", []))
        gcr = frozenset(c.upper() for c in g.get("recipients", []))
        pca = frozenset(c.upper() for c in _pred_codes(p["actors"]) if c)
        pcr = frozenset(c.upper() for c in _pred_codes(p["recipients"]) if c)
        # a reciprocal event ("X și Y au semnat", "X and Y met") may be coded as one actor list or as
        # actor → recipient; both forms are the same event, so a prediction with all parties as actors
        # is compared on the union of the gold parties
        # (two parties of one country — "M23 rebels and the Congolese army traded fire" — count by their codes)
        reciprocal = not pr and len(pca) >= 2 and bool(gr) and pa == _align(ga | gr, ga | gr)
        if g.get("symmetric") or reciprocal:
            ga, gr, pa, pr = ga | gr, frozenset(), pa | pr, frozenset()
            gca, gcr, pca, pcr = gca | gcr, frozenset(), pca | pcr, frozenset()
        pa, pr = _align(pa, ga), _align(pr, gr)
        self.same_type = g["event_type"] == p["event_type"]
        self.actor_eq = pa == ga
        self.recipient_eq = pr == gr
        self.overlap = len(pa & ga)
        self.candidate = self.same_type and (self.overlap > 0 or (not pa and not ga))
        self.full = self.same_type and self.actor_eq and self.recipient_eq
        self.actor_code_eq = pca == gca
        self.recipient_code_eq = pcr == gcr

    def rank(self) -> tuple:
        return (self.full, self.actor_eq, self.recipient_eq, self.overlap)


def match_item(gold: list[dict], pred: list[dict]) -> list[tuple[int, int, _Pair]]:
    """Greedy one-to-one matching of one item's gold and predicted events.

    Args:
        gold: gold events (``event_type``, ``actors``, ``recipients`` as codes; optional ``symmetric``).
        pred: predicted record dicts (``event_type``, ``actors``/``recipients`` as actor dicts).
    Returns:
        ``[(gold_index, pred_index, pair)]``: pairs with equal type and overlapping (or both empty) actor
        country sets, best first (see the module docstring), each event used at most once.
    """
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            pair = _Pair(g, p)
            if pair.candidate:
                cands.append((pair.rank(), -gi, -pi, gi, pi, pair))
    cands.sort(key=lambda c: c[:3], reverse=True)
    used_g, used_p, out = set(), set(), []
    for *_, gi, pi, pair in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, pair))
    return sorted(out, key=lambda m: m[0])


# ------------------------------------------------------------------------------------------- scoring

def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | None]:
    p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
    f = round(2 * tp / (n_pred + n_gold), 4) if (n_pred + n_gold) else None
    return {"precision": p, "recall": r, "f1": f}


def _brief_gold(ev: dict) -> dict:
    return {k: v for k, v in ev.items() if k in ("event_type", "cameo", "actors", "recipients", "symmetric",
                                                  "date", "aux_mode", "evidentiality", "attribution")}


def _brief_pred(r: dict) -> dict:
    ev = r.get("evidence") or {}
    text = r.get("_text")
    pred_text = text[ev["predicate_start"]:ev["predicate_end"]] if text and "predicate_start" in ev else None
    return {"event_type": r["event_type"], "cameo": r["cameo"]["code"], "predicate": pred_text,
            "actors": [a.get("code") or f"?{a.get('text')}" for a in r["actors"]],
            "recipients": [a.get("code") or f"?{a.get('text')}" for a in r["recipients"]],
            "date": r.get("date"), "aux_mode": (r.get("factuality") or {}).get("aux_mode"),
            "evidentiality": (r.get("factuality") or {}).get("evidentiality"), "attribution": r.get("attribution")}


def score(items: list[dict], predictions: list[list[dict]], max_errors: int = 20) -> dict[str, Any]:
    """Score predictions against gold items.

    Args:
        items: gold items (each with ``events``: gold events as in ``gold/README.md``).
        predictions: for each item, the predicted record dicts (as :func:`predict` returns).
        max_errors: how many mismatching items to list under ``errors``.
    Returns:
        a JSON-ready dict:

        * ``records`` — gold items scored; ``gold_events``, ``predicted_events``, ``matched_events``,
          ``full_matches``, ``extra_event_count`` — raw counts;
        * ``event_type_accuracy`` — share of gold events whose type appears among the item's predictions;
        * ``actor_country_accuracy`` / ``recipient_country_accuracy`` — over gold events whose type is
          predicted in the item: share for which some same-type prediction has the gold actor (recipient)
          country set; ``actor_code_accuracy`` / ``recipient_code_accuracy`` the same with full codes;
        * ``precision``, ``recall``, ``f1`` — full events (type + actor + recipient countries equal);
        * ``extra_events`` — predicted events matched to no gold event, as a share of gold events;
        * ``aux_mode_accuracy``, ``evidentiality_accuracy``, ``attribution_exact``, ``date_exact`` — over
          matched events whose gold has the field (``None`` when no gold event has it), with ``*_n`` counts;
        * ``confusion`` — ``{gold type: {predicted type: count}}``: a matched event counts its own type; an
          unmatched gold event the same type if the item predicts it (actors wrong), else the first unused
          predicted type, else ``"NONE"``; predictions in items without gold events count under gold
          ``"NONE"``;
        * ``per_type`` — ``{type: {precision, recall, f1, gold, predicted, tp}}`` on full matches;
        * ``error_kinds`` — counts of ``wrong_type``, ``missing_event``, ``actor_mismatch``,
          ``recipient_mismatch``, ``extra_event``, ``unresolved_actor`` (a predicted participant without code);
        * ``errors`` — the first ``max_errors`` items with any mismatch: ``id``, ``text``, ``kinds``,
          ``gold``, ``predicted``.
    Raises:
        ValueError: ``items`` and ``predictions`` differ in length.
    """
    if len(items) != len(predictions):
        raise ValueError(f"{len(items)} gold items but {len(predictions)} prediction lists")
    n_gold = n_pred = n_matched = n_full = n_extra = 0
    type_hit = actor_den = actor_hit = rec_hit = actor_code_hit = rec_code_hit = 0
    fact = {k: [0, 0] for k in ("aux_mode", "evidentiality", "attribution", "date")}
    confusion: dict[str, Counter] = defaultdict(Counter)
    gold_by_type, pred_by_type, tp_by_type = Counter(), Counter(), Counter()
    kinds_total: Counter = Counter()
    errors: list[dict] = []
    for item, preds in zip(items, predictions):
        gold = item["events"]
        for r in preds:
            r.setdefault("_text", item["text"])
        n_gold += len(gold)
        n_pred += len(preds)
        for g in gold:
            gold_by_type[g["event_type"]] += 1
        for r in preds:
            pred_by_type[r["event_type"]] += 1
        matches = match_item(gold, preds)
        by_gold = {gi: (pi, pair) for gi, pi, pair in matches}
        used_pred = {pi for _, pi, _ in matches}
        unused = [preds[i]["event_type"] for i in range(len(preds)) if i not in used_pred]
        pred_types = {r["event_type"] for r in preds}
        kinds: Counter = Counter()
        for gi, g in enumerate(gold):
            gt = g["event_type"]
            same = [r for r in preds if r["event_type"] == gt]
            if same:
                type_hit += 1
                actor_den += 1
                pairs = [_Pair(g, r) for r in same]
                actor_hit += any(p.actor_eq for p in pairs)
                rec_hit += any(p.recipient_eq for p in pairs)
                actor_code_hit += any(p.actor_code_eq for p in pairs)
                rec_code_hit += any(p.recipient_code_eq for p in pairs)
            if gi in by_gold:
                pi, pair = by_gold[gi]
                n_matched += 1
                confusion[gt][gt] += 1
                if pair.full:
                    n_full += 1
                    tp_by_type[gt] += 1
                else:
                    if not pair.actor_eq:
                        kinds["actor_mismatch"] += 1
                    if not pair.recipient_eq:
                        kinds["recipient_mismatch"] += 1
                _factuality(g, preds[pi], fact)
            else:
                if gt in pred_types:
                    confusion[gt][gt] += 1
                    kinds["actor_mismatch"] += 1
                    if gt in unused:
                        unused.remove(gt)  # the same-type prediction is this event with wrong actors
                elif unused:
                    confusion[gt][unused.pop(0)] += 1
                    kinds["wrong_type"] += 1
                else:
                    confusion[gt][NONE] += 1
                    kinds["missing_event"] += 1
        extra = len(preds) - len(used_pred)
        n_extra += extra
        if not gold:
            for r in preds:
                confusion[NONE][r["event_type"]] += 1
        if unused:  # predictions not explained as a wrong type or wrong actors of a gold event
            kinds["extra_event"] += len(unused)
        unresolved = sum(1 for r in preds for a in r["actors"] + r["recipients"] if not a.get("code"))
        if unresolved:
            kinds["unresolved_actor"] += unresolved
        kinds_total.update(kinds)
        if (kinds.keys() - {"unresolved_actor"}) and len(errors) < max_errors:
            errors.append({"id": item.get("id"), "text": item["text"], "kinds": sorted(kinds),
                           "gold": [_brief_gold(g) for g in gold], "predicted": [_brief_pred(r) for r in preds]})
        for r in preds:
            r.pop("_text", None)
    result: dict[str, Any] = {
        "records": len(items),
        "gold_events": n_gold,
        "predicted_events": n_pred,
        "matched_events": n_matched,
        "full_matches": n_full,
        "extra_event_count": n_extra,
        "event_type_accuracy": _ratio(type_hit, n_gold),
        "actor_country_accuracy": _ratio(actor_hit, actor_den),
        "recipient_country_accuracy": _ratio(rec_hit, actor_den),
        "actor_code_accuracy": _ratio(actor_code_hit, actor_den),
        "recipient_code_accuracy": _ratio(rec_code_hit, actor_den),
        **_prf(n_full, n_pred, n_gold),
        "extra_events": _ratio(n_extra, n_gold),
    }
    names = {"aux_mode": "aux_mode_accuracy", "evidentiality": "evidentiality_accuracy",
             "attribution": "attribution_exact", "date": "date_exact"}
    for k, (hit, den) in fact.items():
        result[names[k]] = _ratio(hit, den)
        result[names[k] + "_n"] = den
    types = sorted(set(gold_by_type) | set(pred_by_type))
    result["per_type"] = {t: {**_prf(tp_by_type[t], pred_by_type[t], gold_by_type[t]),
                              "gold": gold_by_type[t], "predicted": pred_by_type[t], "tp": tp_by_type[t]}
                          for t in types}
    result["confusion"] = {g: dict(sorted(c.items())) for g, c in sorted(confusion.items())}
    result["error_kinds"] = dict(sorted(kinds_total.items()))
    result["errors"] = errors
    return result


_ARTICLES = ("the ", "a ", "an ")


def _source_key(name: str) -> str:
    """A source name for comparison: case-folded, spaces collapsed, a leading English article dropped ("The
    defence minister" and "Defence Minister" name the same source)."""
    key = " ".join(str(name).split()).casefold()
    for art in _ARTICLES:
        if key.startswith(art):
            return key[len(art):]
    return key


def same_attribution(gold: list | None, predicted: list | None) -> bool:
    """True if two attribution chains (outermost first) name the same sources in the same order, compared by
    :func:`_source_key` (orthography only: case, spacing and a leading article)."""
    return [_source_key(x) for x in gold or []] == [_source_key(x) for x in predicted or []]


def _factuality(g: dict, r: dict, fact: dict) -> None:
    f = r.get("factuality") or {}
    if "aux_mode" in g:
        fact["aux_mode"][1] += 1
        fact["aux_mode"][0] += g["aux_mode"] == f.get("aux_mode")
    if "evidentiality" in g:
        fact["evidentiality"][1] += 1
        fact["evidentiality"][0] += g["evidentiality"] == f.get("evidentiality")
    if "attribution" in g:
        fact["attribution"][1] += 1
        fact["attribution"][0] += same_attribution(g["attribution"], r.get("attribution"))
    if "date" in g:
        fact["date"][1] += 1
        fact["date"][0] += g["date"] == r.get("date")


def plover_view(record: dict) -> dict:
    """A record dict in the PLOVER manual's single-category view (:func:`cronica.ontology.plover_single_category`:
    future cooperation → AGREE, an announced retreat → CONCEDE, a future or hypothetical use of force → THREATEN),
    with ``event_type`` and ``cameo`` replaced; other fields unchanged. Returns a new dict."""
    from ..ontology import cameo, plover_single_category

    code = (record.get("cameo") or {}).get("code")
    if not code:
        return record
    single = plover_single_category(code, (record.get("factuality") or {}).get("aux_mode"), bool(record.get("actors")))
    if single == code:
        return record
    c = cameo(single)
    return {**record, "event_type": c.plover_event, "cameo": {**record["cameo"], "code": single}}


def evaluate(items: list[dict], max_errors: int = 20, batch_size: int = 32, single_category: bool = False
             ) -> dict[str, Any]:
    """:func:`predict` then :func:`score` (see both); ``single_category``: score the PLOVER single-category view
    of each prediction (:func:`plover_view`), as the PLOVER gold standard is coded."""
    predictions = predict(items, batch_size=batch_size)
    if single_category:
        predictions = [plover_views(recs) for recs in predictions]
    return score(items, predictions, max_errors=max_errors)


def plover_views(records: list[dict]) -> list[dict]:
    """:func:`plover_view` of each record of one article, without the views that repeat a record already there:
    a conditional act of force becomes a threat in this view, and when Cronica also coded the threat itself (same
    predicate, same PLOVER type: '"If Moscow keeps stalling, we will tighten sanctions"' → THREATEN and a
    hypothetical COERCE) the threat is one event. Returns a new list, in order."""
    def where(r: dict) -> tuple:
        ev = r.get("evidence") or {}
        return ev.get("predicate_start"), ev.get("predicate_end")

    kept = {(where(r), r["event_type"]) for r in records}
    out = []
    for r in records:
        v = plover_view(r)
        if v is not r and (where(v), v["event_type"]) in kept:
            continue
        out.append(v)
    return out


# --------------------------------------------------------------------------------------------- output

SUMMARY_KEYS = ("records", "gold_events", "predicted_events", "full_matches", "event_type_accuracy",
                "actor_country_accuracy", "recipient_country_accuracy", "actor_code_accuracy",
                "recipient_code_accuracy", "precision", "recall", "f1", "extra_events", "aux_mode_accuracy",
                "evidentiality_accuracy", "attribution_exact", "date_exact")


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def render_table(result: dict[str, Any], console=None, title: str = "event coding") -> None:
    """Print the summary, the confusion table (gold rows × predicted columns) and per-type P/R/F1 with rich."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    summary = Table(title=f"{title}: summary")
    summary.add_column("metric")
    summary.add_column("value", justify="right")
    for k in SUMMARY_KEYS:
        extra = f" (n={result[k + '_n']})" if k + "_n" in result else ""
        summary.add_row(k, _fmt(result.get(k)) + extra)
    console.print(summary)

    conf = result["confusion"]
    cols = sorted({p for row in conf.values() for p in row} - {NONE}) + [NONE]
    ct = Table(title="confusion (rows: gold type, columns: predicted type)")
    ct.add_column("gold \\ pred")
    for c in cols:
        ct.add_column(c[:5], justify="right")
    for g, row in conf.items():
        ct.add_row(g, *[(str(row[c]) if row.get(c) else "·") for c in cols])
    console.print(ct)

    pt = Table(title="per type (full events)")
    for c in ("type", "gold", "pred", "tp", "P", "R", "F1"):
        pt.add_column(c, justify="right" if c != "type" else "left")
    for t, v in result["per_type"].items():
        pt.add_row(t, str(v["gold"]), str(v["predicted"]), str(v["tp"]), _fmt(v["precision"]),
                   _fmt(v["recall"]), _fmt(v["f1"]))
    console.print(pt)
    if result.get("error_kinds"):
        console.print("error kinds: " + ", ".join(f"{k} {v}" for k, v in result["error_kinds"].items()))
