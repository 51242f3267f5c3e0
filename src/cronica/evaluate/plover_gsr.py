"""Load the PLOVER gold-standard records (GSR) and convert them to Cronica's gold format.

Source: ``<shared>/data/gold/plover_gsr/PLOVER_GSR_CAMEO.txt`` (Open Event Data Alliance, CC BY-SA 4.0;
CAMEO 1.1b3 manual examples coded in PLOVER 0.5b1) and its ``split.json`` (dev = ids ending in an odd
number, test = even). The records are read, never copied into the repository.

Quirks handled (documented in the folder's README.md):

1. the id ``PLOVER-GSR01-COERCE-0004`` is used by two records: records are keyed by their position in
   the file; the second and later uses of an id get ``#2``, ``#3`` … appended to the item id;
2. the ``event`` field is the label (two ids carry another type's prefix);
3. ``target`` missing or ``""`` → no recipients; ``source`` missing → no actors;
4. legacy PLOVER 0.5 labels are mapped to current PLOVER (:data:`LEGACY_EVENTS`);
5. the ``DOCUMENT`` record is file metadata and is skipped.

Actor codes are ``code`` + ``sector`` (``"HUN"`` + ``"GOV"`` → ``"HUNGOV"``); the GSR's unknown sector
``"***"`` is dropped, and IGO actors keep the bare code ``"IGO"`` (the GSR does not name the
organisation, its IGO "sector" is a role): the scorer lets a bare gold ``"IGO"`` match any IGO code.
A few legacy country codes are normalised to ISO 3166-1 alpha-3 (:data:`LEGACY_COUNTRIES`).

Events whose markup tags participants ``(SRC/TAR: …)`` and that have no ``target`` ("Jordan and
Britain agreed …") list every party as a source; they carry ``"symmetric": true`` and the scorer compares
the union of predicted actors and recipients with the gold parties.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from ..errors import InputError

GSR_RELPATH = Path("gold") / "plover_gsr"
GSR_FILE = "PLOVER_GSR_CAMEO.txt"
SPLIT_FILE = "split.json"
SPLITS = ("dev", "test")
GSR_DATE = "2000-01-01"
"""The ``date`` every GSR event record carries (used as the item's ``published``)."""

LEGACY_EVENTS = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
"""PLOVER 0.5 → current PLOVER (manual draft 2.0 CAMEO→PLOVER table, as summarised in the GSR README)."""

LEGACY_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
"""Non-ISO country codes used in the GSR → ISO 3166-1 alpha-3 (own: ISO 3166-1; the records' texts
name Japan/Tokyo, Italy and Vietnamese forces)."""

UNKNOWN_SECTOR = "***"


def shared_data_dir(shared: str | os.PathLike | None = None) -> Path:
    """Folder of the shared reference data.

    Args:
        shared: an explicit path (``--shared``); else ``$CRONICA_SHARED``; else ``<repo>/../shared/data``
            where ``<repo>`` is the repository holding this source tree.
    Returns:
        the path (not checked; :func:`load_gsr` reports a missing file).
    """
    if shared:
        return Path(shared)
    env = os.environ.get("CRONICA_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[4] / "shared" / "data"


def _actor_code(actor: dict) -> str | None:
    code = (actor.get("code") or "").strip()
    if not code:
        return None
    code = LEGACY_COUNTRIES.get(code, code)
    if code == "IGO":
        return "IGO"
    sector = (actor.get("sector") or "").strip()
    if sector and sector != UNKNOWN_SECTOR:
        code += sector
    return code


def _actor_codes(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []  # missing or "" (quirk 3)
    out: list[str] = []
    for a in value:
        if isinstance(a, dict):
            c = _actor_code(a)
            if c and c not in out:
                out.append(c)
    return out


def _suffix_number(rec_id: str) -> int | None:
    m = re.search(r"(\d+)$", rec_id)
    return int(m.group(1)) if m else None


def convert_record(rec: dict, item_id: str, split: str | None) -> dict:
    """Convert one GSR event record to a gold item (``gold/README.md`` format).

    Args:
        rec: the GSR JSON object (must have ``text`` and ``event``).
        item_id: the item id to use (unique within the file).
        split: ``"dev"``, ``"test"`` or ``None``.
    Returns:
        ``{"id", "lang": "en", "published": "2000-01-01", "text", "split", "tags", "events": [one event]}``;
        the event has ``event_type`` (current PLOVER), ``actors``, ``recipients`` (CAMEO codes),
        ``gsr_event`` (the label as written) and ``symmetric: true`` where all parties are sources.
    """
    label = rec["event"]
    markup = rec.get("textInfo")
    markup = markup.get("markup", "") if isinstance(markup, dict) else str(markup or "")
    actors = _actor_codes(rec.get("source"))
    recipients = _actor_codes(rec.get("target"))
    event: dict[str, Any] = {"event_type": LEGACY_EVENTS.get(label, label), "actors": actors,
                             "recipients": recipients, "gsr_event": label}
    tags = ["plover-gsr", label.lower()]
    if "SRC/TAR:" in markup and not recipients:
        event["symmetric"] = True
        tags.append("symmetric")
    return {"id": item_id, "lang": "en", "published": rec.get("date") or GSR_DATE, "text": rec["text"],
            "split": split, "tags": tags, "events": [event]}


def load_gsr(split: str | None = None, shared: str | os.PathLike | None = None) -> list[dict]:
    """Load the PLOVER GSR as gold items.

    Args:
        split: ``"dev"``, ``"test"`` or ``None`` (all 322 event records).
        shared: shared data folder (see :func:`shared_data_dir`).
    Returns:
        gold items in file order (dev: 166, test: 156 with the duplicated id giving two items).
    Raises:
        InputError: unknown split, missing/unreadable/malformed GSR or split file (the message names it).
    """
    if split is not None and split not in SPLITS:
        raise InputError(f"unknown split {split!r} for plover-gsr (use one of: {', '.join(SPLITS)})")
    folder = shared_data_dir(shared) / GSR_RELPATH
    path = folder / GSR_FILE
    records = _read_json(path, "PLOVER GSR file")
    if not isinstance(records, list):
        raise InputError(f"{path}: expected a JSON array of PLOVER records")
    split_of: dict[str, str] = {}
    split_path = folder / SPLIT_FILE
    if split_path.is_file():
        spl = _read_json(split_path, "PLOVER GSR split file")
        if not isinstance(spl, dict):
            raise InputError(f"{split_path}: expected an object {{\"dev\": [...], \"test\": [...]}}")
        for name in SPLITS:
            for rid in spl.get(name, []):
                split_of[rid] = name
    items: list[dict] = []
    seen: dict[str, int] = {}
    for pos, rec in enumerate(records):
        if not isinstance(rec, dict) or "id" not in rec or "event" not in rec:
            raise InputError(f"{path}: record {pos} has no id/event")
        if rec["event"] == "DOCUMENT":
            continue  # quirk 5: file metadata
        if not isinstance(rec.get("text"), str) or not rec["text"].strip():
            raise InputError(f"{path}: record {pos} ({rec['id']}) has no text")
        rid = rec["id"]
        seen[rid] = seen.get(rid, 0) + 1
        item_id = rid if seen[rid] == 1 else f"{rid}#{seen[rid]}"
        rec_split = split_of.get(rid)
        if rec_split is None:  # not in split.json: the documented rule (id parity)
            n = _suffix_number(rid)
            rec_split = None if n is None else ("dev" if n % 2 else "test")
        if split is not None and rec_split != split:
            continue
        items.append(convert_record(rec, item_id, rec_split))
    return items


def _read_json(path: Path, what: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: {what} not found (set --shared PATH or CRONICA_SHARED to the shared "
                         f"data folder)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read {what}: {exc.strerror or exc}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: {what} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
