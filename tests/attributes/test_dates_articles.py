"""Event dates on whole invented articles (date_articles.v1.jsonl), scored as the golden set
scores them: an event's [date, enddate] must lie within the expected span.

Each expected event is found by the sentence fragment quoted for it (and its trigger word,
when the sentence holds several events); events the coder does not produce are counted apart,
since finding events is not the date resolver's job.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluate.golden import score_article
from newsevents.records import Article

ARTICLES_FILE = Path(__file__).with_name("date_articles.v1.jsonl")
DATE_FLOOR = 0.95      # share of found events dated within the expected span (0.960 when set)
FOUND_FLOOR = 0.75     # share of expected events the coder produces at all (0.81 when set)


def load_articles() -> list[dict]:
    lines = ARTICLES_FILE.read_text("utf-8").splitlines()
    return [json.loads(ln) for ln in lines if ln.strip() and not ln.startswith("#")]


def find_event(want: dict, text: str, events: list[dict]) -> dict | None:
    """The coded event whose trigger lies inside the quoted fragment, the expected trigger
    word preferred; None if the coder found no event there."""
    start = text.index(want["quote"])
    end = start + len(want["quote"])
    inside = [ev for ev in events if start <= ev["evidence"].get("trigger", {}).get("start", -1) < end]
    by_trigger = [ev for ev in inside if want["trigger"] in ev["evidence"]["trigger"].get("text", "")]
    return (by_trigger or inside or [None])[0]


def date_row(want: dict, event: dict) -> dict:
    """The golden scorer's date row for one expected span against one coded event."""
    rows = score_article({"events": [event], "quotes": []},
                         {"events": [{"event": event["event"], "date": want["date"]}]})
    return next(r for r in rows if r["fact"].startswith("date "))


def score_articles(coder, articles: list[dict]) -> dict:
    """{"found", "expected", "dated_ok", "misses": [...], "unfound": [...]} over the articles."""
    found = dated_ok = expected = 0
    misses, unfound = [], []
    for art in articles:
        coded = coder.code(Article(text=art["text"], id=art["id"], published=art["published"])).to_dict()
        for want in art["events"]:
            expected += 1
            event = find_event(want, art["text"], coded["events"])
            if event is None:
                unfound.append(f"{art['id']}: {want['quote']}")
                continue
            found += 1
            row = date_row(want, event)
            dated_ok += row["ok"]
            if not row["ok"]:
                misses.append(f"{art['id']} {want['quote']!r}: want {want['date']} got {row['got']} "
                              f"({event['date_info']['method']}; {want['note']})")
    return {"found": found, "expected": expected, "dated_ok": dated_ok, "misses": misses, "unfound": unfound}


@pytest.fixture(scope="module")
def scored(coder):
    return score_articles(coder, load_articles())


def test_article_set_is_well_formed():
    articles = load_articles()
    assert len(articles) >= 40
    for art in articles:
        for want in art["events"]:
            assert want["quote"] in art["text"], (art["id"], want["quote"])
            assert want["trigger"] in want["quote"], (art["id"], want["quote"])
            assert want["date"][0] <= want["date"][1], (art["id"], want["quote"])


def test_most_expected_events_are_found(scored):
    assert scored["found"] / scored["expected"] >= FOUND_FLOOR, "\n".join(scored["unfound"])


def test_found_events_are_dated_within_the_expected_span(scored):
    accuracy = scored["dated_ok"] / scored["found"]
    assert accuracy >= DATE_FLOOR, f"{accuracy:.3f}\n" + "\n".join(scored["misses"])
