"""Golden expectations can be scored on their own articles file."""
from newsevents.evaluate.golden import articles_for


def test_expectations_beside_an_articles_file_use_it(tmp_path):
    expected = tmp_path / "expected.v1.json"
    expected.write_text("{}", encoding="utf-8")
    assert articles_for(expected) is None
    (tmp_path / "articles.jsonl").write_text("", encoding="utf-8")
    assert articles_for(expected) == tmp_path / "articles.jsonl"
