"""Text-level checks on one article, and the E1xx input error codes.

``problem_with_text(text)`` -> ``None`` when the text can be coded, else
``(code, one-line reason)``. ``validate_text(text)`` raises errors.InputError
instead, for articles built in code. The readers use the same checks, so the
CLI and the Python API reject exactly the same texts (docs/errors.md).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..datafiles import read_text
from ..errors import InputError

# Input error codes (docs/errors.md lists them with examples and fixes).
E_NOT_FOUND = "E101"        # path does not exist
E_UNSUPPORTED = "E102"      # file extension we cannot read
E_EMPTY = "E103"            # no text, or only whitespace
E_BINARY = "E104"           # NUL bytes, undecodable bytes, or mostly control characters
E_TOO_LONG = "E105"         # over MAX_TEXT_CHARS (or a JSONL line over MAX_RECORD_BYTES)
E_NOT_ENGLISH = "E106"      # too few English function words
E_NO_HTML_TEXT = "E107"     # HTML page without extractable main text
E_BAD_JSON = "E108"         # malformed JSON (line/column given)
E_BAD_RECORD = "E109"       # record is not an object, lacks id/text, or text is not a string
E_UNREADABLE = "E110"       # the OS refused to read the file (permissions, I/O error)

# spaCy's parser needs roughly 1 GB of working memory per 100,000 characters
# (spaCy's own E088 warning); nlp/pipeline.py sets nlp.max_length to the same
# 2,000,000, so any text we accept can be parsed in one piece.
MAX_TEXT_CHARS = 2_000_000

# A text is binary when more than this share of its first CONTROL_SAMPLE_CHARS
# characters are control characters other than tab/newline/CR/form feed.
# Real news text has none; a decoded binary file has 10% or more.
MAX_CONTROL_RATIO = 0.05
CONTROL_SAMPLE_CHARS = 10_000

# Language check: share of words that are English function words
# (data/ingest/english_function_words.v1.txt), over the first LANGUAGE_SAMPLE_CHARS.
# Measured (docs/errors.md, E106): BBC news, 2,225 articles: min 0.108 (rugby
# line-ups), 1st percentile 0.176, median 0.283; spaCy's example sentences in 20
# other Latin-script languages: 0.0 for 18 of them, Danish 0.021, Norwegian 0.063.
MIN_ENGLISH_RATIO = 0.08
LANGUAGE_SAMPLE_CHARS = 5_000
# Below this many words the ratio is too noisy to judge (a headline may have
# no function word at all), so short texts are never rejected as non-English.
MIN_WORDS_FOR_LANGUAGE_CHECK = 25
# Second look for texts under MIN_ENGLISH_RATIO: short wire reports often have no "the"
# ("Medics in Douma reported on Saturday that a gas cylinder ... killed nine people"). They
# pass when function words plus the short words other languages share with English
# (english_short_words.v1.txt) reach MIN_ENGLISH_WITH_SHORT_WORDS and at most
# MAX_FOREIGN_RATIO of the words are lower-case function words of another language
# (foreign_function_words.v1.txt). Measured (docs/errors.md, E106): 600 one- or two-sentence
# reports and 2,225 BBC articles all pass (min 0.111); every run of four of spaCy's example
# sentences in 60 other languages with 25 words or more fails.
MIN_ENGLISH_WITH_SHORT_WORDS = 0.15
MAX_FOREIGN_RATIO = 0.03

_WORD = re.compile(r"[^\W\d_]+")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


@lru_cache(maxsize=None)
def _word_list(name: str) -> frozenset[str]:
    lines = read_text(f"ingest/{name}.v1.txt").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def english_function_words() -> frozenset[str]:
    """The shipped function-word list (loaded and checked once)."""
    return _word_list("english_function_words")


def control_ratio(text: str) -> float:
    """Share of control characters (besides whitespace controls) in the sample."""
    sample = text[:CONTROL_SAMPLE_CHARS]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample
              if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs", "Co"))
    return bad / len(sample)


def english_ratio(text: str) -> tuple[float, int]:
    """(share of English function words, number of words) over the sample."""
    words = _WORD.findall(text[:LANGUAGE_SAMPLE_CHARS].lower())
    if not words:
        return 0.0, 0
    known = english_function_words()
    return sum(1 for w in words if w in known) / len(words), len(words)


@lru_cache(maxsize=1)
def _english_with_short_words() -> frozenset[str]:
    return english_function_words() | _word_list("english_short_words")


def passes_second_look(text: str) -> bool:
    """True when a text under MIN_ENGLISH_RATIO still reads as English: enough function and
    short English words, next to no lower-case function words of another language."""
    written = _WORD.findall(text[:LANGUAGE_SAMPLE_CHARS])
    if not written:
        return False
    english = _english_with_short_words()
    foreign = _word_list("foreign_function_words")
    n = len(written)
    english_share = sum(1 for w in written if w.lower() in english) / n
    foreign_share = sum(1 for i, w in enumerate(written) if w in foreign and not _inside_name(written, i)) / n
    return english_share >= MIN_ENGLISH_WITH_SHORT_WORDS and foreign_share <= MAX_FOREIGN_RATIO


def _inside_name(words: list[str], i: int) -> bool:
    """"Valle del Cauca", "Ciudad de Guatemala": a foreign particle between capitalised words
    belongs to a place or person name, not to a foreign-language sentence."""
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def problem_with_text(text: str) -> tuple[str, str] | None:
    """None if ``text`` can be coded, else (error code, one-line reason)."""
    if not text.strip():
        return E_EMPTY, "empty text (nothing but whitespace)"
    if len(text) > MAX_TEXT_CHARS:
        return E_TOO_LONG, (f"text has {len(text):,} characters, over the limit of "
                            f"{MAX_TEXT_CHARS:,}; split it into articles")
    if "\x00" in text:
        return E_BINARY, "binary content (NUL characters), not text"
    ratio = control_ratio(text)
    if ratio > MAX_CONTROL_RATIO:
        return E_BINARY, f"binary content ({ratio:.0%} control characters), not text"
    english, n_words = english_ratio(text)
    if n_words >= MIN_WORDS_FOR_LANGUAGE_CHECK and english < MIN_ENGLISH_RATIO \
            and not passes_second_look(text):
        return E_NOT_ENGLISH, (f"does not look like English ({english:.0%} English function "
                               f"words, need {MIN_ENGLISH_RATIO:.0%}); only English is supported")
    return None


def validate_text(text: str) -> None:
    """Raise errors.InputError (with the E1xx code) if ``text`` cannot be coded."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}", E_BAD_RECORD)
    problem = problem_with_text(text)
    if problem:
        raise InputError(problem[1], problem[0])
