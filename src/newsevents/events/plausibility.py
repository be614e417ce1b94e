"""Is a candidate a political event at all? Party and violence checks.

``political(cand, actors, recipients)``: a political actor takes part, or civilians act or
suffer collectively. ``plausible_violence(...)``: an ASSAULT has something violent about it.
``state_backed(event)``: in sport/arts/business stories, conflict needs the state, an armed
group, an international body or casualties. ``forum_not_target(cand, ent)``: the court or
commission an accusation is filed with is where it happens, not its recipient.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.sentences import sentence_of
from ..records import Entity, Event, Size
from .acled import PROTEST_TARGETS, Scene, target_objects
from .lexicon import get_lexicon
from .parties import INTERNATIONAL_CODES
from .roles import CLAIM_ROLE

if TYPE_CHECKING:
    from .candidates import Candidate


# Sectors whose members act politically (PLOVER's actor types; CVL/BUS/MED individuals do not).
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "REB", "JUD", "LEG", "PTY", "OPP", "UAF", "SPY", "ELI",
                     "LAB", "REF", "HRI", "INS", "SEP", "IGO", "NGO", "CRM"}


POLITICAL_GROUP_NOUNS = {"confederation", "federation", "agency", "court", "judge", "donor",
                         "charity", "commission", "council", "committee", "republic", "state",
                         "country", "nation", "regulator", "prosecutor", "investigator", "watchdog",
                         "inspector", "official", "organization", "organisation", "group",
                         "association", "activist", "lawmaker", "minister", "leader",
                         "islamist", "fundamentalist", "opposition", "rebel", "militant", "government", "ministry", "party",
                         "faction", "army", "police", "militia", "guerrilla", "insurgent", "junta",
                         "regime", "movement", "front", "coalition", "alliance", "authority",
                         "administration", "cabinet", "parliament", "union", "protester",
                         "demonstrator", "activist", "separatist", "jihadist", "fighter", "soldier",
                         "clan", "tribe"}


COLLECTIVE_ACTS = {"PROTEST", "ASSAULT", "COERCE", "THREATEN", "REQUEST", "AID", "RETREAT", "REJECT",
                   "ACCUSE", "CONCEDE"}


CIVILIAN_SECTORS = {"CVL", "EDU", "LAB", "REF", "REL", "AGR", "MED", "HLH", "BUS", "JRN"}


_COUNT = re.compile(r"\b\d[\d,]*\b(?![-\u2013]year)")  # "5,000 Sudanese", not "a 19-year-old"
GROUP_QUANTITIES = {"thousands", "hundreds", "dozens", "scores", "millions", "many", "several"}
COLLECTIVE_WORDS = ("people", "police", "youth", "crowd", "public", "population", "staff", "women", "men",
                    "children", "clergy")


def _singular(word: str) -> str:
    for plural, single in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single
    return word


def _political_party(ent: Entity) -> bool:
    if ent.code in INTERNATIONAL_CODES or ent.code == "IMG":
        return True
    if ent.method == "unresolved-place-name":
        return True
    if ent.sector in POLITICAL_SECTORS:  # "Israeli army bulldozers": the army's
        return True
    if ent.method.startswith("unresolved-noun-phrase"):
        return _singular(ent.entity_text.lower().split()[-1] if ent.entity_text else "") in POLITICAL_GROUP_NOUNS
    if ent.sector in POLITICAL_SECTORS:
        return True
    return bool(ent.code) and ent.sector is None


POST_MODIFIER_STARTS = {"in", "from", "at", "on", "who", "that", "which", "across", "near", ","}


def _head_word(text: str) -> str:
    """The last word before any post-modifier: "teachers in Nairobi" -> "teachers"."""
    words = text.lower().replace(", ", " , ").split()  # not the comma in "2,000"
    cut = next((i for i, w in enumerate(words) if i and w in POST_MODIFIER_STARTS), len(words))
    return words[cut - 1] if cut else ""


def _collective_civilians(ent: Entity) -> bool:
    """Coded civilians as a group ("Thousands of Iraqi Kurds", "university students",
    "teachers in Nairobi")."""
    text = ent.entity_text or ""
    if ent.method.startswith("coref:") and "->" in ent.method:
        text = ent.method.split("->", 1)[1]  # "they" -> the teachers it stands for
    last = _head_word(text)
    counted = bool(_COUNT.search(text)) or bool(set(text.lower().split()) & GROUP_QUANTITIES)
    return (bool(ent.code) or ent.method.startswith(("unresolved", "sector-noun", "coref:"))) and \
        (ent.sector in CIVILIAN_SECTORS or ent.sector is None) and \
        (last.endswith("s") or last in COLLECTIVE_WORDS or counted)  # "5,000 Sudanese"


# Offences that make an arrest or sentence ordinary justice rather than a political event.
ORDINARY_OFFENCES = {"drug", "drugs", "cocaine", "cannabis", "heroin", "theft", "stealing", "fraud",
                     "burglary", "robbery", "shoplifting", "speeding", "drink-driving", "drunk",
                     "possession", "fake", "false", "counterfeit", "piracy", "pirated", "spam",
                     "spamming", "hooliganism", "affray", "doping", "steroid", "steroids", "probation",
                     "bail", "dui", "identity"}


JUSTICE_ACTS = {"arrest", "detain", "apprehend", "sentence", "jail", "imprison", "convict", "fine",
                "ban", "charge", "prosecute", "hold"}


def ordinary_justice(cand: Candidate, recipients) -> bool:
    """"was arrested for providing false information", "sentenced in the drugs case": a coercive
    act against individual civilians (or nobody named) over an ordinary offence."""
    # With nobody named ("there were 11 arrests for drugs offences") the offence alone decides.
    if cand.plover != "COERCE" or cand.token.lemma_.lower() not in JUSTICE_ACTS \
            or any(_collective_civilians(r) for r in recipients):
        return False
    if any(r.sector not in (None, "CVL") and r.sector not in CIVILIAN_SECTORS for r in recipients):
        return False
    return any(t.lower_ in ORDINARY_OFFENCES and not _speech_offence(t) for t in sentence_of(cand.token))


# What is "false" or "fake" in a charge of spreading false news: speech, which makes the arrest a
# political one (ACLED Arrests), not fraud.
SPEECH_NOUNS = {"information", "news", "report", "rumour", "rumor", "statement", "claim", "propaganda",
                "post", "content", "allegation"}


def _speech_offence(word) -> bool:
    """"false information", "fake news": the offence word describes speech."""
    return word.dep_ in ("amod", "compound") and word.head.lemma_.lower() in SPEECH_NOUNS


# Bodies that hear a complaint or lawsuit: "filed a lawsuit with the court", "lodged a complaint
# with the commission", "appeared in court accused of fraud" name where, not whom.
FORUM_NOUNS = {"court", "tribunal", "commission", "ombudsman", "arbitrator", "arbitration", "panel"}
FORUM_PREPOSITIONS = {"with", "in", "before", "to"}


def forum_not_target(cand: Candidate, ent: Entity) -> bool:
    """``ent`` is the court or commission an accusation is brought before, not its target."""
    if cand.plover != "ACCUSE" or ent.start is None or ent.end is None:
        return False
    span = cand.token.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.lemma_.lower() in FORUM_NOUNS and root.dep_ == "pobj" and root.head.lower_ in FORUM_PREPOSITIONS


# Attackers a report names by what they are, not by an armed organisation ("settlers", "a
# mob", "herders", "a gang"): their violence is disorder ACLED records, never sport.
NAMED_ASSAILANTS = {"settler", "vigilante", "herder", "herdsman", "mob", "gang", "youth", "thug",
                    "assailant", "attacker", "raider", "crowd", "lyncher"}


def _armed_partitives(cand: Candidate) -> set[str]:
    """"a wave of drones hit the port": a partitive subject of weapons or forces is no natural
    cause ("a wave of arrests" still is no assailant)."""
    weapons = get_lexicon().weapons
    return {a.lemma_.lower() for a in cand.roles.actors
            if any(g.lemma_.lower() in weapons for g in _of_objects(a))}


GUNFIRE_VERBS = {"trade", "exchange", "open", "return"}
# Words that make "fire" shooting wherever the parse puts them ("live fire", "sniper fire").
GUNFIRE_WORDS = {"live", "sniper", "machine-gun", "automatic", "small-arms", "gun", "rifle"}


def _gunfire_named(token) -> bool:
    """The sentence's "fire" is shooting: what sides trade, exchange, open or return, or fire
    called live, sniper or automatic fire."""
    return any(t.lower_ == "fire" and ((t.dep_ == "dobj" and t.head.lemma_.lower() in GUNFIRE_VERBS)
                                       or t.nbor(-1).lower_ in GUNFIRE_WORDS)
               for t in sentence_of(token) if t.i > 0)


def _named_assailants(cand: Candidate) -> bool:
    """The subject of a violent act is a named kind of assailant ("Settlers attacked",
    "attacked by a mob", "a group of vigilantes beat") or claimed it ("the FLN claimed
    responsibility for the attacks": only an armed group claims attacks)."""
    heads = [t for a in cand.roles.actors for t in [a, *_of_objects(a)]]
    return cand.plover == "ASSAULT" and (CLAIM_ROLE in cand.roles.how or
                                         any(t.lemma_.lower() in NAMED_ASSAILANTS for t in heads))


def _of_objects(token) -> list:
    """"group of vigilantes" -> [vigilantes]."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def political(cand: Candidate, actors, recipients) -> bool:
    """At least one party is a political actor, or civilians act or suffer collectively, or a
    named kind of assailant attacks."""
    parties = actors + recipients
    if any(_political_party(e) for e in parties) or _named_assailants(cand) or _gathering_dispersed(cand):
        return True
    return cand.plover in COLLECTIVE_ACTS and any(_collective_civilians(e) for e in parties)


# A protest, or its crowd, as what force is turned on (acled.py's targets of force at a protest).
GATHERING_WORDS = PROTEST_TARGETS | {"protest", "demonstration", "strike"}


def _gathering_dispersed(cand: Candidate) -> bool:
    """"Student protest broken up with water cannon": crowd control turned on a protest is
    political whoever is named."""
    return cand.mode == "crowd-control" and any(
        t.lemma_.lower() in GATHERING_WORDS for t in cand.roles.recipients)


ARMED_SECTORS = {"MIL", "REB", "COP", "UAF", "SPY", "GOV", "IMG", "INS", "SEP"}


HANDS_ON_MODES = {"destroy", "primitive", "beat", "crowd-control"}


HEAVY_MODES = {"heavy-weapons", "aerial", "drone", "explosives", "suicide-attack", "unconventional",
               "massacre", "cleansing", "execute", "torture", "sexual", "abduct", "assassinate"}


# Words whose violent sense competes with sport, arts and business senses ("Arsenal beat
# Chelsea", "the film hit the charts", "battled over his role"): they need a weapon, an armed
# party or casualties, not just a civilian target.
GENERIC_VIOLENCE = {"hit", "beat", "battle", "fight", "strike", "attack", "shoot", "fire", "target",
                    "clash", "assault", "storm", "engage", "raid", "wound", "injure", "kill"}


# Subjects that kill without an assailant: disasters, accidents, disease.
NON_AGENT_CAUSES = {"earthquake", "tsunami", "flood", "storm", "hurricane", "cyclone", "typhoon",
                    "quake", "landslide", "avalanche", "fire", "blaze", "crash", "accident",
                    "disease", "virus", "outbreak", "epidemic", "drought", "famine", "heatwave",
                    "wave", "tornado", "eruption", "collision", "derailment", "cancer", "illness",
                    "disaster", "recession", "crisis", "downturn", "slump", "pandemic"}


ARMED_GROUP_WORDS = ("faction", "gang", "militia", "rebel", "insurgent", "militant", "fighter",
                     "gunm", "separatist", "jihadist", "troop", "soldier", "force", "army", "guerrilla",
                     "bandit", "assailant", "attacker", "raider", "bomber")


def _armed_group(ent: Entity) -> bool:
    """An unresolved party whose own words say it is armed ("two rival factions", "armed gangs")."""
    text = ent.entity_text.lower()
    return ent.sector is None and (text.startswith("armed ") or " armed " in text or
                                   any(w in text for w in ARMED_GROUP_WORDS))


SELF_HARM_VERBS = {"kill", "injure", "hurt", "wound", "harm"}
REFLEXIVES = {"himself", "herself", "themselves", "myself", "yourself", "ourselves"}


def _harmed_oneself(tok) -> bool:
    """"he killed himself", "the 33-year-old injured herself while performing": suicide or
    an accident, no assailant ("a bomber killed herself and five others" harmed others too)."""
    return tok.lemma_.lower() in SELF_HARM_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVES and not c.conjuncts for c in tok.children)


def to_death(verb) -> bool:
    """"beat/stoned/hacked ... to death": the act killed (the parser may hang "to death" on the
    victim: "beat a 42-year-old supporter to death")."""
    return any(t.lower_ == "death" and t.head.lower_ == "to" and t.head.dep_ == "prep"
               and (t.head.head.i == verb.i or t.head.head.dep_ == "dobj" and t.head.head.head.i == verb.i)
               for t in verb.subtree)


def plausible_violence(cand: Candidate, actors, recipients, size: Size, mode: str | None,
                        weapon: str | None = None, strict: bool = False) -> bool:
    """An ASSAULT needs something violent about it: casualties, an armed actor, a weapon of war,
    or a coded target. "Saka's strike hit the crossbar" has none of these."""
    tok = cand.token
    subject_words = {w.lemma_.lower() for t in cand.roles.actors for w in [t, *t.children]
                     if w.pos_ in ("NOUN", "PROPN") and (w.i == t.i or w.dep_ == "compound")}
    if not cand.roles.actors and weapon is None:
        # "were killed when the plane crashed": the cause is elsewhere in the sentence
        subject_words = {t.lemma_.lower() for t in sentence_of(tok) if t.pos_ in ("NOUN", "VERB")}
    causes = (subject_words & NON_AGENT_CAUSES) - _armed_partitives(cand)
    if causes == {"fire"} and ((weapon is not None or mode in HEAVY_MODES) or _gunfire_named(tok)):
        # "artillery fire hit the market", "fire pounded the town", "killed as the two sides
        # traded fire": a shooter, not a blaze
        causes = set()
    if causes or _harmed_oneself(tok):
        return False  # "the tsunami killed thousands", "he killed himself", "she injured herself"
    generic = tok.lemma_.lower() in GENERIC_VIOLENCE and not cand.extra_tokens
    armed = ARMED_SECTORS - {"GOV"} if strict and generic else ARMED_SECTORS
    if any(a.sector in armed or _armed_group(a) for a in actors) or mode in HEAVY_MODES or _named_assailants(cand):
        return True
    if generic and weapon is None and not to_death(tok):  # "beat a thief to death" is no sport
        return any(r.sector in armed or _armed_group(r) for r in recipients) or \
            (not size.is_empty() and any(r.code for r in recipients + actors)) or \
            (not strict and any(a.sector for a in actors) and _conflict_target(tok))  # "residents attacked shops"
    if not size.is_empty() or mode in HANDS_ON_MODES:
        return True
    if any(r.sector in ARMED_SECTORS | {"CVL", "REF"} and (r.code or r.method != "unresolved-noun-phrase")
           for r in recipients):
        return True
    # "Gunmen stormed a village", "residents attacked shops": outside sport and business pages a
    # violent verb aimed at people, forces, settlements or buildings is violence
    return not strict and _conflict_target(tok)


# ACLED cue names of what a violent act is aimed at when it is a conflict event ("a suspected
# thief" beaten by a crowd is mob justice).
CONFLICT_TARGET_CUES = {"armed_target", "civilian_word", "state_property", "place", "infrastructure", "lynching"}


def _conflict_target(verb) -> bool:
    """Does the trigger's object name people, forces, places or buildings (ACLED cue words)?"""
    return bool(Scene.of(sorted({t for o in target_objects(verb) for t in o.subtree}, key=lambda t: t.i)).cues
                & CONFLICT_TARGET_CUES)


STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "UAF", "SPY"}


# How an entity was resolved when it is only a country or city name, a pronoun or the story's
# country: in sport and business pages these are teams and companies' home countries.
WEAK_STATE_METHODS = ("kb-name", "alias", "metonym", "seat", "context:", "coref:", "place-as-target",
                      "city-metonym", "name-contains-country")


def _state_party(ent: Entity) -> bool:
    if ent.code in INTERNATIONAL_CODES:
        return True
    if ent.sector in ("UAF", "REB") and ent.method.endswith("sector-noun"):
        return True  # an armed group whose country the text leaves open ("armed groups destroyed ...")
    if not ent.code or ent.sector not in STATE_SECTORS:
        return False
    if ent.sector in ("COP", "JUD", "MIL", "UAF", "REB", "SPY"):
        return True
    if ent.office:
        return True
    text = ent.entity_text.lower()
    # "the International Olympic Committee" given the story's country is a guess, not a state
    return not ent.method.startswith(WEAK_STATE_METHODS) and "context:story-country" not in ent.method \
        and not text.endswith(("side", "sides"))


def state_backed(ev: Event) -> bool:
    """In a sport, arts or business story a conflict event must involve the state (its
    institutions or office-holders, not a country name that is a team), an armed group or
    an international body, or count casualties ("France have been criticised" is not)."""
    if not ev.size.is_empty():
        return True
    return any(_state_party(p) for p in ev.actor + ev.recipient)
