"""Cue lexicon: rows by part of speech and the complements each may list."""
from __future__ import annotations

import pytest

from newsevents.errors import DataFileError
from newsevents.quotes.cues import CueLexicon, cue_lexicon


def _row(pos: str, complement: str) -> dict[str, str]:
    return {"lemma": "x", "pos": pos, "type": "say", "complement": complement, "speaker": "any"}


def test_predicate_adjectives_are_looked_up_by_word():
    entry = cue_lexicon().adjective("Afraid")
    assert entry is not None and entry.type == "warn" and entry.takes_ccomp


def test_verb_rows_list_content_prepositions():
    assert cue_lexicon().verb("complain").prepositions == frozenset({"about"})
    assert cue_lexicon().verb("say").prepositions == frozenset()


@pytest.mark.parametrize("pos, lookup", [("VERB", "verb"), ("ADJ", "adjective"), ("CUENOUN", "noun_cue")])
def test_prepositions_allowed_where_content_hangs_from_them(pos, lookup):
    entry = getattr(CueLexicon([_row(pos, "ccomp+about")]), lookup)("x")
    assert entry.prepositions == frozenset({"about"}) and entry.takes_ccomp


def test_channel_nouns_take_no_complement():
    with pytest.raises(DataFileError):
        CueLexicon([_row("NOUN", "about")])
