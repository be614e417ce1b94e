"""Multi-CoPED scoring adapter: predicted mentions widen to the gold noun-phrase convention."""
from __future__ import annotations

from newsevents.evaluate.cameo_ner import _noun_phrase


def _widen(nlp, text, mention):
    doc = nlp(text)
    start = text.index(mention)
    s, e = _noun_phrase(doc, start, start + len(mention))
    return text[s:e]


def test_determiner_and_apposition_join_the_mention(nlp):
    text = "The Palestinian president, Mahmoud Abbas, met the envoy on Monday."
    assert _widen(nlp, text, "Palestinian president") == "The Palestinian president, Mahmoud Abbas"


def test_parenthetical_acronym_joins_the_mention(nlp):
    text = "The Lesotho Defence Force (LDF) arrested two officers."
    assert _widen(nlp, text, "Lesotho Defence Force") == "The Lesotho Defence Force (LDF)"


def test_prepositional_phrase_stays_out(nlp):
    text = "Soldiers from the northern garrison shelled the town."
    assert _widen(nlp, text, "Soldiers") == "Soldiers"


def test_an_owner_widens_to_the_argument_it_owns(nlp):
    text = "Iraqi troops attacked the last ISIS group bastion on Thursday."
    assert _widen(nlp, text, "ISIS") == "the last ISIS group bastion"
    text = "A court rejected the Croatian government's request for a review."
    assert _widen(nlp, text, "Croatian government").startswith("the Croatian government's request")


def test_apposition_joins_without_its_clause(nlp):
    text = "Police arrested Tom Reyes, a lawyer who defended the strikers, on Monday."
    assert _widen(nlp, text, "Tom Reyes") == "Tom Reyes, a lawyer"


def test_an_of_object_widens_to_the_thing_it_owns(nlp):
    text = "Israeli missiles struck an arms depot of the Syrian army on Sunday."
    assert _widen(nlp, text, "the Syrian army") == "an arms depot of the Syrian army"


def test_an_acts_of_object_is_not_widened_to_the_act(nlp):
    text = "Saudi Arabia lifted its blockade of Qatar on Tuesday."
    assert _widen(nlp, text, "Qatar") == "Qatar"


def test_an_of_phrase_after_the_mention_joins_it(nlp):
    text = "Police detained dozens of supporters of the opposition leader on Saturday."
    assert _widen(nlp, text, "dozens of supporters") == "dozens of supporters of the opposition leader"
