"""Article-level context passes over sentence events.

``attribute_unowned_attacks(events)``: an unowned weapon's attack takes the actor of the
attack reported just before it. ``attribute_unowned_arrests(events)``: "43 people were
detained" takes the security forces acting in the same or the previous sentence.
``attribute_claimed_attacks(events, text)``: an attack with no attacker takes the actor who
later claims it ("said it had carried out the attack").
``dates_from_paragraph(events, text)``: an undated event
takes the date of the earlier event it names again ("the talks"), else of the closest
dated event in its paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ..attributes.places import FALLBACK_METHODS
from ..records import Entity, Event
from ..nlp.sentences import PARAGRAPH_BREAK
from .lexicon import get_lexicon
from .parties import resolution_lines
from .roles import CLAIM_ROLE


CONTEXT_WINDOW = 3  # sentences back to look for the attack an unowned weapon belongs to
UNDATED_METHODS = ("publication-date", "none", "context:")
REPORTED_METHOD = "governing-clause:"  # dated by the clause that reports it
# "the talks", "this attack", "the two leaders' talks": a determiner and up to three words
# ("that" is left out: it is far more often "said that ...").
DEFINITE_NP = re.compile(r"(?<![\w-])(?:the|this|these)\s+(?=((?:[\w'-]+\s+){0,2}[\w'-]+))", re.IGNORECASE)
# "the arrest of the mayor", "the invasion of Ukraine": the complement, not an earlier
# mention, makes the phrase definite, so it may be a different (often older) event.
OWN_COMPLEMENT = re.compile(r"\s+of\s")
# Prepositions that relate another event to this one rather than name it again
# ("hours before the talks", "in retaliation for the attack").
# "arrested 31 protesters during the clashes", "injured in the protest": an event set inside
# another one named by a definite noun phrase happens when that one does.
COTEMPORAL_NP = re.compile(r"(?<![\w-])(?:during|in|amid)\s+the\s+(?=((?:[\w'-]+\s+){0,2}[\w'-]+))",
                           re.IGNORECASE)
# Prepositions end the noun phrase: a noun after one is not the phrase's head.
PHRASE_ENDING_WORDS = frozenset({"of", "on", "in", "at", "for", "to", "from", "with", "by", "against"})
# "He spoke after meeting the envoy": a paragraph that sets the statement just reported (in the
# paragraph before) in its circumstances, so its events share that statement's day.
SPOKE_AGAIN = re.compile(r"\s*(?:he|she|they)\s+(?:spoke|was\s+speaking|were\s+speaking|"
                         r"made\s+the\s+(?:remarks|comments))(?!\w)", re.IGNORECASE)
RELATING_WORD = re.compile(r"(?<![\w-])(?:after|before|since|following|until|till|ahead\s+of|prior\s+to|"
                           r"for|over|against|to|amid|despite|than)\s+$", re.IGNORECASE)


def attribute_unowned_attacks(events: list[Event]) -> list[Event]:
    """"Russia launched 84 drones ... one missile hit Dnipro": an attack whose weapon has no
    stated owner takes the actor (and, if it has none of its own, the date) of the attack
    reported just before it."""
    out: list[Event] = []
    for ev in events:
        if ev.event == "ASSAULT" and not ev.actor and "unowned-weapon-subject" in ev.evidence.get("notes", []):
            prior = next((p for p in reversed(out) if p.event == "ASSAULT" and p.actor and not _interception(p)
                          and ev.sequence - p.sequence <= CONTEXT_WINDOW), None)
            if prior is not None:
                ev = _with_actors_from(ev, prior, prior.actor, "previous-attack")
                if ev.date.method == "publication-date":
                    ev = replace(ev, date=prior.date)
        out.append(ev)
    return out


INTERCEPTION_LABEL = "Disrupted weapons use"


def _interception(ev: Event) -> bool:
    """"Air defences shot down 71 of the drones": the defending side, not the attacker whose
    weapons got through."""
    return (ev.acled or {}).get("sub_event_type") == INTERCEPTION_LABEL


def _with_actors_from(ev: Event, source: Event, actors, how: str) -> Event:
    """``ev`` with ``actors`` taken from the event ``source``, and the evidence saying so."""
    actors = tuple(replace(a, method=f"context:{how}({a.method})") for a in actors)
    notes = ev.evidence.get("notes", []) + [f"actor-from-sentence:{source.sequence}"]
    return replace(ev, actor=actors, evidence={**ev.evidence, "notes": notes,
                                               "actor_resolution": resolution_lines(actors)})


UNIDENTIFIED_SECTOR = "UAF"
UNIDENTIFIED_METHOD = "unidentified-perpetrator"
UNASSERTED = ("negation", "hypothetical")


def attribute_unidentified_attackers(events: list[Event]) -> list[Event]:
    """"A roadside bomb near Samarra killed a soldier", in an article that names no attacker at
    all: the perpetrator is an unidentified armed group of the country where the attack happened,
    as ACLED codes "Unidentified Armed Group (Iraq)". The place must come from the attack's own
    sentence (not the dateline), and one named attacker anywhere in the article vetoes the rule,
    since unattributed strikes in such an article are most often that attacker's."""
    if any(ev.event == "ASSAULT" and ev.actor for ev in events):
        return events
    out: list[Event] = []
    for ev in events:
        loc = ev.event_loc
        if ev.event == "ASSAULT" and not ev.actor and loc is not None and loc.country_code \
                and not loc.method.startswith(FALLBACK_METHODS) and not any(a.startswith(UNASSERTED) for a in ev.aux):
            # No words name the group: the mention is the attack's trigger, which stands for it.
            trigger = ev.evidence.get("trigger", {})
            actor = Entity(code=loc.country_code, sector=UNIDENTIFIED_SECTOR,
                           entity_text=trigger.get("text", ev.event_text), start=trigger.get("start", ev.start),
                           end=trigger.get("end", ev.end),
                           identifier_text=f"Unidentified armed group ({loc.country or loc.country_code})",
                           method=f"{UNIDENTIFIED_METHOD}:country-of-event-location({loc.extracted_place})")
            notes = ev.evidence.get("notes", []) + ["actor-unidentified:event-location-country"]
            ev = replace(ev, actor=(actor,), evidence={**ev.evidence, "notes": notes,
                                                       "actor_resolution": resolution_lines((actor,))})
        out.append(ev)
    return out


SECURITY_SECTORS = {"COP", "MIL", "JUD", "SPY"}
ARREST_WINDOW = 1  # sentences back to look for the forces that made an agentless arrest


def attribute_unowned_arrests(events: list[Event]) -> list[Event]:
    """"Riot police fired tear gas ..., and 43 people were detained": a passive arrest with no
    agent takes the security forces acting in the same sentence or the one before."""
    out: list[Event] = []
    for ev in events:
        if ev.event == "COERCE" and ev.mode == "arrest" and not ev.actor and \
                "recipient:nsubjpass" in ev.evidence.get("roles", []):
            forces = next((p for p in reversed(out) if 0 <= ev.sequence - p.sequence <= ARREST_WINDOW
                           and any(a.sector in SECURITY_SECTORS for a in p.actor)), None)
            if forces is not None:
                ev = _with_actors_from(ev, forces, [a for a in forces.actor if a.sector in SECURITY_SECTORS],
                                       "forces-in-sentence")
        out.append(ev)
    return out


# How a sentence makes its subject the doer of a named-again attack: "claimed responsibility
# for the bombing", or a verb of doing over the attack noun ("carried out / claimed the attack";
# not "it was the first such bombing").
PERPETRATING_VERBS = {"carry", "claim", "conduct", "stage", "launch", "mount", "perpetrate", "commit",
                      "execute", "orchestrate", "plan", "organise", "organize"}


def attribute_claimed_attacks(events: list[Event], text: str) -> list[Event]:
    """"A suicide bomber blew himself up ..., killing 13. Al Shabaab said it had carried out
    the attack": an attack reported with no attacker takes the actor of a later sentence that
    names it again ("the attack", "the bombing") as that actor's own act, as ACLED codes a
    claimed attack. The closest earlier actorless attack is the one named."""
    out = list(events)
    for k, ev in enumerate(out):
        if ev.event != "ASSAULT" or not ev.actor or not _claims(ev):
            continue
        own = _own_definite_noun(ev, list(_definite_nouns(text, ev.start, ev.end, ev.event)))
        if own is None:
            continue
        prior = next((j for j in range(k - 1, -1, -1) if out[j].event == "ASSAULT" and _anonymous(out[j].actor)
                      and out[j].sequence < ev.sequence), None)
        # "the attack on a police station" may be another one; "the attack in Khyber Pakhtunkhwa
        # province" is the one in Bannu when the province is Bannu's
        if prior is not None and (not ATTACK_COMPLEMENT.match(text, own[2]) or _placed_within(ev, out[prior])):
            # the same attack told twice ("A suicide bomber blew himself up ... The attacker
            # detonated an explosive vest"): every earlier telling of its kind is claimed too
            for j in [prior] + [i for i in range(prior) if _same_telling(out[i], out[prior])]:
                out[j] = _with_actors_from(out[j], ev, ev.actor, "claimed-by")
    return out


def _same_telling(earlier: Event, attack: Event) -> bool:
    """An anonymous attack of the same kind and mode reported earlier in the article."""
    return earlier.event == "ASSAULT" and _anonymous(earlier.actor) and earlier.mode == attack.mode \
        and earlier.acled == attack.acled and earlier.acled is not None


def _anonymous(actors) -> bool:
    """No actor, or only ones the text names by a bare noun ("a suicide bomber", "gunmen"):
    a claim can still say whose they were."""
    return all(a.code is None and a.method.startswith(("unresolved-noun-phrase", "sector-noun")) for a in actors)


def _placed_within(claimed: Event, attack: Event) -> bool:
    """The claimed act's own place is the attack's place or the province it lies in."""
    outer, inner = claimed.event_loc, attack.event_loc
    if outer is None or inner is None or not outer.resolved_place or outer.method.startswith(FALLBACK_METHODS):
        return False
    return outer.resolved_place in (inner.resolved_place, inner.province)


def _claims(ev: Event) -> bool:
    roles, rule = ev.evidence.get("roles", []), ev.evidence.get("rule", "")
    return CLAIM_ROLE in roles or ("actor:light-verb-nsubj" in roles
                                   and rule.startswith("nominal-under:")
                                   and rule.split(":", 1)[1] in PERPETRATING_VERBS)


# "the attack on a police station", "the bombing in Baidoa": a complement that may make it another attack
ATTACK_COMPLEMENT = re.compile(r"\s+(?:of|on|against|in|at|near|outside|inside)\s")


def _own_date(ev: Event) -> bool:
    """Dated by an expression of its own (not inherited, not the publication date),
    about a real present event (not history, not plans)."""
    return bool(ev.date.date) and not ev.date.method.startswith(UNDATED_METHODS) \
        and "historical" not in ev.aux and "future" not in ev.aux


def _inherit(ev: Event, prior: Event, how: str) -> Event:
    label = f"context:{how}-{prior.sequence}"
    return replace(ev, date=replace(prior.date, method=f"{label}:{prior.date.method}"),
                   evidence={**ev.evidence, "date": label})


@lru_cache(maxsize=1)
def _event_nouns() -> dict[str, str]:
    """Lexicon nouns that name an event on their own -> PLOVER type."""
    nouns = {}
    for lemma, entries in get_lexicon().nouns.items():
        plain = [t.plover for t in entries if t.particle is None]
        if plain:
            nouns[lemma] = plain[0]
    return nouns


def _noun_type(word: str) -> str | None:
    nouns, word = _event_nouns(), word.lower()
    for form in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None):
        if form and form in nouns:
            return nouns[form]
    return None


PHRASE_WORD = re.compile(r"[\w'-]+")


def _event_noun(match: re.Match, plover: str | None = None):
    """(type, noun start, noun end) of the first word in a noun phrase match (group 1) that
    names an event (of type ``plover``, if given), or None."""
    for word in PHRASE_WORD.finditer(match.group(1)):
        if word.group().lower() in PHRASE_ENDING_WORDS:
            return None  # "the army of shelling civilians": past the head noun
        kind = _noun_type(word.group())
        if kind is not None and plover in (None, kind):
            return kind, match.start(1) + word.start(), match.start(1) + word.end()
    return None


def _definite_nouns(text: str, start: int, end: int, plover: str):
    """(determiner offset, noun start, noun end) of each definite noun phrase in
    text[start:end] whose noun names an event of type ``plover``."""
    for match in DEFINITE_NP.finditer(text, start, end):
        if (noun := _event_noun(match, plover)) is not None:
            yield match.start(), noun[1], noun[2]


def _own_definite_noun(ev: Event, nouns: list):
    """The definite noun phrase among ``nouns`` whose noun is the event's own trigger, or None."""
    trigger = ev.evidence.get("trigger", {}).get("start")
    return next((n for n in nouns if n[1] == trigger), None)


def _names_again(ev: Event, text: str) -> bool:
    """The event is an earlier event named again by a definite noun phrase: its trigger is
    one ("after the talks in Kuala Lumpur"), or its sentence has one of its type that it
    details ("Under the agreement, both armies will pull back"; "claimed the attack and said
    it had killed 40") rather than relates to ("hours before the talks")."""
    nouns = list(_definite_nouns(text, ev.start, ev.end, ev.event))
    own = _own_definite_noun(ev, nouns)
    if own is not None:  # "the arrest of the mayor" is its own event, not the earlier one
        return not OWN_COMPLEMENT.match(text, own[2])
    return any(not OWN_COMPLEMENT.match(text, noun_end)
               and not RELATING_WORD.search(text, max(ev.start, det - 20), det)
               for det, _, noun_end in nouns)


def _setting_types(ev: Event, text: str) -> set[str]:
    """Types of the events its sentence sets it in with a definite noun phrase ("police
    arrested 31 protesters during the clashes" -> {"ASSAULT"}), unless that phrase has a
    complement of its own ("in the clashes of 2019")."""
    nouns = (_event_noun(match) for match in COTEMPORAL_NP.finditer(text, ev.start, ev.end))
    return {kind for kind, _, end in filter(None, nouns) if not OWN_COMPLEMENT.match(text, end)}


def _antecedent_types(ev: Event, text: str) -> set[str]:
    """Types of the earlier events the undated ``ev`` names again or is set in; for an event
    dated only by the statement reporting it ('said on Monday it had repelled the assault'),
    the type of the earlier event its own trigger names again, which happened before the saying."""
    if ev.date.method.startswith(REPORTED_METHOD):
        # the trigger itself ("had repelled the assault" coded on "assault"), or the definite
        # noun it acts on ("had repelled the attack" coded on "repelled")
        nouns = list(_definite_nouns(text, ev.start, ev.end, ev.event))
        own = _own_definite_noun(ev, nouns)
        named = [own] if own is not None else nouns
        return {ev.event} if any(not OWN_COMPLEMENT.match(text, end) for _, _, end in named) else set()
    if ev.date.method != "publication-date":
        return set()
    return ({ev.event} if _names_again(ev, text) else set()) | _setting_types(ev, text)


def dates_from_antecedents(events: list[Event], text: str) -> list[Event]:
    """An undated event whose sentence names an event of its type again with a definite noun
    phrase, or sets it inside one of any type ("during the clashes"), takes the date of the
    closest earlier event of that type dated in its own words."""
    out: list[Event] = []
    for ev in events:
        types = _antecedent_types(ev, text)
        if types:
            prior = next((p for p in reversed(out) if p.event in types and p.sequence < ev.sequence
                          and _own_date(p)), None)
            if prior is not None:
                ev = _inherit(ev, prior, "antecedent")
        out.append(ev)
    return out


def dates_from_paragraph(events: list[Event], text: str) -> list[Event]:
    """An event with no time expression of its own takes the date of the event it names
    again (``dates_from_antecedents``), else of the closest earlier event in the same
    paragraph that has one (the lead sentence usually dates the story), or in the paragraph
    before when its sentence says the speaker 'spoke' then, rather than the publication date;
    the method says so."""
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    out: list[Event] = []
    for ev in dates_from_antecedents(events, text):
        if ev.date.method == "publication-date":
            para = bisect_right(breaks, ev.start)
            paras = {para, para - 1} if SPOKE_AGAIN.match(text, ev.start) else {para}
            prior = next((p for p in reversed(out) if bisect_right(breaks, p.start) in paras and _own_date(p)),
                         None)
            if prior is not None:
                ev = _inherit(ev, prior, "sentence")
        out.append(ev)
    return out
