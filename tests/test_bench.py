"""Stage profile of `newsevents bench` on the bundled sample articles."""
from __future__ import annotations

from pathlib import Path

from newsevents.bench import _Clock, _load, _stage_costs

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "samples" / "articles.jsonl"


def test_stage_costs_split_the_events_stage(coder):
    articles = _load(str(SAMPLES), 4)
    costs = _stage_costs(articles[:3], warm_up=articles[3:], coder=coder)
    assert costs["stage_articles"] == 3 and costs["stage_warm_up_articles"] == 1
    assert 0 < costs["attributes_share_of_parse"] <= costs["events_share_of_parse"]
    for key in ("actor_setup", "attributes", "quotes"):
        assert costs[f"{key}_added_to_coding"] > 0


def test_clock_charges_time_and_keeps_results_and_errors():
    clock = _Clock()
    assert clock.wrap(lambda x: x + 1)(1) == 2
    failing = clock.wrap(lambda: 1 / 0)
    try:
        failing()
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError("the wrapped error must propagate")
    assert clock.seconds > 0 and clock.wrap(None) is None
