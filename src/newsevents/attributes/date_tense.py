"""Tense of the clause a word belongs to, for reading weekdays and bare months.

``clause_tense(token)`` -> "past" | "present" | "future", from the clause's
verb: a modal ("will", "would", "could") -> future unless followed by "have";
"have" + participle or a past-tense verb -> past; an infinitive governed by
"is to", "plans to", "set to", "going to"... -> future; other infinitives and
bare participles take their governing verb's tense; VBZ/VBP -> present.
A word outside any verbal clause (a headline fragment) counts as past, the
commonest reading in news reports.
"""
from __future__ import annotations

# Verbs whose infinitive complement lies ahead: "is to visit", "plans to meet".
FUTURE_GOVERNORS = frozenset({
    "be", "plan", "set", "go", "expect", "intend", "schedule", "due", "aim", "prepare",
    "vow", "pledge", "promise", "threaten", "propose", "agree", "offer",
})
# Links along which a dependent clause inherits its governor's tense.
INHERITING_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "ccomp", "relcl"})
MAX_HOPS = 4
DEFAULT_TENSE = "past"


def is_verbal(token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD"


def clause_verb(token):
    """The token itself if verbal, else its nearest verbal ancestor (None if there is none)."""
    current = token
    for _ in range(64):  # sentences are far shallower; guards against malformed trees
        if is_verbal(current):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def clause_tense(token) -> str:
    """past | present | future for the clause containing ``token``."""
    verb = clause_verb(token)
    return DEFAULT_TENSE if verb is None else _verb_tense(verb, 0)


def _governor_tense(verb, hops: int) -> str | None:
    head = verb.head
    if head.i == verb.i or hops >= MAX_HOPS:
        return None
    governor = clause_verb(head)
    return None if governor is None else _verb_tense(governor, hops + 1)


def _tag(verb, auxes) -> str:
    """The verb's tag, except that a lone "base form" spelt unlike its lemma ("retook", lemma
    "retake") is a past form the tagger misread: a base form is spelt as its lemma."""
    if verb.tag_ == "VB" and not auxes and verb.lower_ != verb.lemma_.lower() \
            and verb.lemma_.lower() != "be":
        return "VBD"
    return verb.tag_


def _verb_tense(verb, hops: int) -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lemmas = {a.lemma_.lower() for a in auxes}
    if any(a.tag_ == "MD" for a in auxes):
        return "past" if "have" in aux_lemmas else "future"
    if "have" in aux_lemmas:
        return "past"
    tag = _tag(verb, auxes)
    if tag == "VBD":
        return "past"
    if tag in ("VBZ", "VBP"):
        return "present"
    be_tags = {a.tag_ for a in auxes if a.lemma_.lower() == "be"}
    if tag in ("VBN", "VBG") and be_tags:
        return "past" if "VBD" in be_tags else "present"
    if tag == "VB":
        do_tags = {a.tag_ for a in auxes if a.lemma_.lower() == "do"}
        if do_tags:
            return "past" if "VBD" in do_tags else "present"
        if "to" in aux_lemmas and verb.dep_ in ("xcomp", "advcl", "ccomp") \
                and verb.head.lemma_.lower() in FUTURE_GOVERNORS:
            return "future"
    # A non-finite verb (bare participle, gerund, infinitive) has no tense of its
    # own: "Shelling over the weekend killed three" is past through "killed".
    if verb.dep_ in INHERITING_DEPS or (tag in ("VB", "VBG", "VBN") and not auxes):
        inherited = _governor_tense(verb, hops)
        if inherited is not None:
            return inherited
    if tag == "VBN":
        return "past"  # "killed in the attack": a reduced passive reports the past
    return "present" if tag in ("VB", "VBG") else DEFAULT_TENSE
