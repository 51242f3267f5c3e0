"""``cronica events | dyad | export`` and ``cronica store recluster``: commands over the event store.

Wired into :mod:`cronica.cli` with ``register(app)`` (top-level commands) and
``app.add_typer(store_app, name="store")``. Exit codes: 0 ok · 2 bad option value · 4 database error.
"""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Optional

import typer

from ..errors import CronicaError

DEFAULT_DB = "cronica.duckdb"
store_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Maintain the event store.")


class OutFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Period(str, Enum):
    week = "week"
    month = "month"


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    plover = "plover"
    parquet = "parquet"
    csv = "csv"


def _fail(exc: CronicaError) -> None:
    typer.echo(f"cronica: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


def _open(db: str, read_only: bool = True):
    from .duck import Store

    try:
        return Store(db, read_only=read_only)
    except CronicaError as exc:
        _fail(exc)


def _names(actors: list[dict]) -> str:
    return "; ".join(f"{a.get('name') or '?'} ({a.get('code') or '?'})" for a in actors) or "—"


def events_cmd(
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor country (ISO3) or CAMEO code prefix."),
    recipient: Optional[str] = typer.Option(None, "--recipient", help="Recipient country or code prefix."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
    since: Optional[str] = typer.Option(None, "--since", help="From this date (YYYY-MM-DD), inclusive."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to this date (YYYY-MM-DD), inclusive."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Only events reported in this language."),
    factual_only: bool = typer.Option(False, "--factual-only", help="Only events some report asserts."),
    fmt: OutFormat = typer.Option(OutFormat.table, "--format", help="table, csv or json (JSON lines)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="Cronica DuckDB file."),
) -> None:
    """List deduplicated events (one row per real event, with mention/source counts)."""
    from datetime import date

    from .query import query_events

    for name, v in (("--since", since), ("--until", until)):
        if v is not None:
            try:
                date.fromisoformat(v)
            except ValueError:
                typer.echo(f"cronica: {name} must be YYYY-MM-DD, got {v!r}", err=True)
                raise typer.Exit(2) from None
    store = _open(db)
    try:
        rows = query_events(store, actor=actor, recipient=recipient, event_type=event_type, since=since,
                            until=until, lang=lang, factual_only=factual_only)
    except CronicaError as exc:
        _fail(exc)
    finally:
        store.close()
    flat = [{"cluster_id": r["cluster_id"], "date": r["date"] or "", "date_precision": r["date_precision"],
             "event_type": r["event_type"], "cameo": r["cameo_code"], "actors": _names(r["actors"]),
             "recipients": _names(r["recipients"]), "mentions": r["num_mentions"], "articles": r["num_articles"],
             "sources": r["num_sources"], "languages": ",".join(r["languages"]),
             "factual": r["factual"], "conflict": r["factuality_conflict"]} for r in rows]
    if fmt is OutFormat.json:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
    elif fmt is OutFormat.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=list(flat[0]) if flat else ["cluster_id"], lineterminator="\n")
        w.writeheader()
        w.writerows(flat)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{len(flat)} events")
        for col in ("date", "event_type", "cameo", "actors", "recipients", "mentions", "sources", "languages",
                    "conflict"):
            table.add_column(col, overflow="fold")
        for f in flat:
            table.add_row(*(str(f[c]) for c in ("date", "event_type", "cameo", "actors", "recipients", "mentions",
                                                 "sources", "languages", "conflict")))
        Console(width=200).print(table)


def dyad_cmd(
    a: str = typer.Argument(..., help="Source side: country (ISO3) or CAMEO code prefix."),
    b: str = typer.Argument(..., help="Target side: country (ISO3) or CAMEO code prefix."),
    by: Period = typer.Option(Period.month, "--by", help="Period: week or month."),
    all_factuality: bool = typer.Option(False, "--all-factuality", help="Also count negated, hypothetical, "
                                                                         "future and alleged-only events."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="Cronica DuckDB file."),
) -> None:
    """Events from A to B per period: counts by QuadClass (q1–q4) and mean Goldstein (tab-separated).

    Only events some report asserts are counted unless --all-factuality is given."""
    from .query import dyad_series

    store = _open(db)
    try:
        rows = dyad_series(store, a, b, by.value, factual_only=not all_factuality)
    except CronicaError as exc:
        _fail(exc)
    finally:
        store.close()
    typer.echo("period\tevents\tq1\tq2\tq3\tq4\tgoldstein_mean")
    for r in rows:
        typer.echo("\t".join(str(r[k]) for k in ("period", "events", "q1", "q2", "q3", "q4", "goldstein_mean")))


def export_cmd(
    fmt: ExportFormat = typer.Option(..., "--format", help="gdelt, plover, parquet or csv."),
    out: str = typer.Option("export", "--out", help="Output directory (created if missing)."),
    all_factuality: bool = typer.Option(False, "--all-factuality", help="GDELT: also write negated, hypothetical, "
                                                                         "future and alleged-only events."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="Cronica DuckDB file."),
) -> None:
    """Export the store: GDELT 2.0 Events+Mentions TSV (asserted events only, unless --all-factuality), PLOVER
    JSON lines, or one Parquet/CSV file per table (every event, with its factuality)."""
    from .export import export

    store = _open(db)
    try:
        paths = export(store, fmt.value, out, factual_only=not all_factuality)
    except CronicaError as exc:
        _fail(exc)
    finally:
        store.close()
    for p in paths:
        typer.echo(str(p))


@store_app.command("recluster")
def recluster_cmd(db: str = typer.Option(DEFAULT_DB, "--db", help="Cronica DuckDB file.")) -> None:
    """Recompute every event cluster from the stored mentions (after changing dedup parameters)."""
    store = _open(db, read_only=False)
    try:
        n = store.recluster()
    except CronicaError as exc:
        _fail(exc)
    finally:
        store.close()
    typer.echo(f"{n} events")


def register(app: typer.Typer) -> None:
    """Add ``events``, ``dyad`` and ``export`` as top-level commands of ``app``."""
    app.command("events")(events_cmd)
    app.command("dyad")(dyad_cmd)
    app.command("export")(export_cmd)
