"""PLOVER / CAMEO / ACLED ontology, loaded from data/ontology/*.v1.* and validated once.

``get_ontology()`` -> an ``Ontology`` that answers: facts about a CAMEO code, the PLOVER
type/mode/context for a CAMEO code, the quad class, event scale and modes of a PLOVER type,
the ACLED event/sub-event type for a coded PLOVER event, and the default CAMEO code for a
PLOVER type/mode. A malformed table raises ``DataFileError`` naming file, line and reason;
an unknown code or name raises ``UsageError`` naming the valid options.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NoReturn

from ..datafiles import read_json, read_text
from ..errors import DataFileError, UsageError, options

PLOVER_FILE = "ontology/plover.v1.json"
CAMEO_FILE = "ontology/cameo.v1.tsv"
CROSSWALK_FILE = "ontology/cameo2plover.v1.tsv"
ACLED_FILE = "ontology/acled.v1.tsv"
RULES_FILE = "ontology/plover2acled.v1.tsv"

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                "MOBILIZE", "COERCE", "ASSAULT")
# The ACLED (2023) taxonomy; the shipped table must hold exactly these pairs.
ACLED_SUB_EVENT_TYPES = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack",
                                   "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
TERRITORY_VALUES = ("captured", "regained", "transferred")
# Flags a coder may pass to acled_for(flags=...); civilian_target/state_actor are arguments.
ACLED_FLAGS = frozenset({"grenade", "protesters", "intervention", "excessive_force", "mob",
                         "disrupted", "base", "riot", "coup", "agreement", "disarm",
                         "person_seized", "disappeared", "accident", "armed_group"})
CROSSWALK_BASES = frozenset({"plover", "revised", "root", "appeal", "dropped"})
_CAMEO_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO 1.1b3 event code with its Goldstein score, quad class and 2-digit root."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str


@dataclass(frozen=True)
class PloverMapping:
    """PLOVER reading of a CAMEO code. ``basis`` says where the row comes from
    (``plover``/``revised``/``root``/``appeal``/``dropped``, see cameo2plover.v1.tsv);
    ``dropped`` codes (CAMEO 01 statements) are not events in PLOVER."""

    plover: str
    mode: str | None
    context: tuple[str, ...]
    basis: str = "plover"

    @property
    def dropped(self) -> bool:
        return self.basis == "dropped"


@dataclass(frozen=True)
class _AcledRule:
    line: int
    plovers: frozenset[str]
    modes: frozenset[str]          # empty = any mode
    cameo_prefix: str
    required: frozenset[str]       # flags that must be set
    forbidden: frozenset[str]      # flags that must not be set
    territory: frozenset[str]      # empty = no territory test
    event_type: str
    sub_event_type: str

    def matches(self, plover: str, mode: str | None, cameo: str | None,
                flags: frozenset[str], territory: str | None) -> bool:
        if plover not in self.plovers or (self.modes and mode not in self.modes):
            return False
        if self.cameo_prefix and not (cameo or "").startswith(self.cameo_prefix):
            return False
        if self.territory and territory not in self.territory:
            return False
        return self.required <= flags and not (self.forbidden & flags)


def _rows(relpath: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of a shipped TSV; comments and blank lines skipped."""
    numbered = [(n, line) for n, line in enumerate(read_text(relpath).splitlines(), start=1)
                if line.strip() and not line.startswith("#")]
    if not numbered:
        raise DataFileError(f"{relpath}: no header row.")
    header = next(csv.reader([numbered[0][1]], delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for n, line in numbered[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise DataFileError(f"{relpath} line {n}: {len(cells)} columns, expected "
                                f"{len(header)} ({', '.join(header)}).")
        out.append((n, {k: v.strip() for k, v in zip(header, cells)}))
    return out


def _fail(relpath: str, line: int | str, reason: str) -> NoReturn:
    raise DataFileError(f"{relpath} line {line}: {reason}")


class Ontology:
    """The loaded tables. Build with ``get_ontology()``; every look-up is a dict hit."""

    def __init__(self) -> None:
        doc = read_json(PLOVER_FILE)
        self._types = self._load_types(doc)
        self.plover_types: tuple[str, ...] = PLOVER_TYPES
        self.contexts: frozenset[str] = frozenset(doc["contexts"])
        self.context_definitions: dict[str, str] = dict(doc["contexts"])
        self.context_aliases: dict[str, str] = dict(doc.get("context_aliases", {}))
        self.sectors: dict[str, str] = dict(doc["sectors"])
        self.sector_aliases: dict[str, str] = dict(doc.get("sector_aliases", {}))
        self.international: dict[str, str] = dict(doc["international"])
        self._cameo = self._load_cameo()
        self._crosswalk = self._load_crosswalk()
        self.acled_types: dict[str, tuple[str, ...]] = self._load_acled()
        self._rules = self._load_rules()
        self._check_defaults()

    # ---- loading and validation -------------------------------------------------------
    def _load_types(self, doc: dict) -> dict[str, dict]:
        types = doc.get("types", {})
        missing, extra = set(PLOVER_TYPES) - set(types), set(types) - set(PLOVER_TYPES)
        if missing or extra:
            _fail(PLOVER_FILE, "-", f"types must be the 16 PLOVER v2 types; missing "
                  f"{options(missing) or 'none'}, unknown {options(extra) or 'none'}.")
        for name, spec in types.items():
            where = f"types.{name}"
            if spec.get("quad_class") not in (1, 2, 3, 4):
                _fail(PLOVER_FILE, where, "quad_class must be 1, 2, 3 or 4.")
            if not isinstance(spec.get("event_scale"), (int, float)) or abs(spec["event_scale"]) > 10:
                _fail(PLOVER_FILE, where, "event_scale must be a number in [-10, 10].")
            modes = spec.get("modes", {})
            for key in ("mode_scale", "default_cameo"):
                bad = set(spec.get(key, {})) - set(modes) - {""}
                if bad:
                    _fail(PLOVER_FILE, where, f"{key} names unknown modes {options(bad)}; "
                          f"valid: {options(modes) or 'none'}.")
            if "" not in spec.get("default_cameo", {}):
                _fail(PLOVER_FILE, where, "default_cameo needs a '' (no mode) entry.")
            bad = {a for a, target in spec.get("mode_aliases", {}).items() if target not in modes}
            if bad:
                _fail(PLOVER_FILE, where, f"mode_aliases {options(bad)} point at unknown modes.")
        return types

    def _load_cameo(self) -> dict[str, CameoCode]:
        codes: dict[str, CameoCode] = {}
        for n, row in _rows(CAMEO_FILE):
            code = row["code"]
            if not _CAMEO_CODE.match(code) or not 1 <= int(code[:2]) <= 20:
                _fail(CAMEO_FILE, n, f"bad CAMEO code '{code}' (2-4 digits, root 01-20).")
            if code in codes:
                _fail(CAMEO_FILE, n, f"duplicate code '{code}'.")
            try:
                goldstein, quad = float(row["goldstein"]), int(row["quad_class"])
            except ValueError:
                _fail(CAMEO_FILE, n, "goldstein must be a number and quad_class an integer.")
            if row["root"] != code[:2]:
                _fail(CAMEO_FILE, n, f"root '{row['root']}' is not the first two digits of {code}.")
            if quad != _quad_of_root(code[:2]):
                _fail(CAMEO_FILE, n, f"quad_class {quad} does not match root {code[:2]}.")
            if not -10.0 <= goldstein <= 10.0 or not row["name"]:
                _fail(CAMEO_FILE, n, "goldstein must be in [-10, 10] and name non-empty.")
            codes[code] = CameoCode(code, row["name"], goldstein, quad, code[:2])
        return codes

    def _load_crosswalk(self) -> dict[str, PloverMapping]:
        out: dict[str, PloverMapping] = {}
        for n, row in _rows(CROSSWALK_FILE):
            code, plover, mode = row["cameo"], row["plover"], row["mode"] or None
            if code not in self._cameo:
                _fail(CROSSWALK_FILE, n, f"'{code}' is not in {CAMEO_FILE}.")
            if code in out:
                _fail(CROSSWALK_FILE, n, f"duplicate code '{code}'.")
            if plover not in self._types:
                _fail(CROSSWALK_FILE, n, f"'{plover}' is not a PLOVER v2 type; valid: "
                      f"{options(PLOVER_TYPES)}.")
            if mode and mode not in self._types[plover]["modes"]:
                _fail(CROSSWALK_FILE, n, f"'{mode}' is not a mode of {plover}; valid: "
                      f"{options(self._types[plover]['modes']) or 'none'}.")
            context = tuple(c.strip() for c in row["context"].split(";") if c.strip())
            bad = set(context) - self.contexts
            if bad:
                _fail(CROSSWALK_FILE, n, f"unknown context {options(bad)}.")
            if row["basis"] not in CROSSWALK_BASES:
                _fail(CROSSWALK_FILE, n, f"basis '{row['basis']}'; valid: {options(CROSSWALK_BASES)}.")
            out[code] = PloverMapping(plover, mode, context, row["basis"])
        missing = sorted(set(self._cameo) - set(out))
        if missing:
            _fail(CROSSWALK_FILE, "-", f"no row for CAMEO codes {', '.join(missing[:10])}.")
        return out

    def _load_acled(self) -> dict[str, tuple[str, ...]]:
        seen: dict[str, list[str]] = {}
        for n, row in _rows(ACLED_FILE):
            etype, sub = row["event_type"], row["sub_event_type"]
            if sub not in ACLED_SUB_EVENT_TYPES.get(etype, ()):
                _fail(ACLED_FILE, n, f"'{etype}' / '{sub}' is not an ACLED event/sub-event type.")
            if not row["definition"] or not row["disorder_type"]:
                _fail(ACLED_FILE, n, "definition and disorder_type must be filled.")
            seen.setdefault(etype, []).append(sub)
        for etype, subs in ACLED_SUB_EVENT_TYPES.items():
            missing = set(subs) - set(seen.get(etype, ()))
            if missing:
                _fail(ACLED_FILE, "-", f"missing {etype} sub-event types {options(missing)}.")
        return {etype: tuple(subs) for etype, subs in seen.items()}

    def _load_rules(self) -> tuple[_AcledRule, ...]:
        rules = []
        for n, row in _rows(RULES_FILE):
            plovers = frozenset(row["plover"].split("|"))
            if not plovers <= set(PLOVER_TYPES):
                _fail(RULES_FILE, n, f"unknown PLOVER type in '{row['plover']}'.")
            modes = frozenset(m for m in row["mode"].split("|") if m)
            for plover in plovers:
                bad = modes - set(self._types[plover]["modes"])
                if bad:
                    _fail(RULES_FILE, n, f"{options(bad)} not a mode of {plover}.")
            prefix = row["cameo"]
            if prefix and not any(code.startswith(prefix) for code in self._cameo):
                _fail(RULES_FILE, n, f"no CAMEO code starts with '{prefix}'.")
            required, forbidden, territory = set(), set(), frozenset()
            for token in row["condition"].split():
                if token.startswith("territory="):
                    territory = frozenset(token.split("=", 1)[1].split("|"))
                    if not territory <= set(TERRITORY_VALUES):
                        _fail(RULES_FILE, n, f"territory values: {', '.join(TERRITORY_VALUES)}.")
                    continue
                name = token.lstrip("!")
                if name not in ACLED_FLAGS | {"civilian_target", "state_actor"}:
                    _fail(RULES_FILE, n, f"unknown condition '{token}'; flags: "
                          f"{options(ACLED_FLAGS | {'civilian_target', 'state_actor'})}.")
                (forbidden if token.startswith("!") else required).add(name)
            if row["sub_event_type"] not in ACLED_SUB_EVENT_TYPES.get(row["event_type"], ()):
                _fail(RULES_FILE, n, f"'{row['event_type']}' / '{row['sub_event_type']}' is not "
                      "an ACLED event/sub-event type.")
            rules.append(_AcledRule(n, plovers, modes, prefix, frozenset(required),
                                    frozenset(forbidden), territory, row["event_type"],
                                    row["sub_event_type"]))
        return tuple(rules)

    def _check_defaults(self) -> None:
        for plover, spec in self._types.items():
            for mode, code in spec["default_cameo"].items():
                if code not in self._crosswalk or self._crosswalk[code].plover != plover:
                    _fail(PLOVER_FILE, f"types.{plover}.default_cameo", f"'{code}' for mode "
                          f"'{mode}' is not a CAMEO code that maps to {plover}.")

    # ---- look-ups -----------------------------------------------------------------------
    def cameo(self, code: str) -> CameoCode:
        """Facts for a CAMEO code given as a string with leading zeros, e.g. '0334'."""
        found = self._cameo.get(str(code).strip())
        if found is None:
            raise UsageError(_unknown_cameo(str(code).strip(), self._cameo))
        return found

    def plover_for_cameo(self, code: str) -> PloverMapping:
        self.cameo(code)
        return self._crosswalk[str(code).strip()]

    def quad_class(self, plover: str) -> int:
        return self._type(plover)["quad_class"]

    def event_scale(self, plover: str, mode: str | None = None) -> float:
        spec = self._type(plover)
        mode = self.canonical_mode(plover, mode)
        return float(spec["mode_scale"].get(mode, spec["event_scale"]))

    def modes(self, plover: str) -> dict[str, str]:
        return dict(self._type(plover)["modes"])

    def definition(self, plover: str) -> str:
        return self._type(plover)["definition"]

    def canonical_mode(self, plover: str, mode: str | None) -> str | None:
        """The v2 mode name for ``mode`` (case and known aliases folded); None stays None."""
        if mode is None or not mode.strip():
            return None
        spec = self._type(plover)
        key = mode.strip().lower()
        if key in spec["modes"]:
            return key
        if key in spec["mode_aliases"]:
            return spec["mode_aliases"][key]
        raise UsageError(f"'{mode}' is not a mode of {plover}. Valid modes: "
                         f"{options(spec['modes']) or 'none (leave mode empty)'}.")

    def acled_for(self, plover: str, mode: str | None, cameo: str | None, *,
                  civilian_target: bool = False, state_actor: bool = False,
                  territory: str | None = None,
                  flags: Iterable[str] = ()) -> dict[str, str] | None:
        """ACLED {"event_type", "sub_event_type"} for a coded event, or None if ACLED
        does not record it (e.g. CONSULT). First matching rule of plover2acled.v1.tsv wins."""
        self._type(plover)
        mode = self.canonical_mode(plover, mode)
        if territory is not None and territory not in TERRITORY_VALUES:
            raise UsageError(f"territory '{territory}'; valid: None, {', '.join(TERRITORY_VALUES)}.")
        given = frozenset(flags)
        if given - ACLED_FLAGS:
            raise UsageError(f"unknown ACLED flags {options(given - ACLED_FLAGS)}; valid: "
                             f"{options(ACLED_FLAGS)}.")
        given |= {name for name, on in (("civilian_target", civilian_target),
                                        ("state_actor", state_actor)) if on}
        for rule in self._rules:
            if rule.matches(plover, mode, cameo, given, territory):
                return {"event_type": rule.event_type, "sub_event_type": rule.sub_event_type}
        return None

    def default_cameo(self, plover: str, mode: str | None = None) -> str:
        """Most typical CAMEO code for a PLOVER type, or for type/mode when one is listed."""
        defaults = self._type(plover)["default_cameo"]
        return defaults.get(self.canonical_mode(plover, mode) or "", defaults[""])

    def canonical_context(self, name: str) -> str:
        key = name.strip().lower()
        key = self.context_aliases.get(key, key)
        if key not in self.contexts:
            raise UsageError(f"'{name}' is not a PLOVER context. Valid: {options(self.contexts)}.")
        return key

    def canonical_sector(self, code: str) -> str:
        key = code.strip().upper()
        key = self.sector_aliases.get(key, key)
        if key not in self.sectors:
            raise UsageError(f"'{code}' is not a PLOVER sector. Valid: {options(self.sectors)}.")
        return key

    @property
    def cameo_codes(self) -> tuple[str, ...]:
        return tuple(self._cameo)

    def _type(self, plover: str) -> dict:
        spec = self._types.get(plover)
        if spec is None:
            raise UsageError(f"'{plover}' is not a PLOVER v2 event type. Valid: "
                             f"{', '.join(PLOVER_TYPES)}.")
        return spec


def _quad_of_root(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def _unknown_cameo(code: str, known: dict[str, CameoCode]) -> str:
    near = [c for c in known if code[:2] and c.startswith(code[:2])]
    hint = (f"codes under '{code[:2]}': {', '.join(near[:12])}" if near
            else "roots are 01-20, e.g. 01, 0334, 195")
    return (f"Unknown CAMEO code '{code}'. Codes are 2-4 digit strings with leading zeros; {hint}.")


@lru_cache(maxsize=1)
def get_ontology() -> Ontology:
    """The shipped ontology, loaded and validated on first use."""
    return Ontology()
