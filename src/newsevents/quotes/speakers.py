"""Who is speaking: the speaker's noun phrase and its Entity.

``speaker_phrase(token)`` -> (start, end) character offsets of the noun phrase headed
by ``token`` (its named-entity span, widened by titles and modifiers).
``resolve_speaker(token, resolver)`` -> (Entity, how) — the resolver's Entity when it
gives one, else a minimal Entity from the phrase (code/sector None, method "ner-only").
``is_agent(token)`` -> whether a subject head can be a speaker at all (a person, a body, a
document): 'the report showed that' yes, 'the strike showed why' no.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from .. import records
from ..datafiles import read_tsv

NAME_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Dependents left of the head that belong to the speaker's name ("Russian Foreign Minister", "the ministry's").
LEFT_DEPS = frozenset({"det", "poss", "compound", "amod", "nmod", "nummod", "quantmod", "case", "predet"})
# Right dependents kept for common-noun heads: "a spokesman for the ministry", "sources familiar with".
RIGHT_DEPS = frozenset({"prep", "amod", "compound", "flat"})
PUNCT_EDGE = ",;:―—–-\"'“”‘’()"
SPEAKER_NOUN_TABLE = "quotes/speaker_nouns.v1.tsv"
AGENT_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Pronouns that stand for people or bodies; "it" mostly refers back to a ministry, group or report in news.
AGENT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they", "it", "who", "me", "him", "her", "us", "them",
                            "my", "your", "his", "its", "our", "their", "whose", "everyone", "everybody",
                            "someone", "somebody", "anyone", "anybody", "many", "some", "most", "both", "each",
                            "others", "several"})
# 'the police department, which reported ...': the relative pronoun speaks for the noun it hangs from.
RELATIVE_PRONOUNS = frozenset({"which", "that"})
NOBODY = frozenset({"nobody", "none", "noone"})
# Heads that count members of a group ('one of his aides', 'dozens of lawmakers', 'a number of experts'):
# they speak when the group they count does.
QUANTITY_HEADS = frozenset({"one", "number", "dozen", "dozens", "hundreds", "thousands", "many", "most",
                            "some", "several", "all", "both", "each", "majority", "minority", "half", "group"})
# Agent-noun endings (analyst, historian, voters, lawmakers): people, not events or weapons.
AGENT_SUFFIXES = ("ist", "ian", "ists", "ians", "ers")


class SpeakerResolver(Protocol):
    def speaker_for(self, token) -> records.Entity | None: ...


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Lemmas from data/quotes/speaker_nouns.v1.tsv."""
    return frozenset(row["lemma"] for row in read_tsv(SPEAKER_NOUN_TABLE))


def is_agent(token) -> bool:
    """Whether the noun phrase headed by ``token`` names someone who can state, believe or show."""
    if token.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False            # 'No group claimed the attack': nobody is quoted
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head.i != token.i:
        return is_agent(token.head.head)
    if token.lower_ == "which" and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
        # 'the police department which reported ...' with the clause misparsed (not a relcl): the noun
        # right before the pronoun is what it stands for.
        return is_agent(token.doc[token.i - 1])
    counted = _counted_group(token)
    if counted is not None:
        return is_agent(counted)
    if token.pos_ == "PRON":
        return token.lower_ in AGENT_PRONOUNS
    if token.pos_ == "PROPN" or token.ent_type_ in AGENT_ENTITY_TYPES:
        return True
    lemma = token.lemma_.lower()
    if lemma in speaker_nouns() or token.lower_.endswith(AGENT_SUFFIXES):
        return True
    # 'the report's authors', 'a study by Harvard': the head may be the first word of a compound.
    return any(c.dep_ == "compound" and c.lemma_.lower() in speaker_nouns() for c in token.children)


def _counted_group(token):
    """'lawmakers' in 'dozens of lawmakers' (a quantity head with an of-phrase), else None."""
    if token.lower_ not in QUANTITY_HEADS and token.lemma_.lower() not in QUANTITY_HEADS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _entity_span(token) -> tuple[int, int] | None:
    """Token-index span of the name entity containing ``token``, if any."""
    if token.ent_iob_ == "O" or token.ent_type_ not in NAME_ENTITY_TYPES:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == token.ent_type_:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def speaker_phrase(token) -> tuple[int, int]:
    """Character offsets of the speaker noun phrase headed by ``token``."""
    lo, hi = _phrase_tokens(token)
    doc = token.doc
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _phrase_tokens(token) -> tuple[int, int]:
    """Token-index span [lo, hi) of the speaker noun phrase headed by ``token``."""
    if token.pos_ == "PRON":
        return token.i, token.i + 1
    lo, hi = token.i, token.i + 1
    for child in token.lefts:
        if child.dep_ in LEFT_DEPS:
            lo = min(lo, child.left_edge.i)
    if token.pos_ != "PROPN":
        for child in token.rights:
            if child.dep_ in RIGHT_DEPS:
                hi = max(hi, child.right_edge.i + 1)
    else:
        for child in token.rights:
            if child.dep_ in ("compound", "flat") and child.i == hi:
                hi = child.i + 1
    ent = _entity_span(token)
    if ent is not None:
        lo, hi = min(lo, ent[0]), max(hi, ent[1])
    doc = token.doc
    while hi - 1 > lo and _is_edge_punct(doc[hi - 1]):
        hi -= 1
    while lo < hi - 1 and _is_edge_punct(doc[lo]):
        lo += 1
    return lo, hi


def _is_edge_punct(token) -> bool:
    """Marks and dashes around a name ('”― Ana Ruiz' can arrive as one token)."""
    return token.is_space or all(ch in PUNCT_EDGE or ch.isspace() for ch in token.text)


def fallback_entity(token) -> records.Entity:
    """A minimal unresolved Entity for the speaker phrase headed by ``token``."""
    lo, hi = _phrase_tokens(token)
    doc = token.doc
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    return records.Entity(code=None, sector=None, entity_text=doc[lo:hi].text,
                          start=start, end=end, method="ner-only")


def resolve_speaker(token, resolver: SpeakerResolver | None) -> tuple[records.Entity, str]:
    """(Entity, how it was found) for a speaker head token."""
    if resolver is not None:
        entity = resolver.speaker_for(token)
        if entity is not None:
            return entity, "resolver"
    return fallback_entity(token), "ner-only"
