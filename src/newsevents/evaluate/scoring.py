"""Shared scoring helpers: per-class precision/recall/F1, confusion tables, picking the main event."""
from __future__ import annotations

from collections import Counter


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def per_class(gold: list[str], pred: list[str], labels=None) -> tuple[list[dict], float]:
    """Rows of label/precision/recall/F1/support, and the macro-F1 over gold labels."""
    labels = sorted(set(gold) | set(pred)) if labels is None else labels
    rows, f1s = [], []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        p, r, f = prf(tp, fp, fn)
        support = sum(1 for g in gold if g == label)
        rows.append({"label": label, "precision": p, "recall": r, "f1": f, "support": support})
        if support:
            f1s.append(f)
    return rows, (sum(f1s) / len(f1s) if f1s else 0.0)


def confusion(gold: list[str], pred: list[str]) -> list[dict]:
    counts = Counter(zip(gold, pred))
    labels = sorted(set(gold) | set(pred))
    rows = []
    for g in sorted(set(gold)):
        row = {"gold \\ pred": g}
        for p in labels:
            row[p] = counts.get((g, p), "")
        rows.append(row)
    return rows


def depth(token) -> int:
    d = 0
    while token.head.i != token.i and d < 50:
        token = token.head
        d += 1
    return d


def _depth_at(doc, offset: int) -> int:
    if doc is None:
        return 0
    tok = next((t for t in doc if t.idx == offset), None)
    return depth(tok) if tok is not None else 0


def main_event(coded, doc=None, asserted_only: bool = False):
    """The event a one-sentence gold record most likely describes: asserted, near the root.
    With ``asserted_only`` a sentence whose events are all denied or cancelled has none."""
    events = [e for e in coded.events if not (asserted_only and "negation" in e.aux)]
    if not events:
        return None

    def key(ev):
        # a controlled event sits where its governing word is ("threatened" in "threatened to strike")
        anchor = (ev.evidence.get("anchor") or ev.evidence.get("trigger", {})).get("start", 0)
        trig = ev.evidence.get("trigger", {}).get("start", 0)
        return (bool(ev.aux and "negation" in ev.aux), _depth_at(doc, anchor), _depth_at(doc, trig),
                -ev.confidence)
    return min(events, key=key)
