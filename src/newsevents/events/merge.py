"""One record per real event per article.

``merge_events(events, article_id)`` -> events where sentences reporting the same event
(same type, same actor and recipient codes, same modality, compatible date and place)
are folded into the first report; every supporting sentence stays in
``evidence["sentences"]`` and confidence rises with the number of reports.
A doer-less casualty report right after an attack ("Another 31 people were wounded") adds
its counts to that attack. Ids are derived from the article id and the event's content, so
they are stable.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..records import Event, stable_id
from .candidates import SEPARATE_MODES

SUPPORT_BONUS = 0.08   # per extra supporting sentence
MAX_CONFIDENCE = 0.97
# "Another 31 people were wounded, it said.": a doer-less casualty report this many sentences
# or fewer after an attack with a known doer adds its counts to that attack.
FOLLOW_UP_WINDOW = 2
CASUALTY_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "die"})
# "In a separate attack, two soldiers were killed": another incident, whatever its distance.
OTHER_INCIDENT_WORDS = ("separate", "elsewhere", "another attack", "another incident")
SIZE_FIELDS = ("dead", "injured", "arrested")
RAID_LEMMAS = frozenset({"raid", "sweep", "swoop", "crackdown", "operation"})


def _codes(entities) -> frozenset:
    return frozenset((e.code, e.sector) for e in entities if e.code or e.sector)


def _key(ev: Event):
    return (ev.event, _codes(ev.actor), _codes(ev.recipient), ev.aux)


def _same_parties(a: Event, b: Event) -> bool:
    """Same type, actors, modality and recipients; a recipient named by a place (no sector:
    "strikes hit Kyiv") is the same party as that state's civilians ("killed five civilians")."""
    if _key(a) == _key(b):
        return True
    if (a.event, _codes(a.actor), a.aux) != (b.event, _codes(b.actor), b.aux) or not _codes(a.actor):
        return False
    sectors = [{r.sector for r in ev.recipient} for ev in (a, b)]
    return {None} in sectors and all(s <= {None, "CVL"} for s in sectors) \
        and {r.code for r in a.recipient} == {r.code for r in b.recipient}


def _modes_compatible(a: Event, b: Event) -> bool:
    """Coercions of different modes are different acts ("blocked the march and took 30 of them
    into custody": a restriction and arrests), and so are sexual violence and abductions beside
    other violence; other types' modes refine one act."""
    if {a.mode, b.mode} & SEPARATE_MODES and a.mode != b.mode and None not in (a.mode, b.mode):
        return False  # a killing after the abduction: acts of their own (a raid of no mode takes the rape's)
    return a.event != "COERCE" or a.mode == b.mode or None in (a.mode, b.mode)


FALLBACK_WINDOW_DAYS = 2  # an undated report may describe something up to two days old


def _span(ev: Event) -> tuple[str, str] | None:
    if not ev.date.date:
        return None
    if ev.date.method == "publication-date":
        day = date.fromisoformat(ev.date.date)
        return (day - timedelta(days=FALLBACK_WINDOW_DAYS)).isoformat(), day.isoformat()
    return ev.date.date, ev.date.enddate or ev.date.date


def _dates_compatible(a: Event, b: Event) -> bool:
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return True
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def _places_compatible(a: Event, b: Event) -> bool:
    la, lb = a.event_loc, b.event_loc
    if la is None or lb is None:
        return True
    if la.country_code != lb.country_code:
        return False
    if (la.resolution or 0) >= 3 and (lb.resolution or 0) >= 3:
        return (la.geonameid, la.resolved_place) == (lb.geonameid, lb.resolved_place)
    return True


def _better_date(a, b):
    if a.method == "publication-date" and b.method != "publication-date":
        return b
    return a


def _better_loc(a, b):
    if a is None:
        return b
    if b is not None and (b.resolution or 0) > (a.resolution or 0):
        return b
    return a


# ACLED types read from the crowd an act was aimed at or done by, not from its weapon.
SCENE_LABELS = {"Excessive force against protesters", "Protest with intervention", "Violent demonstration",
                "Mob violence"}


def _scene_label(event: Event) -> bool:
    return event.acled is not None and event.acled.get("sub_event_type") in SCENE_LABELS


def _fold(base: Event, other: Event, merge_sizes) -> Event:
    sentences = base.evidence.get("sentences", []) + other.evidence.get("sentences", [])
    evidence = dict(base.evidence)
    evidence["sentences"] = sentences
    evidence["merged_triggers"] = base.evidence.get("merged_triggers", []) + [other.evidence.get("trigger")]
    size = merge_sizes([base.size, other.size]) if merge_sizes else base.size
    if base.mode is None and other.mode is not None:
        # "Israeli strikes kill 31" then "air strikes killed 31": the later report says how
        base = replace(base, mode=other.mode, cameo=other.cameo, goldstein=other.goldstein,
                       acled=other.acled)
    if _scene_label(other) and not _scene_label(base):
        # what a report's crowd made of the act stays, whichever sentence or word said it: force
        # used on protesters is excessive force whatever the weapon
        base = replace(base, acled=other.acled)
    return replace(base, date=_better_date(base.date, other.date),
                   event_loc=_better_loc(base.event_loc, other.event_loc), size=size,
                   confidence=min(MAX_CONFIDENCE, max(base.confidence, other.confidence) + SUPPORT_BONUS),
                   evidence=evidence)


def _with_id(ev: Event, article_id: str) -> Event:
    actors = sorted(f"{c}/{s}" for c, s in _codes(ev.actor))
    recipients = sorted(f"{c}/{s}" for c, s in _codes(ev.recipient))
    trigger = ev.evidence.get("trigger", {}).get("start")
    return replace(ev, id=stable_id(article_id, ev.event, actors, recipients, ev.aux, trigger))


def _drop_shadowed(events: list[Event]) -> list[Event]:
    """A party-less mention ("the fighting") in a sentence that already reports the same
    type of event with its parties is that event, not another one; so is a raid that made
    the sentence's arrests."""
    keep = []
    for ev in events:
        anonymous = not _codes(ev.actor) and not _codes(ev.recipient)
        if anonymous and any(o is not ev and o.event == ev.event and o.sequence == ev.sequence
                             and (_codes(o.actor) or _codes(o.recipient)) for o in events):
            continue
        if _raid_of_arrests(ev, events):
            continue
        keep.append(ev)
    return keep


def _raid_of_arrests(ev: Event, events: list[Event]) -> bool:
    """"Forces arrested 14 people in raids across the West Bank": the raids are how the
    arrests were made, not an attack of their own (none killed or wounded in them)."""
    trigger = ev.evidence.get("trigger") or {}
    if ev.event != "ASSAULT" or trigger.get("lemma") not in RAID_LEMMAS \
            or ev.size.dead is not None or ev.size.injured is not None:
        return False
    return any(o.event == "COERCE" and o.sequence == ev.sequence and not o.aux
               and (not _codes(ev.actor) or _codes(ev.actor) == _codes(o.actor)) for o in events)


def _counts(ev: Event) -> set[str]:
    return {f for f in SIZE_FIELDS if getattr(ev.size, f) is not None}


def _is_casualty_follow_up(ev: Event) -> bool:
    """A doer-less ASSAULT whose trigger is a casualty verb and that gives a count."""
    trigger = ev.evidence.get("trigger") or {}
    sentence = ev.text.lower()
    return (ev.event == "ASSAULT" and not _codes(ev.actor) and not ev.aux
            and trigger.get("lemma") in CASUALTY_LEMMAS and bool(_counts(ev))
            and not any(word in sentence for word in OTHER_INCIDENT_WORDS))


def _follow_up_host(merged: list[Event], ev: Event) -> Event | None:
    """The latest earlier attack with a doer, close before ``ev``, that lacks ``ev``'s counts."""
    for m in reversed(merged):
        if ev.sequence - m.sequence > FOLLOW_UP_WINDOW:
            return None
        if m.event == "ASSAULT" and _codes(m.actor) and not m.aux and m.sequence < ev.sequence \
                and not (_counts(m) & _counts(ev)) and _dates_compatible(m, ev) \
                and _places_compatible(m, ev):
            return m
    return None


def _fold_casualty_follow_ups(merged: list[Event], merge_sizes) -> list[Event]:
    out: list[Event] = []
    for ev in merged:
        host = _follow_up_host(out, ev) if _is_casualty_follow_up(ev) else None
        if host is None:
            out.append(ev)
        else:
            folded = _fold(host, ev, merge_sizes)
            out[out.index(host)] = replace(folded, evidence={**folded.evidence,
                                                             "size_from": "casualty-follow-up"})
    return out


def merge_events(events: list[Event], article_id: str) -> list[Event]:
    try:
        from ..attributes.casualties import merge_sizes
    except ImportError:  # pragma: no cover - casualties stage always ships
        merge_sizes = None
    events = _drop_shadowed(events)
    merged: list[Event] = []
    for ev in events:
        key = _key(ev)
        anonymous = not key[1] and not key[2]
        host = None
        if not anonymous:
            host = next((m for m in merged if _same_parties(m, ev) and _modes_compatible(m, ev)
                         and _dates_compatible(m, ev) and _places_compatible(m, ev)), None)
        if host is None:
            merged.append(ev)
        else:
            merged[merged.index(host)] = _fold(host, ev, merge_sizes)
    merged = _fold_casualty_follow_ups(merged, merge_sizes)
    return [_with_id(ev, article_id) for ev in merged]
