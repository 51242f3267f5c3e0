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
