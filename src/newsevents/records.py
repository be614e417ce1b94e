"""Typed, frozen records that cross stage boundaries.

Article in -> (parse) -> Entity/Quote/Event records out -> CodedArticle.
Every record that points at text carries character offsets into
``Article.text`` exactly as given, and an ``evidence`` trail saying why.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def stable_id(*parts: object, length: int = 16) -> str:
    """Content-derived id: sha256 over the parts, joined by a separator."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One input article. ``id`` defaults to a hash of the text."""

    text: str
    id: str = ""
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", "a" + stable_id(self.text, self.url or "", length=15))

    def meta(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "published": self.published,
                "url": self.url, "source": self.source}


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor or recipient resolved to a code and sector."""

    code: str | None            # ISO3 or IGO/UNO/EUR/NGO/IMG/MNC
    sector: str | None          # PLOVER sector, e.g. GOV, MIL, CVL
    entity_text: str            # as written in the article
    start: int                  # offsets of entity_text in Article.text
    end: int
    identifier_text: str | None = None  # canonical name
    identifier_id: str | None = None    # Wikidata QID
    office: str | None = None
    method: str = "unresolved"  # how it was resolved: kb-name, alias, title, coref, context...

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = d.pop("method")
        return d


@dataclass(frozen=True, slots=True)
class EventLoc:
    extracted_place: str
    resolved_place: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    province: str | None
    country: str | None
    country_code: str | None     # ISO3
    resolution: int              # 1 country, 2 admin1, 3 admin2/region, 4 city, 5 sub-city
    start: int | None = None     # offsets of extracted_place in the article
    end: int | None = None
    method: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    size_range: dict[str, Any] | None = None   # {"dead": [low, high]}
    size_detail: dict[str, Any] | None = None  # {"dead": {"children": 4}}
    estimated: tuple[str, ...] = ()            # fields derived from vague words

    def is_empty(self) -> bool:
        return self.dead is None and self.injured is None and self.arrested is None

    def to_dict(self) -> dict[str, Any]:
        return {"dead": self.dead, "injured": self.injured, "arrested": self.arrested}


@dataclass(frozen=True, slots=True)
class DateAttr:
    date: str | None              # YYYY-MM-DD
    enddate: str | None
    precision: str                # day|week|month|year
    text: str | None = None       # expression it came from
    start: int | None = None
    end: int | None = None
    method: str = "publication-date"
    acled_time_precision: int | None = None  # 1 day, 2 week, 3 month
    ucdp_date_prec: int | None = None        # 1 day .. 5 year


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    speaker: Entity | None
    cue: str | None
    text: str
    direct: bool
    start: int
    end: int
    sentence: int
    cue_start: int | None = None
    cue_end: int | None = None
    evidence: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue, "text": self.text, "direct": self.direct,
                "start": self.start, "end": self.end, "sentence": self.sentence,
                "cue_start": self.cue_start, "cue_end": self.cue_end,
                "evidence": list(self.evidence), "event_ids": list(self.event_ids)}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    event: str                    # PLOVER type
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    quad_code: int | None
    goldstein: float | None
    event_scale: float | None
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    date: DateAttr
    event_loc: EventLoc | None
    size: Size
    aux: tuple[str, ...]
    acled: dict[str, str] | None
    event_text: str
    text: str
    sequence: int
    start: int
    end: int
    confidence: float
    coder: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The output contract (docs/output.md)."""
        size = self.size.to_dict()
        out: dict[str, Any] = {
            "id": self.id,
            "date": self.date.date,
            "enddate": self.date.enddate,
            "date_precision": self.date.precision,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_code": self.quad_code,
            "goldstein": self.goldstein,
            "event_scale": self.event_scale,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "size": size,
            "size_range": self.size.size_range,
            "size_detail": self.size.size_detail,
            "aux": list(self.aux),
            "acled": self.acled,
            "event_text": self.event_text,
            "text": self.text,
            "text_info": {"sequence": self.sequence, "start": self.start, "end": self.end},
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
            "evidence": self.evidence,
            "date_info": {"text": self.date.text, "start": self.date.start, "end": self.date.end,
                          "method": self.date.method,
                          "acled_time_precision": self.date.acled_time_precision,
                          "ucdp_date_prec": self.date.ucdp_date_prec},
        }
        return out


@dataclass(frozen=True, slots=True)
class CodedArticle:
    article: Article
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article.meta(),
                "events": [e.to_dict() for e in self.events],
                "quotes": [q.to_dict() for q in self.quotes],
                "warnings": list(self.warnings)}
