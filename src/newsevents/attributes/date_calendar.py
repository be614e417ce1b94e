"""Calendar arithmetic for date resolution: weekdays, months, spans, precision codes.

Dates in, dates out (``datetime.date``); nothing here reads text. A resolved
expression is a ``DateSpan`` (first day, last day, method); one-day spans have
``first == last``.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)

# Span length (days, inclusive) -> precision word. A weekend or "the past 48
# hours" is a range of days, reported as "week" (ACLED: "within a week").
WEEK_MAX_DAYS = 8      # "the past week" = publication day and the 7 before it
MONTH_MAX_DAYS = 35    # "the past month" can reach 32 days; 36+ is coarser
UCDP_DAY_RANGE_MAX = 6  # UCDP GED date_prec 2 = a range of 2-6 days


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A resolved expression: first and last day (inclusive) and how it was found."""

    first: date
    last: date
    method: str

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def span_precision(days: int) -> str:
    """Inclusive length in days -> day|week|month|year."""
    if days <= 1:
        return "day"
    if days <= WEEK_MAX_DAYS:
        return "week"
    if days <= MONTH_MAX_DAYS:
        return "month"
    return "year"


def acled_time_precision(days: int) -> int:
    """ACLED time_precision: 1 exact day, 2 a range within a week, 3 month or coarser."""
    if days <= 1:
        return 1
    if days <= WEEK_MAX_DAYS:
        return 2
    return 3


def ucdp_date_prec(days: int) -> int:
    """UCDP GED date_prec: 1 day, 2 range of 2-6 days, 3 week, 4 month, 5 year or longer."""
    if days <= 1:
        return 1
    if days <= UCDP_DAY_RANGE_MAX:
        return 2
    if days <= WEEK_MAX_DAYS:
        return 3
    if days <= MONTH_MAX_DAYS:
        return 4
    return 5


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def week_span(day: date) -> tuple[date, date]:
    """Monday..Sunday of the ISO week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def add_months(day: date, months: int) -> date:
    """Same day-of-month ``months`` later (earlier if negative), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def weekday_nearest(ref: date, weekday: int) -> date:
    """The occurrence within three days either side of ``ref`` (all seven are distinct)."""
    back = weekday_on_or_before(ref, weekday)
    ahead = weekday_on_or_after(ref, weekday)
    return back if (ref - back) <= (ahead - ref) else ahead


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_iso(text: str | None) -> date | None:
    """'YYYY-MM-DD' -> date, or None for None/malformed input."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
