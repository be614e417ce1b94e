"""Wire-style datelines: "KYIV, Ukraine —", "LONDON, Nov 24 (Reuters) - ",
"BUNIA, Democratic Republic of Congo, April 23 (Reuters) - ", and the colon form of monitors'
alerts and South Asian dailies: "Quetta, Balochistan: ...", "NEW DELHI: ...".

``match_dateline(text)`` -> the match (group 1 is the place) or None;
``dateline_end(text)`` -> character offset where the story proper starts (0 if no dateline).
"""
from __future__ import annotations

import re

DATELINE = re.compile(r"^\s*([A-Z][A-Za-z'.\- ]{1,40}?)(?:,\s*[A-Za-z0-9.\- ]{1,30}){0,2}"
                      r"\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s")


# A place lead ending in a colon: up to six capitalised words (or the few lower-case words place
# names use), then up to two ", Region" parts: "Quetta, Balochistan: ", "Kupiansk area, Kharkiv
# region: ". A lower-case verb or noun makes it a headline ("Gunmen kidnap pupils in Kaduna: "),
# and a pronoun a quotation ("He said: "), not a place.
_PLACE_WORD = r"(?:[A-Z][\w'.\-]*|\([A-Z][\w'.\-]*\)|area|region|province|district|state|city|county|governorate|oblast|of|de|del|la|el|al)"
COLON_DATELINE = re.compile(r"^\s*(?!(?:He|She|They|We|I|It|You|This|That|There)\b)"
                            rf"([A-Z][\w'.\-]*(?: {_PLACE_WORD}){{0,5}})(?:,\s*{_PLACE_WORD}(?: {_PLACE_WORD}){{0,4}}){{0,2}}:\s")


def match_dateline(text: str):
    """A wire ("KYIV, Ukraine -") or colon ("Quetta, Balochistan: ") dateline at the start of ``text``."""
    return DATELINE.match(text) or COLON_DATELINE.match(text)


def dateline_end(text: str, *, colon: bool = True) -> int:
    """Where the story proper starts; ``colon=False`` reads only wire datelines (a quotation's
    "Mayor Ann Ruiz: ..." label looks like a colon dateline)."""
    match = match_dateline(text) if colon else DATELINE.match(text)
    return match.end() if match else 0
