"""Reporting-cue lexicon: which words introduce reported content, and of what type.

``cue_lexicon()`` -> a ``CueLexicon`` built once from data/quotes/cues.v1.tsv.
``lexicon.verb(lemma)`` -> ``CueEntry`` or None; ``lexicon.adjective(word)`` the same for predicate
adjectives ('is confident that'); ``lexicon.noun_cue(lemma)`` the same for
nouns that carry content themselves ('his call for talks', 'the claim that ...');
``lexicon.is_channel(lemma)`` says whether a noun names a speech channel ("in a statement").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_tsv
from ..errors import DataFileError

CUE_TABLE = "quotes/cues.v1.tsv"
VALID_POS = ("VERB", "ADJ", "NOUN", "CUENOUN", "PHRASE")
# Content dependents: ccomp clause, xcomp infinitive, dobj noun phrase, name = object + its
# predicate ('called the vote a sham'); noun cues also list the prepositions that carry content.
CLAUSE_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "name"})
# ('as' on a VERB row: the object with its as-phrase, 'see the plan as a threat'.)
CONTENT_PREPOSITIONS = frozenset({"for", "of", "about", "on", "against", "to", "over", "in", "with", "at", "as"})
VALID_SPEAKERS = ("any", "agent")


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One lexicon row: the lemma, its reporting type and allowed content complements."""

    lemma: str
    pos: str
    type: str
    complements: frozenset[str]
    agent_only: bool          # the subject must be a person, body or document (is_agent)

    @property
    def takes_ccomp(self) -> bool:
        return "ccomp" in self.complements

    @property
    def takes_xcomp(self) -> bool:
        return "xcomp" in self.complements

    @property
    def takes_dobj(self) -> bool:
        return "dobj" in self.complements

    @property
    def names(self) -> bool:
        return "name" in self.complements

    @property
    def prepositions(self) -> frozenset[str]:
        """Prepositions whose object is the content ('spoke about', 'agreed with')."""
        return self.complements - CLAUSE_COMPLEMENTS


def _complements(row: dict[str, str]) -> frozenset[str]:
    comp = row["complement"]
    parts = frozenset() if comp == "-" else frozenset(comp.split("+"))
    allowed = CLAUSE_COMPLEMENTS | (CONTENT_PREPOSITIONS if row["pos"] != "NOUN" else frozenset())
    if not parts <= allowed:
        raise DataFileError(f"{CUE_TABLE}: bad complement in row {row}; use '-' or '+'-joined "
                            f"{', '.join(sorted(allowed))}")
    return parts


class CueLexicon:
    """Look-ups over the cue table (verbs, content nouns, channel nouns, multiword phrases)."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.verbs: dict[str, CueEntry] = {}
        self.adjectives: dict[str, CueEntry] = {}
        self.nouns: dict[str, CueEntry] = {}
        self.noun_cues: dict[str, CueEntry] = {}
        self.phrases: dict[tuple[str, ...], CueEntry] = {}
        for row in rows:
            pos, speaker = row["pos"], row.get("speaker") or "any"
            if pos not in VALID_POS or speaker not in VALID_SPEAKERS:
                raise DataFileError(f"{CUE_TABLE}: bad row {row}; pos must be one of {', '.join(VALID_POS)}, "
                                    f"speaker one of {', '.join(VALID_SPEAKERS)}")
            entry = CueEntry(row["lemma"], pos, row["type"], _complements(row), speaker == "agent")
            if pos == "VERB":
                self.verbs[entry.lemma] = entry
            elif pos == "ADJ":
                self.adjectives[entry.lemma] = entry
            elif pos == "NOUN":
                self.nouns[entry.lemma] = entry
            elif pos == "CUENOUN":
                self.noun_cues[entry.lemma] = entry
            else:
                self.phrases[tuple(entry.lemma.split("_"))] = entry

    def verb(self, lemma: str) -> CueEntry | None:
        return self.verbs.get(lemma.lower())

    def adjective(self, word: str) -> CueEntry | None:
        return self.adjectives.get(word.lower())

    def noun_cue(self, lemma: str) -> CueEntry | None:
        return self.noun_cues.get(lemma.lower())

    def is_channel(self, lemma: str) -> bool:
        return lemma.lower() in self.nouns

    def phrase(self, words: tuple[str, ...]) -> CueEntry | None:
        return self.phrases.get(tuple(w.lower() for w in words))


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The shipped cue lexicon (read and checked once per process)."""
    return CueLexicon(read_tsv(CUE_TABLE))
