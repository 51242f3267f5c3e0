"""The data model that flows through Cronica: articles in, event records out.

One record schema for every language and every stage:

* :class:`Article` — what ingest produces (text plus metadata).
* :class:`Actor` — one actor or recipient mention resolved to a CAMEO actor code.
* :class:`EventRecord` — one coded event mention, serialised by :meth:`EventRecord.to_dict`
  to a JSON object that validates against ``data/event.schema.json``.

All offsets are **character offsets into** ``Article.text`` (Python ``str`` indices,
end exclusive). Dates are ISO ``YYYY-MM-DD`` strings.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib import resources
from typing import Any

AUX_MODES = (None, "negation", "hypothetical", "future", "historical")
"""PLOVER auxiliary modes (PLOVER manual, draft 2.0, section "Auxiliary modes")."""

EVIDENTIALITIES = ("direct", "reported", "alleged")
DATE_PRECISIONS = ("day", "month", "year", "publication", "unknown")


@dataclass
class Article:
    """One news article as read by ingest.

    Attributes:
        text: the article body, Unicode NFC, Romanian cedillas ş/ţ normalised to comma-below ș/ț.
        doc_id: stable identifier; when the input gives none, ``text_hash``-derived.
        lang: ISO 639-1 code (``"ro"``, ``"en"``) or ``None`` until detected.
        published: publication date, or ``None`` when unknown.
        publisher, title, url: metadata strings or ``None``.
        source: where the article came from (file path, ``"<stdin>"``, ``"file.jsonl:3"``).
    """

    text: str
    doc_id: str | None = None
    lang: str | None = None
    published: date | None = None
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    @property
    def text_hash(self) -> str:
        """SHA-256 hex digest of ``text`` (UTF-8): the identity used for de-duplicating re-runs."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = "sha256:" + self.text_hash[:16]


@dataclass
class Actor:
    """An actor or recipient of an event.

    Attributes:
        text: the surface form in the article (e.g. ``"Președintele Belarusului, Alexander Lukashenko"``).
        name: canonical name (``"Alexander Lukashenko"``) or ``None`` when unresolved.
        code: CAMEO actor code (``"BLRGOV"``), or ``None`` when unresolved.
        country: ISO 3166-1 alpha-3 (``"BLR"``) or ``None``.
        sector: CAMEO/PLOVER sector (``"GOV"``, ``"MIL"``, ``"ELI"`` …) or ``None``.
        start, end: character offsets of ``text`` in the article.
        entity_type: NER label of an unresolved named entity (e.g. ``"PERSON"``), else ``None``.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    entity_type: str | None = None


@dataclass
class EventRecord:
    """One coded event mention. See ``data/event.schema.json`` and the README table."""

    doc_id: str
    lang: str
    event_type: str
    cameo_code: str
    goldstein: float
    quad_class: int
    evidence_sentence: int
    evidence_start: int
    evidence_end: int
    evidence_text: str
    predicate_start: int
    predicate_end: int
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    date: str | None = None
    date_precision: str = "unknown"
    date_text: str | None = None
    location: dict[str, Any] | None = None
    aux_mode: str | None = None
    evidentiality: str = "direct"
    attribution: list[str] = field(default_factory=list)
    quote: dict[str, str | None] | None = None
    published: str | None = None
    url: str | None = None

    @property
    def event_id(self) -> str:
        """Stable id: hash of doc id, predicate offsets and CAMEO code (same input → same id)."""
        key = f"{self.doc_id}|{self.predicate_start}|{self.predicate_end}|{self.cameo_code}"
        return "ev:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def to_dict(self) -> dict[str, Any]:
        """Serialise to the public record (a JSON-ready ``dict`` matching the JSON Schema)."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "lang": self.lang,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": {
                "code": self.cameo_code,
                "root": self.cameo_code[:2],
                "goldstein": self.goldstein,
                "quad_class": self.quad_class,
            },
            "actors": [_actor_dict(a) for a in self.actors],
            "recipients": [_actor_dict(a) for a in self.recipients],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location,
            "factuality": {"aux_mode": self.aux_mode, "evidentiality": self.evidentiality},
            "attribution": list(self.attribution),
            "quote": self.quote,
            "evidence": {
                "sentence": self.evidence_sentence,
                "start": self.evidence_start,
                "end": self.evidence_end,
                "text": self.evidence_text,
                "predicate_start": self.predicate_start,
                "predicate_end": self.predicate_end,
            },
            "published": self.published,
            "url": self.url,
        }


def _actor_dict(actor: Actor) -> dict[str, Any]:
    return {k: v for k, v in asdict(actor).items()}


def load_schema() -> dict[str, Any]:
    """Return the event record JSON Schema (draft 2020-12) shipped in ``cronica/data``."""
    text = resources.files("cronica").joinpath("data/event.schema.json").read_text("utf-8")
    return json.loads(text)
