"""BBC sport/tech/entertainment articles: asserted conflict events (quad 3–4) per article.

Non-political text should yield few or no events; the target is at most 0.05 per article.
Politics and business articles are reported for contrast, not scored.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

CONTROL = ("sport", "tech", "entertainment")


def run(path: Path, limit: int | None = None) -> dict:
    from ..records import Article
    from .common import shared_coder

    coder = shared_coder()
    articles, by_cat, events_by_cat = [], Counter(), Counter()
    examples = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            articles.append(Article(text=rec["text"], id=rec["id"], title=rec.get("title"), published="2005-01-01"))
            if limit and len(articles) >= limit:
                break
    for coded in coder.code_many(articles):
        cat = coded.article.id.split("/")[0]
        by_cat[cat] += 1
        conflict = [e for e in coded.events if e.quad_code in (3, 4) and not e.aux]
        events_by_cat[cat] += len(conflict)
        if cat in CONTROL and conflict and len(examples) < 25:
            e = conflict[0]
            examples.append({"article": coded.article.id, "event": e.event, "text": e.text[:100]})
    control_articles = sum(by_cat[c] for c in CONTROL)
    control_events = sum(events_by_cat[c] for c in CONTROL)
    rows = [{"category": c, "articles": by_cat[c], "asserted quad 3-4 events": events_by_cat[c],
             "per article": events_by_cat[c] / by_cat[c] if by_cat[c] else 0.0} for c in sorted(by_cat)]
    return {"dataset": "bbc-control", "n": len(articles),
            "metrics": {"control_conflict_events_per_article": control_events / control_articles if control_articles else 0.0,
                        "control_articles": control_articles},
            "tables": {"by category": rows, "control examples": examples},
            "notes": ["asserted = no negation/hypothetical/future/historical flag"]}
