"""Historical actors from the PETRARCH-2 Phoenix dictionaries → ``src/cronica/lang/xx/actors_historical.tsv``.

The Phoenix actor files (MIT, Open Event Data Alliance; read from ``../shared/data/dictionaries/petrarch2``)
were generated on 2014-01-30 and are stale for current office holders, but they are the largest public
record of *past* actors: about 17 900 office holders with dated roles, national institutions, some
1 000 non-state armed groups (START TOPS, 2013) and international organisations. Cronica uses them only
as a fall-back layer under its own reviewed tables (``actors.tsv`` rows win every shared form, see
``Gazetteer`` loading), so that historical news ("Lt. Gen. Prosper Avril", "Liberation Tigers of Tamil
Eelam") resolves to the right country.

Rules (each row's ``source`` names the file and line it came from):

* Dates are ``YYMMDD``; years ≤ 14 are 20xx, others 19xx (the files end in January 2014).
* A role open at the end (``[USAGOV >090120]``) is capped at **2014-01-30**, the dictionary's date: the
  file attests the role until then and no later, so Cronica never keeps it past what its source knows (a
  person out of every role on the event date is coded as a former official, ``ELI``, by the resolver).
* Undated role lines (``[HTIELI]``) are the person's default role at all other times.
* Entities whose name (or any of whose forms) contains a person of Cronica's own tables are skipped
  ("Russian President Vladimir Putin", "Abdel Fattah el Sisi" = "el-Sisi"), and so are persons of a country
  whose surname a reviewed person of that country bears: the reviewed role intervals are authoritative.
* A sector-only role (``[ELI]`` for "Kofi Annan") takes the prefix of the entity's other roles (``IGOELI``);
  a region or unknown prefix (``MEAREB``, ``ANGREB``) is replaced by the one country the name itself names
  ("Palestinian Islamic Jihad" → PSE, "… Independence of Angola" → AGO).
* Country blocks (``HAITI_ [HTI]`` and their city synonyms) are skipped: Cronica's own country data covers
  them. One-word forms are skipped (common-word collisions such as ``ALLIANCE_``) except acronyms given in
  parentheses in a group's name ("… (LTTE)").
* A form claimed by two different entities is dropped (ambiguous), and so is every form that is already in
  Cronica's own ``actors.tsv`` files (the reviewed tables are authoritative).
* An entity listed twice (Countries and MilNonState files) keeps the first block's roles.
* The country is the code's first three letters when they are an ISO3 code in NGEC ``countries.csv``
  (KSV → XKX); region and group prefixes (``AFR``, ``INT``, ``IMG``, ``MEA`` …) leave it empty.

Run from the repository root (about 5 s): ``python training/gazetteer/build_petrarch.py``.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared" / "data"
PETRARCH = SHARED / "dictionaries" / "petrarch2"
NGEC = SHARED / "ontology" / "ngec" / "countries.csv"
OUT = ROOT / "src" / "cronica" / "lang" / "xx" / "actors_historical.tsv"
COLS = ["form", "name", "code", "country", "sector", "kind", "start", "end", "source"]
CAP = "2014-01-30"  # Phoenix.Countries.actors.txt header: "Generated at: Thu Jan 30 16:06:18 2014"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt")
LOWER = {"of", "the", "and", "for", "in", "on", "to", "at", "de", "du", "des", "la", "le", "el", "al", "bin", "ibn",
         "van", "von", "der", "da", "do", "dos", "di", "del", "y", "e", "et"}
SECTOR_ONLY = {"ELI", "GOV", "MIL", "OPP", "REB", "BUS", "MED", "CVL", "LEG", "JUD", "COP"}  # CAMEO sector codes
ORG_PREFIXES = {"IGO", "NGO", "IMG", "MNC", "NGM"}  # CAMEO manual: non-state, non-country actor codes
ROLE = re.compile(r"\[([A-Z~]+)(?:\s+([<>]?\d{6}(?:-\d{6})?))?\]")


def iso3_codes() -> set[str]:
    with NGEC.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    key = "CCA3"
    return {r[key].strip() for r in rows if len(r[key].strip()) == 3}


def ymd(s: str) -> str:
    yy, mm, dd = int(s[:2]), s[2:4], s[4:6]
    year = 2000 + yy if yy <= 14 else 1900 + yy
    if mm == "00":
        mm = "01"
    if dd == "00":
        dd = "01"
    return f"{year}-{mm}-{dd}"


def interval(spec: str | None) -> tuple[str, str, str]:
    """(start, end, note) for a PETRARCH date spec."""
    if not spec:
        return "", "", ""
    if spec.startswith(">"):
        return ymd(spec[1:]), CAP, f"open-ended role capped at {CAP}"
    if spec.startswith("<"):
        return "", ymd(spec[1:]), ""
    a, b = spec.split("-")
    s, e = ymd(a), ymd(b)
    return (s, e, "") if e >= s else (e, s, "dates reversed in source")


def words_of(raw: str) -> list[str]:
    raw = raw.strip().strip("_").replace("_", " ")
    return [w for w in raw.split() if w]


def title(words: list[str]) -> str:
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in LOWER:
            out.append(lw)
            continue
        out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def forms_of(raw: str) -> list[str]:
    """Surface forms of one PETRARCH phrase: the title-cased name without parentheses, plus an acronym
    given in parentheses (≥ 3 letters)."""
    if "+" in raw or "!" in raw or "&" in raw:
        return []
    acr = re.findall(r"\(([A-Z][A-Z0-9/&-]{2,})\)", raw)
    base = re.sub(r"\([^)]*\)", " ", raw)
    words = words_of(base)
    out = []
    if len(words) >= 2:
        out.append(title(words))
    out += acr
    return out


def parse(path: Path):
    """Yield (line number, kind, [raw names], [(code, spec)]) per entity block."""
    block = None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()

    def flush():
        if block and block["roles"]:
            return block
        return None

    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#") or line.lstrip().startswith("<!"):
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if line[0] in "\t ":
            if block is not None:
                block["roles"] += ROLE.findall(body)
            continue
        if body.startswith("+"):
            if block is not None:
                block["names"].append(body[1:].strip())
            continue
        done = flush()
        if done:
            yield done
        head = body.split("[", 1)[0].strip()
        roles = ROLE.findall(body)
        country_block = bool(roles) and len(roles[0][0]) == 3 and not roles[0][1] and path.name.startswith("Phoenix.Countries")
        block = None if country_block else {"line": n, "names": [head], "roles": list(roles),
                                            "person": "CountryInfo.txt" in line}
    done = flush()
    if done:
        yield done


def contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """True if ``part`` occurs as a contiguous run in ``words``."""
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def norm(text: str) -> tuple[str, ...]:
    """A name as comparable words: diacritics folded, lower-case, hyphens, apostrophes and dots as spaces
    ("Abdel Fattah el-Sisi" = "Abdel Fattah El Sisi")."""
    import unicodedata

    t = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()
    return tuple(re.sub(r"[-'’.]", " ", t).split())


def own_tables():
    """From Cronica's reviewed ``actors.tsv`` files: forms (lower-case), person names (:func:`norm`), English
    country/demonym forms (lower-cased word tuples) → ISO3, and (ISO3, surname) pairs of persons."""
    forms, names, countries, surnames = set(), set(), {}, set()
    for lang in ("xx", "en", "ro"):
        for line in (ROOT / "src" / "cronica" / "lang" / lang / "actors.tsv").read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("form\t"):
                continue
            f = line.split("\t")
            forms.add(f[0].lower())
            if f[5] == "person":
                names.add(norm(f[1]))
                surnames.add((f[3], norm(f[1])[-1]))
            if lang == "en" and f[5] in ("country", "demonym") and f[3]:
                countries[tuple(f[0].lower().split())] = f[3]
    return forms, names, countries, surnames


def country_in(form: str, countries: dict[tuple[str, ...], str]) -> str:
    """The one country named (by name or nationality word) inside ``form``, else ''."""
    w = form.lower().split()
    found = {countries[tuple(w[i:j])] for i in range(len(w)) for j in range(i + 1, min(len(w), i + 4) + 1)
             if tuple(w[i:j]) in countries}
    return found.pop() if len(found) == 1 else ""


def main() -> None:
    iso = iso3_codes()
    own, own_names, countries, own_surnames = own_tables()
    own_people = [n for n in own_names if len(n) > 1]
    sys.path.insert(0, str(HERE))
    from build import Tok  # noqa: E402  (spaCy English tokenizer, as for the reviewed tables)

    tok = Tok()
    rows, owners = [], defaultdict(set)
    first_block: dict[str, str] = {}  # form -> the first block naming it (one entity listed in two files)
    skipped_people = 0
    for fname in FILES:
        for b in parse(PETRARCH / fname):
            raw_forms = [f for raw in b["names"] for f in forms_of(raw)]
            if not raw_forms:
                continue
            name = raw_forms[0] if " " in raw_forms[0] else (title(words_of(re.sub(r"\([^)]*\)", " ", b["names"][0])))
                                                             or raw_forms[0])
            forms = [tok("en", f) for f in raw_forms]
            lows = [norm(f) for f in forms]
            homes = {c[:3] for c, _ in b["roles"]}
            if norm(name) in own_names or any(contains(w, p) for w in lows for p in own_people) \
                    or (b["person"] and any((h, norm(name)[-1]) in own_surnames for h in homes)):
                skipped_people += 1  # a person Cronica's reviewed tables track: those rows are authoritative
                continue
            src = f"PETRARCH-2 {fname}:{b['line']} (MIT, 2014)"
            codes = [c.lstrip("~") for c, _ in b["roles"]]
            home = next((c[:3] for c in codes if len(c) >= 3 and (c[:3] in iso or c[:3] in ORG_PREFIXES or c[:3] == "KSV")), "")
            named = "" if home else next((c for c in (country_in(f, countries) for f in forms) if c), "")
            dated = any(spec for _, spec in b["roles"])
            for code, spec in b["roles"]:
                code = code.lstrip("~")
                if not code or len(code) % 3 or not code.isalpha():
                    continue
                note = ""
                if len(code) == 3 and code in SECTOR_ONLY and home:
                    code, note = home + code, f"sector-only role; prefix {home} from the entity's other roles"
                elif named and code[:3] not in iso and code[:3] not in ORG_PREFIXES:
                    code, note = named + code[3:], f"region code {code[:3]} replaced by the country in the name"
                c3 = "XKX" if code[:3] == "KSV" else code[:3]
                country = c3 if c3 in iso else ""
                if country or c3 not in ORG_PREFIXES:
                    sector = code[3:6] if len(code) >= 6 else ""
                else:  # IGOWSTNAT, NGOAMN, IMGSEAMUS…: the organisation type is the sector (as in actors.tsv)
                    sector = code[3:6] if code[3:6] in SECTOR_ONLY else c3
                if len(code) == 3 and code in SECTOR_ONLY:
                    country, sector = "", code
                kind = "person" if (b["person"] or dated) else ("igo" if code.startswith("IGO") else "institution")
                start, end, cap = interval(spec)
                note = "; ".join(x for x in (note, cap) if x)
                for f in forms:
                    rows.append({"form": f, "name": name, "code": code, "country": country, "sector": sector,
                                 "kind": kind, "start": start, "end": end,
                                 "source": src + (f"; {note}" if note else "")})
                    owners[f.lower()].add(name)
                    first_block.setdefault(f.lower(), src)
    seen, out = set(), []
    dropped_own = dropped_amb = 0
    places = {line.split("\t", 1)[0].lower() for line in
              (ROOT / "src" / "cronica" / "lang" / "xx" / "places.tsv").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    dropped_place = 0
    for r in rows:
        key = r["form"].lower()
        if key in own:
            dropped_own += 1
            continue
        if key in places and r["kind"] != "person":  # "Gaza City" (PSEGZA) is the city: places.tsv wins
            dropped_place += 1
            continue
        if len(owners[key]) > 1:
            dropped_amb += 1
            continue
        if not r["source"].startswith(first_block[key]):
            continue
        k = tuple(r[c] for c in COLS[:8])
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    head = [
        "# Historical actors (fall-back layer under actors.tsv; own rows win every shared form): persons with dated "
        "roles, national institutions, non-state armed groups and international organisations.",
        "# Columns as actors.tsv. Source: PETRARCH-2 Phoenix actor dictionaries (openeventdata/petrarch2 commit "
        "676801cd, MIT licence, Copyright (c) 2014 Open Event Data Alliance), generated 2014-01-30; roles open in "
        f"2014 are capped at {CAP}. Generated by training/gazetteer/build_petrarch.py — do not edit by hand.",
        "\t".join(COLS),
    ]
    OUT.write_text("\n".join(head + ["\t".join(r[c] for c in COLS) for r in out]) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(out)} rows, {len({r['name'] for r in out})} entities; "
          f"skipped {skipped_people} entities Cronica's tables track; dropped {dropped_own} rows sharing a form with actors.tsv, {dropped_place} with a city of places.tsv, "
          f"{dropped_amb} ambiguous")


if __name__ == "__main__":
    main()
