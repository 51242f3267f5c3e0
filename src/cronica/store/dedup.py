"""Deduplication: group event *mentions* (one per coded sentence) into *events* (one per real event).

Algorithm (deterministic; all parameters in :data:`PARAMS`)
==========================================================

1. **Blocking and compatibility.** Mentions are compared only within a *type group* (PLOVER types
   that share a 2-digit CAMEO root, computed from ``data/cameo.tsv``; :func:`block_key`), so
   re-clustering after a save touches only the groups of the saved article's mentions. Two mentions
   can merge when

   * their event types are compatible: the same PLOVER type, or the same CAMEO root (checked against
     each member of the cluster), and
   * their dyads agree (:func:`dyads_agree`): side by side, the sets of *parties* are equal or one
     contains the other (an actor the resolver could not place leaves its side smaller), and at least
     one party is shared. A party is an actor's ISO 3166 country, else its CAMEO code (IGOs such as
     ``IGOEUREEC``); unresolved actors are ignored. For reciprocal types (``reciprocal_types``:
     meetings, cooperation) the union of both sides is compared, so "Dan met Sandu" and "Sandu
     received Dan" agree. Sectors are compared per party only where both mentions name one.

2. **Date windows.** Each mention gets a closed interval of possible event dates (:func:`date_window`):
   ``day`` → that day; ``publication`` (no time expression; the publication date was used) → ±1 day;
   ``month`` → the whole month; ``year`` → the whole year; ``unknown``/no date → the publication
   date ±1 day, or unbounded when that is missing too.

3. **Greedy clustering in date order.** Mentions of a block are sorted by (precision rank — day,
   publication, month, year, unknown —, window start, event_id). Each mention joins the existing
   cluster whose current window overlaps its own and whose type, dyad and sectors agree (mentions
   without any party only join party-less clusters with similar evidence, :func:`similarity` ≥
   ``min_similarity_no_dyad``). Among several candidates an exact dyad match wins, then the highest
   evidence similarity, then the earliest cluster. Full dyads sort before partial ones of the same
   date, so they seed the clusters. When
   none fits, the mention starts a new cluster. A cluster's window is the intersection of its members'
   windows, so a day-precise report pins it and the next day's follow-up starts a new event.

   Text similarity is only a tie-breaker: the same meeting reported in Romanian and in English merges
   on dyad + type + date alone.

4. **Aggregation** (:func:`summarise`): the cluster's type/CAMEO are the most frequent among its
   members (ties: the first in sort order), its date the narrowest member date, actors/recipients the
   union of member actors (by code, else name; a party already among the actors is not repeated as a
   recipient — reciprocal reports swap the sides), ``factuality_conflict`` is true when one mention
   asserts the event (no auxiliary mode) and another negates it, and the counts per auxiliary mode and
   evidentiality are kept. ``num_sources`` counts distinct attribution roots (the outermost reporter,
   e.g. ``Reuters``; else the article's publisher; else its URL host; else its doc id).

Source of the rules: the Cronica issue "One event, many reports" (dyad + type + date within precision);
the type-group-by-root rule follows CAMEO's hierarchy (codebook 1.1b3: a root's sub-codes are
variants of one event class).
"""
from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterable
from urllib.parse import urlparse

PARAMS: dict[str, Any] = {
    # PLOVER types whose two sides are interchangeable in reporting ("A met B" = "B received A").
    "reciprocal_types": ("CONSULT", "COOPERATE"),
    # Half-width, in days, of the window of a publication-precision date (and of an unknown date).
    "publication_slack_days": 1,
    # Order in which precisions seed clusters (most precise first).
    "precision_rank": {"day": 0, "publication": 1, "month": 2, "year": 3, "unknown": 4},
    # With no party on either side, mentions only merge if their evidence is at least this similar.
    "min_similarity_no_dyad": 0.5,
    # Character n-gram size for :func:`similarity` (language-neutral; survives inflection).
    "ngram": 3,
}
"""All tunable parameters of the deduplication, in one place (see the module docstring)."""

_MIN, _MAX = date.min, date.max


@dataclass
class Cluster:
    """A group of mentions judged to report one event.

    Attributes:
        members: the mention dicts, in the order they joined.
        start, end: the intersection of the members' date windows (inclusive).
    """

    members: list[dict[str, Any]]
    start: date
    end: date

    @property
    def cluster_id(self) -> str:
        """``evc:`` + 20 hex digits of the hash of the seed mention's ``event_id`` (stable for the same data)."""
        return "evc:" + hashlib.sha256(self.members[0]["event_id"].encode("utf-8")).hexdigest()[:20]


# -- keys --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _type_groups() -> dict[str, str]:
    """Map each PLOVER type to its type group name (types sharing a CAMEO root are one group)."""
    from cronica.ontology import cameo_table

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_root: dict[str, set[str]] = {}
    for code, c in cameo_table().items():
        ev = getattr(c, "plover_event", None) or getattr(c, "event_type", None)
        if ev:
            by_root.setdefault(code[:2], set()).add(ev)
    for types in by_root.values():
        first, *rest = sorted(types)
        find(first)
        for t in rest:
            a, b = find(first), find(t)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {t: find(t) for t in list(parent)}


def type_group(event_type: str, cameo_root: str | None = None) -> str:
    """Return the type group of a PLOVER type (``"REQUEST"`` and the types sharing a root with it → one name).

    Args:
        event_type: PLOVER event type. cameo_root: unused today (kept for callers that know only the root).
    Returns:
        The group's canonical name (alphabetically smallest type of the group).
    """
    return _type_groups().get(event_type, event_type)


def _party(actor: dict[str, Any]) -> str | None:
    return actor.get("country") or actor.get("code") or None


def parties(actors: Iterable[dict[str, Any]]) -> frozenset[str]:
    """The set of parties (country, else CAMEO code) of a list of actor dicts; unresolved actors are skipped."""
    return frozenset(p for p in (_party(a) for a in actors) if p)


def block_key(mention: dict[str, Any]) -> str:
    """The blocking key of a mention: its type group (module docstring, step 1).

    Args:
        mention: a dict with ``event_type``.
    Returns:
        The type group name (``"CONSULT"``, ``"CONCEDE"`` for CONCEDE and RETREAT …).
    """
    return type_group(mention["event_type"])


def dyad(mention: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]] | tuple[frozenset[str]]:
    """The mention's dyad: ``(actor parties, recipient parties)``, or ``(all parties,)`` for reciprocal types."""
    a, r = parties(mention["actors"]), parties(mention["recipients"])
    if mention["event_type"] in PARAMS["reciprocal_types"]:
        return (a | r,)
    return (a, r)


def dyads_agree(x: tuple, y: tuple) -> tuple[bool, bool]:
    """Whether two dyads (:func:`dyad`) agree, and whether they agree exactly.

    Side by side, each pair of party sets must be equal or one a subset of the other (an actor the
    resolver could not place leaves its side smaller), and at least one side must share a party.
    A reciprocal dyad compared with a directed one uses the union of the directed one's sides.
    """
    if len(x) != len(y):
        x, y = (frozenset().union(*x),), (frozenset().union(*y),)
    shared = False
    for p, q in zip(x, y):
        if not (p <= q or q <= p):
            return False, False
        shared = shared or bool(p & q)
    return shared, shared and x == y


# -- dates --------------------------------------------------------------------------------------


def _as_date(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def date_window(mention: dict[str, Any]) -> tuple[date, date]:
    """The closed interval of dates the mention's event can have (module docstring, step 2).

    Args:
        mention: dict with ``date`` (ISO string or date or None), ``date_precision`` and ``published``.
    Returns:
        ``(start, end)``, inclusive; ``(date.min, date.max)`` when nothing is known.
    """
    d, prec, pub = _as_date(mention.get("date")), mention.get("date_precision"), _as_date(mention.get("published"))
    slack = timedelta(days=PARAMS["publication_slack_days"])
    if d is not None:
        if prec == "day":
            return d, d
        if prec == "month":
            return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
        if prec == "year":
            return date(d.year, 1, 1), date(d.year, 12, 31)
        return d - slack, d + slack  # publication (or unknown with a date)
    if pub is not None:
        return pub - slack, pub + slack
    return _MIN, _MAX


# -- similarity ---------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def ngrams(text: str, n: int | None = None) -> frozenset[str]:
    """Character n-grams of the words of ``text`` (lower-cased, diacritics removed, words padded with spaces)."""
    n = n or PARAMS["ngram"]
    out: set[str] = set()
    for w in _WORD.findall(_fold(text)):
        w = f" {w} "
        out.update(w[i:i + n] for i in range(max(1, len(w) - n + 1)))
    return frozenset(out)


def similarity(a: str, b: str) -> float:
    """Jaccard similarity (0…1) of the character n-gram sets of two texts (:func:`ngrams`)."""
    x, y = ngrams(a), ngrams(b)
    return len(x & y) / len(x | y) if x and y else 0.0


# -- clustering ---------------------------------------------------------------------------------


def _sectors(actors: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in actors:
        p = _party(a)
        if p and a.get("sector"):
            out.setdefault(p, set()).add(a["sector"])
    return out


def _sector_signature(m: dict[str, Any]) -> tuple:
    """Hashable form of a mention's per-party sectors, for both sides (see :func:`_sectors_agree`)."""
    return tuple(tuple(sorted((p, frozenset(v)) for p, v in _sectors(m[side]).items()))
                 for side in ("actors", "recipients"))


def _sectors_agree(m: dict[str, Any], signatures: Iterable[tuple]) -> bool:
    """Sectors are compared per party only where both sides name one (GOV vs MIL of the same country differ).

    ``signatures``: the distinct :func:`_sector_signature` values of a cluster's members (comparing against
    distinct values keeps clustering linear when many mentions repeat, e.g. reprints)."""
    mine_sides = [dict(side) for side in _sector_signature(m)]
    for sig in signatures:
        for mine, theirs in zip(mine_sides, (dict(side) for side in sig)):
            for party in mine.keys() & theirs.keys():
                if not mine[party] & theirs[party]:
                    return False
    return True


def _evidence(m: dict[str, Any]) -> str:
    ev = m.get("evidence") or {}
    return ev.get("text", "") if isinstance(ev, dict) else str(ev)


def _merge_dyad(cd: tuple, md: tuple) -> tuple:
    """The cluster's dyad after adding a mention with dyad ``md``: the union of the parties per side, or of
    all parties once any member is one-sided (a reciprocal event)."""
    if len(cd) == 1 or len(md) == 1:
        return (frozenset().union(*cd, *md),)
    return (cd[0] | md[0], cd[1] | md[1])


def cluster_mentions(mentions: list[dict[str, Any]]) -> list[Cluster]:
    """Cluster the mentions of ONE block (same :func:`block_key`) greedily in date order.

    Args:
        mentions: mention dicts (``event_id``, ``event_type``, ``cameo_code``, ``actors``, ``recipients``,
            ``date``, ``date_precision``, ``published``, ``evidence``…).
    Returns:
        Clusters in creation order; every mention is in exactly one. Deterministic: the result does
        not depend on the input order.
    """
    rank = PARAMS["precision_rank"]

    def order(wm):
        (start, _), m = wm
        return (rank.get(m.get("date_precision"), 9), start, -sum(len(p) for p in dyad(m)), m["event_id"])

    items = sorted(((date_window(m), m) for m in mentions), key=order)
    clusters: list[Cluster] = []
    dyads: list[tuple] = []
    texts: list[set[str]] = []  # distinct evidence texts per cluster
    sigs: list[set[tuple]] = []  # distinct sector signatures per cluster
    roots: list[set[tuple[str, str]]] = []  # distinct (event type, CAMEO root) per cluster
    for (start, end), m in items:
        md = dyad(m)
        no_dyad = not any(md)
        best, best_score = None, None
        for i, c in enumerate(clusters):
            if start > c.end or end < c.start:
                continue
            if not any(t == m["event_type"] or r == m["cameo_code"][:2] for t, r in roots[i]):
                continue  # the type group is transitive; a merge needs the same type or root with a member
            agree, exact = dyads_agree(md, dyads[i])
            if not (agree or (no_dyad and not any(dyads[i]))) or not _sectors_agree(m, sigs[i]):
                continue
            sim = max(similarity(_evidence(m), t) for t in texts[i])
            if no_dyad and sim < PARAMS["min_similarity_no_dyad"]:
                continue
            score = (exact, sim)
            if best_score is None or score > best_score:
                best, best_score = i, score
        if best is None:
            clusters.append(Cluster([m], start, end))
            dyads.append(md)
            texts.append({_evidence(m)})
            sigs.append({_sector_signature(m)})
            roots.append({(m["event_type"], m["cameo_code"][:2])})
        else:
            c = clusters[best]
            c.members.append(m)
            c.start, c.end = max(c.start, start), min(c.end, end)
            dyads[best] = _merge_dyad(dyads[best], md)
            texts[best].add(_evidence(m))
            sigs[best].add(_sector_signature(m))
            roots[best].add((m["event_type"], m["cameo_code"][:2]))
    return clusters


def cluster_all(mentions: list[dict[str, Any]]) -> list[Cluster]:
    """Block the mentions by :func:`block_key` and cluster each block (blocks in key order)."""
    blocks: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        blocks.setdefault(block_key(m), []).append(m)
    return [c for k in sorted(blocks) for c in cluster_mentions(blocks[k])]


# -- aggregation --------------------------------------------------------------------------------


def source_root(m: dict[str, Any]) -> str:
    """The independent source of a mention: outermost attribution, else publisher, else URL host, else doc id."""
    attr = m.get("attribution") or []
    if attr:
        return attr[0]
    if m.get("publisher"):
        return m["publisher"]
    if m.get("url"):
        host = urlparse(m["url"]).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return m["doc_id"]


def _union_actors(lists: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for actors in lists:
        for a in actors:
            key = a.get("code") or a.get("name") or a.get("text")
            if key and key not in seen:
                seen[key] = {k: a.get(k) for k in ("name", "code", "country", "sector")}
    return list(seen.values())


def _majority(values: list[Any]) -> Any:
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def summarise(c: Cluster, block: str) -> dict[str, Any]:
    """Aggregate a cluster into one ``events`` row (a deduplicated event) (module docstring, step 4).

    Args:
        c: the cluster. block: its :func:`block_key`.
    Returns:
        A dict with the columns of the ``events`` table (dates as :class:`datetime.date`).
    """
    ms = c.members
    rank = PARAMS["precision_rank"]
    code = _majority([m["cameo_code"] for m in ms])
    rep = next(m for m in ms if m["cameo_code"] == code)
    dated = sorted((m for m in ms if m.get("date")), key=lambda m: rank.get(m["date_precision"], 9))
    aux = Counter(m.get("aux_mode") or "asserted" for m in ms)
    evid = Counter(m.get("evidentiality") or "direct" for m in ms)
    published = [p for p in (_as_date(m.get("published")) for m in ms) if p]
    factual = any(m.get("aux_mode") is None and m.get("evidentiality") != "alleged" for m in ms)
    actors = _union_actors(m["actors"] for m in ms)
    if ms[0]["event_type"] in PARAMS["reciprocal_types"]:
        # reports swap the sides of a meeting: the seed mention's actor parties stay actors, the rest
        # are recipients
        seed = parties(ms[0]["actors"]) or parties(ms[0]["recipients"])
        everyone = _union_actors([a for m in ms for a in m["actors"] + m["recipients"]] for _ in [0])
        actors = [a for a in everyone if (a.get("country") or a.get("code")) in seed]
        recips = [a for a in everyone if a not in actors]
    else:
        recips = _union_actors(m["recipients"] for m in ms)
    keys = {a.get("code") or a.get("name") for a in actors}
    recipients = [a for a in recips if (a.get("code") or a.get("name")) not in keys]
    return {
        "cluster_id": c.cluster_id,
        "block_key": block,
        "event_type": rep["event_type"],
        "mode": rep.get("mode"),
        "context": sorted({x for m in ms for x in (m.get("context") or [])}),
        "cameo_code": code,
        "cameo_root": code[:2],
        "goldstein": float(rep["goldstein"]),
        "quad_class": int(rep["quad_class"]),
        "actors": actors,
        "recipients": recipients,
        "actor_codes": sorted({a["code"] for a in actors if a.get("code")}),
        "recipient_codes": sorted({a["code"] for a in recipients if a.get("code")}),
        "date": _as_date(dated[0]["date"]) if dated else None,
        "date_precision": dated[0]["date_precision"] if dated else "unknown",
        "date_start": None if c.start == _MIN else c.start,
        "date_end": None if c.end == _MAX else c.end,
        "location": next((m["location"] for m in ms if m.get("location")), None),
        "factual": factual,
        "factuality_conflict": aux["asserted"] > 0 and aux["negation"] > 0,
        "factuality_counts": {**{f"aux_{k}": v for k, v in sorted(aux.items())},
                              **{f"evidentiality_{k}": v for k, v in sorted(evid.items())}},
        "languages": sorted({m["lang"] for m in ms if m.get("lang")}),
        "first_seen": min(published) if published else None,
        "last_seen": max(published) if published else None,
        "num_mentions": len(ms),
        "num_articles": len({m["doc_id"] for m in ms}),
        "num_sources": len({source_root(m) for m in ms}),
        "sources": sorted({source_root(m) for m in ms}),
    }
