"""City name -> ISO3 country, for place names that are not in the actor KB.

``city_country("Kharkiv")`` -> "UKR". Looks the name up in the shared offline gazetteer
(attributes/gazetteer.py: its compact cached index, so the GeoNames city list is not
loaded a second time) among towns of at least ``MIN_CITY_POPULATION``; the most
populous town wins a shared name. Returns None for unknown names.
"""
from __future__ import annotations

from functools import lru_cache

from ..attributes.gazetteer import get_gazetteer

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
