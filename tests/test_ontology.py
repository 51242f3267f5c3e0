"""The PLOVER manual's single-category view of Cronica's events (cronica.ontology.plover_single_category)."""
import pytest
@pytest.mark.parametrize("code,aux_mode,has_actor,expected,plover", [
    ("042", "future", True, "036", "AGREE"),      # a future visit is an intent to meet (PLOVER manual, CONSULT)
    ("072", "future", True, "0332", "AGREE"),     # future military aid → AGREE, intent to give military aid
    ("0872", "future", True, "080", "CONCEDE"),   # an announced withdrawal is a concession
    ("1384", "hypothetical", True, "1384", "THREATEN"),  # already a threat code: kept
    ("190", "hypothetical", True, "1384", "THREATEN"),   # "would attack" → threat of conventional attack
    ("163", "future", True, "1312", "THREATEN"),  # "will impose sanctions" → threat to sanction
    ("0831", None, True, "0831", "RETREAT"),      # a resignation is RETREAT 'resign' (PLOVER manual, RETREAT)
    ("0831", "future", True, "080", "CONCEDE"),   # … an announced one a concession, as an announced retreat
    ("190", "hypothetical", False, "190", "ASSAULT"),    # nobody's threat
    ("042", None, True, "042", "CONSULT"),        # plain events keep their code
    ("190", "negation", True, "190", "ASSAULT"),
    ("042", "historical", True, "042", "CONSULT"),
])
def test_plover_single_category(code, aux_mode, has_actor, expected, plover):
    from cronica.ontology import cameo, plover_single_category

    got = plover_single_category(code, aux_mode, has_actor)
    assert got == expected and cameo(got).plover_event == plover


@pytest.mark.parametrize("code,expected", [("0841", "0353"), ("085", "0354"), ("072", "0332"), ("061", "0311"),
                                           ("045", "039"), ("040", "036"), ("0832", "0342"), ("190", None)])
def test_intent_code_is_the_most_specific_cameo_03_mirror_of_the_act(code, expected):
    from cronica.ontology import intent_code
    assert intent_code(code) == expected


def test_a_future_retreat_stays_a_concession_not_an_intent():
    from cronica.ontology import plover_single_category
    assert plover_single_category("0841", "future") == "080"
    assert plover_single_category("073", "future") == "0333"


@pytest.mark.parametrize("code,expected", [("0841", "1053"), ("0831", "1041"), ("0874", "106"), ("0871", "107"),
                                           ("040", "108"), ("073", "1033"), ("085", "1054"), ("190", None)])
def test_demand_code_is_the_most_specific_cameo_10_mirror_of_the_act(code, expected):
    from cronica.ontology import DEMAND_CODES, specific_code
    assert specific_code(DEMAND_CODES, code) == expected
