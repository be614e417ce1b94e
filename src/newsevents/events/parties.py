"""Actors and recipients as Entities, from the role heads the parse gives.

``entities(tokens, resolver, physical=..., lex=...)`` -> list[Entity]; ``recipients(cand, ...)``
adds the fallbacks: the owner of a non-actor object ("Turkey's efforts"), the verb's other
prepositional objects. Weapons stand for their owners ("a Russian missile", "shells fired by
the RSF"); unresolved group nouns are kept as written ("The UNITA militarist wing").
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.kb import KnowledgeBase
from ..nlp.doc_views import doc_text
from ..records import Entity
from .lexicon import Lexicon
from .roles import LOCATIVE_PREPS as VENUE_PREPS
from .roles import (compound_name, condition_subjects, dative_name, expand_conjuncts, is_time, meets_at_venue,
                    named_antecedent, names_party, pobjs_of, to_infinitive, with_conjuncts)

if TYPE_CHECKING:
    from .candidates import Candidate

INTERNATIONAL_CODES = {"IGO", "UNO", "EUR", "NGO"}


def entities(tokens, resolver, *, physical: bool, lex: Lexicon | None = None) -> list[Entity]:
    """Entities for role heads. A weapon ("a Russian missile") stands for whoever owns it,
    found through its nationality modifier or possessor; an unowned weapon is nobody, but
    armed people ("Unidentified gunmen", "Boko Haram suicide bombers") are still a party."""
    out: list[Entity] = []
    seen = set()
    for tok in tokens:
        if resolver is None:
            break
        ent, many = None, []
        weapon = lex is not None and tok.lemma_.lower() in lex.weapons
        if weapon:
            ent = _weapon_owner(tok, resolver)
        if ent is None and (not weapon or tok.lemma_.lower() in ARMED_PEOPLE):
            many = _resolved(tok, resolver, physical)
            ent = many[0] if many else None
        if ent is None:
            continue
        for one in [ent, *many[1:], *_of_conjuncts(tok, ent, resolver)]:
            key = (one.code, one.sector, one.identifier_text or one.entity_text.lower())
            if key in seen:
                continue
            seen.add(key)
            out.append(one)
    return out


# Weapon-lexicon nouns that name people, who act whether or not anyone owns them.
ARMED_PEOPLE = {"gunman", "bomber", "sniper"}


def _resolved(tok, resolver, physical: bool) -> list[Entity]:
    """Every entity the resolver finds for a head; failing that, the group behind a quantity
    ("hundreds of Kurds") or the noun phrase kept as written (empty for physical targets)."""
    many = resolver.entities_for(tok, physical_target=physical) if hasattr(resolver, "entities_for") else []
    if many:
        return many
    ent = resolver.entity_for(tok, physical_target=physical)
    if ent is None and (tok.like_num or tok.lemma_.lower() in QUANTITY_HEADS):
        ent = next((_with_quantity(found, tok) for p in _of_objects(tok)
                    if (found := resolver.entity_for(p, physical_target=physical) or
                        _kept_as_written(p, resolver, physical)) is not None), None)
    if ent is None:
        ent = _kept_as_written(tok, resolver, physical)
    return [ent] if ent is not None else []


# Group nouns that can name a thing or a place: a physical target the KB cannot place is not
# kept as a party ("seized a migrant camp", "shelled a convoy").
NOT_PEOPLE = {"bulldozer", "tank", "jet", "warship", "vessel", "helicopter", "convoy", "camp", "office",
              "state", "country", "nation", "republic", "side", "institution", "body", "board"}


def _kept_as_written(tok, resolver, physical: bool) -> Entity | None:
    """``fallback_entity`` for a head the resolver left unplaced; a physical target only when
    it names people ("detained dozens of supporters"), never a thing hit or seized."""
    people = tok.ent_type_ in ("PERSON", "ORG", "NORP") or _people_adjective(tok) or \
        tok.lemma_.lower() in GROUP_NOUNS - NOT_PEOPLE
    return fallback_entity(tok, resolver) if people or not physical else None


def _with_quantity(ent: Entity, quantity) -> Entity:
    """The entity of a group widened to the quantity in front of it ("dozens of protesters"):
    the count is part of how the text names the party."""
    start = quantity.left_edge.idx
    if start >= ent.start or ent.start - start > 60:
        return ent
    return replace(ent, start=start, entity_text=doc_text(quantity.doc)[start:ent.end])


QUANTITY_HEADS = {"thousand", "hundred", "dozen", "score", "million", "some", "many", "most",
                  "several", "group", "crowd", "member", "number", "handful", "majority", "rest",
                  "all", "both", "each", "one", "two", "three", "few",
                  # a body of forces sent together ("the first contingent of Indian troops")
                  "contingent", "batch", "wave", "deployment", "detachment", "column", "convoy"}


# Nouns that name a group or an office-holder even when the KB cannot place them
# ("The UNITA militarist wing", "Opposition groups"): kept with their text, code unknown.
GROUP_NOUNS = {"group", "movement", "party", "wing", "faction", "government", "council", "union",
               "cell", "squad", "band", "brigade", "battalion", "unit", "commando",
               "bomber", "attacker", "assailant", "gunman", "sniper", "raider", "kidnapper",
               "association", "organisation", "organization", "forum", "committee", "ministry",
               "official", "leader", "rebel", "militant", "force", "army", "front", "coalition",
               "alliance", "authority", "administration", "cabinet", "parliament", "court",
               "agency", "office", "militia", "guerrilla", "insurgent", "opposition", "junta",
               "regime", "spokesman", "spokeswoman", "minister", "president", "commander",
               "activist", "protester", "demonstrator", "worker", "student", "elder", "supporter",
               "police", "troop", "soldier", "fighter", "member", "delegation", "negotiator",
               "inhabitant", "resident", "villager", "citizen", "people", "farmer", "settler",
               "tribe", "clan", "community", "population", "youth", "teacher", "doctor",
               "journalist", "network", "organization", "institution", "body", "board",
               "commission", "panel", "tribunal", "council", "lawmaker", "legislator", "senator",
               "deputy", "mp", "envoy", "ambassador", "diplomat", "mediator", "monitor", "observer",
               "peacekeeper", "general", "colonel", "chief", "head", "director", "secretary",
               "chairman", "party", "bloc", "camp", "side", "mob", "crowd", "gunman", "assailant",
               "attacker", "militiaman", "jihadist", "extremist", "separatist", "paramilitary",
               "confederation", "federation", "agency", "charity", "donor", "court", "judge",
               "republic", "state", "country", "nation", "regulator", "prosecutor", "watchdog",
               "organisation", "association", "lecturer", "nurse", "trader", "driver", "miner",
               "national", "immigrant", "migrant", "pilgrim", "tourist", "sailor", "fisherman",
               "islamist", "fundamentalist", "bulldozer", "tank", "jet", "warship", "vessel",
               "helicopter", "convoy", "unit", "battalion", "brigade", "division", "patrol", "ruler",
               "leadership", "candidate", "household", "trucker", "partner", "ally", "neighbour", "neighbor",
               "crew", "passenger", "pastor", "lawyer", "critic", "opponent", "rival",
               "inmate", "captive", "convict", "defendant", "victim", "survivor", "voter", "guard", "bodyguard"}


def resolution_lines(entities) -> list[str]:
    """Evidence lines for resolved parties: "mention -> CODE/SECTOR (method)"."""
    return [f"{e.entity_text} -> {e.code}/{e.sector} ({e.method})" for e in entities]


def fallback_entity(tok, resolver=None) -> Entity | None:
    """An unresolved noun phrase naming a group or person, kept as written; its country comes
    from a nationality word or place inside it ("Opposition groups in Zimbabwe") when there is one."""
    people = _people_adjective(tok)
    if not people and (tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() in QUANTITY_HEADS and _of_objects(tok))):
        return None
    if not (people or tok.lemma_.lower() in GROUP_NOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or _national_group(tok) or _untagged_name(tok)):
        return None
    left = tok.left_edge
    while left.i < tok.i and left.pos_ in ("DET", "PUNCT"):
        left = left.doc[left.i + 1]
    text = doc_text(tok.doc)[left.idx:tok.idx + len(tok.text)]
    code, how = None, "unresolved-noun-phrase"
    if resolver is not None:
        inner = [c for c in tok.children if c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod")
                 and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")]  # "Ibo elders"
        inner += [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from")
                  for p in prep.children if p.dep_ == "pobj"]
        for other in inner:
            ent = resolver.entity_for(other, physical_target=False)
            if ent is None or not ent.code:
                ent = _named_place(other, resolver)
            if ent is not None and ent.code:
                code, how = ent.code, f"unresolved-noun-phrase+country-from:{other.text}"
                break
    sector = "CVL" if people else None
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    if mods & {"army", "military", "navy", "naval", "air", "troop"}:
        sector = "MIL"  # "Israeli army bulldozers": the army's, not civilians'
    elif mods & {"police"}:
        sector = "COP"
    elif code is not None and tok.lemma_.lower() not in GROUP_NOUNS and _national_group(tok):
        sector = "CVL"  # "Algerian landowners": people of a country, not its state
    if tok.ent_type_ == "GPE" and code is None:
        how = "unresolved-place-name"  # a state or place the KB does not know (still a political actor)
    return Entity(code=code, sector=sector, entity_text=text, start=left.idx, end=tok.idx + len(tok.text),
                  method=how)


def _untagged_name(tok) -> bool:
    """A capitalised proper noun the NER gave no type ("accused Gulen of ..."): a name, so a
    party, unless capitals say nothing there: at a sentence start, or in a headline whose
    ordinary words are capitalised too ("Refugees Granted Asylum Are Welcome")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    doc = tok.doc
    neighbours = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    headline = any(n.is_title and n.pos_ != "PROPN" and not n.is_sent_start for n in neighbours)
    return not headline and tok.lower_.rstrip(".") not in HONORIFICS


# Titles before a name ("Mr. Erdogan"): the name, not the title, is the party.
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "mme", "messrs"}


# Adjectives and participles that name people after "the" ("evacuated the wounded").
PEOPLE_ADJECTIVES = {"wounded", "injured", "dead", "sick", "displaced", "homeless", "hungry", "needy",
                     "elderly", "poor", "missing", "detained", "accused", "condemned", "living"}


def _people_adjective(tok) -> bool:
    return tok.lower_ in PEOPLE_ADJECTIVES and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _named_place(noun, resolver) -> Entity | None:
    """The place a common noun is named as ("the town of Gorazde", "the capital, Kabul") or
    placed by ("the Syrian city")."""
    named = _of_objects(noun) + [c for c in noun.children if c.dep_ == "appos"]
    named += [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
    for name in named:
        ent = resolver.entity_for(name, physical_target=False)
        if ent is not None and ent.code:
            return ent
    return None


def _national_group(tok) -> bool:
    """A plural noun with a nationality word: "Algerian landowners", "Kenyan truckers"."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                     for c in tok.children)


def _of_objects(tok) -> list:
    return [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]


def _of_conjuncts(tok, ent: Entity, resolver) -> list[Entity]:
    """"the foreign ministers of India and China": one party per conjoined country."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for conj in [c for c in pobj.subtree if c.dep_ == "conj" and c.head.i == pobj.i or c.head.dep_ == "conj" and c.dep_ == "conj"]:
                other = resolver.entity_for(conj, physical_target=False)
                if other is not None and other.code and other.code != ent.code:
                    out.append(replace(other, sector=ent.sector or other.sector,
                                       method=f"of-conjunct:{other.method}"))
    return out


# "Government helicopters", "army drones", "regime jets": the state's own forces fired them.
STATE_OWNER_WORDS = {"government", "army", "military", "regime", "state", "junta", "navy"}


def _weapon_owner(weapon, resolver) -> Entity | None:
    for acl in weapon.children:  # "shells fired by the RSF"
        if acl.dep_ == "acl":
            for agent in acl.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        ent = resolver.entity_for(pobj, physical_target=False) if pobj.dep_ == "pobj" else None
                        if ent is not None:
                            return replace(ent, method=f"weapon-fired-by:{ent.method}")
    owners = [c for c in weapon.children if c.dep_ in ("poss", "amod", "compound", "nmod")
              and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.lower_ in STATE_OWNER_WORDS)]
    if not owners and weapon.dep_ == "conj":
        return _weapon_owner(weapon.head, resolver)
    for owner in owners:
        ent = resolver.entity_for(weapon, physical_target=False)
        if ent is not None and ent.code:
            return replace(ent, sector=ent.sector or "MIL", method=f"weapon-owner:{ent.method}")
        ent = resolver.entity_for(owner, physical_target=False)
        if ent is not None and ent.code:
            return replace(ent, sector="MIL", method=f"weapon-owner:{ent.method}")
    return None


# Prepositions that carry the party behind a non-actor object ("a proposal by Iran",
# "calls from Belarus", "aid for Romania").
OWNER_PREPS = {"by", "from", "of"}


SECONDARY_PREPS = {"to", "with", "against", "on", "for", "into", "from", "at", "toward", "towards"}
# Prepositions after a non-actor object that name whom it concerns ("a solution to the crisis",
# "sanctions against Iran", "talks with the rebels").
OBJECT_PREPS = {"to", "for", "with", "between", "among", "against", "on", "over", "toward", "towards"}
# Prepositions placing a physical target ("hideouts in Afghanistan", "villages near Macedonia").
PLACE_PREPS = {"in", "near", "inside", "outside", "across"}
# A noun trigger's own prepositions naming whom it concerns ("a suspension of aid to Egypt");
# by/from name its owner, at/in its place.
NOUN_SECONDARY_PREPS = {"to", "with", "against", "on", "for", "into", "toward", "towards"}
PHYSICAL_TYPES = {"ASSAULT", "COERCE"}


# "a truce mediated by Qatar": the go-between's agent stands outside the thing, not behind it.
GO_BETWEEN_PARTICIPLES = {"mediate", "broker", "host", "sponsor", "facilitate", "arrange", "oversee",
                          "monitor", "witness", "supervise"}


def _proper_party(token) -> bool:
    """A name, or a word the tagger knows as a state, people or body ("Iran", "Rusal")."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP", "ORG")


# Measures imposed on someone: their against/on-object is whom they hit.
MEASURES = {"sanction", "embargo", "ban", "blockade", "restriction", "boycott", "curb", "tariff", "siege"}


def _owners(tok) -> list:
    """Who stands behind a non-actor noun: its possessor, nationality modifier, by/from/of-phrase,
    or the agent and target of a participle after it ("a proposal submitted by X", "a ban
    imposed on X"); failing those, an institution named in front of it ("an army convoy"). A
    measure's target stands behind it before whoever imposed it ("lifted UN sanctions against
    Iran": Iran)."""
    if tok.lemma_.lower() in MEASURES:
        targets = [t for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("against", "on")
                   for c in prep.children if c.dep_ == "pobj" and _proper_party(c) for t in with_conjuncts(c)]
        if targets:
            return targets
    out = [c for c in tok.children if c.dep_ == "poss"]
    out += [c for c in tok.children if c.dep_ in ("amod", "compound")
            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    if not out:
        # "all UNSCOM weapons inspectors": the name modifies the noun in front of the head
        out += [g for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                for g in c.children if g.dep_ in ("amod", "compound") and g.i < c.i
                and (g.ent_type_ in ("NORP", "GPE", "ORG") or g.pos_ == "PROPN")]
    named_before = bool(out)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS:
            out += [c for c in prep.children if c.dep_ == "pobj"]
    if not named_before and all(o.head.lower_ == "of" for o in out):
        # "an Afghan government offer of a ceasefire": the body in front owns the offer, the
        # of-object is what is offered
        out = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and
               c.lemma_.lower() in GROUP_NOUNS] + out
    for acl in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() not in GO_BETWEEN_PARTICIPLES):
        for child in acl.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("on", "against")):
                out += [c for c in child.children if c.dep_ == "pobj"]
    if not out:
        out = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return [o for o in out if not is_time(o)]


# Things a state owns as a government when named by its adjective ("a Sudanese proposal");
# "British TV" or "Kenyan athletes" stay its people.
STATE_ACTS = {"proposal", "offer", "plan", "request", "demand", "initiative", "bid", "position",
              "decision", "policy", "law", "move", "stance", "ultimatum", "invasion", "occupation",
              "intervention", "government", "authority", "delegation", "army", "force", "envoy",
              "sanction", "blockade", "embargo", "claim", "accusation"}


def _owner_entities(heads, resolver, physical: bool, lex: Lexicon, states_acting=(),
                    actors=()) -> list[Entity]:
    """Entities behind non-actor nouns. A state named by its adjective owns a proposal or an
    offer as a government ("a Sudanese proposal"), not as its civilians. Owners that name one
    of ``states_acting`` (codes of the acting states) are left out (see ``_own_state``), and so
    are possessive pronouns standing for one of the ``actors`` heads ("called off their strike")."""
    actor_ids = {a.i for a in actors}
    owners = [o for h in heads for o in _owners(h) if o.lemma_.lower() not in lex.weapons
              and not _actors_own(o, actor_ids)]
    found = []
    for owner in owners:
        for ent in entities([owner], resolver, physical=physical):
            if _own_state(owner, ent, states_acting):
                continue
            if not physical and owner.dep_ == "amod" and ent.sector == "CVL" and \
                    owner.head.lemma_.lower() in STATE_ACTS:
                ent = replace(ent, sector="GOV", method=f"{ent.method}+state-adjective")
            found.append(ent)
    return found


# Nouns that name a state itself when they own a thing ("his country's support").
STATE_WORDS = {"country", "nation", "kingdom", "republic"}
# Sectors through which a state acts as itself: its own things are no target of their acts.
STATE_SECTORS = {"GOV", "MIL", "COP"}


def _actors_own(owner, actor_ids: set[int]) -> bool:
    """A possessive pronoun that stands for the act's own subject ("the nurses called off their
    strike", "the fighters will lay down their arms"): the thing is the actor's own."""
    if owner.dep_ != "poss" or owner.pos_ != "PRON" or not actor_ids:
        return False
    verb = owner.head.head if owner.head.dep_ == "dobj" else None
    named = named_antecedent(owner, verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
    return named is not None and named.i in actor_ids


def _own_state(owner, ent: Entity, states_acting) -> bool:
    """Does the owner token name the acting state itself ("pledged his country's support to X",
    "closed Venezuela's borders with X", "promised US support")? Then the thing is the actor's
    own and the act is aimed elsewhere. A group inside the state ("the opposition's plan") is not."""
    return ent.code in states_acting and ent.sector in STATE_SECTORS | {None} and _names_country(owner)


def _names_country(token) -> bool:
    """A word for a country itself: a state word ("his country") or a name the actor KB knows as a
    country, by name, alias or metonym ("Belarus", "Washington"), whatever the tagger called it."""
    if token.lemma_.lower() in STATE_WORDS:
        return True
    name = " ".join(t.text for t in compound_name(token))
    return token.pos_ == "PROPN" and KnowledgeBase.default().country_code(name) is not None


def _acting_states(cand: Candidate, resolver) -> set[str]:
    """Codes of the event's actors that act for their state (government, army, police) and are
    placed by the text itself, not only by the story's country."""
    return {a.code for a in entities(list(cand.roles.actors), resolver, physical=False)
            if a.code and a.sector in STATE_SECTORS and "context:" not in a.method}


def prep_objects_of(tokens, preps) -> list:
    return [c for tok in tokens for prep in tok.children
            if prep.dep_ in ("prep", "dative") and prep.lower_ in preps
            for c in pobjs_of(prep) if not is_time(c)]


def _identity(ent: Entity) -> tuple:
    """(code, name) of an entity; a pronoun is known by the antecedent named in its method."""
    if ent.method.startswith("coref:") and "->" in ent.method:
        return ent.code, ent.method.split("->", 1)[1]
    return ent.code, ent.identifier_text or ent.entity_text


def _not_the_actor(found: list[Entity], cand: Candidate, resolver) -> list[Entity]:
    """Drop pronouns that resolved to the event's own actor: "urged him", "struck it" do not
    name the one who urges or strikes (a reflexive would), so that reading is a coreference slip."""
    if not any(e.method.startswith("coref:") for e in found):
        return found
    actors = {_identity(a) for a in entities(list(cand.roles.actors), resolver, physical=False)}
    return [e for e in found if not (e.method.startswith("coref:") and _identity(e) in actors)]


# "in defiance of X", "in protest at X", "in retaliation for X's raid": the act answers X.
MOTIVE_NOUNS = {"defiance", "protest", "opposition", "retaliation", "revenge", "reprisal", "defence", "defense"}
MOTIVE_PREPS = {"of", "at", "against", "to", "over", "for"}
# "despite pressure from X", "despite X's objections": an act done against X's wish.
PRESSURE_NOUNS = {"pressure", "call", "demand", "appeal", "request", "plea", "protest", "opposition",
                  "objection", "criticism", "warning", "threat", "ultimatum"}


# Settlements reached with a counterpart ("after an agreement with X").
SETTLEMENT_NOUNS = {"agreement", "deal", "accord", "settlement", "compromise", "understanding", "truce"}


def motive_targets(verb) -> list:
    """Whom an act with no named target is aimed at, from its stated motive: the object of
    "in defiance of X" and the like, the source of "despite/under pressure from X", the
    counterpart of "after a deal with X", else the nouns
    of a purpose clause, in text order ("blocked a road to show their disapproval of the
    United States' policies", "launched an effort to end the dispute between X and Y")."""
    purposes = noun_purpose_clauses(verb)
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "began a hunger strike ... to demand": the clause hangs on the verb
    out = []
    # "refused to halt construction despite pressure from X": the complement carries the motive;
    # "declined to resign despite calls from X": the verb governing the act does
    words = [verb, *(c for c in verb.children if c.dep_ == "xcomp")] + ([verb.head] if verb.dep_ == "xcomp" else [])
    for child in (c for word in words for c in word.children):
        if child.dep_ == "prep" and child.lower_ == "in":
            for motive in pobjs_of(child):
                if motive.lemma_.lower() in MOTIVE_NOUNS:
                    out += prep_objects_of([motive], MOTIVE_PREPS)
        elif child.dep_ == "prep" and child.lower_ in ("despite", "under"):
            # "declined to resign despite pressure by the commission", "under pressure from
            # X": the pressure's source
            for pressure in pobjs_of(child):
                if pressure.lemma_.lower() in PRESSURE_NOUNS:
                    out += [c for c in pressure.children if c.dep_ == "poss"]
                    out += prep_objects_of([pressure], {"by", "from", "of"})
        elif child.dep_ == "prep" and child.lower_ == "after":
            # "called off the strike after an agreement with the government", "after reaching
            # a deal with X": the side the settlement was made with
            settled = pobjs_of(child) + [o for g in child.children if g.dep_ == "pcomp" for o in g.children
                                         if o.dep_ == "dobj"]
            out += prep_objects_of([s for s in settled if s.lemma_.lower() in SETTLEMENT_NOUNS], {"with"})
    if out:
        return out
    # the verb's own purpose clause first, then the noun trigger's ("an effort to end the dispute")
    purposes = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and to_infinitive(c)] + purposes
    if purposes:
        clause = purposes[0]
        subject = {s.i for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")}
        out += [t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != clause.i
                and not (t.dep_ == "compound" and t.pos_ == "NOUN")  # the head names the party
                and t.head.i not in subject and t.i not in subject]
    return out


# Participles that state what a thing is for ("an effort designed to help X").
AIM_PARTICIPLES = {"design", "aim", "intend", "mean"}


def noun_purpose_clauses(noun) -> list:
    """The to-infinitive clauses stating what a noun trigger is for: "a mediation effort to end
    the dispute between X and Y", "an initiative designed to help X"; [] for a verb."""
    if noun.pos_ != "NOUN":
        return []
    out = []
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        if to_infinitive(acl):
            out.append(acl)
        elif acl.lemma_.lower() in AIM_PARTICIPLES:
            out += [c for c in acl.children if c.dep_ == "xcomp" and to_infinitive(c)]
    return out


def _motive_recipients(cand: Candidate, resolver, lex: Lexicon) -> list[Entity]:
    """The first party named in the act's motive (``motive_targets``), or the owner of a thing
    named there. A common noun placed only by the story's country ("their opposition") is no
    evidence of the target; a name is."""
    for tok in motive_targets(cand.token):
        found = _coded_parties([tok], cand, resolver, lex)
        if found:
            # "to end the dispute between Chad and Sudan": both sides
            return found[:1] + _coded_parties([c for c in with_conjuncts(tok) if c is not tok], cand, resolver, lex)
        # "in protest against laws passed by parliament": whoever stands behind the thing opposed
        found = [e for e in _not_the_actor(_owner_entities([tok], resolver, False, lex), cand, resolver)
                 if e.code and "context:story-country" not in e.method]
        if found:
            return found[:1]
    return []


def _coded_parties(tokens, cand: Candidate, resolver, lex: Lexicon) -> list[Entity]:
    """Entities with a country for the tokens, other than the actor; a common noun placed only by
    the story's country does not count."""
    return [e for tok in tokens
            for e in _not_the_actor(entities([tok], resolver, physical=False, lex=lex), cand, resolver)
            if e.code and (tok.pos_ == "PROPN" or "context:story-country" not in e.method)]


# What a state grants to those who flee to it ("sought asylum in Britain").
SHELTER_NOUNS = {"refuge", "asylum", "sanctuary", "shelter"}


# Nouns naming a part of what their of-phrase names ("part of a military aid program").
PARTITIVE_NOUNS = {"part", "half", "portion", "bulk", "rest", "remainder", "share", "section"}


# "a state of emergency", "a state of siege": a condition declared, never a party.
DECLARED_STATES = {"emergency", "siege", "war", "alert", "alarm", "exception", "calamity", "disaster",
                   "mourning", "insurrection", "readiness"}


def declared_state(tok):
    """The condition a "state of ..." head names ("siege" in "a state of siege"), or None."""
    if tok.lemma_.lower() != "state":
        return None
    return next((o for o in _of_objects(tok) if o.lemma_.lower() in DECLARED_STATES), None)


# Missions whose host country is what troops, money or consent are given to: "sent troops to the UN
# peacekeeping force in South Sudan" helps South Sudan; the force is only the channel.
MISSION_NOUNS = {"mission", "force", "operation", "contingent", "presence"}
MISSION_KINDS = {"peacekeeping", "peace", "stabilisation", "stabilization", "monitoring", "observer",
                 "keeping", "un", "u.n."}
HOSTED_TYPES = {"AID", "AGREE", "COOPERATE", "MOBILIZE", "SUPPORT"}


def mission_host(tok):
    """The place a peacekeeping mission serves ("South Sudan" in "the UN peacekeeping force in
    South Sudan"), or None for any other noun."""
    if tok.lemma_.lower() not in MISSION_NOUNS or not any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in MISSION_KINDS for c in tok.children):
        return None
    places = [o for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
              for o in pobjs_of(prep) if o.pos_ == "PROPN" and not is_time(o)]
    return places[0] if places else None


def _whole_of_part(tok):
    """"suspended part of an aid program for Bosnia": the program, not the part, is what was
    acted on; any other token is returned as it is."""
    if tok.lemma_.lower() in PARTITIVE_NOUNS:
        whole = _of_objects(tok)
        if whole:
            return whole[0]
    return tok


def _head_or_owner(cand: Candidate, heads, all_heads, resolver, physical: bool,
                   lex: Lexicon) -> tuple[list[Entity], str | None]:
    """Entities for the party heads; failing those, for the owners of every head ("rejected
    a US request"). ([], None) when neither names a party other than the actor."""
    found = _not_the_actor(entities(heads, resolver, physical=physical, lex=lex), cand, resolver)
    if found:
        return found, None
    # "reopened its borders to X", "pledged his country's support to X": the actor's own
    # things do not make it the recipient
    found = _not_the_actor(_owner_entities(all_heads, resolver, physical, lex, _acting_states(cand, resolver),
                                           cand.roles.actors), cand, resolver)
    return found, "recipient:owner-of-object" if found else None


# Measures that restrict someone's dealings: whom they restrict may sit deep in the phrase
# after them ("a ban on imports of Irish pork", "tariffs on $40 billion of Mexico's exports").
RESTRICTION_NOUNS = {"ban", "restriction", "curb", "tariff", "sanction", "embargo", "blockade", "limit",
                     "moratorium", "boycott", "quota", "duty", "levy", "freeze"}
# Links followed down from a restriction, and how deep.
RESTRICTED_PREPS = OBJECT_PREPS | {"of", "from"}
RESTRICTED_DEPTH = 3


def _restricted_parties(cand: Candidate, heads, resolver, physical: bool, lex: Lexicon) -> list[Entity]:
    """The first party named down the prepositional chain of a restriction the act lifts, eases
    or imposes ("lifted a ban on imports of Irish pork" -> Ireland, "the ban on doing business
    with Huawei" -> Huawei): a name the text places, or the owner of a thing there. [] when the
    act's objects hold no restriction."""
    restrictions = [h for h in heads if h.lemma_.lower() in RESTRICTION_NOUNS]
    if not restrictions:
        return []
    # the parse may hang the restriction's on-phrase on the verb ("lift the ban on doing ...")
    frontier = restrictions + [o for prep in cand.token.children if prep.dep_ == "prep"
                               and prep.lower_ in ("on", "against") for o in prep.children
                               if o.dep_ in ("pobj", "pcomp")]
    for _ in range(RESTRICTED_DEPTH):
        for tok in (t for t in frontier if t not in restrictions):
            found = _placed(entities([tok], resolver, physical=physical, lex=lex), cand, resolver) or \
                _placed(_owner_entities([tok], resolver, physical, lex), cand, resolver)
            if found:
                return found
        frontier = [o for tok in frontier for o in _chain_step(tok)]
    return []


def _placed(found: list[Entity], cand: Candidate, resolver) -> list[Entity]:
    """The entities other than the actor that the text itself places in a country (not only
    the story's or the event's country)."""
    return [e for e in _not_the_actor(found, cand, resolver) if e.code and "context:" not in e.method]


def _chain_step(tok) -> list:
    """The words one step down a restriction's phrase: prepositional objects, and the object and
    prepositional objects of a gerund ("on doing business with X")."""
    out = prep_objects_of([tok], RESTRICTED_PREPS)
    for gerund in (c for prep in tok.children if prep.dep_ == "prep" for c in prep.children if c.dep_ == "pcomp"):
        out += [c for c in gerund.children if c.dep_ == "dobj"] + prep_objects_of([gerund], RESTRICTED_PREPS)
    if tok.dep_ == "pcomp":
        out += [c for c in tok.children if c.dep_ == "dobj"] + prep_objects_of([tok], RESTRICTED_PREPS)
    return out


def _named_datives(cand: Candidate, resolver) -> tuple[list[Entity], set[int]]:
    """Entities for indirect objects the parse folded into the thing given ("gave Ukraine
    tanks"), and the indices of the names tried. Only a party the actor KB codes counts: weapon
    names parse the same way ("sent Patriot missiles")."""
    names = [n for h in cand.roles.recipients if (n := dative_name(h)) is not None]
    found = [e for n in names if (e := resolver.entity_for(n, physical_target=False)) is not None and e.code
             and "context:" not in e.method]  # a name placed only by the story's country is no party
    return _not_the_actor(found, cand, resolver), {n.i for n in names}


def recipients(cand: Candidate, resolver, physical: bool, lex: Lexicon,
               dateline_end: int = 0) -> tuple[list[Entity], str | None]:
    """Recipients from the role heads. When none is an actor, in order: the owner of the object
    ("rejected a US request"), the other prepositional objects of the trigger and of the object
    ("a solution to the crisis", "a suspension of aid to X", with their conjuncts) and their
    owners, for physical acts the place the target is in ("strikes on hideouts in Afghanistan",
    "a state of siege in X"), and last whom the act's motive names ("blocked roads in defiance
    of X"). Weapons fired and declared states ("a state of emergency") are never recipients; a
    peacekeeping mission given to stands for its host ("troops for the UN force in X")."""
    if resolver is None:
        return [], None
    datives, tried = _named_datives(cand, resolver)
    if datives:
        return datives, "recipient:misparsed-dative"
    all_heads = [_whole_of_part(h) for h in list(cand.roles.recipients) + cand.extra_recipients
                 if h.idx >= dateline_end and h.i not in tried and
                 (h.lemma_.lower() not in lex.weapons or h.lemma_.lower() in ARMED_PEOPLE)]
    if cand.plover in HOSTED_TYPES:
        all_heads = [mission_host(h) or h for h in all_heads]
    # "called off the strike", "condemned the attack": events are not parties, their owners may be;
    # "declared a state of siege" names no party either
    heads = [h for h in all_heads if not lex.names_act(h) and declared_state(h) is None]
    if cand.plover == "THREATEN" and not any(names_party(h) for h in heads):
        # "threatened to ban voting in East Jerusalem if Hamas ran": the threatened is the one
        # the condition names, not the place of the act
        named = condition_subjects(cand.token)
        if named:
            return entities(named, resolver, physical=False, lex=lex), "recipient:condition-subject"
    own = {h.i for h in cand.roles.recipients}
    for tier in (lambda h: h.i in own, lambda h: h.i not in own):
        # the act's own object and its owner ("attacked an Afghan army base") come before the
        # victims of a folded trigger (", killing 26 soldiers")
        found = _head_or_owner(cand, [h for h in heads if tier(h)], [h for h in all_heads if tier(h)],
                               resolver, physical, lex)
        if found[0]:
            return found
    # "met at the Kremlin": a meeting's venue is not its counterpart
    venue = VENUE_PREPS if meets_at_venue(cand.token) else set()
    # a noun trigger's other objects: "a suspension of aid to Egypt" (the noun's first object, "aid",
    # names no party)
    own_preps = SECONDARY_PREPS if cand.detected.entry.pos == "VERB" else NOUN_SECONDARY_PREPS
    extra = prep_objects_of([cand.token], own_preps - venue)
    extra += prep_objects_of(all_heads, OBJECT_PREPS)
    if any(h.lemma_.lower() in SHELTER_NOUNS for h in all_heads):
        # "sought refuge in Germany": the state whose protection is sought
        extra += prep_objects_of([cand.token, *all_heads], {"in"})
    # "sanctions against both India and Pakistan"; weapons fired "with rockets and drones" are nobody
    extra = [t for t in expand_conjuncts(extra) if t.lemma_.lower() not in lex.weapons]
    found = entities(extra, resolver, physical=physical)
    if found:
        return found, "recipient:secondary-prep"
    found = _owner_entities(extra, resolver, physical, lex)
    if found:
        return found, "recipient:owner-of-prep-object"
    found = _restricted_parties(cand, all_heads, resolver, physical, lex)
    if found:
        return found, "recipient:restricted-party"
    # "defended Russia's involvement": with no one else named, the acting state's own thing is
    # what the act is about
    found = _not_the_actor(_owner_entities(all_heads, resolver, physical, lex, actors=cand.roles.actors),
                           cand, resolver)
    if found:
        return found, "recipient:owner-of-object"
    if all_heads and (physical or cand.detected.entry.plover in PHYSICAL_TYPES):  # also a threatened strike
        # the place may hang on the target or on the act ("strikes on hideouts in Afghanistan")
        # "declared a state of siege in Katanga": the place may hang on the condition or the declaring verb
        conditions = [t for h in all_heads if (c := declared_state(h)) is not None for t in (c, h.head)]
        found = entities(expand_conjuncts(prep_objects_of(all_heads + conditions + [cand.token], PLACE_PREPS)),
                         resolver, physical=True)
        if found:
            return found, "recipient:place-of-target"
    found = _motive_recipients(cand, resolver, lex)
    if found:
        return found, "recipient:motive"
    return [], None
