"""Casualty counts (dead, injured, arrested) for an event, with ACLED-style coding.

``extract_size(trigger)`` -> ``records.Size`` for the trigger's event: the counts of its
sentence that report that event, not another one the sentence mentions;
``sentence_sizes(sent)`` -> the same for any sentence Span;
``casualty_mentions(sent)`` -> the counts found, each with offsets and a reason;
``merge_sizes(sizes)`` -> one Size for an event reported by several sentences.

Coding conventions (ACLED's "most conservative reported figure"):
- "at least 17" / "more than 100" -> 17 / 100; "nearly 50" / "about 50" -> 50
  (the reported figure, nothing subtracted);
- "up to 30" / "as many as 30" -> no count, size_range {"dead": [None, 30]}
  (the text gives no lower figure);
- "between 10 and 15", "10-15", "10 to 15" -> 10, size_range [10, 15];
- vague words (data/casualties/number_words.v1.tsv): "several"/"a few" 3,
  "many" 10, "dozens" 12, "scores" 20, "hundreds" 100; the field is listed
  in ``estimated``;  bare plurals ("soldiers were killed") get no count;
- "22 people, including four children" -> 22 with size_detail children 4;
  "two soldiers and three civilians were killed" -> 5, detail per noun;
- "casualties" (dead and injured together) -> size_detail {"casualties": n}
  only, except "no casualties" which codes dead 0 and injured 0;
- "the death toll rose to 31" -> 31, and size_detail {"reported_total":
  {"dead": 31}} so that ``merge_sizes`` lets the update supersede;
- "claimed to have killed 40 soldiers" -> 40 with size_detail {"claimed": ["dead"]}:
  a party's own claim, which ``merge_sizes`` uses only when no other figure is given.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_tsv
from ..records import Size
from .numbers import Quantity, find_quantities
from ..nlp.sentences import sentence_of
from .date_tense import is_verbal
from ..events.lexicon import get_lexicon

FIELDS = ("dead", "injured", "arrested")
CACHE_KEY = "newsevents.casualties"
# Words allowed between a count and a following casualty word ("3 others were reportedly killed").
BRIDGE_WORDS = {"others", "other", "more", "people", "persons", "person", "of", "them", "were", "was",
                "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "later",
                "all", "allegedly", "subsequently", "since", "confirmed", "reported",
                "either", "both", "instantly", "immediately"}
MAX_BRIDGE = 5
# "3 people who were killed": a modifier clause further than this belongs to something else.
MAX_MODIFIER_GAP = 6
# Verbs whose subject is a running total ("the toll rose to 31", "the dead included 3").
TOTAL_VERBS = {"rise", "climb", "jump", "reach", "hit", "stand", "be", "increase", "total", "top",
               "exceed", "surpass", "mount", "number", "include", "bring", "raise", "put", "push",
               "grow", "soar"}
TOTAL_NOUNS = {"number", "tally", "count", "total"}
LIFE_VERBS = {"claim", "lose", "cost", "take"}
SUBSET_BEFORE = {"including", "include", "includes", "included", "among"}
GENERIC_LABELS = {"people", "persons", "person", "others", "other", "individuals"}
# A clause hung on a noun: a count inside it is about that noun's event.
NOUN_CLAUSE_DEPS = {"relcl", "acl"}


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """One count tied to a casualty word. Offsets are character offsets into the article."""

    field: str                # dead | injured | arrested | casualties
    value: int | None
    low: int | None
    high: int | None
    estimated: bool
    update: bool              # a running total ("death toll rose to 31")
    subset: bool              # part of an earlier count ("including four children")
    label: str | None         # the counted noun ("children"), if any
    text: str
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    reason: str
    claimed: bool = False     # a party's own claim ("claimed to have killed 40 soldiers")


@dataclass(frozen=True, slots=True)
class _Cue:
    field: str
    kind: str  # verb | intrans | adj | noun | total


def _dead_on_object(children) -> bool:
    """"shot dead 23 men": the parser may hang "dead" on the object instead of the verb."""
    return any(c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lower_ == "dead" and m.i < c.i for m in c.children)
               for c in children)


@lru_cache(maxsize=1)
def cue_table() -> dict[str, tuple[_Cue, ...]]:
    """lemma -> cues, from data/casualties/cues.v1.tsv (loaded once)."""
    table: dict[str, list[_Cue]] = {}
    for row in read_tsv("casualties/cues.v1.tsv"):
        table.setdefault(row["lemma"], []).append(_Cue(row["field"], row["kind"]))
    return {k: tuple(v) for k, v in table.items()}


def cue_of(tok) -> _Cue | None:
    """The casualty cue a token expresses in its context, or None."""
    table = cue_table()
    lemma = tok.lemma_.lower()
    low = tok.lower_
    pos = tok.pos_
    children = list(tok.children)
    if pos in {"VERB", "AUX"}:
        if lemma == "lose" and any(c.lemma_.lower() == "life" for c in children):
            return _Cue("dead", "intrans")
        if lemma == "round" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
            return _Cue("arrested", "verb")
        if lemma in {"take", "place", "put"} and any(
                c.dep_ == "prep" and c.lower_ in {"into", "in"} and any(g.lemma_.lower() == "custody" for g in c.children)
                for c in children):
            return _Cue("arrested", "verb")
        if lemma in {"gun", "mow"} and any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
            return _Cue("dead", "verb")  # "eight people were gunned down"
        if lemma in {"shoot", "gun", "beat", "stab", "hack", "burn", "stone"} and (
                any(c.lower_ == "dead" for c in children) or _dead_on_object(children) or any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                    for c in children)):
            return _Cue("dead", "verb")  # "shot dead", "beaten to death" 
    cues = table.get(lemma, ()) + (table.get(low, ()) if low != lemma else ())
    if not cues:
        return None
    if lemma == "life":
        head = tok.head
        if head.lemma_.lower() not in LIFE_VERBS and head.head.lemma_.lower() not in LIFE_VERBS:
            return None
    wanted = {"VERB": ("verb", "intrans", "adj"), "AUX": ("verb", "intrans"),
              "ADJ": ("adj", "verb", "intrans"), "NOUN": ("noun", "total", "adj", "verb"),
              "PROPN": ("noun", "total")}.get(pos, ())
    for kind in wanted:
        for cue in cues:
            if cue.kind == kind:
                if pos in {"ADJ"} and kind == "verb":
                    return _Cue(cue.field, "adj")  # "wounded soldiers", "3 killed"
                if pos == "NOUN" and kind in {"adj", "verb"}:
                    if kind == "verb" and lemma not in {"arrest", "murder", "killing"}:
                        continue
                    return _Cue(cue.field, "noun" if kind == "verb" else "people")
                return cue
    return None


def _of_owner_link(owner) -> "_Link | None":
    """A count after "<owner> of": a running total ("toll of 31") or a casualty noun ("deaths of 3")."""
    total = _total_cue(owner)
    if total is not None:
        return _Link(total.field, owner, True, f"'{owner.text} of' total")
    cue = cue_of(owner)
    if cue is not None and owner.pos_ == "NOUN" and cue.kind in {"noun", "people"}:
        return _Link(cue.field, owner, False, f"'{owner.text} of'")
    return None


def _total_cue(tok) -> _Cue | None:
    """'toll', or 'number/tally of <casualty word>' -> the field it totals."""
    lemma = tok.lemma_.lower()
    if lemma == "toll":
        comp = " ".join(c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"})
        if "injur" in comp or "wound" in comp:
            return _Cue("injured", "total")
        if "casualt" in comp:
            return _Cue("casualties", "total")
        if "arrest" in comp:
            return _Cue("arrested", "total")
        return _Cue("dead", "total")
    if lemma in TOTAL_NOUNS:
        doc = tok.doc
        for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
            cue = cue_of(doc[j])
            if cue is not None and cue.kind != "total":
                return _Cue(cue.field, "total")
            if doc[j].is_punct:
                break
    return None


@dataclass(frozen=True, slots=True)
class _Link:
    field: str
    cue_tok: object
    update: bool
    reason: str


def _counted_noun(doc, q: Quantity):
    """The noun the quantity counts ('22 people' -> people) or None."""
    for tok in doc[q.num_start:q.num_end]:
        head = tok.head
        if not (q.num_start <= head.i < q.num_end):
            # the tagger sometimes calls the counted noun a verb ("4 inmates"): trust nummod
            if head.i > tok.i and (tok.dep_ == "nummod" or (
                    tok.dep_ in {"quantmod", "compound", "amod", "det", "advmod"} and head.pos_ in {"NOUN", "PROPN"})):
                return head
            break
    # "dozens of people", "hundreds of protesters"
    if q.rule == "vague" and q.num_end + 1 < len(doc) and doc[q.num_end].lower_ == "of" and \
            doc[q.num_end + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
        j = q.num_end + 1
        while j + 1 < len(doc) and doc[j].pos_ in {"ADJ", "PROPN"} and doc[j + 1].pos_ in {"ADJ", "NOUN", "PROPN"}:
            j += 1
        return doc[j]
    return None


def _anchor(doc, q: Quantity):
    """The number token whose head lies outside the number words."""
    for tok in doc[q.num_start:q.num_end]:
        if not (q.num_start <= tok.head.i < q.num_end):
            return tok
    return doc[q.num_end - 1]


def _link_right(doc, after: int, sent_end: int) -> _Link | None:
    """'3 dead', '3 people were killed', '5 others injured', '3 died', '3 lost their lives'."""
    j, bridged = after, 0
    while j < sent_end and bridged <= MAX_BRIDGE:
        tok = doc[j]
        cue = cue_of(tok)
        if cue is not None and cue.kind in {"verb", "intrans", "adj", "people"}:
            if cue.kind == "verb" and any(c.dep_ == "dobj" for c in tok.children):
                return None  # "gunmen killed 3": the count before is the agent
            return _Link(cue.field, tok, False, f"count before '{tok.text}'")
        if tok.lower_ not in BRIDGE_WORDS and tok.pos_ not in {"AUX", "ADV", "PART"}:
            return None
        j += 1
        bridged += 1
    return None


def _link_left(doc, q: Quantity, sent_start: int) -> _Link | None:
    """'killed 3', 'the lives of 3', 'deaths of 3', 'the death toll rose to 31'."""
    k = q.start - 1
    if k < sent_start:
        return None
    prev = doc[k]
    cue = cue_of(prev)
    if cue is not None and cue.kind == "verb" and prev.pos_ == "VERB" and \
            not any(c.dep_ == "auxpass" for c in prev.children):
        return _Link(cue.field, prev, False, f"object of '{prev.text}'")
    if prev.lower_ == "of" and k - 1 >= sent_start:
        link = _of_owner_link(doc[k - 1])
        if link is not None:
            return link
    # running totals: "the death toll rose to 31", "bringing the toll to 31", "toll stood at 31"
    for j in range(k, max(sent_start, k - 7) - 1, -1):
        tok = doc[j]
        if tok.is_punct or tok.like_num and j != k:
            break
        total = _total_cue(tok)
        if total is not None:
            return _Link(total.field, tok, True, f"running total '{tok.text}'")
    return None


def _link_tree(doc, q: Quantity, noun) -> _Link | None:
    """Dependency fallback: the count's noun as victim of a casualty word."""
    tok = noun if noun is not None else _anchor(doc, q)
    while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} and tok.head.i < tok.i:
        tok = tok.head
    for child in tok.children:
        if child.dep_ in {"acl", "relcl", "amod"} and tok.i < child.i <= tok.i + MAX_MODIFIER_GAP:
            cue = cue_of(child)
            if cue is not None and cue.kind in {"verb", "intrans", "adj"}:
                if cue.kind == "verb" and any(c.dep_ == "dobj" for c in child.children):
                    continue
                return _Link(cue.field, child, False, f"'{child.text}' modifies the counted noun")
    head, dep = tok.head, tok.dep_
    if head is tok:
        return None
    cue = cue_of(head)
    if cue is not None:
        if dep in {"dobj", "nsubjpass", "oprd"} and cue.kind in {"verb", "adj"}:
            return _Link(cue.field, head, False, f"{dep} of '{head.text}'")
        if dep == "nsubj" and cue.kind in {"intrans", "adj"}:
            return _Link(cue.field, head, False, f"subject of '{head.text}'")
    if dep in {"nsubj"} and head.lemma_ in {"be", "remain"}:
        for c in head.children:
            c_cue = cue_of(c)
            if c.dep_ in {"acomp", "attr"} and c_cue is not None and c_cue.kind in {"adj", "people", "verb"}:
                return _Link(c_cue.field, c, False, f"'{c.text}' predicated of the count")
    if dep == "conj" and cue is not None and cue.kind == "verb" and head.i < tok.i and \
            any(c.dep_ == "dobj" for c in head.children):
        # parser slip: a second object coordinated to the verb ("killed a commander and three of ...")
        return _Link(cue.field, head, False, f"coordinated object of '{head.text}'")
    if dep == "pobj" and head.dep_ == "prep":
        owner = head.head
        if head.lower_ == "of":
            link = _of_owner_link(owner)
            if link is not None:
                return link
        if head.lower_ in {"to", "at"} and owner.lemma_.lower() in TOTAL_VERBS:
            for c in owner.children:
                total = _total_cue(c) if c.dep_ in {"nsubj", "dobj", "nsubjpass"} else None
                if total is not None:
                    return _Link(total.field, c, True, f"running total '{c.text}'")
    if dep in {"dobj", "attr"} and head.lemma_.lower() in TOTAL_VERBS:
        for c in head.children:
            if c.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            total = _total_cue(c)
            if total is not None:
                return _Link(total.field, c, True, f"running total '{c.text}'")
            c_cue = cue_of(c)
            if c_cue is not None and c_cue.kind in {"people", "noun"}:
                return _Link(c_cue.field, c, False, f"'{c.text}' {head.lemma_} the count")
    return None


def _is_group_size(doc, q: Quantity, sent) -> bool:
    """'seven of the twelve hostages': the second number is the whole group, not a casualty count."""
    j = q.start - 1
    while j >= sent.start and (doc[j].dep_ in {"det", "poss"} or doc[j].lower_ in {"the", "these", "those"}):
        j -= 1
    return j - 1 >= sent.start and doc[j].lower_ == "of" and (doc[j - 1].like_num or doc[j - 1].pos_ == "NUM")


def _is_subset(doc, q: Quantity, noun, sent) -> bool:
    """'including four children', 'among them 3 women', '15 of them', 'of whom 4 were'."""
    for j in range(q.start - 1, max(sent.start, q.start - 3) - 1, -1):
        if doc[j].lower_ in SUBSET_BEFORE or (doc[j].lower_ in {"them", "whom"} and j - 1 >= sent.start
                                              and doc[j - 1].lower_ in {"of", "among"}):
            return True
        if doc[j].lower_ not in {",", "at", "least", "about", "some", "them", "whom"}:
            break
    if q.end + 1 < sent.end and doc[q.end].lower_ == "of" and doc[q.end + 1].lower_ in {"them", "whom", "those"}:
        return True
    if noun is not None and noun.head.dep_ == "prep" and noun.head.lower_ in {"including", "among"} and \
            noun.dep_ == "pobj":
        return True
    return False


def _label(noun, q: Quantity, doc) -> str | None:
    if noun is not None and noun.lower_ not in GENERIC_LABELS and noun.i >= q.num_end:
        return noun.lower_
    # "15 of them civilians"
    if q.end + 2 < len(doc) and doc[q.end].lower_ == "of" and doc[q.end + 2].pos_ == "NOUN":
        return doc[q.end + 2].lower_
    return None


CLAIM_VERBS = {"claim", "boast"}


def _claimed(cue) -> bool:
    """The count is a party's own claim: its cue word sits under "claim" ("claimed to have
    killed 40 soldiers", "claimed that it had killed 40"), not a reported toll."""
    tok = cue
    for _ in range(4):
        if tok.head is tok or tok.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        tok = tok.head
        if tok.lemma_.lower() in CLAIM_VERBS:
            return True
    return False


def _mention(q: Quantity, link: _Link, noun, subset: bool, doc) -> CasualtyMention:
    cue = link.cue_tok
    return CasualtyMention(
        field=link.field, value=q.value, low=q.low, high=q.high, estimated=q.vague,
        update=link.update or q.rule == "update", subset=subset, label=_label(noun, q, doc),
        text=q.text, start=q.start_char, end=q.end_char, cue=cue.text, cue_start=cue.idx,
        cue_end=cue.idx + len(cue.text), reason=f"{q.rule} count; {link.reason}", claimed=_claimed(cue))


def _zero_fields(link: _Link) -> list[_Link]:
    """'no one was killed or injured': a zero extends over coordinated cue words."""
    links = [link]
    for c in link.cue_tok.children:
        c_cue = cue_of(c)
        if c.dep_ == "conj" and c_cue is not None and c_cue.field != link.field:
            links.append(_Link(c_cue.field, c, False, link.reason + f" + '{c.text}'"))
    return links


def _find_mentions(sent) -> tuple[CasualtyMention, ...]:
    doc = sent.doc
    mentions: list[CasualtyMention] = []
    last_main_field: str | None = None
    for q in find_quantities(sent):
        if _is_group_size(doc, q, sent):
            continue
        noun = _counted_noun(doc, q)
        subset = _is_subset(doc, q, noun, sent)
        link = None
        if noun is not None:
            n_cue = cue_of(noun)
            if n_cue is not None and n_cue.kind != "total":  # "3 deaths", "3 dead", "3 killed"
                link = _Link(n_cue.field, noun, False, f"count of '{noun.text}'")
        if link is None:
            after = (noun.i + 1) if noun is not None and noun.i >= q.end else q.end
            link = _link_right(doc, after, sent.end) or _link_left(doc, q, sent.start) or \
                _link_tree(doc, q, noun)
        if link is None and subset and last_main_field is not None:
            link = _Link(last_main_field, doc[q.start], False, "subset of the preceding count")
        if link is None:
            continue
        links = _zero_fields(link) if q.rule == "zero" else [link]
        for one in links:
            mentions.append(_mention(q, one, noun, subset and last_main_field is not None, doc))
        if not subset:
            last_main_field = link.field
    return tuple(mentions)


def casualty_mentions(sent) -> tuple[CasualtyMention, ...]:
    """Counts tied to death/injury/arrest words in a sentence Span (cached on the Doc)."""
    cache = sent.doc.user_data.setdefault(CACHE_KEY, {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_mentions(sent)
    return cache[key]


def size_from_mentions(mentions) -> Size:
    """Combine one sentence's mentions into a Size (see module doc for the rules)."""
    values: dict[str, int | None] = {}
    ranges: dict[str, list] = {}
    detail: dict[str, dict] = {}
    totals: dict[str, int] = {}
    estimated: list[str] = []
    claimed: list[str] = []
    for field in FIELDS + ("casualties",):
        main = [m for m in mentions if m.field == field and not m.subset]
        subs = [m for m in mentions if m.field == field and m.subset]
        updates = [m for m in main if m.update and m.value is not None]
        if updates:
            chosen = [updates[-1]]
            totals[field] = updates[-1].value
        else:
            chosen = main
        counted = [m for m in chosen if m.value is not None]
        if counted:
            values[field] = sum(m.value for m in counted)
        if len(chosen) == 1 and chosen[0].high is not None:
            ranges[field] = [chosen[0].low, chosen[0].high]
        if len(counted) > 1:
            for m in counted:
                if m.label:
                    detail.setdefault(field, {})[m.label] = detail.get(field, {}).get(m.label, 0) + m.value
        for m in subs:
            if m.value is not None and m.label:
                detail.setdefault(field, {})[m.label] = m.value
        if any(m.estimated for m in counted):
            estimated.append(field)
        if counted and all(m.claimed for m in counted):
            claimed.append(field)
    casualties = values.pop("casualties", None)
    if casualties is not None:
        if casualties == 0:
            values.setdefault("dead", 0)
            values.setdefault("injured", 0)
        detail["casualties"] = casualties
    if totals:
        detail["reported_total"] = totals
    if claimed:
        detail["claimed"] = claimed
    return Size(dead=values.get("dead"), injured=values.get("injured"), arrested=values.get("arrested"),
                size_range=ranges or None, size_detail=detail or None,
                estimated=tuple(f for f in estimated if f in FIELDS))


def sentence_sizes(sent) -> Size:
    """Counts in a sentence Span regardless of trigger."""
    return size_from_mentions(casualty_mentions(sent))


def _path_up(token, stop_ids: set[int]) -> list:
    """Tokens from ``token`` up to (not including) the first one in ``stop_ids``."""
    path = []
    while token.i not in stop_ids and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path if token.i in stop_ids else []


def _ancestor_ids(token) -> set[int]:
    ids = {token.i}
    while token.head.i != token.i:
        token = token.head
        ids.add(token.i)
    return ids


def _about_other_noun(clause, trigger, count) -> bool:
    """A relative/participle clause on a noun that is neither the trigger, an event ("the
    attack, which killed 7"), nor the counted victims ("25 people injured", "8 killed and 400
    injured", where the parse hangs "injured" on the number itself)."""
    noun = clause.head
    return clause.dep_ in NOUN_CLAUSE_DEPS and noun.i != trigger.i and count.head.i != noun.i \
        and count.i != noun.i and noun.lemma_.lower() not in get_lexicon().nouns


def _own_subject(verb) -> bool:
    """An active subject of its own: "a missile hit ..." is another act; "12 people were
    killed" (a passive subject) reports the first act's victims."""
    return any(c.dep_ == "nsubj" for c in verb.children)


def _belongs_to(cue, count, trigger) -> bool:
    """Whether a count (its cue word and number) reports the trigger's event rather
    than another one in the sentence: not in a clause about some other noun ("accused Kabul of
    sheltering militants who killed 11 soldiers"; "Novi Sad, where the collapse killed 16"),
    not in a conjoined clause with a subject of its own ("shot down 71 drones, but a missile
    hit Dnipro, injuring seven"), and the trigger not in a clause conjoined to the count's that
    reports no casualties itself ("the collapse killed 16 and set off the protests")."""
    if cue.i == trigger.i:
        return True
    cue_path = _path_up(cue, _ancestor_ids(trigger))
    if any(_about_other_noun(t, trigger, count) for t in cue_path):
        return False
    if any(t.dep_ == "conj" and is_verbal(t) and _own_subject(t) and cue_of(t) is None for t in cue_path):
        return False  # "defences shot down 71 drones, but a missile hit Dnipro, injuring seven"
    lca = cue_path[-1].head if cue_path else cue
    trigger_path = _path_up(trigger, {lca.i})
    return not any(t.dep_ == "conj" and is_verbal(t) and cue_of(t) is None for t in trigger_path)


def extract_size(trigger) -> Size:
    """Counts for the event whose trigger token is given: those of its sentence that report
    the trigger's event (``_belongs_to``); a subset ("including four children") follows the
    count it is part of."""
    doc = trigger.doc
    kept, main_kept = [], True
    for mention in casualty_mentions(sentence_of(trigger)):
        cue = doc.char_span(mention.cue_start, mention.cue_end, alignment_mode="expand")
        count = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        own = cue is None or count is None or _belongs_to(cue.root, count.root, trigger)
        if mention.subset:
            own = main_kept
        else:
            main_kept = own
        if own:
            kept.append(mention)
    return size_from_mentions(kept)


def _claimed_fields(size: Size) -> list[str]:
    return (size.size_detail or {}).get("claimed") or []


def merge_sizes(sizes: list[Size]) -> Size:
    """One Size for an event reported by several sentences, given in article order.

    Per field: a party's own claim ("claimed to have killed 40") counts only when no
    other sentence gives a figure; the last explicit running total ("the death toll
    rose to 31") supersedes earlier figures, unless a later exact figure is higher; with
    no total, the highest exact figure wins over vague estimates.  The chosen figure's
    range and details are kept.
    """
    sizes = [s for s in sizes if s is not None]
    if not sizes:
        return Size()
    values: dict[str, int | None] = {}
    ranges: dict[str, list] = {}
    detail: dict[str, object] = {}
    estimated: list[str] = []
    for field in FIELDS:
        seen = [(i, s) for i, s in enumerate(sizes) if getattr(s, field) is not None]
        ranged = [(i, s) for i, s in enumerate(sizes) if s.size_range and field in s.size_range]
        if not seen:
            if ranged:
                ranges[field] = ranged[-1][1].size_range[field]
            continue
        # a party's own claim counts only when no one else gives a figure
        seen = [(i, s) for i, s in seen if field not in _claimed_fields(s)] or seen
        totals = [(i, s) for i, s in seen if field in ((s.size_detail or {}).get("reported_total") or {})]
        exact = [(i, s) for i, s in seen if field not in s.estimated]
        if totals:
            i_best, best = totals[-1]
            later = [(i, s) for i, s in exact if i > i_best and getattr(s, field) > getattr(best, field)]
            if later:
                i_best, best = max(later, key=lambda p: getattr(p[1], field))
        else:
            pool = exact or seen
            i_best, best = max(pool, key=lambda p: (getattr(p[1], field), p[0]))
        values[field] = getattr(best, field)
        if field in best.estimated:
            estimated.append(field)
        if best.size_range and field in best.size_range:
            ranges[field] = best.size_range[field]
        if best.size_detail and field in best.size_detail:
            detail[field] = best.size_detail[field]
        if totals:
            detail.setdefault("reported_total", {})[field] = values[field]
        if field in _claimed_fields(best):
            detail.setdefault("claimed", []).append(field)
    casualty_counts = [s.size_detail["casualties"] for s in sizes
                       if s.size_detail and s.size_detail.get("casualties") is not None]
    if casualty_counts:
        detail["casualties"] = max(casualty_counts)
    return Size(dead=values.get("dead"), injured=values.get("injured"), arrested=values.get("arrested"),
                size_range=ranges or None, size_detail=detail or None, estimated=tuple(estimated))
