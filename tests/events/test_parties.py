"""Recipients found by events/parties.py fallbacks, on sentences the team wrote."""
from __future__ import annotations

import pytest


def _codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize("text, event, recipient", [
    # the acting state's own borders are not the target; whom they are closed to is
    ("Lukashenko has closed Belarus's borders with Lithuania.", "COERCE", "LTU"),
    ("Chile's president pledged his country's full backing to the people of Haiti.", "AGREE", "HTI"),
])
def test_the_acting_states_own_thing_is_not_the_target(event_of, text, event, recipient):
    assert _codes(event_of(text, event).recipient) == {recipient}


def test_the_acting_states_own_thing_stands_when_no_one_else_is_named(event_of):
    ev = event_of("The Estonian foreign minister defended Estonia's decision.", "SUPPORT")
    assert _codes(ev.recipient) == {"EST"}


def test_another_body_of_the_same_country_still_owns_its_plan(event_of):
    ev = event_of("The Kenyan opposition leader rejected the Kenyan government's budget plan.", "REJECT")
    assert [e.sector for e in ev.recipient] == ["GOV"]


def test_a_protest_targets_whoever_imposed_what_it_protests(event_of):
    ev = event_of("Teachers in Ghana began a sit-in on Monday in protest against a pay cut ordered "
                       "by the Ghanaian Education Ministry.", "PROTEST")
    assert [(e.code, e.sector) for e in ev.recipient] == [("GHA", "GOV")]
    assert "recipient:motive" in ev.evidence["notes"]


def test_a_mediation_effort_is_aimed_at_both_sides_of_its_purpose(event_of):
    ev = event_of("Norway launched a mediation effort to end the dispute between Chad and Sudan.", "CONSULT")
    assert _codes(ev.recipient) == {"TCD", "SDN"}
