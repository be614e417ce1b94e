"""Resolve one temporal expression to a span of calendar days.

``resolve_text("last week", date(2026, 11, 25), "past")`` -> DateSpan(2026-11-16,
2026-11-22, "span:last-week"), or None when the text is not an expression we
can resolve. ``ref`` is the publication date (None: only absolute expressions
resolve); ``anchor`` is the span that "the previous day", "that morning"...
refer to (None: the publication date).

Conventions (why each is a choice, not a fact):
- Bare weekday: past tense -> on or before publication, future -> on or after
  (the same day is allowed both ways), present -> the nearest within 3 days.
  "last Monday" is strictly before publication, "next Monday" strictly after.
- Month or day without a year: the year nearest publication consistent with
  the tense (past: not after publication, future: not before, present: nearest).
  A year word fixes it instead: "March last year", "last year in March",
  "3 May of next year" count from publication's year, whatever the tense.
- "overnight"/"last night": the day before publication (ACLED dates overnight
  events to the day they began); "overnight" in the future tense is tonight. A night named by
  its two days ("overnight from Saturday to Sunday") is both days.
- "this week/month/year" is clipped by tense: past ends at publication, future
  starts there. "earlier this month" ends the day before publication.
- Periods back from publication ("the past 48 hours", "the past two days")
  run from publication minus N days (hours rounded up) to publication, because
  the time of day of publication is unknown. "recent days" = the 7 days ending
  on publication; "the coming days" = the 7 days starting on it.
- "the weekend", past: the latest weekend whose Saturday is before publication
  (ending no later than publication); future: the next whose Sunday is not.
- early/mid/late a month: days 1-10, 11-20, 21-end; a year: Jan-Apr, May-Aug, Sep-Dec.
- A time of day alone ("before dawn", "late in the evening") is the anchor's day;
  "earlier in the week" the anchor's week up to the day before it.
- "N days/weeks after" (relation) moves the anchor by N days; months and years land on
  the whole month, since "a year after" is not exact to the day; "hours after" is the same day.
- Christmas Eve/Day, Boxing Day, New Year's Eve/Day: fixed days, the year inferred by tense.
"""
from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import lru_cache

from .date_calendar import (
    ONE_DAY, DateSpan, add_months, add_years, month_span, safe_date, week_span,
    weekday_nearest, weekday_on_or_after, weekday_on_or_before, year_span)
from .date_patterns import (
    LEADING_PREPOSITION, MONTHS, PATTERNS, SINCE, WEEKDAYS, number_value)

TENSES = ("past", "present", "future")
YEAR_SEARCH = 8  # a 29 February can be 8 years away (e.g. 1896 -> 1904)
_DIGITS = re.compile(r"\d+")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_TRAILING = ",;:!?\"')("


# ---- small readers of match groups -------------------------------------------------

def _norm(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def _month(text: str) -> int:
    return MONTHS[_norm(text).rstrip(".")]


def _day(text: str) -> int:
    return int(_DIGITS.match(text).group())


def _weekday(text: str | None) -> int | None:
    return WEEKDAYS.get(_norm(text)) if text else None


YEAR_STEPS = {"last": -1, "this": 0, "next": 1}


def _year_word(m: re.Match) -> str:
    """'last', 'this' or 'next' from "March last year" / "last year in March", else ''."""
    groups = m.groupdict()
    return _norm(groups.get("yrel") or groups.get("yrel_first"))


def _modifier(m: re.Match) -> str | None:
    """'early', 'mid' or 'late' from the MODIFIER groups, or None."""
    mod = _norm(m.groupdict().get("mod"))
    if not mod:
        return None
    if mod in ("mid", "middle of", "the middle of"):
        return "mid"
    if mod in ("late", "end of", "the end of"):
        return "late"
    return "early"


# ---- year inference for expressions without a year -----------------------------------

def _infer_day(month: int, day: int, ref: date, tense: str, weekday: int | None = None) -> date | None:
    candidates = [d for y in range(ref.year - YEAR_SEARCH, ref.year + YEAR_SEARCH + 1)
                  if (d := safe_date(y, month, day)) is not None]
    if not candidates:
        return None
    if tense == "past":
        candidates = [d for d in candidates if d <= ref]
    elif tense == "future":
        candidates = [d for d in candidates if d >= ref]
    if weekday is not None:  # "Tuesday, March 3": the weekday picks the year if it can
        fits = [d for d in candidates if d.weekday() == weekday and abs((d - ref).days) <= 366]
        candidates = fits or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - ref).days), d))


def _infer_month_year(month: int, ref: date, tense: str) -> int:
    if tense == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    diff = month - ref.month
    if diff >= 6:        # six months either way is a tie: prefer the past
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


def _refine(first: date, last: date, unit: str, mod: str | None) -> tuple[date, date]:
    """early/mid/late part of a month or a year; other units are left whole."""
    if mod is None:
        return first, last
    if unit == "month":
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[mod]
        return first.replace(day=bounds[0]), first.replace(day=bounds[1])
    if unit == "year":
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[mod]
        return month_span(first.year, months[0])[0], month_span(first.year, months[1])[1]
    return first, last


def _finish(first: date, last: date, method: str, unit: str, m: re.Match, ref: date | None,
            tense: str) -> DateSpan:
    """Apply early/mid/late and the "by ..." deadline reading (future only)."""
    mod = _modifier(m)
    first, last = _refine(first, last, unit, mod)
    if mod:
        method += f":{mod}"
    if m.groupdict().get("by") and tense == "future" and ref is not None and last >= ref:
        return DateSpan(ref, last, "deadline:" + method)
    return DateSpan(first, last, method)


# ---- one handler per pattern -----------------------------------------------------------

def _iso(m, ref, tense, anchor):
    day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return DateSpan(day, day, "explicit-date") if day else None


def _day_month(m, ref, tense, anchor):
    month, day_num = _month(m["mon"]), _day(m["d"])
    if m["y"]:
        day = safe_date(int(m["y"]), month, day_num)
        return DateSpan(day, day, "explicit-date") if day else None
    if ref is None:
        return None
    if word := _year_word(m):
        day = safe_date(ref.year + YEAR_STEPS[word], month, day_num)
        return DateSpan(day, day, f"relative-date:{word}-year") if day else None
    day = _infer_day(month, day_num, ref, tense, _weekday(m["wd"]))
    return DateSpan(day, day, f"explicit-date:year-inferred:{tense}") if day else None


def _day_range(m, ref, tense, anchor):
    month, d1, d2 = _month(m["mon"]), _day(m["d1"]), _day(m["d2"])
    if d2 <= d1:
        return None
    if m["y"]:
        first, method = safe_date(int(m["y"]), month, d1), "explicit-range"
    elif ref is not None:
        first, method = _infer_day(month, d1, ref, tense), f"explicit-range:year-inferred:{tense}"
    else:
        return None
    last = safe_date(first.year, month, d2) if first else None
    return DateSpan(first, last, method) if last else None


def _between(m, ref, tense, anchor):
    # Resolve the end first, then the start as the latest fit not after the end.
    end = resolve_text(m["b"], ref, tense)
    if end is None:
        return None
    start = resolve_text(m["a"], end.last, "past")
    if start is None or start.first > end.last:
        return None
    return DateSpan(start.first, end.last, "range:" + end.method.split(":")[0])


def _month_year(m, ref, tense, anchor):
    first, last = month_span(int(m["y"]), _month(m["mon"]))
    return _finish(first, last, "explicit-month", "month", m, ref, tense)


def _bare_month(m, ref, tense, anchor):
    if ref is None:
        return None
    month, rel = _month(m["mon"]), _norm(m["rel"])
    if word := _year_word(m):
        first, last = month_span(ref.year + YEAR_STEPS[word], month)
        return _finish(first, last, f"relative-month:{word}-year", "month", m, ref, tense)
    if rel == "last":
        year, method = (ref.year if month < ref.month else ref.year - 1), "relative-month:last"
    elif rel == "next":
        year, method = (ref.year if month > ref.month else ref.year + 1), "relative-month:next"
    elif rel == "this":
        year, method = ref.year, "relative-month:this"
    else:
        year, method = _infer_month_year(month, ref, tense), f"explicit-month:year-inferred:{tense}"
    first, last = month_span(year, month)
    return _finish(first, last, method, "month", m, ref, tense)


def _year(m, ref, tense, anchor):
    first, last = year_span(int(m["y"]))
    return _finish(first, last, "explicit-year", "year", m, ref, tense)


def _weekend(m, ref, tense, anchor):
    if ref is None:
        return None
    rel = _norm(m["rel"])
    if rel in ("last", "this past", "the past"):
        sunday = weekday_on_or_before(ref - ONE_DAY, 6)
        return DateSpan(sunday - ONE_DAY, sunday, "span:last-weekend")
    if rel == "next":
        saturday = weekday_on_or_after(ref + ONE_DAY, 5)
        return DateSpan(saturday, saturday + ONE_DAY, "span:next-weekend")
    if rel == "this coming":
        tense = "future"
    method = f"span:weekend:{tense}"
    if tense == "past":
        saturday = weekday_on_or_before(ref - ONE_DAY, 5)
        return DateSpan(saturday, min(saturday + ONE_DAY, ref), method)
    if tense == "present" and ref.weekday() >= 5:
        saturday = weekday_on_or_before(ref, 5)
        return DateSpan(saturday, saturday + ONE_DAY, method)
    sunday = weekday_on_or_after(ref, 6)
    return DateSpan(max(sunday - ONE_DAY, ref), sunday, method)


def _weekday_expr(m, ref, tense, anchor):
    if ref is None:
        return None
    weekday, rel = _weekday(m["wd"]), _norm(m["rel"])
    if rel in ("last", "past", "this past"):
        day, method = weekday_on_or_before(ref - ONE_DAY, weekday), "relative-weekday:last"
    elif rel in ("next", "coming", "this coming"):
        day, method = weekday_on_or_after(ref + ONE_DAY, weekday), "relative-weekday:next"
    elif tense == "past":
        day, method = weekday_on_or_before(ref, weekday), "relative-weekday:past"
    elif tense == "future":
        day, method = weekday_on_or_after(ref, weekday), "relative-weekday:future"
    else:
        day, method = weekday_nearest(ref, weekday), "relative-weekday:present"
    return DateSpan(day, day, method)


def _day_word(m, ref, tense, anchor):
    if ref is None:
        return None
    word = _norm(m["w"])
    if word == "the day before yesterday":
        offset, name = -2, "day-before-yesterday"
    elif word == "the day after tomorrow":
        offset, name = 2, "day-after-tomorrow"
    elif "yesterday" in word:
        offset, name = -1, "yesterday"
    elif "tomorrow" in word:
        offset, name = 1, "tomorrow"
    elif word == "last night":
        offset, name = -1, "last-night"
    elif word == "overnight":
        offset, name = (0 if tense == "future" else -1), "overnight"
    else:  # today, tonight, this morning, earlier today
        offset, name = 0, "today"
    day = ref + timedelta(days=offset)
    return DateSpan(day, day, f"relative-day:{name}")


def _shift(base: DateSpan, days: int, source: str) -> DateSpan:
    step = timedelta(days=days)
    return DateSpan(base.first + step, base.last + step, f"anaphoric:{days:+d}d@{source}")


def _base(ref, anchor) -> tuple[DateSpan | None, str]:
    if anchor is not None:
        return anchor, "anchor"
    if ref is not None:
        return DateSpan(ref, ref, "publication-date"), "publication"
    return None, ""


def _anaphor(m, ref, tense, anchor):
    base, source = _base(ref, anchor)
    if base is None:
        return None
    word = _norm(m["w"])
    if word.startswith(("earlier", "later")) or word.startswith(("that", "the same", "hours")):
        offset = 0
    elif "previous" in word or "preceding" in word or word.endswith("before"):
        offset = -1
    else:  # next, following, the day after
        offset = 1
    return _shift(base, offset, source)


def _offset(m, ref, tense, anchor):
    base, source = _base(ref, anchor)
    count = number_value(m["n"])
    if base is None or count is None:
        return None
    days = count * (7 if m["unit"].lower().startswith("week") else 1)
    return _shift(base, -days if _norm(m["dir"]) in ("earlier", "before") else days, source)


def _unit(text: str) -> str:
    return _norm(text).rstrip("s")


HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
            "new years eve": (12, 31), "new years day": (1, 1)}
_APOSTROPHE = re.compile(r"['’]")


def _holiday(m, ref, tense, anchor):
    name = _APOSTROPHE.sub("", _norm(m["hol"]))
    month, day_num = HOLIDAYS[name]
    if m["y"]:
        day = safe_date(int(m["y"]), month, day_num)
        return DateSpan(day, day, "explicit-date:holiday") if day else None
    day = _infer_day(month, day_num, ref, tense) if ref is not None else None
    return DateSpan(day, day, f"explicit-date:holiday:year-inferred:{tense}") if day else None


def _relation_distance(m) -> tuple[int, str] | None:
    """(count, unit) of "three days after", "the day before", "hours after" (count 0 days)."""
    unit = _unit(m["unit"])
    if unit == "hour":
        return 0, "day"
    words = _norm(m["n"])
    count = 1 if words == "the" else (number_value(words) if words else None)
    if count is None:  # "days after", "weeks before": too vague to count
        return None
    if unit in ("day", "week"):
        return count * (7 if unit == "week" else 1), "day"
    return count, unit


def relation_span(m, ref, anchor, sign: int) -> DateSpan | None:
    """The day ``sign`` * the distance in ``m`` from the anchor (else publication)."""
    base, source = _base(ref, anchor)
    distance = _relation_distance(m)
    if base is None or distance is None:
        return None
    count, unit = distance
    if unit == "day":
        return _shift(base, sign * count, source)
    # "a year after" is not exact to the day: the month it lands in.
    step = sign * count * (12 if unit == "year" else 1)
    first, last = month_span(*_year_month(add_months(base.first, step)))
    return DateSpan(first, last, f"anaphoric:{step:+d}m@{source}")


def relation_sign(m, inside: bool) -> int:
    """+1 or -1: an event inside "three days after <X>" is X's date minus three days; the
    event the phrase places (outside it) is X's date plus three days. Mirrored for "before"."""
    after = _norm(m["dir"]) == "after"
    return -1 if after == inside else 1


def _relation(m, ref, tense, anchor):
    # Alone (the expression suite), read as the event inside: "a day after <it>" = a day back.
    return relation_span(m, ref, anchor, relation_sign(m, inside=True))


def _daypart(m, ref, tense, anchor):
    base, source = _base(ref, anchor)
    return None if base is None else _shift(base, 0, source)


def _period_anaphor(m, ref, tense, anchor):
    """'earlier in the week' of the day last named: that week up to the day before it."""
    base, source = _base(ref, anchor)
    if base is None:
        return None
    first, last = _period_span(base.first, _unit(m["unit"]), 0)
    if _norm(m["w"]) == "earlier":
        last = max(first, base.first - ONE_DAY)
    else:
        first = min(last, base.last + ONE_DAY)
    return DateSpan(first, last, f"anaphoric:{_norm(m['w'])}-in-{_unit(m['unit'])}@{source}")


def _ago(m, ref, tense, anchor):
    count = number_value(m["n"])
    if ref is None or count is None:
        return None
    unit = _unit(m["unit"])
    if unit in ("day", "week"):
        day = ref - timedelta(days=count * (7 if unit == "week" else 1))
        return DateSpan(day, day, "relative-ago")
    if unit == "month":
        first, last = month_span(*_year_month(add_months(ref, -count)))
    else:
        first, last = year_span(ref.year - count)
    return DateSpan(first, last, "relative-ago")


def _year_month(day: date) -> tuple[int, int]:
    return day.year, day.month


def _back_or_forward(ref: date, count: int, unit: str, sign: int) -> date:
    """ref moved by count units; hours round up to whole days."""
    if unit == "hour":
        return ref + timedelta(days=sign * math.ceil(count / 24))
    if unit in ("day", "week"):
        return ref + timedelta(days=sign * count * (7 if unit == "week" else 1))
    if unit == "month":
        return add_months(ref, sign * count)
    return add_years(ref, sign * count)


# Length of a vague plural window ("recent days", "the coming weeks") in units;
# days and weeks count the publication day itself, hence 7 days = ref-6..ref.
_VAGUE_WINDOW = {"hour": 1, "day": 6, "week": 27, "month": 3, "year": 3}


def _count_for(m) -> tuple[int | None, str, bool]:
    """(count, unit, vague) for span patterns; plural with no count is vague."""
    unit = _unit(m["unit"])
    if m["n"]:
        return number_value(m["n"]), unit, False
    plural = m["unit"].lower().endswith("s")
    return (None, unit, True) if plural else (1, unit, False)


def _window(ref: date, count: int | None, unit: str, vague: bool, sign: int) -> date:
    if vague:
        if unit in ("day", "week"):
            return ref + timedelta(days=sign * _VAGUE_WINDOW[unit])
        return _back_or_forward(ref, _VAGUE_WINDOW[unit], unit, sign)
    return _back_or_forward(ref, count, unit, sign)


def _past_span(m, ref, tense, anchor):
    count, unit, vague = _count_for(m)
    if ref is None or (count is None and not vague):
        return None
    return DateSpan(_window(ref, count, unit, vague, -1), ref, f"span:past-{unit}s")


def _recent_span(m, ref, tense, anchor):
    count, unit, vague = _count_for(m)
    if ref is None or (count is None and not vague):
        return None
    if _norm(m["rel"]) == "recent":
        return DateSpan(_window(ref, count, unit, vague, -1), ref, f"span:recent-{unit}s")
    return DateSpan(ref, _window(ref, count, unit, vague, 1), f"span:coming-{unit}s")


def _in_count(m, ref, tense, anchor):
    count = number_value(m["n"])
    if ref is None or count is None or tense == "past":  # "took it in two days" is a duration
        return None
    unit = _unit(m["unit"])
    target = _back_or_forward(ref, count, unit, 1)
    if unit in ("day", "week"):
        return DateSpan(target, target, "relative-in")
    first, last = month_span(target.year, target.month) if unit == "month" else year_span(target.year)
    return DateSpan(first, last, "relative-in")


def _period_span(ref: date, unit: str, step: int) -> tuple[date, date]:
    if unit == "week":
        return week_span(ref + timedelta(days=7 * step))
    if unit == "month":
        return month_span(*_year_month(add_months(ref.replace(day=1), step)))
    return year_span(ref.year + step)


def _period(m, ref, tense, anchor):
    if ref is None:
        return None
    rel, unit = _norm(m["rel"]), _unit(m["unit"])
    if rel == "the" and not m["mod"]:
        return None  # "the week" alone says nothing
    step = {"last": -1, "next": 1}.get(rel, 0)
    first, last = _period_span(ref, unit, step)
    name = "this" if rel == "the" else rel.replace(" ", "-")
    if rel == "earlier this":
        last = max(first, ref - ONE_DAY)
    elif rel == "later this":
        first = min(last, ref + ONE_DAY)
    elif rel == "this" and not m["mod"]:
        if tense == "past":
            last = min(last, ref)
        elif tense == "future":
            first = max(first, ref)
        name = f"this-{unit}:{tense}"
        return DateSpan(first, last, f"span:{name}")
    return _finish(first, last, f"span:{name}-{unit}", unit, m, ref, tense)


_HANDLERS = {
    "iso": _iso, "between": _between, "night_range": _between, "range_md": _day_range, "range_dm": _day_range,
    "dmy": _day_month, "mdy": _day_month, "month_year": _month_year, "month": _bare_month,
    "year": _year, "weekend": _weekend, "weekday": _weekday_expr, "day_word": _day_word,
    "anaphor": _anaphor, "offset": _offset, "ago": _ago, "past_span": _past_span,
    "recent_span": _recent_span, "in_count": _in_count, "period": _period, "holiday": _holiday,
    "relation": _relation, "daypart": _daypart, "period_anaphor": _period_anaphor,
}


def resolve_match(name: str, match: re.Match, ref: date | None, tense: str,
                  anchor: DateSpan | None = None) -> DateSpan | None:
    """A pattern match (from ``date_patterns.PATTERNS``) -> its span, or None."""
    return _HANDLERS[name](match, ref, tense, anchor)


def _since(span: DateSpan | None, ref: date | None) -> DateSpan | None:
    if span is None or ref is None or span.first > ref:
        return None
    return DateSpan(span.first, ref, "since:" + span.method)


@lru_cache(maxsize=4096)
def resolve_text(text: str, ref: date | None, tense: str = "past",
                 anchor: DateSpan | None = None) -> DateSpan | None:
    """A lone expression -> DateSpan, or None. Leading 'on/in/over...' and 'since' are understood."""
    cleaned = " ".join(text.split()).strip(_TRAILING)
    if SINCE.match(cleaned):
        return _since(resolve_text(SINCE.sub("", cleaned), ref, tense, anchor), ref)
    for candidate in (cleaned, LEADING_PREPOSITION.sub("", cleaned, count=1)):
        for name, pattern in PATTERNS:
            match = pattern.fullmatch(candidate)
            if match and (span := resolve_match(name, match, ref, tense, anchor)):
                return span
    return _fallback(cleaned)


@lru_cache(maxsize=1)
def _dateparser():
    from dateparser.date import DateDataParser
    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                      "RETURN_TIME_AS_PERIOD": False})


_NUMERIC_DATE = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
_MONTH_NAME = re.compile(r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?",
                         re.IGNORECASE)
_RANGE_WORD = re.compile(r"\d\s*[-–—]\s*\d|\b(?:to|and|through|until|till|between|from)\b",
                         re.IGNORECASE)


def _numeric_date(text: str) -> DateSpan | None:
    """'2026/03/03', '25.11.2026'; a day/month order that cannot be told apart
    ('03/04/2026': 3 April or 4 March?) gives None rather than a guess."""
    match = _NUMERIC_DATE.fullmatch(text)
    if match is None:
        return None
    a, b, c = match.groups()
    if len(a) == 4:
        day = safe_date(int(a), int(b), int(c))
    elif len(c) == 4:
        first, second = int(a), int(b)
        if first <= 12 and second <= 12 and first != second:
            return None
        day = safe_date(int(c), first, second) if second > 12 else safe_date(int(c), second, first)
    else:
        return None
    return DateSpan(day, day, "explicit-date:numeric") if day else None


def _fallback(text: str) -> DateSpan | None:
    """Absolute dates in forms the patterns skip: numeric dates, and dateparser for
    wordings with a month name and a 4-digit year. Never anything relative, so
    nothing is read against the machine's clock; never ranges."""
    numeric = _numeric_date(text)
    if numeric is not None or _NUMERIC_DATE.fullmatch(text):
        return numeric
    if not (_HAS_YEAR.search(text) and _MONTH_NAME.search(text)) or _RANGE_WORD.search(text) \
            or len(text) > 40:
        return None
    try:
        data = _dateparser().get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        first, last = year_span(day.year)
    elif data.period == "month":
        first, last = month_span(day.year, day.month)
    else:
        first = last = day
    return DateSpan(first, last, "explicit-date:dateparser")


__all__ = ["TENSES", "relation_sign", "relation_span", "resolve_match", "resolve_text"]
