"""Event time anchoring: find the time expression of a clause and turn it into a date.

News event datasets often stamp every event with the article's publication date. Cronica
anchors each event on the time expression of its own clause ("joi", "pe 25 noiembrie",
"two days ago", "din 2013"), resolved relative to the publication date.

Detection is a set of regular expressions built from the per-language word lists in
``cronica/lang/<lang>/dates.yaml`` (weekdays, months, relative-day words, number words …),
compiled once per language and cached. Matching runs on a *folded* copy of the text
(lowercase, Latin diacritics removed, one character per character), so it is case- and
diacritic-insensitive (``marți`` = ``marti`` = ``marţi``) and offsets stay exact.

Anchoring rules (source: own, the Cronica time-anchoring spec; dates are ``datetime.date``):

* full dates with a year (``25 noiembrie 2025``, ``November 25, 2025``, ``25.11.2025``) and
  month-year (``martie 2024``) are parsed by **dateparser** (cached per expression), with the
  components captured by the regex as fallback; they need no publication date;
* ``din 2013`` / ``in 2013`` → ``2013-01-01``, precision ``year``;
* day-month without a year → the latest of (year−1, year, year+1) that is not more than
  :data:`FUTURE_TOLERANCE_DAYS` after the publication date (so ``28 decembrie`` published
  2026-01-03 → 2025-12-28); a month alone (``în martie``) → first day of the latest such month
  not after the publication month;
* a bare weekday → the most recent such day on or before the publication date, the publication
  day included; ``last``/``trecută`` → strictly before; ``next``/``viitoare`` → strictly after;
* relative days (``ieri``, ``tomorrow``) → publication ± offset, precision ``day``;
* counted expressions (``acum 3 zile``, ``two weeks ago``): hours/days → precision ``day``;
  weeks → publication − 7·n days, precision ``month`` (the record has no week precision);
  months → first day of that month, ``month``; years → 1 January, ``year``;
* ``last week`` → publication − 7 days, ``month``; ``last month`` → first day of the previous
  month, ``month``; ``last year`` → 1 January of the previous year, ``year``;
* vague words (``recent``, ``earlier``) → date ``None``, precision ``unknown``, text kept;
* with no publication date every relative expression gives ``(None, "unknown")``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any

import yaml

from cronica.errors import CronicaError, InputError, UnsupportedLanguage

__all__ = [
    "TimeAnchor",
    "find_time_expressions",
    "anchor_expression",
    "resolve_time",
    "publication_anchor",
    "FUTURE_TOLERANCE_DAYS",
]

FUTURE_TOLERANCE_DAYS = 7
"""How far after the publication date a year-less date may fall before it is read as last
year's (source: own; a week covers announcements of imminent events such as "pe 14 decembrie"
in an article of 11 December, while "28 decembrie" in an article of 3 January rolls back)."""

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "publication": 3, "unknown": 4}
_ABSOLUTE_KINDS = {"dmy", "mdy", "numeric", "iso", "my", "dm", "md", "m", "y"}


@dataclass(frozen=True)
class TimeAnchor:
    """The time anchor of an event.

    Attributes:
        date: ISO ``YYYY-MM-DD`` or ``None`` when the expression cannot be resolved.
        precision: one of ``"day"``, ``"month"``, ``"year"``, ``"publication"``, ``"unknown"``
            (``record.DATE_PRECISIONS``).
        text: the expression as written in the input, or ``None`` for a publication anchor.
        start, end: character offsets of ``text`` in the caller's text (the ``offset`` given to
            :func:`resolve_time` added), end exclusive; ``None`` for a publication anchor.
    """

    date: str | None
    precision: str
    text: str | None
    start: int | None
    end: int | None


# --------------------------------------------------------------------------- folding

def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp + 32) for cp in range(ord("A"), ord("Z") + 1)}
    for cp in range(0x00C0, 0x0250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    return table


_FOLD_TABLE = _build_fold_table()


def _fold(text: str) -> str:
    """Lowercase and strip Latin diacritics, one output character per input character."""
    return text.translate(_FOLD_TABLE)


# --------------------------------------------------------------------------- language data

@dataclass
class _Lang:
    code: str
    weekdays: dict[str, int]
    weekday_prefixes: dict[str, str]
    weekday_suffixes: dict[str, str]
    months: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    units: dict[str, str]
    numbers: dict[str, int | None]
    date_order: str
    patterns: list[tuple[str, re.Pattern[str], Any, frozenset[str]]]
    fullpatterns: list[tuple[str, re.Pattern[str], Any]]
    exclude: list[re.Pattern[str]]
    capital_months: frozenset[str]
    triggers: dict[str, frozenset[str]]


_WORD = re.compile(r"\w+")
# Word groups a pattern needs in the clause before it is run (a cheap prefilter in _detect).
_NEEDS = {
    "dmy": frozenset({"digit", "month"}), "mdy": frozenset({"digit", "month"}),
    "dm": frozenset({"digit", "month"}), "md": frozenset({"digit", "month"}),
    "my": frozenset({"digit", "month"}), "numeric": frozenset({"digit"}), "iso": frozenset({"digit"}),
    "y": frozenset({"digit"}), "m": frozenset({"month"}), "weekday": frozenset({"weekday"}),
    "relday": frozenset({"relday"}), "relperiod": frozenset({"relperiod"}), "vague": frozenset({"vague"}),
    "counted": frozenset({"unit"}),
}
_B = r"(?<!\w)"
_E = r"(?!\w)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?![.,]\d)"


def _key(word: str) -> str:
    """Lookup key of a word as written: folded, whitespace collapsed, final dot removed."""
    if not isinstance(word, str):  # YAML 1.1 reads bare on/off/yes/no as booleans
        raise CronicaError(f"dates.yaml: word {word!r} is not a string (quote it in the YAML file)")
    return " ".join(_fold(word).split()).rstrip(".")


def _word_re(word: str) -> str:
    folded = " ".join(_fold(str(word)).split())
    optional_dot = folded.endswith(".") and len(folded) > 1
    if optional_dot:
        folded = folded[:-1]
    parts = [re.escape(p) for p in folded.split(" ")]
    body = r"\s+".join(parts)
    return body + (r"\.?" if optional_dot else "")


def _alt(words) -> str:
    words = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    if not words:
        return r"(?!x)x"
    return "(?:" + "|".join(_word_re(w) for w in words) + ")"


def _prep_alt(words) -> str:
    """Alternation of prepositions, each with its following whitespace (none after a hyphen)."""
    words = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    if not words:
        return r"(?!x)x"
    out = []
    for w in words:
        out.append(_word_re(w) + (r"\s*" if w.endswith("-") else r"\s+"))
    return "(?:" + "|".join(out) + ")"


def _link_re(links) -> str:
    opts = []
    for link in links:
        if str(link).strip() == "":
            opts.append(r"\s+")
        else:
            opts.append(r"\s*" + re.escape(_fold(str(link).strip())) + r"\s*")
    return "(?:" + "|".join(opts) + ")" if opts else r"(?!x)x"


def _data_path(lang: str):
    return resources.files("cronica").joinpath(f"lang/{lang}/dates.yaml")


@functools.lru_cache(maxsize=None)
def _load(lang: str) -> _Lang:
    if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang or ""):
        raise UnsupportedLanguage(f"time expressions: language {lang!r} is not supported (expected 'ro' or 'en')")
    path = _data_path(lang)
    if not path.is_file():
        raise UnsupportedLanguage(f"time expressions: no dates.yaml for language {lang!r} (expected 'ro' or 'en')")
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CronicaError(f"lang/{lang}/dates.yaml: not valid YAML ({exc.__class__.__name__})") from None
    return _compile(lang, data)


def _compile(lang: str, d: dict[str, Any]) -> _Lang:
    weekdays = {_key(k): int(v) for k, v in (d.get("weekdays") or {}).items()}
    wpre = {_key(k): str(v) for k, v in (d.get("weekday_prefixes") or {}).items()}
    wsuf = {_key(k): str(v) for k, v in (d.get("weekday_suffixes") or {}).items()}
    months_raw = {str(k): int(v) for k, v in (d.get("months") or {}).items()}
    months = {_key(k): v for k, v in months_raw.items()}
    need_number = {_key(w) for w in d.get("months_need_number") or []}
    free_months = [w for w in months_raw if _key(w) not in need_number]
    reldays = {_key(k): int(v) for k, v in (d.get("relative_days") or {}).items()}
    relper = {_key(k): (str(v["unit"]), int(v["offset"])) for k, v in (d.get("relative_periods") or {}).items()}
    units = {_key(k): str(v) for k, v in (d.get("units") or {}).items()}
    numbers = {_key(k): (None if v is None else int(v)) for k, v in (d.get("number_words") or {}).items()}
    order = str(d.get("numeric_date_order") or "DMY").upper()

    month_re = _alt(months_raw)
    weekday_re = _alt(d.get("weekdays") or {})
    day_suffix = _alt(d.get("day_suffixes") or []) if d.get("day_suffixes") else ""
    day = r"(?P<day>0?[1-9]|[12]\d|3[01])" + (f"(?:{day_suffix})?" if day_suffix else "") + r"(?!\d)"
    dm_link = _prep_alt(d.get("day_month_links") or []) if d.get("day_month_links") else ""
    dm_link = f"(?:{dm_link})?" if dm_link else ""
    wd_lead = f"(?:{weekday_re}\\s*,?\\s+)?"
    day_prep = f"(?:{_prep_alt(d.get('day_prepositions') or [])})?"
    month_prep = _prep_alt(d.get("month_prepositions") or [])
    year_prep = _prep_alt(d.get("year_prepositions") or [])
    num_words = [w for w in (d.get("number_words") or {})]
    tens = [w for w, v in (d.get("number_words") or {}).items() if v is not None and v >= 20 and v % 10 == 0]
    ones = [w for w, v in (d.get("number_words") or {}).items() if v is not None and 1 <= v <= 9]
    compound = ""
    if tens and ones and d.get("number_compound_links"):
        compound = f"{_alt(tens)}{_link_re(d['number_compound_links'])}{_alt(ones)}{_E}|"
    num_plain = f"(?:\\d{{1,3}}|{compound}{_alt(num_words)})"
    count_link = f"(?:{_prep_alt(d.get('count_links'))})?" if d.get("count_links") else ""
    unit_re = _alt(d.get("units") or {})

    month_g = f"(?P<month>{month_re})"
    pats: list[tuple[str, str, Any]] = [
        ("dmy", f"{day_prep}{wd_lead}(?P<core>{day}\\.?\\s+{dm_link}{month_g}\\s*,?\\s+{_YEAR})", None),
        ("mdy", f"{day_prep}{wd_lead}(?P<core>{month_g}\\s+{day}\\s*,?\\s+{_YEAR})", None),
        ("numeric", f"{day_prep}{wd_lead}(?P<core>(?P<a>\\d{{1,2}})(?P<sep>[./])(?P<b>\\d{{1,2}})(?P=sep){_YEAR})", None),
        ("iso", f"{day_prep}(?P<core>{_YEAR}-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\\d|3[01]))", None),
        ("dm", f"{day_prep}{wd_lead}{day}\\.?\\s+{dm_link}{month_g}", None),
        ("md", f"{day_prep}{wd_lead}{month_g}\\s+{day}", None),
        ("my", f"(?:{month_prep})?(?P<core>{month_g}\\s*,?\\s+{_YEAR})", None),
        ("m", f"{month_prep}(?P<month>{_alt(free_months)})", None),
        ("y", f"{year_prep}{_YEAR}", None),
        ("weekday", f"(?P<wpre>{_prep_alt(d.get('weekday_prefixes') or {})})?(?P<weekday>{weekday_re})"
                    + (f"(?:\\s+(?P<wsuf>{_alt(d.get('weekday_suffixes'))}))?" if d.get("weekday_suffixes") else ""), None),
        ("relday", f"(?P<rel>{_alt(d.get('relative_days') or {})})", None),
        ("relperiod", f"(?P<rel>{_alt(d.get('relative_periods') or {})})", None),
        ("vague", f"(?P<rel>{_alt(d.get('vague') or [])})", None),
    ]
    for item in d.get("counted") or []:
        tokens = str(item["pattern"]).split()
        parts = []
        for tok in tokens:
            if tok == "{n}":
                parts.append(f"(?P<n>{num_plain})")
            elif tok == "{unit}":
                parts.append(f"{count_link}(?P<unit>{unit_re})")
            else:
                parts.append(_word_re(tok))
        pats.append(("counted", r"\s+".join(parts), int(item.get("direction", -1))))

    patterns, fullpatterns = [], []
    if not d.get("month_first"):  # "November 25" forms only where the language writes them
        pats = [p for p in pats if p[0] not in ("mdy", "md")]
    for kind, body, extra in pats:
        try:
            patterns.append((kind, re.compile(_B + "(?:" + body + ")" + _E), extra, _NEEDS[kind]))
            fullpatterns.append((kind, re.compile("(?:" + body + ")"), extra))
        except re.error as exc:  # a bad word list is a data bug: name the file and the pattern
            raise CronicaError(f"lang/{lang}/dates.yaml: cannot build the {kind!r} pattern ({exc})") from None
    exclude = []
    for pat in d.get("exclude") or []:
        body = str(pat).replace("{n}", num_plain)
        try:
            exclude.append(re.compile(_B + "(?:" + body + ")"))
        except re.error as exc:
            raise CronicaError(f"lang/{lang}/dates.yaml: bad exclude pattern {pat!r} ({exc})") from None
    capital = frozenset(_key(w) for w in d.get("months_capitalised") or [])
    trig: dict[str, set[str]] = {}
    for group, words in (("month", months), ("weekday", weekdays), ("unit", units), ("relday", reldays),
                         ("relperiod", relper), ("vague", [_key(str(w)) for w in d.get("vague") or []])):
        for w in words:
            toks = _WORD.findall(w)
            if toks:  # the longest word of a phrase must occur for the phrase to occur
                trig.setdefault(max(toks, key=len), set()).add(group)
    triggers = {w: frozenset(g) for w, g in trig.items()}
    return _Lang(lang, weekdays, wpre, wsuf, months, reldays, relper, units, numbers, order,
                 patterns, fullpatterns, exclude, capital, triggers)


# --------------------------------------------------------------------------- detection

@dataclass
class _Match:
    start: int
    end: int
    kind: str
    m: re.Match[str]
    extra: Any


def _detect(text: str, L: _Lang) -> list[_Match]:
    folded = _fold(text)
    present: set[str] = set()
    for tok in set(_WORD.findall(folded)):
        groups = L.triggers.get(tok)
        if groups:
            present |= groups
        elif tok[0].isdigit():
            present.add("digit")
    if not present:
        return []
    cands: list[_Match] = []
    for kind, rx, extra, needs in L.patterns:
        if not needs <= present:
            continue
        for m in rx.finditer(folded):
            if m.end() > m.start() and _capital_ok(text, m, L):
                cands.append(_Match(m.start(), m.end(), kind, m, extra))
    if not cands:
        return []
    if L.exclude:
        spans = [(m.start(), m.end()) for rx in L.exclude for m in rx.finditer(folded)]
        if spans:
            # drop a candidate that overlaps an excluded span without containing it
            cands = [c for c in cands
                     if not any(s < c.end and c.start < e and not (c.start <= s and e <= c.end) for s, e in spans)]
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[_Match] = []
    for c in cands:
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _capital_ok(text: str, m: re.Match[str], L: _Lang) -> bool:
    """False when a month word that must be capitalised (English "may") is written lowercase."""
    if not L.capital_months or "month" not in m.re.groupindex or m.start("month") < 0:
        return True
    if _key(m.group("month")) not in L.capital_months:
        return True
    return text[m.start("month")].isupper()


def _check_args(text: Any, lang: Any) -> _Lang:
    if not isinstance(text, str):
        raise InputError(f"time expressions: text must be a str, got {type(text).__name__}")
    return _load(lang)


def find_time_expressions(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Find the time expressions in ``text``.

    Args:
        text: any text (a clause, a sentence, an article).
        lang: ``"ro"`` or ``"en"`` — selects ``cronica/lang/<lang>/dates.yaml``.

    Returns:
        ``(start, end, expression)`` tuples, character offsets into ``text`` (end exclusive),
        ordered by ``start``, non-overlapping (the longest reading wins). Prepositions that belong
        to the expression are included (``"pe 25 noiembrie"``, ``"on Tuesday"``).

    Raises:
        UnsupportedLanguage: ``lang`` has no ``dates.yaml``.
        InputError: ``text`` is not a ``str``.
    """
    L = _check_args(text, lang)
    return [(c.start, c.end, text[c.start:c.end]) for c in _detect(text, L)]


# --------------------------------------------------------------------------- anchoring

def _as_date(published: date | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    raise InputError(f"time expressions: published must be a datetime.date or None, got {type(published).__name__}")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_month(d: date, months: int) -> date:
    idx = d.year * 12 + (d.month - 1) + months
    return date(idx // 12, idx % 12 + 1, 1)


def _parse_number(text: str, L: _Lang) -> int | None:
    t = " ".join(text.split())
    if t.isdigit():
        return int(t)
    if t in L.numbers:
        return L.numbers[t]
    # compound "douazeci si trei", "twenty-one"
    parts = [p for p in re.split(r"[\s\-]+", t) if p]
    total = 0
    for p in parts:
        v = L.numbers.get(p)
        if v is not None:
            total += v
    return total or None


@functools.lru_cache(maxsize=4096)
def _dateparser(expr: str, lang: str, order: str, base: date | None) -> tuple[date | None, str | None]:
    """dateparser backend: ``(date, period)`` or ``(None, None)``; cached per arguments."""
    from dateparser.date import DateDataParser  # imported lazily: ~0.3 s import

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": order}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        data = DateDataParser(languages=[lang], settings=settings).get_date_data(expr)
    except Exception:  # dateparser raises assorted errors on odd input; treat as "no date"
        return None, None
    if data is None or data.date_obj is None:
        return None, None
    return data.date_obj.date(), data.period


def _absolute(core: str, L: _Lang, y: int, mo: int, dd: int | None, order: str) -> tuple[str | None, str]:
    """Full date or month-year: dateparser first, the regex's own components as fallback."""
    parsed, period = _dateparser(core, L.code, order, None)
    if dd is None:
        if parsed is not None and period in ("month", "day") and (parsed.year, parsed.month) == (y, mo):
            return date(parsed.year, parsed.month, 1).isoformat(), "month"
        own = _safe_date(y, mo, 1)
        return (own.isoformat(), "month") if own else (None, "unknown")
    if parsed is not None and period == "day":
        return parsed.isoformat(), "day"
    own = _safe_date(y, mo, dd)
    return (own.isoformat(), "day") if own else (None, "unknown")


def _yearless(pub: date, mo: int, dd: int) -> date | None:
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        cand = _safe_date(y, mo, dd)
        if cand is not None and cand <= pub + timedelta(days=FUTURE_TOLERANCE_DAYS):
            best = cand
    return best


def _anchor_match(c: _Match, text: str, L: _Lang, pub: date | None) -> tuple[str | None, str]:
    g = c.m.groupdict()
    kind = c.kind
    if kind in ("dmy", "mdy"):
        mo = L.months[_key(g["month"])]
        core = text[c.m.start("core"):c.m.end("core")]
        return _absolute(core, L, int(g["year"]), mo, int(re.match(r"\d+", g["day"]).group()), "DMY" if kind == "dmy" else "MDY")
    if kind == "numeric":
        order = "DMY" if g["sep"] == "." else L.date_order
        a, b = int(g["a"]), int(g["b"])
        dd, mo = (a, b) if order.index("D") < order.index("M") else (b, a)
        core = text[c.m.start("core"):c.m.end("core")]
        return _absolute(core, L, int(g["year"]), mo, dd, order)
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mm"]), int(g["dd"]))
        return (d.isoformat(), "day") if d else (None, "unknown")
    if kind == "my":
        core = text[c.m.start("core"):c.m.end("core")]
        return _absolute(core, L, int(g["year"]), L.months[_key(g["month"])], None, L.date_order)
    if kind == "y":
        return date(int(g["year"]), 1, 1).isoformat(), "year"
    if kind == "vague":
        return None, "unknown"
    if pub is None:
        return None, "unknown"
    if kind in ("dm", "md"):
        d = _yearless(pub, L.months[_key(g["month"])], int(re.match(r"\d+", g["day"]).group()))
        return (d.isoformat(), "day") if d else (None, "unknown")
    if kind == "m":
        mo = L.months[_key(g["month"])]
        y = pub.year if mo <= pub.month else pub.year - 1
        return date(y, mo, 1).isoformat(), "month"
    if kind == "weekday":
        wd = L.weekdays[_key(g["weekday"])]
        mode = "same"
        if g.get("wpre"):
            mode = L.weekday_prefixes.get(_key(g["wpre"]), "same")
        if g.get("wsuf"):
            mode = L.weekday_suffixes.get(_key(g["wsuf"]), mode)
        if mode == "next":
            delta = (wd - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=delta)).isoformat(), "day"
        delta = (pub.weekday() - wd) % 7
        if mode == "past" and delta == 0:
            delta = 7
        return (pub - timedelta(days=delta)).isoformat(), "day"
    if kind == "relday":
        return (pub + timedelta(days=L.relative_days[_key(g["rel"])])).isoformat(), "day"
    if kind == "relperiod":
        unit, off = L.relative_periods[_key(g["rel"])]
        return _unit_shift(pub, unit, off)
    if kind == "counted":
        n = _parse_number(g["n"], L)
        if n is None:
            return None, "unknown"
        return _unit_shift(pub, L.units[_key(g["unit"])], n * int(c.extra))
    return None, "unknown"


def _unit_shift(pub: date, unit: str, amount: int) -> tuple[str | None, str]:
    if unit == "hour":  # whole days only: "acum două ore" is the publication day
        return (pub + timedelta(days=int(amount / 24))).isoformat(), "day"
    if unit == "day":
        return (pub + timedelta(days=amount)).isoformat(), "day"
    if unit == "week":
        return (pub + timedelta(days=7 * amount)).isoformat(), "month"
    if unit == "month":
        return _shift_month(pub, amount).isoformat(), "month"
    if unit == "year":
        return date(pub.year + amount, 1, 1).isoformat(), "year"
    return None, "unknown"


def anchor_expression(expr: str, lang: str, published: date | None) -> tuple[str | None, str]:
    """Resolve one time expression to ``(date, precision)``.

    Args:
        expr: the expression alone (``"pe 25 noiembrie"``, ``"two days ago"``); surrounding
            whitespace is ignored. Forms the ``dates.yaml`` rules do not cover but that contain a
            digit (e.g. a spaCy DATE span ``"2025-11-25T10:00"``) are handed to dateparser.
        lang: ``"ro"`` or ``"en"``.
        published: publication date, or ``None`` (then relative expressions give
            ``(None, "unknown")``; absolute dates still resolve).

    Returns:
        ``(date, precision)``: ISO ``YYYY-MM-DD`` or ``None``, and one of ``"day"``, ``"month"``,
        ``"year"``, ``"unknown"``. Unrecognised input gives ``(None, "unknown")``.

    Raises:
        UnsupportedLanguage: ``lang`` has no ``dates.yaml``.
        InputError: ``expr`` is not a ``str`` or ``published`` is not a date.
    """
    L = _check_args(expr, lang)
    pub = _as_date(published)
    stripped = expr.strip()
    lead = len(expr) - len(expr.lstrip())
    folded = _fold(stripped)
    for kind, rx, extra in L.fullpatterns:
        m = rx.fullmatch(folded)
        if m and _capital_ok(stripped, m, L):
            return _anchor_match(_Match(m.start(), m.end(), kind, m, extra), expr[lead:lead + len(stripped)], L, pub)
    if stripped and any(ch.isdigit() for ch in stripped):
        return _dateparser_fallback(stripped, L, pub)
    return None, "unknown"


def _dateparser_fallback(expr: str, L: _Lang, pub: date | None) -> tuple[str | None, str]:
    if pub is None:
        # relative if the answer depends on the base date: then unknown without a publication date
        a, pa = _dateparser(expr, L.code, L.date_order, date(2001, 3, 15))
        b, _ = _dateparser(expr, L.code, L.date_order, date(2011, 8, 20))
        if a is None or a != b:
            return None, "unknown"
        parsed, period = a, pa
    else:
        parsed, period = _dateparser(expr, L.code, L.date_order, pub)
        if parsed is None:
            return None, "unknown"
    if period == "year":
        return date(parsed.year, 1, 1).isoformat(), "year"
    if period in ("month", "week"):
        return (date(parsed.year, parsed.month, 1).isoformat() if period == "month" else parsed.isoformat()), "month"
    return parsed.isoformat(), "day"


def resolve_time(text: str, lang: str, published: date | None, offset: int = 0) -> TimeAnchor | None:
    """The time anchor of a clause: its most specific time expression, resolved.

    Args:
        text: the clause (or sentence) that carries an event.
        lang: ``"ro"`` or ``"en"``.
        published: publication date or ``None``.
        offset: character offset of ``text`` in the article; added to ``start``/``end``.

    Returns:
        A :class:`TimeAnchor` for the expression with the best precision (day > month > year >
        unknown; among equals, absolute dates before relative ones, then the earliest), or
        ``None`` when ``text`` has no time expression. An expression that cannot be resolved
        (``"ieri"`` without a publication date, ``"recent"``) gives date ``None`` and precision
        ``"unknown"`` with its text and offsets.

    Raises:
        UnsupportedLanguage: ``lang`` has no ``dates.yaml``.
        InputError: ``text`` is not a ``str`` or ``published`` is not a date.
    """
    L = _check_args(text, lang)
    pub = _as_date(published)
    best: tuple[tuple[int, int, int], TimeAnchor] | None = None
    for c in _detect(text, L):
        d, prec = _anchor_match(c, text, L, pub)
        rank = (_PRECISION_RANK[prec], 0 if c.kind in _ABSOLUTE_KINDS else 1, c.start)
        if best is None or rank < best[0]:
            best = (rank, TimeAnchor(d, prec, text[c.start:c.end], c.start + offset, c.end + offset))
    return best[1] if best else None


def publication_anchor(published: date | None) -> TimeAnchor:
    """Fallback anchor when a clause has no time expression.

    Args:
        published: publication date or ``None``.

    Returns:
        ``TimeAnchor(date=published ISO, precision="publication")``, or ``date=None`` with
        precision ``"unknown"`` when ``published`` is ``None``; ``text``/``start``/``end`` are
        ``None``.

    Raises:
        InputError: ``published`` is not a date.
    """
    pub = _as_date(published)
    if pub is None:
        return TimeAnchor(None, "unknown", None, None, None)
    return TimeAnchor(pub.isoformat(), "publication", None, None, None)
