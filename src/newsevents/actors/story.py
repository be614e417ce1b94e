"""The story country: which country an article is mostly about.

``story_country(doc, lookup, kb, date)`` -> ISO3 or None. A weighted vote over named
entities and proper nouns: places where things happen count most, then states named
as actors and people or bodies with a country (or an unknown body named after one),
then demonyms; the lead sentence counts 1.5 times. Person names never vote as towns.
Ties go to the first mention. Towns vote for the state that held them on ``date``.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable

from ..nlp.doc_views import doc_ents, doc_text, doc_tokens
from ..nlp.sentences import sentence_of
from .kb import NON_STATE_CODES, KnowledgeBase
from .mentions import name_run
from .places import city_country, country_on

# Where events happen says more than who is named.
STORY_WEIGHTS = {"place": 2.0, "country": 1.0, "actor": 1.0, "demonym": 0.5}
LEAD_SENTENCE_BONUS = 1.5
STORY_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG", "PERSON"})
PLACE_PREPS = frozenset({"in", "near", "on", "at", "across", "into", "around", "outside", "from"})


def story_country(doc, lookup: Callable[[str], list], kb: KnowledgeBase, date: str | None = None) -> str | None:
    """ISO3 of the country the article mentions most, by weighted vote; None if none."""
    if not len(doc):
        return None
    votes: Counter[str] = Counter()
    lead_end = sentence_of(doc[0]).end
    spans = [ent for ent in doc_ents(doc) if ent.label_ in STORY_LABELS]
    covered = {i for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
    # place names the NER missed ("hit Odesa"): uncovered proper-noun argument heads
    spans += [doc[name_run(t)[0].i:t.i + 1] for t in doc_tokens(doc) if t.pos_ == "PROPN"
              and t.i not in covered and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")]
    tokens, text = doc_tokens(doc), doc_text(doc)
    for span in sorted(spans, key=lambda sp: sp.start):
        # the span's text as written (``span.text`` without rebuilding it token by token)
        last = tokens[span.end - 1]
        code, weight = _vote(span, text[tokens[span.start].idx:last.idx + len(last.text)], lookup, kb)
        if code and weight == STORY_WEIGHTS["place"]:
            code = country_on(code, date)
        if code:
            votes[code] += weight * (LEAD_SENTENCE_BONUS if span.start < lead_end else 1.0)
    return votes.most_common(1)[0][0] if votes else None


def _vote(span, span_text: str, lookup, kb: KnowledgeBase) -> tuple[str | None, float]:
    text = span_text.strip()
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    hits = lookup(text)
    if hits:
        entry, method = hits[0]
        if entry.code in NON_STATE_CODES:
            return None, 0.0
        if method.startswith("metonym"):
            return entry.code, STORY_WEIGHTS["place"]
        if entry.kind == "country" and method.startswith("demonym"):
            return entry.code, STORY_WEIGHTS["demonym"]
        if entry.kind == "country":
            where = span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_PREPS
            return entry.code, STORY_WEIGHTS["place" if where else "country"]
        return entry.code, STORY_WEIGHTS["actor"]
    label = getattr(span, "label_", "")
    if label == "NORP":
        return kb.country_by_demonym(text), STORY_WEIGHTS["demonym"]
    if label == "PERSON" and not _in_place_slot(span):
        # many names are also towns ("President Bush", "King Hassan"); the NER's PERSON counts
        # as a town only where places go ("shelled Kharkiv", "in Odesa")
        return None, 0.0
    code = city_country(text)
    if code:
        return code, STORY_WEIGHTS["place"]
    if len(span) > 1:
        # an unknown body named after its country ("Kenya Anti-Corruption Commission")
        return _country_in_name(span, kb), STORY_WEIGHTS["actor"]
    return None, 0.0


def _in_place_slot(span) -> bool:
    root = span.root
    return len(span) == 1 and (root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS))


def _country_in_name(span, kb: KnowledgeBase) -> str | None:
    for word in span:
        if word.pos_ == "PROPN" and word.text[:1].isupper():
            code = kb.country_code(word.text) or kb.country_by_demonym(word.text, peoples=False)
            if code and code not in NON_STATE_CODES:
                return code
    return None
