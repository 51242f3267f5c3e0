"""Build ``src/cronica/data/cameo.tsv``: one row per CAMEO event code with Goldstein, QuadClass and PLOVER.

Inputs (read-only, from ../shared/data/ontology):
  * cameo/CAMEO.eventcodes.txt, cameo/CAMEO.goldsteinscale.txt — GDELT 1.0 lookup tables
    (311 codes; Goldstein 1992 scale as used by GDELT; cite GDELT and CAMEO).
  * plover/CAMEO2PLOVER-2021.txt — PLOVER manual conversion table (CC BY-SA 4.0, Schrodt 2021).

Rules:
  * QuadClass from the CAMEO root, as GDELT 2.0 defines it: 01–05 verbal cooperation (1),
    06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
  * PLOVER type/mode/context: the exact code's row in CAMEO2PLOVER; else the nearest listed
    ancestor (4-digit → 3-digit → root), as the manual's note 2 recommends ("reduce to the
    2-digit cue category").
  * CAMEO 02 APPEAL is "dropped" by PLOVER; PLOVER's REQUEST is defined as "all requests,
    demands, and orders", so Cronica maps each 02X code to the mode/context of the parallel
    10X DEMAND code (020→100, 0256→1056 …). Documented deviation, marked in ``plover_source``.
  * CAMEO 01 MAKE PUBLIC STATEMENT stays dropped (no PLOVER type): statements are not coded.
  * Where the PLOVER manual (the definition of each type, issue 4) contradicts the conversion table, the manual
    wins (:data:`MANUAL_OVERRIDES`, marked in ``plover_source``): 163 "Impose embargo, boycott, or sanctions" is
    SANCTION 'discontinue' ("International (political or economic) sanctions are coded as 'discontinue'",
    PLOVER_MANUAL.tex, SANCTION modes), not the table's COERCE 'restrict' (which the manual defines as restrictions
    on political freedoms or movement); 0831 "Accede to demands for change in leadership", the code Cronica gives a
    resignation, is RETREAT 'resign' ("RETREAT also covers resignations of government officials", RETREAT modes:
    "resign: Official resignation"), not the table's CONCEDE, which the manual keeps for verbal concessions "which
    have no immediate material consequences" (an announced resignation is still CONCEDE in the single-category
    view, as an announced retreat is: ``cronica.ontology.plover_single_category``).

Usage: python training/ontology/build_cameo.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


MANUAL_OVERRIDES = {
    "163": ("SANCTION", "discontinue", "diplomatic;economic",
            "PLOVER manual, SANCTION modes: 'International (political or economic) sanctions are coded as discontinue' "
            "(overrides CAMEO2PLOVER-2021 COERCE restrict)"),
    "0831": ("RETREAT", "resign", "political_institutions",
             "PLOVER manual, RETREAT: 'RETREAT also covers resignations of government officials' "
             "(overrides CAMEO2PLOVER-2021 CONCEDE)"),
}
"""CAMEO code → (PLOVER event, mode, context, source) where the PLOVER manual overrides CAMEO2PLOVER-2021."""


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?", line)
        if not m:
            continue
        code, event, mode, context = m.group(1), m.group(2), (m.group(3) or "").strip(), (m.group(4) or "").strip()
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        if len(code) == 2:  # root headings ("08: CONCEDE" and "08: RETREAT" both exist); keep the first
            table.setdefault(code, (event, "", ""))
        else:
            table.setdefault(code, (event, mode, context))
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    onto = Path(args.shared) / "data" / "ontology"
    desc = dict(csv.reader((onto / "cameo/CAMEO.eventcodes.txt").open(encoding="utf-8"), delimiter="\t"))
    gold = dict(csv.reader((onto / "cameo/CAMEO.goldsteinscale.txt").open(encoding="utf-8"), delimiter="\t"))
    plover = read_plover(onto / "plover/CAMEO2PLOVER-2021.txt")
    out = ROOT / "src/cronica/data/cameo.tsv"
    rows = []
    for code, text in desc.items():
        if code == "CAMEOEVENTCODE":
            continue
        lookup = "10" + code[2:] if code.startswith("02") else code
        source = "CAMEO2PLOVER-2021"
        if code.startswith("02"):
            source = f"Cronica: 02 APPEAL → REQUEST via {lookup}"
        ev = None
        for k in (lookup, lookup[:3], lookup[:2]):
            if k in plover:
                ev = plover[k]
                if k != lookup:
                    source += f" (ancestor {k})"
                break
        event, mode, context = ev if ev else ("", "", "")
        if code in MANUAL_OVERRIDES:
            event, mode, context, source = MANUAL_OVERRIDES[code]
        text = text.strip().replace("\u00d2hird\u00d3", "third")
        rows.append([code, text, gold[code], quad_class(code), event, mode, context, source])
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes with Goldstein score, QuadClass and PLOVER event/mode/context.\n"
                 "# Generated by training/ontology/build_cameo.py — do not edit by hand.\n"
                 "# Sources: GDELT 1.0 CAMEO.eventcodes.txt + CAMEO.goldsteinscale.txt (open; cite GDELT, "
                 "Goldstein 1992, CAMEO/Gerner & Schrodt); PLOVER CAMEO2PLOVER-2021 (CC BY-SA 4.0, OEDA).\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "description", "goldstein", "quad_class", "plover_event", "plover_mode",
                    "plover_context", "plover_source"])
        w.writerows(rows)
    print(f"wrote {len(rows)} codes to {out}")


if __name__ == "__main__":
    main()
