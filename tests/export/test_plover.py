"""PLOVER JSONL export: field names, extensions, streaming to a file."""
from __future__ import annotations

import io
import json

import pytest
from store.factories import TEXT, coded_article, entity, event

from newsevents.export import export_plover, to_plover
from newsevents.store import Store

PLOVER_CORE = ["id", "has_event", "date", "enddate", "event", "mode", "context", "actor",
               "recipient", "event_loc", "event_text", "quad_code", "event_scale", "text",
               "text_info", "cite_info", "coder"]
OUR_EXTENSIONS = ["size", "aux", "cameo", "goldstein", "acled", "confidence", "evidence",
                  "date_precision", "date_info", "size_range", "size_detail"]


@pytest.fixture
def coded():
    return coded_article()


@pytest.fixture
def assault(coded):
    return to_plover(coded.events[0].to_dict(), coded.article.meta())


def test_record_has_plover_fields_and_our_extensions(assault):
    assert set(assault) == set(PLOVER_CORE) | set(OUR_EXTENSIONS)
    assert (assault["id"], assault["event"], assault["date"]) == ("ev-1", "ASSAULT", "2024-03-04")
    assert assault["has_event"] is True
    assert (assault["cameo"], assault["quad_code"], assault["goldstein"]) == ("190", 4, -10.0)
    assert assault["size"] == {"dead": 3, "injured": None, "arrested": None}


def test_actors_use_plover_names_and_keep_offsets(assault):
    [actor] = assault["actor"]
    assert actor["code"] == "RUS" and actor["sector"] == "MIL"
    assert actor["actor_text"] == "Russian forces"
    assert TEXT[actor["start"]:actor["end"]] == "Russian forces"
    assert actor["evidence"] == "kb-name"
    assert [r["code"] for r in assault["recipient"]] == ["UKR"]
    assert "entity_text" not in actor


def test_location_uses_geonames_names_with_both_country_codes(assault):
    loc = assault["event_loc"]
    assert (loc["name"], loc["geonameid"], loc["latitude"], loc["longitude"]) == (
        "Kharkiv", 706483, 49.98, 36.25)
    assert (loc["country_code"], loc["cc3"]) == ("UA", "UKR")
    assert TEXT[loc["start"]:loc["end"]] == "Kharkiv"


def test_text_and_publication_info(assault):
    info = assault["text_info"]
    assert TEXT[info["start"]:info["end"]] == assault["text"]
    assert info["story_id"] == "art-1" and info["sequence"] == 0
    cite = assault["cite_info"]
    assert (cite["title"], cite["url"], cite["publication"], cite["published"]) == (
        "Kharkiv shelled", "https://example.org/kharkiv", "Example News", "2024-03-05")
    assert cite["language"] == "en" and cite["coder"] == "newsevents-test"
    assert cite["version"].startswith("newsevents-")


def test_event_without_place_and_igo_actor(coded):
    consult = to_plover(coded.events[1].to_dict(), coded.article.meta())
    assert consult["event_loc"] is None
    assert [a["code"] for a in consult["actor"]] == ["UKR", "IGO"]
    assert consult["recipient"] == []


def test_igo_place_code_has_no_alpha2():
    text = "Peacekeepers deployed along the border."
    ev = event("ev-x", "MOBILIZE", source=text, actor=[entity("Peacekeepers", "UNO", "MIL",
                                                              source=text)])
    loc = {"extracted_place": "border", "resolved_place": None, "geonameid": None, "lat": None,
           "lon": None, "province": None, "country": None, "country_code": "XXX",
           "resolution": 1, "start": None, "end": None, "method": ""}
    record = to_plover(dict(ev.to_dict(), event_loc=loc), {"id": "a"})
    assert record["event_loc"]["country_code"] is None and record["event_loc"]["cc3"] == "XXX"


def test_export_writes_one_json_line_per_event_in_order(tmp_path):
    with Store(tmp_path / "e.db") as store:
        store.add(coded_article())
        store.add(coded_article("art-2", events=(event("ev-3", "ASSAULT"),), quotes=()))
        buffer = io.StringIO()
        assert export_plover(store, buffer) == 3
    lines = buffer.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["id"], r["text_info"]["story_id"]) for r in records] == [
        ("ev-1", "art-1"), ("ev-2", "art-1"), ("ev-3", "art-2")]


def test_export_to_path_is_complete_or_absent(tmp_path):
    out = tmp_path / "events.jsonl"
    with Store(tmp_path / "e.db") as store:
        store.add(coded_article())
        assert export_plover(store, out) == 2
        assert len(out.read_text("utf-8").splitlines()) == 2
        assert not (tmp_path / "events.jsonl.part").exists()

        class Broken:
            def iter_events_with_articles(self):
                yield from store.iter_events_with_articles()
                raise RuntimeError("disk full")

        with pytest.raises(RuntimeError):
            export_plover(Broken(), tmp_path / "broken.jsonl")
    assert not (tmp_path / "broken.jsonl").exists()
    assert not (tmp_path / "broken.jsonl.part").exists()


def test_empty_store_exports_nothing(tmp_path):
    with Store(tmp_path / "e.db") as store:
        buffer = io.StringIO()
        assert export_plover(store, buffer) == 0
    assert buffer.getvalue() == ""
