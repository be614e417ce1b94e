"""PolNeAR scorer: brat parsing and matching on synthetic input, and a small real run."""
from __future__ import annotations

import pytest

from newsevents.evaluate import polnear

ANN = ("T1\tSource 0 6\tPutin\n"
       "T2\tCue 7 11\tsaid\n"
       "T3\tContent 12 20;22 30\tthe war ... is over\n"
       "T4\tAttribution 7 11\tsaid\n"
       "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
       "T5\tDiscard 40 50\tRead more\n")


def test_parse_ann_keeps_discontinuous_content():
    (gold,) = polnear.parse_ann(ANN)
    assert gold.content == ((12, 20), (22, 30))
    assert gold.source == ((0, 6),) and gold.cue_text == "said"


@pytest.mark.parametrize("a, b, expected", [
    (set(range(0, 10)), set(range(0, 10)), 1.0),
    (set(range(0, 10)), set(range(5, 15)), 5 / 15),
    (set(range(0, 10)), set(range(20, 30)), 0.0),
])
def test_jaccard(a, b, expected):
    assert polnear.jaccard(a, b) == pytest.approx(expected)


def test_match_is_one_to_one_and_thresholded():
    pred = [set(range(0, 10)), set(range(0, 9)), set(range(50, 60))]
    gold = [set(range(0, 10)), set(range(55, 100))]
    # pred 0 takes gold 0 (Jaccard 1.0); pred 1 cannot reuse it; pred 2 vs gold 1 is 5/50 < 0.3.
    assert polnear.match(pred, gold) == [(0, 0)]


@pytest.mark.shared_data
def test_small_real_run(shared_data, nlp):
    result = polnear.run(shared_data / "polnear", nlp, limit=3)
    assert result["n"] == 3 and result["dataset"] == "PolNeAR dev"
    metrics = result["metrics"]
    assert metrics["gold"] > 0 and 0.0 <= metrics["content_f1"] <= 1.0
