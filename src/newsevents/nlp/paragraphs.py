"""Paragraph breaks end sentences: a pipeline step that runs before the parser.

spaCy's parser runs a line without final punctuation (a headline, a byline, a dateline) into
the next paragraph's first sentence: "UK ready to give Ukraine guarantees, says Starmer\\n\\nThe
UK and its allies..." became one sentence, and its roles, dates and quotes were read across
the break. ``mark_paragraph_starts(doc)`` marks the first word of every paragraph as a
sentence start, which the parser keeps. A blank line always starts a paragraph; a single line
break does too unless the text is hard-wrapped (plain-text files cut at a fixed width, where a
line break is no paragraph break).
"""
from __future__ import annotations

# Hard-wrapped text: at least this many lines, and this share of them (the last line of each
# paragraph may be short) no longer than WRAP_WIDTH characters.
MIN_WRAPPED_LINES = 4
WRAPPED_SHARE = 0.8
WRAP_WIDTH = 100


def mark_paragraph_starts(doc):
    """Doc -> the same Doc, the first word after each paragraph break set as a sentence start."""
    breaks = [tok for tok in doc if tok.is_space and "\n" in tok.text]
    if not breaks:
        return doc
    wrapped = _hard_wrapped(doc, breaks)
    last = len(doc) - 1
    for tok in breaks:
        if tok.i < last and (not wrapped or tok.text.count("\n") >= 2):
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


def _hard_wrapped(doc, breaks) -> bool:
    """Do most lines end near a fixed width? Line lengths come from the line breaks' offsets."""
    starts = [0] + [tok.idx + len(tok.text) for tok in breaks]
    ends = [tok.idx for tok in breaks] + [_end_char(doc)]
    lengths = [e - s for s, e in zip(starts, ends) if e > s]
    if len(lengths) < MIN_WRAPPED_LINES:
        return False
    return sum(n <= WRAP_WIDTH for n in lengths) >= WRAPPED_SHARE * len(lengths)


def _end_char(doc) -> int:
    last = doc[-1]
    return last.idx + len(last.text)
