"""Gazetteer look-ups: spellings, kinds, countries, and the cached index."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.attributes.gazetteer import Gazetteer, get_gazetteer, name_key

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize("text, key", [
    ("Khān Yūnis", "khan yunis"),
    ("Rostov-on-Don", "rostov on don"),
    ("Ma'rib", "marib"),
    ("  St.  Petersburg ", "st petersburg"),
])
def test_name_key_folds_accents_apostrophes_and_hyphens(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize("name, geonameid, iso3, display", [
    ("Kiev", 703448, "UKR", "Kyiv"),
    ("Kharkov", 706483, "UKR", "Kharkiv"),
    ("Odessa", 698740, "UKR", "Odesa"),
    ("Zaporozhye", 687700, "UKR", "Zaporizhzhia"),
    ("Nikolayev", 700569, "UKR", "Mykolaiv"),
    ("Dnipropetrovsk", 709930, "UKR", "Dnipro"),
    ("Khan Yunis", 281124, "PSE", "Khan Younis"),
    ("al-Fashir", 379555, "SDN", "El Fasher"),
])
def test_news_spellings_put_the_intended_town_first(gaz, name, geonameid, iso3, display):
    top = gaz.candidates(name)[0]
    assert (top.geonameid, top.country_code, top.name, top.kind) == (geonameid, iso3, display, "city")


def test_kyiv_coordinates_and_province(gaz):
    kyiv = gaz.candidates("Kyiv")[0]
    assert kyiv.lat == pytest.approx(50.45, abs=0.05) and kyiv.lon == pytest.approx(30.52, abs=0.05)
    assert kyiv.admin1 == "Kyiv City"


@pytest.mark.parametrize("name, kind, iso3", [
    ("the Red Sea", "water", None),
    ("Black Sea", "water", None),
    ("Donbas", "region", "UKR"),
    ("Darfur", "region", "SDN"),
    ("northern Gaza", "region", "PSE"),
    ("Sahel", "region", None),
    ("Kharkiv region", "admin1", "UKR"),
    ("Kursk Oblast", "admin1", "RUS"),
    ("Texas", "admin1", "USA"),
    # world regions, oceans and rivers news names as places
    ("the Middle East", "region", None),
    ("Mideast", "region", None),
    ("Europe", "region", None),
    ("the Caucasus", "region", None),
    ("the Pacific", "water", None),
    ("the Euphrates", "water", None),
    ("Suez Canal", "water", "EGY"),
    ("Soviet Union", "region", None),
])
def test_regions_water_and_admin1(gaz, name, kind, iso3):
    assert any(p.kind == kind and p.country_code == iso3 for p in gaz.candidates(name))


@pytest.mark.parametrize("name", ["Africa", "Asia", "Gulf"])
def test_continents_and_the_gulf_are_regions_not_towns(gaz, name):
    """GeoNames has small towns called 'Africa' and 'Asia'; a curated region must rank first."""
    assert gaz.candidates(name)[0].kind in ("region", "water")


def test_region_has_typed_coordinates_and_resolution_3(gaz):
    red_sea = next(p for p in gaz.candidates("Red Sea") if p.kind == "water")
    assert red_sea.resolution == 3 and red_sea.lat == pytest.approx(20.0)


def test_country_lookup_uses_capital_coordinates(gaz):
    ukraine = gaz.country("UKR")
    assert ukraine.kind == "country" and ukraine.resolution == 1
    assert (ukraine.lat, ukraine.lon) == pytest.approx((50.45, 30.52), abs=0.05)
    assert gaz.candidates("U.S.")[0].country_code == "USA"
    with pytest.raises(KeyError):
        gaz.country("XXX")


def test_georgia_offers_both_country_and_state(gaz):
    kinds = {(p.kind, p.country_code) for p in gaz.candidates("Georgia")}
    assert {("country", "GEO"), ("admin1", "USA")} <= kinds


def test_cached_index_reopens(gaz):
    assert gaz.path is not None and gaz.path.exists()
    again = Gazetteer(gaz.path)
    assert again.candidates("Kyiv")[0].geonameid == 703448


def test_unknown_name_has_no_candidates(gaz):
    assert gaz.candidates("Xyzzyplace") == []
    assert gaz.candidates("") == []


def test_us_states_carry_their_geonames_id(gaz):
    texas = next(p for p in gaz.candidates("Texas") if p.kind == "admin1")
    assert texas.geonameid == 4736286


def test_capitals_and_subdivisions(gaz):
    assert gaz.is_capital(gaz.candidates("Juba")[0])
    assert not gaz.is_capital(gaz.candidates("Kharkiv")[0])
    assert gaz.subdivision_countries("Ontario") == {"CA"}
    assert gaz.subdivision_countries("Xyzzyplace") == set()


def test_uk_nations_are_regions(gaz):
    scotland = gaz.candidates("Scotland")[0]
    assert (scotland.kind, scotland.country_code, scotland.resolution) == ("region", "GBR", 3)


@pytest.mark.parametrize("name,iso3", [("Bosnia", "BIH"), ("Bosnia-Herzegovina", "BIH"), ("Zaire", "COD"),
                                       ("Kampuchea", "KHM")])
def test_short_and_archive_country_names(name, iso3):
    assert get_gazetteer().candidates(name)[0].country_code == iso3


@pytest.mark.parametrize("name", ["Cauca", "Cauca department", "Valle del Cauca", "Norte de Santander",
                                  "Narino"])
def test_colombian_departments_are_admin1(gaz, name):
    assert gaz.candidates(name)[0].kind == "admin1" and gaz.candidates(name)[0].country_code == "COL"
