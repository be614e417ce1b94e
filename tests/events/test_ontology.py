"""Ontology tables (PLOVER, CAMEO, crosswalk, ACLED) and the ACLED development set."""
from __future__ import annotations

from collections import Counter

import pytest

from newsevents import datafiles
from newsevents.errors import DataFileError, UsageError
from newsevents.events import ontology as ontology_module
from newsevents.events.ontology import (ACLED_SUB_EVENT_TYPES, PLOVER_TYPES, Ontology,
                                        get_ontology)

ALL_SUB_EVENTS = {(e, s) for e, subs in ACLED_SUB_EVENT_TYPES.items() for s in subs}


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return get_ontology()


# ---- PLOVER types ---------------------------------------------------------------------------

def test_sixteen_plover_types(onto):
    assert len(onto.plover_types) == 16
    assert set(onto.plover_types) == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
                                      "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                                      "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                                      "ASSAULT"}


@pytest.mark.parametrize("plover, quad", [
    ("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("CONCEDE", 1),
    ("COOPERATE", 2), ("AID", 2), ("RETREAT", 2),
    ("REQUEST", 3), ("ACCUSE", 3), ("REJECT", 3), ("THREATEN", 3),
    ("PROTEST", 4), ("SANCTION", 4), ("MOBILIZE", 4), ("COERCE", 4), ("ASSAULT", 4),
])
def test_quad_class(onto, plover, quad):
    assert onto.quad_class(plover) == quad


def test_event_scale_sign_follows_quad(onto):
    for plover in PLOVER_TYPES:
        scale = onto.event_scale(plover)
        assert (scale > 0) == (onto.quad_class(plover) <= 2), plover
    assert onto.event_scale("ASSAULT") == -9.3
    assert onto.event_scale("RETREAT") == 7.6
    assert onto.event_scale("COERCE", "arrest") == -5.0      # mode override
    assert onto.event_scale("ASSAULT", "firearms") == -9.3   # no override: type score


@pytest.mark.parametrize("plover, mode", [
    ("ASSAULT", "aerial"), ("ASSAULT", "drone"), ("ASSAULT", "heavy-weapons"),
    ("ASSAULT", "firearms"), ("ASSAULT", "suicide-attack"), ("ASSAULT", "unconventional"),
    ("ASSAULT", "primitive"), ("ASSAULT", "sexual"), ("CONSULT", "visit"),
    ("CONSULT", "third-party"), ("CONSULT", "multilateral"), ("CONSULT", "phone"),
    ("COERCE", "arrest"), ("COERCE", "seize"), ("COERCE", "restrict"), ("COERCE", "deport"),
    ("COERCE", "censor"), ("PROTEST", "demo"), ("PROTEST", "riot"), ("PROTEST", "strike"),
    ("PROTEST", "hunger"), ("PROTEST", "boycott"), ("RETREAT", "ceasefire"),
    ("SANCTION", "convict"), ("MOBILIZE", "troops"), ("THREATEN", "violence"),
])
def test_known_modes(onto, plover, mode):
    assert mode in onto.modes(plover)
    assert onto.modes(plover)[mode]


@pytest.mark.parametrize("plover, alias, canonical", [
    ("ASSAULT", "CBRN", "unconventional"), ("ASSAULT", "Aerial", "aerial"),
    ("COERCE", "martial-law", "curfew"), ("COERCE", "expel", "deport"),
    ("PROTEST", "general", "strike"), ("ASSAULT", None, None), ("ASSAULT", " ", None),
])
def test_canonical_mode(onto, plover, alias, canonical):
    assert onto.canonical_mode(plover, alias) == canonical


def test_unknown_names_raise_with_options(onto):
    with pytest.raises(UsageError, match="DEMAND.*Valid: AGREE"):
        onto.quad_class("DEMAND")
    with pytest.raises(UsageError, match="Valid modes: abduct, aerial"):
        onto.event_scale("ASSAULT", "occupy")
    with pytest.raises(UsageError, match="none"):
        onto.default_cameo("AGREE", "visit")


def test_contexts_sectors_and_international_codes(onto):
    assert len(onto.contexts) >= 30
    assert {"pro_democracy", "pro_autocracy", "economic", "military", "humanitarian",
            "migration", "peacekeeping", "cyber", "cbrn", "human_rights"} <= onto.contexts
    assert onto.canonical_context("refugees") == "migration"
    assert {"GOV", "MIL", "COP", "REB", "CVL", "JUD", "LEG", "PTY", "SPY", "UAF", "OPP", "BUS",
            "MED", "EDU", "REF", "JRN", "CRM"} <= set(onto.sectors)
    assert onto.canonical_sector("hlh") == "MED"
    assert {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"} <= set(onto.international)
    with pytest.raises(UsageError, match="GOV"):
        onto.canonical_sector("XXX")


# ---- CAMEO ------------------------------------------------------------------------------------

def test_cameo_table_shape(onto):
    codes = onto.cameo_codes
    assert 300 <= len(codes) <= 320
    assert [c for c in codes if len(c) == 2] == [f"{r:02d}" for r in range(1, 21)]
    assert all(isinstance(c, str) and c.isdigit() and 2 <= len(c) <= 4 for c in codes)
    assert {"0334", "0871", "057", "010", "2042"} <= set(codes)


@pytest.mark.parametrize("code, quad", [
    ("010", 1), ("0214", 1), ("057", 1), ("061", 2), ("0874", 2), ("094", 2), ("1041", 3),
    ("145", 3), ("154", 4), ("163", 4), ("195", 4), ("2042", 4),
])
def test_cameo_quad_class_from_root(onto, code, quad):
    assert onto.cameo(code).quad_class == quad
    assert onto.cameo(code).root == code[:2]


@pytest.mark.parametrize("code, name, goldstein", [
    ("190", "Use conventional military force, not specified below", -10.0),
    ("195", "Employ aerial weapons", -10.0),
    ("036", "Express intent to meet or negotiate", 4.0),
    ("057", "Sign formal agreement", 8.0),
    ("173", "Arrest, detain, or charge with legal action", -5.0),
    ("0874", "Retreat or surrender militarily", 10.0),
    ("042", "Make a visit", 1.9),
    ("14", "PROTEST", -6.5),
])
def test_cameo_spot_checks(onto, code, name, goldstein):
    found = onto.cameo(code)
    assert (found.code, found.name, found.goldstein) == (code, name, goldstein)


@pytest.mark.parametrize("bad", ["999", "0999", "334", "21", ""])
def test_unknown_cameo_code(onto, bad):
    with pytest.raises(UsageError, match="leading zeros"):
        onto.cameo(bad)


# ---- crosswalk ----------------------------------------------------------------------------------

def test_crosswalk_is_complete_and_v2_only(onto):
    for code in onto.cameo_codes:
        mapping = onto.plover_for_cameo(code)
        assert mapping.plover in PLOVER_TYPES
        assert mapping.mode is None or mapping.mode in onto.modes(mapping.plover)
        assert set(mapping.context) <= onto.contexts


@pytest.mark.parametrize("code, plover, mode, context", [
    ("036", "AGREE", None, ("diplomatic",)),
    ("0334", "AGREE", None, ("peacekeeping",)),
    ("042", "CONSULT", "visit", ()),
    ("041", "CONSULT", "phone", ()),
    ("0871", "RETREAT", "ceasefire", ("military",)),
    ("092", "ACCUSE", "investigate", ("human_rights",)),       # INVESTIGATE -> ACCUSE
    ("1041", "REQUEST", "change", ("executive",)),             # DEMAND -> REQUEST
    ("111", "ACCUSE", "disapprove", ()),                       # DISAPPROVE -> ACCUSE
    ("1412", "PROTEST", "demo", ("executive",)),
    ("145", "PROTEST", "riot", ()),
    ("173", "COERCE", "arrest", ("legal",)),
    ("193", "ASSAULT", "firearms", ("military",)),             # FIGHT -> ASSAULT
    ("195", "ASSAULT", "aerial", ("military",)),
    ("2041", "ASSAULT", "unconventional", ("cbrn",)),
    ("1831", "ASSAULT", "suicide-attack", ()),
    ("091", "ACCUSE", "investigate", ("crime", "corruption")),
])
def test_crosswalk_spot_checks(onto, code, plover, mode, context):
    mapping = onto.plover_for_cameo(code)
    assert (mapping.plover, mapping.mode, mapping.context) == (plover, mode, context)


def test_statements_are_marked_dropped(onto):
    assert onto.plover_for_cameo("010").dropped
    assert onto.plover_for_cameo("0231").basis == "appeal"
    assert onto.plover_for_cameo("0231").plover == "REQUEST"
    assert not onto.plover_for_cameo("190").dropped


@pytest.mark.parametrize("plover, mode, code", [
    ("ASSAULT", "aerial", "195"), ("ASSAULT", None, "190"), ("ASSAULT", "firearms", "193"),
    ("CONSULT", "visit", "042"), ("COERCE", "arrest", "173"), ("PROTEST", "riot", "145"),
    ("AGREE", None, "030"), ("ASSAULT", "CBRN", "2041"),
])
def test_default_cameo(onto, plover, mode, code):
    assert onto.default_cameo(plover, mode) == code


def test_every_default_maps_back_to_its_type(onto):
    for plover in PLOVER_TYPES:
        for mode in [None, *onto.modes(plover)]:
            code = onto.default_cameo(plover, mode)
            assert onto.plover_for_cameo(code).plover == plover, (plover, mode, code)


# ---- ACLED --------------------------------------------------------------------------------------

def test_acled_taxonomy(onto):
    assert len(onto.acled_types) == 6
    assert sum(len(s) for s in onto.acled_types.values()) == 25
    assert {(e, s) for e, subs in onto.acled_types.items() for s in subs} == ALL_SUB_EVENTS


ACLED_CASES = [
    # (plover, mode, cameo, keyword args) -> (event_type, sub_event_type)
    (("ASSAULT", "firearms", "193", {}), ("Battles", "Armed clash")),
    (("ASSAULT", None, "190", {"state_actor": True, "territory": "regained"}),
     ("Battles", "Government regains territory")),
    (("ASSAULT", "firearms", "193", {"territory": "captured"}),
     ("Battles", "Non-state actor overtakes territory")),
    (("ASSAULT", "CBRN", "2041", {}), ("Explosions/Remote violence", "Chemical weapon")),
    (("ASSAULT", "aerial", "195", {}), ("Explosions/Remote violence", "Air/drone strike")),
    (("ASSAULT", "drone", "195", {"civilian_target": True}),
     ("Explosions/Remote violence", "Air/drone strike")),
    (("ASSAULT", "suicide-attack", "1831", {}), ("Explosions/Remote violence", "Suicide bomb")),
    (("ASSAULT", "heavy-weapons", "194", {}),
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    (("ASSAULT", "explosives", "1833", {}),
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    (("ASSAULT", "explosives", None, {"flags": {"grenade"}}),
     ("Explosions/Remote violence", "Grenade")),
    (("ASSAULT", "sexual", "1821", {}), ("Violence against civilians", "Sexual violence")),
    (("ASSAULT", "firearms", "193", {"civilian_target": True}),
     ("Violence against civilians", "Attack")),
    (("ASSAULT", "abduct", "181", {}),
     ("Violence against civilians", "Abduction/forced disappearance")),
    (("PROTEST", "demo", "141", {}), ("Protests", "Peaceful protest")),
    (("PROTEST", "demo", "141", {"flags": ["intervention"]}),
     ("Protests", "Protest with intervention")),
    (("ASSAULT", "crowd-control", "175", {}), ("Protests", "Protest with intervention")),
    (("ASSAULT", "firearms", None, {"flags": ["protesters"], "state_actor": True}),
     ("Protests", "Excessive force against protesters")),
    (("PROTEST", "riot", "145", {}), ("Riots", "Violent demonstration")),
    (("ASSAULT", "beat", "182", {"flags": ["mob"]}), ("Riots", "Mob violence")),
    (("RETREAT", "ceasefire", "0871", {}), ("Strategic developments", "Agreement")),
    (("SUPPORT", None, "057", {}), ("Strategic developments", "Agreement")),
    (("COERCE", "arrest", "173", {"state_actor": True}), ("Strategic developments", "Arrests")),
    (("MOBILIZE", "troops", "154", {}), ("Strategic developments", "Change to group/activity")),
    (("ASSAULT", "explosives", None, {"flags": ["disrupted"]}),
     ("Strategic developments", "Disrupted weapons use")),
    (("MOBILIZE", "militia", None, {"flags": ["base"]}),
     ("Strategic developments", "Headquarters or base established")),
    (("ASSAULT", "destroy", "1712", {}), ("Strategic developments", "Looting/property destruction")),
    (("RETREAT", "withdraw", "0872", {"territory": "transferred"}),
     ("Strategic developments", "Non-violent transfer of territory")),
    (("COERCE", "curfew", "1723", {}), ("Strategic developments", "Other")),
    # a curfew imposed by the state in a conflict is a strategic development too (sixth session:
    # four blind writers coded state curfews and martial law as Other)
    (("COERCE", "curfew", "1723", {"state_actor": True}), ("Strategic developments", "Other")),
]


@pytest.mark.parametrize("call, expected", ACLED_CASES)
def test_acled_for(onto, call, expected):
    plover, mode, cameo, kwargs = call
    got = onto.acled_for(plover, mode, cameo, **kwargs)
    assert got == {"event_type": expected[0], "sub_event_type": expected[1]}


def test_all_25_sub_event_types_reachable():
    assert {expected for _, expected in ACLED_CASES} == ALL_SUB_EVENTS


@pytest.mark.parametrize("plover, mode, cameo, kwargs", [
    ("CONSULT", "visit", "042", {}), ("ACCUSE", None, "111", {}),
    ("THREATEN", "violence", "138", {}), ("AID", "humanitarian", "073", {}),
    ("COERCE", "restrict", "191", {"state_actor": True}),  # a state's restrictions are not ACLED events
])
def test_non_acled_events(onto, plover, mode, cameo, kwargs):
    assert onto.acled_for(plover, mode, cameo, **kwargs) is None


def test_acled_for_rejects_bad_arguments(onto):
    with pytest.raises(UsageError, match="captured, regained, transferred"):
        onto.acled_for("ASSAULT", None, None, territory="won")
    with pytest.raises(UsageError, match="unknown ACLED flags"):
        onto.acled_for("ASSAULT", None, None, flags=["lethal"])


# ---- loader validation ----------------------------------------------------------------------------

def _patched_text(monkeypatch, relpath, old, new):
    original = datafiles.read_text(relpath)
    assert old in original
    patched = original.replace(old, new, 1)
    monkeypatch.setattr(ontology_module, "read_text",
                        lambda p: patched if p == relpath else datafiles.read_text(p))
    return original[:original.index(old)].count("\n") + 1


def test_crosswalk_target_outside_v2_is_rejected(monkeypatch):
    line = _patched_text(monkeypatch, "ontology/cameo2plover.v1.tsv",
                         "1041\tREQUEST\t", "1041\tDEMAND\t")
    with pytest.raises(DataFileError, match=rf"cameo2plover.v1.tsv line {line}: 'DEMAND'"):
        Ontology()


def test_cameo_quad_mismatch_is_rejected(monkeypatch):
    line = _patched_text(monkeypatch, "ontology/cameo.v1.tsv",
                         "Employ aerial weapons\t-10.0\t4", "Employ aerial weapons\t-10.0\t3")
    with pytest.raises(DataFileError, match=rf"cameo.v1.tsv line {line}: quad_class 3"):
        Ontology()


def test_missing_acled_sub_event_is_rejected(monkeypatch):
    _patched_text(monkeypatch, "ontology/acled.v1.tsv", "Battles\tArmed clash", "Battles\tSkirmish")
    with pytest.raises(DataFileError, match="acled.v1.tsv line"):
        Ontology()


def test_missing_plover_type_is_rejected(monkeypatch):
    doc = datafiles.read_json("ontology/plover.v1.json")
    broken = {**doc, "types": {k: v for k, v in doc["types"].items() if k != "RETREAT"}}
    monkeypatch.setattr(ontology_module, "read_json", lambda p: broken)
    with pytest.raises(DataFileError, match="missing RETREAT"):
        Ontology()


# ---- ACLED development set ------------------------------------------------------------------------

def test_acled_dev_set_shape():
    rows = datafiles.read_tsv("eval/acled_dev.v1.tsv")
    assert len(rows) >= 250
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    pairs = Counter((r["event_type"], r["sub_event_type"]) for r in rows)
    assert set(pairs) == ALL_SUB_EVENTS
    assert min(pairs.values()) >= 10
    for r in rows:
        assert 40 <= len(r["text"]) <= 300, r["id"]
        assert r["text"].count(". ") <= 2, r["id"]   # one or two sentences
