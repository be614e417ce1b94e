"""Quote rules that repair parser attachments, on hand-built Docs (the parse is fixed, so each test
pins the rule, not the parser's mood): a phrase the parser hung on the cue instead of its object, and
a bare verb it hung on the cue instead of the cue's infinitive."""
from __future__ import annotations

from spacy.tokens import Doc

from newsevents.quotes import extract_quotes


def _doc(nlp, rows: list[tuple[str, str, str, str, int]], ents: list[str] | None = None) -> Doc:
    """rows: (word, tag, pos, dep, head index); lemma = lower-cased word (enough for the cue lexicon)."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in ".," for i in range(len(rows))]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows],
               lemmas=[{"described": "describe", "declined": "decline", "accepted": "accept"}.get(
                   r[0].lower(), r[0].lower()) for r in rows], ents=ents)


def _texts(doc) -> list[str]:
    quotes, _ = extract_quotes(doc, article_id="t")
    return [q.text for q in quotes]


def test_phrase_after_object_hung_on_cue_describes_the_object(nlp):
    # 'by the host' attached to the verb: still who behaved crassly, so part of what was described.
    doc = _doc(nlp, [("She", "PRP", "PRON", "nsubj", 1), ("described", "VBD", "VERB", "ROOT", 1),
                     ("crass", "JJ", "ADJ", "amod", 3), ("behavior", "NN", "NOUN", "dobj", 1),
                     ("by", "IN", "ADP", "prep", 1), ("the", "DT", "DET", "det", 6),
                     ("host", "NN", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)])
    assert _texts(doc) == ["crass behavior by the host"]


def test_phrase_after_object_that_tells_when_stays_out(nlp):
    doc = _doc(nlp, [("The", "DT", "DET", "det", 1), ("minister", "NN", "NOUN", "nsubj", 2),
                     ("accepted", "VBD", "VERB", "ROOT", 2), ("the", "DT", "DET", "det", 4),
                     ("offer", "NN", "NOUN", "dobj", 2), ("on", "IN", "ADP", "prep", 2),
                     ("Monday", "NNP", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 2)],
               ents=["O", "O", "O", "O", "O", "O", "B-DATE", "O"])
    assert _texts(doc) == ["the offer"]


def test_bare_verb_hung_on_past_tense_cue_joins_its_infinitive(nlp):
    # 'blame' (bare form) cannot share the subject of 'declined' (past): it continues 'to criticize'.
    doc = _doc(nlp, [("He", "PRP", "PRON", "nsubj", 1), ("declined", "VBD", "VERB", "ROOT", 1),
                     ("to", "TO", "PART", "aux", 3), ("criticize", "VB", "VERB", "xcomp", 1),
                     ("the", "DT", "DET", "det", 5), ("police", "NNS", "NOUN", "dobj", 3),
                     ("or", "CC", "CCONJ", "cc", 1), ("blame", "VB", "VERB", "conj", 1),
                     ("the", "DT", "DET", "det", 9), ("mayor", "NN", "NOUN", "dobj", 7),
                     (".", ".", "PUNCT", "punct", 1)])
    assert _texts(doc) == ["criticize the police or blame the mayor"]


def test_finite_verb_conjoined_with_cue_is_not_part_of_its_infinitive(nlp):
    # 'left' shares the subject of 'declined': a second act, not what he declined to do.
    doc = _doc(nlp, [("He", "PRP", "PRON", "nsubj", 1), ("declined", "VBD", "VERB", "ROOT", 1),
                     ("to", "TO", "PART", "aux", 3), ("criticize", "VB", "VERB", "xcomp", 1),
                     ("the", "DT", "DET", "det", 5), ("police", "NNS", "NOUN", "dobj", 3),
                     ("and", "CC", "CCONJ", "cc", 1), ("left", "VBD", "VERB", "conj", 1),
                     (".", ".", "PUNCT", "punct", 1)])
    assert _texts(doc) == ["criticize the police"]


def test_relative_pronoun_of_misparsed_clause_stands_for_the_noun_before_it(nlp):
    from newsevents.quotes.speakers import is_agent
    # 'reported' hung on the main verb as an adverbial clause instead of a relative clause on 'department'.
    doc = _doc(nlp, [("They", "PRP", "PRON", "nsubj", 1), ("asked", "VBD", "VERB", "ROOT", 1),
                     ("the", "DT", "DET", "det", 3), ("department", "NN", "NOUN", "dobj", 1),
                     ("which", "WDT", "PRON", "nsubj", 5), ("reported", "VBD", "VERB", "advcl", 1),
                     ("losses", "NNS", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 1)])
    assert is_agent(doc[4])
    assert not is_agent(_doc(nlp, [("Rain", "NN", "NOUN", "nsubj", 2), ("which", "WDT", "PRON", "nsubj", 2),
                                   ("fell", "VBD", "VERB", "ROOT", 2)])[1])
