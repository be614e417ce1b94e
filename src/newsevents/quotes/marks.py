"""Pair quotation marks in raw article text: one pass over the characters.

``find_quoted_spans(text)`` -> ``(spans, warnings)``. Each ``QuotedSpan`` holds the
offsets of the opening and closing marks and of the words between them.

Rules (why, where it is not obvious):
- Double (" “ ” „ « ») and single (' ‘ ’) marks; the outermost mark's kind decides
  what closes the span, other marks inside it are nested quotes (counted, not split).
- An apostrophe is not a mark: letter'letter (don't, Ukraine's), '90s, rock 'n' roll,
  and a closing-looking single mark when no single quote is open (officials' claims).
- Quotes never cross a paragraph (a line break) unless the next paragraph opens with
  a mark of the same kind, the newspaper convention for multi-paragraph quotes.
  An unclosed double quote is capped at its paragraph end; an unclosed single quote
  is taken as a stray apostrophe. Both give a warning; nothing swallows the article.
"""
from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“„‟«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚‛")
STRAIGHT_DOUBLE = '"'
SINGLE_AMBIGUOUS = frozenset("'’")  # straight ' and ’ serve as closer and apostrophe
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_AMBIGUOUS | {STRAIGHT_DOUBLE}
# Characters after which a mark reads as an opener.
OPENER_CONTEXT = frozenset(" \t\n\r([{—–-/:\u00a0") | DOUBLE_OPEN | SINGLE_OPEN | {STRAIGHT_DOUBLE}
# Inner text of a direct quote loses a trailing comma or colon: it punctuates the attribution.
TRAILING_ATTRIBUTION_PUNCT = ",:;"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A paired (or capped) quotation: marks at ``open``/``close``, words in [start, end)."""

    open: int
    close: int | None        # None when capped at a paragraph end
    start: int               # first character of the quoted words
    end: int                 # one past the last quoted word character
    kind: str                # "double" | "single"
    paragraphs: int = 1      # >1 when the quote runs over paragraph breaks
    nested: int = 0          # nested quotations inside
    capped: bool = False

    @property
    def outer_end(self) -> int:
        """One past the closing mark (or the capped end)."""
        return self.close + 1 if self.close is not None else self.end


def _kind_and_role(text: str, i: int) -> tuple[str, str] | None:
    """('double'|'single', 'open'|'close'|'either') for a mark at i, or None for an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in DOUBLE_OPEN:
        return "double", "open"
    if ch in DOUBLE_CLOSE:
        # '”Fear. I am afraid ...”': a closing mark glued to the first word after a space or
        # line break is a typist's opener (a real closer never has a letter right after it).
        return "double", "open" if prev in OPENER_CONTEXT and nxt.isalnum() else "close"
    if ch in SINGLE_OPEN:
        return "single", "open"
    opens = prev in OPENER_CONTEXT and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if ch == STRAIGHT_DOUBLE:
        if opens and not closes:
            return "double", "open"
        if closes and not opens:
            return "double", "close"
        return "double", "either"
    # ' or ’
    if prev.isalnum() and nxt.isalnum():
        return None                                   # don't, Ukraine's
    if nxt.isdigit() and not prev.isalnum():
        return None                                   # the '90s
    if text[i - 1:i + 3].lower() in (" 'n'", " ’n’", " ‘n’") or \
            text[max(i - 3, 0):i + 1].lower() in (" 'n'", " ’n’", " ‘n’"):
        return None                                   # rock 'n' roll (both marks)
    if opens:
        return "single", "open"
    if closes:
        return "single", "close"
    return None


def _paragraph_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _next_paragraph_mark(text: str, newline: int) -> int | None:
    """Offset of the first non-space character after a line break, if it is a quotation mark."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) and text[j] in ALL_MARKS else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_ATTRIBUTION_PUNCT):
        end -= 1
    return start, end


def find_quoted_spans(text: str) -> tuple[list[QuotedSpan], list[str]]:
    """All top-level quotations in ``text``, in order, plus one-line warnings."""
    spans: list[QuotedSpan] = []
    warnings: list[str] = []
    stack: list[tuple[str, int]] = []   # (kind, offset) of open marks; stack[0] is the outer quote
    paragraphs = 1
    nested = 0
    i = 0
    n = len(text)

    def emit(close: int | None, end: int, capped: bool = False) -> None:
        kind, open_at = stack[0]
        start, stop = _trim(text, open_at + 1, end)
        if stop > start:
            spans.append(QuotedSpan(open_at, close, start, stop, kind, paragraphs, nested, capped))
        stack.clear()

    while i < n:
        ch = text[i]
        if ch == "\n" and stack:
            reopen = _next_paragraph_mark(text, i)
            outer_kind, open_at = stack[0]
            if reopen is not None and (_kind_and_role(text, reopen) or ("", ""))[0] == outer_kind \
                    and _kind_and_role(text, reopen)[1] in ("open", "either"):
                del stack[1:]                       # nested marks do not survive a paragraph
                paragraphs += 1
                i = reopen + 1
                continue
            if outer_kind == "double":
                warnings.append(f"unclosed quotation mark at offset {open_at}; quote capped at paragraph end")
                emit(None, i, capped=True)
            else:
                stack.clear()                       # an unclosed single mark is an apostrophe
            i += 1
            continue
        if ch not in ALL_MARKS:
            i += 1
            continue
        found = _kind_and_role(text, i)
        i += 1
        if found is None:
            continue
        kind, role = found
        at = i - 1
        if not stack:
            paragraphs, nested = 1, 0
            if role in ("open", "either"):
                stack.append((kind, at))
            elif kind == "double":
                warnings.append(f"unbalanced quotation mark at offset {at}; treated as stray")
            continue
        open_kinds = [k for k, _ in stack]
        if role == "close" or (role == "either" and kind in open_kinds):
            if kind not in open_kinds:
                if kind == "double":
                    warnings.append(f"unbalanced quotation mark at offset {at}; treated as stray")
                continue                            # a lone ’ inside a quote is an apostrophe
            # Close the innermost open mark of this kind, dropping unclosed marks above it.
            depth = len(open_kinds) - 1 - open_kinds[::-1].index(kind)
            if depth == 0:
                emit(at, at)
            else:
                del stack[depth:]
                nested += 1
            continue
        # An opener while a quote is open.
        if kind == stack[0][0] and len(stack) == 1 and kind == "double" and ch != STRAIGHT_DOUBLE:
            # A second typographic opener of the outer kind: the first one was never closed.
            warnings.append(f"unbalanced quotation mark at offset {stack[0][1]}; treated as stray")
            stack[0] = (kind, at)
            paragraphs, nested = 1, 0
            continue
        stack.append((kind, at))
    if stack:
        outer_kind, open_at = stack[0]
        if outer_kind == "double":
            warnings.append(f"unclosed quotation mark at offset {open_at}; quote capped at paragraph end")
            emit(None, n, capped=True)
    return spans, warnings
