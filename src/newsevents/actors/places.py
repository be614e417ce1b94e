"""City name -> ISO3 country, for place names that are not in the actor KB.

``city_country("Kharkiv")`` -> "UKR"; ``country_on("SSD", "1995-03-01")`` -> "SDN" (the state
that held a seceded state's towns before its independence). Looks the name up in the shared offline gazetteer
(attributes/gazetteer.py: its compact cached index, so the GeoNames city list is not
loaded a second time) among towns of at least ``MIN_CITY_POPULATION``; the most
populous town wins a shared name. Returns None for unknown names.
"""
from __future__ import annotations

from functools import lru_cache

from ..attributes.gazetteer import get_gazetteer
from ..datafiles import read_tsv

# Smaller towns share names with too many words and surnames ("Bush", "God") to vote for a
# country; 15,000 is the threshold the actor rules were written and tested against.
MIN_CITY_POPULATION = 15_000


@lru_cache(maxsize=20_000)
def city_country(name: str) -> str | None:
    """ISO3 code of the most populous town called ``name``, or None."""
    towns = [p for p in get_gazetteer().candidates(name)
             if p.kind == "city" and p.population >= MIN_CITY_POPULATION and p.country_code]
    return max(towns, key=lambda p: p.population).country_code if towns else None


def is_city(name: str) -> bool:
    return city_country(name) is not None


@lru_cache(maxsize=1)
def _successions() -> dict[str, tuple[str, str]]:
    """New state -> (predecessor, first day of its own rule), from actors/successions.v1.tsv."""
    return {row["iso3"]: (row["predecessor"], row["since"]) for row in read_tsv("actors/successions.v1.tsv")}


def country_on(code: str | None, date: str | None) -> str | None:
    """The state that held a place of country ``code`` on ``date`` (YYYY-MM-DD): the predecessor
    for a place in a state that did not yet exist ("Juba" in 1995 -> SDN), else ``code``."""
    if not code or not date:
        return code
    held = _successions().get(code)
    return held[0] if held is not None and date[:10] < held[1] else code
