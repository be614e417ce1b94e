"""Event dates: find temporal expressions, attach one to an event trigger, resolve it.

- ``find_date_expressions(sent)`` -> every temporal expression in a sentence
  Span, as ``DateMention`` records with article character offsets.
- ``resolve_expression(text, published, tense)`` -> (date, enddate, precision)
  for an expression alone, or None.
- ``resolve_event_date(trigger, published)`` -> ``records.DateAttr`` for the
  event whose trigger is a spaCy Token.

Which expression belongs to the event (best first): one attached to the
trigger itself ("the attack on Tuesday", "hit ... on Saturday"); one attached
to the verb governing a noun trigger ("killed in an attack on Tuesday"); one
nested inside an argument of that clause, also through a participle that
describes a noun ("recruits queuing at the camp on Sunday"); one on a governing
clause ("said on Monday that ... hit"), however it hangs there when the trigger
is a subjectless participle clause (", killing 13"); one on a clausal subject
("Shelling over the weekend killed three"); one on a reporting clause hung
under the trigger ("..., officials said on Monday"). A limit ("by the end of the year",
"before Friday", "within the next two weeks", "ahead of Sunday's vote") dates only an event
named inside it, never the event it is set for, and a span ahead dates no plan committed to
in the past ('agreed to resume talks next month': dated by the agreeing). A deictic time ending
a suspect's charge dates the act that names the suspect ('arrested nine men suspected of
smuggling fuel last week'). None in the sentence -> the date of the speaker's next dated attribution
nearby ('Trump said he was disappointed. "...," Trump told reporters on Monday.'), else, for
a statement by a pronoun or a common noun, of the dated statement it continues ('X accused Y
on Tuesday ... He warned that ...'). Still none -> the
publication date, flagged as inexact (ACLED 2 / UCDP 3: dated by the report, the
event may be a few days older). No publication date either -> date None, never
invented. Anaphoric expressions ("a day earlier", "the previous day", "late in the
afternoon", "earlier in the week") count from the last date named before them, in their
sentence or an earlier one, passing over dates of things ("the 2022 election") and of plans
("agreed to start in October": a past 'a day earlier' counts from the agreeing) and preferring
an event's date to its report's. "Three days after <X>" dates the events inside X three days
before the one it places (and, when X is a noun phrase, the placed event three days after X's
day). A weekday in a dated report's past counts back from the day of the saying ("said on
Monday that troops had retaken the town on Wednesday").

Dates are spans of days; a single day has ``enddate`` None. Precision follows
the span length: 1 day -> day, 2-8 -> week, 9-35 -> month, longer -> year.
See ``date_resolver`` for the calendar conventions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..nlp.doc_views import doc_ents, doc_text
from ..records import DateAttr
from .date_calendar import (
    DateSpan, acled_time_precision, parse_iso, span_precision, ucdp_date_prec)
from .date_patterns import PATTERNS, SINCE_BEFORE, TEMPORAL_LEAD
from .date_resolver import TENSES, relation_sign, relation_span, resolve_match, resolve_text
from .date_tense import clause_tense, clause_verb, is_verbal
from ..nlp.dateline import dateline_end
from ..events.lexicon import get_lexicon
from ..nlp.sentences import PARAGRAPH_BREAK, sentence_of, sentences

CACHE_KEY = "newsevents.date_mentions"
STORY_START_KEY = "newsevents.story_start"
# Any date works to test that a match resolves at all; a leap year keeps 29 February.
PROBE_REF = date(2000, 6, 15)
EXPLICIT = frozenset({"iso", "between", "range_md", "range_dm", "dmy", "mdy", "month_year",
                      "month", "year", "ner", "holiday"})
ANAPHORIC = frozenset({"anaphor", "offset", "relation", "daypart", "period_anaphor"})
# Names, titles and events that merely contain a date word ("Bloody Sunday", "Sunday Times").
NON_DATE_ENTS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT",
                           "GPE", "LOC", "NORP"})
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "add", "claim",
                           "confirm", "write", "allege", "deny", "warn", "note"})
# Verbs whose event is the statement itself ("condemned the bombing"), besides saying.
STATEMENT_LEMMAS = SPEECH_LEMMAS | frozenset({
    "condemn", "denounce", "accuse", "blame", "criticise", "criticize", "urge", "call", "appeal",
    "demand", "praise", "welcome", "reject", "dismiss", "threaten", "vow", "pledge", "promise",
    "insist", "thank", "invite", "apologise", "apologize"})
REPORT_DEPS = frozenset({"ccomp", "parataxis", "advcl", "conj"})
SUBJECT_CLAUSE_DEPS = frozenset({"csubj", "csubjpass"})
GOVERNING_HOPS = 3
CLAUSE_MARKING_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
PARTICIPLE_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj"})
# Verbs whose infinitive is a plan they commit to ('agreed to resume talks next month').
COMMITMENT_LEMMAS = frozenset({"agree", "offer", "pledge", "promise", "vow", "threaten"})
SPEAKER_PRONOUNS = frozenset({"he", "she"})
CONTINUING_PRONOUNS = SPEAKER_PRONOUNS | {"it", "they"}
# Clauses inside others; a relative clause counts only with a relative pronoun for subject,
# since the parser also files a sentence opening with 'In the same statement' as one.
SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "pcomp", "csubj", "csubjpass", "acl"})
MAX_OCCASION_DAYS = 8  # a statement is made on a day, or at worst within a named week
PUBLICATION_ACLED, PUBLICATION_UCDP = 2, 3  # dated by the report: within about a week
# Prepositions that make a time a limit set for the event, not the time it happens.
DEADLINE_PREPOSITIONS = frozenset({"by", "before", "within"})
CHARGE_PREPOSITIONS = frozenset({"of", "for", "with"})  # 'suspected of', 'arrested for', 'charged with'
CHARGE_PARTICIPLES = frozenset({"accuse", "suspect", "charge", "want"})
DEADLINE_PHRASES = frozenset({("later", "than"), ("ahead", "of"), ("prior", "to")})
NOMINAL_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "npadvmod"})
# Expressions a reported clause counts from the day of its saying, not from publication.
REPORTED_DEICTIC = frozenset({"weekday", "weekend", "night_range"})
RELATION_PATTERN = dict(PATTERNS)["relation"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One temporal expression in the article.

    ``start``/``end`` are character offsets into the article text; ``pattern``
    names the rule that found it ("weekday", "dmy", ... or "ner" for a spaCy
    DATE entity read by dateparser); ``kind`` is explicit (names a calendar
    date, month or year), relative (to publication) or anaphoric (to another date).
    """

    text: str
    start: int
    end: int
    pattern: str
    kind: str


def _kind(pattern: str) -> str:
    if pattern in ANAPHORIC:
        return "anaphoric"
    return "explicit" if pattern in EXPLICIT else "relative"


# ---- finding expressions ----------------------------------------------------------------

def _resolves(name: str, match) -> bool:
    return any(resolve_match(name, match, PROBE_REF, tense) is not None for tense in TENSES)


def _inside_date_ent(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ in ("DATE", "TIME") for t in span)


def _inside_other_ent(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in NON_DATE_ENTS for t in span)


def _plausible(name: str, match, text: str, doc, base: int) -> bool:
    """Context checks that the patterns alone cannot make."""
    groups = match.groupdict()
    month = groups.get("mon")
    if month and not month[0].isupper():  # "may", "march" as verbs or nouns
        return False
    weekday = groups.get("wd")
    if weekday and not weekday[0].isupper():
        return False
    start, end = base + match.start(), base + match.end()
    bare = name in ("month", "year") and not groups.get("mod") and not groups.get("rel")
    if bare and "year" not in match.group().lower():
        # "in May"/"since 2022" are dates; "May" the modal or "2022 people" are not.
        if not TEMPORAL_LEAD.search(text, 0, match.start()) and not _inside_date_ent(doc, start, end):
            return False
    return name == "holiday" or not _inside_other_ent(doc, start, end)


def _scan(sent) -> list[tuple[int, int, str]]:
    """(start, end, pattern) of the longest non-overlapping matches in the sentence."""
    text, base, doc = sent.text, sent.start_char, sent.doc
    found = []
    for order, (name, pattern) in enumerate(PATTERNS):
        for match in pattern.finditer(text):
            if _resolves(name, match) and _plausible(name, match, text, doc, base):
                found.append((match.start(), match.end(), order, name))
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))  # longest first, then pattern order
    chosen: list[tuple[int, int, str]] = []
    for start, end, _order, name in found:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, name))
    # spaCy DATEs the patterns missed, e.g. "03.03.2026" (Span.ents would rebuild all the Doc's)
    for ent in (e for e in doc_ents(doc) if sent.start <= e.start and e.end <= sent.end):
        s, e = ent.start_char - base, ent.end_char - base
        if ent.label_ == "DATE" and all(e <= cs or s >= ce for cs, ce, _ in chosen) \
                and any(resolve_text(ent.text, PROBE_REF, t) for t in TENSES):
            chosen.append((s, e, "ner"))
    widened = []
    for start, end, name in chosen:
        since = SINCE_BEFORE.search(text, 0, start)
        widened.append((since.start() if since else start, end, name))
    return sorted(widened)


def find_date_expressions(sent) -> list[DateMention]:
    """All temporal expressions in a sentence Span, in text order (cached on the Doc)."""
    doc, base = sent.doc, sent.start_char
    key = (CACHE_KEY, sent.start_char, sent.end_char)
    cached = doc.user_data.get(key)
    if cached is None:
        # Plain tuples, so that Doc.to_bytes() can still serialise user_data. The dateline's
        # date ("LONDON, Nov 24 (Reuters) -") is the report's, never an event's.
        skip_before = _dateline_end(doc) - base
        cached = tuple((start, end, name) for start, end, name in _scan(sent) if start >= skip_before)
        doc.user_data[key] = cached
    text = sent.text  # not doc.text, which spaCy rebuilds from every token on each access
    return [DateMention(text[s:e], base + s, base + e, name, _kind(name)) for s, e, name in cached]


def _dateline_end(doc) -> int:
    """Where the story starts after any dateline, computed once per Doc."""
    if STORY_START_KEY not in doc.user_data:
        doc.user_data[STORY_START_KEY] = dateline_end(doc_text(doc))
    return doc.user_data[STORY_START_KEY]


# ---- resolving a lone expression -------------------------------------------------------

def resolve_expression(text: str, published: str | None, tense: str = "past"
                       ) -> tuple[str | None, str | None, str] | None:
    """'last week', '2026-11-25', 'past' -> ('2026-11-16', '2026-11-22', 'week'), or None.

    A single day has enddate None. ``tense`` is past, present or future.
    """
    if tense not in TENSES:
        from ..errors import UsageError
        raise UsageError(f"Unknown tense '{tense}'. Valid tenses: past, present, future.")
    span = resolve_text(text, parse_iso(published), tense)
    if span is None:
        return None
    first, last, precision = _fields(span)
    return first, last, precision


def _fields(span: DateSpan) -> tuple[str, str | None, str]:
    last = None if span.last == span.first else span.last.isoformat()
    return span.first.isoformat(), last, span_precision(span.days)


# ---- attaching an expression to a trigger ----------------------------------------------

def _root(doc, mention: DateMention):
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _noun_participle(token) -> bool:
    """'recruits queuing at the camp on Sunday', 'a ship operated by a charity on Tuesday': a
    present participle, or a passive participle with its agent that names no event (a state),
    modifying a noun with no subject or auxiliary of its own, happens at the time of the clause
    around it. ('a vote scheduled for 8 October' is left alone: that date is the vote's.)"""
    if token.dep_ != "acl" or any(c.dep_ in CLAUSE_MARKING_DEPS for c in token.children):
        return False
    return token.tag_ == "VBG" or (token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)
                                   and token.lemma_.lower() not in get_lexicon().verbs)


def _object_participle(token) -> bool:
    """'ambushed soldiers escorting a convoy late on Saturday': the parser reads an object
    and its participle as a clause of their own (a subject but no auxiliary); it is a noun
    described by a participle, which happens at the time of the clause around it."""
    return token.dep_ == "ccomp" and token.tag_ == "VBG" and token.head.lemma_.lower() not in SPEECH_LEMMAS \
        and any(c.dep_ == "nsubj" for c in token.children) \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in token.children)


def _bare_nonfinite(token, deps) -> bool:
    return token.dep_ in deps and token.tag_ in ("VBG", "VBN") \
        and not any(c.dep_ in CLAUSE_MARKING_DEPS for c in token.children)


def _charge(token) -> bool:
    """'suspected of spying', 'accused of plotting', 'on suspicion of spying', 'arrested for
    protesting': a suspect's charge, the gerund naming it or the participle laying it."""
    if token.tag_ == "VBG":
        return _bare_nonfinite(token, ("pcomp",)) and token.head.lower_ in CHARGE_PREPOSITIONS
    return token.tag_ == "VBN" and _bare_nonfinite(token, ("acl",)) and token.lemma_.lower() in CHARGE_PARTICIPLES


def _climb(root, stop, through_charges: bool = False):
    """Tokens from root's head up to the first verbal token (not counting noun-modifying
    present participles) or ``stop`` (inclusive). With ``through_charges``, also past a
    suspect's charge that the expression ends ('arrested nine men suspected of smuggling fuel
    across the border last week'): a charge is rarely dated by a deictic day, the act naming
    the suspect is."""
    path, current, in_charge = [], root, False
    while current.head.i != current.i:
        current = current.head
        path.append(current)
        if current.i == stop.i:
            break
        if through_charges and _charge(current) and (in_charge or _direct(root, path)):
            in_charge = True
            continue
        if is_verbal(current) and not _noun_participle(current) and not _object_participle(current):
            break
    return path


def _misattached_adverbial(child, token) -> bool:
    """'fired grenades late on Saturday': the parser hangs the adverbial on the object,
    but adverbs modify verbs, so it belongs to the object's verb."""
    return child.dep_ in ("advmod", "npadvmod") and token.dep_ in ("dobj", "obj")


def _direct(root, path) -> bool:
    """Only prepositions between the expression and its host: it modifies the host itself."""
    chain = [root, *path]
    return all(t.pos_ == "ADP" or t.dep_ in ("prep", "agent") or _misattached_adverbial(chain[k], t)
               for k, t in enumerate(path[:-1]))


def _bare_participle(verb) -> bool:
    return verb.dep_ in PARTICIPLE_CLAUSE_DEPS and verb.tag_ in ("VBG", "VBN") \
        and not any(c.dep_ in CLAUSE_MARKING_DEPS for c in verb.children)


def _participle_clause_of(verb, host) -> bool:
    """'A bomber blew himself up among recruits at a camp on Sunday, killing 13 and wounding
    25': participle clauses with no subject of their own are part of their governor's event,
    so they take its date however the expression hangs in the governor's clause."""
    current = verb
    for _ in range(GOVERNING_HOPS):
        if not _bare_participle(current):
            return False
        current = clause_verb(current.head)
        if current is None:
            return False
        if current.i == host.i:
            return True
    return False


def _governing_verbs(verb):
    chain, current = [], verb
    for _ in range(GOVERNING_HOPS):
        if current.head.i == current.i:
            break
        current = clause_verb(current.head)
        if current is None:
            break
        chain.append(current)
    return chain


def _before_clause_subject(root, clause) -> bool:
    """The expression stands between the clause's governor and the clause's own subject or
    marker ('said on Thursday it would attack'): outside the clause, whatever the parse says."""
    opener = next((c for c in clause.children if c.dep_ in CLAUSE_MARKING_DEPS and c.i < clause.i), None)
    return opener is not None and clause.head.i < root.i < opener.left_edge.i


def _speech_host(root, host):
    """'said on Thursday it would attack': the parser hangs a time standing before the subject
    of a reported clause on that clause, but it dates the saying, so the host is the speech verb."""
    if host.dep_ == "ccomp" and host.head.lemma_.lower() in SPEECH_LEMMAS \
            and _before_clause_subject(root, host):
        return host.head
    return host


def _setting_nouns_only(root, path) -> bool:
    """Between the expression and its host only prepositions and nouns that are no events
    themselves ('in a televised address on Monday', 'at a news conference on Tuesday',
    'in a Sunday sermon'): the setting of a statement, dated with it."""
    event_nouns = get_lexicon().nouns
    return not any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in event_nouns
                   for t in [root, *path[:-1]])


def _dated_statement(host, root, path) -> bool:
    return host.lemma_.lower() in STATEMENT_LEMMAS and _setting_nouns_only(root, path)


def _score(trigger, trigger_verb, governors, root, deictic: bool = False) -> tuple[int, str] | None:
    """Lower is better; None when the expression belongs to an unrelated clause. A ``deictic``
    expression ('last week', 'on Monday') may date the trigger through a suspect's charge."""
    path = _climb(root, trigger, through_charges=deictic)
    host = _speech_host(root, path[-1]) if path else None
    if host is None:
        return None
    direct = _direct(root, path) if host.i == path[-1].i else True
    if host.i == trigger.i:
        return (0, "") if direct else (2, "")
    if host.i == trigger_verb.i:
        return (1, "") if direct else (3, "")
    if direct and host.dep_ == "relcl" and host.head.i == trigger.i:
        return 2, ""  # "talks that began on Thursday": the clause describes the trigger noun
    if direct and _participle_clause_of(host, trigger_verb):
        return 3, ""  # "hit tankers, crossing the bridge on Saturday": the subjectless clause shares its time
    governor_ids = [g.i for g in governors]
    if host.i in governor_ids and (direct or _participle_clause_of(trigger_verb, host)
                                   or _dated_statement(host, root, path)):
        return 4 + governor_ids.index(host.i), "governing-clause:"
    if direct and host.dep_ in SUBJECT_CLAUSE_DEPS and host.head.i == trigger_verb.i:
        return 5, "subject-clause:"  # "Shelling over the weekend killed three"
    if direct and host.lemma_.lower() in SPEECH_LEMMAS and host.head.i == trigger_verb.i \
            and host.dep_ in REPORT_DEPS:
        return 10, "report-clause:"
    return None


def _deadline_phrase(mention: DateMention, root):
    """The phrase that makes the expression a limit rather than a date, or None: the expression
    itself ('by the end of the year', 'before the end of the year', 'within the next two weeks',
    'no later than Monday'), or the noun phrase it dates ('ahead of Sunday's vote')."""
    if mention.text[:3].lower() == "by ":  # "by the end of the year" is matched whole
        return root
    phrase = root
    while phrase.dep_ in NOMINAL_MODIFIER_DEPS:
        phrase = phrase.head
    if phrase.dep_ != "pobj":
        return None
    preposition = phrase.head
    if preposition.dep_ == "agent":  # "killed by Friday's blast"
        return None
    if preposition.lower_ in DEADLINE_PREPOSITIONS \
            or (preposition.head.lower_, preposition.lower_) in DEADLINE_PHRASES:
        return phrase
    return None


def _deadline(trigger, mention: DateMention, root) -> bool:
    """'vowed to drive them out before the end of the year', 'arrested ahead of Sunday's vote':
    a limit does not date the event it is set for (nor the threat or demand that sets it),
    only an event named inside it (the vote)."""
    phrase = _deadline_phrase(mention, root)
    return phrase is not None and not phrase.left_edge.i <= trigger.i <= phrase.right_edge.i


def _committed_plan(root) -> bool:
    """'agreed to resume negotiations next month', 'pledged to begin deliveries in May': the
    expression sits in an infinitive (or a gerund under one) governed by a commitment made in
    the past."""
    verb = clause_verb(root)
    for _ in range(GOVERNING_HOPS):
        if verb is None or verb.head.i == verb.i or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ == "MD" for c in verb.children):
            return False  # a finite clause of its own
        governor = clause_verb(verb.head)
        if governor is not None and governor.lemma_.lower() in COMMITMENT_LEMMAS:
            return clause_tense(governor) == "past"
        verb = governor
    return False


def _ahead_of_past(mention: DateMention, root, ref: date | None) -> bool:
    """'agreed to a truce in the coming weeks': a span lying ahead of publication cannot date
    a clause in the past tense (what was agreed happened already); it dates planned events.
    Nor does it date what a past commitment plans ('agreed to resume negotiations next month'):
    the coder reports that plan as the commitment, made when it was made."""
    if ref is None or mention.kind == "anaphoric":
        return False
    tense = clause_tense(_tense_token(root))
    if tense != "past" and not _committed_plan(root):
        return False
    span = resolve_text(mention.text, ref, tense)
    return span is not None and span.first >= ref and span.last > ref


def _relation_parts(doc, mention: DateMention) -> tuple[frozenset[int], bool] | None:
    """For 'a week after militants abducted ...' / 'hours after the bombing': the token ids of
    what follows 'after'/'before' (the other event) and whether it is a clause; None when the
    parse does not show it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    word = span[-1]
    if word.dep_ == "mark":
        head, clausal = word.head, True
    else:
        head = next((c for c in word.children if c.dep_ in ("pobj", "pcomp")), None)
        if head is None:
            return None
        clausal = head.dep_ == "pcomp" or is_verbal(head)
    inner = frozenset(t.i for t in head.subtree) - {t.i for t in span}
    return inner, clausal


def _relation_score(trigger, trigger_verb, governors, root, mention: DateMention):
    """An event inside 'three days after <it>' is placed by the phrase (rank 3); one outside it
    only when <it> is a noun phrase naming an earlier event ('hours after the bombing'): with a
    clause there ('the attack came a week after militants abducted ...') the outside event is
    the one the story already dated."""
    parts = _relation_parts(trigger.doc, mention)
    if parts is None:
        return None
    inner, clausal = parts
    if trigger.i in inner:
        return 3, ""
    return None if clausal else _score(trigger, trigger_verb, governors, root)


def _attached(trigger, mentions: list[DateMention], ref: date | None):
    doc = trigger.doc
    trigger_verb = clause_verb(trigger) or trigger
    governors = _governing_verbs(trigger_verb)
    best = None
    for mention in mentions:
        root = _root(doc, mention)
        if root is None or _deadline(trigger, mention, root) or _ahead_of_past(mention, root, ref):
            continue
        if mention.pattern == "relation":
            scored = _relation_score(trigger, trigger_verb, governors, root, mention)
        else:
            scored = _score(trigger, trigger_verb, governors, root, mention.kind == "relative")
        if scored is None:
            continue
        # At equal standing a date of its own beats one counted from another ("before dawn on Saturday").
        rank = (scored[0], mention.kind == "anaphoric", abs(root.i - trigger.i))
        if best is None or rank < best[0]:
            best = (rank, mention, _tense_token(root), scored[1])
    return None if best is None else best[1:]


def _tense_token(root):
    """The token whose clause gives the expression its tense: the speech verb for a time the
    parser hung inside the reported clause ('said on Thursday it would attack': past Thursday)."""
    clause = clause_verb(root.head) if root.head.i != root.i else None
    if clause is None:
        return root
    host = _speech_host(root, clause)
    return root if host.i == clause.i else host


def _modifies_noun(root) -> bool:
    """'the 2022 election', 'the March 2025 agreement': a date naming a thing, not a time
    the story sets events in."""
    return root.dep_ in ("nummod", "compound", "amod") and root.head.pos_ in ("NOUN", "PROPN")


def _within(doc, inner: DateMention, outer: DateMention) -> bool:
    """'before dawn on Saturday': ``inner`` hangs inside the phrase ``outer``."""
    inner_root, outer_root = _root(doc, inner), _root(doc, outer)
    return inner_root is not None and outer_root is not None and inner.start >= outer.end \
        and outer_root.is_ancestor(inner_root)


def _dates_saying(root) -> bool:
    path = _climb(root, root)
    return bool(path) and _speech_host(root, path[-1]).lemma_.lower() in SPEECH_LEMMAS


def _anchor(doc, mention: DateMention, ref: date | None, in_own_sentence=None):
    """What an anaphoric expression counts from: the nearest earlier non-anaphoric expression
    in its sentence (or, with ``in_own_sentence``, any there that the test accepts), else in the
    sentences before it ("A day earlier, ..." opening a paragraph counts from the day the story
    last named), resolved; None if the article names none. Dates of things ('the 2022
    election') are passed over, so are the dates of plans unless the expression is itself in a
    future clause ('agreed on Tuesday to start in October. ... had visited a day earlier'), and
    the date of a saying yields to an event's in its sentence ('killed ... on Saturday, officials
    said on Monday. ... late in the afternoon')."""
    own = in_own_sentence or (lambda m: m.end <= mention.start or _within(doc, m, mention))
    own_root = _root(doc, mention)
    looks_ahead = own_root is not None and clause_tense(own_root) == "future"
    for k, sent in enumerate(reversed([s for s in sentences(doc) if s.start_char <= mention.start])):
        candidates = [(m, root) for m in find_date_expressions(sent)
                      if m.kind != "anaphoric" and (k > 0 or own(m))
                      and (root := _root(doc, m)) is not None and not _modifies_noun(root)
                      and (looks_ahead or clause_tense(root) != "future")]
        if candidates:
            anchor, root = next((c for c in reversed(candidates) if not _dates_saying(c[1])), candidates[-1])
            return resolve_text(anchor.text, ref, clause_tense(root))
    return None


def _relation_anchor(doc, mention: DateMention, ref: date | None, inside: bool):
    """The date 'three days after <X>' counts from: X's (for the event placed outside the
    phrase) or the placed event's (for X's own events), from an expression in the sentence on
    that side of the phrase, else from the day the story last named."""
    inner, _clausal = _relation_parts(doc, mention)

    def on_other_side(m: DateMention) -> bool:
        root = _root(doc, m)
        return m.start != mention.start and root is not None and (root.i in inner) != inside
    return _anchor(doc, mention, ref, on_other_side)


def _reporting_day(trigger, mention: DateMention, mentions: list[DateMention], ref: date | None):
    """'said on Monday that troops had retaken the town on Wednesday': the day of the saying
    that reports the trigger's clause, if it is dated and before publication; a weekday in the
    reported past counts back from it (the Wednesday before that Monday). None otherwise."""
    verb = clause_verb(trigger) or trigger
    speech = next((g for g in _governing_verbs(verb) if g.lemma_.lower() in SPEECH_LEMMAS), None)
    if speech is None or ref is None:
        return None
    for other in mentions:
        if other is mention or other.kind == "anaphoric" or _dates_speech(speech, other) is None:
            continue
        said = resolve_text(other.text, ref, clause_tense(speech))
        if said is not None and said.first == said.last and said.first < ref:
            return said.first
    return None


# ---- a statement dated where its speaker is quoted later ---------------------------------

def _subject(verb):
    """The verb's subject; a conjoined verb shares its first conjunct's ('X condemned ... and vowed')."""
    for _ in range(GOVERNING_HOPS):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _speaker_names(trigger) -> set[str]:
    """For a statement (a verb of saying, or a clause under one), the lower-case heads of the
    proper-noun subjects of its clause and of the speech verbs governing it ('Trump said he was
    disappointed' -> {'trump'}); empty for other events, which keep their paragraph's date."""
    verb = clause_verb(trigger) or trigger
    speech = [g for g in _governing_verbs(verb) if g.lemma_.lower() in SPEECH_LEMMAS]
    if not speech and not {trigger.lemma_.lower(), verb.lemma_.lower()} & STATEMENT_LEMMAS:
        return set()
    subjects = (_subject(v) for v in (verb, *speech))
    return {s.lower_ for s in subjects if s is not None and s.pos_ == "PROPN"}


def _window_end(text: str, start: int) -> int:
    """End of the paragraph after the one holding ``start`` (paragraphs end at line breaks)."""
    breaks = [m.start() for _, m in zip(range(2), PARAGRAPH_BREAK.finditer(text, start))]
    return breaks[1] if len(breaks) == 2 else len(text)


def _other_person_between(doc, start: int, end: int, names: set[str]) -> bool:
    return any(e.label_ == "PERSON" and e[-1].lower_ not in names
               for e in doc_ents(doc) if start <= e.start_char and e.end_char <= end)


def _same_speaker(subject, names: set[str], doc, since: int) -> bool:
    """The subject names the speaker, or is 'he'/'she' with no other person named since."""
    if subject.lower_ in names:
        return True
    return subject.lower_ in SPEAKER_PRONOUNS and not _other_person_between(doc, since, subject.idx, names)


def _dates_speech(verb, mention: DateMention):
    """The mention's root if it dates the speech verb: hung on it directly, or through
    nouns that are not events themselves ('in a televised address on Sunday evening'), or
    before the subject of the clause it reports ('said on Monday it had repelled')."""
    root = _root(verb.doc, mention)
    if root is None:
        return None
    path = _climb(root, verb)
    if not path or _speech_host(root, path[-1]).i != verb.i:
        return None
    event_nouns = get_lexicon().nouns
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in event_nouns for t in [root, *path[:-1]]):
        return None  # 'said on Monday after the attack on Sunday': Sunday dates the attack
    return root


def _speaker_attribution(trigger):
    """'Trump said he was disappointed. "...," Trump told reporters on Monday.': an undated
    statement takes the date of its speaker's next dated attribution (past-tense say/tell...)
    in the rest of its paragraph or the next one. (mention, root, how) or None."""
    names = _speaker_names(trigger)
    if not names:
        return None
    doc, sent = trigger.doc, sentence_of(trigger)
    limit = _window_end(doc_text(doc), sent.start_char + len(sent.text.rstrip()))
    for verb in doc[sent.end:]:
        if verb.idx >= limit:
            break
        if verb.lemma_.lower() not in SPEECH_LEMMAS or not is_verbal(verb):
            continue
        subject = _subject(verb)
        if subject is None or clause_tense(verb) != "past" or not _same_speaker(subject, names, doc, sent.end_char):
            continue
        for mention in find_date_expressions(sentence_of(verb)):
            root = _dates_speech(verb, mention) if mention.kind != "anaphoric" else None
            if root is not None:
                return mention, root, "speaker-attribution:"
    return None


def _paragraph_before_start(text: str, start: int) -> int:
    """Start of the paragraph before the one holding ``start`` (0 at the top)."""
    ends = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, start)]
    return ends[-2] if len(ends) >= 2 else 0


def _continues_speaker(subject, earlier_subject) -> bool:
    """'He warned', 'It said', or the same common noun ('the ministry' after 'the interior
    ministry said'): the later statement may be the same speaker's; a name may not."""
    if subject.lower_ in CONTINUING_PRONOUNS:
        return True
    return subject.pos_ == "NOUN" and earlier_subject is not None \
        and subject.lemma_.lower() == earlier_subject.lemma_.lower()


def _main_statement(trigger):
    """The statement verb heading the trigger's sentence ('He warned that ...', 'the ministry
    accused X of ...', also conjoined there), or None: statements inside other clauses
    ('because they demanded ...') report no occasion of their own."""
    verb = clause_verb(trigger) or trigger
    if verb.lemma_.lower() not in STATEMENT_LEMMAS or clause_tense(verb) == "future":
        return None
    head = verb.head if verb.dep_ == "conj" else verb
    subordinate = head.dep_ in SUBORDINATE_DEPS or any(c.dep_ == "mark" for c in head.children) \
        or any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in head.children)
    return None if subordinate else verb


def _earlier_saying(trigger, ref: date | None):
    """'Ruritania accused its neighbour on Tuesday of ... \n\n "...," a spokesman told
    reporters. He warned that ...': an undated statement heading its sentence, by a pronoun or
    a common noun, continues the statement dated by the last date the story named before it (in
    its paragraph or the one before), when that date is a day or a week and its speaker can be
    this one ('In the same statement the ministry accused ...' after 'the interior ministry said
    on Monday'). A nearer date of anything else (or an unattached one in its own sentence)
    leaves it to its paragraph. (mention, root, how) or None."""
    verb = _main_statement(trigger)
    subject = _subject(verb) if verb is not None else None
    if ref is None or subject is None or (subject.pos_ != "NOUN" and subject.lower_ not in CONTINUING_PRONOUNS):
        return None
    doc, sent = trigger.doc, sentence_of(trigger)
    if any(m.kind != "anaphoric" for m in find_date_expressions(sent)):
        return None
    limit = _paragraph_before_start(doc_text(doc), sent.start_char)
    for earlier in reversed([s for s in sentences(doc) if limit <= s.start_char < sent.start_char]):
        mentions = [m for m in find_date_expressions(earlier) if m.kind != "anaphoric"]
        if not mentions:
            continue
        for speech in earlier:
            if speech.lemma_.lower() not in STATEMENT_LEMMAS or not is_verbal(speech) \
                    or clause_tense(speech) != "past" or not _continues_speaker(subject, _subject(speech)):
                continue
            for mention in mentions:
                root = _dates_speech(speech, mention)
                span = resolve_text(mention.text, ref, "past") if root is not None else None
                if span is not None and span.days <= MAX_OCCASION_DAYS:
                    return mention, root, "earlier-saying:"
        return None
    return None


# ---- the event's date -------------------------------------------------------------------

def _past_perfect(root) -> bool:
    verb = clause_verb(root.head) if root.head.i != root.i else None
    return verb is not None and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD"
                                    for c in verb.children)


def _until_story_time(doc, mention: DateMention, ref: date | None, span):
    """'had shelled the town since Wednesday' (after 'seized it on Friday'): the past perfect
    runs up to the time the story has reached, the day it last named, not to publication."""
    reached = _anchor(doc, mention, ref)
    if reached is None or not span.first <= reached.last < span.last:
        return span
    return DateSpan(span.first, reached.last, span.method + ":until-story-time")


def _mention_span(trigger, mention: DateMention, root, mentions: list[DateMention], ref: date | None,
                  dated_by_governor: bool):
    """The attached expression resolved: from its anchor if anaphoric, from the day of the
    saying for a weekday in a reported past, and up to story time for a past perfect 'since'."""
    tense = clause_tense(root)
    anchor = _anchor(trigger.doc, mention, ref) if mention.kind == "anaphoric" else None
    span = resolve_text(mention.text, ref, tense, anchor)
    if mention.pattern in REPORTED_DEICTIC and tense == "past" and not dated_by_governor:
        said = _reporting_day(trigger, mention, mentions, ref)
        reported = resolve_text(mention.text, said, tense, anchor) if said else None
        if reported is not None and reported != span:
            span = replace(reported, method=f"reported@{said.isoformat()}:{reported.method}")
    if span is not None and span.method.startswith("since:") and _past_perfect(root):
        span = _until_story_time(trigger.doc, mention, ref, span)
    return span


def _relation_date(trigger, mention: DateMention, ref: date | None):
    inner, _clausal = _relation_parts(trigger.doc, mention)
    inside = trigger.i in inner
    match = RELATION_PATTERN.fullmatch(mention.text)
    anchor = _relation_anchor(trigger.doc, mention, ref, inside)
    return relation_span(match, ref, anchor, relation_sign(match, inside)) if match else None


def _publication_date(published: date | None) -> DateAttr:
    if published is None:
        return DateAttr(date=None, enddate=None, precision="day", method="none")
    return DateAttr(date=published.isoformat(), enddate=None, precision="day",
                    method="publication-date", acled_time_precision=PUBLICATION_ACLED,
                    ucdp_date_prec=PUBLICATION_UCDP)


def resolve_event_date(trigger, published: str | None) -> DateAttr:
    """The event's date from the expression attached to ``trigger`` (a spaCy Token), else
    from its speaker's dated attribution in a later sentence, else the publication date
    ('YYYY-MM-DD'), else no date."""
    ref = parse_iso(published)
    mentions = find_date_expressions(sentence_of(trigger))
    picked = (_attached(trigger, mentions, ref) if mentions else None) or _speaker_attribution(trigger) \
        or _earlier_saying(trigger, ref)
    if picked is None:
        return _publication_date(ref)
    mention, root, how = picked
    if mention.pattern == "relation":
        span = _relation_date(trigger, mention, ref)
    else:
        span = _mention_span(trigger, mention, root, mentions, ref, dated_by_governor=bool(how))
    if span is None:  # e.g. "on Thursday" with no publication date to count from
        fallback = _publication_date(ref)
        return DateAttr(date=fallback.date, enddate=None, precision="day", text=mention.text,
                        start=mention.start, end=mention.end,
                        method=f"unresolved:{mention.pattern}+{fallback.method}",
                        acled_time_precision=fallback.acled_time_precision,
                        ucdp_date_prec=fallback.ucdp_date_prec)
    first, last, precision = _fields(span)
    return DateAttr(date=first, enddate=last, precision=precision, text=mention.text,
                    start=mention.start, end=mention.end, method=how + span.method,
                    acled_time_precision=acled_time_precision(span.days),
                    ucdp_date_prec=ucdp_date_prec(span.days))
