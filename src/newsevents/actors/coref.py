"""Rule-based coreference: the article's resolved mentions, in order, and look-ups over them.

``MentionHistory.add(Mention)`` records each resolved mention as the article is read;
``antecedent_for_pronoun(token)`` picks the antecedent of he/she/they/it by agreement
(gender, number, person vs. body), then the most recent sentence, then subject
position; ``by_surname`` / ``by_title`` / ``last_of_kind`` serve later short mentions.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Entity

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
BODY_KINDS = frozenset({"country", "org", "group", "place-metonym", "collective"})
# Pronouns look back at most this many sentences: older referents are re-named in news prose.
MAX_SENTENCE_DISTANCE = 3
# "Russian missiles struck Kharkiv. The strike killed five": an ownerless force or weapon is the
# one just named, if it was named this recently.
MAX_FORCE_DISTANCE = 2
# "the two countries", "both sides": the two actors named last, this many sentences back at most.
MAX_PAIR_DISTANCE = 6
STORY_GUESS = "context:story-country"


@dataclass(frozen=True)
class Mention:
    """One resolved mention: where it is, what it resolved to, and what a pronoun must agree with."""

    token_i: int
    sent_start: int
    sentence_no: int
    entity: Entity
    kind: str                 # person|country|org|group|place-metonym|collective
    gender: str | None        # m|f|None
    plural: bool
    subject: bool
    surname: str | None = None
    titles: tuple[str, ...] = ()  # office classes and title terms ("DEF", "defence secretary")
    named: bool = False       # a name (not a description): a better antecedent


def _same_referent(a: Entity, b: Entity) -> bool:
    """Two mentions of one actor: the same code and the same identified name (or text)."""
    return a.code == b.code and (a.identifier_text or a.entity_text) == (b.identifier_text or b.entity_text)


def _agrees(pronoun: str, m: Mention) -> bool:
    if pronoun in MALE:
        return m.kind == "person" and m.gender in ("m", None)
    if pronoun in FEMALE:
        return m.kind == "person" and m.gender in ("f", None)
    if pronoun in NEUTER:
        return m.kind in BODY_KINDS and not m.plural
    if pronoun in PLURAL:
        return m.plural or m.kind in ("org", "group", "country", "collective")
    return False


class MentionHistory:
    """Resolved mentions of one article, in text order."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self._by_surname: dict[str, Mention] = {}

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.surname:
            self._by_surname[mention.surname] = mention

    def antecedent_for_pronoun(self, pronoun: str, token_i: int, sentence_no: int,
                               not_same_as: Entity | None = None) -> Mention | None:
        """Most recent sentence with an agreeing mention; in it, a subject first, else the first one.
        ``not_same_as``: an entity the pronoun cannot be (its own clause's subject)."""
        pronoun = pronoun.lower()
        best_sentence = None
        candidates: list[Mention] = []
        for m in reversed(self.mentions):
            if m.token_i >= token_i or (not_same_as is not None and _same_referent(m.entity, not_same_as)):
                continue
            if sentence_no - m.sentence_no > MAX_SENTENCE_DISTANCE:
                break
            if best_sentence is not None and m.sentence_no != best_sentence:
                break
            if _agrees(pronoun, m):
                best_sentence = m.sentence_no
                candidates.append(m)
        if not candidates:
            return None
        candidates.reverse()  # text order
        same_sentence = best_sentence == sentence_no
        pool = [m for m in candidates if m.named] or candidates
        subjects = [m for m in pool if m.subject]
        if same_sentence:
            # within the pronoun's own sentence the nearest subject before it
            return (subjects or pool)[-1]
        return (subjects or pool)[0]

    def last_with_sector(self, sector: str, before: int, sentence_no: int) -> Mention | None:
        """The latest mention of a ``sector`` body with a country of its own (not one guessed from
        the story) no more than MAX_FORCE_DISTANCE sentences back."""
        for m in reversed(self.mentions):
            if m.token_i >= before:
                continue
            if sentence_no - m.sentence_no > MAX_FORCE_DISTANCE:
                return None
            if m.entity.sector == sector and m.entity.code and STORY_GUESS not in m.entity.method:
                return m
        return None

    def by_surname(self, surname: str, before: int) -> Mention | None:
        m = self._by_surname.get(surname.lower())
        return m if m and m.token_i < before else None

    def by_title(self, term: str, classes: tuple[str, ...], before: int) -> Mention | None:
        """Most recent named person whose office names the title; else one sharing an office class.

        "the prime minister" prefers the Prime Minister over a president who is also head
        of government.
        """
        earlier = [m for m in reversed(self.mentions)
                   if m.token_i < before and m.kind == "person" and m.named]
        for m in earlier:
            office = (m.entity.office or "").lower()
            if term and (term in office or term in m.titles):
                return m
        wanted = set(classes)
        for m in earlier:
            if wanted & set(m.titles):
                return m
        return None

    def last_distinct(self, kinds: frozenset[str], before: int, sentence_no: int, n: int,
                      by_sector: bool = False, not_same_as: Entity | None = None) -> list[Mention]:
        """The ``n`` latest named mentions of different actors of ``kinds`` (different codes, or
        with ``by_sector`` different code and sector: an army and a militia of one state), in
        text order, within MAX_PAIR_DISTANCE sentences; fewer when there are not that many."""
        found: list[Mention] = []

        def key(m: Mention):
            return (m.entity.code, m.entity.sector) if by_sector else m.entity.code

        for m in reversed(self.mentions):
            if m.token_i >= before or not m.named or m.kind not in kinds or not m.entity.code \
                    or (not_same_as is not None and _same_referent(m.entity, not_same_as)):
                continue
            if sentence_no - m.sentence_no > MAX_PAIR_DISTANCE or len(found) == n:
                break
            if all(key(f) != key(m) for f in found):
                found.append(m)
        return found[::-1]

    def last_of_kind(self, kinds: frozenset[str], before: int, not_same_as: Entity | None = None) -> Mention | None:
        """The latest named mention of ``kinds`` before ``before`` that is not ``not_same_as``."""
        for m in reversed(self.mentions):
            if m.token_i < before and m.kind in kinds and m.named \
                    and not (not_same_as is not None and _same_referent(m.entity, not_same_as)):
                return m
        return None
