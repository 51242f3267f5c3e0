"""Ingest: read news articles from files, directories and standard input.

Entry point: :func:`iter_articles`, which yields one :class:`cronica.record.Article` per input
article, or a :class:`cronica.errors.InputError` (yielded, not raised) for an input that cannot be
read, so that a batch goes on past bad files.

Supported inputs:

* ``.txt`` — one article; optional sidecar ``NAME.json`` with ``id``, ``lang``, ``published``
  (``YYYY-MM-DD``), ``publisher``, ``title``, ``url``.
* ``.jsonl`` — one JSON object per line with ``"text"`` and the same optional fields.
* ``.html`` / ``.htm`` — a news page; main text and metadata extracted by trafilatura.
* a directory — its ``.txt``, ``.jsonl``, ``.html``, ``.htm`` files (sorted by name, not
  recursive; ``.json`` sidecars and other files are skipped).
* ``-`` — standard input: JSON lines if it starts with ``{``, an HTML page if it starts with
  ``<!doctype html`` or ``<html``, otherwise one plain-text article.

Texts are decoded (UTF-8, else cp1250 / ISO-8859-2 / cp1252) and normalised (NFC, Romanian
cedilla ş/ţ → comma-below ș/ț, CRLF → LF); offsets downstream refer to the normalised text.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence, TextIO

from cronica.errors import InputError
from cronica.ingest.html import html_to_article, read_html
from cronica.ingest.text import (
    _parse_jsonl_lines,
    article_from_mapping,
    decode_bytes,
    normalise_text,
    parse_published,
    read_jsonl,
    read_text_file,
)
from cronica.record import Article

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "STDIN_NAME",
    "iter_articles",
    "read_text_file",
    "read_jsonl",
    "read_html",
    "read_stdin",
    "decode_bytes",
    "normalise_text",
    "parse_published",
]

SUPPORTED_EXTENSIONS = (".txt", ".jsonl", ".html", ".htm")
"""File name extensions :func:`iter_articles` reads (case-insensitive)."""

STDIN_NAME = "<stdin>"


def iter_articles(
    paths: Sequence[str | Path], *, stdin: TextIO | BinaryIO | None = None
) -> Iterator[Article | InputError]:
    """Read every article from ``paths``, in order.

    Args:
        paths: file paths, directory paths, or ``"-"`` for standard input.
        stdin: the stream ``"-"`` reads (text or binary); default ``sys.stdin``.

    Yields:
        One :class:`Article` per article read, or an :class:`InputError` for each input (or
        JSON line) that cannot be read: file not found, empty, binary, undecodable, unsupported
        extension, bad sidecar JSON, bad ``published`` value, bad JSON line. Never raises
        :class:`InputError`.
    """
    for p in paths:
        if str(p) == "-":
            try:
                yield from read_stdin(stdin if stdin is not None else sys.stdin)
            except InputError as exc:
                yield exc
            continue
        path = Path(p)
        if path.is_dir():
            try:
                files = _directory_files(path)
            except InputError as exc:
                yield exc
                continue
            for f in files:
                yield from _read_file(f)
        else:
            yield from _read_file(path)


def _directory_files(path: Path) -> list[Path]:
    try:
        entries = sorted(path.iterdir(), key=lambda q: q.name)
    except OSError as exc:
        raise InputError(f"{path}: cannot list directory ({exc.strerror or exc})") from None
    files = [q for q in entries if q.suffix.lower() in SUPPORTED_EXTENSIONS and q.is_file()]
    if not files:
        raise InputError(f"{path}: directory has no {', '.join(SUPPORTED_EXTENSIONS)} files")
    return files


def _read_file(path: Path) -> Iterator[Article | InputError]:
    ext = path.suffix.lower()
    try:
        if not path.exists():
            raise InputError(f"{path}: file not found")
        if ext == ".txt":
            yield read_text_file(path)
        elif ext == ".jsonl":
            yield from read_jsonl(path)
        elif ext in (".html", ".htm"):
            yield read_html(path)
        else:
            shown = f"'{path.suffix}'" if path.suffix else "(no extension)"
            raise InputError(
                f"{path}: unsupported file type {shown} "
                f"(supported: {', '.join(SUPPORTED_EXTENSIONS)}, a directory, or - for standard input)"
            )
    except InputError as exc:
        yield exc


def read_stdin(stream: TextIO | BinaryIO) -> Iterator[Article | InputError]:
    """Read articles from a stream (standard input); ``source`` is ``"<stdin>"`` (or ``"<stdin>:LINE"``).

    A binary stream (or a text stream's underlying ``.buffer``) is decoded by
    :func:`decode_bytes`. Content starting with ``{`` is read as JSON lines, with ``<!doctype html``
    or ``<html`` as an HTML page, else as one plain-text article.

    Raises:
        InputError: the stream is empty, binary or undecodable (for JSON lines, bad lines are
            yielded as :class:`InputError` instead).
    """
    raw = _read_stream(stream)
    if isinstance(raw, bytes):
        if not raw.strip():
            raise InputError(f"{STDIN_NAME}: empty input")
        text = decode_bytes(raw, STDIN_NAME)
    else:
        text = raw
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{STDIN_NAME}: empty input")
    head = text.lstrip()[:20].lower()
    if head.startswith("{"):
        yield from _parse_jsonl_lines(io.StringIO(text), STDIN_NAME)
    elif head.startswith("<!doctype html") or head.startswith("<html"):
        yield html_to_article(text, name=STDIN_NAME, source=STDIN_NAME)
    else:
        yield article_from_mapping({}, text, name=STDIN_NAME, source=STDIN_NAME)


def _read_stream(stream: TextIO | BinaryIO) -> bytes | str:
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            return buffer.read()
        return stream.read()
    except UnicodeDecodeError:
        raise InputError(f"{STDIN_NAME}: cannot decode text (not UTF-8)") from None
    except OSError as exc:
        raise InputError(f"{STDIN_NAME}: cannot read ({exc})") from None
