"""Turn one input record (a JSON object) into an Article, or say what is wrong.

``record_to_article(obj, published)`` -> Article, or raises ``BadRecord(code, reason)``.
``normalise_date("2024-03-05T10:00:00Z")`` -> "2024-03-05" (None if unreadable).
"""
from __future__ import annotations

import logging
import re
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from ..records import Article
from .validate import E_BAD_RECORD, problem_with_text

LOGGER = logging.getLogger(__name__)

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]|\s)")
_OPTIONAL_FIELDS = ("title", "url", "source")


class BadRecord(Exception):
    """A record that cannot become an Article: ``code`` (E1xx) and one-line ``reason``."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"[{code}] {reason}")
        self.code = code
        self.reason = reason


def normalise_date(value: Any) -> str | None:
    """YYYY-MM-DD from an ISO date/datetime, an RFC 2822 date, or plain English
    ("5 March 2024"); None when it cannot be read. The publisher's local date
    is kept: a time zone offset does not move the day."""
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_DAY.match(value)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    try:  # "Tue, 05 Mar 2024 10:00:00 GMT" (RSS feeds, e-mail headers)
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only needed for free-form dates

    parsed = dateparser.parse(value, languages=["en"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    LOGGER.warning("ignoring field '%s' of record %s: expected a string, got %s",
                   key, obj.get("id"), type(value).__name__)
    return None


def record_to_article(obj: Any, published: str | None = None) -> Article:
    """Article from a JSON object with ``id`` and ``text`` (optional title,
    published, url, source). ``published`` is used only when the record has none
    (or one that cannot be read, which is logged)."""
    if not isinstance(obj, dict):
        raise BadRecord(E_BAD_RECORD, f"record is a JSON {_json_type(obj)}; expected an object "
                                      "with 'id' and 'text'")
    missing = [key for key in ("id", "text") if key not in obj or obj[key] is None]
    if missing:
        raise BadRecord(E_BAD_RECORD, "record has no " + " and no ".join(f"'{k}'" for k in missing)
                        + f" (fields present: {', '.join(sorted(obj)) or 'none'})")
    article_id = obj["id"]
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)) \
            or not str(article_id).strip():
        raise BadRecord(E_BAD_RECORD, f"'id' must be a non-empty string or integer, got "
                                      f"{_json_type(article_id)} {article_id!r:.40}")
    text = obj["text"]
    if not isinstance(text, str):
        raise BadRecord(E_BAD_RECORD, f"'text' must be a string, got a JSON {_json_type(text)}")
    problem = problem_with_text(text)
    if problem:
        raise BadRecord(*problem)
    day = normalise_date(obj.get("published"))
    if day is None and obj.get("published") not in (None, ""):
        LOGGER.warning("record %s: cannot read published date %r; using %s",
                       article_id, obj.get("published"), published or "none")
    return Article(text=text, id=str(article_id), published=day or published,
                   **{key: _optional_str(obj, key) for key in _OPTIONAL_FIELDS})


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__
