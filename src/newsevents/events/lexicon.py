"""Trigger lexicons: verbs, nouns, control predicates, weapons and aid objects.

``get_lexicon()`` -> a ``Lexicon`` built once from data/lexicon/*.v1.tsv.
Look-ups are dict hits keyed on lower-case lemmas, so the coder pays O(1) per token.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_tsv
from ..errors import DataFileError

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                "MOBILIZE", "COERCE", "ASSAULT")
CONTROL_KINDS = {"promise", "threaten", "refuse", "request", "agree", "decide", "intend",
                 "continue", "ready", "deny", "fail", "attempt", "consider"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: which event a word signals, and where the entry lives."""

    lemma: str
    pos: str                 # VERB or NOUN
    particle: str | None     # required particle/preposition (verbs) or modifier (nouns)
    plover: str
    mode: str | None
    cameo: str
    acled: str | None
    entry: str               # "verbs.v1.tsv:12" — provenance for `explain`


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return None if value in ("", "-") else value


def _load_triggers(table: str, pos: str, key: str) -> dict[str, list[Trigger]]:
    out: dict[str, list[Trigger]] = {}
    for line_no, row in enumerate(read_tsv(f"lexicon/{table}"), start=2):
        plover = row["plover"].strip()
        if plover not in PLOVER_TYPES:
            raise DataFileError(f"lexicon/{table} row {line_no}: unknown PLOVER type '{plover}'. "
                                f"Valid: {', '.join(PLOVER_TYPES)}")
        trig = Trigger(lemma=row["lemma"].strip().lower(), pos=pos, particle=_opt(row[key]),
                       plover=plover, mode=_opt(row["mode"]), cameo=row["cameo"].strip(),
                       acled=_opt(row["acled"]), entry=f"{table}:{row['lemma'].strip()}"
                       + (f"+{_opt(row[key])}" if _opt(row[key]) else ""))
        out.setdefault(trig.lemma, []).append(trig)
    # Entries with a particle/modifier are more specific: try them first.
    for entries in out.values():
        entries.sort(key=lambda t: t.particle is None)
    return out


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]
    control: dict[str, str]
    weapons: dict[str, tuple[str, str | None]]
    aid_objects: dict[str, str | None]

    def names_act(self, noun) -> bool:
        """The noun token is an event word of the noun lexicon ("the strike"), counting entries
        that need a modifier only with it ("lethal force" is one, "security forces" are not)."""
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        return any(e.particle is None or e.particle in mods for e in self.nouns.get(noun.lemma_.lower(), ()))


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    control = {}
    for row in read_tsv("lexicon/control.v1.tsv"):
        kind = row["kind"].strip()
        if kind not in CONTROL_KINDS:
            raise DataFileError(f"lexicon/control.v1.tsv: unknown kind '{kind}' for "
                                f"'{row['lemma']}'. Valid: {', '.join(sorted(CONTROL_KINDS))}")
        control[row["lemma"].strip().lower()] = kind
    weapons = {r["lemma"].strip().lower(): (r["mode"].strip(), _opt(r["acled"]))
               for r in read_tsv("lexicon/weapons.v1.tsv")}
    aid = {r["lemma"].strip().lower(): _opt(r["mode"]) for r in read_tsv("lexicon/aid_objects.v1.tsv")}
    return Lexicon(verbs=_load_triggers("verbs.v1.tsv", "VERB", "particle"),
                   nouns=_load_triggers("nouns.v1.tsv", "NOUN", "modifier"),
                   control=control, weapons=weapons, aid_objects=aid)
