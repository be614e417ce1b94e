"""ACLED event type and sub-event type for a coded event.

``acled_for_event(ontology, plover, mode, cameo, hint, trigger, actors, recipients)``
-> {"event_type", "sub_event_type"} or None.

ACLED codes a report by who fought whom, with what, and what came of it, so the decision
reads the trigger's sentence (cue words from data/ontology/acled_cues.v1.tsv) as well as the
event itself, in this order:
1. the scene: weapon class named in the sentence, protest/mob context, captured, expelled-from
   or handed-over territory, foiled attacks and seized weapons, coups, agreements, demolitions,
   checkpoints and buildings taken over (Other);
2. those facts become a refined mode and ``flags`` for the ontology's rule table
   (plover2acled.v1.tsv), which gives the answer;
3. when the sentence says nothing specific, a lexicon hint (the trigger word's own ACLED
   reading, e.g. "lynch" -> Mob violence) is used before the table's generic fallbacks.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..actors.kb import KnowledgeBase
from ..datafiles import read_tsv
from ..errors import NewsEventsError
from ..nlp.sentences import sentence_of, sentences
from .modality import ASKING_VERBS, background_reference
from .ontology import ACLED_FLAGS
from .roles import (compound_name, fallen_to, fired_into_the_air, gazetteer_place_name, moved_in,
                    noun_tagged_clause_head, objects_of_prep, reduced_passive_subject, to_infinitive)

CUES_FILE = "ontology/acled_cues.v1.tsv"
# Event types ACLED records at all (verbal cooperation and conflict are not ACLED events);
# CONSULT only as peace talks; COOPERATE and AID only through a handed-over territory, a weapons hand-in or an evacuated place.
ACLED_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AGREE", "SUPPORT",
               "RETREAT", "CONCEDE", "COOPERATE", "AID", "CONSULT", "THREATEN"}
# What talks are about: "talks on a ceasefire", "negotiations over a truce".
# Negotiations a side can walk out of.
TALK_WORDS = {"talk", "talks", "negotiation", "negotiations", "process", "dialogue", "deal", "agreement", "accord"}
TALK_TOPIC_PREPS = {"on", "over", "about", "for", "toward", "towards"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}
ARMED_SECTORS = {"MIL", "COP", "REB", "PRM", "SPY", "UAF", "CRM", "INS", "SEP"}
UNARMED_SECTORS = {"CVL", "REF", "BUS", "EDU", "MED", "HLH", "LAB", "AGR", "JRN", "REL", "SOC",
                   "OPP", "PTY", "ELI", "JUD", "LEG"}
# Weapon classes named anywhere in the sentence, most specific first: a "suicide car bomb"
# is a suicide bomb, "jets bombed" an air strike, "a rocket carrying chlorine" a chemical attack.
WEAPON_CLASSES = (("chemical", "unconventional"), ("suicide", "suicide-attack"),
                  ("grenade", "explosives"), ("aerial", "aerial"), ("shelling", "heavy-weapons"),
                  ("explosive", "explosives"))
# ASSAULT modes a sentence-level weapon may replace (the others say what was done, not with what).
WEAPON_MODES = {None, "firearms", "primitive", "explosives", "heavy-weapons", "aerial", "drone"}
# Modes that name a deed by themselves; scene context does not turn them into territory events.
DEED_MODES = {"sexual", "abduct", "crowd-control"}
TARGET_PREPS = {"at", "on", "into", "against", "of"}
# What a "tank" holds when it is a container ("oxygen tanks", "water tank").
# Grenades police throw to break up crowds ("stun grenades", "sound grenades"): crowd control,
# not a grenade attack.
CROWD_GRENADES = {"stun", "sound", "flash", "smoke", "shock", "concussion"}
CONTAINER_WORDS = {"oxygen", "water", "fuel", "gas", "petrol", "septic", "storage", "fish", "think"}
# Cue words that name a unit or its kit before these nouns ("riot police" is no riot).
KIT_MODIFIERS = {"riot": {"police", "policeman", "officer", "control", "gear", "squad", "shield",
                          "unit", "vehicle", "truck"}}
MAX_CUE_WORDS = 5  # longest cue term in acled_cues.v1.tsv, in words
# Words inside these entities are names and dates, not cues ("On 3 March" is no march).
NON_CUE_ENTITIES = {"DATE", "TIME", "PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW"}

FALL_LEMMAS = {"fall"}
CAPTURE_NOUNS = {"capture", "recapture", "seizure", "takeover", "retaking", "fall"}
REGAIN_NOUNS = {"recapture", "retaking"}
REGAIN_LEMMAS = {"retake", "recapture", "regain", "liberate", "reclaim", "restore", "reoccupy", "reassert",
                 "re-establish", "reestablish", "recover"}
# Verbs that take a place by themselves; "fall" is sense-checked for a place subject ("the
# town fell to the rebels").
INHERENT_CAPTURE = {"overrun", "retake", "recapture", "liberate", "reclaim", "reoccupy"} | FALL_LEMMAS
CAPTURE_VERBS = {"capture", "seize", "occupy", "take", "regain", "drive", "control", "gain", "wrest", "restore",
                 "win", "clear", "reassert", "re-establish", "reestablish", "recover", "secure", "assume"} | INHERENT_CAPTURE
# Verbs that push an enemy out of a place: "drove the rebels out of the town", "cleared
# militants from the area" capture the place named after "out of"/"from".
EXPEL_VERBS = {"drive", "push", "clear", "expel", "oust", "flush", "chase", "dislodge", "force"}
EXPEL_PREPS = {"out", "from"}
# "took up positions" is deployment, not capture.
TAKE_NOT_PLACES = {"position"}
# Verbs whose object, when a name the tagger put in no class, is a place ("took over Mirebalais").
NAMED_PLACE_TAKERS = {"capture", "occupy", "take", "overrun", "seize"}
GROUND_ONLY_TAKERS = {"occupy", "overrun"}
# Labels the small tagger gives town names it does not know ("Mirebalais" as a product).
NAME_SLIP_LABELS = {"", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "GPE", "LOC"}
# "took control of it": a pronoun under "control" stands for the place named before.
PLACE_PRONOUNS = {"it", "them"}
DISRUPT_GOVERNORS = {"foil", "thwart", "prevent", "avert"}
# Cues of what a disrupting verb beside the trigger must act on.
DISRUPTED_THINGS = {"weapon_object", "explosive", "planted_device", "aerial", "grenade"}
# Verbs that stop an attack plan a few words above the attack verb ("foiled a plot to bomb");
# "prevented protesters from storming" stops a crowd, not a weapon, so "prevent" is not one.
FOILING_LEMMAS = {"foil", "thwart"}
FOIL_DEPTH = 3
WEAPON_SEIZE_LEMMAS = {"seize", "seizure", "confiscate", "impound", "recover", "discover", "destroy",
                       "defuse", "deactivate", "dismantle", "find", "uncover", "unearth"}
# Participles and conjoined verbs share the main clause's subject ("Gunmen opened fire,
# killing seven": the gunmen killed).
SHARED_SUBJECT_DEPS = {"conj", "advcl", "xcomp"}
# A seizure taken "from" an armed side takes ground ("seized the crossing from the army").
SEIZED_FROM = "from"
# Seized people rather than property: "seized a businessman" is an abduction.
PEOPLE_SEIZED = {"man", "woman", "child", "person", "people", "businessman", "businesswoman",
                 "journalist", "activist", "priest", "worker", "staff", "member", "official",
                 "student", "farmer", "villager", "resident", "passenger", "trader", "doctor",
                 "nurse", "teacher", "girl", "boy", "civilian", "hostage", "leader", "nun", "monk",
                 "employee", "tourist", "missionary", "pilgrim", "engineer", "teenager", "pupil",
                 "schoolgirl", "schoolboy", "fisherman", "herder", "driver", "coordinator",
                 "organiser", "organizer", "aide", "volunteer", "staffer"}
SEIZURE_OCCASION_PREPS = {"during", "in"}
# Whom a mob sets upon besides ordinary people: those it accuses.
SUSPECT_WORDS = {"thief", "suspect", "robber", "burglar", "rustler", "kidnapper", "criminal", "witch",
                 "blasphemer", "other", "shopkeeper", "neighbour", "neighbor"}
# Prepositions that name what a protest is about, not what happened at it.
GRIEVANCE_PREPS = {"for", "against", "over", "about"}
HAND_LEMMAS = {"hand", "cede", "transfer", "surrender", "handover", "turn", "return", "relinquish"}
# Types a hand-over or evacuation verb may carry ("handed over their weapons" is coded AID or
# COOPERATE): hand-overs of weapons or places, and evacuated places, are ACLED developments.
HANDING_TYPES = {"COOPERATE", "AID"}
MOVE_IN_LEMMAS = {"enter", "entry", "walk"}
# Movement verbs that take ground when the move into a place meets no resistance.
ROLLING_IN_LEMMAS = {"roll", "head"}
LEAVE_LEMMAS = {"evacuate", "abandon", "vacate", "leave"}
# Deliberate destruction verbs: with a structure as object and nobody hurt, property destruction.
DEMOLISH_LEMMAS = {"blow", "demolish", "dynamite", "detonate"}
OTHER_DEVELOPMENT = {"event_type": "Strategic developments", "sub_event_type": "Other"}
# Hints the scene decides better: a bare withdrawal is a change of activity unless someone
# is reported taking the ground over.
SCENE_DECIDED_HINTS = {"Non-violent transfer of territory"}
HINT_FLAGS = {"Disrupted weapons use": "disrupted", "Mob violence": "mob"}
# Flags that say more than a trigger word's own reading.
# A protest named as still to come ("arrested hours before a planned rally") did not happen.
PLANNED_WORDS = {"plan", "planned", "upcoming", "schedule", "scheduled", "proposed", "intended", "expected"}
AHEAD_WORDS = {"before", "ahead", "eve"}
# What state forces fire on or charge when the report's previous sentence names the protest.
CROWD_TARGETS = {"crowd", "gathering", "throng", "marcher", "demonstrator", "protester", "protestor"}
# A protest's own people or procession as the target of force ("fired at mourners", "shot at a march").
PROTEST_TARGETS = CROWD_TARGETS | {"mourner", "march", "rally", "procession", "vigil", "sit-in", "picket"}
# A crowd, its members when it gathers for a cause, and what makes it a peaceful one.
CROWD_HEADS = {"crowd", "gathering", "throng"}
CROWD_MEMBERS = {"supporter", "mourner", "demonstrator", "protester", "protestor", "marcher", "activist"}
PEACEFUL_WORDS = {"unarmed", "peaceful"}
# What people do when they protest, besides the protest cue words ("who blocked the road").
PROTEST_ACT_LEMMAS = {"block", "march", "rally", "gather", "demonstrate", "protest", "picket", "chant", "occupy",
                      "demand"}
# A crowd fired on is a protest only by what it does, not by having gathered ("a crowd gathered
# for a football match").
GATHERING_ONLY = frozenset({"gather"})
# Verbs whose "at"/"on" object is what was shot at ("opened fire on a crowd protesting ...").
FIRING_LEMMAS = {"open", "fire", "shoot"}
# Security forces: a crowd attacking them, or state offices, riots rather than lynches (a GOV
# recipient is too often only the place, "in Kano state").
SECURITY_SECTORS = {"MIL", "COP"}
# Non-state armed sectors: ground taken from them is won back by the state.
NON_STATE_ARMED_SECTORS = {"REB", "INS", "PRM", "SEP", "CRM", "UAF"}
# Participles whose by-phrase names who held a place ("a district held by jihadists").
HOLDING_LEMMAS = {"hold", "control", "occupy", "seize", "capture"}
# "control of most of Aleppo": quantities of a place stand for the place.
PART_WORDS = {"most", "part", "parts", "much", "all", "half", "swathe", "swathes", "area", "areas", "rest", "bulk",
              "string", "series", "chain", "cluster", "number"}
# Trigger words for bombing that say nothing of how the bomb got there.
BOMBING_WORDS = {"bombing", "bomb", "bombardment"}
# Homes and buildings an armed group blows up with nobody hurt: property destroyed, not an IED attack.
DWELLING_WORDS = {"house", "home", "houses", "homes", "residence", "building", "shop", "office"}
# Cues a follow-up sentence lends a protest named before it: how the state met the crowd.
CROWD_RESPONSE_CUES = {"state_force", "lethal", "intervention"}
# How a recipient was found when it is only the place of the act, not a party to it.
PLACE_METHODS = ("location-as-recipient", "place-as-target")
# Flags the scene decides (the rule table's), which outrank a lexicon entry's ACLED hint.
SCENE_FLAGS = ACLED_FLAGS


DISRUPTED = "Disrupted weapons use"


def reported_acled(event) -> dict[str, str] | None:
    """The ACLED label an analyst counts for a coded event: an asserted event's, and a foiled
    attack's (its PLOVER act is denied, "foiled a bomb attack", but the disruption happened and
    is what ACLED's "Disrupted weapons use" records); None otherwise."""
    if not event.acled:
        return None
    if "negation" not in event.aux or event.acled.get("sub_event_type") == DISRUPTED:
        return event.acled
    return None


@lru_cache(maxsize=1)
def cue_terms() -> dict[str, frozenset[str]]:
    """cue name -> lower-case terms (single words or space-joined word sequences)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(CUES_FILE):
        out.setdefault(row["cue"].strip(), set()).add(row["term"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def _grams(tokens) -> set[str]:
    """Every 1..MAX_CUE_WORDS word sequence of the tokens, as lemmas and as lower-case words;
    a word used only as a kit modifier ("riot police") is no cue on its own."""
    tokens = [t for t in tokens if t.ent_type_ not in NON_CUE_ENTITIES or _capitalised_opening(t)]
    kit_only = {t.lower_ for t in tokens if _names_kit(t)} - {t.lower_ for t in tokens if not _names_kit(t)}
    # "anti-tank mine", "oxygen tanks", "rocket-propelled grenades": a word naming another thing
    other = [t for t in tokens if _other_thing(t)]
    kit_only |= ({t.lower_ for t in other} | {t.lemma_.lower() for t in other}) - \
        {w for t in tokens if not _other_thing(t) for w in (t.lower_, t.lemma_.lower())}
    lemmas = [t.lemma_.lower() for t in tokens]
    words = [t.lower_ for t in tokens]
    out = set()
    for seq in (lemmas, words):
        for n in range(1, MAX_CUE_WORDS + 1):
            out.update(" ".join(seq[i:i + n]) for i in range(len(seq) - n + 1))
    # "toxic yellow gas" names a toxic gas: each modifier with its noun, words between skipped
    out.update(f"{m.lower_} {t.lemma_.lower()}" for t in tokens if t.pos_ == "NOUN"
               for m in t.lefts if m.dep_ == "amod" and m.i < t.i - 1)
    return (out - kit_only) | {g.replace(" - ", "-") for g in out if " - " in g}  # "sit - in" -> "sit-in"


def _capitalised_opening(token) -> bool:
    """"Grenade attack on police outpost": a sentence's first word the tagger took for a
    one-word name only because it is capitalised."""
    doc = token.doc
    alone = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return token.is_sent_start and token.ent_iob_ == "B" and alone and not token.is_upper


def _other_thing(token) -> bool:
    """"tank" in "anti-tank" (what a weapon is made against) or "oxygen tank" (a container);
    "rocket-propelled grenade" (a launcher's round fired in battle: neither a rocket strike nor a
    thrown grenade); a stun grenade (crowd control)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i >= 1 else None
    if token.i >= 2 and before.text == "-" and doc[token.i - 2].lower_ == "anti":
        return True
    if token.lemma_.lower() == "rocket" and token.i + 2 < len(doc) and doc[token.i + 2].lemma_.lower() == "propel":
        return True  # "rocket-propelled"
    if before is None:
        return False
    return (token.lemma_.lower() == "tank" and before.lemma_.lower() in CONTAINER_WORDS) or \
        (token.lemma_.lower() == "grenade" and before.lemma_.lower() in ("propel", *CROWD_GRENADES))


def _names_kit(token) -> bool:
    """"riot" in "riot police", "riot-control gas": a kind of unit or kit, not a riot."""
    kit = KIT_MODIFIERS.get(token.lower_)
    following = [t for t in token.doc[token.i + 1:token.i + 3] if not t.is_punct]
    return bool(kit) and bool(following) and following[0].lemma_.lower() in kit


@dataclass(frozen=True)
class Scene:
    """Cue names found in a span of text."""

    cues: frozenset[str]

    @classmethod
    def of(cls, tokens) -> "Scene":
        grams = _grams(list(tokens))
        return cls(frozenset(name for name, terms in cue_terms().items() if terms & grams))

    def __contains__(self, cue: str) -> bool:
        return cue in self.cues


def target_objects(token) -> list:
    """Direct objects, passive subjects and 'at/on/into/against' objects of a verb or noun,
    following conjoined verbs ("stormed a church and shot at worshippers"); after "set fire"
    the 'to' object too ("set fire to a police station")."""
    heads = [token] + [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    out = []
    for head in heads:
        arson = any(c.dep_ == "dobj" and c.lower_ == "fire" for c in head.children)
        for c in head.children:
            if c.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd"):
                out.append(c)
                if c.lower_ == "fire":  # the parser hangs "to"/"on" on "fire" or on the verb
                    out.extend(g for prep in ("to", *TARGET_PREPS) for g in objects_of_prep(c, prep))
            elif c.dep_ == "prep" and (c.lower_ in TARGET_PREPS or (arson and c.lower_ == "to")):
                out.extend(g for g in c.children if g.dep_ == "pobj")
        victims = reduced_passive_subject(head)    # "three protesters shot dead"
        if victims is not None:
            out.append(victims)
    return out


def _words(tokens) -> Scene:
    spans = [t2 for t in tokens for t2 in t.subtree]
    return Scene.of(sorted(set(spans), key=lambda t: t.i))


def _head_words(tokens) -> Scene:
    """Cues of the nouns themselves and their modifiers, not of their prepositional phrases
    ("young men from the camps" names no camp set up)."""
    words = {m for t in tokens for m in [t, *t.children] if m.i == t.i or (m.i < t.i and m.dep_ != "prep")}
    return Scene.of(sorted(words, key=lambda m: m.i))


def _weapon_mode(scene: Scene) -> tuple[str | None, bool]:
    """(ASSAULT mode, grenade?) for the most specific weapon class the sentence names."""
    for cue, mode in WEAPON_CLASSES:
        if cue not in scene:
            continue
        if cue == "explosive" and "crowd_weapon" in scene:
            continue  # petrol bombs and fireworks are a crowd's weapons, not IEDs
        if cue == "chemical" and "protest" in scene:
            continue  # riot-control gas on a crowd is crowd control, not chemical warfare
        return mode, cue == "grenade"
    return None, False


# A side's flag raised over a place says it holds it.
FLAG_RAISING_VERBS = {"raise", "hoist", "plant", "fly"}
FLAG_PLACE_PREPS = ("over", "above", "on", "atop")
FLAGGED_BUILDINGS = {"hall", "building", "headquarters", "office", "palace", "station", "base", "barracks"}


def _armed_raiser(verb) -> bool:
    """Forces raise the flag (not a crowd waving one): the verb's subject, or for a participle
    ("..., raising their banner") the main verb's."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for _ in range(3):  # "stormed Boni, routing the post and raising their banner"
        if subjects or verb.dep_ not in SHARED_SUBJECT_DEPS:
            break
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(_words(subjects).cues & {"armed_word", "state_force", "non_state_force"})


def _flag_over_place(verb) -> bool:
    """Forces' flag raised over a place or a seat of its authority."""
    if not _words(target_objects(verb)).cues & {"flag"} or not _armed_raiser(verb):
        return False
    under = [g for prep in FLAG_PLACE_PREPS for g in objects_of_prep(verb, prep)]
    return any(_is_place(g) or g.lemma_.lower() in FLAGGED_BUILDINGS for g in under)


def _capture(sent) -> str | None:
    """'captured'/'regained' if a verb in the sentence takes a place or 'control', or
    expels an enemy from a place, or a noun names the taking of a place ("the recapture of
    Kyaukme")."""
    for t in sent:
        lemma = t.lemma_.lower()
        taken = objects_of_prep(t, "of")
        if t.pos_ == "NOUN" and lemma in CAPTURE_NOUNS and (any(_is_place(g) for g in taken) or (
                fallen_to(t) and any(g.pos_ == "PROPN" for g in taken))):  # "the fall of Pajok to the SPLA-IO"
            return "regained" if lemma in REGAIN_NOUNS else "captured"
        if _in_control_of_place(t):
            # "the militiamen were in control of the town centre"; "forces are back in control of"
            back = any(c.lower_ == "back" for c in (*t.head.children, *t.head.head.children) if c.dep_ == "advmod")
            return "regained" if back else "captured"
        if lemma in FLAG_RAISING_VERBS and _flag_over_place(t):
            return "captured"  # "raised the national flag over Kitchanga", "their banner above the town hall"
        if not _clause_head(t) or lemma not in CAPTURE_VERBS | EXPEL_VERBS:
            continue
        particles = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod")}
        if lemma in EXPEL_VERBS and _expelled_from_place(t):
            return "regained" if "back" in particles else "captured"
        if lemma not in CAPTURE_VERBS or (lemma == "drive" and "out" not in particles):
            continue
        if lemma in FALL_LEMMAS and not (fallen_to(t) and any(
                c.dep_ == "nsubj" and (_is_place(c) or gazetteer_place_name(c)) for c in t.children)):
            continue  # "shells falling on the camp", "Goma fell silent": nothing fell to anyone
        particles = particles | {c.lower_ for c in t.children if c.dep_ == "prep" and c.lower_ == "over"}
        # "took a position on the bill" takes no ground; "took over positions" does
        objects = [o for o in target_objects(t) if not (lemma == "take" and o.lemma_.lower() in TAKE_NOT_PLACES
                                                        and "over" not in particles)]
        if t.dep_ == "acl" and t.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in t.children):
            objects.append(t.head)  # "the garrison captured by the RSF", "a town seized by JNIM"
        if lemma == "take":
            objects += objects_of_prep(t, "over")  # "took over Mirebalais": the parser may make "over" a preposition
        if lemma == "control":
            # "stormed the town ... and now control it": a pronoun stands for a place named before it
            objects = [o for o in objects if o.lower_ not in PLACE_PRONOUNS or _place_before(o)]
        placed = lemma in INHERENT_CAPTURE or any(_is_place(o) or (lemma == "control" and o.lower_ in PLACE_PRONOUNS)
                                                  or (lemma in NAMED_PLACE_TAKERS and o.dep_ in ("dobj", "pobj")
                                                      and _taken_name(o, lemma in GROUND_ONLY_TAKERS or (
                                                          lemma == "take" and "over" in particles))) for o in objects) or \
            _taken_over(t, objects) or _taken_from_armed_side(t, objects)
        if placed:
            return "regained" if lemma in REGAIN_LEMMAS or "back" in particles else "captured"
    return None


def _denied(noun) -> bool:
    """"no change in territorial control", "no arrests": a noun the report says did not happen."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _clause_head(token) -> bool:
    """A verb, or a clause head the tagger called a noun ("soldiers retook ...")."""
    return token.pos_ == "VERB" or noun_tagged_clause_head(token)


def _in_control_of_place(token) -> bool:
    """"in control of the centre of Debre Tabor": control held, of a place."""
    return token.lemma_.lower() == "control" and token.head.lower_ == "in" and token.dep_ == "pobj" \
        and _is_place(token) and not _denied(token.head.head)


def _place_before(pronoun) -> bool:
    """A place is named earlier in the pronoun's sentence ("stormed the town ... and now control it")."""
    return any(_is_place(t) for t in sentence_of(pronoun) if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN"))


def _taken_over(verb, objects) -> bool:
    """"took it over": a pronoun taken over stands for the place named before (the parser
    hangs "over" as a particle or as a bare preposition)."""
    over = any(c.lower_ == "over" and c.dep_ in ("prt", "prep", "advmod") and not list(c.children)
               for c in verb.children)
    return over and any(o.lower_ in PLACE_PRONOUNS for o in objects)


def _taken_from_armed_side(verb, objects) -> bool:
    """"seized the crossing from government forces": ground, not goods or people, taken from
    an armed side."""
    if not objects or "armed_target" not in _words(objects_of_prep(verb, SEIZED_FROM)):
        return False
    taken = _words(objects)
    return not ({"weapon_object", "civilian_word"} & taken.cues)


def _expelled_from_place(verb) -> bool:
    """"drove X out of the town", "cleared X from the area": a place after out (of)/from,
    with an enemy, not civilians, driven out ("forced villagers from the village" is no capture)."""
    if "civilian_word" in _head_words([c for c in verb.children if c.dep_ == "dobj"]):
        return False
    # the parser may hang "from the town" on the enemy ("ousted a rival militia from the town")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children if c.lower_ in EXPEL_PREPS and c.dep_ in ("prep", "prt", "advmod")):
        nested = [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(g.dep_ == "pobj" and _is_place(g) for g in list(prep.children) + nested):
            return True
    return False


def _is_place(token) -> bool:
    """A place word or name; "control" counts when it is of a place ("control of the town")."""
    if token.lemma_.lower() == "control" or token.lower_ in PART_WORDS:
        owned = objects_of_prep(token, "of")
        if token.lower_ in PART_WORDS:
            return any(_is_place(g) for g in owned)
        return not owned or any(_is_place(g) or g.lower_ in PLACE_PRONOUNS for g in owned)
    if token.lemma_.lower() in cue_terms()["place"] or token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    governor = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("of", "from") else None
    expelled = governor is not None and (governor.lower_ == "out" or governor.lemma_.lower() in EXPEL_VERBS)
    if expelled or (governor is not None and governor.lower_ == "control"):
        # "control of Mirebalais", "drove them out of Adan Yabaal", "expelled the army from
        # Babanusa": names the tagger missed (no one is driven out of or controls a person, so there
        # even a name tagged as one is a place, as is one tagged an organisation that forces leave,
        # or one no actor table lists: "took control of Spin Boldak")
        return _unknown_name(token) or token.ent_type_ == "PERSON" or (token.ent_type_ == "ORG" and (
            expelled or _unlisted_org_name(token)))
    # "El Fasher, the army's last major stronghold": a name the parser did not tag, said to be a place
    return token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in cue_terms()["place"]
                                         for c in token.children)


INSTITUTION_WORDS = {"bank", "ministry", "company", "corporation", "council", "parliament", "assembly",
                     "university", "party", "union", "authority", "agency", "committee", "commission",
                     "court", "board", "group", "airline", "airways", "station", "television", "radio"}


def _unlisted_org_name(token) -> bool:
    """A name tagged an organisation that is no acronym, no institution ("the Central Bank") and no
    actor the tables list."""
    if token.is_upper:
        return False
    words = compound_name(token)
    if any(t.lower_ in INSTITUTION_WORDS for t in words):
        return False
    return not KnowledgeBase.default().lookup(" ".join(t.text for t in words))


def _taken_name(token, ground_only: bool) -> bool:
    """The object name of a capture verb: a place even when the tagger took an unknown town for
    an organisation ("Rebels seize Walikale") or, after verbs that take only ground ("occupy",
    "overrun", "take over"), for a person; an acronym or a multi-word organisation name stays a body."""
    if _unknown_name(token) or (ground_only and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"):
        return True
    return token.pos_ == "PROPN" and token.ent_type_ == "ORG" and not token.is_upper \
        and not any(c.dep_ == "compound" for c in token.children)


def _unknown_name(token) -> bool:
    """A name the tagger took for no person, organisation, people or date ("control of
    Mirebalais", tagged a product): after "control of", a place."""
    return token.pos_ == "PROPN" and token.ent_type_ in NAME_SLIP_LABELS


def _is_disrupted(trigger, scene_obj: Scene, scene: Scene) -> bool:
    lemma = trigger.lemma_.lower()
    if lemma in cue_terms()["disrupt"] or (lemma == "shoot" and any(
            c.lower_ == "down" for c in trigger.children)):
        return True
    conjuncts = [c for c in trigger.children if c.dep_ == "conj"] + ([trigger.head] if trigger.dep_ == "conj" else [])
    # "detained the bombers and defused the device"; "detained students and dismantled their
    # tents" disrupted no weapon
    if any(c.lemma_.lower() in cue_terms()["disrupt"] and _words(target_objects(c)).cues & DISRUPTED_THINGS
           for c in conjuncts):
        return True
    if trigger.pos_ == "NOUN" and trigger.head.lemma_.lower() in DISRUPT_GOVERNORS:
        return True
    if any(a.lemma_.lower() in FOILING_LEMMAS for a in list(trigger.ancestors)[:FOIL_DEPTH]):
        return True  # "foiled a plot to bomb a church"
    if _inside_weapons_seizure(trigger, scene):
        return True
    return lemma in WEAPON_SEIZE_LEMMAS and "weapon_object" in scene_obj and "lethal" not in scene_obj


def _inside_weapons_seizure(trigger, scene: Scene) -> bool:
    """The trigger only describes a weapons seizure that nobody died in: the weapons
    ("recovered a stockpile of looted rifles") or its occasion ("seized rifles during a raid")."""
    modifier = trigger.dep_ in ("amod", "acl")
    occasion = trigger.pos_ == "NOUN" and trigger.head.lower_ in SEIZURE_OCCASION_PREPS
    if not (modifier or occasion) or "lethal" in scene:
        return False
    verb = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in WEAPON_SEIZE_LEMMAS and \
        "weapon_object" in _words(target_objects(verb))


def _target_kind(recipients, object_scene: Scene) -> str | None:
    """'armed', 'civilian' or None from recipients' sectors, else from the object words; an
    armed object ("ambushed a military convoy") outranks the recipients, which may be only the
    place ("near Mopti")."""
    if "armed_target" in object_scene and "civilian_word" not in object_scene:
        return "armed"
    sectors = {r.sector for r in recipients if r.sector}
    if sectors & ARMED_SECTORS:
        return "armed"
    if sectors & UNARMED_SECTORS:
        return "civilian"
    if "armed_target" in object_scene:
        return "armed"
    if "civilian_word" in object_scene or "people_object" in object_scene:
        return "civilian"
    if "settlement" in object_scene:
        return "civilian"  # "gunmen attacked a village": its people, unless the report arms them
    return None


def _is_state(actors, actor_scene: Scene) -> bool:
    """State forces act, by sector or by name, unless the actor is named as a non-state
    force: "Taliban fighters" fight as insurgents even where a knowledge base calls the
    Taliban a government."""
    named_state = any(a.sector in STATE_SECTORS and not _named_as_non_state(a) for a in actors)
    if "non_state_force" in actor_scene and "state_force" not in actor_scene and not named_state:
        return False
    if not named_state and any(a.sector in NON_STATE_ARMED_SECTORS and a.method.startswith("name") for a in actors):
        return False  # "Arakan Army fighters": a group the knowledge base knows as non-state, whatever its name says
    return named_state or "state_force" in actor_scene


def _named_as_non_state(entity) -> bool:
    """"Taliban fighters": the mention itself names a non-state force."""
    words = {w.rstrip("s") for w in entity.entity_text.lower().split()} | set(entity.entity_text.lower().split())
    return bool(words & cue_terms()["non_state_force"])


def _actor_kind(actors, trigger) -> tuple[bool, bool, Scene]:
    """(state actor?, unorganised crowd actor?, actor words) for the event."""
    # with a by-agent the subject, if any, underwent the act ("kidnapper beaten to death by residents")
    subjects = [c for c in trigger.children if c.dep_ == "agent"] or [c for c in trigger.children if c.dep_ == "nsubj"]
    if trigger.dep_ in SHARED_SUBJECT_DEPS and not subjects:
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    if trigger.lemma_.lower() in FALL_LEMMAS:
        subjects = objects_of_prep(trigger, "to")  # "the town fell to the rebels": the rebels took it
    actor_scene = _words(subjects)
    state = _is_state(actors, actor_scene)
    unarmed = all(a.sector in UNARMED_SECTORS for a in actors) and not _organised(actor_scene)
    crowd = unarmed and "crowd_actor" in actor_scene and not state
    return state, crowd, actor_scene


@dataclass(frozen=True)
class Reading:
    """What the sentence says about an event, for the rule table."""

    flags: frozenset[str]
    mode: str | None      # the event's mode, refined by the scene (weapon, looting, demolition)
    civilian: bool        # the target is civilian
    state: bool           # the actor is a state force


def _flags(plover, mode, trigger, actors, recipients, scene: Scene) -> Reading:
    """Flags, refined mode and the sides' kinds for the rule table."""
    flags: set[str] = set()
    objs = target_objects(trigger)
    object_scene = _words(objs)
    actor_state, crowd, actor_scene = _actor_kind(actors, trigger)
    state = actor_state or (plover == "COERCE" and mode == "arrest")  # arrests are the authorities' deed
    target = _target_kind(recipients, object_scene)
    if target is None and trigger.dep_ in SHARED_SUBJECT_DEPS and trigger.head.pos_ == "VERB":
        # "opened fire on worshippers, killing five": the participle's victims are the main verb's
        target = _target_kind((), _words(target_objects(trigger.head)))
    if target is None and "assailant_group" in actor_scene:
        target = "civilian"  # settlers or a gang attacking someone the report does not arm
    if target is None and plover == "ASSAULT" and "lethal" in scene and "fight" not in scene \
            and _people_killed(sentence_of(trigger)) and "armed_target" not in _victim_side(trigger):
        target = "civilian"  # "shot nine of them dead", "eight people were gunned down": nobody armed on the other side
    if _is_disrupted(trigger, object_scene, scene):
        flags.add("disrupted")
    if plover == "COERCE" and mode == "arrest" and "foiled" in scene:
        flags.add("disrupted")  # "foiled an attack, arresting a would-be bomber"
    if plover == "ASSAULT" and mode is None and "looting" in scene and "lethal" not in scene \
            and target != "civilian":
        mode = "destroy"  # a raid that carted goods away and hurt nobody is looting
    if plover == "ASSAULT" and _is_demolition(trigger, mode, actor_state, object_scene, scene):
        mode = "destroy"
    if "coup" in scene:
        flags.add("coup")
    if plover == "ASSAULT" and "accident" in scene and "protest" not in scene and not crowd \
            and "accident" in Scene.of(_without_motives(sentence_of(trigger))):
        flags.add("accident")  # "a fire set off blasts at the depot, blamed on an electrical fault"
    if plover == "COERCE" and mode in ("arrest", "seize") and "disappeared" in scene:
        flags.add("disappeared")  # "picked up by men in plain clothes; his whereabouts are unknown"
    if (plover == "AGREE" and "agreement" in scene) or (plover == "CONSULT" and _peace_talks(trigger)):
        flags.add("agreement")
    if plover in HANDING_TYPES and trigger.lemma_.lower() in HAND_LEMMAS and "weapon_object" in object_scene:
        flags.add("disarm")
    if plover == "MOBILIZE" and "base" in _head_words([trigger, *objs]):
        flags.add("base")
    if plover == "THREATEN" and not actor_state and ("non_state_force" in actor_scene or any(
            a.sector in NON_STATE_ARMED_SECTORS and not a.method.startswith("unidentified") for a in actors)):
        flags.add("armed_group")  # an armed group's ultimatum or threat letters: a development
    if plover == "COERCE" and mode == "seize" and target != "armed" and any(
            o.ent_type_ == "PERSON" or o.lemma_.lower() in PEOPLE_SEIZED for o in objs):
        flags.add("person_seized")
    fired_at = _fired_at(trigger, objs)
    protesting_target = plover == "ASSAULT" and (_protesting_objects(fired_at, GATHERING_ONLY)
                                                 or _political_crowd(fired_at))
    crowd_target = (plover == "ASSAULT" and (any(o.lemma_.lower() in PROTEST_TARGETS for o in fired_at)
                                             or "protest" in _head_words(fired_at))) \
        or _fired_on_protest(plover, trigger) or protesting_target
    protesting_actor = plover == "ASSAULT" and not state and _protesting_objects(
        [c for c in trigger.children if c.dep_ == "nsubj"])
    if (plover == "COERCE" and _protesting_objects(objs)) or protesting_target or protesting_actor \
            or plover == "PROTEST":
        # "detained activists who blocked the motorway", "fired at a crowd demanding power",
        # "shot a student taking part in a march", "workers demanding unpaid wages pelted
        # police"; a protest event ("blocked a motorway") is one whatever its words
        scene = Scene(scene.cues | {"protest"})
    if "protest" in scene and not _leader_arrested(plover, mode, objs):
        flags |= _protest_flags(plover, state, actor_scene, scene, crowd_target, mode)
    elif plover in ("ASSAULT", "COERCE") and _partisan_crowd(state, actor_scene, scene):
        flags.add("riot")
    elif plover in ("ASSAULT", "COERCE") and (crowd or "mob" in scene or ("lynching" in scene and _civilians(actors))) \
            and not state and not _organised(actor_scene):
        flags.add("riot" if "crowd_actor" in actor_scene and _crowd_riots(recipients, objs, object_scene, scene)
                  else "mob")
    if plover == "ASSAULT" and mode in WEAPON_MODES and "disrupted" not in flags:
        weapon, grenade = _weapon_mode(scene)
        if grenade and "aerial" in actor_scene:
            weapon, grenade = "aerial", False  # "a drone dropped grenades": an air strike
        if weapon and not (weapon == "explosives" and mode in ("aerial", "drone", "heavy-weapons")
                           and not grenade):
            mode = weapon
        if grenade:
            flags.add("grenade")
    if plover == "ASSAULT" and mode == "explosives" and actor_state and trigger.lemma_.lower() in BOMBING_WORDS \
            and "planted_device" not in scene:
        mode = "aerial"  # "Russian bombing", "the army bombed the market": state forces bomb from the air
    if plover == "ASSAULT" and mode == "unconventional" and "protest" in scene and state:
        mode = "crowd-control"  # irritant gas fired at a demonstration is crowd control
    if plover == "ASSAULT" and mode == "crowd-control" and "protest" not in scene and target == "armed":
        mode = "unconventional"  # "munitions filled with tear gas against their trenches": a war gas
    if plover == "ASSAULT" and any(c.lower_ == "sexually" for c in trigger.children):
        mode = "sexual"
    return Reading(frozenset(flags), mode, target == "civilian", actor_state)


MOTIVE_MARKS = {"after", "because", "since"}
KILLING_LEMMAS = {"kill", "shoot", "gun", "hack", "execute", "murder", "behead", "stab", "wound", "injure"}


def _without_motives(sent) -> list:
    """The sentence without clauses that give what set the event off ("smashed bus windows
    after a classmate died in a road accident": the accident is the motive, not the event)."""
    motive = {d.i for t in sent if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in MOTIVE_MARKS
                                                          for m in t.children) for d in t.subtree}
    return [t for t in sent if t.i not in motive]


def _victim_side(trigger) -> Scene:
    """Cues of the trigger's sentence without its attackers (the subjects of the trigger and of
    the verbs above it): "Gunmen shot nine of them dead" names no armed victim."""
    heads = [trigger, *trigger.ancestors]
    attackers = {d.i for h in heads for c in h.children if c.dep_ in ("nsubj", "agent") for d in c.subtree}
    return Scene.of([t for t in sentence_of(trigger) if t.i not in attackers])


def _people_killed(sent) -> bool:
    """People, not fighters, are the ones killed or wounded: a person noun or pronoun with a count
    or under a killing verb ("nine of them", "eight people", "killing her")."""
    return any(t.lemma_.lower() in PEOPLE_SEIZED or t.lower_ in ("them", "her", "him") for t in sent
               if t.dep_ in ("dobj", "nsubjpass", "pobj") and t.head.lemma_.lower() in KILLING_LEMMAS | {"of"})


def _civilians(actors) -> bool:
    """Every actor is unarmed ("residents") or a plain noun no table arms ("market traders")."""
    return bool(actors) and all(a.sector in UNARMED_SECTORS or a.method.startswith("unresolved-noun")
                                for a in actors)


def _organised(actor_scene: Scene) -> bool:
    """Armed actors, or assailants named as a standing group ("settlers", "herders", "a gang"):
    their attack on civilians is an attack, not a crowd's mob violence."""
    return "armed_word" in actor_scene or "assailant_group" in actor_scene


def _peace_talks(trigger) -> bool:
    """Talks the trigger's own words put to peace or a truce ("peace talks", "negotiations on
    a ceasefire"), or talks with an armed group ("negotiations between the government and the
    rebels"): ACLED counts them with agreements; other talks are no ACLED event."""
    words = [c for c in trigger.children if c.dep_ in ("compound", "amod")]
    words += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in TALK_TOPIC_PREPS
              for g in c.children if g.dep_ == "pobj"]
    sides = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("between", "with")
             for g in c.children if g.dep_ == "pobj"]
    return "agreement" in _words(words) or "non_state_force" in _words(sides)


def _partisan_crowd(state: bool, actor_scene: Scene, scene: Scene) -> bool:
    """"Rioters burned cars", "opposition supporters pelted police with stones": a political
    crowd's violence is a violent demonstration even when no protest is named."""
    return not state and "partisan_actor" in actor_scene and "riot" in scene and "armed_word" not in actor_scene


def _crowd_riots(recipients, objs, object_scene: Scene, scene: Scene) -> bool:
    """"Youths threw fireworks at police", "residents torched the utility office and burned
    cars", a night of unrest: a crowd's violence against the security forces or against public
    property is a riot; a crowd setting on people or their homes ("stoned a suspected thief",
    "attacked foreign traders") is mob violence."""
    if "lynching" in scene:
        return False
    if any(r.sector in SECURITY_SECTORS for r in recipients) or object_scene.cues & {"state_property", "armed_target"} \
            or scene.cues & {"unrest", "crowd_weapon"}:
        return True
    people_or_homes = "civilian_word" in object_scene or any(
        o.ent_type_ == "PERSON" or o.pos_ == "PRON" or o.lemma_.lower() in PEOPLE_SEIZED | SUSPECT_WORDS for o in objs) \
        or any(r.sector in UNARMED_SECTORS for r in recipients)
    return bool(objs) and not people_or_homes


def _protesting_objects(objs, not_protest: frozenset[str] = frozenset()) -> bool:
    """People described as protesting ("activists who blocked the motorway", "students marching
    against fees", "a crowd demanding electricity") or as taking part in a protest ("a student
    taking part in a march")."""
    acts = (cue_terms()["protest"] | PROTEST_ACT_LEMMAS) - not_protest
    # ("a number of activists who were blocking a bridge": the clause is on the counted people)
    people = list(objs) + [g for o in objs for g in objects_of_prep(o, "of")]
    clauses = [c for o in people for c in o.children if c.dep_ in ("relcl", "acl")]
    return any(c.lemma_.lower() in acts or any(g.dep_ == "pobj" and g.lemma_.lower() in acts for g in c.subtree)
               for c in clauses)


def _political_crowd(objs) -> bool:
    """"a crowd of unarmed opposition supporters", "a peaceful crowd": a crowd gathered for a
    cause (a crowd at a market or a match is none)."""
    for o in objs:
        if o.lemma_.lower() not in CROWD_HEADS:
            continue
        members = [o] + objects_of_prep(o, "of")
        if any(m.lemma_.lower() in CROWD_MEMBERS for m in members[1:]) or any(
                c.dep_ == "amod" and c.lower_ in PEACEFUL_WORDS for m in members for c in m.children):
            return True
    return False


def _fired_on_protest(plover, trigger) -> bool:
    """"opened fire on a crowd protesting power cuts": the protest is the crowd force was used on."""
    if plover != "PROTEST":
        return False
    return any(a.dep_ == "prep" and a.lower_ in TARGET_PREPS and a.head.lemma_.lower() in FIRING_LEMMAS
               for a in trigger.ancestors)


# Verbs whose object is force used on someone ("used lethal force against protesters").
FORCE_USING_VERBS = {"use", "employ", "deploy", "unleash"}


def _fired_at(trigger, objs) -> list:
    """What the force was used on: the trigger's objects, and for a participle ("..., killing
    three") the main verb's ("fired live rounds at a peaceful march")."""
    if trigger.dep_ in SHARED_SUBJECT_DEPS and trigger.head.pos_ == "VERB":
        objs = objs + target_objects(trigger.head)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in FORCE_USING_VERBS:
        # "used lethal force against protesters": the target hangs on the verb
        objs = objs + [o for o in target_objects(trigger.head) if o.i != trigger.i]
    # "fired live ammunition at mourners": the parser may hang the target on the ammunition
    return objs + [g for o in objs for prep in TARGET_PREPS for g in objects_of_prep(o, prep)]


def _protest_flags(plover, state: bool, actor_scene: Scene, scene: Scene, crowd_target: bool = False,
                   mode: str | None = None) -> set[str]:
    """Riot, excessive force or intervention for an event in a protest scene (none: peaceful).
    Lethal force aimed at the protest itself ("fired at mourners", "shot at a march") is
    excessive force whoever used it."""
    if crowd_target and "lethal" in scene and not scene.cues & {"unrest", "crowd_weapon"}:
        return {"excessive_force", "protesters"}
    # (armed men storming a church during a vigil attack it; they are no rioting crowd)
    protest_actor = plover == "PROTEST" or "protest" in actor_scene or (
        not state and plover in ("ASSAULT", "COERCE") and "armed_word" not in actor_scene)
    if protest_actor and ("riot" in scene or "crowd_weapon" in scene or (mode == "destroy" and not state)):
        return {"riot"}  # "protesters breached the compound and set part of the building ablaze"
    if (state or plover == "PROTEST") and "lethal" in scene and (state or scene.cues & {"state_force", "state_means"}):
        return {"excessive_force", "protesters"}
    # "Police baton-charged striking teachers": the police's crowd control, even when the
    # parse gives the event no resolved actor.
    # (water cannon and tear gas name the state's force when no unit is named: "a march dispersed
    # with water cannon")
    if state or ("intervention" in scene and scene.cues & {"state_force", "state_means"}
                 and "armed_word" not in actor_scene):
        return {"intervention"}
    return set()


def _is_demolition(trigger, mode, state: bool, object_scene: Scene, scene: Scene) -> bool:
    """"Retreating troops blew up a bridge", "soldiers demolished the suspects' houses": a
    state or withdrawing force blowing up a structure, or anyone blowing up a home, hurting
    nobody, destroys property; attackers blowing up a railway line are still making an
    explosive attack."""
    if mode != "explosives" or trigger.lemma_.lower() not in DEMOLISH_LEMMAS or "lethal" in scene \
            or _device_subject(trigger):
        return False
    if state or "transfer_withdraw" in scene:
        return "infrastructure" in object_scene
    # "Houthi fighters blew up the house of a tribal leader": a home, not a target of war
    return any(o.lower_ in DWELLING_WORDS for o in target_objects(trigger))


def _device_subject(verb) -> bool:
    """"A bomb blew up the bridge": the subject is the weapon, not a force."""
    weapons = cue_terms()["weapon_object"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in weapons for c in verb.children)


def _territory(plover, mode, trigger, scene: Scene) -> str | None:
    lemma = trigger.lemma_.lower()
    peaceful = "transfer_peaceful" in scene or (
        "transfer_withdraw" in scene and "fight" not in scene)
    if plover == "RETREAT" and mode == "withdraw":
        sent = sentence_of(trigger)
        entered = "transfer_movein" in scene or _capture(sent) is not None or _hands_over(sent)
        return "transferred" if entered or "transfer_peaceful" in scene else None
    if plover == "MOBILIZE":  # forces moving in unopposed (the trigger's sense rule checked it)
        if lemma in ROLLING_IN_LEMMAS and peaceful and objects_of_prep(trigger, "into"):
            return "transferred"  # "rolled into the town without resistance after the army withdrew"
        return "transferred" if lemma in MOVE_IN_LEMMAS or (lemma == "move" and moved_in(trigger)) else None
    if plover in HANDING_TYPES:
        # what is handed over, not where ("handed in their weapons at a disarmament centre"); a
        # name handed over that is no person is a place ("ceded Deir Hafer to government troops")
        handed = [o for o in target_objects(trigger) if o.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd")
                  or (o.dep_ == "pobj" and o.head.lower_ == "of")]  # "the handover of their camp"
        placed = "place" in _words(handed) or any(_unknown_name(o) for o in handed) or (
            lemma == "cede" and any(o.pos_ == "PROPN" for o in handed))  # only ground is ceded, whatever the tagger says
        return "transferred" if lemma in HAND_LEMMAS and placed else None
    if plover == "ASSAULT" and _fight_avoided(trigger):
        # "left the city without fighting": the fight is what did not happen
        moved = "transfer_withdraw" in scene or "transfer_movein" in scene
        return "transferred" if moved else None
    if plover == "ASSAULT" and mode in DEED_MODES:
        return None
    if plover in ("ASSAULT", "COERCE"):
        if plover == "COERCE" and mode != "seize":
            return None
        kind = _capture(sentence_of(trigger))
        if kind is None:
            return None
        return "transferred" if peaceful else kind
    return None


HANDOVER_NOUNS = {"handover", "hand-over", "transfer"}


def _state_won(territory: str, trigger, actors, recipients) -> bool:
    """Ground taken by a side the report does not name as a state force: the state's when it
    was taken from a non-state force ("retook the town from al-Shabaab", "a district held by
    jihadists") or won back ("liberated", "won back") by a side not named as non-state."""
    _, _, actor_scene = _actor_kind(actors, trigger)
    named = [a for a in actors if not a.method.startswith("unidentified")]
    if "non_state_force" in actor_scene or any(a.sector in NON_STATE_ARMED_SECTORS for a in named):
        return False
    if named and all(a.sector in UNARMED_SECTORS for a in named):
        return False  # a party, a community or its people driving an armed group out are no state
    sent = sentence_of(trigger)
    losers = [g for t in sent if t.lower_ == "from" or (t.lower_ == "by" and t.head.lemma_.lower() in HOLDING_LEMMAS)
              for g in t.children if g.dep_ == "pobj"]
    lost_by_armed_group = "non_state_force" in _words(losers) or any(
        r.sector in NON_STATE_ARMED_SECTORS and not r.method.startswith(PLACE_METHODS) for r in recipients)
    return lost_by_armed_group or territory == "regained"


def _possessors(token) -> list:
    """"its handover": the possessive in front of a noun."""
    return [c for c in token.children if c.dep_ == "poss"]


def _hands_over(sent) -> bool:
    """"withdrew from the base and handed it over", "the handover of the district to the
    Taliban": a hand-over verb, or a hand-over noun of a place, in the sentence."""
    return any((t.pos_ == "VERB" and t.lemma_.lower() in HAND_LEMMAS) or
               (t.pos_ == "NOUN" and t.lower_ in HANDOVER_NOUNS and any(
                   _is_place(g) or g.lower_ in PLACE_PRONOUNS | {"its"} for g in objects_of_prep(t, "of") + _possessors(t)))
               for t in sent)


def _fight_avoided(trigger) -> bool:
    """The trigger is the object of "without" ("without fighting", "without a fight")."""
    return trigger.head.lower_ == "without" and trigger.dep_ in ("pobj", "pcomp")


def _left_talks(plover, mode, trigger) -> bool:
    """"pulled out of the peace talks": a side leaving negotiations, no troop movement."""
    if plover != "RETREAT" or mode != "withdraw":
        return False
    left = objects_of_prep(trigger, "from") + objects_of_prep(trigger, "of") + [g for c in trigger.children if c.lower_ in ("out", "away")
                                                              for g in objects_of_prep(c, "of") + objects_of_prep(c, "from")]
    return any(g.lemma_.lower() in TALK_WORDS for g in left)


def _recast(plover, mode, trigger) -> tuple[str, str | None]:
    """An evacuated or abandoned place is a withdrawal ("the army evacuated its positions"),
    whatever type the verb has elsewhere ("evacuated the wounded" is AID)."""
    if plover in HANDING_TYPES and trigger.lemma_.lower() in LEAVE_LEMMAS and \
            any(_is_place(o) for o in target_objects(trigger)):
        return "RETREAT", "withdraw"
    return plover, mode


def _other_development(plover, mode, trigger) -> bool:
    """Armed groups' non-violent control that no other sub-event type names: checkpoints set
    up ("set up checkpoints on the road") and buildings, not places, taken over ("seized
    control of the ministry")."""
    objs = target_objects(trigger)
    if plover == "MOBILIZE":
        return "checkpoint" in _words(objs) and "base" not in _words(objs)
    if plover == "COERCE" and mode == "seize":
        return any(o.lemma_.lower() == "control" and not _is_place(o) for o in objs)
    return False


def acled_for_event(ontology, plover, mode, cameo, hint, trigger, actors, recipients):
    if ontology is None or plover not in ACLED_TYPES or background_reference(trigger):
        return None  # past fighting an agreement looks back on is no event of the report
    plover, mode = _recast(plover, mode, trigger)
    if hint == OTHER_DEVELOPMENT["sub_event_type"] or _other_development(plover, mode, trigger) \
            or _left_talks(plover, mode, trigger):
        return dict(OTHER_DEVELOPMENT)
    scene = _with_neighbour_context(plover, trigger, Scene.of(_scene_tokens(plover, trigger)))
    mode, hint = _unmined(mode, hint, scene)
    reading = _flags(plover, mode, trigger, actors, recipients, scene)
    flags = set(reading.flags) | ({HINT_FLAGS[hint]} if hint in HINT_FLAGS else set())
    if plover == "THREATEN" and ("armed_group" not in flags or _participle_clause(trigger)):
        # a state's or a crowd's threat is talk; "announced its formation, vowing to fight": the
        # vow goes with the act it accompanies
        return None
    territory = None if reading.mode == "unconventional" else _territory(plover, reading.mode, trigger, scene)
    if hint and hint not in SCENE_DECIDED_HINTS and not flags & SCENE_FLAGS and territory is None:
        event_type = next((et for et, subs in ontology.acled_types.items() if hint in subs), None)
        if event_type:
            if hint == "Attack" and not reading.civilian and any(r.sector in ARMED_SECTORS for r in recipients):
                return {"event_type": "Battles", "sub_event_type": "Armed clash"}
            if not _mode_overrides(hint, reading.mode):
                return {"event_type": event_type, "sub_event_type": hint}
    state = reading.state or (territory in ("captured", "regained") and _state_won(territory, trigger, actors, recipients))
    try:
        return ontology.acled_for(plover, reading.mode, cameo, civilian_target=reading.civilian,
                                  state_actor=state, territory=territory, flags=flags)
    except NewsEventsError:  # an unknown mode must not lose the event; evidence keeps the mode
        return None


def _participle_clause(token) -> bool:
    """"..., vowing to fight government forces": the word heads, or is the complement of, a
    participle clause that goes with another act."""
    while token.dep_ in ("xcomp", "ccomp") and token.head is not token:
        token = token.head
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "acl", "conj")


def _scene_tokens(plover, trigger) -> list:
    """The trigger's sentence without what a protest in it is about ("a vigil for the victims
    of the attack" is no riot, "a march against the killing of a student" no killing) and
    without interventions it denies ("no arrests")."""
    sent = list(sentence_of(trigger))
    protests = [t for t in sent if t.lemma_.lower() in cue_terms()["protest"]]
    if plover == "PROTEST":
        protests += [trigger, trigger.head]  # the protest's own verb, or its light verb
    grievance = {t.i for node in protests for c in node.children if _states_grievance(c) for t in c.subtree}
    if plover == "COERCE":
        # "arrested a former minister in connection with the killing of protesters": the charge
        # (of "taken into custody over ...", the verb the custody noun hangs from holds the charge)
        holders = [trigger] + ([trigger.head.head] if trigger.dep_ == "pobj" else [])
        grievance |= {t.i for h in holders for c in h.children if _states_charge(c) for t in c.subtree}
        # "detained an archbishop accused of plotting to seize power": what the detainee is accused of
        grievance |= {t.i for o in target_objects(trigger) for c in o.children
                      if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CHARGING_LEMMAS for t in c.subtree}
    grievance |= {t.i for node in protests if _planned_protest(node) for t in node.subtree}
    # "a march against corruption dispersed by police": the parser may hang how the protest was
    # met on its grievance; a grievance is not dispersed or broken up
    dispersals = [t for t in sent if t.i in grievance and t.dep_ == "acl" and t.tag_ == "VBN"
                  and t.lemma_.lower() in DISPERSING_LEMMAS]
    grievance -= {d.i for t in dispersals for d in t.subtree}
    if plover == "PROTEST":
        # "women whose relatives died in detention held a vigil": who protests, not what they did
        holders = [trigger, trigger.head]
        grievance |= {t.i for h in holders for subj in h.children if subj.dep_ == "nsubj"
                      for c in subj.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    # "police reported no arrests": a denied deed sets no scene; "shots fired into the air" hit nobody
    grievance |= {t.i for t in sent if t.pos_ == "NOUN" and _denied(t) and t.lemma_.lower() in cue_terms()["intervention"]}
    grievance |= {t.i for t in sent if fired_into_the_air(t)}
    return [t for t in sent if t.i not in grievance] if grievance else sent


def _planned_protest(token) -> bool:
    """"a planned rally", "ahead of the march", "on the eve of a protest": a protest to come."""
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in PLANNED_WORDS or c.lemma_.lower() in PLANNED_WORDS)
           for c in token.children):
        return True
    prep = token.head if token.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ in AHEAD_WORDS or (prep.lower_ == "of" and prep.head.lower_ in AHEAD_WORDS))


def _neighbour_sentence(trigger, step: int):
    """The sentence ``step`` places after (or before, if negative) the trigger's, or None."""
    sents = sentences(trigger.doc)
    own = sentence_of(trigger).start
    k = next(i for i, s in enumerate(sents) if s.start == own) + step
    return sents[k] if 0 <= k < len(sents) else None


def _with_neighbour_context(plover, trigger, scene: Scene) -> Scene:
    """A two-sentence report spreads a protest over its sentences: "Thousands marched on
    Friday. Police fired live rounds into the crowd." The force used on a crowd reads the protest
    named in the sentence before; the protest reads how the state met it in the sentence after."""
    if "protest" in scene:
        if plover != "PROTEST" or scene.cues & {"riot", "lethal", "intervention"}:
            return scene
        after = _neighbour_sentence(trigger, 1)
        lent = Scene.of(after).cues if after is not None else frozenset()
        if "state_force" in lent and lent & {"lethal", "intervention"}:
            return Scene(scene.cues | (lent & CROWD_RESPONSE_CUES))
        return scene
    if plover not in ("ASSAULT", "COERCE") or not any(o.lemma_.lower() in PROTEST_TARGETS
                                                       for o in _fired_at(trigger, target_objects(trigger))):
        return scene
    before = _neighbour_sentence(trigger, -1)
    return Scene(scene.cues | {"protest"}) if before is not None and "protest" in Scene.of(before) else scene


# Whom an arrest near a rally singles out: one leading figure, not the crowd.
LEADING_FIGURES = {"leader", "chairman", "chairwoman", "chair", "head", "president", "candidate", "founder",
                   "spokesman", "spokeswoman", "secretary", "figure", "politician", "lawmaker", "mp"}


def _leader_arrested(plover, mode, objs) -> bool:
    """"detained the opposition leader during a rally", "Lissu was arrested shortly after
    addressing a rally": one named or leading person arrested, not protesters broken up."""
    if plover != "COERCE" or mode != "arrest" or not objs or _protesting_objects(objs):
        return False
    return all(o.tag_ in ("NN", "NNP") and (o.ent_type_ == "PERSON" or o.lemma_.lower() in LEADING_FIGURES)
               for o in objs)


CHARGING_LEMMAS = {"accuse", "charge", "suspect", "wanted", "want", "convict", "allege"}


def _states_charge(child) -> bool:
    """"over the killing of ...", "for inciting ...", "in connection with the attack": what an
    arrest is for."""
    if child.dep_ != "prep":
        return False
    if child.lower_ in ("for", "over"):
        return True
    return child.lower_ == "in" and any(g.lower_ == "connection" for g in child.children)


# How a crowd is met, never what it protests about ("broken up by police").
DISPERSING_LEMMAS = {"disperse", "scatter", "break"}


def _states_grievance(child) -> bool:
    """"for the victims of the attack", "to mark a year since the attack": a phrase or purpose
    clause saying what a protest is about."""
    if child.dep_ == "prep":
        return child.lower_ in GRIEVANCE_PREPS
    # ("gathered outside the base, demanding news of men detained by soldiers": what is demanded)
    return child.dep_ in ("advcl", "xcomp") and (to_infinitive(child) or child.lemma_.lower() in ASKING_VERBS)


HINT_OF_MODE = {"unconventional": "Chemical weapon", "suicide-attack": "Suicide bomb",
                "aerial": "Air/drone strike", "drone": "Air/drone strike",
                "heavy-weapons": "Shelling/artillery/missile attack",
                "explosives": "Remote explosive/landmine/IED", "sexual": "Sexual violence",
                "destroy": "Looting/property destruction"}


def _unmined(mode, hint, scene: Scene) -> tuple[str | None, str | None]:
    """"fought for control of a gold mine": a mine that is dug, not laid, names no weapon."""
    if mode != "explosives" or "mineral_mine" not in scene or "explosive" in scene:
        return mode, hint
    return None, (None if hint == HINT_OF_MODE["explosives"] else hint)


def _mode_overrides(hint: str, mode: str | None) -> bool:
    """Does the (sentence-refined) mode name a different ACLED type than the hint?"""
    return mode in HINT_OF_MODE and HINT_OF_MODE[mode] != hint
