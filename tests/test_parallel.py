"""code_stream across worker processes: input order, passed-through and failed records,
and workers replaced after ``recycle_after`` chunks so long runs stay in flat memory."""
from __future__ import annotations

import multiprocessing as mp
import os

import pytest

from newsevents import parallel
from newsevents.ingest.readers import Rejected
from newsevents.parallel import CHUNK, Failed, code_stream
from newsevents.records import Article

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(),
                                reason="patched workers inherit the test's coder only where processes fork")

TEXTS = [
    "Rebels attacked an army base near the northern town of Kidal on Tuesday, killing five soldiers.",
    "Police arrested 30 protesters in the capital on Monday during a march against fuel prices.",
    "The two governments signed a trade agreement in Nairobi on Friday, officials said.",
]


@pytest.fixture
def loaded_workers(coder, monkeypatch):
    """Worker processes start with the session's coder instead of loading a model each:
    forked workers inherit the patched initializer."""
    monkeypatch.setattr(parallel, "_worker_init", lambda kb_paths: setattr(parallel, "_WORKER_CODER", coder))
    return coder


def _pid_of_worker(coder, articles):
    """Stands in for code_chunk: says which process coded each article."""
    return [Failed(a.id, "PID", str(os.getpid())) for a in articles]


def _articles(n: int) -> list[Article]:
    return [Article(text=TEXTS[i % len(TEXTS)], id=f"a{i}", published="2026-03-01") for i in range(n)]


def _worker_pids(monkeypatch, chunks: int, recycle_after: int | None) -> set[str]:
    """The processes that coded ``chunks`` chunks on two workers; checks input order."""
    monkeypatch.setattr(parallel, "code_chunk", _pid_of_worker)
    articles = _articles(CHUNK * chunks)
    out = list(code_stream(articles, workers=2, recycle_after=recycle_after))
    assert [r.ref for r in out] == [a.id for a in articles]
    return {r.reason for r in out}


def test_workers_are_replaced_after_recycle_after_chunks(loaded_workers, monkeypatch):
    assert len(_worker_pids(monkeypatch, chunks=6, recycle_after=1)) == 6


def test_without_recycling_workers_last_the_whole_stream(loaded_workers, monkeypatch):
    assert len(_worker_pids(monkeypatch, chunks=6, recycle_after=None)) <= 2


def test_recycled_workers_code_as_one_process_does(loaded_workers):
    items: list = _articles(CHUNK * 3)
    items.insert(5, Rejected("feed.jsonl:6", "E101", "not valid JSON"))
    items.insert(20, Article(text="   ", id="blank"))
    pooled = list(code_stream(items, workers=2, recycle_after=1))
    alone = list(code_stream(items, workers=1, coder=loaded_workers))
    assert isinstance(pooled[5], Rejected) and isinstance(pooled[20], Failed)
    assert pooled[20].ref == "blank"
    assert [_comparable(r) for r in pooled] == [_comparable(r) for r in alone]
    assert any(r.events for r in pooled if hasattr(r, "events"))


def _comparable(result):
    return result.to_dict() if hasattr(result, "to_dict") else result


def test_recycle_limit_in_articles_becomes_whole_chunks():
    assert parallel.recycle_chunks(None) == parallel.RECYCLE_CHUNKS
    assert parallel.recycle_chunks(0) is None
    assert parallel.recycle_chunks(1) == 1
    assert parallel.recycle_chunks(CHUNK * 3) == 3 and parallel.recycle_chunks(CHUNK * 3 + 1) == 4
