"""Reading news articles from HTML pages: main text and metadata via trafilatura."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from cronica.errors import InputError
from cronica.ingest.text import _read_bytes, article_from_mapping, decode_bytes
from cronica.record import Article

_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)?\b", re.I)


def html_to_article(html: str, *, name: str, source: str) -> Article:
    """Extract an :class:`Article` from the HTML source of a news page.

    Uses ``trafilatura.extract(output_format="json", with_metadata=True)``: the main text without
    navigation, footer, comments and other boilerplate; ``title``; ``date`` (the original
    publication date from page metadata such as ``article:published_time`` / the URL, no guessing
    from the body text); ``url`` (canonical / ``og:url``); ``publisher`` (site name, else host
    name). ``lang`` is taken from ``<html lang="xx">`` when present, else left ``None``.

    Raises:
        InputError: ``"<name>: no article text found in HTML"`` when trafilatura finds no main text.
    """
    import trafilatura  # imported lazily: it takes ~0.5 s and only HTML input needs it

    try:
        out = trafilatura.extract(
            html,
            output_format="json",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura/lxml failure on malformed input
        raise InputError(f"{name}: cannot parse HTML ({type(exc).__name__}: {exc})") from None
    if not out:
        raise InputError(f"{name}: no article text found in HTML")
    doc: dict[str, Any] = json.loads(out)
    # trafilatura writes one block (heading, paragraph, list item) per line: make every block a paragraph,
    # so a headline without a full stop never runs into the first sentence
    text = "\n\n".join(line for line in (doc.get("text") or "").split("\n") if line.strip())
    if not text.strip():
        raise InputError(f"{name}: no article text found in HTML")
    m = _HTML_LANG.search(html[:5000].encode("utf-8", "replace"))
    meta = {
        "title": doc.get("title"),
        "published": doc.get("date"),
        "url": doc.get("source") or doc.get("url"),
        "publisher": doc.get("sitename") or doc.get("hostname"),
        "lang": m.group(1).decode("ascii").lower() if m else None,
    }
    return article_from_mapping(meta, text, name=name, source=source)


def read_html(path: str | Path) -> Article:
    """Read one article from an ``.html``/``.htm`` file (see :func:`html_to_article`).

    The bytes are decoded by :func:`cronica.ingest.text.decode_bytes` (UTF-8, else Romanian legacy
    encodings). ``source`` is the path as given.

    Raises:
        InputError: file not found, empty, binary, undecodable, or no main text in the page.
    """
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise InputError(f"{path}: empty file")
    html = decode_bytes(data, str(path))
    return html_to_article(html, name=str(path), source=str(path))
