"""The coding pipeline: Article -> spaCy Doc (one pass) -> actors, events, quotes.

``Coder().code(article)`` -> CodedArticle. ``Coder().code_many(articles)`` streams
articles through ``nlp.pipe`` in batches and yields results in input order.
Heavy resources (spaCy model, KB, gazetteer, lexicons) are loaded once per Coder.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from .nlp.doc_views import doc_text, seed_text
from . import __version__
from .records import Article, CodedArticle, Event, Quote

BATCH_SIZE = 32


class Coder:
    """Codes articles. Pass ``nlp``/``kb`` to share already-loaded resources."""

    def __init__(self, nlp=None, kb=None, *, quotes: bool = True) -> None:
        from .actors.kb import KnowledgeBase
        from .actors.resolve import ActorResolver
        from .attributes.casualties import extract_size
        from .attributes.dates import resolve_event_date
        from .attributes.places import PlaceResolver
        from .events.lexicon import get_lexicon
        from .events.ontology import get_ontology
        from .nlp.pipeline import load_nlp

        self.nlp = nlp if nlp is not None else load_nlp()
        self.kb = kb if kb is not None else KnowledgeBase.default()
        self.actors = ActorResolver(self.kb)
        self.places = PlaceResolver()
        self.lexicon = get_lexicon()
        self.ontology = get_ontology()
        self.resolve_date = resolve_event_date
        self.extract_size = extract_size
        self.with_quotes = quotes
        self.version = f"newsevents {__version__}"
        self._headline_verbs: dict[str, tuple[str, str]] | None = None
        self._participles: dict[str, str] | None = None

    # -- one article -------------------------------------------------------
    def code(self, article: Article) -> CodedArticle:
        from .ingest.validate import validate_text

        validate_text(article.text)
        return self.code_doc(self.nlp(article.text), article)

    def code_text(self, text: str, *, published: str | None = None, id: str = "") -> CodedArticle:
        return self.code(Article(text=text, id=id, published=published))

    def code_doc(self, doc, article: Article) -> CodedArticle:
        """Code an article whose text is already parsed into ``doc``."""
        from .events.coder import code_events
        from .quotes.extract import extract_quotes

        seed_text(doc, article.text)
        self.repair_headlines(doc)
        actors = self.actors.for_article(doc, article.published)
        events = code_events(doc, self.context_for(doc, article, actors))
        quotes: list[Quote] = []
        warnings: list[str] = []
        if self.with_quotes:
            quotes, warnings = extract_quotes(doc, actors, article_id=article.id)
            events, quotes = link_quotes(events, quotes)
        return CodedArticle(article=article, events=tuple(events), quotes=tuple(quotes),
                            warnings=tuple(warnings))

    def repair_headlines(self, doc) -> int:
        """Re-parse headline-style sentences whose present-tense trigger verb the model read as a
        noun (nlp/verb_repair.py); the form table is built on first need."""
        from .nlp.verb_repair import repair_headline_verbs, repair_perfect_participles

        return (repair_headline_verbs(doc, self.nlp, self._headline_verb_forms)
                + repair_perfect_participles(doc, self.nlp, self._participle_forms))

    def _headline_verb_forms(self) -> dict[str, tuple[str, str]]:
        from .nlp.verb_repair import present_forms

        if self._headline_verbs is None:
            from .events.triggers import FOILING_VERBS

            # (verbs that govern a trigger noun are misread too: "forces foil IED plot")
            self._headline_verbs = present_forms([*self.lexicon.verbs, *FOILING_VERBS])
        return self._headline_verbs

    def _participle_forms(self) -> dict[str, str]:
        from .nlp.verb_repair import participle_forms

        if self._participles is None:
            self._participles = participle_forms(self.lexicon.verbs)
        return self._participles

    def context_for(self, doc, article: Article, actors):
        """The per-article services the event coder calls (events/coder.py ``CoderContext``)."""
        from .events.coder import CoderContext
        from .nlp.dateline import dateline_end

        return CoderContext(article_id=article.id, published=article.published,
                            coder_version=self.version, lexicon=self.lexicon, ontology=self.ontology,
                            actors=actors, places=self.places.for_article(doc, title=article.title),
                            date_resolver=self.resolve_date, size_extractor=self.extract_size,
                            dateline_end=dateline_end(doc_text(doc)))

    # -- many articles -----------------------------------------------------
    def code_many(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[CodedArticle]:
        """Stream articles through one ``nlp.pipe`` pass; results in input order."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self.code_doc(doc, article)


def link_quotes(events: list[Event], quotes: list[Quote]) -> tuple[list[Event], list[Quote]]:
    """Point statement events at the quote they were coded from, and back.

    An event whose trigger lies inside a quote's content span or is the quote's cue
    ("threatened", "vowed") is linked (``evidence.quote_id``; ``Quote.event_ids``).
    """
    if not quotes or not events:
        return events, quotes
    by_quote: dict[str, list[str]] = {q.id: [] for q in quotes}
    linked_events = []
    for ev in events:
        trig = ev.evidence.get("trigger", {})
        start = trig.get("start", -1)
        match = None
        for q in quotes:
            inside = q.start <= start < q.end
            at_cue = q.cue_start is not None and q.cue_start <= start < (q.cue_end or q.cue_start)
            if inside or at_cue:
                match = q
                break
        if match is None:
            linked_events.append(ev)
            continue
        by_quote[match.id].append(ev.id)
        linked_events.append(replace(ev, evidence={**ev.evidence, "quote_id": match.id}))
    linked_quotes = [replace(q, event_ids=tuple(by_quote[q.id])) if by_quote[q.id] else q for q in quotes]
    return linked_events, linked_quotes
