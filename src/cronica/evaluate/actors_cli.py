"""Typer sub-apps for the actor knowledge base (wired into :mod:`cronica.cli` by the lead):

* ``actors_app`` — ``cronica actors resolve "TEXT" [--lang ro|en] [--date YYYY-MM-DD] [--format table|json]``
  and ``cronica actors list --country ROU [--kind person] [--lang ro|en] [--format table|json]``;
* ``evaluate_actors_app`` — its ``actors`` command: ``cronica evaluate actors [--split dev|test]``
  (wire with ``app.add_typer(actors_app, name="actors")`` and, in the evaluate sub-app,
  ``evaluate_app.registered_commands += evaluate_actors_app.registered_commands`` or
  ``evaluate_app.command("actors")(evaluate_actors_cmd)``).

Bad input (empty, > 300 characters or punctuation-only text, a bad date, country or kind) ends with one line
on stderr and exit code 2 (:class:`cronica.errors.InputError`); a missing model gives the
:class:`cronica.errors.CronicaError` code.
"""
from __future__ import annotations

import json
import os
import sys
from datetime import date
from enum import Enum
from typing import Optional

import typer

from ..errors import CronicaError, InputError

MAX_TEXT_CHARS = 300
"""Longest noun phrase ``actors resolve`` accepts (a mention, not an article; own limit)."""

actors_app = typer.Typer(add_completion=False, no_args_is_help=True,
                         help="Look up the actor knowledge base (people with dated roles, institutions, IGOs).")
evaluate_actors_app = typer.Typer(add_completion=False, no_args_is_help=True,
                                  help="Score actor resolution on gold/actors_*.jsonl and the PLOVER GSR.")


class Lang(str, Enum):
    ro = "ro"
    en = "en"


class Fmt(str, Enum):
    table = "table"
    json = "json"


@actors_app.callback()
def _actors_root() -> None:
    """Look up the actor knowledge base (people with dated roles, institutions, IGOs)."""


@evaluate_actors_app.callback()
def _eval_root() -> None:
    """Score actor resolution."""


def _fail(exc: CronicaError) -> None:
    typer.echo(f"cronica: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


def parse_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` -> :class:`date`; ``None`` -> ``None``. Raises :class:`InputError` naming the value."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"--date {value!r}: not a valid date (expected YYYY-MM-DD)") from None


def check_text(text: str) -> str:
    """Validate a mention for ``actors resolve``: non-empty, ≤ :data:`MAX_TEXT_CHARS`, has a letter or digit.

    Returns the stripped text. Raises :class:`InputError` with a one-line reason.
    """
    t = (text or "").strip()
    if not t:
        raise InputError("actor text is empty")
    if len(t) > MAX_TEXT_CHARS:
        raise InputError(f"actor text is too long ({len(t)} characters; at most {MAX_TEXT_CHARS}): "
                         "give a noun phrase, not an article")
    if not any(c.isalnum() for c in t):
        raise InputError(f"actor text {t!r} has no letters or digits")
    return t


def resolve_text(text: str, lang: str = "ro", on: date | None = None) -> dict:
    """Resolve a noun phrase as the pipeline would and explain why.

    Args:
        text: the mention (``"președintele rus Vladimir Putin"``), validated by :func:`check_text`.
        lang: ``"ro"`` or ``"en"``; on: the reference date (``None`` = current roles).
    Returns:
        ``{"text", "lang", "date", "head", "actor": {text, name, code, country, sector, entity_type} or None,
        "matches": Gazetteer.explain(...) over the phrase's tokens}``.
    Raises:
        InputError: bad text; CronicaError: the language's model is missing.
    """
    from ..analyse import load_pipeline
    from ..extract.lexicon import load_grammar
    from ..resolve.actors import np_tokens, person_aliases, resolve_np
    from ..resolve.gazetteer import Gazetteer

    t = check_text(text)
    nlp = load_pipeline(lang)
    gaz = Gazetteer.load(lang)
    doc = nlp(t)
    head = doc[:].root
    actor = resolve_np(head, gaz, on, load_grammar(lang), person_aliases(doc, gaz))
    words = [tok.text for tok in np_tokens(head)]
    return {"text": t, "lang": lang, "date": on.isoformat() if on else None, "head": head.text,
            "actor": None if actor is None else {k: getattr(actor, k) for k in
                                                 ("text", "name", "code", "country", "sector", "entity_type")},
            "matches": gaz.explain(words, on)}


@actors_app.command("resolve")
def resolve_cmd(
    text: str = typer.Argument(..., help="The mention, e.g. \"președintele rus Vladimir Putin\"."),
    lang: Lang = typer.Option(Lang.ro, "--lang", help="Language of the mention."),
    on: Optional[str] = typer.Option(None, "--date", help="Reference date YYYY-MM-DD (default: current roles)."),
    fmt: Fmt = typer.Option(Fmt.table, "--format", help="table or json."),
) -> None:
    """Show what a mention resolves to and why (matched entry, role interval, source)."""
    try:
        res = resolve_text(text, lang.value, parse_date(on))
    except CronicaError as exc:
        _fail(exc)
    if fmt is Fmt.json:
        typer.echo(json.dumps(res, ensure_ascii=False))
        return
    a = res["actor"]
    typer.echo(f"{res['text']!r} ({res['lang']}, date {res['date'] or 'current'}; head {res['head']!r})")
    typer.echo("  -> " + ("not an actor" if a is None else
                          f"code {a['code']}  country {a['country']}  sector {a['sector']}  name {a['name']}"
                          + (f"  [{a['entity_type']}]" if a.get("entity_type") else "")))
    for m in res["matches"]:
        e = m["entry"]
        typer.echo(f"  match {m['form']!r}: {e['kind']} {e['name']} = {e['code']} ({m['rule']}); "
                   + (f"interval {e['start'] or '…'}..{e['end'] or 'open'}" if e['start'] or e['end'] else "undated")
                   + f"; source: {e['source']}")
    if not res["matches"]:
        typer.echo("  no gazetteer match (sector nouns and NER decide)")


@actors_app.command("list")
def list_cmd(
    country: str = typer.Option(..., "--country", help="ISO 3166-1 alpha-3, e.g. ROU."),
    kind: Optional[str] = typer.Option(None, "--kind", help="person, institution, metonym, capital, igo, …"),
    lang: Lang = typer.Option(Lang.ro, "--lang", help="Which language's gazetteer (persons are shared)."),
    fmt: Fmt = typer.Option(Fmt.table, "--format", help="table or json."),
) -> None:
    """List the knowledge-base entities of a country (one line per entity and role)."""
    from ..resolve.gazetteer import KINDS, Gazetteer

    try:
        c = country.strip().upper()
        if len(c) != 3 or not c.isalpha() or not c.isascii():
            raise InputError(f"--country {country!r}: expected an ISO 3166-1 alpha-3 code such as ROU")
        if kind is not None and kind not in KINDS:
            raise InputError(f"--kind {kind!r}: expected one of {', '.join(sorted(KINDS))}")
        gaz = Gazetteer.load(lang.value)
    except CronicaError as exc:
        _fail(exc)
    seen: dict[tuple, dict] = {}
    for e in gaz.entries:
        if e.country != c or (kind and e.kind != kind):
            continue
        key = (e.name, e.code, e.start, e.end)
        row = seen.setdefault(key, {"name": e.name, "code": e.code, "sector": e.sector, "kind": e.kind,
                                    "start": e.start.isoformat() if e.start else None,
                                    "end": e.end.isoformat() if e.end else None, "forms": [], "source": e.source})
        if e.form not in row["forms"]:
            row["forms"].append(e.form)
    rows = sorted(seen.values(), key=lambda r: (r["kind"], r["name"], r["start"] or ""))
    if fmt is Fmt.json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        typer.echo(f"no entries for {c}" + (f" of kind {kind}" if kind else ""))
        return
    for r in rows:
        typer.echo(f"{r['kind']:<11} {r['code']:<10} {r['name']:<32} {r['start'] or '…':>10}..{r['end'] or '…':<10} "
                   f"{'; '.join(r['forms'][:4])}")


@evaluate_actors_app.command("actors")
def evaluate_actors_cmd(
    split: str = typer.Option("dev", "--split", help="dev or test (tune on dev only)."),
    shared: Optional[str] = typer.Option(None, "--shared", help="Shared data folder (PLOVER GSR)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Only this language (default both)."),
    no_plover: bool = typer.Option(False, "--no-plover", help="Skip the PLOVER GSR actors."),
    fmt: Fmt = typer.Option(Fmt.table, "--format", help="table or json."),
) -> None:
    """Score actor resolution (country, country+sector, code) by language and tag, and on the PLOVER GSR."""
    from .actors import evaluate_actors, render_actor_table

    try:
        res = evaluate_actors(split, shared, langs=(lang.value,) if lang else ("ro", "en"), plover=not no_plover)
    except CronicaError as exc:
        _fail(exc)
    if fmt is Fmt.json:
        typer.echo(json.dumps(res, ensure_ascii=False))
        return
    from rich.console import Console

    render_actor_table(res, Console(width=int(os.environ.get("COLUMNS", "120")), file=sys.stdout))
