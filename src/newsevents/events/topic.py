"""Is an article about politics and conflict at all? A cheap vocabulary gate.

``non_political_score(doc)`` -> share of topical cue words that belong to sport,
business or entertainment rather than politics/conflict. In articles scoring above
``NON_POLITICAL_THRESHOLD`` the coder keeps conflict events only when a state, armed or
international party or a casualty count backs them, so "Arsenal attacked down the left"
is not an ASSAULT.
"""
from __future__ import annotations

from ..nlp.doc_views import doc_tokens

SPORT_BUSINESS_ARTS = {
    "match", "goal", "striker", "midfielder", "defender", "goalkeeper", "season", "league",
    "cup", "coach", "championship", "tournament", "score", "scored", "team", "player", "club",
    "game", "fixture", "penalty", "referee", "stadium", "fans", "squad", "manager", "title",
    "medal", "olympic", "athlete", "race", "victory", "defeat", "win", "draw", "innings",
    "wicket", "rugby", "football", "tennis", "cricket", "golf", "film", "album", "singer",
    "actor", "actress", "band", "music", "movie", "box", "award", "oscar", "chart",
    "festival", "tv", "show", "series", "star", "shares", "profit", "market", "investors",
    "sales", "revenue", "company", "firm", "customers", "prices", "economy", "growth",
    "software", "users", "phone", "computer", "internet", "technology", "online", "games",
    "console", "broadband", "mobile", "digital",
}
POLITICS_CONFLICT = {
    "military", "troops", "forces", "army", "war", "ceasefire", "missile", "attack", "killed",
    "minister", "president", "government", "sanctions", "protesters", "police", "rebels",
    "militants", "civilians", "soldiers", "strike", "strikes", "airstrike", "shelling",
    "talks", "diplomat", "diplomats", "embassy", "ambassador", "parliament", "election",
    "opposition", "regime", "conflict", "invasion", "drone", "drones", "bomb", "explosion",
    "arrested", "detained", "nato", "un", "treaty", "border", "refugees", "humanitarian",
    "aid", "security", "defence", "defense", "hostages", "insurgents", "fighting", "offensive",
    # violence words a sport, business or arts story hardly uses: a one-line report that a
    # "phone thief" was "lynched" by "market traders" is not a business story
    "dead", "wounded", "gunmen", "lynched", "mob", "looted", "militia", "clashes", "kidnapped",
    "abducted", "massacre", "rioters", "bandits", "jihadists", "villagers", "thief", "thieves",
    "robbers",
}
# ("office" is left out: a box office has its "box", and a government office is no business.)
# Share of topical cue words from sport/arts/business above which conflict events need a state
# or armed party. On BBC 2004-05 pages, 94-98% of sport/tech/entertainment articles score above
# 0.6 and 10% of politics articles do (politics then still keeps its state-actor events).
NON_POLITICAL_THRESHOLD = 0.6
MIN_TOPICAL_WORDS = 2


def non_political_score(doc) -> float:
    """Share in [0, 1] of sport/business/arts cue words among topical cue words; 0.0 when the
    text has fewer than ``MIN_TOPICAL_WORDS`` of them."""
    sport = politics = 0
    for token in doc_tokens(doc):
        low = token.lower_
        if low in SPORT_BUSINESS_ARTS:
            sport += 1
        elif low in POLITICS_CONFLICT:
            politics += 1
    total = sport + politics
    # A lone "market" in one sentence is not evidence that a text is a business story.
    return sport / total if total >= MIN_TOPICAL_WORDS else 0.0
