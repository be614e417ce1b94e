"""Our own ACLED sub-event development snippets (data/eval/acled_dev.v1.tsv): accuracy.

Each snippet is coded as an article; the predicted sub-event type is the ACLED label of
the most confident event carrying one (none -> "(none)").
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..events.acled import reported_acled
from .common import code_sentence
from .scoring import per_class

NONE = "(none)"


def run(path: Path, limit: int | None = None) -> dict:
    gold, pred, misses = [], [], []
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")]
    if limit:
        rows = rows[:limit]
    for row in rows:
        coded, _doc = code_sentence(row["text"], "2026-06-15")
        labelled = [e for e in coded.events if reported_acled(e)]
        best = max(labelled, key=lambda e: (e.event in ("ASSAULT", "PROTEST", "COERCE"), e.confidence), default=None)
        label = best.acled["sub_event_type"] if best else NONE
        gold.append(row["sub_event_type"])
        pred.append(label)
        if label != row["sub_event_type"] and len(misses) < 40:
            misses.append({"gold": row["sub_event_type"], "pred": label, "text": row["text"][:120]})
    per, macro = per_class(gold, pred)
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    event_type_gold = [r["event_type"] for r in rows]
    return {"dataset": "acled-dev", "n": len(gold), "metrics": {"sub_event_accuracy": acc, "sub_event_macro_f1": macro},
            "tables": {"per sub-event type": per, "first misses": misses},
            "notes": [f"{len(set(event_type_gold))} event types, {len(set(gold))} sub-event types in the set"]}
