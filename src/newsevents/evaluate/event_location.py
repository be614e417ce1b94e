"""Score event-location linking on the Halterman (2019) event_location data, and toponym resolution
on our own toponym table.

``run(path, nlp, limit)`` reads labeled_text_dev.jsonl.gz (one sentence + one VERB span + zero or
more LOCATION spans, token offsets into the record's ``tokens``), finds the trigger token in a
spaCy parse of the text, asks ``ArticlePlaces.event_mentions`` for the place name(s) linked to the
event (the chosen place and places coordinated with it: "in Spain and France"), and scores their
tokens against the gold LOCATION tokens (micro precision/recall/F1, as in the paper).

What counts as a location token follows the annotation: gold spans are place *names* ("Kherson",
"Gaza Strip"), so predicted spans are trimmed of edge words the annotators leave out ("the",
"province", "village", "southern", a possessive "'s"); whitespace-only tokens never count.
Records without a gold location stay in the token scores (a prediction there is a false
positive) and are also reported separately as ``no_location_accuracy``. Dateline and main-place
fallbacks are not attachments and are not predictions, nor are the ends of a stretch ("the road
between X and Y"); a distance reference ("40 km south of X") is, when the linker names no other
place (the annotators mark X then, and users get it in ``event_loc``).
``run_toponyms(path, nlp)`` scores geonameid and country agreement on tests/attributes/toponyms.v1.tsv.
"""
from __future__ import annotations

import csv
import gzip
import json
from collections import defaultdict
from pathlib import Path

from ..attributes.places import (AREA_WORDS, AYN_MARKS, DIRECTION_WORDS, FALLBACK_METHODS,
                                 LOCATIVE_NOUNS, SETTLEMENT_NOUNS, PlaceResolver)

# Words the annotators keep outside a place name (checked on the gold spans: fewer than 1% of
# them start or end with one of these).
EDGE_WORDS = {"the", "'s", "\u2019s", "'", "\u2019"} | AREA_WORDS | LOCATIVE_NOUNS | SETTLEMENT_NOUNS


def _records(path: Path, limit: int | None):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


def _counted(token: dict) -> bool:
    return bool(token["text"].strip())


def _token_ids(tokens: list[dict], start: int, end: int) -> set[int]:
    """Indices of the record's tokens overlapping characters [start, end)."""
    return {t["id"] if "id" in t else i for i, t in enumerate(tokens)
            if t["start"] < end and t["end"] > start and _counted(t)}


def _is_edge_word(text: str) -> bool:
    lower = text.lower()
    return (text in EDGE_WORDS or not any(ch.isalnum() for ch in text)
            or (text.islower() and bool(DIRECTION_WORDS.match(lower + " "))))


def predicted_tokens(tokens: list[dict], start: int, end: int) -> set[int]:
    """Record tokens of a predicted place span, without the edge words gold spans leave out (an
    opening ayn mark, "‘Ibta", stays: the annotators keep it as part of the name)."""
    ids = sorted(_token_ids(tokens, start, end))
    while ids and _is_edge_word(tokens[ids[0]]["text"]) and tokens[ids[0]]["text"] not in AYN_MARKS:
        ids.pop(0)
    while ids and _is_edge_word(tokens[ids[-1]]["text"]):
        ids.pop()
    return set(ids)


def gold_tokens(record: dict) -> set[int]:
    """Token ids of the record's LOCATION spans (spans pointing outside the tokens are dropped)."""
    tokens = record["tokens"]
    gold: set[int] = set()
    for span in record["spans"]:
        end = span.get("token_end", span["token_start"])
        if span["label"] == "LOCATION" and end < len(tokens):
            gold.update(i for i in range(span["token_start"], end + 1) if _counted(tokens[i]))
    return gold


def find_trigger(doc, record: dict):
    """The spaCy token at the record's VERB span, or None."""
    tokens = record["tokens"]
    verb = next((s for s in record["spans"] if s["label"] == "VERB"), None)
    if verb is None or verb["token_start"] >= len(tokens):
        return None
    vstart = tokens[verb["token_start"]]["start"]
    return next((t for t in doc if t.idx <= vstart < t.idx + max(len(t), 1)), None)


def predict(places, trigger, tokens: list[dict]) -> set[int]:
    """Record token ids of the place name(s) linked to ``trigger`` (empty for fallbacks)."""
    predicted: set[int] = set()
    for mention, method in places.event_mentions(trigger):
        if not method.startswith(FALLBACK_METHODS) and mention.start >= 0:
            predicted |= predicted_tokens(tokens, mention.start, mention.end)
    return predicted


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(path: Path, nlp, limit: int | None = None) -> dict:
    """Token-level P/R/F1 of event locations against the gold LOCATION spans."""
    path = Path(path)
    resolver = PlaceResolver()
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])   # tp fp fn n empty
    n = skipped = exact = 0
    none_gold = none_right = 0
    for record in _records(path, limit):
        doc = nlp(record["text"])
        trigger = find_trigger(doc, record)
        if trigger is None:
            skipped += 1
            continue
        n += 1
        gold = gold_tokens(record)
        predicted = predict(resolver.for_article(doc), trigger, record["tokens"])
        counts = by_source[record.get("source") or "unknown"]
        counts[0] += len(predicted & gold)
        counts[1] += len(predicted - gold)
        counts[2] += len(gold - predicted)
        counts[3] += 1
        counts[4] += not gold
        exact += predicted == gold
        if not gold:
            none_gold += 1
            none_right += not predicted
    tp, fp, fn = (sum(c[i] for c in by_source.values()) for i in range(3))
    p, r, f = _prf(tp, fp, fn)
    table = {}
    for source, (stp, sfp, sfn, sn, sempty) in sorted(by_source.items(), key=lambda kv: -kv[1][3]):
        sp, sr, sf = _prf(stp, sfp, sfn)
        table[source] = {"n": sn, "no_gold_share": round(sempty / sn, 3), "token_precision": round(sp, 4),
                         "token_recall": round(sr, 4), "token_f1": round(sf, 4)}
    return {
        "dataset": f"event_location:{path.name}",
        "n": n,
        "metrics": {"token_precision": round(p, 4), "token_recall": round(r, 4),
                    "token_f1": round(f, 4),
                    "record_exact": round(exact / n, 4) if n else None,
                    "no_location_accuracy": round(none_right / none_gold, 4) if none_gold else None},
        "tables": {"by_source": table},
        "notes": [f"{skipped} records skipped (VERB span missing or outside the parse)",
                  "dateline/main-place fallbacks and the ends of a stretch ('between X and Y') "
                  "are not counted as predictions",
                  "predicted spans are trimmed of 'the', area words and directions, as gold is",
                  "sources with a high no_gold_share (Masdar_RA: 88%) leave many plain "
                  "'killed in X' sentences unlabelled: label noise that lowers every linker's "
                  "precision (see tables.by_source)",
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
