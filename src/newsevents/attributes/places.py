"""Event locations: a parsed article in, one resolved place per toponym and per event trigger out.

``PlaceResolver().for_article(doc)`` finds the article's place mentions once: GPE/LOC/FAC
entities (coordinated ones split: "Abuja and Lagos"; a transliteration the tagger cut at an inner
apostrophe finished: "Tal Na’am"), names the tagger mislabelled that the
gazetteer knows in a place slot ("in X", "captured X"), and names the context marks as places
(place_cues.py: "the village of X", "X district"). It chooses among gazetteer candidates by
(1) a country, state or subdivision named in the same phrase ("Paris, Texas", "London, Ontario"),
(2) the countries the article is about (country names, demonyms, unambiguous towns) and
(3) population, then marks towns inside a named city as sub-city places (subcity.py).

``ArticlePlaces.event_location(trigger)`` walks the trigger's dependency subtree (then up to
MAX_CLIMB heads) for the places attached to the event ("shelled Kharkiv", "killed in Kyiv", "a
block of flats in Kyiv"). A place leaves the event's scene behind an origin, cause or time
("from X", "since the war in X", "according to officials in X", "before he reached X"), in a
coordinated verb's clause of its own ("was shot and later taken to a hospital in X"), a goal
not reached ("the road to X"; "returned to X", "close to X" and "the entrance to X" are kept),
as a country that is only a party to another verb ("urging X to act"), or as the topic of a
protest ("protested against the war on X"); a trigger in a sense that names no event
("demonstrated that ...", "captured the hearts of X") places none. The rest are ranked:
a distance reference ("50 km west of X", "2 km away from X") last, then a place inside another verb's clause ("..., targeting X"), an unknown name in a bare
subject or object slot (often a person), a fronted "In X, ..." or a place of the subject
("prisoners in X were captured in Y"), then the most specific place, a container ("X's Y
district", "the Y district of X", "Y, a town near X") after what it contains, then the nearest
to the trigger. An appositive saying who a person is ("Z, the commander in X") places no
event, nor does a place in a speaker's clause ("..., an activist told reporters in X"), a place
owning a government's act ("Washington's decision"), a country coordinated into an actor's slot
("France and the United States urged ..."), or an unknown name a verb of harm takes as its
victim ("after murdering Zorvanov"). When the parse links nothing, the nearest "in/at/near X" of the sentence is taken;
otherwise it falls back to the dateline or the article's main place, else None.
``event_mentions(trigger)`` adds the places coordinated with the chosen one ("in X and Y", "the
capital of X and the city of Y") or written in one list with it where the parse splits the list
("the villages of X (twice), Y, Z and W"); it names no place when only the ends of a stretch
attach ("the road between X and Y").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from ..nlp.doc_views import doc_ents, doc_text, doc_tokens
from ..nlp.sentences import sentence_of
from .. import datafiles
from ..nlp.dateline import match_dateline
from ..records import EventLoc
from ..actors.kb import KnowledgeBase
from .date_patterns import FULL_MONTHS
from .gazetteer import (KIND_RESOLUTION, MATCH_ALTERNATE, MATCH_CURATED, Gazetteer, Place,
                        get_gazetteer, log_population)
from .place_cues import (NON_PLACE_HEADS, SETTLEMENT_NOUNS, TERRITORY_OBJECT_LEMMAS, cued_places,
                         only_list_words)
from .subcity import within_cities

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions that put an event at a place; "from" is left out on purpose (origin, or where a
# speaker was: "said from Beijing"), and so are "to" and "toward" (a destination not yet reached:
# "troops advanced toward X").
LOC_PREPS = {"in", "at", "near", "outside", "on", "inside", "across", "around", "within",
             "into", "over", "off", "throughout", "along", "onto", "between",
             "through", "nearby", "above", "below", "beyond", "behind", "past", "via", "beside",
             "opposite", "underneath", "beneath", "amid", "down"}
NEAR_PREPS = {"near", "outside", "around", "off", "toward", "towards", "nearby"}
# "of" is locative only after nouns that name part of a place: "the outskirts of Baquba".
LOCATIVE_NOUNS = {"outskirts", "suburb", "suburbs", "city", "town", "village", "province", "region",
                  "part", "parts", "north", "south", "east", "west", "centre", "center", "area",
                  "district", "heart", "streets", "capital", "edge", "border", "coast", "port",
                  "south-east", "north-east", "south-west", "north-west", "countryside", "west bank",
                  "bank", "vicinity", "northeast", "northwest", "southeast", "southwest", "perimeter",
                  "flank", "flanks", "slope", "slopes", "entrance", "gates", "environs"}
# Nouns for a settlement as a whole: "the <adjective or place> city of X" names X.
TOWN_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "capital", "port", "hamlet"}
# Lower-case particles inside Romance place names the tagger may cut a name at ("Valle del
# Cauca", "Norte de Santander", "Rio de Janeiro").
TAIL_PARTICLES = {"de", "del", "la", "do", "da", "dos", "das", "di"}
# Words after a toponym that make it an administrative area: "the Kharkiv region".
AREA_WORDS = {"region", "province", "oblast", "governorate", "state", "district", "county"}
# Nouns whose possessor or 'of/in' object contains the place they name ("Colombia's Zorvan
# department", "the Zorvan district of Colombia").
CONTAINER_NOUNS = AREA_WORDS | {"department", "regions", "provinces", "districts", "states",
                                "city", "town", "village", "area", "municipality", "prefecture"}
# Area words that are part of a name when capitalised ("Aleppo City", "Sadr City").
NAME_AREA_WORDS = {"city", "town", "village"}
DIRECTION_WORDS = re.compile(r"^(?:the\s+)?(?:north|south|east|west|central|north-?east|"
                             r"north-?west|south-?east|south-?west)(?:ern)?\s+", re.I)
# Verbs whose object is usually a place when it names one ("captured Kherson", "patrolled Goma").
TERRITORY_LEMMAS = {"capture", "seize", "enter", "storm", "shell", "bomb", "bombard", "attack",
                    "besiege", "liberate", "recapture", "retake", "overrun", "raid", "invade",
                    "occupy", "patrol", "surround", "encircle", "evacuate", "control", "hit",
                    "strike", "target", "reach", "visit", "abandon", "defend", "lose"}
# Verbs that happen to a place as their subject or object ("Grozny was destroyed").
PLACE_PATIENT_LEMMAS = TERRITORY_LEMMAS | {"destroy", "damage", "devastate", "rock", "shake", "flood",
                                          "loot", "burn", "ravage", "flatten", "level", "cross",
                                          "cede", "annex"}
# The poor-parse fallback: a place after one of these prepositions, at most this many tokens
# from the trigger (swept 6/10/15 on the event_location dev data).
NEAREST_PREPS = {"in", "at", "near", "outside", "inside"}
NEAREST_MAX_TOKENS = 10
# Words whose "from" object is a reference point ("away from X", "10 miles from X").
DISTANCE_WORDS = {"away", "far", "across", "km", "kilometres", "kilometers", "kilometre", "kilometer",
                  "miles", "mile", "metres", "meters", "metre", "meter", "yards", "distance"}
# A list found by its words alone needs this many places besides the chosen one.
MIN_LIST_PEERS = 2
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west"}
SPEECH_LEMMAS = {"say", "speak", "tell", "announce", "report", "state", "add", "claim", "write",
                 "declare", "comment", "call"}
# Dependencies a place may hang from, on its way up to the trigger, and still belong to it.
NOMINAL_LINKS = {"compound", "amod", "nmod", "poss", "appos", "conj", "npadvmod", "pobj",
                 "dobj", "nsubjpass", "nsubj", "attr", "oprd", "obj", "dative", "cc"}
PARTY_NOUNS = {"army", "rebel", "force", "troop", "soldier", "fighter", "militant", "militia", "police",
               "government", "official", "leader", "minister", "president", "ambassador", "envoy",
               "delegation", "authority", "navy", "military", "insurgent", "guerrilla"}
# A city's own police act in the city: "Karachi police arrested ..." locates the arrest.
LOCAL_FORCE_NOUNS = {"police", "policeman", "policemen"}
MODIFIER_LINKS = {"compound", "poss", "amod", "nmod", "conj"}
# Nouns for a person by origin, office or kin: a place modifying one describes the person.
# People named for where they live: "Zorvan residents protested" acted where they live.
RESIDENT_NOUNS = {"resident", "residents", "villager", "villagers", "inhabitant", "inhabitants",
                  "townspeople", "locals"}
# Kinds of a place that says where a subject is ("Zorvan protesters"); a country or region as
# a modifier says whose ("U.S. troops").
SUBJECT_PLACE_KINDS = {"admin1", "city", "subcity"}
PERSON_NOUNS = {"native", "resident", "residents", "citizen", "citizens", "governor", "mayor", "chief",
                "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother",
                "pitcher", "player", "businessman", "lawmaker", "senator", "congressman",
                "congresswoman", "archbishop", "bishop", "priest", "imam", "cleric", "journalist",
                "reporter", "correspondent", "born", "immigrant", "representative", "prosecutor",
                "judge", "teacher", "student", "students", "doctor", "councillor", "councilor",
                "councilman", "councilwoman", "legislator", "cousin", "uncle", "aunt", "nephew",
                "niece", "grandson", "granddaughter", "grandfather", "grandmother", "widow",
                "widower", "fiance", "fiancee", "stepson", "stepdaughter", "stepfather",
                "stepmother", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law",
                "relative", "relatives", "parents", "children", "friend", "girlfriend", "boyfriend",
                "bodyguard", "neighbour", "neighbor"}

# Nouns for a person by role: an appositive headed by one describes the person ("X, the group's
# commander in Y"), as do PERSON_NOUNS and PARTY_NOUNS.
ROLE_NOUNS = PERSON_NOUNS | PARTY_NOUNS | {
    "member", "commander", "emir", "officer", "head", "spokesman", "spokeswoman", "spokesperson",
    "director", "founder", "activist", "chairman", "editor", "deputy", "aide", "lawyer", "worker",
    "man", "woman", "boy", "girl", "engineer", "secretary", "general"}


# Knowledge-base kinds of a party: a name of one is no place ("Daesh"), nor, as the target of
# an attack, is a person's ("an attack on Trump").
PARTY_KINDS = frozenset({"org", "group"})
TARGET_KINDS = PARTY_KINDS | {"person"}
POSSESSIVE_ENDINGS = {"'s", "’s", "'", "’"}
LOWER_ARTICLES = {"the"}
TRAILING_MARKS = {".", ",", ";", ":"}
# Weekdays and time phrases the tagger may run into a place name ("Goma Thursday", "the East a few
# weeks later").
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
TIME_ADVERBS = {"later", "earlier", "ago"}
TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "minutes"}
# Marks for the Arabic letter ayn that open transliterated names ("‘Ibta", "ʿAyn").
AYN_MARKS = {"\u2018", "\u02bf"}
# Apostrophes and ayn marks inside transliterated names ("Na’am", "Al-‘Eiss", "Qa'im").
INNER_MARKS = ("\u2019", "\u2018", "\u02bf", "\u02bc", "'")


def _bare_name(span):
    """"Kenya's" -> "Kenya": the place as named, without the possessive or a lower-case "the" the
    tagger took into the entity (a capitalised 'The' stays: it is part of 'The Hague')."""
    span = _without_trailing_marks(span)
    start, end = span.start, span.end
    while end - start > 1 and span.doc[end - 1].text in POSSESSIVE_ENDINGS:
        end -= 1
    # a lower-case "the" the tagger took in is no part of the name, and would stand as the
    # parse root of the span ("the Zorvan al-Kessi district": both hang from "district")
    while end - start > 1 and span.doc[start].text in LOWER_ARTICLES:
        start += 1
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]


def _without_trailing_marks(span):
    """"Zorvan" for "Zorvan.\n": no closing stop, comma or line break the tagger took in."""
    end = span.end
    while end - span.start > 1 and (span.doc[end - 1].is_space or span.doc[end - 1].text in TRAILING_MARKS):
        end -= 1
    return span if end == span.end else span.doc[span.start:end]


def _without_time_words(span):
    """'Goma' for "Goma Thursday", 'Shuola' for "Monday Shuola", 'East' for "the East a few weeks
    later": a weekday or a time phrase the tagger ran into a name is no part of it."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and doc[end - 1].text in WEEKDAYS:
        end -= 1
    if end - start > 1 and doc[end - 1].lower_ in TIME_ADVERBS:
        cut = end - 1
        while cut > start and doc[cut - 1].text.islower() and (
                doc[cut - 1].lower_ in TIME_NOUNS or doc[cut - 1].like_num
                or doc[cut - 1].lower_ in ("a", "few", "several", "some", "two", "three")):
            cut -= 1
        if cut > start and cut < end - 1:
            end = cut
    while end - start > 1 and doc[start].text in WEEKDAYS:
        start += 1
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def _with_name_tail(doc, span):
    """"Tal Na’am" when the tagger took only "Tal": an untagged capitalised word with an inner
    apostrophe right after a place entity finishes its name (the tagger cuts transliterations
    there)."""
    end = span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ \
            and doc[end].text[:1].isupper() and any(mark in doc[end].text[1:-1] for mark in INNER_MARKS):
        end += 1
    return span if end == span.end else doc[span.start:end]


def _with_ayn_mark(span):
    """"‘Udayma" for "Udayma": a transliteration's opening ayn mark, written against a name the
    gazetteer lacks, is its first letter (the tagger leaves it out; a known name after the mark
    opens a quotation instead: "‘Kyiv will stand’")."""
    before = span.start - 1
    if before >= 0 and span.doc[before].text in AYN_MARKS and not span.doc[before].whitespace_:
        return span.doc[before:span.end]
    return span


def _known_party(name: str, kinds: frozenset = PARTY_KINDS) -> bool:
    """Is the name an organisation or armed group (or another of ``kinds``) in the actor
    knowledge base ('Hamas', 'M23')?"""
    return any(entry.kind in kinds for entry, _ in KnowledgeBase.default().lookup(_clean_name(name)))


def _names_a_party(token) -> bool:
    """Does the name only modify an armed or official group ("M23 rebels", "Congo's army and
    M23 rebels")? Then it says whose the group is, not where anything happened."""
    for _ in range(4):
        if token.dep_ not in MODIFIER_LINKS or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in LOCAL_FORCE_NOUNS:
            return False
        if token.lemma_.lower() in PARTY_NOUNS:
            return True
    return False


def _describes_a_person(token) -> bool:
    """Does the name only say who a person is ("Boston lawyer Jane Doe", "Oslo's deputy mayor",
    "a resident of Lagos")? Then it is not where the event happened."""
    for _ in range(4):
        if token.head.i == token.i:
            return False
        if token.dep_ in ("compound", "poss", "nmod", "amod"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
            token = token.head.head
        else:
            return False
        if token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_NOUNS:
            return True
    return False


def _person_appositive(token) -> bool:
    """Is ``token`` an appositive saying who a person is ("Zorvanov, the rebel commander in X",
    "Zorvanov, a reporter for a paper in X")? Its places are where the person works or
    comes from, not where the event happened."""
    if token.dep_ != "appos":
        return False
    return token.head.ent_type_ == "PERSON" or token.lemma_.lower() in ROLE_NOUNS


CLAUSE_BREAKS = {"ccomp", "parataxis", "csubj"}
# Clauses of a speech verb ("..., as he told reporters in X", "..., an activist who spoke from X")
# whose places are where the speaker was, whatever the parse hangs them from.
SPEECH_CLAUSE_DEPS = {"relcl", "acl", "conj"}
# Speech verbs that also name things ("a village called X"): only an adverbial clause of one is
# speech.
NAMING_LEMMAS = {"call"}
# Prepositions that move a place out of the event's scene, wherever they sit on the way up
# ("killed since the war in X began", "according to sources in X", "due to fighting in X");
# 'toward' only below the event's own verb ("his policy toward X"; see _leaves_the_scene).
SCENE_CHANGING_PREPS = {"since", "according", "due", "because", "unlike", "toward", "towards"}
# Verbs of travel whose "to" object is where the event is reported (a march is left out: "marched
# to the embassy" is as often the goal of a march held elsewhere).
TRAVEL_LEMMAS = {"travel", "go", "return", "move", "ship", "fly", "flee", "walk", "march", "dispatch", "deploy",
                 "arrive", "come", "drive", "sail", "transfer", "send", "take", "airlift", "evacuate"}
# Travel of a crowd on foot, whose "from X to Y" is a route.
ROUTE_LEMMAS = {"march", "walk"}
# Words whose "to" object is where the event is, not a goal ("close to X", "the entrance to X").
CLOSE_TO_WORDS = {"close", "closer", "next", "near", "adjacent", "entrance", "entrances", "approaches",
                  "gate", "gates"}
# Subordinators of a clause set at another time than the event ("before he fled to X").
OTHER_TIME_MARKS = {"before", "since", "until", "till", "unless", "if", "once"}
# Clauses inside the trigger's phrase whose places rank after the trigger's own.
SUBCLAUSE_DEPS = {"advcl", "relcl", "acl"}
# Adjuncts that may follow a fronted place before its comma ("In X on Monday, ...").
FRONTED_ADJUNCT_DEPS = {"prep", "npadvmod", "advmod"}
# Verbs whose bare subject (passive) or object is a person: a name there the gazetteer lacks is
# no place ("Zorvanov was abducted", "after murdering Zorvanov").
HUMAN_PATIENT_LEMMAS = {"kill", "murder", "assassinate", "shoot", "abduct", "kidnap", "arrest",
                        "detain", "execute", "behead", "torture", "wound", "injure", "stab", "rape",
                        "hang", "lynch", "free", "release", "rescue", "interrogate", "sentence",
                        "convict", "charge", "accuse"}
# Verbs of harm that report the casualties of the trigger's own attack when coordinated with it
# (their places are the trigger's).
CASUALTY_LEMMAS = {"kill", "wound", "injure", "hurt", "maim", "die"}
# Words that may stand between two coordinated verbs of one event ("shot and killed", "was
# arrested and was charged", "shot dead, and ...").
JOINING_DEPS = {"cc", "punct", "aux", "auxpass", "neg", "oprd", "advmod", "prt"}
# A place elsewhere in the sentence may still be the event's when the trigger sits in one of
# these relations to a verb that carries the place ("troops entered and seized ... in Kharkiv"),
# or modifies a noun that does ("the Kabul bombing", "bomb attacks in Kabul"); at most
# MAX_CLIMB heads up.
CLIMB_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acl", "relcl", "dobj", "pobj", "prep", "nsubj",
              "nsubjpass", "ROOT", "ccomp", "npadvmod", "appos", "attr", "compound", "amod", "nmod"}
MAX_CLIMB = 4
# Places of equal rank: the one in a nearer band of DISTANCE_BAND tokens from the trigger wins,
# then the shallower attachment (bands of 3, 5 and 10 tokens all beat plain depth on the
# event_location dev data; plain token distance did less well).
DISTANCE_BAND = 5
MAX_DISTANCE_BAND = 3
# Scoring weights for choosing among candidates (a curated name beats GeoNames' alternates; the
# article's own countries beat population; values checked on tests/attributes/toponyms.v1.tsv).
BASE_SCORE = {("country", MATCH_CURATED): 6.0, ("region", MATCH_CURATED): 7.0,
              ("water", MATCH_CURATED): 7.0, ("admin1", MATCH_CURATED): 3.5}
CITY_BASE = {MATCH_CURATED: 5.5, 1: 2.0, MATCH_ALTERNATE: 0.5}
CONTEXT_SHARE_WEIGHT = 3.0
CONTEXT_PRESENT_BONUS = 1.0
CONTEXT_FULL_EVIDENCE = 4
POPULATION_WEIGHT = 2.5 / 7.0
# A national capital is what news means by the bare name ("meet in Paris") unless the article
# says otherwise ("Paris, Texas") or is firmly about a country with a town of that name.
CAPITAL_BONUS = 1.5
# A town of fewer inhabitants than this, in a country the article gives no evidence for, is a
# false match once the article's evidence reaches FIRM_EVIDENCE (two mentions, or one country
# name); on the event_location dev set such towns were Honduran "Saba" in a Yemen story and a US
# "Dana" in a Syria story.
FOREIGN_HAMLET_POP = 10_000
FIRM_EVIDENCE = 2
# NER sometimes tags a town as a person ("in Khan Younis"): accepted after a locative
# preposition when the name is one of our curated place spellings.
RESCUE_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"}
RESCUE_MIN_POP = 5000
# Prepositions of a goal or an origin: not where an event happened (LOC_PREPS), but their object
# is as much a place when it names a town ("reinforcements sent to X", "flown from X").
GOAL_PREPS = {"to", "from", "toward", "towards"}
# Participles after a hyphen that make the next name a place held by a side ("rebel-held X").
HELD_PARTICIPLES = {"held", "controlled", "occupied", "besieged", "administered"}
# A name GeoNames has only as an alternate spelling of a town ("Grozny" for "Groznyy") is
# rescued the same way when the town has this many inhabitants (alternates of hamlets are as
# often surnames or words).
ALTERNATE_RESCUE_MIN_POP = 20_000
MONTHS = {month.capitalize() for month in FULL_MONTHS}
# Names the gazetteer lacks are mostly villages and sites, but ranking them above known towns
# (4.5) lowered event-location token F1 by 0.9 points: they rank as towns.
UNRESOLVED_SPECIFICITY = 4
# Arabic and Persian articles and link words written onto a name with a hyphen ("Al-Bab",
# "Deir ez-Zor", "Mazar-e-Sharif").
HEAD_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "e", "ul", "i"}
# Area words that make an unknown name a province ("Zorvan province"); our admin1 table covers
# only some countries.
PROVINCE_WORDS = {"province", "governorate", "oblast", "state"}
PROVINCE_NOUNS = PROVINCE_WORDS | {"provinces", "governorates", "states", "republic"}
# A region spanning several countries is coarser than any one of them; a region of one country
# ("northern Syria", "Darfur") is coarser than its provinces ("in Raqqa province, northern Syria").
WIDE_REGION_SPECIFICITY = 0.5
COUNTRY_REGION_SPECIFICITY = 1.5
FALLBACK_METHODS = ("dateline", "article-main-place")
# Buildings and streets: an unknown name ending in (or followed by) one of these ranks below towns.
BUILDING_NOUNS = {"mosque", "church", "hospital", "school", "hotel", "embassy", "prison", "station",
                  "market", "stadium", "palace", "university", "academy", "office", "headquarters",
                  "building", "bank", "restaurant", "cafe", "mall", "theater", "theatre", "cinema",
                  "club", "temple", "shrine", "garden", "gardens", "center", "centre", "complex",
                  "consulate", "courthouse", "college", "hall", "square", "street", "bridge", "jail",
                  "road", "avenue", "boulevard", "lane", "highway", "tomb"}
BUILDING_SPECIFICITY = 3.9
# Buildings, homes and sites a town's name may modify ("the Zorvan home", "a Zorvan court"): the
# name then says where the site is.
SITE_NOUNS = (BUILDING_NOUNS - {"center", "centre", "club", "office", "bank", "complex", "college",
                                "university", "academy"}) \
    | {"home", "house", "residence", "courthouse", "court", "airport", "airstrip", "airbase",
       "yard", "shantytown", "slum", "slums", "township", "suburb", "neighborhood",
       "neighbourhood"}
# Nouns for part of a town: an unknown name called one ranks above the towns (see
# UNRESOLVED_SPECIFICITY: other unknown names rank as towns).
SMALL_PLACE_NOUNS = {"neighbourhood", "neighborhood", "suburb", "quarter", "village", "hamlet", "town",
                     "neighbourhoods", "neighborhoods", "suburbs", "quarters", "villages", "hamlets",
                     "towns"}
SMALL_PLACE_SPECIFICITY = 4.5
# "Moscow time": a place naming a time zone; "A.M." is never a place.
CLOCK_NOUNS = {"time"}
CLOCK_ABBREVIATIONS = {"a.m.", "p.m.", "a.m", "p.m"}
# Nouns for what a government decides or does: a place that owns one stands for its government
# ("Washington's decision", "Ankara's campaign", "the Baghdad regime"), whatever kind of place.
POLICY_NOUNS = {"decision", "policy", "policies", "campaign", "relationship", "relations", "regime",
                "administration", "leadership", "government", "stance", "response",
                "refusal", "offer", "demand", "demands", "strategy", "approach", "pressure",
                "influence", "interests", "interest", "role", "plan", "proposal", "move", "support",
                "opposition", "diplomacy", "ally", "allies", "envoy", "war", "claim", "claims"}
# Land, sea and air a country or region modifies: "the Sinai desert", "Somalia's coastline".
TERRAIN_NOUNS = {"desert", "coastline", "coast", "waters", "seawaters", "airspace", "territory", "soil",
                 "highway"}
# Sites fixed inside a country: a country owning one says where it is ("Pakistan's parliament",
# "Iraq's northern skies", "the Sudan pharmaceutical plant"), not whose, unlike an embassy or a
# base, which a country keeps abroad.
NATIONAL_SITE_NOUNS = {"parliament", "court", "courthouse", "skies", "sky", "battlefield", "battlefields",
                       "runway", "runways", "installation", "installations", "belt", "zone", "hideout",
                       "hideouts", "plant", "oilfield", "oilfields", "heartland", "hinterland", "interior",
                       "jungle", "jungles", "mountains", "plains", "valley", "valleys"}
# Senses of trigger verbs that name no event, so place none ("demonstrated that ...", "captured
# the imagination of ...", "prices shot up"): "demonstrate" with an object or in the passive
# means "show" (the protest sense takes none, or a stance: "demonstrated their support"),
# "capture" with one of these objects means "win" or "attract", and an intransitive "shoot
# up/back" means "rise" or "reply".
SHOWN_STANCE_NOUNS = {"support", "solidarity", "opposition", "anger", "outrage", "discontent", "displeasure"}
WON_OR_ATTRACTED_NOUNS = {"imagination", "imaginations", "heart", "hearts", "attention", "mood", "spirit",
                          "essence", "interest", "fancy", "eye", "eyes", "vote", "votes", "title", "titles",
                          "crown", "medal", "medals", "prize", "award", "championship", "championships",
                          "wicket", "wickets", "nomination"}
FIGURATIVE_SHOOT_PARTICLES = {"up", "back"}
# Verbs of protest whose "against/over/about" phrase (or, for "protest", object) is what the
# protest is about: a place named there is the topic's ("protested against the war on X"),
# unless the phrase names the gathering itself ("against the reform at rallies in X").
PROTEST_LEMMAS = {"protest", "demonstrate", "rally", "march"}
TOPIC_PREPS = {"against", "over", "about"}
# Verbs of sending fire or a missile at something: "toward X" on them is where it was aimed and
# struck ("fired rockets toward X"), unlike a movement toward a goal not yet reached ("advanced
# toward X"). A protest march toward X is held on its way there, in X's streets.
AIMED_LEMMAS = {"fire", "shoot", "launch", "lob", "throw", "hurl"}
GATHERING_NOUNS = {"rally", "march", "demonstration", "protest", "gathering", "vigil", "sit-in"}
# Nouns of combat whose "for" object is the place fought over ("killed in the battle for X").
BATTLE_NOUNS = {"fight", "fights", "battle", "battles", "struggle", "fighting"}
# Prepositions whose gerund complement gives the reason or charge for an act, an act of its own
# elsewhere or earlier ("arrested for smuggling arms in X"); not "of", whose gerund as often
# hangs the act's own place ("arrested 14 suspected of spying in X": arrested in X).
REASON_PREPS = {"for"}
# Irregular participles after a place name and a hyphen make an adjective ("US-run", "Kabul-born").
PARTICIPLE_SUFFIXES = {"run", "born", "held", "made", "built", "owned", "bound", "hit", "torn"}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym (lowercase) -> ISO alpha-2."""
    return {row["demonym"].lower(): row["country"] for row in datafiles.read_tsv("geo/demonyms.v1.tsv")}


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym in the text with its chosen place (None when unresolved)."""

    start_token: int
    end_token: int
    start: int
    end: int
    text: str
    place: Place | None
    method: str


def _clean_name(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"(?:'s|\u2019s)$", "", text).strip()


def _is_demonym(name: str, table: dict) -> bool:
    """'Kenyan', 'Serbs', and the compounds of a demonym with 'man' or 'woman' ('an Englishman',
    'two Frenchmen', 'a Dutchwoman'): a people, never a place."""
    lower = name.lower()
    if lower in table:
        return True
    for ending in DEMONYM_PERSON_ENDINGS:
        stem = name[:-len(ending)]
        if lower.endswith(ending) and len(stem) > 2 and (
                stem.lower() in table or KnowledgeBase.default().country_by_demonym(stem) is not None):
            return True
    return False


def _is_acronym(span) -> bool:
    """'UN', 'SAA', 'N.Y.': a name of two or three capitals (dots aside). Such a name is a place
    only when we list it ourselves ('US', 'UK'); GeoNames' towns 'Un' and 'Saa' are no reading
    of it."""
    letters = span.text.replace(".", "")
    return len(span) <= 4 and 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _glued(span) -> bool:
    """Is the span written onto a hyphen ("Natal" of "KwaZulu-Natal")? Then it is part of a
    longer name."""
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_) \
        or (span.start > 0 and doc[span.start - 1].text == "-" and not doc[span.start - 1].whitespace_)


def _written_as_a_name(span) -> bool:
    """Capitalised words (particles aside), no acronym, no weekday or month, and no word of
    ordinary English: the lemmatizer's tables list English verbs, adjectives and adverbs ("Nice",
    "Split", "Reading"), so a name that is one of them may be the word."""
    if _is_acronym(span) or any(t.text in WEEKDAYS or t.text in MONTHS for t in span):
        return False
    words = [t for t in span if t.is_alpha]
    particles = HEAD_PARTICLES | TAIL_PARTICLES
    if not words or all(t.lower_ in particles for t in words) \
            or not all(t.text[:1].isupper() or t.lower_ in particles for t in words):
        return False                       # "Al" of "Al-Zorvan" alone is no name
    if _glued(span) or all(t.text.isupper() for t in words):
        return False                       # part of a hyphenated name ("-Natal"), or capitals
    return not any(_english_word(t.lower_) for t in words if t.text[:1].isupper())


@lru_cache(maxsize=1)
def _english_word_index() -> frozenset[str]:
    """Verbs, adjectives and adverbs of the lemmatizer's lookup tables (WordNet's lists; its noun
    list holds proper names too, so it is left out)."""
    from ..nlp.pipeline import load_nlp
    try:
        tables = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(word for pos in ("verb", "adj", "adv") if pos in tables for word in tables[pos])


def _english_word(word: str) -> bool:
    return word in _english_word_index()


def _has_a_capital(span) -> bool:
    """Names are capitalised ('naira' and 'mosques' are not places); 'A.M.' is a time."""
    return any(t.text[:1].isupper() for t in span) and span.text.lower() not in CLOCK_ABBREVIATIONS


# Person nouns made of a demonym ("Englishman", "Frenchmen", "Irishwoman").
DEMONYM_PERSON_ENDINGS = ("man", "men", "woman", "women")
# Words inside an organisation's name before the place it is named for ("X of Y", "X in Y").
ORG_NAME_LINKS = {"of", "in", "for"}


def _could_be_unknown_place(span) -> bool:
    """May a name the gazetteer lacks still be a place? Not an adjective (a demonym our table
    lacks: "the Angolan city of X"), a hyphenated participle ("US-led"), a name headed by a word
    for an organisation or contest ("the Zorvan Army", "the Zorvan Open") or an organisation or
    armed group we know ("Daesh")."""
    last = span[-1]
    if span.root.tag_ == "JJ":
        return False
    if (last.text.islower() and span.start < span.end - 1 and span.doc[last.i - 1].text == "-"
            and (last.text.endswith("ed") or last.text in PARTICIPLE_SUFFIXES)):
        return False
    if KnowledgeBase.default().country_by_demonym(span.text) is not None \
            or _is_demonym(_clean_name(span.text), demonyms()):
        return False                       # "Zorvanian", "an Englishman": a people, not a place
    if _is_acronym(span):
        return False                       # "the SAA", "UN headquarters": an organisation
    if last.lower_ in NON_PLACE_HEADS and last.lower_ not in AREA_WORDS:
        return False                       # "the Zorvan Classic", "the Zorvan Army"
    return not _known_party(span.text)


def _named_for_a_place(doc, span) -> bool:
    """Is ``span`` the tail of an organisation's name the tagger took whole ("the Islamic State
    of Zorvania", "the Bank of Zorvania")? The place names the organisation, not a scene."""
    before = span.start - 1
    return (before >= 0 and doc[before].lower_ in ORG_NAME_LINKS and doc[before].ent_iob_ == "I"
            and doc[before].ent_type_ == "ORG")


def _place_position(doc, span) -> bool:
    """A slot that holds places: after 'in/at/near/...' ('killed in Goma') or the object of a
    verb that acts on territory ('captured Goma', 'Goma was captured'), or a name after 'the
    town of' ('near the town of Samarra'); also a goal or origin ('sent to X', 'flown from X')
    unless the tagger took the name for a person ('threats to Zorvanov'), a name a settlement
    noun introduces or follows ('the capital, X', 'downtown X', 'X district'), a side holds
    ('rebel-held X'), or whose streets or outskirts are named ("X's streets"), and the town
    a home, court or other site is in ('the X home')."""
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in LOC_PREPS:
        return True
    if before is not None and before.lower_ in GOAL_PREPS:
        return not any(t.ent_type_ == "PERSON" for t in span)
    if span.start > 1 and before.lower_ == "of" \
            and doc[span.start - 2].lower_ in TOWN_NOUNS | LOCATIVE_NOUNS \
            and not _bare_direction(doc[span.start - 2]):
        return True                        # "the town of X", "the outskirts of X" ("west of X"
                                           # is a reference point)
    noun = before
    if noun is not None and noun.text == "," and span.start > 1:
        noun = doc[span.start - 2]
    if noun is not None and noun.lower_ in TOWN_NOUNS | SETTLEMENT_NOUNS | {"downtown"} \
            and noun.text.islower():
        return True                        # "the capital(,) X", "the border town X", "downtown X"
    if span.start > 1 and before.lower_ in HELD_PARTICIPLES and doc[span.start - 2].text == "-":
        return True                        # "rebel-held X"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text.islower() and not _glued(span) \
            and after.lower_ in SETTLEMENT_NOUNS | AREA_WORDS \
            and not (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "of"):
        return True                        # "X district", "X town" (not "the Zorvanian town of
                                           # Y": a description of Y, nor "-Natal province")
    if after is not None and after.text in POSSESSIVE_ENDINGS and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in (LOCATIVE_NOUNS - TOWN_NOUNS) | TERRAIN_NOUNS:
        return True                        # "X's streets", "X's outskirts" ("X's capital" is
                                           # mostly a country's: named in our own tables)
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in SITE_NOUNS and root.head.pos_ == "NOUN" \
            and not _known_party(_clean_name(span.text), TARGET_KINDS):
        return True                        # "the X home", "a X courthouse", "the X airstrip"
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in TERRITORY_LEMMAS


def _owner_of_a_thing(doc, span) -> bool:
    """"at Zorvan's home": a possessive before a noun that is no part of a place (its streets,
    outskirts or land) is as often a person's."""
    if span.end + 1 >= len(doc) or doc[span.end].text not in POSSESSIVE_ENDINGS:
        return False
    head = doc[span.end + 1:span.end + 4]
    noun = next((t for t in head if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is None or noun.lower_ not in LOCATIVE_NOUNS | TERRAIN_NOUNS | NATIONAL_SITE_NOUNS


def _governing_prep(place_root):
    """The preposition a place hangs from, through 'the city of' and appositions, or None."""
    token = place_root
    for _ in range(6):
        if token.dep_ == "pobj":
            if token.head.lower_ != "of":
                return token.head
            token = token.head.head          # "in the city of X": on to "city"
        elif token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
            token = token.head
        else:
            return None
    return None


def _person_context(doc, span) -> bool:
    """A name the context shows is a person: 'Kamal, 23,' (an age) or 'Kamal, who ...'."""
    after = doc[span.end:span.end + 3]
    if len(after) < 2 or after[0].text != ",":
        return False
    if after[1].lower_ == "who":
        return True
    return len(after) == 3 and after[1].like_num and after[2].text == ","


def _nationality_modifier(mention: Mention, place_root) -> bool:
    """'U.S. soldiers', 'the Syria crisis', "Chad's military": a country or region naming
    whose, not where (a possessive unresolved name is most often a person: "Kamal's cousin")."""
    kind = mention.place.kind if mention.place else None
    if place_root.head.lower_ in LOCATIVE_NOUNS | SETTLEMENT_NOUNS | TERRAIN_NOUNS:
        return False                       # "the Sinai desert", "Somalia's waters": where
    if place_root.head.lower_ in NATIONAL_SITE_NOUNS and place_root.head.pos_ == "NOUN":
        return False                       # "Pakistan's parliament", "Iraq's skies": where
    if place_root.dep_ in ("poss", "compound") and place_root.head.lemma_.lower() in POLICY_NOUNS \
            and place_root.head.pos_ == "NOUN":
        return True                        # "Washington's decision", "the Baghdad regime": whose
    if place_root.dep_ == "poss":
        return kind in ("country", None) and place_root.head.ent_type_ not in PLACE_LABELS
    return kind in ("country", "region") and place_root.dep_ in ("compound", "amod", "nmod")


def _organisation_modifier(mention: Mention, place_root) -> bool:
    """'UN' in "marched to UN offices in Zorvan": the name of an organisation before a noun says
    whose the thing is, not where it is."""
    return place_root.dep_ == "compound" and place_root.head.pos_ == "NOUN" \
        and place_root.head.lower_ not in LOCATIVE_NOUNS | SETTLEMENT_NOUNS \
        and _known_party(mention.text, frozenset({"org"}))


def _called_a_province(root, after: str) -> bool:
    """Does the text call the place a province or state ("Zorvan province", "the state of
    Zorvan", "the republic of Zorvan")? Then it ranks as one, whatever town of that name the
    gazetteer holds (or when it holds none)."""
    if after in PROVINCE_WORDS:
        return True
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head                   # "the provinces of X and Y": Y as well
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        head = head.head
    elif root.dep_ != "compound":
        return False
    return head.i != root.i and head.text.islower() and head.lower_ in PROVINCE_NOUNS


def _name_phrase_head(token):
    """The noun a place name stands for in its phrase: 'city' for 'Butwal' in 'Butwal city' and
    for 'Porto' in 'the city of Porto'; the name itself otherwise."""
    for _ in range(3):
        if token.dep_ == "compound" and token.head.lower_ in SETTLEMENT_NOUNS:
            token = token.head
        elif (token.dep_ == "pobj" and token.head.lower_ == "of"
              and token.head.head.lower_ in LOCATIVE_NOUNS | SETTLEMENT_NOUNS):
            token = token.head.head
        else:
            break
    return token


def _phrase_name_slots(token) -> tuple[list, list]:
    """(compound children, 'of' objects) of a locative noun: the two places a name can sit in
    ('the Shaab district of Baghdad', 'the West Bank city of Nablus'); empty for other words."""
    if token.lower_ not in LOCATIVE_NOUNS | SETTLEMENT_NOUNS:
        return [], []
    of_names = [c for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
                for c in child.children if c.dep_ == "pobj"]
    return [c for c in token.children if c.dep_ == "compound"], of_names


def _specificity(mention: Mention) -> float:
    """Resolution of the chosen place; a name the gazetteer lacks ranks as a town unless its name
    calls it a province ("Zorvan province", "Zorvan Governorate": a province), and a region
    spanning countries ("the Middle East", "the Sahel") below a country."""
    place = mention.place
    if place is None:
        last = mention.text.rsplit(None, 1)[-1].lower() if mention.text.strip() else ""
        return KIND_RESOLUTION["admin1"] if last in PROVINCE_WORDS else UNRESOLVED_SPECIFICITY
    if place.kind == "region" and not place.country_code:
        return WIDE_REGION_SPECIFICITY
    if place.kind == "region":
        return COUNTRY_REGION_SPECIFICITY
    return place.resolution


def _where_clause(token) -> bool:
    """Is ``token`` the verb of a relative clause opened by 'where' ("the town of X, where two
    were killed")? Its place is the phrase the clause describes."""
    return token.dep_ == "relcl" and any(child.dep_ == "advmod" and child.lower_ == "where"
                                         for child in token.children)


def _reason_clause(token) -> bool:
    """Is ``token`` a gerund after 'for' ("arrested for smuggling arms in X", "jailed for
    killing a man in X")? It names the reason or charge: another act, with its own scene."""
    return token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in REASON_PREPS


def _in_subclause(place_root, root) -> bool:
    """Does the place reach ``root`` through a clause of its own verb ("..., targeting X",
    "the man who was shot in X", "after fighting in X")? Such a place is that verb's first."""
    token = place_root
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ in SUBCLAUSE_DEPS:
            return True
        token = token.head
    return False


def _misparsed_participle(token) -> bool:
    """'controlled' in "targeting the army controlled Zorvan district": a clausal complement
    of a verb that acts on territory and takes no clause is a participle the parser misread
    ("the army-controlled district"); its objects are the verb's own."""
    return token.dep_ == "ccomp" and token.tag_ in ("VBN", "VBD") and token.head.lemma_ in TERRITORY_LEMMAS


def _verb_conjunct(token) -> bool:
    """A verb coordinated with another after words of its own ("was shot in the head and taken to
    a hospital in X"): the event of a clause of its own; "shot and killed in X" is one event."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX") or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if token.lemma_ in CASUALTY_LEMMAS:
        return False                       # "two were killed and five wounded in X": one attack
    between = token.doc[token.head.i + 1:token.i]
    return any(t.dep_ not in JOINING_DEPS for t in between)


def _could_be_a_person(place_root) -> bool:
    """May an unknown name in a bare subject or object slot be a person? Not as what a verb
    that only acts on territory acts on ("stormed Zorvan", "Zorvan was shelled")."""
    return place_root.head.lemma_ not in TERRITORY_OBJECT_LEMMAS


def _called_a_place(place_root) -> bool:
    """Does an appositive call the name a place ("Zorvan, the last rebel-held part of Kessia",
    "Zorvan, a town near X")? Then it is no person, whatever slot it fills."""
    return any(child.dep_ == "appos" and child.lower_ in LOCATIVE_NOUNS | SETTLEMENT_NOUNS
               for child in place_root.children)


def _on_the_subject(place_root, root) -> bool:
    """'Guantanamo' in "detainees at Guantanamo were captured in Afghanistan": a place that
    says where the subject is, not where the act happened, ranks after the verb's own."""
    token = place_root
    while token.head.i != token.i and token.head.i != root.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.i != place_root.i


def _fronted_scene(place_root) -> bool:
    """'Kandahar' in "In Kandahar, six were killed in Maiwand district": a place fronted before
    the clause and set off by a comma is the wider scene of what the clause then places; so is
    a place named inside that fronted phrase ("In Zorvan, in northern Kessia, ...")."""
    prep = _governing_prep(place_root)
    for _ in range(4):
        if prep is None or prep.head.pos_ in ("VERB", "AUX"):
            break
        prep = _governing_prep(prep.head)   # "in northern Kessia" hangs from "Zorvan"
    if prep is None or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    doc = prep.doc
    verb = prep.head
    # only the verb's other fronted adjuncts may come before it ("In X, in Y, ...")
    first = sentence_of(prep).start
    while first < prep.i:
        if not doc[first].is_alpha:
            first += 1
            continue
        adjunct = _adjunct_of(doc[first], verb)
        if adjunct is None:
            return False
        first = adjunct.right_edge.i + 1
    after = prep.right_edge.i + 1
    while after < len(doc) and doc[after].text != ",":
        # other fronted adjuncts of the same verb may come before the comma ("In X on Monday,")
        adjunct = _adjunct_of(doc[after], verb)
        if adjunct is None:
            return False
        after = adjunct.right_edge.i + 1
    return after < len(doc)


def _adjunct_of(token, verb):
    """The fronted adjunct of ``verb`` ("in X", "on Monday") that ``token`` belongs to, or None."""
    while token.head.i not in (verb.i, token.i):
        token = token.head
    if token.head.i != verb.i or token.dep_ not in FRONTED_ADJUNCT_DEPS:
        return None
    return token


def _container_country(mention: Mention, first: Mention) -> bool:
    """Is ``mention`` a country named with a finer ``first`` place?"""
    return (mention.place is not None and mention.place.kind == "country"
            and _specificity(first) > _specificity(mention))


def _is_container(place_root) -> bool:
    """'Kabul' in "Kabul's Karta-e-Naw district": the possessor contains the place."""
    return place_root.dep_ == "poss"


def _first_conjunct(token):
    """'France' for 'the United States' in "prompting France and the United States to act": the
    noun whose slot a coordinated noun shares."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in ("PROPN", "NOUN"):
        token = token.head
    return token


def _party_slot(mention: Mention, place_root, root, how: str) -> bool:
    """A known place as a party to an action, not where the event happened: a country after
    'on' ("an attack on Zorvania", "sanctions on Zorvania"), or the bare subject or object of a
    verb that does not act on territory ("urging Zorvania to act", "Zorvania was blamed"). Only
    a country counts when it is the object of a verb below the trigger ("tried to flee Zorvania"
    keeps its towns)."""
    if mention.place is None:
        return False
    kind = mention.place.kind
    if how == "prep-on":                   # (not "on X's border": the border is the place)
        return kind == "country" and place_root.dep_ not in ("poss", "compound")
    verb = _first_conjunct(place_root).head
    if how not in ("subject", "object") or verb.lemma_ in PLACE_PATIENT_LEMMAS:
        return False
    return how == "subject" or (verb.i != root.i and kind in ("country", "admin1"))


def _names_its_place(noun) -> bool:
    """Does '<noun> of X' put something at X: a part of a place or the places it is made of
    ("the outskirts of X", "the villages of X and Y")?"""
    return noun.lower_ in LOCATIVE_NOUNS or noun.lower_ in SETTLEMENT_NOUNS


def _names_the_places(prep) -> bool:
    """'cities including X', 'villages like X', 'an area known as X': the preposition names the
    places a settlement noun stands for."""
    if prep.lower_ == "as" and prep.head.lower_ == "known":
        prep = prep.head
        return prep.dep_ == "acl" and prep.head.lower_ in SETTLEMENT_NOUNS
    return prep.lower_ in ("including", "like") and prep.head.lower_ in SETTLEMENT_NOUNS


def _leaves_the_scene(prep, root, how: str | None) -> bool:
    """Does ``prep``, met on the way up from a place to ``root``, take the place out of the
    event's scene? An origin ("from X"), a cause or time ("since the war in X"), a goal not
    reached ("to X", except after a verb of travel; "toward X" except on a verb of firing or a
    march),
    or, as the place's own preposition, any that does not locate ("an attack on behalf of X";
    ``how`` is None until one does; a 'by' + gerund clause of means does: "by storming X")."""
    word = prep.lower_
    if word == "for" and how is None and prep.head.lower_ in BATTLE_NOUNS:
        return False                       # "killed in the battle for X": fought at X
    if word == "from" and how is None and _distance_from(prep):
        return False                       # "200 metres away from X": a reference point
    if word in ("toward", "towards") and how is None and prep.head.i == root.i \
            and root.lemma_ in AIMED_LEMMAS | PROTEST_LEMMAS:
        return False                       # "fired rockets toward X", "marched toward X"
    if word == "from" or word in SCENE_CHANGING_PREPS:
        return True
    if word == "to":
        if prep.head.lower_ in CLOSE_TO_WORDS:
            return False                   # "close to X", "at the entrance to X": at X
        return not (_arrival(prep) and (how is not None or prep.head.i == root.i))
    locative = word in LOC_PREPS or word == "of" or _names_the_places(prep) or _means_clause(prep)
    return how is None and not locative


def _members_of_the_object(prep, verb) -> bool:
    """'including' (or 'such as') after the object of a verb that takes a place as its object
    ("captured several towns, including X", "patrolled key sites such as X"): the names after it
    are members of the object, and so places the act happened at."""
    word = prep.lower_
    such_as = word == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    if word != "including" and not such_as:
        return False
    if verb.lemma_ not in TERRITORY_LEMMAS:
        return False
    if prep.head.i == verb.i:              # the parser may hang it on the verb after its object
        return any(child.dep_ == "dobj" and child.i < prep.i for child in verb.children)
    listed = _first_conjunct(prep.head)    # "the center and key spots such as X"
    return listed.dep_ == "dobj" and listed.head.i == verb.i


def _means_clause(prep) -> bool:
    """'by' before a gerund ("began the assault by storming X"): the clause says how the act was
    done, so it happened where that was done."""
    return prep.lower_ == "by" and any(child.dep_ == "pcomp" and child.tag_ == "VBG"
                                       for child in prep.children)


def _bracketed_aside(token, place_root) -> bool:
    """Is ``token`` a word in brackets that the parser made the head of what follows the
    closing bracket ("launched a VBIED (vehicle borne improvised explosive device) at X": 'at X'
    hung on 'borne')? A bracketed aside ends at its bracket; the words after it belong to the
    phrase the aside interrupts."""
    if token.dep_ not in CLAUSE_BREAKS | {"dep", "acl", "amod"} or token.head.i == token.i:
        return False
    doc = token.doc
    if place_root.i <= token.i:
        return False
    opening = next((t.i for t in reversed(doc[max(0, token.i - 8):token.i])
                    if t.text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(":
        return False
    closing = next((t.i for t in doc[token.i + 1:place_root.i] if t.text in ("(", ")")), None)
    return closing is not None and doc[closing].text == ")" and token.head.i < opening


def _distance_from(prep) -> bool:
    """'from' after a word of distance ("away from X", "not far from X", "across from X", "5 km
    from X"): X is the point the event is placed by, not where anything came from."""
    return prep.lower_ == "from" and prep.head.lower_ in DISTANCE_WORDS


def _changes_scene(token) -> bool:
    """A word between a trigger and a place that puts the place in another scene: a speech verb
    ("said in Beijing"), or a preposition or subordinator of cause or time ("since the war in X")."""
    if token.lower_ in SCENE_CHANGING_PREPS or token.lower_ in OTHER_TIME_MARKS:
        return True
    return token.pos_ == "VERB" and token.lemma_ in SPEECH_LEMMAS


def _arrival(prep) -> bool:
    """'to' after a verb of travel ("returned to Kabul", "was flown to X"): the event ends there,
    and that is where it is reported as happening."""
    if prep.lower_ != "to" or prep.head.pos_ != "VERB" or prep.head.lemma_ not in TRAVEL_LEMMAS:
        return False
    # "marched from X to Y": a route, whose ends are neither of them the scene
    return not (prep.head.lemma_ in ROUTE_LEMMAS
                and any(c.dep_ == "prep" and c.lower_ == "from" for c in prep.head.children))


def _near_object(verb, deps: tuple):
    """The verb's object (a child in ``deps``) written right after it, with no comma between (the
    parser hangs far words on a verb as objects: "demonstrated ..., brandishing signs"), or None."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in deps and 0 < child.left_edge.i - verb.i <= 3 \
                and not any(t.text in (",", ";", ":", "--") for t in doc[verb.i + 1:child.left_edge.i]):
            return child
    return None


def _non_event_sense(trigger) -> bool:
    """Is the trigger a verb used in a sense that names no event ("demonstrated that the plan
    works", "was demonstrated at the fair", "captured the hearts of X", "prices shot up")? Then
    no place in its sentence is an event location."""
    lemma = trigger.lemma_
    deps = {child.dep_ for child in trigger.children}
    if lemma == "demonstrate":
        if deps & {"auxpass", "nsubjpass"}:
            return True
        shown = _near_object(trigger, ("dobj", "ccomp"))
        return shown is not None and shown.lemma_.lower() not in SHOWN_STANCE_NOUNS
    if lemma == "capture":
        return any(child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in WON_OR_ATTRACTED_NOUNS
                   for child in trigger.children)
    if lemma == "shoot":
        # ("shot back" is a retort, the parser's 'back' a particle or an adverb)
        return "dobj" not in deps and any(child.dep_ in ("prt", "advmod")
                                          and child.lower_ in FIGURATIVE_SHOOT_PARTICLES
                                          for child in trigger.children)
    return False


def _protest_topic(place_root, root) -> bool:
    """'X' in "protested against the war on X" or "protesting the occupation of X": a place in what
    a protest is about, not where it was held (a gathering on the way keeps its place: "against
    the reform at rallies in X")."""
    if root.lemma_ not in PROTEST_LEMMAS:
        return False
    token = place_root
    while token.i != root.i and token.head.i != token.i:
        if token.pos_ == "NOUN" and token.lemma_.lower() in GATHERING_NOUNS:
            return False
        if token.head.i == root.i:
            if token.dep_ == "prep" and token.lower_ in TOPIC_PREPS:
                return not (token.lower_ == "over" and root.lemma_ == "march")   # "marched over the bridge"
            return token.dep_ == "dobj" and root.lemma_ == "protest" and token.i != place_root.i
        token = token.head
    return False


def _other_scene_clause(token) -> bool:
    """Is ``token`` the verb of a clause set at another time than the event ("before he moved to
    X", "since the war in X began")? Its places are not the event's."""
    return token.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in OTHER_TIME_MARKS
                                         for child in token.children)


def _coordinated_prep_objects(name_head) -> list:
    """The objects of the prepositions coordinated with the one ``name_head`` hangs from ("in X
    and in the town of Y", "at X and in Y"), or of the same preposition after a coordinated noun
    ("two in X and four in Y"): the places of one event named twice over."""
    prep = name_head.head
    if name_head.dep_ != "pobj" or prep.pos_ != "ADP":
        return []
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    preps, objects = [prep, *_same_prep_after_conjuncts(prep)], []
    while preps:
        current = preps.pop()
        for child in current.children:
            if child.dep_ == "conj" and child.pos_ == "ADP":
                preps.append(child)
            elif child.dep_ == "pobj" and child.i != name_head.i:
                objects.append(child)
    return objects


def _same_prep_after_conjuncts(prep) -> list:
    """'in' of 'four in Y' for the 'in' of 'two in X' in "two in X and four in Y", and of a
    verb's gapped conjunct: "one was killed in X and two in Y" (the verb left out)."""
    head = prep.head
    conjuncts = head.conjuncts
    if head.pos_ in ("VERB", "AUX"):
        conjuncts = [c for c in conjuncts if c.pos_ not in ("VERB", "AUX")]
    return [child for conjunct in conjuncts for child in conjunct.children
            if child.dep_ == "prep" and child.lower_ == prep.lower_]


def _bare_direction(token) -> bool:
    """'west' in '50 km west of Baghdad' (a distance from a reference point), not 'the west of'."""
    return (token.lower_ in COMPASS_WORDS
            and not any(child.dep_ in ("det", "poss") for child in token.children))


def _score(place: Place, counts: Counter, total: int, capital: bool = False) -> float:
    if place.kind == "city":
        score = CITY_BASE.get(place.match, 0.5) + (CAPITAL_BONUS if capital else 0.0)
    else:
        score = BASE_SCORE.get((place.kind, place.match), 1.0)
    score += POPULATION_WEIGHT * min(log_population(place.population), 7.0) if place.kind == "city" else 0
    if place.iso2 and total:
        # Weak evidence (one demonym) must not outvote a curated spelling: scale by evidence.
        count = counts.get(place.iso2, 0)
        score += CONTEXT_SHARE_WEIGHT * (count / total) * min(1.0, total / CONTEXT_FULL_EVIDENCE)
        score += CONTEXT_PRESENT_BONUS if count >= 2 else 0.0
    return score


def _mention_evidence(cands: list[Place]) -> Counter:
    """ISO2 -> evidence one mention gives that the article is about that country: 2 for a
    country's name, 1 for another place; none unless the name points to one country only
    ("Georgia" names two, so it is not evidence for either)."""
    curated = {p.iso2 for p in cands if p.match == MATCH_CURATED}
    countries = curated or {p.iso2 for p in cands if p.match != MATCH_ALTERNATE}
    if len(countries) != 1 or None in countries:
        return Counter()
    return Counter({countries.pop(): 2 if cands[0].kind == "country" else 1})


def _in_article_countries(cands: list[Place], counts: Counter) -> list[Place]:
    """Drop false matches in a country the article gives no evidence for, when it gives some:
    a town matched through one of GeoNames' alternate names ("Nabi Yunis" in a story about Iraq
    is no Israeli village that once bore the name) and, once the evidence is firm, a hamlet
    matched by its main name ("the Zorvan district" in a story about Afghanistan is no Thai
    village). An article with no country evidence keeps them."""
    if not counts:
        return cands
    firm = sum(counts.values()) >= FIRM_EVIDENCE
    return [p for p in cands if counts.get(p.iso2, 0) > 0 or (p.match != MATCH_ALTERNATE and not (
        firm and p.kind == "city" and p.match != MATCH_CURATED and p.population < FOREIGN_HAMLET_POP))]


def _lies_in(place: Place, container: Place) -> bool:
    """Is ``place`` inside ``container`` (a country, admin1 area or national region)? (Callers
    fall back to the container's country: GeoNames and our tables may cut provinces apart.)"""
    if place.iso2 != container.iso2:
        return False
    return container.kind != "admin1" or place.admin1 == container.admin1


class PlaceResolver:
    """Resolves the toponyms of one article at a time against a gazetteer."""

    def _score(self, place: Place, counts: Counter, total: int) -> float:
        return _score(place, counts, total, self.gazetteer.is_capital(place))

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or get_gazetteer()

    def for_article(self, doc, *, title: str | None = None) -> "ArticlePlaces":
        """Resolve every GPE/LOC/FAC mention of ``doc`` once; returns the article's places."""
        table = demonyms()
        found = [part for ent in doc_ents(doc)
                 if ent.label_ in PLACE_LABELS or self._rescued(doc, ent)
                 for part in self._split_coordinated(doc, ent)
                 if not _is_demonym(_clean_name(part.text), table)]   # demonyms are not places
        found = [self._with_particle_tail(doc, _with_name_tail(doc, ent)) for ent in found]
        covered = {i for ent in found for i in range(ent.start, ent.end)}
        found += self._untagged_places(doc, covered)
        covered = {i for ent in found for i in range(ent.start, ent.end)}
        # ('Israel and Hamas': a name coordinated with a place is no place when it names an
        # organisation or armed group we know, nor is the target of an attack we know as a
        # person: 'an attack on Trump'.)
        found += [span for span, cue in cued_places(doc, covered, covered)
                  if not _is_demonym(_clean_name(span.text), table)
                  and not (cue == "coordinated" and _known_party(span.text))
                  and not (cue == "assault-target" and _known_party(span.text, TARGET_KINDS))]
        found = [span for span in found if not _person_context(doc, span)]
        found.sort(key=lambda span: span.start)
        spans = [self._with_area_word(doc, self._with_direction(
            doc, _without_time_words(_without_trailing_marks(ent)))) for ent in found]
        spans = [self._with_particle_head(doc, ent) for ent in spans]
        spans = [ent for ent in spans if not any(
            other.start <= ent.start and ent.end <= other.end and len(other) > len(ent)
            for other in spans)]           # "e-Sharif" inside "Mazar-e-Sharif"
        looked_up = [(ent, *self._lookup(doc, ent)) for ent in spans]
        looked_up = [item for item in looked_up if _has_a_capital(item[0])
                     and (item[1] or _could_be_unknown_place(item[0]))]
        counts = self._context_counts(doc, looked_up, title)
        total = sum(counts.values())
        mentions = []
        by_token = {i: n for n, (ent, _, _) in enumerate(looked_up) for i in range(ent.start, ent.end)}
        # what a name says of its own country is no evidence for its own candidates
        own: dict[str, Counter] = {}
        for ent, cands, _ in looked_up:
            own.setdefault(_clean_name(ent.text).lower(), Counter()).update(_mention_evidence(cands))
        for index, (ent, cands, name_method) in enumerate(looked_up):
            cands = self._same_phrase_filter(doc, ent, cands, looked_up, index, by_token)
            cands = _in_article_countries(cands, counts - own[_clean_name(ent.text).lower()])
            if _is_acronym(ent):
                cands = [p for p in cands if p.match == MATCH_CURATED]
            place = max(cands, key=lambda p: self._score(p, counts, total)) if cands else None
            ent = _bare_name(ent) if place is not None else _with_ayn_mark(_bare_name(ent))
            mentions.append(Mention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text,
                                    place, name_method))
        mentions = within_cities(doc, mentions)
        dateline = self._dateline(doc, mentions, counts, total)
        return ArticlePlaces(doc, mentions, counts, self.gazetteer, dateline)

    def _split_coordinated(self, doc, ent) -> list:
        """'Abuja and Lagos' tagged as one entity -> two spans, when the gazetteer knows each
        part and not the whole."""
        cuts = [t.i for t in ent if t.lower_ in ("and", "&", ",")]
        if not cuts or self.gazetteer.candidates(_clean_name(ent.text)):
            return [ent]
        parts, start = [], ent.start
        for cut in [*cuts, ent.end]:
            if cut > start:
                parts.append(doc[start:cut])
            start = cut + 1
        if all(self.gazetteer.candidates(_clean_name(p.text)) for p in parts):
            return parts
        return [ent]

    def _with_particle_tail(self, doc, ent):
        """'Valle del Cauca', 'Norte de Santander' when the tagger stopped at the lower-case
        particle: the name runs on through 'del/de/la ...' and a capitalised word when the
        gazetteer knows the longer name by a curated or main name."""
        end = ent.end
        while end + 1 < len(doc) and doc[end].lower_ in TAIL_PARTICLES and doc[end].text.islower() \
                and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
            end += 2
        if end == ent.end:
            return ent
        wider = doc[ent.start:end]
        known = [p for p in self.gazetteer.candidates(_clean_name(wider.text)) if p.match != MATCH_ALTERNATE]
        return wider if known else ent

    def _with_particle_head(self, doc, ent):
        """'Al-Hasakah Governorate', 'Deir ez-Zor', 'Mazar-e-Sharif' when the tagger started the
        name after the hyphen: an Arabic or Persian article or link word written onto the name
        ("Al-", "ez-", "-e-") is part of it, and so is the word a lower-case link joins ("Deir ez-").
        Taken when the gazetteer knows the longer name, or knows neither."""
        start = ent.start
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].lower_ in HEAD_PARTICLES:
            start -= 2
        if doc[start].lower_ in HEAD_PARTICLES and doc[start].text.islower() and start >= 1 \
                and start + 1 < len(doc) and doc[start + 1].text == "-" \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].lower_ not in LOWER_ARTICLES:
            start -= 1                         # "Deir ez-Zor": the word the link joins
            if start >= 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                    and start >= 2 and doc[start - 2].text[:1].isupper():
                start -= 2                     # "Mazar-e-Sharif"
        if start == ent.start:
            return ent
        wider = doc[start:ent.end]
        if self._lookup(doc, wider)[0] or not self._lookup(doc, ent)[0]:
            return wider
        return ent

    def _with_direction(self, doc, ent):
        """'southern Gaza' when the tagger only took 'Gaza' and we know the region."""
        if ent.start > 0 and DIRECTION_WORDS.match(doc[ent.start - 1].text + " "):
            wider = doc[ent.start - 1:ent.end]
            if any(p.match == MATCH_CURATED and p.kind in ("region", "water")
                   for p in self.gazetteer.candidates(wider.text)):
                return wider
        return ent

    def _with_area_word(self, doc, ent):
        """'Hasakah Governorate' when the tagger stopped before an area word that is part of the
        name (capitalised, or a form we know), and 'Mazar-e-Sharif' when it stopped at a hyphen."""
        end = ent.end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        if end < len(doc) and doc[end].lower_ in AREA_WORDS | NAME_AREA_WORDS:
            wider = doc[ent.start:end + 1]
            name = _clean_name(wider.text)
            if doc[end].text[:1].isupper() or any(
                    p.kind in ("admin1", "region") for p in self.gazetteer.candidates(name)):
                return wider
        return doc[ent.start:end] if end != ent.end else ent

    def _dateline(self, doc, mentions, counts, total) -> Mention | None:
        """The place of a leading 'KYIV, Ukraine —' / 'KYIV (Reuters) -' / 'Kandahar, Afghanistan:' dateline."""
        match = match_dateline(doc_text(doc))
        if not match:
            return None
        for mention in mentions:
            if mention.place is not None and mention.start < match.end():
                return mention
        name = match.group(1).strip()
        cands = [p for p in self.gazetteer.candidates(name) if p.match != MATCH_ALTERNATE]
        if not cands:
            return None
        place = max(cands, key=lambda p: self._score(p, counts, total))
        start = match.start(1)
        return Mention(-1, -1, start, start + len(name), name, place, "dateline")

    def _known_place(self, name: str, after_prep: bool) -> bool:
        """A name we trust as a place without NER: curated, a national capital, or a town of
        RESCUE_MIN_POP after 'in/at/...'."""
        for place in self.gazetteer.candidates(name):
            if place.match == MATCH_CURATED:
                return True
            if place.match != MATCH_ALTERNATE and self.gazetteer.is_capital(place):
                return True
            if after_prep and place.match != MATCH_ALTERNATE and place.population >= RESCUE_MIN_POP:
                return True
        return False

    def _known_by_alternate(self, doc, span) -> bool:
        """A news spelling GeoNames keeps only among a town's alternate names ("Grozny" for
        "Groznyy"), trusted as a place without NER only in a place slot ("in X", "captured X"),
        for a town of ALTERNATE_RESCUE_MIN_POP, when the name is written like a name
        (capitalised words, no acronym) and is no ordinary English word, weekday or month,
        person or organisation we know, nor the owner of a thing ("at Zorvan's home")."""
        if not _place_position(doc, span) or not _written_as_a_name(span) \
                or _owner_of_a_thing(doc, span):
            return False
        if span.start > 0 and doc[span.start - 1].lower_ in GOAL_PREPS \
                and any(t.ent_type_ and t.ent_type_ not in PLACE_LABELS for t in span):
            return False                   # "letters to X": X tagged a name of anything else
        name = _clean_name(span.text)
        if _known_party(name, TARGET_KINDS):
            return False
        return any(place.match == MATCH_ALTERNATE and place.population >= ALTERNATE_RESCUE_MIN_POP
                   for place in self.gazetteer.candidates(name))

    def _rescued(self, doc, ent) -> bool:
        if ent.label_ not in RESCUE_LABELS:
            return False
        ent = _without_time_words(ent)     # "in Nice Saturday": the town without the weekday
        return self._known_place(_clean_name(ent.text), _place_position(doc, ent)) \
            or self._known_by_alternate(doc, ent)

    def _untagged_places(self, doc, covered: set[int]) -> list:
        """Proper-noun runs that name a place we know but the tagger left out or mislabelled
        ('hit Kharkiv', 'Kyiv and Odesa' tagged as one WORK_OF_ART)."""
        def free(token) -> bool:
            return (token.pos_ == "PROPN" and token.i not in covered
                    and token.ent_type_ in ("", *RESCUE_LABELS))
        tokens = doc_tokens(doc)
        spans, i = [], 0
        while i < len(tokens):
            if not free(tokens[i]):
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and free(tokens[j + 1]) and tokens[j + 1].ent_iob_ != "B":
                j += 1
            span = doc[i:j + 1]
            if not _named_for_a_place(doc, span) \
                    and (self._known_place(_clean_name(span.text), _place_position(doc, span))
                         or self._known_by_alternate(doc, span)):
                spans.append(span)
            i = j + 1
        return spans

    def _lookup(self, doc, ent) -> tuple[list[Place], str]:
        """Candidates for a mention, trying 'X region' and direction-less forms too."""
        name = _clean_name(ent.text)
        following = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if doc[ent.end - 1].lower_ in AREA_WORDS:
            areas = [p for p in self.gazetteer.candidates(name) if p.kind in ("admin1", "region")]
            if areas:
                return areas, "area-word"
        if following in AREA_WORDS:
            areas = [p for p in self.gazetteer.candidates(f"{name} {following}")
                     if p.kind in ("admin1", "region")]
            if areas:
                return areas, "area-word"
        cands = self.gazetteer.candidates(name)
        if cands:
            return cands, "name"
        last = doc[ent.end - 1]
        if ent.end - ent.start > 1 and last.lower_ in AREA_WORDS | NAME_AREA_WORDS:
            # 'Aleppo City', 'Sangcharak District': the name without its area word
            bare = _clean_name(doc[ent.start:ent.end - 1].text)
            cands = self.gazetteer.candidates(bare)
            areas = [p for p in cands if p.kind in ("admin1", "region")]
            wanted = areas if last.lower_ in AREA_WORDS else [p for p in cands if p.kind == "city"]
            if wanted:
                return wanted, "area-word"
        stripped = DIRECTION_WORDS.sub("", name)
        if stripped != name:
            return self.gazetteer.candidates(stripped), "direction-stripped"
        return [], "unresolved"

    def _context_counts(self, doc, looked_up, title: str | None) -> Counter:
        """ISO2 -> evidence the article is about that country (unambiguous mentions only)."""
        counts: Counter = Counter()
        for _ent, cands, _ in looked_up:
            counts.update(_mention_evidence(cands))
        table = demonyms()
        for ent in doc_ents(doc):
            if ent.label_ == "NORP":
                iso2 = table.get(_clean_name(ent.text).lower())
                if iso2:
                    counts[iso2] += 1
        if title:
            for word in re.findall(r"[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?", title):
                top = (self.gazetteer.candidates(word) or [None])[0]
                if top is not None and top.kind == "country":
                    counts[top.iso2] += 2
        return counts

    def _same_phrase_filter(self, doc, ent, cands, looked_up, index, by_token) -> list[Place]:
        """'Paris, Texas', 'Kharkiv, Ukraine', "Colombia's Zorvan department", 'the Zorvan
        province of Colombia': keep the candidates inside the container the phrase names. When
        none lies there and the phrase firmly ties the name to it (an apposition, a possessor,
        an 'of' after an area noun), a GeoNames town elsewhere is a false match: only our
        curated entries stay, else the name is left unresolved (and placed at the container)."""
        if not cands or cands[0].kind == "country":
            return cands                   # a country contains ("the Mexico state of Zorvan")
        found = self._named_container(doc, ent, looked_up, index, by_token)
        if found is None:
            return cands
        container, firm = found
        containers = [p for p in looked_up[container][1]
                      if p.kind in ("country", "admin1", "region") and p.iso2]
        inside = [p for p in cands if p.kind != "country"]
        kept = ([p for p in inside if any(_lies_in(p, c) for c in containers)]
                or [p for p in inside if any(p.iso2 == c.iso2 for c in containers)])
        if not kept and container == index + 1:
            # 'London, Ontario': a subdivision we have no admin1 row for still names the country
            countries = self.gazetteer.subdivision_countries(_clean_name(looked_up[container][0].text))
            kept = [p for p in cands if p.kind == "city" and p.iso2 in countries]
        if kept:
            return kept
        if not containers or not firm or any(p.kind == "country" for p in cands):
            return cands                   # "Georgia, Armenia and ...": peers in a list
        return [p for p in cands if p.match == MATCH_CURATED]

    @staticmethod
    def _named_container(doc, ent, looked_up, index, by_token) -> tuple[int, bool] | None:
        """(index in ``looked_up`` of the mention the phrase names as containing ``ent``, whether
        the tie is firm), or None: the next mention after a comma ("Zorvan, Colombia"; firm in
        apposition), a possessor ("Colombia's Zorvan department") or the 'of/in' object of an
        area noun ("the Zorvan district of Colombia")."""
        root = ent.root
        holders = [root]
        if root.dep_ in ("compound", "amod") and root.head.lower_ in CONTAINER_NOUNS:
            holders.append(root.head)
        for holder in holders:
            for child in holder.children:
                objects = [child] if child.dep_ == "poss" else []
                if child.dep_ == "prep" and child.lower_ in ("of", "in") \
                        and holder.lower_ in CONTAINER_NOUNS:
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                for obj in objects:
                    other = by_token.get(obj.i)
                    if other is not None and other != index:
                        return other, True
        if index + 1 >= len(looked_up):
            return None
        nxt = looked_up[index + 1][0]
        if nxt.start != ent.end + 1 or doc[ent.end].text != ",":
            return None
        nxt_root = nxt.root
        attached = ent.start <= nxt_root.head.i < ent.end
        if nxt_root.dep_ in ("nsubj", "nsubjpass", "csubj") and not attached:
            return None                    # "near Bakhmut, Russia said": a new clause's subject
        return index + 1, attached and nxt_root.dep_ in ("appos", "npadvmod")


class ArticlePlaces:
    """The resolved toponyms of one article, and event-location lookup over them."""

    def __init__(self, doc, mentions: list[Mention], counts: Counter, gazetteer: Gazetteer,
                 dateline: Mention | None = None) -> None:
        self.doc = doc
        self.dateline = dateline
        self.mentions = mentions
        self._counts = counts
        self._gazetteer = gazetteer
        self._by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start_token, mention.end_token):
                self._by_token[i] = mention
        self._fallback = self._find_fallback()

    # -- public API
    def event_location(self, trigger) -> EventLoc | None:
        """The place where the event of ``trigger`` (a spaCy Token) happened, or None."""
        attached = self.attached_mentions(trigger)
        if attached:
            mention, method = attached[0]
            if mention.place is None:
                return self._unresolved_loc(mention, method)
            return self._to_loc(mention, method)
        return self._fallback

    def event_mentions(self, trigger) -> list[tuple[Mention, str]]:
        """Every place named as where ``trigger`` happened: the chosen mention and the mentions
        coordinated with it ("in Spain and France", "the towns of Bunia, Beni and Butembo");
        an empty list when nothing attaches (fallbacks are not mentions) or only the ends of a
        stretch do ("the road between X and Y"). A distance reference ("50 km west of X") is
        kept when nothing else attaches: it is the place the text gives, and the event_location
        annotators mark it as such."""
        attached = self.attached_mentions(trigger)
        if not attached or attached[0][1].startswith("reference-between"):
            return []
        first, method = attached[0]
        group = self._coordinated(first)
        # a country after a finer place is its container ("in Zorvan, Iraq, and ..."), not a peer
        found = [(first, method)] + [(m, f"conj:{method}") for m, _ in attached[1:] if id(m) in group
                                     and not _container_country(m, first)]
        named = {id(m) for m, _ in found}
        return found + [(m, f"list:{method}") for m in self._listed_with(first)
                        if id(m) not in named]

    def _listed_with(self, first: Mention) -> list[Mention]:
        """Places written in one list with ``first`` ("the villages of X (twice), Y, Z and W"),
        found by the words between them when the parse splits the list: only commas, 'and',
        'or' and short asides in brackets. A coarser place in the list is a container ("X,
        Zorvania, Y") and is passed over."""
        found = []
        for step in (1, -1):
            index = self.mentions.index(first)
            while 0 <= index + step < len(self.mentions):
                current, nxt = self.mentions[index], self.mentions[index + step]
                left, right = (current, nxt) if step == 1 else (nxt, current)
                if not only_list_words(self.doc[left.end_token:right.start_token]):
                    break
                if _specificity(nxt) >= _specificity(first):
                    found.append(nxt)
                index += step
        # (two names after a comma are as often a place and its container: "Zorvan, Kessia")
        return found if len(found) >= MIN_LIST_PEERS else []

    def _coordinated(self, mention: Mention) -> set[int]:
        """ids of the mentions in a coordination with ``mention`` (conj chains both ways), also
        when the conjuncts are the nouns around the names ("the capital of X and the city of Y",
        "X and Y city")."""
        root = _name_phrase_head(self.doc[mention.start_token:mention.end_token].root)
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        group: set[int] = set()
        stack, seen = [root, *_coordinated_prep_objects(root)], set()
        while stack:
            token = stack.pop()
            if token.i in seen:
                continue
            seen.add(token.i)
            for named in [token, *self._phrase_names(token)]:
                found = self._by_token.get(named.i)
                if found is not None:
                    group.add(id(found))
                stack.extend(child for child in named.children if child.dep_ == "conj")
                # "in X, Texas, Y, Ohio, and Z": the list goes on from the container in apposition
                stack.extend(grandchild for child in named.children if child.dep_ == "appos"
                             for grandchild in child.children if grandchild.dep_ == "conj")
        group |= self._peers_after_container(mention, root)
        group.discard(id(mention))
        return group

    def _peers_after_container(self, mention: Mention, root) -> set[int]:
        """ids of the places the parse coordinated with the container of ``mention`` that are
        rather its peers: in "the settlements of X in the province of Homs and Y in the province of
        Daraa" the parser joins Y to Homs, but a place finer than the province it is joined to,
        and as fine as X, is another of the settlements."""
        peers: set[int] = set()
        finest = _specificity(mention)
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for named in [obj, *self._phrase_names(obj)]:
                    container = self._by_token.get(named.i)
                    if container is None or container is mention:
                        continue
                    coarse = self._rank_specificity(container)
                    if coarse >= finest:
                        continue
                    for conjunct in named.conjuncts:
                        for name in [conjunct, *self._phrase_names(conjunct)]:
                            peer = self._by_token.get(name.i)
                            if peer is not None and peer is not mention \
                                    and finest <= _specificity(peer) and _specificity(peer) > coarse:
                                peers.add(id(peer))
        return peers

    def _phrase_names(self, token) -> list:
        """The name tokens a locative noun stands for, of its two slots: the one holding the more
        specific place ('Ramadi city of Anbar province' names Ramadi, 'the West Bank city of
        Nablus' Nablus); on a tie the 'of' object after a town noun ('the Angolan city of X'),
        else the one the gazetteer lacks, being the smaller ('the Beirut suburb of X'), else
        the compound ('the X district of Baghdad')."""
        compounds, of_names = _phrase_name_slots(token)
        if not (compounds and of_names):
            return compounds or of_names

        def finest(tokens) -> tuple[float, bool]:
            found = [self._by_token[t.i] for t in tokens if t.i in self._by_token]
            return max(((_specificity(m), m.place is None) for m in found), default=(0, False))
        left, right = finest(compounds), finest(of_names)
        if left[0] == right[0] and token.lower_ in TOWN_NOUNS:
            return of_names
        return compounds if left >= right else of_names

    def _phrase_container(self, place_root) -> bool:
        """'Baghdad' in 'the Shaab district of Baghdad': a place in the slot of a locative phrase
        that does not hold its name, while the other slot holds a place."""
        head = _name_phrase_head(place_root)
        if head.i == place_root.i:
            return False
        names = self._phrase_names(head)
        return place_root not in names and any(t.i in self._by_token for t in names)

    def _appositive_reference(self, place_root) -> bool:
        """'Kirkuk' in "Hawija, a town near Kirkuk" or "Buhriz, a suburb of Baqouba": a place
        named in an appositive of another place only says where that one lies."""
        token = place_root
        for _ in range(4):
            if token.dep_ not in ("pobj", "prep", "compound", "amod") or token.head.i == token.i:
                return False
            token = token.head
            if token.dep_ == "appos":
                return token.head.i in self._by_token
        return False

    def main_country(self) -> str | None:
        """ISO3 of the country the article is most about, or None."""
        if not self._counts:
            return None
        return self._gazetteer.iso3(self._counts.most_common(1)[0][0])

    def _unresolved_loc(self, mention: Mention, method: str) -> EventLoc:
        """A place name we cannot find: keep the words; locate it at the known place that contains
        it in the same phrase ("the town of Nyabiondo in North Kivu province"), never finer than
        a province, else only at the article's country."""
        container = self._container_of(mention)
        if container is not None:
            loc = self._to_loc(container, method, coarse=True)
            return replace(loc, extracted_place=mention.text, resolved_place=None, geonameid=None,
                           start=mention.start, end=mention.end,
                           method=f"unresolved-{method}+within:{container.text}")
        iso3 = self.main_country()
        country = self._gazetteer.country(iso3) if iso3 else None
        return EventLoc(extracted_place=mention.text, resolved_place=None, geonameid=None,
                        lat=country.lat if country else None, lon=country.lon if country else None,
                        province=None, country=country.country if country else None,
                        country_code=iso3, resolution=1, start=mention.start, end=mention.end,
                        method=f"unresolved-{method}")

    def _container_of(self, mention: Mention) -> Mention | None:
        """A resolved mention after ``mention`` inside the noun phrase it belongs to."""
        root = self.doc[mention.end_token - 1]
        while root.dep_ in ("compound", "pobj", "prep", "appos") and root.head.i != root.i \
                and root.head.pos_ in ("NOUN", "PROPN", "ADP"):
            root = root.head
            if root.pos_ == "NOUN":
                break
        after = [m for m in self.mentions if m.place is not None and m.start >= mention.end
                 and root.left_edge.i <= m.start_token and m.end_token <= root.right_edge.i + 1]
        return min(after, key=lambda m: m.start) if after else None

    def country_counts(self) -> dict[str, int]:
        """ISO3 -> number of resolved mentions in that country."""
        out: Counter = Counter()
        for mention in self.mentions:
            if mention.place is not None and mention.place.country_code:
                out[mention.place.country_code] += 1
        return dict(out)

    def location_of(self, start: int, end: int, method: str) -> EventLoc | None:
        """The resolved place named at character offsets [start, end) ('deployed troops to
        Belarus': the destination), or None when no known place is named there."""
        for mention in self.mentions:
            if mention.place is not None and mention.start < end and start < mention.end:
                return self._to_loc(mention, method)
        return None

    def places(self) -> list[EventLoc]:
        """Every resolved toponym of the article, in text order."""
        return [self._to_loc(m, f"toponym:{m.method}") for m in self.mentions if m.place]

    # -- attachment
    def attached_mentions(self, trigger) -> list[tuple[Mention, str]]:
        """Resolved mentions attached to ``trigger``, best first, each with how it attached."""
        if _non_event_sense(trigger):
            return []                      # "demonstrated that ...", "captured the hearts of X"
        found = self._in_subtree(trigger, trigger, "trigger-subtree")
        head, steps = trigger, 0
        while not found and steps < MAX_CLIMB and head.dep_ in CLIMB_DEPS and head.head.i != head.i:
            if head.dep_ in CLAUSE_BREAKS and head.head.lemma_ in SPEECH_LEMMAS:
                break                      # "X said (in Beijing) that ...": the speaker's place
            blocked = head
            head, steps = head.head, steps + 1
            if _where_clause(blocked):
                head = self._place_phrase_top(head)   # "the camp at X, Austria, where ..."
            found = self._in_subtree(head, blocked, f"head-{steps}", skip=blocked)
        if not found and any(t.lower_ in ("including", "as") for t in trigger.subtree):
            # "patrolled the main squares, including X": the object's members, when nothing else
            found = self._in_subtree(trigger, trigger, "member", members=True)
        return found or self._nearest_locative(trigger) or self._subject_place(trigger)

    def _subject_place(self, trigger) -> list[tuple[Mention, str]]:
        """'Zorvan' in "Zorvan protesters marched with banners" or "the Zorvan theatre burned
        down": when the clause names no place of its own, a town written as a modifier of the
        subject (not of a force or official, whose it is: "Zorvan police chief", "Zorvan
        troops") is where the subject was when it acted or was acted on."""
        subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.pos_ == "NOUN"]
        for subject in subjects:
            for child in subject.children:
                if child.dep_ != "compound" or child.i >= subject.i:
                    continue
                mention = self._by_token.get(child.i)
                if mention is None or mention.place is None or mention is self.dateline \
                        or mention.place.kind not in SUBJECT_PLACE_KINDS:
                    continue
                place_root = self.doc[mention.start_token:mention.end_token].root
                if place_root.i != child.i or _names_a_party(place_root) \
                        or (_describes_a_person(place_root)
                            and subject.lower_ not in RESIDENT_NOUNS):
                    continue
                return [(mention, "subject-modifier")]
        return []

    def _place_phrase_top(self, token):
        """The noun phrase a 'where' clause describes, from the word the parser hung the clause
        on: the antecedent of 'where' is the whole place phrase, and the parser takes its last
        word ("the camp at Zorvan, Kessia, where ...", "the Zorvan suburb of Kessia, where
        ..."): climb from a container or apposition to the place phrase it belongs to."""
        for _ in range(4):
            if token.dep_ == "appos" and token.head.i != token.i:
                token = token.head
            elif token.dep_ == "pobj" and token.head.lower_ in ("of", "in", "at", "near") \
                    and token.head.head.pos_ in ("NOUN", "PROPN") \
                    and (token.head.head.i in self._by_token
                         or token.head.head.lower_ in LOCATIVE_NOUNS | SETTLEMENT_NOUNS):
                token = token.head.head
            else:
                break
        return token

    def _nearest_locative(self, trigger) -> list[tuple[Mention, str]]:
        """When the parse links no place: the nearest 'in/at/near X' of the trigger's sentence
        within NEAREST_MAX_TOKENS, outside any speech clause ('said in Beijing'), none for a
        speech trigger, and no country or region naming whose ('the 1967 Mideast war')."""
        if _changes_scene(trigger):
            return []                      # "..., officials said": what is said has its own scene
        sent = sentence_of(trigger)
        best = None
        for mention in self.mentions:
            if not sent.start <= mention.start_token < sent.end or mention.start_token < 1:
                continue
            place_root = self.doc[mention.start_token:mention.end_token].root
            if _nationality_modifier(mention, place_root):
                continue                   # "in the 1967 Mideast war": whose, not where
            prep = _governing_prep(place_root)
            if prep is None or prep.lower_ not in NEAREST_PREPS \
                    or any(_person_appositive(t) for t in prep.ancestors):
                continue
            distance = abs(prep.i - trigger.i)
            if distance > NEAREST_MAX_TOKENS:
                continue
            if any(_changes_scene(t) or _reason_clause(t)
                   for t in self.doc[min(trigger.i, prep.i):max(trigger.i, prep.i)]):
                continue                   # "arrested for smuggling arms in X": the charge's place
            # of one preposition's names, the town before the area around it ("near the West
            # Bank town of X" names X)
            rank = (distance, self._phrase_container(self.doc[mention.start_token:mention.end_token].root))
            if best is None or rank < best[0]:
                best = (rank, mention)
        return [(best[1], "nearest-prep")] if best else []

    def _in_subtree(self, root, trigger, where: str, skip=None,
                    members: bool = False) -> list[tuple[Mention, str]]:
        results: list[tuple[tuple, Mention, str]] = []
        seen: set[int] = set()
        for token in root.subtree:
            mention = self._by_token.get(token.i)
            if mention is None or id(mention) in seen:
                continue
            if skip is not None and skip.left_edge.i <= token.i <= skip.right_edge.i:
                continue
            place_root = self.doc[mention.start_token:mention.end_token].root
            if _nationality_modifier(mention, place_root) or _organisation_modifier(mention, place_root):
                continue
            link = self._link(place_root, root, members)
            if link is None:
                continue
            depth, how = link
            if _party_slot(mention, place_root, root, how):
                continue
            seen.add(id(mention))
            # most specific place first ("in Khan Younis in southern Gaza", "Kharkiv, Ukraine"),
            # then one near the trigger (a fronted "In X, ..." sets a wider scene), then the
            # shallowest attachment.
            # A reference point ("50 km west of Baghdad") only when nothing else attaches; a place
            # in another verb's clause after the trigger's own; an unknown name in a bare subject
            # or object slot (as often a person: "Zorvanov was arrested in Kenya") after the
            # places a preposition gives; a fronted "In X, ..." and a place of the subject
            # ("prisoners in X were captured in Y") after the clause's own; then the most
            # specific place, a container ("Kabul's Karta-e-Naw district", "the Zorvan
            # district of Baghdad", "Zorvan, a town near Baghdad") last.
            container = (_is_container(place_root) or self._phrase_container(place_root)
                         or self._appositive_reference(place_root))
            bare_unknown = (mention.place is None and how in ("subject", "object")
                            and _could_be_a_person(place_root) and not _called_a_place(place_root))
            if bare_unknown and _first_conjunct(place_root).head.lemma_ in HUMAN_PATIENT_LEMMAS:
                continue                   # "after murdering Zorvanov": a person, no place
            distance = abs(mention.start_token - trigger.i)
            results.append(((how.startswith("reference"), _in_subclause(place_root, root),
                             bare_unknown, _fronted_scene(place_root),
                             how != "subject" and _on_the_subject(place_root, root),
                             -self._rank_specificity(mention), container,
                             min(distance // DISTANCE_BAND, MAX_DISTANCE_BAND), depth, distance),
                            mention, f"{how}:{where}"))
        results.sort(key=lambda item: item[0])
        return [(mention, method) for _, mention, method in results]

    def _rank_specificity(self, mention: Mention) -> float:
        """_specificity, with an unknown building ('Zorvan Hospital', 'the Zorvan mosque') below
        the towns (annotators locate an event at the town a building is in) and an unknown name
        the text calls a village or neighbourhood ('the suburb of Zorvan', 'Zorvan village')
        above them (it lies inside the town named with it)."""
        after = self.doc[mention.end_token] if mention.end_token < len(self.doc) else None
        after = after.lower_ if after is not None and after.text.islower() else ""
        root = self.doc[mention.start_token:mention.end_token].root
        if _called_a_province(root, after):
            return min(_specificity(mention), KIND_RESOLUTION["admin1"])
        if mention.place is None:
            last = self.doc[mention.end_token - 1]
            if last.lower_ in BUILDING_NOUNS or after in BUILDING_NOUNS:
                return BUILDING_SPECIFICITY
            head = _name_phrase_head(root)
            called = head.lower_ if head.i != root.i and head.text.islower() else after
            # (not "X, the main town of Y": that town is X, and Y the area around it)
            if called in SMALL_PLACE_NOUNS and not self._appositive_reference(root):
                return SMALL_PLACE_SPECIFICITY
        return _specificity(mention)

    @staticmethod
    def _link(place_root, root, members: bool = False) -> tuple[int, str] | None:
        """How ``place_root`` hangs from ``root``: (depth, reason) or None when it does not."""
        token, depth, how = place_root, 0, None
        slot = _first_conjunct(place_root)
        if _protest_topic(place_root, root):
            return None                    # "protested against the war on X": the topic's place
        if slot.dep_ in ("nsubj", "csubj"):
            return None                    # the actor of an active verb ("X and Y agreed"), not its place
        if _names_a_party(place_root) or _describes_a_person(place_root):
            return None                    # "M23 rebels", "Congo's army": whose they are, not where
        if place_root.dep_ in ("compound", "nmod") and place_root.head.lower_ in CLOCK_NOUNS:
            return None                    # "at 4 a.m. (Moscow time)": a time zone
        while token.i != root.i:
            if _bracketed_aside(token, place_root):
                token, depth = token.head, depth + 1   # "a VBIED (vehicle borne ...) at X"
                continue
            if (token.dep_ in CLAUSE_BREAKS and not _misparsed_participle(token)) \
                    or _person_appositive(token):
                return None
            if token.dep_ == "prep" or token.dep_ == "agent":
                prep = token.lower_
                # "of" passes a place up to the noun it belongs to ("the roads of Beirut",
                # "a third of Zaire"); it names the event's place itself only after a locative
                # or settlement noun ("the outskirts of Baquba", "the villages of X and Y").
                part_of = prep == "of" and not _names_its_place(token.head)
                if _leaves_the_scene(token, root, how) \
                        and not (members and _members_of_the_object(token, root)):
                    return None
                if how is None and not part_of:
                    if _bare_direction(token.head):
                        how = "reference-of"
                    elif prep == "from":
                        how = "reference-from"        # "two kilometres away from X"
                    elif prep == "between" and token.head.pos_ in ("NOUN", "PROPN"):
                        how = "reference-between"     # "a district between Kyiv and Irpin"
                    else:
                        how = f"prep-{prep}"
            elif _reason_clause(token):
                return None                # "arrested for smuggling arms in X": the charge's place
            elif token.dep_ == "advcl" and token.lemma_ in SPEECH_LEMMAS or (
                    token.dep_ in SPEECH_CLAUSE_DEPS and token.pos_ == "VERB"
                    and token.lemma_ in SPEECH_LEMMAS and token.lemma_ not in NAMING_LEMMAS):
                return None                # "..., an activist told reporters in X": the speaker's place
            elif _other_scene_clause(token) or _verb_conjunct(token):
                return None
            elif token.dep_ not in NOMINAL_LINKS and token.dep_ not in ("pcomp", "acl", "relcl",
                                                                         "advcl", "xcomp",
                                                                         "advmod", "prt") \
                    and not _misparsed_participle(token):
                return None
            if token.head.i == token.i:
                return None
            if token.dep_ == "nsubj" and token.head.i == root.i and how is None \
                    and token.lemma_.lower() not in LOCAL_FORCE_NOUNS:
                return None                # "U.S. forces patrolled": the actor's origin
            token, depth = token.head, depth + 1
        if how is None:
            how = {"dobj": "object", "nsubjpass": "subject", "nsubj": "subject"}.get(
                slot.dep_, "modifier")
        return depth, how

    # -- fallbacks and conversion
    def _find_fallback(self) -> EventLoc | None:
        if self.dateline is not None:
            return self._to_loc(self.dateline, "dateline", coarse=True)
        resolved = [m for m in self.mentions if m.place is not None]
        if not resolved:
            return None
        tally = Counter((m.place.name, m.place.country_code) for m in resolved)
        best = max(resolved, key=lambda m: (tally[(m.place.name, m.place.country_code)],
                                            -m.start))
        return self._to_loc(best, "article-main-place", coarse=True)

    @staticmethod
    def _to_loc(mention: Mention, method: str, coarse: bool = False) -> EventLoc:
        place = mention.place
        resolution = place.resolution
        if coarse:
            # Not where the event was seen, only where the story is: never finer than admin1.
            resolution = min(resolution, 2)
        return EventLoc(extracted_place=mention.text, resolved_place=place.name,
                        geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                        province=place.admin1, country=place.country,
                        country_code=place.country_code, resolution=resolution,
                        start=mention.start, end=mention.end, method=method)


# ---------------------------------------------------------------- exporter precision codes

def _kind(loc: EventLoc) -> str | None:
    return get_gazetteer().kind_of(loc.resolved_place) if loc.resolution == 3 else None


def acled_geo_precision(loc: EventLoc) -> int:
    """ACLED geo_precision: 1 the town itself, 2 near a town / part of a region, 3 province only."""
    if loc.method.startswith(FALLBACK_METHODS) or loc.resolution <= 2:
        return 3
    if loc.resolution == 3:
        return 2
    near = any(loc.method.startswith(f"prep-{p}") for p in NEAR_PREPS)
    return 2 if near else 1


def ucdp_where_prec(loc: EventLoc) -> int:
    """UCDP where_prec: 1 exact, 2 within 25 km, 3 admin2, 4 admin1, 5 larger region, 6 country,
    7 international waters or airspace."""
    if loc.resolution == 1:
        return 6
    if loc.method.startswith(FALLBACK_METHODS):
        return 4 if loc.province else 6
    if loc.resolution == 2:
        return 4
    if loc.resolution == 3:
        kind = _kind(loc)
        if kind == "water" and not loc.country_code:
            return 7
        return 4 if loc.province else 5
    near = any(loc.method.startswith(f"prep-{p}") for p in NEAR_PREPS)
    return 2 if near else 1
