"""Headline-style sentences re-parsed where the model read the present-tense verb as a noun."""
from __future__ import annotations

import pytest

from newsevents.nlp.verb_repair import (
    headline_like,
    participle_forms,
    present_forms,
    repair_headline_verbs,
    repair_perfect_participles,
)

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def forms(coder):
    return present_forms(coder.lexicon.verbs)


def test_forms_map_present_to_past(forms):
    assert forms["slams"] == ("slammed", "VBZ")
    assert forms["pound"] == ("pounded", "VBP")


@pytest.mark.parametrize("text, verb, tag", [
    ("Kesh: a cruise missile fired from the sea slams into a power plant late Monday, killing 3.",
     "slams", "VBZ"),
    ("Borland: militia fighters torch market stalls in Tovo; no casualties.", "torch", "VBP"),
    ("In Tovo district, army aircraft pound Maro Lek village after 09:00; dozens reportedly dead.",
     "pound", "VBP"),
    ("Zorvania: suicide bomber detonates explosive belt inside Kesh mosque during prayers; toll "
     "rises to 30.", "detonates", "VBZ"),
    # a coordinated subject is plural: "X and Y ink"
    ("Borland: federal government and TLF ink peace deal in Kesh, formally ending war in the north.",
     "ink", "VBP"),
    # "fire" and "rounds" are both verb forms: each is re-parsed alone, and "fire" heads the clause
    ("Zorvania: police fire live rounds at striking miners in Kesh; two killed, five wounded.",
     "fire", "VBP"),
])
def test_present_verb_read_as_noun_heads_its_clause(coder, text, verb, tag):
    doc = coder.nlp(text)
    token = next(t for t in doc if t.lower_ == verb)
    assert token.pos_ != "VERB"                               # the model's reading
    coder.repair_headlines(doc)
    assert (token.pos_, token.tag_, token.lemma_) == ("VERB", tag, verb.removesuffix("s"))
    subject_holder = token.head if token.dep_ == "conj" else token   # "fired ... and slams"
    assert any(c.dep_ == "nsubj" for c in subject_holder.children)
    assert doc.text == text and token.idx == text.index(verb)  # offsets untouched


def test_headline_verb_codes_an_event(coder):
    coded = coder.code_text("Borland: militia fighters torch market stalls in Tovo; no casualties.",
                            published="2026-06-15")
    assert [e.event for e in coded.events] == ["ASSAULT"]
    assert coded.events[0].evidence["trigger"]["text"] == "torch"


@pytest.mark.parametrize("text", [
    "The tax cuts target firms and households, the minister said.",        # a subject, not a verb
    "Fans paid pounds 20 for tickets to the final.",                         # a unit
    "Officials said two attacks on the ministry were foiled.",               # a counted noun
])
def test_ordinary_sentences_keep_their_parse(coder, forms, text):
    doc = coder.nlp(text)
    before = [(t.head.i, t.dep_, t.tag_) for t in doc]
    assert repair_headline_verbs(doc, coder.nlp, lambda: forms) == 0
    assert [(t.head.i, t.dep_, t.tag_) for t in doc] == before


def test_headline_like(nlp):
    doc = nlp("Kesh: gunmen storm a police post. Officials said the post was retaken.")
    first, second = list(doc.sents)[-2:] if len(list(doc.sents)) > 2 else list(doc.sents)
    assert headline_like(first)
    assert not headline_like(second)


@pytest.fixture(scope="module")
def participles(coder):
    return participle_forms(coder.lexicon.verbs)


def test_participles_map_to_lemmas(participles):
    assert participles["overrun"] == "overrun"
    assert participles["shelled"] == "shell"


def test_participle_read_as_name_heads_its_clause(coder):
    text = ("Witnesses say Ansar rebels have overrun Kalemba, a market town on the main road, after a "
            "night of heavy fighting with the army.")
    doc = coder.nlp(text)
    token = next(t for t in doc if t.lower_ == "overrun")
    assert token.pos_ == "PROPN"                               # the model's reading
    coder.repair_headlines(doc)
    assert (token.pos_, token.tag_, token.lemma_) == ("VERB", "VBN", "overrun")
    assert any(c.dep_ == "nsubj" and c.lower_ == "rebels" for c in token.children)
    assert doc.text == text and token.idx == text.index("overrun")


@pytest.mark.parametrize("text", [
    "The hospitals have wounded soldiers in every ward.",     # an adjective after a possessive "have"
    "The rebels have control of the road to Goma.",           # a noun that is no participle
])
def test_perfect_repair_leaves_other_haves(coder, participles, text):
    doc = coder.nlp(text)
    before = [(t.head.i, t.dep_, t.tag_) for t in doc]
    assert repair_perfect_participles(doc, coder.nlp, lambda: participles) == 0
    assert [(t.head.i, t.dep_, t.tag_) for t in doc] == before
