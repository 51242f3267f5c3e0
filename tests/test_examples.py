"""The bundled examples/ folder is well-formed.

Checks the invented example articles (``examples/*.txt`` + ``NAME.json`` sidecars),
``examples/batch.jsonl`` and ``examples/page.html``: required metadata, dates, language
(Cronica's own detector, lingua), length and paragraph layout, and that no text was copied
from the local news samples in ``../shared``. Coding-output tests against the table in
``examples/README.md`` live elsewhere.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cronica.analyse import detect_language as detect


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SHARED_NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news"
REQUIRED = ("id", "lang", "published", "publisher", "title", "url")
FIRST_DAY, LAST_DAY = date(2025, 9, 1), date(2025, 12, 31)
TXT_FILES = sorted(EXAMPLES.glob("*.txt"))
# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and an
# upper-case letter or an opening quote. Good enough for the hand-written examples.
SENTENCE_END = re.compile(r"[.!?][\"”]?\s+(?=[\"„“A-ZĂÂÎȘȚ])")


def _sidecar(txt: Path) -> dict:
    return json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))


def _check_meta(meta: dict, where: str) -> None:
    missing = [k for k in REQUIRED if not isinstance(meta.get(k), str) or not meta[k].strip()]
    assert not missing, f"{where}: missing or empty fields {missing}"
    assert meta["lang"] in ("ro", "en"), where
    published = date.fromisoformat(meta["published"])  # raises on a bad date
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]), where
    assert FIRST_DAY <= published <= LAST_DAY, f"{where}: {published} outside 2025-09..2025-12"
    assert meta["url"].startswith("https://example.org/"), where


def test_enough_articles_per_language():
    langs = [_sidecar(t)["lang"] for t in TXT_FILES]
    assert langs.count("ro") >= 4
    assert langs.count("en") >= 4


@pytest.mark.parametrize("txt", TXT_FILES, ids=lambda p: p.stem)
def test_sidecar_has_required_fields(txt):
    assert txt.with_suffix(".json").is_file(), f"{txt.name} has no sidecar"
    _check_meta(_sidecar(txt), txt.name)


def test_ids_are_unique():
    ids = [_sidecar(t)["id"] for t in TXT_FILES]
    ids += [json.loads(line)["id"] for line in (EXAMPLES / "batch.jsonl").read_text("utf-8").splitlines()]
    assert len(ids) == len(set(ids))


def test_no_orphan_sidecars():
    stems = {t.stem for t in TXT_FILES}
    orphans = [j.name for j in EXAMPLES.glob("*.json") if j.stem not in stems]
    assert orphans == []


@pytest.mark.parametrize("txt", TXT_FILES, ids=lambda p: p.stem)
def test_text_shape_and_language(txt):
    text = txt.read_text(encoding="utf-8")
    lang = _sidecar(txt)["lang"]
    assert text == unicodedata.normalize("NFC", text)
    assert not set("şţŞŢ") & set(text), "use comma-below ș ț, not cedilla ş ţ"
    assert 120 <= len(text.split()) <= 300
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip())]
    assert len(paragraphs) >= 3 and all(p.strip() for p in paragraphs)
    assert all("\n" not in p for p in paragraphs), "one line per paragraph"
    sentences = sum(len(SENTENCE_END.split(p)) for p in paragraphs)
    assert 5 <= sentences <= 12, f"{sentences} sentences"
    assert detect(text) == lang


def test_batch_jsonl():
    lines = (EXAMPLES / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    for n, line in enumerate(lines, 1):
        obj = json.loads(line)
        _check_meta(obj, f"batch.jsonl:{n}")
        assert isinstance(obj.get("text"), str) and len(obj["text"].split()) >= 30
        assert detect(obj["text"]) == obj["lang"]


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.meta: dict[str, str] = {}
        self.stack: list[str] = []
        self.article_text: list[str] = []
        self.title = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.stack.append(tag)
        a = dict(attrs)
        if tag == "meta" and a.get("property"):
            self.meta[a["property"]] = a.get("content", "")

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if "article" in self.stack:
            self.article_text.append(data)
        if self.stack and self.stack[-1] == "title":
            self.title += data


def test_page_html():
    parser = _PageParser()
    parser.feed((EXAMPLES / "page.html").read_text(encoding="utf-8"))
    assert parser.tags.count("article") == 1
    for tag in ("nav", "footer", "title"):
        assert tag in parser.tags
    assert parser.title.strip()
    assert parser.meta.get("article:published_time") == "2025-11-20"
    body = " ".join(" ".join(parser.article_text).split())
    assert "Ursula von der Leyen met with Moldovan President Maia Sandu" in body
    assert "Privacy" not in body  # footer text is outside <article>
    assert detect(body) == "en"


def test_readme_lists_every_file():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name in [t.name for t in TXT_FILES] + ["batch.jsonl", "page.html"]:
        assert f"`{name}`" in readme, name
    for t in TXT_FILES:  # every article has an expected-events section
        assert f"### {t.stem}" in readme, t.stem


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    text = unicodedata.normalize("NFC", text).translate(str.maketrans("şţŞŢ", "șțȘȚ"))
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.skipif(not SHARED_NEWS.is_dir(), reason="../shared/data/news not present")
def test_examples_not_copied_from_shared_news():
    ours: set[tuple[str, ...]] = set()
    for t in TXT_FILES:
        ours |= _shingles(t.read_text(encoding="utf-8"))
    for line in (EXAMPLES / "batch.jsonl").read_text(encoding="utf-8").splitlines():
        ours |= _shingles(json.loads(line)["text"])
    for jsonl in SHARED_NEWS.glob("*/articles.jsonl"):
        with jsonl.open(encoding="utf-8") as fh:
            for line in fh:
                overlap = ours & _shingles(json.loads(line)["text"])
                assert not overlap, f"8-word overlap with {jsonl}: {sorted(overlap)[:2]}"
