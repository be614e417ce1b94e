"""Regular expressions for English temporal expressions, compiled once.

``PATTERNS`` is an ordered tuple of (name, compiled regex); each regex matches
one kind of expression ("last week", "3 March 2026", "on Thursday night"...)
and names its parts with groups that ``date_resolver`` reads. The same
patterns serve two callers: ``fullmatch`` on a lone expression and ``finditer``
over a sentence.
"""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "couple of": 2, "a couple of": 2,
}
# Vague counts, only inside spans ("the past few days"): a generous upper bound.
VAGUE_NUMBERS = {"few": 5, "a few": 5, "several": 7}

_full_month = "|".join(FULL_MONTHS)
# Full names first so that "March" is never read as "Mar" + "ch".
MONTH = (rf"(?:{_full_month}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
         r"(?:\.(?!\w))?(?!\w)")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d\w])"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d\w])"
PART = r"(?:morning|afternoon|evening|night)"
COUNT = r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
VAGUE = r"(?:a\s+few|few|several)"
UNIT = r"(?:hour|day|week|month|year)s?"
DASH = r"\s*(?:-|–|—|to|and|through|until|till)\s*"
# early/mid/late refine a month or year; "by" turns a period into a deadline.
MODIFIER = (r"(?:(?P<by>by)\s+)?(?P<mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
            r"(?:\s*-\s*|\s+)")
# "March last year", "3 May of next year": a month or day placed by a year relative to publication.
YEAR_REL = r"(?:,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year(?![\w'’]))"
# "Last year in March": the same, said the other way round.
YEAR_REL_FIRST = r"(?:(?P<yrel_first>last|this|next)\s+year,?\s+in\s+)"

_DMY = rf"(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"
_MDY = rf"{MONTH}\s+(?:the\s+)?{DAY}(?:,?\s+{YEAR})?"
_RANGE_END = rf"(?:{_DMY}|{_MDY}|{MONTH}\s+{YEAR}|{MONTH}|{YEAR}|{WEEKDAY})"

_SPECS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<y>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d\w])"),
    ("between", rf"(?P<conn1>between|from)\s+(?P<a>{_RANGE_END})\s+(?:and|to|until|till|through)\s+"
                rf"(?P<b>{_RANGE_END})"),
    # "overnight from Saturday to Sunday", "the night of Friday to Saturday": both days of the night.
    ("night_range", rf"(?:overnight|(?:during\s+|on\s+)?the\s+night)\s+(?:(?:from|of|between)\s+)?"
                    rf"(?P<a>{WEEKDAY})\s+(?:to|into|and|through)\s+(?P<b>{WEEKDAY})"),
    ("range_md", rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"),
    ("range_dm", rf"(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    ("dmy", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
            rf"(?:,?\s+(?P<y>{YEAR})|{YEAR_REL})?"),
    ("mdy", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})"
            rf"(?:,?\s+(?P<y>{YEAR})|{YEAR_REL})?"),
    ("month_year", rf"(?:{MODIFIER})?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})"),
    ("month", rf"{YEAR_REL_FIRST}?(?:{MODIFIER})?(?:(?P<rel>last|next|this)\s+)?"
              rf"(?P<mon>(?:{_full_month})(?!\w)){YEAR_REL}?"),
    ("year", rf"(?:{MODIFIER})?(?:the\s+year\s+)?(?P<y>{YEAR})"),
    ("weekend", r"(?P<rel>this\s+past|the\s+past|this\s+coming|the|this|last|next)\s+weekend(?!\w)"),
    ("weekday", rf"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past)\s+)?"
                rf"(?:(?:early|late)\s+(?:on\s+)?)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART})(?!\w))?"),
    ("day_word", rf"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                 rf"|(?:earlier|later|early|late)\s+(?:today|yesterday|tomorrow)"
                 rf"|(?:today|yesterday|tomorrow)(?:\s+{PART})?"
                 rf"|tonight|this\s+{PART}|last\s+night|overnight)(?!\w)"),
    # Christmas and New Year fall on fixed days: the year is inferred as for "25 December".
    ("holiday", rf"(?P<hol>christmas\s+(?:day|eve)|boxing\s+day|new\s+year(?:'|’)?s\s+(?:day|eve))"
                rf"(?:,?\s+(?P<y>{YEAR}))?"),
    ("anaphor", rf"(?P<w>(?:earlier|later)\s+(?:that|the\s+same|in\s+the)\s+(?:day|{PART})"
                rf"|that\s+(?:day|{PART})|the\s+same\s+(?:day|{PART})"
                rf"|the\s+(?:previous|preceding|next|following)\s+(?:day|{PART})"
                rf"|the\s+(?:day|night)\s+(?:before|after)(?!\s*\w)"
                rf"|hours\s+(?:earlier|later))(?!\w)"),
    ("offset", rf"(?P<n>{COUNT})\s+(?P<unit>day|week)s?\s+"
               r"(?P<dir>earlier|later|before(?!\s*\w)|after(?!\s*\w))(?!\w)"),
    # "a week after militants abducted ...", "hours before the talks": a distance between two
    # events; dates.py decides from the parse which side of it the event stands on.
    ("relation", rf"(?P<n>(?:{COUNT}|the)\s+)?(?P<unit>hour|day|week|month|year)(?(n)s?|s)\s+"
                 r"(?P<dir>after|before)(?=\s+\w|$)"),
    # "late in the afternoon", "before dawn": a time of day on the day the story last named.
    ("daypart", r"(?P<w>(?:(?:early|late|later|earlier)\s+)?in\s+the\s+(?:morning|afternoon|evening)"
                r"|(?:(?:shortly|just|soon|long)\s+)?(?:before|after)\s+(?:dawn|daybreak|dusk|nightfall|midnight)"
                r"|at\s+(?:dawn|daybreak|dusk|nightfall|midnight|noon))(?!\w)"),
    # "earlier in the week", "later that month": part of the period around the day last named.
    ("period_anaphor", r"(?P<w>earlier|later)\s+(?:in\s+the|that)\s+(?P<unit>week|month|year)(?!\w)"),
    ("ago", rf"(?P<n>{COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago(?!\w)"),
    ("past_span", rf"(?P<rel>the\s+past|the\s+last|this\s+past)\s+(?:(?P<n>{COUNT}|{VAGUE})\s+)?"
                  rf"(?P<unit>{UNIT})(?!\w)(?!\s+of\b)"),  # not "the last three months of 2004"
    ("recent_span", rf"(?P<rel>recent|the\s+coming|the\s+next|coming)\s+(?:(?P<n>{COUNT}|{VAGUE})\s+)?"
                    rf"(?P<unit>{UNIT})(?!\w)(?!\s+of\b)"),
    ("in_count", rf"in\s+(?P<n>{COUNT})\s+(?P<unit>day|week|month|year)s?(?:'?s?\s+time)?(?!\w)"),
    ("period", rf"(?:{MODIFIER})?(?P<rel>earlier\s+this|later\s+this|last|this|next|the)\s+"
               r"(?P<unit>week|month|year)(?!\w)"),
)

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?<![\w-]){spec}", re.IGNORECASE)) for name, spec in _SPECS)

# Leading words stripped from a lone expression before matching ("on Thursday").
LEADING_PREPOSITION = re.compile(r"^(?:on|in|at|during|over|throughout|within|of|for|between|from)\s+",
                                 re.IGNORECASE)
# "since March": the span runs from the expression to publication.
SINCE = re.compile(r"^since\s+", re.IGNORECASE)
SINCE_BEFORE = re.compile(r"(?<!\w)since\s+$", re.IGNORECASE)
# Words before a bare month or year that make it temporal ("in May", not "may").
TEMPORAL_LEAD = re.compile(
    r"(?<!\w)(?:in|on|since|during|of|from|until|till|by|through|throughout|before|after|"
    r"early|mid|late|last|next|this|end|beginning|start|middle|between|and|to)[\s-]+$",
    re.IGNORECASE)


def number_value(text: str | None, default: int = 1) -> int | None:
    """'two' -> 2, '48' -> 48, 'several' -> 7; None text -> ``default``."""
    if text is None:
        return default
    key = " ".join(text.lower().split())
    if key.isdigit():
        return int(key)
    return NUMBER_WORDS.get(key, VAGUE_NUMBERS.get(key))
