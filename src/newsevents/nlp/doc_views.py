"""Whole-Doc views that spaCy rebuilds on every access, made once per Doc.

``Doc.text`` joins every token's text (about 0.8 ms for a BBC article), ``Doc.ents`` builds
new Spans and iterating a Doc makes a new Token object per token; the stages asked for these
about eight times per article, which profiled at a tenth of the coding time. The stages work
on one Doc at a time, so one Doc's views are kept: ``doc_text(doc)``, ``doc_ents(doc)`` and
``doc_tokens(doc)`` return the same objects until another Doc is asked about. Holding the
Doc itself keeps the identity check exact; nothing is stored in ``doc.user_data``.
"""
from __future__ import annotations

_held: dict = {"doc": None}


def _views(doc) -> dict:
    if _held["doc"] is not doc:
        _held.clear()
        _held["doc"] = doc
    return _held


def seed_text(doc, text: str) -> None:
    """Record the text ``doc`` was parsed from as its ``doc_text``, so it is never rebuilt.
    spaCy's tokenizer keeps every character, so the two are equal; a text of another length
    (not the one parsed) is ignored."""
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(text):
        _views(doc)["text"] = text


def doc_text(doc) -> str:
    """``doc.text``, built once."""
    views = _views(doc)
    if "text" not in views:
        views["text"] = doc.text
    return views["text"]


def doc_ents(doc) -> tuple:
    """``doc.ents`` as a tuple of Spans, built once."""
    views = _views(doc)
    if "ents" not in views:
        views["ents"] = tuple(doc.ents)
    return views["ents"]


def doc_tokens(doc) -> tuple:
    """Every Token of ``doc`` in order, made once (index it like the Doc: ``doc_tokens(doc)[i]``)."""
    views = _views(doc)
    if "tokens" not in views:
        views["tokens"] = tuple(doc)
    return views["tokens"]


def span_tokens(span) -> tuple:
    """The Tokens of a Span (a sentence, say) from the Doc's token tuple, without new objects;
    a whole Doc gives all its Tokens."""
    if not hasattr(span, "start"):
        return doc_tokens(span)
    return doc_tokens(span.doc)[span.start:span.end]
