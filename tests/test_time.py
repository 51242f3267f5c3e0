"""Tests for cronica.resolve.time: time expressions anchored on the publication date.

Unless stated, the publication date is Thursday 2025-12-11. Sentences are written for these tests.
"""
from datetime import date, datetime

import pytest

from cronica.errors import InputError, UnsupportedLanguage
from cronica.resolve.time import (
    TimeAnchor,
    anchor_expression,
    find_time_expressions,
    publication_anchor,
    resolve_time,
)

PUB = date(2025, 12, 11)  # a Thursday


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("joi", ("2025-12-11", "day")),  # the publication day itself
        ("marți", ("2025-12-09", "day")),
        ("marti", ("2025-12-09", "day")),
        ("marţi", ("2025-12-09", "day")),  # cedilla ţ
        ("sâmbătă", ("2025-12-06", "day")),
        ("acum şase zile", ("2025-12-05", "day")),  # cedilla ş
        ("sambata", ("2025-12-06", "day")),
        ("duminică", ("2025-12-07", "day")),
        ("luni", ("2025-12-08", "day")),
        ("vineri", ("2025-12-05", "day")),
        ("miercuri", ("2025-12-10", "day")),
        ("marțea trecută", ("2025-12-09", "day")),
        ("joia trecută", ("2025-12-04", "day")),  # strictly before publication
        ("marțea viitoare", ("2025-12-16", "day")),
        ("pe 25 noiembrie", ("2025-11-25", "day")),
        ("la 21 noiembrie", ("2025-11-21", "day")),
        ("ieri", ("2025-12-10", "day")),
        ("alaltăieri", ("2025-12-09", "day")),
        ("alaltaieri", ("2025-12-09", "day")),
        ("astăzi", ("2025-12-11", "day")),
        ("azi", ("2025-12-11", "day")),
        ("mâine", ("2025-12-12", "day")),
        ("în urmă cu 17 zile", ("2025-11-24", "day")),
        ("acum trei zile", ("2025-12-08", "day")),
        ("cu două zile în urmă", ("2025-12-09", "day")),
        ("acum douăzeci și unu de zile", ("2025-11-20", "day")),
        ("acum 25 de zile", ("2025-11-16", "day")),
        ("acum o lună", ("2025-11-01", "month")),
        ("acum doi ani", ("2023-01-01", "year")),
        ("acum câteva zile", (None, "unknown")),
        ("săptămâna trecută", ("2025-12-04", "month")),
        ("luna trecută", ("2025-11-01", "month")),
        ("anul trecut", ("2024-01-01", "year")),
        ("din 2013", ("2013-01-01", "year")),
        ("în 2013", ("2013-01-01", "year")),
        ("în martie 2024", ("2024-03-01", "month")),
        ("în martie", ("2025-03-01", "month")),
        ("ian. 2024", ("2024-01-01", "month")),
        ("3 ian. 2024", ("2024-01-03", "day")),
        ("pe 25 noiembrie 2025", ("2025-11-25", "day")),
        ("25.11.2025", ("2025-11-25", "day")),
        ("joi, 4 decembrie", ("2025-12-04", "day")),
        ("recent", (None, "unknown")),
        ("anterior", (None, "unknown")),
        ("nimic de găsit aici", (None, "unknown")),
    ],
)
def test_anchor_romanian(expr, expected):
    assert anchor_expression(expr, "ro", PUB) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("yesterday", ("2025-12-10", "day")),
        ("today", ("2025-12-11", "day")),
        ("the day before yesterday", ("2025-12-09", "day")),
        ("on Tuesday", ("2025-12-09", "day")),
        ("on Thursday", ("2025-12-11", "day")),
        ("last Thursday", ("2025-12-04", "day")),
        ("next Tuesday", ("2025-12-16", "day")),
        ("last week", ("2025-12-04", "month")),
        ("last month", ("2025-11-01", "month")),
        ("last year", ("2024-01-01", "year")),
        ("two days ago", ("2025-12-09", "day")),
        ("twenty-one days ago", ("2025-11-20", "day")),
        ("on November 21", ("2025-11-21", "day")),
        ("on Nov. 25", ("2025-11-25", "day")),
        ("the 25th of November", ("2025-11-25", "day")),
        ("in May 2024", ("2024-05-01", "month")),
        ("November 25, 2025", ("2025-11-25", "day")),
        ("25 November 2025", ("2025-11-25", "day")),
        ("11/25/2025", ("2025-11-25", "day")),
        ("in 2013", ("2013-01-01", "year")),
        ("in mid-March", ("2025-03-01", "month")),
        ("recently", (None, "unknown")),
        ("a few days ago", (None, "unknown")),
    ],
)
def test_anchor_english(expr, expected):
    assert anchor_expression(expr, "en", PUB) == expected


def test_year_less_date_rolls_back_across_new_year():
    assert anchor_expression("pe 28 decembrie", "ro", date(2026, 1, 3)) == ("2025-12-28", "day")
    assert anchor_expression("on December 28", "en", date(2026, 1, 3)) == ("2025-12-28", "day")
    # a few days ahead stays in the publication year (announced event)
    assert anchor_expression("pe 14 decembrie", "ro", PUB) == ("2025-12-14", "day")
    # ... and an early-January date in a late-December article goes forward
    assert anchor_expression("pe 2 ianuarie", "ro", date(2025, 12, 30)) == ("2026-01-02", "day")


def test_no_publication_date():
    assert anchor_expression("ieri", "ro", None) == (None, "unknown")
    assert anchor_expression("joi", "ro", None) == (None, "unknown")
    assert anchor_expression("pe 25 noiembrie", "ro", None) == (None, "unknown")
    assert anchor_expression("25 noiembrie 2025", "ro", None) == ("2025-11-25", "day")
    assert anchor_expression("din 2013", "ro", None) == ("2013-01-01", "year")
    assert anchor_expression("two days ago", "en", None) == (None, "unknown")
    a = resolve_time("Ministrul a demisionat ieri.", "ro", None)
    assert (a.date, a.precision, a.text) == (None, "unknown", "ieri")


def test_datetime_publication_is_accepted():
    assert anchor_expression("ieri", "ro", datetime(2025, 12, 11, 23, 30)) == ("2025-12-10", "day")


def test_offsets_and_text():
    a = resolve_time("Putin a vorbit joi cu Maduro.", "ro", PUB, offset=100)
    assert a == TimeAnchor("2025-12-11", "day", "joi", 115, 118)  # "joi" is at index 15


def test_most_specific_expression_wins():
    text = "Alegerile din 2024 au fost anulate pe 6 decembrie 2024, iar recent s-a votat din nou."
    a = resolve_time(text, "ro", PUB)
    assert (a.date, a.precision, a.text) == ("2024-12-06", "day", "pe 6 decembrie 2024")
    assert text[a.start:a.end] == a.text
    b = resolve_time("Parlamentul a votat luna trecută legea adoptată în 2013.", "ro", PUB)
    assert (b.date, b.precision, b.text) == ("2025-11-01", "month", "luna trecută")
    c = resolve_time("Talks resumed recently.", "en", PUB)
    assert (c.date, c.precision, c.text) == (None, "unknown", "recently")


def test_no_expression_gives_none():
    assert resolve_time("Guvernul a adoptat ordonanța.", "ro", PUB) is None
    assert resolve_time("The talks may resume soon.", "en", PUB) is None


def test_false_positives_avoided():
    assert find_time_expressions("Talks may resume, officials said.", "en") == []
    assert find_time_expressions("Officials may 2 or 3 times meet.", "en") == []
    assert find_time_expressions("Thousands will march on the capital.", "en") == []
    assert find_time_expressions("În mai multe orașe au fost proteste.", "ro") == []
    assert find_time_expressions("Cu 5 mai mulți deputați au votat.", "ro") == []
    assert find_time_expressions("Negocierile durează de luni de zile.", "ro") == []
    # "trei luni" = three months: the counted expression, not the weekday
    assert find_time_expressions("Legea a fost votată acum trei luni.", "ro") == [(20, 34, "acum trei luni")]


def test_find_time_expressions_spans():
    text = "On Tuesday, two days ago, the minister met envoys; talks began in March and ended on November 21."
    found = find_time_expressions(text, "en")
    assert [t for _, _, t in found] == ["On Tuesday", "two days ago", "in March", "on November 21"]
    assert all(text[s:e] == t for s, e, t in found)
    ro = find_time_expressions("Sâmbăta trecută și pe 1 mai 2024, în urmă cu 17 zile.", "ro")
    assert [t for _, _, t in ro] == ["Sâmbăta trecută", "pe 1 mai 2024", "în urmă cu 17 zile"]


def test_publication_anchor():
    assert publication_anchor(PUB) == TimeAnchor("2025-12-11", "publication", None, None, None)
    assert publication_anchor(None) == TimeAnchor(None, "unknown", None, None, None)


def test_bad_input():
    with pytest.raises(UnsupportedLanguage):
        resolve_time("vendredi", "fr", PUB)
    with pytest.raises(InputError):
        resolve_time(None, "ro", PUB)
    with pytest.raises(InputError):
        anchor_expression("ieri", "ro", "2025-12-11")
