"""Is an article about politics and conflict at all? A cheap vocabulary gate.

``non_political_score(doc)`` -> share of topical cue words that belong to sport,
business or entertainment rather than politics/conflict. The coder drops weakly
supported conflict events in articles scoring above ``NON_POLITICAL_THRESHOLD``,
so "Arsenal attacked down the left" is not an ASSAULT.
"""
from __future__ import annotations

SPORT_BUSINESS_ARTS = {
    "match", "goal", "striker", "midfielder", "defender", "goalkeeper", "season", "league",
    "cup", "coach", "championship", "tournament", "score", "scored", "team", "player", "club",
    "game", "fixture", "penalty", "referee", "stadium", "fans", "squad", "manager", "title",
    "medal", "olympic", "athlete", "race", "victory", "defeat", "win", "draw", "innings",
    "wicket", "rugby", "football", "tennis", "cricket", "golf", "film", "album", "singer",
    "actor", "actress", "band", "music", "movie", "box", "office", "award", "oscar", "chart",
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
}
NON_POLITICAL_THRESHOLD = 0.75  # sport/tech/entertainment cue share; BBC sport pages sit above 0.8


def non_political_score(doc) -> float:
    sport = politics = 0
    for token in doc:
        low = token.lower_
        if low in SPORT_BUSINESS_ARTS:
            sport += 1
        elif low in POLITICS_CONFLICT:
            politics += 1
    total = sport + politics
    return sport / total if total else 0.0
