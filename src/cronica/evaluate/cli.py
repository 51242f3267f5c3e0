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
        result = evaluate(items, max_errors=n_errors)
    except CronicaError as exc:
        typer.echo(f"cronica: {exc}", err=True)
        raise typer.Exit(exc.exit_code)
    result = {"gold": label, **result}
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        from rich.console import Console

        render_table(result, Console(width=int(os.environ.get("COLUMNS", "160")), file=sys.stdout), title=label)


def _input_error(msg: str) -> CronicaError:
    from ..errors import InputError

    return InputError(msg)
