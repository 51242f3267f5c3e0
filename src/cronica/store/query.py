"""Queries over a Cronica store: deduplicated events with filters, dyad time series, the Python API.

``cronica.open(path)`` (= :func:`open_store`) returns an :class:`Events` handle whose
:meth:`Events.events` gives a pandas DataFrame.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from cronica.errors import InputError
from cronica.store.duck import CLUSTER_COLUMNS, Store
from cronica.store.dedup import PARAMS

_SIDE_MATCH = ("EXISTS (SELECT 1 FROM unnest(CAST(json_extract({col}, '$[*]') AS JSON[])) t(j) "
               "WHERE json_extract_string(j, '$.country') = ? OR starts_with(json_extract_string(j, '$.code'), ?))")


def _side(col: str, value: str) -> tuple[str, list[str]]:
    v = value.strip().upper()
    return _SIDE_MATCH.format(col=col), [v, v]


def event_query(*, actor: str | None = None, recipient: str | None = None, event_type: str | None = None,
                since: date | str | None = None, until: date | str | None = None, lang: str | None = None,
                factual_only: bool = False) -> tuple[str, list[Any]]:
    """Build the SQL selecting ``events`` rows (deduplicated events) that pass the filters.

    Args:
        actor, recipient: ISO 3166 alpha-3 country or CAMEO code prefix (``BLR``, ``RUSGOV``, ``IGOEU``);
            matches any actor (recipient) of the event; for reciprocal types (meetings) either side.
        event_type: PLOVER type (``CONSULT``), case-insensitive.
        since, until: inclusive bounds on the event date (``first_seen`` when the date is unknown).
        lang: only events reported in this language (any mention).
        factual_only: only events asserted by at least one mention (no auxiliary mode, not ``alleged``).
    Returns:
        ``(sql, params)``, ordered by date then ``cluster_id``.
    Raises:
        InputError: ``since``/``until`` is not a date or ``YYYY-MM-DD`` string, or ``event_type`` is not a
            PLOVER event type.
    """
    for name, value in (("since", since), ("until", until)):
        if value and not isinstance(value, date):
            try:
                date.fromisoformat(str(value))
            except ValueError:
                raise InputError(f"{name}={value!r}: not a date (expected YYYY-MM-DD)") from None
    where, params = [], []
    recip = ", ".join(f"'{t}'" for t in PARAMS["reciprocal_types"])
    for value, col, other in ((actor, "actors", "recipients"), (recipient, "recipients", "actors")):
        if value:  # the sides of a reciprocal event (a meeting) are interchangeable
            sql, p = _side(col, value)
            sql2, p2 = _side(other, value)
            where.append(f"({sql} OR (event_type IN ({recip}) AND {sql2}))")
            params += p + p2
    if event_type:
        from cronica.ontology import plover_event_types

        if event_type.upper() not in plover_event_types():
            raise InputError(f"unknown event type {event_type!r} (PLOVER types: {', '.join(plover_event_types())})")
        where.append("event_type = ?")
        params.append(event_type.upper())
    if since:
        where.append("coalesce(date, first_seen) >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        where.append("coalesce(date, first_seen) <= CAST(? AS DATE)")
        params.append(str(until))
    if lang:
        where.append("list_contains(languages, ?)")
        params.append(lang)
    if factual_only:
        where.append("factual")
    sql = f"SELECT {', '.join(CLUSTER_COLUMNS)} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY date NULLS LAST, cluster_id", params


def query_events(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """Deduplicated events passing ``filters`` (see :func:`event_query`) as dicts (JSON decoded, ISO dates)."""
    import json

    con = store._require_clusters()
    sql, params = event_query(**filters)
    out = []
    for r in con.execute(sql, params).fetchall():
        d = dict(zip(CLUSTER_COLUMNS, r))
        for k in ("actors", "recipients", "location", "factuality_counts"):
            d[k] = json.loads(d[k]) if d[k] is not None else None
        for k in ("date", "date_start", "date_end", "first_seen", "last_seen"):
            d[k] = d[k].isoformat() if d[k] else None
        out.append(d)
    return out


def dyad_series(store: Store, a: str, b: str, by: str = "month", factual_only: bool = True) -> list[dict[str, Any]]:
    """Counts per QuadClass and mean Goldstein of the events from ``a`` to ``b``, per period.

    Directed: ``a`` among the actors and ``b`` among the recipients; reciprocal types
    (``dedup.PARAMS['reciprocal_types']``) count in either direction. By default only events that some
    report asserts (``events.factual``): a denied, hypothetical or planned meeting is not a meeting.

    Args:
        a, b: country (ISO3) or CAMEO code prefix. by: ``"week"`` (ISO weeks, Monday) or ``"month"``.
        factual_only: ``False`` also counts negated, hypothetical, future and alleged-only events.
    Returns:
        Rows ``{period (ISO date of the period start), events, q1, q2, q3, q4, goldstein_mean}`` by period.
    Raises:
        InputError: ``by`` is not week or month.
    """
    if by not in ("week", "month"):
        raise InputError(f"--by must be week or month, got {by!r}")
    con = store._require_clusters()
    sa, pa = _side("actors", a)
    sb, pb = _side("recipients", b)
    sa2, pa2 = _side("actors", b)
    sb2, pb2 = _side("recipients", a)
    recip = ", ".join("?" for _ in PARAMS["reciprocal_types"])
    sql = (f"SELECT date_trunc('{by}', coalesce(date, first_seen)) AS period, count(*) AS events, "
           "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
           "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), "
           "round(avg(goldstein), 2) FROM events "
           "WHERE coalesce(date, first_seen) IS NOT NULL " + ("AND factual " if factual_only else "") +
           f"AND (({sa} AND {sb}) OR "
           f"(event_type IN ({recip}) AND {sa2} AND {sb2})) GROUP BY 1 ORDER BY 1")
    rows = con.execute(sql, pa + pb + list(PARAMS["reciprocal_types"]) + pa2 + pb2).fetchall()
    keys = ("period", "events", "q1", "q2", "q3", "q4", "goldstein_mean")
    return [dict(zip(keys, (r[0].isoformat()[:10],) + tuple(r[1:]))) for r in rows]


class Events:
    """A read handle on a Cronica store (the Python API behind ``cronica.open``).

    Args:
        path: the store file. read_only: open without write access (default; a schema-1 store must be
            opened once read-write to be migrated).
    Raises:
        StoreError: as :class:`cronica.store.Store`.
    """

    def __init__(self, path: str | Path, *, read_only: bool = True) -> None:
        self.store = Store(path, read_only=read_only)

    FILTERS = ("actor", "recipient", "event_type", "since", "until", "lang", "factual_only")
    """Keyword filters of :meth:`events` (see :func:`event_query`); ``type`` is accepted for ``event_type``."""

    def events(self, **filters: Any):
        """Deduplicated events passing ``filters`` (:func:`event_query` keywords).

        Returns:
            a ``pandas.DataFrame``: one row per deduplicated event, the columns of ``events``
            (list-valued columns such as ``actors`` hold Python lists; dates are ``YYYY-MM-DD`` strings).
        Raises:
            InputError: a bad filter value (see :func:`event_query`).
        """
        import pandas as pd

        if "type" in filters:
            filters["event_type"] = filters.pop("type")
        unknown = sorted(set(filters) - set(self.FILTERS))
        if unknown:
            raise InputError(f"events(): unknown filter {', '.join(unknown)} (filters: {', '.join(self.FILTERS)})")
        return pd.DataFrame(query_events(self.store, **filters), columns=list(CLUSTER_COLUMNS))

    def mentions(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Event mentions (``mentions`` rows) as :meth:`cronica.record.EventRecord.to_dict` dicts (optionally
        of one article)."""
        return self.store.mentions(doc_id=doc_id)

    def dyad(self, a: str, b: str, by: str = "month", factual_only: bool = True) -> list[dict[str, Any]]:
        """See :func:`dyad_series`."""
        return dyad_series(self.store, a, b, by, factual_only)

    def sql(self, query: str, params: list[Any] | None = None) -> list[tuple]:
        """Run a read query on the store and return its rows."""
        return self.store.connection.execute(query, params or []).fetchall()

    def close(self) -> None:
        """Close the store (releases the file lock)."""
        self.store.close()

    def __enter__(self) -> "Events":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path, *, read_only: bool = True) -> Events:
    """Open a Cronica store for querying: ``cronica.open("cronica.duckdb").events(actor="BLR")``."""
    return Events(path, read_only=read_only)
