"""Whole-Doc views made once per Doc (nlp/doc_views.py)."""
from __future__ import annotations

from newsevents.nlp.doc_views import doc_ents, doc_text, doc_tokens, seed_text, span_tokens


def test_views_match_spacy_and_are_made_once(nlp):
    doc = nlp("Russian forces shelled Kharkiv on Monday. Ukraine said two people died.")
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    assert [e.text for e in doc_ents(doc)] == [e.text for e in doc.ents]
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    assert doc_tokens(doc) is doc_tokens(doc)


def test_views_follow_the_doc_asked_about(nlp):
    first, second = nlp("Kyiv was hit."), nlp("Talks in Paris ended.")
    assert doc_text(first) == "Kyiv was hit."
    assert doc_text(second) == "Talks in Paris ended."
    assert doc_text(first) == "Kyiv was hit."


def test_span_tokens_of_a_sentence_and_of_a_whole_doc(nlp):
    doc = nlp("Hello there. Second one here.")
    second = list(doc.sents)[1]
    assert [t.text for t in span_tokens(second)] == ["Second", "one", "here", "."]
    assert len(span_tokens(doc)) == len(doc)


def test_seeded_text_is_the_parsed_text_and_a_foreign_one_is_ignored(nlp):
    text = "Talks in Paris ended on Friday."
    doc = nlp(text)
    seed_text(doc, text)
    assert doc_text(doc) is text
    other = nlp("Kyiv was hit.")
    seed_text(other, "a different, longer text")
    assert doc_text(other) == "Kyiv was hit."
