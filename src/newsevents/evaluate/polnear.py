"""Score quote extraction on the PolNeAR dev split (political news attribution relations).

``run(path, nlp, limit=None, speakers_factory=None)`` -> ``{"dataset", "n", "metrics", "notes"}``.
``path`` is the PolNeAR folder (holding data/dev) or its dev folder itself.

Content: one-to-one greedy matching of predicted and gold content spans whose
character Jaccard is >= 0.3; precision, recall and F1 over attributions.
Speaker: on matched pairs whose gold Source names a person or organisation (a Source
span holding a proper noun by the parse), the predicted speaker is right when its
offsets overlap the Source span or its resolved name shares the Source's last name word.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..quotes.extract import extract_quotes

JACCARD_MIN = 0.3
SPLIT = "dev"
NAMED_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]+")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    source_text: str
    cue_text: str


def _ranges(field: str) -> tuple[tuple[int, int], ...]:
    """'207 579;581 851' -> ((207, 579), (581, 851))."""
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field.split(";")))


def parse_ann(text: str) -> list[GoldAttribution]:
    """Attributions (E lines with a Content) from one brat standoff file."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    relations: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _ranges(offsets), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    gold = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""), ("", (), ""))
        cue = spans.get(rel.get("Cue", ""), ("", (), ""))
        gold.append(GoldAttribution(content[1], source[1], source[2], cue[2]))
    return gold


def _chars(ranges) -> set[int]:
    return {i for start, end in ranges for i in range(start, end)}


def jaccard(a: set[int], b: set[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match(pred: list[set[int]], gold: list[set[int]], threshold: float = JACCARD_MIN) -> list[tuple[int, int]]:
    """Greedy one-to-one (pred, gold) index pairs, best Jaccard first, each >= threshold."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p & g:
                score = jaccard(p, g)
                if score >= threshold:
                    pairs.append((score, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _group_parts(quotes) -> list[list]:
    """Parts of one quote split by its attribution count as one attribution."""
    groups: dict[tuple, list] = {}
    order = []
    for q in quotes:
        split = any(e.startswith("part ") for e in q.evidence)
        key = ("cue", q.cue_start, q.direct) if split and q.cue_start is not None else ("q", q.id)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(q)
    return [groups[k] for k in order]


def _is_named(doc, source: tuple[tuple[int, int], ...]) -> bool:
    for start, end in source:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_ENTITY_TYPES for t in span):
            return True
    return False


def _speaker_matches(speaker, gold: GoldAttribution) -> bool:
    if speaker is None:
        return False
    if any(speaker.start < end and start < speaker.end for start, end in gold.source):
        return True
    if speaker.identifier_text:
        name_words = {w.lower() for w in NAME_WORD.findall(speaker.identifier_text)}
        gold_words = NAME_WORD.findall(gold.source_text)
        return bool(gold_words) and gold_words[-1].lower() in name_words
    return False


def _articles(path: Path) -> list[tuple[Path, Path]]:
    root = path / "data" / SPLIT if (path / "data" / SPLIT).is_dir() else path
    texts = sorted((root / "text").glob("*.txt"))
    if not texts:
        raise InputError(f"No PolNeAR texts under {root / 'text'}; pass the PolNeAR folder or its {SPLIT} folder.")
    pairs = []
    for text in texts:
        anns = sorted((root / "attributions").glob(text.stem + "_*.ann"))
        if anns:
            pairs.append((text, anns[0]))     # first annotator of each article
    return pairs


def run(path: Path, nlp, limit: int | None = None, speakers_factory=None) -> dict:
    """Content-span F1 and named-speaker accuracy on PolNeAR dev."""
    articles = _articles(Path(path))[:limit]
    tp = n_pred = n_gold = 0
    direct_gold = direct_found = 0
    named = named_right = any_source = any_right = 0
    parse_s = extract_s = 0.0
    for text_path, ann_path in articles:
        text = text_path.read_text("utf-8")
        gold = parse_ann(ann_path.read_text("utf-8"))
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        resolver = speakers_factory(doc) if speakers_factory else None
        quotes, _ = extract_quotes(doc, resolver, article_id=text_path.stem)
        extract_s += time.perf_counter() - t1
        parse_s += t1 - t0
        groups = _group_parts(quotes)
        pred_sets = [set().union(*(_chars([(q.start, q.end)]) for q in g)) for g in groups]
        gold_sets = [_chars(g.content) for g in gold]
        pairs = match(pred_sets, gold_sets)
        tp += len(pairs)
        n_pred += len(pred_sets)
        n_gold += len(gold_sets)
        matched_gold = {j for _, j in pairs}
        for j, g in enumerate(gold):
            if text[g.content[0][0]:g.content[0][0] + 1] in "\"“‘'":
                direct_gold += 1
                direct_found += j in matched_gold
        for i, j in pairs:
            g = gold[j]
            if not g.source:
                continue
            right = _speaker_matches(groups[i][0].speaker, g)
            any_source += 1
            any_right += right
            if _is_named(doc, g.source):
                named += 1
                named_right += right
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "dataset": f"PolNeAR {SPLIT}",
        "n": len(articles),
        "metrics": {
            "content_precision": round(precision, 4), "content_recall": round(recall, 4),
            "content_f1": round(f1, 4), "gold": n_gold, "predicted": n_pred, "matched": tp,
            "direct_gold_recall": round(direct_found / direct_gold, 4) if direct_gold else None,
            "speaker_accuracy_named": round(named_right / named, 4) if named else None,
            "speaker_named_n": named,
            "speaker_accuracy_all_sources": round(any_right / any_source, 4) if any_source else None,
            "extract_seconds": round(extract_s, 2), "parse_seconds": round(parse_s, 2),
            "extract_cost_ratio": round(extract_s / parse_s, 4) if parse_s else None,
        },
        "notes": [
            f"content match: one-to-one greedy, character Jaccard >= {JACCARD_MIN}",
            "gold: first annotator's .ann per article; E relations with a Content span",
            "predicted parts of one quote split by its attribution are merged into one attribution",
            "named source: the gold Source span holds a PROPN or PERSON/ORG/NORP/GPE token in our parse",
            "speaker right: predicted speaker offsets overlap the Source span, or its resolved "
            "identifier_text contains the Source's last name word",
            "resolver: " + ("speakers_factory" if speakers_factory else "none (ner-only fallback)"),
        ],
    }


if __name__ == "__main__":
    import json
    import sys

    from ..nlp.pipeline import load_nlp

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data/polnear")
    print(json.dumps(run(target, load_nlp(), int(sys.argv[2]) if len(sys.argv) > 2 else None), indent=1))
