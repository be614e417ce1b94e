"""The actor set-up's shortcuts give the answers of the long way round.

Each shortcut (the ASCII path of ``normalize``, the misspelling index, the role gates, the
look-up memos, the resolver's "plainly no actor" gate) is checked against the plain
computation it replaces, on words and sentences written for these tests.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from newsevents.actors import kb as kb_module
from newsevents.actors.kb import KnowledgeBase, _one_typo_apart, normalize
from newsevents.actors.resolve import ActorResolver, ArticleActors


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tables()  # a KB of its own: these tests read its memos


def _normalize_long_way(name: str) -> str:
    """``normalize`` as first written: every name through NFKD and the three regexes."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\s+", " ", re.sub(r"\.(?=\w|$)", "", text)).strip()
    return re.sub(r"^the\s+", "", text)


@pytest.mark.parametrize("name", [
    "The U.S.", "the  Hague", "THE\tKremlin", " the\nUN ", "theatre", "The", "U.S. Army.", "a.b .c",
    "Élysée", "São Tomé", "the\u00a0Élysée", "Dnipro\u2019s", "Côte d'Ivoire", "\u2003the x",
    "ΣΟΦΟΣ", "İstanbul", "", "...", "Kosiniak-Kamysz",
])
def test_normalize_matches_the_long_way(name):
    assert normalize(name) == _normalize_long_way(name)


def _typos(word: str) -> set[str]:
    dropped = {word[:i] + word[i + 1:] for i in range(len(word))}
    changed = {word[:i] + "x" + word[i + 1:] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    added = {word[:i] + "e" + word[i:] for i in range(len(word) + 1)}
    return dropped | changed | swapped | added


def _misspelled_by_scan(kb: KnowledgeBase, word: str):
    """The one country one typo away by comparing ``word`` with every country word."""
    key = normalize(word)
    if len(key) < kb_module.MIN_TYPO_LENGTH or " " in key:
        return None
    words = {normalize(nm.surface): nm.entry_id for nm in kb._names
             if nm.entry_id.startswith("country:") and nm.method in ("kb-name", "alias")
             and " " not in nm.surface.strip()}
    ids = {entry_id for name, entry_id in words.items() if _one_typo_apart(key, name)}
    return kb.entries_for(ids.pop())[0] if len(ids) == 1 else None


def test_misspelling_index_finds_what_a_scan_finds(kb):
    words = {"Ethopia", "Afganistan", "Quatar", "Mandela", "Zanzibar", "Ukrainian", "Serbian"}
    for country in ("Ethiopia", "Afghanistan", "Venezuela", "Colombia", "Slovenia", "Slovakia",
                    "Austria", "Australia", "Guinea", "Guyana", "Niger", "Nigeria", "Iran", "Oman"):
        words |= _typos(country)
    found = 0
    for word in sorted(words):
        assert kb.misspelled_country(word) == _misspelled_by_scan(kb, word), word
        found += kb.misspelled_country(word) is not None
    assert found > 100  # the comparison covered real hits, not only misses


def test_a_word_ending_no_title_hides_no_role(kb):
    for term in kb._sectors:
        last = term.split()[-1]
        assert not kb.ends_no_role(last), term
        assert kb.role_for_noun(f"the new {term}") is not None
    assert kb.ends_no_role("road") and kb.role_for_noun("the new road") is None
    # a word that normalises to nothing leaves the word before it at the end of the phrase
    assert not kb.ends_no_role(".")
    assert kb.role_for_noun("foreign minister .") is not None


def test_office_shapes_need_a_title_word_at_the_end(kb):
    assert kb._office_shapes("french foreign ministers") == kb._office_shapes("french foreign minister")
    assert kb._office_shapes("french foreign ministers") != ()
    assert kb._office_shapes("french road") == ()


def test_lookup_answers_are_fresh_lists(kb):
    first = kb.lookup("Vladimir Putin", "2026-01-01")
    first.clear()
    again = kb.lookup("Vladimir Putin", "2026-01-01")
    assert again and again[0][0].id == "p:putin"
    # the memo holds names as written: acronyms still need capitals
    assert kb.lookup("US") and not kb.lookup("us")


def test_country_code_memo_matches_lookup(kb):
    for name in ("Moscow", "the UK", "Britain", "Nato", "Putin", "Atlantis", "Moscow"):
        hits = [entry.code for entry, _ in kb.lookup(name) if entry.kind == "country"]
        assert kb.country_code(name) == (hits[0] if hits else None)


def test_full_memo_starts_over(monkeypatch):
    monkeypatch.setattr(kb_module, "MEMO_LIMIT", 3)
    memo: dict = {}
    for n in range(5):
        assert kb_module._memoise(memo, n, n * n) == n * n
    assert len(memo) <= 3 and memo[4] == 16


class _Ungated(ArticleActors):
    """Resolves every noun the long way: no "plainly no actor" shortcut."""

    def _plainly_no_actor(self, head) -> bool:
        return False


GATE_TEXTS = [
    "The head of state met the chief of staff, and part of the plan was dropped. The plan of "
    "the day was late. The commander of the army said the rest of the troops had left.",
    "The agency, Frontex, said the group, which Hamas leads, had a new leader. The new road "
    "to Kharkiv was shelled by Russian forces on Monday, the ministry said.",
    "The minister of defence and the Foreign Minister of Ghana spoke. The cost of the Apec "
    "forum rose. Its spokesperson, Jana Novak, said a number of people of Ukraine fled.",
    "A spokesman for the UN said the US envoy and the head of the IAEA met in the capital of "
    "Iraq. The deal of the century, the president said, was off.",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_plain_noun_gate_changes_nothing(nlp, text):
    doc = nlp(text)
    kb = KnowledgeBase.default()
    gated = ArticleActors(kb, doc, "2026-06-01")
    full = _Ungated(kb, doc, "2026-06-01")
    assert gated.history.mentions == full.history.mentions
    assert gated._cache == full._cache
    for token in doc:
        assert gated.entity_for(token) == full.entity_for(token), token.text


def test_resolver_answers_titles_after_the_head(nlp):
    doc = nlp("The Polish head of state arrived in Kyiv. Part of the plan was dropped.")
    actors = ActorResolver().for_article(doc, "2026-03-03")
    head = next(t for t in doc if t.text == "head")
    part = next(t for t in doc if t.text == "Part")
    assert actors.entity_for(head).code == "POL"
    assert actors.entity_for(part) is None
