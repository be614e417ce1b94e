"""Actor and recipient heads from the dependency parse.

``arguments(detected)`` -> ``Roles`` (actor head tokens, recipient head tokens, how found).
Handles active/passive voice, by-agents, prepositional targets, compound (conjoined)
arguments, subjects inherited through xcomp/conj/participle clauses, and nominal
triggers (possessors, demonym modifiers, light-verb subjects, of/on/against objects, the claimer
of "responsibility for" an act, the mediator of talks "between" two sides). A pronoun actor
whose agreeing antecedent is the subject of its own or a governing clause ("the army said it
had shelled") is replaced by that named subject.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..actors.places import is_city
from ..attributes.gazetteer import get_gazetteer
from ..nlp.sentences import sentence_of
from ..quotes.speakers import is_agent

SUBJECT_DEPS = ("nsubj", "csubj")
# Prepositions that introduce a recipient, by event family.
RECIPIENT_PREPS = {"against", "on", "at", "upon", "into", "toward", "towards"}
CONSULT_PREPS = {"with", "to", "between"}
AID_PREPS = {"to", "for"}
# Events that pass something to someone: the preposition naming who receives it.
GIVING_PREPS = {"AID": AID_PREPS, "COOPERATE": {"to", "with"}}
NOUN_RECIPIENT_PREPS = {"on", "against", "of", "at", "into", "with", "to", "between", "in"}
# Prepositions that usually place an act rather than name its party.
LOCATIVE_PREPS = {"in", "at"}
# Documents through which an actor speaks ("a statement demanding", "a resolution urging").
STATEMENT_NOUNS = {"statement", "declaration", "letter", "communique", "communiqué", "resolution",
                   "report", "message", "note", "appeal", "petition", "decree", "order", "motion"}
# Clausal links through which a verb inherits the subject of its head.
INHERIT_DEPS = ("xcomp", "conj", "advcl", "acomp", "pcomp")
# Prepositions after the act a verb announces ("threatened to cut off power to X",
# "vowed to break relations with Y"): whom that act is aimed at.
COMPLEMENT_PREPS = RECIPIENT_PREPS | {"to", "with"}
# Conjunctions that make a clause the condition of a threat.
CONDITION_MARKS = {"if", "unless"}
# Prepositions naming what a complaint or accusation is about ("complained to X over Y's raids"):
# its owner is the target, the to-object only the forum.
GRIEVANCE_PREPS = {"over", "about"}
# Words that make a prepositional object a time, not a party ("called on Friday").
TIME_NOUNS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept",
              "oct", "nov", "dec", "day", "week", "weekend", "month", "year", "morning",
              "afternoon", "evening", "night", "today", "tonight", "yesterday", "tomorrow", "time",
              "occasion", "eve", "anniversary", "date", "hour", "moment"}


# Verbs whose object "responsibility for X" makes their subject X's actor ("claimed responsibility
# for the attack"); "denied responsibility" is left out: the denier is only alleged.
RESPONSIBILITY_VERBS = {"claim", "take", "accept", "admit", "assume", "bear"}
CLAIM_ROLE = "actor:claimed-responsibility"
MEDIATION_WORDS = {"mediation", "mediator", "mediating", "brokering"}
SINGULAR_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "their"}
PERSON_PRONOUNS = {"he", "his", "she", "her"}
# Office nouns that head a person's title ("the Turkish president", "the foreign minister").
OFFICE_NOUNS = {"president", "minister", "leader", "spokesman", "spokeswoman", "official", "chief",
                "secretary", "premier", "king", "queen", "chancellor", "governor"}


@dataclass(frozen=True, slots=True)
class Roles:
    actors: tuple
    recipients: tuple
    how: tuple[str, ...]


def with_conjuncts(token) -> list:
    """The token and every token conjoined to it ("France and Germany")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(with_conjuncts(child))
    return out


def _children(token, deps) -> list:
    return [c for c in token.children if c.dep_ in deps]


def _subject(verb, depth: int = 0):
    """Subject of a verb, inherited up xcomp/conj/participle chains; (token, how) or (None, '')."""
    subj = _children(verb, SUBJECT_DEPS)
    if subj and subj[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head, "relcl-head"
    if subj:
        # two subjects are a parse slip ("Gun battle rages ...: rebels traded fire"): the nearer one
        before = [s for s in subj if s.i < verb.i]
        return (before[-1] if before else subj[0]), "nsubj"
    slipped = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    if slipped and verb.pos_ == "VERB":
        return slipped[-1], "nsubj"  # "CODECO militia overruns Djugu": the parser made the subject a compound
    passive = _children(verb, ("nsubjpass",))
    if passive and depth > 0:
        return None, ""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, "relcl-head"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
        if head.lemma_.lower() in STATEMENT_NOUNS and head.head.i != head.i:
            # "issued a declaration demanding ...": whoever issued the declaration demands
            tok, how = _subject(head.head, depth + 1)
            if tok is not None:
                return tok, "statement-issuer"
        return head, "acl-head"
    if depth < 3 and verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "continues its efforts by donating ..."
            reason = head.lower_ == "for"
            head = head.head
            obj = _children(head, ("dobj",)) if reason else []
            if obj:
                # "arrested 40 protesters for blocking the road": the object did the gerund
                return obj[0], "object-of-reason"
        reported = _reported_clause_before(verb, head)
        if reported is not None:
            # "A mob attacked homes, officials said, torching five churches": the participle
            # goes on with the reported act, not with the reporters
            tok, how = _subject(reported, depth + 1)
            if tok is not None:
                return tok, "inherited:reported-clause"
        if verb.dep_ == "xcomp" and head.lemma_.lower() in PERCEPTION_VERBS and _children(head, ("nsubjpass",)):
            # "tanks were seen moving towards the border": who was seen does it
            return _children(head, ("nsubjpass",))[0], "perceived-subject"
        # An object-control verb ("urged Russia to withdraw") hands its object down.
        if verb.dep_ == "xcomp":
            obj = _children(head, ("dobj",))
            if obj:
                return obj[0], "xcomp-object-control"
        tok, how = _subject(head, depth + 1)
        if tok is not None:
            return tok, f"inherited:{verb.dep_}" if how == "nsubj" else how
    return None, ""


# Verbs of seeing whose passive subject does what the seeing caught ("were seen moving").
PERCEPTION_VERBS = {"see", "spot", "observe", "film", "photograph", "sight", "notice", "hear"}


# Verbs of saying an attribution is made with ("..., officials said").
ATTRIBUTION_LEMMAS = {"say", "tell", "report", "add", "state", "confirm", "announce"}


def _reported_clause_before(verb, head):
    """The reported clause before an attribution ("X did Y, officials said") when ``verb`` is a
    participle the parse hung on the attribution's verb after it; None otherwise."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in ATTRIBUTION_LEMMAS \
            or verb.i < head.i:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


def _agrees(pronoun, noun) -> bool:
    """A noun a personal pronoun can stand for: "it" a singular body, "they" a body or plural
    noun, "he"/"she" a named person or an office-holder."""
    return _agrees_word(pronoun.lower_, noun)


def _agrees_word(word: str, noun) -> bool:
    """``_agrees`` for the pronoun written as ``word`` (subject or possessive form)."""
    # "the reporter Omar Diallo": a common noun naming a person through the name after it
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in OFFICE_NOUNS or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)
    plural = noun.tag_ in ("NNS", "NNPS")
    if word in SINGULAR_PRONOUNS:
        return not plural and not person
    if word in PLURAL_PRONOUNS:
        return plural or not person and noun.ent_type_ != "GPE"
    return word in PERSON_PRONOUNS and person and not plural


def named_antecedent(pronoun, verb):
    """The named subject a pronoun refers back to within its own sentence: the subject of the
    clause it sits in or of a clause above ("the army said it had shelled", "Syrian forces
    continued their attacks"). None when no agreeing noun subject is found."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | PERSON_PRONOUNS:
        return None
    for _ in range(4):
        # only a subject named before the pronoun: in "They burned granaries, residents said"
        # the reporters come after it and are not who "they" are
        named = [s for s in _children(verb, SUBJECT_DEPS) if s.pos_ in ("NOUN", "PROPN") and s.i < pronoun.i]
        if named:
            return named[0] if _agrees(pronoun, named[0]) else None
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# Clause links through which a later verb shares the earlier verb's participants ("called X to
# congratulate him", "arrested X and charged him").
OBJECT_SHARING_DEPS = ("advcl", "xcomp", "conj")


def object_antecedent(pronoun, verb):
    """The named object of a governing verb that an object pronoun refers back to ("phoned
    President X to congratulate her" -> X, "detained the reporter and charged him" -> reporter),
    when it agrees with the pronoun; None otherwise (the subject is never the antecedent of a
    plain object pronoun)."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in {"him", "her", "it", "them"}:
        return None
    word = {"him": "he", "her": "she", "them": "they"}.get(pronoun.lower_, pronoun.lower_)
    for _ in range(2):
        if verb.dep_ not in OBJECT_SHARING_DEPS or verb.head.i == verb.i or verb.head.pos_ != "VERB":
            return None
        verb = verb.head
        named = [o for o in _children(verb, ("dobj",)) if o.pos_ in ("NOUN", "PROPN") and o.i < pronoun.i]
        if named:
            # "them" only for a plural: "using gas to kill them" does not mean the gas
            plural_ok = word != "they" or named[0].tag_ in ("NNS", "NNPS")
            return named[0] if plural_ok and _agrees_word(word, named[0]) else None
    return None


def _responsibility_claimer(noun):
    """Who claimed an act or is said to be answerable for it: the subject of "claimed
    responsibility for the attack" or of "has been responsible for the killings" (or for a
    list of acts: "for the Farah and the Ghazni attacks")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.head.lower_ == "responsible" and prep.head.dep_ == "acomp":
        subj, _ = _subject(prep.head.head)
        return subj
    if prep.head.lemma_.lower() != "responsibility":
        return None
    verb = prep.head.head
    if prep.head.dep_ != "dobj" or verb.lemma_.lower() not in RESPONSIBILITY_VERBS:
        return None
    subj, _ = _subject(verb)
    return subj


def _mediation(noun) -> bool:
    """"a mediation effort between X and Y": the sides are mediated, the mediator acts."""
    return any(t.lemma_.lower() in MEDIATION_WORDS for t in [noun, *noun.children])


def _agent(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def gazetteer_place_name(token) -> bool:
    """A name the gazetteer knows as a town of some size or a province, whatever the small tagger
    made of it ("Goma" left untagged, "Ituri" taken for an organisation), unless it took it for a
    person or a people (small towns share names with surnames: "Smith"); a country is not one."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "NORP") and (
        is_city(token.text) or any(p.kind in ("admin1", "region") for p in get_gazetteer().candidates(token.text)))


def compound_name(token) -> list:
    """The tokens of the name ``token`` heads with its compound words before it ("Spin Boldak",
    "Islamic State")."""
    return [t for t in token.subtree if t.i <= token.i and (t.i == token.i or t.dep_ == "compound")]


def is_time(token) -> bool:
    """A date or time word ("on Friday", "at the weekend"), which is never a party; a month
    name ending a person's name is not one ("Theresa May's offer")."""
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in TIME_LABELS
                                     for c in token.lefts) and not any(c.dep_ == "nummod" for c in token.children):
        return False  # ("in Amman April 27" is a date all the same)
    return token.ent_type_ in TIME_LABELS or token.lemma_.lower() in TIME_NOUNS


TIME_LABELS = ("DATE", "TIME")


def time_phrase(token) -> bool:
    """A prepositional phrase of time ("on Tuesday", "X, the last enclave on Thursday"): when,
    never whom, and never a verb's particle ("fired ... on Tuesday" is not "fired on")."""
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and is_time(c) for c in token.children)


AMOUNT_WORDS = {"million", "billion", "euro", "dollar", "pound", "yen", "franc", "rupee", "yuan", "crown",
                "krona", "shekel", "dirham", "riyal", "package", "tranche", "worth", "sum", "amount"}


def is_amount(noun) -> bool:
    """"250 million euros", "$5 million", "a further tranche": a sum of money, never a party."""
    return noun.lemma_.lower() in AMOUNT_WORDS or noun.like_num or any(
        c.lower_ in ("$", "€", "£") or c.tag_ == "$" for c in noun.children)


def _prep_objects(token, preps) -> list:
    """Objects of the token's prepositions in ``preps``, leaving out times ("on Monday"); a
    complex preposition "in relation to", "with regard to" counts as "on"."""
    out = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
            out.extend(c for c in pobjs_of(prep) if not is_time(c))
        elif prep.dep_ == "prep" and "on" in preps:
            out.extend(_complex_prep_objects(prep))
    return out


# Complex prepositions meaning "on, concerning": (first word, noun) of "in relation to X".
COMPLEX_PREPS = {("in", "relation"), ("with", "regard"), ("with", "respect"), ("in", "respect")}


def _complex_prep_objects(prep) -> list:
    """X in "in relation to X", "with regard to X", "in respect of X"; [] for any other phrase."""
    return [o for noun in prep.children if noun.dep_ == "pobj" and (prep.lower_, noun.lower_) in COMPLEX_PREPS
            for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in ("to", "of")
            for o in pobjs_of(inner)]


QUESTION_WORDS = {"whether", "if", "what", "why", "how", "when", "who", "where", "which"}


def question_asked(verb) -> bool:
    """"Asked about the strike", "asked whether talks would resume": "ask" putting a question,
    no request (which asks for something or asks someone to act)."""
    if verb.lemma_.lower() != "ask":
        return False
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "about" for c in children) or any(
        c.dep_ == "ccomp" and any(g.lower_ in QUESTION_WORDS and g.i < c.i for g in c.subtree)
        for c in children)


def objects_of_prep(token, prep: str) -> list:
    """Objects of the preposition ``prep`` hanging from ``token`` ("the town" in "the capture of the town")."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]


SKY_WORDS = {"air", "sky"}
FIRING_INTO_AIR_LEMMAS = {"fire", "shoot", "discharge"}


def noun_tagged_clause_head(token) -> bool:
    """A clause head the tagger called a noun ("hundreds of teachers march peacefully", "troops
    retook the town"): it heads a clause and has a subject, and no determiner makes it a noun."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("ROOT", "ccomp", "conj") and \
        any(c.dep_ == "nsubj" for c in token.children) and not any(c.dep_ == "det" for c in token.children)


def moved_in(verb) -> bool:
    """"moved in", "moved into the camp": a move into somewhere, not a move of something."""
    return not any(c.dep_ == "dobj" for c in verb.children) and \
        any(c.lower_ in ("in", "into") and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)


def fired_into_the_air(verb) -> bool:
    """"warning shots fired into the air", "shot in the air", "discharged volleys of gunfire
    into the air": fire aimed at nobody."""
    return verb.lemma_.lower() in FIRING_INTO_AIR_LEMMAS and any(g.lower_ in SKY_WORDS for prep in ("into", "in")
                                                 for g in objects_of_prep(verb, prep))


def pobjs_of(prep) -> list:
    """The objects of a preposition (shared with a preposition conjoined to it: "to and from X");
    for one the parse left without an object, the noun it governs (see ``_stranded_object``)."""
    children = list(prep.children)
    if children:
        objects = [c for c in children if c.dep_ == "pobj"]
        # "travel curbs to and from Peru": the object is written once, after the second preposition
        return objects or [o for c in children if c.dep_ == "conj" and c.pos_ == "ADP"
                           for o in c.children if o.dep_ == "pobj"]
    stranded = _stranded_object(prep)
    return [stranded] if stranded is not None else []


def _stranded_object(prep):
    """The object of a preposition the parse stranded: the noun phrase right after it, made the
    subject of a reduced relative ("granted asylum to five officers holed up in ..."), or, in
    a shared object ("established ties with and opened an embassy in Tehran"), the object of
    the next preposition after the conjunction. None otherwise."""
    doc, nxt, sent_end = prep.doc, prep.i + 1, sentence_of(prep).end
    if nxt >= sent_end:
        return None
    first = doc[nxt]
    if first.pos_ == "CCONJ":
        for tok in doc[nxt + 1:min(sent_end, nxt + 8)]:
            if tok.dep_ == "prep":
                objs = [c for c in tok.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    noun = first
    while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i and noun.head.left_edge.i == nxt:
        noun = noun.head
    if noun.pos_ in ("NOUN", "PROPN") and noun.left_edge.i == nxt and noun.dep_ in ("nsubj", "nsubjpass"):
        return noun
    return None


# Words for coming together: where such an event happens is its venue, never its counterpart
# ("will meet in Paris", "a summit in Doha"); visits and arrivals are received by their host.
MEETING_WORDS = {"meet", "meeting", "gather", "gathering", "convene", "summit", "talk", "talks",
                 "conference", "negotiate", "negotiation", "discuss", "discussion", "confer", "huddle"}


def meets_at_venue(trigger) -> bool:
    """Is the trigger a meeting, whose place names the venue rather than a party?"""
    return trigger.lemma_.lower() in MEETING_WORDS or trigger.lower_ in MEETING_WORDS


# Verbs that take two objects ("gave Ukraine tanks", "offered Kyiv air defence systems").
DITRANSITIVE_VERBS = {"give", "offer", "grant", "promise", "pledge", "provide", "send", "hand", "lend",
                      "loan", "sell", "supply", "deliver", "award", "extend", "owe", "deny", "guarantee"}
# Words the parse may put between a ditransitive verb and its first object ("gave back").
BEFORE_DATIVE_DEPS = {"prt", "advmod", "neg"}


def misparsed_dative(obj):
    """The indirect object the parse folded into the thing given, or None. In "give Ukraine
    security guarantees" the name is read as a compound of "guarantees": a bare proper name that
    opens the direct object of a ditransitive verb, right after the verb, with no to-phrase naming
    another receiver ("sent US weapons to Kyiv"), is whom the thing is given to."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in DITRANSITIVE_VERBS or obj.left_edge.i <= verb.i:
        return None
    name = _leading_name(obj)
    if name is None or _prep_objects(verb, {"to"}):
        return None
    between = obj.doc[verb.i + 1:name.left_edge.i]
    return name if all(t.dep_ in BEFORE_DATIVE_DEPS for t in between) else None


def _leading_name(obj):
    """The proper name opening a noun phrase as a modifier of its nouns ("Finland" in "Finland
    fighter training programmes"), or None."""
    name = obj.doc[obj.left_edge.i]
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i < obj.i:
        name = name.head  # "South Korea"
    if name.pos_ != "PROPN" or name.i == obj.i:
        return None
    link = name
    while link.i != obj.i:
        if link.dep_ not in ("compound", "nmod") or (link is not name and link.pos_ != "NOUN"):
            return None
        link = link.head
    return name


def dative_name(token):
    """The misparsed indirect object a role head stands for: the name itself, or the one folded
    into an object ("tanks" in "gave Ukraine tanks" -> "Ukraine"); None for any other head."""
    if token.dep_ in ("compound", "nmod") and misparsed_dative(token.head) is token:
        return token
    return misparsed_dative(token)


def _nested_prep_objects(token, preps) -> list:
    """Prepositional objects anywhere inside the thing given: "provided $10 million in aid to X",
    "sent supplies and personnel such as doctors to X" -> X."""
    out = []
    for child in token.children:
        inner = [child] if child.dep_ in ("dobj", "nmod") else \
            [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in ("in", "of") \
            else []
        for noun in inner:
            out.extend(o for prep in noun.subtree if prep.dep_ in ("prep", "dative") and prep.lower_ in preps
                       for o in pobjs_of(prep) if not is_time(o))
    return out


def _for_clauses(verb) -> list:
    """Infinitive clauses with their own subject after "for": "called for Britain to stay"."""
    return [c for c in _children(verb, ("advcl", "xcomp", "ccomp"))
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]


def condition_subjects(verb) -> list:
    """Whom an act is conditioned on ("threatened to strike unless Baghdad accepted", "will close
    the crossings if Hamas fires", "vowed that the war would go on if Kyiv refused"): the named
    subject of an if/unless clause under the verb, its complements or the verb it complements."""
    verbs = [verb, *_children(verb, ("xcomp", "ccomp"))] + ([verb.head] if verb.dep_ == "xcomp" else [])
    for clause in (c for v in verbs for c in _children(v, ("advcl",))):
        if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
            continue
        subj = [s for s in _children(clause, ("nsubj", "nsubjpass")) if s.pos_ in ("NOUN", "PROPN")]
        if subj:
            return subj[:1]
    return []


# Verbs that move a party's own forces, and the forces they move: the place the forces go to or
# leave is the act's target ("withdrew its troops from Syria", "sent 200 troops to Mali").
FORCE_MOVING_VERBS = {"send", "deploy", "withdraw", "pull", "move", "dispatch", "station", "redeploy",
                      "contribute", "commit", "mobilize", "mobilise", "strengthen", "reinforce", "recall",
                      "remove", "post", "position", "mass", "amass", "bring", "evacuate", "relocate"}
FORCE_NOUNS = {"troop", "soldier", "force", "peacekeeper", "army", "personnel", "contingent", "unit",
               "battalion", "brigade", "regiment", "division", "marine", "warship", "ship", "jet",
               "aircraft", "plane", "military", "officer", "police", "policeman", "paratrooper",
               # unarmed missions a state sends and recalls the same way ("withdrew its observers")
               "observer", "monitor", "adviser", "advisor", "instructor"}
FORCE_PLACE_PREPS = {"from", "to", "into", "in", "toward", "towards"}


def _forces(noun) -> bool:
    """A noun naming armed forces, also behind a quantity ("some of its troops", "30,000 troops")."""
    if noun.lemma_.lower() in FORCE_NOUNS:
        return True
    return any(p.lemma_.lower() in FORCE_NOUNS for prep in noun.children if prep.dep_ == "prep" and
               prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj")


def _moves_forces(verb, objects) -> bool:
    """A force-moving verb whose objects are all forces ("sent 200 troops", "withdrew its police")."""
    return verb.lemma_.lower() in FORCE_MOVING_VERBS and bool(objects) and all(_forces(o) for o in objects)


def moved_forces_place(verb, objects) -> list:
    """The place a force-moving verb sends its forces to or takes them from, when its objects are
    all forces ("pulled its troops from Abyei" -> Abyei); with no place named, the party its
    purpose clause names ("sent troops to help the Malian army"); [] otherwise."""
    if not _moves_forces(verb, objects):
        return []
    places = _prep_objects(verb, FORCE_PLACE_PREPS) or _prep_objects(objects[0], FORCE_PLACE_PREPS)
    return [p for p in places if p.pos_ in ("NOUN", "PROPN")][:1] or purpose_party(verb)


def to_infinitive(clause) -> bool:
    """A to-infinitive clause ("to end the dispute")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


# Prepositions through which a purpose clause places or aims its act ("to hand out food in X").
PURPOSE_PREPS = COMPLEMENT_PREPS | {"in", "for"}


def purpose_party(verb) -> list:
    """The party a to-infinitive purpose clause after the verb is aimed at: its object when that
    names one ("to help the Malian army"), else a named object of its prepositions ("to hand out
    food in Darfur"); [] when it names none ("to restore order")."""
    for clause in _children(verb, ("advcl", "xcomp")):
        if clause.i < verb.i or not to_infinitive(clause):
            continue
        # "to help the army rebuild bridges": the parse makes the one helped the subject of the
        # clause under the purpose verb
        helped = [s for c in _children(clause, ("ccomp",)) for s in _children(c, ("nsubj",))]
        objects = [o for o in _children(clause, ("dobj",)) + helped if names_party(o) or o.pos_ == "PROPN"]
        if objects:
            return objects[:1]
        placed = [o for o in _prep_objects(clause, PURPOSE_PREPS) if names_party(o) or o.pos_ == "PROPN"]
        return placed[:1]
    return []


# Nouns for moving a party's own forces ("the withdrawal of its troops from X").
FORCE_MOVING_NOUNS = {"withdrawal", "pullout", "pull-out", "deployment", "redeployment", "drawdown",
                      "dispatch", "evacuation", "recall", "relocation"}


# States of readiness forces are put in somewhere ("on alert in the north"); an exercise's place
# is only its venue.
READINESS_NOUNS = {"alert", "readiness", "standby", "footing", "mobilization", "mobilisation", "buildup",
                   "build-up"}


READIED_OR_MOVED = READINESS_NOUNS | FORCE_MOVING_NOUNS


def moved_forces_noun_place(noun) -> list:
    """The place a force-moving noun's forces leave or go to ("the withdrawal of its troops from
    Mali", "its pullout from Mali" -> Mali), unless its of-objects are not forces; [] otherwise."""
    moved = objects_of_prep(noun, "of")
    if noun.lemma_.lower() not in FORCE_MOVING_NOUNS or not all(_forces(m) for m in moved):
        return []
    return [p for p in _prep_objects(noun, FORCE_PLACE_PREPS) if p.pos_ in ("NOUN", "PROPN")][:1]


def _sent_forces(verb, subjects) -> bool:
    """A passive force-moving verb whose subjects are all forces and whose sender is not named
    ("troops were deployed", "peacekeepers are being sent")."""
    return verb.lemma_.lower() in FORCE_MOVING_VERBS and _agent(verb) is None and all(_forces(s) for s in subjects)


def _complement_recipients(verb) -> list:
    """Whom the act in a to-infinitive complement is aimed at ("threatened to cut off power to X",
    "vowed to ban opposition parties"): its prepositional targets, else its object."""
    for comp in _children(verb, ("xcomp",)):
        if comp.pos_ != "VERB":
            continue
        objs = _children(comp, ("dobj", "dative"))
        place = moved_forces_place(comp, objs)
        if place:
            return place
        pobjs = _prep_objects(comp, COMPLEMENT_PREPS)
        if pobjs:
            return pobjs[:1]
        if objs:
            return objs[:1]
    return []


def expand_conjuncts(tokens) -> tuple:
    """The tokens with everything conjoined to them, each once, in order."""
    seen, out = set(), []
    for tok in tokens:
        for t in with_conjuncts(tok):
            if t.i not in seen:
                seen.add(t.i)
                out.append(t)
    return tuple(out)


def _add_agent(verb, actors: list, how: list) -> None:
    """The by-phrase of a passive verb acts ("was shelled by Russian forces")."""
    agent = _agent(verb)
    if agent is not None:
        actors.append(agent)
        how.append("actor:by-agent")


def _passive_participle_clause(verb) -> bool:
    """A bare past participle opening or closing a clause ("Criticised for X, he ...")."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and \
        not _children(verb, SUBJECT_DEPS + ("nsubjpass", "aux", "auxpass", "mark"))


# Participles that describe their subject's own stance or activity, not something done to it:
# "Israel is opposed to the plan", "forces were engaged in fighting", "X was involved in the raid",
# "Vietnam is committed to opening its economy".
STATIVE_PARTICIPLES = {"oppose": "to", "engage": "in", "involve": "in", "commit": "to"}


def _stative_passive(verb) -> bool:
    prep = STATIVE_PARTICIPLES.get(verb.lemma_.lower())
    return prep is not None and _agent(verb) is None and any(
        c.dep_ == "prep" and c.lower_ == prep for c in verb.children)


HOST_VERBS = {"host", "broker", "mediate", "facilitate", "arrange", "organize", "organise", "sponsor",
              "convene"}
PERMISSION_VERBS = {"allow", "permit", "let", "authorize", "authorise", "enable", "forbid"}
TRAILING_DEPS = {"advmod", "npadvmod", "punct", "prep", "pobj", "det", "compound", "nummod"}


def _verbless_sentence_subject(verb) -> bool:
    """"Displaced people in a camp near Goma set upon a thief": the parser made the sentence a noun
    phrase with a reduced relative; a past form with an object of its own ("set upon a thief",
    "seized the town") and no by-agent is the main verb, and the noun its subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if _children(verb, ("agent", "auxpass")):
        return False
    return bool(_children(verb, ("dobj", "prt"))) or any(c.dep_ == "prep" and c.lower_ == "upon" for c in verb.children)


def _misparsed_final_attribution(verb) -> bool:
    """"..., a rights group protested here Wednesday.": the parser reads the closing clause as a
    reduced relative ('a group protested') whose head underwent the act; with a comma before the
    noun, no by-agent, no object and only time or place words after the verb, the noun is its subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.pos_ not in ("NOUN", "PROPN") or verb.i != head.i + 1:
        return False
    if head.left_edge.i == 0 or verb.doc[head.left_edge.i - 1].text != "," or not is_agent(head):
        return False
    if _children(verb, ("agent", "dobj", "ccomp", "xcomp")):
        return False
    rest = [t for t in verb.subtree if t.i > verb.i]
    return all(t.dep_ in TRAILING_DEPS for t in rest) and verb.right_edge.i + 2 >= sentence_of(verb).end


def _misparsed_object(verb) -> list:
    """A direct object the parse hung elsewhere: a counted object after "up to" read as a verb
    particle ("kidnapped up to 16 Russian advisers"), or one shifted behind a predicative
    as-phrase and made its apposition ("denounced as a crime Serbia's suppression of ...")."""
    for child in verb.children:
        if child.dep_ in ("prt", "advmod") and child.lower_ == "up":
            counted = [o for p in _children(child, ("prep",)) if p.lower_ == "to"
                       for o in _children(p, ("pobj",)) if _children(o, ("nummod",)) or o.like_num]
            if counted:
                return counted[:1]
        if child.dep_ == "prep" and child.lower_ == "as":
            shifted = [a for o in _children(child, ("pobj",)) for a in _children(o, ("appos",))
                       if a.i > o.i and a.pos_ in ("NOUN", "PROPN")]
            if shifted:
                return shifted[:1]
    return []


# Events aimed at whoever a reported clause is about ("demanded that X ...", "protested that X ...").
CLAUSE_SUBJECT_TYPES = ("REQUEST", "ACCUSE", "THREATEN", "PROTEST")


# Verbs of harm a headline writes as a bare participle ("three killed, five injured").
CASUALTY_PARTICIPLES = {"kill", "injure", "wound", "hurt", "maim"}


# Verbs of violence a headline writes as a bare participle with its result ("three protesters
# shot dead", "two farmers hacked to death").
KILLING_MANNER_LEMMAS = {"shoot", "gun", "hack", "stab", "beat", "stone", "burn", "club"}


def _killed_dead(verb) -> bool:
    """"shot dead", "hacked to death": the verb's result is a death."""
    return any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "dobj") for c in verb.children) \
        or any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in verb.children)


def _reduced_passive_casualties(verb, subj) -> bool:
    """"35 killed", "nine students lightly injured", "three protesters shot dead": a harm verb
    with its own subject but no object, no auxiliary and no agent is a passive with the
    auxiliary dropped."""
    lemma = verb.lemma_.lower()
    harm = lemma in CASUALTY_PARTICIPLES or (lemma in KILLING_MANNER_LEMMAS and _killed_dead(verb))
    return harm and verb.tag_ in ("VBN", "VBD") and subj.head.i == verb.i and not any(
        c.dep_ in ("dobj", "aux", "auxpass", "agent", "xcomp") for c in verb.children)


def _headline_passive_agent(verb, subj):
    """The by-phrase of a past participle with its own subject, no auxiliary and no object
    ("fishermen shot by ISWAP fighters", "M23 pushed out of Nyabiondo by FARDC"): a passive
    with the auxiliary dropped. A plain "by" counts only before a name (the parser may not call
    it an agent), not "by night" or "by road"."""
    if verb.tag_ not in ("VBN", "VBD") or subj.head.i != verb.i or any(
            c.dep_ in ("dobj", "aux", "auxpass", "xcomp", "nsubjpass") for c in verb.children):
        return None
    agent = _agent(verb)
    if agent is not None:
        return agent
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
                 if o.dep_ == "pobj" and (o.pos_ == "PROPN" or (o.text.isupper() and len(o.text) > 1))
                 and o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")), None)


# What something comes under when it is attacked ("came under fire from the rebels").
UNDER_ATTACK_WORDS = {"fire", "attack", "attacks", "shelling", "bombardment", "assault", "gunfire", "siege"}


def under_attack(verb):
    """The attack word of "came under fire/attack", or None."""
    if verb.lemma_.lower() != "come":
        return None
    return next((o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ == "under"
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in UNDER_ATTACK_WORDS), None)


def _came_under_attack(verb, attack) -> Roles:
    """"their patrol came under fire from ELN guerrillas": the subject is attacked, the
    "from" phrase (on the verb or on the attack word) attacks."""
    recipients = _children(verb, ("nsubj",))
    actors = [o for head in (verb, attack) for p in head.children if p.dep_ == "prep" and p.lower_ == "from"
              for o in p.children if o.dep_ == "pobj"]
    how = ["recipient:came-under-attack"] + (["actor:attack-from"] if actors else [])
    return Roles(expand_conjuncts(actors), expand_conjuncts(recipients), tuple(how))


def reduced_passive_subject(verb):
    """The victims of a headline's bare casualty participle ("three protesters shot dead"), or None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _reduced_passive_casualties(verb, subj) else None


def fallen_to(verb) -> list:
    """The side a place 'fell to' ("Goma fell to M23 and allied fighters", "the fall of Goma to M23")."""
    return objects_of_prep(verb, "to") if verb.lemma_.lower() == "fall" else []


def control_holder(noun):
    """Who is "in control of" a place: the copula's subject ("forces are back in control of
    the port") or the name the phrase hangs on ("RSF in control of Wad Madani"); else None."""
    if noun.lemma_.lower() != "control" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    head = noun.head.head
    if head.pos_ == "ADV":
        head = head.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    return next((c for c in head.children if c.dep_ == "nsubj"), None) if head.pos_ in ("VERB", "AUX") else None


def verb_roles(verb, plover: str) -> Roles:
    attack = under_attack(verb)
    if attack is not None:
        return _came_under_attack(verb, attack)
    taker = fallen_to(verb)
    if taker:
        # "the town fell to the rebels": the side after "to" took it; the place is where, not whom
        return Roles(tuple(taker), (), ("actor:fell-to",))
    if verb.lemma_.lower() == "lose" and objects_of_prep(verb, "to"):
        # "two shepherds lost limbs to a mine": the subject is the one harmed
        victims = _children(verb, ("nsubj",))
        return Roles((), tuple(victims[:1]), ("recipient:lost-to",))
    how = []
    actors, recipients = [], []
    passive = _children(verb, ("nsubjpass",))
    if passive and _stative_passive(verb):
        actors.extend(passive)
        how.append("actor:stative-participle-subject")
    elif passive and _sent_forces(verb, passive):
        # "peacekeepers are being deployed to Mali": the forces act for whoever sent them, the
        # place they go to receives them
        actors.extend(passive)
        how.append("actor:moved-forces")
        place = [p for p in _prep_objects(verb, FORCE_PLACE_PREPS) if p.pos_ in ("NOUN", "PROPN")][:1]
        if place:
            recipients.extend(place)
            how.append("recipient:place-of-moved-forces")
    elif passive and passive[0].lemma_.lower() in USED_KIT and _prep_objects(verb, {"against", "on"}):
        # "water cannon was deployed against displaced persons": those it was turned on
        recipients.extend(_prep_objects(verb, {"against", "on"})[:1])
        how.append("recipient:kit-used-against")
        _add_agent(verb, actors, how)
    elif passive:
        recipients.extend(passive)
        how.append("recipient:nsubjpass")
        _add_agent(verb, actors, how)
    elif _passive_participle_clause(verb):
        # "Criticised for the decision, he said ...": the main clause's subject underwent it
        subj, _ = _subject(verb.head)
        if subj is not None:
            recipients.append(subj)
            how.append("recipient:participle-subject")
        _add_agent(verb, actors, how)
    else:
        subj, subj_how = _subject(verb)
        named = named_antecedent(subj, verb) if subj is not None else None
        if named is not None:
            subj, subj_how = named, "named-antecedent-of-pronoun"
        headline_agent = _headline_passive_agent(verb, subj) if subj is not None else None
        if headline_agent is not None:
            # "Unarmed fishermen shot by ISWAP fighters", "M23 pushed out of Nyabiondo by FARDC":
            # a log line's passive without its auxiliary; the by-phrase acts on the subject
            recipients.append(subj)
            actors.append(headline_agent)
            how += ["recipient:reduced-passive-subject", "actor:by-agent"]
        elif subj is not None and _reduced_passive_casualties(verb, subj):
            # "at least 35 killed", "nine students lightly injured": a headline's passive
            # without its auxiliary; the subject was harmed
            recipients.append(subj)
            how.append("recipient:reduced-passive-subject")
        elif subj is not None and subj_how.startswith("inherited:") and _children(verb, ("auxpass",)):
            # "fishermen, held in Libya, have been freed by Libyan forces": a passive verb that
            # shares its subject with the verb before it; that subject underwent the act
            recipients.append(subj)
            how.append("recipient:inherited-passive-subject")
            _add_agent(verb, actors, how)
        elif subj is not None:
            actors.append(subj)
            how.append(f"actor:{subj_how}")
        elif verb.tag_ == "VBG" or (verb.tag_ == "VBN" and plover in SIDES_TYPES):
            # "Fighting between the army and M23 around Goma killed 23": a gerund read as the
            # verb; "a truce signed between the SAF and the RSF": the sides agree
            between = _prep_objects(verb, {"between"})
            if between:
                actors.extend(between[:1])
                how.append("actor:between")
        if _misparsed_final_attribution(verb):
            actors.append(verb.head)
            how.append("actor:final-attribution-head")
            root = sentence_of(verb).root
            reported = _children(root, ("nsubj", "nsubjpass")) if root.i != verb.i else []
            if reported and plover in CLAUSE_SUBJECT_TYPES:
                # "X fails to ..., a rights group protested": the one complained of receives it
                recipients.extend(reported[:1])
                how.append("recipient:reported-clause-subject")
        elif _verbless_sentence_subject(verb):
            actors.append(verb.head)
            how.append("actor:head-of-verbless-sentence")
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
            recipients.append(verb.head)
            how.append("recipient:acl-passive-head")
            _add_agent(verb, actors, how)
        dobj = _children(verb, ("dobj", "dative")) or _misparsed_object(verb)
        place = moved_forces_place(verb, dobj)
        if place:
            recipients.extend(place)
            how.append("recipient:place-of-moved-forces")
        elif dobj:
            named = object_antecedent(dobj[0], verb)
            if named is not None:
                # "called President X to congratulate him": the one already named as the object
                recipients.append(named)
                how.append("recipient:object-antecedent-of-pronoun")
            else:
                recipients.extend(dobj)
                how.append("recipient:dobj")
    if plover == "ASSAULT" and verb.lemma_.lower() in LAUNCHING_VERBS and "recipient:dobj" in how:
        # "launched air and artillery strikes on troops": what is launched is the attack, and the
        # parse may hang its target on the first of the things launched
        aimed = [p for k in (recipients[0], *recipients[0].conjuncts) for p in _prep_objects(k, RECIPIENT_PREPS)]
        if aimed:
            recipients = aimed[:1]
            how[how.index("recipient:dobj")] = "recipient:launched-at"
    if not recipients and verb.lemma_.lower() in PERMISSION_VERBS:
        # "allowed the candidate to run", "refused to let UN planes land": the parser makes the
        # one allowed the subject of a clause under the verb
        allowed = [s for c in _children(verb, ("ccomp", "xcomp")) for s in _children(c, ("nsubj",))
                   if s.pos_ in ("NOUN", "PROPN")]
        if allowed:
            recipients.extend(allowed[:1])
            how.append("recipient:permitted-subject")
    if plover == "THREATEN" and not any(names_party(r) for r in recipients):
        # "threatened a general strike unless the government ...": the threatened act is no party
        condition = condition_subjects(verb)
        if condition:
            recipients = condition
            how.append("recipient:condition-subject")
    if not recipients and plover in ("ACCUSE", "PROTEST"):
        grievance = _prep_objects(verb, GRIEVANCE_PREPS)
        if grievance:
            recipients.extend(grievance[:1])
            how.append("recipient:grievance-object")
    if not recipients and plover in CLAUSE_SUBJECT_TYPES:
        # "demanded that Mugabe abandon ...", "called for Britain to stay": the one asked to act
        # receives the demand; "protested that the authorities fail to ...": the one complained of
        for clause in _children(verb, ("ccomp",)) + _for_clauses(verb):
            subj = _children(clause, ("nsubj", "nsubjpass"))
            if subj:
                recipients.extend(subj[:1])
                how.append("recipient:clause-subject")
                break
    if not recipients:
        preps = RECIPIENT_PREPS | (CONSULT_PREPS if plover in ("CONSULT", "AGREE", "COOPERATE") else set())
        if plover in ("AID", "SUPPORT"):
            preps = preps | AID_PREPS
        if meets_at_venue(verb):
            preps = preps - LOCATIVE_PREPS  # "met at the Kremlin": the venue
        pobjs = _prep_objects(verb, preps)
        if pobjs:
            recipients.extend(pobjs[:1])
            how.append("recipient:prep")
    elif plover in GIVING_PREPS:
        # "sent weapons to Ukraine", "provided $5m in aid to Gaza", "shared intelligence with
        # Israel": the thing given is not the recipient.
        pobjs = _prep_objects(verb, GIVING_PREPS[plover]) or _nested_prep_objects(verb, GIVING_PREPS[plover] - {"for"})
        if pobjs:
            recipients = pobjs[:1]
            how.append("recipient:given-to")
    handing = verb.lemma_.lower() in RETURNING_VERBS or (
        verb.lemma_.lower() in DITRANSITIVE_VERBS and "recipient:dobj" in how and not all(_forces(r) for r in recipients))
    if handing and plover not in GIVING_PREPS and not any(r.ent_type_ in NAME_TYPES for r in recipients):
        # "returned the artifacts to the government of Iraq", "offered an armoured regiment to
        # the US": whoever gets the thing receives the act
        # (the parse may hang "to X" inside the thing returned: "a sculpture of the head of
        # Marcus Aurelius to Algerian Ambassador X")
        handed = [o for o in _prep_objects(verb, {"to"}) if _names_someone(o)] or [
            o for r in recipients for t in r.subtree for o in _prep_objects(t, {"to"}) if _names_someone(o)]
        if handed:
            recipients = handed[:1]
            how.append("recipient:handed-to")
        elif verb.lemma_.lower() in RETURNING_VERBS and (owner := _taken_from(recipients)):
            # "will return the weapons they seized from the army": back to whom it was taken from
            recipients = owner[:1]
            how.append("recipient:taken-from")
    if not recipients:
        inner = _complement_recipients(verb)
        if inner:
            recipients.extend(inner)
            how.append("recipient:complement")
    if not recipients:
        recipients.extend(condition_subjects(verb))
        if recipients:
            how.append("recipient:condition-subject")
    return Roles(expand_conjuncts(actors), expand_conjuncts(recipients), tuple(how))


# Verbs whose object is the attack or the weapon itself ("launched strikes on X", "fired rockets at X").
LAUNCHING_VERBS = {"launch", "fire", "conduct", "mount", "unleash", "stage"}
# Verbs that hand something back or over: the to-object, not the thing, is who receives the act.
RETURNING_VERBS = {"return", "hand", "restore", "repatriate", "transfer", "surrender", "turn", "give"}
NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")


# Verbs of taking something away from its owner ("land seized from farmers").
TAKING_VERBS = {"seize", "take", "steal", "confiscate", "capture", "loot", "grab", "expropriate", "occupy",
                "wrest", "snatch"}


def _taken_from(things) -> list:
    """Whom the things returned had been taken from: the from-object of a taking verb in a
    clause on them ("weapons they seized from the army", "land taken from farmers")."""
    return [o for thing in things for clause in _children(thing, ("relcl", "acl"))
            if clause.lemma_.lower() in TAKING_VERBS for o in _prep_objects(clause, {"from"})
            if o.pos_ in ("NOUN", "PROPN")]


def _names_someone(noun) -> bool:
    """A noun phrase with a name in it ("the government of Iraq", "Ambassador X"), not "power"."""
    return noun.pos_ == "PROPN" or any(t.ent_type_ in NAME_TYPES for t in noun.subtree)


DEMAND_VERBS = {"call", "demand", "urge", "press"}


def _protest_demand(noun):
    """"a demonstration calling for the removal of the president": what the protest demands
    (its owner is whom the protest targets), or None."""
    for acl in _children(noun, ("acl",)):
        if acl.lemma_.lower() not in DEMAND_VERBS:
            continue
        objects = _children(acl, ("dobj",)) or _prep_objects(acl, {"for"})
        if objects:
            return objects[0]
    return None


def names_party(token) -> bool:
    """Does a threatened object name a party: a name, a pronoun, or a thing a named owner has
    ("shell South Korean sites", "attack Iran's bases")? "threatened a general strike" does not."""
    return bool(token.ent_type_) or token.pos_ == "PRON" or _owner_modifier(token) is not None or \
        any(c.dep_ == "poss" for c in token.children)


def _owner_modifier(noun):
    """The named owner in front of a noun modifier ("US" in "US Predator attacks"), or None."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.i < noun.i and \
                (child.ent_type_ in ("NORP", "GPE", "ORG") or child.tag_ == "NNP"):
            return child
    return None


USE_NOUNS = {"use", "deployment"}
# Types whose passive participle may name both sides in a "between" phrase.
SIDES_TYPES = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE"}


def _use_of(noun):
    """"use" in "the use of force": the noun whose "of" object the trigger is, or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in USE_NOUNS:
        return noun.head.head
    return None


def _subject_between(noun) -> list:
    """The sides of "Fighting broke out between X and Y" or "gunfire was exchanged between X and
    Y": a subject trigger whose verb carries the between-phrase; [] otherwise."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ != "VERB":
        return []
    verb = noun.head
    sides = _prep_objects(verb, {"between"})
    if not sides:
        # "erupted on Monday morning between X and Y": the parser hangs the sides on the time
        times = [o for p in verb.children if p.dep_ == "prep" for o in pobjs_of(p) if is_time(o)]
        sides = [side for t in times for side in _prep_objects(t, {"between"})]
    return sides


def _verb_by_after_object(noun, governor) -> list:
    """"to break up a march by hundreds of journalists": the parser hangs the noun's by-phrase on
    the verb when it follows the object directly (an active verb has no agent of its own)."""
    if governor is None or noun.dep_ != "dobj" or any(c.dep_ == "auxpass" for c in governor.children):
        return []
    return [p for c in governor.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1
            for p in c.children if p.dep_ == "pobj"]


def noun_roles(noun, governor, plover: str, *, light: bool = True) -> Roles:
    """Roles of a nominal trigger. ``light`` says the governing verb carries no event of its
    own ("launched an attack"), so its subject is the noun's actor; under a verb that is an
    event itself ("condemned the attack") the condemner is not the attacker."""
    taker = fallen_to(noun)
    if taker:
        return Roles(tuple(taker), (), ("actor:fell-to",))  # "the fall of Pajok to the SPLA-IO"
    holder = control_holder(noun)
    if holder is not None:
        return Roles((holder,), (), ("actor:in-control",))  # "forces are back in control of the port"
    how = []
    actors, recipients = [], []
    dative = misparsed_dative(noun)
    if dative is not None:
        # "give Ukraine security guarantees": the name folded into the object receives them
        recipients.append(dative)
        how.append("recipient:misparsed-dative")
    for child in noun.children:
        if child is dative:
            continue
        if child.dep_ == "poss":
            named = named_antecedent(child, noun.head) if noun.head.pos_ in ("VERB", "AUX") else None
            actors.append(named or child)
            how.append("actor:possessor-antecedent" if named is not None else "actor:possessor")
        elif child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            actors.append(child)
            how.append("actor:modifier")
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and (owner := _owner_modifier(child)) is not None:
            # "US drone strikes", "Israeli army raids": the owner of the means acts
            actors.append(owner)
            how.append("actor:modifier")
    claimer = _responsibility_claimer(noun)
    if claimer is not None and all(h == "actor:modifier" for h in how if h.startswith("actor:")):
        # whoever claims the act did it; a name in front of the act ("the Ghazni attack") may
        # only say where it happened
        actors[:] = [claimer]
        how[:] = [h for h in how if not h.startswith("actor:")] + [CLAIM_ROLE]
    # "the withdrawal of its troops from Mali": the place left, not the one who withdraws
    by_preps = {"by"} if noun.lemma_.lower() in FORCE_MOVING_NOUNS else {"by", "from"}
    by = [p for p in _prep_objects(noun, by_preps)] or _verb_by_after_object(noun, governor)
    used = _use_of(noun)
    if used is not None and not by:
        # "the use of lethal force by soldiers against protesters": the parser hangs the user and
        # the target on "use" (and the target on the user)
        by = _prep_objects(used, {"by"}) or [o for o in _prep_objects(used.head, {"by"}) if o.i > noun.i]
        against = _prep_objects(used, {"against"}) + [g for b in by for g in _prep_objects(b, {"against"})]
        if against and not recipients:
            recipients.append(against[0])
            how.append("recipient:use-against")
    if by and not actors:
        actors.extend(by[:1])
        how.append("actor:by-phrase")
    preps = NOUN_RECIPIENT_PREPS - ({"in"} if plover not in ("CONSULT",) else set())
    preps |= GIVING_PREPS.get(plover, set())  # "aid for Sudan": the beneficiary
    if meets_at_venue(noun):
        preps = preps - LOCATIVE_PREPS  # "a summit in Doha", "talks at the UN": the venue
    # "talks in Jerusalem with Netanyahu": the place of a meeting gives way to its party
    pobjs = _prep_objects(noun, preps - LOCATIVE_PREPS) + _prep_objects(noun, preps & LOCATIVE_PREPS)
    if not pobjs:
        # "an offensive, Operation Zarb, against militants": the parse hangs the target on the name
        pobjs = [p for name in noun.children if name.dep_ == "appos" for p in _prep_objects(name, {"against"})]
    if plover == "COOPERATE":
        # "the extradition of the banker to Portugal": the state that gets the person, not the
        # person (the people of an aid noun, "the evacuation of children to X", are helped)
        given_to = _prep_objects(noun, GIVING_PREPS[plover])
        pobjs = given_to + [p for p in pobjs if p not in given_to]
    place = moved_forces_noun_place(noun) if light else []
    if place:
        # "the pullout of its troops from Mali": the place the forces leave or go to (under an
        # event of its own, "demanded the withdrawal of Serbian forces", the forces are asked)
        recipients.extend(place)
        how.append("recipient:place-of-moved-forces")
    if plover in ("CONSULT", "ASSAULT", "AGREE"):
        # "talks between X and Y", "clashes between the army and the RSF": both sides act
        between = _prep_objects(noun, {"between"}) or _subject_between(noun)
        host = _subject(governor)[0] if between and not actors and governor is not None \
            and governor.lemma_.lower() in HOST_VERBS else None
        if host is not None:
            # "Egypt will host talks between Israel and Hamas": the host acts, the sides receive
            actors.append(host)
            recipients.extend(between)
            how += ["actor:host", "recipient:between"]
            pobjs = []
        elif between and not actors and not _mediation(noun):
            actors.extend(between[:1])
            how.append("actor:between")
            pobjs = [p for p in pobjs if p not in between]
    pitted = _pitted_sides(noun) if plover == "ASSAULT" and not actors else None
    if pitted is not None:
        # "clashes pitting JNIM against soldiers and VDP volunteers"
        actors.append(pitted[0])
        recipients.append(pitted[1])
        how += ["actor:pitted", "recipient:pitted-against"]
    if pobjs and not recipients:
        recipients.extend(pobjs[:1])
        how.append("recipient:noun-prep")
    if not recipients and plover == "MOBILIZE" and light and noun.lemma_.lower() in READIED_OR_MOVED:
        # "troops remained on alert in the north": where forces are readied, as where they are sent
        readied = _prep_objects(noun, FORCE_PLACE_PREPS) + (
            _prep_objects(governor, FORCE_PLACE_PREPS) if governor is not None else [])
        readied = [p for p in readied if p.pos_ in ("NOUN", "PROPN") and p.i != noun.i]
        if readied:
            recipients.append(readied[0])
            how.append("recipient:place-of-moved-forces")
    if not recipients and plover in ("REQUEST", "ACCUSE", "THREATEN"):
        clauses = _children(noun, ("acl", "ccomp", "relcl"))
        if governor is not None and noun.dep_ == "dobj":
            # "reiterated its demand today that Israel ease ...": the parser hangs the that-clause
            # on the verb
            clauses += [c for c in _children(governor, ("ccomp",)) if c.i > noun.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        for clause in clauses:
            subj = _children(clause, ("nsubj", "nsubjpass"))
            if subj and subj[0].tag_ not in ("WDT", "WP"):
                recipients.extend(subj[:1])
                how.append("recipient:clause-subject")
                break
    if not recipients and plover == "PROTEST":
        demanded = _protest_demand(noun)
        if demanded is not None:
            recipients.append(demanded)
            how.append("recipient:protest-demand")
    if not recipients and plover in ("ACCUSE", "PROTEST"):
        # "a strike over a bill signed by the minister", "stopped work ... over the bill"
        grievance = _prep_objects(noun, GRIEVANCE_PREPS) or (
            _prep_objects(governor, GRIEVANCE_PREPS) if governor is not None and light else [])
        if grievance:
            recipients.extend(grievance[:1])
            how.append("recipient:grievance-object")
    if governor is not None and light:
        if noun.dep_ == "nsubjpass":
            agent = _agent(governor)
            if agent is not None and not actors:
                actors.append(agent)
                how.append("actor:light-verb-agent")
        elif not actors and not (noun.dep_ == "attr" and governor.lemma_ == "be"):
            # (a copula's subject is the event itself, not its doer: "it was the worst bombing")
            subj, subj_how = _subject(governor)
            if subj is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in MUTUAL_FIGHTS:
                # "troops and rebels were locked in a firefight", "were embroiled in clashes"
                # (not "people were held in a crackdown": they underwent it)
                subj, subj_how = next(iter(_children(governor, ("nsubjpass",))), None), "nsubjpass-in"
            if subj is not None:
                actors.append(subj)
                how.append(f"actor:light-verb-{subj_how}")
        if not recipients:
            dative = _children(governor, ("dative",)) + [
                c for c in _children(governor, ("dobj",)) if c.i != noun.i and c.i < noun.i and not is_amount(c)]
            # the trigger may itself be the governor's prepositional object ("remained on
            # alert in X", "persist with their attacks"): it is not its own recipient
            gov_preps = [p for p in _prep_objects(governor, RECIPIENT_PREPS | AID_PREPS | CONSULT_PREPS)
                         if p.i != noun.i]
            if dative:
                recipients.extend(dative)
                how.append("recipient:light-verb-dative")
            elif gov_preps:
                recipients.extend(gov_preps[:1])
                how.append("recipient:light-verb-prep")
    if place and not actors and objects_of_prep(noun, "of"):
        # "the deployment of French troops to Estonia": with no one else named, the forces act
        actors.extend(objects_of_prep(noun, "of")[:1])
        how.append("actor:moved-forces")
    if not recipients and governor is not None:
        # "threatened to launch an offensive unless Baghdad accepted": whose conduct it hangs on
        recipients.extend(condition_subjects(governor))
        if recipients:
            how.append("recipient:condition-subject")
    if not recipients and (died := _died_of(noun)) is not None:
        recipients.append(died)
        how.append("recipient:died-of")
    return Roles(expand_conjuncts(actors), expand_conjuncts(recipients), tuple(how))


DYING_VERBS = {"die", "succumb", "perish"}


def _died_of(noun):
    """Who died of the act a noun names ("X died as a result of torture", "died after beatings",
    "died because of torture"): the dying verb's subject, reached through prepositions only."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in ("pobj", "prep", "pcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if cur.lemma_.lower() not in DYING_VERBS:
        return None
    subj = _subject(cur)[0]
    if subj is None and cur.dep_ == "conj":  # "X was beaten, injured and then died of torture"
        subj = next(iter(_children(cur.head, ("nsubj", "nsubjpass"))), None)
    return subj


# Means that are turned on people rather than undergoing the act themselves.
USED_KIT = {"cannon", "teargas", "gas", "bullet", "round", "ammunition", "baton", "grenade"}
# Fights both sides wage: those caught up in one ("locked in a firefight") are its parties.
MUTUAL_FIGHTS = {"firefight", "gunfight", "clash", "fighting", "fight", "battle", "skirmish", "standoff",
                 "shootout", "exchange", "combat"}


def _pitted_sides(noun):
    """(one side, the other) of "fighting pitting X against Y", else None."""
    # (the parser may make "pitting" the main verb with the noun as its subject)
    clauses = _children(noun, ("acl", "xcomp")) + ([noun.head] if noun.dep_ == "nsubj" else [])
    for clause in clauses:
        if clause.lemma_.lower() == "pit":
            sides = _children(clause, ("dobj",))
            others = _prep_objects(clause, {"against"}) or [g for s in sides[:1] for g in _prep_objects(s, {"against"})]
            if sides and others:
                return sides[0], others[0]
    return None


def adjective_roles(adj) -> Roles:
    """"X was disappointed with Y": the experiencer acts (disapproves), the cause receives."""
    how = []
    head = adj.head if adj.dep_ in ("acomp", "oprd", "xcomp") else adj
    actors = _children(head, ("nsubj", "nsubjpass")) or _children(adj, ("nsubj", "nsubjpass"))
    if actors:
        how.append("actor:experiencer")
    recipients = _prep_objects(adj, {"with", "by", "at", "over", "about"}) or \
        _prep_objects(head, {"with", "by", "at", "over", "about"})
    if recipients:
        how.append("recipient:cause")
    return Roles(expand_conjuncts(actors[:1]), expand_conjuncts(recipients[:1]), tuple(how))
