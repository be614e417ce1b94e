"""The event store: coded articles in SQLite (default) or any SQLAlchemy database.

``Store(db)`` opens or creates the database (a path, ":memory:", or a URL such
as ``sqlite:///x.db`` or ``postgresql+psycopg://...``); ``add(coded)`` writes
one CodedArticle in one transaction; ``events(...)`` / ``quotes(...)`` query
it; ``iter_events()`` streams every event for export. Records come back
exactly as ``Event.to_dict()`` / ``Quote.to_dict()`` plus ``article_id``.

One writer process at a time (the CLI writes from its parent process);
readers may run beside it (SQLite is opened in WAL mode).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (Connection, Engine, create_engine, delete, event, exists, func, insert,
                        or_, select)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from ..errors import StoreError
from ..records import CodedArticle
from . import filters
from .rows import article_row, entity_rows, event_rows, quote_rows, text_sha256
from .schema import MIGRATIONS, SCHEMA_VERSION, articles, entities, events, metadata, quotes
from .schema import schema_version as version_table

DEFAULT_DB = "newsevents.db"
# Rows fetched at a time while streaming events for export.
STREAM_BATCH = 500
_ARTICLE_META = ("id", "title", "published", "url", "source", "text_sha256", "n_chars",
                 "n_events", "n_quotes", "added_at")


def database_url(db: str | Path) -> str:
    """SQLAlchemy URL for a path, ":memory:" or an URL (returned unchanged)."""
    text = str(db)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    path = Path(text).expanduser()
    if not path.parent.is_dir():
        raise StoreError(f"cannot create database {path}: directory {path.parent} does not exist")
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")   # wait for a reader's lock instead of failing
    cursor.execute("PRAGMA journal_mode=WAL")     # readers beside the one writer
    cursor.execute("PRAGMA synchronous=NORMAL")   # safe with WAL, much faster commits
    cursor.close()


def _make_engine(url: str) -> Engine:
    try:
        if url == "sqlite://":   # one shared in-memory database for every connection
            engine = create_engine(url, poolclass=StaticPool,
                                   connect_args={"check_same_thread": False})
        else:
            engine = create_engine(url)
    except (SQLAlchemyError, ImportError) as err:
        raise StoreError(f"cannot open database {url}: {err}") from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Store:
    """Coded articles, events and quotes in one database (see module docstring)."""

    def __init__(self, db: str | Path = DEFAULT_DB) -> None:
        self.url = database_url(db)
        self._engine = _make_engine(self.url)
        try:
            with self._engine.begin() as conn:
                metadata.create_all(conn)
                self._migrate(conn)
        except SQLAlchemyError as err:
            self._engine.dispose()
            raise StoreError(f"cannot open database {self.url}: {_one_line(err)}") from err

    # -- lifecycle -------------------------------------------------------------
    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self, conn: Connection) -> None:
        found = conn.execute(select(version_table.c.version)).scalar()
        if found is None:
            conn.execute(insert(version_table).values(version=SCHEMA_VERSION))
            return
        if found > SCHEMA_VERSION:
            raise StoreError(f"database {self.url} has schema version {found}, newer than this "
                             f"newsevents (version {SCHEMA_VERSION}); upgrade newsevents")
        for version in range(found, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
        conn.execute(version_table.update().values(version=SCHEMA_VERSION))

    # -- writing ---------------------------------------------------------------
    def add(self, coded: CodedArticle) -> bool:
        """Store one coded article in one transaction. False (nothing written) if
        the same article id with the same text is already stored; an id stored
        with a different text is replaced. A failure leaves nothing half-written."""
        article_id = coded.article.id
        try:
            with self._engine.begin() as conn:
                old = conn.execute(select(articles.c.pk, articles.c.text_sha256)
                                   .where(articles.c.id == article_id)).first()
                if old is not None and old.text_sha256 == text_sha256(coded.article.text):
                    return False
                if old is not None:
                    self._delete_article(conn, old.pk)
                article_pk = conn.execute(insert(articles).values(article_row(coded))
                                          ).inserted_primary_key[0]
                self._insert_events(conn, coded, article_pk)
                rows = quote_rows(coded, article_pk)
                if rows:
                    conn.execute(insert(quotes), rows)
        except SQLAlchemyError as err:
            raise StoreError(f"could not store article '{article_id}', nothing was written: "
                             f"{_one_line(err)}") from err
        return True

    @staticmethod
    def _insert_events(conn: Connection, coded: CodedArticle, article_pk: int) -> None:
        rows = event_rows(coded, article_pk)
        if not rows:
            return
        # One multi-row INSERT ... RETURNING, with pks in the order of the rows.
        result = conn.execute(insert(events).returning(events.c.pk, sort_by_parameter_order=True),
                              rows)
        entity = entity_rows(coded, list(result.scalars()))
        if entity:
            conn.execute(insert(entities), entity)

    @staticmethod
    def _delete_article(conn: Connection, article_pk: int) -> None:
        # Explicit deletes: ON DELETE CASCADE is not enforced by every SQLite build.
        event_pks = select(events.c.pk).where(events.c.article_pk == article_pk)
        conn.execute(delete(entities).where(entities.c.event_pk.in_(event_pks)))
        conn.execute(delete(events).where(events.c.article_pk == article_pk))
        conn.execute(delete(quotes).where(quotes.c.article_pk == article_pk))
        conn.execute(delete(articles).where(articles.c.pk == article_pk))

    # -- reading ---------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(select(exists().where(articles.c.id == article_id))).scalar()

    def counts(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar()
                    for name, table in (("articles", articles), ("events", events),
                                        ("quotes", quotes))}

    def events(self, *, actor: str | None = None, type: str | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[dict]:
        """Events matching every given filter, in the order they were stored.

        actor: an actor code (three capitals, e.g. UKR, IGO) matching any actor or
        recipient, else a case-insensitive part of an actor's or recipient's text or
        canonical name; type: a PLOVER event type; country: ISO3 of the event place
        or of any actor/recipient; since/until: event date bounds, YYYY-MM-DD,
        inclusive (events without a date are left out when a bound is given).
        """
        query = select(events.c.article_id, events.c.record).order_by(events.c.pk)
        if actor is not None:
            if filters.is_code(actor.strip()):
                query = query.where(events.c.pk.in_(_events_with(entities.c.code == actor.strip())))
            else:
                folded = filters.name(actor)
                query = query.where(events.c.pk.in_(_events_with(or_(
                    entities.c.text_lc.contains(folded, autoescape=True),
                    entities.c.identifier_lc.contains(folded, autoescape=True)))))
        if type is not None:
            query = query.where(events.c.type == filters.event_type(type))
        if country is not None:
            code = filters.country(country)
            query = query.where(or_(events.c.loc_country == code,
                                    events.c.pk.in_(_events_with(entities.c.code == code))))
        if since is not None:
            query = query.where(events.c.date >= filters.day(since, "since"))
        if until is not None:
            query = query.where(events.c.date <= filters.day(until, "until"))
        if (n := filters.limit(limit)) is not None:
            query = query.limit(n)
        with self._engine.connect() as conn:
            return [_with_article(row.record, row.article_id) for row in conn.execute(query)]

    def quotes(self, *, speaker: str | None = None, since: str | None = None,
               limit: int | None = None) -> list[dict]:
        """Quotes (Quote.to_dict() + article_id + published), in the order stored.

        speaker: an actor code (three capitals) or a case-insensitive part of the
        speaker's text or canonical name; since: article publication date bound.
        """
        query = (select(quotes.c.record, quotes.c.article_id, articles.c.published)
                 .join(articles, articles.c.pk == quotes.c.article_pk).order_by(quotes.c.pk))
        if speaker is not None:
            if filters.is_code(speaker.strip()):
                query = query.where(quotes.c.speaker_code == speaker.strip())
            else:
                folded = filters.name(speaker)
                query = query.where(or_(quotes.c.speaker_lc.contains(folded, autoescape=True),
                                        quotes.c.speaker_identifier_lc.contains(
                                            folded, autoescape=True)))
        if since is not None:
            query = query.where(articles.c.published >= filters.day(since, "since"))
        if (n := filters.limit(limit)) is not None:
            query = query.limit(n)
        with self._engine.connect() as conn:
            out = []
            for row in conn.execute(query):
                record = _with_article(row.record, row.article_id)
                record["published"] = row.published
                out.append(record)
            return out

    def articles(self) -> Iterator[dict]:
        """Metadata of every stored article (no text), in the order stored."""
        columns = [articles.c[name] for name in _ARTICLE_META] + [articles.c.warnings]
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=STREAM_BATCH).execute(
                select(*columns).order_by(articles.c.pk))
            for row in result:
                meta = {name: getattr(row, name) for name in _ARTICLE_META}
                meta["warnings"] = json.loads(row.warnings)
                yield meta

    def article(self, article_id: str, *, text: bool = True) -> dict | None:
        """Metadata of one article (with its text unless ``text=False``), or None."""
        columns = [articles.c[name] for name in _ARTICLE_META] + [articles.c.warnings]
        if text:
            columns.append(articles.c.text)
        with self._engine.connect() as conn:
            row = conn.execute(select(*columns).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        meta = dict(row._mapping)
        meta["warnings"] = json.loads(meta["warnings"])
        return meta

    def iter_events(self) -> Iterator[dict]:
        """Every event (to_dict() + article_id), streamed in the order stored."""
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=STREAM_BATCH).execute(
                select(events.c.article_id, events.c.record).order_by(events.c.pk))
            for row in result:
                yield _with_article(row.record, row.article_id)

    def iter_events_with_articles(self) -> Iterator[tuple[dict, dict]]:
        """(event, article metadata) pairs, streamed in the order stored (one query,
        so exporters need not look each article up)."""
        query = (select(events.c.article_id, events.c.record, articles.c.title,
                        articles.c.published, articles.c.url, articles.c.source)
                 .join(articles, articles.c.pk == events.c.article_pk).order_by(events.c.pk))
        with self._engine.connect() as conn:
            for row in conn.execution_options(yield_per=STREAM_BATCH).execute(query):
                meta = {"id": row.article_id, "title": row.title, "published": row.published,
                        "url": row.url, "source": row.source}
                yield _with_article(row.record, row.article_id), meta


def _events_with(condition) -> Any:
    """Subquery: pks of events having an actor or recipient that meets ``condition``."""
    return select(entities.c.event_pk).where(condition)


def _with_article(record_json: str, article_id: str) -> dict:
    record = json.loads(record_json)
    record["article_id"] = article_id
    return record


def _one_line(err: Exception) -> str:
    text = str(getattr(err, "orig", None) or err)
    return text.splitlines()[0] if text else type(err).__name__
