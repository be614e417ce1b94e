"""The event-location scorer: gold tokens, predicted-span trimming, trigger lookup."""
from __future__ import annotations

from newsevents.evaluate.event_location import gold_tokens, predicted_tokens


def _tokens(text: str) -> list[dict]:
    out, pos = [], 0
    for i, word in enumerate(text.split(" ")):
        out.append({"text": word, "start": pos, "end": pos + len(word), "id": i})
        pos += len(word) + 1
    return out


def test_predicted_span_loses_the_words_gold_leaves_out():
    text = "killed in the southern Zorvan province 's capital"
    tokens = _tokens(text)
    start = text.index("the")
    end = text.index(" capital")
    assert predicted_tokens(tokens, start, end) == {4}          # "Zorvan"


def test_capitalised_area_word_stays_in_the_name():
    text = "fighting in the Kessil District today"
    tokens = _tokens(text)
    assert predicted_tokens(tokens, text.index("the"), text.index(" today")) == {3, 4}


def test_gold_ignores_spans_outside_the_tokens_and_whitespace_tokens():
    tokens = _tokens("shot in Marda   district")              # two empty tokens from the spaces
    record = {"tokens": tokens, "spans": [
        {"label": "VERB", "token_start": 0, "token_end": 0},
        {"label": "LOCATION", "token_start": 2, "token_end": 4},
        {"label": "LOCATION", "token_start": 9, "token_end": 9}]}
    assert gold_tokens(record) == {2}


def test_an_opening_ayn_mark_stays_in_the_name():
    """Gold keeps the transliterated ayn ("‘Ibtaz"); other leading punctuation goes."""
    tokens = [{"text": "near", "start": 0, "end": 4, "id": 0},
              {"text": "\u2018", "start": 5, "end": 6, "id": 1},
              {"text": "Ibtaz", "start": 6, "end": 11, "id": 2}]
    assert predicted_tokens(tokens, 5, 11) == {1, 2}
    tokens[1]["text"] = "("
    assert predicted_tokens(tokens, 5, 11) == {2}
