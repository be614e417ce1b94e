"""Actor knowledge base: countries, organisations, armed groups, office-holders, role nouns.

``KnowledgeBase.default()`` loads the shipped tables under data/actors/ once (validated,
indexed case- and accent-insensitively). ``kb.lookup("Putin", "2026-01-05")`` ->
``[(KBEntry, "alias"), ...]`` best first; dated roles pick the office held on that date,
and a person out of office becomes an elite (sector ELI). ``kb.with_user_file(path)``
returns a new KB with a user's TSV (docs/kb.md) layered on top.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import asdict, dataclass, replace
from datetime import date as _date
from functools import lru_cache
from pathlib import Path

import pycountry

from ..datafiles import read_text
from ..errors import DataFileError, options

KINDS = frozenset({"country", "org", "group", "person", "place-metonym"})
SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "CVL", "JUD", "LEG", "PTY", "SPY", "UAF", "OPP",
                     "BUS", "MED", "ELI", "HLH", "HRI", "EDU", "REL", "LAB", "AGR", "CRM", "REF"})
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"})
EXTRA_ISO3 = frozenset({"XKX"})  # Kosovo: user-assigned ISO code in common use
VALID_CODES = frozenset(c.alpha_3 for c in pycountry.countries) | EXTRA_ISO3 | NON_STATE_CODES

# Lower rank wins when several entries share a name.
METHOD_RANK = {"user": 0, "kb-name": 1, "alias": 2, "surname": 3, "metonym": 4, "seat": 4,
               "demonym": 5,
               "office-dated": 6}
KIND_RANK = {"person": 0, "group": 1, "org": 2, "country": 3, "place-metonym": 4}

_DOTS = re.compile(r"\.(?=\w|$)")
_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Index key: lower case, no accents, no dots in acronyms, no leading 'the'."""
    if name.isascii():
        # most names: nothing to decompose or strip of accents, so skip the pass character
        # by character below (the costliest part of a look-up)
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    if "." in text:
        text = _DOTS.sub("", text)
    # str.split() and the regex's \s agree on what whitespace is
    text = " ".join(text.split())
    return _LEADING_THE.sub("", text) if text.startswith("the") else text


def _acronym_as_written(text: str) -> bool:
    """Capitals, or a word-like acronym of four letters or more ("Nato", "Farc", "Opec")."""
    return _is_acronym(text) or (len(text) >= 4 and text.isalpha() and text.istitle())


def _is_acronym(surface: str) -> bool:
    """'US', 'U.S.', 'the UK' are acronyms: they only match text written in capitals."""
    surface = re.sub(r"^[Tt]he\s+", "", surface.strip())
    letters = surface.replace(".", "").replace("-", "")
    return len(letters) <= 5 and letters.isalpha() and letters.isupper()


@dataclass(frozen=True)
class KBEntry:
    """One actor, or one dated role of a person (a person can have several entries)."""

    id: str
    name: str
    kind: str                     # country|org|group|person|place-metonym
    code: str | None              # ISO3 or IGO/UNO/EUR/NGO/IMG/MNC
    sector: str | None            # PLOVER sector
    qid: str | None = None
    office: str | None = None
    start: str | None = None      # YYYY-MM-DD
    end: str | None = None
    gender: str | None = None     # m|f for persons
    source: str = ""              # file:line
    classes: tuple[str, ...] = ()  # office classes (HOS, HOG, LEAD, FM, DEF, ...)

    def covers(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day < self.end)


@dataclass(frozen=True)
class _Name:
    surface: str
    method: str
    entry_id: str


class _Rows:
    """Reads one TSV (shipped or user) with line numbers and validates fields as it goes."""

    def __init__(self, text: str, source: str, required: tuple[str, ...]):
        self.source = source
        lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1)
                 if ln.strip() and not ln.startswith("#")]
        if not lines:
            raise DataFileError(f"{source}: no header row (expected columns: {', '.join(required)})")
        self.header = lines[0][1].split("\t")
        missing = [c for c in required if c not in self.header]
        if missing:
            raise DataFileError(f"{source}:{lines[0][0]}: missing column(s) {', '.join(missing)}; "
                                f"required: {', '.join(required)}")
        self.lines = lines[1:]

    def __iter__(self):
        for lineno, line in self.lines:
            values = next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
            if len(values) > len(self.header):
                self.fail(lineno, f"{len(values)} fields but the header has {len(self.header)}")
            values += [""] * (len(self.header) - len(values))
            yield lineno, {k: v.strip() for k, v in zip(self.header, values)}

    def fail(self, lineno: int, reason: str):
        raise DataFileError(f"{self.source}:{lineno}: {reason}")

    def need(self, lineno: int, row: dict, col: str) -> str:
        if not row.get(col):
            self.fail(lineno, f"empty '{col}'")
        return row[col]

    def code(self, lineno: int, value: str) -> str:
        if value not in VALID_CODES:
            self.fail(lineno, f"unknown code '{value}' (ISO3 country code or one of "
                              f"{options(NON_STATE_CODES | EXTRA_ISO3)})")
        return value

    def sector(self, lineno: int, value: str) -> str | None:
        if value and value not in SECTORS:
            self.fail(lineno, f"unknown sector '{value}'; valid: {options(SECTORS)}")
        return value or None

    def day(self, lineno: int, value: str, col: str) -> str | None:
        if not value:
            return None
        try:
            _date.fromisoformat(value)
        except ValueError:
            self.fail(lineno, f"{col} '{value}' is not a YYYY-MM-DD date")
        return value

    def role(self, lineno: int, row: dict) -> tuple[str | None, str | None, str | None]:
        """(start, end, gender) of a person's row, checked."""
        start = self.day(lineno, row.get("start", ""), "start")
        end = self.day(lineno, row.get("end", ""), "end")
        if start and end and end < start:
            self.fail(lineno, f"end {end} is before start {start}")
        gender = row.get("gender") or None
        if gender not in (None, "m", "f"):
            self.fail(lineno, f"gender '{gender}' must be m, f or empty")
        return start, end, gender


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _load_countries(rows: _Rows, entries: list, names: list, demonyms: dict) -> None:
    for n, row in rows:
        code = rows.code(n, rows.need(n, row, "iso3"))
        entry = KBEntry(id=f"country:{code}", name=rows.need(n, row, "name"), kind="country",
                        code=code, sector="GOV", qid=row.get("qid") or None,
                        source=f"{rows.source}:{n}")
        entries.append(entry)
        names.append(_Name(entry.name, "kb-name", entry.id))
        names.extend(_Name(a, "alias", entry.id) for a in _split(row["aliases"]))
        names.extend(_Name(m, "metonym", entry.id) for m in _split(row["metonyms"]))
        names.extend(_Name(m, "seat", entry.id) for m in _split(row["seats"]))
        for dem in _split(row["demonyms"]):
            names.append(_Name(dem, "demonym", entry.id))
            demonyms.setdefault(normalize(dem), (dem, code))


def _load_bodies(rows: _Rows, entries: list, names: list, default_kind: str) -> None:
    for n, row in rows:
        kind = row.get("kind") or default_kind
        if kind not in KINDS:
            rows.fail(n, f"unknown kind '{kind}'; valid: {options(KINDS)}")
        entry = KBEntry(id=rows.need(n, row, "id"), name=rows.need(n, row, "name"), kind=kind,
                        code=rows.code(n, rows.need(n, row, "code")),
                        sector=rows.sector(n, row["sector"]), qid=row.get("qid") or None,
                        source=f"{rows.source}:{n}")
        entries.append(entry)
        names.append(_Name(entry.name, "kb-name", entry.id))
        names.extend(_Name(a, "alias", entry.id) for a in _split(row["aliases"]))


def _load_people(rows: _Rows, entries: list, names: list, method: str = "kb-name") -> None:
    for n, row in rows:
        start, end, gender = rows.role(n, row)
        entry = KBEntry(id=rows.need(n, row, "id"), name=rows.need(n, row, "name"), kind="person",
                        code=rows.code(n, rows.need(n, row, "code")),
                        sector=rows.sector(n, rows.need(n, row, "sector")),
                        qid=row.get("qid") or None, office=row.get("office") or None,
                        start=start, end=end, gender=gender, source=f"{rows.source}:{n}",
                        classes=tuple(_split(row.get("classes", ""))))
        entries.append(entry)
        last = entry.name.split()[-1]
        names.append(_Name(entry.name, method, entry.id))
        for alias in _split(row.get("aliases", "")):
            is_surname = normalize(alias) == normalize(last) and " " not in alias
            names.append(_Name(alias, "surname" if is_surname else "alias", entry.id))


PEOPLE_COLUMNS = ("id", "name", "aliases", "gender", "code", "sector", "office", "classes",
                  "start", "end", "qid")
BODY_COLUMNS = ("id", "name", "aliases", "kind", "code", "sector", "qid")
USER_COLUMNS = ("name", "kind", "code", "sector")
# Current office-holders, then earlier ones for archive news (same columns; ids may repeat).
PEOPLE_TABLES = ("people.v1.tsv", "people_archive.v1.tsv")


class KnowledgeBase:
    """Entries plus indexes built once: names, office-holders, demonyms, role nouns."""

    def __init__(self, entries: list[KBEntry], names: list[_Name], demonyms: dict,
                 sectors: dict[str, tuple[str, str, tuple[str, ...]]]):
        self.entries = entries
        self._names = names
        self._demonyms = demonyms
        self._sectors = sectors
        self._by_id: dict[str, list[KBEntry]] = {}
        for entry in entries:
            self._by_id.setdefault(entry.id, []).append(entry)
        self._index: dict[str, list[_Name]] = {}
        for name in names:
            self._index.setdefault(normalize(name.surface), []).append(name)
        self._holders: dict[tuple[str, str], list[KBEntry]] = {}
        for entry in entries:
            for cls in entry.classes:
                self._holders.setdefault((entry.code, cls), []).append(entry)
        self.max_name_words = max((len(k.split()) for k in self._index), default=1)
        # one-word country names under each of their one-letter deletions (and themselves):
        # two words one slip apart always share one of these; built on the first misspelling asked
        self._typo_index: dict[str, list[tuple[str, str]]] | None = None
        # Memos: the tables never change after construction, and articles ask the same words often.
        self._typo_memo: dict[str, KBEntry | None] = {}
        self._names_memo: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}
        self._country_memo: dict[str, str | None] = {}
        self._last_word_memo: dict[str, str] = {}
        self._role_memo: dict[str, tuple[str, str, tuple[str, ...]] | None] = {}
        self._role_last_words = frozenset(term.split()[-1] for term in sectors)
        self._shape_memo: dict[str, tuple[tuple[str, str], ...]] = {}

    # -- construction -------------------------------------------------------------------
    @classmethod
    def default(cls) -> "KnowledgeBase":
        """The shipped tables (loaded and indexed once per process)."""
        return _default_kb()

    @classmethod
    def from_tables(cls) -> "KnowledgeBase":
        entries: list[KBEntry] = []
        names: list[_Name] = []
        demonyms: dict = {}
        base = "actors/"
        _load_countries(_Rows(read_text(base + "countries.v1.tsv"), base + "countries.v1.tsv",
                              ("iso3", "name", "aliases", "demonyms", "metonyms", "seats", "qid")),
                        entries, names, demonyms)
        peoples = _Rows(read_text(base + "peoples.v1.tsv"), base + "peoples.v1.tsv", ("iso3", "forms"))
        for n, row in peoples:
            # a people's name works like a demonym ("Karen rebels") but names no state itself
            code = peoples.code(n, peoples.need(n, row, "iso3"))
            for form in _split(row["forms"]):
                demonyms.setdefault(normalize(form), (form, code, "people"))
        for table, kind in (("organizations.v1.tsv", "org"), ("armed_groups.v1.tsv", "group")):
            _load_bodies(_Rows(read_text(base + table), base + table, BODY_COLUMNS),
                         entries, names, kind)
        for table in PEOPLE_TABLES:
            _load_people(_Rows(read_text(base + table), base + table, PEOPLE_COLUMNS), entries, names)
        sectors = {}
        rows = _Rows(read_text(base + "sectors.v1.tsv"), base + "sectors.v1.tsv",
                     ("term", "sector", "cameo_role", "classes"))
        for n, row in rows:
            sectors[row["term"].lower()] = (rows.sector(n, rows.need(n, row, "sector")),
                                            row["cameo_role"], tuple(_split(row["classes"])))
        return cls(entries, names, demonyms, sectors)

    def with_user_file(self, path) -> "KnowledgeBase":
        """A new KB with the user's TSV (docs/kb.md) on top; this KB is left unchanged.

        A row whose id matches a shipped entry replaces that entry (all its roles).
        Raises DataFileError naming the file, line and reason for any bad row.
        """
        path = Path(path)
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise DataFileError(f"{path}: cannot read user KB file ({err})") from err
        rows = _Rows(text, str(path), USER_COLUMNS)
        user_entries: list[KBEntry] = []
        user_names: list[_Name] = []
        for n, row in rows:
            kind = rows.need(n, row, "kind")
            if kind not in KINDS:
                rows.fail(n, f"unknown kind '{kind}'; valid: {options(KINDS)}")
            name = rows.need(n, row, "name")
            entry_id = row.get("id") or f"user:{normalize(name).replace(' ', '-')}"
            start, end, gender = rows.role(n, row)
            qid = row.get("qid") or None
            if qid and not re.fullmatch(r"Q\d+", qid):
                rows.fail(n, f"qid '{qid}' is not a Wikidata id like Q42")
            entry = KBEntry(id=entry_id, name=name, kind=kind,
                            code=rows.code(n, rows.need(n, row, "code")),
                            sector=rows.sector(n, rows.need(n, row, "sector")), qid=qid,
                            office=row.get("office") or None, start=start, end=end,
                            gender=gender, source=f"{path.name}:{n}",
                            classes=tuple(_split(row.get("classes", ""))))
            user_entries.append(entry)
            user_names.append(_Name(name, "user", entry_id))
            user_names.extend(_Name(a, "user", entry_id) for a in _split(row.get("aliases", "")))
        replaced = {e.id for e in user_entries}
        entries = [e for e in self.entries if e.id not in replaced] + user_entries
        names = user_names + [nm for nm in self._names if nm.entry_id not in replaced]
        return KnowledgeBase(entries, names, self._demonyms, self._sectors)

    # -- queries -------------------------------------------------------------------------
    def lookup(self, name: str, date: str | None = None) -> list[tuple[KBEntry, str]]:
        """Entries for a name, best first, as (entry, method).

        Acronym names ("US", "IS", "AU") only match when written in capitals; long ones
        also in the house style that writes them as words ("Nato", "Farc"). A person
        gets the role held on ``date``; out of office they come back as sector ELI with
        method suffix "+former" (or "+not-yet-in-office"). Falls back to
        "<country> <title>" phrases ("Russian president") -> the dated office-holder.
        """
        key, names = self._names_for(name)
        hits = []
        for entry_id, method in names:
            entry, suffix = self._dated(entry_id, date)
            hits.append((entry, method + suffix))
        if len(hits) > 1:
            hits.sort(key=lambda h: (METHOD_RANK.get(h[1].split("+")[0], 9), KIND_RANK[h[0].kind]))
        if not hits:
            hits = self._office_phrase(key, name, date)
        return hits

    def _names_for(self, name: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """(index key, ((entry id, method), ...)) of the names ``name`` matches as written, one
        per entry; memoised, as the date only matters once the entries are known."""
        found = self._names_memo.get(name)
        if found is None:
            key = _POSSESSIVE.sub("", normalize(name))
            names, seen = [], set()
            for nm in self._index.get(key, ()):
                if _is_acronym(nm.surface) and not _acronym_as_written(_POSSESSIVE.sub("", name.strip())):
                    continue
                if nm.entry_id not in seen:
                    seen.add(nm.entry_id)
                    names.append((nm.entry_id, nm.method))
            found = _memoise(self._names_memo, name, (key, tuple(names)))
        return found

    def entries_for(self, entry_id: str) -> list[KBEntry]:
        return list(self._by_id.get(entry_id, ()))

    def dated(self, entry_id: str, date: str | None) -> tuple[KBEntry, str]:
        """The entry's role on ``date`` and a method suffix ("" or "+former"...)."""
        return self._dated(entry_id, date)

    def _dated(self, entry_id: str, date: str | None) -> tuple[KBEntry, str]:
        roles = self._by_id[entry_id]
        if len(roles) == 1 and not roles[0].start and not roles[0].end:
            return roles[0], ""
        latest = max(roles, key=lambda e: e.start or "")
        if date is None:
            return latest, ""
        current = [e for e in roles if e.covers(date)]
        if current:
            # several roles at once: the one with the most senior classes first
            return min(current, key=lambda e: _seniority(e.classes)), ""
        past = [e for e in roles if e.end and e.end <= date]
        if past:
            last = max(past, key=lambda e: e.end)
            return replace(last, sector="ELI", office=f"former {last.office}" if last.office else None,
                           classes=()), "+former"
        first = min(roles, key=lambda e: e.start or "")
        return replace(first, sector="ELI", office=None, classes=()), "+not-yet-in-office"

    def office_holder(self, code: str, office_class: str, date: str | None) -> KBEntry | None:
        """Who held an office class (HOS, HOG, LEAD, FM, DEF...) for a country on ``date``."""
        holders = self._holders.get((code, office_class), ())
        if date is None:
            date = _date.today().isoformat()
        current = [e for e in holders if e.covers(date)]
        return max(current, key=lambda e: e.start or "") if current else None

    def _office_phrase(self, key: str, raw: str, date: str | None) -> list[tuple[KBEntry, str]]:
        for code, office_class in self._office_shapes(key):
            holder = self.office_holder(code, office_class, date)
            if holder:
                return [(holder, "office-dated")]
        return []

    def _office_shapes(self, key: str) -> tuple[tuple[str, str], ...]:
        """(country code, office class) for each "<country> <title>" reading of ``key``, in
        order ("russian president" -> (("RUS", "HOS"),)); memoised, as most names have none."""
        if key not in self._shape_memo:
            words, shapes = key.split(), []
            if len(words) < 2 or not self._may_end_title(words[-1]):
                return _memoise(self._shape_memo, key, ())  # no title can end the name
            for cut in range(1, min(4, len(words))):
                head, title = " ".join(words[:cut]), " ".join(words[cut:])
                code = self._country_key(head)
                role = self._sectors.get(title) or self._sectors.get(title.rstrip("s"))
                if code and role and role[2]:
                    shapes.append((code, role[2][0]))
            return _memoise(self._shape_memo, key, tuple(shapes))
        return self._shape_memo[key]

    def _may_end_title(self, word: str) -> bool:
        """Whether a title read as in ``_office_shapes`` (as is, or without trailing s) can end
        with ``word``: a term matches only if its own last word is that word."""
        return word in self._role_last_words or word.rstrip("s") in self._role_last_words

    def _country_key(self, key: str) -> str | None:
        dem = self._demonyms.get(key)
        if dem and len(dem) == 2:  # "Yoruba leaders" are not Nigeria's head of state
            return dem[1]
        for nm in self._index.get(key, ()):
            if nm.entry_id.startswith("country:"):
                return nm.entry_id.split(":", 1)[1]
        return None

    def country_by_demonym(self, word: str, *, peoples: bool = True) -> str | None:
        """'Russian' -> 'RUS', 'Karen' -> 'MMR' (a people of one state; left out with
        ``peoples=False``, where the word may be a given name); None when the word is not a
        known demonym or adjective."""
        hit = self._demonyms.get(normalize(word))
        if not hit or (_is_acronym(hit[0]) and not _is_acronym(word)) or (not peoples and len(hit) > 2):
            return None
        return hit[1]

    def misspelled_country(self, word: str) -> KBEntry | None:
        """The one country whose one-word name or alias is a single slip of the keys away from
        ``word`` ("Ethopia", "Afganistan", "Quatar"); None when there is none or several. Only
        words of MIN_TYPO_LENGTH letters or more: short names are too close to each other."""
        key = normalize(word)
        if len(key) < MIN_TYPO_LENGTH or " " in key:
            return None
        if key not in self._typo_memo:
            return _memoise(self._typo_memo, key, self._misspelled(key))
        return self._typo_memo[key]

    def _misspelled(self, key: str) -> KBEntry | None:
        if self._typo_index is None:
            self._typo_index = self._build_typo_index()
        ids = {entry_id for variant in _with_deletions(key)
               for name, entry_id in self._typo_index.get(variant, ()) if _one_typo_apart(key, name)}
        return self._by_id[ids.pop()][0] if len(ids) == 1 else None

    def _build_typo_index(self) -> dict[str, list[tuple[str, str]]]:
        country_words = {normalize(nm.surface): nm.entry_id for nm in self._names
                         if nm.entry_id.startswith("country:") and nm.method in ("kb-name", "alias")
                         and " " not in nm.surface.strip()}
        index: dict[str, list[tuple[str, str]]] = {}
        for name, entry_id in country_words.items():
            for variant in _with_deletions(name):
                index.setdefault(variant, []).append((name, entry_id))
        return index

    def country_code(self, name: str) -> str | None:
        """Code of a country named by name, alias or metonym ('the UK', 'Moscow')."""
        if name in self._country_memo:
            return self._country_memo[name]
        code = next((entry.code for entry, _method in self.lookup(name) if entry.kind == "country"), None)
        return _memoise(self._country_memo, name, code)

    def sector_for_noun(self, noun_phrase_lemma: str) -> tuple[str, str] | None:
        """'defence secretary' -> ('GOV', 'kb-sector:defence secretary'); None if unknown."""
        role = self.role_for_noun(noun_phrase_lemma)
        return (role[0], f"kb-sector:{role[1]}") if role else None

    def may_end_role(self, word: str) -> bool:
        """Could ``word`` be the last word of a role noun phrase ("minister" in "foreign
        minister")? A cheap gate: False means ``role_for_noun`` finds nothing for any phrase
        ending with it."""
        last = self._last_word_memo.get(word)  # (the memo read inline: asked for most nouns)
        return (last if last is not None else self._last_word(word)) in self._role_last_words

    def ends_no_role(self, word: str) -> bool:
        """True when no phrase ending with ``word`` has a role: ``role_for_noun`` would return
        None for all of them. Stricter than ``not may_end_role``: a word that normalises to
        nothing (".") leaves the word before it at the end of the phrase."""
        last = self._last_word(word)
        return bool(last) and last not in self._role_last_words

    def _last_word(self, word: str) -> str:
        """The last word of ``word`` normalised ("" when nothing is left); memoised: the gates
        above ask it for most nouns of every article."""
        last = self._last_word_memo.get(word)
        if last is None:
            last = _memoise(self._last_word_memo, word, normalize(word).rsplit(" ", 1)[-1])
        return last

    def role_for_noun(self, phrase: str) -> tuple[str, str, tuple[str, ...]] | None:
        """(sector, matched term, office classes) for the longest known ending of the phrase."""
        if phrase not in self._role_memo:
            return _memoise(self._role_memo, phrase, self._role(phrase))
        return self._role_memo[phrase]

    def _role(self, phrase: str) -> tuple[str, str, tuple[str, ...]] | None:
        words = normalize(phrase).split()
        if not words or words[-1] not in self._role_last_words:
            return None  # every term tried below ends with the phrase's last word
        for i in range(len(words)):
            term = " ".join(words[i:])
            hit = self._sectors.get(term)
            if hit:
                return hit[0], term, hit[2]
        return None


# The memos above are keyed by text from the articles, so they grow with the corpus: past
# this many entries one starts over (a long run keeps its memory bounded).
MEMO_LIMIT = 65_536


def _memoise(memo: dict, key, value):
    """Store ``value`` under ``key`` (emptying a full memo first) and return it."""
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


def _with_deletions(word: str) -> list[str]:
    """``word`` and every string one letter shorter: words one typo apart share one of these
    (a change or a swap of neighbours leaves the same word with one letter dropped from each)."""
    return [word] + [word[:i] + word[i + 1:] for i in range(len(word))]


_SENIORITY = ("LEAD", "HOS", "HOG", "MILCHIEF", "GRP", "ORG", "FM", "DEF")


# Shortest word checked for a misspelt country name ("Quatar" yes, "Irak" no).
MIN_TYPO_LENGTH = 6


def _one_typo_apart(a: str, b: str) -> bool:
    """Two different words one letter dropped, added, changed or two neighbours swapped apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


def _seniority(classes: tuple[str, ...]) -> int:
    ranks = [_SENIORITY.index(c) for c in classes if c in _SENIORITY]
    return min(ranks) if ranks else len(_SENIORITY)


@lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tables()


def explain_lookup(kb: KnowledgeBase, name: str, date: str | None) -> list[dict]:
    """Rows for `kb lookup NAME --date D`: each entry's fields plus the method, best first."""
    rows = []
    for entry, method in kb.lookup(name, date):
        row = asdict(entry)
        row["classes"] = "|".join(entry.classes)
        row["method"] = method
        rows.append(row)
    return rows
