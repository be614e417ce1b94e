"""Multi-CoPED 5-class CAMEO grouping (cameo_class/train.tsv): macro-F1.

Classes: 0 statement/none (CAMEO 01–02), 1 verbal cooperation (03–05),
2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
The main asserted event's CAMEO root picks the class; no event is class 0.
"""
from __future__ import annotations

from pathlib import Path

from .common import code_sentence
from .scoring import confusion, main_event, per_class


# Multi-CoPED's PentaClass labels put CAMEO 16 (reduce relations: sanctions, suspended aid,
# expelled diplomats) with verbal conflict, unlike GDELT's QuadClass; we follow the dataset.
REDUCE_RELATIONS_ROOT = 16


def cameo_class(cameo: str | None) -> str:
    if not cameo:
        return "0"
    root = int(cameo[:2])
    if root == REDUCE_RELATIONS_ROOT:
        return "3"
    if root <= 2:
        return "0"
    if root <= 5:
        return "1"
    if root <= 8:
        return "2"
    if root <= 13:
        return "3"
    return "4"


def run(path: Path, limit: int | None = None) -> dict:
    gold, pred = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, _, label = line.rpartition("\t")
            coded, doc = code_sentence(text)
            ev = main_event(coded, doc, asserted_only=True)
            gold.append(label.strip())
            pred.append(cameo_class(ev.cameo if ev else None))
            if limit and len(gold) >= limit:
                break
    rows, macro = per_class(gold, pred, labels=["0", "1", "2", "3", "4"])
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    return {"dataset": "cameo-class", "n": len(gold), "metrics": {"macro_f1": macro, "accuracy": acc},
            "tables": {"per class": rows, "confusion": confusion(gold, pred)},
            "notes": ["class from the CAMEO root of the main asserted event; no event -> 0",
                      "CAMEO 16 (reduce relations) counts as class 3, as the dataset's labels do"]}
