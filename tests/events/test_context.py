"""Article-level context passes (events/context.py) over whole coded texts."""
from __future__ import annotations


def _assaults(coder, text, published="2026-06-22"):
    return [e for e in coder.code_text(text, published=published).events if e.event == "ASSAULT"]


def test_a_later_claim_names_the_attacker_of_an_unattributed_attack(coder):
    text = ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine people. "
            "Al Shabaab said in a statement that it had carried out the attack.")
    bombing = next(e for e in _assaults(coder, text) if e.size.dead == 9)
    assert [a.code for a in bombing.actor] == ["SOM"]
    assert bombing.actor[0].method.startswith("context:claimed-by")
    assert "actor-from-sentence:1" in bombing.evidence["notes"]


def test_condemning_an_attack_is_no_claim(coder):
    text = ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine people. "
            "The African Union condemned the attack.")
    bombing = next(e for e in _assaults(coder, text) if e.size.dead == 9)
    assert not any(a.method.startswith("context:claimed-by") for a in bombing.actor)


def test_an_attack_with_its_own_complement_is_another_attack(coder):
    text = ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine people. "
            "It was the first such bombing since Al Shabaab carried out the attack on a police "
            "station in Baidoa in May.")
    bombing = next(e for e in _assaults(coder, text) if e.size.dead == 9)
    assert not any(a.method.startswith("context:claimed-by") for a in bombing.actor)


def test_a_copula_over_the_attack_noun_claims_nothing(coder):
    text = ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine people. "
            "It was the deadliest such bombing in the city this year, officials said.")
    bombing = next(e for e in _assaults(coder, text) if e.size.dead == 9)
    assert not any(a.method.startswith("context:claimed-by") for a in bombing.actor)


def test_a_claim_names_an_attacker_known_only_by_a_bare_noun_in_every_telling(coder):
    text = ("A suicide bomber blew himself up at a police academy in Baidoa on Sunday, killing 11 cadets. "
            "The attacker detonated an explosive vest at the gate as cadets lined up. "
            "Al Shabaab said in a statement that it had carried out the attack.")
    bombings = [e for e in _assaults(coder, text) if e.sequence < 2]
    assert len(bombings) == 2
    assert all([a.code for a in b.actor] == ["SOM"] for b in bombings)


def test_a_weapon_that_got_through_belongs_to_the_attacker_not_the_interceptor(coder):
    text = ("Overnight, Zorvania launched 60 drones at Borland, the Borland air force said. Air "
            "defences shot down 50 of the drones, but one missile hit the city of Kesh, injuring "
            "four people.")
    hit = next(e for e in _assaults(coder, text) if e.evidence["trigger"]["text"] == "hit")
    assert [a.entity_text for a in hit.actor] == ["Zorvania"]
