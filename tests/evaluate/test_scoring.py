"""Scoring helpers: the main event of a one-sentence record."""
from __future__ import annotations

from newsevents.evaluate.scoring import main_event, prf
from newsevents.records import Article


def test_a_denied_act_is_no_main_asserted_event(coder):
    text = "Ethiopia rejected accusations by the US that its army shelled Mekelle."
    coded = coder.code_doc(coder.nlp(text), Article(text=text, published="2026-06-10"))
    denied = main_event(coded)
    assert denied is not None and "negation" in denied.aux
    assert main_event(coded, asserted_only=True) is None


def test_prf_of_no_predictions_is_zero():
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(2, 2, 2) == (0.5, 0.5, 0.5)
