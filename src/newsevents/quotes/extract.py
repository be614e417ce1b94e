"""Who said what: direct, indirect and mixed quotes from a parsed article.

``extract_quotes(doc, speakers=None, article_id="")`` -> ``(quotes, warnings)``.
``doc`` is the spaCy Doc of the whole article, so token offsets are article offsets.

How it works (one pass over the characters, one over the tokens):
1. marks.find_quoted_spans pairs quotation marks into direct-quote candidates.
2. Every reporting cue outside a direct quote (a verb, predicate adjective or content
   noun from data/quotes/cues.v1.tsv, or "according to") yields its speaker head and
   its content tokens: the ccomp clause, the xcomp infinitive ("vowed to continue"),
   the object ("condemned the raid"), the object of a listed preposition ("agreed
   with the envoy"), the subject of a passive cue ("the plan was endorsed by ..."),
   the governing clause of a parataxis ("..., he said", also when it interrupts the
   clause: "Though A, he said, B"), of an as-clause ("As the mayor noted, ...", "as
   one aide put it") or of "according to" / "in X's words".
   Content stays in the cue's paragraph and leaves out comma-set author asides
   (", which ...", ", citing ..."). 'In X's view' / 'in the latest poll' attribute the clause they
   modify; a passive belief cue ('the vote is expected to pass') reports its whole clause.
3. A cue whose content is all inside quotation marks attributes those marks: a
   direct quote. A cue whose content has words outside the marks is a mixed
   quote: one indirect quote over the whole clause, the quoted fragment in evidence.
4. Direct candidates still without a cue look for one adjacent to the marks
   ('"...," he said' / 'X said: "..."'); a candidate of a few words with no cue is
   a scare quote or a title and is dropped; a long sentence-like quote with no cue
   keeps the speaker of the quote just before it (the next-paragraph convention),
   unless a dash and a name end its paragraph ('"..." ― Maria Lopez'), which sign it.
   Marks after a contentless cue with words of the cue's phrase before them
   ('called for pay to be "clawed back"') make a mixed quote over that phrase.
   Title-case marks after a preposition ('on "Meet the Voters,"') name a show, not a quote. Marks
   that finish a sentence the author began ('Raising rates "is wrong," said Ruiz') make a mixed
   quote over the whole sentence.

Decisions: direct-quote text is the words inside the marks (a trailing comma or colon
that punctuates the attribution is left out). Indirect text drops the complementizer
("that", infinitival "to") and edge punctuation. A quote interrupted by its
attribution ('"If not," he said, "then we will"') gives one Quote per part, with the
same cue and speaker and "part i of n" in evidence, so each text is exact.
Paragraphs that open with 'NAME:' (also after an opening quotation mark, as in a quoted
transcript) are that speaker's lines (lines.py); cues inside a line are nested in it, as inside marks.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..nlp.doc_views import doc_text, doc_tokens
from .. import records
from ..nlp.dateline import dateline_end
from ..nlp.sentences import PARAGRAPH_BREAK, sentence_of, sentences
from .cues import CueEntry, cue_lexicon
from .lines import labelled_lines
from .marks import QuotedSpan, find_quoted_spans
from .speakers import SpeakerResolver, is_agent, resolve_speaker

WINDOW_TOKENS = 12            # how far an adjacent attribution may sit from the marks
MIN_CUELESS_WORDS = 6         # a quote with no cue must be at least this long (else scare quote)
FRAGMENT_WORDS = 4            # verbless quotes up to this many words must sit tight against a cue
CLOSING_MARKS = "\"'”’»"
# In the words before a quote: a sentence end the parser missed, or a colon that introduces the quote.
LEAD_BREAK = re.compile(r"[.?!]\s|:\s*$")
STOP_TOKENS = frozenset({".", "!", "?", ";"})
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
# Words that open an embedded question used as reported content ('spoke of how the fight went on').
WH_WORDS = frozenset({"how", "why", "what", "when", "where", "who", "which"})
CONTENT_VERB_POS = frozenset({"VERB", "AUX"})
# Dependents after an object that are part of what is said: 'accused Kyiv of shelling the plant',
# 'cited the audit as the reason', 'criticised the police for the raid', 'likened the rules to censorship'.
OBJECT_PREPOSITIONS = frozenset({"of", "for", "as", "to"})
# Prepositions whose phrase right after an object usually describes it (author, topic, source).
NOUN_MODIFIER_PREPOSITIONS = frozenset({"by", "about", "on", "over", "against", "with", "from", "behind"})
# The predicate right after an object that says what the object is or does ('polls show Clinton ahead',
# 'the video shows him with his hands up'): part of what is shown or said.
SMALL_CLAUSE_PREDICATES = frozenset({"oprd", "acomp", "advmod", "xcomp"})
# The predicate of a naming cue: 'called the vote a sham' (oprd), or parsed as a small clause.
NAMING_PREDICATES = frozenset({"oprd", "ccomp", "xcomp", "attr"})
# Empty subjects of a passive cue ('it was announced that ...'): the clause is the content, not them.
EXPLETIVES = frozenset({"it", "there"})
# Marks of a trailing author aside after a comma ('..., although he refused to say more').
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas"})
# Where a predicate adjective hangs from its copula: 'are afraid that' (acomp), 'seem willing to' (oprd).
PREDICATE_ADJECTIVE_DEPS = frozenset({"acomp", "oprd"})
# 'The group calls itself the "Army of Liberation"' gives a name, not a view (PolNeAR: titles are not content).
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself"})
# '"..." ― Maria Lopez': a dash and a short name ending the quote's paragraph sign it (letters, reader
# comments). Spaces here may be no-break spaces; the name may end with a full stop.
SIGNATURE = re.compile(r"[^\S\n]*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\W\d_][\w.'’ -]*?)[^\S\n.]*\.?[^\S\n]*(?=\n|$)")
MAX_SIGNATURE_TOKENS = 6

# Where the parser hangs a cue that interrupts a clause ('Though A, he said, B'; 'The point, he said, is'):
# on the clause's subject or first adverbial clause; the reported clause is their head.
INTERRUPTED_DEPS = frozenset({"advcl", "nsubj", "nsubjpass", "csubj", "csubjpass"})
# Marks of an adverbial clause whose cue may report the clause it hangs from: 'As Smith noted, ...',
# and a parse that hangs a complement clause on its cue's clause ('While he admitted | funding was short, ...').
REPORTING_CLAUSE_MARKS = frozenset({"as", "while", "although", "though"})
# Where an infinitive or gerund cue hangs when its subject is understood ('stopped short of calling',
# 'a paper welcoming the plan', 'refused to endorse'): no subject to check.
NONFINITE_DEPS = frozenset({"xcomp", "pcomp", "acl", "conj"})
# Belief and report verbs whose passive raises the subject of the believed clause ('the vote is expected
# to pass', 'he is said to be ill'), unlike control verbs ('was asked to leave', 'were urged to vote').
RAISING_PASSIVES = frozenset({"expect", "believe", "think", "say", "report", "know", "consider", "rumor",
                              "allege", "estimate", "understand", "suspect", "predict", "project", "presume"})
# Cues used without an object ('as he spoke, ...'): in an as-clause they tell when, not who said what.
INTRANSITIVE_CUES = frozenset({"speak", "talk", "testify", "respond", "reply", "answer", "continue"})

# 'In X's words/view/eyes, ...' names whose the clause is; in 'In the latest poll, ...' the poll is the source.
IN_EVIDENCE_NOUNS = frozenset({"poll", "survey", "study"})
IN_SOURCE_NOUNS = frozenset({"word", "view", "opinion", "eye"}) | IN_EVIDENCE_NOUNS

__all__ = ["SpeakerResolver", "extract_quotes"]


@dataclass
class _Cue:
    """A reporting cue found in the tokens, before it becomes a Quote."""

    token: object                       # the cue's head token
    text: str
    start: int
    end: int
    type: str
    rule: str                           # how the content was found
    speaker: object | None              # speaker head token
    speaker_rule: str
    content: set[int] = field(default_factory=set)   # token indices of the reported content
    channel: str | None = None
    direct_spans: list[int] = field(default_factory=list)
    mixed_spans: list[int] = field(default_factory=list)


def _subject(verb, depth: int = 0) -> tuple[object | None, str]:
    """Speaker head of a reporting verb and the rule that found it."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        return _subject_in_paragraph(verb, subjects), "nsubj"
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj, "agent of passive"
    if passive:
        return None, "passive without agent"
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head        # 'began by praising'
    if governor.dep_ in ("advmod", "acomp", "oprd") and governor.pos_ in ("ADV", "ADJ") \
            and verb.dep_ in ("pcomp", "xcomp"):
        governor = governor.head        # 'stopped short of calling', 'was able to tout'
    if verb.dep_ == "xcomp" and governor.i != verb.i and governor.pos_ in CONTENT_VERB_POS:
        controller = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if controller is not None:
            return controller, "object of governing verb"     # 'required candidates to disclose'
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and governor.i != verb.i \
            and governor.pos_ in CONTENT_VERB_POS:
        head, _ = _subject(governor, depth + 1)
        if head is not None:
            return head, "subject of governing verb"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_agent(verb.head):
        # 'a policy paper welcoming the plan'; 'the union issued a statement welcoming ...': the union.
        noun = verb.head
        issuer, _ = _subject(noun.head, depth + 1) if noun.dep_ == "dobj" and depth < 3 else (None, "")
        if issuer is not None and is_agent(issuer):
            return issuer, "subject of verb whose object the participle describes"
        return noun, "noun the participle describes"
    return None, "no subject"


def _subject_in_paragraph(verb, subjects):
    """The subject in the verb's own paragraph: a parse that runs over a break ('7 p.m. | Trump says',
    'The Latest: ... | Trump is questioning') may hang the line before on the verb as its subject."""
    near = [s for s in subjects if _tokens_in_paragraph(s, verb)]
    if near:
        return near[-1]
    named = [c for s in subjects for c in s.children if c.dep_ == "appos" and _tokens_in_paragraph(c, verb)]
    return named[0] if named else subjects[0]


def _tokens_in_paragraph(a, b) -> bool:
    """No line break between two tokens (on the span between them: Doc.text is rebuilt per access)."""
    lo, hi = sorted((a.i, b.i))
    return "\n" not in a.doc[lo:hi].text_with_ws


def _owner_of_channel(head, lexicon) -> tuple[object, str]:
    """'the ministry's statement said' -> the ministry."""
    if head is not None and lexicon.is_channel(head.lemma_):
        for child in head.children:
            if child.dep_ == "poss":
                return child, "owner of " + head.lemma_
    return head, ""


def _channel(verb, lexicon) -> str | None:
    """'in a statement' / 'in an interview' attached to the cue verb."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on", "at"):
            for obj in child.children:
                if obj.dep_ == "pobj" and lexicon.is_channel(obj.lemma_):
                    return verb.doc[child.i:obj.i + 1].text
    return None


def _clause_content(tok, entry: CueEntry) -> tuple[set[int], str]:
    """The ccomp clause or xcomp infinitive of a cue verb, if its entry allows it."""
    clause = _reported_clause(tok) if entry.takes_ccomp else None
    if clause is not None and not (entry.takes_dobj and _is_reduced_relative(clause)):
        return _without_asides(clause), "ccomp of cue"
    for child in tok.children:
        if child.dep_ == "xcomp" and entry.takes_xcomp:
            return _without_asides(child), "xcomp of cue"
    return set(), "no content"


def _reported_clause(tok):
    """The ccomp of a cue: the one after it if there is one ('the plan failed; aides say it will
    return' has both); one before it only with no ';' or ':' in between ('It will rain, he said')."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    after = [c for c in clauses if c.i > tok.i]
    if after:
        return after[0]
    for clause in clauses:
        gap = tok.doc[clause.right_edge.i + 1:tok.i]
        if not any(t.text in (";", ":") for t in gap):
            return clause
    return None


def _prepositional_content(tok, entry: CueEntry) -> tuple[set[int], str]:
    """'spoke about the deal', 'agreed with the envoy', 'pointed to the audit': the object of a
    preposition the cue's entry lists (a verb never reports through an unlisted one: 'said on Monday')."""
    for child in tok.rights:
        if child.dep_ == "prt":
            continue
        if child.dep_ == "prep" and child.lower_ in entry.complements:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return {i for g in objects for i in _without_asides(g)}, "object of preposition of cue"
    return set(), "no content"


def _without_asides(head) -> set[int]:
    """Subtree of ``head`` minus comma-set asides the author adds: relative clauses ('RT, which
    gets state money') and trailing participle or concessive clauses ('..., citing the audit',
    '..., although he refused'). PolNeAR leaves them out of the content."""
    tokens = doc_tokens(head.doc)
    subtree = list(head.subtree)
    keep = {t.i for t in subtree}
    for tok in subtree:
        if tok.dep_ not in ("relcl", "advcl") or tok.i == head.i:
            continue
        edge = tok.left_edge.i
        if edge == 0 or tokens[edge - 1].text != ",":
            continue
        if tok.dep_ == "relcl" or tok.i > head.i and _is_aside_clause(tok):
            keep -= {t.i for t in tok.subtree} | {edge - 1}
    return keep


def _is_aside_clause(clause) -> bool:
    """'citing the audit' (a participle with no subject) or 'although he refused'."""
    if clause.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in clause.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children)


def _is_reduced_relative(clause) -> bool:
    """'mentioned the remarks Trump had made': an unmarked clause right after the verb's object
    describes the object (the parser hangs it on the verb as a ccomp)."""
    obj = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
    return obj is not None and clause.left_edge.i == obj.right_edge.i + 1 \
        and not any(c.dep_ == "mark" for c in clause.children)


def _object_content(tok, entry: CueEntry) -> tuple[set[int], str]:
    """'condemned the decision', 'accused Kyiv of shelling the plant', 'called the vote a sham'."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in REFLEXIVES:
        return set(), "no content"
    # ('saw the vote as a sham': the as-phrase is the predicate of a cue that lists 'as'.)
    predicate = [c for c in tok.children if c.i > obj.i and (
        entry.names and c.dep_ in NAMING_PREDICATES or "as" in entry.complements and c.dep_ == "prep"
        and c.lower_ == "as")]
    if predicate:
        return {i for c in [obj, *predicate] for i in _without_asides(c)}, "object and predicate of naming cue"
    if not entry.takes_dobj:
        return set(), "no content"
    extra = [c for c in tok.children if c.i > obj.i and (
        c.dep_ == "prep" and (c.lower_ in OBJECT_PREPOSITIONS or _modifies_object(c, obj))
        or c.dep_ == "ccomp" and _is_reduced_relative(c)
        or c.dep_ in SMALL_CLAUSE_PREDICATES and c.left_edge.i == obj.right_edge.i + 1)]
    return {i for c in [obj, *extra] for i in _without_asides(c)}, "object of cue"


def _modifies_object(prep, obj) -> bool:
    """'described crass behavior by Trump', 'unveiled a list of endorsements from 95 generals': a
    phrase right after the object that the parser hung on the verb still describes the object,
    unless it tells when ('accepted refugees on Monday')."""
    return prep.i == obj.right_edge.i + 1 and prep.lower_ in NOUN_MODIFIER_PREPOSITIONS \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _demand_content(tok) -> tuple[set[int], str]:
    """'called for a ceasefire', 'demanded the release of the hostages': the demand is the object."""
    for child in tok.children:
        # ('called the strike a crime' names, it does not demand: only 'call for' counts.)
        target = child if child.dep_ == "dobj" and tok.lemma_ != "call" else None
        if child.dep_ == "prep" and child.lower_ == "for":
            target = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
        if target is not None:
            return {t.i for t in target.subtree}, "object of demand cue"
    return set(), "no content"


def _passive_content(tok, entry: CueEntry) -> tuple[set[int], str]:
    """'The plan was endorsed by three unions', 'he was called a liar': the passive subject is
    what was said, endorsed or named (never an empty 'it'/'there', which leaves the clause as content)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in EXPLETIVES:
        return set(), "no content"
    extra = [c for c in tok.children if c.i > tok.i and (
        c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS or entry.names and c.dep_ in NAMING_PREDICATES)]
    if not entry.takes_dobj and not any(c.dep_ in NAMING_PREDICATES or c.lower_ == "as" for c in extra) \
            and not any(c.dep_ == "prt" for c in tok.children):
        # 'officers can be seen', 'he was called to testify': no name given ('called out' is a verb of its own).
        return set(), "no content (passive naming cue without its predicate)"
    content = {i for c in [subject, *extra] for i in _without_asides(c)}
    by_agent = {t.i for i in content if tok.doc[i].dep_ == "agent" for t in tok.doc[i].subtree}
    return content - by_agent, "subject of passive cue"


def _governing_clause(cue):
    """The clause an interrupting cue reports: 'Though talks stalled, he said, a deal is near' hangs
    'said' on the first clause or on a subject; the reported clause is the one they belong to."""
    head = cue.head
    while head.dep_ in INTERRUPTED_DEPS and head.head.i != head.i:
        head = head.head
    return head


def _interrupting_phrase(cue) -> set[int]:
    """Tokens of 'he said on Monday' in 'Though A, he said on Monday, B': the cue and its own
    dependents, not a clause before it that the parser hung on it ('Though A')."""
    kept = [c for c in cue.children if c.dep_ == "advcl" and c.i < cue.i]
    return {t.i for t in cue.subtree} - {t.i for c in kept for t in c.subtree}


def _as_clause_speaker(tok):
    """Agent subject of a cue in an as-clause ('as Smith noted', 'as one aide put it') or in a
    while/although-clause the parser closed before the cue's complement, else None."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in REPORTING_CLAUSE_MARKS
                                      for c in tok.children):
        return None
    speaker, _ = _subject(tok)
    return speaker if speaker is not None and is_agent(speaker) else None


def _is_as_clause(tok) -> bool:
    """'As Smith noted, the plan failed': a cue whose missing complement is the clause it hangs
    from (not a temporal 'as he spoke' or 'as she left the hall', which have no gap to fill)."""
    return tok.lemma_ not in INTRANSITIVE_CUES and _as_clause_speaker(tok) is not None \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)


def _clause_around(tok) -> set[int]:
    """The clause an as-clause cue hangs from, without the as-clause."""
    return {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}


def _verb_content(tok, entry: CueEntry) -> tuple[set[int], str]:
    """Content tokens of a verb cue and the rule that found them; the first rule that finds any wins:
    clause (ccomp/xcomp), demand object, object, listed preposition, passive subject, parataxis."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if passive and tok.lemma_ in RAISING_PASSIVES:
        content = _raised_clause(tok)
        if content:
            return content, "clause of passive belief cue"
    content, rule = _clause_content(tok, entry)
    if rule.startswith("xcomp") and passive:
        # 'was asked to leave', 'were urged to vote': the subject does the act, nobody is quoted.
        return set(), "no content (passive infinitive)"
    if not content and entry.type == "demand":
        content, rule = _demand_content(tok)
    if not content and (entry.takes_dobj or entry.names or "as" in entry.complements):
        content, rule = _passive_content(tok, entry) if passive else _object_content(tok, entry)
    if not content and entry.prepositions:
        content, rule = _prepositional_content(tok, entry)
    if not content and tok.dep_ == "parataxis" and entry.takes_ccomp:
        content = {t.i for t in _governing_clause(tok).subtree} - _interrupting_phrase(tok)
        rule = "clause governing parataxis cue"
    if not content and _is_as_clause(tok) and entry.takes_ccomp:
        content, rule = _clause_around(tok), "clause governing as-clause cue"
    if content and rule.startswith(("ccomp", "xcomp", "object of cue", "object of preposition")):
        content |= _coordinated_content(tok, content)
    return content, rule


def _raised_clause(tok) -> set[int]:
    """'The vote is expected to pass', 'he is believed to have fled': someone unnamed expects or
    believes the whole clause, its subject included (the cue words sit inside it)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "oprd") and c.i > tok.i), None)
    if subject is None or clause is None or subject.lower_ in EXPLETIVES:
        return set()
    return {t.i for t in subject.subtree} | {t.i for t in clause.subtree}


def _coordinated_content(tok, content: set[int]) -> set[int]:
    """A second reported thing the parser hung on the cue as a conjunct ('said that A and that B',
    'spoke of A, and how B', 'mentioned new taxes and forcing banks to lend'): a conjunct after
    the content that opens with a complementizer or wh-word, or a bare gerund where the cue is not one."""
    extra: set[int] = set()
    for conj in tok.rights:
        if conj.dep_ != "conj" or conj.i < max(content) or any(c.dep_.startswith("nsubj") for c in conj.children) \
                and not _opens_with_complementizer(conj):
            continue
        if tok.doc[min(content)].lower_ == "to" and tok.doc[min(content)].dep_ == "aux":
            # 'declined to threaten Moscow or declare it responsible': a bare verb cannot share the
            # subject of a cue in the past or third person, so it belongs to the cue's infinitive.
            joined = conj.is_alpha and conj.tag_ in ("VB", "VBP") and tok.tag_ in ("VBD", "VBZ", "VBN")
        else:
            gerund = conj.tag_ == "VBG" and tok.tag_ != "VBG" and not any(c.dep_ == "aux" for c in conj.children)
            joined = gerund or _opens_with_complementizer(conj)
        if joined:
            cc = [c.i for c in tok.children if c.dep_ in ("cc", "punct") and max(content) < c.i < conj.i]
            extra |= _without_asides(conj) | set(cc)
    return extra


def _opens_with_complementizer(clause) -> bool:
    first = clause.left_edge
    return first.dep_ in ("mark", "advmod") and first.lower_ in COMPLEMENTIZERS | WH_WORDS


def _verb_cue(tok, entry: CueEntry, lexicon) -> _Cue:
    content, rule = _verb_content(tok, entry)
    speaker, speaker_rule = _subject(tok)
    speaker, owner_rule = _owner_of_channel(speaker, lexicon)
    sourceless = rule.startswith("subject of passive") and speaker is None   # 'the plan was criticized'
    understood = speaker is None and tok.dep_ in NONFINITE_DEPS and tok.tag_ in ("VB", "VBG")
    if (entry.agent_only or rule.startswith(("object", "subject"))) and content and not sourceless \
            and not understood and (speaker is None or not is_agent(speaker)):
        # 'the strike showed why ...', 'Iran-backed militias': no one states, believes or wants anything.
        # (An infinitive or gerund with no subject to check keeps its content: 'won an award for
        # speaking out against injustice', 'stopped short of calling the strike illegal'.)
        content, rule = set(), "no content (subject is not a speaker)"
    if content and _asks_reader(tok, speaker):
        content, rule = set(), "no content (question to the reader)"
    end_tok = tok
    for child in tok.rights:
        if child.dep_ == "prt" and child.i == end_tok.i + 1:
            end_tok = child
    start, end = tok.idx, end_tok.idx + len(end_tok.text)
    # (Span.text, not doc.text: Doc.text rebuilds the whole article string on every access.)
    return _Cue(tok, tok.doc[tok.i:end_tok.i + 1].text, start, end, entry.type, rule, speaker,
                owner_rule or speaker_rule, content, _channel(tok, lexicon))


def _asks_reader(tok, speaker) -> bool:
    """'Do you know where his tax returns are?': the author asks the reader; no one is quoted."""
    if speaker is None or speaker.lower_ != "you":
        return False
    return "?" in [t.text for t in sentence_of(tok) if not t.is_space and not t.is_quote][-2:]


def _according_cue(tok, entry: CueEntry) -> _Cue:
    doc = tok.doc
    to = doc[tok.i + 1]
    speaker = next((c for c in list(to.children) + list(tok.children) if c.dep_ == "pobj"), None)
    anchor = tok.head
    while anchor.pos_ not in CONTENT_VERB_POS and anchor.head.i != anchor.i:
        anchor = anchor.head
    hole = {t.i for t in tok.subtree} | {to.i}
    if anchor.i == tok.i:
        content = {t.i for t in sentence_of(tok)} - hole
    else:
        content = {t.i for t in anchor.subtree} - hole
    return _Cue(tok, doc[tok.i:to.i + 1].text, tok.idx, to.idx + len(to.text),
                entry.type, "clause around according to", speaker,
                "object of according to" if speaker is not None else "no subject", content)


def _in_words_cue(words, lexicon) -> _Cue | None:
    """'In the minister's words, ...' / '..., in the words of one aide' / 'in her view': the clause is
    what they said or hold; 'In the latest poll, Smith leads': what the poll shows. Not when the clause's
    verb is a cue of its own ('In a survey, most farmers backed the deal')."""
    prep = words.head
    speaker = next((c for c in words.children if c.dep_ == "poss"), None)
    if speaker is None:
        of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        speaker = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if speaker is None and words.lemma_.lower() in IN_EVIDENCE_NOUNS:
        speaker = words
    clause = prep.head
    if speaker is None or not is_agent(speaker) or clause.pos_ not in CONTENT_VERB_POS \
            or lexicon.verb(clause.lemma_) is not None:
        return None
    content = {t.i for t in clause.subtree} - {t.i for t in prep.subtree}
    doc = words.doc
    return _Cue(words, doc[prep.i:words.i + 1].text, prep.idx, words.idx + len(words.text), "say",
                "clause around in-words phrase", speaker, "owner of words", content)


def _noun_content(tok, entry: CueEntry) -> tuple[set[int], str]:
    """'the claim that ...' (ccomp), 'his plan to ...' (xcomp), 'her call for talks' (a preposition)."""
    for child in tok.rights:
        if child.dep_ in ("acl", "ccomp", "relcl"):
            first = child.left_edge
            if "ccomp" in entry.complements and first.lower_ in COMPLEMENTIZERS and first.dep_ == "mark":
                return {t.i for t in child.subtree}, "clause of noun cue"
            if "xcomp" in entry.complements and first.lower_ == "to" and first.dep_ == "aux":
                return {t.i for t in child.subtree}, "xcomp of noun cue"
        if child.dep_ == "prep" and child.lower_ in entry.complements:
            if any(g.dep_ in ("pobj", "pcomp") for g in child.children):
                return {t.i for t in child.subtree} - {child.i}, "object of noun cue"
    return set(), "no content"


def _noun_source(tok) -> tuple[object | None, str]:
    """'his call', 'calls by Democrats for ...', 'X voiced concern that ...'."""
    for child in tok.children:
        if child.dep_ == "poss":
            return child, "possessor of noun cue"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj, "by-phrase of noun cue"
    if tok.dep_ == "dobj":
        head, _ = _subject(tok.head)
        if head is not None:
            return head, "subject of verb governing noun cue"
    for child in tok.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return child, "name before noun cue"      # 'a New York Times report that ...'
    return None, "no subject"


def _noun_cue(tok, entry: CueEntry) -> _Cue | None:
    content, rule = _noun_content(tok, entry)
    if not content:
        return None
    speaker, speaker_rule = _noun_source(tok)
    # 'fears that the dam may burst' states a view even with no one named (PolNeAR counts it);
    # 'calls for a ceasefire grew' is a demand with no one making it.
    sourceless_view = speaker is None and rule.startswith("clause")
    if not sourceless_view and (speaker is None or not is_agent(speaker) or speaker.i in content):
        return None
    return _Cue(tok, tok.text, tok.idx, tok.idx + len(tok.text), entry.type, rule, speaker,
                speaker_rule, content)


def _adjective_cue(tok, entry: CueEntry) -> _Cue | None:
    """'Farmers are afraid that ...', 'she was critical of the tax', 'the rebels seem willing to talk'."""
    content, rule = _clause_content(tok, entry)
    if not content and entry.prepositions:
        content, rule = _prepositional_content(tok, entry)
    speaker, speaker_rule = _subject(tok.head)
    if not content or speaker is None or not is_agent(speaker):
        return None          # 'the vote is certain to pass': no one holds the view
    return _Cue(tok, tok.text, tok.idx, tok.idx + len(tok.text), entry.type, rule.replace("cue", "adjective cue"),
                speaker, "subject of " + tok.head.lemma_, content)


def _put_it_cue(tok) -> _Cue | None:
    """'As one aide put it, the race is over': the idiom reports the clause it hangs from."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_ != "put" or [o.lower_ for o in objects] != ["it"]:
        return None
    speaker = _as_clause_speaker(tok)
    if speaker is None:
        return None
    return _Cue(tok, tok.text, tok.idx, tok.idx + len(tok.text), "say", "clause governing as-clause cue",
                speaker, "subject of as-clause", _clause_around(tok))


def _runs(doc, indices: set[int], rule: str) -> list[tuple[int, int]]:
    """Contiguous token runs of ``indices`` as trimmed (start, end) character spans."""
    runs: list[tuple[int, int]] = []
    ordered = sorted(indices)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        lo, hi = ordered[i], ordered[j]
        # Drop edge punctuation and the complementizer: they are not the reported words.
        while lo <= hi and (doc[lo].is_punct or doc[lo].is_space
                            or doc[lo].lower_ in COMPLEMENTIZERS and doc[lo].dep_ != "det"
                            and not doc[lo].dep_.startswith("nsubj")
                            or rule.startswith("xcomp") and doc[lo].lower_ == "to" and doc[lo].dep_ == "aux"):
            lo += 1
        while hi >= lo and ((doc[hi].is_punct or doc[hi].is_space) and doc[hi].text not in "\"”’'"
                            or doc[hi].pos_ == "CCONJ"):
            hi -= 1
        if lo <= hi and any(doc[k].is_alpha or doc[k].like_num for k in range(lo, hi + 1)):
            runs.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
        i = j + 1
    return runs


def _find_cues(doc, inside_quote: list[int]) -> dict[int, _Cue]:
    lexicon = cue_lexicon()
    according = lexicon.phrase(("according", "to"))
    cues: dict[int, _Cue] = {}
    tokens = doc_tokens(doc)
    for tok in tokens:
        if inside_quote[tok.i] >= 0:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and tokens[tok.i + 1].lower_ == "to" \
                and according is not None:
            cues[tok.i] = _according_cue(tok, according)
        elif tok.dep_ == "pobj" and tok.lemma_.lower() in IN_SOURCE_NOUNS and tok.head.lower_ == "in":
            cue = _in_words_cue(tok, lexicon)
            if cue is not None:
                cues[tok.i] = cue
        elif tok.dep_ in PREDICATE_ADJECTIVE_DEPS and lexicon.adjective(tok.lower_) is not None:
            cue = _adjective_cue(tok, lexicon.adjective(tok.lower_))
            if cue is not None:
                cues[tok.i] = cue
        elif tok.pos_ in CONTENT_VERB_POS or tok.tag_.startswith("VB"):
            entry = lexicon.verb(tok.lemma_)
            if entry is not None:
                cues[tok.i] = _verb_cue(tok, entry, lexicon)
            else:
                cue = _put_it_cue(tok)
                if cue is not None:
                    cues[tok.i] = cue
        elif tok.pos_ == "NOUN":
            entry = lexicon.noun_cue(tok.lemma_)
            cue = _noun_cue(tok, entry) if entry is not None else None
            if cue is not None:
                cues[tok.i] = cue
    _join_broken_sentences(doc, cues)
    _keep_to_paragraph(doc, cues)
    _detach_chained_cues(cues)
    _drop_nested_cues(cues)
    return cues


def _paragraph_ids(doc) -> list[int]:
    """For each token, the number of the paragraph (text between line breaks) it sits in."""
    ids, n = [], 0
    for tok in doc_tokens(doc):
        ids.append(n)
        if "\n" in tok.text or "\n" in tok.whitespace_:
            n += 1
    return ids


def _keep_to_paragraph(doc, cues: dict[int, _Cue]) -> None:
    """Reported content stays in its cue's paragraph: a parse that runs on past a line break
    (a headline, the next quote) has joined two things the author kept apart."""
    para = _paragraph_ids(doc)
    for cue in cues.values():
        home = para[cue.token.i]
        cue.content = {i for i in cue.content if para[i] == home}


def _join_broken_sentences(doc, cues: dict[int, _Cue]) -> None:
    """Content that runs to the end of a sentence the parser closed with no punctuation ('cited
    disparaging remarks | Trump had made about her') goes on into the next sentence: the split was a
    parse error, and the rest of the phrase is still what was reported."""
    for cue in cues.values():
        if not cue.content:
            continue
        last = doc[max(cue.content)]
        sent = sentence_of(last)
        if last.i != sent.end - 1 or sent.end >= len(doc) or last.is_punct or last.is_space \
                or "\n" in last.whitespace_ or not doc[sent.end].is_alpha:
            continue
        cue.content |= set(range(sent.end, sentence_of(doc[sent.end]).end))


def _drop_nested_cues(cues: dict[int, _Cue]) -> None:
    """'X said she plans to resign': the plan is part of what X said, not a second quote."""
    inner_ids = {i for i, inner in cues.items() if inner.content
                 and any(outer is not inner and i in outer.content for outer in cues.values())}
    for i in inner_ids:
        cues[i].content = set()


def _detach_chained_cues(cues: dict[int, _Cue]) -> None:
    """'X said A, adding that B' / 'X said A and vowed B', where the parser hung the second
    cue inside A: B is not part of A, and the second cue's speaker is X."""
    for outer in cues.values():
        for inner in cues.values():
            tok = inner.token
            if inner is outer or not inner.content or tok.head.i not in outer.content \
                    or tok.dep_ not in ("conj", "advcl"):
                continue
            if outer.rule.startswith("xcomp") and tok.dep_ == "conj" and tok.head.dep_ == "xcomp":
                continue        # 'urged them to stop and consider talks': one infinitive, coordinated
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or _is_purpose_clause(tok):
                continue
            outer.content -= {t.i for t in tok.subtree}
            inner.speaker, inner.speaker_rule = outer.speaker, "subject of outer cue"


def _is_purpose_clause(tok) -> bool:
    """'called her on Friday to express gratitude': an infinitive adverbial clause tells why the
    reported act happened; it is part of the report, not a second attribution."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _map_tokens_to_spans(doc, spans: list[QuotedSpan]) -> list[int]:
    """For each token, the index of the quoted span (marks included) holding it, else -1."""
    owner = [-1] * len(doc)
    k = 0
    for tok in doc_tokens(doc):
        while k < len(spans) and spans[k].outer_end <= tok.idx:
            k += 1
        if k < len(spans) and spans[k].open <= tok.idx:
            owner[tok.i] = k
    return owner


def _widen(segments: list[tuple[int, int]], marks: list[QuotedSpan]) -> list[tuple[int, int]]:
    """Stretch content segments so that no quoted fragment is cut at its marks."""
    out = []
    for start, end in segments:
        for span in marks:
            if span.open < end < span.outer_end:
                end = span.outer_end
            if span.open < start < span.outer_end:
                start = span.open
        out.append((start, end))
    return out


def _alnum_outside(text: str, segments: list[tuple[int, int]], spans: list[QuotedSpan],
                   touched: list[int]) -> bool:
    """Whether reported content has words of its own outside the quotation marks."""
    for start, end in segments:
        covered = [(spans[k].open, spans[k].outer_end) for k in touched]
        pos = start
        outside = []
        for lo, hi in sorted(covered):
            if hi <= pos or lo >= end:
                continue
            outside.append(text[pos:max(lo, pos)])
            pos = max(pos, hi)
        outside.append(text[pos:end])
        words = [w for w in " ".join(outside).replace(",", " ").split() if any(c.isalnum() for c in w)]
        if any(w.lower() not in COMPLEMENTIZERS for w in words):
            return True
    return False


def _adjacent_cue(doc, span: QuotedSpan, k: int, inside_quote: list[int], cues: dict[int, _Cue],
                  after: bool, fragment: bool) -> _Cue | None:
    """A cue right after ('..., he said') or before ('X said: ...') the marks of span k.

    A ``fragment`` (a few words, no verb) must sit tight against its cue, as in
    '"No," he said' or 'He said: "No."'; otherwise it is a scare quote or a name
    ('described the camps as "re-education" centres').
    """
    if after:
        first = _first_token_at(doc, span.outer_end)
        indices = range(first, min(first + WINDOW_TOKENS, len(doc))) if first is not None else range(0)
    else:
        last = _first_token_at(doc, span.open)
        last = (last if last is not None else len(doc)) - 1
        indices = range(last, max(last - WINDOW_TOKENS, -1), -1)
    between: list[int] = []
    separators: list[str] = []
    for i in indices:
        tok = doc[i]
        if inside_quote[i] >= 0 and inside_quote[i] != k or "\n" in tok.text:
            return None
        if inside_quote[i] == k:
            continue
        if tok.text in STOP_TOKENS and (not after or between):
            return None
        cue = cues.get(i)
        if cue is not None and cue.token.dep_ not in ("amod", "compound") and \
                (cue.speaker is not None or after and _inverted_speaker(doc, cue, inside_quote) is not None):
            if all(cue.token.is_ancestor(doc[b]) and b not in cue.content for b in between) and \
                    (not fragment or _tight(doc, cue, between, separators, after)):
                return cue
        if tok.is_punct:
            separators.append(tok.text)
        else:
            between.append(i)
    return None


def _embedding_content(doc, cue: _Cue, span: QuotedSpan, token_ids: list[int]) -> set[int]:
    """Tokens of the phrase after a contentless cue that holds the quoted span with words of its own
    before the marks ('called for pay to be "clawed back"'); empty when the marks follow the cue directly."""
    if cue.content or cue.end > span.open or not token_ids:
        return set()
    gap = doc_text(doc)[cue.end:span.open].split()
    if not any(any(c.isalnum() for c in w) and w.lower() not in COMPLEMENTIZERS for w in gap):
        return set()
    tok = doc[token_ids[0]]
    while tok.head.i != cue.token.i and tok.head.i != tok.i:
        tok = tok.head
    if tok.head.i != cue.token.i or tok.dep_ in ("nsubj", "nsubjpass", "punct"):
        return set()
    return {t.i for child in cue.token.rights if child.i <= tok.i and child.dep_ not in ("punct", "npadvmod")
            for t in child.subtree}


def _tight(doc, cue: _Cue, between: list[int], separators: list[str], after: bool) -> bool:
    if after:
        speaker = cue.speaker
        return speaker is not None and all(speaker.is_ancestor(doc[b]) or b == speaker.i for b in between) \
            or not between
    return not between and any(p in (":", ",") for p in separators)


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b):max(a, b)]


def _linked_cue(doc, span: QuotedSpan, token_ids: list[int], inside_quote: list[int],
                cues: dict[int, _Cue]) -> _Cue | None:
    """A cue outside the marks that a quoted token depends on, in the same paragraph."""
    for i in token_ids:
        head = doc[i].head
        cue = cues.get(head.i)
        if cue is None or inside_quote[head.i] >= 0:
            continue
        if _same_paragraph(doc_text(doc), head.idx, span.open):
            return cue
    return None


def _lead_in(doc, text: str, span: QuotedSpan, token_ids: list[int]) -> int | None:
    """Start of the words that open the quote's sentence before its marks, if there are any
    ('However laudable the goal, using the tax ''is a misguided approach,'' said Burman')."""
    if not token_ids or _is_fragment(doc, token_ids):
        return None
    sent = sentence_of(doc[token_ids[0]])
    start = max(sent.start_char, text.rfind("\n", 0, span.open) + 1)
    lead = text[start:span.open]
    if not any(c.isalnum() for c in lead) or any(c in lead for c in "\"“”‘’'«»") or LEAD_BREAK.search(lead):
        return None
    while start < span.open and text[start].isspace():
        start += 1
    return start


def _is_title_after_preposition(doc, token_ids: list[int]) -> bool:
    """'On "Meet the Voters," Ryan said ...': title-case words that are the object of a preposition
    name a show, book or song; the cue after them reports something else."""
    words = [doc[i] for i in token_ids if doc[i].is_alpha]
    if len(words) < 2 or not words[0].is_title:
        return False
    if not all(w.is_title or w.is_upper or w.is_stop and w.is_lower for w in words):
        return False
    before = token_ids[0] - 1
    while before >= 0 and (doc[before].is_quote or doc[before].is_space):
        before -= 1
    return before >= 0 and doc[before].pos_ == "ADP"


def _is_fragment(doc, token_ids: list[int]) -> bool:
    """A few words without a verb: a name, a scare quote or a one-word answer."""
    words = sum(1 for i in token_ids if doc[i].is_alpha)
    return words <= FRAGMENT_WORDS and not any(doc[i].pos_ in CONTENT_VERB_POS for i in token_ids)


def _continued_cue(doc, spans: list[QuotedSpan], k: int, owner: dict[int, _Cue]) -> _Cue | None:
    """'"A," she said. "B."': B continues the quote attributed just before it (same paragraph)."""
    cue = owner.get(k - 1)
    if cue is None or cue.start < spans[k - 1].outer_end:
        return None
    tail = cue.token.right_edge
    gap = doc_text(doc)[tail.idx + len(tail.text):spans[k].open]
    if tail.idx + len(tail.text) <= spans[k].open and _same_paragraph(doc_text(doc), cue.end, spans[k].open) \
            and not gap.strip(" .,;:"):
        return cue
    return None


def _signature_cue(doc, span: QuotedSpan) -> _Cue | None:
    """'"We deserve better." ― Maria Lopez': a dash and a name closing the quote's paragraph sign it."""
    found = SIGNATURE.match(doc_text(doc), span.outer_end)
    if found is None:
        return None
    names = doc.char_span(found.start("name"), found.end("name"), alignment_mode="contract")
    dash = doc.char_span(found.start("dash"), found.end("dash"), alignment_mode="expand")
    if not names or dash is None or len(names) > MAX_SIGNATURE_TOKENS \
            or not all(t.is_title or t.is_upper or not t.is_alpha for t in names) or not is_agent(names.root):
        return None
    return _Cue(dash.root, found.group("dash"), found.start("dash"), found.end("dash"), "say",
                "signature after quote", names.root, "name after dash")


def _first_token_at(doc, offset: int) -> int | None:
    """Index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(doc) else None


def _inverted_speaker(doc, cue: _Cue, inside_quote: list[int]):
    """'..., said Smith' parsed without a subject: the name right after the verb."""
    nxt = cue.token.i + 1
    if nxt < len(doc) and inside_quote[nxt] < 0 and doc[nxt].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
        tok = doc[nxt]
        while tok.dep_ in ("compound", "det", "amod") and tok.head.i > tok.i:
            tok = tok.head
        return tok
    return None


def _is_headline(text: str, span: QuotedSpan) -> bool:
    return _is_headline_at(text, span.open)


def _is_headline_at(text: str, offset: int) -> bool:
    """Whether ``offset`` is in a first line that reads as a title (no closing punctuation)."""
    first_break = text.find("\n")
    # ('... It's 'in Their Heads.'' closes with a full stop inside the quotation mark.)
    closed = text[:first_break].rstrip().rstrip(CLOSING_MARKS).endswith((".", "!", "?"))
    return 0 <= offset < first_break and not closed


def extract_quotes(doc, speakers: SpeakerResolver | None = None, *,
                   article_id: str = "") -> tuple[list[records.Quote], list[str]]:
    """All quotes in a parsed article, in text order, plus one-line warnings."""
    text = doc_text(doc)
    story_start = dateline_end(text, colon=False)
    spans, warnings = find_quoted_spans(text)
    inside_quote = _map_tokens_to_spans(doc, spans)
    cues = _find_cues(doc, inside_quote)
    for cue in cues.values():
        if cue.speaker is not None and cue.speaker.idx < story_start:
            # 'BELGRADE, Feb 1 (Wire) - ..., police said': the place in the dateline is not the speaker.
            cue.speaker, cue.speaker_rule = None, "subject was in the dateline"
    sent_starts = [s.start_char for s in sentences(doc)]
    span_tokens: list[list[int]] = [[] for _ in spans]
    for i, k in enumerate(inside_quote):
        if k >= 0:
            span_tokens[k].append(i)

    # 3. Cues whose content touches quotation marks: direct attribution or mixed quote.
    owner: dict[int, _Cue] = {}
    consumed: set[int] = set()
    for cue in cues.values():
        if not cue.content:
            continue
        touched = sorted(k for k in {inside_quote[i] for i in cue.content if inside_quote[i] >= 0}
                         if _same_paragraph(text, cue.start, spans[k].open))
        if not touched:
            continue
        segments = _runs(doc, cue.content, cue.rule)
        if _alnum_outside(text, segments, spans, touched):
            cue.mixed_spans = touched
            consumed.update(touched)
        else:
            for k in touched:
                owner.setdefault(k, cue)
            cue.content = set()
    for k in consumed:
        owner.pop(k, None)

    # 4. Marks still without a cue: dependency link out of the quote, then adjacency.
    for k, span in enumerate(spans):
        if k in owner or k in consumed or _is_title_after_preposition(doc, span_tokens[k]):
            continue
        fragment = _is_fragment(doc, span_tokens[k])
        linked = None if fragment else _linked_cue(doc, span, span_tokens[k], inside_quote, cues)
        owner_cue = linked or _adjacent_cue(doc, span, k, inside_quote, cues, True, fragment) \
            or _adjacent_cue(doc, span, k, inside_quote, cues, False, fragment) \
            or _continued_cue(doc, spans, k, owner) or _signature_cue(doc, span)
        embedding = _embedding_content(doc, owner_cue, span, span_tokens[k]) if owner_cue else set()
        if embedding:
            # 'called for pay to be "clawed back" from bosses': a fragment inside reported words.
            owner_cue.content, owner_cue.rule = embedding, "phrase after cue around quoted fragment"
            owner_cue.mixed_spans.append(k)
            consumed.add(k)
        elif owner_cue is not None:
            owner[k] = owner_cue
    for k, cue in sorted(owner.items()):
        cue.direct_spans.append(k)

    quotes: list[records.Quote] = []

    def make(start: int, end: int, direct: bool, cue: _Cue | None, speaker_tok, speaker_rule: str,
             evidence: list[str], carried: records.Entity | None = None) -> records.Quote:
        speaker = carried
        if speaker_tok is not None:
            speaker, how = resolve_speaker(speaker_tok, speakers)
            evidence.append(f"speaker entity: {how}")
        evidence.insert(1, f"speaker: {speaker_rule}")
        if cue is not None and cue.channel:
            evidence.append(f"channel: {cue.channel}")
        sentence = max(bisect.bisect_right(sent_starts, start) - 1, 0)
        return records.Quote(
            id=records.stable_id(article_id, start, end), speaker=speaker,
            cue=cue.text if cue else None, text=text[start:end], direct=direct, start=start, end=end,
            sentence=sentence, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
            evidence=tuple(evidence))

    # Direct quotes.
    previous_direct: tuple[records.Quote, int] | None = None
    for k, span in enumerate(spans):
        if k in consumed:
            continue
        cue = owner.get(k)
        notes: list[str] = []
        if span.paragraphs > 1:
            notes.append(f"quote spans {span.paragraphs} paragraphs")
        if span.nested:
            notes.append("contains nested quote")
        if span.capped:
            notes.append("unclosed quote capped at paragraph end")
        if cue is not None:
            speaker_tok, rule = cue.speaker, cue.speaker_rule
            if speaker_tok is None and cue.start > span.open:
                speaker_tok = _inverted_speaker(doc, cue, inside_quote)
                rule = "word after cue" if speaker_tok is not None else rule
            where = "after" if cue.start >= span.outer_end else "before"
            evidence = [f"direct: cue {where} quote"] + notes
            parts = cue.direct_spans
            if len(parts) > 1:
                evidence.append(f"part {parts.index(k) + 1} of {len(parts)}")
            lead = _lead_in(doc, text, span, span_tokens[k]) if where == "after" and len(parts) == 1 else None
            if lead is not None:
                # 'Using the tax ''is a misguided approach,'' said Burman': the quoted words finish a
                # sentence the author began; the report is the whole sentence, a mixed quote.
                evidence = ["indirect: sentence around quote before cue",
                            f"mixed: quoted fragment at {span.start}-{span.end}"] + notes
                quote = make(lead, span.outer_end, False, cue, speaker_tok, rule, evidence)
            else:
                quote = make(span.start, span.end, True, cue, speaker_tok, rule, evidence)
        else:
            words = sum(1 for i in span_tokens[k] if doc[i].is_alpha)
            has_verb = any(doc[i].pos_ in CONTENT_VERB_POS for i in span_tokens[k])
            if words < MIN_CUELESS_WORDS or not has_verb or _is_headline(text, span):
                continue            # scare quote, title or headline
            carried = None
            if previous_direct is not None and previous_direct[0].speaker is not None:
                gap = text[previous_direct[1]:span.open]
                if len(PARAGRAPH_BREAK.findall(gap)) <= 1:
                    carried = previous_direct[0].speaker
            rule = "carried over from previous quote" if carried else "none (no cue)"
            quote = make(span.start, span.end, True, None, None, rule,
                         ["direct: no cue"] + notes, carried=carried)
        quotes.append(quote)
        previous_direct = (quote, span.outer_end)

    # Indirect and mixed quotes.
    seen: set[tuple[int, int]] = {(q.start, q.end) for q in quotes}
    for cue in cues.values():
        if not cue.content:
            continue
        segments = _widen(_runs(doc, cue.content, cue.rule), [spans[k] for k in cue.mixed_spans])
        segments = _after_dateline(text, segments, story_start)
        for n, (start, end) in enumerate(segments):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            evidence = [f"indirect: {cue.rule}"]
            for k in cue.mixed_spans:
                evidence.append(f"mixed: quoted fragment at {spans[k].start}-{spans[k].end}")
            if len(segments) > 1:
                evidence.append(f"part {n + 1} of {len(segments)}")
            quotes.append(make(start, end, False, cue, cue.speaker, cue.speaker_rule, evidence))

    # Speaker-labelled lines ('PENCE: Well, look ...') where no cued quote already covers the words.
    for line in labelled_lines(doc, story_start):
        if inside_quote[line.speaker.i] >= 0 and not line.quoted or _is_headline_at(text, line.start):
            continue
        overlapping = [q for q in quotes if q.start < line.end and line.start < q.end]
        # A cued direct quote already holds the line.
        if any(q.cue is not None and q.direct for q in overlapping):
            continue
        # Reported speech cued inside the line is nested in the speaker's words, as a cue inside
        # quotation marks is ('PENCE: Clinton thinks this is a game'): not a quote of its own.
        quotes = [q for q in quotes if q not in overlapping
                  or q.cue is not None and not line.start <= q.cue_start < line.end]
        cue = _Cue(line.colon, ":", line.colon.idx, line.colon.idx + 1, "say", "speaker label", line.speaker,
                   "label before colon")
        quotes.append(make(line.start, line.end, True, cue, line.speaker, cue.speaker_rule,
                           ["direct: speaker-labelled line"]))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes, warnings


def _after_dateline(text: str, segments: list[tuple[int, int]], story_start: int) -> list[tuple[int, int]]:
    """Content segments with any dateline ('LONDON, Nov 24 (Reuters) - ') cut off the front."""
    out = []
    for start, end in segments:
        if end <= story_start:
            continue
        start = max(start, story_start)
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            out.append((start, end))
    return out
