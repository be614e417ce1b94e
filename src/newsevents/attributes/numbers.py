"""Find quantity expressions in a spaCy sentence and give each its coded count.

``find_quantities(sent)`` -> list of ``Quantity``: "22", "1,200", "twenty-two",
"three hundred", "a dozen", "at least 17", "between 10 and 15", "10-15",
"dozens", "several", "no one", "a man".  Values follow ACLED's
lowest-reported-figure convention (see data/casualties/quantity_qualifiers.v1.tsv
and number_words.v1.tsv for the rules and their sources).  Whether the number
counts people at all (ages, dates, drones...) is decided here too; which
casualty word it belongs to is decided in ``casualties.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_tsv

DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
# Entity labels whose numbers are never head counts.
NON_COUNT_ENTS = {"TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# Tokens just before a number that make it a label, an age or an amount.
NON_COUNT_BEFORE = {"$", "£", "€", "no.", "#", "aged", "age", "ages", "page", "route", "resolution",
                    "article", "flight", "highway", "number", "minus", "plus", "x"}
ZERO_WORDS = {"nobody", "noone"}
REFLEXIVE_ONE = {"himself", "herself"}
RANGE_JOINERS = {"-", "–", "—", "to", "or"}
LEFT_QUALIFIER_SPAN = 4  # longest qualifier phrase, in tokens ("no fewer than" + slack)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count expression. Token indices are Doc indices; ``end`` is exclusive."""

    start: int               # first token, qualifier words included
    end: int
    num_start: int           # the number words themselves
    num_end: int
    value: int | None        # coded count (None for upper bounds only)
    low: int | None          # size_range bounds, when the text gives a range or bound
    high: int | None
    rule: str                # exact | lower | approx | upper | range | update | vague | one | zero
    vague: bool
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, tuple[int, str]]
    qualifiers: dict[tuple[str, ...], str]
    non_count: frozenset[str]
    person_nouns: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Number words, qualifiers, non-count nouns and person nouns (loaded once)."""
    words = {r["word"]: (int(r["value"]), r["kind"]) for r in read_tsv("casualties/number_words.v1.tsv")}
    quals = {tuple(r["phrase"].split()): r["rule"] for r in read_tsv("casualties/quantity_qualifiers.v1.tsv")}
    non_count = frozenset(r["lemma"] for r in read_tsv("casualties/non_count_nouns.v1.tsv"))
    persons = frozenset(r["lemma"] for r in read_tsv("casualties/person_nouns.v1.tsv"))
    return _Lexicon(words, quals, non_count, persons)


def _is_number_piece(tok, lex: _Lexicon) -> bool:
    low = tok.lower_
    if DIGITS.match(low):
        return True
    entry = lex.words.get(low)
    return entry is not None and entry[1] != "vague"


def _words_value(toks, lex: _Lexicon) -> int | None:
    """Value of a run of number tokens ('three hundred and twenty', '1.5 million', 'a dozen')."""
    total, current, seen = 0.0, 0.0, False
    for tok in toks:
        low = tok.lower_
        if low in {"-", "and", "a", "an"}:
            if low in {"a", "an"} and not seen:
                current, seen = 1.0, True
            continue
        if DIGITS.match(low):
            current += float(low.replace(",", ""))
            seen = True
            continue
        value, kind = lex.words[low]
        if kind == "scale":
            base = current if seen else 1.0
            if value >= 1000:
                total += base * value
                current = 0.0
            else:
                current = base * value
        else:
            current += value
        seen = True
    result = total + current
    return int(result) if seen else None


def _joins(prev, nxt, lex: _Lexicon) -> bool:
    """Whether ``nxt`` continues the number that ``prev`` is part of."""
    if DIGITS.match(nxt.lower_):
        return False  # a digit never continues a run: "10 15" is two numbers
    nxt_kind = lex.words[nxt.lower_][1]
    if DIGITS.match(prev.lower_):
        return nxt_kind == "scale"  # "1.5 million", "3 hundred"
    if prev.lower_ in {"a", "an"} or nxt_kind == "scale":
        return True
    prev_kind = lex.words[prev.lower_][1]
    return (prev_kind == "scale" and nxt_kind in {"unit", "teen", "tens"}) or \
        (prev_kind == "tens" and nxt_kind == "unit")


def _number_runs(sent, lex: _Lexicon):
    """Yield (start, end) token index runs of number words/digits within the sentence."""
    doc = sent.doc
    i, end = sent.start, sent.end
    while i < end:
        tok = doc[i]
        a_scale = tok.lower_ in {"a", "an"} and i + 1 < end and \
            lex.words.get(doc[i + 1].lower_, (0, ""))[1] == "scale"
        if not (_is_number_piece(tok, lex) or a_scale):
            i += 1
            continue
        j = i + 1
        while j < end:
            nxt = doc[j]
            if _is_number_piece(nxt, lex) and _joins(doc[j - 1], nxt, lex):
                j += 1
                continue
            # "twenty-two", "hundred and twenty": joiners only between word numbers
            if nxt.lower_ in {"-", "and"} and j + 1 < end and _is_number_piece(doc[j + 1], lex) \
                    and not DIGITS.match(doc[j + 1].lower_) and not DIGITS.match(doc[j - 1].lower_) \
                    and doc[j - 1].lower_ not in {"a", "an"}:
                left_kind = lex.words[doc[j - 1].lower_][1]
                right_kind = lex.words[doc[j + 1].lower_][1]
                if (nxt.lower_ == "-" and left_kind == "tens" and right_kind == "unit") or \
                        (nxt.lower_ == "and" and left_kind == "scale" and right_kind != "scale"):
                    j += 2
                    continue
            break
        if not _pronoun_one(doc, i, j, sent):
            yield i, j
        i = j


# "no one", "the one", "one another": "one" that is not a count
ONE_PRONOUN_BEFORE = {"no", "any", "every", "each", "the", "this", "that", "which", "anyone", "someone"}


def _pronoun_one(doc, start: int, end: int, sent) -> bool:
    if end - start != 1 or doc[start].lower_ != "one":
        return False
    before = doc[start - 1].lower_ if start > sent.start else ""
    after = doc[end].lower_ if end < sent.end else ""
    return before in ONE_PRONOUN_BEFORE or after in {"another", "'s"}


def _qualifier_before(doc, start: int, sent_start: int, lex: _Lexicon) -> tuple[int, str]:
    """(new start, rule) when a qualifier phrase ends just before ``start``."""
    for size in range(LEFT_QUALIFIER_SPAN, 0, -1):
        lo = start - size
        if lo < sent_start:
            continue
        phrase = tuple(t.lower_ for t in doc[lo:start])
        rule = lex.qualifiers.get(phrase)
        if rule:
            return lo, rule
    return start, "exact"


def _counted_noun(doc, num_start: int, num_end: int):
    """The noun a number counts ('22 people' -> people), or None when the number stands alone."""
    for tok in doc[num_start:num_end]:
        head = tok.head
        if head.i >= num_end or head.i < num_start:
            if tok.dep_ in {"nummod", "quantmod", "compound", "amod", "det"} and head.pos_ in {"NOUN", "PROPN"} \
                    and head.i > tok.i:
                return head
            break
    # parser slips: take the next noun if it directly follows ("12 Palestinian civilians")
    j = num_end
    while j < len(doc) and j < num_end + 3 and doc[j].pos_ in {"ADJ", "PROPN", "NOUN"}:
        if doc[j].pos_ == "NOUN" and (j + 1 >= len(doc) or doc[j + 1].pos_ != "NOUN"):
            return doc[j]
        j += 1
    return None


def is_non_count(doc, qty_start: int, num_start: int, num_end: int, value: int | None, noun, lex: _Lexicon) -> bool:
    """True when the number is an age, date, time, amount, size of a unit or a count of things."""
    first, last = doc[num_start], doc[num_end - 1]
    if first.ent_type_ in NON_COUNT_ENTS or last.ent_type_ in NON_COUNT_ENTS:
        return True
    if qty_start > 0 and doc[qty_start - 1].lower_ in NON_COUNT_BEFORE:
        return True
    # "F-16", "COVID-19", "Su-25": a number glued to a name by a hyphen
    if num_start >= 2 and doc[num_start - 1].text == "-" and doc[num_start - 2].is_alpha \
            and doc[num_start - 2].lower_ not in lex.words:
        return True
    if num_end < len(doc):
        nxt = doc[num_end]
        if nxt.pos_ not in {"VERB", "AUX"} and (nxt.lower_ in lex.non_count or nxt.lemma_.lower() in lex.non_count):
            return True
        if nxt.text in {"-", "–"} and num_end + 1 < len(doc):
            after = doc[num_end + 1]
            if after.lower_ in lex.non_count or after.lemma_.lower() in lex.non_count:
                return True
        if nxt.text in {":", "."} and num_end + 1 < len(doc) and doc[num_end + 1].like_num:
            return True  # clock times and decimals split by the tokenizer
        if nxt.lower_ in {"years", "year", "yrs", "%"}:
            return True
    if noun is not None and (noun.lemma_.lower() in lex.non_count or noun.lower_ in lex.non_count):
        return True
    if noun is None and num_end - num_start == 1 and YEAR.match(first.text):
        return True  # a bare year ("in 2014")
    if first.ent_type_ == "DATE" and value is not None and YEAR.match(str(value)) and noun is None:
        return True
    # a number that is itself inside a date ("3 February", "February 3")
    for nb in (doc[num_start - 1] if num_start > 0 else None, doc[num_end] if num_end < len(doc) else None):
        if nb is not None and nb.lower_ in lex.non_count and nb.ent_type_ == "DATE":
            return True
    return False


def _range_after(doc, num_end: int, sent_end: int, lex: _Lexicon, runs_by_start: dict[int, int]):
    """For 'X to Y' / 'X-Y' / 'X or Y' / 'X and Y' return (second run start, end) if present."""
    if num_end + 1 >= sent_end:
        return None
    joiner = doc[num_end].lower_
    if joiner not in RANGE_JOINERS | {"and"}:
        return None
    nxt = num_end + 1
    if nxt in runs_by_start:
        return nxt, runs_by_start[nxt]
    return None


def find_quantities(sent) -> list[Quantity]:
    """Every count expression in the sentence that could count people (see module doc)."""
    lex = lexicon()
    doc = sent.doc
    runs = list(_number_runs(sent, lex))
    runs_by_start = {s: e for s, e in runs}
    used: set[int] = set()
    found: list[Quantity] = []
    for start, end in runs:
        if start in used:
            continue
        value = _words_value(doc[start:end], lex)
        if value is None:
            continue
        qstart, rule = _qualifier_before(doc, start, sent.start, lex)
        qend, low, high = end, None, None
        second = _range_after(doc, end, sent.end, lex, runs_by_start)
        preceded_by_from = start > sent.start and doc[start - 1].lower_ == "from"
        if second is not None:
            joiner = doc[end].lower_
            value2 = _words_value(doc[second[0]:second[1]], lex)
            is_range = value2 is not None and value2 > value and (
                (joiner == "and" and rule == "range") or joiner in RANGE_JOINERS)
            if is_range and joiner == "to" and preceded_by_from:
                # "rose from 12 to 31": the later figure is the update
                qstart, rule, value, low, high = start - 1, "update", value2, None, None
                qend = second[1]
                used.add(second[0])
            elif is_range:
                low, high, qend = value, value2, second[1]
                rule = "range"
                used.add(second[0])
        noun = _counted_noun(doc, start, qend if rule != "update" else end)
        if is_non_count(doc, qstart, start, end, value, noun, lex):
            continue
        if rule == "range" and high is None:
            rule = "exact"  # "between" with no second number
        coded: int | None = value
        if rule == "upper":
            low, high, coded = None, value, None
        vague = any(lex.words.get(t.lower_, (0, ""))[1] == "vague" for t in doc[start:end])
        found.append(_make(doc, qstart, qend, start, end, coded, low, high, rule, vague))
    found.extend(_vague_and_single(sent, lex, {i for q in found for i in range(q.start, q.end)}))
    found.sort(key=lambda q: q.start)
    return found


def _make(doc, start, end, num_start, num_end, value, low, high, rule, vague) -> Quantity:
    span = doc[start:end]
    return Quantity(start, end, num_start, num_end, value, low, high, rule, vague,
                    span.start_char, span.end_char, span.text)


def _vague_and_single(sent, lex: _Lexicon, taken: set[int]) -> list[Quantity]:
    """Vague plurals ('dozens', 'several'), zeros ('no one', 'no soldiers') and 'a man' (= 1)."""
    doc = sent.doc
    out: list[Quantity] = []
    taken = set(taken)
    for tok in sent:
        i, low = tok.i, tok.lower_
        if i in taken:
            continue
        nxt = doc[i + 1] if i + 1 < sent.end else None
        entry = lex.words.get(low)
        if entry and entry[1] == "vague":
            value = entry[0]
            start, end = i, i + 1
            if low in {"few", "couple"}:
                if i == sent.start or doc[i - 1].lower_ not in {"a", "several"}:
                    continue  # bare "few" means almost none
                start = i - 1
            if low == "tens" and not (nxt is not None and nxt.lower_ == "of"):
                continue
            # "tens/hundreds of thousands"
            if nxt is not None and nxt.lower_ == "of" and i + 2 < sent.end and doc[i + 2].lower_ in {"thousands", "millions"}:
                value *= lex.words[doc[i + 2].lower_][0]
                end = i + 3
            noun = _counted_noun(doc, start, end)
            if noun is None and nxt is not None and nxt.lower_ == "of" and i + 2 < sent.end:
                noun = doc[i + 2]
            if noun is not None and (noun.lemma_.lower() in lex.non_count or noun.lower_ in lex.non_count):
                continue
            if low == "many" and i > sent.start and doc[i - 1].lower_ in {"how", "as", "so", "too"}:
                continue
            taken.update(range(start, end))
            out.append(_make(doc, start, end, i, end, value, None, None, "vague", True))
        elif low in ZERO_WORDS or (low == "no" and nxt is not None and nxt.lower_ == "one") or \
                (low == "none" and tok.dep_ in {"nsubj", "nsubjpass"}):
            end = i + 2 if low == "no" else i + 1
            out.append(_make(doc, i, end, i, end, 0, None, None, "zero", False))
        elif low == "no" and tok.dep_ == "det" and tok.head.pos_ in {"NOUN", "PROPN"}:
            out.append(_make(doc, i, i + 1, i, i + 1, 0, None, None, "zero", False))
        elif (low in REFLEXIVE_ONE and tok.dep_ in {"dobj", "conj"}) or (
                low == "another" and tok.dep_ in {"dobj", "nsubj", "nsubjpass", "conj"}):
            # "killed himself and 6 others", "wounded another": one person
            out.append(_make(doc, i, i + 1, i, i + 1, 1, None, None, "one", False))
        elif low in {"a", "an"} and nxt is not None:
            noun = tok.head if tok.dep_ == "det" else None
            if noun is None or noun.tag_ not in {"NN", "NNP"} or noun.left_edge.i != i:
                continue
            if noun.lemma_.lower() in lex.person_nouns or noun.lower_ in lex.person_nouns or \
                    noun.ent_type_ in {"NORP", "PERSON"}:
                out.append(_make(doc, i, i + 1, i, i + 1, 1, None, None, "one", False))
    return out
