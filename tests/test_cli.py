"""CLI: a thin shell over the API. Run through click's CliRunner, checked through the API."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.store import Store

TEXT = "Police arrested 40 protesters in Belgrade on Sunday. Serbia's president condemned the protests."


@pytest.fixture()
def runner():
    return CliRunner(mix_stderr=False)


@pytest.fixture()
def jsonl(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a1", "text": TEXT, "published": "2026-02-03"}),
             "{not json",
             json.dumps({"id": "a2", "text": "Russian forces shelled Kharkiv on Monday, killing three civilians.",
                         "published": "2026-03-04"}),
             json.dumps({"id": "a3", "text": ""})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_code_jsonl_keeps_order_and_reports_bad_records(coder, runner, jsonl):
    result = runner.invoke(main, ["code", str(jsonl), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"]["id"] for d in docs] == ["a1", "a2"]
    assert any(e["event"] == "COERCE" for e in docs[0]["events"])
    assert "in.jsonl:2" in result.stderr and "in.jsonl:4" in result.stderr
    assert "Traceback" not in result.stderr


def test_code_reads_stdin_with_published_date(coder, runner):
    result = runner.invoke(main, ["code", "-", "--published", "2026-03-04", "--workers", "1"],
                           input="Russian forces shelled Kharkiv on Monday, killing three civilians.")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assault = next(e for e in doc["events"] if e["event"] == "ASSAULT")
    assert assault["date"] == "2026-03-02"
    assert assault["size"]["dead"] == 3


def test_code_plover_format_one_event_per_line(coder, runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["code", str(path), "--format", "plover", "--published", "2026-02-03",
                                  "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all("event" in r for r in records)


def test_bad_published_date_is_one_line(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["code", str(path), "--published", "yesterday", "--workers", "1"])
    assert result.exit_code != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "YYYY-MM-DD" in result.stderr


def test_ingest_is_idempotent_and_queryable(coder, runner, jsonl, tmp_path):
    db = tmp_path / "t.db"
    first = runner.invoke(main, ["ingest", str(jsonl), "--db", str(db), "--workers", "1"])
    assert first.exit_code == 0, first.stderr
    with Store(db) as store:
        counts = store.counts()
    assert counts["articles"] == 2
    second = runner.invoke(main, ["ingest", str(jsonl), "--db", str(db), "--workers", "1"])
    assert second.exit_code == 0
    with Store(db) as store:
        assert store.counts() == counts
    out = runner.invoke(main, ["events", "--db", str(db), "--type", "assault", "--format", "json"])
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(r["event"] == "ASSAULT" for r in rows)
    csv_out = runner.invoke(main, ["events", "--db", str(db), "--country", "UKR", "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("id,article_id,date")
    bad = runner.invoke(main, ["events", "--db", str(db), "--type", "BOMBING"])
    assert bad.exit_code != 0 and "ASSAULT" in bad.stderr


def test_export_plover(coder, runner, jsonl, tmp_path):
    db = tmp_path / "t.db"
    runner.invoke(main, ["ingest", str(jsonl), "--db", str(db), "--workers", "1"])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["export", "--format", "plover", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert len(out.read_text().splitlines()) >= 2


def test_unknown_eval_dataset_lists_options(runner):
    result = runner.invoke(main, ["eval", "nope"])
    assert result.exit_code != 0
    assert "plover-gsr" in result.stderr


def test_parallel_workers_keep_input_order(runner, tmp_path):
    path = tmp_path / "many.jsonl"
    texts = [f"Police arrested {n} protesters in Belgrade on Sunday." for n in range(2, 40)]
    path.write_text("\n".join(json.dumps({"id": f"r{i}", "text": t, "published": "2026-02-03"})
                              for i, t in enumerate(texts)) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["code", str(path), "--workers", "2"])
    assert result.exit_code == 0, result.stderr
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == [f"r{i}" for i in range(len(texts))]


def test_kb_add_and_lookup(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSEVENTS_KB_DIR", str(tmp_path / "kb"))
    good = tmp_path / "mine.tsv"
    good.write_text("# local militia\nname\tkind\tcode\tsector\taliases\n"
                    "Free Hills Brigade\tgroup\tCOD\tREB\tFHB\n", encoding="utf-8")
    added = runner.invoke(main, ["kb", "add", str(good)])
    assert added.exit_code == 0, added.stderr
    assert "added 1 entries" in added.stdout
    found = runner.invoke(main, ["kb", "lookup", "FHB"])
    assert found.exit_code == 0 and "COD" in found.stdout
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tkind\tcode\tsector\nSomeone\tperson\tPOL\tBOSS\n", encoding="utf-8")
    rejected = runner.invoke(main, ["kb", "add", str(bad)])
    assert rejected.exit_code != 0
    assert "bad.tsv:2" in rejected.stderr and "BOSS" in rejected.stderr
    assert len(list((tmp_path / "kb").glob("*.tsv"))) == 1  # the KB in force is unchanged


def test_recycle_after_reaches_the_worker_pool(runner, tmp_path, monkeypatch):
    from newsevents import parallel

    seen = {}
    real = parallel.code_stream

    def spy(items, **kwargs):
        seen.update(kwargs)
        return real(items, **kwargs)

    monkeypatch.setattr(parallel, "code_stream", spy)
    path = tmp_path / "one.txt"
    path.write_text("Police arrested 12 protesters in Belgrade on Sunday.", encoding="utf-8")
    result = runner.invoke(main, ["code", str(path), "--workers", "1", "--recycle-after", "0"])
    assert result.exit_code == 0, result.stderr
    assert seen["recycle_after"] is None
    bad = runner.invoke(main, ["code", str(path), "--recycle-after", "-5"])
    assert bad.exit_code != 0 and "recycle-after" in bad.stderr
