"""Pairwise evaluation of event deduplication on a gold corpus (``tests/data/dedup/articles.jsonl``).

Each gold line is an article (``id, lang, published, publisher, title, url, text``) plus ``cluster``: the
gold id of the one main event it reports. The articles are coded with :func:`cronica.pipeline.code_articles`,
saved into a temporary store (which clusters the mentions), and every article pair is scored on
"reports the same event":

* **main** (the headline number): two articles are predicted same-event when their *main mentions* —
  the article's first coded mention (``seq = 0``, the news lead) — are in the same cluster.
* **any**: predicted same-event when any mention of one shares a cluster with any mention of the other
  (stricter on precision: secondary sentences can link articles of different events).

Gold: same-event when the ``cluster`` ids are equal. Precision = TP / predicted pairs, recall =
TP / gold pairs. A reprint (same text, other URL) is stored once, so it shares the original's mentions.
"""
from __future__ import annotations

import itertools
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from cronica.errors import InputError
from cronica.record import Article


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read the gold JSONL (one article per line with ``id``, ``text``, ``lang``, ``published`` and a
    ``cluster`` id).

    Raises:
        InputError: the file is missing, not UTF-8, or a line is not such an object.
    """
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold dedup file ({exc.__class__.__name__})") from None
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                r = json.loads(line)
                for key in ("id", "text", "lang", "published", "cluster"):
                    r[key]
                date.fromisoformat(r["published"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise InputError(f"{path}:{n}: not a gold dedup line ({exc.__class__.__name__}: {exc})") from None
            rows.append(r)
    if not rows:
        raise InputError(f"{path}: no gold dedup lines")
    return rows


def _prf(pred: set, gold: set) -> dict[str, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "predicted": len(pred), "gold": len(gold)}


def evaluate(path: str | Path, db: str | Path | None = None) -> dict[str, Any]:
    """Code, store, cluster and score the gold corpus at ``path``.

    Args:
        path: gold JSONL. db: store file to use (default: a temporary one, deleted afterwards).
    Returns:
        ``{"articles", "gold_events", "clusters", "mentions", "main": {precision, recall, f1, tp,
        predicted, gold}, "any": {...}, "errors": [(id_a, id_b, kind)]}`` where kind is ``"fp"``/``"fn"``
        for the main-mention variant.
    """
    from cronica.pipeline import code_articles
    from cronica.store import Store

    gold = load_gold(path)
    arts = [Article(text=g["text"], doc_id=g["id"], lang=g.get("lang"),
                    published=date.fromisoformat(g["published"]) if g.get("published") else None,
                    publisher=g.get("publisher"), title=g.get("title"), url=g.get("url"), source=str(path))
            for g in gold]
    with tempfile.TemporaryDirectory() as tmp:
        with Store(db or Path(tmp) / "dedup.duckdb") as store:
            stored: dict[str, str] = {}
            for art, recs in code_articles(arts):
                stored[art.doc_id] = store.save(art, recs).doc_id
            con = store.connection
            rows = con.execute("SELECT doc_id, seq, cluster_id FROM event_mentions WHERE cluster_id IS NOT NULL "
                               "ORDER BY doc_id, seq").fetchall()
            n_clusters = con.execute("SELECT count(*) FROM events").fetchone()[0]
    by_doc: dict[str, list[str]] = {}
    for doc, _seq, cid in rows:
        by_doc.setdefault(doc, []).append(cid)
    ids = [g["id"] for g in gold]
    cl = {g["id"]: g["cluster"] for g in gold}
    gold_pairs = {(a, b) for a, b in itertools.combinations(ids, 2) if cl[a] == cl[b]}
    main, anyp = set(), set()
    for a, b in itertools.combinations(ids, 2):
        ma, mb = by_doc.get(stored[a], []), by_doc.get(stored[b], [])
        if ma and mb and ma[0] == mb[0]:
            main.add((a, b))
        if set(ma) & set(mb):
            anyp.add((a, b))
    errors = sorted([(a, b, "fp") for a, b in main - gold_pairs] + [(a, b, "fn") for a, b in gold_pairs - main])
    return {"articles": len(gold), "gold_events": len(set(cl.values())), "clusters": int(n_clusters),
            "mentions": len(rows), "main": _prf(main, gold_pairs), "any": _prf(anyp, gold_pairs), "errors": errors}
