"""One record per real event: casualty follow-up reports fold into the attack they count."""
from newsevents.records import Article


def _assaults(coder, text):
    coded = coder.code(Article(text=text, published="2026-03-02"))
    return [e for e in coded.events if e.event == "ASSAULT"]


def test_doerless_casualty_report_adds_its_count_to_the_attack_before_it(coder):
    [attack] = _assaults(coder, "Gunmen stormed a hotel in Mogadishu on Friday, killing at least 12 "
                                "people. Another 20 people were wounded, police said.")
    assert (attack.size.dead, attack.size.injured) == (12, 20)
    assert attack.evidence["size_from"] == "casualty-follow-up"
    assert len(attack.evidence["sentences"]) == 2


def test_separate_incident_keeps_its_own_count(coder):
    events = _assaults(coder, "Gunmen stormed a hotel in Mogadishu on Friday, killing at least 12 "
                              "people. In a separate incident, 20 people were wounded in Baidoa.")
    first = next(e for e in events if e.size.dead == 12)
    assert first.size.injured is None
    assert any(e.size.injured == 20 for e in events if e is not first)


def test_report_far_after_the_attack_is_not_folded(coder):
    text = ("Gunmen stormed a hotel in Mogadishu on Friday, killing at least 12 people. "
            "The president condemned the raid. Parliament met in emergency session. "
            "Aid agencies appealed for blood donors. Another 20 people were wounded, police said.")
    events = _assaults(coder, text)
    first = next(e for e in events if e.size.dead == 12)
    assert first.size.injured is None
    assert any(e.size.injured == 20 for e in events if e is not first)


def test_raids_that_made_the_arrests_are_no_attack_of_their_own(coder):
    coded = coder.code(Article(text="Soldiers arrested 14 men in overnight raids across the Nineveh "
                                    "plains, the army said.", published="2026-03-02"))
    assert [e.event for e in coded.events] == ["COERCE"]
    assert coded.events[0].size.arrested == 14


def test_deadly_raid_stays_an_attack(coder):
    coded = coder.code(Article(text="Soldiers killed three men and arrested 14 in overnight raids "
                                    "across the Nineveh plains, the army said.", published="2026-03-02"))
    assert {"ASSAULT", "COERCE"} <= {e.event for e in coded.events}


def test_strike_on_a_city_and_its_dead_civilians_are_one_event(coder):
    [attack] = _assaults(coder, "Russian missiles struck Kharkiv on Monday. The strike killed five "
                                "civilians in Kharkiv, the governor said.")
    assert [a.code for a in attack.actor] == ["RUS"] and attack.size.dead == 5
    assert len(attack.evidence["sentences"]) == 2


def test_strike_on_fighters_is_not_merged_with_the_strike_on_the_city(coder):
    events = _assaults(coder, "Israeli jets struck Gaza City on Monday. The military said it killed "
                              "a Hamas commander in Gaza City.")
    assert len(events) == 2
