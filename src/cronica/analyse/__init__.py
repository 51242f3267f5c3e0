"""Analyse: language detection and the spaCy UD pipeline for each language.

Which pipeline serves which language is data: ``lang/<code>/pipeline.yaml`` names a spaCy package
or a model directory relative to the repository's ``models/`` folder. Adding a language is a
``lang/<code>/`` folder plus a model, not new code here.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import CronicaError, UnsupportedLanguage

DETECT_CHARS = 2000
"""Characters of an article used for language detection (enough for a stable guess, bounded cost)."""


def supported_languages() -> list[str]:
    """Return the ISO 639-1 codes that have a ``lang/<code>/pipeline.yaml`` (e.g. ``["en", "ro"]``)."""
    base = resources.files("cronica").joinpath("lang")
    return sorted(p.name for p in base.iterdir() if p.joinpath("pipeline.yaml").is_file())


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    # Low-accuracy mode (< 50 MB, < 1 s load; plenty for whole articles) over the languages of news that
    # reaches Cronica's users (European, Middle Eastern and East Asian): rarer ones (Welsh, Yoruba,
    # Vietnamese …) mostly appeared as false guesses for short English text.
    return LanguageDetectorBuilder.from_iso_codes_639_1(*_news_codes()).with_low_accuracy_mode().build()


NEWS_LANGUAGES = ("en ro de fr es it pt nl pl ru uk hu bg tr el cs sk sr hr bs sl sv da nb fi lt lv et ar zh "
                  "ja ko he fa sq ka hy az be kk").split()
"""ISO 639-1 codes the detector chooses from (lingua names); any other language is reported as one of these."""


def _news_codes():
    from lingua import IsoCode639_1

    return [getattr(IsoCode639_1, c.upper()) for c in NEWS_LANGUAGES]


def detect_language(text: str) -> str | None:
    """Guess the language of ``text`` with lingua (maintained, offline).

    Args:
        text: article text; only the first ``DETECT_CHARS`` characters are used.
    Returns:
        ISO 639-1 code in lower case (``"ro"``, ``"en"``, ``"de"`` …), or ``None`` if undecidable. A short
        text (< :data:`SHORT_WORDS` words) whose best guess is not confident (< :data:`CONFIDENT`) is decided
        among the supported languages only.
    """
    sample = text[:DETECT_CHARS]
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None
    top = values[0]
    if top.value >= CONFIDENT or len(sample.split()) >= SHORT_WORDS:
        return top.language.iso_code_639_1.name.lower()
    # a short text full of names ("Macron met Zelensky in Kyiv on Monday.") misleads the n-gram models:
    # unless the guess is confident, decide among the languages Cronica codes
    lang = _supported_detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else top.language.iso_code_639_1.name.lower()


CONFIDENT = 0.9
"""lingua confidence above which a short text's language is trusted even when Cronica does not code it."""
SHORT_WORDS = 40
"""Texts with fewer words are "short": an unconfident guess there falls back to the supported languages
(measured 2026-11-30: lingua's low-accuracy mode labels one-line English news as Dutch, Swedish or Welsh)."""


@lru_cache(maxsize=1)
def _supported_detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in supported_languages()]
    return LanguageDetectorBuilder.from_languages(*langs).build() if len(langs) > 1 else None


def pipeline_config(lang: str) -> dict:
    """Read ``lang/<lang>/pipeline.yaml``.

    Raises:
        UnsupportedLanguage: no pipeline is configured for ``lang``.
    """
    if lang not in supported_languages():
        raise UnsupportedLanguage(
            f"language {lang!r} is not supported (supported: {', '.join(supported_languages())})")
    text = resources.files("cronica").joinpath(f"lang/{lang}/pipeline.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def models_dir() -> Path:
    """Folder of trained models: ``$CRONICA_MODELS`` or the repository's ``models/``."""
    env = os.environ.get("CRONICA_MODELS")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "models"


def model_path(name: str) -> str:
    """Where a model named in ``pipeline.yaml`` is: ``models/…`` lies in :func:`models_dir`; any other name (an
    installed package such as ``ro_legal_fl``) is returned as it is."""
    return str(models_dir() / name[len("models/"):]) if name.startswith("models/") else name


def add_dictionary_lemmas(nlp, lang: str) -> None:
    """Add the ``cronica_lemmas`` component (:mod:`cronica.analyse.lemmas`) to ``nlp`` when
    ``lang/<lang>/pipeline.yaml`` names ``lemma_tables``; otherwise do nothing.

    Raises:
        CronicaError: the tables named there are missing.
    """
    tables = pipeline_config(lang).get("lemma_tables")
    if not tables:
        return
    from . import lemmas  # noqa: F401  (registers the "cronica_lemmas" factory)

    try:
        nlp.add_pipe("cronica_lemmas", config={"tables": model_path(tables)})
    except (OSError, ValueError) as exc:
        raise CronicaError(f"lemma tables for {lang!r} not found: {model_path(tables)} ({exc})") from exc


@lru_cache(maxsize=None)
def load_pipeline(lang: str):
    """Load (once per process) the spaCy UD pipeline for ``lang``.

    Args:
        lang: ISO 639-1 code with a ``lang/<lang>/pipeline.yaml``.
    Returns:
        ``spacy.Language`` producing UD UPOS, FEATS, lemmas, dependency trees and NER.
    Raises:
        UnsupportedLanguage: no pipeline for ``lang``.
        CronicaError: the configured model is not installed (message says how to get it).
    """
    import warnings

    import spacy

    # ro_legal_fl ships an attribute_ruler without patterns; spaCy warns about it on every doc.
    warnings.filterwarnings("ignore", message=r"\[W036\]")
    cfg = pipeline_config(lang)
    name = cfg["model"]
    target = model_path(name)
    try:
        nlp = spacy.load(target, exclude=cfg.get("exclude", []))
    except OSError as exc:
        raise CronicaError(f"spaCy model for {lang!r} not found: {target} ({cfg.get('install', '')})") from exc
    from . import sentences  # noqa: F401  (registers the "cronica_sentences" factory)

    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe("cronica_sentences", before=before)
    add_dictionary_lemmas(nlp, lang)
    if "parser" in nlp.pipe_names:
        from . import repairs  # noqa: F401  (registers the "cronica_parse_repairs" factory)

        nlp.add_pipe("cronica_parse_repairs", after="parser",
                     config={"complementizers": list(cfg.get("content_complementizers", [])),
                             "verb_tags": list(cfg.get("misattached_verb_tags", [])),
                             "quantity_words": list(cfg.get("quantity_prepositions", []))})
    nlp.max_length = max(nlp.max_length, 6_000_000)
    return nlp


def doc_text(doc) -> str:
    """The text of a spaCy ``Doc``, computed once and cached in ``doc.user_data`` (``Doc.text`` re-joins
    every token on each access, which is quadratic when called per event)."""
    text = doc.user_data.get("cronica_text")
    if text is None:
        text = doc.user_data["cronica_text"] = doc.text
    return text
