"""Re-parse headline-style sentences whose present-tense verb the small English model read as a noun.

Terse reports drop articles and write in the present ("junta aircraft pound the village",
"a missile slams into the port", "vigilantes lynch 13"), and the tagger then takes the verb for a
noun and the parse falls apart. ``repair_headline_verbs(doc, nlp, forms)`` finds such words in
headline-like sentences, parses the sentence again with each written in the past tense (a form the
model reads as a verb), and, when the word then heads a clause with a subject, copies that
parse back onto the original tokens. Text and character offsets never change: only heads,
dependency labels, tags, lemmas and entities of the repaired sentence do; the repaired word keeps
its present-tense tag. ``present_forms(lemmas)`` builds the form table from lexicon verbs.

``repair_perfect_participles(doc, nlp, participles)`` does the same for a past participle
after "have"/"has been" that the model read as part of a name ("M23 rebels have overrun
Rubaya": "overrun" tagged a proper noun): the sentence is parsed again with a stand-in
participle the model knows, and the repaired word keeps its own lemma.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc

from .dateline import COLON_DATELINE

# Nouns that are plural without an -s: a bare verb after one agrees with it ("aircraft pound").
PLURAL_WITHOUT_S = {"aircraft", "police", "personnel", "militia", "military", "army", "artillery",
                    "people", "youth", "staff", "crowd", "mob"}
NOMINAL_POS = {"NOUN", "PROPN", "ADJ"}
SUBJECT_END_POS = {"NOUN", "PROPN", "ADJ"}
# Participles used as adjectives before a noun ("drone bombs suspected militant gathering"):
# after one the candidate may still be the verb.
ATTRIBUTIVE_PARTICIPLES = {"suspected", "alleged", "armed", "unidentified", "wanted", "displaced", "abandoned"}
# Plural nouns that are verb forms too, and far more often the subject's head.
MOSTLY_NOUNS = {"forces", "rounds", "shells", "bombs", "strikes", "attacks", "raids", "fires"}
# Verbs that are also units written before an amount ("pounds 5.5m").
UNIT_FORMS = {"pound", "pounds"}
CLAUSE_HEAD_DEPS = {"ROOT", "conj", "ccomp", "parataxis"}
COPIED = [HEAD, DEP, TAG, POS, LEMMA, ENT_IOB, ENT_TYPE]
TAG_COLUMN = COPIED.index(TAG)


def present_forms(lemmas: Iterable[str]) -> dict[str, tuple[str, str]]:
    """{present-tense form: (past-tense form, Penn tag)} for single-word verb lemmas:
    "slams" -> ("slammed", "VBZ"), "pound" -> ("pounded", "VBP")."""
    from lemminflect import getInflection

    forms: dict[str, tuple[str, str]] = {}
    for lemma in lemmas:
        if not lemma.isalpha():
            continue
        past = getInflection(lemma, tag="VBD")
        if not past:
            continue
        for form in getInflection(lemma, tag="VBZ") or ():
            forms[form] = (past[0], "VBZ")
        forms.setdefault(lemma, (past[0], "VBP"))
    return forms


def participle_forms(lemmas: Iterable[str]) -> dict[str, str]:
    """{past participle: lemma} for single-word verb lemmas: "overrun" -> "overrun"."""
    from lemminflect import getInflection

    forms: dict[str, str] = {}
    for lemma in lemmas:
        if lemma.isalpha():
            for form in getInflection(lemma, tag="VBN") or ():
                forms.setdefault(form, lemma)
    return forms


def headline_like(sent) -> bool:
    """A sentence the parse gave no verb head, or one opened by a "Place:" dateline."""
    if sent.root.pos_ not in ("VERB", "AUX"):
        return True
    if sent.start > 0 and sent.doc[sent.start - 1].text == ":":
        return True
    return COLON_DATELINE.match(sent.text) is not None


def _plural_verb(token) -> bool:
    """"vigilantes" tagged as a verb: a plural noun the tagger read as a present-tense verb."""
    return token.tag_ == "VBZ" and token.lower_.endswith("s")


def _candidates(sent, forms) -> list[tuple[object, str, str]]:
    """(token, past form, tag) for each lower-case present-tense verb form tagged as a noun
    right after a noun phrase, before any modal of the sentence."""
    doc = sent.doc
    found = []
    for token in sent:
        if token.tag_ == "MD":
            break                          # "will", "could": a predicate of its own
        if token.i == sent.start or token.pos_ not in NOMINAL_POS or not token.text.islower():
            continue
        form = forms.get(token.lower_)
        if form is None:
            continue
        before = doc[token.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and ((after.pos_ in ("VERB", "AUX") and after.lower_ not in ATTRIBUTIVE_PARTICIPLES)
                                  or (after.like_num and token.lower_ in UNIT_FORMS)):
            continue                       # "tax cuts target firms", "pounds 20"
        if before.pos_ not in SUBJECT_END_POS and before.text != ")" and not _plural_verb(before):
            continue                       # also "two attacks": a counted noun
        if form[1] == "VBP" and not (before.tag_ in ("NNS", "NNPS") or _plural_verb(before)
                                     or before.lower_ in PLURAL_WITHOUT_S
                                     or any(t.lower_ == "and" for t in doc[sent.start:token.i])):
            continue                       # a bare form needs a plural subject ("drones slam", "X and Y ink")
        found.append((token, *form))
    # "Taliban security forces foil IED plot": a word that is mostly a noun is tried last
    return sorted(found, key=lambda f: f[0].lower_ in MOSTLY_NOUNS)


def _reparsed(sent, nlp, replaced: dict[int, str]) -> Doc:
    words = [replaced.get(t.i, t.text) for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    return nlp(Doc(nlp.vocab, words=words, spaces=spaces))


def _has_subject(token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _verb_with_subject(token) -> bool:
    """A clause head with a subject of its own, or sharing the subject of the verb it is
    coordinated with ("a missile fired from the sea slammed into ...")."""
    if token.pos_ != "VERB" or token.dep_ not in CLAUSE_HEAD_DEPS:
        return False
    return _has_subject(token) or (token.dep_ == "conj" and token.head.pos_ == "VERB"
                                   and _has_subject(token.head))


def repair_headline_verbs(doc, nlp, forms: Callable[[], dict[str, tuple[str, str]]]) -> int:
    """Repair the parse of headline-like sentences in place; returns how many were repaired.
    ``forms`` gives the form table (``present_forms``), asked for only when a sentence is
    headline-like. Candidates are tried one at a time, first to last, and the first that heads
    a clause once re-parsed is kept ("police fire live rounds at ...": "fire", not "rounds")."""
    repaired = 0
    for sent in [s for s in doc.sents if headline_like(s)]:
        for token, past, tag in _candidates(sent, forms()):
            again = _reparsed(sent, nlp, {token.i: past})
            if not _verb_with_subject(again[token.i - sent.start]):
                continue                   # the past tense did not make a clause of it either
            values = doc.to_array(COPIED)
            values[sent.start:sent.end] = again.to_array(COPIED)   # heads are relative: they carry over
            values[token.i, TAG_COLUMN] = doc.vocab.strings.add(tag)
            doc.from_array(COPIED, values)
            repaired += 1
            break
    return repaired


PERFECT_FILLERS = {"been", "being", "reportedly", "allegedly", "now", "already", "just", "since"}
# A participle the model reads as a verb in any frame (active or passive, with or without an
# object); its parse stands in for the word it could not read.
STAND_IN_PARTICIPLE = "seized"


def _misread_participles(doc) -> list:
    """Lower-case words right after a perfect auxiliary ("have", "has been", "had reportedly")
    that the tagger made nouns or names (not adjectives: "have wounded soldiers" may be a
    possessive "have"). Only the words after a form of "have" are looked at: a whole-document
    token walk would cost more than the repair."""
    have = doc.vocab.strings["have"]
    found = []
    for i in numpy.flatnonzero(doc.to_array([LEMMA]) == have):
        j = int(i) + 1
        while j < len(doc) and doc[j].lower_ in PERFECT_FILLERS:
            j += 1
        if j < len(doc):
            word = doc[j]
            if word.text.isalpha() and word.text.islower() and word.pos_ in ("NOUN", "PROPN"):
                found.append(word)
    return found


def repair_perfect_participles(doc, nlp, participles: Callable[[], dict[str, str]]) -> int:
    """Repair sentences whose past participle after a perfect auxiliary was read as a noun or
    name; returns how many were repaired. ``participles`` gives {form: lemma}
    (``participle_forms``), asked for only when such a word is found."""
    repaired = 0
    for token in _misread_participles(doc):
        lemma = participles().get(token.lower_)
        if lemma is None:
            continue
        sent = token.sent
        again = _reparsed(sent, nlp, {token.i: STAND_IN_PARTICIPLE})
        if again[token.i - sent.start].pos_ != "VERB":
            continue
        values = doc.to_array(COPIED)
        values[sent.start:sent.end] = again.to_array(COPIED)
        values[token.i, TAG_COLUMN] = doc.vocab.strings.add("VBN")
        values[token.i, COPIED.index(LEMMA)] = doc.vocab.strings.add(lemma)
        doc.from_array(COPIED, values)
        repaired += 1
    return repaired
