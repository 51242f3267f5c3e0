"""Tests for event deduplication (cronica.store.dedup), the deduplicated ``events`` table and the
migrations of schema versions 1 and 2 to 3."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from cronica.errors import StoreError
from cronica.record import Actor, Article, EventRecord
from cronica.store import Store
from cronica.store.dedup import block_key, cluster_mentions, date_window, dyads_agree, similarity, summarise
from cronica.store import duck

GOLD = Path(__file__).parent / "data" / "dedup" / "articles.jsonl"


def _m(eid, actors, recips, date, prec="day", etype="CONSULT", code="040", aux=None, evid="direct",
       text="", published=None, doc=None, lang="en"):
    act = lambda cs: [{"code": c + "GOV", "country": c, "sector": "GOV", "name": c} for c in cs]  # noqa: E731
    return {"event_id": eid, "doc_id": doc or eid, "lang": lang, "event_type": etype, "mode": None, "context": [],
            "cameo_code": code, "goldstein": 1.0, "quad_class": 1, "actors": act(actors), "recipients": act(recips),
            "date": date, "date_precision": prec, "location": None, "aux_mode": aux, "evidentiality": evid,
            "attribution": [], "evidence": {"text": text}, "published": published or date, "url": None,
            "publisher": None}


def _groups(clusters):
    return sorted(sorted(m["event_id"] for m in c.members) for c in clusters)


def test_date_windows():
    assert [str(d) for d in date_window(_m("a", [], [], "2025-11-19"))] == ["2025-11-19", "2025-11-19"]
    assert [str(d) for d in date_window(_m("a", [], [], "2025-11-19", "publication"))] == ["2025-11-18", "2025-11-20"]
    assert [str(d) for d in date_window(_m("a", [], [], "2025-11-19", "month"))] == ["2025-11-01", "2025-11-30"]


def test_reciprocal_meeting_merges_across_languages_and_follow_up_does_not():
    ms = [_m("en", ["ROU"], ["MDA"], "2025-11-19", text="Nicușor Dan met Maia Sandu in Chișinău."),
          _m("ro", ["MDA"], ["ROU"], "2025-11-19", text="Maia Sandu l-a primit pe Nicușor Dan.", lang="ro"),
          _m("month", ["ROU"], ["MDA"], "2025-11-01", "month"),
          _m("next", ["ROU"], ["MDA"], "2025-11-20")]
    # the month-precision report fits either day; it joins the first cluster it fits best (earliest on a tie)
    assert _groups(cluster_mentions(ms)) == [["en", "month", "ro"], ["next"]]


def test_directed_dyad_and_type_must_agree():
    ms = [_m("a", ["UKR"], ["RUS"], "2025-11-20", "day", "ACCUSE", "112"),
          _m("b", ["RUS"], ["UKR"], "2025-11-20", "day", "ACCUSE", "112"),
          _m("c", ["UKR"], [], "2025-11-20", "day", "ACCUSE", "112"),  # recipient unresolved: subset
          _m("d", ["UKR"], ["RUS"], "2025-11-20", "day", "REJECT", "120")]
    assert block_key(ms[0]) == "ACCUSE" and block_key(ms[3]) == "REJECT"
    assert _groups(cluster_mentions(ms[:3])) == [["a", "c"], ["b"]]
    assert dyads_agree((frozenset({"ROU"}), frozenset({"MDA"})), (frozenset({"ROU"}), frozenset({"UKR"}))) == (False, False)


def test_publication_precision_within_one_day():
    ms = [_m("a", ["USA"], ["RUS"], "2025-11-24"), _m("b", ["USA"], ["RUS"], "2025-11-25", "publication"),
          _m("c", ["USA"], ["RUS"], "2025-11-27", "publication")]
    assert _groups(cluster_mentions(ms)) == [["a", "b"], ["c"]]


def test_factuality_conflict_and_counts():
    ms = [_m("a", ["RUS"], ["UKR"], "2025-11-20", etype="ASSAULT", code="190"),
          _m("b", ["RUS"], ["UKR"], "2025-11-20", etype="ASSAULT", code="190", aux="negation"),
          _m("c", ["RUS"], ["UKR"], "2025-11-20", etype="ASSAULT", code="190", evid="alleged")]
    [c] = cluster_mentions(ms)
    row = summarise(c, "ASSAULT")
    assert row["factuality_conflict"] is True and row["factual"] is True
    assert row["factuality_counts"] == {"aux_asserted": 2, "aux_negation": 1, "evidentiality_alleged": 1,
                                        "evidentiality_direct": 2}
    assert row["num_mentions"] == 3 and row["num_articles"] == 3


def test_clustering_is_order_independent():
    ms = [_m(str(i), ["ROU"], ["MDA"], f"2025-11-{19 + i % 3}") for i in range(9)]
    assert _groups(cluster_mentions(ms)) == _groups(cluster_mentions(list(reversed(ms))))
    assert len(cluster_mentions(ms)) == 3


def test_similarity_is_diacritic_insensitive():
    assert similarity("Chișinău", "Chisinau") == 1.0
    assert similarity("Dan met Sandu", "Trump called Putin") < 0.2


# -- store integration --------------------------------------------------------------------------


def _rec(doc, code="040", etype="CONSULT", actor="ROU", recip="MDA", date="2025-11-19", pred=(10, 13), **kw):
    return EventRecord(doc_id=doc, lang="en", event_type=etype, cameo_code=code, goldstein=1.0, quad_class=1,
                       evidence_sentence=0, evidence_start=0, evidence_end=30, evidence_text="Dan met Sandu on Wednesday.",
                       predicate_start=pred[0], predicate_end=pred[1], date=date, date_precision="day",
                       actors=[Actor(text=actor, start=0, end=3, name=actor, code=actor + "GOV", country=actor, sector="GOV")],
                       recipients=[Actor(text=recip, start=14, end=19, name=recip, code=recip + "GOV", country=recip,
                                         sector="GOV")], **kw)


def _counts(con):
    return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("articles", "mentions", "mention_cluster", "events"))


def test_store_clusters_and_recode_is_idempotent(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        s.save(Article("Dan met Sandu on Wednesday.", doc_id="a", publisher="Reuters"), [_rec("a")])
        s.save(Article("Sandu received Dan on Wednesday.", doc_id="b", publisher="Agerpres"),
               [_rec("b", actor="MDA", recip="ROU")])
        s.save(Article("Dan met Sandu again on Thursday.", doc_id="c"), [_rec("c", date="2025-11-20")])
        first = s.clusters()
        assert [(c["date"], c["num_mentions"], c["num_sources"]) for c in first] == [
            ("2025-11-19", 2, 2), ("2025-11-20", 1, 1)]
        before = _counts(s.connection)
        s.save(Article("Sandu received Dan on Wednesday.", doc_id="b", publisher="Agerpres"),
               [_rec("b", actor="MDA", recip="ROU")])
        assert _counts(s.connection) == before == (3, 3, 3, 2)
        assert s.clusters() == first
        # re-coding b as another day moves it out of the cluster, atomically
        s.save(Article("Sandu received Dan on Wednesday.", doc_id="b"), [_rec("b", date="2025-11-22")])
        assert [c["num_mentions"] for c in s.clusters()] == [1, 1, 1]
        assert s.connection.execute("SELECT count(*) FROM event_mentions WHERE cluster_id IS NULL").fetchone()[0] == 0


def test_actors_view(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        s.save(Article("x", doc_id="a"), [_rec("a")])
        rows = s.connection.execute("SELECT code, name, country, as_actor, as_recipient FROM actors ORDER BY 1").fetchall()
    assert rows == [("MDAGOV", "MDA", "MDA", 0, 1), ("ROUGOV", "ROU", "ROU", 1, 0)]


# -- migrations -----------------------------------------------------------------------------------
# The layouts of schema versions 1 and 2, exactly as Cronica created them (src/cronica/store/duck.py
# before version 3): version 1 = _V1_DDL, version 2 = _V1_DDL + _V2_DDL.

_V1_DDL = (
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
    """CREATE TABLE events (
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
    )""",
    "CREATE INDEX events_doc_id ON events (doc_id)",
)

# Added by schema version 2 (a version-1 store is migrated in place, in one transaction).
_V2_DDL = (
    """CREATE TABLE mention_cluster (
        event_id VARCHAR NOT NULL,
        block_key VARCHAR NOT NULL,
        cluster_id VARCHAR,
        win_start DATE,
        win_end DATE
    )""",
    "CREATE INDEX mention_cluster_block ON mention_cluster (block_key)",
    """CREATE TABLE event_clusters (
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
    )""",
    "CREATE INDEX event_clusters_block ON event_clusters (block_key)",
    """CREATE VIEW mentions AS
        SELECT e.*, mc.cluster_id FROM events e LEFT JOIN mention_cluster mc USING (event_id)""",
    """CREATE VIEW actors AS
        WITH a AS (
            SELECT unnest(CAST(json_extract(actors, '$[*]') AS JSON[])) AS j, 'actor' AS role FROM events
            UNION ALL
            SELECT unnest(CAST(json_extract(recipients, '$[*]') AS JSON[])) AS j, 'recipient' AS role FROM events
        )
        SELECT json_extract_string(j, '$.code') AS code,
               mode(json_extract_string(j, '$.name')) AS name,
               list_sort(list(DISTINCT json_extract_string(j, '$.name'))) AS names,
               mode(json_extract_string(j, '$.country')) AS country,
               mode(json_extract_string(j, '$.sector')) AS sector,
               count(*) FILTER (WHERE role = 'actor') AS as_actor,
               count(*) FILTER (WHERE role = 'recipient') AS as_recipient
        FROM a WHERE json_extract_string(j, '$.code') IS NOT NULL GROUP BY 1""",
)


def _legacy_file(path, version, src=None):
    """Create a Cronica store of schema ``version`` (1 or 2) at ``path``; with ``src`` (a version-3 store
    file), copy its rows into the old tables (``mentions`` → ``events``, ``events`` → ``event_clusters``)."""
    con = duckdb.connect(str(path))
    for stmt in _V1_DDL + (_V2_DDL if version == 2 else ()):
        con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('cronica', ?, now())", [version])
    if src is not None:
        con.execute(f"ATTACH '{src}' AS src (READ_ONLY)")
        con.execute("INSERT INTO articles SELECT * FROM src.articles")
        con.execute("INSERT INTO events SELECT * FROM src.mentions")
        if version == 2:
            con.execute("INSERT INTO mention_cluster SELECT * FROM src.mention_cluster")
            con.execute("INSERT INTO event_clusters SELECT * FROM src.events")
        con.execute("DETACH src")
    con.close()


def _tables(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT table_name, table_type FROM information_schema.tables ORDER BY 1").fetchall()
    finally:
        con.close()


def _meta_version(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT schema_version FROM meta").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def v3_source(tmp_path):
    """A version-3 store with three articles: two reports of one meeting and a follow-up the next day."""
    path = tmp_path / "src.duckdb"
    with Store(path) as s:
        s.save(Article("Dan met Sandu on Wednesday.", doc_id="a", publisher="Reuters"), [_rec("a")])
        s.save(Article("Sandu received Dan on Wednesday.", doc_id="b", publisher="Agerpres"),
               [_rec("b", actor="MDA", recip="ROU")])
        s.save(Article("Dan met Sandu again on Thursday.", doc_id="c"), [_rec("c", date="2025-11-20")])
        snapshot = {"events": s.mentions(), "clusters": s.clusters(), "counts": s.counts(),
                    "actors": s.connection.execute("SELECT * FROM actors ORDER BY code").fetchall()}
    assert snapshot["counts"] == {"articles": 3, "mentions": 3, "events": 2}
    return path, snapshot


def test_empty_v1_store_is_migrated_in_place(tmp_path):
    _legacy_file(tmp_path / "v1.duckdb", 1)
    with Store(tmp_path / "v1.duckdb") as s:
        assert s.schema_version == 3 and s.clusters() == []
    assert _meta_version(tmp_path / "v1.duckdb") == 3


def test_read_only_v1_store_is_not_migrated(tmp_path, v3_source):
    path = tmp_path / "v1ro.duckdb"
    _legacy_file(path, 1, src=v3_source[0])
    before = path.read_bytes()
    with Store(path, read_only=True) as s:
        assert s.schema_version == 1
        with pytest.raises(StoreError, match="schema version 1 has no event clusters"):
            s.clusters()
        # the version-3 names work on the connection (temporary views; no deduplicated events yet)
        assert s.mentions() == v3_source[1]["events"]
        assert s.counts() == {"articles": 3, "mentions": 3, "events": 0}
        assert s.connection.execute("SELECT count(*), count(cluster_id) FROM event_mentions").fetchone() == (3, 0)
    assert _meta_version(path) == 1 and path.read_bytes() == before


def test_v1_store_with_events_gets_clusters(tmp_path, v3_source):
    path = tmp_path / "v1.duckdb"
    _legacy_file(path, 1, src=v3_source[0])
    with Store(path) as s:
        assert s.schema_version == 3
        assert s.counts() == v3_source[1]["counts"] == {"articles": 3, "mentions": 3, "events": 2}
        assert s.clusters() == v3_source[1]["clusters"]
        assert [c["num_mentions"] for c in s.clusters()] == [2, 1]
        assert s.mentions() == v3_source[1]["events"]
    assert _tables(path) == _tables(v3_source[0])


def test_v2_store_is_migrated_with_data_and_clusters(tmp_path, v3_source):
    src, snap = v3_source
    path = tmp_path / "v2.duckdb"
    _legacy_file(path, 2, src=src)
    assert ("event_clusters", "BASE TABLE") in _tables(path)
    with Store(path) as s:
        assert s.schema_version == 3
        assert s.mentions() == snap["events"]
        assert s.clusters() == snap["clusters"]  # the same cluster ids, no re-clustering needed
        assert s.counts() == snap["counts"]
        con = s.connection
        assert con.execute("SELECT * FROM actors ORDER BY code").fetchall() == snap["actors"]
        assert con.execute("SELECT event_id, cluster_id FROM event_mentions ORDER BY event_id").fetchall() == sorted(
            (e, c["cluster_id"]) for c in snap["clusters"] for e in c["event_ids"])
        # still writable: re-coding b as another day moves it out of its event
        s.save(Article("Sandu received Dan on Wednesday.", doc_id="b"), [_rec("b", date="2025-11-22")])
        assert [c["num_mentions"] for c in s.clusters()] == [1, 1, 1]
    assert _meta_version(path) == 3
    assert _tables(path) == _tables(src)


def test_v2_migration_failure_leaves_file_unchanged(tmp_path, v3_source, monkeypatch):
    path = tmp_path / "v2fail.duckdb"
    _legacy_file(path, 2, src=v3_source[0])
    tables = _tables(path)
    # fail after the tables have been copied and dropped, before the commit
    monkeypatch.setattr(duck, "_DDL_VIEWS", duck._DDL_VIEWS + ("SELECT * FROM no_such_table",))
    with pytest.raises(StoreError, match="cannot migrate database from schema version 2 to 3 .*the file is unchanged"):
        Store(path)
    assert _tables(path) == tables and _meta_version(path) == 2
    monkeypatch.undo()
    with Store(path, read_only=True) as s:
        assert s.clusters() == v3_source[1]["clusters"] and s.mentions() == v3_source[1]["events"]
    with Store(path) as s:  # and a later read-write open migrates it
        assert s.schema_version == 3 and s.clusters() == v3_source[1]["clusters"]


def test_v1_migration_failure_leaves_file_unchanged(tmp_path, v3_source, monkeypatch):
    path = tmp_path / "v1fail.duckdb"
    _legacy_file(path, 1, src=v3_source[0])
    tables = _tables(path)

    def boom(self, con, affected):
        raise duckdb.Error("simulated failure while clustering")

    monkeypatch.setattr(Store, "_recluster", boom)
    with pytest.raises(StoreError, match="from schema version 1 to 3 \\(simulated failure"):
        Store(path)
    assert _tables(path) == tables == [("articles", "BASE TABLE"), ("events", "BASE TABLE"), ("meta", "BASE TABLE")]
    assert _meta_version(path) == 1


def test_read_only_v2_store_is_readable_and_unchanged(tmp_path, v3_source):
    from cronica.store.export import export
    from cronica.store.query import dyad_series, query_events

    src, snap = v3_source
    path = tmp_path / "v2ro.duckdb"
    _legacy_file(path, 2, src=src)
    before = path.read_bytes()
    with Store(path, read_only=True) as s:
        assert s.schema_version == 2
        assert s.mentions() == snap["events"] and s.clusters() == snap["clusters"] and s.counts() == snap["counts"]
        con = s.connection
        assert con.execute("SELECT * FROM actors ORDER BY code").fetchall() == snap["actors"]
        assert con.execute("SELECT count(*), count(cluster_id) FROM event_mentions").fetchone() == (3, 3)
        assert [e["num_mentions"] for e in query_events(s, actor="ROU")] == [2, 1]
        assert [r["events"] for r in dyad_series(s, "ROU", "MDA", by="month")] == [2]
        paths = export(s, "csv", tmp_path / "out")
        assert [p.name for p in paths] == ["articles.csv", "mentions.csv", "mention_cluster.csv", "events.csv",
                                           "actors.csv"]
        assert len((tmp_path / "out" / "events.csv").read_text("utf-8").splitlines()) == 1 + 2
        assert len((tmp_path / "out" / "mentions.csv").read_text("utf-8").splitlines()) == 1 + 3
        with pytest.raises(StoreError, match="read-only"):
            s.save(Article("x", doc_id="x"), [])
    assert path.read_bytes() == before and _meta_version(path) == 2


@pytest.fixture(scope="module")
def gold_eval(tmp_path_factory):
    from cronica.store.dedup_eval import evaluate

    return evaluate(GOLD, db=tmp_path_factory.mktemp("dedup") / "gold.duckdb")


def test_gold_corpus_shape():
    rows = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]
    assert len(rows) >= 40 and len({r["cluster"] for r in rows}) == 15
    assert {r["lang"] for r in rows} == {"ro", "en"}
    assert {"id", "lang", "published", "publisher", "title", "url", "text", "cluster"} <= set(rows[0])


def test_gold_pairwise_precision_recall(gold_eval):
    # measured 2026-11-30: main P 1.000 R 1.000 (2026-11-29: R 0.896, before "Mark Rutte met" and
    # "Sandu received Dan" were coded); the target is 0.90 each
    assert gold_eval["main"]["precision"] >= 0.90
    assert gold_eval["main"]["recall"] >= 0.90
    assert gold_eval["any"]["precision"] >= 0.85


def test_evaluate_dedup_cli_rejects_bad_gold(tmp_path):
    from typer.testing import CliRunner

    from cronica.cli import app

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "lang": "en", "published": "yesterday", "cluster": "e1"}\n', "utf-8")
    res = CliRunner(mix_stderr=False).invoke(app, ["evaluate", "dedup", "--gold", str(bad)])
    assert res.exit_code == 2 and "bad.jsonl:1: not a gold dedup line" in res.stderr
    res = CliRunner(mix_stderr=False).invoke(app, ["evaluate", "dedup", "--gold", str(tmp_path / "none.jsonl")])
    assert res.exit_code == 2 and "cannot read the gold dedup file" in res.stderr
