"""Cronica event store: one DuckDB file, queryable with plain SQL.

Schema (version 3)
==================

A Cronica database is a DuckDB file with the tables ``meta``, ``articles``, ``mentions`` (one row per
coded sentence-level event *mention*), ``mention_cluster`` (which event each mention reports) and
``events`` (the *deduplicated* events: one row per real event), and the views ``event_mentions`` and
``actors`` (below). Ids: ``mentions.event_id`` is a mention's id (``ev:…``, the ``event_id`` of the JSON
record); ``events.cluster_id`` is a deduplicated event's id (``evc:…``). Open the file with the ``duckdb``
CLI or any DuckDB client, e.g. ``SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC``.

Versions: 1 had ``articles`` and ``events`` (holding mentions); 2 added ``mention_cluster``,
``event_clusters`` (the deduplicated events) and the views ``mentions`` and ``actors``; 3 renames the
tables to what they hold (``events`` → ``mentions``, ``event_clusters`` → ``events``; the view
``mentions`` → ``event_mentions``). An older store is migrated in place, in one transaction, when it is
opened read-write (on any error the file is left unchanged); opened read-only, it is not modified: the
connection gets temporary views with the version-3 names over its tables (a version-1 store has no
deduplicated events: its ``events`` is empty and :meth:`Store.clusters` raises :class:`StoreError`).

``meta`` — one row; identifies the file as a Cronica store.

=================  ===========  ==============================================================
column             type         meaning
=================  ===========  ==============================================================
app                VARCHAR      always ``'cronica'``
schema_version     INTEGER      version of this schema (currently 3)
created            TIMESTAMP    when the store was created (UTC)
=================  ===========  ==============================================================

``articles`` — one row per distinct article text.

=================  ===========  ==============================================================
doc_id             VARCHAR PK   the article's id (given by the input, else ``sha256:`` + hash)
text_hash          VARCHAR UQ   SHA-256 hex of the normalised text; the same text saved under
                                another id is recognised by it and not stored twice
lang               VARCHAR      ISO 639-1 code (``ro``, ``en``) or NULL
published          DATE         publication date or NULL
publisher          VARCHAR      publisher / site name or NULL
title              VARCHAR      headline or NULL
url                VARCHAR      article URL or NULL
source             VARCHAR      where it was read from (path, ``file.jsonl:3``, ``<stdin>``)
text               VARCHAR      the normalised article text (all offsets refer to it)
n_chars            INTEGER      length of ``text`` in characters
coded_at           TIMESTAMP    when its events were last saved (UTC)
=================  ===========  ==============================================================

``mentions`` — one row per coded event mention; the same fields as the JSON record
(``data/event.schema.json``), with ``cameo`` and ``factuality`` flattened. Indexed on ``doc_id``.

=================  ===========  ==============================================================
event_id           VARCHAR PK   the mention's id: ``ev:`` + 20 hex digits, stable for the same input
doc_id             VARCHAR      the article (``articles.doc_id``)
seq                INTEGER      order of the mention within its article (0-based)
lang               VARCHAR      language the mention was coded in
event_type         VARCHAR      PLOVER event type (``ACCUSE``, ``CONSULT`` …)
mode               VARCHAR      PLOVER mode or NULL
context            VARCHAR[]    PLOVER contexts
cameo_code         VARCHAR      CAMEO event code (``0231``)
cameo_root         VARCHAR      CAMEO root code (first two digits)
goldstein          DOUBLE       Goldstein scale value (-10 … +10)
quad_class         INTEGER      quad class 1–4
actors             JSON         list of actor objects (text, name, code, country, sector,
                                start, end, entity_type)
recipients         JSON         list of actor objects, as ``actors``
date               DATE         event date or NULL
date_precision     VARCHAR      day / month / year / publication / unknown
date_text          VARCHAR      the date expression in the text or NULL
location           JSON         {name, country, lat, lon, precision} or NULL
aux_mode           VARCHAR      PLOVER auxiliary mode: negation / hypothetical / future /
                                historical, or NULL
evidentiality      VARCHAR      direct / reported / alleged
attribution        VARCHAR[]    sources the event is attributed to
quote              JSON         {speaker, text} or NULL
evidence           JSON         {sentence, start, end, text, predicate_start, predicate_end};
                                character offsets into ``articles.text``
published          DATE         article publication date or NULL
url                VARCHAR      article URL or NULL
=================  ===========  ==============================================================

``mention_cluster`` — one row per mention: ``event_id`` (``mentions.event_id``), ``block_key`` (type
group, see :mod:`cronica.store.dedup`), ``cluster_id`` (``events.cluster_id``), ``win_start``/``win_end``
(the mention's possible event dates; NULL = unbounded).

``events`` — one row per deduplicated event (the mentions judged to report one real event;
algorithm and parameters in :mod:`cronica.store.dedup`). Recomputed in the same transaction as every
save, for the mentions whose date windows connect to the saved article's (old and new) mentions.

=====================  ===========  ========================================================
cluster_id             VARCHAR      the event's id: ``evc:`` + 20 hex (hash of the seed mention's
                                    event_id)
block_key              VARCHAR      type group
event_type, mode       VARCHAR      PLOVER type/mode of the most frequent CAMEO code
context                VARCHAR[]    union of the mentions' PLOVER contexts
cameo_code/root        VARCHAR      most frequent CAMEO code among the mentions, its root
goldstein, quad_class  DOUBLE, INT  of that code
actors, recipients     JSON         union of the mentions' actors [{name, code, country, sector}]
actor_codes, …         VARCHAR[]    ``actor_codes``, ``recipient_codes``: their CAMEO codes
date, date_precision   DATE, VAR.   the most precise mention date
date_start, date_end   DATE         intersection of the mentions' date windows
location               JSON         first mention location, or NULL
factual                BOOLEAN      some mention asserts it (no aux_mode, not ``alleged``)
factuality_conflict    BOOLEAN      one mention asserts it and another negates it
factuality_counts      JSON         ``{aux_asserted, aux_negation, …, evidentiality_direct, …}``
languages              VARCHAR[]    languages of the reports
first_seen, last_seen  DATE         earliest / latest publication date of the reports
num_mentions           INTEGER      mentions of the event
num_articles           INTEGER      distinct articles (a reprint with the same text is one article)
num_sources            INTEGER      distinct attribution roots (outermost reporter, else publisher,
                                    else URL host, else doc id)
sources                VARCHAR[]    those roots
=====================  ===========  ========================================================

``event_mentions`` (view) — ``mentions`` plus the ``cluster_id`` of each mention (NULL until clustered).
``actors`` (view) — one row per distinct actor code in ``mentions``: ``code``, ``name`` (most frequent),
``names``, ``country``, ``sector``, ``as_actor``, ``as_recipient`` (mention counts).

Concurrency: DuckDB lets one process open a file while it is written; a second process — reader or
writer — gets :class:`StoreError` ("locked by another process") until the writer closes the store. Each
article is saved in one transaction, so after a crash (even ``kill -9``) the store holds every article
saved before it, complete, and nothing of the one being saved; re-running the same input fills in the rest.

Example: ``SELECT m.event_type, m.cameo_code, json_extract_string(m.evidence, '$.text')
FROM mentions m JOIN articles a USING (doc_id) WHERE a.published >= DATE '2026-01-01'``.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from cronica.errors import StoreError
from cronica.record import Article, EventRecord

SCHEMA_VERSION = 3
_INSERT_CHUNK = 200  # rows per INSERT statement
APP = "cronica"
_DUCKDB_MAGIC = b"DUCK"  # bytes 8–11 of every DuckDB database file (DuckDB storage format)

# Unchanged since schema version 1.
_DDL_BASE = (
    """CREATE TABLE meta (
        app VARCHAR NOT NULL,
        schema_version INTEGER NOT NULL,
        created TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE articles (
        doc_id VARCHAR PRIMARY KEY,
        text_hash VARCHAR NOT NULL UNIQUE,
        lang VARCHAR,
        published DATE,
        publisher VARCHAR,
        title VARCHAR,
        url VARCHAR,
        source VARCHAR,
        text VARCHAR NOT NULL,
        n_chars INTEGER NOT NULL,
        coded_at TIMESTAMP NOT NULL
    )""",
)

# The mentions (versions 1–2: table ``events``).
_MENTIONS_TABLE = """CREATE {temp}TABLE mentions (
        event_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        lang VARCHAR NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR[] NOT NULL,
        cameo_code VARCHAR NOT NULL,
        cameo_root VARCHAR NOT NULL,
        goldstein DOUBLE NOT NULL,
        quad_class INTEGER NOT NULL,
        actors JSON NOT NULL,
        recipients JSON NOT NULL,
        date DATE,
        date_precision VARCHAR NOT NULL,
        date_text VARCHAR,
        location JSON,
        aux_mode VARCHAR,
        evidentiality VARCHAR NOT NULL,
        attribution VARCHAR[] NOT NULL,
        quote JSON,
        evidence JSON NOT NULL,
        published DATE,
        url VARCHAR
    )"""
_DDL_MENTIONS = (
    _MENTIONS_TABLE.format(temp=""),
    "CREATE INDEX mentions_doc_id ON mentions (doc_id)",
)

# Added by version 2, unchanged since.
_DDL_MENTION_CLUSTER = (
    """CREATE TABLE mention_cluster (
        event_id VARCHAR NOT NULL,
        block_key VARCHAR NOT NULL,
        cluster_id VARCHAR,
        win_start DATE,
        win_end DATE
    )""",
    "CREATE INDEX mention_cluster_block ON mention_cluster (block_key)",
)

# The deduplicated events (version 2: table ``event_clusters``).
_EVENTS_TABLE = """CREATE {temp}TABLE events (
        cluster_id VARCHAR NOT NULL,
        block_key VARCHAR NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR[] NOT NULL,
        cameo_code VARCHAR NOT NULL,
        cameo_root VARCHAR NOT NULL,
        goldstein DOUBLE NOT NULL,
        quad_class INTEGER NOT NULL,
        actors JSON NOT NULL,
        recipients JSON NOT NULL,
        actor_codes VARCHAR[] NOT NULL,
        recipient_codes VARCHAR[] NOT NULL,
        date DATE,
        date_precision VARCHAR NOT NULL,
        date_start DATE,
        date_end DATE,
        location JSON,
        factual BOOLEAN NOT NULL,
        factuality_conflict BOOLEAN NOT NULL,
        factuality_counts JSON NOT NULL,
        languages VARCHAR[] NOT NULL,
        first_seen DATE,
        last_seen DATE,
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        sources VARCHAR[] NOT NULL
    )"""
_DDL_EVENTS = (
    _EVENTS_TABLE.format(temp=""),
    "CREATE INDEX events_block ON events (block_key)",
)

_EVENT_MENTIONS_VIEW = """CREATE {temp}VIEW event_mentions AS
        SELECT m.*, mc.cluster_id FROM mentions m LEFT JOIN mention_cluster mc USING (event_id)"""
_ACTORS_VIEW = """CREATE {temp}VIEW actors AS
        WITH a AS (
            SELECT unnest(CAST(json_extract(actors, '$[*]') AS JSON[])) AS j, 'actor' AS role FROM mentions
            UNION ALL
            SELECT unnest(CAST(json_extract(recipients, '$[*]') AS JSON[])) AS j, 'recipient' AS role FROM mentions
        )
        SELECT json_extract_string(j, '$.code') AS code,
               mode(json_extract_string(j, '$.name')) AS name,
               list_sort(list(DISTINCT json_extract_string(j, '$.name'))) AS names,
               mode(json_extract_string(j, '$.country')) AS country,
               mode(json_extract_string(j, '$.sector')) AS sector,
               count(*) FILTER (WHERE role = 'actor') AS as_actor,
               count(*) FILTER (WHERE role = 'recipient') AS as_recipient
        FROM a WHERE json_extract_string(j, '$.code') IS NOT NULL GROUP BY 1"""
_DDL_VIEWS = (_EVENT_MENTIONS_VIEW.format(temp=""), _ACTORS_VIEW.format(temp=""))

_DDL = _DDL_BASE + _DDL_MENTIONS + _DDL_MENTION_CLUSTER + _DDL_EVENTS + _DDL_VIEWS

# Tables each schema version must have (a store missing one is "damaged").
_REQUIRED_TABLES = {
    1: {"articles", "events"},
    2: {"articles", "events", "mention_cluster", "event_clusters"},
    3: {"articles", "mentions", "mention_cluster", "events"},
}

CLUSTER_COLUMNS = (
    "cluster_id", "block_key", "event_type", "mode", "context", "cameo_code", "cameo_root", "goldstein",
    "quad_class", "actors", "recipients", "actor_codes", "recipient_codes", "date", "date_precision",
    "date_start", "date_end", "location", "factual", "factuality_conflict", "factuality_counts", "languages",
    "first_seen", "last_seen", "num_mentions", "num_articles", "num_sources", "sources",
)
"""Columns of the ``events`` table (deduplicated events), in order."""
EVENT_COLUMNS = CLUSTER_COLUMNS
_CLUSTER_JSON = {"actors", "recipients", "location", "factuality_counts"}

MENTION_COLUMNS = (
    "event_id", "doc_id", "seq", "lang", "event_type", "mode", "context", "cameo_code", "cameo_root",
    "goldstein", "quad_class", "actors", "recipients", "date", "date_precision", "date_text",
    "location", "aux_mode", "evidentiality", "attribution", "quote", "evidence", "published", "url",
)
"""Columns of the ``mentions`` table, in order."""
_ARTICLE_COLUMNS = (
    "doc_id", "text_hash", "lang", "published", "publisher", "title", "url", "source", "n_chars", "coded_at",
)


@dataclass(frozen=True)
class SaveResult:
    """What :meth:`Store.save` did.

    Attributes:
        doc_id: the id the article is stored under (an earlier id when the same text was already
            stored under another id).
        new_article: ``True`` when a new article row was created.
        events: number of event mentions (``mentions`` rows) now stored for the article.
    """

    doc_id: str
    new_article: bool
    events: int


class Store:
    """A Cronica event store in one DuckDB file (schema: see this module's docstring).

    Opening never modifies a file that is not already a Cronica store: an existing file that is
    empty, not DuckDB, a DuckDB database with other tables, or a Cronica store of a newer schema
    version is refused with :class:`StoreError` before anything is written.

    Args:
        path: the database file; created (with the schema) when missing, unless ``read_only``.
        read_only: open without write access (:meth:`save` then raises :class:`StoreError`).

    Raises:
        StoreError: the path is a directory, the file is not a Cronica DuckDB database
            ("not a Cronica database; refusing to modify it"), is locked by another process,
            is missing in read-only mode, or cannot be created.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = None
        self.schema_version = SCHEMA_VERSION
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file")
        if self.path.exists():
            self._check_header()
            # Inspect through a read-only connection first, so that nothing can be written to a
            # file that turns out not to be a Cronica store.
            con, con_read_only = self._connect_for_inspection()
            try:
                empty = self._inspect(con)
            except BaseException:
                con.close()
                raise
            if con_read_only and not read_only:
                con.close()
                con = self._connect(False)
            self._con = con
            if empty:
                self._create_schema()
            elif self.schema_version < SCHEMA_VERSION and not read_only:
                try:
                    self._migrate()
                except BaseException:
                    self.close()
                    raise
            elif self.schema_version < SCHEMA_VERSION:
                try:
                    self._legacy_views()
                except BaseException:
                    self.close()
                    raise
        elif read_only:
            raise StoreError(f"{self.path}: no such database")
        else:
            if not self.path.parent.is_dir():
                raise StoreError(f"{self.path}: directory {self.path.parent} does not exist")
            self._con = self._connect(False)
            self._create_schema()

    # -- opening -----------------------------------------------------------------------------

    def _check_header(self) -> None:
        try:
            with self.path.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read ({exc.strerror or exc})") from None
        if not head:
            raise StoreError(f"{self.path}: file exists but is empty, not a DuckDB database; refusing to modify it")
        if head[8:12] != _DUCKDB_MAGIC:
            raise StoreError(f"{self.path}: not a DuckDB database file; refusing to modify it")

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            msg = str(exc).splitlines()[0]
            if "lock" in msg.lower():
                raise StoreError(f"{self.path}: database is locked by another process ({msg})") from None
            raise StoreError(f"{self.path}: cannot open database ({msg})") from None

    def _connect_for_inspection(self) -> tuple[duckdb.DuckDBPyConnection, bool]:
        try:
            return duckdb.connect(str(self.path), read_only=True), True
        except duckdb.Error as exc:
            # This process already holds the file open read-write (DuckDB allows one
            # configuration per file and process): reuse that configuration; no statement that
            # writes runs before the inspection has passed.
            if "different configuration" in str(exc) and not self.read_only:
                return self._connect(False), False
            msg = str(exc).splitlines()[0]
            if "lock" in msg.lower():
                raise StoreError(f"{self.path}: database is locked by another process ({msg})") from None
            raise StoreError(f"{self.path}: cannot open database ({msg})") from None

    def _inspect(self, con: duckdb.DuckDBPyConnection) -> bool:
        """Check that ``con`` holds a Cronica store; return ``True`` for an empty DuckDB database."""
        try:
            tables = {
                r[0]
                for r in con.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()"
                ).fetchall()
            }
            if not tables:
                if self.read_only:
                    raise StoreError(f"{self.path}: empty DuckDB database, not a Cronica database")
                return True
            refuse = StoreError(f"{self.path}: not a Cronica database; refusing to modify it")
            if "meta" not in tables:
                raise refuse
            cols = {r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_catalog = current_database() AND table_name = 'meta'").fetchall()}
            if not {"app", "schema_version"} <= cols:
                raise refuse
            row = con.execute("SELECT max(schema_version) FROM meta WHERE app = ?", [APP]).fetchone()
            if row is None or row[0] is None:
                raise refuse
            if row[0] > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: Cronica database of schema version {row[0]}, newer than this "
                    f"Cronica's ({SCHEMA_VERSION}); upgrade Cronica"
                )
            missing = _REQUIRED_TABLES.get(int(row[0]), _REQUIRED_TABLES[1]) - tables
            if missing:
                raise StoreError(
                    f"{self.path}: damaged Cronica database (missing table {', '.join(sorted(missing))})")
            self.schema_version = int(row[0])
            return False
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read database ({str(exc).splitlines()[0]})") from None

    def _create_schema(self) -> None:
        con = self._require()
        try:
            con.execute("BEGIN TRANSACTION")
            for stmt in _DDL:
                con.execute(stmt)
            con.execute("INSERT INTO meta VALUES (?, ?, ?)", [APP, SCHEMA_VERSION, _now()])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            _rollback(con)
            raise StoreError(f"{self.path}: cannot create database ({str(exc).splitlines()[0]})") from None
        self.schema_version = SCHEMA_VERSION

    def _migrate(self) -> None:
        """Upgrade a version-1 or version-2 store in place to version 3, in one transaction.

        Version 2: drop the views ``mentions`` and ``actors``; copy ``events`` (mentions) into a new
        ``mentions`` table and ``event_clusters`` into a new ``events`` table, drop the old tables (DuckDB
        cannot rename a table that has an index or dependent views); create the v3 views. Version 1:
        the same for ``events`` → ``mentions``, then create ``mention_cluster``, ``events`` and the views,
        compute the block key of every stored mention and cluster them all. Finally set
        ``meta.schema_version`` to 3.

        Raises:
            StoreError: DuckDB fails; the transaction is rolled back and the file is left as it was.
        """
        con = self._require()
        old = self.schema_version
        mention_cols = ", ".join(MENTION_COLUMNS)
        event_cols = ", ".join(CLUSTER_COLUMNS)
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute("DROP VIEW IF EXISTS mentions")  # v2 views (bound to the old table names)
            con.execute("DROP VIEW IF EXISTS actors")
            for stmt in _DDL_MENTIONS:
                con.execute(stmt)
            con.execute(f"INSERT INTO mentions ({mention_cols}) SELECT {mention_cols} FROM events")
            con.execute("DROP INDEX IF EXISTS events_doc_id")
            con.execute("DROP TABLE events")
            if old >= 2:
                for stmt in _DDL_EVENTS:
                    con.execute(stmt)
                con.execute(f"INSERT INTO events ({event_cols}) SELECT {event_cols} FROM event_clusters")
                con.execute("DROP INDEX IF EXISTS event_clusters_block")
                con.execute("DROP TABLE event_clusters")
            else:
                for stmt in _DDL_MENTION_CLUSTER + _DDL_EVENTS:
                    con.execute(stmt)
            for stmt in _DDL_VIEWS:
                con.execute(stmt)
            if old < 2:
                keys = self._insert_block_keys(con, self._mentions(con, "SELECT event_id FROM mentions"))
                self._recluster(con, keys)
            con.execute("UPDATE meta SET schema_version = ? WHERE app = ?", [SCHEMA_VERSION, APP])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            _rollback(con)
            raise StoreError(f"{self.path}: cannot migrate database from schema version {old} to "
                             f"{SCHEMA_VERSION} ({str(exc).splitlines()[0]}); the file is unchanged") from None
        except BaseException:
            _rollback(con)
            raise
        self.schema_version = SCHEMA_VERSION

    def _legacy_views(self) -> None:
        """Give a read-only connection to a version-1/2 store the version-3 names, as TEMP views (they
        live in the connection, never in the file; the temporary catalog is searched first, so they
        shadow the old ``events``/``mentions``/``actors``). A version-1 store has no clusters: its
        ``events`` is an empty temporary table and ``event_mentions.cluster_id`` is NULL."""
        con = self._require()
        db = con.execute("SELECT current_database()").fetchone()[0].replace('"', '""')
        old = f'"{db}".main.'
        try:
            con.execute(f"CREATE TEMP VIEW mentions AS SELECT * FROM {old}events")
            if self.schema_version >= 2:
                con.execute(f"CREATE TEMP VIEW events AS SELECT * FROM {old}event_clusters")
                con.execute("CREATE TEMP VIEW event_mentions AS SELECT m.*, mc.cluster_id FROM mentions m "
                            f"LEFT JOIN {old}mention_cluster mc USING (event_id)")
            else:
                con.execute(_EVENTS_TABLE.format(temp="TEMP "))
                con.execute("CREATE TEMP VIEW event_mentions AS "
                            "SELECT m.*, CAST(NULL AS VARCHAR) AS cluster_id FROM mentions m")
            con.execute(_ACTORS_VIEW.format(temp="TEMP "))
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read database of schema version {self.schema_version} "
                             f"({str(exc).splitlines()[0]})") from None

    def _require(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._con

    # -- writing -----------------------------------------------------------------------------

    def save(self, article: Article, records: list[EventRecord], *, cluster: bool = True) -> SaveResult:
        """Store an article and its event records, replacing what was stored for it before.

        Idempotent and atomic (one transaction): the article is looked up by its text hash, then
        by ``doc_id``. When the same text is already stored (under any id), that row is reused
        (metadata refreshed, no new row) and its events are replaced; when the ``doc_id`` is
        stored with a different text (an edited article), the row's text is replaced. Records are
        stored under the stored ``doc_id`` (``EventRecord.doc_id`` is rewritten when it differs,
        which also changes ``event_id``). Records with the same ``event_id`` are stored once
        (first wins). The event clusters of the blocks its old and new mentions belong to are
        recomputed in the same transaction (:mod:`cronica.store.dedup`). On any error nothing changes.

        Args:
            article: the article (its ``text`` is stored).
            records: its event records, in text order.
            cluster: ``False`` skips re-clustering (bulk loads; call :meth:`recluster` afterwards —
                until then the new mentions have no cluster).

        Returns:
            :class:`SaveResult` (stored ``doc_id``, whether a new article row was created, number
            of events stored).

        Raises:
            StoreError: the store is read-only or closed, or DuckDB fails (the transaction is
                rolled back). ValueError: a record has a malformed ISO date.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot save")
        con = self._require()
        text_hash = article.text_hash
        assert article.doc_id is not None  # set by Article.__post_init__
        con.execute("BEGIN TRANSACTION")
        try:
            found = dict(con.execute("SELECT text_hash, doc_id FROM articles WHERE text_hash = ? OR doc_id = ?",
                                     [text_hash, article.doc_id]).fetchall())
            if text_hash in found:  # same text, possibly under another id
                doc_id, new_article = found[text_hash], False
            else:  # new text: a new article, or an edited one under the same id
                doc_id, new_article = article.doc_id, not found
            rows = self._event_rows(doc_id, records)
            self._write_article(con, doc_id, article, text_hash, new_article,
                                replace_text=not new_article and text_hash not in found)
            blocks: set[tuple[str, Any, Any]] = set()
            if not new_article:
                blocks |= {tuple(r) for r in con.execute(
                    "SELECT DISTINCT block_key, win_start, win_end FROM mention_cluster WHERE event_id IN "
                    "(SELECT event_id FROM mentions WHERE doc_id = ?)", [doc_id]).fetchall()}
                con.execute("DELETE FROM events WHERE cluster_id IN (SELECT cluster_id FROM mention_cluster "
                            "WHERE event_id IN (SELECT event_id FROM mentions WHERE doc_id = ?))", [doc_id])
                con.execute("DELETE FROM mention_cluster WHERE event_id IN "
                            "(SELECT event_id FROM mentions WHERE doc_id = ?)", [doc_id])
                self._delete_events(con, doc_id)
            self._insert_events(con, rows)
            if cluster:
                new = self._mentions(con, "SELECT event_id FROM mentions WHERE doc_id = ?", [doc_id])
                blocks |= self._insert_block_keys(con, new)
                self._recluster(con, blocks)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            _rollback(con)
            raise StoreError(f"{self.path}: cannot save {article.doc_id} ({str(exc).splitlines()[0]})") from None
        except BaseException:
            _rollback(con)
            raise
        return SaveResult(doc_id=doc_id, new_article=new_article, events=len(rows))

    def _write_article(self, con: duckdb.DuckDBPyConnection, doc_id: str, article: Article,
                       text_hash: str, new_article: bool, replace_text: bool) -> None:
        values = [text_hash, article.lang, article.published, article.publisher, article.title,
                  article.url, article.source, article.text, len(article.text), _now()]
        if new_article:
            con.execute(
                "INSERT INTO articles (text_hash, lang, published, publisher, title, url, source, text, "
                "n_chars, coded_at, doc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values + [doc_id],
            )
        else:
            if replace_text:
                con.execute("UPDATE articles SET text_hash = ?, text = ?, n_chars = ? WHERE doc_id = ?",
                            [text_hash, article.text, len(article.text), doc_id])
            con.execute(
                "UPDATE articles SET lang = coalesce(?, lang), published = coalesce(?, published), "
                "publisher = coalesce(?, publisher), title = coalesce(?, title), url = coalesce(?, url), "
                "source = ?, coded_at = ? WHERE doc_id = ?",
                [article.lang, article.published, article.publisher, article.title, article.url,
                 article.source, _now(), doc_id],
            )

    # -- clustering (tables mention_cluster, events) --------------------------------------------

    _MENTION_SQL = (
        "SELECT e.event_id, e.doc_id, e.lang, e.event_type, e.mode, e.context, e.cameo_code, e.goldstein, "
        "e.quad_class, e.actors, e.recipients, e.date, e.date_precision, e.location, e.aux_mode, "
        "e.evidentiality, e.attribution, e.evidence, coalesce(e.published, a.published) AS published, "
        "coalesce(e.url, a.url) AS url, a.publisher "
        "FROM mentions e LEFT JOIN articles a USING (doc_id) ")
    _MENTION_COLS = ("event_id", "doc_id", "lang", "event_type", "mode", "context", "cameo_code", "goldstein",
                     "quad_class", "actors", "recipients", "date", "date_precision", "location", "aux_mode",
                     "evidentiality", "attribution", "evidence", "published", "url", "publisher")

    def _mentions(self, con: duckdb.DuckDBPyConnection, ids_sql: str, params: list[Any] | None = None
                  ) -> list[dict[str, Any]]:
        """Mention dicts (for :mod:`cronica.store.dedup`) of the events whose ids ``ids_sql`` selects."""
        out = []
        for r in con.execute(self._MENTION_SQL + f"WHERE e.event_id IN ({ids_sql})", params or []).fetchall():
            m = dict(zip(self._MENTION_COLS, r))
            for k in ("actors", "recipients", "location", "evidence"):
                m[k] = _load_json(m[k])
            out.append(m)
        return out

    @staticmethod
    def _insert_block_keys(con: duckdb.DuckDBPyConnection, mentions: list[dict[str, Any]]) -> set[str]:
        from cronica.store.dedup import block_key, date_window

        rows = []
        for m in mentions:
            lo, hi = date_window(m)
            rows.append((m["event_id"], block_key(m), None if lo == date.min else lo, None if hi == date.max else hi))
        for i in range(0, len(rows), _INSERT_CHUNK):
            chunk = rows[i:i + _INSERT_CHUNK]
            con.execute("INSERT INTO mention_cluster (event_id, block_key, win_start, win_end) VALUES "
                        + ", ".join("(?, ?, ?, ?)" for _ in chunk), [v for r in chunk for v in r])
        return {(k, lo, hi) for _, k, lo, hi in rows}

    def _recluster(self, con: duckdb.DuckDBPyConnection, affected: set[tuple[str, Any, Any]]) -> None:
        """Recompute the clusters around ``affected`` ``(block_key, win_start, win_end)`` windows, inside
        the caller's transaction. Only the mentions of the block whose date windows are connected
        (by overlap, transitively) to an affected window are re-clustered: greedy clustering never
        joins non-overlapping windows, so this gives the same result as re-clustering the whole block."""
        from cronica.store.dedup import cluster_mentions, summarise

        lo_inf, hi_inf = date.min, date.max
        spans: dict[str, list[list[Any]]] = {}
        for block, lo, hi in affected:
            spans.setdefault(block, []).append([lo or lo_inf, hi or hi_inf])
        for block in sorted(spans):
            # merge the affected spans, then grow each to the connected component of the block
            merged: list[list[Any]] = []
            for lo, hi in sorted(spans[block]):
                while True:
                    r = con.execute(
                        "SELECT min(coalesce(win_start, DATE '0001-01-01')), max(coalesce(win_end, DATE '9999-12-31')) "
                        "FROM mention_cluster WHERE block_key = ? AND coalesce(win_start, DATE '0001-01-01') <= ? "
                        "AND coalesce(win_end, DATE '9999-12-31') >= ?", [block, hi, lo]).fetchone()
                    nlo, nhi = min(lo, r[0] or lo), max(hi, r[1] or hi)
                    if (nlo, nhi) == (lo, hi):
                        break
                    lo, hi = nlo, nhi
                if merged and lo <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], hi)
                else:
                    merged.append([lo, hi])
            for lo, hi in merged:
                sel = ("SELECT event_id FROM mention_cluster WHERE block_key = ? AND "
                       "coalesce(win_start, DATE '0001-01-01') <= ? AND coalesce(win_end, DATE '9999-12-31') >= ?")
                args = [block, hi, lo]
                ms = self._mentions(con, sel, args)
                wins = {r[0]: (r[1], r[2]) for r in con.execute(
                    "SELECT event_id, win_start, win_end FROM mention_cluster WHERE event_id IN (" + sel + ")",
                    args).fetchall()}
                con.execute("DELETE FROM events WHERE cluster_id IN (SELECT cluster_id FROM mention_cluster "
                            "WHERE event_id IN (" + sel + "))", args)
                con.execute("DELETE FROM mention_cluster WHERE event_id IN (" + sel + ")", args)
                links: list[Any] = []
                rows: list[list[Any]] = []
                for c in cluster_mentions(ms):
                    row = summarise(c, block)
                    rows.append([json.dumps(row[k], ensure_ascii=False) if k in _CLUSTER_JSON and row[k] is not None
                                 else row[k] for k in CLUSTER_COLUMNS])
                    links += [(m["event_id"], block, c.cluster_id, *wins[m["event_id"]]) for m in c.members]
                one = "(" + ", ".join("?" for _ in CLUSTER_COLUMNS) + ")"
                for i in range(0, len(rows), _INSERT_CHUNK):
                    chunk = rows[i:i + _INSERT_CHUNK]
                    con.execute(f"INSERT INTO events ({', '.join(CLUSTER_COLUMNS)}) VALUES "
                                + ", ".join(one for _ in chunk), [v for r in chunk for v in r])
                for i in range(0, len(links), _INSERT_CHUNK):
                    chunk = links[i:i + _INSERT_CHUNK]
                    con.execute("INSERT INTO mention_cluster (event_id, block_key, cluster_id, win_start, win_end) "
                                "VALUES " + ", ".join("(?, ?, ?, ?, ?)" for _ in chunk), [v for r in chunk for v in r])

    def recluster(self) -> int:
        """Recompute every block key and event cluster from the stored mentions, in one transaction.

        Returns:
            The number of deduplicated events (``events`` rows) now stored.
        Raises:
            StoreError: read-only or closed store, or DuckDB fails (nothing changes).
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot recluster")
        con = self._require()
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute("DELETE FROM mention_cluster")
            con.execute("DELETE FROM events")
            keys = self._insert_block_keys(con, self._mentions(con, "SELECT event_id FROM mentions"))
            self._recluster(con, keys)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            _rollback(con)
            raise StoreError(f"{self.path}: cannot recluster ({str(exc).splitlines()[0]})") from None
        except BaseException:
            _rollback(con)
            raise
        return int(con.execute("SELECT count(*) FROM events").fetchone()[0])

    def clusters(self) -> list[dict[str, Any]]:
        """Return the deduplicated events (``events`` rows) as dicts, JSON columns decoded,
        dates as ISO strings, ordered by date then ``cluster_id``, each with ``event_ids`` (its mentions).

        Raises:
            StoreError: a schema-1 store opened read-only (open it read-write once to migrate it).
        """
        con = self._require_clusters()
        out = []
        sql = (f"SELECT {', '.join('c.' + k for k in CLUSTER_COLUMNS)}, "
               "(SELECT list(event_id ORDER BY event_id) FROM mention_cluster m WHERE m.cluster_id = c.cluster_id) "
               "FROM events c ORDER BY c.date NULLS LAST, c.cluster_id")
        for r in con.execute(sql).fetchall():
            d = dict(zip(CLUSTER_COLUMNS + ("event_ids",), r))
            for k in _CLUSTER_JSON:
                d[k] = _load_json(d[k])
            for k in ("date", "date_start", "date_end", "first_seen", "last_seen"):
                d[k] = d[k].isoformat() if d[k] else None
            out.append(d)
        return out

    def _require_clusters(self) -> duckdb.DuckDBPyConnection:
        """The open connection, when the store has deduplicated events (schema version 2 or later).

        Raises:
            StoreError: a schema-1 store opened read-only, or a closed store.
        """
        con = self._require()
        if self.schema_version < 2:
            raise StoreError(f"{self.path}: Cronica database of schema version {self.schema_version} has no "
                             "event clusters; open it once without read-only to migrate it")
        return con

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection (for queries and exports; do not write through it)."""
        return self._require()

    def _delete_events(self, con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
        con.execute("DELETE FROM mentions WHERE doc_id = ?", [doc_id])

    def _insert_events(self, con: duckdb.DuckDBPyConnection, rows: list[list[Any]]) -> None:
        # One multi-row INSERT per chunk: DuckDB's executemany runs one statement per row (slow).
        one = "(" + ", ".join("?" for _ in MENTION_COLUMNS) + ")"
        for i in range(0, len(rows), _INSERT_CHUNK):
            chunk = rows[i:i + _INSERT_CHUNK]
            con.execute(
                f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)}) VALUES {', '.join(one for _ in chunk)}",
                [v for row in chunk for v in row],
            )

    @staticmethod
    def _event_rows(doc_id: str, records: list[EventRecord]) -> list[list[Any]]:
        rows: list[list[Any]] = []
        seen: set[str] = set()
        for rec in records:
            if rec.doc_id != doc_id:
                rec = dataclasses.replace(rec, doc_id=doc_id)
            d = rec.to_dict()
            if d["event_id"] in seen:
                continue
            seen.add(d["event_id"])
            rows.append([
                d["event_id"], doc_id, len(rows), d["lang"], d["event_type"], d["mode"], d["context"],
                d["cameo"]["code"], d["cameo"]["root"], float(d["cameo"]["goldstein"]), d["cameo"]["quad_class"],
                json.dumps(d["actors"], ensure_ascii=False), json.dumps(d["recipients"], ensure_ascii=False),
                _iso_date(d["date"], "date"), d["date_precision"], d["date_text"], _json_or_null(d["location"]),
                d["factuality"]["aux_mode"], d["factuality"]["evidentiality"], d["attribution"],
                _json_or_null(d["quote"]), json.dumps(d["evidence"], ensure_ascii=False),
                _iso_date(d["published"], "published"), d["url"],
            ])
        return rows

    # -- reading -----------------------------------------------------------------------------

    def mentions(self, *, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Return the stored event records — the *mentions* (``mentions`` rows), not the deduplicated
        events (see :meth:`clusters`) — as dicts shaped exactly like :meth:`EventRecord.to_dict`.

        Args:
            doc_id: only this article's mentions; ``None`` for all.

        Returns:
            Records ordered by ``doc_id`` then position in the article.
        """
        con = self._require()
        sql = f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions"
        params: list[Any] = []
        if doc_id is not None:
            sql += " WHERE doc_id = ?"
            params.append(doc_id)
        sql += " ORDER BY doc_id, seq"
        return [_row_to_record(dict(zip(MENTION_COLUMNS, r))) for r in con.execute(sql, params).fetchall()]

    def articles(self, *, with_text: bool = False) -> list[dict[str, Any]]:
        """Return stored articles as dicts (columns of ``articles``; dates as ISO strings).

        Args:
            with_text: include the ``text`` column (off by default: texts can be large).

        Returns:
            One dict per article, ordered by ``coded_at`` then ``doc_id``.
        """
        con = self._require()
        cols = _ARTICLE_COLUMNS + (("text",) if with_text else ())
        out = []
        for r in con.execute(f"SELECT {', '.join(cols)} FROM articles ORDER BY coded_at, doc_id").fetchall():
            d = dict(zip(cols, r))
            d["published"] = d["published"].isoformat() if d["published"] else None
            d["coded_at"] = d["coded_at"].isoformat(timespec="seconds")
            out.append(d)
        return out

    def counts(self) -> dict[str, int]:
        """Return ``{"articles": n, "mentions": m, "events": k}``: rows of ``articles``, ``mentions`` and
        ``events`` (deduplicated events; 0 for a schema-1 store opened read-only, which has none)."""
        con = self._require()
        return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("articles", "mentions", "events")}

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database (idempotent); releases the file lock."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:  # the transaction was already aborted
        pass


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _json_or_null(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _iso_date(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"event record field {field!r}: not an ISO date YYYY-MM-DD: {value!r}") from None


def _load_json(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _row_to_record(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": r["event_id"],
        "doc_id": r["doc_id"],
        "lang": r["lang"],
        "event_type": r["event_type"],
        "mode": r["mode"],
        "context": list(r["context"]),
        "cameo": {
            "code": r["cameo_code"],
            "root": r["cameo_root"],
            "goldstein": r["goldstein"],
            "quad_class": r["quad_class"],
        },
        "actors": json.loads(r["actors"]),
        "recipients": json.loads(r["recipients"]),
        "date": r["date"].isoformat() if r["date"] else None,
        "date_precision": r["date_precision"],
        "date_text": r["date_text"],
        "location": _load_json(r["location"]),
        "factuality": {"aux_mode": r["aux_mode"], "evidentiality": r["evidentiality"]},
        "attribution": list(r["attribution"]),
        "quote": _load_json(r["quote"]),
        "evidence": json.loads(r["evidence"]),
        "published": r["published"].isoformat() if r["published"] else None,
        "url": r["url"],
    }
