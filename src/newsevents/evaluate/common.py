"""One shared Coder for evaluation runs, and small helpers for reading gold files."""
from __future__ import annotations

from functools import lru_cache

CAMEO_ROOT_TO_QUAD = {**{f"{i:02d}": 1 for i in range(1, 6)}, **{f"{i:02d}": 2 for i in range(6, 10)},
                      **{f"{i:02d}": 3 for i in range(10, 15)}, **{f"{i:02d}": 4 for i in range(15, 21)}}
# PLOVER v0.5 labels in the gold records -> v2 names (issue 2).
PLOVER_V05_TO_V2 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@lru_cache(maxsize=1)
def shared_coder():
    """Event evaluations do not score quotes; leaving them out keeps the runs faster."""
    from ..pipeline import Coder
    return Coder(quotes=False)


def code_sentence(text: str, published: str | None = None):
    """(CodedArticle, Doc) for one sentence, parsed once."""
    from ..records import Article

    coder = shared_coder()
    doc = coder.nlp(text)
    return coder.code_doc(doc, Article(text=text, published=published)), doc


def plover_from_cameo(code: str) -> str | None:
    from ..events.ontology import get_ontology
    try:
        return get_ontology().plover_for_cameo(code).plover
    except Exception:
        return None
