"""Sentence-level event candidates: triggers recoded by control words, with their role heads.

``detect_candidates(sent, lexicon, resolver)`` -> list of ``Candidate`` (mutable while the
coder refines it): control chains ("vowed to send aid" -> AGREE), obligation clauses
("said X must leave" -> REQUEST), alleged acts under accusations, motives folded into the
acts they explain, and triggers that describe one act merged ("shelled ..., killing").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp.doc_views import span_tokens
from . import control as control_rules
from .lexicon import Lexicon, Trigger
from .modality import BACKGROUND_PREPS, controller
from .roles import Roles, adjective_roles, is_amount, noun_roles, question_asked, verb_roles
from .triggers import LIGHT_VERBS, REMARK_VERBS, Detected, find_triggers


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
    anchor: object = None   # the word that carries the event in the clause ("threatened" in "threatened to strike")

    @property
    def token(self):
        return self.detected.token


REPORTING = {"say", "declare", "insist", "reiterate", "conclude", "stress", "tell", "announce",
             "state", "add", "argue", "write", "remind", "warn", "demand", "urge", "maintain"}


OBLIGATION_MODALS = {"must", "should"}


MODALS = {"will", "would", "could", "may", "might", "shall", "can", "must", "should"}


def _already_done(verb) -> bool:
    """A finite clause in the past or perfect with no modal ("have set up", "seized"): a deed done."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.pos_ != "VERB" or any(a.lower_ in MODALS for a in auxes) or verb.dep_ == "xcomp":
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes))

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


# Verbs whose noun object is an act they promise, threaten, refuse, request or deny
# ("threatened sanctions", "refused talks", "called for a ceasefire", "offered aid"); commands
# such as "ordered an investigation" are the act itself and are not here.
NOMINAL_CONTROL = {"vow", "pledge", "promise", "offer", "threaten", "warn", "refuse", "decline",
                   "reject", "urge", "call", "demand", "ask", "appeal", "press", "push", "seek",
                   "deny", "consider", "plan", "want", "hope", "expect"}
VERBAL_ACTS = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE"}


def _nominal_control(d: Detected, lex: Lexicon) -> list[tuple[object, str]]:
    """[(verb, kind)] when a noun trigger is the object of a control verb, else []."""
    gov = d.governor
    if gov is None or d.entry.pos != "NOUN":
        return []
    lemma = gov.lemma_.lower()
    if d.entry.plover in VERBAL_ACTS:
        kind = None  # "rejected a US request": the verb's own event, with the requester as recipient
    elif lemma in NOMINAL_CONTROL and not _cancels(gov):
        # "sought talks", "sought aid": asking for them, not only intending
        kind = "request" if lemma == "seek" else lex.control.get(lemma)
    else:
        kind = None
    if kind is None:
        return []
    tok = d.token
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.i == gov.i:
        return [(gov, kind)]
    if tok.dep_ == "pobj" and tok.head.head.i == gov.i and tok.head.lower_ in ("for", "of", "against"):
        return [(gov, kind)]
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and _sum_in(tok.head, gov):
        return [(gov, kind)]  # "pledged 250 million euros in aid": the sum is the aid promised
    return []


def _sum_in(prep, gov) -> bool:
    """"pledged 30 million dollars in aid": an "in" phrase on the pledged sum or, as the parser
    often hangs it, on the verb whose object is a sum."""
    owner = prep.head
    if owner.dep_ == "dobj" and owner.head.i == gov.i:
        return is_amount(owner)
    return owner.i == gov.i and any(c.dep_ == "dobj" and is_amount(c) for c in gov.children)


STATIVE_VERBS = {"be", "know", "have", "remain", "understand", "realise", "realize", "feel", "think",
                 "believe", "expect", "see", "seem", "look", "consider", "recognise", "recognize"}


def _demand_on_someone(clause) -> bool:
    """"said Iraq must cooperate" is a demand; "it should have been more convincing" and
    "sponsored results must be marked" are opinions: the obligated subject must be a named
    party (not a pronoun or a thing) and the clause an action, not a judgement."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or clause.lemma_ in STATIVE_VERBS:
        return False  # "recipients should know that ...", "it should be": no act is demanded
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children):
        return False  # "should have done": a judgement on the past
    return subj.pos_ == "PROPN" or subj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or \
        any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in subj.children)


def _obligation_clauses(sent) -> list[tuple[object, object]]:
    """(reporting verb, clause) pairs where the clause says someone must/should act."""
    out = []
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in REPORTING:
            continue
        for clause in tok.children:
            if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS
                                              for c in clause.children) and _demand_on_someone(clause):
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
              "prohibit", "avert", "abandon", "delay", "forbid", "call", "end", "foil", "thwart",
              "renege"}


def _cancels(verb) -> bool:
    """"called off the strike" cancels it; "called for sanctions" asks for them."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in CANCELLING


REFUSED_CANCEL = "refused-to-cancel:"
PROMISING = frozenset({"promise", "decide", "ready"})


def _background(token) -> bool:
    """"imposed a curfew after the unrest": an event named as the time or cause of another is not
    governed (promised, threatened, cancelled) by that other event's verb; nor is one named as
    what somebody responds or refers to ("responding to the massacre of 23 villagers")."""
    if token.dep_ != "pobj":
        return False
    return token.head.lower_ in BACKGROUND_PREPS or (
        token.head.lower_ in ("on", "to", "about") and token.head.head.lemma_.lower() in REMARK_VERBS)


def _object_of(token, verb) -> bool:
    """Is ``token`` (or the noun it is conjoined to) what ``verb`` acts on?"""
    while token.dep_ == "conj":
        token = token.head
    if token.head.i == verb.i:
        return token.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
    return token.dep_ == "pobj" and token.head.head.i == verb.i and token.head.lower_ in ("of", "on", "to")


ACCUSING = {"accuse", "blame", "charge", "suspect", "condemn", "denounce"}


def _accused_of(token):
    """The accused in "accused X of <act>", when ``token`` is that act; in "two men they accused
    of kidnapping" and "a man suspected of abducting children", the noun the clause describes."""
    head = token.head
    if token.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in ("of", "for") \
            and head.head.lemma_.lower() in ACCUSING:
        verb = head.head
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if accused is None and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            accused = verb.head
        return accused
    return None


# "rejected accusations that the army had attacked ...": the denier says the act did not happen.
ALLEGATION_NOUNS = {"accusation", "allegation", "claim", "charge", "report", "suggestion", "rumour", "rumor"}
DENYING = {"reject", "deny", "dismiss", "refute", "rebut"}


def _denied_allegation(token):
    """The verb denying the allegation a trigger sits in ("rejected accusations his government
    had taken a turn with a crackdown" -> rejected), or None."""
    cur = token
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in ALLEGATION_NOUNS and cur.dep_ == "dobj":
            return cur.head if cur.head.lemma_.lower() in DENYING else None
    return None


def _nominal_gerund(token) -> bool:
    """"Beating of farmers by soldiers": a gerund with an of-object and no subject or object of
    its own is read as the noun it is."""
    children = {c.dep_ for c in token.children}
    return not children & {"nsubj", "nsubjpass", "dobj"} and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def detect_candidates(sent, lex: Lexicon, resolver=None) -> list[Candidate]:
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
        anchor = d.governor if d.governor is not None and not _background(d.token) else d.token
        if d.entry.pos == "ADJ":
            roles = adjective_roles(d.token)
        elif d.entry.pos == "VERB" and d.token.tag_ == "VBG" and (
                d.token.dep_ in ("nsubj", "csubj", "nsubjpass") or _nominal_gerund(d.token)):
            # "Fighting broke out between X and Y": a gerund subject behaves like a noun
            roles = noun_roles(d.token, None, plover)
        elif d.entry.pos == "VERB":
            roles = verb_roles(d.token, plover)
        else:
            governor = None if _background(d.token) else d.governor
            light = governor is None or governor.lemma_.lower() in LIGHT_VERBS or governor.i not in by_index
            roles = noun_roles(d.token, governor, plover, light=light)
        denier = _denied_allegation(d.token)
        if denier is not None:
            aux["negation"] = f"denied-allegation:{denier.lemma_.lower()}"
        accused = _accused_of(anchor)
        if accused is not None:
            # "accused X of dropping chemical munitions": X is the alleged actor
            roles = Roles((accused,), roles.recipients, roles.how + ("actor:accused-of",))
            notes.append("alleged-in-accusation")
        chain = _nominal_control(d, lex) + _controllers(anchor, lex)
        if chain and chain[0][1] not in ("request", "deny", "fail") and \
                not _same_side(chain[0][0], _embedded_subject(anchor), resolver):
            # "officials warned that Israel could strike": a report about a third party.
            notes.append(f"reported-third-party-under:{chain[0][0].lemma_.lower()}")
            if chain[0][0].i in by_index and chain[0][1] == "threaten":
                absorbed.add(chain[0][0].i)
            chain = []
        if chain and chain[0][1] == "threaten" and chain[0][0].i != anchor.i and _already_done(anchor):
            # "the dissidents have set up a base, officials warned": a warning that reports a
            # deed already done is a report of the deed, not a threat
            notes.append(f"reported-under:{chain[0][0].lemma_.lower()}")
            if chain[0][0].i in by_index:
                absorbed.add(chain[0][0].i)
            chain = []
        # "considering sending aid", "hopes X will lift sanctions": a statement (CAMEO 014);
        # "asked whether Russia would withdraw", "asked about the strike": a question
        if any(kind == "consider" or question_asked(ctrl) for ctrl, kind in chain) or (
                d.entry.pos == "NOUN" and d.governor is not None and question_asked(d.governor)):
            continue
        for ctrl, kind in chain:
            group_change = entry.acled == control_rules.GROUP_CHANGE
            plover, cameo, mode, extra = control_rules.recode(plover, cameo, mode, kind, group_change)
            for key, value in extra.items():
                aux.setdefault(key, value)
            notes.append(f"control:{ctrl.lemma_.lower()}({kind})")
            if ctrl.i in by_index:
                absorbed.add(ctrl.i)
        if chain:
            outer, kind = chain[-1]
            ctrl_roles = verb_roles(outer, plover)
            if kind == "request" and outer.i == anchor.i:
                # "called for sanctions against Nigeria": whom the demanded act targets
                roles = Roles(ctrl_roles.actors or roles.actors, roles.recipients or ctrl_roles.recipients,
                              roles.how + ("control:request-roles",))
            elif kind == "request":
                roles = Roles(ctrl_roles.actors or roles.actors,
                              ctrl_roles.recipients or roles.recipients,
                              roles.how + ("control:request-roles",))
            elif kind in ("promise", "agree", "decide", "ready", "threaten", "refuse") and ctrl_roles.actors:
                roles = Roles(ctrl_roles.actors, roles.recipients, roles.how + ("control:subject",))
        # "agreed to postpone the rally" is agreement, "urged Israel to halt the attacks" a demand,
        # "refused to end its offensive" a refusal: the cancelling verb negates the act asked for,
        # not the asking; "ready to halt attacks" promises to stop a conflict act, no threat
        agreed = any(kind in ("agree", "request", "refuse") for _, kind in chain)
        cancelled = d.governor is not None and _cancels(d.governor) and _object_of(d.token, d.governor)
        refused = cancelled and any(c.dep_ == "neg" for c in d.governor.children)
        if cancelled and not refused and plover == "THREATEN" and any(kind in PROMISING for _, kind in chain):
            plover, cameo, mode = "AGREE", "030", None
            notes.append(f"promised-to-cancel:{d.governor.lemma_.lower()}")
            agreed = True
        if cancelled and not agreed:
            if refused:
                # "will not end the strike": refusing to call it off (the negation is the refusal's)
                plover, cameo, mode = "REJECT", "120", None
                notes.append(f"{REFUSED_CANCEL}{d.governor.lemma_.lower()}")
            else:
                aux.setdefault("negation", f"cancelled-by:{d.governor.lemma_.lower()}")
        cands.append(Candidate(d, plover, mode, cameo, entry.acled, roles, aux, notes,
                               anchor=chain[-1][0] if chain else anchor))
    # A promise/threat verb with no embedded trigger but a conflict complement is a threat.
    out = []
    for c in cands:
        if c.token.i in absorbed and c.detected.rule != "obligation-clause":
            continue
        kind = lex.control.get(c.token.lemma_.lower())
        if c.detected.entry.pos == "VERB" and kind in ("promise", "threaten") and c.plover in ("AGREE", "THREATEN"):
            comp = [ch for ch in c.token.children if ch.dep_ in ("xcomp", "ccomp")]
            # "vowed to end the war" promises peace: a conflict word a cancelling verb governs
            words = {t.lower_ for ch in comp for t in ch.subtree
                     if not (t.dep_ == "dobj" and _cancels(t.head))}
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
        if tok.dep_ in ("advcl", "xcomp", "acl") and tok.tag_ in ("VB", "VBG"):
            head = tok.head
            host = next((h for h in hosts if h is not cand and (h.token.i == head.i or
                         (h.detected.governor is not None and h.detected.governor.i == head.i))), None)
            # "began a hunger strike to protest against X": the same protest, told twice
            if host is not None and (cand.plover in MOTIVE_TYPES or cand.plover == host.plover == "PROTEST"):
                host.notes.append(f"motive:{tok.lemma_}")
                host.extra_recipients.extend(cand.roles.recipients)  # whom the motive is aimed at
                continue
        out.append(cand)
    return out


def _own_subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Modes of acts that stay events of their own beside a linked act of another mode.
SEPARATE_MODES = {"sexual", "abduct"}
# Prepositions that order one act after or before another, rather than detail it.
SEQUENCE_PREPS = {"after", "before", "following", "since", "until", "amid", "despite"}


def _linked(a, b) -> bool:
    """Two triggers in one sentence describe one act if one governs the other closely
    (and they do not each have a subject of their own: "defences shot down X, but a missile hit Y")."""
    sa, sb = _own_subject(a), _own_subject(b)
    if sa is not None and sb is not None and sa.i != sb.i:
        return False
    for x, y in ((a, b), (b, a)):
        if y.dep_ == "pobj" and y.head.lower_ in SEQUENCE_PREPS:
            continue  # "set fire to the offices following the killing of a man": two acts
        if y.head.i == x.i or (y.head.head.i == x.i and y.head.dep_ in ("prep", "dobj", "xcomp", "advcl")):
            return True
        if x.dep_ in ("nsubj", "nsubjpass") and x.head.i == y.i:
            return True
    return False


def _merge_linked(cands: list[Candidate]) -> list[Candidate]:
    """Fold 'killing'/'wounding'/'attack ... killed' into the act they describe."""
    kept: list[Candidate] = []
    for cand in cands:
        # (through a folded trigger too: 'a bombing killed one soldier and wounded two others')
        # (coercions of different modes are different acts: "blocked the march and took 45
        # demonstrators into custody")
        host = next((k for k in kept if k.plover == cand.plover
                     and not (cand.plover == "COERCE" and k.mode != cand.mode)
                     # rape during a raid, a killing after an abduction: acts of their own
                     and not ({k.mode, cand.mode} & SEPARATE_MODES and k.mode != cand.mode)
                     and any(_linked(t, cand.token) for t in (k.token, *k.extra_tokens))), None)
        if host is None:
            kept.append(cand)
            continue
        host.extra_tokens.append(cand.token)
        host.extra_recipients.extend(cand.roles.recipients)
        if not host.roles.actors and cand.roles.actors:
            host.roles = Roles(cand.roles.actors, host.roles.recipients, host.roles.how + cand.roles.how)
        host.notes.append(f"merged-trigger:{cand.token.lemma_}")
    return kept
