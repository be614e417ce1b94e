"""Noun-phrase geometry over a spaCy parse: mention heads, spans, name runs, modifiers.

All functions take spaCy tokens and return tokens or (start, end) token indices;
nothing here knows about the knowledge base.
"""
from __future__ import annotations

from ..nlp.doc_views import doc_tokens

# Left children that belong to the mention as written ("UK Defence Secretary John Healey",
# "Russia's foreign minister", "two Ukrainian soldiers").
LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "flat",
                       "predet"})
# "On Monday UK Defence Secretary ...": a date glued to the name is not part of it
NOT_IN_MENTION = frozenset({"DATE", "TIME"})
RIGHT_DEPS = frozenset({"compound", "flat", "case"})
# Left-edge words left out of entity_text: articles and demonstratives carry no identity.
DROP_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "any"})
NAME_POS = frozenset({"PROPN"})
PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "they",
                      "them", "their", "theirs", "themselves", "it", "its", "itself", "we", "us",
                      "our", "i", "me", "my"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})


def mention_head(token):
    """The head of the noun phrase a token belongs to when it sits inside a name.

    "John" / "UK" in "UK Defence Secretary John Healey" -> "Healey"; other tokens unchanged.
    """
    seen = 0
    while (token.dep_ in ("compound", "flat") and token.head is not token
           and token.head.pos_ == "PROPN" and token.head.i > token.i and seen < 8):
        token = token.head
        seen += 1
    return token


FIELD_SEPARATORS = {"|", "||", "•"}


def mention_bounds(head) -> tuple[int, int]:
    """Token indices [start, end) of the mention headed by ``head``, articles dropped."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in LEFT_DEPS and child.ent_type_ not in NOT_IN_MENTION:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights if head.n_rights else ():
        if child.dep_ in RIGHT_DEPS and child.i == end:
            end = child.right_edge.i + 1
    doc = doc_tokens(head.doc)
    # a field separator of a log line ("11 Jul | ~200 riders") ends whatever stands before it
    start = max([start] + [k + 1 for k in range(start, head.i) if doc[k].text in FIELD_SEPARATORS])
    while start < head.i and (doc[start].lower_ in DROP_LEADING or doc[start].is_punct
                              or doc[start].ent_type_ in NOT_IN_MENTION):
        start += 1
    return start, end


# Dependents after a noun that are not part of its name: clauses and what a comma sets off
# ("148 students at a university in Garissa, an attack that shocked Kenya").
NOT_NAME_RIGHTS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis"})


def phrase_end(token) -> int:
    """Index of the last token of the noun phrase ``token`` heads, without its clauses and
    appositions: "a unit of China's biggest shipping company" in "... company that was accused
    of hauling crude"; coordinated nouns stay ("people in Somalia, Ethiopia and Kenya")."""
    end = token.i
    for child in token.rights:
        if child.dep_ not in NOT_NAME_RIGHTS:
            end = max(end, phrase_end(child))
    return end


def name_run(head) -> list:
    """The run of proper-noun tokens ending at ``head`` ("John Healey" in "... Secretary John Healey")."""
    if head.pos_ not in NAME_POS:
        return []
    doc = doc_tokens(head.doc)
    i = head.i
    while i - 1 >= 0:
        prev = doc[i - 1]
        # (is_punct first: a vocabulary flag, cheaper than the text of every word before a name)
        glued_hyphen = prev.is_punct and prev.text == "-" and i - 2 >= 0 and not doc[i - 2].whitespace_ \
            and not prev.whitespace_
        if glued_hyphen and doc[i - 2].is_alpha:  # "Jae-myung", "al-Sharaa"
            i -= 2
            continue
        if prev.pos_ in NAME_POS and prev.head.i in range(i - 1, head.i + 1):
            i -= 1
            continue
        break
    return list(doc[i:head.i + 1])


def left_modifiers(head) -> list:
    """Modifiers that can carry a country or group: compounds, adjectives, possessors."""
    mods = []
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "flat"):
            mods.append(child)
            mods.extend(c for c in child.lefts if c.dep_ in ("compound", "amod", "poss"))
    return mods


def coordinated_modifiers(head) -> list:
    """Modifiers of ``head`` joined by and/or, in text order: "Turkish and Greek sides" ->
    [Turkish, Greek]; "US and British forces" -> [US, British]; [] when there is no coordination."""
    for child in head.lefts:
        if child.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        conjs = [c for c in child.subtree if c.dep_ == "conj" and c.i < head.i]
        if conjs:
            return sorted([child, *conjs], key=lambda t: t.i)
    return []


def prep_objects(head, preps=("of", "at", "in", "from", "for", "with", "close", "within", "inside")):
    """Objects of prepositions hanging off the head ("president of France" -> [France])."""
    out = []
    for child in head.rights if head.n_rights else ():
        if child.dep_ == "prep" and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
            for c in child.children:  # "close to" -> prep(to) under "close"
                if c.dep_ == "prep":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def appositions(head) -> list:
    return [c for c in head.rights if c.dep_ == "appos"] if head.n_rights else []


def is_plural(token) -> bool:
    return token.tag_ in ("NNS", "NNPS")
