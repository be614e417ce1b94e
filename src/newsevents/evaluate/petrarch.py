"""PETRARCH validation suites: event class and role order on syntax test cases.

The suites use fictional states (Arnor, Gondor...), so actor *codes* cannot be
compared; role order is checked instead: the predicted actor's text must start
with the gold source code's letters and the recipient's with the target code's
(e.g. ARN -> "Arnor"). Event class = the PLOVER type of the gold CAMEO code.
Records coded "noevents" count as correct when nothing asserted is found.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from .common import code_sentence, plover_from_cameo

_TAGS = re.compile(r"<Parse>.*?</Parse>", re.S)


def _load(path: Path):
    raw = _TAGS.sub("", Path(path).read_text("utf-8", errors="replace"))
    raw = raw.replace("noevents = ", "noevents=")
    root = ET.fromstring(raw)
    for sent in root.iter("Sentence"):
        text_el = sent.find("Text")
        if text_el is None or not (text_el.text or "").strip():
            continue
        codings = [c.attrib for c in sent.findall("EventCoding")]
        yield sent.attrib.get("id"), sent.attrib.get("category", ""), " ".join(text_el.text.split()), codings


def _matches(code: str | None, entities) -> bool:
    if not code:
        return not entities
    stem = code[:3].lower()
    return any((e.entity_text or "").lower().lstrip("the ").startswith(stem)
               or (e.code or "").lower().startswith(stem) for e in entities)


def run(path: Path, limit: int | None = None) -> dict:
    totals, correct_class, correct_roles = Counter(), Counter(), Counter()
    n = 0
    misses = []
    for rid, category, text, codings in _load(path):
        n += 1
        coded, _ = code_sentence(text, "1995-01-01")
        asserted = [e for e in coded.events if "negation" not in e.aux and "hypothetical" not in e.aux]
        totals[category] += 1
        if not codings or any(c.get("noevents") for c in codings):
            ok = not asserted
            correct_class[category] += ok
            correct_roles[category] += ok
        else:
            gold = codings[0]
            want = plover_from_cameo(gold.get("eventcode", ""))
            hit = [e for e in asserted if e.event == want]
            correct_class[category] += bool(hit)
            role_ok = any(_matches(gold.get("sourcecode"), e.actor) and _matches(gold.get("targetcode"), e.recipient)
                          for e in hit)
            correct_roles[category] += role_ok
            if not role_ok and len(misses) < 30:
                misses.append({"id": rid, "gold": f"{gold.get('sourcecode')} {want} {gold.get('targetcode')}",
                               "pred": "; ".join(f"{'+'.join(a.entity_text for a in e.actor)} {e.event} "
                                                 f"{'+'.join(r.entity_text for r in e.recipient)}" for e in asserted)[:90],
                               "text": text[:90]})
        if limit and n >= limit:
            break
    rows = [{"category": c, "n": totals[c], "class_correct": correct_class[c], "class+roles_correct": correct_roles[c]}
            for c in sorted(totals)]
    return {"dataset": "petrarch", "n": n,
            "metrics": {"event_class_correct": sum(correct_class.values()) / n,
                        "class_and_role_order_correct": sum(correct_roles.values()) / n},
            "tables": {"by category": rows, "first misses": misses},
            "notes": ["role order checked by code letters vs entity text (fictional actors); first gold event per record"]}
