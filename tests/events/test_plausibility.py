"""Plausibility checks for violent events (events/plausibility.py)."""
from newsevents.events.plausibility import to_death


def test_to_death_hung_on_the_victim_still_counts(nlp):
    doc = nlp("Members of the Imbonerakure beat a 42-year-old opposition supporter to death in Muramvya province.")
    beat = next(t for t in doc if t.lower_ == "beat")
    death = next(t for t in doc if t.lower_ == "death")
    assert death.head.head.i != beat.i  # the parse hangs "to death" on the victim
    assert to_death(beat)


def test_no_death_no_to_death(nlp):
    doc = nlp("Villagers beat the drums to celebrate the harvest.")
    assert not to_death(next(t for t in doc if t.lower_ == "beat"))
