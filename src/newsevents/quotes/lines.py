"""Speaker-labelled lines: 'PENCE: Well, look ...' (transcripts), 'Poll: Clinton leads' (headlines).

``labelled_lines(doc, start=0)`` -> list of ``LabelledLine`` (speaker head token, the colon token,
content character span, whether a quotation mark opens the line) for paragraphs from character
``start`` on (after any dateline) that open with a short name and a colon, possibly after an opening
quotation mark ('"PENCE: ...', a transcript quoted paragraph by paragraph). Section labels
('UPDATE:', 'WATCH:') are not speakers.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..nlp.doc_views import doc_text, doc_tokens
from .speakers import is_agent

MAX_LABEL_TOKENS = 4        # 'Sen. Elizabeth Warren:' fits; a longer run before a colon is a sentence
MIN_CONTENT_WORDS = 3       # 'Pence: No.' is too thin to tell a line from a list item
QUOTE_OPENERS = frozenset('"“\'‘«')
SECTION_LABELS = frozenset({
    "update", "updated", "watch", "read", "related", "note", "editor", "photos", "photo", "video",
    "correction", "advertisement", "credit", "credits", "more", "also", "breaking", "exclusive",
    "live", "opinion", "analysis", "subscribe", "follow", "contact", "source", "sources", "q", "a",
    "question", "answer", "warning", "caption", "listen", "see", "click", "share", "tags", "topics",
    "disclosure", "disclaimer", "transcript", "summary", "background", "context", "date", "time",
    "clarification", "corrections", "factbox", "timeline", "recap",
})


@dataclass(frozen=True, slots=True)
class LabelledLine:
    speaker: object       # head token of the label
    colon: object         # the ':' token (the cue)
    start: int            # content characters [start, end)
    end: int
    quoted: bool = False  # the line opens with a quotation mark before the label


def _paragraph_starts(doc, start: int) -> list[int]:
    """Token indices that open a paragraph at or after character ``start``."""
    out = []
    tokens = doc_tokens(doc)
    for tok in tokens:
        if tok.idx < start or tok.is_space:
            continue
        prev = tokens[tok.i - 1] if tok.i > 0 else None
        if prev is None or "\n" in prev.text or "\n" in prev.whitespace_ \
                or prev.is_space and "\n" in doc_text(doc)[prev.idx:tok.idx]:
            out.append(tok.i)
    return out


def _label(doc, first: int):
    """(head token, colon token) of a 'NAME:' label opening at token ``first``, else None."""
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
        return None
    if not all(t.is_title or t.is_upper or t.text in (".", "'", "’") for t in label):
        return None
    head = max(words, key=lambda t: (t.head.i not in {w.i for w in words}, t.i))
    if not (is_agent(head) or all(t.is_upper for t in words)):
        return None
    return head, colon


def _paragraph_span(text: str, begin: int) -> tuple[int, int]:
    """[begin, end) of the paragraph text from ``begin``, outer whitespace trimmed."""
    end = text.find("\n", begin)
    end = len(text) if end < 0 else end
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


def _continued_end(text: str, end: int, opened: set[int]) -> int:
    """End of a quoted line after the paragraphs that reopen its quote with no label of their own
    ('"PENCE: ...' then '"But the truth is ...'); a stage direction ('"(CROSSTALK.)') ends it."""
    while True:
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text) or nxt in opened or text[nxt] not in QUOTE_OPENERS \
                or text[nxt + 1:nxt + 2] in ("(", "["):
            return end
        end = _paragraph_span(text, nxt)[1]


def labelled_lines(doc, start: int = 0) -> list[LabelledLine]:
    """Paragraphs that open with 'NAME:' and go on with what NAME says."""
    text = doc_text(doc)
    found = []
    for first in _paragraph_starts(doc, start):
        quoted = doc[first].is_quote and first + 1 < len(doc) and not doc[first + 1].is_space
        label = _label(doc, first + quoted)
        if label is not None:
            found.append((doc[first].idx, quoted, *label))
    opened = {at for at, *_ in found}
    lines = []
    for _, quoted, head, colon in found:
        begin, end = _paragraph_span(text, colon.idx + 1)
        if quoted:
            end = _continued_end(text, end, opened)
        if len(text[begin:end].split()) >= MIN_CONTENT_WORDS:
            lines.append(LabelledLine(head, colon, begin, end, quoted))
    return lines
