"""Fixtures shared by the event-stage tests."""
from __future__ import annotations

import pytest

from newsevents.records import Article


@pytest.fixture(scope="session")
def event_of(coder):
    """event_of(text, event) -> the first event of PLOVER type ``event`` coded in ``text``
    (published 2026-06-10); fails the test when there is none."""
    def first(text, event):
        coded = coder.code(Article(text=text, published="2026-06-10"))
        ev = next((e for e in coded.events if e.event == event), None)
        assert ev is not None, [e.event for e in coded.events]
        return ev
    return first
