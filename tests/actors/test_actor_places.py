"""Place names -> countries (actors/places.py), including towns of states that did not yet exist."""
from __future__ import annotations

from newsevents.actors.places import country_on


def test_town_of_a_later_state_belongs_to_its_predecessor_before_independence():
    assert country_on("SSD", "1995-03-01") == "SDN"
    assert country_on("SSD", "2011-07-09") == "SSD"
    assert country_on("ERI", "1990-01-01") == "ETH"


def test_other_states_and_missing_dates_are_unchanged():
    assert country_on("FRA", "1900-01-01") == "FRA"
    assert country_on("SSD", None) == "SSD"
    assert country_on(None, "1995-03-01") is None
