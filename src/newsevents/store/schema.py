"""Tables of the event store (SQLAlchemy Core) and its schema version.

Each event, quote and article keeps its full output record as JSON in
``record``; the other columns are copies made for querying and indexing.
Bump SCHEMA_VERSION and add a function to MIGRATIONS when a table changes.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (Column, Connection, Float, ForeignKey, Index, Integer, MetaData, String,
                        Table, Text, UniqueConstraint)

SCHEMA_VERSION = 1

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("text_sha256", String(64), nullable=False),
    Column("title", Text),
    Column("published", String(10), index=True),   # YYYY-MM-DD
    Column("url", Text),
    Column("source", Text),
    Column("n_chars", Integer, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("n_quotes", Integer, nullable=False),
    Column("warnings", Text, nullable=False),       # JSON list
    Column("added_at", String(32), nullable=False),  # ISO UTC timestamp
    Column("text", Text, nullable=False),           # kept so offsets can be checked later
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("article_id", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("seq", Integer, nullable=False),          # order within the article
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("date", String(10), index=True),
    Column("enddate", String(10)),
    Column("loc_country", String(3), index=True),
    Column("confidence", Float),
    Column("record", Text, nullable=False),          # json of Event.to_dict()
    UniqueConstraint("article_pk", "event_id", name="uq_event_per_article"),
)
Index("ix_events_article", events.c.article_pk, events.c.seq)

entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("role", String(9), nullable=False),       # actor | recipient
    Column("code", String(8), index=True),
    Column("sector", String(8)),
    Column("text_lc", Text, nullable=False),         # casefolded entity_text
    Column("identifier_lc", Text),                   # casefolded identifier_text
    Column("identifier_id", String(32)),
)

quotes = Table(
    "quotes", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("article_id", String, nullable=False),
    Column("quote_id", String, nullable=False),
    Column("speaker_code", String(8), index=True),
    Column("speaker_lc", Text),                      # casefolded speaker entity_text
    Column("speaker_identifier_lc", Text),
    Column("record", Text, nullable=False),          # json of Quote.to_dict()
    UniqueConstraint("article_pk", "quote_id", name="uq_quote_per_article"),
)

# version -> function upgrading a connection from that version to the next.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
