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
nested inside an argument of that clause; one on a governing clause ("said on
Monday that ... hit"); one on a clausal subject ("Shelling over the weekend
killed three"); one on a reporting clause hung under the trigger ("...,
officials said on Monday"). No expression -> the publication date, flagged as
inexact (ACLED 2 / UCDP 3: dated by the report, the event may be a few days
older). No publication date either -> date None, never invented.

Dates are spans of days; a single day has ``enddate`` None. Precision follows
the span length: 1 day -> day, 2-8 -> week, 9-35 -> month, longer -> year.
See ``date_resolver`` for the calendar conventions.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..records import DateAttr
from .date_calendar import (
    DateSpan, acled_time_precision, parse_iso, span_precision, ucdp_date_prec)
from .date_patterns import PATTERNS, SINCE_BEFORE, TEMPORAL_LEAD
from .date_resolver import TENSES, resolve_match, resolve_text
from .date_tense import clause_tense, clause_verb, is_verbal
from ..nlp.dateline import dateline_end
from ..nlp.sentences import sentence_of

CACHE_KEY = "newsevents.date_mentions"
# Any date works to test that a match resolves at all; a leap year keeps 29 February.
PROBE_REF = date(2000, 6, 15)
EXPLICIT = frozenset({"iso", "between", "range_md", "range_dm", "dmy", "mdy", "month_year",
                      "month", "year", "ner"})
ANAPHORIC = frozenset({"anaphor", "offset"})
# Names, titles and events that merely contain a date word ("Bloody Sunday", "Sunday Times").
NON_DATE_ENTS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT",
                           "GPE", "LOC", "NORP"})
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "add", "claim",
                           "confirm", "write", "allege", "deny", "warn", "note"})
REPORT_DEPS = frozenset({"ccomp", "parataxis", "advcl", "conj"})
SUBJECT_CLAUSE_DEPS = frozenset({"csubj", "csubjpass"})
GOVERNING_HOPS = 3
PUBLICATION_ACLED, PUBLICATION_UCDP = 2, 3  # dated by the report: within about a week


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
    return not _inside_other_ent(doc, start, end)


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
    for ent in sent.ents:  # spaCy DATEs the patterns missed, e.g. "03.03.2026"
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
        skip_before = dateline_end(doc.text) - base
        cached = tuple((start, end, name) for start, end, name in _scan(sent) if start >= skip_before)
        doc.user_data[key] = cached
    text = doc.text
    return [DateMention(text[base + s:base + e], base + s, base + e, name, _kind(name))
            for s, e, name in cached]


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


def _climb(root, stop):
    """Tokens from root's head up to the first verbal token or ``stop`` (inclusive)."""
    path, current = [], root
    while current.head.i != current.i:
        current = current.head
        path.append(current)
        if current.i == stop.i or is_verbal(current):
            break
    return path


def _direct(path) -> bool:
    """Only prepositions between the expression and its host: it modifies the host itself."""
    return all(t.pos_ == "ADP" or t.dep_ in ("prep", "agent") for t in path[:-1])


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


def _score(trigger, trigger_verb, governors, root) -> tuple[int, str] | None:
    """Lower is better; None when the expression belongs to an unrelated clause."""
    path = _climb(root, trigger)
    host = path[-1] if path else None
    if host is None:
        return None
    direct = _direct(path)
    if host.i == trigger.i:
        return (0, "") if direct else (2, "")
    if host.i == trigger_verb.i:
        return (1, "") if direct else (3, "")
    governor_ids = [g.i for g in governors]
    if direct and host.i in governor_ids:
        return 4 + governor_ids.index(host.i), "governing-clause:"
    if direct and host.dep_ in SUBJECT_CLAUSE_DEPS and host.head.i == trigger_verb.i:
        return 5, "subject-clause:"  # "Shelling over the weekend killed three"
    if direct and host.lemma_.lower() in SPEECH_LEMMAS and host.head.i == trigger_verb.i \
            and host.dep_ in REPORT_DEPS:
        return 10, "report-clause:"
    return None


def _attached(trigger, mentions: list[DateMention]):
    doc = trigger.doc
    trigger_verb = clause_verb(trigger) or trigger
    governors = _governing_verbs(trigger_verb)
    best = None
    for mention in mentions:
        root = _root(doc, mention)
        if root is None:
            continue
        scored = _score(trigger, trigger_verb, governors, root)
        if scored is None:
            continue
        rank = (scored[0], abs(root.i - trigger.i))
        if best is None or rank < best[0]:
            best = (rank, mention, root, scored[1])
    return None if best is None else best[1:]


def _anchor(doc, mention: DateMention, mentions: list[DateMention], ref: date | None):
    """The nearest earlier non-anaphoric expression in the sentence, resolved."""
    earlier = [m for m in mentions if m.end <= mention.start and m.kind != "anaphoric"]
    if not earlier:
        return None
    anchor = earlier[-1]
    root = _root(doc, anchor)
    tense = clause_tense(root) if root is not None else "past"
    return resolve_text(anchor.text, ref, tense)


def _publication_date(published: date | None) -> DateAttr:
    if published is None:
        return DateAttr(date=None, enddate=None, precision="day", method="none")
    return DateAttr(date=published.isoformat(), enddate=None, precision="day",
                    method="publication-date", acled_time_precision=PUBLICATION_ACLED,
                    ucdp_date_prec=PUBLICATION_UCDP)


def resolve_event_date(trigger, published: str | None) -> DateAttr:
    """The event's date from the expression attached to ``trigger`` (a spaCy Token),
    else the publication date ('YYYY-MM-DD'), else no date."""
    ref = parse_iso(published)
    mentions = find_date_expressions(sentence_of(trigger))
    picked = _attached(trigger, mentions) if mentions else None
    if picked is None:
        return _publication_date(ref)
    mention, root, how = picked
    anchor = _anchor(trigger.doc, mention, mentions, ref) if mention.kind == "anaphoric" else None
    span = resolve_text(mention.text, ref, clause_tense(root), anchor)
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
