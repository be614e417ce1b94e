"""Trigger senses, nominal control and recodings: one own sentence per rule (trigger_cases.v1.tsv)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsevents.records import Article

CASES = Path(__file__).with_name("trigger_cases.v1.tsv")


def _cases():
    lines = (ln for ln in CASES.open(encoding="utf-8") if not ln.startswith("#"))
    rows = [r for r in csv.reader(lines, delimiter="\t") if r]
    return [pytest.param(*r[:6], id=f"{r[1]}-{r[2]}-{r[0][:30]}") for r in rows]


def _codes(field: str) -> set[str]:
    return {x for x in field.split("|") if x}


@pytest.mark.parametrize("sentence,expect,event,actors,recipients,aux", _cases())
def test_trigger_case(coder, sentence, expect, event, actors, recipients, aux):
    events = coder.code(Article(text=sentence, published="2026-06-10")).events
    matches = [e for e in events if e.event == event]
    if expect == "not":
        asserted = [e for e in matches if not {"negation", "hypothetical"} & set(e.aux)]
        assert not asserted, [e.evidence for e in asserted]
        return
    assert matches, f"no {event} in {[(e.event, e.event_text) for e in events]}"
    ev = next((e for e in matches if _codes(actors) <= {a.code for a in e.actor}), matches[0])
    assert _codes(actors) <= {a.code for a in ev.actor if a.code}, ev.evidence
    assert _codes(recipients) <= {r.code for r in ev.recipient if r.code}, ev.evidence
    assert _codes(aux) <= set(ev.aux), ev.evidence


@pytest.mark.parametrize("text, trigger, recipients", [
    # a threat is received where the threatened act would happen, written on its governing verb
    ("The Thai government will extend the night curfew in Bangkok.", "curfew", ["Bangkok"]),
    # the army a state mobilizes is its own, not the target
    ("Israel mobilized the army for a possible ground assault against Gaza.", "mobilized", ["Gaza"]),
    # who died of torture received it, not the place
    ("An Eritrean journalist was beaten and then died because of torture in Asmara.", "torture",
     ["Eritrean journalist"]),
])
def test_recipient_named_in_the_text(coder, text, trigger, recipients):
    events = [e for e in coder.code(Article(text=text, published="2026-06-10")).events if e.event_text == trigger]
    assert events and [r.entity_text for r in events[0].recipient] == recipients, events


def test_a_labour_strike_is_a_protest_and_no_force(coder):
    text = "Thousands of teachers in Kenya took to the streets in a strike to demand better pay."
    events = coder.code(Article(text=text, published="2026-06-10")).events
    assert any(e.event == "PROTEST" for e in events), events
    assert not any(a.sector == "MIL" for e in events for a in e.actor), events
