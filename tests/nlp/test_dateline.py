"""Datelines: where the story proper starts, and the place they name."""
import pytest

from newsevents.nlp.dateline import dateline_end, match_dateline


@pytest.mark.parametrize("text, place, rest", [
    ("GOMA, Congo (Wire) - Rebels shelled the town.", "GOMA", "Rebels"),
    ("Kandahar, Afghanistan: Taliban fighters detained two aid workers.", "Kandahar", "Taliban"),
    ("NEW DELHI: The army said on Monday ...", "NEW DELHI", "The"),
    ("Sool region, Somaliland: Clan militias clashed overnight.", "Sool region", "Clan"),
    ("Tigray (Ethiopia): Drones struck a market.", "Tigray (Ethiopia)", "Drones"),
])
def test_dateline_place_and_story_start(text, place, rest):
    match = match_dateline(text)
    assert match is not None and match.group(1).strip() == place
    assert text[dateline_end(text):].startswith(rest)


@pytest.mark.parametrize("text", [
    "He said: the talks had failed.",
    "Gunmen kidnap pupils in Kaduna: bandits raided a school.",
    "Breaking news: a blast was heard.",
    "Rebels shelled the town on Monday.",
])
def test_no_dateline(text):
    assert match_dateline(text) is None and dateline_end(text) == 0
