"""Standard exports of a Cronica store: GDELT 2.0 Events + Mentions, PLOVER JSON lines, Parquet, CSV.

GDELT 2.0 Events (``events.gdelt.tsv``: 61 tab-separated columns, no header, like GDELT's files)
===================================================================================================

One row per *dyad* of a deduplicated event (table ``events``) that some report asserts (``events.factual``;
GDELT has no factuality field, so a denied or hypothetical event would read as one that happened —
``factual_only=False`` / ``--all-factuality`` writes them all): the event's actors × its recipients
(actors without a CAMEO code are skipped; an event with no recipient gives one row per actor with empty
Actor2 fields). ``GlobalEventID`` = the first 15 hex digits of SHA-256(cluster_id|actor|recipient) as an
integer (stable across exports).

=====  =========================  ==========================================================
#      GDELT column               Cronica value
=====  =========================  ==========================================================
1      GlobalEventID              hash of cluster + dyad (see above)
2–4    Day, MonthYear, Year       event date (``date``; else ``first_seen``) as YYYYMMDD, YYYYMM, YYYY
5      FractionDate               Year + (day of year)/365, 4 decimals
6–8    Actor1Code/Name/Country    actor CAMEO code, canonical name, **ISO 3166 alpha-3** country
9–12   KnownGroup/Ethnic/Relig.   empty (not coded)
13     Actor1Type1Code            actor sector (``GOV``, ``MIL`` …); 14–15 empty
16–25  Actor2…                    the same for the recipient
26     IsRootEvent                1 (Cronica codes from full sentences; no lead/body distinction)
27–29  EventCode/Base/Root        CAMEO code, its first 3 digits, its root
30–31  QuadClass, GoldsteinScale  from the CAMEO table (GDELT values)
32–34  NumMentions/Sources/Arts   ``num_mentions``, ``num_sources``, ``num_articles``
35     AvgTone                    empty (not computed)
36–43  Actor1Geo_*                empty (Cronica locates events, not actors)
44–51  Actor2Geo_*                empty
52     ActionGeo_Type             4 (world city) when the location has coordinates, else 1 (country) when
                                  it has only a country, else empty
53     ActionGeo_FullName         location name
54     ActionGeo_CountryCode      location country, **ISO 3166 alpha-3**, not FIPS 10-4 as in GDELT
55–56  ADM1, ADM2                 empty
57–58  ActionGeo_Lat/Long         location lat/lon
59     ActionGeo_FeatureID        empty
60     DATEADDED                  ``last_seen`` as YYYYMMDD000000
61     SOURCEURL                  URL of the earliest mention's article
=====  =========================  ==========================================================

Country codes: Cronica stores ISO 3166-1 alpha-3 and writes it unchanged into all country-code columns.
GDELT's actor country codes are CAMEO (mostly ISO-3-like) codes, but its ``*Geo_CountryCode`` columns are
FIPS 10-4 two-letter codes: convert them if you join against GDELT geography.

GDELT 2.0 Mentions (``mentions.gdelt.tsv``: 16 columns, no header)
================================================================

One row per mention (table ``mentions``) × GDELT event row of its deduplicated event (table ``events``):
1 GlobalEventID · 2 EventTimeDate (event date, YYYYMMDD000000) · 3 MentionTimeDate (article publication
date, same format) · 4 MentionType (1 = web) · 5 MentionSourceName (publisher, else URL host) ·
6 MentionIdentifier (URL, else doc_id) · 7 SentenceID (1-based) · 8 Actor1CharOffset · 9 Actor2CharOffset
(first actor/recipient start, -1 if none) · 10 ActionCharOffset (predicate start) · 11 InRawText (1) ·
12 Confidence (100; 50 when the mention is negated, hypothetical or alleged) · 13 MentionDocLen
(characters) · 14 MentionDocTone (empty) · 15 MentionDocTranslationInfo (``srclc:ron`` for Romanian, empty
for English: Cronica never translates) · 16 Extras (empty). Offsets are character offsets into the stored
article text.

PLOVER (``events.plover.jsonl``): one JSON object per deduplicated event, POLECAT-style field names
(``event_id, event_date, event_type, mode, contexts, actors, recipients, location, …``).
Parquet / CSV: one file per table or view, named after it (``articles, mentions, mention_cluster,
events, actors``), written by DuckDB ``COPY … TO`` (Parquet readable by DuckDB, pandas + pyarrow, Spark).
"""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlparse

from cronica.errors import InputError, StoreError
from cronica.store.duck import Store

FORMATS = ("gdelt", "plover", "parquet", "csv")
TABLES = ("articles", "mentions", "mention_cluster", "events", "actors")
GDELT_EVENT_COLUMNS = 61
GDELT_MENTION_COLUMNS = 16


def _ymd(d: date | None) -> str:
    return d.strftime("%Y%m%d") if d else ""


def _gid(*parts: str) -> int:
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:15], 16)


def _actor_cols(a: dict[str, Any] | None) -> list[str]:
    if not a:
        return [""] * 10
    return [a.get("code") or "", a.get("name") or "", a.get("country") or "", "", "", "", "",
            a.get("sector") or "", "", ""]


def gdelt_rows(store: Store, factual_only: bool = True) -> Iterator[tuple[str, list[str]]]:
    """Yield ``(cluster_id, row)`` for each GDELT 2.0 event row (61 strings; module docstring).

    GDELT has no factuality field and its users count rows as events, so by default only events some
    report asserts (``events.factual``) are written; ``factual_only=False`` writes all."""
    con = store._require_clusters()
    sql = ("SELECT c.cluster_id, c.actors, c.recipients, coalesce(c.date, c.first_seen), c.cameo_code, "
           "c.quad_class, c.goldstein, c.num_mentions, c.num_sources, c.num_articles, c.location, c.last_seen, "
           "(SELECT coalesce(e.url, e.doc_id) FROM mention_cluster m JOIN mentions e USING (event_id) "
           " WHERE m.cluster_id = c.cluster_id ORDER BY e.published NULLS LAST, e.event_id LIMIT 1) "
           f"FROM events c {'WHERE c.factual ' if factual_only else ''}ORDER BY 4 NULLS LAST, 1")
    for (cid, actors, recips, d, code, quad, gold, nm, ns, na, loc, last, url) in con.execute(sql).fetchall():
        actors = [a for a in json.loads(actors) if a.get("code")]
        recips = [a for a in json.loads(recips) if a.get("code")] or [None]
        loc = json.loads(loc) if loc else None
        geo = [""] * 8
        if loc:
            has_ll = loc.get("lat") is not None
            geo = ["4" if has_ll else ("1" if loc.get("country") else ""), loc.get("name") or "",
                   loc.get("country") or "", "", "", "" if not has_ll else str(loc["lat"]),
                   "" if not has_ll else str(loc["lon"]), ""]
        frac = f"{d.year + (d.timetuple().tm_yday / 365):.4f}" if d else ""
        for a in actors:
            for r in recips:
                if r is not None and r["code"] == a["code"]:
                    continue
                row = [str(_gid(cid, a["code"], r["code"] if r else "")), _ymd(d), _ymd(d)[:6], _ymd(d)[:4], frac]
                row += _actor_cols(a) + _actor_cols(r)
                row += ["1", code, code[:3], code[:2], str(quad), str(gold), str(nm), str(ns), str(na), ""]
                row += [""] * 16 + geo + [(_ymd(last) + "000000") if last else "", url or ""]
                assert len(row) == GDELT_EVENT_COLUMNS
                yield cid, row


def gdelt_mention_rows(store: Store, event_ids: dict[str, list[str]]) -> Iterator[list[str]]:
    """Yield GDELT 2.0 Mentions rows (16 strings) for the GDELT event ids of each cluster."""
    con = store._require_clusters()
    sql = ("SELECT m.cluster_id, e.date, coalesce(e.published, a.published), a.publisher, coalesce(e.url, a.url), "
           "e.doc_id, e.actors, e.recipients, e.evidence, e.aux_mode, e.evidentiality, a.n_chars, a.lang "
           "FROM mentions e JOIN mention_cluster m USING (event_id) LEFT JOIN articles a USING (doc_id) "
           "ORDER BY m.cluster_id, e.doc_id, e.seq")
    for (cid, d, pub, publisher, url, doc, actors, recips, ev, aux, evid, n_chars, lang) in con.execute(sql).fetchall():
        actors, recips, ev = json.loads(actors), json.loads(recips), json.loads(ev)
        source = publisher or (urlparse(url).netloc if url else "") or doc
        conf = "50" if aux or evid == "alleged" else "100"
        for gid in event_ids.get(cid, []):
            yield [gid, (_ymd(d) + "000000") if d else "", (_ymd(pub) + "000000") if pub else "", "1", source,
                   url or doc, str(ev["sentence"] + 1), str(actors[0]["start"]) if actors else "-1",
                   str(recips[0]["start"]) if recips else "-1", str(ev["predicate_start"]), "1", conf,
                   str(n_chars or ""), "", "srclc:ron" if lang == "ro" else "", ""]


def _tsv(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ")


def export_gdelt(store: Store, out: Path, factual_only: bool = True) -> list[Path]:
    """Write ``events.gdelt.tsv`` and ``mentions.gdelt.tsv`` into ``out``; return the paths (see
    :func:`gdelt_rows` for ``factual_only``)."""
    ids: dict[str, list[str]] = {}
    ev_path, m_path = out / "events.gdelt.tsv", out / "mentions.gdelt.tsv"
    with ev_path.open("w", encoding="utf-8", newline="") as fh:
        for cid, row in gdelt_rows(store, factual_only):
            ids.setdefault(cid, []).append(row[0])
            fh.write("\t".join(_tsv(v) for v in row) + "\n")
    with m_path.open("w", encoding="utf-8", newline="") as fh:
        for row in gdelt_mention_rows(store, ids):
            fh.write("\t".join(_tsv(v) for v in row) + "\n")
    return [ev_path, m_path]


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    """Yield one PLOVER/POLECAT-style dict per deduplicated event (see the module docstring)."""
    for c in store.clusters():
        yield {
            "event_id": c["cluster_id"], "event_date": c["date"], "date_precision": c["date_precision"],
            "event_type": c["event_type"], "mode": c["mode"], "contexts": c["context"],
            "cameo": c["cameo_code"], "goldstein": c["goldstein"], "quad_class": c["quad_class"],
            "actors": c["actors"], "recipients": c["recipients"], "location": c["location"],
            "factual": c["factual"], "factuality_conflict": c["factuality_conflict"],
            "factuality_counts": c["factuality_counts"], "languages": c["languages"],
            "first_seen": c["first_seen"], "last_seen": c["last_seen"], "num_mentions": c["num_mentions"],
            "num_articles": c["num_articles"], "num_sources": c["num_sources"], "sources": c["sources"],
            "mentions": c["event_ids"],
        }


def export(store: Store, fmt: str, out: str | Path, factual_only: bool = True) -> list[Path]:
    """Export the store in ``fmt`` into the directory ``out`` (created if missing).

    Args:
        store: an open store (read-only is fine). fmt: one of :data:`FORMATS`. out: output directory.
        factual_only: GDELT only — write only events some report asserts (default; GDELT has no
            factuality field). PLOVER, Parquet and CSV always hold every event with its factuality.
    Returns:
        The files written.
    Raises:
        InputError: unknown format, or ``out`` exists and is not a directory.
        StoreError: DuckDB cannot write the files.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "gdelt":
        return export_gdelt(store, out, factual_only)
    if fmt == "plover":
        path = out / "events.plover.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for rec in plover_records(store):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return [path]
    con = store._require_clusters()
    paths = []
    for table in TABLES:
        path = out / f"{table}.{fmt}"
        opts = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
        try:
            con.execute(f"COPY (SELECT * FROM {table}) TO '{str(path).replace(chr(39), chr(39) * 2)}' ({opts})")
        except Exception as exc:  # duckdb.Error
            raise StoreError(f"{path}: cannot export ({str(exc).splitlines()[0]})") from None
        paths.append(path)
    return paths
