"""Golden expectations can be scored on their own articles file."""
import pytest

from newsevents.evaluate.golden import articles_for


def test_expectations_beside_an_articles_file_use_it(tmp_path):
    expected = tmp_path / "expected.v1.json"
    expected.write_text("{}", encoding="utf-8")
    assert articles_for(expected) is None
    (tmp_path / "articles.jsonl").write_text("", encoding="utf-8")
    assert articles_for(expected) == tmp_path / "articles.jsonl"


# Blind whole-article sets (tests/golden/blind*/), each written without looking at the coder; the
# floors sit just under what the coder scored at the end of the sixth session, so a change that
# loses events, recipients, dates, places or counts on unseen articles shows here.
BLIND_FLOORS = {
    "blind": {"event": 0.93, "recipient": 0.77, "date": 0.95, "place": 0.85, "dead": 0.8},
    # blind2-07's expected AGREE (a protocol "signed", which the CAMEO crosswalk codes SUPPORT) is
    # matched to the agreement "initialled in 2025" the coder now also codes, so one date and one
    # place miss on a matching artefact; blind2-05's lead ("has detained 12 more UN staff in raids
    # on UN offices in the capital Sanaa") now has Sanaa as its place
    # (ninth session), so the matcher takes it over the Thursday raid sentence, and the lead's
    # present perfect keeps the publication date
    "blind2": {"event": 0.97, "recipient": 0.87, "date": 0.88, "place": 0.90, "dead": 1.0},
    "blind3": {"event": 0.84, "recipient": 0.87, "date": 0.98, "place": 0.78, "dead": 0.71},
}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_article_sets_keep_their_floors(name):
    from pathlib import Path

    from newsevents.evaluate.golden import run

    metrics = run(Path(__file__).parents[1] / "golden" / name / "expected.v1.json")["metrics"]
    low = {kind: round(metrics[f"{kind}_matched"], 3) for kind, floor in BLIND_FLOORS[name].items()
           if metrics[f"{kind}_matched"] < floor}
    assert not low, low
