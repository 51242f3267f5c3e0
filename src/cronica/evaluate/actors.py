"""Actor-resolution evaluation: score :func:`cronica.resolve.actors.resolve_np` on mention-level gold.

Gold sets:

* ``gold/actors_{dev,test}.jsonl`` — one mention per line (``gold/README.md``, "Actor mentions"):
  ``{"id", "lang", "date", "text", "mention", "start", "end", "code", "country", "sector", "tags"}``;
* the PLOVER GSR (``<shared>/gold/plover_gsr``, CC BY-SA 4.0) — the ``source``/``target`` ``actorText`` of every
  record of a split, found in the record's ``text`` (first exact occurrence, else case-insensitive).

Procedure (the same for both): parse the sentence with ``cronica.analyse.load_pipeline(lang)``, take the token
span covering the mention's character offsets [start, end) (``alignment_mode="expand"``), its syntactic head
(``span.root``), and call ``resolve_np(head, Gazetteer.load(lang), date, load_grammar(lang),
person_aliases(doc, gaz))``. A ``None`` result or an actor without a code counts as "no code" (country and
sector ``None``).

Metrics (fractions of mentions, 0..1):

* ``country``: predicted country == gold country (both ``None`` counts as correct — IGOs, sector-only
  actors, unknown people);
* ``country_sector``: country and sector both equal;
* ``code``: full CAMEO code equal.

PLOVER GSR: ``country`` = the first three letters of the predicted code equal those of the gold code
(legacy codes mapped as in :data:`cronica.evaluate.plover_gsr.LEGACY_COUNTRIES`; ``IGO``/``NGO`` compare as
such). The GSR dates are all the placeholder ``2000-01-01``, so current roles are used (``on=None``).
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from ..errors import CronicaError, InputError

SPLITS = ("dev", "test")
LANGS = ("ro", "en")
GOLD_DIR = Path(__file__).resolve().parents[3] / "gold"
"""Repository ``gold/`` folder (the actor gold files live there)."""


def gold_path(split: str) -> Path:
    """Path of ``gold/actors_<split>.jsonl``. Raises :class:`InputError` for an unknown split."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r} for the actor gold set (use one of: {', '.join(SPLITS)})")
    return GOLD_DIR / f"actors_{split}.jsonl"


def load_actor_gold(split: str, path: str | Path | None = None) -> list[dict]:
    """Read the actor gold items of a split.

    Args:
        split: ``"dev"`` or ``"test"``.
        path: an explicit ``.jsonl`` file (default :func:`gold_path`).
    Returns:
        the items, in file order, with offsets checked (``text[start:end] == mention``).
    Raises:
        InputError: unknown split, missing/malformed file, or an item whose offsets do not match.
    """
    p = Path(path) if path is not None else gold_path(split)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read actor gold file ({exc.__class__.__name__})") from None
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{n}: not JSON ({exc.msg})") from None
        for key in ("id", "lang", "date", "text", "mention", "start", "end", "code", "country", "sector", "tags"):
            if key not in it:
                raise InputError(f"{p}:{n}: missing field {key!r}")
        if it["text"][it["start"]:it["end"]] != it["mention"]:
            raise InputError(f"{p}:{n}: text[{it['start']}:{it['end']}] is not the mention {it['mention']!r}")
        items.append(it)
    return items


class _Resolver:
    """Parses sentences and resolves mention spans for one language (models and data loaded once)."""

    def __init__(self, lang: str) -> None:
        from ..analyse import load_pipeline
        from ..extract.lexicon import load_grammar
        from ..resolve.gazetteer import Gazetteer

        self.lang = lang
        self.nlp = load_pipeline(lang)
        self.gaz = Gazetteer.load(lang)
        self.grammar = load_grammar(lang)
        self._docs: dict[str, Any] = {}

    def resolve(self, text: str, start: int, end: int, on: date | None):
        """Return ``(actor or None, head token text)`` for the mention at character offsets [start, end)."""
        from ..resolve.actors import coordinated_modifier_actors, person_aliases, resolve_np

        doc = self._docs.get(text)
        if doc is None:
            doc = self.nlp(text)
            self._docs = {text: doc}  # items sharing a sentence are consecutive
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None, None
        head = span.root
        actor = resolve_np(head, self.gaz, on, self.grammar, person_aliases(doc, self.gaz))
        first_mods = [c for c in head.children if any(g.dep_ == "conj" for g in c.children)]
        if actor is not None and actor.code and first_mods and not any(start <= m.idx < end for m in first_mods):
            # "US and British forces" is two actors in the pipeline (coordinated_modifier_actors); a gold
            # mention that leaves out the first modifier ("British forces") is scored against the second
            extra = [a for a in coordinated_modifier_actors(head, actor, self.gaz, on) if start <= a.start < end]
            if extra:
                actor = extra[0]
        return actor, head.text


def _pred_fields(actor) -> tuple[str | None, str | None, str | None]:
    if actor is None or actor.code is None:
        return None, None, None
    return actor.code, actor.country, actor.sector


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _summary(rows: list[dict]) -> dict:
    n = len(rows)
    return {"n": n,
            "country": _ratio(sum(r["ok_country"] for r in rows), n),
            "country_sector": _ratio(sum(r["ok_country_sector"] for r in rows), n),
            "code": _ratio(sum(r["ok_code"] for r in rows), n)}


def score_items(items: Iterable[dict], resolvers: dict[str, "_Resolver"]) -> list[dict]:
    """Resolve every gold mention; one result row per item (gold, predicted, correctness flags)."""
    rows = []
    for it in items:
        res = resolvers.get(it["lang"])
        if res is None:
            continue
        try:
            on = date.fromisoformat(it["date"]) if it.get("date") else None
        except ValueError:
            raise InputError(f"actor gold item {it['id']}: bad date {it['date']!r} (expected YYYY-MM-DD)") from None
        actor, head = res.resolve(it["text"], it["start"], it["end"], on)
        code, country, sector = _pred_fields(actor)
        rows.append({"id": it["id"], "lang": it["lang"], "mention": it["mention"], "head": head,
                     "tags": it.get("tags", []), "gold": [it["code"], it["country"], it["sector"]],
                     "pred": [code, country, sector],
                     "ok_country": country == it["country"],
                     "ok_country_sector": country == it["country"] and sector == it["sector"],
                     "ok_code": code == it["code"]})
    return rows


def _gsr_country(code: str | None) -> str | None:
    from .plover_gsr import LEGACY_COUNTRIES

    if not code:
        return None
    return LEGACY_COUNTRIES.get(code[:3], code[:3])


def plover_actor_items(split: str, shared: str | Path | None = None) -> tuple[list[dict], int]:
    """Actor mentions of the PLOVER GSR ``split`` as gold items (``lang "en"``, no date).

    Returns:
        ``(items, not_found)``: items carry ``code`` = the GSR code, ``country`` = its first three letters
        (legacy codes mapped); ``not_found`` counts actorTexts absent from their record's text.
    Raises:
        InputError: unknown split or unreadable GSR files (from :mod:`cronica.evaluate.plover_gsr`).
    """
    from .plover_gsr import GSR_FILE, GSR_RELPATH, SPLIT_FILE, _read_json, shared_data_dir

    if split not in SPLITS:
        raise InputError(f"unknown split {split!r} for plover-gsr (use one of: {', '.join(SPLITS)})")
    folder = shared_data_dir(shared) / GSR_RELPATH
    records = _read_json(folder / GSR_FILE, "PLOVER GSR file")
    spl = _read_json(folder / SPLIT_FILE, "PLOVER GSR split file")
    wanted = set(spl.get(split, [])) if isinstance(spl, dict) else set()
    items, not_found = [], 0
    for pos, rec in enumerate(records):
        if not isinstance(rec, dict) or rec.get("id") not in wanted or not isinstance(rec.get("text"), str):
            continue
        text = rec["text"]
        for role in ("source", "target"):
            actors = rec.get(role)
            if not isinstance(actors, list):
                continue
            for k, a in enumerate(actors):
                at = (a.get("actorText") or "").strip() if isinstance(a, dict) else ""
                code = (a.get("code") or "").strip() if isinstance(a, dict) else ""
                if not at or not code:
                    continue
                start = text.find(at)
                if start < 0:
                    start = text.lower().find(at.lower())
                if start < 0:
                    not_found += 1
                    continue
                items.append({"id": f"{rec['id']}@{pos}:{role}{k}", "lang": "en", "date": None, "text": text,
                              "mention": text[start:start + len(at)], "start": start, "end": start + len(at),
                              "code": code, "country": _gsr_country(code), "sector": None, "tags": [role]})
    return items, not_found


def evaluate_actors(split: str, shared: Path | str | None = None, *, langs: Iterable[str] = LANGS,
                    plover: bool = True, max_errors: int = 50) -> dict:
    """Score actor resolution on ``gold/actors_<split>.jsonl`` and on the PLOVER GSR ``split``.

    Args:
        split: ``"dev"`` or ``"test"`` (tune on dev only).
        shared: shared data folder for the PLOVER GSR (default ``$CRONICA_SHARED`` or ``<repo>/../shared/data``).
        langs: languages to score (the English model may be missing on some machines).
        plover: also score the PLOVER GSR actors (English).
        max_errors: mismatching mentions listed under ``errors``.
    Returns:
        ``{"split", "n", "country", "country_sector", "code", "by_lang": {lang: summary},
        "by_tag": {tag: summary}, "errors": [...], "plover_gsr": {"n", "country", "code", "not_found",
        "errors"} or None}``; every summary is ``{"n", "country", "country_sector", "code"}`` with fractions
        in 0..1 (``None`` when n = 0).
    Raises:
        InputError: unknown split or unreadable gold file; CronicaError: a spaCy model is missing.
    """
    langs = tuple(langs)
    for lang in langs:
        if lang not in LANGS:
            raise InputError(f"unknown language {lang!r} (use one of: {', '.join(LANGS)})")
    items = [it for it in load_actor_gold(split) if it["lang"] in langs]
    resolvers = {lang: _Resolver(lang) for lang in langs if any(it["lang"] == lang for it in items)}
    rows = score_items(items, resolvers)
    by_lang: dict[str, list[dict]] = defaultdict(list)
    by_tag: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_lang[r["lang"]].append(r)
        for t in r["tags"]:
            by_tag[t].append(r)
    result: dict[str, Any] = {"split": split, **_summary(rows),
                              "by_lang": {k: _summary(v) for k, v in sorted(by_lang.items())},
                              "by_tag": {k: _summary(v) for k, v in sorted(by_tag.items())},
                              "errors": [_err(r) for r in rows if not r["ok_code"]][:max_errors],
                              "plover_gsr": None}
    if plover and "en" in langs:
        gitems, not_found = plover_actor_items(split, shared)
        res = resolvers.get("en") or _Resolver("en")
        grows = []
        for it in gitems:
            actor, head = res.resolve(it["text"], it["start"], it["end"], None)
            code = actor.code if actor is not None else None
            grows.append({"id": it["id"], "mention": it["mention"], "head": head, "gold": it["code"], "pred": code,
                          "ok_country": _gsr_country(code) == it["country"],
                          "ok_code": (code or "") == it["code"]})
        n = len(grows)
        result["plover_gsr"] = {"split": split, "n": n, "not_found": not_found,
                                "country": _ratio(sum(r["ok_country"] for r in grows), n),
                                "code": _ratio(sum(r["ok_code"] for r in grows), n),
                                "errors": [{k: r[k] for k in ("id", "mention", "head", "gold", "pred")}
                                           for r in grows if not r["ok_country"]][:max_errors]}
    return result


def _err(r: dict) -> dict:
    return {k: r[k] for k in ("id", "lang", "mention", "head", "gold", "pred", "tags")}


def render_actor_table(result: dict, console) -> None:
    """Print ``result`` (from :func:`evaluate_actors`) as rich tables on ``console``."""
    from rich.table import Table

    def pct(x):
        return "-" if x is None else f"{100 * x:.1f}"

    t = Table(title=f"Actor resolution, gold/actors_{result['split']}.jsonl")
    for c in ("slice", "n", "country %", "country+sector %", "code %"):
        t.add_column(c, justify="right" if c != "slice" else "left")
    t.add_row("all", str(result["n"]), pct(result["country"]), pct(result["country_sector"]), pct(result["code"]))
    for k, v in result["by_lang"].items():
        t.add_row(f"lang={k}", str(v["n"]), pct(v["country"]), pct(v["country_sector"]), pct(v["code"]))
    for k, v in result["by_tag"].items():
        t.add_row(f"tag={k}", str(v["n"]), pct(v["country"]), pct(v["country_sector"]), pct(v["code"]))
    console.print(t)
    g = result.get("plover_gsr")
    if g:
        console.print(f"PLOVER GSR {g['split']} actors: n={g['n']} country={pct(g['country'])}% "
                      f"code={pct(g['code'])}% (actorText not found in text: {g['not_found']})")


__all__ = ["evaluate_actors", "load_actor_gold", "plover_actor_items", "score_items", "render_actor_table",
           "CronicaError"]
