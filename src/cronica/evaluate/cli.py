"""``cronica evaluate …``: a Typer sub-app (wired into :mod:`cronica.cli` with
``app.add_typer(evaluate_app, name="evaluate")``).

Exit codes: ``0`` scored · ``2`` bad input (missing/malformed gold file, unknown split; one line on stderr) ·
other :class:`cronica.errors.CronicaError` codes as documented in the README (e.g. a missing model).
"""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import Optional

import typer

from ..errors import CronicaError

evaluate_app = typer.Typer(add_completion=False, no_args_is_help=True,
                           help="Evaluate Cronica against gold sets (PLOVER GSR or a gold .jsonl file).")

PLOVER_GSR = "plover-gsr"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


@evaluate_app.callback()
def _root() -> None:
    """Evaluate Cronica against gold sets (PLOVER GSR or a gold .jsonl file)."""


@evaluate_app.command()
def events(
    gold: str = typer.Option(..., "--gold", help="'plover-gsr' (shared PLOVER gold-standard records) or a "
                                                  "gold .jsonl file in the project's gold format."),
    split: Optional[str] = typer.Option(None, "--split", help="dev or test (plover-gsr: required; a .jsonl "
                                                               "file: filters on its 'split' field if it has one)."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", help="table (rich) or json (one object)."),
    shared: Optional[str] = typer.Option(None, "--shared", help="Shared data folder (default $CRONICA_SHARED "
                                                                 "or <repo>/../shared/data)."),
    n_errors: int = typer.Option(20, "--errors", min=0, help="Mismatching items listed under 'errors' (json)."),
) -> None:
    """Code the gold items with the real pipeline and score event type, actors, recipients and factuality.

    Examples: cronica evaluate events --gold plover-gsr --split dev ·
    cronica evaluate events --gold gold/NAME_dev.jsonl --format json
    """
    from .events import evaluate, load_gold_file, render_table
    from .plover_gsr import load_gsr

    try:
        if gold == PLOVER_GSR:
            if split is None:
                raise _input_error("--split dev|test is required with --gold plover-gsr "
                                   "(tune on dev; report test once per change)")
            items = load_gsr(split, shared)
            label = f"PLOVER GSR {split}"
        else:
            items = load_gold_file(gold, split)
            label = os.path.basename(gold) + (f" [{split}]" if split else "")
        # the PLOVER gold standard follows the PLOVER manual's single-category convention (future cooperation is
        # AGREE, a threatened attack THREATEN): score that view of Cronica's records (ontology.plover_single_category)
        result = evaluate(items, max_errors=n_errors, single_category=gold == PLOVER_GSR)
    except CronicaError as exc:
        typer.echo(f"cronica: {exc}", err=True)
        raise typer.Exit(exc.exit_code)
    result = {"gold": label, **result}
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        from rich.console import Console

        render_table(result, Console(width=int(os.environ.get("COLUMNS", "160")), file=sys.stdout), title=label)


def _default_gold(kind: str, split: str) -> list[str]:
    from pathlib import Path

    base = Path(__file__).resolve().parents[3] / "gold"
    return [str(base / f"{kind}_{lang}_{split}.jsonl") for lang in ("ro", "en")]


def _factuality_report(section: str, gold: Optional[list[str]], split: str, fmt: "EvalFormat") -> None:
    from .events import load_gold_file
    from .factuality import evaluate_factuality

    if split not in ("dev", "test"):
        typer.echo("cronica: --split must be dev or test", err=True)
        raise typer.Exit(2)
    files = gold or _default_gold("factuality", split)
    out = {}
    try:
        for path in files:
            res = evaluate_factuality(load_gold_file(path))
            counts = ("gold_events", "matched", "matched_loose")
            fields = ("date", "date_explicit") if section == "time" else ("aux_mode", "evidentiality",
                                                                          "attribution_exact")
            out[os.path.basename(path)] = res if section == "all" else {
                k: v for k, v in res.items() if k in counts + fields}
    except CronicaError as exc:
        typer.echo(f"cronica: {exc}", err=True)
        raise typer.Exit(exc.exit_code)
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{section} — {split}")
    for col in ("gold file", "field", "class", "accuracy", "n"):
        table.add_column(col)
    for name, res in out.items():
        for field, val in res.items():
            if not isinstance(val, dict):
                continue
            table.add_row(name, field, "all", str(val.get("accuracy")), str(val.get("n")))
            for cls, v in (val.get("per_class") or val.get("per_precision") or {}).items():
                table.add_row("", "", cls, str(v["accuracy"]), str(v["n"]))
            if "unreal_as_fact" in val:
                table.add_row("", "", "negated/hypothetical coded as fact", str(val["unreal_as_fact"]),
                              str(val["unreal_n"]))
    Console(width=int(os.environ.get("COLUMNS", "160")), file=sys.stdout).print(table)


@evaluate_app.command()
def factuality(
    gold: Optional[list[str]] = typer.Option(None, "--gold", help="Gold .jsonl file(s); default "
                                                                   "gold/factuality_{ro,en}_SPLIT.jsonl."),
    split: str = typer.Option("dev", "--split", help="dev or test (for the default gold files)."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format"),
) -> None:
    """Accuracy per class of aux_mode and evidentiality, and attribution chains, on matched events.

    Example: cronica evaluate factuality --split dev
    """
    _factuality_report("factuality", gold, split, fmt)


@evaluate_app.command()
def time(
    gold: Optional[list[str]] = typer.Option(None, "--gold", help="Gold .jsonl file(s); default "
                                                                   "gold/factuality_{ro,en}_SPLIT.jsonl."),
    split: str = typer.Option("dev", "--split", help="dev or test (for the default gold files)."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format"),
) -> None:
    """Event date accuracy per gold precision, and where the text has an explicit time expression.

    Example: cronica evaluate time --split dev
    """
    _factuality_report("time", gold, split, fmt)


def _input_error(msg: str) -> CronicaError:
    from ..errors import InputError

    return InputError(msg)


@evaluate_app.command()
def dedup(
    gold: Optional[str] = typer.Option(None, "--gold", help="Gold dedup .jsonl (one article per line with a "
                                                            "'cluster' id); default tests/data/dedup/articles.jsonl."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", help="table (rich) or json (one object)."),
) -> None:
    """Pairwise precision/recall of deduplication: articles coded, stored and clustered in a temporary store.

    Two articles are predicted same-event when their main mentions share a cluster ("main"), or when any of
    their mentions do ("any"); gold pairs share a 'cluster' id.
    Example: cronica evaluate dedup --format json
    """
    from pathlib import Path

    from ..store.dedup_eval import evaluate

    path = gold or str(Path(__file__).resolve().parents[3] / "tests/data/dedup/articles.jsonl")
    try:
        res = evaluate(path)
    except CronicaError as exc:
        typer.echo(f"cronica: {exc}", err=True)
        raise typer.Exit(exc.exit_code)
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(res, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"dedup — {os.path.basename(path)}: {res['articles']} articles, {res['gold_events']} gold "
                        f"events, {res['mentions']} mentions, {res['clusters']} clusters")
    for col in ("rule", "precision", "recall", "f1", "true pairs", "predicted pairs", "gold pairs"):
        table.add_column(col)
    for rule in ("main", "any"):
        m = res[rule]
        table.add_row(rule, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["tp"]),
                      str(m["predicted"]), str(m["gold"]))
    console = Console(width=int(os.environ.get("COLUMNS", "160")), file=sys.stdout)
    console.print(table)
    for a, b, kind in res["errors"]:
        console.print(f"{kind}: {a} {b}")
