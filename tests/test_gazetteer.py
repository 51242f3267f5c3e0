"""Tests for the actor gazetteer data (src/cronica/lang/*/actors.tsv, sectors.tsv) and its lookup API."""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from cronica.errors import CronicaError, UnsupportedLanguage
from cronica.resolve.gazetteer import ACTOR_COLUMNS, Gazetteer, fold

LANG_DIR = Path(str(resources.files("cronica") / "lang"))
NGEC_COUNTRIES = Path("/work/shared/data/ontology/ngec/countries.csv")
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


@pytest.fixture(scope="module")
def ro() -> Gazetteer:
    return Gazetteer.load("ro")


@pytest.fixture(scope="module")
def en() -> Gazetteer:
    return Gazetteer.load("en")


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert tuple(lines[0].split("\t")) == ACTOR_COLUMNS
    return [dict(zip(ACTOR_COLUMNS, ln.split("\t"))) for ln in lines[1:]]


# --------------------------------------------------------------------------- Romanian lookups
def test_romanian_country_and_metonyms(ro: Gazetteer) -> None:
    assert ro.lookup("Rusiei").code == "RUS"
    assert ro.lookup("Belarusului").country == "BLR"
    assert ro.lookup("Statelor Unite").code == "USA"
    assert ro.lookup("Marii Britanii").code == "GBR"
    k = ro.lookup("Kremlinul")
    assert (k.code, k.sector, k.kind) == ("RUSGOV", "GOV", "metonym")
    assert ro.lookup("Pentagonul").code == "USAMIL"
    assert ro.lookup("Minskului").code == "BLRGOV"
    assert ro.lookup("Moscovei").code == "RUSGOV"


def test_match_casa_alba(ro: Gazetteer) -> None:
    matches = ro.match(["Casa", "Albă", "a", "anunțat"])
    assert [(m.start, m.end, m.entry.code) for m in matches] == [(0, 2, "USAGOV")]


def test_match_sentence_longest_first(ro: Gazetteer) -> None:
    words = "Președintele rus Vladimir Putin a vorbit cu Lukașenko despre Statele Unite ale Americii .".split()
    got = [(m.start, m.end, m.entry.code) for m in ro.match(words, on=date(2025, 3, 1))]
    assert got == [(1, 2, "RUS"), (2, 4, "RUSGOV"), (7, 8, "BLRGOV"), (9, 13, "USA")]


def test_demonyms_case_insensitive(ro: Gazetteer) -> None:
    e = ro.lookup("americane")
    assert (e.code, e.kind) == ("USA", "demonym")
    assert ro.lookup("Americanii").code == "USA"
    assert ro.lookup("rușilor").code == "RUS"
    assert ro.lookup("venezueleni").code == "VEN"
    assert ro.lookup("ucrainene").code == "UKR"


def test_diacritics_and_caps_variants(ro: Gazetteer) -> None:
    assert ro.lookup("Nicolas Maduro").code == "VENGOV"
    assert ro.lookup("Lukasenko").code == "BLRGOV"
    assert ro.lookup("KREMLINUL").code == "RUSGOV"
    assert ro.lookup("kremlinul") is None  # proper nouns stay case-sensitive


# --------------------------------------------------------------------------- persons and dates
def test_person_roles_by_date(ro: Gazetteer) -> None:
    assert ro.lookup("Iohannis", on=date(2024, 5, 1)).code == "ROUGOV"
    former = ro.lookup("Klaus Iohannis", on=date(2025, 6, 1))
    assert (former.code, former.sector, former.name) == ("ROUELI", "ELI", "Klaus Iohannis")
    assert ro.lookup("Nicușor Dan", on=date(2025, 6, 1)).code == "ROUGOV"
    assert ro.lookup("Ilie Bolojan", on=date(2025, 3, 1)).code == "ROUGOV"
    assert ro.lookup("Ilie Bolojan", on=date(2025, 6, 1)).code == "ROULEG"
    assert ro.lookup("Trump", on=date(2022, 6, 1)).code == "USAELI"
    assert ro.lookup("Trump", on=date(2025, 6, 1)).code == "USAGOV"
    assert ro.lookup("Joe Biden", on=date(2023, 1, 1)).code == "USAGOV"
    assert ro.lookup("Putin", on=date(2010, 1, 1)).code == "RUSGOV"


def test_person_current_role_and_igo(en: Gazetteer) -> None:
    rutte = en.lookup("Mark Rutte")
    assert (rutte.code, rutte.country, rutte.sector) == ("IGOWSTNAT", None, "IGO")
    assert en.lookup("Rutte", on=date(2015, 1, 1)).code == "NLDGOV"
    assert en.lookup("Rutte", on=date(2024, 8, 1)).code == "NLDELI"  # between the two roles
    assert en.lookup("Alexander Lukashenko", on=date(1990, 1, 1)).code == "BLRELI"  # before every start
    # an EU agency is a European IGO, not the Union (gold/CODING.md: Europol IGOEUR, the EU IGOEUREEC)
    assert (en.lookup("Europol").code, en.lookup("European Union").code) == ("IGOEUR", "IGOEUREEC")


def test_required_person_facts() -> None:
    rows = _rows(LANG_DIR / "xx" / "actors.tsv")
    roles = {(r["name"], r["code"], r["start"], r["end"]) for r in rows if r["kind"] == "person"}
    for fact in [
        ("Donald Trump", "USAGOV", "2017-01-20", "2021-01-20"), ("Donald Trump", "USAGOV", "2025-01-20", ""),
        ("Joe Biden", "USAGOV", "2021-01-20", "2025-01-20"), ("Alexander Lukashenko", "BLRGOV", "1994-07-20", ""),
        ("Nicolás Maduro", "VENGOV", "2013-04-19", ""), ("Klaus Iohannis", "ROUGOV", "2014-12-21", "2025-02-12"),
        ("Nicușor Dan", "ROUGOV", "2025-05-26", ""), ("Marcel Ciolacu", "ROUGOV", "2023-06-15", "2025-05-06"),
        ("Maia Sandu", "MDAGOV", "2020-12-24", ""), ("Volodymyr Zelensky", "UKRGOV", "2019-05-20", ""),
        ("Sergey Lavrov", "RUSGOV", "2004-03-09", ""), ("Marco Rubio", "USAGOV", "2025-01-21", ""),
        ("Emmanuel Macron", "FRAGOV", "2017-05-14", ""), ("Friedrich Merz", "DEUGOV", "2025-05-06", ""),
        ("Olaf Scholz", "DEUGOV", "2021-12-08", "2025-05-06"), ("Keir Starmer", "GBRGOV", "2024-07-05", ""),
        ("Viktor Orbán", "HUNGOV", "2010-05-29", ""), ("Benjamin Netanyahu", "ISRGOV", "2022-12-29", ""),
        ("Mark Rutte", "IGOWSTNAT", "2024-10-01", ""), ("Mark Rutte", "NLDGOV", "2010-10-14", "2024-07-02"),
        ("Ilie Bolojan", "ROUGOV", "2025-02-12", "2025-05-26"), ("Ilie Bolojan", "ROUGOV", "2025-06-23", ""),
    ]:
        assert fact in roles, fact


# --------------------------------------------------------------------------- English, agencies, sectors
def test_english_forms(en: Gazetteer) -> None:
    words = "the White House said the U.S. and Britain will meet Russian officials in Kyiv".split()
    got = [(m.start, m.end, m.entry.code) for m in en.match(words)]
    assert got == [(0, 3, "USAGOV"), (4, 6, "USA"), (7, 8, "GBR"), (10, 11, "RUS"), (13, 14, "UKRGOV")]
    assert en.lookup("the Pentagon").code == "USAMIL"
    assert en.lookup("NATO").code == "IGOWSTNAT"


def test_agencies(ro: Gazetteer, en: Gazetteer) -> None:
    assert ro.is_agency("Reuters") and en.is_agency("Agence France-Presse".replace("-", " - "))
    assert ro.is_agency("Agerpres") and ro.lookup("Agerpres").code == "ROUMED"
    assert not ro.is_agency("Kremlinul")


def test_sectors(ro: Gazetteer, en: Gazetteer) -> None:
    assert ro.sector("președinte") == "GOV"
    assert ro.sector("trupă") == "MIL"
    assert ro.sector("procuror") == "JUD"
    assert ro.sector("deputat") == "LEG"
    assert ro.sector("banană") is None
    assert en.sector("soldier") == "MIL"
    for lang in ("ro", "en"):
        n = sum(1 for ln in (LANG_DIR / lang / "sectors.tsv").read_text(encoding="utf-8").splitlines()
                if ln and not ln.startswith("#")) - 1
        assert n >= 60, lang


# --------------------------------------------------------------------------- validation
def test_malformed_row_names_file_and_line(tmp_path: Path) -> None:
    header = "\t".join(ACTOR_COLUMNS)
    for sub in ("ro", "xx"):
        (tmp_path / sub).mkdir()
    good = "Rusia\tRussia\tRUS\tRUS\t\tcountry\t\t\town"
    (tmp_path / "xx" / "actors.tsv").write_text(f"# test\n{header}\n{good}\n", encoding="utf-8")
    (tmp_path / "ro" / "actors.tsv").write_text(f"# test\n{header}\n{good}\nKremlin\tKremlin\tRUSgov\tRUS\tGOV\t"
                                                "metonym\t\t\town\n", encoding="utf-8")
    with pytest.raises(CronicaError, match=r"ro/actors\.tsv:4: bad CAMEO code 'RUSgov'"):
        Gazetteer.load("ro", data_dir=tmp_path)
    (tmp_path / "ro" / "actors.tsv").write_text(f"{header}\n{good}\nx\tonly three\n", encoding="utf-8")
    with pytest.raises(CronicaError, match=r"ro/actors\.tsv:3: expected 9"):
        Gazetteer.load("ro", data_dir=tmp_path)


def test_unsupported_language() -> None:
    with pytest.raises(UnsupportedLanguage):
        Gazetteer.load("de")


def test_every_shipped_row_has_source_and_valid_code() -> None:
    for sub in ("ro", "en", "xx"):
        rows = _rows(LANG_DIR / sub / "actors.tsv")
        assert len(rows) > 500, sub
        for r in rows:
            assert r["source"].strip(), (sub, r["form"])
            assert CODE_RE.match(r["code"]), (sub, r["form"], r["code"])
            assert r["form"] == " ".join(r["form"].split()), (sub, r["form"])


def test_no_form_maps_to_two_entities() -> None:
    for lang in ("ro", "en"):
        names: dict[tuple, set[str]] = defaultdict(set)
        for sub in (lang, "xx"):
            for r in _rows(LANG_DIR / sub / "actors.tsv"):
                words = r["form"].split()
                key = (r["kind"] == "demonym",
                       tuple(fold(w).lower() if r["kind"] == "demonym" else fold(w) for w in words))
                names[key].add(r["name"])
        clashes = {k: v for k, v in names.items() if len(v) > 1}
        assert clashes == {}, (lang, clashes)


def test_every_ngec_country_has_romanian_and_english_forms() -> None:
    if not NGEC_COUNTRIES.is_file():
        pytest.skip("shared reference data not present")
    with NGEC_COUNTRIES.open(encoding="utf-8") as fh:
        isos = {r["CCA3"] for r in csv.DictReader(fh) if len(r["CCA3"]) == 3} - {"EUR", "UNO"}
    for lang in ("ro", "en"):
        have = {r["country"] for r in _rows(LANG_DIR / lang / "actors.tsv") if r["kind"] == "country"}
        assert isos - have == set(), lang


def test_every_country_has_a_demonym_in_both_languages(en: Gazetteer) -> None:
    # "Sri Lankan army", "Macedonian troops": a missing demonym leaves the actor without a country
    for lang in ("ro", "en"):
        rows = _rows(LANG_DIR / lang / "actors.tsv")
        countries = {r["country"] for r in rows if r["kind"] == "country"}
        demonyms = {r["country"] for r in rows if r["kind"] == "demonym"}
        # shared demonyms belong to one country only ("Congolese" → DR Congo, "congolez" → Congo, "Dominican"
        # → the Dominican Republic, "nigerieni" → Nigeria); the Holy See has none
        assert countries - demonyms == ({"COD", "NER"} if lang == "ro" else {"COG", "DMA", "VAT"}), lang
    for form, iso in (("Bosnia", "BIH"), ("Sri Lankan", "LKA"), ("Macedonian", "MKD"), ("Nigerian", "NGA")):
        [m] = [m for m in en.match(form.split(), date(2025, 12, 1)) if m.start == 0]
        assert m.entry.country == iso, form


def test_a_phrase_keeps_its_head_whatever_its_relation():
    # the parser can hang a light verb's noun as `fixed` ("a luat legătura(fixed) cu …"); the phrase of that noun
    # must still hold it, or resolving it fails (a StopIteration once crashed the pipeline here)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from cronica.resolve.actors import head_pos, np_tokens

    doc = Doc(Vocab(), words=["Ministrul", "a", "luat", "legătura", "cu", "omologul"],
              heads=[2, 2, 2, 2, 5, 3], deps=["nsubj", "aux", "ROOT", "fixed", "case", "nmod"])
    toks = np_tokens(doc[3])
    assert [t.text for t in toks] == ["legătura", "cu", "omologul"] and head_pos(toks, doc[3]) == 0
