"""Speaker-labelled lines: 'PENCE: Well, look ...' (transcripts), 'Poll: Clinton leads' (headlines).

``labelled_lines(doc, start=0)`` -> list of ``LabelledLine`` (speaker head token, the colon token,
content character span) for paragraphs from character ``start`` on (after any dateline) that open
with a short name and a colon. Section labels ('UPDATE:', 'WATCH:') are not speakers.
"""
from __future__ import annotations

from dataclasses import dataclass

from .speakers import is_agent

MAX_LABEL_TOKENS = 4        # 'Sen. Elizabeth Warren:' fits; a longer run before a colon is a sentence
MIN_CONTENT_WORDS = 3       # 'Pence: No.' is too thin to tell a line from a list item
SECTION_LABELS = frozenset({
    "update", "updated", "watch", "read", "related", "note", "editor", "photos", "photo", "video",
    "correction", "advertisement", "credit", "credits", "more", "also", "breaking", "exclusive",
    "live", "opinion", "analysis", "subscribe", "follow", "contact", "source", "sources", "q", "a",
    "question", "answer", "warning", "caption", "listen", "see", "click", "share", "tags", "topics",
    "disclosure", "disclaimer", "transcript", "summary", "background", "context", "date", "time",
})


@dataclass(frozen=True, slots=True)
class LabelledLine:
    speaker: object       # head token of the label
    colon: object         # the ':' token (the cue)
    start: int            # content characters [start, end)
    end: int


def _paragraph_starts(doc, start: int) -> list[int]:
    """Token indices that open a paragraph at or after character ``start``."""
    out = []
    for tok in doc:
        if tok.idx < start or tok.is_space:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or "\n" in prev.text or "\n" in prev.whitespace_ \
                or prev.is_space and "\n" in doc.text[prev.idx:tok.idx]:
            out.append(tok.i)
    return out


def labelled_lines(doc, start: int = 0) -> list[LabelledLine]:
    """Paragraphs that open with 'NAME:' and go on with what NAME says."""
    text = doc.text
    lines = []
    for first in _paragraph_starts(doc, start):
        label = []
        colon = None
        for tok in doc[first:first + MAX_LABEL_TOKENS + 1]:
            if tok.text == ":":
                colon = tok
                break
            if "\n" in tok.text or not (tok.is_alpha or tok.text in (".", "'", "’")):
                break
            label.append(tok)
        words = [t for t in label if t.is_alpha]
        if colon is None or not words or any(t.lower_ in SECTION_LABELS for t in words):
            continue
        if not all(t.is_title or t.is_upper or t.text in (".", "'", "’") for t in label):
            continue
        head = max(words, key=lambda t: (t.head.i not in {w.i for w in words}, t.i))
        if not (is_agent(head) or all(t.is_upper for t in words)):
            continue
        end = text.find("\n", colon.idx)
        end = len(text) if end < 0 else end
        begin = colon.idx + 1
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if len(text[begin:end].split()) >= MIN_CONTENT_WORDS:
            lines.append(LabelledLine(head, colon, begin, end))
    return lines
