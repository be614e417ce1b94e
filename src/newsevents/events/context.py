"""Article-level context passes over sentence events.

``attribute_unowned_attacks(events)``: an unowned weapon's attack takes the actor of the
attack reported just before it. ``dates_from_paragraph(events, text)``: an undated event
takes the date of the closest dated event in its paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..records import Event


CONTEXT_WINDOW = 3  # sentences back to look for the attack an unowned weapon belongs to


def attribute_unowned_attacks(events: list[Event]) -> list[Event]:
    """"Russia launched 84 drones ... one missile hit Dnipro": an attack whose weapon has no
    stated owner takes the actor (and, if it has none of its own, the date) of the attack
    reported just before it."""
    out: list[Event] = []
    for ev in events:
        if ev.event == "ASSAULT" and not ev.actor and "unowned-weapon-subject" in ev.evidence.get("notes", []):
            prior = next((p for p in reversed(out) if p.event == "ASSAULT" and p.actor
                          and ev.sequence - p.sequence <= CONTEXT_WINDOW), None)
            if prior is not None:
                actors = tuple(replace(a, method=f"context:previous-attack({a.method})") for a in prior.actor)
                date = prior.date if ev.date.method == "publication-date" else ev.date
                notes = ev.evidence.get("notes", []) + [f"actor-from-sentence:{prior.sequence}"]
                ev = replace(ev, actor=actors, date=date, evidence={**ev.evidence, "notes": notes,
                             "actor_resolution": [f"{a.entity_text} -> {a.code}/{a.sector} ({a.method})" for a in actors]})
        out.append(ev)
    return out


def dates_from_paragraph(events: list[Event], text: str) -> list[Event]:
    """An event with no time expression of its own takes the date of the closest earlier
    event in the same paragraph that has one (the lead sentence usually dates the story),
    rather than the publication date; the method says so."""
    breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    out: list[Event] = []
    for ev in events:
        if ev.date.method == "publication-date":
            para = bisect_right(breaks, ev.start)
            prior = next((p for p in reversed(out) if bisect_right(breaks, p.start) == para
                          and p.date.date and not p.date.method.startswith(("publication-date", "none", "context:"))
                          and "historical" not in p.aux and "future" not in p.aux), None)
            if prior is not None:
                ev = replace(ev, date=replace(prior.date, method=f"context:sentence-{prior.sequence}:{prior.date.method}"),
                             evidence={**ev.evidence, "date": f"context:sentence-{prior.sequence}"})
        out.append(ev)
    return out
