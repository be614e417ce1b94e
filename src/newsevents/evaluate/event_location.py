"""Score event-location linking on the Halterman (2019) event_location data, and toponym resolution
on our own toponym table.

``run(path, nlp, limit)`` reads labeled_text_dev.jsonl.gz (one sentence + one VERB span + zero or
more LOCATION spans, token offsets into the record's ``tokens``), finds the trigger token in a
spaCy parse of the text, asks ``ArticlePlaces.event_location`` for the place, and scores the
predicted span's tokens against the gold LOCATION tokens (micro precision/recall/F1). Dateline
and main-place fallbacks are not attachments and are not counted as predictions.
``run_toponyms(path, nlp)`` scores geonameid and country agreement on tests/attributes/toponyms.v1.tsv.
"""
from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from ..attributes.places import FALLBACK_METHODS, PlaceResolver


def _records(path: Path, limit: int | None):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


def _token_ids(tokens: list[dict], start: int, end: int) -> set[int]:
    """Indices of the record's tokens overlapping characters [start, end)."""
    return {t["id"] if "id" in t else i for i, t in enumerate(tokens)
            if t["start"] < end and t["end"] > start}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(path: Path, nlp, limit: int | None = None) -> dict:
    """Token-level P/R/F1 of event locations against the gold LOCATION spans."""
    path = Path(path)
    resolver = PlaceResolver()
    tp = fp = fn = 0
    n = skipped = 0
    none_gold = none_right = 0
    resolved = with_country = 0
    for record in _records(path, limit):
        tokens = record["tokens"]
        verb = next((s for s in record["spans"] if s["label"] == "VERB"), None)
        if verb is None or verb["token_start"] >= len(tokens):
            skipped += 1
            continue
        gold: set[int] = set()
        for span in record["spans"]:
            if span["label"] == "LOCATION" and span.get("token_end", span["token_start"]) < len(tokens):
                gold.update(range(span["token_start"], span.get("token_end", span["token_start"]) + 1))
        doc = nlp(record["text"])
        vstart = tokens[verb["token_start"]]["start"]
        trigger = next((t for t in doc if t.idx <= vstart < t.idx + max(len(t), 1)), None)
        if trigger is None:
            skipped += 1
            continue
        n += 1
        loc = resolver.for_article(doc).event_location(trigger)
        predicted: set[int] = set()
        if loc is not None and not loc.method.startswith(FALLBACK_METHODS) and loc.start is not None:
            predicted = _token_ids(tokens, loc.start, loc.end)
            resolved += 1
            with_country += loc.country_code is not None
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        if not gold:
            none_gold += 1
            none_right += not predicted
    p, r, f = _prf(tp, fp, fn)
    return {
        "dataset": f"event_location:{path.name}",
        "n": n,
        "metrics": {"token_precision": round(p, 4), "token_recall": round(r, 4),
                    "token_f1": round(f, 4),
                    "no_location_accuracy": round(none_right / none_gold, 4) if none_gold else None,
                    "predicted_with_country": round(with_country / resolved, 4) if resolved else None},
        "notes": [f"{skipped} records skipped (VERB span missing or outside the parse)",
                  "dateline/main-place fallbacks are not counted as predictions",
                  "the dataset has no gazetteer labels: country correctness is measured by "
                  "run_toponyms() on tests/attributes/toponyms.v1.tsv"],
    }


def run_toponyms(path: Path, nlp) -> dict:
    """Exact geonameid and ISO3 agreement for the toponym table (sentence, toponym, id, iso3)."""
    resolver = PlaceResolver()
    rows = list(csv.DictReader((ln for ln in Path(path).open(encoding="utf-8")
                                if not ln.startswith("#")), delimiter="\t"))
    id_hits = country_hits = found = 0
    misses = []
    for row in rows:
        doc = nlp(row["sentence"])
        places = resolver.for_article(doc).places()
        start = row["sentence"].find(row["toponym"])
        loc = next((p for p in places if p.start is not None and p.start <= start < p.end), None)
        expected_id = int(row["expected_geonameid"]) if row["expected_geonameid"] else None
        if loc is not None:
            found += 1
        got_id = loc.geonameid if loc else None
        got_cc = loc.country_code if loc else None
        id_hits += got_id == expected_id
        got_cc = got_cc or ""
        country_hits += got_cc == row["expected_iso3"]
        if got_id != expected_id or got_cc != row["expected_iso3"]:
            misses.append(f"{row['toponym']}: expected {expected_id}/{row['expected_iso3']}, "
                          f"got {got_id}/{got_cc} ({loc.resolved_place if loc else 'not found'})")
    total = len(rows) or 1
    return {"dataset": f"toponyms:{Path(path).name}", "n": len(rows),
            "metrics": {"id_accuracy": round(id_hits / total, 4),
                        "country_accuracy": round(country_hits / total, 4),
                        "found": round(found / total, 4)},
            "notes": misses}
