"""Quotation-mark pairing on raw text (no spaCy needed)."""
from __future__ import annotations

import pytest

from newsevents.quotes.marks import find_quoted_spans


def _texts(text: str) -> list[str]:
    spans, _ = find_quoted_spans(text)
    return [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text, expected", [
    ('"We will win," he said.', ["We will win"]),
    ("“We will win,” he said.", ["We will win"]),
    ("‘We will win,’ he said.", ["We will win"]),
    ("'We will win,' he said.", ["We will win"]),
    ('He said: "Go."', ["Go."]),
    ('"If not," he said, "then we act."', ["If not", "then we act."]),
    ("Ukraine's army didn't retreat.", []),
    ("The conflict of the '90s and the ’90s.", []),
    ("Rock 'n' roll was banned.", []),
    ("The officials' claims were false.", []),
    ("“It’s the army’s job,” she said.", ["It’s the army’s job"]),
    ('"He told me \'no\' twice," she said.', ["He told me 'no' twice"]),
    ("“He told me ‘no’ twice,” she said.", ["He told me ‘no’ twice"]),
    ("'We won't stop,' she said.", ["We won't stop"]),
    ("They used “so-called” tactics.", ["so-called"]),
    ("”Fear, mostly,” she said.", ["Fear, mostly"]),                 # a closing mark typed as the opener
    ("He said: ”We stay.” Then he left.", ["We stay."]),
])
def test_pairs(text, expected):
    assert _texts(text) == expected


def test_quote_continues_when_next_paragraph_reopens():
    text = 'He said: "First part.\n\n"Second part."'
    (span,), warnings = find_quoted_spans(text)
    assert text[span.start:span.end] == 'First part.\n\n"Second part.'
    assert span.paragraphs == 2 and warnings == []


def test_unclosed_double_is_capped_at_paragraph_with_warning():
    text = 'He said: "First part.\n\nNo mark here. "Real," she said.'
    spans, warnings = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["First part.", "Real"]
    assert spans[0].capped and spans[0].close is None
    assert warnings == ["unclosed quotation mark at offset 9; quote capped at paragraph end"]


def test_stray_closing_mark_is_reported_and_skipped():
    text = 'Troops left" on Monday. "We are safe," he said.'
    spans, warnings = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We are safe"]
    assert warnings == ["unbalanced quotation mark at offset 11; treated as stray"]


def test_unclosed_single_mark_is_an_apostrophe_not_a_quote():
    spans, warnings = find_quoted_spans("The 'tis season.\nNext line.")
    assert spans == [] and warnings == []


def test_second_typographic_opener_drops_the_first():
    text = "The “plan failed. Then “We go,” he said."
    spans, warnings = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We go"]
    assert warnings == ["unbalanced quotation mark at offset 4; treated as stray"]


def test_long_text_with_many_stray_marks_is_linear_and_safe():
    text = ('He said "yes. ' * 2000) + "\n" + ("It's fine. " * 2000)
    spans, warnings = find_quoted_spans(text)
    assert all(s.end <= text.index("\n") for s in spans)
    assert len(warnings) >= 1
