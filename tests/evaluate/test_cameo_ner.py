"""Multi-CoPED scoring adapter: predicted mentions widen to the gold noun-phrase convention."""
from __future__ import annotations

import pytest

from newsevents.evaluate.cameo_ner import _at_antecedent, _noun_phrase, rebuild
from newsevents.records import Entity


def _widen(nlp, text, mention):
    doc = nlp(text)
    start = text.index(mention)
    s, e = _noun_phrase(doc, start, start + len(mention))
    return text[s:e]


@pytest.mark.parametrize("text, mention, widened", [
    # a determiner and an apposition join the mention
    ("The Palestinian president, Mahmoud Abbas, met the envoy on Monday.", "Palestinian president",
     "The Palestinian president, Mahmoud Abbas"),
    # a parenthetical acronym joins it
    ("The Lesotho Defence Force (LDF) arrested two officers.", "Lesotho Defence Force",
     "The Lesotho Defence Force (LDF)"),
    # a prepositional phrase stays out
    ("Soldiers from the northern garrison shelled the town.", "Soldiers", "Soldiers"),
    # an owner widens to the argument it owns
    ("Iraqi troops attacked the last ISIS group bastion on Thursday.", "ISIS", "the last ISIS group bastion"),
    # an apposition joins without its clause
    ("Police arrested Tom Reyes, a lawyer who defended the strikers, on Monday.", "Tom Reyes",
     "Tom Reyes, a lawyer"),
    # an of-object widens to the thing it belongs to
    ("Israeli missiles struck an arms depot of the Syrian army on Sunday.", "the Syrian army",
     "an arms depot of the Syrian army"),
    # but not to an act ("the blockade of Qatar")
    ("Saudi Arabia lifted its blockade of Qatar on Tuesday.", "Qatar", "Qatar"),
    # a time phrase the parse hung on an apposition stays out
    ("Rebels freed Tom Reyes, the last hostage on Friday.", "Tom Reyes", "Tom Reyes, the last hostage"),
    # what is said of a named place in apposition stays out
    ("Rebels agreed to a truce in Kesh, the last rebel town.", "Kesh", "Kesh"),
    # a party's own in-phrase joins it
    ("Rebels attacked a military base in northern Tovo on Friday.", "a military base",
     "a military base in northern Tovo"),
    # an of-phrase after the mention joins it
    ("Police detained dozens of supporters of the opposition leader on Saturday.", "dozens of supporters",
     "dozens of supporters of the opposition leader"),
])
def test_mention_widens_to_the_gold_noun_phrase(nlp, text, mention, widened):
    assert _widen(nlp, text, mention) == widened


def test_an_attacked_place_widens_to_the_thing_it_locates(nlp):
    text = "Government forces continued their attacks on the rebel-held region near Damascus on Thursday."
    doc = nlp(text)
    start = text.index("Damascus")
    s, e = _noun_phrase(doc, start, start + len("Damascus"), place=True)
    assert text[s:e] == "the rebel-held region"
    assert _widen(nlp, text, "Damascus") == "Damascus"     # a party named there stays itself


def test_a_possessive_owner_widens_to_what_it_owns(nlp):
    text = "A court rejected the Croatian government's request for a review."
    assert _widen(nlp, text, "Croatian government").startswith("the Croatian government's request")


@pytest.mark.parametrize("tokens, text", [
    (["Georgia", "’", "s", "conflict", "zones"], "Georgia’s conflict zones"),
    (["Seoul", "'s", "efforts", ",", "the", "Kurdish", "-", "led", "SDF", "(", "NPA", ")"],
     "Seoul's efforts, the Kurdish-led SDF (NPA)"),
    (["a", "dash", "-", "-", "here"], "a dash - - here"),   # a spaced dash is no compound hyphen
    # a number's separators are written inside it, a list's commas are not
    (["sent", "12", ",", "500", "troops", "and", "1", ".", "5", "tonnes", ",", "3", ",", "4"],
     "sent 12,500 troops and 1.5 tonnes, 3, 4"),
])
def test_sentence_rebuilt_from_gold_tokens(tokens, text):
    rebuilt, spans = rebuild(tokens)
    assert rebuilt == text
    assert [rebuilt[s:e] for s, e in spans] == tokens


def test_a_resolved_pronoun_is_scored_at_its_named_antecedent(nlp):
    text = "The premier phoned President Jana Dvořák on Friday and urged her to act."
    doc = nlp(text)
    start = text.index("her to")
    pronoun = Entity(code="CZE", sector="GOV", entity_text="her", start=start, end=start + 3,
                     method="coref:pronoun->Jana Dvorak")
    moved = _at_antecedent(doc, pronoun)
    assert text[moved.start:moved.end] == "Dvořák"
    # a pronoun whose antecedent is not written in the sentence stays where it is
    elsewhere = Entity(code="CZE", sector="GOV", entity_text="her", start=start, end=start + 3,
                       method="coref:pronoun->Petra Novak")
    assert _at_antecedent(doc, elsewhere) == elsewhere
