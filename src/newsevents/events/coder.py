"""Event coder: one parsed article in, PLOVER events out.

``code_events(doc, ctx)`` -> list[records.Event]. Stages, in order:
1. find triggers per sentence (triggers.py), 2. recode under control predicates
(control.py), 3. roles from the parse (roles.py), 4. modality (modality.py),
5. resolve actors/recipients through ``ctx.actors``, 6. attributes (date, place,
casualties), 7. merge sentences reporting the same event (merge.py).
Every event's ``evidence`` names the rule and lexicon entry that fired.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ..errors import NewsEventsError
from ..nlp.sentences import sentence_of, sentences
from ..records import DateAttr, Entity, Event, Size
from . import control as control_rules
from .acled import acled_for_event
from .lexicon import Lexicon, Trigger
from .modality import controller, modality
from .roles import Roles, adjective_roles, noun_roles, verb_roles
from .topic import NON_POLITICAL_THRESHOLD, non_political_score
from .triggers import LIGHT_VERBS, Detected, find_triggers

MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
# Reciprocal event types: two conjoined subjects and no object are both actors.
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
PHYSICAL = {"ASSAULT", "COERCE"}
FALLBACK_LOCATIONS = ("dateline", "article-main-place")
CONTEXT_WINDOW = 3  # sentences back to look for the attack an unowned weapon belongs to


@dataclass
class Candidate:
    """A sentence-level event before attributes (mutable while the coder refines it)."""

    detected: Detected
    plover: str
    mode: str | None
    cameo: str
    acled_hint: str | None
    roles: Roles
    aux: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    extra_tokens: list = field(default_factory=list)   # merged triggers (e.g. "killing")
    extra_recipients: list = field(default_factory=list)

    @property
    def token(self):
        return self.detected.token


def _weapon_mode(cand: Candidate, lex: Lexicon):
    """ASSAULT mode and ACLED hint from weapon words near the trigger."""
    tok = cand.token
    scope = [tok, *tok.children]
    for child in list(tok.children):
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent", "compound", "amod"):
            scope.extend(child.subtree)
    for t in scope:
        if t.lower_ == "air" and t.head.lemma_.lower() in ("defence", "defense", "raid"):
            continue  # air defences are not an air strike
        if t.lemma_.lower() == "gas" and any(c.lower_ == "tear" for c in t.children):
            return "crowd-control", "Protest with intervention", "tear gas"
        hit = lex.weapons.get(t.lemma_.lower())
        if hit:
            return hit[0], hit[1], t.lemma_.lower()
    return None, None, None


REPORTING = {"say", "declare", "insist", "reiterate", "conclude", "stress", "tell", "announce",
             "state", "add", "argue", "write", "remind", "warn", "demand", "urge", "maintain"}
OBLIGATION_MODALS = {"must", "should"}
WEAPON_CAMEO = {"heavy-weapons": "194", "aerial": "195", "drone": "195", "firearms": "193",
                "explosives": "183", "suicide-attack": "1831"}


def _controllers(anchor, lex: Lexicon) -> list[tuple[object, str]]:
    """Control words above a trigger, innermost first ("demanded that X refuse to recognize")."""
    chain, cur = [], anchor
    for _ in range(3):
        ctrl, kind = controller(cur, lex.control)
        if ctrl is None:
            break
        chain.append((ctrl, kind))
        cur = ctrl
    return chain


def _obligation_clauses(sent) -> list[tuple[object, object]]:
    """(reporting verb, clause) pairs where the clause says someone must/should act."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in REPORTING:
            continue
        for clause in tok.children:
            if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS
                                              for c in clause.children):
                out.append((tok, clause))
    return out


def _embedded_subject(anchor):
    return next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if anchor.dep_ == "ccomp" else None


def _same_side(ctrl, embedded_subject, resolver) -> bool:
    """Does the clause under a control word speak of the controller's own side?"""
    if embedded_subject is None or embedded_subject.pos_ == "PRON" or resolver is None:
        return True
    ctrl_subject = next((c for c in ctrl.children if c.dep_ == "nsubj"), None)
    if ctrl_subject is None:
        return True
    a = resolver.entity_for(ctrl_subject, physical_target=False)
    b = resolver.entity_for(embedded_subject, physical_target=False)
    return a is None or b is None or a.code == b.code


# Verbs whose object event did not (or will not) happen: "called off the strike".
CANCELLING = {"cancel", "postpone", "suspend", "halt", "stop", "prevent", "block", "ban",
              "prohibit", "avert", "abandon", "delay", "forbid", "call", "end", "foil", "thwart"}
ACCUSING = {"accuse", "blame", "charge", "suspect", "condemn", "denounce"}


def _accused_of(token):
    """The accused in "accused X of <act>", when ``token`` is that act."""
    head = token.head
    if token.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in ("of", "for") \
            and head.head.lemma_.lower() in ACCUSING:
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)
    return None


def _detect_candidates(sent, lex: Lexicon, resolver=None) -> list[Candidate]:
    detected = find_triggers(sent, lex)
    by_index = {d.token.i: d for d in detected}
    cands: list[Candidate] = []
    absorbed: set[int] = set()
    for report, clause in _obligation_clauses(sent):
        inner = {t.i for t in clause.subtree}
        absorbed.update(i for i in inner if i in by_index)
        if report.i in by_index:
            absorbed.add(report.i)
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        roles = verb_roles(report, "REQUEST")
        roles = Roles(roles.actors, tuple(subj), ("actor:reporting-subject", "recipient:obligated-subject"))
        entry = Trigger(report.lemma_.lower(), "VERB", None, "REQUEST", None, "100", None,
                        "rule:obligation-clause")
        cands.append(Candidate(Detected(report, entry, "obligation-clause"), "REQUEST", None, "100",
                               None, roles, {}, [f"must-clause:{clause.lemma_}"]))
    for d in detected:
        if d.token.i in absorbed:
            continue
        entry: Trigger = d.entry
        plover, mode, cameo = entry.plover, entry.mode, entry.cameo
        notes: list[str] = []
        aux: dict[str, str] = {}
        anchor = d.governor if d.governor is not None else d.token
        if d.entry.pos == "ADJ":
            roles = adjective_roles(d.token)
        elif d.entry.pos == "VERB":
            roles = verb_roles(d.token, plover)
        else:
            light = d.governor is None or d.governor.lemma_.lower() in LIGHT_VERBS \
                or d.governor.i not in by_index
            roles = noun_roles(d.token, d.governor, plover, light=light)
        accused = _accused_of(anchor)
        if accused is not None:
            # "accused X of dropping chemical munitions": X is the alleged actor
            roles = Roles((accused,), roles.recipients, roles.how + ("actor:accused-of",))
            notes.append("alleged-in-accusation")
        chain = _controllers(anchor, lex)
        if chain and chain[0][1] not in ("request", "deny", "fail") and \
                not _same_side(chain[0][0], _embedded_subject(anchor), resolver):
            # "officials warned that Israel could strike": a report about a third party.
            notes.append(f"reported-third-party-under:{chain[0][0].lemma_.lower()}")
            if chain[0][0].i in by_index and chain[0][1] == "threaten":
                absorbed.add(chain[0][0].i)
            chain = []
        for ctrl, kind in chain:
            plover, cameo, mode, extra = control_rules.recode(plover, cameo, mode, kind)
            for key, value in extra.items():
                aux.setdefault(key, value)
            notes.append(f"control:{ctrl.lemma_.lower()}({kind})")
            if ctrl.i in by_index:
                absorbed.add(ctrl.i)
        if chain:
            outer, kind = chain[-1]
            ctrl_roles = verb_roles(outer, plover)
            if kind == "request":
                roles = Roles(ctrl_roles.actors or roles.actors,
                              ctrl_roles.recipients or roles.recipients,
                              roles.how + ("control:request-roles",))
            elif kind in ("promise", "agree", "ready", "threaten", "refuse") and ctrl_roles.actors:
                roles = Roles(ctrl_roles.actors, roles.recipients, roles.how + ("control:subject",))
        if d.governor is not None and d.governor.lemma_.lower() in CANCELLING:
            aux.setdefault("negation", f"cancelled-by:{d.governor.lemma_.lower()}")
        cands.append(Candidate(d, plover, mode, cameo, entry.acled, roles, aux, notes))
    # A promise/threat verb with no embedded trigger but a conflict complement is a threat.
    out = []
    for c in cands:
        if c.token.i in absorbed and c.detected.rule != "obligation-clause":
            continue
        kind = lex.control.get(c.token.lemma_.lower())
        if c.detected.entry.pos == "VERB" and kind in ("promise", "threaten") and c.plover in ("AGREE", "THREATEN"):
            comp = [ch for ch in c.token.children if ch.dep_ in ("xcomp", "ccomp")]
            words = {t.lower_ for ch in comp for t in ch.subtree}
            if words & control_rules.CONFLICT_WORDS and c.plover == "AGREE":
                c.plover, c.cameo, c.mode = "THREATEN", "138", None
                c.aux.setdefault("future", "complement:conflict-words")
                c.notes.append("promise-with-conflict-complement")
        out.append(c)
    return _merge_linked(_absorb_purposes(out))


# Verbal events that state why a material act was done ("rallied to demand reforms",
# "blocked roads demanding his return") are its motive, not separate events.
MOTIVE_TYPES = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT"}
MATERIAL_HOSTS = {"PROTEST", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID", "RETREAT", "COOPERATE"}


def _absorb_purposes(cands: list[Candidate]) -> list[Candidate]:
    hosts = [c for c in cands if c.plover in MATERIAL_HOSTS]
    out = []
    for cand in cands:
        tok = cand.token
        if cand.plover in MOTIVE_TYPES and tok.dep_ in ("advcl", "xcomp", "acl") and tok.tag_ in ("VB", "VBG"):
            head = tok.head
            host = next((h for h in hosts if h.token.i == head.i or
                         (h.detected.governor is not None and h.detected.governor.i == head.i)), None)
            if host is not None:
                host.notes.append(f"motive:{tok.lemma_}")
                continue
        out.append(cand)
    return out


def _own_subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _linked(a, b) -> bool:
    """Two triggers in one sentence describe one act if one governs the other closely
    (and they do not each have a subject of their own: "defences shot down X, but a missile hit Y")."""
    sa, sb = _own_subject(a), _own_subject(b)
    if sa is not None and sb is not None and sa.i != sb.i:
        return False
    for x, y in ((a, b), (b, a)):
        if y.head.i == x.i or (y.head.head.i == x.i and y.head.dep_ in ("prep", "dobj", "xcomp", "advcl")):
            return True
        if x.dep_ in ("nsubj", "nsubjpass") and x.head.i == y.i:
            return True
    return False


def _merge_linked(cands: list[Candidate]) -> list[Candidate]:
    """Fold 'killing'/'wounding'/'attack ... killed' into the act they describe."""
    kept: list[Candidate] = []
    for cand in cands:
        host = next((k for k in kept if k.plover == cand.plover and _linked(k.token, cand.token)), None)
        if host is None:
            kept.append(cand)
            continue
        host.extra_tokens.append(cand.token)
        host.extra_recipients.extend(cand.roles.recipients)
        if not host.roles.actors and cand.roles.actors:
            host.roles = Roles(cand.roles.actors, host.roles.recipients, host.roles.how + cand.roles.how)
        host.notes.append(f"merged-trigger:{cand.token.lemma_}")
    return kept


def _entities(tokens, resolver, *, physical: bool, lex: Lexicon | None = None) -> list[Entity]:
    """Entities for role heads. A weapon ("a Russian missile") stands for whoever owns it,
    found through its nationality modifier or possessor; an unowned weapon is nobody."""
    out: list[Entity] = []
    seen = set()
    for tok in tokens:
        if resolver is None:
            break
        many: list[Entity] = []
        if lex is not None and tok.lemma_.lower() in lex.weapons:
            ent = _weapon_owner(tok, resolver)
        else:
            many = resolver.entities_for(tok, physical_target=physical) if hasattr(resolver, "entities_for") \
                else []
            ent = many[0] if many else resolver.entity_for(tok, physical_target=physical)
            if ent is None and (tok.like_num or tok.lemma_.lower() in QUANTITY_HEADS):
                ent = next((resolver.entity_for(p, physical_target=physical) for p in _of_objects(tok)), None)
            if ent is None and not physical:
                ent = _fallback_entity(tok, resolver)
        if ent is None:
            continue
        for one in [ent, *many[1:], *_of_conjuncts(tok, ent, resolver)]:
            key = (one.code, one.sector, one.identifier_text or one.entity_text.lower())
            if key in seen:
                continue
            seen.add(key)
            out.append(one)
    return out


QUANTITY_HEADS = {"thousand", "hundred", "dozen", "score", "million", "some", "many", "most",
                  "several", "group", "crowd", "member", "number", "handful", "majority", "rest",
                  "all", "both", "each", "one", "two", "three", "few"}


# Nouns that name a group or an office-holder even when the KB cannot place them
# ("The UNITA militarist wing", "Opposition groups"): kept with their text, code unknown.
GROUP_NOUNS = {"group", "movement", "party", "wing", "faction", "government", "council", "union",
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
               "organisation", "association", "lecturer", "nurse", "trader", "driver", "miner"}


def _fallback_entity(tok, resolver=None) -> Entity | None:
    """An unresolved noun phrase naming a group or person, kept as written; its country comes
    from a nationality word or place inside it ("Opposition groups in Zimbabwe") when there is one."""
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() in QUANTITY_HEADS and _of_objects(tok)):
        return None
    if not (tok.lemma_.lower() in GROUP_NOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    left = tok.left_edge
    while left.i < tok.i and left.pos_ in ("DET", "PUNCT"):
        left = left.doc[left.i + 1]
    text = tok.doc.text[left.idx:tok.idx + len(tok.text)]
    code, how = None, "unresolved-noun-phrase"
    if resolver is not None:
        inner = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
        inner += [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from")
                  for p in prep.children if p.dep_ == "pobj"]
        for other in inner:
            ent = resolver.entity_for(other, physical_target=False)
            if ent is not None and ent.code:
                code, how = ent.code, f"unresolved-noun-phrase+country-from:{other.text}"
                break
    return Entity(code=code, sector=None, entity_text=text, start=left.idx, end=tok.idx + len(tok.text),
                  method=how)


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
              and c.ent_type_ in ("NORP", "GPE", "ORG")]
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


def _owners(tok) -> list:
    """Who stands behind a non-actor noun: its possessor, nationality modifier or by/from-phrase."""
    out = [c for c in tok.children if c.dep_ == "poss"]
    out += [c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS:
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _recipients(cand: "Candidate", resolver, physical: bool, lex: Lexicon,
                dateline_end: int = 0) -> tuple[list[Entity], str | None]:
    """Recipients from the role heads; when none is an actor, the owner of the object,
    then the verb's other prepositional objects. Weapons fired are never recipients."""
    all_heads = [h for h in list(cand.roles.recipients) + cand.extra_recipients
                 if h.idx >= dateline_end and h.lemma_.lower() not in lex.weapons]
    # "called off the strike", "condemned the attack": events are not parties, their owners may be
    heads = [h for h in all_heads if h.lemma_.lower() not in lex.nouns]
    found = _entities(heads, resolver, physical=physical, lex=lex)
    if found or resolver is None:
        return found, None
    heads = all_heads
    owners = [o for h in heads for o in _owners(h) if o.lemma_.lower() not in lex.weapons]
    found = _entities(owners, resolver, physical=physical)
    if found:
        return found, "recipient:owner-of-object"
    if cand.detected.entry.pos == "VERB":
        extra = []
        for prep in cand.token.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in SECONDARY_PREPS:
                extra += [c for c in prep.children if c.dep_ == "pobj"]
        for h in heads:
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "for", "with", "between", "against", "on"):
                    extra += [c for c in prep.children if c.dep_ == "pobj"]
        found = _entities(extra, resolver, physical=physical)
        if found:
            return found, "recipient:secondary-prep"
    return [], None


def _confidence(cand: Candidate, actors, recipients) -> float:
    score = 0.45 - (0.15 if "alleged-in-accusation" in cand.notes else 0.0)
    if any(a.code for a in actors):
        score += 0.2
    if any(r.code for r in recipients) or (cand.plover in RECIPROCAL and len(actors) > 1):
        score += 0.15
    if cand.detected.entry.pos == "VERB":
        score += 0.1
    if "negation" in cand.aux or "hypothetical" in cand.aux:
        score -= 0.15
    return max(0.05, min(score, 0.95))


def _apply_plover_modality(cand: Candidate) -> None:
    """PLOVER's reading of intent and refusal.

    Future or intended cooperation is a promise (AGREE, CAMEO 03x: "will visit",
    "would allow"); cooperation negated by its own actor is a rejection (REJECT,
    CAMEO 12x: "will not accept refugees", "failed to reach agreement").
    """
    coop = cand.plover in control_rules.COOPERATIVE
    negation = cand.aux.get("negation", "")
    if coop and negation and not negation.startswith("control:deny"):
        cand.plover, cand.cameo, cand.mode, _ = control_rules.recode(cand.plover, cand.cameo, cand.mode, "refuse")
        cand.notes.append(f"negated-cooperation->REJECT({negation})")
        cand.aux.pop("negation", None)
        return
    future = cand.aux.get("future", "")
    if cand.plover in THREAT_WHEN_ANNOUNCED and not negation and \
            (future.startswith(("modal:will", "modal:shall", "modal:would-in-report", "control:intend",
                                "control:ready")) or cand.aux.get("hypothetical", "").startswith("mark:unless")):
        # An actor announcing its own coming sanction, curfew, blockade or attack threatens it.
        cand.plover, cand.cameo, cand.mode, _ = control_rules.recode(cand.plover, cand.cameo, cand.mode, "threaten")
        cand.notes.append("announced-conflict->THREATEN")
        return
    if coop and cand.plover != "AGREE" and (cand.aux.get("future") or
                                           cand.aux.get("hypothetical", "").startswith("modal:would")):
        cand.plover, cand.cameo, cand.mode, _ = control_rules.recode(cand.plover, cand.cameo, cand.mode, "promise")
        cand.notes.append("future-cooperation->AGREE")
        cand.aux.setdefault("future", cand.aux.pop("hypothetical", "modal"))


THREAT_WHEN_ANNOUNCED = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}
OFFICIAL_SECTORS = {"GOV", "LEG", "JUD", "MIL", "SPY"}
INTERNATIONAL_CODES = {"IGO", "UNO", "EUR", "NGO"}


def _recode_by_parties(cand: Candidate, actors: list[Entity]) -> None:
    """Corrections that depend on who acted: a government 'protest' is an official complaint;
    military exercises by several states are military cooperation."""
    if cand.plover == "PROTEST" and cand.token.lemma_.lower() == "protest" and actors and \
            all(a.sector in OFFICIAL_SECTORS or a.code in INTERNATIONAL_CODES for a in actors):
        cand.plover, cand.mode, cand.cameo, cand.acled_hint = "ACCUSE", "allege", "114", None
        cand.notes.append("official-protest->ACCUSE")
    if cand.plover == "MOBILIZE" and cand.token.lemma_.lower() in ("exercise", "drill", "game"):
        joint = any(c.lower_ == "joint" for c in cand.token.children)
        if joint or len({a.code for a in actors}) > 1:
            cand.plover, cand.mode, cand.cameo = "COOPERATE", None, "062"
            cand.notes.append("joint-exercise->COOPERATE")


@dataclass(frozen=True)
class CoderContext:
    """Per-article services the coder calls (all built once per article)."""

    article_id: str
    published: str | None
    coder_version: str
    lexicon: Lexicon
    ontology: object = None
    actors: object = None         # actors.resolve.ArticleActors
    places: object = None         # attributes.places.ArticlePlaces
    date_resolver: object = None  # attributes.dates.resolve_event_date
    size_extractor: object = None  # attributes.casualties.extract_size
    dateline_end: int = 0         # tokens before this offset are the dateline, not arguments
    non_political: bool = False   # sport/arts/business article (events/topic.py)


def _sentence_events(sent, seq: int, ctx: CoderContext) -> list[Event]:
    events = []
    for cand in _detect_candidates(sent, ctx.lexicon, ctx.actors):
        cand.aux = {**modality(cand.token), **cand.aux}
        _apply_plover_modality(cand)
        physical = cand.plover in PHYSICAL
        actor_heads = [t for t in cand.roles.actors if t.idx >= ctx.dateline_end]
        actors = _entities(actor_heads, ctx.actors, physical=False, lex=ctx.lexicon)
        if "actor:modifier" in cand.roles.how:
            # "the Israeli strike", "a Chinese proposal": the state acting, not its civilians.
            state_sector = "MIL" if cand.plover in ("ASSAULT", "MOBILIZE") else "GOV"
            actors = [replace(a, sector=state_sector, method=f"{a.method}+state-adjective")
                      if a.sector in (None, "CVL") and a.code else a for a in actors]
        if not actors and any(t.lemma_.lower() in ctx.lexicon.weapons for t in actor_heads):
            cand.notes.append("unowned-weapon-subject")
        recipients, recipient_note = _recipients(cand, ctx.actors, physical, ctx.lexicon, ctx.dateline_end)
        if recipient_note:
            cand.notes.append(recipient_note)
        if cand.plover in RECIPROCAL and not recipients and len(actors) > 1:
            cand.notes.append("reciprocal:compound-actor")
        # Same entity on both sides is a parse artefact ("X and Y met" seen twice).
        actor_keys = {(a.code, a.entity_text) for a in actors}
        recipients = [r for r in recipients if (r.code, r.entity_text) not in actor_keys]
        _recode_by_parties(cand, actors)
        mode, hint, weapon = cand.mode, cand.acled_hint, None
        if cand.plover == "ASSAULT" and mode is None:
            mode, weapon_hint, weapon = _weapon_mode(cand, ctx.lexicon)
            if weapon_hint and not hint:
                hint = weapon_hint
            if cand.cameo == "190" and mode in WEAPON_CAMEO:
                cand.cameo = WEAPON_CAMEO[mode]
        cand.mode, cand.acled_hint = mode, hint
        size = ctx.size_extractor(cand.token) if ctx.size_extractor else Size()
        loc = ctx.places.event_location(cand.token) if ctx.places is not None else None
        date = (ctx.date_resolver(cand.token, ctx.published) if ctx.date_resolver
                else DateAttr(ctx.published, None, "day"))
        has_party = bool(actors or recipients)
        if has_party and size.is_empty() and mode not in HEAVY_MODES and not _political(cand, actors, recipients):
            continue  # "She blamed modern lifestyles", "Willis is suing the studio": not political
        explicit_loc = loc is not None and not loc.method.startswith(FALLBACK_LOCATIONS)
        if cand.plover == "ASSAULT" and not _plausible_violence(cand, actors, recipients, size, mode, weapon,
                                                                strict=ctx.non_political):
            continue
        if not has_party:
            if cand.plover not in MATERIAL_CONFLICT or (size.is_empty() and not explicit_loc):
                continue
            if cand.aux.get("hypothetical") or cand.aux.get("negation"):
                continue
        aux = dict(cand.aux)
        if date.date and ctx.published and date.date < _year_before(ctx.published):
            aux.setdefault("historical", f"date:{date.date}")
        ont = ctx.ontology
        info = ont.cameo(cand.cameo) if ont is not None else None
        tok = cand.token
        trigger_tokens = sorted([tok, *cand.extra_tokens], key=lambda t: t.i)
        evidence = {
            "rule": cand.detected.rule,
            "lexicon": cand.detected.entry.entry,
            "trigger": {"text": tok.text, "lemma": tok.lemma_, "start": tok.idx,
                        "end": tok.idx + len(tok.text)},
            "roles": list(cand.roles.how),
            "actor_resolution": [f"{e.entity_text} -> {e.code}/{e.sector} ({e.method})" for e in actors],
            "recipient_resolution": [f"{e.entity_text} -> {e.code}/{e.sector} ({e.method})" for e in recipients],
            "modality": dict(aux),
            "notes": list(cand.notes) + ([f"mode-from-weapon:{weapon}"] if weapon else []),
            "date": date.method,
            "location": loc.method if loc is not None else None,
            "sentences": [{"sequence": seq, "start": sent.start_char, "end": sent.end_char}],
        }
        events.append(Event(
            id="", event=cand.plover, mode=mode, context=_contexts(ont, cand.cameo), cameo=cand.cameo,
            quad_code=info.quad_class if info else None,
            goldstein=info.goldstein if info else None,
            event_scale=_event_scale(ont, cand.plover, mode),
            actor=tuple(actors), recipient=tuple(recipients), date=date, event_loc=loc,
            size=size, aux=tuple(k for k in ("negation", "hypothetical", "future", "historical") if k in aux),
            acled=acled_for_event(ont, cand.plover, cand.mode, cand.cameo, cand.acled_hint, tok, actors, recipients),
            event_text=" ".join(t.text for t in trigger_tokens),
            text=sent.text, sequence=seq, start=sent.start_char, end=sent.end_char,
            confidence=_confidence(cand, actors, recipients), coder=ctx.coder_version,
            evidence=evidence))
    return events


# Sectors whose members act politically (PLOVER's actor types; CVL/BUS/MED individuals do not).
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "REB", "JUD", "LEG", "PTY", "OPP", "UAF", "SPY", "ELI",
                     "LAB", "REF", "HRI", "INS", "SEP", "IGO", "NGO", "CRM"}
POLITICAL_GROUP_NOUNS = {"confederation", "federation", "agency", "court", "judge", "donor",
                         "charity", "commission", "council", "committee", "republic", "state",
                         "country", "nation", "regulator", "prosecutor", "investigator", "watchdog",
                         "inspector", "official", "organization", "organisation", "group",
                         "association", "activist", "lawmaker", "minister", "leader", "opposition", "rebel", "militant", "government", "ministry", "party",
                         "faction", "army", "police", "militia", "guerrilla", "insurgent", "junta",
                         "regime", "movement", "front", "coalition", "alliance", "authority",
                         "administration", "cabinet", "parliament", "union", "protester",
                         "demonstrator", "activist", "separatist", "jihadist", "fighter", "soldier"}
COLLECTIVE_ACTS = {"PROTEST", "ASSAULT", "COERCE", "THREATEN", "REQUEST", "AID", "RETREAT", "REJECT",
                   "ACCUSE", "CONCEDE"}


CIVILIAN_SECTORS = {"CVL", "EDU", "LAB", "REF", "REL", "AGR", "MED", "HLH", "BUS", "JRN"}
COLLECTIVE_WORDS = ("people", "police", "youth", "crowd", "public", "population", "staff")


def _singular(word: str) -> str:
    for plural, single in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single
    return word


def _political_party(ent: Entity) -> bool:
    if ent.code in INTERNATIONAL_CODES or ent.code == "IMG":
        return True
    if ent.method.startswith("unresolved-noun-phrase"):
        return _singular(ent.entity_text.lower().split()[-1] if ent.entity_text else "") in POLITICAL_GROUP_NOUNS
    if ent.sector in POLITICAL_SECTORS:
        return True
    return bool(ent.code) and ent.sector is None


def _collective_civilians(ent: Entity) -> bool:
    """Coded civilians as a group ("Thousands of Iraqi Kurds", "university students")."""
    last = ent.entity_text.lower().split()[-1] if ent.entity_text else ""
    return (bool(ent.code) or ent.method.startswith(("unresolved", "sector-noun"))) and \
        (ent.sector in CIVILIAN_SECTORS or ent.sector is None) and \
        (last.endswith("s") or last in COLLECTIVE_WORDS)


def _political(cand: Candidate, actors, recipients) -> bool:
    """At least one party is a political actor, or civilians act or suffer collectively."""
    parties = actors + recipients
    if any(_political_party(e) for e in parties):
        return True
    return cand.plover in COLLECTIVE_ACTS and any(_collective_civilians(e) for e in parties)


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
                    "wave", "tornado", "eruption", "collision", "derailment", "cancer", "illness"}


ARMED_GROUP_WORDS = ("faction", "gang", "militia", "rebel", "insurgent", "militant", "fighter",
                     "gunm", "separatist", "jihadist", "troop", "soldier", "force", "army", "guerrilla",
                     "bandit", "assailant", "attacker", "raider", "bomber")


def _armed_group(ent: Entity) -> bool:
    """An unresolved party whose own words say it is armed ("two rival factions", "armed gangs")."""
    text = ent.entity_text.lower()
    return ent.sector is None and (text.startswith("armed ") or " armed " in text or
                                   any(w in text for w in ARMED_GROUP_WORDS))


def _plausible_violence(cand: Candidate, actors, recipients, size: Size, mode: str | None,
                        weapon: str | None = None, strict: bool = False) -> bool:
    """An ASSAULT needs something violent about it: casualties, an armed actor, a weapon of war,
    or a coded target. "Saka's strike hit the crossbar" has none of these."""
    tok = cand.token
    subject_words = {w.lemma_.lower() for t in cand.roles.actors for w in [t, *t.children]
                     if w.pos_ in ("NOUN", "PROPN") and (w.i == t.i or w.dep_ == "compound")}
    if not cand.roles.actors and weapon is None:
        # "were killed when the plane crashed": the cause is elsewhere in the sentence
        subject_words = {t.lemma_.lower() for t in sentence_of(tok) if t.pos_ in ("NOUN", "VERB")}
    if subject_words & NON_AGENT_CAUSES or (tok.lemma_.lower() == "kill" and any(
            c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in tok.children)):
        return False  # "the tsunami killed thousands", "he killed himself"
    generic = tok.lemma_.lower() in GENERIC_VIOLENCE and not cand.extra_tokens
    armed = ARMED_SECTORS - {"GOV"} if strict and generic else ARMED_SECTORS
    if any(a.sector in armed or _armed_group(a) for a in actors) or mode in HEAVY_MODES:
        return True
    if generic and weapon is None:
        return any(r.sector in armed or _armed_group(r) for r in recipients) or \
            (not size.is_empty() and any(r.code for r in recipients + actors))
    if not size.is_empty() or mode in HANDS_ON_MODES:
        return True
    return any(r.sector in ARMED_SECTORS | {"CVL", "REF"} and (r.code or r.method != "unresolved-noun-phrase")
               for r in recipients)


def _contexts(ontology, cameo: str) -> tuple[str, ...]:
    """PLOVER contexts of the CAMEO code (crosswalk), e.g. 0333 -> humanitarian."""
    if ontology is None:
        return ()
    try:
        return tuple(ontology.plover_for_cameo(cameo).context)
    except NewsEventsError:
        return ()


def _event_scale(ontology, plover: str, mode: str | None):
    if ontology is None:
        return None
    try:
        return ontology.event_scale(plover, mode)
    except NewsEventsError:  # a mode the ontology does not know scores as its type
        return ontology.event_scale(plover, None)


def _year_before(day: str) -> str:
    return f"{int(day[:4]) - 1}{day[4:]}"


def _attribute_unowned_attacks(events: list[Event]) -> list[Event]:
    """"Russia launched 84 drones ... one missile hit Dnipro": an attack whose weapon has no
    stated owner takes the actor (and, if it has none of its own, the date) of the attack
    reported just before it."""
    out: list[Event] = []
    for ev in events:
        if ev.event == "ASSAULT" and not ev.actor and "unowned-weapon-subject" in ev.evidence.get("notes", []):
            prior = next((p for p in reversed(out) if p.event == "ASSAULT" and p.actor
                          and ev.sequence - p.sequence <= CONTEXT_WINDOW), None)
            if prior is not None:
                actors = tuple(replace(a, method=f"context:previous-attack({a.method})") for a in prior.actor)
                date = prior.date if ev.date.method == "publication-date" else ev.date
                notes = ev.evidence.get("notes", []) + [f"actor-from-sentence:{prior.sequence}"]
                ev = replace(ev, actor=actors, date=date, evidence={**ev.evidence, "notes": notes,
                             "actor_resolution": [f"{a.entity_text} -> {a.code}/{a.sector} ({a.method})" for a in actors]})
        out.append(ev)
    return out


def _dates_from_paragraph(events: list[Event], text: str) -> list[Event]:
    """An event with no time expression of its own takes the date of the closest earlier
    event in the same paragraph that has one (the lead sentence usually dates the story),
    rather than the publication date; the method says so."""
    breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    out: list[Event] = []
    for ev in events:
        if ev.date.method == "publication-date":
            para = bisect_right(breaks, ev.start)
            prior = next((p for p in reversed(out) if bisect_right(breaks, p.start) == para
                          and p.date.date and not p.date.method.startswith(("publication-date", "none", "context:"))
                          and "historical" not in p.aux and "future" not in p.aux), None)
            if prior is not None:
                ev = replace(ev, date=replace(prior.date, method=f"context:sentence-{prior.sequence}:{prior.date.method}"),
                             evidence={**ev.evidence, "date": f"context:sentence-{prior.sequence}"})
        out.append(ev)
    return out


def code_events(doc, ctx: CoderContext) -> list[Event]:
    """All events in a parsed article, one record per real event (see merge.py)."""
    from .merge import merge_events

    non_political = non_political_score(doc) > NON_POLITICAL_THRESHOLD
    ctx = replace(ctx, non_political=non_political)
    raw: list[Event] = []
    for seq, sent in enumerate(sentences(doc)):
        raw.extend(_sentence_events(sent, seq, ctx))
    raw = _attribute_unowned_attacks(raw)
    raw = _dates_from_paragraph(raw, doc.text)
    events = merge_events(raw, ctx.article_id)
    if non_political:
        events = [e for e in events if e.quad_code not in (3, 4) or _state_backed(e)]
    return events


STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "UAF", "SPY"}


def _state_backed(ev: Event) -> bool:
    """In a sport, arts or business story a conflict event must involve the state, an armed
    group or an international body, or count casualties ("Arsenal beat Chelsea" does not)."""
    if not ev.size.is_empty():
        return True
    return any((p.code and p.sector in STATE_SECTORS) or p.code in INTERNATIONAL_CODES
               for p in ev.actor + ev.recipient)
