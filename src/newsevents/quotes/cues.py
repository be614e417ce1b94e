"""Reporting-cue lexicon: which words introduce reported speech, and of what type.

``cue_lexicon()`` -> a ``CueLexicon`` built once from data/quotes/cues.v1.tsv.
``lexicon.verb(lemma)`` -> ``CueEntry`` or None; ``lexicon.is_channel(lemma)`` says
whether a noun names a speech channel ("in a statement", "in an interview").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_tsv
from ..errors import DataFileError

CUE_TABLE = "quotes/cues.v1.tsv"
VALID_POS = ("VERB", "NOUN", "PHRASE")
VALID_COMPLEMENTS = ("ccomp", "xcomp", "ccomp+xcomp", "-")


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One lexicon row: the lemma, its reporting type and allowed content complements."""

    lemma: str
    pos: str
    type: str
    takes_ccomp: bool
    takes_xcomp: bool


class CueLexicon:
    """Look-ups over the cue table (verbs, channel nouns, multiword phrases)."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.verbs: dict[str, CueEntry] = {}
        self.nouns: dict[str, CueEntry] = {}
        self.phrases: dict[tuple[str, ...], CueEntry] = {}
        for row in rows:
            pos, comp = row["pos"], row["complement"]
            if pos not in VALID_POS or comp not in VALID_COMPLEMENTS:
                raise DataFileError(f"{CUE_TABLE}: bad row {row}; pos must be one of "
                                    f"{', '.join(VALID_POS)}, complement one of {', '.join(VALID_COMPLEMENTS)}")
            entry = CueEntry(row["lemma"], pos, row["type"], "ccomp" in comp, "xcomp" in comp)
            if pos == "VERB":
                self.verbs[entry.lemma] = entry
            elif pos == "NOUN":
                self.nouns[entry.lemma] = entry
            else:
                self.phrases[tuple(entry.lemma.split("_"))] = entry

    def verb(self, lemma: str) -> CueEntry | None:
        return self.verbs.get(lemma.lower())

    def is_channel(self, lemma: str) -> bool:
        return lemma.lower() in self.nouns

    def phrase(self, words: tuple[str, ...]) -> CueEntry | None:
        return self.phrases.get(tuple(w.lower() for w in words))


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The shipped cue lexicon (read and checked once per process)."""
    return CueLexicon(read_tsv(CUE_TABLE))
