"""Check and normalise the query arguments of Store.events() / Store.quotes().

Each function takes what a user typed and returns the value to query with, or
raises errors.UsageError naming the valid options.
"""
from __future__ import annotations

import re
from datetime import date

from ..errors import UsageError, options

# PLOVER v2 event types (openeventdata/PLOVER, CC BY-SA 4.0).
PLOVER_EVENT_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",        # verbal cooperation
    "COOPERATE", "AID", "RETREAT",                   # material cooperation
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",       # verbal conflict
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
})

_CODE = re.compile(r"^[A-Z]{3}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_code(value: str) -> bool:
    """True for an actor code as stored: three capital letters (ISO3, IGO, UNO, NGO...)."""
    return bool(_CODE.match(value))


def event_type(value: str) -> str:
    """A PLOVER type, case-insensitive: "assault" -> "ASSAULT"."""
    upper = value.strip().upper()
    if upper not in PLOVER_EVENT_TYPES:
        raise UsageError(f"unknown event type '{value}'; valid: {options(PLOVER_EVENT_TYPES)}")
    return upper


def country(value: str) -> str:
    """An ISO 3166 alpha-3 code, case-insensitive: "ukr" -> "UKR"."""
    upper = value.strip().upper()
    if not is_code(upper):
        raise UsageError(f"country must be an ISO 3166 alpha-3 code such as UKR or USA, "
                         f"got '{value}'")
    return upper


def day(value: str, name: str) -> str:
    """A YYYY-MM-DD date bound (``name`` is the option, for the message)."""
    try:
        if not _DAY.match(value):
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{name} must be a date as YYYY-MM-DD, got '{value}'") from None


def limit(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise UsageError(f"limit must be a positive whole number, got {value!r}")
    return value


def name(value: str) -> str:
    """A name to look for as a case-insensitive substring."""
    folded = value.strip().casefold()
    if not folded:
        raise UsageError("actor/speaker name must not be empty; give a name or an ISO3 code")
    return folded
