"""Agreement of the casualty extractor with MUC-4 answer keys (deaths and injuries).

``run(path, nlp, limit=None)`` -> {"dataset", "n", "metrics", "notes"}.
``path`` is the MUC-4 folder (../shared/data/muc4) or its ``dev.json``: texts
come from GRIT's dev split (TST1 + TST2, already lower-cased), answers from
the original keys ``original/tst1/key-tst1.v7`` and ``original/tst2/key-tst2.v4``
(slots HUM TGT: NUMBER and HUM TGT: EFFECT OF INCIDENT).  Development data:
measure with it, never tune rules to its sentences.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..attributes.casualties import sentence_sizes
from ..errors import InputError

KEY_FILES = ("original/tst1/key-tst1.v7", "original/tst2/key-tst2.v4")
SLOT_LINE = re.compile(r"^(\d+)\.\s+([A-Z ]+:[A-Z ]+?)\s{2,}(.*)$")
QUOTED = r'"(?:[^"\\]|\\.)*"'
# 'DEATH: "JESUITS" / "PRIESTS"' or '6: "JESUITS"': a label, then one or more alternative fillers
LABELLED_FILLER = re.compile(rf'([^":]+?):\s*({QUOTED}(?:\s*/\s*{QUOTED})*)')
FIRST_QUOTED = re.compile(QUOTED)
NUMBER = re.compile(r"^[?~\s]*(\d+)(?:\s*-\s*(\d+))?")


@dataclass
class Template:
    doc_id: str
    numbers: dict[str, int | None] = field(default_factory=dict)   # target -> count (None = PLURAL)
    effects: dict[str, set[str]] = field(default_factory=dict)     # target -> {"DEATH", "INJURY", ...}

    def total(self, effect: str) -> tuple[int, bool]:
        """(sum of known counts of targets with this effect, whether any target had it)."""
        hit = [t for t, eff in self.effects.items() if effect in eff]
        return sum(self.numbers.get(t) or 0 for t in hit), bool(hit)

    def counts(self, effect: str) -> set[int]:
        return {self.numbers[t] for t, eff in self.effects.items()
                if effect in eff and self.numbers.get(t)}


def _slots(block: str) -> dict[str, str]:
    """Slot name -> its value text (continuation lines joined with two spaces)."""
    slots: dict[str, str] = {}
    current = None
    for line in block.splitlines():
        if line.startswith(";;;") or not line.strip():
            continue
        m = SLOT_LINE.match(line)
        if m:
            current = m.group(2).strip()
            slots[current] = m.group(3).strip()
        elif current is not None:
            slots[current] += "  " + line.strip()
    return slots


def _labelled(value: str) -> list[tuple[str, str]]:
    """[(label, first filler)] from 'DEATH: "A" / "B"  INJURY: "C"'."""
    out = []
    for label, fillers in LABELLED_FILLER.findall(value):
        first = FIRST_QUOTED.search(fillers)
        out.append((label.strip(), first.group(0).strip('"') if first else ""))
    return out


def parse_keys(text: str) -> list[Template]:
    """Templates of one MUC answer-key file."""
    templates = []
    for block in re.split(r"\n\s*\n", text):
        slots = _slots(block)
        doc_id = slots.get("MESSAGE: ID")
        if not doc_id:
            continue
        tpl = Template(doc_id=doc_id.split()[0])
        for label, target in _labelled(slots.get("HUM TGT: NUMBER", "")):
            m = NUMBER.match(label)
            tpl.numbers[target] = int(m.group(1)) if m else None
        for label, target in _labelled(slots.get("HUM TGT: EFFECT OF INCIDENT", "")):
            alternatives = {alt.strip() for alt in label.split("/")}
            tpl.effects.setdefault(target, set()).update(alternatives)
        templates.append(tpl)
    return templates


def load_muc4(path: Path) -> tuple[list[dict], dict[str, list[Template]]]:
    """(GRIT dev documents, templates by document id)."""
    root = path.parent if path.is_file() else path
    dev = path if path.is_file() else root / "dev.json"
    if not dev.exists():
        raise InputError(f"MUC-4 dev split not found at {dev}; pass the muc4 folder or its dev.json")
    docs = [json.loads(line) for line in dev.read_text("utf-8").splitlines() if line.strip()]
    keys: dict[str, list[Template]] = {}
    for rel in KEY_FILES:
        key_path = root / rel
        if not key_path.exists():
            raise InputError(f"MUC-4 answer key not found at {key_path}")
        for tpl in parse_keys(key_path.read_text("latin-1")):
            keys.setdefault(tpl.doc_id, []).append(tpl)
    return docs, keys


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def run(path: Path, nlp, limit: int | None = None) -> dict:
    """Agreement with MUC-4 death/injury answers over the GRIT dev documents."""
    docs, keys = load_muc4(Path(path))
    if limit is not None:
        docs = docs[:limit]
    texts = [d["doctext"] for d in docs]
    tally = {eff: {"doc": [0, 0, 0], "count_tp": 0, "count_gold": 0, "pred_tp": 0, "pred_n": 0,
                   "max_exact": 0, "max_n": 0} for eff in ("DEATH", "INJURY")}
    attr = {"DEATH": "dead", "INJURY": "injured"}
    for doc_rec, parsed in zip(docs, nlp.pipe(texts, batch_size=16)):
        templates = keys.get(doc_rec["docid"].upper(), [])
        sizes = [sentence_sizes(sent) for sent in parsed.sents]
        for eff, name in attr.items():
            pred = [getattr(s, name) for s in sizes if getattr(s, name)]
            gold_any = any(t.total(eff)[1] for t in templates)
            gold_totals = {t.total(eff)[0] for t in templates if t.total(eff)[0] > 0}
            gold_numbers = set().union(*(t.counts(eff) for t in templates)) | gold_totals
            if gold_totals:
                gold_numbers.add(sum(gold_totals))
            cell = tally[eff]
            cell["doc"][0] += int(gold_any and bool(pred))
            cell["doc"][1] += int(bool(pred) and not gold_any)
            cell["doc"][2] += int(gold_any and not pred)
            cell["count_gold"] += len(gold_totals)
            cell["count_tp"] += sum(1 for g in gold_totals if g in pred)
            cell["pred_n"] += len(pred)
            cell["pred_tp"] += sum(1 for v in pred if v in gold_numbers)
            if gold_totals:
                cell["max_n"] += 1
                cell["max_exact"] += int(bool(pred) and max(pred) == max(gold_totals))
    metrics = {}
    for eff, name in attr.items():
        cell = tally[eff]
        metrics[name] = {
            "doc_presence": _prf(*cell["doc"]),
            "template_count_recall": round(cell["count_tp"] / cell["count_gold"], 3) if cell["count_gold"] else None,
            "templates_with_count": cell["count_gold"],
            "sentence_count_precision": round(cell["pred_tp"] / cell["pred_n"], 3) if cell["pred_n"] else None,
            "sentence_counts": cell["pred_n"],
            "doc_max_exact": round(cell["max_exact"] / cell["max_n"], 3) if cell["max_n"] else None,
            "docs_with_count": cell["max_n"],
        }
    notes = [
        "Texts: GRIT dev.json (TST1+TST2, lower-cased by GRIT; parsed as given). Gold: original MUC-4 keys.",
        "Gold per template: the sum of HUM TGT: NUMBER over targets whose EFFECT OF INCIDENT includes DEATH "
        "(or INJURY); PLURAL targets count as present but add no number.",
        "doc_presence: a document is positive in gold when any template has a DEATH (INJURY) target, "
        "and in prediction when any sentence yields dead (injured) > 0.",
        "template_count_recall: share of gold template totals (> 0) that equal some sentence-level count "
        "in the same document.",
        "sentence_count_precision: share of non-zero sentence-level counts equal to a gold per-target "
        "number, a template total or the document's sum of template totals.",
        "doc_max_exact: among documents with a numeric gold total, the largest sentence count equals "
        "the largest template total.",
        "Limits: MUC keys count named single victims (1: \"NAME\"), which the extractor does not code; "
        "MUC templates cover only terrorist incidents, while the extractor also counts deaths in "
        "military clashes that the keys leave out.",
    ]
    return {"dataset": "muc4-grit-dev (TST1+TST2)", "n": len(docs), "metrics": metrics, "notes": notes}


if __name__ == "__main__":
    import sys

    from ..nlp.pipeline import load_nlp

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data/muc4")
    print(json.dumps(run(target, load_nlp(), int(sys.argv[2]) if len(sys.argv) > 2 else None), indent=1))
