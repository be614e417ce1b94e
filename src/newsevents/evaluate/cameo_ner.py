"""Multi-CoPED actor spans (cameo_ner/train.txt): source and target span token-F1.

Sentences are rebuilt by joining the gold tokens with spaces and coded alone. Tokens
inside the main event's actor entity spans are predicted Source, inside recipient
spans Target; gold Reciprocal (R) tokens count as Source (PLOVER puts both parties
of a reciprocal event among the actors).
"""
from __future__ import annotations

from pathlib import Path

from .common import code_sentence
from .scoring import main_event, prf


def _sentences(path: Path):
    tokens, tags = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            tok, _, tag = line.rpartition(" ")
            tokens.append(tok)
            tags.append(tag)
    if tokens:
        yield tokens, tags


def _token_spans(tokens):
    spans, pos = [], 0
    for tok in tokens:
        spans.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return spans


def _covered(spans, entities) -> set[int]:
    out = set()
    for e in entities:
        for i, (s, t) in enumerate(spans):
            if s < e.end and e.start < t:
                out.add(i)
    return out


def run(path: Path, limit: int | None = None) -> dict:
    stats = {"source": [0, 0, 0], "target": [0, 0, 0]}
    n = 0
    for tokens, tags in _sentences(path):
        n += 1
        text = " ".join(tokens)
        coded, doc = code_sentence(text)
        ev = main_event(coded, doc)
        spans = _token_spans(tokens)
        gold_s = {i for i, t in enumerate(tags) if t.endswith("-S") or t.endswith("-R")}
        gold_t = {i for i, t in enumerate(tags) if t.endswith("-T")}
        pred_s = _covered(spans, ev.actor) if ev else set()
        pred_t = _covered(spans, ev.recipient) if ev else set()
        for key, gold, pred in (("source", gold_s, pred_s), ("target", gold_t, pred_t)):
            stats[key][0] += len(gold & pred)
            stats[key][1] += len(pred - gold)
            stats[key][2] += len(gold - pred)
        if limit and n >= limit:
            break
    metrics = {}
    for key, (tp, fp, fn) in stats.items():
        p, r, f = prf(tp, fp, fn)
        metrics.update({f"{key}_precision": p, f"{key}_recall": r, f"{key}_token_f1": f})
    return {"dataset": "cameo-ner", "n": n, "metrics": metrics,
            "notes": ["token-level micro F1 over all sentences; R (reciprocal) gold tokens count as source"]}
