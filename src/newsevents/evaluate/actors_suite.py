"""Our own actor mention suite (tests/actors/mentions.v1.tsv): code and sector accuracy.

Each row names a mention in a sentence we wrote; its root token goes to
``ArticleActors.entity_for`` and the (code, sector) pair is compared ("NONE" = not an actor).
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path


def suite_rows(path: Path) -> list[dict]:
    lines = [ln for ln in Path(path).read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


def mention_token(doc, mention: str, occurrence: int = 1):
    """Root token of the occurrence-th whole-word appearance of ``mention``."""
    starts = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", doc.text)]
    start = starts[occurrence - 1]
    return doc.char_span(start, start + len(mention), alignment_mode="expand").root


def score_suite(rows: list[dict], nlp, resolver) -> tuple[int, list[str]]:
    """(number correct, failure lines)."""
    parsed, correct, failures = {}, 0, []
    for row in rows:
        text = row["sentence"]
        if text not in parsed:
            doc = nlp(text)
            parsed[text] = (doc, resolver.for_article(doc, row["published"] or None))
        doc, actors = parsed[text]
        token = mention_token(doc, row["mention"], int(row.get("occurrence") or 1))
        entity = actors.entity_for(token, physical_target=row.get("target") == "1")
        got = (entity.code, entity.sector) if entity else ("NONE", "NONE")
        if got == (row["expected_code"], row["expected_sector"]):
            correct += 1
        else:
            failures.append(f"{row['mention']!r}: expected {row['expected_code']}/{row['expected_sector']}, "
                            f"got {got[0]}/{got[1]} ({entity.method if entity else '-'}) in: {text}")
    return correct, failures


def run(path: Path, nlp, limit: int | None = None) -> dict:
    from ..actors.resolve import ActorResolver

    rows = suite_rows(path)[:limit] if limit else suite_rows(path)
    correct, failures = score_suite(rows, nlp, ActorResolver())
    return {"dataset": "actors", "n": len(rows), "metrics": {"code_and_sector_accuracy": correct / len(rows)},
            "tables": {"failures": [{"failure": f} for f in failures[:40]]}}
