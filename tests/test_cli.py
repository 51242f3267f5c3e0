"""The ``cronica code`` command on bad and awkward input: exit codes, one-line messages, the database.

Every bad input must give the exit code documented in the README (2 unreadable input, 3 unsupported
language, 4 database error), a one-line ``cronica: <input>: <problem>`` message on stderr, no
traceback, and leave an existing database as it was. Most tests run the Typer app in-process with
``CliRunner`` so that the Romanian spaCy model is loaded once; the large-input test runs the installed
``cronica`` in a subprocess to measure its peak memory.

All texts below are invented for these tests (news-like sentences about public figures).
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from cronica.cli import app
from cronica.record import load_schema
from cronica.store import Store

pytest.importorskip("ro_legal_fl", reason="Romanian spaCy model ro-legal-fl is not installed")

PUB = "2025-12-11"  # a Thursday; "marți" before it is 2025-12-09
MEETING = "Președintele Nicușor Dan s-a întâlnit marți cu premierul Ilie Bolojan."
BASE = ("Ministrul de externe Oana Țoiu a condamnat vineri atacul Rusiei asupra Ucrainei. "
        "Guvernul de la București a anunțat un nou pachet de ajutor pentru Kiev.")
CEDILLAS = "şŞţŢ"  # U+015F U+015E U+0163 U+0162: the legacy forms ingest must normalise away

runner = CliRunner(mix_stderr=False)
SCHEMA = load_schema()


def cli(*args: str, input: bytes | str | None = None):
    """Run ``cronica code ARGS`` in-process; return the click ``Result`` (stdout/stderr apart)."""
    return runner.invoke(app, ["code", *args], input=input, catch_exceptions=True)


def records(result) -> list[dict]:
    """Parse ``--format jsonl`` output and validate each record against the event schema."""
    out = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    for r in out:
        jsonschema.validate(r, SCHEMA)
    return out


def assert_clean_failure(result, exit_code: int, *needles: str) -> str:
    """Assert the exit code, no traceback, and one ``cronica:`` stderr line holding every needle.

    Returns that stderr line.
    """
    assert result.exit_code == exit_code, (result.exit_code, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    lines = [ln for ln in result.stderr.splitlines() if all(n in ln for n in needles)]
    assert len(lines) == 1, f"expected one stderr line with {needles!r}, got:\n{result.stderr}"
    assert lines[0].startswith("cronica: "), lines[0]
    return lines[0]


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return store.counts()


def stored_articles(db: Path) -> list[dict]:
    with Store(db, read_only=True) as store:
        return store.articles(with_text=True)


def stored_events(db: Path) -> list[dict]:
    with Store(db, read_only=True) as store:
        return store.mentions()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    """A Cronica database holding one coded Romanian article (copied by :func:`db`)."""
    d = tmp_path_factory.mktemp("template")
    src = d / "baza.txt"
    src.write_text(BASE, encoding="utf-8")
    db = d / "cronica.duckdb"
    result = cli(str(src), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert counts(db)["articles"] == 1 and counts(db)["mentions"] >= counts(db)["events"] >= 1
    return db


@pytest.fixture
def db(template_db, tmp_path) -> Path:
    """A fresh copy of the template database; tests assert its counts do not change on bad input."""
    path = tmp_path / "cronica.duckdb"
    shutil.copyfile(template_db, path)
    return path


# --- unreadable inputs: exit 2, database unchanged --------------------------------------------


def test_empty_file(tmp_path, db):
    before = counts(db)
    path = tmp_path / "gol.txt"
    path.write_bytes(b"")
    result = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, str(path), "empty file")
    assert result.stdout == ""
    assert counts(db) == before


def test_whitespace_only_file_is_empty(tmp_path, db):
    before = counts(db)
    path = tmp_path / "spatii.txt"
    path.write_bytes(b" \n\t\r\n  \n")
    result = cli(str(path), "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, str(path), "empty file")
    assert counts(db) == before


def test_binary_file(tmp_path, db):
    before = counts(db)
    path = tmp_path / "poza.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    result = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, str(path), "binary file, not text")
    assert counts(db) == before


def test_nonexistent_path_others_still_coded(tmp_path, db):
    before = counts(db)
    missing = tmp_path / "nu-exista.txt"
    good = tmp_path / "bun.txt"
    good.write_text(MEETING, encoding="utf-8")
    result = cli(str(missing), str(good), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, str(missing), "file not found")
    assert [r["event_type"] for r in records(result)] == ["CONSULT"]
    assert counts(db) == {"articles": before["articles"] + 1, "mentions": before["mentions"] + 1,
                          "events": before["events"] + 1}


def test_unknown_extension(tmp_path, db):
    before = counts(db)
    path = tmp_path / "articol.docx"
    path.write_text(MEETING, encoding="utf-8")
    result = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, str(path), "unsupported file type '.docx'")
    assert result.stdout == ""
    assert counts(db) == before


@pytest.mark.parametrize("value", ["2025-13-01", "11.12.2025", "ieri", "2025-02-30"])
def test_bad_published_value(tmp_path, db, value):
    before, digest = counts(db), sha256(db)
    path = tmp_path / "bun.txt"
    path.write_text(MEETING, encoding="utf-8")
    result = cli(str(path), "--published", value, "--db", str(db), "--format", "jsonl")
    line = assert_clean_failure(result, 2, "--published", repr(value), "YYYY-MM-DD")
    assert result.stderr.strip() == line  # one line: no usage box
    assert result.stdout == ""
    assert counts(db) == before
    assert sha256(db) == digest  # rejected before the database is opened


def test_empty_stdin(db):
    before = counts(db)
    result = cli("-", "--db", str(db), "--format", "jsonl", input=b"  \n")
    assert_clean_failure(result, 2, "<stdin>", "empty input")
    assert counts(db) == before


# --- legacy encodings and cedillas ------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_legacy_encoding_is_decoded_and_coded(tmp_path, db, encoding):
    # Legacy encodings have no comma-below ș/ț: old Romanian text uses the cedilla forms.
    legacy = MEETING.replace("ș", "ş").replace("ț", "ţ")
    raw = legacy.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the file really is not UTF-8
    path = tmp_path / f"vechi-{encoding}.txt"
    path.write_bytes(raw)
    result = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [ev] = records(result)
    assert ev["event_type"] == "CONSULT" and ev["cameo"]["code"] == "040"
    assert [(a["name"], a["code"]) for a in ev["actors"]] == [("Nicușor Dan", "ROUGOV")]
    assert [(a["name"], a["code"]) for a in ev["recipients"]] == [("Ilie Bolojan", "ROUGOV")]
    assert (ev["date"], ev["date_precision"], ev["date_text"]) == ("2025-12-09", "day", "marți")
    art = [a for a in stored_articles(db) if a["doc_id"] == ev["doc_id"]]
    assert art and art[0]["text"] == MEETING  # decoded and normalised to comma-below


def test_utf8_with_one_damaged_byte_is_not_garbled(tmp_path, db, caplog):
    # One invalid byte in an otherwise UTF-8 file must not make the whole text decode as cp1250
    # ("PreČ™edintele"): it is read as UTF-8, the bad byte becomes U+FFFD, with a warning.
    text = (MEETING + " Cei doi au discutat despre bugetul pe anul viitor și despre reforma pensiilor, "
            "a transmis Administrația Prezidențială.")
    raw = text.encode("utf-8")
    cut = raw.index(b"bugetul")
    path = tmp_path / "stricat.txt"
    path.write_bytes(raw[:cut] + b"\xff" + raw[cut:])
    result = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    warning = [ln for ln in (result.stderr + caplog.text).splitlines() if "invalid UTF-8" in ln]
    assert warning and str(path) in warning[0]
    evs = records(result)
    assert evs[0]["event_type"] == "CONSULT"
    assert evs[0]["actors"][0]["text"] == "Președintele Nicușor Dan"
    [stored] = [a for a in stored_articles(db) if a["doc_id"] == evs[0]["doc_id"]]
    assert stored["text"] == text.replace("bugetul", "\ufffdbugetul")


def test_mixed_cedilla_and_comma_below_normalised_offsets_hold(tmp_path, db):
    text = ("Ministrul de externe Oana Ţoiu a condamnat vineri atacul Rusiei asupra Ucrainei. "
            "Preşedintele Nicuşor Dan s-a întâlnit marți cu premierul Ilie Bolojan la Palatul Cotroceni.")
    assert set(CEDILLAS) & set(text) and "ț" in text  # really mixed
    path = tmp_path / "amestec.txt"
    path.write_text(text, encoding="utf-8")
    result = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    evs = records(result)
    [stored] = [a for a in stored_articles(db) if a["doc_id"] == evs[0]["doc_id"]]
    body = stored["text"]
    assert not set(CEDILLAS) & set(body)
    assert body == text.replace("ş", "ș").replace("ţ", "ț").replace("Ţ", "Ț")
    assert len(body) == len(text)
    for ev in evs:
        e = ev["evidence"]
        assert body[e["start"]:e["end"]] == e["text"]
        for a in ev["actors"] + ev["recipients"]:
            assert body[a["start"]:a["end"]] == a["text"]
    consult = [ev for ev in evs if ev["event_type"] == "CONSULT"]
    assert len(consult) == 1
    c = consult[0]
    assert body[c["evidence"]["predicate_start"]:c["evidence"]["predicate_end"]] == "întâlnit"
    assert c["actors"][0]["text"] == "Președintele Nicușor Dan"
    assert [a["code"] for a in evs[0]["actors"]] == ["ROUGOV"]  # "Oana Ţoiu" resolved after normalising
    assert evs[0]["actors"][0]["name"] == "Oana Țoiu"
    assert stored_events(db)  # and it is stored with the same offsets
    assert {e["event_id"]: e["evidence"] for e in stored_events(db) if e["doc_id"] == c["doc_id"]} == {
        ev["event_id"]: ev["evidence"] for ev in evs}


# --- unsupported language: exit 3, others still coded -----------------------------------------


def test_german_and_french_skipped_others_coded(tmp_path, db):
    before = counts(db)
    de = tmp_path / "de.txt"
    de.write_text("Bundeskanzler Friedrich Merz hat am Dienstag in Berlin den französischen Präsidenten "
                  "Emmanuel Macron getroffen. Die beiden Politiker sprachen über die Lage in der Ukraine "
                  "und über neue Sanktionen gegen Russland.", encoding="utf-8")
    fr = tmp_path / "fr.txt"
    fr.write_text("Le président Emmanuel Macron a rencontré mardi à Paris le chancelier allemand Friedrich "
                  "Merz. Les deux dirigeants ont discuté de la situation en Ukraine et de nouvelles "
                  "sanctions contre la Russie.", encoding="utf-8")
    ro = tmp_path / "ro.txt"
    ro.write_text(MEETING, encoding="utf-8")
    result = cli(str(de), str(fr), str(ro), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 3, str(de), "language 'de' is not supported")
    assert_clean_failure(result, 3, str(fr), "language 'fr' is not supported")
    [ev] = records(result)
    assert ev["lang"] == "ro" and ev["event_type"] == "CONSULT"
    assert counts(db) == {"articles": before["articles"] + 1, "mentions": before["mentions"] + 1,
                          "events": before["events"] + 1}
    assert {a["source"] for a in stored_articles(db)} >= {str(ro)}
    assert not {str(de), str(fr)} & {a["source"] for a in stored_articles(db)}


def test_unreadable_and_unsupported_gives_highest_code(tmp_path, db):
    de = tmp_path / "de.txt"
    de.write_text("Die Bundesregierung hat am Montag neue Hilfen für die Ukraine beschlossen, teilte "
                  "ein Sprecher in Berlin mit.", encoding="utf-8")
    empty = tmp_path / "gol.txt"
    empty.write_bytes(b"")
    result = cli(str(empty), str(de), "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 3, str(de), "not supported")
    assert_clean_failure(result, 3, str(empty), "empty file")


# --- publication date -------------------------------------------------------------------------


def test_missing_publication_date(tmp_path, db, caplog):
    text = ("Ieri, premierul Ilie Bolojan a criticat Rusia. Pe 14 noiembrie 2025, ministrul de externe "
            "Oana Țoiu s-a întâlnit la Kiev cu omologul său ucrainean Andrii Sîbiha.")
    path = tmp_path / "fara-data.txt"
    path.write_text(text, encoding="utf-8")
    result = cli(str(path), "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    warning = [ln for ln in (result.stderr + caplog.text).splitlines() if "publication date" in ln]
    assert warning and str(path) in warning[0]
    evs = records(result)
    by_type = {ev["event_type"]: ev for ev in evs}
    assert set(by_type) == {"ACCUSE", "CONSULT"}
    accuse = by_type["ACCUSE"]
    assert (accuse["date"], accuse["date_precision"], accuse["published"]) == (None, "unknown", None)
    consult = by_type["CONSULT"]
    assert (consult["date"], consult["date_precision"]) == ("2025-11-14", "day")
    assert consult["recipients"][0]["code"] == "UKRGOV"


# --- the database ------------------------------------------------------------------------------


def _random_bytes_db(path: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))


def _foreign_duckdb(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE clienti (id INTEGER, nume VARCHAR)")
    con.execute("INSERT INTO clienti VALUES (1, 'Ion'), (2, 'Maria')")
    con.close()


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("make, problem", [
    (_random_bytes_db, "not a DuckDB database file"),
    (_foreign_duckdb, "not a Cronica database"),
    (_empty_file, "not a DuckDB database"),
])
def test_foreign_database_untouched(tmp_path, make, problem):
    foreign = tmp_path / "alta-baza.duckdb"
    make(foreign)
    digest, listing = sha256(foreign), sorted(p.name for p in tmp_path.iterdir())
    good = tmp_path / "bun.txt"
    good.write_text(MEETING, encoding="utf-8")
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = cli(str(good), "--published", PUB, "--db", str(foreign), "--format", "jsonl")
    assert_clean_failure(result, 4, str(foreign), problem)
    assert result.stdout == ""  # nothing coded: the database is checked first
    assert sha256(foreign) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no .wal or other file left behind


def test_database_path_is_a_directory(tmp_path):
    good = tmp_path / "bun.txt"
    good.write_text(MEETING, encoding="utf-8")
    result = cli(str(good), "--db", str(tmp_path), "--format", "jsonl")
    assert_clean_failure(result, 4, str(tmp_path), "is a directory")


def test_same_input_twice_is_idempotent(tmp_path, db):
    path = tmp_path / "bun.txt"
    path.write_text(BASE + " " + MEETING, encoding="utf-8")
    first = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert first.exit_code == 0, first.stderr
    after_first = counts(db)
    ids_first = [e["event_id"] for e in stored_events(db)]
    second = cli(str(path), "--published", PUB, "--db", str(db), "--format", "jsonl")
    assert second.exit_code == 0, second.stderr
    assert counts(db) == after_first
    assert [e["event_id"] for e in stored_events(db)] == ids_first
    assert [r["event_id"] for r in records(second)] == [r["event_id"] for r in records(first)]
    assert first.stdout == second.stdout


def test_stdin(db):
    before = counts(db)
    result = cli("-", "--published", PUB, "--db", str(db), "--format", "jsonl",
                 input=MEETING.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    [ev] = records(result)
    assert (ev["event_type"], ev["date"], ev["published"]) == ("CONSULT", "2025-12-09", PUB)
    assert counts(db) == {"articles": before["articles"] + 1, "mentions": before["mentions"] + 1,
                          "events": before["events"] + 1}
    assert any(a["source"] == "<stdin>" and a["text"] == MEETING for a in stored_articles(db))


def test_stdin_json_lines_bad_line_reported(db):
    lines = (json.dumps({"id": "ro-test-1", "text": MEETING, "published": PUB}, ensure_ascii=False)
             + "\nnu este JSON\n")
    result = cli("-", "--db", str(db), "--format", "jsonl", input=lines.encode("utf-8"))
    assert_clean_failure(result, 2, "<stdin>:2", "bad JSON")
    [ev] = records(result)
    assert ev["doc_id"] == "ro-test-1" and ev["date"] == "2025-12-09"


# --- output formats ---------------------------------------------------------------------------


def test_csv_and_table_formats(tmp_path):
    path = tmp_path / "bun.txt"
    path.write_text(MEETING, encoding="utf-8")
    csv_out = cli(str(path), "--published", PUB, "--no-db", "--format", "csv")
    assert csv_out.exit_code == 0, csv_out.stderr
    header, row = csv_out.stdout.splitlines()
    assert header.split(",")[:5] == ["event_id", "doc_id", "lang", "actors", "event_type"]
    assert ",Nicușor Dan (ROUGOV),CONSULT," in row and "2025-12-09,day" in row
    table = cli(str(path), "--published", PUB, "--no-db", "--format", "table")
    assert table.exit_code == 0, table.stderr
    assert "1 events" in table.stdout and "CONSULT (040)" in table.stdout
    assert not list(tmp_path.glob("*.duckdb"))  # --no-db writes no database


# --- a large input (subprocess: peak memory) --------------------------------------------------

RSS_LIMIT_BYTES = int(2.5 * 1024 ** 3)
BIG_BYTES = 5 * 1024 * 1024
BIG_TIMEOUT_S = 900


def _run_watched(cmd: list[str], limit_bytes: int, timeout_s: float) -> tuple[int, int, float, bool]:
    """Run ``cmd``; kill it when its RSS passes ``limit_bytes`` or after ``timeout_s``.

    Returns ``(returncode, peak_rss_bytes, seconds, killed)``; the peak is ``ru_maxrss`` of the
    waited-for children (``getrusage(RUSAGE_CHILDREN)``, KiB on Linux), which includes this child.
    """
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killed = []

    def watch() -> None:  # never let a runaway parse take the shared machine down
        while proc.poll() is None:
            try:
                rss_kib = next(int(ln.split()[1]) for ln in open(f"/proc/{proc.pid}/status")
                               if ln.startswith("VmRSS:"))
            except (OSError, StopIteration):
                rss_kib = 0
            if rss_kib * 1024 > limit_bytes or time.monotonic() - t0 > timeout_s:
                killed.append(rss_kib)
                proc.kill()
                return
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    watcher.join()
    seconds = time.monotonic() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    if err.strip():
        print(err.decode("utf-8", "replace")[-1000:])
    return proc.returncode, peak, seconds, bool(killed)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the memory watchdog")
@pytest.mark.skipif(not os.environ.get("CRONICA_SLOW_TESTS"),
                    reason="~6.5 min on 2 cores; run with CRONICA_SLOW_TESTS=1 pytest tests/test_cli.py -s")
def test_five_megabyte_article(tmp_path):
    paragraph = ("Președintele Nicușor Dan s-a întâlnit marți la Palatul Cotroceni cu premierul Ilie "
                 "Bolojan. Ministrul de externe Oana Țoiu a condamnat atacul Rusiei asupra Ucrainei. "
                 "Guvernul a anunțat că va trimite ajutor umanitar în Republica Moldova, potrivit "
                 "Agerpres.\n\n").encode("utf-8")
    path = tmp_path / "mare.txt"
    path.write_bytes(paragraph * (BIG_BYTES // len(paragraph) + 1))
    db = tmp_path / "mare.duckdb"
    cronica = Path(sys.executable).with_name("cronica")
    rc, peak, seconds, killed = _run_watched(
        [str(cronica), "code", str(path), "--published", PUB, "--db", str(db), "--format", "jsonl"],
        RSS_LIMIT_BYTES, BIG_TIMEOUT_S)
    print(f"5 MB article ({path.stat().st_size} bytes): rc={rc} peak RSS {peak / 1024 ** 2:.0f} MiB, "
          f"{seconds:.1f} s, killed={killed}")
    assert not killed, f"killed at {peak / 1024 ** 2:.0f} MiB after {seconds:.0f} s (limit 2.5 GiB / {BIG_TIMEOUT_S} s)"
    assert rc == 0
    assert peak < RSS_LIMIT_BYTES
    assert counts(db)["articles"] == 1


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01"])
def test_published_out_of_range_is_bad_input(tmp_path, db, value):
    # relative dates are computed from the publication date: extreme years used to overflow (exit 1)
    before, digest = counts(db), sha256(db)
    path = tmp_path / "bun.txt"
    path.write_text(MEETING, encoding="utf-8")
    result = cli(str(path), "--published", value, "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, "--published", value, "out of range")
    assert counts(db) == before and sha256(db) == digest
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": "a", "text": MEETING, "published": value}) + "\n", encoding="utf-8")
    result = cli(str(lines), "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, "a.jsonl:1", "out of range")


def test_one_id_for_two_texts_in_one_run_is_reported_not_silently_replaced(tmp_path, db):
    path = tmp_path / "dup.jsonl"
    path.write_text("\n".join(json.dumps({"id": "j1", "text": t, "published": PUB}) for t in (MEETING, MEETING + " Ieri.")),
                    encoding="utf-8")
    result = cli(str(path), "--db", str(db), "--format", "jsonl")
    assert_clean_failure(result, 2, "dup.jsonl:2", "'j1'", "already used by", "dup.jsonl:1")
    with Store(db, read_only=True) as s:  # the first text is the one stored
        [art] = [a for a in s.articles(with_text=True) if a["doc_id"] == "j1"]
        assert art["text"] == MEETING
