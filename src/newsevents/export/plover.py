"""PLOVER JSON Lines export.

``to_plover(event, article)`` -> one PLOVER record from an event dict
(Event.to_dict(), as the store returns it) and the article's metadata
(Article.meta() or Store.article()); ``export_plover(store, out)`` writes every
stored event as one JSON line and returns how many it wrote.

Field names follow the PLOVER specification's JSON chapter (openeventdata/PLOVER,
CC BY-SA 4.0): id, has_event, date, enddate, event, mode, context, actor and
recipient (lists of actor objects: code, sector, actor_text, identifier_id,
identifier_text, office), event_loc (GeoNames names: geonameid, name, latitude,
longitude, country_code as ISO alpha-2, cc3, admin1), event_text, quad_code,
event_scale, text, text_info (sequence, start, end), cite_info (url, title,
publication, language, coder, codebook, version) and coder. ``event`` stays one
string, as in POLECAT. newsevents' own fields are kept beside them: size, aux,
cameo, goldstein, acled, confidence, evidence, date_precision, date_info,
size_range, size_detail, and character offsets with the reason for every
actor and place.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from .. import __version__

CODEBOOK = "plover-2.0"
LANGUAGE = "en"


@lru_cache(maxsize=512)
def _alpha2(alpha3: str) -> str | None:
    """ISO 3166 alpha-2 for an alpha-3 code (None for IGO, UNO... and unknown codes)."""
    import pycountry  # loads its country table on first use only

    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country is not None else None


def plover_actor(entity: dict[str, Any]) -> dict[str, Any]:
    """PLOVER actor object from an Entity.to_dict()."""
    return {"code": entity.get("code"), "sector": entity.get("sector"),
            "actor_text": entity.get("entity_text"),
            "identifier_id": entity.get("identifier_id"),
            "identifier_text": entity.get("identifier_text"), "office": entity.get("office"),
            "start": entity.get("start"), "end": entity.get("end"),
            "evidence": entity.get("evidence")}


def plover_location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    """PLOVER (GeoNames-named) location object from an EventLoc.to_dict()."""
    if loc is None:
        return None
    cc3 = loc.get("country_code")
    return {"geonameid": loc.get("geonameid"), "name": loc.get("resolved_place"),
            "latitude": loc.get("lat"), "longitude": loc.get("lon"),
            "country_code": _alpha2(cc3) if cc3 else None, "cc3": cc3,
            "country": loc.get("country"), "admin1": loc.get("province"),
            "extracted_place": loc.get("extracted_place"), "resolution": loc.get("resolution"),
            "start": loc.get("start"), "end": loc.get("end"), "method": loc.get("method")}


def to_plover(event: dict, article: dict) -> dict:
    """One PLOVER JSONL record (see the module docstring for the fields)."""
    article_id = article.get("id") or event.get("article_id")
    text_info = dict(event.get("text_info") or {})
    text_info["story_id"] = article_id
    return {
        "id": event["id"],
        "has_event": True,
        "date": event.get("date"),
        "enddate": event.get("enddate"),
        "event": event["event"],
        "mode": event.get("mode"),
        "context": event.get("context") or [],
        "actor": [plover_actor(a) for a in event.get("actor") or []],
        "recipient": [plover_actor(r) for r in event.get("recipient") or []],
        "event_loc": plover_location(event.get("event_loc")),
        "event_text": event.get("event_text"),
        "quad_code": event.get("quad_code"),
        "event_scale": event.get("event_scale"),
        "text": event.get("text"),
        "text_info": text_info,
        "size": event.get("size"),
        "aux": event.get("aux") or [],
        "cite_info": {"citation": article_id, "url": article.get("url"),
                      "title": article.get("title"), "publication": article.get("source"),
                      "published": article.get("published"), "language": LANGUAGE,
                      "coder": event.get("coder"), "codebook": CODEBOOK,
                      "version": f"newsevents-{__version__}"},
        "coder": event.get("coder"),
        # newsevents extensions
        "cameo": event.get("cameo"),
        "goldstein": event.get("goldstein"),
        "acled": event.get("acled"),
        "confidence": event.get("confidence"),
        "evidence": event.get("evidence"),
        "date_precision": event.get("date_precision"),
        "date_info": event.get("date_info"),
        "size_range": event.get("size_range"),
        "size_detail": event.get("size_detail"),
    }


def _write_lines(store, handle: TextIO) -> int:
    count = 0
    for event, article in store.iter_events_with_articles():
        handle.write(json.dumps(to_plover(event, article), ensure_ascii=False) + "\n")
        count += 1
    return count


def export_plover(store, out: TextIO | Path) -> int:
    """Write every stored event as PLOVER JSONL to ``out``; return the count.

    A Path is written to ``<name>.part`` first and renamed when complete, so a
    failed export never leaves a truncated file behind.
    """
    if not isinstance(out, (str, Path)):
        return _write_lines(store, out)
    path = Path(out)
    partial = path.with_name(path.name + ".part")
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as handle:
            count = _write_lines(store, handle)
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
    return count
