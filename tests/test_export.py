"""Tests for exports (GDELT/PLOVER/Parquet/CSV), queries, the store commands, and store reliability
(kill -9 mid-batch, a second process while one writes, a corrupt file)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from cronica.errors import InputError, StoreError
from cronica.record import Actor, Article, EventRecord
from cronica.store import Store
from cronica.store.duck import CLUSTER_COLUMNS
from cronica.store.cli import register, store_app
from cronica.store.export import export
from cronica.store.query import open_store, query_events

CRONICA = str(Path(sys.executable).with_name("cronica"))


def _rec(doc, actor="ROU", recip="MDA", date="2025-11-19", code="040", etype="CONSULT", aux=None, quad=1, gold=1.0):
    return EventRecord(doc_id=doc, lang="ro", event_type=etype, cameo_code=code, goldstein=gold, quad_class=quad,
                       evidence_sentence=0, evidence_start=0, evidence_end=20, evidence_text="Dan l-a întâlnit pe x.",
                       predicate_start=4, predicate_end=9, date=date, date_precision="day", aux_mode=aux,
                       location={"name": "Chișinău", "country": "MDA", "lat": 47.01, "lon": 28.86, "precision": "city"},
                       actors=[Actor(text="Dan", start=0, end=3, name="Nicușor Dan", code=actor + "GOV",
                                     country=actor, sector="GOV")],
                       recipients=[Actor(text="Sandu", start=10, end=15, name="Maia Sandu", code=recip + "GOV",
                                         country=recip, sector="GOV")],
                       url=f"https://ex.ro/{doc}")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "e.duckdb"
    with Store(path) as s:
        s.save(Article("Dan s-a întâlnit cu Sandu.", doc_id="a", lang="ro", publisher="Agerpres"), [_rec("a")])
        s.save(Article("Sandu l-a primit pe Dan.", doc_id="b", lang="ro", publisher="Digi24"),
               [_rec("b", "MDA", "ROU")])
        s.save(Article("Rusia a atacat Ucraina.", doc_id="c", lang="ro"),
               [_rec("c", "RUS", "UKR", "2025-12-02", "190", "ASSAULT", quad=4, gold=-10.0),
                ])
        s.save(Article("Rusia nu a atacat Ucraina.", doc_id="d", lang="ro"),
               [_rec("d", "RUS", "UKR", "2025-12-02", "190", "ASSAULT", aux="negation", quad=4, gold=-10.0)])
    return path


def test_query_filters(db):
    with Store(db, read_only=True) as s:
        assert len(query_events(s)) == 2
        [ev] = query_events(s, actor="ROU")
        assert ev["num_mentions"] == 2 and ev["num_sources"] == 2
        assert [e["event_type"] for e in query_events(s, actor="RUSGOV", recipient="UKR")] == ["ASSAULT"]
        assert query_events(s, event_type="consult", since="2025-11-20") == []
        [conflict] = query_events(s, event_type="ASSAULT")
        assert conflict["factuality_conflict"] is True
        assert len(query_events(s, factual_only=True, lang="ro")) == 2


def test_python_api_and_dyad(db):
    with open_store(db) as h:
        df = h.events(actor="MDA")
        assert list(df.columns[:3]) == list(CLUSTER_COLUMNS)[:3] and len(df.index) == 1
        assert df.loc[0, "event_type"] == "CONSULT" and "MDAGOV" in str(df.loc[0, "actors"])
        assert len(h.events(actor="XXX").index) == 0
        with pytest.raises(InputError, match="since='last week'"):
            h.events(since="last week")
        assert h.dyad("RUS", "UKR", by="month") == [
            {"period": "2025-12-01", "events": 1, "q1": 0, "q2": 0, "q3": 0, "q4": 1, "goldstein_mean": -10.0}]
        # reciprocal meeting counts in both directions
        assert [r["events"] for r in h.dyad("MDA", "ROU", by="week")] == [1]


def test_gdelt_export(db, tmp_path):
    with Store(db, read_only=True) as s:
        ev_path, m_path = export(s, "gdelt", tmp_path / "out")
    rows = [line.split("\t") for line in ev_path.read_text("utf-8").splitlines()]
    assert all(len(r) == 61 for r in rows) and len(rows) == 2
    meet = next(r for r in rows if r[26] == "040")
    assert meet[1:4] == ["20251119", "202511", "2025"]
    assert {meet[5], meet[15]} == {"ROUGOV", "MDAGOV"} and meet[7] == meet[5][:3] and meet[12] == "GOV"
    assert meet[17] == meet[15][:3] and meet[16] in ("Nicușor Dan", "Maia Sandu")
    assert meet[28:34] == ["04", "1", "1.0", "2", "2", "2"]
    assert meet[51:54] == ["4", "Chișinău", "MDA"] and meet[56:58] == ["47.01", "28.86"]
    mentions = [line.split("\t") for line in m_path.read_text("utf-8").splitlines()]
    assert all(len(r) == 16 for r in mentions) and len(mentions) == 4
    assert {r[0] for r in mentions} == {r[0] for r in rows}
    assert sorted(r[11] for r in mentions) == ["100", "100", "100", "50"]
    assert {r[14] for r in mentions} == {"srclc:ron"}


def test_plover_parquet_csv_exports(db, tmp_path):
    with Store(db, read_only=True) as s:
        [plover] = export(s, "plover", tmp_path / "p")
        parquet = export(s, "parquet", tmp_path / "q")
        csvs = export(s, "csv", tmp_path / "c")
    recs = [json.loads(line) for line in plover.read_text("utf-8").splitlines()]
    assert [(r["event_type"], r["num_mentions"]) for r in recs] == [("CONSULT", 2), ("ASSAULT", 2)]
    assert [p.name for p in parquet] == ["articles.parquet", "mentions.parquet", "mention_cluster.parquet",
                                         "events.parquet", "actors.parquet"]
    assert [p.name for p in csvs] == ["articles.csv", "mentions.csv", "mention_cluster.csv", "events.csv",
                                      "actors.csv"]
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{parquet[1]}'").fetchone()[0] == 4
    assert con.execute(f"SELECT count(*), sum(num_mentions) FROM '{parquet[3]}'").fetchone() == (2, 4)
    assert csvs[0].read_text("utf-8").splitlines()[0].startswith("doc_id,text_hash")


def test_store_cli(db, tmp_path):
    app = typer.Typer()
    register(app)
    app.add_typer(store_app, name="store")
    r = CliRunner().invoke(app, ["events", "--db", str(db), "--format", "json", "--actor", "RUS"])
    assert r.exit_code == 0, r.output
    [line] = r.output.splitlines()
    assert json.loads(line)["cameo_code"] == "190"
    r = CliRunner().invoke(app, ["dyad", "RUS", "UKR", "--by", "week", "--db", str(db)])
    assert r.output.splitlines() == ["period\tevents\tq1\tq2\tq3\tq4\tgoldstein_mean",
                                     "2025-12-01\t1\t0\t0\t0\t1\t-10.0"]
    r = CliRunner().invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 4 and "no such database" in r.output
    r = CliRunner().invoke(app, ["store", "recluster", "--db", str(db)])
    assert r.exit_code == 0 and r.output.strip() == "2 events"


# -- reliability --------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _batch(path: Path, n: int = 200) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"Nicușor Dan met Maia Sandu in Chișinău on {i % 28 + 1} {MONTHS[i // 28 % 12]} {2024 + i // 336}."
            fh.write(json.dumps({"id": f"k{i:03d}", "lang": "en", "published": "2025-12-31", "text": text}) + "\n")


def test_kill_9_mid_batch_then_rerun(tmp_path):
    batch, db = tmp_path / "batch.jsonl", tmp_path / "k.duckdb"
    _batch(batch)
    cmd = [CRONICA, "code", str(batch), "--db", str(db), "--format", "jsonl"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    err = tmp_path / "stderr.txt"
    with err.open("w", encoding="utf-8") as err_fh:  # (kept, so that an early exit says why)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err_fh, text=True, env=env)
        seen = 0
        for _ in proc.stdout:
            seen += 1
            if seen == 60:
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, (seen, err.read_text(encoding="utf-8")[-2000:])
    with Store(db, read_only=True) as s:  # whatever was committed is complete
        con = s.connection
        partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 60 <= partial < 200
        assert con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                           "(SELECT 1 FROM mentions m WHERE m.doc_id = a.doc_id)").fetchone()[0] == 0
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env, timeout=120)
    with Store(db, read_only=True) as s:
        con = s.connection
        assert con.execute("SELECT count(*), count(DISTINCT doc_id), count(DISTINCT text_hash) FROM articles"
                           ).fetchone() == (200, 200, 200)
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 200
        assert con.execute("SELECT max(n) FROM (SELECT count(*) n FROM mentions GROUP BY doc_id)").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM event_mentions WHERE cluster_id IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT sum(num_mentions) FROM events").fetchone()[0] == 200


def test_reader_while_writer_gets_store_error(tmp_path):
    """DuckDB allows one process per file when one writes: a second process (reader or writer) is refused
    with a clear StoreError until the writer closes the store; it never sees half-written data."""
    path = tmp_path / "w.duckdb"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from cronica.store import Store
        s = Store({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
        s.close()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked by another process"):
            Store(path, read_only=True)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Store(path, read_only=True) as s:
        assert s.counts() == {"articles": 0, "mentions": 0, "events": 0}


def test_corrupt_file_is_refused_and_not_overwritten(tmp_path, db):
    data = bytearray(db.read_bytes())
    for i in range(4096, len(data), 7):  # keep DuckDB's header, scramble the blocks
        data[i] ^= 0x5A
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(bytes(data))
    with pytest.raises(StoreError) as info:
        Store(bad)
    assert str(info.value).startswith(f"{bad}: ")
    assert bad.read_bytes() == bytes(data)


def test_unasserted_events_are_left_out_of_dyads_and_gdelt_unless_asked(tmp_path):
    path = tmp_path / "n.duckdb"
    with Store(path) as s:  # only a denied meeting
        s.save(Article("Zelenski nu s-a întâlnit cu Putin.", doc_id="n", lang="ro"),
               [_rec("n", "UKR", "RUS", aux="negation")])
    with open_store(path) as h:
        assert h.dyad("RUS", "UKR") == [] and h.dyad("UKR", "RUS") == []
        assert [r["events"] for r in h.dyad("UKR", "RUS", factual_only=False)] == [1]
        assert len(h.events(type="consult").index) == 1  # 'type' is accepted for event_type
        with pytest.raises(InputError, match="unknown filter colour"):
            h.events(colour="red")
        with pytest.raises(InputError, match="unknown event type 'NOTATYPE'"):
            h.events(event_type="NOTATYPE")
    with Store(path, read_only=True) as s:
        ev, _ = export(s, "gdelt", tmp_path / "g")
        assert ev.read_text("utf-8") == ""
        ev, _ = export(s, "gdelt", tmp_path / "g2", factual_only=False)
        assert len(ev.read_text("utf-8").splitlines()) == 1
