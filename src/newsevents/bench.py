"""`newsevents bench`: coding throughput against the bare spaCy pass on the same texts.

``run_bench(path, limit, workers, stage_articles)`` -> report dict: articles/s, words/s,
sentences/s, peak RSS (all processes), the bare ``nlp.pipe`` time with the same number of
processes, and the ratio coding/spaCy. Both passes read the same texts from memory. A
one-process profile of the first ``stage_articles`` articles gives each stage's time as a
share of parsing (actor resolution, events with their dates, places and counts, quotes) and
the load times of the knowledge base and the gazetteer index.
"""
from __future__ import annotations

import json
import os
import resource
import time
from datetime import date

from .records import Article


STAGE_WARM_UP = 50  # articles coded before the stage profile, after the profiled ones in the file


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


# Stage shares are CPU seconds of the one profiling process: wall time would also count
# whatever else the machine runs, and the shares compare stages of a few seconds each.
STAGE_CLOCK = time.process_time


def _timed(fn, *args, **kwargs):
    t0 = STAGE_CLOCK()
    out = fn(*args, **kwargs)
    return out, STAGE_CLOCK() - t0


_LOAD_PROBE = """
import json, os, time
def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
t0 = time.perf_counter()
from newsevents.actors.kb import KnowledgeBase
kb_tables = KnowledgeBase.from_tables()
kb = time.perf_counter() - t0
rss0 = rss_mb()
t0 = time.perf_counter()
from newsevents.attributes.gazetteer import Gazetteer
gazetteer = Gazetteer()
gazetteer.candidates("Kyiv")
gaz = time.perf_counter() - t0
print(json.dumps([kb, gaz, rss_mb() - rss0]))
"""


def _load_times() -> dict:
    """In a fresh process: seconds to load the knowledge base, seconds and extra MB to open the
    cached gazetteer index and answer one look-up (the cache is built first if missing)."""
    import subprocess
    import sys

    from .attributes.gazetteer import get_gazetteer

    get_gazetteer()  # builds the cache on a new machine, outside the timing
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, check=True)
    kb_s, gaz_s, gaz_mb = json.loads(out.stdout.strip().splitlines()[-1])
    return {"kb_load_seconds": round(kb_s, 3), "gazetteer_open_seconds": round(gaz_s, 3),
            "gazetteer_open_mb": round(gaz_mb, 1)}


class _Clock:
    """Seconds spent inside wrapped callables (the attribute services the coder calls)."""

    def __init__(self):
        self.seconds = 0.0

    def wrap(self, fn):
        if fn is None:
            return None

        def timed(*args, **kwargs):
            t0 = STAGE_CLOCK()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += STAGE_CLOCK() - t0
        return timed


class _TimedPlaces:
    """An ArticlePlaces whose method calls are charged to ``clock``."""

    def __init__(self, places, clock: _Clock):
        self._places, self._clock = places, clock

    def __getattr__(self, name):
        attr = getattr(self._places, name)
        return self._clock.wrap(attr) if callable(attr) else attr


def _stage_costs(articles: list[Article], warm_up: list[Article] = (), coder=None) -> dict:
    """One process: each stage's time on ``articles``, as a share of spaCy parse time and as
    what it adds to the rest of the coding time (parse + the other stages).

    ``warm_up`` articles (different texts) are coded first, so lazily loaded tables and the
    look-up memos are in their steady state; their one-time load is reported by ``_load_times``.
    'attributes' (places, dates, counts) is the part of the events stage spent in those services.
    """
    from dataclasses import replace

    from .events.coder import code_events
    from .nlp.doc_views import seed_text
    from .pipeline import Coder
    from .quotes.extract import extract_quotes

    coder = coder or Coder()
    for doc, art in zip(coder.nlp.pipe([a.text for a in warm_up], batch_size=16), warm_up):
        coder.code_doc(doc, art)
    docs, parse_s = _timed(lambda: list(coder.nlp.pipe([a.text for a in articles], batch_size=16)))
    clock = _Clock()
    actors_s = events_s = quotes_s = 0.0
    for doc, art in zip(docs, articles):
        seed_text(doc, art.text)  # as Coder.code_doc does
        actors, dt = _timed(coder.actors.for_article, doc, art.published)
        actors_s += dt
        t0 = STAGE_CLOCK()
        ctx = coder.context_for(doc, art, actors)
        ctx_s = STAGE_CLOCK() - t0
        clock.seconds += ctx_s  # context_for builds the article's place index
        ctx = replace(ctx, places=_TimedPlaces(ctx.places, clock), date_resolver=clock.wrap(ctx.date_resolver),
                      size_extractor=clock.wrap(ctx.size_extractor))
        events_s += ctx_s + _timed(code_events, doc, ctx)[1]
        quotes_s += _timed(extract_quotes, doc, actors, article_id=art.id)[1]
    total = parse_s + actors_s + events_s + quotes_s

    def share(s):
        return round(s / parse_s, 3) if parse_s else None

    def added(s):
        return round(s / (total - s), 3) if total > s else None

    return {"stage_articles": len(articles), "stage_warm_up_articles": len(warm_up),
            "stage_parse_seconds": round(parse_s, 2),
            "actor_setup_share_of_parse": share(actors_s), "events_share_of_parse": share(events_s),
            "attributes_share_of_parse": share(clock.seconds), "quotes_share_of_parse": share(quotes_s),
            "actor_setup_added_to_coding": added(actors_s), "attributes_added_to_coding": added(clock.seconds),
            "quotes_added_to_coding": added(quotes_s)}


def run_bench(path: str, *, limit: int | None = None, workers: int | None = None,
              stage_articles: int = 200) -> dict:
    from .parallel import default_workers

    workers = workers or default_workers()
    articles = _load(path, limit)
    texts = [a.text for a in articles]
    spacy_s, words, sents = _spacy_pass(texts, workers)
    code_s, events, quotes = _coding_pass(articles, workers)
    n = len(articles)
    metrics = {
        "date": date.today().isoformat(), "workers": workers,
        "coding_seconds": round(code_s, 2), "spacy_seconds": round(spacy_s, 2),
        "ratio_coding_to_spacy": round(code_s / spacy_s, 3) if spacy_s else None,
        "articles_per_s": round(n / code_s, 1), "words_per_s": round(words / code_s),
        "sentences_per_s": round(sents / code_s), "spacy_words_per_s": round(words / spacy_s),
        "events": events, "quotes": quotes, "peak_rss_mb": round(_peak_rss_mb(), 1)}
    if stage_articles:
        metrics.update(_load_times())
        metrics.update(_stage_costs(articles[:stage_articles],
                                    warm_up=articles[stage_articles:stage_articles + STAGE_WARM_UP]))
    return {"dataset": f"bench {os.path.basename(path)}", "n": n, "metrics": metrics,
            "notes": ["coding time includes parsing, reading from memory, all stages and result pickling",
                      "peak RSS = max of this process and its largest child",
                      "stage shares: CPU time of one process, after a warm-up on other articles; 'events' includes "
                      "roles, actor look-ups made while coding, dates, places and counts; 'attributes' is "
                      "the places/dates/counts part of it; 'actor set-up' is the per-article mention scan",
                      "'added to coding' = a stage's time / the rest of the coding time (parse + other stages)"]}
