"""The event-coding evaluation harness (``cronica.evaluate``): scorer, gold loaders and the CLI command.

Scorer tests use hand-made predicted/gold pairs with exact expected numbers. The PLOVER GSR loader reads
the shared data (``../shared/data/gold/plover_gsr``). The CLI test codes a tiny gold file of three
Romanian sentences written for this test with the real pipeline (ro_legal_fl).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cronica.errors import InputError
from cronica.evaluate.events import country_key, load_gold_file, match_item, score
from cronica.evaluate.plover_gsr import load_gsr, shared_data_dir

REQUIRED_KEYS = {"records", "event_type_accuracy", "actor_country_accuracy", "recipient_country_accuracy",
                 "precision", "recall", "f1", "extra_events", "confusion", "per_type", "errors",
                 "aux_mode_accuracy", "evidentiality_accuracy", "attribution_exact", "date_exact"}


def _actor(code):
    return {"text": code or "someone", "code": code, "country": code[:3] if code else None}


def pred(event_type, actors=(), recipients=(), aux_mode=None, evidentiality="direct", date=None, attribution=()):
    """A minimal predicted record dict (the fields the scorer reads)."""
    return {"event_type": event_type, "cameo": {"code": "040"}, "actors": [_actor(c) for c in actors],
            "recipients": [_actor(c) for c in recipients], "date": date, "attribution": list(attribution),
            "factuality": {"aux_mode": aux_mode, "evidentiality": evidentiality},
            "evidence": {"predicate_start": 0, "predicate_end": 4}}


def gold_ev(event_type, actors=(), recipients=(), **extra):
    return {"event_type": event_type, "actors": list(actors), "recipients": list(recipients), **extra}


def item(events, text="Test sentence.", id_="t1"):
    return {"id": id_, "lang": "ro", "published": "2025-12-11", "text": text, "events": events}


# ------------------------------------------------------------------------------------------ scorer

def test_two_gold_three_predicted_one_full_match():
    items = [item([gold_ev("CONSULT", ["ROUGOV"], ["POLGOV"]), gold_ev("REQUEST", ["UKRGOV"], ["DEUGOV"])])]
    preds = [[pred("CONSULT", ["ROU"], ["POL"]),            # full match at country level
              pred("REQUEST", ["UKRGOV"], ["FRA"]),         # matched, wrong recipient
              pred("ASSAULT", ["RUSMIL"], ["UKR"])]]        # extra
    r = score(items, preds)
    assert r["records"] == 1
    assert r["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert r["recall"] == 0.5
    assert r["f1"] == 0.4
    assert r["matched_events"] == 2 and r["full_matches"] == 1
    assert r["extra_events"] == 0.5
    assert r["event_type_accuracy"] == 1.0
    assert r["actor_country_accuracy"] == 1.0
    assert r["recipient_country_accuracy"] == 0.5
    assert r["confusion"] == {"CONSULT": {"CONSULT": 1}, "REQUEST": {"REQUEST": 1}}
    assert r["per_type"]["CONSULT"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 1, "predicted": 1,
                                        "tp": 1}
    assert r["per_type"]["ASSAULT"]["precision"] == 0.0 and r["per_type"]["ASSAULT"]["gold"] == 0
    assert r["error_kinds"] == {"extra_event": 1, "recipient_mismatch": 1}
    assert len(r["errors"]) == 1 and r["errors"][0]["kinds"] == ["extra_event", "recipient_mismatch"]


def test_wrong_type_missing_event_and_non_event_item():
    items = [item([gold_ev("AGREE", ["USA"], ["JOR"])], id_="a"),
             item([gold_ev("SANCTION", ["JPN"], ["SRB"])], id_="b"),
             item([], id_="c")]
    preds = [[pred("CONSULT", ["USA"], ["JOR"])], [], [pred("ASSAULT", ["ROU"])]]
    r = score(items, preds)
    assert r["confusion"] == {"AGREE": {"CONSULT": 1}, "NONE": {"ASSAULT": 1}, "SANCTION": {"NONE": 1}}
    assert r["event_type_accuracy"] == 0.0
    assert r["actor_country_accuracy"] is None  # no gold event has a same-type prediction
    assert (r["precision"], r["recall"], r["f1"]) == (0.0, 0.0, 0.0)
    assert r["extra_events"] == 1.0  # 2 unmatched predictions / 2 gold events
    assert r["error_kinds"] == {"extra_event": 1, "missing_event": 1, "wrong_type": 1}
    assert [e["id"] for e in score(items, preds, max_errors=2)["errors"]] == ["a", "b"]


def test_greedy_matching_prefers_full_matches():
    gold = [gold_ev("ASSAULT", ["ISRMIL"], ["PSE"]), gold_ev("ASSAULT", ["ISRMIL"], ["LBN"])]
    preds = [pred("ASSAULT", ["ISR"], ["LBN"]), pred("ASSAULT", ["ISR"], ["PSE"])]
    assert [(g, p) for g, p, _ in match_item(gold, preds)] == [(0, 1), (1, 0)]
    r = score([item(gold)], [preds])
    assert r["f1"] == 1.0 and r["extra_events"] == 0.0


def test_actor_sets_must_overlap_to_match():
    r = score([item([gold_ev("PROTEST", ["SRBOPP"], ["SRBGOV"])])], [[pred("PROTEST", ["HUN"], ["SRB"])]])
    assert r["matched_events"] == 0
    assert r["actor_country_accuracy"] == 0.0 and r["recipient_country_accuracy"] == 1.0
    assert r["error_kinds"] == {"actor_mismatch": 1}
    # both actor sets empty: a match
    r = score([item([gold_ev("ASSAULT", [], ["IRQCVL"])])], [[pred("ASSAULT", [], ["IRQ"])]])
    assert r["full_matches"] == 1


def test_igo_codes_and_symmetric_events():
    assert country_key("IGOEUREEC") == "IGOEUREEC" and country_key("ROUGOV") == "ROU" and country_key(None) is None
    # a bare gold "IGO" (PLOVER GSR) is matched by any IGO code; a named IGO only by itself
    assert score([item([gold_ev("AGREE", ["IGO"], ["LBN"])])], [[pred("AGREE", ["IGOUNO"], ["LBN"])]])["f1"] == 1.0
    assert score([item([gold_ev("AGREE", ["IGOEUREEC"])])], [[pred("AGREE", ["IGOUNO"])]])["matched_events"] == 0
    # ... and by a transnational NGO (GSR: Amnesty International = IGO; CAMEO: NGOAMN), unless the gold has an NGO
    assert score([item([gold_ev("ACCUSE", ["IGO"], ["IRQ"])])], [[pred("ACCUSE", ["NGOAMN"], ["IRQ"])]])["f1"] == 1.0
    assert score([item([gold_ev("ACCUSE", ["NGO"], ["IRQ"])])], [[pred("ACCUSE", ["NGOAMN"], ["IRQ"])]])["f1"] == 1.0
    assert score([item([gold_ev("ACCUSE", ["IGO", "NGO"])])], [[pred("ACCUSE", ["NGOAMN"])]])["full_matches"] == 0
    # symmetric gold: parties compared as the union of actors and recipients
    g = gold_ev("CONSULT", ["USAGOV", "RUSGOV"], [], symmetric=True)
    assert score([item([g])], [[pred("CONSULT", ["USAGOV"], ["RUSGOV"])]])["f1"] == 1.0
    assert score([item([g])], [[pred("CONSULT", ["USAGOV"], [])]])["f1"] == 0.0


def test_factuality_date_and_attribution_on_matched_events():
    gold = [gold_ev("CONSULT", ["ROUGOV"], ["POLGOV"], aux_mode="negation", evidentiality="reported",
                    attribution=["Agerpres"], date="2025-12-09"),
            gold_ev("REQUEST", ["UKRGOV"], ["DEU"])]
    preds = [pred("CONSULT", ["ROUGOV"], ["POLGOV"], aux_mode=None, evidentiality="reported",
                  attribution=["Agerpres"], date="2025-12-09"),
             pred("REQUEST", ["UKRGOV"], ["DEU"])]
    r = score([item(gold)], [preds])
    assert r["aux_mode_accuracy"] == 0.0 and r["aux_mode_accuracy_n"] == 1
    assert r["evidentiality_accuracy"] == 1.0 and r["attribution_exact"] == 1.0 and r["date_exact"] == 1.0
    r = score([item([gold_ev("REQUEST", ["UKRGOV"], ["DEU"])])], [[pred("REQUEST", ["UKRGOV"], ["DEU"])]])
    assert r["aux_mode_accuracy"] is None and r["date_exact_n"] == 0


# ------------------------------------------------------------------------------------------ gold files

def _write(tmp_path: Path, lines: list, name="g.jsonl") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                 encoding="utf-8")
    return p


def test_load_gold_file_errors_and_split(tmp_path):
    ok = item([gold_ev("CONSULT", ["ROUGOV"], ["POLGOV"])], id_="x1")
    with pytest.raises(InputError, match=r"g\.jsonl:2: malformed JSON"):
        load_gold_file(_write(tmp_path, [ok, '{"id": "x2", "text": ']))
    with pytest.raises(InputError, match="gold file not found"):
        load_gold_file(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="'events' must be a list"):
        load_gold_file(_write(tmp_path, [{"id": "x", "text": "Ceva."}]))
    with pytest.raises(InputError, match="duplicate id 'x1'"):
        load_gold_file(_write(tmp_path, [ok, ok]))
    with pytest.raises(InputError, match="'published' must be YYYY-MM-DD"):
        load_gold_file(_write(tmp_path, [{**ok, "published": "11.12.2025"}]))
    split_file = _write(tmp_path, [{**ok, "split": "dev"}, {**ok, "id": "x2", "split": "test"}])
    assert [i["id"] for i in load_gold_file(split_file, "test")] == ["x2"]
    with pytest.raises(InputError, match="unknown split 'train'"):
        load_gold_file(split_file, "train")
    assert len(load_gold_file(_write(tmp_path, ["# comment", ok, ""]), "dev")) == 1  # no split field: ignored


# ------------------------------------------------------------------------------------------ PLOVER GSR

GSR = shared_data_dir() / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
needs_gsr = pytest.mark.skipif(not GSR.is_file(), reason=f"shared PLOVER GSR not at {GSR}")


@needs_gsr
def test_gsr_loader_counts_labels_and_quirks():
    dev, test = load_gsr("dev"), load_gsr("test")
    assert (len(dev), len(test), len(load_gsr())) == (166, 156, 322)
    assert {i["split"] for i in dev} == {"dev"} and {i["split"] for i in test} == {"test"}
    both = dev + test
    assert not any("DOCUMENT" in i["id"] for i in both)
    types = {e["event_type"] for i in both for e in i["events"]}
    assert not types & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}
    legacy = {(e["gsr_event"], e["event_type"]) for i in both for e in i["events"] if e["gsr_event"] != e["event_type"]}
    assert legacy == {("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT")}
    dup = [i for i in test if i["id"].startswith("PLOVER-GSR01-COERCE-0004")]
    assert [i["id"] for i in dup] == ["PLOVER-GSR01-COERCE-0004", "PLOVER-GSR01-COERCE-0004#2"]
    assert dup[0]["text"] != dup[1]["text"]
    first = dev[0]
    assert first["id"] == "PLOVER-GSR01-AGREE-0001" and first["lang"] == "en" and first["published"] == "2000-01-01"
    assert first["events"] == [{"event_type": "AGREE", "actors": ["HUNGOV", "ROUGOV"], "recipients": [],
                                "gsr_event": "AGREE", "symmetric": True}]
    by_id = {i["id"]: i for i in both}
    assert by_id["PLOVER-GSR01-ASSAULT-0009"]["events"][0]["actors"] == []       # no source
    assert by_id["PLOVER-GSR01-AGREE-0005"]["events"][0]["recipients"] == ["GBR"]
    assert by_id["PLOVER-GSR01-SANCTION-0006"]["events"][0]["actors"] == ["JPN"]  # legacy JAP
    assert by_id["PLOVER-GSR01-AGREE-0009"]["events"][0]["recipients"] == ["IGO"]


def test_gsr_bad_split_and_missing_shared(tmp_path):
    with pytest.raises(InputError, match="unknown split 'train'"):
        load_gsr("train")
    with pytest.raises(InputError, match="PLOVER GSR file not found"):
        load_gsr("dev", shared=tmp_path)


# ------------------------------------------------------------------------------------------ CLI

@pytest.fixture(scope="module")
def cli():
    from cronica.evaluate.cli import evaluate_app

    app = typer.Typer()
    app.add_typer(evaluate_app, name="evaluate")

    @app.callback()
    def _root() -> None:
        """test root"""

    return app


RO_ITEMS = [
    {"id": "ro-t-1", "lang": "ro", "published": "2025-12-11",
     "text": "Președintele Nicușor Dan s-a întâlnit marți cu premierul Poloniei, Donald Tusk.",
     "events": [{"event_type": "CONSULT", "cameo": "040", "actors": ["ROUGOV"], "recipients": ["POLGOV"],
                 "date": "2025-12-09", "date_precision": "day", "aux_mode": None, "evidentiality": "direct"}]},
    {"id": "ro-t-2", "lang": "ro", "published": "2025-12-11",
     "text": "Guvernul Ucrainei a cerut miercuri Germaniei mai multe sisteme de apărare antiaeriană.",
     "events": [{"event_type": "REQUEST", "actors": ["UKRGOV"], "recipients": ["DEUGOV"], "date": "2025-12-10"}]},
    {"id": "ro-t-3", "lang": "ro", "published": "2025-12-11",
     "text": "Echipa Rapid a câștigat duminică derbiul cu Dinamo, scor 2-1, în fața a 40.000 de spectatori.",
     "events": []},
]


def test_cli_json_on_tiny_romanian_gold(cli, tmp_path):
    path = _write(tmp_path, RO_ITEMS, "ro_dev.jsonl")
    res = CliRunner().invoke(cli, ["evaluate", "events", "--gold", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.output)
    assert REQUIRED_KEYS <= r.keys()
    assert r["records"] == 3 and r["gold_events"] == 2
    assert r["confusion"]["CONSULT"] == {"CONSULT": 1}
    assert "ro-t-1" not in [e["id"] for e in r["errors"]]  # CONSULT ROUGOV→POLGOV on 2025-12-09 is coded exactly
    assert r["aux_mode_accuracy"] == 1.0 and r["aux_mode_accuracy_n"] == 1
    assert "NONE" not in r["confusion"]  # the football item yields no event


@pytest.mark.parametrize("args, message", [
    (["--gold", "/nonexistent/gold.jsonl"], "gold file not found"),
    (["--gold", "plover-gsr", "--split", "train"], "unknown split 'train'"),
    (["--gold", "plover-gsr"], "--split dev|test is required"),
])
def test_cli_bad_input_exits_2(cli, args, message):
    res = CliRunner().invoke(cli, ["evaluate", "events", *args])
    assert res.exit_code == 2
    assert res.output.startswith("cronica: ") and message in res.output
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)


def test_cli_malformed_line_exits_2(cli, tmp_path):
    path = _write(tmp_path, [RO_ITEMS[0], "{not json"])
    res = CliRunner().invoke(cli, ["evaluate", "events", "--gold", str(path)])
    assert res.exit_code == 2 and f"{path}:2: malformed JSON" in res.output


def test_reciprocal_actor_list_matches_actor_to_recipient_gold():
    # "România și Republica Moldova au semnat un acord": one actor list [ROU, MDA] = gold ROU → MDA
    gold = [gold_ev("SUPPORT", ["ROU"], ["MDA"])]
    assert score([item(gold)], [[pred("SUPPORT", ["ROU", "MDA"])]])["f1"] == 1.0
    # a single actor with no recipient is not the same event
    assert score([item(gold)], [[pred("SUPPORT", ["ROU"])]])["f1"] == 0.0
    # an extra party is not the same event either
    assert score([item(gold)], [[pred("SUPPORT", ["ROU", "MDA", "UKR"])]])["f1"] == 0.0
    # two parties of one country ("M23 rebels and the Congolese army traded fire") count by their codes
    gold = [gold_ev("ASSAULT", ["CODREB"], ["CODMIL"])]
    assert score([item(gold)], [[pred("ASSAULT", ["CODREB", "CODMIL"])]])["f1"] == 1.0
    assert score([item(gold)], [[pred("ASSAULT", ["CODREB"])]])["f1"] == 0.0


def test_factuality_scores_per_class_and_unreal_as_fact():
    from cronica.evaluate.factuality import score_factuality

    gold = [gold_ev("CONSULT", ["RUSGOV"], aux_mode="negation", evidentiality="reported", attribution=["Kremlin"],
                    date="2025-12-09", date_precision="day"),
            gold_ev("ASSAULT", ["RUS"], aux_mode="hypothetical", evidentiality="direct", attribution=[])]
    preds = [pred("CONSULT", ["RUSGOV"], aux_mode="negation", evidentiality="reported", attribution=["Kremlin"],
                  date="2025-12-09"),
             pred("ASSAULT", ["RUS"], aux_mode=None, evidentiality="direct")]
    r = score_factuality([item(gold)], [preds])
    assert r["matched"] == 2
    assert r["aux_mode"]["accuracy"] == 0.5
    assert r["aux_mode"]["per_class"] == {"hypothetical": {"accuracy": 0.0, "n": 1},
                                          "negation": {"accuracy": 1.0, "n": 1}}
    assert (r["aux_mode"]["unreal_as_fact"], r["aux_mode"]["unreal_n"]) == (0.5, 2)
    assert r["evidentiality"]["accuracy"] == 1.0 and r["attribution_exact"]["accuracy"] == 1.0
    assert r["date_explicit"] == {"accuracy": 1.0, "n": 1}


def test_factuality_loose_match_pairs_a_wrongly_typed_event_by_its_parties():
    from cronica.evaluate.factuality import match_loose, score_factuality

    gold = {"events": [{"event_type": "AID", "actors": ["USA"], "recipients": ["UKR"], "aux_mode": "negation"},
                       {"event_type": "CONSULT", "actors": ["FRA"], "recipients": ["DEU"]}]}
    act = lambda c: [{"code": c, "country": c}]  # noqa: E731
    pred = [{"event_type": "CONSULT", "actors": act("FRA"), "recipients": act("DEU"),
             "factuality": {"aux_mode": None, "evidentiality": "direct"}, "attribution": [], "date": None},
            {"event_type": "COERCE", "actors": act("USA"), "recipients": [],
             "factuality": {"aux_mode": None, "evidentiality": "direct"}, "attribution": [], "date": None}]
    assert match_loose(gold["events"], pred, [(1, 0)]) == [(0, 1)]
    res = score_factuality([gold], [pred])
    # the denial coded as a (wrongly typed) plain fact is counted as the field's worst error
    assert (res["matched"], res["matched_loose"], res["gold_events"]) == (1, 1, 2)
    assert res["aux_mode"]["unreal_as_fact"] == 1.0 and res["aux_mode"]["unreal_n"] == 1


def test_the_plover_view_of_a_conditional_act_with_its_coded_threat_is_one_threat():
    from cronica.evaluate.events import plover_views

    ev = {"predicate_start": 40, "predicate_end": 47}
    threat = {"event_type": "THREATEN", "cameo": {"code": "1312"}, "actors": [{"code": "IGOEUREEC"}],
              "factuality": {"aux_mode": None}, "evidence": ev}
    act = {"event_type": "COERCE", "cameo": {"code": "163"}, "actors": [{"code": "IGOEUREEC"}],
           "factuality": {"aux_mode": "hypothetical"}, "evidence": ev}
    other = {**act, "evidence": {"predicate_start": 90, "predicate_end": 97}}
    out = plover_views([threat, act, other])
    assert [(r["event_type"], r["cameo"]["code"]) for r in out] == [("THREATEN", "1312"), ("THREATEN", "1312")]
    assert out[1]["evidence"]["predicate_start"] == 90
