"""resolve_expression against the hand-worked case table date_cases.v1.tsv."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsevents.attributes.dates import resolve_expression
from newsevents.errors import UsageError

CASES_FILE = Path(__file__).with_name("date_cases.v1.tsv")
NO_PUBLICATION = "-"


def _load_cases() -> list:
    lines = [ln for ln in CASES_FILE.read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [pytest.param(row, id=f"{row['expression']}|{row['published']}|{row['tense']}")
            for row in rows]


CASES = _load_cases()


def test_case_table_is_large_enough():
    assert len(CASES) >= 150


@pytest.mark.parametrize("row", CASES)
def test_resolve_expression_case(row):
    published = None if row["published"] == NO_PUBLICATION else row["published"]
    got = resolve_expression(row["expression"], published, row["tense"])
    if not row["expected_date"]:
        assert got is None
        return
    expected = (row["expected_date"], row["expected_enddate"] or None, row["expected_precision"])
    assert got == expected


def test_unknown_tense_is_a_usage_error():
    with pytest.raises(UsageError, match="past, present, future"):
        resolve_expression("on Monday", "2026-11-25", "perfect")
