"""Sentence of a token in O(log n).

spaCy's ``Token.sent`` walks the document's sentences on every call; the stages ask for
it once per event, which showed up as ~8% of coding time on BBC articles. ``sentence_of``
records the sentence boundaries once per Doc (as plain tuples in ``doc.user_data``, so
``Doc.to_bytes`` still works) and bisects them.
"""
from __future__ import annotations

import re
from bisect import bisect_right

# A line break ends a paragraph: HTML articles separate paragraphs with single ones. Dates,
# event context and quotes all read paragraphs this way.
PARAGRAPH_BREAK = re.compile(r"\n\s*")

_KEY = "newsevents.sentence_bounds"


def _bounds(doc) -> tuple[tuple[int, ...], tuple[int, ...]]:
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] != len(doc):
        sents = list(doc.sents)
        cached = (len(doc), tuple(s.start for s in sents), tuple(s.end for s in sents))
        doc.user_data[_KEY] = cached
    return cached[1], cached[2]


def sentences(doc) -> list:
    """The Doc's sentences as Spans (boundaries computed once per Doc)."""
    starts, ends = _bounds(doc)
    return [doc[s:e] for s, e in zip(starts, ends)]


def sentence_of(token):
    """The sentence Span containing ``token``."""
    starts, ends = _bounds(token.doc)
    k = bisect_right(starts, token.i) - 1
    return token.doc[starts[k]:ends[k]]
