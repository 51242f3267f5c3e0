"""Checks of the predicate lexicons src/cronica/lang/{ro,en}/predicates.tsv.

Every row must parse (pattern grammar HEAD[/POS] [+LEMMA[/POS] ...]), carry a CAMEO code
that exists in GDELT's CAMEO.eventcodes.txt and maps to a PLOVER event in
CAMEO2PLOVER-2021.txt (both read from ../shared/data/ontology relative to the repo root),
never use a bare light verb, have no duplicate patterns, have a source and an example, and
the lexicon as a whole must cover all 16 PLOVER event types.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ONTO = REPO.parent / "shared" / "data" / "ontology"
LANGS = ("ro", "en")
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
LIGHT_VERBS = {"avea", "lua", "face", "da", "have", "take", "hold", "make", "give", "do"}
ITEM = re.compile(r"^[^\s/+]+(/(VERB|NOUN|ADJ))?$")
FRAMES = {"", "theme", "recipient-subject", "receiver", "intent"}


def _cameo_codes() -> set[str]:
    lines = (ONTO / "cameo" / "CAMEO.eventcodes.txt").read_text(encoding="utf-8").splitlines()
    return {l.split("\t")[0].strip() for l in lines[1:] if "\t" in l}


def _plover_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (ONTO / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("~"):
            break
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m:
            out.setdefault(m.group(1), m.group(2))
    return out


def _rows(lang: str) -> list[dict]:
    path = REPO / "src" / "cronica" / "lang" / lang / "predicates.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), "header comment missing"
    body = [l for l in lines if not l.startswith("#")]
    assert body[0] == "pattern\tcameo\tframe\tsource\texample"
    return list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def ontology():
    return _cameo_codes(), _plover_map()


def test_reference_tables_read(ontology):
    codes, plover = ontology
    assert "041" in codes and plover["041"] == "CONSULT"
    assert plover["163"] == "COERCE"  # the table puts sanctions under COERCE
    assert "020" in codes and "020" not in plover  # appeals are dropped by PLOVER


@pytest.mark.parametrize("lang", LANGS)
def test_rows_well_formed(lang, ontology):
    codes, plover = ontology
    rows = _rows(lang)
    assert len(rows) >= 150
    for r in rows:
        pat = r["pattern"]
        parts = pat.split()
        assert parts and ITEM.match(parts[0]), pat
        assert all(p.startswith("+") and ITEM.match(p[1:]) for p in parts[1:]), pat
        head = parts[0].partition("/")[0]
        assert not (head in LIGHT_VERBS and len(parts) == 1), f"bare light verb: {pat}"
        assert pat == pat.strip() and head == head.lower(), pat
        if r["cameo"] == "---":  # a sense of the head that is no event: it needs the words that make it one
            assert len(parts) > 1, f"a no-event row names its sense with + items: {pat}"
        else:
            assert re.fullmatch(r"\d{2,4}", r["cameo"]) and r["cameo"].startswith(("0", "1", "2")), r
            assert r["cameo"] in codes, f"{pat}: {r['cameo']} not in CAMEO.eventcodes.txt"
            assert r["cameo"] in plover, f"{pat}: {r['cameo']} has no PLOVER mapping"
        assert r["frame"] in FRAMES, r
        assert r["source"].strip() and r["example"].strip(), pat
        assert None not in r, f"extra columns in {pat}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_patterns(lang):
    pats = [r["pattern"] for r in _rows(lang)]
    dups = {p for p in pats if pats.count(p) > 1}
    assert not dups


@pytest.mark.parametrize("lang", LANGS)
def test_all_plover_types_covered(lang, ontology):
    _, plover = ontology
    types = {plover[r["cameo"]] for r in _rows(lang) if r["cameo"] != "---"}
    assert types == PLOVER_TYPES, PLOVER_TYPES - types


@pytest.mark.parametrize(
    "lang,pattern,cameo,frame",
    [
        ("ro", "întâlni", "040", ""),
        ("ro", "avea +convorbire +telefonic", "041", ""),
        ("ro", "relaxa +sancțiune", "085", ""),
        ("ro", "impune +sancțiune", "163", ""),
        ("ro", "binevenit/ADJ", "036", "theme"),
        ("ro", "amplifica +prezență +militar", "154", ""),
        ("ro", "aresta", "173", ""),
        ("en", "hold +talk/NOUN", "040", ""),
        ("en", "slap +sanction/NOUN", "163", ""),
        ("en", "take +part +talk", "046", ""),
        ("en", "expel +diplomat", "161", ""),
        ("en", "withdraw +%troops", "0872", ""),
        ("en", "drop +%policy", "0832", ""),
    ],
)
def test_key_rows(lang, pattern, cameo, frame):
    rows = {r["pattern"]: r for r in _rows(lang)}
    assert rows[pattern]["cameo"] == cameo
    assert rows[pattern]["frame"] == frame


@pytest.mark.parametrize("lang", ["ro", "en"])
def test_grammar_cue_lists_hold_only_words(lang):
    # YAML 1.1 reads unquoted on/off/yes/no as booleans: a cue word written so would silently become "false"
    import yaml
    from importlib import resources as _res

    data = yaml.safe_load((_res.files("cronica") / "lang" / lang / "grammar.yaml").read_text(encoding="utf-8"))
    for key, value in data.items():
        if isinstance(value, list):
            assert all(isinstance(x, str) for x in value), (lang, key, [x for x in value if not isinstance(x, str)])


def _mini_lexicon(rows: str, classes: dict):
    from cronica.extract.lexicon import Lexicon

    return Lexicon.from_tsv("pattern\tcameo\tframe\tsource\texample\n" + rows, "mini.tsv", classes=classes)


def test_word_classes_match_every_word_of_their_class_and_a_named_word_wins_on_a_tie():
    import spacy

    nlp = spacy.blank("en")
    lex = _mini_lexicon("%move +%troops\t154\t\town\tx\nsend +peacekeeper\t074\t\town\ty\n"
                        "send +%troops\t0871\t\town\tz\n",
                        {"troops": frozenset({"troop", "soldier", "peacekeeper"}), "move": frozenset({"send", "rush"})})
    # hand-built trees "<verb> <object>s": a class head, a class item, a named item beating both, no match
    for verb, word, expected in (("rush", "soldier", "154"), ("send", "soldier", "0871"),
                                 ("send", "peacekeeper", "074"), ("rush", "letter", None), ("fly", "troop", None)):
        doc = spacy.tokens.Doc(nlp.vocab, words=[verb, word + "s"], pos=["VERB", "NOUN"], heads=[0, 0],
                               deps=["ROOT", "obj"], lemmas=[verb, word])
        m = lex.match(doc[0])
        assert (m[0].cameo if m else None) == expected, (verb, word)


def test_an_undefined_word_class_is_a_clear_error(monkeypatch):
    from cronica.errors import CronicaError
    from cronica.extract import lexicon as lx

    real = lx.Lexicon.from_tsv.__func__
    monkeypatch.setattr(lx.Lexicon, "from_tsv", classmethod(
        lambda cls, text, name, *a: real(cls, text + "drop +%nonesuch\t0832\t\town\tx\n", name, *a)))
    lx.load_lexicon.cache_clear()
    try:
        with pytest.raises(CronicaError, match="nonesuch"):
            lx.load_lexicon("en")
    finally:
        lx.load_lexicon.cache_clear()
