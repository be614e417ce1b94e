"""Recipients the story supplies when a sentence leaves them out.

``inherit_recipients(events, doc, lex)`` -> events, run over an article's sentence events:
- a pledge, aid or sanction with no named recipient takes the one beneficiary (or target) of
  the article's earlier events of its kind ("Donors pledged $1.6 billion in aid for Sudan ...
  Germany pledged 250 million euros"); the place a pledge was made is no beneficiary;
- a reaction to an earlier event named again ("welcomed the agreement", "condemned the
  bombing") is aimed at that event's actors.
Every inherited recipient says so in its method and in the event's notes.
"""
from __future__ import annotations

from dataclasses import replace

from ..nlp.doc_views import doc_tokens
from ..records import Entity, Event
from .lexicon import Lexicon
from .parties import resolution_lines

# Verbs and nouns of promising resources: a pledge is received by whom the money is for.
PLEDGE_LEMMAS = {"pledge", "promise", "commit", "donate", "contribute", "offer", "earmark", "allocate"}
# Kinds of events whose recipients a story keeps for its later events of the same kind.
SANCTION_KIND = "SANCTION"
GIVING_KIND = "giving"
VENUE_METHOD = "location-as-recipient"
# Events that answer an earlier act: the act's doers receive them.
REACTION_TYPES = {"SUPPORT", "ACCUSE", "REJECT"}
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}


def inherit_recipients(events: list[Event], doc, lex: Lexicon) -> list[Event]:
    """``events`` in order, with recipients inherited as the module docstring says."""
    out: list[Event] = []
    tokens = None
    for ev in events:
        if _kind(ev) is not None and _lacks_recipient(ev):
            ev = _with_beneficiary(ev, out)
        if ev.event in REACTION_TYPES and _lacks_recipient(ev):
            tokens = tokens if tokens is not None else {t.idx: t for t in doc_tokens(doc)}
            ev = _with_reacted_to(ev, out, tokens, lex)
        out.append(ev)
    return out


def _trigger_start(ev: Event) -> int:
    return ev.evidence.get("trigger", {}).get("start", ev.start)


def _stated_recipients(ev: Event) -> list[Entity]:
    """Coded recipients the sentence names as such, not the place it happened in."""
    return [r for r in ev.recipient if r.code and not r.method.startswith(VENUE_METHOD)]


def _lacks_recipient(ev: Event) -> bool:
    """No coded recipient; for a pledge, none but the place it was made ("pledged ... in Berlin")."""
    if ev.event == "AGREE":
        return not _stated_recipients(ev)
    return not any(r.code for r in ev.recipient)


def _kind(ev: Event) -> str | None:
    """The kind of transfer an event is (aid or a pledge of it, a sanction), or None."""
    if ev.event == SANCTION_KIND:
        return SANCTION_KIND
    lemma = ev.evidence.get("trigger", {}).get("lemma", "").lower()
    # a promise of aid is coded AGREE with CAMEO 033x ("pledged $300 million in aid")
    if ev.event == "AID" or (ev.event == "AGREE" and (lemma in PLEDGE_LEMMAS or (ev.cameo or "").startswith("033"))):
        return GIVING_KIND
    return None


def _with_beneficiary(ev: Event, earlier: list[Event]) -> Event:
    """``ev`` with the single recipient code of the earlier events of its kind, when there is
    exactly one and it is not the event's own actor; else ``ev`` unchanged."""
    kind = _kind(ev)
    named = [(p, r) for p in earlier if _kind(p) == kind for r in _stated_recipients(p)]
    if len({r.code for _, r in named}) != 1 or named[0][1].code in {a.code for a in ev.actor}:
        return ev
    source, ent = named[0]
    inherited = replace(ent, method=f"inherited-beneficiary:{source.event}@{_trigger_start(source)}({ent.method})")
    return _with_recipients(ev, (inherited,), "recipient:inherited-beneficiary")


def _with_recipients(ev: Event, recipients: tuple, note: str) -> Event:
    notes = ev.evidence.get("notes", []) + [note]
    return replace(ev, recipient=recipients, evidence={**ev.evidence, "notes": notes,
                                                       "recipient_resolution": resolution_lines(recipients)})


def _reacted_noun(trigger):
    """The earlier act a reaction names again: its definite object ("welcomed the agreement",
    "condemned the bombing"), or None."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in obj.children)
    return obj if definite else None


def _antecedent(noun, earlier: list[Event], tokens: dict, lex: Lexicon) -> Event | None:
    """The earlier event a definite noun names again: one whose trigger or the noun above it
    has the noun's lemma ("the package" -> "a package of sanctions"), else the first event of
    the noun's own type ("the agreement" -> "Thailand and Cambodia agreed")."""
    lemma = noun.lemma_.lower()
    for ev in earlier:
        trig = tokens.get(_trigger_start(ev))
        if trig is not None and trig.i != noun.i and lemma in (trig.lemma_.lower(), _governing_noun(trig)):
            return ev
    types = {t.plover for t in lex.nouns.get(lemma, ()) if t.particle is None}
    return next((ev for ev in earlier if ev.event in types and _trigger_start(ev) != noun.idx), None)


def _governing_noun(trigger) -> str | None:
    """"package" for "sanctions" in "a package of sanctions"."""
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return prep.head.lemma_.lower()
    return None


def _doers(source: Event, earlier: list[Event]) -> tuple:
    """The actors of an act; for one the parse left without ("adopted a package of sanctions
    against Russia, blacklisting ..."), those of its sentence's other event of the same type."""
    if any(a.code for a in source.actor):
        return source.actor
    return next((p.actor for p in earlier if p.sequence == source.sequence and p.event == source.event
                 and any(a.code for a in p.actor)), ())


def _with_reacted_to(ev: Event, earlier: list[Event], tokens: dict, lex: Lexicon) -> Event:
    """``ev`` aimed at the actors of the earlier act it reacts to, other than its own actors."""
    trigger = tokens.get(_trigger_start(ev))
    noun = _reacted_noun(trigger) if trigger is not None else None
    source = _antecedent(noun, earlier, tokens, lex) if noun is not None else None
    if source is None:
        return ev
    seen = {(a.code, a.sector) for a in ev.actor}  # the government condemning rebels of its own country
    doers = []
    for a in _doers(source, earlier):
        if a.code and (a.code, a.sector) not in seen:
            seen.add((a.code, a.sector))
            doers.append(replace(a, method=f"reacted-to:{source.event}@{_trigger_start(source)}({a.method})"))
    doers = tuple(doers)
    return _with_recipients(ev, doers, "recipient:actors-of-reacted-event") if doers else ev
