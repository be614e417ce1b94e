"""ACLED event type and sub-event type for a coded event.

``acled_for_event(ontology, plover, mode, cameo, hint, trigger, actors, recipients)``
-> {"event_type", "sub_event_type"} or None.

ACLED codes a report by who fought whom, with what, and what came of it, so the decision
reads the trigger's sentence (cue words from data/ontology/acled_cues.v1.tsv) as well as the
event itself, in this order:
1. the scene: weapon class named in the sentence, protest/mob context, captured or handed-over
   territory, foiled attacks and seized weapons, coups, agreements;
2. those facts become a refined mode and ``flags`` for the ontology's rule table
   (plover2acled.v1.tsv), which gives the answer;
3. when the sentence says nothing specific, a lexicon hint (the trigger word's own ACLED
   reading, e.g. "lynch" -> Mob violence) is used before the table's generic fallbacks.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_tsv
from ..errors import NewsEventsError
from ..nlp.sentences import sentence_of

CUES_FILE = "ontology/acled_cues.v1.tsv"
# Event types ACLED records at all (verbal cooperation and conflict are not ACLED events);
# COOPERATE only through a handed-over territory or weapons hand-in.
ACLED_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AGREE", "SUPPORT",
               "RETREAT", "CONCEDE", "COOPERATE"}
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
MAX_CUE_WORDS = 5  # longest cue term in acled_cues.v1.tsv, in words
# Words inside these entities are names and dates, not cues ("On 3 March" is no march).
NON_CUE_ENTITIES = {"DATE", "TIME", "PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW"}

REGAIN_LEMMAS = {"retake", "recapture", "regain", "liberate", "reclaim"}
INHERENT_CAPTURE = {"overrun", "retake", "recapture", "liberate", "reclaim"}
CAPTURE_VERBS = {"capture", "seize", "occupy", "take", "regain", "drive", "control", "gain",
                 "win", "clear"} | INHERENT_CAPTURE
DISRUPT_GOVERNORS = {"foil", "thwart", "prevent", "avert"}
WEAPON_SEIZE_LEMMAS = {"seize", "confiscate", "impound", "recover", "discover", "destroy",
                       "defuse", "deactivate", "dismantle"}
# Seized people rather than property: "seized a businessman" is an abduction.
PEOPLE_SEIZED = {"man", "woman", "child", "person", "people", "businessman", "businesswoman",
                 "journalist", "activist", "priest", "worker", "staff", "member", "official",
                 "student", "farmer", "villager", "resident", "passenger", "trader", "doctor",
                 "nurse", "teacher", "girl", "boy", "civilian", "hostage", "leader"}
HAND_LEMMAS = {"hand", "cede", "transfer", "surrender"}
# Hints the scene decides better: a bare withdrawal is a change of activity unless someone
# is reported taking the ground over.
SCENE_DECIDED_HINTS = {"Non-violent transfer of territory"}
HINT_FLAGS = {"Disrupted weapons use": "disrupted", "Mob violence": "mob"}
# Flags that say more than a trigger word's own reading.
SCENE_FLAGS = {"disrupted", "protesters", "intervention", "excessive_force", "mob", "riot",
               "coup", "grenade", "base", "agreement", "disarm", "person_seized"}


@lru_cache(maxsize=1)
def cue_terms() -> dict[str, frozenset[str]]:
    """cue name -> lower-case terms (single words or space-joined word sequences)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(CUES_FILE):
        out.setdefault(row["cue"].strip(), set()).add(row["term"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def _grams(tokens) -> set[str]:
    """Every 1..MAX_CUE_WORDS word sequence of the tokens, as lemmas and as lower-case words."""
    tokens = [t for t in tokens if t.ent_type_ not in NON_CUE_ENTITIES]
    lemmas = [t.lemma_.lower() for t in tokens]
    words = [t.lower_ for t in tokens]
    out = set()
    for seq in (lemmas, words):
        for n in range(1, MAX_CUE_WORDS + 1):
            out.update(" ".join(seq[i:i + n]) for i in range(len(seq) - n + 1))
    return out | {g.replace(" - ", "-") for g in out if " - " in g}  # "sit - in" -> "sit-in"


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


def _objects(token) -> list:
    """Direct objects, passive subjects and 'at/on/into/against' objects of a verb or noun,
    following conjoined verbs ("stormed a church and shot at worshippers")."""
    heads = [token] + [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    out = []
    for head in heads:
        for c in head.children:
            if c.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd"):
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "against", "of"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _words(tokens) -> Scene:
    spans = [t2 for t in tokens for t2 in t.subtree]
    return Scene.of(sorted(set(spans), key=lambda t: t.i))


def _weapon_mode(scene: Scene) -> tuple[str | None, bool]:
    """(ASSAULT mode, grenade?) for the most specific weapon class the sentence names."""
    for cue, mode in WEAPON_CLASSES:
        if cue not in scene:
            continue
        if cue == "explosive" and "crowd_weapon" in scene:
            continue  # petrol bombs and fireworks are a crowd's weapons, not IEDs
        return mode, cue == "grenade"
    return None, False


def _capture(sent) -> str | None:
    """'captured'/'regained' if a verb in the sentence takes a place or 'control'."""
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in CAPTURE_VERBS:
            continue
        particles = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod")}
        if lemma == "take" and not particles & {"back", "over"} and not _takes_control(t):
            continue
        if lemma == "drive" and "out" not in particles:
            continue
        placed = lemma in INHERENT_CAPTURE or any(_is_place(o) for o in _objects(t))
        if placed:
            return "regained" if lemma in REGAIN_LEMMAS or "back" in particles else "captured"
    return None


def _is_place(token) -> bool:
    """A place word or name; "control" counts when it is of a place ("control of the town")."""
    if token.lemma_.lower() == "control":
        owned = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        return not owned or any(_is_place(g) for g in owned)
    return token.lemma_.lower() in cue_terms()["place"] or token.ent_type_ in ("GPE", "LOC", "FAC")


def _takes_control(verb) -> bool:
    return any(o.lemma_.lower() == "control" for o in _objects(verb))


def _is_disrupted(trigger, scene_obj: Scene) -> bool:
    lemma = trigger.lemma_.lower()
    if lemma in cue_terms()["disrupt"] or (lemma == "shoot" and any(
            c.lower_ == "down" for c in trigger.children)):
        return True
    conj_lemmas = {c.lemma_.lower() for c in trigger.children if c.dep_ == "conj"} | \
        ({trigger.head.lemma_.lower()} if trigger.dep_ == "conj" else set())
    if conj_lemmas & cue_terms()["disrupt"]:
        return True
    if trigger.pos_ == "NOUN" and trigger.head.lemma_.lower() in DISRUPT_GOVERNORS:
        return True
    return lemma in WEAPON_SEIZE_LEMMAS and "weapon_object" in scene_obj and "lethal" not in scene_obj


def _target_kind(recipients, object_scene: Scene) -> str | None:
    """'armed', 'civilian' or None from recipients' sectors, else from the object words."""
    sectors = {r.sector for r in recipients if r.sector}
    if sectors & ARMED_SECTORS:
        return "armed"
    if sectors & UNARMED_SECTORS:
        return "civilian"
    if "armed_target" in object_scene:
        return "armed"
    if "civilian_word" in object_scene:
        return "civilian"
    return None


def _actor_kind(actors, trigger) -> tuple[bool, bool, Scene]:
    """(state actor?, unorganised crowd actor?, actor words) for the event."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "agent")]
    if trigger.dep_ == "conj" and not subjects:
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    actor_scene = _words(subjects)
    state = any(a.sector in STATE_SECTORS for a in actors) or "state_force" in actor_scene
    unarmed = all(a.sector in UNARMED_SECTORS for a in actors) and "armed_word" not in actor_scene
    crowd = unarmed and ("crowd_actor" in actor_scene or bool(actors)) and not state
    return state, crowd, actor_scene


def _flags(plover, mode, trigger, actors, recipients, scene: Scene) -> tuple[set[str], str | None, bool]:
    """(flags, refined mode, civilian target?) for the rule table."""
    flags: set[str] = set()
    objs = _objects(trigger)
    object_scene = _words(objs)
    state, crowd, actor_scene = _actor_kind(actors, trigger)
    state = state or (plover == "COERCE" and mode == "arrest")  # arrests are the authorities' deed
    target = _target_kind(recipients, object_scene)
    if _is_disrupted(trigger, object_scene):
        flags.add("disrupted")
    if plover == "COERCE" and mode == "arrest" and "foiled" in scene:
        flags.add("disrupted")  # "foiled an attack, arresting a would-be bomber"
    if plover == "ASSAULT" and mode is None and "looting" in scene and "lethal" not in scene \
            and target != "civilian":
        mode = "destroy"  # a raid that carted goods away and hurt nobody is looting
    if "coup" in scene:
        flags.add("coup")
    if plover == "AGREE" and "agreement" in scene:
        flags.add("agreement")
    if plover == "COOPERATE" and trigger.lemma_.lower() in HAND_LEMMAS and "weapon_object" in object_scene:
        flags.add("disarm")
    if plover == "MOBILIZE" and ("base" in _words([trigger]) or "base" in object_scene):
        flags.add("base")
    if plover == "COERCE" and mode == "seize" and target == "civilian" and any(
            o.ent_type_ == "PERSON" or o.lemma_.lower() in PEOPLE_SEIZED for o in objs):
        flags.add("person_seized")
    protest_actor = plover == "PROTEST" or "protest" in actor_scene or (
        "protest" in scene and not state and plover in ("ASSAULT", "COERCE"))
    if "protest" in scene:
        if protest_actor and ("riot" in scene or "crowd_weapon" in scene):
            flags.add("riot")
        elif (state or plover == "PROTEST") and "lethal" in scene and (state or "state_force" in scene):
            flags.update({"excessive_force", "protesters"})
        elif state or (plover == "PROTEST" and "intervention" in scene and "state_force" in scene):
            flags.add("intervention")
    elif plover in ("ASSAULT", "COERCE") and (crowd or "mob" in scene) and not state \
            and "armed_word" not in actor_scene:
        flags.add("mob")
    if plover == "ASSAULT" and mode in WEAPON_MODES and "disrupted" not in flags:
        weapon, grenade = _weapon_mode(scene)
        if weapon and not (weapon == "explosives" and mode in ("aerial", "drone", "heavy-weapons")
                           and not grenade):
            mode = weapon
        if grenade:
            flags.add("grenade")
    if plover == "ASSAULT" and any(c.lower_ == "sexually" for c in trigger.children):
        mode = "sexual"
    civilian = target == "civilian"
    return flags, mode, civilian


def _territory(plover, mode, trigger, scene: Scene) -> str | None:
    lemma = trigger.lemma_.lower()
    peaceful = "transfer_peaceful" in scene or (
        "transfer_withdraw" in scene and "fight" not in scene)
    if plover == "RETREAT" and mode == "withdraw":
        moved_in = "transfer_movein" in scene or _capture(sentence_of(trigger)) is not None
        return "transferred" if moved_in or "transfer_peaceful" in scene else None
    if plover == "COOPERATE":
        objs = _words(_objects(trigger))
        return "transferred" if lemma in HAND_LEMMAS and "place" in objs else None
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


def acled_for_event(ontology, plover, mode, cameo, hint, trigger, actors, recipients):
    if ontology is None or plover not in ACLED_TYPES:
        return None
    scene = Scene.of(sentence_of(trigger))
    flags, mode, civilian = _flags(plover, mode, trigger, actors, recipients, scene)
    if hint in HINT_FLAGS:
        flags.add(HINT_FLAGS[hint])
    territory = _territory(plover, mode, trigger, scene)
    state = any(a.sector in STATE_SECTORS for a in actors)
    if hint and hint not in SCENE_DECIDED_HINTS and not flags & SCENE_FLAGS and territory is None:
        event_type = next((et for et, subs in ontology.acled_types.items() if hint in subs), None)
        if event_type:
            if hint == "Attack" and not civilian and any(r.sector in ARMED_SECTORS for r in recipients):
                return {"event_type": "Battles", "sub_event_type": "Armed clash"}
            if not _weapon_overrides(hint, mode):
                return {"event_type": event_type, "sub_event_type": hint}
    try:
        return ontology.acled_for(plover, mode, cameo, civilian_target=civilian,
                                  state_actor=state, territory=territory, flags=flags)
    except NewsEventsError:  # an unknown mode must not lose the event; evidence keeps the mode
        return None


HINT_OF_MODE = {"unconventional": "Chemical weapon", "suicide-attack": "Suicide bomb",
                "aerial": "Air/drone strike", "drone": "Air/drone strike",
                "heavy-weapons": "Shelling/artillery/missile attack",
                "explosives": "Remote explosive/landmine/IED", "sexual": "Sexual violence"}


def _weapon_overrides(hint: str, mode: str | None) -> bool:
    """Does the (sentence-refined) mode name a different ACLED type than the hint?"""
    return mode in HINT_OF_MODE and HINT_OF_MODE[mode] != hint
