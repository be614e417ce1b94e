"""Event coder: one parsed article in, PLOVER events out.

``code_events(doc, ctx)`` -> list[records.Event]. Stages, in order:
1. find triggers per sentence (triggers.py), 2. recode under control predicates
(control.py), 3. roles from the parse (roles.py), 4. modality (modality.py),
5. resolve actors/recipients through ``ctx.actors``, 6. attributes (date, place,
casualties), 7. merge sentences reporting the same event (merge.py).
A sentence the rules code no ACLED event in may get one event from the statistical fallback
(acled_fallback.py), built through the same path (evidence rule "acled-fallback").
Every event's ``evidence`` names the rule and lexicon entry that fired.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..nlp.doc_views import doc_text
from ..errors import NewsEventsError
from ..nlp.sentences import sentences
from ..actors.coref import STORY_GUESS
from ..attributes.gazetteer import get_gazetteer
from ..attributes.places import FALLBACK_METHODS
from ..records import DateAttr, Entity, Event, EventLoc, Size
from . import acled_fallback
from . import control as control_rules
from .acled import TARGET_PREPS, acled_for_event
from .beneficiary import inherit_recipients
from .candidates import REFUSED_CANCEL, Candidate, detect_candidates
from .context import (attribute_claimed_attacks, attribute_unidentified_attackers, attribute_unowned_arrests,
                      attribute_unowned_attacks, dates_from_paragraph)
from .lexicon import Lexicon, Trigger
from .modality import BACKGROUND_PREPS, condition_of, modality
from .parties import INTERNATIONAL_CODES, entities, prep_objects_of, recipients as recipients_for, resolution_lines
from .plausibility import (HEAVY_MODES, forum_not_target, ordinary_justice, plausible_violence, political,
                           state_backed, to_death)
from .roles import is_time, meets_at_venue, noun_roles, objects_of_prep, verb_roles
from .triggers import LIGHT_VERBS, Detected, governor as trigger_governor
from .topic import NON_POLITICAL_THRESHOLD, non_political_score

MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


# Reciprocal event types: two conjoined subjects and no object are both actors.
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}


PHYSICAL = {"ASSAULT", "COERCE"}
# Events that can have dead, injured or arrested of their own; a count in a sentence about
# talks, threats or accusations ("as mediators struggled to revive talks") is another act's.
COUNTED_EVENTS = {"ASSAULT", "COERCE", "PROTEST"}


# Where a threatened act's place is written: on the act itself, or on the verb it is the object of
THREATENED_PLACE_METHODS = ("trigger-subtree", "head-1")
# Event types whose unnamed recipient is the state where they happen (PLOVER gold practice).
LOCATIVE_RECIPIENTS = {"CONSULT", "CONCEDE", "RETREAT", "AID", "AGREE", "COOPERATE", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "ASSAULT"}


def _weapon_mode(cand: Candidate, lex: Lexicon):
    """ASSAULT mode and ACLED hint from weapon words near the trigger."""
    tok = cand.token
    scope = [tok, *tok.children]
    for child in list(tok.children):
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent", "compound", "amod"):
            scope.extend(child.subtree)
    if any(how.startswith("actor:inherited") for how in cand.roles.how):
        # "An improvised explosive device went off ..., killing six": the participle's subject is the weapon
        for actor in cand.roles.actors:
            scope.extend(actor.subtree)
    # crowd-control means first: "fired tear gas and stun grenades" is not an explosives attack
    if any(t.lemma_.lower() == "gas" and any(c.lower_ == "tear" for c in t.children) for t in scope):
        return "crowd-control", "Protest with intervention", "tear gas"
    for t in scope:
        if t.i == tok.i and tok.pos_ == "VERB":
            continue  # "artillery hammered the town": the verb is not the weapon
        if t.lower_ == "air" and t.head.lemma_.lower() in ("defence", "defense", "raid"):
            continue  # air defences are not an air strike
        if t.i > 0 and t.doc[t.i - 1].lemma_.lower() == "propel":
            continue  # a rocket-propelled grenade is a launcher's round, not a thrown grenade
        hit = lex.weapons.get(t.lemma_.lower())
        if hit:
            return hit[0], hit[1], t.lemma_.lower()
    return None, None, None


def _weapon_stopped(cand: Candidate, lex: Lexicon) -> bool:
    """"A ballistic missile launched from Yemen was intercepted": a stopped weapon is an event
    even when nobody is named on either side."""
    verb = cand.token
    # "3 drones intercepted on approach to airport": a log line's passive without its auxiliary
    # (a weapon with no object after it cannot itself be the interceptor)
    reduced = verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    held = ("dobj", "nsubjpass", "nsubj") if reduced else ("dobj", "nsubjpass")
    return cand.acled_hint == "Disrupted weapons use" and any(
        t.lemma_.lower() in lex.weapons for c in verb.children if c.dep_ in held for t in c.subtree)


def _mine_set_off(cand: Candidate, lex: Lexicon) -> bool:
    """"his tractor ran over an anti-tank mine", "a boy stepped on a landmine": a mine set off is
    an event even when the sentence names nobody on either side."""
    if cand.acled_hint != "Remote explosive/landmine/IED" or cand.token.pos_ != "VERB":
        return False
    return any(t.lemma_.lower() in lex.weapons for c in cand.token.children
               if c.dep_ in ("dobj", "prep", "prt") for t in c.subtree)


WEAPON_CAMEO = {"heavy-weapons": "194", "aerial": "195", "drone": "195", "firearms": "193",
                "explosives": "183", "suicide-attack": "1831"}


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
    if _in_time_clause(cand.token):
        score -= 0.1
    if any(c.dep_ == "amod" and c.lower_ in ALLEGED_WORDS for c in cand.token.children):
        score -= 0.15                  # "a protest over an alleged assault": a claim, not the report's event
    if cand.plover == "ASSAULT" and cand.token.dep_ == "pobj" and cand.token.head.lower_ == "during":
        score -= 0.1                   # "raped 12 women during a raid": the raid frames the act reported
    if cand.plover == "PROTEST" and _describes_a_target(cand.token):
        score -= 0.15                  # "fired at villagers who had gathered peacefully": force used on a protest
    if (cand.plover == "COERCE" or cand.mode == "abduct") and _leads_to_worse(cand.token):
        score -= 0.1                   # "rounded up 30 herders and killed them": the killing is the event
    return max(0.05, min(score, 0.95))


# What force is aimed with ("fired at", "deployed against"); not "of".
FORCE_TARGET_PREPS = TARGET_PREPS - {"of"}


def _describes_a_target(token) -> bool:
    """A protest verb in a clause describing whom another act targets ("sprayed bullets at
    villagers who had gathered", "tear gas was deployed against nurses marching")."""
    if token.dep_ == "pobj" and token.pos_ == "VERB":
        return token.head.lower_ in FORCE_TARGET_PREPS  # the parser may make "nurses marching" a gerund
    if token.dep_ not in ("relcl", "acl"):
        return False
    noun = token.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in FORCE_TARGET_PREPS


GRAVE_HARM_LEMMAS = {"kill", "execute", "shoot", "murder", "behead", "massacre", "slaughter", "torture", "hang",
                     "rape"}
SEXUAL_HARM_LEMMAS = {"assault", "abuse", "violate"}


def _leads_to_worse(token) -> bool:
    """A seizure or abduction followed, in the same clause chain, by killing or rape ("rounded up
    ... and killed them", "dragged a man from a patrol car and burned him alive", "detained and
    sexually assaulted two women")."""
    return any(c.i > token.i and (c.lemma_.lower() in GRAVE_HARM_LEMMAS or _killed_outright(c) or (
        c.lemma_.lower() in SEXUAL_HARM_LEMMAS and any(a.lower_ == "sexually" for a in c.children)))
        for c in token.conjuncts)


def _killed_outright(verb) -> bool:
    """"beating him to death", "burned him alive": a verb whose own words say it killed."""
    return to_death(verb) or any(c.lower_ == "alive" for c in verb.children)


ALLEGED_WORDS = {"alleged", "purported"}


# Words that open a clause setting another event in time ("days after insurgents overran it").
TIME_CLAUSE_WORDS = BACKGROUND_PREPS - {"despite"}


def _in_time_clause(token) -> bool:
    """The trigger sits in a clause that dates the sentence's main event ("troops retook the
    town days after insurgents overran it"): a background event, less likely the report's own."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_WORDS for c in token.children):
        return True
    return token.dep_ in ("pcomp", "pobj") and token.head.lower_ in TIME_CLAUSE_WORDS


def _apply_plover_modality(cand: Candidate) -> None:
    """PLOVER's reading of intent and refusal.

    Future or intended cooperation is a promise (AGREE, CAMEO 03x: "will visit",
    "would allow"); cooperation negated by its own actor is a rejection (REJECT,
    CAMEO 12x: "will not accept refugees", "failed to reach agreement").
    """
    coop = cand.plover in control_rules.COOPERATIVE
    negation = cand.aux.get("negation", "")
    if coop and negation.startswith("cancelled-by:") and cand.plover in CUT_OFF_CAMEO and \
            negation != "cancelled-by:renege":  # reneging on a promise rejects it (below)
        # "suspended military aid", "ended mediation efforts": cutting cooperation is a sanction
        cand.plover, cand.cameo, cand.mode = "SANCTION", CUT_OFF_CAMEO[cand.plover], None
        cand.notes.append(f"cut-off-cooperation->SANCTION({negation})")
        cand.aux.pop("negation", None)
        return
    if coop and negation and not negation.startswith("control:deny"):
        cand.plover, cand.cameo, cand.mode, _ = control_rules.recode(cand.plover, cand.cameo, cand.mode, "refuse")
        cand.notes.append(f"negated-cooperation->REJECT({negation})")
        cand.aux.pop("negation", None)
        return
    future = cand.aux.get("future", "")
    # Only announced acts ("will"): "could attack if ..., an analyst said" is speculation, not a threat.
    condition = condition_of(cand.token) if future and not negation else None
    if condition and (cand.plover in THREAT_WHEN_ANNOUNCED | {"SANCTION"} or
                      (condition == "unless" and cand.plover in MATERIAL_COOPERATION)):
        # "will pull out its troops unless ...", "may halt mediation if ...": a conditional threat
        cand.plover, cand.cameo, cand.mode, _ = control_rules.recode(cand.plover, cand.cameo, cand.mode, "threaten")
        cand.notes.append(f"conditional-{condition}->THREATEN")
        return
    if cand.acled_hint == control_rules.GROUP_CHANGE and cand.plover == "MOBILIZE" and not negation:
        return  # "factions announced they would merge": an armed group's announced change, no threat
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


# Events that have not happened (yet): ACLED records only what took place.
UNREAL = {"future", "hypothetical"}
ANNOUNCED = ("control:", "modal:would-in-report")


def _not_reported_now(aux: dict[str, str], hint: str | None = None) -> bool:
    """Future and hypothetical events, and acts a relative clause tells as earlier ("the town,
    which it captured last year"), are no ACLED event of this report; an armed group's announced
    change of itself is ("announced it would dissolve itself": the announcement is the development)."""
    announced = UNREAL & set(aux) == {"future"} and aux["future"].startswith(ANNOUNCED)
    if hint == control_rules.GROUP_CHANGE and announced:
        return False
    return bool(UNREAL & set(aux)) or aux.get("historical", "").startswith("earlier-clause")


CUT_OFF_CAMEO = {"AID": "162", "CONSULT": "164", "COOPERATE": "161", "AGREE": "160"}
THREAT_WHEN_ANNOUNCED = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}
MATERIAL_COOPERATION = {"RETREAT", "AID", "COOPERATE", "CONCEDE"}


OFFICIAL_SECTORS = {"GOV", "LEG", "JUD", "MIL", "SPY"}


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
    events = [ev for cand in detect_candidates(sent, ctx.lexicon, ctx.actors)
              if (ev := _candidate_event(cand, sent, seq, ctx)) is not None]
    if not ctx.non_political and acled_fallback.ENABLED and not any(ev.acled for ev in events):
        for cand in _fallback_candidates(sent, ctx):
            event = _candidate_event(cand, sent, seq, ctx)
            if event is not None:
                events.append(event)
                break
    return events


def _fallback_candidates(sent, ctx: CoderContext) -> list[Candidate]:
    """Candidates for a sentence the rules code no ACLED event in, when the statistical
    fallback (acled_fallback.py) is sure enough of an ACLED sub-event type: its PLOVER
    type/mode/CAMEO follow from the type through plover2acled.v1.tsv; one candidate per word
    the event may hang on (acled_fallback.trigger_tokens), best first: the coder keeps the
    first one the plausibility filters accept."""
    label, prob = acled_fallback.predict(sent.text)
    if label == acled_fallback.NONE or prob < acled_fallback.get_model().threshold:
        return []
    reading = acled_fallback.plover_reading(label, ctx.ontology, ctx.lexicon, sent)
    if reading is None:
        return []
    plover, mode, cameo = reading
    out = []
    for tok in acled_fallback.trigger_tokens(sent, ctx.lexicon, plover):
        verb = tok.pos_ in ("VERB", "AUX")
        entry = Trigger(tok.lemma_.lower(), "VERB" if verb else "NOUN", None, plover, mode,
                        cameo, label, f"{acled_fallback.MODEL_FILE}:{label}")
        out.append(Candidate(Detected(tok, entry, acled_fallback.RULE), plover, mode, cameo, label,
                             _fallback_roles(tok, plover, ctx.lexicon), {}, [f"acled-fallback:p={prob:.2f}"]))
    return out


def _fallback_roles(tok, plover: str, lexicon: Lexicon):
    """Roles of a fallback trigger, read as the rules read a trigger of its part of speech: a
    gerund subject like a noun ("fighting erupted between X and Y"), a noun through the verb it
    hangs from, whose subject acts only when the verb carries no event of its own ("launched a
    raid", not "condemned the raid")."""
    if tok.pos_ in ("VERB", "AUX") and not (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "csubj", "nsubjpass")):
        return verb_roles(tok, plover)
    if tok.pos_ in ("VERB", "AUX"):
        return noun_roles(tok, None, plover)
    governor = trigger_governor(tok)
    light = governor is None or governor.lemma_.lower() in LIGHT_VERBS or governor.lemma_.lower() not in lexicon.verbs
    return noun_roles(tok, governor, plover, light=light)


def _candidate_event(cand: Candidate, sent, seq: int, ctx: CoderContext) -> Event | None:
    """The event a candidate reports, with roles, place, date and size, or None when the
    plausibility filters reject it."""
    fallback = cand.detected.rule == acled_fallback.RULE
    cand.aux = {**modality(cand.token), **cand.aux}
    if any(n.startswith(REFUSED_CANCEL) for n in cand.notes):
        cand.aux.pop("negation", None)  # the "not" of "will not end the strike" is the refusal itself
    plover = cand.plover
    _apply_plover_modality(cand)
    if fallback and (cand.plover != plover or {"negation", "hypothetical", "future"} & set(cand.aux)):
        return None  # the model reads deeds done, not threats, plans or denials
    physical = cand.plover in PHYSICAL
    actor_heads = [t for t in cand.roles.actors if t.idx >= ctx.dateline_end]
    actors = entities(actor_heads, ctx.actors, physical=False, lex=ctx.lexicon)
    if "actor:modifier" in cand.roles.how:
        # "the Israeli strike", "a Chinese proposal": the state acting, not its civilians.
        state_sector = "MIL" if cand.plover in ("ASSAULT", "MOBILIZE") else "GOV"
        actors = [replace(a, sector=state_sector, method=f"{a.method}+state-adjective")
                  if a.sector in (None, "CVL") and a.code else a for a in actors]
    if not actors and any(t.lemma_.lower() in ctx.lexicon.weapons for t in actor_heads):
        cand.notes.append("unowned-weapon-subject")
    recipients, recipient_note = recipients_for(cand, ctx.actors, physical, ctx.lexicon, ctx.dateline_end)
    if recipient_note:
        cand.notes.append(recipient_note)
    if any(forum_not_target(cand, r) for r in recipients):
        recipients = [r for r in recipients if not forum_not_target(cand, r)]
        cand.notes.append("recipient:forum-dropped")
    if cand.plover == "MOBILIZE":
        actors, recipients = _forces_act(cand, actors, recipients)
        if not recipients:
            recipients = _destination(cand, actors, ctx)
        elif "recipient:place-of-moved-forces" in cand.roles.how:
            cand.notes.append("recipient:destination")  # "sent 2,000 soldiers to Lithuania"
    if cand.plover in RECIPROCAL and not recipients and len(actors) > 1:
        cand.notes.append("reciprocal:compound-actor")
    # Same entity on both sides is a parse artefact ("X and Y met" seen twice).
    actor_keys = {(a.code, a.entity_text) for a in actors}
    recipients = [r for r in recipients if (r.code, r.entity_text) not in actor_keys]
    # one mention found by two routes ("a truce mediated by Qatar": object owner and by-phrase)
    recipients = list({(r.code, r.start, r.end): r for r in recipients}.values())
    _recode_by_parties(cand, actors)
    if fallback and cand.plover != plover:
        return None  # "the government protested": no longer the ACLED type the model read
    mode, hint, weapon = cand.mode, cand.acled_hint, None
    if cand.plover == "ASSAULT" and mode is None:
        mode, weapon_hint, weapon = _weapon_mode(cand, ctx.lexicon)
        if weapon_hint and not hint:
            hint = weapon_hint
        if cand.cameo == "190" and mode in WEAPON_CAMEO:
            cand.cameo = WEAPON_CAMEO[mode]
    elif cand.plover == "ASSAULT" and mode == "heavy-weapons" and not fallback:
        # "pounded him with stones": the hand weapon named beats the verb's usual artillery reading
        hand_mode, weapon_hint, hand_weapon = _weapon_mode(cand, ctx.lexicon)
        if hand_mode == "primitive":
            mode, hint, weapon, cand.cameo = hand_mode, weapon_hint, hand_weapon, "190"
    elif cand.plover == "ASSAULT" and mode == "destroy" and not fallback:
        # "an IED wrecked an army truck", "a cruise missile damaged a substation": the weapon did it
        found = next(((w, *ctx.lexicon.weapons[w]) for a in cand.roles.actors for t in a.subtree
                      if (w := t.lemma_.lower()) in ctx.lexicon.weapons
                      and ctx.lexicon.weapons[w][0] in HEAVY_MODES), None)  # not "gunmen torched homes"
        if found is not None:
            weapon, mode, hint = found
            cand.cameo = WEAPON_CAMEO.get(mode, cand.cameo)
    cand.mode, cand.acled_hint = mode, hint
    size = ctx.size_extractor(cand.token) if ctx.size_extractor and cand.plover in COUNTED_EVENTS \
        else Size()
    loc = ctx.places.event_location(cand.token) if ctx.places is not None else None
    date = (ctx.date_resolver(cand.token, ctx.published) if ctx.date_resolver
            else DateAttr(ctx.published, None, "day"))
    if "recipient:destination" in cand.notes and ctx.places is not None:
        # forces sent into a state are deployed there, not where the sender is named
        loc = ctx.places.location_of(recipients[0].start, recipients[0].end, "destination") or loc
    if cand.plover in PHYSICAL and loc is not None and loc.method.startswith(FALLBACK_METHODS):
        loc = _target_country_location(recipients, loc)
    # a threat is received where the threatened act would happen ("a curfew in Algiers", "will
    # extend the curfew in Bangkok"), not where it was uttered
    locative = (cand.plover in LOCATIVE_RECIPIENTS and not meets_at_venue(cand.token)) or (
        cand.plover == "THREATEN" and loc is not None and loc.method.endswith(THREATENED_PLACE_METHODS))
    place_state = _place_state(loc, sent, ctx.actors) if locative and not recipients and loc is not None else None
    if place_state and loc.start is not None and not loc.method.startswith(FALLBACK_METHODS) \
            and all(a.start != loc.start for a in actors):     # 'talks between Israel and X'
        # "arrived in Amman", "lifted the curfew in Montenegro", "rallied in Belgrade", "a bomb
        # exploded in Kabul": with no named target, the place's state receives it
        recipients = [Entity(code=place_state, sector="GOV" if cand.plover == "CONSULT" else None,
                             entity_text=loc.extracted_place, start=loc.start, end=loc.end,
                             method=f"location-as-recipient:{loc.method}")]
        cand.notes.append("recipient:event-location")
    if not recipients and cand.plover in ("COERCE", "THREATEN", "CONCEDE"):
        recipients = _own_population(cand, actors)
        if recipients:
            cand.notes.append("recipient:own-population")
    if ordinary_justice(cand, recipients):
        return None  # "was arrested for providing false information": not a political event
    has_party = bool(actors or recipients)
    if has_party and size.is_empty() and mode not in HEAVY_MODES and not political(cand, actors, recipients):
        return None  # "She blamed modern lifestyles", "Willis is suing the studio": not political
    explicit_loc = loc is not None and not loc.method.startswith(FALLBACK_METHODS)
    if cand.plover == "ASSAULT" and not _weapon_stopped(cand, ctx.lexicon) and \
            not plausible_violence(cand, actors, recipients, size, mode, weapon, strict=ctx.non_political):
        return None
    if not has_party:
        # (the model's confidence stands in for the party, count or place a rule's event needs)
        if not fallback and (cand.plover not in MATERIAL_CONFLICT or (
                size.is_empty() and not explicit_loc and not _weapon_stopped(cand, ctx.lexicon)
                and not _mine_set_off(cand, ctx.lexicon))):
            return None
        if cand.aux.get("hypothetical") or cand.aux.get("negation"):
            return None
    if explicit_loc and loc.country_code:
        recipients = _people_of_the_place(recipients, loc)
    if cand.plover == "PROTEST":
        actors = _protesters_at_home(actors, recipients, loc if explicit_loc else None)
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
        **_anchor_evidence(cand),
        "roles": list(cand.roles.how),
        "actor_resolution": resolution_lines(actors),
        "recipient_resolution": resolution_lines(recipients),
        "modality": dict(aux),
        "notes": list(cand.notes) + ([f"mode-from-weapon:{weapon}"] if weapon else []),
        "date": date.method,
        "location": loc.method if loc is not None else None,
        "sentences": [{"sequence": seq, "start": sent.start_char, "end": sent.end_char}],
    }
    return Event(
        id="", event=cand.plover, mode=mode, context=_contexts(ont, cand.cameo), cameo=cand.cameo,
        quad_code=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        event_scale=_event_scale(ont, cand.plover, mode),
        actor=tuple(actors), recipient=tuple(recipients), date=date, event_loc=loc,
        size=size, aux=tuple(k for k in ("negation", "hypothetical", "future", "historical") if k in aux),
        acled=None if _not_reported_now(aux, cand.acled_hint) else
        acled_fallback.acled_label(cand.acled_hint, ont) if fallback else
        acled_for_event(ont, cand.plover, cand.mode, cand.cameo, cand.acled_hint, tok, actors, recipients),
        event_text=" ".join(t.text for t in trigger_tokens),
        text=sent.text, sequence=seq, start=sent.start_char, end=sent.end_char,
        confidence=min(_confidence(cand, actors, recipients), acled_fallback.MAX_CONFIDENCE) if fallback
        else _confidence(cand, actors, recipients), coder=ctx.coder_version,
        evidence=evidence)


def _borrowed_country(loc: EventLoc) -> bool:
    """A place name the gazetteer does not know, given the article's main country for want of
    a better one ("Montenegro province", "the Friendship Bridge"): not evidence of whose
    territory the act touched."""
    return loc.method.startswith("unresolved-") and "+within:" not in loc.method


# Measures a government imposes on (or lifts from) its own people.
DOMESTIC_MEASURES = {"curfew", "lockdown", "martial", "emergency"}
MEASURE_PLACE_PREPS = {"in", "on", "across", "throughout", "over", "around"}


OWN_POPULATION_METHOD = "own-population"   # implied by the measure; its span is the measure word


def _own_population(cand: Candidate, actors) -> list[Entity]:
    """The actor state's people as the recipient of a curfew, martial law or state of emergency
    with no named target ("prepared to impose martial law"); else []."""
    tok = cand.token
    words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "dobj")}
    if not words & DOMESTIC_MEASURES:
        return []
    # the measure names the recipient's span: "curfew" in "lifted the curfew"
    measure = next((c for c in tok.children if c.dep_ == "dobj"), tok) if tok.pos_ == "VERB" else tok
    if any(c.dep_ == "prep" and c.lower_ in MEASURE_PLACE_PREPS and not any(is_time(o) for o in c.children)
           for t in {tok, measure} for c in t.children):
        return []  # "a curfew in Xyzzo district": a named place, perhaps abroad, decides ("on Tuesday" does not)
    state = next((a for a in actors if a.code and a.code not in INTERNATIONAL_CODES), None)
    if state is None:
        return []
    return [Entity(code=state.code, sector="CVL", entity_text=measure.text, start=measure.idx,
                   end=measure.idx + len(measure.text), method=OWN_POPULATION_METHOD)]


def _place_state(loc: EventLoc, sent, resolver) -> str | None:
    """The state an act happened in: the place's country; for a place the gazetteer does not
    know (see ``_borrowed_country``), a state the actor KB names in its words ("Montenegro
    province"), else None."""
    if not _borrowed_country(loc):
        return loc.country_code
    if resolver is None or loc.start is None:
        return None
    for tok in sent:  # only for unknown place names, which are rare
        if loc.start <= tok.idx < loc.end and tok.pos_ == "PROPN":
            ent = resolver.entity_for(tok)
            if ent is not None and ent.code and ent.code not in INTERNATIONAL_CODES \
                    and ent.method.startswith(("kb-name", "alias")):
                return ent.code
    return None


def _anchor_evidence(cand: Candidate) -> dict:
    """The governing word ("threatened" for "threatened to strike"), when it is not the trigger."""
    anchor = cand.anchor
    if anchor is None or anchor.i == cand.token.i:
        return {}
    return {"anchor": {"text": anchor.text, "start": anchor.idx, "end": anchor.idx + len(anchor.text)}}


def _target_country_location(recipients: list[Entity], fallback: EventLoc) -> EventLoc:
    """A strike on "Ukrainian cities" reported from a London dateline happened in Ukraine:
    when the only place is a fallback (dateline, main place) in another country than the
    coded target, the target's country is the better (country-level) location."""
    target = next((r for r in recipients if r.code and len(r.code) == 3 and r.code not in INTERNATIONAL_CODES), None)
    if target is None or target.code == fallback.country_code:
        return fallback
    try:
        place = get_gazetteer().country(target.code)
    except KeyError:
        return fallback
    return EventLoc(extracted_place=target.entity_text, resolved_place=place.name, geonameid=place.geonameid,
                    lat=place.lat, lon=place.lon, province=None, country=place.country or place.name,
                    country_code=target.code, resolution=1, start=target.start, end=target.end,
                    method="target-country")


FORCE_SECTORS = {"MIL", "COP", "UAF", "REB", "SPY"}


def _forces_act(cand: Candidate, actors: list, recipients: list) -> tuple[list, list]:
    """"mobilized army reservists", "the deployment of NATO troops": the forces mobilized are the
    acting side's own (or, with no other actor named, the actor), never the event's recipient."""
    own = {a.code for a in actors}
    forces = [r for r in recipients if r.sector in FORCE_SECTORS and (
        not actors or r.code in own or r.code is None or r.method.endswith(STORY_GUESS))]  # "mobilized the army"
    if not forces:
        return actors, recipients
    cand.notes.append("recipient:mobilized-forces-act")
    rest = [r for r in recipients if r not in forces]
    return (actors or forces), rest


# People whose country the resolver only guessed from the story ("six people" in an article
# that names Russia most) belong to the place where the act happened to them.
PEOPLE_SECTORS = {None, "CVL", "AGR", "LAB", "EDU", "MED", "HLH", "REF", "BUS", "REL"}


def _people_of_the_place(recipients: list, loc: EventLoc) -> list:
    """"evacuated the wounded from Gorazde", "a teenage girl was killed in Kyiv": people named
    by no nationality belong to the country where the act happened to them."""
    return [replace(r, code=loc.country_code, sector=r.sector or "CVL",
                    method=f"{r.method.replace('+' + STORY_GUESS, '')}+context:event-location({loc.extracted_place})")
            if (r.code is None or r.method.endswith(STORY_GUESS)) and r.sector in PEOPLE_SECTORS else r
            for r in recipients]


def _protesters_at_home(actors: list, recipients: list, loc: EventLoc | None) -> list:
    """"Islamic fundamentalists staged a hunger strike to demand the resignation of the Algerian
    president": protesters no word places are people of the place they protest in, else of the
    state whose government they protest against."""
    state = next((r for r in recipients if r.code and r.code not in INTERNATIONAL_CODES
                  and r.sector in OFFICIAL_SECTORS), None)
    code, how = (loc.country_code, f"event-location({loc.extracted_place})") if loc is not None and loc.country_code \
        else (state.code, "protested-state") if state is not None else (None, "")
    if code is None:
        return actors
    return [replace(a, code=code, sector=a.sector or "CVL", method=f"{a.method}+context:{how}")
            if a.code is None else a for a in actors]


def _sent_to(trigger) -> list:
    """Where the parse hung the destination of forces sent elsewhere than on the verb: on the
    forces ("sent vehicles and a team of paratroopers to Lebanon") or, for a deployment noun, on
    the verb that reports it ("announced the deployment of 230 troops to Liberia": a place)."""
    sent = [c for c in trigger.children if c.dep_ == "dobj"] + objects_of_prep(trigger, "of")
    sent += [k for o in sent for k in o.conjuncts]
    found = prep_objects_of([t for o in sent for t in o.subtree], ("to", "into"))
    if not found and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        found = [p for p in prep_objects_of([trigger.head], ("to", "into")) if p.ent_type_ in ("GPE", "LOC")]
    return found


def _destination(cand: Candidate, actors: list, ctx) -> list:
    """"deployed troops to Belarus", "mobilized reservists for a war against Iraq": the state the
    forces are sent into (note 'recipient:destination') or against ('recipient:aimed-against')."""
    own = {a.code for a in actors}

    def states(heads) -> list:
        return [e for e in entities(heads, ctx.actors, physical=False, lex=ctx.lexicon) if e.code and e.code not in own]

    into = states(prep_objects_of([cand.token], ("to", "into"))) or states(_sent_to(cand.token))
    if into:
        cand.notes.append("recipient:destination")
        return into
    purposes = prep_objects_of([cand.token], ("for",))
    against = states(prep_objects_of([cand.token, *purposes], ("against",)))
    if against:
        cand.notes.append("recipient:aimed-against")
    return against


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


def code_events(doc, ctx: CoderContext) -> list[Event]:
    """All events in a parsed article, one record per real event (see merge.py)."""
    from .merge import merge_events

    non_political = non_political_score(doc) > NON_POLITICAL_THRESHOLD
    ctx = replace(ctx, non_political=non_political)
    raw: list[Event] = []
    for seq, sent in enumerate(sentences(doc)):
        raw.extend(_sentence_events(sent, seq, ctx))
    raw = attribute_unowned_arrests(attribute_unowned_attacks(raw))
    raw = attribute_claimed_attacks(dates_from_paragraph(raw, doc_text(doc)), doc_text(doc))
    raw = inherit_recipients(raw, doc, ctx.lexicon)  # pledges' beneficiaries, reactions' targets
    events = merge_events(raw, ctx.article_id)
    if non_political:
        events = [e for e in events if e.quad_code not in (3, 4) or state_backed(e)]
    # (after the filter: an implied armed group must not make a sport story's 'attack' political)
    return attribute_unidentified_attackers(events)
