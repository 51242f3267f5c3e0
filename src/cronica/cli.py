"""Command line: a thin Typer layer over the Python API (``cronica.pipeline``, ``cronica.store``).

Exit codes (documented in the README):
  0 all inputs coded · 1 internal error · 2 an input could not be read (others were still coded) ·
  3 an input's language is not supported (skipped) · 4 database error (nothing written).
"""
from __future__ import annotations

import csv
import json
import logging
import os
import sys
from datetime import date
from enum import Enum
from typing import List, Optional

import typer

from .errors import CronicaError, InputError, UnsupportedLanguage

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Cronica: political event data (PLOVER/CAMEO) from Romanian and English news.")

DEFAULT_DB = "cronica.duckdb"


def _subcommands() -> None:
    """Attach the sub-apps (evaluation, actors) — each lives beside the API it wraps."""
    from .evaluate.actors_cli import actors_app, evaluate_actors_cmd
    from .evaluate.cli import evaluate_app

    from .store.cli import register as register_store_commands, store_app

    evaluate_app.command("actors")(evaluate_actors_cmd)
    app.add_typer(evaluate_app, name="evaluate")
    app.add_typer(actors_app, name="actors")
    register_store_commands(app)  # cronica events | dyad | export
    app.add_typer(store_app, name="store")  # cronica store recluster


@app.callback()
def _root() -> None:
    """Cronica: political event data (PLOVER/CAMEO) from Romanian and English news."""


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class Lang(str, Enum):
    auto = "auto"
    ro = "ro"
    en = "en"


def _err(msg: str) -> None:
    typer.echo(f"cronica: {msg}", err=True)


def _parse_date(value: Optional[str], what: str) -> Optional[date]:
    if value is None:
        return None
    try:
        d = date.fromisoformat(value)
    except ValueError:
        # One line and the input exit code, like every other bad input (not click's usage box).
        _err(f"{what} must be YYYY-MM-DD, got {value!r}")
        raise typer.Exit(InputError.exit_code) from None
    from .ingest.text import check_date_range

    try:
        return check_date_range(d, what)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(InputError.exit_code) from None


@app.command()
def code(
    paths: List[str] = typer.Argument(..., help="Article files (.txt with optional NAME.json sidecar, .jsonl, "
                                                ".html), folders of them, or - for standard input."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD "
                                                                        "(overrides metadata)."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Article language; auto detects it."),
    fmt: Optional[Format] = typer.Option(None, "--format", help="Output: table (default on a terminal), "
                                                                 "jsonl (default otherwise) or csv."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to store articles and events in."),
    no_db: bool = typer.Option(False, "--no-db", help="Print only; do not touch any database."),
) -> None:
    """Code news articles into PLOVER/CAMEO event records, store them and print them.

    Example: cronica code examples/ --format table
    """
    from .ingest import iter_articles
    from .analyse import load_pipeline
    from .pipeline import article_language, code_articles

    pub = _parse_date(published, "--published")
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    store = None
    if not no_db:
        from .store import Store

        try:
            store = Store(db)
        except CronicaError as exc:
            _err(str(exc))
            raise typer.Exit(exc.exit_code)
    status = 0
    printed = []

    seen_ids: dict[str, tuple[str, str]] = {}  # doc_id -> (source, text hash) within this run

    def articles():
        nonlocal status
        for item in iter_articles(paths, stdin=sys.stdin):
            if isinstance(item, CronicaError):
                _err(str(item))
                status = max(status, item.exit_code)
                continue
            first = seen_ids.setdefault(item.doc_id, (item.source, item.text_hash))
            if first[1] != item.text_hash:
                # two different texts under one id in one run: the second would silently replace the first
                _err(f"{item.source}: id {item.doc_id!r} is already used by {first[0]} with another text in this "
                     "run; skipped (give each article its own id)")
                status = max(status, InputError.exit_code)
                continue
            if pub is not None:
                item.published = pub
            if lang is not Lang.auto:
                item.lang = lang.value
            try:
                item.lang = article_language(item)
                load_pipeline(item.lang)  # cached; a missing model skips this article, not the batch
            except CronicaError as exc:
                _err(str(exc) if isinstance(exc, UnsupportedLanguage) else f"{item.source}: {exc}")
                status = max(status, exc.exit_code)
                continue
            yield item

    try:
        for art, records in code_articles(articles()):
            if store is not None:
                store.save(art, records)
            rows = [r.to_dict() for r in records]
            printed.extend(rows)
            if fmt is Format.jsonl:
                for r in rows:
                    typer.echo(json.dumps(r, ensure_ascii=False))
    except CronicaError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code)
    finally:
        if store is not None:
            store.close()
    if fmt is Format.table:
        print_table(printed)
    elif fmt is Format.csv:
        write_csv(printed, sys.stdout)
    raise typer.Exit(status)


def _actors(actors: list[dict]) -> str:
    return "; ".join(f"{a['name'] or a['text']} ({a['code'] or '?'})" for a in actors) or "—"


def flat_row(r: dict) -> dict:
    """Flatten a record to one CSV/table row (actors as ``name (CODE)`` joined by ``;``)."""
    f = r["factuality"]
    return {
        "event_id": r["event_id"], "doc_id": r["doc_id"], "lang": r["lang"],
        "actors": _actors(r["actors"]), "event_type": r["event_type"], "mode": r["mode"] or "",
        "cameo": r["cameo"]["code"], "goldstein": r["cameo"]["goldstein"], "quad_class": r["cameo"]["quad_class"],
        "recipients": _actors(r["recipients"]), "date": r["date"] or "", "date_precision": r["date_precision"],
        "aux_mode": f["aux_mode"] or "", "evidentiality": f["evidentiality"],
        "attribution": " > ".join(r["attribution"]), "evidence": r["evidence"]["text"].strip(),
    }


def write_csv(records: list[dict], out) -> None:
    """Write records as CSV (one flattened row per event, header first)."""
    rows = [flat_row(r) for r in records]
    fields = list(flat_row(records[0]).keys()) if records else list(
        ["event_id", "doc_id", "lang", "actors", "event_type", "mode", "cameo", "goldstein", "quad_class",
         "recipients", "date", "date_precision", "aux_mode", "evidentiality", "attribution", "evidence"])
    w = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)


def print_table(records: list[dict]) -> None:
    """Print records as a rich table: actor, event, recipient, date, factuality, evidence."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True, title=f"{len(records)} events")
    for col in ("doc", "actor", "event", "recipient", "date", "factuality", "source", "evidence"):
        table.add_column(col, overflow="fold")
    for r in records:
        f = flat_row(r)
        fact = f["evidentiality"] + (f" · {f['aux_mode']}" if f["aux_mode"] else "")
        ev = f"{f['event_type']}{'/' + f['mode'] if f['mode'] else ''} ({f['cameo']})"
        when = f"{f['date']} ({f['date_precision']})" if f["date"] else f["date_precision"]
        evid = f["evidence"]
        table.add_row(r["doc_id"][-24:], f["actors"], ev, f["recipients"], when, fact, f["attribution"] or "—",
                      evid if len(evid) < 160 else evid[:157] + "…")
    Console(width=int(os.environ.get("COLUMNS", "200"))).print(table)


_subcommands()


def main() -> None:
    """Entry point: run the app; unexpected errors print one line (set CRONICA_DEBUG=1 for a traceback)."""
    logging.basicConfig(level=logging.WARNING, format="cronica: %(message)s")
    try:
        app()
    except CronicaError as exc:
        _err(str(exc))
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 — last-resort guard: never show users a traceback
        if type(exc).__name__ == "InterruptException" or "Query interrupted" in str(exc):
            _err("interrupted")  # Ctrl-C inside a DuckDB call; the transaction was rolled back
            sys.exit(130)
        if os.environ.get("CRONICA_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (set CRONICA_DEBUG=1 for details)")
        sys.exit(1)


if __name__ == "__main__":
    main()
