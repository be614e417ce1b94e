"""Paragraph breaks end sentences: a pipeline step that runs before the parser.

spaCy's parser runs a line without final punctuation (a headline, a byline, a dateline) into
the next paragraph's first sentence: "UK ready to give Ukraine guarantees, says Starmer\\n\\nThe
UK and its allies..." became one sentence, and its roles, dates and quotes were read across
the break. ``mark_paragraph_starts(doc)`` marks the first word of every paragraph as a
sentence start, which the parser keeps. A blank line always starts a paragraph; a single line
break does too unless the text is hard-wrapped (plain-text files cut at a fixed width, where a
line break is no paragraph break). A wire dateline opening one of the first two paragraphs
("NAIROBI, June 25 (Reuters) - Kenyan police fired ...", "Quetta, Balochistan: A roadside bomb ...")
and the fields of a log line ("SOM – Mogadishu | 20 Aug | SVBIED rammed ...") end there too: the
parser otherwise reads the city as the subject of the story's first verb.
"""
from __future__ import annotations

import re

from .dateline import COLON_DATELINE

# Hard-wrapped text: at least this many lines, and this share of them (the last line of each
# paragraph may be short) no longer than WRAP_WIDTH characters.
MIN_WRAPPED_LINES = 4
WRAPPED_SHARE = 0.8
WRAP_WIDTH = 100
# A dateline: a place in capitals, an optional date or state, an optional (agency), a dash.
WIRE_DATELINE = re.compile(r"\s*[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*(?:,\s*[A-Za-z0-9.\- ]{1,30})?"
                           r"\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s")
# A log line's fields before its text: "SOM – Mogadishu | 20 Aug | ", "17 Jan | Cotabato | ", or
# a sitrep bullet's date label: "10 Nov: ".
LOG_FIELDS = re.compile(r"\s*(?:(?:[^|\n]{1,40}\|){1,3}|\d{1,2} [A-Z][a-z]{2,8}:)\s*(?=\S)")
LOG_OPENING_TOKENS = 4
DATELINE_PARAGRAPHS = 2
DATELINE_TOKENS = 16


def mark_paragraph_starts(doc):
    """Doc -> the same Doc, the first word after each paragraph break and after a dateline set
    as a sentence start."""
    if not len(doc):
        return doc
    breaks = [tok for tok in doc if tok.is_space and "\n" in tok.text]
    starts = [0]
    wrapped = _hard_wrapped(doc, breaks) if breaks else False
    last = len(doc) - 1
    for tok in breaks:
        if tok.i < last and (not wrapped or tok.text.count("\n") >= 2):
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
                starts.append(nxt.i)
    for start in starts[:DATELINE_PARAGRAPHS]:
        _mark_after_dateline(doc, start)
    return doc


def _mark_after_dateline(doc, start: int) -> None:
    head = doc[start:start + DATELINE_TOKENS]
    match = LOG_FIELDS.match(head.text) or WIRE_DATELINE.match(head.text) or COLON_DATELINE.match(head.text)
    if match is None:
        return
    story = head.start_char + match.end()
    for tok in head:
        if tok.idx >= story:
            if tok.i > start:
                tok.is_sent_start = True
            if match.re is LOG_FIELDS:
                _keep_together(doc, tok.i)
            return


def _keep_together(doc, start: int) -> None:
    """A log line's terse text ("IED hit military vehicle") is one sentence: the parser would
    end one after its opening noun."""
    for tok in doc[start + 1:start + 1 + LOG_OPENING_TOKENS]:
        if tok.is_punct or tok.is_space:
            return
        tok.is_sent_start = False


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
