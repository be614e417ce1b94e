"""The SQLite store: add, idempotent re-add, filters, streaming, rollback."""
from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace

import pytest
from store.factories import TEXT, coded_article, entity, event, quote

from newsevents.errors import StoreError, UsageError
from newsevents.store import Store, database_url


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "events.db") as opened:
        yield opened


@pytest.fixture
def filled(store):
    """art-1: ev-1 ASSAULT RUS->UKR civilians in Kharkiv (UKR) 2024-03-04,
    ev-2 CONSULT Kuleba (UKR) + Stoltenberg (IGO) 2024-03-05, undated place;
    art-2: ev-3 PROTEST by French farmers in Paris (FRA), no date."""
    store.add(coded_article())
    text2 = "French farmers protested in Paris against cheap imports."
    store.add(coded_article(
        "art-2", text=text2, published="2024-04-01", quotes=(),
        events=(event("ev-3", "PROTEST", day=None, source=text2,
                      actor=[entity("French farmers", "FRA", "AGR", source=text2)]),)))
    return store


def ids(records) -> list[str]:
    return [r["id"] for r in records]


# ------------------------------------------------------------------- writing
def test_add_stores_article_events_and_quotes(store):
    assert store.add(coded_article()) is True
    assert store.counts() == {"articles": 1, "events": 2, "quotes": 1}
    assert store.has("art-1") and not store.has("art-9")


def test_re_adding_the_same_article_writes_nothing(store):
    coded = coded_article()
    assert store.add(coded) is True
    assert store.add(coded) is False
    assert store.counts() == {"articles": 1, "events": 2, "quotes": 1}


def test_same_id_with_new_text_replaces_the_article(store):
    store.add(coded_article())
    edited = coded_article(text=TEXT + " Updated.", events=(event("ev-9", "ASSAULT"),), quotes=())
    assert store.add(edited) is True
    assert store.counts() == {"articles": 1, "events": 1, "quotes": 0}
    assert ids(store.events()) == ["ev-9"]


def test_events_come_back_exactly_as_to_dict_plus_article_id(store):
    coded = coded_article()
    store.add(coded)
    assert store.events() == [dict(e.to_dict(), article_id="art-1") for e in coded.events]


def test_event_with_values_json_cannot_hold_is_still_stored(store):
    odd = replace(event("ev-1", "ASSAULT"), evidence={"rules": {"b"}})
    assert store.add(coded_article(events=(odd,), quotes=()))
    assert store.events()[0]["evidence"] == {"rules": "{'b'}"}


# ------------------------------------------------------------------- filters
@pytest.mark.parametrize("kwargs,expected", [
    ({}, ["ev-1", "ev-2", "ev-3"]),
    ({"actor": "RUS"}, ["ev-1"]),                       # actor code
    ({"actor": "UKR"}, ["ev-1", "ev-2"]),               # actor or recipient code
    ({"actor": "IGO"}, ["ev-2"]),
    ({"actor": "stoltenberg"}, ["ev-2"]),               # name, case-insensitive
    ({"actor": "Russian"}, ["ev-1"]),
    ({"actor": "Dmytro Kuleba"}, ["ev-2"]),             # canonical name
    ({"actor": "farm"}, ["ev-3"]),
    ({"actor": "%"}, []),                               # LIKE wildcards are literal
    ({"type": "ASSAULT"}, ["ev-1"]),
    ({"type": "protest"}, ["ev-3"]),
    ({"country": "UKR"}, ["ev-1", "ev-2"]),             # place (ev-1) or actor (ev-2)
    ({"country": "fra"}, ["ev-3"]),
    ({"country": "DEU"}, []),
    ({"since": "2024-03-05"}, ["ev-2"]),                # undated ev-3 left out
    ({"until": "2024-03-04"}, ["ev-1"]),
    ({"since": "2024-03-04", "until": "2024-03-05"}, ["ev-1", "ev-2"]),
    ({"actor": "UKR", "type": "CONSULT"}, ["ev-2"]),
    ({"country": "UKR", "until": "2024-03-04"}, ["ev-1"]),
    ({"limit": 2}, ["ev-1", "ev-2"]),
])
def test_event_filters(filled, kwargs, expected):
    assert ids(filled.events(**kwargs)) == expected


@pytest.mark.parametrize("kwargs,words", [
    ({"type": "FIGHT"}, "ASSAULT, COERCE"),
    ({"since": "05/03/2024"}, "YYYY-MM-DD"),
    ({"until": "2024-02-30"}, "YYYY-MM-DD"),
    ({"country": "Ukraine"}, "alpha-3"),
    ({"limit": 0}, "positive"),
    ({"actor": "  "}, "name"),
])
def test_bad_filters_are_usage_errors_naming_what_is_valid(filled, kwargs, words):
    with pytest.raises(UsageError, match=words):
        filled.events(**kwargs)


def test_quotes_with_speaker_and_date_filters(filled):
    [by_code] = filled.quotes(speaker="UKR")
    assert by_code["id"] == "q-1" and by_code["article_id"] == "art-1"
    assert by_code["published"] == "2024-03-05"
    assert by_code["speaker"]["entity_text"] == "Kuleba"
    assert ids(filled.quotes(speaker="dmytro")) == ["q-1"]
    assert filled.quotes(speaker="Stoltenberg") == []
    assert filled.quotes(since="2024-03-06") == []
    assert ids(filled.quotes(since="2024-03-05", limit=1)) == ["q-1"]


# ------------------------------------------------------------------- reading
def test_articles_metadata_in_stored_order_without_text(filled):
    metas = list(filled.articles())
    assert [m["id"] for m in metas] == ["art-1", "art-2"]
    assert metas[0]["title"] == "Kharkiv shelled" and metas[0]["n_events"] == 2
    assert metas[1]["published"] == "2024-04-01" and metas[1]["n_quotes"] == 0
    assert "text" not in metas[0]
    assert filled.article("art-2")["text"].startswith("French farmers")
    assert filled.article("nope") is None


def test_iter_events_streams_every_event_in_order(filled):
    stream = filled.iter_events()
    first = next(stream)
    assert (first["id"], first["article_id"]) == ("ev-1", "art-1")
    assert ids(stream) == ["ev-2", "ev-3"]


def test_iter_events_with_articles_pairs_each_event_with_its_article(filled):
    pairs = [(e["id"], a["id"], a["published"]) for e, a in filled.iter_events_with_articles()]
    assert pairs == [("ev-1", "art-1", "2024-03-05"), ("ev-2", "art-1", "2024-03-05"),
                     ("ev-3", "art-2", "2024-04-01")]


# ------------------------------------------------------------------ rollback
def test_failure_half_way_leaves_nothing_written(store):
    # Two quotes with one id: article, events and entities are inserted, then
    # the quote insert fails on the unique constraint.
    kuleba = entity("Kuleba", "UKR")
    broken = coded_article(quotes=(quote("q-1", kuleba), quote("q-1", kuleba)))
    with pytest.raises(StoreError, match="nothing was written"):
        store.add(broken)
    assert store.counts() == {"articles": 0, "events": 0, "quotes": 0}
    assert not store.has("art-1")
    with sqlite3.connect(store.url.removeprefix("sqlite:///")) as raw:
        assert raw.execute("SELECT count(*) FROM entities").fetchone() == (0,)
    assert store.add(coded_article()) is True          # the store still works


def test_failed_replacement_keeps_the_old_article(store):
    store.add(coded_article())
    twice = event("ev-5", "ASSAULT")
    with pytest.raises(StoreError):
        store.add(coded_article(text=TEXT + " More.", events=(twice, twice)))
    assert ids(store.events()) == ["ev-1", "ev-2"]
    assert store.counts() == {"articles": 1, "events": 2, "quotes": 1}


# ------------------------------------------------------------- database files
def test_data_survive_close_and_reopen(tmp_path):
    path = tmp_path / "keep.db"
    with Store(path) as first:
        first.add(coded_article())
    with Store(str(path)) as second:
        assert second.counts()["events"] == 2
        assert second.add(coded_article()) is False


def test_newer_schema_version_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="upgrade newsevents"):
        Store(path)


@pytest.mark.parametrize("db,url", [
    ("x.db", "sqlite:///x.db"),
    (":memory:", "sqlite://"),
    ("sqlite:///tmp/y.db", "sqlite:///tmp/y.db"),
    ("postgresql+psycopg://user@host/events", "postgresql+psycopg://user@host/events"),
])
def test_database_url(db, url):
    assert database_url(db) == url


def test_missing_directory_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "such" / "dir.db")


def test_in_memory_store_and_no_postgres_driver_import():
    with Store(":memory:") as memory:
        memory.add(coded_article())
        assert memory.counts()["quotes"] == 1
    assert not any(name.startswith(("psycopg", "psycopg2")) for name in sys.modules)
