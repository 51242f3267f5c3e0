"""Generate the Cronica actor gazetteer TSVs from the hand-written tables in this folder.

Inputs (all in this folder, reviewed by hand):
    countries_ro.txt  Romanian country names, genitives, demonyms, capitals (one line per ISO3)
    en_data.py        English aliases, demonyms, capitals, metonyms, IGOs
    ro_data.py        Romanian metonyms, institutions, IGOs
    people.txt        persons with role intervals (language-neutral)
    (read only) /work/shared/data/ontology/ngec/countries.csv  English names + nationality lists

Outputs: src/cronica/lang/{ro,en,xx}/actors.tsv. Forms are re-tokenised with the tokenizer the
pipeline uses (ro: ``ro_legal_fl``; en: spaCy's English defaults) and joined with single spaces.

Run: ``python training/gazetteer/build.py`` from the repository root (needs spaCy + ro_legal_fl).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import en_data  # noqa: E402
import ro_data  # noqa: E402

NGEC = Path("/work/shared/data/ontology/ngec/countries.csv")
COLS = ["form", "name", "code", "country", "sector", "kind", "start", "end", "source"]
CAMEO_COUNTRY = {"XKX": "KSV"}  # PETRARCH-2 Phoenix.Countries.actors.txt: KOSOVO [KSV]
SRC_ISO = "NGEC countries.csv / cow2iso.txt (ISO3)"
SRC_KSV = "PETRARCH-2 Phoenix.Countries.actors.txt (KOSOVO [KSV]); ISO3 XKX from NGEC countries.csv"
SRC_RO_NAME = "own: Romanian exonym (common press usage)"
SRC_RO_GEN = "own: Romanian grammar (articulated / genitive-dative form)"
SRC_RO_DEM = "own: Romanian grammar (demonym adjective and noun inflection)"
SRC_RO_CITY = "own: Romanian adjective of a city (inflected as a demonym); names the city's country"
SRC_CAP = "own: capital city as government metonym (capital names: public knowledge)"
SRC_MET = "own: seat-of-power metonym or named institution (public knowledge)"
SRC_REGION = "CAMEO 1.1b3 region codes; region adjective (own, gold/CODING.md regions)"
REGION_NAMES = {"EUR": "Europe (region)", "WST": "The West (region)", "AFR": "Africa (region)",
                "LAM": "Latin America (region)", "MEA": "Middle East (region)", "BLK": "Balkans (region)"}
SRC_EN_NAME = "NGEC countries.csv (Name)"
SRC_EN_ALIAS = "own: English short names and abbreviations (common press usage)"
SRC_EN_DEM_NGEC = "NGEC countries.csv (Nationality)"
SRC_EN_DEM = "own: English demonyms (common usage)"
SRC_PEOPLE = "Wikipedia lists of office holders, recalled by the author 2025 (not re-checked online)"
SRC_AGENCY = "own: news outlet, home country (public knowledge)"

VOWELS = set("aeiouăâîyáéíóú")
EN_EXTRA_NAMES = {"DMA": "Dominica", "SSD": "South Sudan", "MAC": "Macao", "ESH": "Western Sahara",
                  "GRL": "Greenland", "PRI": "Puerto Rico"}


def fold_ascii(text: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def code_of(iso: str) -> str:
    return CAMEO_COUNTRY.get(iso, iso)


def ro_fem_genitive(w: str) -> str | None:
    """Romanian genitive-dative of a feminine noun in -a (Rusia -> Rusiei, Praga -> Pragăi)."""
    if w.endswith("ia") or w.endswith("ea"):
        return w[:-1] + "ei"
    if w.endswith("ca") or w.endswith("ga"):
        return w[:-1] + "ăi"
    if w.endswith("a"):
        return w[:-1] + "ei"
    return None


def ro_articled(w: str) -> list[str]:
    """Articulated nominative and genitive of a single-word proper noun (Minsk -> Minskul, Minskului)."""
    if " " in w or "-" in w or not w[-1].isalpha():
        return []
    last = w[-1].lower()
    if last == "a":
        g = ro_fem_genitive(w)
        return [g] if g else []
    if w.endswith(("ru", "ău", "iu")):
        return [w + "l", w + "lui"]
    if last in VOWELS or last == "u":
        return []
    return [w + "ul", w + "ului"]


def ro_demonym(m: str) -> list[str]:
    """All forms of a Romanian demonym from its masculine singular (rus -> rusă, ruși, ruse, rușii, rușilor)."""
    if m.endswith("ean"):
        stem = m[:-3]; mpl, fpl = stem + "eni", stem + "ene"
    elif m.endswith("ian"):
        stem = m[:-3]; mpl, fpl = stem + "ieni", stem + "iene"
    elif m.endswith("s"):
        mpl, fpl = m[:-1] + "și", m + "e"
    elif m.endswith("t"):
        mpl, fpl = m[:-1] + "ți", m + "e"
    else:
        mpl, fpl = m + "i", m + "e"
    return [m, m + "ă", mpl, fpl, mpl + "i", mpl + "lor"]


class Tok:
    def __init__(self) -> None:
        import spacy
        self.ro = spacy.load("ro_legal_fl").tokenizer
        self.en = spacy.blank("en").tokenizer

    def __call__(self, lang: str, form: str) -> str:
        t = self.ro if lang == "ro" else self.en
        return " ".join(x.text for x in t(form.strip()))


def row(form, name, code, country, sector, kind, source, start="", end=""):
    return {"form": form, "name": name, "code": code, "country": country or "", "sector": sector or "",
            "kind": kind, "start": start, "end": end, "source": source}


def read_ro_countries():
    out = []
    for line in (HERE / "countries_ro.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, names, gens, dems, caps = (line.split("|") + [""] * 5)[:5]
        out.append((iso, [x for x in names.split(";") if x], [x for x in gens.split(";") if x],
                    [x for x in dems.split(";") if x], [x for x in caps.split(";") if x]))
    return out


def build_ro(en_names):
    rows = []
    country_forms = set()
    for iso, names, gens, dems, caps in read_ro_countries():
        code = code_of(iso)
        src_iso = SRC_KSV if iso == "XKX" else SRC_ISO
        canon = en_names.get(iso, names[0])
        for n in names:
            rows.append(row(n, canon, code, iso, "", "country", f"{SRC_RO_NAME}; {src_iso}"))
            country_forms.add(n)
            art = ro_articled(n)
            if n[-1] not in "aă":  # masculine/neuter: articulated nominative + genitive by rule
                for a in art:
                    rows.append(row(a, canon, code, iso, "", "country", SRC_RO_GEN))
                    country_forms.add(a)
            elif not gens:
                for a in art:
                    rows.append(row(a, canon, code, iso, "", "country", SRC_RO_GEN))
        for g in gens:
            rows.append(row(g, canon, code, iso, "", "country", SRC_RO_GEN))
            country_forms.add(g)
        if dems:
            forms = ro_demonym(dems[0])
            for d in dems[1:]:
                forms += ro_demonym(d[1:]) if d.startswith("*") else [d]
            for d in forms:
                rows.append(row(d, canon, code, iso, "", "demonym", SRC_RO_DEM))
        for i, c in enumerate(caps):
            if c in country_forms:
                continue
            given_variant = any(c != b and c in (b + "ul", b + "ului", b + "l", b + "lui") or c == ro_fem_genitive(b)
                                for b in caps)
            forms = [c] if given_variant else [c] + ro_articled(c)
            en_cap = en_data.EN_CAPITALS.get(iso, "").split(";")[0]
            for f in forms:
                rows.append(row(f, en_cap or caps[0], code + "GOV", iso, "GOV", "capital", SRC_CAP))
    for code, forms in ro_data.RO_REGION_ADJECTIVES.items():
        for f in forms:
            rows.append(row(f, REGION_NAMES[code], code, "", "", "demonym", SRC_REGION))
    for iso, adjectives in ro_data.RO_CITY_ADJECTIVES.items():
        for a in adjectives:
            for d in ro_demonym(a):
                rows.append(row(d, en_names[iso], code_of(iso), iso, "", "demonym", SRC_RO_CITY))
    for forms, name, code, country, sector in ro_data.RO_METONYMS:
        kind = "institution" if sector in ("PTY", "JUD", "LEG", "COP", "SPY") else "metonym"
        if code == country:
            kind = "country"
        for f in forms:
            rows.append(row(f, name, code, country, sector, kind, SRC_MET))
    igo_src = {name: src for _, name, _, src in en_data.EN_IGOS}
    for forms, name, code in ro_data.RO_IGOS:
        sector = "NGO" if code.startswith("NGO") else "IGO"
        for f in forms:
            rows.append(row(f, name, code, "", sector, "igo", igo_src[name]))
    rows += [row(f, n, c, iso, sec, kind, src) for f, n, c, iso, sec, kind, src in ro_data.RO_EXTRA_ROWS]
    return rows


def read_ngec():
    out = []
    with NGEC.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if len(r["CCA3"]) != 3 or r["CCA3"] in ("EUR", "UNO"):
                continue
            out.append(r)
    return out


def build_en(ngec):
    rows = []
    names = {}
    stop = {"England", "Scotland", "Wales", "UK", "U.K.", "Britain", "Greenland", "Kiwi", "Kiwis"}
    for r in ngec:
        iso = r["CCA3"]
        name = r["Name"].replace(" [Burma]", "").replace(" SAR China", "")
        names[iso] = name
    names.update(EN_EXTRA_NAMES)
    names["PSE"] = "Palestine"
    all_names = set(names.values()) | {a for v in en_data.EN_ALIASES.values() for a in v}
    dem_seen: dict[str, str] = {}
    for iso, name in names.items():
        code = code_of(iso)
        src_iso = SRC_KSV if iso == "XKX" else SRC_ISO
        forms = [name] + [a for a in en_data.EN_ALIASES.get(iso, []) if a != name]
        if r_name := next((r["Name"] for r in ngec if r["CCA3"] == iso), None):
            if r_name != name:
                forms.append(r_name.replace(" [Burma]", ""))
        forms = [f for f in forms if f not in en_data.EN_NOT_FORMS.get(iso, ())]
        for i, f in enumerate(forms):
            src = f"{SRC_EN_NAME}; {src_iso}" if i == 0 and iso not in EN_EXTRA_NAMES else f"{SRC_EN_ALIAS}; {src_iso}"
            rows.append(row(f, name, code, iso, "", "country", src))
        dems = []
        nat = next((r["Nationality"] for r in ngec if r["CCA3"] == iso), "")
        for item in nat.split(","):
            item = item.strip()
            if not item or " " in item or item in stop or item in all_names or item.endswith("a"):
                break
            dems.append((item, SRC_EN_DEM_NGEC))
        for d in en_data.EN_DEMONYMS_EXTRA.get(iso, []):
            dems.append((d, SRC_EN_DEM))
        for d, src in dems:
            key = d.lower()
            if key in dem_seen and dem_seen[key] != iso:
                continue  # first country keeps an ambiguous demonym (noted in the file header)
            dem_seen[key] = iso
            rows.append(row(d, name, code, iso, "", "demonym", src))
        caps = [c for c in en_data.EN_CAPITALS.get(iso, "").split(";") if c and c not in all_names]
        for c in caps:
            rows.append(row(c, c if fold_ascii(c) != fold_ascii(caps[0]) else caps[0], code + "GOV", iso, "GOV",
                            "capital", SRC_CAP))
    for code, forms in en_data.EN_REGION_ADJECTIVES.items():
        for f in forms:
            rows.append(row(f, REGION_NAMES[code], code, "", "", "demonym", SRC_REGION))
    for forms, name, code, country, sector in en_data.EN_METONYMS:
        kind = "institution" if sector in ("PTY", "JUD", "LEG", "COP", "SPY") else "metonym"
        for f in forms:
            rows.append(row(f, name, code, country, sector, kind, SRC_MET))
    for forms, name, code, src in en_data.EN_IGOS:
        sector = "NGO" if code.startswith("NGO") else "IGO"
        for f in forms:
            rows.append(row(f, name, code, "", sector, "igo", src))
    rows += [row(f, n, c, iso, sec, kind, src) for f, n, c, iso, sec, kind, src in en_data.EN_EXTRA_ROWS]
    return rows, names


AGENCIES = [
    (["Reuters"], "Reuters", "GBR"), (["Associated Press", "AP", "the Associated Press"], "Associated Press", "USA"),
    (["AFP", "Agence France-Presse", "Agence France Presse", "France Presse", "France-Presse"], "Agence France-Presse", "FRA"),
    (["Bloomberg"], "Bloomberg", "USA"), (["TASS", "ITAR-TASS", "Tass"], "TASS", "RUS"),
    (["RIA Novosti", "RIA"], "RIA Novosti", "RUS"), (["Interfax"], "Interfax", "RUS"),
    (["Interfax-Ukraine", "Interfax-Ukraina"], "Interfax-Ukraine", "UKR"), (["BelTA", "Belta"], "BelTA", "BLR"),
    (["Agerpres", "AGERPRES"], "Agerpres", "ROU"), (["Xinhua"], "Xinhua", "CHN"), (["Politico", "POLITICO"], "Politico", "USA"),
    (["CNN"], "CNN", "USA"), (["BBC"], "BBC", "GBR"),
    (["The New York Times", "New York Times", "NYT"], "The New York Times", "USA"),
    (["The Washington Post", "Washington Post"], "The Washington Post", "USA"),
    (["Financial Times", "FT"], "Financial Times", "GBR"), (["The Wall Street Journal", "Wall Street Journal", "WSJ"], "The Wall Street Journal", "USA"),
    (["The Guardian"], "The Guardian", "GBR"), (["Axios"], "Axios", "USA"), (["Fox News"], "Fox News", "USA"),
    (["Sky News"], "Sky News", "GBR"), (["Euronews"], "Euronews", "FRA"), (["Deutsche Welle", "DW"], "Deutsche Welle", "DEU"),
    (["Radio Europa Liberă", "Europa Liberă", "Radio Free Europe", "RFE/RL"], "Radio Free Europe/Radio Liberty", "USA"),
    (["RFI"], "Radio France Internationale", "FRA"), (["Kommersant"], "Kommersant", "RUS"), (["Izvestia"], "Izvestia", "RUS"),
    (["RBC"], "RBC", "RUS"), (["Meduza"], "Meduza", "LVA"), (["The Kyiv Independent", "Kyiv Independent"], "The Kyiv Independent", "UKR"),
    (["Ukrainska Pravda"], "Ukrainska Pravda", "UKR"), (["Ukrinform"], "Ukrinform", "UKR"), (["UNIAN", "Unian"], "UNIAN", "UKR"),
    (["Digi24", "Digi 24"], "Digi24", "ROU"), (["Realitatea", "Realitatea TV", "Realitatea.net"], "Realitatea", "ROU"),
    (["Hotnews", "HotNews", "HotNews.ro", "Hotnews.ro"], "HotNews", "ROU"), (["Mediafax"], "Mediafax", "ROU"),
    (["G4Media", "G4Media.ro"], "G4Media", "ROU"), (["Libertatea"], "Libertatea", "ROU"), (["Adevărul"], "Adevărul", "ROU"),
    (["Pro TV", "PRO TV", "ProTV", "Știrile Pro TV"], "Pro TV", "ROU"), (["Antena 3", "Antena 3 CNN"], "Antena 3 CNN", "ROU"),
    (["News.ro"], "News.ro", "ROU"), (["Europa FM"], "Europa FM", "ROU"), (["TVR"], "TVR", "ROU"),
    (["Ziarul Financiar"], "Ziarul Financiar", "ROU"), (["Spotmedia", "Spotmedia.ro"], "Spotmedia", "ROU"),
    (["Moldpres"], "Moldpres", "MDA"), (["IPN"], "IPN", "MDA"), (["NewsMaker", "Newsmaker"], "NewsMaker", "MDA"),
    (["EFE"], "EFE", "ESP"), (["ANSA"], "ANSA", "ITA"), (["DPA", "dpa"], "Deutsche Presse-Agentur", "DEU"),
    (["Kyodo"], "Kyodo", "JPN"), (["Yonhap"], "Yonhap", "KOR"), (["Al Jazeera", "Al-Jazeera"], "Al Jazeera", "QAT"),
    (["Anadolu", "Anadolu Agency"], "Anadolu Agency", "TUR"), (["IRNA"], "IRNA", "IRN"), (["PAP"], "Polish Press Agency", "POL"),
    (["MTI"], "MTI", "HUN"), (["Ukrainska Pravda"], "Ukrainska Pravda", "UKR"),
]


PEOPLE_FILES = [
    ("people.txt", SRC_PEOPLE),
    ("leaders.txt", "public record (heads of state and government lists), recalled by the author as of 2025-11"),
    ("ministers.txt", "public record (cabinet lists: foreign and defence ministers), recalled by the author as of 2025-11"),
    ("officials.txt", "public record (office-holder lists), recalled by the author as of 2025-11"),
]


def read_people():
    """Rows of people.txt, leaders.txt, ministers.txt and officials.txt as (name, forms, code, country, sector, start, end, note, source)."""
    out = []
    forms_by_name: dict[str, list[str]] = {}
    for fname, src in PEOPLE_FILES:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 8:
                raise SystemExit(f"{fname}:{n}: expected 8 '|'-separated fields, found {len(parts)}")
            name, forms, code, country, sector, start, end, note = parts
            fl = forms_by_name[name] if forms == "=" else forms.split(";")
            forms_by_name[name] = fl
            out.append((name, fl, code, country, sector, start, end, note, src))
    return out


COMPANIES = [
    # (forms incl. Romanian -ul/-ului inflections, canonical name, ISO3 of the seat): companies that are parties in
    # political news (sanctions, energy supply, state ownership). Own list; seat countries are public knowledge.
    (["Gazprom", "Gazpromul", "Gazpromului"], "Gazprom", "RUS"), (["Gazprombank"], "Gazprombank", "RUS"),
    (["Rosneft", "Rosneftul", "Rosneftului"], "Rosneft", "RUS"),
    (["Lukoil", "Lukoilul", "Lukoilului"], "Lukoil", "RUS"),
    (["Novatek"], "Novatek", "RUS"), (["Transneft"], "Transneft", "RUS"), (["Rosatom"], "Rosatom", "RUS"),
    (["Sberbank"], "Sberbank", "RUS"), (["VTB"], "VTB", "RUS"),
    (["Naftogaz", "Naftogazul", "Naftogazului"], "Naftogaz", "UKR"), (["Ukrenergo"], "Ukrenergo", "UKR"),
    (["Energoatom"], "Energoatom", "UKR"),
    (["Transgaz", "Transgazul", "Transgazului"], "Transgaz", "ROU"),
    (["Romgaz", "Romgazul", "Romgazului"], "Romgaz", "ROU"),
    (["Hidroelectrica"], "Hidroelectrica", "ROU"), (["OMV Petrom", "Petrom"], "OMV Petrom", "ROU"),
    (["Moldovagaz"], "Moldovagaz", "MDA"), (["Energocom"], "Energocom", "MDA"),
    (["Huawei"], "Huawei", "CHN"), (["ZTE"], "ZTE", "CHN"), (["ByteDance"], "ByteDance", "CHN"),
]
SRC_COMPANY = "own: company seat country (public knowledge); CAMEO sector BUS (business)"


def build_xx(tok):
    rows = []
    for name, forms, code, country, sector, start, end, note, src0 in read_people():
        src = f"{src0}: {note}"
        for f in dict.fromkeys(forms):
            for v in dict.fromkeys([tok("ro", f), tok("en", f)]):
                rows.append(row(v, name, code, country, sector, "person", src, start, end))
    for forms, name, iso in AGENCIES:
        for f in forms:
            for v in dict.fromkeys([tok("ro", f), tok("en", f)]):
                rows.append(row(v, name, iso + "MED", iso, "MED", "agency", SRC_AGENCY))
    for forms, name, iso in COMPANIES:
        for f in forms:
            for v in dict.fromkeys([tok("ro", f), tok("en", f)]):
                rows.append(row(v, name, iso + "BUS", iso, "BUS", "institution", SRC_COMPANY))
    return rows


HEADERS = {
    "ro": "Romanian actor name forms for Cronica: countries (nominative, articulated, genitive-dative), demonyms "
          "(all genders and numbers), capitals and seats of power as government metonyms, Romanian institutions, IGOs.",
    "en": "English actor name forms for Cronica: countries, demonyms, capitals and seats of power as government "
          "metonyms, institutions, IGOs.",
    "xx": "Language-neutral actor name forms for Cronica: persons with role intervals, news agencies/outlets "
          "(kind=agency: reporters for attribution, never actors), and companies that are parties in political "
          "news (kind=institution, sector BUS).",
}


def write(lang, rows, tok):
    path = ROOT / "src" / "cronica" / "lang" / lang / "actors.tsv"
    seen = set()
    out = []
    for r in rows:
        if lang != "xx":
            r["form"] = tok(lang, r["form"])
        key = (r["form"], r["name"], r["code"], r["start"], r["end"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    lines = [
        f"# {HEADERS[lang]}",
        "# Columns: form (surface form, spaCy tokens joined by single spaces) | name (canonical English name) | "
        "code (CAMEO actor code) | country (ISO 3166-1 alpha-3) | sector | kind "
        "(country/demonym/capital/metonym/person/institution/igo/agency) | start | end (role interval, YYYY-MM-DD, "
        "inclusive; empty = open) | source",
        "# Sources: NGEC-2025 countries.csv and cow2iso.txt (MIT as declared), PETRARCH-2 Phoenix dictionaries (MIT), "
        "CAMEO manual 1.1b3 organisation-code table (codes only), and the author's own knowledge as stated per row. "
        "Licence of this file: the project's licence.",
        "# Generated by training/gazetteer/build.py from reviewed tables; edit the tables and re-run, or edit here and "
        "keep both in step.",
    ]
    if lang == "en":
        lines.append("# note: 'Georgia' is both the country and a US state, 'Washington' both the US capital and a US "
                     "state; 'Dominican' and 'Congolese' are shared demonyms (kept for DOM and the first Congo); "
                     "'Polish' also matches the verb case-insensitively. The resolver decides from context.")
    if lang == "ro":
        lines.append("# note: 'Georgia' is the country here (also a US state); 'belarus' (demonym, lowercase) differs "
                     "from 'Belarus' (country); 'Washington' may be the US state. The resolver decides from context.")
    lines.append("\t".join(COLS))
    lines += ["\t".join(r[c] for c in COLS) for r in out]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(out)} rows")


def main():
    tok = Tok()
    ngec = read_ngec()
    en_rows, en_names = build_en(ngec)
    ro_rows = build_ro(en_names)
    write("ro", ro_rows, tok)
    write("en", en_rows, tok)
    write("xx", build_xx(tok), tok)


if __name__ == "__main__":
    main()
