"""Wire-style datelines: "KYIV, Ukraine —", "LONDON, Nov 24 (Reuters) - ",
"BUNIA, Democratic Republic of Congo, April 23 (Reuters) - ".

``dateline_end(text)`` -> character offset where the story proper starts (0 if no dateline).
"""
from __future__ import annotations

import re

DATELINE = re.compile(r"^\s*([A-Z][A-Za-z'.\- ]{1,40}?)(?:,\s*[A-Za-z0-9.\- ]{1,30}){0,2}"
                      r"\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s")


def dateline_end(text: str) -> int:
    match = DATELINE.match(text)
    return match.end() if match else 0
