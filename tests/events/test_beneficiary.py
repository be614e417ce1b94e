"""Recipients inherited from the story (events/beneficiary.py), on articles the team wrote."""
from __future__ import annotations

from newsevents.records import Article


def _events(coder, text):
    return coder.code(Article(text=text, published="2026-03-04")).events


def _codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


def _by_actor(events, event, code):
    return next(e for e in events if e.event == event and code in _codes(e.actor))


PLEDGING = ("Governments promised $900 million in relief for Yemen at a donor meeting in Geneva on Tuesday. "
            "Norway pledged 80 million crowns, its foreign minister said. "
            "Japan committed $60 million to the appeal.")


def test_later_pledges_inherit_the_stories_one_beneficiary(coder):
    events = _events(coder, PLEDGING)
    for donor in ("NOR", "JPN"):
        pledge = _by_actor(events, "AGREE", donor)
        assert _codes(pledge.recipient) == {"YEM"}, pledge.evidence
        assert "recipient:inherited-beneficiary" in pledge.evidence["notes"]
        assert all(r.method.startswith("inherited-beneficiary:") for r in pledge.recipient)


def test_no_inheritance_when_the_story_has_two_beneficiaries(coder):
    text = ("The European Union pledged $300 million in aid to Haiti on Monday. "
            "Brazil promised $50 million to Ecuador after the floods. "
            "Spain pledged 40 million euros, officials said.")
    pledge = _by_actor(_events(coder, text), "AGREE", "ESP")
    assert "recipient:inherited-beneficiary" not in pledge.evidence["notes"]


def test_a_later_sanction_without_a_named_target_keeps_the_stories_target(coder):
    text = ("Canada imposed new sanctions on Iran on Monday over its drone exports. "
            "Australia followed with its own measures on Wednesday, sanctioning six ships and three shipping agents.")
    sanction = _by_actor(_events(coder, text), "SANCTION", "AUS")
    assert _codes(sanction.recipient) == {"IRN"}, sanction.evidence


def test_a_reaction_to_an_earlier_act_is_aimed_at_its_doers(coder):
    text = ("Armenia and Azerbaijan agreed on Friday to a prisoner exchange after talks in Abu Dhabi. "
            "The French foreign minister welcomed the agreement on Saturday.")
    welcome = next(e for e in _events(coder, text) if e.event == "SUPPORT")
    assert _codes(welcome.recipient) == {"ARM", "AZE"}, welcome.evidence
    assert "recipient:actors-of-reacted-event" in welcome.evidence["notes"]


def test_a_reaction_keeps_a_recipient_it_names(coder):
    text = ("Armenia and Azerbaijan agreed on Friday to a prisoner exchange. "
            "Iran criticised the deal and Turkey's role in it.")
    criticism = next(e for e in _events(coder, text) if e.event == "ACCUSE")
    assert _codes(criticism.recipient) == {"TUR"}, criticism.evidence
    assert "recipient:actors-of-reacted-event" not in criticism.evidence["notes"]
