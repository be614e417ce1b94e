"""The shared pipeline: lemma corrections the coder relies on."""
from __future__ import annotations


def test_irregular_past_gets_its_dictionary_lemma(nlp):
    doc = nlp("Government troops retook the town and reoccupied the hill.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["retook"] == "retake" and lemmas["reoccupied"] == "reoccupy"


def test_other_lemmas_are_untouched(nlp):
    doc = nlp("Rebels overran the base.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["overrun"]
