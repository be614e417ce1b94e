"""`newsevents bench`: coding throughput against the bare spaCy pass on the same texts.

``run_bench(path, limit, workers)`` -> report dict: articles/s, words/s, sentences/s,
peak RSS (all processes), the bare ``nlp.pipe`` time with the same number of
processes, and the ratio coding/spaCy. Both passes read the same texts from memory.
"""
from __future__ import annotations

import json
import os
import resource
import time
from datetime import date

from .records import Article


def _load(path: str, limit: int | None) -> list[Article]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append(Article(text=rec["text"], id=str(rec.get("id", len(out))), published=rec.get("published")))
            if limit and len(out) >= limit:
                break
    return out


def _peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def _spacy_pass(texts: list[str], workers: int) -> tuple[float, int, int]:
    from .nlp.pipeline import load_nlp

    nlp = load_nlp()
    t0 = time.perf_counter()
    words = sents = 0
    for doc in nlp.pipe(texts, batch_size=16, n_process=workers):
        words += len(doc)
        sents += sum(1 for _ in doc.sents)
    return time.perf_counter() - t0, words, sents


def _coding_pass(articles: list[Article], workers: int) -> tuple[float, int, int]:
    from .parallel import code_stream

    t0 = time.perf_counter()
    events = quotes = 0
    for result in code_stream(iter(articles), workers=workers):
        if hasattr(result, "events"):
            events += len(result.events)
            quotes += len(result.quotes)
    return time.perf_counter() - t0, events, quotes


def run_bench(path: str, *, limit: int | None = None, workers: int | None = None) -> dict:
    from .parallel import default_workers

    workers = workers or default_workers()
    articles = _load(path, limit)
    texts = [a.text for a in articles]
    spacy_s, words, sents = _spacy_pass(texts, workers)
    code_s, events, quotes = _coding_pass(articles, workers)
    n = len(articles)
    return {"dataset": f"bench {os.path.basename(path)}", "n": n, "metrics": {
        "date": date.today().isoformat(), "workers": workers,
        "coding_seconds": round(code_s, 2), "spacy_seconds": round(spacy_s, 2),
        "ratio_coding_to_spacy": round(code_s / spacy_s, 3) if spacy_s else None,
        "articles_per_s": round(n / code_s, 1), "words_per_s": round(words / code_s),
        "sentences_per_s": round(sents / code_s), "spacy_words_per_s": round(words / spacy_s),
        "events": events, "quotes": quotes, "peak_rss_mb": round(_peak_rss_mb(), 1)},
        "notes": ["coding time includes parsing, reading from memory, all stages and result pickling",
                  "peak RSS = max of this process and its largest child"]}
