"""Polarity and modality of a trigger: negation, hypothetical, future; control predicates.

``modality(token)`` -> set of PLOVER aux flags with the reason for each.
``controller(token, lexicon)`` -> (governing word, control kind) for "vowed to continue",
"threatened to punish", "ready to provide", "urged X to withdraw", "denied bombing".
"""
from __future__ import annotations

HYPOTHETICAL_MODALS = {"could", "might", "may", "would", "should", "can", "must"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
INDEFINITE_HEADS = {"anyone", "anybody", "whoever", "those", "someone", "somebody", "everyone",
                    "anything", "whatever"}
CAPACITY_NOUNS = {"power", "right", "ability", "authority", "permission", "licence", "license", "mandate",
                  "capacity", "capability", "means", "freedom"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "once", "until"}
NEGATION_WORDS = {"not", "n't", "never", "no"}
CLAUSE_LINKS = ("xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp", "pobj", "prep", "dobj")


def _clause_chain(token, limit: int = 4):
    """The token and the verbs it hangs from, up to the first finite clause boundary."""
    cur = token
    for _ in range(limit):
        yield cur
        if cur.dep_ not in CLAUSE_LINKS or cur.head.i == cur.i:
            break
        cur = cur.head


REPORTING_LEMMAS = {"say", "announce", "tell", "state", "declare", "add", "report", "insist",
                    "promise", "pledge", "vow", "confirm", "indicate", "signal", "warn"}


def _reported(node) -> bool:
    """True when the clause is the content of a reporting verb ("said it would allow")."""
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_LEMMAS


def _awaited(noun) -> bool:
    """A noun named as still to come: "ahead of an offensive", "in preparation for an assault",
    "in anticipation of talks"."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in ("ahead", "anticipation"):
        return True
    return prep.lower_ == "for" and prep.head.lower_ in ("preparation", "preparations", "readiness")


def modality(token) -> dict[str, str]:
    """Aux flags for a trigger: {"negation": reason, "hypothetical": reason, "future": reason}."""
    flags: dict[str, str] = {}
    if token.dep_ == "relcl" and token.head.lower_ in INDEFINITE_HEADS:
        flags["hypothetical"] = f"generic:{token.head.lower_}"  # "anyone who attacks police"
    if token.dep_ == "acl" and token.head.lemma_.lower() in CAPACITY_NOUNS and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        flags["hypothetical"] = f"capacity:{token.head.lemma_.lower()}"  # "the power to detain suspects"
    if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN":
        # "if talks fail": a noun subject shares its clause's condition
        mark = next((c.lower_ for c in token.head.children if c.dep_ == "mark"), None)
        if mark in HYPOTHETICAL_MARKS:
            flags["hypothetical"] = f"mark:{mark}"
    if token.pos_ == "NOUN" and _awaited(token):
        flags["future"] = "awaited:ahead-of"  # "moved troops in ahead of a fresh offensive"
    first = True
    for node in _clause_chain(token):
        for child in node.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and low in ("no", "never") and first):
                if first or node.pos_ in ("VERB", "AUX"):
                    flags.setdefault("negation", f"neg:{low}@{node.lemma_}")
            elif child.dep_ == "aux" and low == "would" and _reported(node):
                flags.setdefault("future", "modal:would-in-report")
            elif child.dep_ == "aux" and low in HYPOTHETICAL_MODALS:
                flags.setdefault("hypothetical", f"modal:{low}")
            elif child.dep_ == "aux" and low in FUTURE_MODALS:
                flags.setdefault("future", f"modal:{low}")
            elif child.dep_ == "mark" and low in HYPOTHETICAL_MARKS:
                flags.setdefault("hypothetical", f"mark:{low}")
        if node.dep_ in ("ccomp", "relcl", "advcl") and not first:
            break
        if node.dep_ in ("ccomp", "relcl", "advcl") and first:
            first = False
            # A reporting verb above does not make the report hypothetical; stop at the clause.
            if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") for c in node.children):
                break  # a clause of its own ("until its demands are met") keeps its own polarity
        first = False
    earlier = earlier_clause(token)
    if earlier:
        flags["historical"] = earlier  # (the reason that also takes the act out of ACLED's count)
    else:
        background = background_reference(token)
        if background:
            flags.setdefault("historical", background)
    # "going to attack", "set to attack", "plans to" are handled as control kinds.
    return flags


# Spans of time that make an event a history the report looks back on ("after months of
# fighting", "ending weeks of clashes").
DURATION_NOUNS = {"day", "week", "month", "year", "decade"}
# Verbs that end a span of conflict ("ending weeks of clashes", "halting years of war").
ENDING_VERBS = {"end", "halt", "stop", "conclude", "close"}
# Relating words that place another event before the reported one.
BEFORE_LINKS = {"after", "following", "since"}
# Agreements, and the verbs that report them, whose "after ..." phrase is background.
AGREEMENT_WORDS = {"agree", "sign", "ceasefire", "cease-fire", "truce", "deal", "agreement", "accord",
                   "treaty", "talk", "negotiation", "swap", "exchange", "peace", "armistice", "pact"}


def background_reference(token) -> str | None:
    """A reason when the trigger names past fighting that another act looks back on or ends
    ("signed a truce after months of fighting", "ending weeks of clashes", "a ceasefire came into
    force after clashes that left ten dead"), else None. PLOVER flags such references historical."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and _looked_back_on(head.head):
        return f"background:{head.head.lemma_.lower()}-of"
    governor = _before_governor(token)
    if governor is not None and _reports_agreement(governor):
        return "background:before-agreement"
    return None


# Time words that put a relative clause's act before the report's own ("which it captured
# earlier this year", "who had seized it a week ago").
EARLIER_WORDS = {"earlier", "previously", "ago", "formerly"}
LAST_PERIODS = {"year", "month", "week", "summer", "winter", "spring", "autumn"}


def earlier_clause(token) -> str | None:
    """A reason when the trigger heads a relative clause told as earlier than the report
    ("the town of Ann, which it captured last year"); PLOVER flags such acts historical."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and _asked_about(token):
        return "earlier-clause:asked-about"  # "calling for news of men detained by the navy"
    if token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and token.head.dep_ in ("dobj", "nsubjpass") \
            and token.head.head.lemma_.lower() in FREEING_VERBS:
        return "earlier-clause:captive-freed"  # "freed an aid worker abducted four years ago"
    if token.dep_ != "relcl":
        return None
    own = [t for t in token.subtree if not any(a.dep_ in ("relcl", "ccomp", "advcl") and a.i != token.i
                                                   for a in _ancestors_below(t, token))]
    for t in own:
        if t.lower_ in EARLIER_WORDS:
            return f"earlier-clause:{t.lower_}"
        if t.lower_ == "last" and t.head.lemma_.lower() in LAST_PERIODS:
            return f"earlier-clause:last-{t.head.lemma_.lower()}"
    return None


# Verbs that free people; a participle on whom they free tells how they were taken, before.
FREEING_VERBS = {"release", "free", "rescue", "liberate", "hand", "return", "swap", "exchange"}
# Verbs of asking whose objects' participles name what was done before ("demanding the release
# of activists detained in March").
ASKING_VERBS = {"call", "demand", "seek", "urge", "chant", "press", "appeal", "ask"}


def _asked_about(participle) -> bool:
    """The reduced relative describes people or things a demand is about."""
    for depth, a in enumerate(participle.ancestors):
        if depth > 5 or a.dep_ in ("relcl", "ccomp"):
            return False
        if a.pos_ == "VERB":
            return a.lemma_.lower() in ASKING_VERBS
    return False


def _ancestors_below(token, top):
    """Ancestors of ``token`` strictly below ``top``."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        if token.i != top.i:
            out.append(token)
    return out


def _looked_back_on(span_noun) -> bool:
    """"months" in "after months of", "weeks" in "ending weeks of": a past span, not a coming one
    ("launched three days of strikes")."""
    if span_noun.lemma_.lower() not in DURATION_NOUNS:
        return False
    head = span_noun.head
    return (span_noun.dep_ == "pobj" and head.lower_ in BEFORE_LINKS) or \
        (span_noun.dep_ == "dobj" and head.lemma_.lower() in ENDING_VERBS)


def _before_governor(token):
    """The word an "after"/"following"/"since" phrase or clause holding the trigger hangs from
    ("agreed" in "agreed ... after fighting killed dozens"), else None."""
    node = token
    for _ in range(4):
        if node.lower_ in BEFORE_LINKS and node.dep_ == "prep":
            return node.head
        if any(c.dep_ == "mark" and c.lower_ in BEFORE_LINKS for c in node.children):
            return node.head if node.head.i != node.i else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _reports_agreement(verb) -> bool:
    """The verb, its subject or its object names an agreement ("agreed", "a truce came into force")."""
    words = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children
                                     if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep")}
    words |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    return bool(words & AGREEMENT_WORDS)


CONDITION_MARKS = {"unless", "if"}


def condition_of(token) -> str | None:
    """'unless'/'if' when the clause the trigger belongs to carries a condition
    ("will withdraw its troops unless NATO guarantees ...") -> the mark word, else None."""
    for node in _clause_chain(token):
        for child in node.children:
            if child.dep_ == "advcl" and child.i > node.i:
                mark = next((m.lower_ for m in child.children if m.dep_ == "mark"), None)
                if mark in CONDITION_MARKS:
                    return mark
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp",):
            break
    return None


# Control words that also take a finite "that"-clause with the same reading
# ("demanded that X leave", "vowed that the war would go on"); others need an infinitive.
CLAUSAL_CONTROL = {"demand", "insist", "urge", "ask", "appeal", "press", "push", "vow", "pledge",
                   "promise", "swear", "threaten", "warn", "agree", "decide", "deny", "refuse"}
INFINITIVE_KINDS = {"promise", "threaten", "refuse", "agree", "decide", "ready", "intend"}


GERUND_REFUSALS = {"oppose", "reject", "resist"}
# Prepositions whose object is the time or cause of another event ("imposed a curfew after the
# unrest"), and the wider set that dates or frames a clause ("set homes ablaze after an ambush",
# "during the vigil"): their object is never the act a control word governs.
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "despite", "until"})
FRAMING_PREPS = BACKGROUND_PREPS | {"during", "amid", "near", "ahead", "prior"}


def _refuses_gerund(verb) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in GERUND_REFUSALS or (lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                 for c in verb.children))


def _comma_set(token) -> bool:
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text == ","


def _semicolon_between(token, head) -> bool:
    """"gang snatches 17 missionaries; ransom demanded": a clause before a semicolon is no
    complement of the verb after it, however the parse hangs them."""
    return head.i > token.i and any(t.text == ";" for t in token.doc[token.i + 1:head.i])


def controller(token, control: dict[str, str]):
    """The control/raising word governing ``token``, with its kind, or (None, None)."""
    head = token.head
    if token.dep_ == "ccomp" and (head.lemma_.lower() not in CLAUSAL_CONTROL or _semicolon_between(token, head)):
        return None, None
    if token.dep_ == "advcl" and control.get(head.lemma_.lower()) in INFINITIVE_KINDS and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return head, control[head.lemma_.lower()]  # "have sworn to fight" parsed as a purpose clause
    if token.dep_ in ("xcomp", "ccomp") and head.i != token.i:
        kind = control.get(head.lemma_.lower())
        if kind:
            return head, kind
        # "stand ready to give", "is prepared to provide": adjective heads
        if head.pos_ == "ADJ" and control.get(head.lemma_.lower()):
            return head, control[head.lemma_.lower()]
    if token.dep_ == "xcomp" and head.dep_ == "acomp":
        kind = control.get(head.lemma_.lower())
        if kind:
            return head, kind
    if token.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.lemma_.lower() in control \
            and head.lower_ not in FRAMING_PREPS:
        # "warned of strikes", "accused of bombing" handled elsewhere; "denied bombing" is dobj
        return head.head, control[head.head.lemma_.lower()]
    if token.dep_ == "dobj" and head.lemma_.lower() in ("deny",):
        return head, "deny"
    if token.tag_ == "VBG" and token.dep_ in ("dobj", "xcomp", "advcl") and _refuses_gerund(head) \
            and not _comma_set(token):
        # "opposes giving officers the power", "ruled out sending troops" (not "rejected the
        # plan, urging talks instead": a participle after a comma adds an act of its own)
        return head, "refuse"
    return None, None
