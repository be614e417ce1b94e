"""Hand-built records for store and export tests (no spaCy needed).

``coded_article(...)`` -> a CodedArticle whose events and quotes point at real
offsets in its text, so tests can check provenance as well as storage.
"""
from __future__ import annotations

from newsevents.records import (Article, CodedArticle, DateAttr, Entity, Event, EventLoc, Quote,
                                Size)

TEXT = ("Russian forces shelled Kharkiv on Monday, killing three civilians. "
        "Ukraine's foreign minister Dmytro Kuleba met NATO chief Jens Stoltenberg in Brussels. "
        "\"We need more air defence,\" Kuleba said.")


def entity(text: str, code: str | None, sector: str | None = "GOV", *, identifier: str | None = None,
           source: str = TEXT, method: str = "kb-name") -> Entity:
    """Entity for the first occurrence of ``text`` in ``source``."""
    start = source.index(text)
    return Entity(code=code, sector=sector, entity_text=text, start=start, end=start + len(text),
                  identifier_text=identifier, identifier_id=None, method=method)


def location(place: str, country_code: str, *, source: str = TEXT) -> EventLoc:
    start = source.index(place)
    return EventLoc(extracted_place=place, resolved_place=place, geonameid=706483, lat=49.98,
                    lon=36.25, province=None, country=None, country_code=country_code,
                    resolution=4, start=start, end=start + len(place), method="gazetteer")


def event(event_id: str, kind: str, *, actor=(), recipient=(), day: str | None = "2024-03-04",
          loc: EventLoc | None = None, sentence: str | None = None, dead: int | None = None,
          source: str = TEXT, sequence: int = 0) -> Event:
    sentence = sentence or source.split(". ")[sequence].rstrip(".") + "."
    start = source.index(sentence)
    return Event(
        id=event_id, event=kind, mode=None, context=("military",), cameo="190", quad_code=4,
        goldstein=-10.0, event_scale=None, actor=tuple(actor), recipient=tuple(recipient),
        date=DateAttr(date=day, enddate=None, precision="day", text="Monday", method="weekday"),
        event_loc=loc, size=Size(dead=dead), aux=(), acled=None, event_text="shelled",
        text=sentence, sequence=sequence, start=start, end=start + len(sentence), confidence=0.8,
        coder="newsevents-test", evidence={"trigger": "shell", "rule": "verb-lexicon"})


def quote(quote_id: str, speaker: Entity | None, *, source: str = TEXT) -> Quote:
    words = "We need more air defence,"
    start = source.index(words)
    return Quote(id=quote_id, speaker=speaker, cue="said", text=words, direct=True, start=start,
                 end=start + len(words), sentence=2)


def coded_article(article_id: str = "art-1", *, text: str = TEXT, events=None, quotes=None,
                  published: str | None = "2024-03-05", title: str | None = "Kharkiv shelled",
                  url: str | None = "https://example.org/kharkiv",
                  source: str | None = "Example News") -> CodedArticle:
    """A CodedArticle; by default one ASSAULT (RUS -> UKR in UKR), one CONSULT
    (UKR + NATO), and one quote by Kuleba."""
    if events is None:
        events = (
            event("ev-1", "ASSAULT", actor=[entity("Russian forces", "RUS", "MIL")],
                  recipient=[entity("civilians", "UKR", "CVL")], loc=location("Kharkiv", "UKR"),
                  dead=3),
            event("ev-2", "CONSULT", sequence=1, day="2024-03-05",
                  actor=[entity("Dmytro Kuleba", "UKR", identifier="Dmytro Kuleba"),
                         entity("Jens Stoltenberg", "IGO", identifier="Jens Stoltenberg")],
                  loc=None),
        )
    if quotes is None:
        quotes = (quote("q-1", entity("Kuleba", "UKR", identifier="Dmytro Kuleba")),)
    article = Article(text=text, id=article_id, title=title, published=published, url=url,
                      source=source)
    return CodedArticle(article=article, events=tuple(events), quotes=tuple(quotes))
