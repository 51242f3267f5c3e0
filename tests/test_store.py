"""Tests for cronica.store: the DuckDB event store (idempotence, atomicity, refusing foreign files)."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from datetime import date

import duckdb
import jsonschema
import pytest

from cronica.errors import StoreError
from cronica.record import Actor, Article, EventRecord, load_schema
from cronica.store import SaveResult, Store

TEXT = ("Ministrul de Externe, Oana Țoiu, a condamnat marți la Bruxelles atacul asupra Kievului. "
        "„Este o încălcare gravă a dreptului internațional”, a declarat ea, potrivit Agerpres.")


def _article(text: str = TEXT, doc_id: str = "ro-1", **kw) -> Article:
    kw.setdefault("lang", "ro")
    kw.setdefault("published", date(2026, 11, 24))
    kw.setdefault("url", "https://example.ro/stire")
    kw.setdefault("title", "Condamnare")
    return Article(text=text, doc_id=doc_id, **kw)


def _record(doc_id: str = "ro-1", pred: tuple[int, int] = (42, 51), code: str = "1221", **kw) -> EventRecord:
    base = dict(
        doc_id=doc_id, lang="ro", event_type="ACCUSE", cameo_code=code, goldstein=-2.0, quad_class=3,
        evidence_sentence=0, evidence_start=0, evidence_end=89, evidence_text=TEXT[:89],
        predicate_start=pred[0], predicate_end=pred[1],
    )
    base.update(kw)
    return EventRecord(**base)


def _full_record(doc_id: str = "ro-1") -> EventRecord:
    return _record(
        doc_id,
        mode="verbal",
        context=["political", "military"],
        actors=[Actor(text="Ministrul de Externe, Oana Țoiu", start=0, end=31, name="Oana Țoiu",
                      code="ROUGOV", country="ROU", sector="GOV")],
        recipients=[Actor(text="Kievului", start=80, end=88, name="Kyiv", code="UKR", country="UKR",
                          entity_type="GPE")],
        date="2026-11-24",
        date_precision="day",
        date_text="marți",
        location={"name": "Bruxelles", "country": "BEL", "lat": 50.8503, "lon": 4.3517, "precision": "city"},
        aux_mode=None,
        evidentiality="reported",
        attribution=["Agerpres"],
        quote={"speaker": "Oana Țoiu", "text": "Este o încălcare gravă a dreptului internațional"},
        published="2026-11-24",
        url="https://example.ro/stire",
    )


@pytest.fixture
def db(tmp_path):
    with Store(tmp_path / "cronica.duckdb") as store:
        yield store


def test_new_store_has_schema(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT app, schema_version FROM meta").fetchall() == [("cronica", 3)]
    tables = con.execute("SELECT table_name, table_type FROM information_schema.tables ORDER BY 1").fetchall()

    def cols(table):
        return [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()]

    mention_cols, event_cols = cols("mentions"), cols("events")
    con.close()
    assert tables == [("actors", "VIEW"), ("articles", "BASE TABLE"), ("event_mentions", "VIEW"),
                      ("events", "BASE TABLE"), ("mention_cluster", "BASE TABLE"), ("mentions", "BASE TABLE"),
                      ("meta", "BASE TABLE")]
    assert mention_cols[:3] == ["event_id", "doc_id", "seq"]
    assert {"goldstein", "quad_class", "actors", "quote", "evidence", "context", "attribution"} <= set(mention_cols)
    assert event_cols[:3] == ["cluster_id", "block_key", "event_type"]
    assert {"num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "factual"} <= set(event_cols)


def test_round_trip_full_record(db):
    rec = _full_record()
    db.save(_article(), [rec])
    [got] = db.mentions()
    assert got == rec.to_dict()
    assert list(got) == list(rec.to_dict())  # same key order too
    assert got["actors"][0]["name"] == "Oana Țoiu"
    assert got["location"]["lat"] == 50.8503


def test_round_trip_minimal_record(db):
    rec = _record(quote=None, location=None, date=None, published=None, url=None)
    db.save(_article(), [rec])
    assert db.mentions(doc_id="ro-1") == [rec.to_dict()]


def test_events_validate_against_schema(db):
    schema = load_schema()
    db.save(_article(), [_full_record(), _record(pred=(120, 132), code="012", event_type="REJECT")])
    db.save(_article("The minister met the ambassador.", doc_id="en-1", lang="en"),
            [_record("en-1", pred=(13, 16), code="040", event_type="CONSULT", goldstein=1.0, quad_class=1)])
    events = db.mentions()
    assert len(events) == 3
    for ev in events:
        jsonschema.validate(ev, schema)


def test_save_twice_is_idempotent(db):
    recs = [_full_record(), _record(pred=(120, 132), code="012")]
    first = db.save(_article(), recs)
    second = db.save(_article(), recs)
    assert first == SaveResult(doc_id="ro-1", new_article=True, events=2)
    assert second == SaveResult(doc_id="ro-1", new_article=False, events=2)
    assert db.counts() == {"articles": 1, "mentions": 2, "events": 2}


def test_same_text_other_doc_id_is_not_a_new_article(db):
    db.save(_article(doc_id="ro-1"), [_full_record("ro-1")])
    res = db.save(_article(doc_id="copie-de-pe-alt-site"), [_full_record("copie-de-pe-alt-site")])
    assert res == SaveResult(doc_id="ro-1", new_article=False, events=1)
    assert db.counts() == {"articles": 1, "mentions": 1, "events": 1}
    [ev] = db.mentions()
    assert ev["doc_id"] == "ro-1"
    assert ev["event_id"] == _full_record("ro-1").event_id


def test_resave_with_fewer_records_replaces_events(db):
    a, b, c = _record(pred=(42, 51)), _record(pred=(120, 132), code="012"), _record(pred=(140, 150), code="0231")
    db.save(_article(), [a, b, c])
    assert db.counts()["mentions"] == 3
    res = db.save(_article(), [b])
    assert res.events == 1
    assert [e["event_id"] for e in db.mentions()] == [b.event_id]


def test_edited_text_same_doc_id_replaces_article(db):
    db.save(_article(), [_record(), _record(pred=(120, 132), code="012")])
    edited = _article(TEXT + " Actualizare: reacția Moscovei a urmat.")
    res = db.save(edited, [_record()])
    assert res == SaveResult(doc_id="ro-1", new_article=False, events=1)
    [row] = db.articles(with_text=True)
    assert row["text"] == edited.text and row["text_hash"] == edited.text_hash
    assert row["n_chars"] == len(edited.text)


def test_duplicate_event_ids_in_one_save_are_stored_once(db):
    assert db.save(_article(), [_record(), _record()]).events == 1


def test_articles_listing(db):
    db.save(_article(publisher="Ziarul Test", source="stiri/a.txt"), [])
    [row] = db.articles()
    assert row["doc_id"] == "ro-1" and row["published"] == "2026-11-24" and row["publisher"] == "Ziarul Test"
    assert row["source"] == "stiri/a.txt" and row["lang"] == "ro" and row["n_chars"] == len(TEXT)
    assert "text" not in row
    assert db.counts() == {"articles": 1, "mentions": 0, "events": 0}


def test_plain_sql_query(tmp_path):
    path = tmp_path / "q.duckdb"
    with Store(path) as s:
        s.save(_article(), [_full_record(), _record(pred=(120, 132), code="012", event_type="REJECT")])
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("SELECT event_type, count(*) FROM mentions GROUP BY 1 ORDER BY 1").fetchall()
    actor = con.execute("SELECT json_extract_string(actors, '$[0].code') FROM mentions "
                        "WHERE event_type = 'ACCUSE'").fetchone()[0]
    events = con.execute("SELECT event_type, num_mentions, actor_codes FROM events ORDER BY 1").fetchall()
    linked = con.execute("SELECT count(*) FROM event_mentions m JOIN events e USING (cluster_id)").fetchone()[0]
    con.close()
    assert rows == [("ACCUSE", 1), ("REJECT", 1)]
    assert actor == "ROUGOV"
    assert events == [("ACCUSE", 1, ["ROUGOV"]), ("REJECT", 1, [])]
    assert linked == 2


def test_failure_mid_save_keeps_previous_events(db, monkeypatch):
    old = [_full_record(), _record(pred=(120, 132), code="012")]
    db.save(_article(), old)
    before = db.mentions()

    def boom(self, con, rows):
        raise RuntimeError("simulated crash after delete")

    monkeypatch.setattr(Store, "_insert_events", boom)
    with pytest.raises(RuntimeError, match="simulated crash"):
        db.save(_article(title="Titlu nou"), [_record(pred=(1, 5), code="010")])
    assert db.mentions() == before
    assert db.articles()[0]["title"] == "Condamnare"
    monkeypatch.undo()
    assert db.save(_article(), old).events == 2  # store still usable after the rollback


def test_failure_in_new_article_leaves_nothing(db, monkeypatch):
    monkeypatch.setattr(Store, "_insert_events", lambda self, con, rows: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        db.save(_article(), [_record()])
    assert db.counts() == {"articles": 0, "mentions": 0, "events": 0}


def test_bad_record_date_rolls_back(db):
    with pytest.raises(ValueError, match="'date': not an ISO date"):
        db.save(_article(), [_record(date="2026-02-30")])
    assert db.counts() == {"articles": 0, "mentions": 0, "events": 0}


def test_reopen_keeps_data(tmp_path):
    path = tmp_path / "r.duckdb"
    with Store(path) as s:
        s.save(_article(), [_full_record()])
    with Store(path) as s:
        assert s.counts() == {"articles": 1, "mentions": 1, "events": 1}
    with Store(path, read_only=True) as s:
        assert s.mentions() == [_full_record().to_dict()]
        with pytest.raises(StoreError, match="read-only"):
            s.save(_article(), [])


# --- refusing foreign files ----------------------------------------------------------------------


def test_non_duckdb_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "notes.duckdb"
    payload = b"Acesta nu este un fisier DuckDB.\n" * 100
    path.write_bytes(payload)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(info.value) == f"{path}: not a DuckDB database file; refusing to modify it"
    assert info.value.exit_code == 4
    assert path.read_bytes() == payload
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.duckdb"]


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.duckdb"
    path.write_bytes(b"")
    with pytest.raises(StoreError, match="empty"):
        Store(path)
    assert path.read_bytes() == b""


def test_foreign_duckdb_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE clients (id INTEGER, name VARCHAR)")
    con.execute("INSERT INTO clients VALUES (1, 'Ana'), (2, 'Mihai')")
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(info.value) == f"{path}: not a Cronica database; refusing to modify it"
    assert path.read_bytes() == before
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM clients").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0] == 1
    con.close()


def test_foreign_meta_table_is_refused(tmp_path):
    path = tmp_path / "meta.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (k VARCHAR, v VARCHAR)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Cronica database"):
        Store(path)
    assert path.read_bytes() == before


def test_newer_schema_version_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET schema_version = 99")
    con.close()
    with pytest.raises(StoreError, match="schema version 99, newer"):
        Store(path)


def test_missing_read_only_and_directory(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)


def test_locked_by_another_process(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, duckdb
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked by another process"):
            Store(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_same_process_can_open_twice(tmp_path):
    path = tmp_path / "twice.duckdb"
    with Store(path) as a:
        a.save(_article(), [_record()])
        with Store(path) as b:
            assert b.counts() == {"articles": 1, "mentions": 1, "events": 1}


def test_record_doc_id_is_rebound_to_stored_article(db):
    rec = dataclasses.replace(_record(), doc_id="altceva")
    res = db.save(_article(), [rec])
    assert res.doc_id == "ro-1"
    assert db.mentions()[0]["doc_id"] == "ro-1"


def test_readme_database_queries_run(tmp_path):
    """The two SQL examples of the README section "The database" run on a store and give the documented rows."""
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    section = readme[readme.index("## The database"):readme.index("## Queries, deduplication and exports")]
    queries = [q.strip() for q in re.search(r"```sql\n(.*?)```", section, re.S).group(1).split(";") if q.strip()]
    path = tmp_path / "readme.duckdb"
    with Store(path) as s:
        s.save(_article(), [_full_record(), _record(pred=(120, 132), code="012", event_type="REJECT")])
        s.save(_article(TEXT + " Reluare.", doc_id="ro-2", published=date(2026, 11, 25), publisher="Agerpres"),
               [_full_record("ro-2")])
    con = duckdb.connect(str(path), read_only=True)
    top, sentences = (con.execute(q).fetchall() for q in queries)
    con.close()
    assert len(queries) == 2
    # columns: date, event_type, cameo_code, actor_codes, recipient_codes, num_mentions, num_articles, num_sources
    assert [r[1:] for r in top] == [("ACCUSE", "1221", ["ROUGOV"], ["UKR"], 2, 2, 1),
                                    ("REJECT", "012", [], [], 1, 1, 1)]
    assert [(r[0], r[1]) for r in sentences] == [("ro-1", None), ("ro-2", "Agerpres")]
    assert sentences[0][3] == TEXT[:89]
