"""Places inside a named city: resolved mentions in, the same mentions with sub-city places out.

``within_cities(doc, mentions)`` looks for a city named as the container of another mention:
"Brooklyn, New York", "New York's Harlem neighborhood", "the Zorvan district of Baghdad".
A contained name the gazetteer places within SUBCITY_KM of that city becomes a sub-city place
(resolution 5); a contained name the gazetteer does not know takes the city's place (resolution 4)
instead of falling back to the country.
"""
from __future__ import annotations

import math
from dataclasses import replace

# GeoNames puts city parts at their own centre: Brooklyn is 8 km and Harlem 9 km from the New
# York point; towns that merely border a city are usually 15 km or more away.
SUBCITY_KM = 12.0
# Nouns whose "of/in <city>" names the city that contains them.
PART_NOUNS = {"neighborhood", "neighbourhood", "district", "quarter", "suburb", "borough", "area",
              "section", "sector"}


def _km(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _container(doc, index: int, mentions: list, by_token: dict):
    """The mention naming the city that contains ``mentions[index]``, or None."""
    mention = mentions[index]
    if index + 1 < len(mentions):                       # "Brooklyn, New York"
        nxt = mentions[index + 1]
        if nxt.start_token == mention.end_token + 1 and doc[mention.end_token].text == ",":
            return nxt
    root = doc[mention.start_token:mention.end_token].root
    heads = [root.head] if root.dep_ in ("compound", "poss", "amod") else []
    for head in [root, *heads]:
        for child in head.children:
            if child.dep_ == "poss" and child.i in by_token:          # "New York's Harlem"
                return by_token[child.i]
            if head.lower_ in PART_NOUNS and child.dep_ == "prep" and child.lower_ in ("of", "in"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.i in by_token:             # "the X district of Y"
                    return by_token[obj.i]
    return None


def within_cities(doc, mentions: list) -> list:
    """``mentions`` with places inside a named container city made sub-city (see module doc)."""
    by_token = {i: m for m in mentions for i in range(m.start_token, m.end_token)}
    out = []
    for index, mention in enumerate(mentions):
        city = _container(doc, index, mentions, by_token)
        if city is None or city is mention or city.place is None or city.place.kind != "city":
            out.append(mention)
            continue
        place = mention.place
        if place is None:
            out.append(replace(mention, place=city.place, method="in-city"))
        elif (place.kind == "city" and place.lat is not None and city.place.lat is not None
              and place.population < city.place.population
              and _km(place, city.place) <= SUBCITY_KM):
            out.append(replace(mention, place=replace(place, kind="subcity"), method="sub-city"))
        else:
            out.append(mention)
    return out
