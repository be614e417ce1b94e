"""Multi-CoPED actor spans (cameo_ner/train.txt): source and target span token-F1.

Sentences are rebuilt from the gold tokens (spaces between them, none before a split-off
possessive or compound hyphen: "Georgia ’ s" is "Georgia’s", "Kurdish - led" is
"Kurdish-led", none around a number's separator: "30 , 000" is "30,000") and coded alone.
Tokens inside the main asserted event's actor entity spans are predicted Source, inside
recipient spans Target (a denied act, "rejected accusations that it shelled X", names no
parties). Two conversions follow the dataset's conventions, not our output's:
- gold spans are whole noun phrases ("the Palestinian president, Mahmoud Abbas"), so each
  predicted mention is widened to its noun phrase: determiners and modifiers on the left,
  appositions (without the clauses hung on them), of- and in-phrases and parenthetical acronyms
  on the right (no relative clauses, time phrases or other prepositional phrases); a mention
  that owns a larger argument ("ISIS" in "the last ISIS group bastion") is widened to that
  argument's noun phrase;
- gold spans mark a party where it is named: a pronoun our coreference resolved to a name
  earlier in the sentence ("called X ... and urged him") is scored at that name;
- gold Reciprocal (R) tokens mark both sides of a meeting; they count as Source, and are
  found when either our actor or our recipient (where PLOVER puts the second side) covers them.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from ..events.coder import OWN_POPULATION_METHOD
from ..events.context import UNIDENTIFIED_METHOD
from ..events.lexicon import get_lexicon
from ..events.roles import is_time, time_phrase
from .common import code_sentence
from .scoring import main_event, prf


def _sentences(path: Path):
    tokens, tags = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            tok, _, tag = line.rpartition(" ")
            tokens.append(tok)
            tags.append(tag)
    if tokens:
        yield tokens, tags


APOSTROPHES = {"'", "’"}
CLOSING = {",", ".", ";", ":", "!", "?", ")", "%"}   # written against the word before
OPENING = {"(", "$"}                                 # written against the word after


def _glued(tokens, i: int) -> bool:
    """Token i is written without a space before it: a possessive split off its name ("Seoul
    's", "Georgia ’ s" in the dataset's tokens are "Seoul's", "Georgia’s" in the news text)."""
    tok = tokens[i]
    if tok in ("'s", "’s"):
        return True
    if _word_hyphen(tokens, i) or (i > 0 and _word_hyphen(tokens, i - 1)):
        return True
    if _number_mark(tokens, i) or (i > 0 and _number_mark(tokens, i - 1)):
        return True
    if tok in CLOSING or (i > 0 and tokens[i - 1] in OPENING):
        return True
    if tok in APOSTROPHES and i + 1 < len(tokens) and tokens[i + 1] == "s":
        return True
    return tok == "s" and tokens[i - 1] in APOSTROPHES


def _word_hyphen(tokens, i: int) -> bool:
    """A hyphen split out of a compound word ("Kurdish - led" is "Kurdish-led")."""
    return tokens[i] == "-" and 0 < i < len(tokens) - 1 and tokens[i - 1][-1:].isalnum() \
        and tokens[i + 1][:1].isalnum()


def _number_mark(tokens, i: int) -> bool:
    """A thousands separator or decimal point split out of a number ("30 , 000" is "30,000",
    "1 . 2" is "1.2")."""
    tok = tokens[i]
    if tok not in (",", ".") or not 0 < i < len(tokens) - 1 or not tokens[i - 1].isdigit():
        return False
    after = tokens[i + 1]
    return after.isdigit() and (tok == "." or len(after) == 3)


def rebuild(tokens) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text from the gold tokens, and each token's character span in it."""
    spans, pos = [], 0
    for i, tok in enumerate(tokens):
        if i and not _glued(tokens, i):
            pos += 1
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    text = [" "] * pos
    for tok, (s, e) in zip(tokens, spans):
        text[s:e] = tok
    return "".join(text), spans


def _folded(text: str) -> str:
    """Lower-cased text without accents ("Erdoğan" -> "erdogan")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).lower()


COREF_PREFIX = "coref:"
# Parties an act implies but no words name: an unidentified attacker, a curfew's own population
IMPLIED_METHODS = (UNIDENTIFIED_METHOD, OWN_POPULATION_METHOD)


def _at_antecedent(doc, entity):
    """A pronoun entity moved to the name it was resolved to, when that name is written earlier
    in the sentence ("him" in "called President X and urged him" -> "X"): the nearest earlier token
    that is the name's last word, or failing that a proper noun among its words. Any other
    entity, or a pronoun whose antecedent is not found, is returned as it is."""
    if not entity.method.startswith(COREF_PREFIX) or "->" not in entity.method:
        return entity
    words = [_folded(w) for w in entity.method.split("->", 1)[1].split()]
    if not words:
        return entity
    before = [t for t in doc if t.idx < entity.start]
    named = [t for t in before if _folded(t.text) == words[-1]] or \
        [t for t in before if t.pos_ == "PROPN" and _folded(t.text) in words]
    if not named:
        return entity
    return replace(entity, start=named[-1].idx, end=named[-1].idx + len(named[-1].text))


def _covered(spans, entities, doc=None, trigger=None) -> set[int]:
    out = set()
    for e in entities:
        if e.method.startswith(IMPLIED_METHODS):     # implied by the act, named by no words
            continue
        if doc is not None:
            e = _at_antecedent(doc, e)
        place = e.method.startswith(PLACE_METHODS)
        start, end = _noun_phrase(doc, e.start, e.end, trigger, place) if doc is not None else (e.start, e.end)
        for i, (s, t) in enumerate(spans):
            if s < end and start < t:
                out.add(i)
    return out


NP_RIGHT = {"appos"}


OWNER_DEPS = {"compound", "poss", "amod", "nmod"}


# Prepositions whose phrase belongs to the noun phrase in the dataset's spans ("an arms depot
# of the Syrian army", "dozens of supporters of opposition leader X"). A mention is never climbed
# out of an in-phrase, whose place is often the recipient itself ("suspended aid deliveries in
# Nigeria"), but a party's own in-phrase is part of its span ("a military base in northeast Nigeria").
NP_PREPS = {"of"}
PHRASE_PREPS = NP_PREPS | {"in"}


def _event_noun(token) -> bool:
    """An act named by a noun ("the blockade of Qatar", "the return of workers"): its of-object
    is the party, the act is not part of its name."""
    return token.lemma_.lower() in get_lexicon().nouns


# A place standing for the state that received an attack ("attacks on the rebel-held region near
# Damascus"): the dataset marks the place attacked, the noun the place name locates.
PLACE_METHODS = ("place-as-target",)
LOCATING_PREPS = {"in", "near", "outside", "around", "at"}


def _located_thing(token, trigger=None):
    """The noun a place name locates ("the region" in "the region near Damascus"), or None."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in LOCATING_PREPS:
        thing = head.head
        if thing.pos_ == "NOUN" and thing.i < token.i and (trigger is None or thing.i != trigger) \
                and not any(_event_noun(t) for t in thing.subtree if t.i < token.i) \
                and thing.ent_type_ not in ("GPE", "LOC"):  # not "a state of siege in Pando"
            return thing
    return None


def _argument_head(token, trigger=None):
    """The noun a mention modifies, when it is the owner inside a larger argument: "ISIS" in
    "the last ISIS group bastion", "Croatian government" in "the Croatian government's
    request", "the Syrian army" in "an arms depot of the Syrian army" (the dataset marks the
    whole argument noun phrase). The event's own trigger is never climbed into."""
    for _ in range(6):
        head = token.head
        if token.dep_ in OWNER_DEPS and head.i > token.i and head.pos_ in ("NOUN", "PROPN") and not is_time(head):
            token = head  # (not "Amman April 27": a date the parse made the place's head)
        elif token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in NP_PREPS and \
                head.head.pos_ in ("NOUN", "PROPN") and head.head.i < token.i and \
                (trigger is None or head.head.i != trigger) and not _event_noun(head.head):
            token = head.head
        else:
            break
    return token


# Dependents that end a noun phrase in the dataset's spans: clauses and further appositions
# after it ("al-Shabab, an al-Qaeda-affiliated group seeking to ...") are left out.
CLAUSE_DEPS = {"acl", "relcl", "appos", "punct"}


def _phrase_end(token) -> int:
    """Index of the last token of a noun phrase without its clauses: "a critic of President
    X" and "a number of parties and the Taliban" are kept whole, "a group seeking ..." ends at
    "group"; a name in apposition is part of it."""
    ends = [token.i]
    for child in token.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            ends.append(_phrase_end(child))  # the name after a title ("the Prime Minister, Shinzo Abe")
        elif child.dep_ not in CLAUSE_DEPS and not time_phrase(child):
            ends.append(child.right_edge.i)
    return max(ends)


def _noun_phrase(doc, start: int, end: int, trigger: int | None = None, place: bool = False) -> tuple[int, int]:
    """Character bounds of the noun phrase around the mention at [start, end); a place that
    stands for the recipient is widened to the thing it locates, when there is one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return start, end
    thing = _located_thing(span.root, trigger) if place else None
    if thing is not None:
        span = doc[thing.i:thing.i + 1]
    head = _argument_head(span.root, trigger)
    if head.pos_ not in ("NOUN", "PROPN"):
        return start, end
    left = min(head.left_edge.i, span.start)
    right = max(span.end - 1, head.i)
    for child in head.rights:
        if child.dep_ in NP_RIGHT and not _place_name(head):
            right = max(right, _phrase_end(child))
        elif child.dep_ == "prep" and child.lower_ in PHRASE_PREPS and not time_phrase(child):
            right = max([right, child.i] + [_phrase_end(g) for g in child.children if g.dep_ == "pobj"])
        elif (child.dep_ == "punct" and child.text == "(") or \
                (child.dep_ in ("appos", "nmod") and child.text.isupper()):
            right = max(right, child.right_edge.i)
    if right + 1 < len(doc) and doc[right + 1].text == ")" and "(" in doc[left:right + 1].text:
        right += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _place_name(token) -> bool:
    """A named place: what is said of it in apposition ("Hodeidah, a major flashpoint") is not
    part of its span."""
    return token.ent_type_ in ("GPE", "LOC", "FAC")


def trigger_index(doc, ev) -> int | None:
    """Token index of the event's trigger word in ``doc``, or None."""
    start = ev.evidence.get("trigger", {}).get("start")
    return next((t.i for t in doc if t.idx == start), None) if start is not None else None


def run(path: Path, limit: int | None = None) -> dict:
    stats = {"source": [0, 0, 0], "target": [0, 0, 0]}
    n = 0
    for tokens, tags in _sentences(path):
        n += 1
        text, spans = rebuild(tokens)
        coded, doc = code_sentence(text)
        ev = main_event(coded, doc, asserted_only=True)
        gold_r = {i for i, t in enumerate(tags) if t.endswith("-R")}
        gold_s = {i for i, t in enumerate(tags) if t.endswith("-S")} | gold_r
        gold_t = {i for i, t in enumerate(tags) if t.endswith("-T")}
        trigger = trigger_index(doc, ev) if ev else None
        actor_tokens = _covered(spans, ev.actor, doc, trigger) if ev else set()
        recipient_tokens = _covered(spans, ev.recipient, doc, trigger) if ev else set()
        pred_s = actor_tokens | (recipient_tokens & gold_r)
        pred_t = recipient_tokens - gold_r
        for key, gold, pred in (("source", gold_s, pred_s), ("target", gold_t, pred_t)):
            stats[key][0] += len(gold & pred)
            stats[key][1] += len(pred - gold)
            stats[key][2] += len(gold - pred)
        if limit and n >= limit:
            break
    metrics = {}
    for key, (tp, fp, fn) in stats.items():
        p, r, f = prf(tp, fp, fn)
        metrics.update({f"{key}_precision": p, f"{key}_recall": r, f"{key}_token_f1": f})
    return {"dataset": "cameo-ner", "n": n, "metrics": metrics,
            "notes": ["token-level micro F1 over all sentences; R (reciprocal) gold tokens count as source",
                      "predicted mentions widened to their noun phrase (the dataset's span convention)"]}
