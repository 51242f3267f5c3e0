"""The PLOVER manual's single-category view of Cronica's events (cronica.ontology.plover_single_category)."""
import pytest
@pytest.mark.parametrize("code,aux_mode,has_actor,expected,plover", [
    ("042", "future", True, "036", "AGREE"),      # a future visit is an intent to meet (PLOVER manual, CONSULT)
    ("072", "future", True, "033", "AGREE"),      # future aid → AGREE
    ("0872", "future", True, "080", "CONCEDE"),   # an announced withdrawal is a concession
    ("1384", "hypothetical", True, "1384", "THREATEN"),  # already a threat code: kept
    ("190", "hypothetical", True, "1384", "THREATEN"),   # "would attack" → threat of conventional attack
    ("163", "future", True, "1312", "THREATEN"),  # "will impose sanctions" → threat to sanction
    ("190", "hypothetical", False, "190", "ASSAULT"),    # nobody's threat
    ("042", None, True, "042", "CONSULT"),        # plain events keep their code
    ("190", "negation", True, "190", "ASSAULT"),
    ("042", "historical", True, "042", "CONSULT"),
])
def test_plover_single_category(code, aux_mode, has_actor, expected, plover):
    from cronica.ontology import cameo, plover_single_category

    got = plover_single_category(code, aux_mode, has_actor)
    assert got == expected and cameo(got).plover_event == plover
