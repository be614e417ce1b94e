"""Rows for the store tables from one CodedArticle (no database access here).

``article_row(coded)`` -> dict for ``articles``; ``event_rows`` / ``entity_rows``
/ ``quote_rows`` -> lists of dicts ready for one executemany each.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

from ..records import CodedArticle, Entity, Event, Quote


def dumps(record: dict[str, Any]) -> str:
    """Compact JSON; values JSON cannot hold (sets, objects) are written as text."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_row(coded: CodedArticle) -> dict[str, Any]:
    article = coded.article
    return {"id": article.id, "text_sha256": text_sha256(article.text), "title": article.title,
            "published": article.published, "url": article.url, "source": article.source,
            "n_chars": len(article.text), "n_events": len(coded.events),
            "n_quotes": len(coded.quotes), "warnings": dumps(list(coded.warnings)),
            "added_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "text": article.text}


def event_rows(coded: CodedArticle, article_pk: int) -> list[dict[str, Any]]:
    return [_event_row(event, seq, article_pk, coded.article.id)
            for seq, event in enumerate(coded.events)]


def _event_row(event: Event, seq: int, article_pk: int, article_id: str) -> dict[str, Any]:
    loc = event.event_loc
    return {"article_pk": article_pk, "article_id": article_id, "event_id": event.id, "seq": seq,
            "type": event.event, "mode": event.mode, "date": event.date.date,
            "enddate": event.date.enddate,
            "loc_country": loc.country_code if loc is not None else None,
            "confidence": event.confidence, "record": dumps(event.to_dict())}


def entity_rows(coded: CodedArticle, event_pks: list[int]) -> list[dict[str, Any]]:
    """One row per actor and recipient; ``event_pks`` are in the order of coded.events."""
    rows = []
    for event, event_pk in zip(coded.events, event_pks, strict=True):
        for role, entities in (("actor", event.actor), ("recipient", event.recipient)):
            rows.extend(_entity_row(entity, role, event_pk) for entity in entities)
    return rows


def _entity_row(entity: Entity, role: str, event_pk: int) -> dict[str, Any]:
    return {"event_pk": event_pk, "role": role, "code": entity.code, "sector": entity.sector,
            "text_lc": entity.entity_text.casefold(),
            "identifier_lc": entity.identifier_text.casefold() if entity.identifier_text else None,
            "identifier_id": entity.identifier_id}


def quote_rows(coded: CodedArticle, article_pk: int) -> list[dict[str, Any]]:
    return [_quote_row(quote, article_pk, coded.article.id) for quote in coded.quotes]


def _quote_row(quote: Quote, article_pk: int, article_id: str) -> dict[str, Any]:
    speaker = quote.speaker
    return {"article_pk": article_pk, "article_id": article_id, "quote_id": quote.id,
            "speaker_code": speaker.code if speaker else None,
            "speaker_lc": speaker.entity_text.casefold() if speaker else None,
            "speaker_identifier_lc": (speaker.identifier_text.casefold()
                                      if speaker and speaker.identifier_text else None),
            "record": dumps(quote.to_dict())}
