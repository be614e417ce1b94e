"""Main text and metadata of one HTML page.

``extract_html(html)`` -> ``HtmlPage(text, title, date, url, method)``; ``text``
is "" when nothing could be extracted (the reader turns that into E107).

Fallback order, each stage only engaging if the previous one gave no text:
1. trafilatura ``bare_extraction`` (main text without boilerplate, plus metadata);
2. plain lxml: the text of <article>/<main>/<body> without script/style/nav,
   with title, date and URL from <title> and <meta>/<link> tags.
A stage that fails logs a warning and returns nothing; it never raises.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

LOGGER = logging.getLogger(__name__)

# Elements whose text is never article text.
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
              "form", "iframe", "svg", "button")
# Block elements that end a paragraph when their text is joined.
_BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li blockquote pre tr section article br "
                        "dd dt figcaption td th".split())
_DATE_META = ("article:published_time", "og:published_time", "datePublished", "date",
              "pubdate", "publishdate", "dc.date", "dcterms.created", "sailthru.date")
_BLANK_RUN = re.compile(r"[ \t\u00a0]+")
_NEWLINE_RUN = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str | None
    date: str | None      # as found in the page; the reader normalises it
    url: str | None
    method: str           # "trafilatura", "lxml" or "none"


@lru_cache(maxsize=1)
def _trafilatura():
    """The trafilatura module, or None if it cannot be imported (logged once)."""
    try:
        import trafilatura
    except Exception as err:  # ImportError, or a broken dependency inside it
        LOGGER.warning("trafilatura unavailable (%s); using the plain lxml HTML extractor", err)
        return None
    return trafilatura


def _try_trafilatura(html: str) -> HtmlPage | None:
    trafilatura = _trafilatura()
    if trafilatura is None:
        return None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as err:
        LOGGER.warning("trafilatura failed: %s", err)
        return None
    if doc is None:
        return None
    # trafilatura < 2 returns a dict, >= 2 a Document with as_dict().
    fields = doc if isinstance(doc, dict) else doc.as_dict()
    text = (fields.get("text") or "").strip()
    if not text:
        return None
    return HtmlPage(text=text, title=fields.get("title") or None, date=fields.get("date") or None,
                    url=fields.get("url") or None, method="trafilatura")


def _meta(tree, names: tuple[str, ...]) -> str | None:
    wanted = {n.lower() for n in names}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key in wanted and (node.get("content") or "").strip():
            return node.get("content").strip()
    return None


def _text_in_order(root) -> str:
    """Document-order text of ``root``, paragraphs separated by blank lines."""
    chunks: list[str] = []

    def walk(node) -> None:
        if isinstance(node.tag, str):
            if node.tag in _BLOCK_TAGS:
                chunks.append("\n\n")
            if node.text:
                chunks.append(node.text)
            for child in node:
                walk(child)
            if node.tag in _BLOCK_TAGS:
                chunks.append("\n\n")
        if node.tail:
            chunks.append(node.tail)

    walk(root)
    text = _BLANK_RUN.sub(" ", "".join(chunks))
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _NEWLINE_RUN.sub("\n\n", lines).strip()


def _try_lxml(html: str) -> HtmlPage | None:
    try:
        import lxml.html
        tree = lxml.html.document_fromstring(html)
    except Exception as err:  # lxml raises ParserError/ValueError on garbage or empty input
        LOGGER.warning("lxml could not parse the HTML: %s", err)
        return None
    for tag in _DROP_TAGS:
        for node in list(tree.iter(tag)):
            node.drop_tree()
    title_node = tree.find(".//title")
    title = _meta(tree, ("og:title",)) or (
        title_node.text_content().strip() if title_node is not None else None) or None
    canonical = next((n.get("href") for n in tree.iter("link")
                      if (n.get("rel") or "").lower() == "canonical" and n.get("href")), None)
    url = _meta(tree, ("og:url",)) or canonical
    date = _meta(tree, _DATE_META)
    if date is None:
        time_node = next(iter(tree.iter("time")), None)
        date = time_node.get("datetime") if time_node is not None else None
    if title_node is not None:
        title_node.drop_tree()
    root = None
    for tag in ("article", "main", "body"):
        root = next(iter(tree.iter(tag)), None)
        if root is not None:   # an lxml element with no children is falsy: test for None
            break
    if root is None:
        root = tree
    text = _text_in_order(root)
    if not text:
        return None
    return HtmlPage(text=text, title=title, date=date, url=url, method="lxml")


def extract_html(html: str) -> HtmlPage:
    """Main text and metadata of ``html`` (see the module docstring for the fallbacks)."""
    page = _try_trafilatura(html)
    if page is None:
        page = _try_lxml(html)
        if page is not None and _trafilatura() is not None:
            LOGGER.info("trafilatura found no main text; used the plain lxml extractor")
    return page or HtmlPage(text="", title=None, date=None, url=None, method="none")
