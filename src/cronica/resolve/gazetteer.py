"""Actor gazetteer: surface forms -> CAMEO actor codes, and agent lemmas -> sectors.

Data (reviewed TSVs, one row per surface form; see each file's header):

* ``lang/xx/actors.tsv`` — language-neutral persons (with role intervals) and news agencies;
* ``lang/<lang>/actors.tsv`` — countries, demonyms, capitals, seats of power, institutions, IGOs;
* ``lang/xx/actors_historical.tsv`` (optional) — a fall-back layer of past actors (office holders with dated
  roles, institutions, non-state armed groups, international organisations) derived from the PETRARCH-2 Phoenix
  dictionaries (MIT, 2014) by ``training/gazetteer/build_petrarch.py``; roles open in 2014 end on 2014-01-30.
  Loaded after the reviewed rows, which win every shared key;
* ``lang/<lang>/sectors.tsv`` — generic agent nouns by spaCy lemma -> sector;
* ``lang/xx/places.tsv`` and ``lang/<lang>/places.tsv`` (optional) — cities (kind ``city``) with ``lat``/``lon``
  (decimal degrees), derived from GeoNames (CC BY 4.0) by ``training/gazetteer/build_places.py``. Actor forms
  always win over city forms on the same key; a city row whose key an actor holds is kept only for
  :meth:`Gazetteer.coords` (coordinates of capitals).

Matching rules (Cronica design brief for the gazetteer):

* proper-noun forms match case-sensitively, also with diacritics removed on both sides
  (``Nicolas Maduro`` = ``Nicolás Maduro``, ``Lukasenko`` = ``Lukașenko``), and as an ALL-CAPS variant
  (``KREMLINUL``) when every matched word is upper-case;
* ``demonym`` forms match case-insensitively (also without diacritics);
* a person's role is chosen by date: the row whose inclusive [start, end] contains ``on``;
  no ``on`` -> the open-ended (current) row, else the latest; ``on`` outside every interval ->
  a former/future official: sector ``ELI``, code country + ``ELI`` (name unchanged).

Word positions are indices into the word sequence given to :meth:`Gazetteer.match` (end exclusive);
callers map them to character offsets.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from cronica.errors import CronicaError, UnsupportedLanguage

ACTOR_COLUMNS = ("form", "name", "code", "country", "sector", "kind", "start", "end", "source")
SECTOR_COLUMNS = ("lemma", "sector", "source", "note")
PLACE_COLUMNS = ACTOR_COLUMNS + ("lat", "lon")
KINDS = frozenset({"country", "demonym", "capital", "metonym", "person", "institution", "igo", "agency", "city"})
LANGS = ("ro", "en")
_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row.

    Attributes:
        form: surface form as written in the TSV (words separated by single spaces).
        name: canonical English name (``"Vladimir Putin"``, ``"Russia"``).
        code: CAMEO actor code (``"RUSGOV"``, ``"RUS"``, ``"IGOWSTNAT"``).
        country: ISO 3166-1 alpha-3, or ``None`` (IGOs).
        sector: sector code (``"GOV"``, ``"MIL"``, ``"ELI"`` …) or ``None``.
        kind: one of :data:`KINDS`.
        start, end: role interval (inclusive) or ``None`` (open).
        source: provenance of the row.
        lat, lon: decimal degrees (WGS84) for ``city`` rows (``places.tsv``), else ``None``.
    """

    form: str
    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    start: date | None
    end: date | None
    source: str
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Match:
    """A gazetteer hit over a word sequence: words ``start``..``end`` (end exclusive) and the entry valid on the date."""

    start: int
    end: int
    entry: Entry


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Remove diacritics (NFD, drop combining marks): ``"Lukașenko"`` -> ``"Lukasenko"``. Case is kept."""
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if not unicodedata.combining(c)))


def _is_code(code: str) -> bool:
    return len(code) >= 3 and len(code) % 3 == 0 and code.isascii() and code.isalpha() and code.isupper()


def _parse_date(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CronicaError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from None


def _read_tsv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """Rows of a Cronica TSV after its ``#`` comment lines and header line, as (line number, fields)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CronicaError(f"{path}: cannot read gazetteer file ({exc})") from None
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != columns:
                raise CronicaError(f"{path}:{n}: header must be {' | '.join(columns)}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise CronicaError(f"{path}:{n}: expected {len(columns)} tab-separated columns, found {len(fields)}")
        rows.append((n, fields))
    if not header_seen:
        raise CronicaError(f"{path}: no header line")
    return rows


def _parse_actor(path: Path, n: int, f: list[str]) -> Entry:
    where = f"{path}:{n}"
    form, name, code, country, sector, kind, start, end, source = (x.strip() for x in f)
    if not form or form != " ".join(form.split()):
        raise CronicaError(f"{where}: empty form or form with extra spaces: {form!r}")
    if not name:
        raise CronicaError(f"{where}: empty name")
    if not _is_code(code):
        raise CronicaError(f"{where}: bad CAMEO code {code!r} (expected 3, 6, 9 … capital letters)")
    if country and not (len(country) == 3 and _is_code(country)):
        raise CronicaError(f"{where}: bad ISO3 country {country!r}")
    if kind not in KINDS:
        raise CronicaError(f"{where}: bad kind {kind!r} (expected one of {', '.join(sorted(KINDS))})")
    if sector and not _is_code(sector):
        raise CronicaError(f"{where}: bad sector {sector!r}")
    if not source:
        raise CronicaError(f"{where}: empty source")
    s, e = _parse_date(start, where), _parse_date(end, where)
    if s and e and e < s:
        raise CronicaError(f"{where}: end {end} before start {start}")
    return Entry(form, name, code, country or None, sector or None, kind, s, e, source)


def _parse_place(path: Path, n: int, f: list[str], intern: dict[str, str]) -> Entry:
    """A ``places.tsv`` row (:data:`PLACE_COLUMNS`) as a ``city`` :class:`Entry` with coordinates.

    Raises:
        CronicaError: empty form/name/source, bad code or ISO3 country, kind not ``city``, a sector or date
            given, or lat/lon not a number in [-90, 90] / [-180, 180]; the message names file and line.
    """
    where = f"{path}:{n}"
    form, name, code, country, sector, kind, start, end, source, lat, lon = f
    if not form or form != " ".join(form.split()):
        raise CronicaError(f"{where}: empty form or form with extra spaces: {form!r}")
    if not name or not source:
        raise CronicaError(f"{where}: empty name or source")
    if kind != "city":
        raise CronicaError(f"{where}: bad kind {kind!r} in a places file (expected city)")
    if code not in intern:  # a few hundred distinct codes/countries: validate each once
        if not _is_code(code):
            raise CronicaError(f"{where}: bad CAMEO code {code!r} (expected 3, 6, 9 … capital letters)")
        intern[code] = code
    if country not in intern:
        if not (len(country) == 3 and _is_code(country)):
            raise CronicaError(f"{where}: a city needs an ISO3 country, got {country!r}")
        intern[country] = country
    if sector or start or end:
        raise CronicaError(f"{where}: sector, start and end must be empty for a city")
    coords = []
    for label, value, lim in (("lat", lat, 90.0), ("lon", lon, 180.0)):
        try:
            x = float(value)
        except ValueError:
            raise CronicaError(f"{where}: bad {label} {value!r} (expected decimal degrees)") from None
        if not -lim <= x <= lim:  # also rejects nan
            raise CronicaError(f"{where}: {label} {value} out of range [-{lim:g}, {lim:g}]")
        coords.append(x)
    # shared strings once (tens of thousands of rows repeat a few thousand names and a few sources)
    return Entry(form, intern.setdefault(name, name), intern[code], intern[country], None, "city", None, None,
                 intern.setdefault(source, source), coords[0], coords[1])


class Gazetteer:
    """Actor and sector lookup for one language (``xx`` rows merged with ``<lang>`` rows).

    Build with :meth:`load` (cached per language and directory). Lookups are dictionary hits
    over word tuples; :meth:`match` is O(words × longest form).
    """

    def __init__(self, lang: str, entries: list[Entry], sectors: dict[str, str]) -> None:
        self.lang = lang
        self.entries = entries
        self._sectors = sectors
        self._exact: dict[tuple[str, ...], list[Entry]] = {}
        self._folded: dict[tuple[str, ...], list[Entry]] = {}
        self._caps: dict[tuple[str, ...], list[Entry]] = {}
        self._ci: dict[tuple[str, ...], list[Entry]] = {}
        self._agency_forms: set[tuple[str, ...]] = set()
        self._coords: dict[tuple[str, str], Entry] = {}  # (ISO3, folded lower-case name) -> city row
        self._near: dict[str, list[Entry]] | None = None  # deletion-neighbourhood index, built on first use
        self._max = 1
        self._first: dict[str, int] = {}  # folded lower-case first word -> longest form starting with it
        for e in entries:
            words = tuple(e.form.split(" "))
            self._max = max(self._max, len(words))
            k = fold(words[0]).lower()
            self._first[k] = max(self._first.get(k, 0), min(len(words), _MAX_WORDS))
            if e.kind == "city":
                exact = words
                folded = tuple(fold(w) for w in words) if not e.form.isascii() else exact
                if exact in self._exact or folded in self._folded or folded in self._exact:
                    # actor forms (loaded first) win over city forms; kept for a capital's coordinates only
                    self._coords.setdefault((e.country or "", fold(e.form).lower()), e)
                    continue
                self._coords.setdefault((e.country or "", fold(e.name).lower()), e)
                one = (e,)  # one shared candidate tuple per city form (memory: ~70 000 rows)
                self._exact[exact] = one
                if folded != exact:
                    self._folded.setdefault(folded, one)
                self._caps.setdefault(tuple(w.upper() for w in folded), one)
                continue
            if e.kind == "demonym":
                self._add(self._ci, tuple(fold(w).lower() for w in words), e)
            else:
                self._add(self._exact, words, e)
                self._add(self._folded, tuple(fold(w) for w in words), e)
                self._add(self._caps, tuple(fold(w).upper() for w in words), e)
            if e.kind == "agency":
                self._agency_forms.add(tuple(fold(w).lower() for w in words))
        self._max = min(self._max, _MAX_WORDS)

    @property
    def max_words(self) -> int:
        """Length in words of the longest form (capped at 12): the widest window :meth:`match` looks at."""
        return self._max

    @staticmethod
    def _add(index: dict[tuple[str, ...], list[Entry]], key: tuple[str, ...], e: Entry) -> None:
        bucket = index.setdefault(key, [])
        if bucket and bucket[0].name != e.name:
            return  # first entity wins an ambiguous key (file order: <lang> before xx); noted in the TSV headers
        bucket.append(e)

    def near_country(self, word: str) -> Entry | None:
        """The country or demonym entry one edit away from a misspelt capitalised word ("Ethopia", "Quatar",
        "Phillippines"), or ``None``.

        Args:
            word: one token, e.g. a proper noun the gazetteer does not know.
        Returns:
            the entry when exactly one country is within one insertion, deletion, substitution or adjacent
            transposition of ``word`` (diacritics folded, case ignored) with the same first letter; ``None`` for
            words shorter than 6 letters, lower-case words, or ties between countries.
        Source: own rule (news feeds carry typos; short names such as "Iran"/"Iraq" are too close to guess).
        """
        if len(word) < 6 or not word[:1].isupper() or not word.isalpha():
            return None
        if self._near is None:
            near: dict[str, list[Entry]] = {}
            for key, bucket in list(self._exact.items()) + list(self._ci.items()):
                e = bucket[0]
                if len(key) != 1 or e.kind not in ("country", "demonym") or not e.country or len(key[0]) < 5:
                    continue
                w = fold(key[0]).lower()
                for d in {w} | {w[:i] + w[i + 1:] for i in range(len(w))}:
                    near.setdefault(d, []).append(e)
            self._near = near
        q = fold(word).lower()
        found: dict[str, Entry] = {}
        for d in {q} | {q[:i] + q[i + 1:] for i in range(len(q))}:
            for e in self._near.get(d, ()):
                if fold(e.form).lower()[:1] == q[:1]:
                    found.setdefault(e.country, e)
        return next(iter(found.values())) if len(found) == 1 else None

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, lang: str, data_dir: str | Path | None = None) -> "Gazetteer":
        """Load (once, cached) the gazetteer for ``lang``.

        Args:
            lang: ``"ro"`` or ``"en"``.
            data_dir: folder holding ``xx/`` and ``<lang>/`` sub-folders (default: the packaged
                ``cronica/lang``); tests pass a temporary folder.
        Returns:
            the :class:`Gazetteer`.
        Raises:
            UnsupportedLanguage: ``lang`` is not ``ro``/``en``.
            CronicaError: a file is missing or a row is malformed (message names file and line).
        """
        if lang not in LANGS:
            raise UnsupportedLanguage(f"gazetteer: no actor data for language {lang!r} (have: {', '.join(LANGS)})")
        return _load_cached(lang, str(data_dir) if data_dir is not None else None)

    # ---------------------------------------------------------------- lookups
    def _resolve(self, candidates: list[Entry], on: date | None) -> Entry:
        """Pick the entry valid ``on`` among rows of one entity (see module docstring)."""
        if len(candidates) == 1 and candidates[0].start is None and candidates[0].end is None:
            return candidates[0]
        dated = [e for e in candidates]
        if on is None:
            open_rows = [e for e in dated if e.end is None]
            if open_rows:
                return max(open_rows, key=lambda e: e.start or date.min)
            return max(dated, key=lambda e: e.end or date.max)
        covering = [e for e in dated if (e.start is None or e.start <= on) and (e.end is None or on <= e.end)]
        if covering:
            return max(covering, key=lambda e: e.start or date.min)
        before = [e for e in dated if e.end is not None and e.end < on]
        ref = max(before, key=lambda e: e.end) if before else min(dated, key=lambda e: e.start or date.min)
        country = ref.country or next((e.country for e in sorted(dated, key=lambda e: e.start or date.min,
                                                                    reverse=True) if e.country), None)
        return replace(ref, code=(country or "") + "ELI", country=country, sector="ELI")

    def _candidates(self, words: Sequence[str]) -> Sequence[Entry] | None:
        key = tuple(words)
        hit = self._exact.get(key)
        if hit:
            return hit
        folded = tuple(fold(w) for w in key)
        hit = self._folded.get(folded) or self._exact.get(folded)  # city forms without diacritics: exact index only
        if hit:
            return hit
        if all(w.isupper() or not any(c.isalpha() for c in w) for w in key) and any(w.isupper() for w in key):
            hit = self._caps.get(tuple(w.upper() for w in folded))
            if hit:
                return hit
        return self._ci.get(tuple(w.lower() for w in folded))

    def lookup(self, form: str, on: date | None = None) -> Entry | None:
        """Entry for a whole surface form (words separated by whitespace), or ``None``.

        Args:
            form: e.g. ``"Casa Albă"``, ``"Rusiei"``, ``"Nicolas Maduro"``.
            on: the date the text refers to (selects a person's role); ``None`` = current role.
        """
        words = form.split()
        if not words:
            return None
        cands = self._candidates(words)
        return self._resolve(cands, on) if cands else None

    def match(self, words: Sequence[str], on: date | None = None) -> list[Match]:
        """Longest-first, non-overlapping, left-to-right gazetteer matches over a word sequence.

        Args:
            words: token texts (e.g. of a spaCy sentence).
            on: reference date for role selection (see :meth:`lookup`).
        Returns:
            matches in text order; ``start``/``end`` are word indices (end exclusive).
        """
        out: list[Match] = []
        i, n = 0, len(words)
        first = self._first
        while i < n:
            longest = first.get(fold(words[i]).lower(), 0)
            for length in range(min(longest, n - i), 0, -1):
                cands = self._candidates(words[i:i + length])
                if cands:
                    out.append(Match(i, i + length, self._resolve(cands, on)))
                    i += length
                    break
            else:
                i += 1
        return out

    def explain(self, words: Sequence[str], on: date | None = None) -> list[dict]:
        """Why each gazetteer match over ``words`` resolves as it does (for ``cronica actors resolve``).

        Args:
            words: token texts (as for :meth:`match`).
            on: reference date (``None`` = current roles).
        Returns:
            one dict per match, in text order: ``form`` (the matched words), ``start``/``end`` (word
            indices), ``entry`` (the chosen :class:`Entry` as a dict, dates as ISO strings), ``rule`` (why:
            ``"single row"``, ``"role valid on DATE"``, ``"current role"``, ``"latest role"`` or
            ``"former official: DATE outside every role interval"``), and ``roles`` (every row of that entity
            for this form: code, start, end, source).
        """
        out: list[dict] = []
        for m in self.match(words, on):
            cands = self._candidates(words[m.start:m.end]) or []
            if len(cands) == 1 and cands[0].start is None and cands[0].end is None:
                rule = "single row"
            elif on is None:
                rule = "current role" if any(e.end is None for e in cands) else "latest role"
            elif m.entry.sector == "ELI" and all(e.code != m.entry.code for e in cands):
                rule = f"former official: {on.isoformat()} outside every role interval"
            else:
                rule = f"role valid on {on.isoformat()}"
            out.append({"form": " ".join(words[m.start:m.end]), "start": m.start, "end": m.end,
                        "entry": _entry_dict(m.entry), "rule": rule,
                        "roles": [_entry_dict(e) for e in sorted(cands, key=lambda e: e.start or date.min)]})
        return out

    def coords(self, entry: Entry, form: str | None = None) -> tuple[float, float] | None:
        """``(lat, lon)`` in decimal degrees of a place entry: a ``city`` row's own coordinates, else (capitals)
        those of the city row of the same country named ``form`` or ``entry.name`` (diacritics and case
        ignored); ``None`` when no city row exists. Source: GeoNames via ``places.tsv``."""
        if entry.lat is not None and entry.lon is not None:
            return entry.lat, entry.lon
        for x in (form, entry.name):
            if x:
                hit = self._coords.get((entry.country or "", fold(" ".join(x.split())).lower()))
                if hit is not None:
                    return hit.lat, hit.lon
        return None

    def sector(self, lemma: str) -> str | None:
        """Sector code for a generic agent noun lemma (``"președinte"`` -> ``"GOV"``), case-insensitive; else ``None``."""
        return self._sectors.get(lemma.lower()) or self._sectors.get(fold(lemma.lower()))

    def is_agency(self, form: str) -> bool:
        """True when ``form`` is a news agency/outlet (a reporter for attribution, never an actor)."""
        return tuple(fold(w).lower() for w in form.split()) in self._agency_forms


def _entry_dict(e: Entry) -> dict:
    """An :class:`Entry` as a JSON-ready dict (dates as ISO strings or ``None``)."""
    return {"form": e.form, "name": e.name, "code": e.code, "country": e.country, "sector": e.sector,
            "kind": e.kind, "start": e.start.isoformat() if e.start else None,
            "end": e.end.isoformat() if e.end else None, "source": e.source, "lat": e.lat, "lon": e.lon}


@lru_cache(maxsize=8)
def _load_cached(lang: str, data_dir: str | None) -> Gazetteer:
    base = Path(data_dir) if data_dir is not None else Path(str(resources.files("cronica") / "lang"))
    entries: list[Entry] = []
    for sub in (lang, "xx"):
        path = base / sub / "actors.tsv"
        if not path.is_file():
            raise CronicaError(f"{path}: gazetteer file missing")
        entries += [_parse_actor(path, n, f) for n, f in _read_tsv(path, ACTOR_COLUMNS)]
    hist = base / "xx" / "actors_historical.tsv"  # optional fall-back layer: after the reviewed rows, which win
    if hist.is_file():
        entries += [_parse_actor(hist, n, f) for n, f in _read_tsv(hist, ACTOR_COLUMNS)]
    intern: dict[str, str] = {}
    for sub in (lang, "xx"):  # optional; after every actor row, so actor forms win shared keys
        path = base / sub / "places.tsv"
        if path.is_file():
            entries += [_parse_place(path, n, f, intern) for n, f in _read_tsv(path, PLACE_COLUMNS)]
    sectors: dict[str, str] = {}
    spath = base / lang / "sectors.tsv"
    if spath.is_file():
        for n, f in _read_tsv(spath, SECTOR_COLUMNS):
            lemma, sector, source = f[0].strip().lower(), f[1].strip(), f[2].strip()
            if not lemma or not _is_code(sector) or not source:
                raise CronicaError(f"{spath}:{n}: need a lemma, a sector code and a source")
            sectors.setdefault(lemma, sector)
            sectors.setdefault(fold(lemma), sector)
    return Gazetteer(lang, entries, sectors)


@lru_cache(maxsize=1)
def english_demonyms() -> dict[str, str]:
    """``{ISO3 country: English nationality adjective}`` — the first demonym row of each country in
    ``lang/en/actors.tsv`` ("MDA" → "Moldovan", "KOR" → "South Korean"), for English descriptions of sources named
    in another language. Read once."""
    out: dict[str, str] = {}
    path = Path(str(resources.files("cronica") / "lang" / "en" / "actors.tsv"))
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        if len(f) > 5 and f[5] == "demonym" and f[3] and f[3] not in out:
            out[f[3]] = f[0]
    return out

