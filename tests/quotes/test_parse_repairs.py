"""Quote rules that repair parser attachments, on hand-built Docs (the parse is fixed, so each test
pins the rule, not the parser's mood): a phrase the parser hung on the cue instead of its object, a
bare verb it hung on the cue instead of the cue's infinitive, and a subject it took across a
paragraph break, and a sentence it split before the quotation marks that finish it."""
from __future__ import annotations

import pytest

from spacy.tokens import Doc

from newsevents.quotes import extract_quotes


# Inflected cue verbs used below; any other lemma is the lower-cased word (enough for the cue lexicon).
LEMMAS = {"described": "describe", "declined": "decline", "accepted": "accept", "says": "say",
          "questioning": "question", "said": "say"}


def _doc(nlp, rows: list[tuple[str, str, str, str, int]], ents: list[str] | None = None,
         spaces: list[bool] | None = None) -> Doc:
    """rows: (word, tag, pos, dep, head index). Unless ``spaces`` says otherwise, a word is followed
    by a space when the next one is not punctuation and neither is a line break."""
    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [i + 1 < len(rows) and rows[i + 1][0] not in ".,:" and "\n" not in words[i] + rows[i + 1][0]
                  for i in range(len(rows))]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows],
               lemmas=[LEMMAS.get(r[0].lower(), r[0].lower()) for r in rows], ents=ents)


def _quotes(doc) -> list[tuple[str, str]]:
    quotes, _ = extract_quotes(doc, article_id="t")
    return [(q.text, q.speaker.entity_text) for q in quotes]


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


DECLINED_TO_CRITICIZE = [("He", "PRP", "PRON", "nsubj", 1), ("declined", "VBD", "VERB", "ROOT", 1),
                         ("to", "TO", "PART", "aux", 3), ("criticize", "VB", "VERB", "xcomp", 1),
                         ("the", "DT", "DET", "det", 5), ("police", "NNS", "NOUN", "dobj", 3)]


@pytest.mark.parametrize("tail, content", [
    # 'blame' (bare form) cannot share the subject of 'declined' (past): it continues 'to criticize'.
    ([("or", "CC", "CCONJ", "cc", 1), ("blame", "VB", "VERB", "conj", 1), ("the", "DT", "DET", "det", 9),
      ("mayor", "NN", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 1)],
     "criticize the police or blame the mayor"),
    # 'left' shares the subject of 'declined': a second act, not what he declined to do.
    ([("and", "CC", "CCONJ", "cc", 1), ("left", "VBD", "VERB", "conj", 1), (".", ".", "PUNCT", "punct", 1)],
     "criticize the police"),
], ids=["bare-verb-joins-the-infinitive", "finite-verb-is-a-second-act"])
def test_verb_conjoined_with_a_past_tense_cue(nlp, tail, content):
    assert _texts(_doc(nlp, DECLINED_TO_CRITICIZE + tail)) == [content]


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


def test_subject_across_a_paragraph_break_is_not_the_speaker(nlp):
    # '7 p.m. | Mayor Ruiz says ...' with the time line as a second subject: the speaker is the
    # subject in the cue's own paragraph.
    doc = _doc(nlp, [("7", "CD", "NUM", "nummod", 1), ("p.m.", "NN", "NOUN", "nsubj", 5),
                     ("\n\n", "_SP", "SPACE", "dep", 1), ("Mayor", "NNP", "PROPN", "compound", 4),
                     ("Ruiz", "NNP", "PROPN", "nsubj", 5), ("says", "VBZ", "VERB", "ROOT", 5),
                     ("roads", "NNS", "NOUN", "nsubj", 8), ("will", "MD", "AUX", "aux", 8),
                     ("reopen", "VB", "VERB", "ccomp", 5), (".", ".", "PUNCT", "punct", 5)])
    assert _quotes(doc) == [("roads will reopen", "Mayor Ruiz")]


def test_subject_named_in_apposition_after_a_paragraph_break(nlp):
    # 'The Latest: | Ruiz is questioning the forecast' with Ruiz in apposition to 'Latest'.
    doc = _doc(nlp, [("The", "DT", "DET", "det", 1), ("Latest", "JJS", "ADJ", "nsubj", 6),
                     (":", ":", "PUNCT", "punct", 1), ("\n\n", "_SP", "SPACE", "dep", 2),
                     ("Ruiz", "NNP", "PROPN", "appos", 1), ("is", "VBZ", "AUX", "aux", 6),
                     ("questioning", "VBG", "VERB", "ROOT", 6), ("the", "DT", "DET", "det", 8),
                     ("forecast", "NN", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 6)])
    assert _quotes(doc) == [("the forecast", "Ruiz")]


def test_quote_finishing_the_authors_sentence_takes_its_opening_words(nlp):
    # 'Raising rates "is wrong," said Ruiz' parsed as two sentences: the quoted words finish the
    # sentence the author began, so the report is that whole sentence (a mixed quote).
    doc = _doc(nlp, [("Raising", "VBG", "VERB", "csubj", 3), ("rates", "NNS", "NOUN", "dobj", 0),
                     ('"', "``", "PUNCT", "punct", 3), ("is", "VBZ", "AUX", "ROOT", 3),
                     ("wrong", "JJ", "ADJ", "acomp", 3), (",", ",", "PUNCT", "punct", 3),
                     ('"', "''", "PUNCT", "punct", 3), ("said", "VBD", "VERB", "ROOT", 7),
                     ("Ruiz", "NNP", "PROPN", "nsubj", 7), (".", ".", "PUNCT", "punct", 7)],
               spaces=[True, True, False, True, False, False, True, True, False, False])
    quotes, _ = extract_quotes(doc)
    assert [(q.text, q.direct, q.speaker.entity_text) for q in quotes] == \
        [('Raising rates "is wrong,"', False, "Ruiz")]
