"""PLOVER/CAMEO tables: event codes, Goldstein scores, QuadClass and the CAMEO→PLOVER crosswalk.

The table is data (``data/cameo.tsv``), generated from the GDELT CAMEO lookups and PLOVER's
CAMEO2PLOVER-2021 by ``training/ontology/build_cameo.py``; this module only reads it.

* Goldstein values: GDELT 1.0 ``CAMEO.goldsteinscale.txt`` (Goldstein 1992), exact code, never the root's.
* QuadClass: GDELT 2.0 definition by CAMEO root (01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4).
* PLOVER type/mode/context: CAMEO2PLOVER-2021 (nearest listed ancestor), CAMEO 02 APPEAL → REQUEST.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
                      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
"""The 16 PLOVER event types (PLOVER manual draft 2.0)."""


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code.

    Attributes:
        code: 2–4 digit string with leading zero (``"041"``).
        description: GDELT's English label.
        goldstein: Goldstein (1992) conflict–cooperation score, −10.0 … +10.0.
        quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        plover_event: PLOVER event type or ``None`` (CAMEO 01 statements have none).
        plover_mode: PLOVER mode or ``None``.
        plover_context: PLOVER contexts (possibly empty tuple).
    """

    code: str
    description: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]

    @property
    def root(self) -> str:
        """The two-digit CAMEO root (``"04"`` for ``"041"``)."""
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Return ``{code: CameoCode}`` for all 311 CAMEO event codes (loaded once)."""
    text = resources.files("cronica").joinpath("data/cameo.tsv").read_text("utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    table = {}
    for r in rows:
        table[r["code"]] = CameoCode(
            code=r["code"],
            description=r["description"],
            goldstein=float(r["goldstein"]),
            quad_class=int(r["quad_class"]),
            plover_event=r["plover_event"] or None,
            plover_mode=r["plover_mode"] or None,
            plover_context=tuple(c for c in r["plover_context"].split(";") if c),
        )
    return table


def cameo(code: str) -> CameoCode:
    """Look up a CAMEO event code.

    Args:
        code: CAMEO code string, e.g. ``"041"``.
    Returns:
        the :class:`CameoCode`.
    Raises:
        KeyError: the code is not in the CAMEO codebook (message names the code).
    """
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO event code {code!r}") from None


@lru_cache(maxsize=1)
def plover_event_types() -> tuple[str, ...]:
    """The PLOVER event types that CAMEO codes map to (sorted; ``CONSULT``, ``COERCE`` …), from
    ``data/cameo.tsv`` (CAMEO2PLOVER-2021)."""
    return tuple(sorted({c.plover_event for c in cameo_table().values() if c.plover_event}))


INTENT_CODES = {"04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
                "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035",
                "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
                "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
"""CAMEO cooperative act (root, three- or four-digit code) → the CAMEO 03 code expressing the intent to do it (CAMEO
codebook 1.1b3 §03, whose sub-codes mirror §04–§08: 036 meet or negotiate, 039 mediate, 032 diplomatic cooperation,
031x material cooperation, 033x material aid, 034x political reform, 035x yield: 0353 release, 0354 ease economic
sanctions, 0356 de-escalate). The most specific key that matches a code wins."""
THREAT_CODES = {"14": "133", "15": "138", "160": "1313", "161": "1313", "162": "1311", "163": "1312",
                "164": "134", "165": "135", "166": "136", "16": "131", "17": "137", "18": "1383", "191": "1381",
                "192": "1382", "19": "1384", "20": "1385"}
"""CAMEO conflict act (three-digit code or root) → the CAMEO 13 code threatening it (CAMEO codebook 1.1b3 §13:
133 protest, 138 military force, 1313 reduce relations, 1311 stop aid, 1312 sanctions, 134 halt negotiations,
135 halt mediation, 136 halt international involvement, 131 non-force, 137 repression, 1383 unconventional violence,
1381 blockade, 1382 occupation, 1384 conventional attack, 1385 WMD)."""
DEMAND_CODES = {"04": "108", "045": "105", "05": "102", "06": "100", "061": "1011", "062": "1012", "063": "1013",
                "064": "1014", "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034", "08": "100",
                "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043",
                "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056", "0871": "107",
                "0874": "106", "09": "101"}
"""CAMEO cooperative act (root, three- or four-digit code) → the CAMEO 10 code demanding it (CAMEO codebook 1.1b3
§10, whose sub-codes mirror §04–§09: 108 meeting or negotiation, 105 mediation, 102 policy support, 101x material
cooperation, 103x aid, 104x political reform, 105x yield: 1053 release, 1054 ease economic sanctions, 1056
de-escalate; 106 withdrawal, 107 ceasefire, 101 investigation). The most specific key that matches a code wins."""
RESIGNATION_CODE = "0831"
"""The CAMEO code Cronica gives a resignation, which the PLOVER manual codes as RETREAT 'resign' (cameo.tsv, by
``training/ontology/build_cameo.py``); announced, it is a concession like any announced retreat."""
ANNOUNCED_RETREAT_CODE = "080"
"""An announced future retreat is a concession (PLOVER manual draft 2.0, CONCEDE: "announced … would withdraw
troops is RETREAT + future and should be coded as CONCEDE"); CAMEO 080 "Yield" maps to CONCEDE."""


def specific_code(table: dict[str, str], code: str) -> str | None:
    """The value of ``table`` (:data:`INTENT_CODES`, :data:`THREAT_CODES`) for the most specific key that the CAMEO
    ``code`` starts with (four digits, then three, then the root), or ``None`` when no key matches."""
    for k in (code[:4], code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def intent_code(code: str) -> str | None:
    """The CAMEO 03 code expressing the intent to do the act ``code`` (:data:`INTENT_CODES`, most specific key
    first: "0841" → "0353", "072" → "0332", "040" → "036"), or ``None`` for an act with no intent code."""
    return specific_code(INTENT_CODES, code)


def threat_code(code: str) -> str | None:
    """The CAMEO 13 code threatening the act ``code`` (:data:`THREAT_CODES`, most specific key first: "163" →
    "1312", "190" → "1384"), or ``None`` for an act that is no use of force or pressure."""
    return specific_code(THREAT_CODES, code)


def plover_single_category(code: str, aux_mode: str | None, has_actor: bool = True) -> str:
    """The CAMEO code of an event in the PLOVER manual's single-category view.

    Cronica keeps the underlying act and its auxiliary mode ("will visit" → CONSULT 042 + ``future``). The PLOVER
    manual (draft 2.0, §1.4 and the AGREE, CONSULT and CONCEDE sections) asks a coder to return one category
    instead: future CONSULT/SUPPORT/COOPERATE/AID → AGREE (the intent, CAMEO 03x: :data:`INTENT_CODES`); an
    announced future RETREAT, a resignation included (:data:`RESIGNATION_CODE`) → CONCEDE
    (:data:`ANNOUNCED_RETREAT_CODE`); a future or hypothetical use of
    conflict by a named actor → THREATEN (CAMEO 13x: :data:`THREAT_CODES`; "THREATEN could be ASSAULT +
    hypothetical"). Negated, historical and plain events keep their code. Used for scoring against the PLOVER
    gold standard, whose coders followed that manual (``evaluate.events.plover_views``); stored records and the
    exports keep the underlying act and its mode.

    Args:
        code: the event's CAMEO code; aux_mode: its auxiliary mode; has_actor: whether an actor is named (an
            anonymous hypothetical attack is nobody's threat).
    Returns:
        a CAMEO code (``code`` itself when no reduction applies).
    """
    root = code[:2]
    if aux_mode == "future" and root in ("04", "05", "06", "07"):
        return intent_code(code)
    if aux_mode == "future" and (code[:3] in ("084", "085", "086", "087") or code == RESIGNATION_CODE):
        return ANNOUNCED_RETREAT_CODE
    if aux_mode in ("future", "hypothetical") and has_actor and "14" <= root <= "20":
        return threat_code(code) or "130"
    return code
