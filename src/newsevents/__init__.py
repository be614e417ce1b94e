"""newsevents: news about conflict and diplomacy in, verifiable PLOVER/CAMEO/ACLED events out.

Python API::

    from newsevents import Coder, Article
    coded = Coder().code(Article(text="...", published="2026-03-04"))
    coded.to_dict()   # the output contract (docs/output.md)
"""
__version__ = "0.1.0"

from .records import Article, CodedArticle, Entity, Event, Quote  # noqa: E402


def __getattr__(name):
    # Lazy: importing newsevents must not load spaCy.
    if name == "Coder":
        from .pipeline import Coder
        return Coder
    if name == "Store":
        from .store import Store
        return Store
    raise AttributeError(name)


__all__ = ["Article", "CodedArticle", "Coder", "Entity", "Event", "Quote", "Store", "__version__"]
