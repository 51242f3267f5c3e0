"""Places gazetteer (src/cronica/lang/{xx,ro}/places.tsv, from GeoNames): cities as participants and event locations.

Sentences are written for these tests (news-like, real places and public figures).
"""
from __future__ import annotations

import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from cronica.errors import CronicaError
from cronica.pipeline import code_article
from cronica.record import Article
from cronica.resolve.gazetteer import ACTOR_COLUMNS, PLACE_COLUMNS, Gazetteer

LANG_DIR = Path(str(resources.files("cronica") / "lang"))
PUBLISHED = date(2025, 12, 11)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training" / "gazetteer"))


def code(text: str, lang: str) -> list[dict]:
    return [r.to_dict() for r in code_article(Article(text=text, lang=lang, published=PUBLISHED, doc_id="t"))]


def one(records: list[dict], event_type: str) -> dict:
    hits = [r for r in records if r["event_type"] == event_type]
    assert hits, [(r["event_type"], [a["code"] for a in r["actors"]]) for r in records]
    return hits[0]


def parties(actors: list[dict]) -> list[tuple]:
    return [(a["code"], a["country"], a["name"]) for a in actors]


# --------------------------------------------------------------------------- resolution
def test_en_city_recipient_resolves_to_its_country() -> None:
    r = one(code("Russia struck Lviv on Sunday night.", "en"), "ASSAULT")
    assert parties(r["actors"]) == [("RUS", "RUS", "Russia")]
    assert parties(r["recipients"]) == [("UKR", "UKR", "Lviv")]


def test_ro_inflected_city_recipients() -> None:
    r = one(code("Rusia a atacat Harkovul marți.", "ro"), "ASSAULT")
    assert parties(r["recipients"]) == [("UKR", "UKR", "Kharkiv")]
    r = one(code("Armata rusă a atacat Odesa și Harkovul.", "ro"), "ASSAULT")
    assert [a["code"] for a in r["actors"]] == ["RUSMIL"]
    assert parties(r["recipients"]) == [("UKR", "UKR", "Odesa"), ("UKR", "UKR", "Kharkiv")]
    r = one(code("Rusia a lansat drone asupra Harkovului.", "ro"), "ASSAULT")
    assert parties(r["recipients"]) == [("UKR", "UKR", "Kharkiv")]


def test_city_in_locative_phrase_stays_a_place() -> None:
    # foreign or generic forces are not the city's: no country for "soldiers in Kharkiv" …
    r = one(code("Soldiers in Kharkiv shot two protesters.", "en"), "ASSAULT")
    assert r["actors"][0]["code"] == "MIL" and r["actors"][0]["country"] is None
    # … but domestic sectors take it (DOMESTIC_SECTORS: police, civilians, government)
    r = one(code("Police in Kharkiv arrested two men.", "en"), "COERCE")
    assert r["actors"][0]["code"] == "UKRCOP"
    r = one(code("Poliția din Harkov a arestat doi bărbați.", "ro"), "COERCE")
    assert r["actors"][0]["code"] == "UKRCOP"


def test_person_whose_first_name_is_a_city_is_not_a_place() -> None:
    # "Florence" is a city form (Italy); the whole name "Florence Parly" is a person, never ITA
    r = one(code("Florence Parly criticised Russia.", "en"), "ACCUSE")
    assert r["actors"][0]["country"] is None and r["actors"][0]["code"] is None
    r = one(code("Victoria Nuland criticised Russia.", "en"), "ACCUSE")
    assert r["actors"][0]["country"] is None


# --------------------------------------------------------------------------- locations
def test_location_of_an_event_in_a_non_capital_city() -> None:
    r = one(code("Zelensky met Erdogan in Istanbul.", "en"), "CONSULT")
    loc = r["location"]
    assert (loc["name"], loc["country"], loc["precision"]) == ("Istanbul", "TUR", "city")
    assert loc["lat"] == pytest.approx(41.01, abs=0.05) and loc["lon"] == pytest.approx(28.95, abs=0.05)
    r = one(code("Ministrul de externe s-a întâlnit joi la Cluj-Napoca cu omologul său ungar.", "ro"), "CONSULT")
    loc = r["location"]
    assert (loc["name"], loc["country"], loc["precision"]) == ("Cluj-Napoca", "ROU", "city")
    assert loc["lat"] == pytest.approx(46.77, abs=0.05) and loc["lon"] == pytest.approx(23.6, abs=0.05)


def test_capital_location_gets_coordinates() -> None:
    r = one(code("Zelensky met Macron in Kyiv on Friday.", "en"), "CONSULT")
    loc = r["location"]
    assert (loc["name"], loc["country"], loc["precision"]) == ("Kyiv", "UKR", "city")
    assert loc["lat"] == pytest.approx(50.45, abs=0.05) and loc["lon"] == pytest.approx(30.52, abs=0.05)


# --------------------------------------------------------------------------- gazetteer data and loader
def test_actor_forms_win_over_city_forms() -> None:
    en, ro = Gazetteer.load("en"), Gazetteer.load("ro")
    assert en.lookup("Kyiv").kind == "capital" and en.lookup("Kyiv").code == "UKRGOV"
    assert en.lookup("Washington").kind == "capital"
    assert ro.lookup("Moscova").code == "RUSGOV"
    e = en.lookup("Kharkov")
    assert (e.kind, e.code, e.country, e.name) == ("city", "UKR", "UKR", "Kharkiv")
    assert ro.lookup("Odesei").name == "Odesa" and ro.lookup("Chișinău").country == "MDA"


def test_ambiguous_forms_are_dropped() -> None:
    from build_places import pick

    assert pick([("USA", 180_000), ("CAN", 630_000)]) is None          # 3.5x: dropped
    assert pick([("USA", 110_000), ("UKR", 1_000_000)]) == 1           # 9x: the larger keeps it
    assert pick([("USA", 200_000), ("USA", 900_000)]) == 1             # same country: never ambiguous
    en = Gazetteer.load("en")
    assert en.lookup("Vancouver") is None     # Canada vs the US city: under 5x
    assert en.lookup("Odessa").country == "UKR"  # Ukraine vs Texas: over 5x
    assert en.lookup("Nice") is None and en.lookup("Reading") is None  # common English words


def test_places_files_have_headers_and_sources() -> None:
    for sub in ("xx", "ro"):
        lines = (LANG_DIR / sub / "places.tsv").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# ") and any("CC BY 4.0" in ln for ln in lines if ln.startswith("#"))
        rows = [ln.split("\t") for ln in lines if not ln.startswith("#")]
        assert tuple(rows[0]) == PLACE_COLUMNS
        assert len(rows) > 1000 and all(r[5] == "city" and r[8] for r in rows[1:])


def test_malformed_places_row_names_file_and_line(tmp_path: Path) -> None:
    header, pheader = "\t".join(ACTOR_COLUMNS), "\t".join(PLACE_COLUMNS)
    good = "Rusia\tRussia\tRUS\tRUS\t\tcountry\t\t\town"
    city = "Harkov\tKharkiv\tUKR\tUKR\t\tcity\t\t\tGeoNames"

    def data(name: str, coords: str) -> Path:  # one folder per case (loads are cached per folder)
        base = tmp_path / name
        for sub in ("ro", "xx"):
            (base / sub).mkdir(parents=True)
            (base / sub / "actors.tsv").write_text(f"# test\n{header}\n{good}\n", encoding="utf-8")
        (base / "ro" / "places.tsv").write_text(f"# test\n{pheader}\n{city}\t{coords}\n", encoding="utf-8")
        return base

    assert Gazetteer.load("ro", data_dir=data("ok", "49.98\t36.25")).lookup("Harkov").country == "UKR"
    with pytest.raises(CronicaError, match=r"ro/places\.tsv:3: lat 149\.98 out of range"):
        Gazetteer.load("ro", data_dir=data("lat", "149.98\t36.25"))
    with pytest.raises(CronicaError, match=r"ro/places\.tsv:3: bad lon 'east'"):
        Gazetteer.load("ro", data_dir=data("lon", "49.98\teast"))
    with pytest.raises(CronicaError, match=r"ro/places\.tsv:3: expected 11 tab-separated columns"):
        Gazetteer.load("ro", data_dir=data("cols", "49.98"))


@pytest.mark.parametrize("lang,text", [
    # a nationality on a place noun (coast, waters) names the event's country
    ("en", "US forces seized an oil tanker off the Venezuelan coast on Wednesday."),
    ("en", "US forces seized an oil tanker off the coast of Venezuela on Wednesday."),
])
def test_a_nationality_on_a_place_noun_is_the_event_country(lang, text) -> None:
    location = one(code(text, lang), "COERCE")["location"]
    assert (location["country"], location["precision"]) == ("VEN", "country")
