"""Append the two-word generic agents of the PETRARCH-2 Phoenix agents dictionary to the English sectors table.

Input (read-only, MIT, "Copyright (c) 2014 Open Event Data"):
``/work/shared/data/dictionaries/petrarch2/Phoenix.agents.txt`` (or ``$CRONICA_SHARED/data/...``): lines such as
``ARMY_OFFICER [~MIL]``. Output: rows ``army officer<TAB>MIL<TAB>PETRARCH-2 Phoenix.agents.txt (two-word agent)<TAB>
ARMY_OFFICER [~MIL]`` at the end of ``src/cronica/lang/en/sectors.tsv``. ``cronica.resolve.actors.sector_of``
matches such a row on a noun and one of its ``amod``/``compound`` modifiers, by lemma ("Military officers who
seized power" → MIL, which neither word says alone).

Rules (own):
* only entries of exactly two words with one three-letter sector code are taken;
* sector codes outside Cronica's set (religious sub-codes BUD, MUS …; the sectors the table already uses) are
  skipped, and so are places, equipment and activities (:data:`NOT_AGENTS`);
* a pair the table already has (hand-written or from NGEC) is kept as it is: the first row of a lemma wins in
  :class:`cronica.resolve.gazetteer.Gazetteer`, and this script writes only after the existing rows;
* the modifier's lemma is the word as written, lower-cased (PETRARCH lists singular nouns; spaCy's lemma of a
  modifier noun is its singular form too).

Re-running replaces the rows it wrote before (identified by their source column) and leaves every other row alone.
Run from the repository root: ``python training/gazetteer/build_agent_pairs.py``.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CRONICA_SHARED", REPO.parent / "shared"))
SOURCE = SHARED / "data" / "dictionaries" / "petrarch2" / "Phoenix.agents.txt"
TABLE = REPO / "src" / "cronica" / "lang" / "en" / "sectors.tsv"
MARK = "PETRARCH-2 Phoenix.agents.txt (two-word agent)"
SECTORS = {"MIL", "GOV", "REB", "OPP", "BUS", "JUD", "COP", "MED", "CRM", "EDU", "HLH", "UAF", "LEG", "CVL", "SPY",
           "LAB", "AGR", "PTY", "REF", "NGO", "ELI"}
NOT_AGENTS = {"palace", "building", "base", "station", "site", "facility", "facilitiy", "check", "post", "prison",
              "embassy", "school", "university", "town", "district", "chancellery", "position", "system", "machine",
              "gun", "missile", "ship", "vessel", "jet", "aircraft", "plane", "planes", "helicopter", "helicopters",
              "drone", "bomber", "bombers", "tank", "tanker", "boat", "carrier", "destroyer", "warship", "vehicle",
              "craft", "airliner", "gunship", "uav", "rover", "typhoon", "hornet", "falcon", "predator", "bird",
              "magazine", "television", "exchange", "information", "activity", "operation", "operations", "presence"}
"""Heads of places, equipment and activities: no agents (as a verb's object or oblique they are things or places:
"welcomed the Pope to the presidential palace"; military aircraft as a subject are handled by ``grammar.yaml:
hardware_agents``)."""
ENTRY = re.compile(r"^([A-Z][A-Z\-]*)_([A-Z][A-Z\-]*)_?\s+\[~([A-Z]{3})\]\s*$")


def pairs(path: Path) -> list[tuple[str, str, str]]:
    """``(pair, sector, original entry)`` for every two-word agent of ``path`` with a sector in :data:`SECTORS`."""
    out = []
    for line in path.read_text(encoding="latin-1").splitlines():
        entry = line.split("#")[0].strip()
        m = ENTRY.match(entry)
        if m and m.group(3) in SECTORS and m.group(2).lower() not in NOT_AGENTS:
            out.append((f"{m.group(1).lower()} {m.group(2).lower()}", m.group(3), entry))
    return out


def main() -> int:
    if not SOURCE.is_file():
        print(f"error: {SOURCE} not found (set CRONICA_SHARED to the folder holding data/)", file=sys.stderr)
        return 2
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if MARK not in ln]
    have = {ln.split("\t")[0].strip().lower() for ln in lines if ln and not ln.startswith("#")}
    new = []
    for pair, sector, entry in pairs(SOURCE):
        if pair not in have:
            have.add(pair)
            new.append(f"{pair}\t{sector}\t{MARK}\t{entry}")
    TABLE.write_text("\n".join(lines + new) + "\n", encoding="utf-8")
    print(f"{TABLE.relative_to(REPO)}: {len(new)} two-word agent rows from {SOURCE.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
