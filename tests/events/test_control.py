"""How control words recode the event under them (events/control.py)."""
from newsevents.events.control import recode


def test_announced_group_change_stays_the_change():
    # "factions announced they would merge": no threat, the merger flagged future
    assert recode("MOBILIZE", "154", None, "promise", group_change=True) == \
        ("MOBILIZE", "154", None, {"future": "control:promise"})


def test_promised_disarmament_is_still_a_promise():
    # "said they will lay down their arms": a promise of future cooperation is AGREE
    plover, cameo, _, aux = recode("RETREAT", "0874", None, "promise", group_change=True)
    assert (plover, cameo) == ("AGREE", "035") and aux == {"future": "control:promise"}


def test_threatened_attack_is_a_threat():
    assert recode("ASSAULT", "190", None, "threaten")[0] == "THREATEN"
