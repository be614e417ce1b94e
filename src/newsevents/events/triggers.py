"""Find event triggers in a sentence: verbs, nominal triggers, light-verb and phrasal forms.

``find_triggers(sent, lexicon)`` -> list of ``Detected`` (token, lexicon entry, rule name).
Sense checks live here as small named word sets, so ``explain`` can name them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..actors.kb import KnowledgeBase
from ..nlp.doc_views import span_tokens
from ..nlp.sentences import sentence_of
from .lexicon import Lexicon, Trigger
from .parties import prep_objects_of
from .roles import (compound_name, fired_into_the_air, gazetteer_place_name, is_amount, moved_in,
                    noun_tagged_clause_head, objects_of_prep, question_asked, time_phrase, to_infinitive,
                    under_attack)

# Verbs that carry no event of their own when their object is an event noun
# ("launched an attack", "held talks", "imposed sanctions").
LIGHT_VERBS = {"hold", "carry", "launch", "conduct", "stage", "mount", "impose", "announce",
               "unleash", "make", "give", "issue", "order", "begin", "start", "resume", "reach",
               "broker", "declare", "provide", "deliver", "send", "pledge", "promise", "offer",
               "approve", "seal", "clinch", "strike", "conclude", "finalize", "finalise", "agree",
               "attend", "host", "join", "lead", "renew", "repeat", "continue", "step", "intensify",
               "escalate", "expand", "extend", "tighten", "slap", "level", "lodge", "file", "open",
               "take", "face", "negotiate", "discuss", "end", "call", "plan",
               "organize", "organise", "suffer", "witness", "report"}
# Objects that turn "give/send/provide/deliver/supply" into AID (else no event).
AID_VERBS = {"give", "send", "provide", "deliver", "supply", "donate", "contribute", "grant", "dispatch",
             "distribute", "airlift", "ship", "earmark", "allocate", "fly"}
INFO_OBJECTS = {"information", "intelligence", "expertise", "evidence", "data", "experience",
                "technology", "know-how", "knowledge", "detail", "finding", "record"}
RETURNABLE = {"painting", "artwork", "skull", "fossil", "manuscript", "sarcophagus", "artifact", "artefact",
              "antiquity", "relic", "treasure", "statue", "sculpture", "heritage", "archive",
              "weapon", "arm", "equipment", "property", "territory", "land", "body", "remains",
              "prisoner", "hostage", "asset", "artefact", "helicopter", "vessel", "ship", "aircraft",
              "plane", "money", "village", "town", "area", "detainee", "captive", "tank"}
# Who property is handed back to ("returned the paintings to Italian authorities / to its owners").
RECEIVING_PARTIES = {"authority", "government", "ministry", "embassy", "ambassador", "envoy", "owner", "family",
                     "heir", "museum", "people", "state", "country"}
BORDER_LIKE = {"border", "crossing", "airspace", "corridor", "port", "road", "route", "checkpoint",
               "bridge", "frontier", "airport", "passage", "gate", "embassy"}
TIES = {"tie", "relation", "link", "contact"}
# What a state closes to others (restricting movement, CAMEO 191; an embassy cuts relations);
# roads and ports also close for strikes and weather.
CLOSED_TO_STATES = {"border", "frontier", "crossing", "airspace", "embassy", "consulate"}
COMPENSATION = {"compensation", "reparation", "damage", "indemnity"}
DIPLOMATS = {"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "attache", "attaché"}
GATHERINGS = {"demonstration", "protest", "rally", "march", "meeting", "gathering", "vote",
              "publication", "entry", "access", "convoy", "delivery", "sit-in", "strike", "congress"}
FORCES = {"force", "troop", "presence", "deployment", "patrol", "security", "defence", "defense",
          "garrison", "military", "army", "contingent", "navy", "police"}
TERRITORY_WORDS = {"town", "city", "village", "area", "territory", "district", "base", "airport",
                   "region", "province", "control", "hill", "position", "border", "crossing", "port",
                   "capital", "camp", "outpost", "settlement", "neighbourhood", "neighborhood",
                   "barracks", "barrack", "garrison", "hamlet", "township", "commune", "municipality",
                   "locality", "island", "valley"}
BASES = {"base", "camp", "headquarters", "outpost", "garrison", "checkpoint", "position", "post",
         "stronghold", "command", "roadblock", "encampment", "hq"}
# Verbs that make a base when their object is one ("installed a command post").
BASE_MAKING_VERBS = {"install", "relocate", "convert", "move"}
# Offices an armed group opens are its headquarters ("the rebels opened an office in the
# capital"); a state's or a company's office is not.
GROUP_OFFICES = {"office", "bureau", "representation", "mission", "administration"}
PROTEST_LIKE = {"strike", "protest", "boycott", "blockade", "sit-in", "occupation", "siege",
                "demonstration", "walkout", "hunger"}
RULES = {"ban", "law", "agreement", "embargo", "sanction", "resolution", "rule", "treaty", "order",
         "curfew", "regulation", "moratorium", "norm", "constitution", "accord", "deal"}
# What makes a warning a threat: a punitive act or its consequences (PLOVER THREATEN).
WARNING_CONTENT = {"sanction", "consequence", "retaliation", "retaliate", "response", "respond",
                   "action", "force", "punish", "punishment", "strike", "attack", "war", "military",
                   "measure", "countermeasure", "reprisal", "revenge", "boycott", "expel", "ban",
                   "arrest", "prosecute", "crush", "destroy", "annihilate", "invade", "fire",
                   "nuclear", "missile", "escalation", "escalate", "blockade", "cut", "suspend",
                   "withdraw", "halt", "tariff", "penalty", "pay", "price", "regret"}
CLAIMS = {"accusation", "allegation", "charge", "claim", "report", "suggestion", "criticism",
          "assertion", "rumour", "rumor", "speculation", "account", "statement"}
CLAIM_REJECTING = {"reject", "deny", "dismiss", "refute", "rebuff"}
ROADS = {"road", "street", "highway", "bridge", "traffic", "transport", "railway", "motorway",
         "junction", "route", "entrance", "roadway", "port", "crossing"}
INSPECTORS = {"inspector", "investigator", "monitor", "observer", "expert"}
AGREEMENT_NOUNS = {"deal", "agreement", "accord", "treaty", "consensus"}
# Governing verbs under which an agreement noun is an AGREE event.
AGREEMENT_VERBS = {"reach", "strike", "clinch", "seal", "conclude", "broker", "finalize",
                   "finalise", "agree", "hammer", "secure", "approve", "accept"}
CEASEFIRE_NOUNS = {"ceasefire", "truce", "cease-fire"}
CEASEFIRE_RETREAT_VERBS = {"declare", "announce", "observe", "implement", "order"}
CEASEFIRE_VIOLATE_VERBS = {"violate", "break", "breach"}
THREAT_VERBS = {"issue", "make", "repeat", "renew", "deliver", "level"}
STRIKE_LABOUR_WORDS = {"general", "labour", "labor", "hunger", "worker", "teacher", "union",
                       "doctor", "nurse", "nationwide", "miner", "driver", "staff", "employee",
                       "indefinite", "open-ended", "wildcat", "token", "rail", "transport", "warning"}
# "a strike over pay", "a strike by dockers": what workers strike about or who strikes.
STRIKE_LABOUR_ISSUES = {"pay", "wage", "salary", "pension", "cut", "condition", "job", "contract",
                        "reform", "bill", "law", "austerity", "layoff", "price", "tax", "arrears"}
LABOUR_PEOPLE = {"worker", "teacher", "union", "doctor", "nurse", "miner", "driver", "staff",
                 "employee", "docker", "student", "pilot", "farmer", "trader", "lawyer"}
PEOPLE_NOUNS = {"prisoner", "hostage", "detainee", "captive", "journalist", "soldier", "activist",
                "civilian", "people", "person", "man", "woman", "child", "citizen", "national",
                "sailor", "worker", "crew", "member", "leader", "protester", "opponent", "student",
                "fighter", "pow", "reporter", "dissident", "politician", "official", "refugee"}
SUSPEND_OBJECTS = {"visit", "mediation", "supply", "link", "program", "programme", "aid", "talk", "negotiation", "cooperation", "relation", "tie", "asset",
                   "fund", "funding", "participation", "membership", "agreement", "deal", "trade",
                   "export", "import", "flight", "treaty", "assistance", "delivery", "shipment",
                   "visa", "account", "payment", "loan", "contact", "dialogue"}
RECALL_OBJECTS = {"ambassador", "envoy", "diplomat", "embassy", "staff"}
LIFT_OBJECTS = {"sanction", "restriction", "curfew", "blockade", "embargo", "ban", "siege",
                "measure", "tariff", "emergency", "martial", "lockdown", "closure", "curb", "boycott",
                "duty", "levy", "quota"}
# Trade barriers whose cutting is an economic concession (CAMEO 085).
TRADE_BARRIERS = {"tariff", "duty", "levy", "tax", "quota", "sanction", "embargo", "curb"}
NON_EVENT_RELEASE = {"statement", "report", "video", "footage", "figure", "data", "detail",
                     "image", "document", "list", "photo", "photograph", "album", "film", "song",
                     "record", "result", "information", "version", "update", "budget", "plan",
                     "earnings", "profit", "product", "game", "single", "trailer", "name", "book",
                     "movie", "track", "statistic", "number", "forecast", "guidance", "figure",
                     "finding", "study", "survey", "poll", "app", "software", "phone", "model",
                     "device", "console", "chip", "version", "edition", "episode", "series",
                     "emission", "gas", "smoke", "fume", "cloud", "substance",
                     "water", "energy", "pressure", "tension", "funds", "fund",
                     "money", "cash", "grip", "hold", "hand", "balloon", "dove", "pigeon"}
MODIFIER_ALIASES = {"phone": {"phone", "telephone", "video", "telephonic"},
                    "cyber": {"cyber", "online", "digital", "computer", "internet", "ransomware", "hacking", "hacker"},
                    "armed": {"military", "army", "ground", "combat", "armed", "counter-terrorism",
                              "counterterrorism", "counter-insurgency", "punitive"},
                    "military": {"military", "naval", "joint", "war", "army", "navy", "air",
                                 "nuclear", "combat", "live-fire"}}
# Feelings of disapproval reported of an actor: "disappointed with", "appalled by".
DISAPPROVAL_WORDS = {"disappointed", "appalled", "dismayed", "outraged", "angered", "angry",
                     "furious", "frustrated", "disgusted", "incensed", "indignant", "unhappy"}
DISAPPROVAL_ENTRY = Trigger("disapproval", "ADJ", None, "ACCUSE", "disapprove", "111", None,
                            "rule:disapproval-adjective")
EVENT_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


@dataclass(frozen=True, slots=True)
class Detected:
    token: object            # spaCy Token (the trigger head)
    entry: Trigger
    rule: str                # "verb", "verb+particle", "noun", "light-verb:launch", ...
    governor: object = None  # the light verb for nominal triggers, if any


def _child_lemmas(token, deps=None) -> set[str]:
    return {c.lemma_.lower() for c in token.children if deps is None or c.dep_ in deps}


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr", "dative"}


def _object(token):
    """What the verb acts on: its direct object, its passive subject, or the noun a passive
    participle modifies in a headline fragment ("Camp installed by ISWAP on island", "Cruise
    missile downed by air defences"); not one that is itself an argument of the clause ("a
    missile launched from Yemen was intercepted": the launch describes the missile)."""
    for child in token.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    for child in token.children:
        if child.dep_ == "nsubjpass":
            return child
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") \
            and token.head.dep_ not in ARGUMENT_DEPS:
        return token.head
    return None


def _object_words(obj) -> set[str]:
    """Lemmas of an object noun, its modifiers and 'of'-complements ("tons of food aid")."""
    if obj is None:
        return set()
    words = {obj.lemma_.lower()}
    for t in obj.subtree:
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i - obj.i < 8:
            words.add(t.lemma_.lower())
    return words


MEANS_PREPS = {"by", "over", "via", "on"}
# Verbs whose required word is a complement, not a particle: "let free", "went missing".
COMPLEMENT_VERBS = {"let", "go"}


def _verb_entries(token, lex: Lexicon) -> list[tuple[Trigger, str]]:
    entries = lex.verbs.get(token.lemma_.lower())
    if not entries:
        return []
    near = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "dobj", "advmod", "agent", "nsubjpass")
            and not time_phrase(c)}  # "fired ... on Tuesday" is not "fired on"
    if token.lemma_.lower() in COMPLEMENT_VERBS:  # "let free 40 activists", "let the man go", "went missing"
        near |= {c.lower_ for c in token.children if c.dep_ in ("xcomp", "ccomp", "acomp", "oprd", "amod", "advcl")}
    # "called ... for Uganda to free him": "for" marks the clause, not the verb
    near |= {m.lower_ for c in token.children if c.dep_ == "advcl" for m in c.children
             if m.dep_ == "mark" and m.lower_ == "for"}
    # "hurled bottles, stones and flares": every listed object may name the entry's object word
    near |= {g.lower_ for c in token.children if c.dep_ == "dobj" for g in c.conjuncts}
    # "set ablaze forty houses": the parser hangs the word right after the verb on its object
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ == "amod" and after.head.dep_ == "dobj" and after.head.head.i == token.i:
        near.add(after.lower_)
    # "spoke by telephone with Zelensky": the parser hangs "with" on the means phrase
    near |= {g.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS
             for o in c.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"}
    matched = []
    for entry in entries:
        if entry.particle is None:
            return matched or [(entry, "verb")]
        if entry.particle in near:
            # (several may match: "taken into custody over remarks" is "take into", not "take
            # over"; the sense rules decide, in table order)
            matched.append((entry, "verb+particle"))
    return matched


PEACEKEEPERS = {"peacekeeper", "peacekeeping", "blue", "helmet"}
ARMED_UNITS = {"troop", "soldier", "force", "warship", "reinforcement", "tank", "unit", "battalion",
               "brigade", "platoon", "contingent", "squadron", "regiment", "marine", "paratrooper", "jet",
               "bomber", "destroyer", "carrier"}
VISITORS = {"president", "minister", "premier", "chancellor", "leader", "delegation", "envoy",
            "secretary", "king", "queen", "prince", "diplomat", "mediator", "negotiator", "pope"}
# Whom a leader receives in a hosted visit ("received a delegation", "received a mission of observers").
HOSTED_VISITORS = VISITORS | {"mission", "visitor", "counterpart", "ambassador", "guest"}
SOUGHT = {"asylum", "refuge", "protection", "help", "assistance", "aid", "support", "extradition",
          "talk", "meeting", "negotiation", "compensation", "clarification", "explanation", "loan",
          "bailout", "ceasefire", "truce", "release"}
GRANTED = {"permission", "access", "entry", "visa", "request", "application", "bail", "passage",
           "landing", "asylum", "licence", "license", "approval", "accreditation", "right"}
DEFENDED = {"right", "decision", "policy", "move", "action", "plan", "record", "law", "deal", "stance",
            "strategy", "choice", "approach", "response", "handling", "reform", "measure", "conduct",
            "position", "involvement", "effort", "presence", "expansion", "intervention", "operation"}
# Words and deeds one attacks only verbally ("attacked the minister's plan").
# Verbs of remarking on something: an act named after their preposition was done by someone else.
REMARK_VERBS = {"comment", "respond", "react", "reply", "remark", "elaborate"}
CRITICISED_WORDS = {"proposal", "remark", "comment", "idea", "bill", "budget", "speech", "statement",
                    "claim", "report", "policy", "reform", "plan", "decision", "record", "ruling", "verdict"}
CRITICISM = {"criticism", "charge", "accusation", "allegation", "attack", "critic", "claim", "complaint"}


JOINT_EFFORTS = {"effort", "process", "mission", "peace", "initiative", "operation", "reconstruction",
                 "force", "coalition", "fund", "settlement", "stabilisation", "stabilization",
                 "peacekeeping", "normalization", "normalisation", "stability", "security", "recovery",
                 "development", "strengthening"}
_SCORE = re.compile(r"\b\d{1,2} ?[-–] ?\d{1,2}\b")  # a match score, "3-1"
# Purposes that make a gathering a protest ("gathered to demand", "gathered to protest").
PROTEST_PURPOSES = {"protest", "demand", "demonstrate", "denounce", "condemn", "call", "mourn",
                    "oppose", "support", "rally", "march", "chant", "voice", "express", "show",
                    "press", "urge", "commemorate", "honour", "honor", "block", "picket"}


def _with_objects(token) -> set[str]:
    return {w for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj" for w in _object_words(o)}


def _defended_conduct(obj) -> bool:
    """"defended the decision", "defended Russia's involvement": a stance or someone's conduct,
    not ground ("defended the town", "defended the country's borders")."""
    if obj is None:
        return False
    words = _object_words(obj)
    if words & DEFENDED:
        return True
    owned = any(c.dep_ == "poss" for c in obj.children)
    return owned and obj.pos_ == "NOUN" and not words & (TERRITORY_WORDS | {"border", "airspace", "coast", "home"})


ABSTRACT_GAINS = {"advantage", "initiative", "opportunity", "moment", "lead", "chance", "momentum",
                  "imagination", "mood", "headline", "spotlight", "attention", "title", "record", "medal"}
HAND_ARMS = {"gun", "arm", "rifle", "weapon"}
# What a search turns up that makes finding it an ACLED development: weapons (a foiled attack)
# or a mass grave (evidence of killings, ACLED "Other").
FOUND_WEAPONS = {"weapon", "arm", "cache", "ammunition", "explosive", "rifle", "gun", "grenade",
                 "bomb", "ied", "device", "munition", "landmine", "mine", "stockpile", "arsenal",
                 "rocket", "missile", "detonator", "round", "firearm", "pistol", "kalashnikov", "ak-47",
                 "ak-47s", "launcher", "rpg"}
# Devices found and made safe where they lie ("destroyed two landmines"): the head noun itself.
PLANTED_EXPLOSIVES = {"mine", "landmine", "ied", "device", "explosive", "ordnance", "uxo", "bomb", "shell"}
# Nouns of taking: an event only when ground or arms are taken ("the capture of Kyaukme").
TAKING_NOUNS = {"capture", "recapture", "seizure", "takeover", "retaking"}
# Who rams a vehicle into a target as an attack.
ATTACKERS = {"bomber", "attacker", "militant", "gunman", "assailant", "terrorist", "jihadist", "insurgent"}
# Vehicle bombs by their field acronyms (suicide, person-borne, vehicle-borne IEDs).
VEHICLE_BOMBS = {"svbied", "vbied", "pbied"}
# What "repelled"/"routed" must have as object to be fighting.
ATTACK_WORDS = {"attack", "assault", "offensive", "raid", "incursion", "advance", "push", "ambush", "attacker", "assailant"}
# What tears or rips through a place when it is an attack.
BLASTS = {"blast", "explosion", "bomb", "explosive", "device", "ied", "missile", "rocket", "shell", "grenade", "bullet"}
FIND_VERBS = {"find", "discover", "uncover", "unearth", "exhume", "recover", "locate"}
# Gases that make releasing them an attack.
WAR_GASES = {"gas", "agent", "chemical", "chlorine", "chloropicrin", "sarin", "toxin"}
GAS_RELEASE_VERBS = {"release", "unleash", "pump", "deploy"}
GAS_TARGET_PREPS = {"into", "over", "at", "on", "onto", "against"}
# What rioters smash: property, not records or expectations.
SMASHED_PROPERTY = {"window", "windscreen", "windshield", "car", "vehicle", "shop", "storefront", "front", "door",
                    "camera", "office", "ballot", "box", "furniture", "glass", "statue", "bus", "kiosk", "stall"}
# A grave that is evidence of killings, not a burial ("a mass grave", "a clandestine grave").
HIDDEN_GRAVE_WORDS = {"mass", "clandestine", "secret", "unmarked", "shallow", "common"}
BODY_WORDS = {"body", "remains", "corpse", "skeleton"}
OLD_BURIAL_WORDS = {"ancient", "prehistoric", "medieval", "roman", "viking", "bronze", "archaeological", "historic",
                    "royal", "dinosaur", "fossil", "tomb"}
BURIAL_SITES = {"pit", "burial", "trench", "grave"}
DIGGING_VERBS = {"exhume", "unearth"}
# Where people are taken when they are arrested ("took them into custody").
CUSTODY_WORDS = {"custody", "detention"}
# Verbs that put someone in a state ("died in detention"), not into custody.
STATE_VERBS_IN_CUSTODY = {"die", "remain", "stay", "be", "languish", "spend", "sit"}
# What crowd-control fire uses.
CROWD_CONTROL_ROUNDS = {"rubber", "plastic", "pellet", "beanbag"}
# What a crowd is when force scatters it.
CROWD_WORDS = {"crowd", "protester", "protestor", "demonstrator", "marcher", "gathering", "rally",
               "march", "demonstration", "protest", "mourner", "them"}
# What "use ... against" must use to be an attack (besides the weapons table).
# Verbs of taking that loot when armed men take things, not people ("carried off its records").
THINGS_CARRIED_OFF = {"carry", "strip"}
# Verbs whose subject, when it is a weapon fired from afar, is a strike ("mortar rounds landed
# near a school"), and the weapon modes that are fired so.
PROJECTILE_VERBS = {"land", "crash", "rain", "impact"}
FIRED_MODES = {"heavy-weapons", "aerial", "drone"}
# Places forces secure after an incident, which no side took from another.
SECURED_SCENES = {"area", "scene", "site", "perimeter"}
# What people are forced into that makes the act sexual violence.
SEXUAL_WORDS = {"sex", "sexual", "prostitution"}
# Verbs that hand a place to another side when it has a "to" ("surrendered the town to the rebels").
PLACE_HANDING_VERBS = {"surrender", "return", "transfer", "hand", "relinquish"}
# What air defences or navies stop in flight or at sea, besides the weapon table's words.
INTERCEPTED_CRAFT = {"drone", "uav", "missile", "rocket", "projectile", "shell", "aircraft", "plane", "jet",
                     "helicopter", "boat", "vessel", "ship", "shipment", "consignment", "cargo", "barrage", "salvo"}
REFLEXIVES = {"itself", "themselves"}
# Nouns under which "for their release" names a release still to be won.
RELEASE_SOUGHT_BY = {"ransom", "demand", "payment", "negotiation", "talk", "campaign", "call", "push", "plea",
                     "appeal", "pressure", "fight", "bid", "effort",
                     # "chanting for the release of detained activists": a release asked for
                     "chant", "march", "rally", "protest", "demonstrate", "pray", "vigil", "petition"}
# What air defences stop in flight ("knocked out a rocket").
AIRBORNE_PROJECTILES = {"drone", "uav", "missile", "rocket", "projectile", "shell", "shahed", "barrage", "salvo"}
USED_WEAPONS = {"munition", "barrel", "agent", "weapon", "ammunition", "bullet", "round"}
# Who is called up: conscripts and reservists as well as recruits.
CALLED_UP = {"reservist", "conscript", "man", "youth", "recruit", "citizen", "student"}
# Barriers a crowd or force breaks through ("broke through the gates", "broke through police lines").
BARRIERS = {"gate", "barricade", "cordon", "line", "fence", "wall", "door", "barrier", "checkpoint"}
# Measures a government declares whose object must name them ("a state of emergency", not "a state of mourning").
EMERGENCY_WORDS = {"emergency", "siege"}
MASS_GRAVE_ENTRY = Trigger("grave", "VERB", None, "ASSAULT", "massacre", "202", "Other", "rule:mass-grave-found")
# Verbs that say a place changed hands only when a place is their subject ("the town fell to").
PLACE_SUBJECT_VERBS = {"fall"}
# People taken or gone missing, besides PEOPLE_NOUNS.
VICTIM_NOUNS = {"priest", "pastor", "trader", "businessman", "businesswoman", "girl", "boy", "teenager",
                "villager", "farmer", "pupil", "schoolgirl", "schoolboy", "doctor", "nurse", "teacher",
                "lawyer", "engineer", "chief", "traveller", "traveler", "passenger", "resident", "son",
                "daughter", "wife", "husband", "brother", "sister", "father", "mother", "relative",
                "unionist", "blogger", "campaigner", "critic", "cleric", "poet", "singer", "rapper", "academic",
                "nun", "monk", "employee", "tourist", "missionary", "pilgrim", "fisherman", "herder", "driver",
                "principal", "headmaster", "headteacher", "coordinator", "organiser", "organizer",
                "aide", "volunteer", "staffer", "guard", "worshipper", "suspect", "thief", "robber",
                "burglar", "defender", "shepherd", "pensioner", "youth", "miner", "demonstrator",
                "marcher", "councillor", "councilor", "mayor", "elder", "supporter", "mp", "lawmaker",
                "legislator", "senator", "candidate", "governor"}
# Verbs that say a person vanished only when a person is their subject ("went missing").
PERSON_SUBJECT_VERBS = {"go"}
# Nouns an armed group decrees (a ban, a levy) or announces about itself (a merger); a state's
# ban or tax is ordinary policy, two companies' merger is business.
ARMED_GROUP_NOUNS = {"ban", "levy", "tax", "merger", "stoppage"}
# People an armed group recruits into its ranks (fighters, or children and youths forced to join).
RECRUIT_VERBS = {"recruit", "enlist", "conscript"}
# Verbs that raise fighters for later fighting ("trained youths to fight").
ENLISTING_VERBS = RECRUIT_VERBS | {"mobilise", "mobilize", "train", "arm"}
RECRUITS = {"man", "volunteer", "youngster", "fighter", "soldier", "militant", "combatant", "militiaman", "mercenary", "child", "boy",
            "girl", "youth", "teenager", "minor", "recruit", "jihadist", "gunman", "auxiliary", "conscript", "reservist"}
SOCIAL_ILLS = {"poverty", "corruption", "cause", "epidemic", "pandemic", "disease", "virus", "inflation",
               "hunger", "illiteracy", "unemployment", "climate", "discrimination", "racism", "malaria",
               "ebola", "cancer", "fire", "wildfire", "drought", "famine", "crime", "fraud", "obesity"}
# Missions that make sent or deployed people aid rather than a show of force.
AID_MISSIONS = PEACEKEEPERS | {"observer", "monitor", "rescue", "relief", "humanitarian", "aid", "medical",
                               "peace"}


# An armed group ordering people out of their homes, or to stay in them, without violence
# (ACLED "Other"): the telling verbs, and the leaving they demand ("ordered villagers to leave",
# "gave residents 48 hours to vacate the town"). A state ordering an evacuation is no such event.
EVICTING_VERBS = {"order", "give", "instruct", "compel", "force", "tell"}
CLOSING_VERBS = {"close", "shut"}
# What a state or armed group cuts off when it silences a region: networks, broadcasts, outlets
# ("shut down mobile internet", "pulled the BBC's broadcasts off air"); ACLED "Other".
COMMUNICATIONS = {"internet", "broadband", "network", "telecommunication", "telecom", "broadcast", "signal",
                  "website", "newspaper", "channel", "radio", "station", "communication", "social", "airwave"}
SILENCING_VERBS = {"shut", "cut", "suspend", "block", "pull", "disconnect", "switch", "black", "restrict", "ban"}
# Verbs the lexicon lists only for communications cut or levies collected.
COMMS_OR_LEVY_ONLY = {"shut", "disconnect", "switch", "collect", "levy", "extort"}
# What soldiers dissolve or suspend when they take power.
CONSTITUTIONAL_ORDER = {"constitution", "parliament", "government", "assembly", "legislature", "senate", "institution"}
CLIMBED_DEPS = {"ccomp", "conj", "xcomp", "advcl"}
COUP_MAKERS = {"soldier", "officer", "army", "military", "junta", "troop", "colonel", "general", "mutineer"}
# Bodies a ban outlaws ("banned the movement"), unlike goods or acts ("banned imports").
BANNED_BODIES = {"party", "movement", "group", "organisation", "organization", "association", "union",
                 "network", "front", "alliance", "coalition", "militia", "brotherhood"}
# What an armed group collects when it taxes people in ground it holds.
LEVIES = {"tax", "levy", "zakat", "toll", "fee", "tribute", "duty"}
LEAVING_VERBS = {"leave", "abandon", "vacate", "evacuate", "flee", "quit", "relocate", "depart"}
CONFINED_WORDS = {"home", "indoors", "inside", "homes"}
EVICTION_ENTRY = Trigger("order", "VERB", None, "COERCE", "restrict", "174", "Other", "rule:eviction-order")
# Forces moving in with no fight: the same reading as "entered the town unopposed".
ENTRY_UNOPPOSED = Trigger("move", "VERB", "in", "MOBILIZE", "troops", "154", "Non-violent transfer of territory",
                          "rule:unopposed-move-in")


def _eviction_order(token) -> bool:
    """An armed group's telling verb whose own clause demands that people leave."""
    if token.lemma_.lower() not in EVICTING_VERBS or not _armed_group_subject(token):
        return False
    return any(_leaving_or_confined(t) and _clause_verb_index(t) == token.i for t in token.subtree)


def _leaving_or_confined(verb) -> bool:
    """"to leave", "to vacate", "to stay at home/indoors" (a curfew of the group's own) or "to
    close" (schools or shops shut on the group's order)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in LEAVING_VERBS | CLOSING_VERBS or (
        lemma == "stay" and any(t.lower_ in CONFINED_WORDS for t in verb.subtree))


def _clause_verb_index(token) -> int | None:
    """Position of the nearest verb above ``token``, past verbs it is conjoined with ("ordered
    them to close their shops and leave": "leave" belongs to "ordered")."""
    while token.dep_ == "conj" and token.head.pos_ == "VERB":
        token = token.head
    return next((a.i for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


# Forces leaving a place (ACLED: a change of activity, or a transfer when someone moves in).
ABANDON_VERBS = {"abandon", "vacate"}
# Bombs set off or driven at a target ("set off an explosive vest", "drove a car bomb into").
DELIVERY_PARTICLES = {"off", "into"}
DELIVERED_BOMBS = {"bomb", "vest", "belt", "device", "explosive", "ied", "charge", "car", "truck", "vehicle",
                   "vbied", "landmine", "mine", "grenade"}


def _forces_leave_place(token, obj) -> bool:
    """"troops abandoned the town", "the militia vacated its base": armed leavers, a place."""
    return _held_place(obj) and _forces_subject(token)


def _forces_subject(verb) -> bool:
    """The verb's subject names armed forces of any side ("troops", "the army", "rebel fighters")."""
    subject = _subject_of(verb)
    return subject is not None and bool(_object_words(subject) & (ARMED_UNITS | NON_STATE_ARMED | FORCES | PEACEKEEPERS))


def _held_place(obj) -> bool:
    """A place or post forces hold ("the town", "Kidal", "a district centre", "their base")."""
    return _place_word(obj) or bool(_object_words(obj) & (TERRITORY_WORDS | BASES))


# Forces moving into a place nobody defends (ACLED "Non-violent transfer of territory").
MOVE_IN_VERBS = {"enter", "walk"}
UNOPPOSED_WORDS = {"unopposed", "peacefully", "unchallenged", "unhindered"}
UNFOUGHT_NOUNS = {"fight", "fighting", "resistance", "battle", "shot", "clash"}


def _unopposed_entry(token, obj) -> bool:
    """"troops entered the town unopposed", "rebels entered Goma without a fight": armed movers,
    a place, and no resistance."""
    if not (_forces_subject(token) and (_held_place(obj) or _entered_place(token, obj))):
        return False
    words = {t.lower_ for t in token.subtree}
    # "without fighting" may hang anywhere in the clause ("the camp vacated by X without fighting")
    unfought = any(t.lower_ == "without" and _object_words(next(iter(t.children), None)) & UNFOUGHT_NOUNS
                   for t in token.subtree)
    return bool(words & UNOPPOSED_WORDS) or unfought


def _entered_place(verb, obj) -> bool:
    """The place entered: after "into" ("moved into the camp"), or, with no object, the place
    the sentence has just named as left ("the garrison abandoned the town; fighters entered")."""
    if any(_held_place(p) for p in objects_of_prep(verb, "into")):
        return True
    return obj is None and any(_held_place(t) for t in sentence_of(verb) if t.i < verb.i and t.dep_ in ("dobj", "pobj"))


# An armed group naming its own new leader changes the group (ACLED "Change to group/activity").
NAMING_VERBS = {"name", "appoint", "elect", "choose", "select", "designate", "install", "pick"}
LEADER_TITLES = {"leader", "commander", "chief", "emir", "head", "chairman", "chair", "president",
                 "spokesman", "spokesperson", "successor", "deputy", "general", "secretary-general"}


def _named_roles(token, obj) -> set[str]:
    """Words of the object and of the role it is named to ("named X its new leader", "appointed
    X as commander")."""
    roles = [c for c in token.children if c.dep_ in ("oprd", "xcomp")]
    roles += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    if obj is not None:
        roles += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    return _object_words(obj) | {w for r in roles for w in _object_words(r)}


def _mission_words(token) -> set[str]:
    """Noun and adjective lemmas in the verb's own clause ("sent troops to join the peacekeeping mission")."""
    return {t.lemma_.lower() for t in token.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN")
            and not (t.dep_ in ("ccomp", "advcl") and t.i != token.i)}


CROWD_CONTROL_KIT = {"cannon", "teargas", "tear", "pepper", "baton", "bullet", "stun"}


def _arrival_sense(token, entry: Trigger, obj) -> Trigger | None:
    """Who arrives or is deployed decides the event: peacekeepers are aid, troops a deployment,
    leaders a visit; anything else ("the team arrived") is no event."""
    movers = _object_words(obj) if entry.lemma == "deploy" else set()
    for subj in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
        movers |= _object_words(subj)
    if entry.lemma == "deploy" and movers & CROWD_CONTROL_KIT and any(
            c.dep_ == "prep" and c.lower_ in ("against", "on") for c in token.children):
        # "water cannon was deployed against displaced persons": force used on a crowd
        return replace(entry, plover="ASSAULT", mode="crowd-control", cameo="175", acled="Protest with intervention")
    scene = movers | _mission_words(token)
    if scene & AID_MISSIONS:
        if scene & (PEACEKEEPERS | ARMED_UNITS):
            return replace(entry, plover="AID", mode="military", cameo="074", acled=None)
        return replace(entry, plover="AID", mode=None, cameo="070", acled=None)  # observers, rescuers
    if entry.lemma == "deploy":
        return entry
    if movers & ARMED_UNITS:
        return replace(entry, plover="MOBILIZE", mode="troops", cameo="154", acled=None)
    if movers & VISITORS:
        return entry
    return None


def _fired_by_agent(token) -> str:
    """What "fired by X" fired: the participle's head ("shells fired by the army") or, where the
    parser made the participle the main verb, its subject ("Rockets fired by the militia landed")."""
    if token.dep_ == "acl":
        return token.head.lemma_.lower()
    if any(c.dep_ == "agent" for c in token.children):
        return next((c.lemma_.lower() for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), "")
    return ""


def _verb_sense(token, entry: Trigger, lex: Lexicon) -> Trigger | None:
    """Word-sense checks for ambiguous verbs; None = not an event here."""
    lemma = entry.lemma
    obj = _object(token)
    obj_lemma = obj.lemma_.lower() if obj is not None else ""
    if lemma in ("suspend", "dissolve") and _object_words(obj) & CONSTITUTIONAL_ORDER and _soldiers_acting(token):
        # "soldiers announced they had dissolved parliament and suspended the constitution": a coup
        return replace(entry, plover="COERCE", mode="restrict", cameo="1721", acled="Other")
    if lemma in SILENCING_VERBS and _object_words(obj) & COMMUNICATIONS:
        # "shut down mobile internet", "suspended the broadcasts of RFI": communications cut;
        # "destroyed telecom towers, cutting networks": what the destruction did, no act of its own
        if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp", "acl"):
            return None
        return replace(entry, plover="COERCE", mode="restrict", cameo="1721", acled="Other")
    if lemma in ("collect", "levy", "extort") and _object_words(obj) & LEVIES:
        # an armed group taxing traders; a state's tax is policy
        return replace(entry, plover="COERCE", mode="restrict", cameo="1721", acled="Other") \
            if _armed_group_subject(token) else None
    if lemma in COMMS_OR_LEVY_ONLY or (lemma == "pull" and entry.particle == "off"):
        return None  # "shut the gate", "collected the children", "pulled off a win"
    if _eviction_order(token):
        return EVICTION_ENTRY
    if lemma == "force" and _pobj_words(token, "into") & SEXUAL_WORDS:
        # "forced women into sex": sexual violence, not an order to leave
        return replace(entry, plover="ASSAULT", mode="sexual", cameo="1821", acled="Sexual violence")
    if lemma in GAS_RELEASE_VERBS and _gas_released(token, obj):
        # "released a toxic gas into their dugout", "deployed a toxic gas against villagers",
        # "toxic gas released by government forces": a gas attack
        return replace(entry, plover="ASSAULT", mode="unconventional", cameo="190", acled="Chemical weapon")
    if lemma in LEAVING_VERBS and token.dep_ in ("xcomp", "ccomp", "advcl") and _eviction_order(token.head):
        return None  # "ordered residents to evacuate": the order is the event, not an evacuation
    if lemma in EVICTING_VERBS and entry.particle is None and entry.acled == EVICTION_ENTRY.acled:
        return None  # the lexicon's "order" is an event only as an armed group's eviction order
    if lemma in LIGHT_VERBS and entry.particle is None and obj is not None and lex.names_act(obj):
        return None  # the object noun is the event ("launched an attack"); "call off" is not light
    if lemma == "strike" and obj_lemma in AGREEMENT_NOUNS | {"balance", "tone", "chord", "note",
                                                           "compromise", "blow", "pose", "match"}:
        return None
    if lemma == "launch" and obj_lemma not in lex.weapons:
        return None
    if lemma == "lose" and not _pobj_words(token, "to") & PLANTED_EXPLOSIVES:
        return None  # "lost both legs to a landmine"; "lost the match to Chelsea" is no event
    if lemma == "step" and not _stepped_on_weapon(token, lex):
        return None  # "stepped on a landmine" is a blast; "stepped on the brakes" is not
    if lemma in ("run", "drive") and entry.particle == "over" and not (
            _object_words(obj) | _pobj_words(token, "over")) & (set(lex.weapons) | {"mine", "landmine", "ied"}):
        return None  # "ran over a pedestrian", "the meeting ran over"
    if lemma == "merge" and entry.particle is None and not _group_acts(token):
        return None  # "the two banks merged"
    fired = obj_lemma or _fired_by_agent(token)
    if fired_into_the_air(token):
        return None  # "warning shots fired into the air"
    if lemma == "aim" and not (_object_words(obj) & (set(lex.weapons) | USED_WEAPONS | CROWD_CONTROL_ROUNDS)
                               and objects_of_prep(token, "at")):
        return None  # "aimed rifles at the crowd" is force; "aimed at ending the war" is a purpose
    if lemma in ("fire", "spray", "aim") and _object_words(obj) & CROWD_CONTROL_ROUNDS:
        return replace(entry, mode="crowd-control", cameo="175", acled="Protest with intervention")  # "firing rubber bullets"
    if lemma == "break" and entry.particle == "up" and not _object_words(obj) & GATHERINGS:
        return None  # "broke up the company"
    if lemma in ("fire", "spray") and entry.particle is None and fired not in set(lex.weapons) | USED_WEAPONS | {"gas", "shot", "cannon"}:
        return None
    if lemma == "contribute" and (obj is None or obj.lower_ in ("more", "much")) and any(
            c.dep_ == "prep" and c.lower_ == "to" and _object_words(next(iter(c.children), None)) & JOINT_EFFORTS
            for c in token.children):
        return replace(entry, plover="COOPERATE", mode=None, cameo="060", acled=None)  # "contribute to peace efforts"
    if lemma in AID_VERBS:
        if obj is None:
            return None
        heads = _object_words(obj) | _with_objects(token)  # "provided the army with rifles"
        if heads & INSPECTORS:
            return replace(entry, plover="ACCUSE", mode="investigate", cameo="090")
        if heads & (ARMED_UNITS | {"peacekeeper"}):  # "sent two battalions to Menaka"
            if lemma == "contribute" or (heads | _mission_words(token)) & AID_MISSIONS:
                return replace(entry, plover="AID", mode="military", cameo="074")
            return replace(entry, plover="MOBILIZE", mode=None, cameo="154")
        mode_hits = [lex.aid_objects[h] for h in heads if h in lex.aid_objects]
        money = obj.like_num or obj.ent_type_ == "MONEY" or any(
            t.ent_type_ == "MONEY" or t.lower_ in ("$", "usd", "eur", "€", "£", "million", "billion")
            for t in obj.subtree)
        if not mode_hits and not money:
            return None
        mode = next((m for m in mode_hits if m), None)
        cameo = {"military": "072", "humanitarian": "073", "economic": "071", "asylum": "075"}.get(mode or "", "070")
        return replace(entry, mode=mode, cameo=cameo)
    if lemma in ("arrive", "deploy"):
        return _arrival_sense(token, entry, obj)
    if lemma == "call" and entry.particle is None and not _called_someone(token, obj):
        return None
    if lemma == "ask" and question_asked(token):
        return None  # "when asked about the talks", "asked whether the army would withdraw": a question
    if lemma == "seek":
        words = _object_words(obj)
        if not words & SOUGHT:
            return None
        return replace(entry, mode="meet", cameo="026") if words & {"talk", "meeting", "negotiation"} else entry
    if lemma == "deny" and not (_object_words(obj) | _child_lemmas(token, ("dobj", "dative"))) & GRANTED:
        return None
    if lemma == "defend" and not (_defended_conduct(obj) or any(
            c.dep_ == "prep" and c.lower_ in ("against", "over") and _object_words(next(iter(c.children), None)) & CRITICISM
            for c in token.children)):
        return None
    if lemma in ("exchange", "swap") and _object_words(obj) & {"prisoner", "captive", "detainee", "hostage", "pow", "body"}:
        return replace(entry, plover="RETREAT", mode="release", cameo="0841", acled="Agreement")
    if lemma == "down" and not _object_words(obj) & (set(lex.weapons) | {"aircraft", "plane", "jet", "helicopter"}):
        return None
    if lemma == "dissolve" and not (_group_acts(token) and (obj is None or obj.lower_ in REFLEXIVES)
                                     or _object_words(obj) & (NON_STATE_ARMED | GROUP_PARTS)):
        return None  # "HTS dissolved itself", "dissolved its militia wing"; not "dissolved parliament"
    if lemma == "knock" and entry.particle == "out":
        hit = _object_words(obj)
        if hit & AIRBORNE_PROJECTILES:
            return entry
        return replace(entry, acled=None) if hit & (set(lex.weapons) | ARMED_UNITS) else None  # "knocked out a tank"
    if lemma == "bring" and entry.particle == "down" and not _object_words(obj) & (set(lex.weapons) | INTERCEPTED_CRAFT):
        return None  # "brought down prices", "brought down the government"
    if lemma == "turn" and entry.particle == "into" and not _pobj_words(token, "into") & BASES:
        return None  # "turned the school into their headquarters"
    if lemma == "turn" and entry.particle == "over" and not (_object_words(obj) & TERRITORY_WORDS or (
            obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC"))):
        return None  # "turned over the base to the army"; "turned over documents" is no transfer
    if lemma in ("exchange", "trade") and obj_lemma in ("fire", "gunfire", "shot"):
        return replace(entry, plover="ASSAULT", mode="firearms", cameo="193", acled="Armed clash")
    if lemma == "attack" and obj_lemma in CRITICISED_WORDS:
        return replace(entry, plover="ACCUSE", mode=None, cameo="111", acled=None)  # "attacked the plan"
    if lemma in ABANDON_VERBS and not _forces_leave_place(token, obj):
        return None  # "abandoned the plan", "villagers abandoned their homes": no force withdrew
    if lemma == "move" and obj is None and moved_in(token) and _unopposed_entry(token, obj):
        return ENTRY_UNOPPOSED  # "government troops moved in unopposed"
    if lemma in ("head", "roll") and entry.plover == "MOBILIZE" and (
            entry.particle is not None or not _moving_forces(token)):
        return None  # "the talks are heading for collapse", "heads of state" ("rolled back tariffs" is read below)
    if lemma == "move" and not _object_words(obj) & (ARMED_UNITS | FORCES) and not (
            obj is None and _moving_forces(token, HEADING_PREPS)):
        # "moved its embassy", "moved the vote"; "tanks were seen moving towards the border" moves
        # forces ("moved into a school" is taken up by the entry and base rules)
        return None
    if entry.mode == "explosives" and entry.particle in DELIVERY_PARTICLES and lemma != "go" \
            and not _object_words(obj) & DELIVERED_BOMBS and not _pronoun_for_bomb(token, obj):
        return None  # "set off for the capital", "drove a truck into the city"
    if lemma in MOVE_IN_VERBS:
        return entry if _unopposed_entry(token, obj) else None
    if lemma in BASE_MAKING_VERBS and (_object_words(obj) | _pobj_words(token, "into")) & BASES:
        # "installed a command post", "relocated its headquarters", "converted an outpost into its headquarters"
        return replace(entry, plover="MOBILIZE", mode="troops", cameo="154", acled="Headquarters or base established")
    if lemma in ("relocate", "convert"):
        return None  # "relocated the residents", "converted the loan"
    if lemma in ("establish", "set", "open", "install") and obj_lemma in GROUP_OFFICES and _armed_group_subject(token):
        return replace(entry, plover="MOBILIZE", mode="troops", cameo="154", acled="Headquarters or base established")
    if lemma in NAMING_VERBS and entry.particle is None:
        return entry if _armed_group_subject(token) and _named_roles(token, obj) & LEADER_TITLES else None
    if lemma in ("establish", "set", "build", "open", "construct", "erect", "create") and _object_words(obj) & BASES and \
            (lemma != "set" or entry.particle == "up" or any(c.lower_ == "up" for c in token.children)):
        return replace(entry, plover="MOBILIZE", mode="troops", cameo="154", acled="Headquarters or base established")
    if (lemma in ("build", "construct", "erect", "create") or (lemma == "set" and entry.particle == "up")) and \
            not _object_words(obj) & BASES:
        return None
    if lemma in ("repel", "repulse", "rout") and not _object_words(obj) & (ATTACK_WORDS | NON_STATE_ARMED | ARMED_UNITS | FORCES):
        return None  # "repelled investors", "routed their rivals 4-0"
    if lemma == "fling" and not _object_words(obj) & (FOUND_WEAPONS | {"stone", "rock", "brick"}):
        return None
    if lemma == "whisk" and not _person_word(obj) and not any(c.dep_ == "nsubjpass" and _person_word(c) for c in token.children):
        return None
    if lemma == "disappear" and not (any(c.lower_ == "forcibly" for c in token.children) or
                                     any(c.dep_ == "auxpass" for c in token.children)):
        return None  # "the plane disappeared from radar"
    if lemma == "destroy" and obj is not None and obj.lemma_.lower() in PLANTED_EXPLOSIVES:
        # "engineers uncovered and destroyed two landmines": a device made safe, no attack
        return replace(entry, mode="explosives", cameo="183", acled="Disrupted weapons use")
    if lemma in ("neutralise", "neutralize"):
        if _object_words(obj) & FOUND_WEAPONS:
            return replace(entry, mode="explosives", cameo="183", acled="Disrupted weapons use")
        return entry if _object_words(obj) & (NON_STATE_ARMED | ARMED_UNITS | {"terrorist", "attacker", "suspect"}) else None
    if lemma == "defect" and not _object_words(_subject_of(token)) & (NON_STATE_ARMED | ARMED_UNITS | FORCES):
        return None  # "the striker defected to the rival club"
    if lemma == "ram" and not (_object_words(_subject_of(token)) & ATTACKERS
                               or _object_words(obj) & BLASTS
                               or any(t.lemma_.lower() in VEHICLE_BOMBS for t in sentence_of(token))):
        return None  # "the lorry rammed into a wall" (not "an SVBIED driver rammed the gate")
    if lemma == "initial" and not _object_words(obj) & (RULES | {"text", "draft", "treaty"}):
        return None
    if lemma == "pitch" and not _object_words(obj) & BASES:
        return None  # "pitched the idea"
    if lemma in PROJECTILE_VERBS:
        # "mortar rounds landed near a school": only what is fired from afar lands; "the plane
        # landed in Moscow"
        fired = {w for w in _object_words(_subject_of(token)) if lex.weapons.get(w, ("",))[0] in FIRED_MODES}
        return entry if fired else None
    if lemma == "slam" and entry.particle == "into":
        if not _object_words(_subject_of(token)) & (BLASTS | set(lex.weapons) | {"fire", "artillery", "drone"}):
            return None  # "the car slammed into a wall"
        return entry
    if lemma == "plant" and not _object_words(obj) & FOUND_WEAPONS:
        return None  # "planted trees"
    if lemma in ("tear", "rip") and entry.particle == "through" and not _object_words(_subject_of(token)) & BLASTS:
        return None  # "the storm tore through the town"
    if lemma == "go" and entry.particle == "off" and not _object_words(_subject_of(token)) & (BLASTS | set(lex.weapons)):
        return None  # "the alarm went off"
    if lemma == "set" and entry.particle == "upon" and not _person_word(obj or next(iter(objects_of_prep(token, "upon")), None)):
        return None  # "set upon the task"
    if lemma == "dismantle" and not _object_words(obj) & FOUND_WEAPONS:
        return None  # "dismantled the camp", "dismantled the network"
    if lemma == "set" and entry.particle == "on":
        return entry if _pobj_words(token, "on") & {"fire"} else None  # "set the building on fire"
    if lemma == "take" and entry.particle == "into":
        # "took six party members into custody"; "took into account" is no arrest
        return entry if _pobj_words(token, "into") & CUSTODY_WORDS and obj is not None else None
    if lemma in ("take", "win") and entry.particle in ("over", "back") and obj is None:
        obj = next(iter(objects_of_prep(token, entry.particle)), None)  # "took over Kenscoff": "over" parsed as a preposition
    if lemma in ("take", "win") and entry.particle in ("over", "back") and obj is None:
        return None  # "since he took over at Liverpool": a new job, not a capture
    if lemma in ("take", "win") and entry.particle in ("over", "back") and obj is not None and \
            obj.ent_type_ not in ("GPE", "LOC", "FAC") and not _apposed_words(obj) & TERRITORY_WORDS \
            and not (obj.pos_ == "PROPN" and (_forces_subject(token) or _armed_group_subject(token))):
        return None  # (armed men take over a place, whatever the tagger made of its name)
    if lemma == "take" and obj is not None:
        words = _object_words(obj)
        if "hostage" in {c.lower_ for c in token.subtree} or "captive" in words:
            return replace(entry, plover="ASSAULT", mode="abduct", cameo="181", acled="Abduction/forced disappearance")
    if lemma == "reduce" and entry.particle == "to":
        # "reduced to ashes/rubble" destroys; "reduced to 20 per cent" does not
        return entry if {o.lower_ for o in objects_of_prep(token, "to")} & RUINS else None
    if lemma == "hold" and entry.plover == "COERCE":
        return _holding(token, obj, entry)
    if lemma in ("share", "exchange", "swap") and not _object_words(obj) & INFO_OBJECTS:
        return None
    if lemma == "return" and (obj is None or not (_object_words(obj) & RETURNABLE or _handed_to_party(token))):
        return None
    if lemma == "come" and entry.particle == "under" and under_attack(token) is None:
        return None  # "came under pressure", "came under scrutiny"
    if lemma in ("open", "reopen", "re-open") and entry.particle is None and (obj is None or obj_lemma not in BORDER_LIKE):
        return None  # "opened the border" (not "opened fire", an entry of its own)
    if lemma == "close" and obj_lemma not in CLOSED_TO_STATES:
        return None  # "closed the deal", "closed the gap": no border shut
    if lemma == "close" and obj_lemma in ("embassy", "consulate"):
        return replace(entry, plover="SANCTION", mode=None, cameo="161", acled=None)  # cuts relations
    if lemma == "receive" and obj_lemma not in HOSTED_VISITORS:
        return None  # "received a letter", "received a yellow card": no visit hosted
    if lemma in ("establish", "restore", "upgrade", "normalize", "normalise") and obj_lemma not in TIES \
            and entry.particle != "control":
        return None
    if lemma == "accept":
        if obj is None:
            return None
        if obj_lemma in {"demand", "condition", "term", "ultimatum", "request", "call", "resignation"}:
            return replace(entry, plover="CONCEDE", cameo="083")
    if lemma == "pay" and obj_lemma not in COMPENSATION:
        return None
    if lemma in ("cut", "reduce", "suspend", "roll", "lower") and _object_words(obj) & TRADE_BARRIERS:
        return replace(entry, plover="CONCEDE", mode=None, cameo="085")  # "cut tariffs on US farm goods"
    if lemma == "roll" and entry.particle == "back":
        return None
    if lemma == "cancel" and _object_words(obj) & LIFT_OBJECTS:
        return replace(entry, plover="CONCEDE", cameo="081")  # "cancelled the curfew": eased, not cut off
    if lemma in ("halt", "stop", "cut", "reduce", "cancel", "withhold", "terminate"):
        words = _object_words(obj) if obj is not None else set()
        if not words & SUSPEND_OBJECTS:
            return None
        if words & {"talk", "negotiation", "mediation", "dialogue"}:
            return replace(entry, cameo="164")
        if words & TIES:
            return replace(entry, cameo="161")
    if lemma == "end" and not _object_words(obj) & PROTEST_LIKE:
        return None
    if lemma == "violate" and any(c.lower_ == "sexually" for c in token.children):
        return replace(entry, plover="ASSAULT", mode="sexual", cameo="1821", acled="Sexual violence")
    if lemma in ("violate", "breach") and not _object_words(obj) & RULES:
        return None
    if lemma == "summon" and obj_lemma not in DIPLOMATS:
        return None
    if lemma in ("block", "blockade") and _object_words(obj) & ROADS:
        if _armed_group_subject(token):
            # "insurgents have blockaded the main road": PLOVER's obstruction, but no protest for
            # ACLED: an armed group cutting a route off is a strategic development
            return replace(entry, plover="PROTEST", mode="obstruct", cameo="144", acled="Other")
        return replace(entry, plover="PROTEST", mode="obstruct", cameo="144", acled="Peaceful protest")
    if lemma in ("prevent", "block") and not _object_words(obj) & GATHERINGS:
        return None
    if lemma in ("strengthen", "bolster", "boost", "increase", "beef") and (obj is None or not _object_words(obj) & FORCES):
        return None
    if lemma == "expel" and obj is not None and _object_words(obj) & (DIPLOMATS | INSPECTORS | {"staff", "worker", "agency", "mission"}):
        return replace(entry, plover="SANCTION", mode="expel", cameo="166")
    if lemma in ("wound", "injure") and obj is None and token.dep_ not in ("ROOT", "conj", "advcl") \
            and not any(c.dep_ == "nsubjpass" for c in token.children):
        return None
    if lemma == "allow" and obj is None and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return None
    if lemma == "hack" and any(t.lower_ == "death" for t in token.subtree):
        return replace(entry, plover="ASSAULT", mode="primitive", cameo="1823", acled="Attack")
    if lemma in ("seize", "grab", "capture") and obj is not None and obj.lemma_.lower() in ABSTRACT_GAINS:
        return None  # "seizing a poll advantage", "captured the mood": no property or people taken
    if lemma in FIND_VERBS and entry.particle != "control":
        return _found_sense(entry, obj, token)
    if lemma == "break" and entry.particle == "through" and not _pobj_words(token, "through") & BARRIERS:
        return None  # "broke through the clouds", "a breakthrough in talks"
    if lemma == "break" and entry.particle == "through" and _forces_subject(token):
        return replace(entry, plover="ASSAULT", mode=None, cameo="190", acled=None)  # "troops broke through enemy lines"
    if entry.particle == "state" and not _object_words(obj) & EMERGENCY_WORDS:
        return None  # "declared a state of mourning"
    if lemma in PLACE_SUBJECT_VERBS and not (_place_word(_subject_of(token)) and _taken_by_a_side(token)):
        return None  # "prices fell to a record low", "the toll in Goma fell to 30"
    if lemma in PERSON_SUBJECT_VERBS and entry.particle == "missing" and not _person_word(_subject_of(token)):
        return None  # "the plane went missing" has no kidnapper
    if lemma in THINGS_CARRIED_OFF and entry.particle in (None, "off", "away") and obj is not None \
            and not _person_word(obj) and (_armed_group_subject(token) or _forces_subject(token)) \
            and (lemma != "strip" or any(c.dep_ == "prep" and c.lower_ == "of" for c in [*token.children, *obj.children])):
        # "militiamen carried off its records", "gunmen stripped the clinic of its beds": looting
        return replace(entry, plover="COERCE", mode="seize", cameo="1711", acled="Looting/property destruction")
    if lemma in ("snatch", "bundle", "carry", "thrash", "grab", "drag", "lead", "lock", "haul", "strip") and \
            not _person_word(obj):
        return None  # "snatched victory", "snatched a handbag"
    if lemma == "strip":
        return None  # "stripped him of his title": a person stripped is no looting
    if lemma in PLACE_HANDING_VERBS and entry.particle is None:
        # "surrendered the district centre to the Taliban", "returned four villages to Azerbaijan"
        receivers = objects_of_prep(token, "to")
        if _held_place(obj) and receivers and not any(r.lemma_.lower() in TERRITORY_WORDS or gazetteer_place_name(r)
                                                      for r in receivers):  # "to Azerbaijan", not "to Dublin"
            return replace(entry, plover="COOPERATE", mode=None, cameo="063", acled=None)
        if lemma in ("transfer", "hand", "relinquish"):
            return None  # "transferred funds", "handed a letter to", "relinquished his seat to"
    if lemma in ("oust", "expel") and _object_words(obj) & (ARMED_UNITS | NON_STATE_ARMED | FORCES | {"group", "army"}):
        # "ousted a rival militia from Pinga", "expelled army units from the town": fighting for ground
        return replace(entry, plover="ASSAULT", mode=None, cameo="190", acled=None)
    if lemma == "damage" and getattr(_subject_of(token), "lemma_", "").lower() not in lex.weapons:
        return None  # "the storm damaged roofs", "the row damaged ties", "a gas pipeline was damaged"
    if lemma == "oust":
        return None  # "parliament ousted the prime minister"
    if lemma == "secure" and not (_held_place(obj) and obj_lemma not in SECURED_SCENES and (
            _forces_subject(token) or _armed_group_subject(token) or _named_subject(token))):
        return None  # "secured a loan", "troops secured the area after the blast"
    if lemma == "intercept" and obj is not None and not _object_words(obj) & (
            set(lex.weapons) | FOUND_WEAPONS | INTERCEPTED_CRAFT):
        return None  # "intercepted a bus", "intercepted a letter": no weapon stopped
    if lemma == "hack" and entry.particle == "to" and "death" not in _pobj_words(token, "to"):
        return None  # "hacked to gain access" is a computer intrusion, read by the plain entry
    if lemma == "gas" and _tear_prefixed(token):
        # "police tear-gassed the marchers": riot control, not a chemical weapon
        return replace(entry, mode="crowd-control", cameo="175", acled="Protest with intervention")
    if lemma == "make" and entry.particle == "off" and not _pobj_words(token, "with"):
        return None  # "the gunmen made off" says only that they left
    if lemma == "lay" and not _object_words(obj) & HAND_ARMS:
        return None  # "laid down conditions"
    if lemma == "hand" and entry.particle == "in" and not _handed_in_words(token, obj) & FOUND_WEAPONS:
        return None  # "handed in his resignation"
    if lemma == "redeploy" and not (_object_words(obj) & (ARMED_UNITS | FORCES)) and not (
            obj is None and _object_words(_subject_of(token) or (token.head if token.dep_ == "acl" else None))
            & (ARMED_UNITS | FORCES | NON_STATE_ARMED)):
        return None  # "redeployed staff", "redeployed resources"; "soldiers redeployed to Kidal" moved
    if lemma == "drop" and _object_words(obj) & HAND_ARMS:
        return replace(entry, plover="RETREAT", mode=None, cameo="0874", acled=None)  # "dropped his guns"
    if lemma in ("mobilize", "mobilise") and any(w in lex.aid_objects or w == "resource" for w in _object_words(obj)):
        return replace(entry, plover="AID", mode=None, cameo="070", acled=None)  # "mobilised funds"
    if lemma == "reinforce" and obj is not None and not _object_words(obj) & (ARMED_UNITS | BASES | TERRITORY_WORDS):
        return None  # "reinforced its commitment"
    if lemma == "take" and entry.particle is None:
        # "was taken by gunmen", "took five young men from a house": people carried off
        # ("took 15 passengers off a bus": the parser may make "off" a preposition)
        return entry if _taken_person_by_agent(token) or (
            _person_word(obj) and (_pobj_words(token, "from") or _pobj_words(token, "off"))) else None
    if lemma in RECRUIT_VERBS and not _object_words(obj) & RECRUITS:
        return None  # "recruited a new striker": hiring, not raising a force
    if lemma == "fight" and _recruited_to(token):
        return None  # "recruiting young men to fight": the fighting is the recruits' future task
    if entry.plover == "COERCE" and entry.mode in ("restrict", "ban") and (
            token.dep_ == "amod" or (token.dep_ == "acl" and token.tag_ == "VBN")):
        return None  # "the besieged town", "a choking agent banned in war": describes a thing
    if entry.mode == "ban" and obj is not None and (_object_words(obj) & BANNED_BODIES or obj.ent_type_ == "ORG"):
        # "banned the Pashtun Tahaffuz Movement", "outlawed the main opposition party": ACLED
        # records an organisation banned as a development
        return replace(entry, acled="Other")
    if lemma == "fight" and _object_words(obj) & SOCIAL_ILLS:
        return None  # "fight the epidemic", "fighting poverty"
    if lemma in ("drop", "use") and not _object_words(obj) & (set(lex.weapons) | USED_WEAPONS):
        return None
    if lemma == "turn" and entry.particle == "on":
        # "turned water cannon on pensioners" breaks up a crowd; "turned their guns on the crowd"
        # is an attack whose weapon decides the rest
        kit = _object_words(obj)
        if kit & CROWD_CONTROL_KIT:
            return entry
        return replace(entry, mode=None, cameo="190", acled=None) if kit & (set(lex.weapons) | USED_WEAPONS) else None
    if lemma == "use" and not any(c.dep_ in ("prep", "xcomp", "advcl") and c.lower_ in ("against", "on", "to")
                                  or c.dep_ in ("xcomp", "advcl") for c in token.children) \
            and not (obj is not None and any(t.dep_ == "prep" and t.lower_ == "against" for t in obj.subtree)):
        # "used live ammunition against protesters", "used munitions containing X against trenches":
        # the parser may hang "against" inside the object
        return None
    if lemma == "scatter" and not _object_words(obj) & CROWD_WORDS:
        return None  # "scattered the ashes"
    if lemma == "disperse" and obj is None and not any(c.dep_ == "nsubjpass" for c in token.children):
        return None  # "the march dispersed peacefully": the crowd went home, nobody broke it up
    if lemma == "call" and entry.particle == "up" and not _called_up_words(token, obj) & (RECRUITS | CALLED_UP):
        return None  # "called up the file"
    if lemma == "break" and entry.particle == "away" and not _group_acts(token):
        return None  # "the region broke away": only an armed faction splitting is a group change
    if lemma == "pick" and entry.particle == "up" and not (
            _person_word(obj) or _count_of_people(obj)
            or any(c.dep_ == "nsubjpass" and _person_word(c) for c in token.children)):
        return None  # "picked up the pace"
    if lemma == "clear" and not any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return None
    if lemma == "gather" and not _protest_gathering(token, obj):
        return None  # "gathered outside parliament to demand ...", not "gathered resources"
    if lemma == "boycott" and _civilian_boycott(token):
        return replace(entry, plover="PROTEST", mode="strike", cameo="143", acled="Peaceful protest")
    if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.lower_ in ("how", "that")
                                      for c in token.children):
        return None  # "demonstrated that the system works" shows, it does not protest
    if lemma == "condemn" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return None  # "condemned them to defeat": doomed, not denounced
    if lemma == "beat" and _SCORE.search(token.sent.text):
        return None  # "beat Olympiakos 3-1": a match result
    if (lemma in ("seize", "take") and entry.particle not in ("over", "back", "control") and obj is not None and
            (obj.ent_type_ == "PERSON" or obj_lemma in PEOPLE_NOUNS or obj.lower_ in ("him", "her", "them"))) or \
            (lemma == "take" and _taken_person_by_agent(token)):
        return replace(entry, plover="ASSAULT", mode="abduct", cameo="181", acled="Abduction/forced disappearance")
    if lemma in ("abuse", "assault") and any(c.lower_ == "sexually" for c in token.children):
        return replace(entry, mode="sexual", cameo="1821", acled="Sexual violence")
    if lemma == "pump" or (lemma == "unleash" and not _object_words(obj) & (set(lex.weapons) | WAR_GASES)):
        return None  # "pumped money into", "unleashed a wave of criticism"
    if lemma == "smash" and not _object_words(obj) & SMASHED_PROPERTY:
        return None  # "smashed the record", "smashed expectations"
    if lemma in ("release", "free") and obj is not None:
        # people and property are released; statements, albums and figures are published
        if obj_lemma in NON_EVENT_RELEASE or obj.ent_type_ in ("WORK_OF_ART", "PRODUCT", "MONEY", "ORG") \
                or obj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
    if lemma in ("lift", "ease", "shorten", "relax", "loosen", "remove", "repeal", "scrap", "rescind") \
            and not _object_words(obj) & LIFT_OBJECTS:
        return None
    if lemma == "deny" and _object_words(obj) & {"entry", "visa", "landing", "overflight"}:
        return replace(entry, plover="SANCTION", cameo="160")
    if lemma == "hand" and entry.particle == "over" and _object_words(obj) & set(lex.aid_objects):
        return replace(entry, plover="AID", mode="humanitarian", cameo="073")
    if lemma == "protest" and _object_words(obj) & {"innocence", "ignorance"}:
        return None  # "protested her innocence": a claim, not a protest
    if lemma == "protest" and any(c.dep_ == "ccomp" for c in token.children):
        return replace(entry, plover="ACCUSE", mode="allege", cameo="114", acled=None)
    if lemma in ("suspend", "freeze") and not _object_words(obj) & SUSPEND_OBJECTS:
        return None
    if lemma == "recall" and obj_lemma not in RECALL_OBJECTS:
        return None
    if lemma == "sever" and obj_lemma not in {"tie", "relation", "link", "contact"}:
        return None
    if lemma == "sentence" and not any(c.lemma_ in ("to", "death", "prison", "jail") for c in token.subtree):
        return None
    if lemma == "meet" and obj_lemma in {"demand", "condition", "request"}:
        return replace(entry, plover="CONCEDE", mode=None, cameo="083")
    if lemma in ("meet", "host") and obj_lemma in {"demand", "target", "requirement", "need",
                                                    "standard", "goal", "deadline", "criterion"}:
        return None
    if lemma == "meet" and obj_lemma in {"resistance", "opposition", "fire", "death", "end", "fate", "criticism"}:
        return None  # "without meeting any resistance", "met his death": no meeting
    if lemma == "back" and token.tag_ not in EVENT_VERB_TAGS:
        return None
    if lemma == "engage" and not ({"in", "with"} & {c.lower_ for c in token.children}) and not _each_other(obj):
        return None  # "engaged each other" is a fight; "engaged a lawyer" is not
    if lemma == "decline" and (obj is None or obj.pos_ not in ("NOUN", "PROPN")):
        return None  # "declined to comment", "exports declined": no refusal of anything
    if lemma in CLAIM_REJECTING and _object_words(obj) & CLAIMS:
        return None  # denying an accusation is a statement (CAMEO 016), kept as a quote
    if lemma == "offer" and _object_words(obj) & {"condolence", "sympathy", "prayer", "thought", "apology", "opinion", "view"}:
        return None  # empathetic comments are statements (CAMEO 018)
    if lemma == "agree" and not any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"))
                                     for c in token.children):
        return None  # "said they agree with the recommendation": an opinion, not an agreement
    if lemma == "warn" and not {t.lemma_.lower() for t in token.subtree} & WARNING_CONTENT:
        return None  # "warned of annual losses", "warned his side not to be complacent": no threat
    if lemma == "charge" and ("with" not in {c.lower_ for c in token.children} or _tasked_body(token)):
        return None
    if lemma in ("refuse", "decline") and _refused_state(token):
        return None  # "refusing to become emotionally attached": an attitude, not a rejection
    if lemma in ("refuse", "reject", "deny", "oppose", "dismiss") and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "nsubjpass") for c in token.children):
        return None  # "They refuse." says nothing about what was refused
    if lemma in ("burn", "torch") and obj is not None and obj.ent_type_ == "PERSON":
        return None
    if lemma == "burn" and token.dep_ == "amod":
        return None  # "burning eyes", "burning tyres": a state of a thing, no one set a fire
    if lemma == "march" and token.pos_ != "VERB" and not (token.text.islower() and _subject_of(token) is not None):
        return None  # the month; "teachers march peacefully" tagged a name is still a march
    return entry


def _stepped_on_weapon(verb, lex: Lexicon) -> bool:
    """Is what the verb's "on" names a weapon ("stepped on an improvised explosive device")?"""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(_object_words(g) & set(lex.weapons) for g in c.children)
               for c in verb.children)


def _taken_person_by_agent(verb) -> bool:
    """"a reporter was taken by masked men": a person as passive subject and a "by" agent."""
    people = [c for c in verb.children if c.dep_ == "nsubjpass" and _person_word(c)]
    return bool(people) and any(c.dep_ == "agent" for c in verb.children)


def _recruited_to(token) -> bool:
    """"recruited boys to fight", "enlisting youths to fight for the militia": an infinitive of
    purpose under a recruiting verb."""
    return token.dep_ in ("advcl", "xcomp", "relcl") and token.head.lemma_.lower() in ENLISTING_VERBS and \
        to_infinitive(token)


def _protest_gathering(token, obj) -> bool:
    """"gathered to demand", "gathered outside parliament, chanting slogans": a purpose clause,
    or a protest place with no object gathered ("outside" may parse as the object's modifier)."""
    # ("holding candles and chanting for ...": the purpose may be the second of two participles)
    clauses = [g for c in token.children if c.dep_ in ("advcl", "xcomp")
               for g in (c, *c.conjuncts, *(t for t in c.subtree if t.dep_ == "conj" and t.tag_ == "VBG"))]
    if any(c.lemma_.lower() in PROTEST_PURPOSES for c in clauses):
        return True
    at_place = any(c.dep_ == "prep" and c.lower_ in ("outside", "against") for c in token.children)
    return (obj is None and at_place) or (obj is not None and any(c.lower_ == "outside" for c in obj.children))


# Civilians who boycott in protest (CAMEO 143, a protest), unlike a state's boycott (163, a sanction).
BOYCOTTERS = LABOUR_PEOPLE | {"resident", "voter", "consumer", "shopkeeper", "merchant", "parent",
                              "supporter", "activist", "villager", "motorist", "passenger", "shopper",
                              "customer", "citizen", "people"}


def _civilian_boycott(token) -> bool:
    """"Traders boycotted the market in protest", "opposition supporters boycotted the vote"."""
    subject = _subject_of(token)
    in_protest = any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() == "protest" for o in c.children)
                     for c in token.children)
    return in_protest or (subject is not None and subject.lemma_.lower() in BOYCOTTERS)


# Bodies that are "charged with" a task ("the unit was charged with protecting networks"), not an offence.
TASKED_BODIES = {"division", "unit", "committee", "agency", "department", "panel", "commission", "board",
                 "council", "ministry", "taskforce", "office", "body", "team", "inquiry"}
STATE_VERBS = {"become", "feel", "seem", "appear", "remain"}


def _apposed_words(token) -> set[str]:
    """Object words of a noun and of its apposition ("Kenscoff, a town above the capital")."""
    words = _object_words(token)
    for c in token.children if token is not None else ():
        if c.dep_ == "appos":
            words |= _object_words(c)
    return words


def _pronoun_subject(verb) -> bool:
    """"announced they would merge": the clause's subject is a pronoun for the one announcing."""
    subject = _subject_of(verb)
    return subject is not None and subject.pos_ == "PRON" and verb.dep_ in ("ccomp", "xcomp", "conj")


def _pronoun_for_bomb(token, obj) -> bool:
    """"A man wearing an explosive vest set it off": a pronoun object standing for a bomb the
    sentence names."""
    return obj is not None and obj.pos_ == "PRON" and any(
        t.lemma_.lower() in DELIVERED_BOMBS - {"car", "truck", "vehicle"} for t in sentence_of(token))


def _nominalised_act(token, lemma: str, mods: set[str], lex: Lexicon) -> bool | None:
    """Sense checks of nouns that name an act only with the right complement (sitrep style:
    "Beating of farmers by soldiers", "Fall of Pajok to SPLA-IO", "Use of toxic gas by SAF");
    None for nouns not checked here."""
    done_to = _pobj_words(token, "of")
    if lemma == "beating":
        return bool(done_to & (PEOPLE_NOUNS | VICTIM_NOUNS)) or any(o.ent_type_ == "PERSON" for o in objects_of_prep(token, "of"))
    if lemma == "destruction":
        # "an agreement on the destruction of weapons": disarmament, and a topic, not an act
        topic = token.dep_ == "pobj" and token.head.lower_ in ("on", "about", "over", "for")
        return bool(done_to) and not done_to & FOUND_WEAPONS and not topic
    if lemma == "confrontation":
        return bool(mods & {"armed", "deadly", "violent", "bloody", "military"})
    if lemma == "entry":
        return bool(done_to & (ARMED_UNITS | FORCES | NON_STATE_ARMED)) and bool(objects_of_prep(token, "into"))
    if lemma == "opening":
        return bool(done_to & BASES)
    if lemma == "use":
        return bool(done_to & (set(lex.weapons) | WAR_GASES))
    if lemma == "signing":
        return bool(done_to & (AGREEMENT_NOUNS | CEASEFIRE_NOUNS))
    if lemma == "fall":
        # "the fall of prices", "the fall of the government": only a place falling to a side
        taken = objects_of_prep(token, "of")
        return bool(objects_of_prep(token, "to")) and (_of_place(token) or any(o.pos_ == "PROPN" for o in taken))
    return None


# Nouns the lexicon knows in one frame only ("in control of"): elsewhere a clause head tagged
# as one of them is still read as the verb ("Control of the crossing transferred ...").
ONE_FRAME_NOUNS = {"control"}
# Words that make "in control of" a change rather than a standing state.
CONTROL_CHANGE_WORDS = {"back", "now", "fully", "firmly", "effectively"}
CONTROL_CHANGE_PREPS = {"after", "following", "since"}


def _newly_in_control(token) -> bool:
    """"forces are back in control of the port", "RSF in control of Wad Madani after two days
    of fighting": control of a place held by a side that just took it. Standing control
    ("the government, which is in control of the capital", "remained in control") is no event."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in" or not (_of_place(token) or any(
            o.pos_ == "PROPN" for o in objects_of_prep(token, "of"))):
        return False
    holder, near = prep.head, set()
    if holder.pos_ == "ADV":  # "are back in control": the parser hangs "in" on "back"
        near.add(holder.lower_)
        holder = holder.head
    if holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() != "be":
        return False  # "remained in control", "kept it in control"
    around = (*prep.children, *holder.children, *token.children)
    near |= {c.lower_ for c in around if c.dep_ == "advmod"}
    return bool(near & CONTROL_CHANGE_WORDS) or any(c.dep_ == "prep" and c.lower_ in CONTROL_CHANGE_PREPS for c in around)


# What moves when forces move: units, vehicles of war, fighters ("a column of armoured vehicles").
MOVING_FORCE_WORDS = {"paramilitary", "armoured", "armored", "militia", "fighter", "militiaman", "mercenary"}
MOVEMENT_PREPS = {"toward", "towards", "into", "through", "to", "across"}
HEADING_PREPS = {"toward", "towards", "through", "across"}
COMPASS = {"north", "south", "east", "west", "northward", "southward", "eastward", "westward", "northwards",
           "southwards", "eastwards", "westwards"}


def _moving_forces(verb, preps=MOVEMENT_PREPS) -> bool:
    """An intransitive movement verb whose subject is armed and which goes somewhere
    ("convoys of Houthi reinforcements are heading towards Marib", "a column of armoured
    vehicles rolled through Gao")."""
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "xcomp":  # "tanks were seen moving towards the border"
        subject = _subject_of(verb.head)
    if subject is None or not _object_words(subject) & (ARMED_UNITS | FORCES | NON_STATE_ARMED | MOVING_FORCE_WORDS):
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps or c.dep_ == "advmod" and c.lower_ in COMPASS
               for c in verb.children)


def _counted_of_object(token) -> bool:
    """"the massacre of at least 23 villagers": the noun's of-object carries a number."""
    return any(t.like_num for o in objects_of_prep(token, "of") for t in o.subtree)


def _of_place(token) -> bool:
    """"the capture of the town", "the handover of Kyaukme": the noun is of a place."""
    return bool(_pobj_words(token, "of") & TERRITORY_WORDS) or any(
        o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects_of_prep(token, "of"))


def _called_up_words(token, obj) -> set[str]:
    """Who is called up: the object, or in the passive the subject or the noun the participle
    describes ("5,000 young men to be called up")."""
    words = _object_words(obj)
    for c in token.children:
        if c.dep_ == "nsubjpass":
            words |= _object_words(c)
    if token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN":
        words |= _object_words(token.head)
    return words


def _found_sense(entry: Trigger, obj, token) -> Trigger | None:
    """"found an arms cache" keeps the find entry (weapons seized); "discovered a mass grave" or
    "exhumed 12 bodies from a clandestine grave" is the mass-grave development; anything else
    found is no event."""
    words = _object_words(obj)
    if words & FOUND_WEAPONS:
        return entry
    graves = words | _pobj_words(token, "from")
    if graves & OLD_BURIAL_WORDS:
        return None  # "archaeologists found ancient graves"
    if "grave" in graves and (graves & HIDDEN_GRAVE_WORDS or (obj is not None and obj.lower_ == "graves")):
        return MASS_GRAVE_ENTRY  # "a clandestine grave", "found more than 440 graves"
    if graves & BODY_WORDS and (graves & BURIAL_SITES or entry.lemma in DIGGING_VERBS):
        return MASS_GRAVE_ENTRY  # "unearthed a pit containing 37 bodies", "exhumed 60 bodies"
    return None


def _pobj_words(token, prep: str) -> set[str]:
    """Object words of the preposition ``prep`` hanging from ``token`` (the parser may call it a particle)."""
    return {w for c in token.children if c.dep_ in ("prep", "prt") and c.lower_ == prep
            for o in c.children if o.dep_ == "pobj" for w in _object_words(o)}


def _handed_in_words(token, obj) -> set[str]:
    """What was handed in: the object, or the parser's object of "in" ("handed in their rifles")."""
    return _object_words(obj) | _pobj_words(token, "in")


def _named_subject(verb) -> bool:
    """The subject is a name ("the MNDAA secured Lashio"); who it is, the actor tables decide."""
    subject = _subject_of(verb)
    return subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ not in ("GPE", "LOC", "PERSON")


def _tear_prefixed(token) -> bool:
    """"tear-gassed", "tear gassed": the word before (past a hyphen) is "tear"."""
    before = [t for t in token.doc[max(token.i - 2, 0):token.i] if t.text != "-"]
    return bool(before) and before[-1].lower_ == "tear"


def _taken_by_a_side(verb) -> bool:
    """"fell to the rebels", "fell to M23": what a place falls to is an armed side or a named group."""
    taken_by = objects_of_prep(verb, "to")
    return any(_object_words(o) & (ARMED_UNITS | NON_STATE_ARMED | FORCES) for o in taken_by) or any(
        t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME", "CARDINAL") for o in taken_by for t in o.subtree)


def _place_word(token) -> bool:
    """A place noun or name ("the town", "Bambari", "the base"), or a name the tagger missed that
    the gazetteer knows as a place ("Goma" untagged, "Kalehe" as an organisation)."""
    if token is None:
        return False
    if token.lemma_.lower() in TERRITORY_WORDS or token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return gazetteer_place_name(token)


RIOT_GAS_WORDS = {"tear", "pepper", "cs"}


def _gas_released(token, obj) -> bool:
    """A war gas let loose on someone: released at/into/against a target (the parser may hang
    the target inside the object: "released chloropicrin, a choking agent, into their dugouts"),
    or the gas itself named as released by someone ("toxic gas released by government forces")."""
    if token.dep_ == "acl" and _object_words(token.head) & WAR_GASES and any(c.dep_ == "agent" for c in token.children):
        return True
    if obj is not None and any(c.lower_ in RIOT_GAS_WORDS for c in obj.children):
        return False  # "tear gas was deployed against marchers": crowd control, no war gas
    return bool(_object_words(obj) & WAR_GASES) and any(
        t.dep_ == "prep" and t.lower_ in GAS_TARGET_PREPS for t in [*token.children, *obj.subtree])


def _each_other(obj) -> bool:
    """"each other", "one another": the sides act on one another."""
    return obj is not None and obj.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in obj.children)


RUINS = {"ash", "ashes", "rubble", "ruin", "ruins", "cinder", "cinders"}
HOLDING_PLACES = CUSTODY_WORDS | {"crackdown", "sweep", "raid", "prison", "jail", "cell", "captivity"}
# Holding words that make a detention a hostage-taking or a disappearance.
HIDDEN_HOLDING = {"hostage", "hostages", "captive", "captives", "incommunicado", "undisclosed", "secret"}
ABDUCTION = ("ASSAULT", "abduct", "181", "Abduction/forced disappearance")


def _holding(token, obj, entry: Trigger) -> Trigger | None:
    """"were held in a crackdown", "police are holding 20 students": people detained (an armed
    group holding people, or anyone holding them hostage or incommunicado, abducts them); "held talks", "held a
    rally" and "held the town" are none of these."""
    passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    held = passive if passive is not None else obj
    if not _person_word(held) and not _counted_people(held):
        return None
    if {c.lower_ for c in token.subtree} & HIDDEN_HOLDING or (
            passive is None and _armed_group_subject(token)):
        plover, mode, cameo, acled = ABDUCTION
        return replace(entry, plover=plover, mode=mode, cameo=cameo, acled=acled)
    if passive is not None:
        by_state = any(c.dep_ == "agent" for c in token.children)
        return entry if by_state or _pobj_words(token, "in") & HOLDING_PLACES else None
    return entry if _forces_subject(token) or _object_words(_subject_of(token)) & {"police", "authority"} else None


# Verbs that stop a planned attack, and what a plot they stop plans ("foiled an IED plot").
FOILING_VERBS = {"foil", "thwart", "prevent", "avert"}
PLOTTED_ATTACKS = {"attack", "bombing", "terror", "terrorist", "ied", "bomb", "assassination"}


def _counted_people(token) -> bool:
    """"More than 1,500 people", "dozens": a head counted as people."""
    return token is not None and token.lemma_.lower() in {"people", "dozen", "hundred", "thousand", "scores"}


def _person_word(token) -> bool:
    """A person noun, name or pronoun ("an activist", "Mr Khan", "him")."""
    return token is not None and (token.ent_type_ == "PERSON" or token.lemma_.lower() in PEOPLE_NOUNS | VICTIM_NOUNS
                                  or token.lower_ in ("him", "her", "them", "he", "she"))


COUNT_WORDS = {"dozen", "hundred", "thousand", "score", "some", "several", "many", "most", "all"}


def _count_of_people(token) -> bool:
    """"31 of them", "dozens of activists": a count of people."""
    return token is not None and (token.pos_ == "NUM" or token.lemma_.lower() in COUNT_WORDS) and any(
        _person_word(g) for g in objects_of_prep(token, "of"))


def _tasked_body(token) -> bool:
    """"The division was charged with thinking up defences": an institution given a job."""
    charged = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lemma_.lower() in TASKED_BODIES for c in charged)


def _refused_state(token) -> bool:
    """"refused to become attached", "declined to be pessimistic": the refused thing is a state."""
    xcomp = next((c for c in token.children if c.dep_ == "xcomp"), None)
    if xcomp is None or any(c.dep_ == "dobj" for c in token.children):
        return False
    copula = xcomp.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in xcomp.children)
    return xcomp.lemma_.lower() in STATE_VERBS or copula


def _split_ceasefire(token) -> bool:
    lemma = token.lemma_.lower()
    if lemma == "fire":
        return any(c.dep_ == "compound" and c.lower_ == "cease" for c in token.children)
    if lemma == "cessation":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in ("hostility", "fighting")
                                                                 for o in c.children) for c in token.children)
    return False


# Generic heads whose event meaning comes from a compound ("mediation effort", "peace talks").
GENERIC_HEADS = {"effort", "mission", "process", "bid", "campaign", "initiative", "operation",
                 "programme", "program", "package", "plan", "round"}


def _opening_common_noun(token, lex: Lexicon) -> str | None:
    """The noun-lexicon lemma of a capitalised word the tagger took for a name because it opens a
    clause ("12 Nov: Clashes between ...", "Massacre of 40 residents by ..."), else None."""
    if token.pos_ != "PROPN" or not token.text.istitle() or token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        return None
    if not (token.is_sent_start or token.i == 0 or token.nbor(-1).text in (":", ";", "(", "-", "\u2013", "\u2014")):
        return None
    lower = token.lower_
    for lemma in (lower, lower[:-2] if lower.endswith("es") else None, lower[:-1] if lower.endswith("s") else None):
        if lemma and lemma in lex.nouns:
            return lemma
    return None


def _noun_entry(token, lex: Lexicon, lemma: str | None = None) -> tuple[Trigger, str] | None:
    lemma = lemma or token.lemma_.lower()
    if _split_ceasefire(token):
        lemma = "ceasefire"  # "cease-fire" tokenised as cease / - / fire; "cessation of hostilities"
    lemma = _hyphenated(token, lemma, lex)
    entries = lex.nouns.get(lemma)
    if not entries and lemma in GENERIC_HEADS:
        for child in token.children:
            if child.dep_ == "compound" and child.lemma_.lower() in lex.nouns:
                entries = lex.nouns[child.lemma_.lower()]
                break
    if not entries:
        return None
    mods = _child_lemmas(token, ("compound", "amod", "nmod"))
    for entry in entries:
        if entry.particle is None:
            return entry, "noun"
        if mods & MODIFIER_ALIASES.get(entry.particle, {entry.particle}):
            return entry, "noun+modifier"
    return None


CALLED_PEOPLE = VISITORS | {"counterpart", "ambassador", "him", "her"}


def _called_someone(token, obj) -> bool:
    """"Called his Lebanese counterpart", "Putin called Erdogan to discuss Syria": a telephone
    call to a person or a state, not "called him a liar", "called the vote illegal" (a
    predicate after the object), "called elections" or a passive "was called"."""
    if obj is None or obj.dep_ != "dobj" or any(
            c.dep_ in ("oprd", "attr", "ccomp", "auxpass") or (c.dep_ == "xcomp" and c.pos_ != "VERB")
            for c in token.children):
        return False
    return obj.ent_type_ in ("PERSON", "GPE", "ORG") or obj.lower_ in CALLED_PEOPLE or \
        obj.lemma_.lower() in CALLED_PEOPLE


def _handed_to_party(token) -> bool:
    """Whatever a verb hands "to" a state, an authority or its owner ("returned 21 frogs to Brazil",
    "to Russian authorities", "to its owners") is property given back, whatever the thing is."""
    for party in prep_objects_of([token], ("to",)):
        if party.ent_type_ in ("GPE", "NORP") or {t.lemma_.lower() for t in party.subtree} & RECEIVING_PARTIES:
            return True   # (a state, "Russian authorities", "Egyptian Ambassador X")
    return False


def _hyphenated(token, lemma: str, lex: Lexicon) -> str:
    """"sit-in" tokenised as sit / - / in: the whole word when the lexicon knows it."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].head.i != token.i:
        return lemma
    joined = f"{doc[token.i - 2].lower_}-{lemma}"
    return joined if joined in lex.nouns else lemma


PARTITIVES = {"round", "series", "wave", "spate", "string", "set", "number", "cycle",
              "day", "week", "month", "volley", "burst", "hail", "barrage"}  # "launched ten days of war games", "volleys of gunfire"


def governor(token):
    """The verb a nominal trigger hangs from (object, subject of passive, or via 'to/for')."""
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return head.head
    if token.dep_ == "conj":
        return governor(head)
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PARTITIVES:
        return governor(head.head)  # "began a new round of joint exercises", "ten days of war games"
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "dobj" \
            and head.head.head.pos_ == "VERB" and is_amount(head.head):
        return head.head.head  # "pledged 250 million euros in humanitarian aid": the aid is what is pledged
    if token.dep_ == "pobj" and head.lower_ == "with" and head.head.dep_ == "pobj":
        # "responded to the attack with air strikes": the parser hangs "with" on "attack"
        verb = head.head.head.head
        if head.head.head.dep_ == "prep" and verb.lemma_.lower() in REMARK_VERBS:
            return verb
    return None


DEPICTING_VERBS = {"depict", "portray", "dramatise", "dramatize", "recreate", "re-create", "reenact",
                   "re-enact", "simulate"}
# Verbs that tell of an event only when a creative work is their subject: "the film examines
# the bombings" retells them, "investigators examine the bombings" is still news about them.
TELLING_VERBS = {"examine", "investigate", "explore", "chronicle", "recount", "tell", "follow", "document",
                 "revisit", "retell", "feature", "show", "focus", "centre", "center"}
CREATIVE_WORKS = {"film", "movie", "documentary", "drama", "play", "musical", "novel", "book", "memoir",
                  "game", "series", "episode", "sitcom", "opera", "song", "album", "thriller",
                  "biopic", "comedy", "script", "screenplay"}  # not news "programmes" or "stories"


def _subject_of(verb):
    """The subject of ``verb``, or of the clause an opening participle hangs from
    ("Examining the war, the film ..." -> "film")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("advcl", "conj") and verb.head is not verb:
        # "... gutted the office and carried off its records": a second verb shares the subject
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


# Words naming a non-state armed group ("gangs", "an armed group", "militants").
NON_STATE_ARMED = {"gang", "militia", "militiaman", "rebel", "insurgent", "militant", "fighter", "gunman", "separatist",
                   "jihadist", "guerrilla", "bandit", "militiaman"}


# Heads that "armed" makes a non-state armed group ("armed men", "an armed group"; not "the
# armed forces").
ARMED_BEARERS = {"group", "man", "individual", "person", "element", "youth", "civilian", "movement",
                 "faction", "band"}


GROUP_PARTS = {"faction", "wing", "splinter", "branch", "cell", "section", "unit", "part"}


def _group_acts(verb) -> bool:
    """An armed group is the subject, or "it"/"they" in a clause the group announces ("the PKK
    announced it would dissolve itself")."""
    return _armed_group_subject(verb) or (_pronoun_subject(verb) and _armed_group_subject(verb.head))


def _soldiers_acting(verb) -> bool:
    """Soldiers or officers are the subject, or "they" in a clause soldiers announce ("soldiers
    announced they had dissolved parliament")."""
    subject, clause = _subject_of(verb), verb
    for _ in range(3):  # "soldiers appeared ... to announce they had dissolved": up to the announcers
        if subject is None or subject.lower_ not in ("they", "we") or clause.dep_ not in CLIMBED_DEPS:
            break
        clause = clause.head
        subject = _subject_of(clause) or subject
    return subject is not None and subject.lemma_.lower() in COUP_MAKERS


def _armed_group_subject(verb) -> bool:
    """Is the subject of ``verb`` named as a non-state armed group ("Gangs announced ...",
    "an armed group declared ...")?"""
    subject = _subject_of(verb)
    if subject is None:
        return False
    if subject.lemma_.lower() in GROUP_PARTS:
        # "a splinter faction of the FARC dissidents": the group it is part of
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    words = {subject.lemma_.lower()} | _child_lemmas(subject, ("compound", "amod"))
    return bool(words & NON_STATE_ARMED) or ("armed" in words and bool(words & ARMED_BEARERS)) \
        or _known_armed_group(subject) \
        or any(_known_armed_group(c) for c in subject.children if c.dep_ == "compound")  # "FARC dissidents"


def _known_armed_group(noun) -> bool:
    """A name the actor tables list as a non-state armed group ("the Islamic State in Somalia",
    "JNIM", "the EMC")."""
    if noun.pos_ != "PROPN":
        return False
    name = " ".join(t.text for t in compound_name(noun))
    return any(entry.kind == "group" and entry.sector in ("REB", "UAF", "CRM")
               for text in {name, noun.text} for entry, _ in KnowledgeBase.default().lookup(text))


def _told_by_a_work(verb) -> bool:
    """``verb`` is a telling verb whose subject is a film, book, game or the like."""
    if verb.lemma_.lower() not in TELLING_VERBS:
        return False
    subject = _subject_of(verb)
    if subject is None:
        return False
    words = {subject.lemma_.lower()} | {c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "appos")}
    return bool(words & CREATIVE_WORKS)


def _in_told_story(token) -> bool:
    """The trigger sits under a verb that depicts ("the film depicts a bomb attack"), under a
    work that tells ("the documentary examines the bombings that killed 80"), or in a role
    ("the game casts you as a soldier fighting in France"): told, not happening."""
    for verb in (token, *token.ancestors):  # "the film investigates" tells too
        lemma = verb.lemma_.lower()
        if lemma in DEPICTING_VERBS or _told_by_a_work(verb):
            return True
        if lemma == "cast" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            return True
    return False


def _labour_strike(token, mods: set[str]) -> bool:
    """"a general strike", "a 48-hour strike", "a strike over pay", "a strike by teachers",
    "the union ended the strike"."""
    if mods & STRIKE_LABOUR_WORDS or any(m.endswith(("hour", "day", "week")) for m in mods):
        return True
    gov = governor(token)
    if gov is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in LABOUR_PEOPLE for c in gov.children):
        return True
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CAUSE_VERBS for c in token.children):
        return True  # "a strike to demand better pay", "a strike protesting the cuts"
    for prep in (c for c in token.children if c.dep_ == "prep"):
        objects = {o.lemma_.lower() for o in prep.children if o.dep_ == "pobj"}
        if prep.lower_ in ("over", "against") and objects & STRIKE_LABOUR_ISSUES:
            return True
        if prep.lower_ == "by" and objects & LABOUR_PEOPLE:
            return True
    return False


MEAL_MEETINGS = {"lunch", "dinner", "breakfast"}
MILITARY_STRIKE_WORDS = {"air", "military", "drone", "missile", "precision"}
FIGURATIVE_CONTESTS = {"election", "electoral", "legal", "court", "courtroom", "political", "price", "ratings",
                       "trade", "tariff", "currency", "bidding", "takeover", "custody", "propaganda",
                       "culture", "word", "patent", "copyright", "leadership", "boardroom", "chart",
                       "charm", "format", "console", "browser", "turf", "pr", "media", "ad", "advertising"}


PROTEST_PROCESSION_WORDS = {"protest", "peaceful", "silent", "candlelit", "candlelight", "torchlit", "torchlight"}
CEREMONY_WORDS = {"funeral", "religious", "wedding", "royal", "easter", "holy", "carnival", "ceremonial",
                  "burial", "pilgrim", "festival"}
CAUSE_PREPS = {"against", "over", "demanding", "for"}
CAUSE_VERBS = {"demand", "call", "protest", "denounce", "condemn", "oppose", "mark"}


def _states_a_cause(token) -> bool:
    """Does a gathering noun say what it is for ("a procession against fees", "a procession
    demanding justice")?"""
    return any((c.dep_ == "prep" and c.lower_ in CAUSE_PREPS)
               or (c.dep_ == "acl" and c.lemma_.lower() in CAUSE_VERBS) for c in token.children)


def _noun_sense(token, entry: Trigger, lex: Lexicon) -> tuple[Trigger, str] | None:
    lemma = entry.lemma
    gov = governor(token)
    gov_lemma = gov.lemma_.lower() if gov is not None else ""
    mods = _child_lemmas(token, ("compound", "amod", "nmod"))
    if lemma == "talk" and token.lower_ != "talks":
        return None
    if lemma == "plot" and not (gov_lemma in FOILING_VERBS and mods & (set(lex.weapons) | PLOTTED_ATTACKS)):
        return None  # "foiled a bomb plot" is a disrupted attack; a novel's plot, a coup plot are not
    if lemma == "hostility" and (token.lower_ != "hostilities" or (token.dep_ == "pobj" and token.head.lower_ == "of")):
        # "hostility towards migrants" is an attitude; "hostilities" are fighting, but "a cessation
        # of hostilities", "an escalation of hostilities" are the talk about it
        return None
    if lemma in CUSTODY_WORDS and token.head.lower_ == "in" and gov_lemma in STATE_VERBS_IN_CUSTODY:
        return None  # "relatives who died in detention", "remains in custody": a state, not an arrest
    if lemma in MEAL_MEETINGS and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None  # "had lunch with Macron" is a meeting; "lunch" alone is not
    if lemma == "discussion" and gov is None and not any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                                                         for c in token.children):
        return None
    if lemma == "march" and token.text[:1].isupper():
        return None  # the month
    if lemma == "procession" and (mods & CEREMONY_WORDS or not (mods & PROTEST_PROCESSION_WORDS or _states_a_cause(token))):
        return None  # a funeral or a religious feast's procession is no protest
    if lemma == "strike":
        # "air strike campaign": the generic head's compound carries the weapon word
        inner = {g.lemma_.lower() for c in token.children if c.dep_ == "compound" for g in c.children}
        military = any(m in lex.weapons or m in MILITARY_STRIKE_WORDS for m in mods | inner)
        if not military and (_labour_strike(token, mods) or gov_lemma in ("go", "call", "stage")):
            mode = "hunger" if "hunger" in mods else "strike"
            return replace(entry, plover="PROTEST", mode=mode, cameo="142" if mode == "hunger" else "143",
                           acled="Peaceful protest"), "noun:labour-strike"
    if lemma in ARMED_GROUP_NOUNS and (gov is None or not _armed_group_subject(gov)):
        return None  # a state's ban is policy; an armed group decreeing one is a development
    if lemma in CEASEFIRE_NOUNS | AGREEMENT_NOUNS:
        # "welcomed the truce reached between X and Y": the reduced relative says it was agreed
        # (the parser may make the participle a clause with the noun as its subject)
        relatives = [c for c in token.children if c.dep_ == "acl"] + (
            [token.head] if token.dep_ == "nsubj" and token.head.tag_ == "VBN" else [])
        gov_lemma = next((c.lemma_.lower() for c in relatives if c.lemma_.lower() in AGREEMENT_VERBS), gov_lemma)
    if lemma in AGREEMENT_NOUNS:
        if gov_lemma not in AGREEMENT_VERBS:
            return None
        return entry, f"noun:agreement-under:{gov_lemma}"
    if lemma in CEASEFIRE_NOUNS | AGREEMENT_NOUNS and _took_effect(token):
        return entry, "noun:agreement-took-effect"
    if lemma in CEASEFIRE_NOUNS:
        if gov_lemma in CEASEFIRE_RETREAT_VERBS:
            return replace(entry, plover="RETREAT", mode="ceasefire", cameo="0871", acled=None), "noun:ceasefire-declared"
        if gov_lemma in CEASEFIRE_VIOLATE_VERBS:
            return replace(entry, plover="ASSAULT", mode=None, cameo="196", acled=None), "noun:ceasefire-violated"
        if gov_lemma in AGREEMENT_VERBS:
            return entry, f"noun:ceasefire-under:{gov_lemma}"
        return None
    sensed = _nominalised_act(token, lemma, mods, lex)
    if sensed is not None:
        return (entry, f"noun:{lemma}") if sensed else None
    if lemma == "control":
        return (entry, "noun:in-control-of-place") if _newly_in_control(token) else None
    if lemma in TAKING_NOUNS and not (_of_place(token) or _pobj_words(token, "of") & FOUND_WEAPONS):
        return None  # "the capture of a commander", "the seizure of his passport": no ground, no arms
    if lemma == "handover":
        if _pobj_words(token, "of") & (PEOPLE_NOUNS | VICTIM_NOUNS | {"detainee", "body", "remains"}):
            # "the handover of 200 detainees": a release under a deal
            return replace(entry, plover="RETREAT", mode="release", cameo="0841", acled="Agreement"), "noun:handover-of-people"
        if not _of_place(token):
            return None  # "the handover of power", "the handover of the documents"
    if lemma == "threat" and gov_lemma not in THREAT_VERBS:
        return None
    if lemma == "restriction" and gov_lemma not in {"impose", "tighten", "introduce", "place", "put", "extend", "reimpose"}:
        return None
    if lemma in ("deadline", "warning") and gov_lemma not in THREAT_VERBS | {"set", "give", "send", "impose"}:
        return None
    if lemma == "suspension" and not _object_words(token) & (SUSPEND_OBJECTS | TIES | {"flight", "link"}):
        return None
    if lemma in CLAIMS and gov_lemma in CLAIM_REJECTING:
        return None  # "denied the accusations": a statement (CAMEO 016), not the accusation itself
    if lemma in ("battle", "war", "fight", "struggle", "clash") and token.dep_ == "attr" and gov_lemma == "be":
        return None  # "It was a real battle, a proper derby": a description, not an event
    if lemma in ("battle", "war", "fight", "fighting", "clash", "offensive", "attack") and mods & FIGURATIVE_CONTESTS:
        return None  # "the election battle", "a price war", "a legal fight"
    if lemma == "attack" and mods & {"heart", "panic", "asthma", "anxiety"}:
        return None  # a heart attack is not an assault
    if gov is not None and fired_into_the_air(gov):
        return None  # "discharged volleys of gunfire into the air": fire aimed at nobody
    if lemma in ("criticism", "condemnation", "accusation", "protest", "demand", "threat") and gov is None \
            and not any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                        or c.dep_ == "poss" for c in token.children) and \
            not any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in token.children):
        return None  # "to much criticism", "amid protests": nobody is named as acting
    if lemma == "alert" and not (token.dep_ == "pobj" and token.head.lower_ == "on"):
        return None
    if lemma == "welcome" and gov_lemma not in {"give", "extend", "accord"}:
        return None  # "gave a warm welcome to": a hosted visit; "received a welcome" is the guest's side
    if lemma == "hearing" and not any(c.dep_ == "prep" and c.lower_ == "into"
                                      for c in (*token.children, *(gov.children if gov is not None else ()))):
        # "a hearing into the killings" investigates ("opened a hearing into" hangs "into" on the
        # verb); a bail or disciplinary hearing does not
        return None
    if lemma == "patrol" and gov_lemma not in {"order", "step", "increase", "deploy", "launch", "intensify", "boost"}:
        return None
    if lemma in ("protest", "complaint") and gov_lemma in {"lodge", "file", "register", "deliver", "send", "issue", "make"}:
        return replace(entry, plover="ACCUSE", mode="allege", cameo="114", acled=None), "noun:official-protest"
    if lemma in ("pledge", "promise", "guarantee", "demand", "appeal", "request", "release",
                 "visit", "call", "rejection", "veto") and gov is None and token.dep_ not in ("nsubj", "appos"):
        # Bare mentions ("a request", "the visit") without a verb are often not events.
        if not any(c.dep_ in ("poss", "prep") for c in token.children):
            return None
    if lemma == "release" and ("press" in mods or gov_lemma in ("issue", "publish")):
        return None
    if lemma == "release" and token.dep_ == "pobj" and token.head.lower_ == "for" and \
            token.head.head.lemma_.lower() in RELEASE_SOUGHT_BY:
        return None  # "demanding a ransom for their release": a release sought, not made
    if lemma in ("aid", "assistance") and gov_lemma in ("need", "require", "lack", "seek", "receive"):
        return None
    if gov_lemma in REMARK_VERBS and token.dep_ == "pobj" and token.head.lower_ in ("on", "to", "about") \
            and not _counted_of_object(token):
        # "did not comment on the attack", "responded to the strike": a reference, not the act;
        # "responding to the massacre of 23 villagers" still reports it
        return None
    return entry, "noun" if gov is None else f"nominal-under:{gov_lemma}"


# Verbs that put a ceasefire or deal into effect with it as subject ("the truce took effect",
# "the deal came into force", "a ceasefire began at midnight").
TAKING_EFFECT = {"take", "come", "go", "enter", "begin", "start"}
EFFECT_WORDS = {"effect", "force", "operation"}


def _took_effect(token) -> bool:
    """A ceasefire or agreement that is the subject of taking effect or beginning."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in TAKING_EFFECT:
        return False
    if verb.lemma_.lower() in ("begin", "start"):
        return True
    return bool({t.lemma_.lower() for t in verb.subtree if t.i > verb.i} & EFFECT_WORDS)


def find_triggers(sent, lex: Lexicon) -> list[Detected]:
    """Every token in ``sent`` that the lexicon and sense checks accept as an event trigger."""
    found: list[Detected] = []
    for token in span_tokens(sent):
        detected = _detect(token, lex)
        # the told-story walk climbs every ancestor, so it runs only for tokens that would trigger
        if detected is not None and not _in_told_story(token):
            found.append(detected)
    return found


def _verb_in_disguise(token, lex: Lexicon) -> bool:
    """A clause head the tagger called a noun, read as the lexicon verb it is (a common noun the
    noun lexicon knows stays a noun trigger)."""
    lemma = token.lemma_.lower()
    return lemma in lex.verbs and (token.pos_ == "PROPN" or lemma not in lex.nouns or lemma in ONE_FRAME_NOUNS) \
        and noun_tagged_clause_head(token)


def _detect(token, lex: Lexicon) -> Detected | None:
    """``token`` as a trigger if the lexicon and sense checks accept it, else None."""
    pos = token.pos_
    if token.lower_ in DISAPPROVAL_WORDS and token.dep_ in ("acomp", "ROOT", "conj", "xcomp", "ccomp"):
        return Detected(token, DISAPPROVAL_ENTRY, "adjective:disapproval")
    if pos == "VERB" or (pos == "AUX" and token.lemma_ in lex.verbs) or _verb_in_disguise(token, lex):
        for found, rule in _verb_entries(token, lex):
            entry = _verb_sense(token, found, lex)
            if entry is not None:
                return Detected(token, entry, rule)
        return None
    opening = _opening_common_noun(token, lex)
    if pos in ("NOUN", "PROPN") and (pos == "NOUN" or token.lower_ in ("talks",) or opening) \
            and token.dep_ != "compound" and not (token.dep_ == "nmod" and token.head.i == token.i + 1):
        # "riot police", "attack helicopter" name things, not events (the parser may call the
        # modifier an nmod)
        hit = _noun_entry(token, lex, opening)
        if hit is None:
            return None
        sensed = _noun_sense(token, hit[0], lex)
        return None if sensed is None else Detected(token, sensed[0], sensed[1], governor(token))
    return None
