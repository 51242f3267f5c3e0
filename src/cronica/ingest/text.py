"""Reading plain-text and JSON-lines articles: decoding, normalisation, metadata.

Every reader returns :class:`cronica.record.Article` objects whose ``text`` is normalised by
:func:`normalise_text`; all later character offsets refer to that normalised text. Problems with
an input are reported as :class:`cronica.errors.InputError` with a one-line message of the form
``"<input>: <problem>"``.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator

from cronica.errors import InputError
from cronica.record import Article

log = logging.getLogger("cronica")

# --- decoding -------------------------------------------------------------------------------

LEGACY_ENCODINGS = ("cp1250", "iso-8859-2", "cp1252")
"""Fallback encodings tried, in tie-break order, when a file is not UTF-8.

cp1250 (Windows Central European) and ISO-8859-2 (Latin-2) are the legacy encodings of Romanian
web/news text (ISO-8859-16, the official Romanian one, puts ș/ț where Latin-2 puts ş/ţ, so
decoding it as Latin-2 and normalising cedillas gives the same text); cp1252 covers Western text.
"""

_ROMANIAN_LETTERS = frozenset("ăĂâÂîÎșȘțȚşŞţŢ")
"""Romanian letters outside ASCII (own: Romanian orthography, incl. the legacy cedilla forms)."""

_WESTERN_LETTERS = frozenset("áàäãåçéèêëíìïñóòôöõúùûüýÿÁÀÄÃÅÇÉÈÊËÍÌÏÑÓÒÔÖÕÚÙÛÜÝæÆøØœŒßšŠžŽčČćĆłŁ")
"""Other letters common in names in Romanian/English news (own: Western/Central European orthographies)."""

_TYPOGRAPHY = frozenset("„“”‘’‚«»–—…•°€£§©®·\u00a0")
"""Punctuation and symbols common in news text (own)."""

_ASCII_BYTES = bytes(range(128))
_CONTROL_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F])
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

UTF8_DAMAGE_RATIO = 4
"""A text that is not valid UTF-8 is still read as UTF-8 (bad bytes → U+FFFD, with a warning) when
its valid non-ASCII UTF-8 characters outnumber its invalid bytes by at least this factor: it is UTF-8
with a few damaged bytes, and a legacy decoding would garble every diacritic (own heuristic: a real
cp1250/ISO-8859-2 text almost never forms valid UTF-8 multi-byte sequences)."""

BINARY_CONTROL_RATIO = 0.05
"""A decoded text with more than this share of control characters (other than tab, newline,
carriage return, form feed) is treated as binary (own heuristic; text files have ~0)."""


def _char_score(ch: str) -> int:
    """Plausibility of one non-ASCII character in Romanian/English news (higher is better).

    +3 for a Romanian letter, +1 for another common Latin letter or news punctuation, -20 for a C1
    control character (U+0080–U+009F: never in real text, marks a wrong single-byte decoding),
    -1 for anything else.
    """
    if ch in _ROMANIAN_LETTERS:
        return 3
    if ch in _WESTERN_LETTERS or ch in _TYPOGRAPHY:
        return 1
    if "\x80" <= ch <= "\x9f":
        return -20
    return -1


def _best_legacy_encoding(data: bytes) -> tuple[str, bool] | None:
    """Choose among :data:`LEGACY_ENCODINGS` for single-byte ``data``.

    Scores each encoding by the summed :func:`_char_score` of what its non-ASCII bytes decode to
    (computed on byte counts, so linear and cheap for large files). Encodings that leave a byte
    undefined are skipped; ties go to the earlier encoding. Returns ``(encoding, has_c1_controls)``
    or ``None`` when no encoding decodes the data.
    """
    counts = Counter(data.translate(None, _ASCII_BYTES))
    best: tuple[int, str, bool] | None = None
    for enc in LEGACY_ENCODINGS:
        score, c1 = 0, False
        try:
            for byte, n in counts.items():
                ch = bytes((byte,)).decode(enc)
                score += _char_score(ch) * n
                c1 = c1 or "\x80" <= ch <= "\x9f"
        except UnicodeDecodeError:
            continue
        if best is None or score > best[0]:
            best = (score, enc, c1)
    return None if best is None else (best[1], best[2])


def decode_bytes(data: bytes, name: str) -> str:
    """Decode the bytes of a text input to ``str``.

    Args:
        data: the raw bytes.
        name: the input's name for error messages (path, ``"<stdin>"``).

    Returns:
        The decoded text (not yet normalised; a UTF-8 BOM is removed).

    Tries, in order: UTF-16 when the data starts with a UTF-16 BOM; UTF-8 (with or without BOM);
    UTF-8 with damaged bytes replaced by U+FFFD (and a warning) when valid non-ASCII UTF-8 characters
    outnumber the invalid byte sequences :data:`UTF8_DAMAGE_RATIO` to 1; then each of :data:`LEGACY_ENCODINGS` that decodes the data, choosing the one whose result
    scores best on :func:`_char_score` (Romanian letters ă â î ș ț ş ţ count most, C1 control
    characters disqualify; ties go to the earlier encoding in the list).

    Raises:
        InputError: ``"<name>: binary file, not text"`` when the data contains NUL bytes or more
            than :data:`BINARY_CONTROL_RATIO` control characters; ``"<name>: cannot decode …"``
            when no candidate encoding gives text free of C1 control characters.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot decode text (bad UTF-16)") from None
        _check_not_binary(text, name)
        return text.lstrip("\ufeff")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        _check_not_binary(text, name)
        return text
    text = data.decode("utf-8-sig", errors="replace")
    n_bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    n_good = sum(1 for ch in text if ch > "\x7f") - n_bad
    if n_good >= UTF8_DAMAGE_RATIO * n_bad:
        _check_not_binary(text, name)
        log.warning("%s: %d invalid UTF-8 byte sequence(s) replaced by U+FFFD", name, n_bad)
        return text
    del text
    n_controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if n_controls > BINARY_CONTROL_RATIO * len(data):
        raise InputError(f"{name}: binary file, not text")
    choice = _best_legacy_encoding(data)
    if choice is None or choice[1]:
        raise InputError(f"{name}: cannot decode text (not UTF-8, cp1250, ISO-8859-2 or cp1252)")
    return data.decode(choice[0])


def _check_not_binary(text: str, name: str) -> None:
    if "\x00" in text:
        raise InputError(f"{name}: binary file, not text")
    if text:
        n_bad = len(_BAD_CONTROLS.findall(text))
        if n_bad > BINARY_CONTROL_RATIO * len(text):
            raise InputError(f"{name}: binary file, not text")


# --- normalisation --------------------------------------------------------------------------

_CEDILLA_TO_COMMA = (("\u015f", "\u0219"), ("\u015e", "\u0218"), ("\u0163", "\u021b"), ("\u0162", "\u021a"))
"""Romanian ş Ş ţ Ţ (cedilla, legacy) → ș Ș ț Ț (comma below, correct per the Romanian Academy
orthography and Unicode 3.0); own: Romanian orthography."""


_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def normalise_text(text: str) -> str:
    """Normalise article text; all Cronica character offsets refer to the result.

    Steps: remove a leading BOM (U+FEFF); ``\\r\\n`` → ``\\n``; remove zero-width characters (U+200B zero
    width space, U+200C/U+200D joiners, U+2060 word joiner, inner U+FEFF: invisible, they split names and
    words for the parser); Unicode NFC; Romanian cedilla letters ş Ş ţ Ţ (U+015F/015E/0163/0162) →
    comma-below ș Ș ț Ț (U+0219/0218/021B/021A). Everything else (whitespace, punctuation, other letters)
    is kept as is. Linear time.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n")
    for zw in _ZERO_WIDTH:
        if zw in text:
            text = text.replace(zw, "")
    text = unicodedata.normalize("NFC", text)
    for cedilla, comma in _CEDILLA_TO_COMMA:  # str.replace: ~40x faster than str.translate here
        text = text.replace(cedilla, comma)
    return text


# --- metadata -------------------------------------------------------------------------------

META_FIELDS = ("id", "lang", "published", "publisher", "title", "url")
"""Metadata keys read from sidecars and JSON lines (``doc_id`` is accepted as an alias of ``id``)."""

_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?$")


def parse_published(value: Any, name: str) -> date | None:
    """Parse a ``published`` metadata value.

    Accepts ``None``/``""`` (unknown), a ``YYYY-MM-DD`` string, or an ISO date-time whose date part
    is ``YYYY-MM-DD`` (the time is dropped). Returns a :class:`datetime.date` or ``None``.

    Raises:
        InputError: ``"<name>: bad published value '…' (must be YYYY-MM-DD)"``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        m = _ISO_DATE.match(value.strip())
        if m:
            try:
                d = date.fromisoformat(m.group(1))
            except ValueError:
                d = None
            if d is not None:
                return check_date_range(d, f"{name}: published")
    raise InputError(f"{name}: bad published value {value!r} (must be YYYY-MM-DD)")


MIN_YEAR, MAX_YEAR = 1800, 2200
"""Publication years Cronica accepts; relative dates ("last year", "next month") are computed from the
publication date, so extreme years would overflow Python's date range."""


def check_date_range(d: date, what: str) -> date:
    """Return ``d`` if its year is within [:data:`MIN_YEAR`, :data:`MAX_YEAR`].

    Raises:
        InputError: ``"<what> 9999-12-31 is out of range (years 1800–2200)"``.
    """
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        raise InputError(f"{what} {d.isoformat()} is out of range (years {MIN_YEAR}–{MAX_YEAR})")
    return d


def article_from_mapping(meta: dict[str, Any], text: str, *, name: str, source: str) -> Article:
    """Build an :class:`Article` from a metadata mapping and (un-normalised) text.

    ``meta`` may hold the keys of :data:`META_FIELDS` (or ``doc_id``); unknown keys are ignored.
    String fields must be strings or null; ``lang`` is lower-cased.

    Raises:
        InputError: a field has the wrong type, ``published`` is malformed, or the text is empty.
    """
    fields: dict[str, Any] = {}
    for key in ("id", "doc_id", "lang", "publisher", "title", "url"):
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"{name}: field {key!r} must be a string, got {type(value).__name__}")
        value = value.strip()
        if value:
            fields[key] = value
    text = normalise_text(text)
    if not text.strip():
        raise InputError(f"{name}: empty article text")
    lang = fields.get("lang")
    return Article(
        text=text,
        doc_id=fields.get("id") or fields.get("doc_id"),
        lang=lang.lower() if lang else None,
        published=parse_published(meta.get("published"), name),
        publisher=fields.get("publisher"),
        title=normalise_text(fields["title"]) if "title" in fields else None,
        url=fields.get("url"),
        source=source,
    )


# --- readers --------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_text_file(path: str | Path) -> Article:
    """Read one article from a plain-text file, with optional metadata from a sidecar.

    Args:
        path: a ``.txt`` file. A sidecar ``NAME.json`` next to ``NAME.txt`` may give ``id``,
            ``lang``, ``published`` (``YYYY-MM-DD``), ``publisher``, ``title``, ``url``.

    Returns:
        An :class:`Article` with normalised text and ``source`` = the path as given.

    Raises:
        InputError: file not found/unreadable, empty or whitespace-only, binary, undecodable,
            sidecar not a JSON object, or a bad sidecar field.
    """
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise InputError(f"{path}: empty file")
    text = decode_bytes(data, str(path))
    del data
    meta: dict[str, Any] = {}
    sidecar = path.with_suffix(".json")
    if sidecar.is_file():
        meta = _read_sidecar(sidecar)
    return article_from_mapping(meta, text, name=str(path), source=str(path))


def _read_sidecar(sidecar: Path) -> dict[str, Any]:
    raw = _read_bytes(sidecar)
    try:
        meta = json.loads(decode_bytes(raw, str(sidecar)))
    except json.JSONDecodeError as exc:
        raise InputError(f"{sidecar}: bad sidecar JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: bad sidecar JSON (expected an object, got {type(meta).__name__})")
    return meta


def read_jsonl(path: str | Path) -> Iterator[Article | InputError]:
    """Read articles from a JSON-lines file, one JSON object per line.

    Each object has ``"text"`` plus optional ``id``/``doc_id``, ``lang``, ``published``,
    ``publisher``, ``title``, ``url``. Blank lines are skipped. The file is streamed line by line
    (memory bounded by the longest line).

    Yields:
        An :class:`Article` per good line (``source`` = ``"path:LINE"``, lines 1-based), or an
        :class:`InputError` naming ``path:LINE`` for a bad line (bad JSON, not an object, no
        ``"text"`` string, empty text, bad metadata), so the other lines still come through.

    Raises:
        InputError: the file itself cannot be opened (not found, permission), or has no
            non-blank line.
    """
    path = Path(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with fh:
        yield from _parse_jsonl_lines(fh, str(path))


def _parse_jsonl_lines(lines: Iterable[bytes | str], name: str) -> Iterator[Article | InputError]:
    seen = False
    for lineno, raw in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        try:
            line = decode_bytes(raw, where) if isinstance(raw, bytes) else raw
        except InputError as exc:
            seen = True
            yield exc
            continue
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        seen = True
        try:
            yield _article_from_json_line(line, where)
        except InputError as exc:
            yield exc
    if not seen:
        raise InputError(f"{name}: empty file")


def _article_from_json_line(line: str, where: str) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: bad JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f'{where}: missing "text" string')
    return article_from_mapping(obj, text, name=where, source=where)
