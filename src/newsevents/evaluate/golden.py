"""Our sample corpus against hand-written expectations (tests/golden/expected.v1.json).

``score_article(coded, expected)`` -> per-fact results; ``run(path)`` codes the bundled
samples (or the articles.jsonl beside ``path``) and reports how many expected events, dates,
places, counts and quotes match.
An expected event matches an output event of the same type (or AGREE with aux future
for an expected future cooperative event, PLOVER's reading of intent) whose actor
codes intersect the expected ones.
"""
from __future__ import annotations

import json
from pathlib import Path

FUTURE_AS_AGREE = {"CONSULT", "AID", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE"}


def _codes(entities) -> set[str]:
    return {e["code"] for e in entities if e.get("code")}


def _type_ok(want: str, ev: dict) -> bool:
    return ev["event"] == want or (want in FUTURE_AS_AGREE and ev["event"] == "AGREE" and "future" in ev["aux"])


def _match(want: dict, events: list[dict]) -> dict | None:
    best, best_score = None, -1
    for ev in events:
        if not _type_ok(want["event"], ev):
            continue
        score = 0
        if want.get("actor") and _codes(ev["actor"]) & set(want["actor"]):
            score += 2
        elif want.get("actor"):
            continue
        if want.get("recipient") and _codes(ev["recipient"]) & set(want["recipient"]):
            score += 1
        if want.get("place") and (ev.get("event_loc") or {}).get("country_code") == want["place"].get("country"):
            score += 1 + _place_named(want["place"], ev)  # the named town tells same-country strikes apart
        if want.get("date") and ev["date"] and want["date"][0] <= ev["date"] <= want["date"][1]:
            score += 1
        if score > best_score:
            best, best_score = ev, score
    return best


def _place_named(want_place: dict, ev: dict) -> bool:
    loc = ev.get("event_loc") or {}
    return "name" in want_place and want_place["name"].lower() in \
        f"{loc.get('resolved_place')} {loc.get('extracted_place')}".lower()


def score_article(doc: dict, expected: dict) -> list[dict]:
    """One row per checked fact: {"fact", "ok", "want", "got"}."""
    rows = []
    for want in expected.get("events", []):
        ev = _match(want, doc["events"])
        label = f"{want['event']} {'+'.join(want.get('actor', [])) or '?'}->{'+'.join(want.get('recipient', [])) or '-'}"
        rows.append({"fact": f"event {label}", "ok": ev is not None, "want": want.get("note", ""),
                     "got": ev["text"][:80] if ev else None})
        if ev is None:
            continue
        if "recipient" in want and want["recipient"]:
            rows.append({"fact": f"recipient {label}", "ok": bool(_codes(ev["recipient"]) & set(want["recipient"])),
                         "want": want["recipient"], "got": sorted(_codes(ev["recipient"]))})
        if "date" in want:
            lo, hi = want["date"]
            got_lo, got_hi = ev["date"], ev["enddate"] or ev["date"]
            ok = got_lo is not None and lo <= got_lo and got_hi <= hi
            rows.append({"fact": f"date {label}", "ok": ok, "want": want["date"], "got": [got_lo, got_hi]})
        if "place" in want:
            loc = ev.get("event_loc") or {}
            ok = loc.get("country_code") == want["place"].get("country") and (
                "name" not in want["place"] or _place_named(want["place"], ev))
            rows.append({"fact": f"place {label}", "ok": ok, "want": want["place"],
                         "got": [loc.get("resolved_place"), loc.get("country_code")]})
        for field in ("dead", "injured", "arrested"):
            if field in want:
                got = ev["size"][field]
                rows.append({"fact": f"{field} {label}", "ok": got == want[field], "want": want[field], "got": got})
    for want in expected.get("quotes", []):
        hit = next((q for q in doc["quotes"] if want["contains"] in q["text"]), None)
        speaker_ok = hit is not None and hit.get("speaker") is not None and want["speaker"].lower() in (
            f"{hit['speaker'].get('entity_text')} {hit['speaker'].get('identifier_text')}".lower())
        rows.append({"fact": f"quote {want['speaker']}", "ok": hit is not None, "want": want["contains"][:40],
                     "got": (hit or {}).get("text", "")[:40]})
        rows.append({"fact": f"speaker {want['speaker']}", "ok": speaker_ok, "want": want["speaker"],
                     "got": ((hit or {}).get("speaker") or {}).get("entity_text")})
    for absent in expected.get("absent", []):
        present = [e for e in doc["events"] if e["event"] == absent and not e["aux"]]
        rows.append({"fact": f"absent {absent}", "ok": not present, "want": 0, "got": len(present)})
    return rows


def samples_dir() -> Path:
    from ..datafiles import data_root
    return data_root() / "samples"


def code_samples(coder=None, source: Path | None = None) -> dict[str, dict]:
    """Coded articles by id: the bundled samples, or the articles file or folder ``source``."""
    from ..ingest.readers import read_inputs
    from ..pipeline import Coder

    coder = coder or Coder()  # with quotes: the golden facts include who said what
    out = {}
    for item in read_inputs([str(source or samples_dir())]):
        if hasattr(item, "text"):
            out[item.id] = coder.code(item).to_dict()
    return out


def articles_for(expected_path: Path) -> Path | None:
    """An expectations file beside its own articles.jsonl is scored on those articles (a set
    written apart from the bundled samples); otherwise on the bundled samples."""
    own = Path(expected_path).with_name("articles.jsonl")
    return own if own.exists() else None


def run(path: Path, limit: int | None = None) -> dict:
    expected = json.loads(Path(path).read_text("utf-8"))
    coded = code_samples(source=articles_for(path))
    rows, per_kind = [], {}
    for article_id, want in expected.items():
        for row in score_article(coded[article_id], want):
            kind = row["fact"].split()[0]
            per_kind.setdefault(kind, [0, 0])
            per_kind[kind][0] += row["ok"]
            per_kind[kind][1] += 1
            if not row["ok"]:
                rows.append({"article": article_id, **{k: str(v) for k, v in row.items() if k != "ok"}})
    metrics = {f"{k}_matched": ok / n for k, (ok, n) in sorted(per_kind.items())}
    metrics.update({f"{k}_n": n for k, (_, n) in sorted(per_kind.items())})
    return {"dataset": "golden", "n": len(expected), "metrics": metrics, "tables": {"misses": rows}}
