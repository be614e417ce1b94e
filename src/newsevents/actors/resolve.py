"""Mention resolution: an argument's head token -> records.Entity (code, sector, offsets, method).

``ActorResolver(kb).for_article(doc, published)`` reads the article once, in order,
resolving every name and role noun and recording them for coreference. Then
``actors.entity_for(token)`` returns the Entity for a subject/object head, a pronoun
or a token inside a name; ``speaker_for`` does the same for quote speakers (anonymous
sources included); ``story_country()`` is the country the article is mostly about.
Dates: dated roles are resolved on ``published`` (YYYY-MM-DD).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..nlp.doc_views import doc_ents, doc_text, doc_tokens
from ..nlp.sentences import sentences
from ..records import Entity
from .coref import Mention, MentionHistory
from .kb import NON_STATE_CODES, KBEntry, KnowledgeBase
from .mentions import (DROP_LEADING, PRONOUNS, RELATIVE, appositions, coordinated_modifiers,
                       is_plural, left_modifiers, mention_bounds, mention_head, name_run,
                       phrase_end, prep_objects)
from .places import city_country, country_on, is_city
from .story import story_country

# What makes a "strike" workers' rather than a force's ("a general strike", "a strike to demand pay").
LABOUR_STRIKE_WORDS = frozenset({"general", "hunger", "labour", "labor", "nationwide", "indefinite", "wildcat",
                                 "union", "worker", "teacher", "doctor", "nurse", "warning", "token"})
STRIKE_CAUSE_VERBS = frozenset({"demand", "protest", "press", "oppose", "denounce"})


def _labour_strike(head) -> bool:
    """A workers' strike named by its kind or its cause, which no role table reads as a force."""
    return head.lemma_.lower() == "strike" and (
        any(t.lemma_.lower() in LABOUR_STRIKE_WORDS for t in head.lefts)
        or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in STRIKE_CAUSE_VERBS for c in head.children))


# NER labels that never name an actor.
NON_ACTOR_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                              "QUANTITY", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels of names a leading adjective belongs to ("the paramilitary RSF", "the pro-Iranian Hizbollah").
NAME_LABELS = frozenset({"ORG", "NORP"})
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
              "lady": "f", "dr": None, "prof": None, "professor": None, "sheikh": "m",
              "ayatollah": "m", "gen": None, "general": None, "col": None, "colonel": None,
              "maj": None, "major": None, "lt": None, "captain": None, "capt": None,
              "sen": None, "rep": None, "president": None, "king": "m", "queen": "f",
              "prince": "m", "princess": "f", "emir": "m"}
GENDERED_NOUNS = {"man": "m", "boy": "m", "spokesman": "m", "king": "m", "policeman": "m",
                  "businessman": "m", "congressman": "m", "woman": "f", "girl": "f",
                  "spokeswoman": "f", "queen": "f", "congresswoman": "f"}
# Role nouns that denote one person (a pronoun "he"/"she" can refer back to them).
PERSON_NOUNS = frozenset({
    "president", "prime minister", "premier", "chancellor", "leader", "king", "queen", "emir",
    "crown prince", "supreme leader", "minister", "secretary", "foreign minister", "defence minister",
    "defense minister", "foreign secretary", "defence secretary", "defense secretary", "secretary of state",
    "official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "ambassador", "envoy",
    "negotiator", "governor", "mayor", "soldier", "officer", "commander", "general", "judge",
    "prosecutor", "lawmaker", "senator", "mp", "journalist", "reporter", "doctor", "student", "activist",
    "protester", "man", "woman", "girl", "boy", "teenager", "child", "resident", "civilian", "cleric",
    "imam", "priest", "suspect", "gunman", "fighter", "militant", "rebel", "vice president",
    "top diplomat", "army chief", "military chief", "chief of staff", "press secretary"})
# Descriptions that point back at the last named body of a kind ("the group", "the alliance").
DESCRIPTIONS = {"group": frozenset({"group"}), "movement": frozenset({"group"}),
                "militia": frozenset({"group"}), "organisation": frozenset({"org", "group"}),
                "organization": frozenset({"org", "group"}), "agency": frozenset({"org"}),
                "alliance": frozenset({"org"}), "bloc": frozenset({"org"}),
                "body": frozenset({"org"}), "watchdog": frozenset({"org"}),
                "country": frozenset({"country", "place-metonym"}), "nation": frozenset({"country", "place-metonym"}),
                "kingdom": frozenset({"country", "place-metonym"}),
                "republic": frozenset({"country", "place-metonym"})}
# Plural descriptions of the two parties just named ("the two countries", "both sides").
PAIR_NOUNS = {"country": frozenset({"country", "place-metonym"}), "nation": frozenset({"country", "place-metonym"}),
              "neighbour": frozenset({"country", "place-metonym"}), "neighbor": frozenset({"country", "place-metonym"}),
              "government": frozenset({"country", "place-metonym"}),
              "side": frozenset({"country", "place-metonym", "group", "org", "collective"})}
# Lower-case words allowed inside a multi-word name, and how far right a name may run.
CONNECTORS = frozenset({"of", "the", "for", "without", "and", "de", "du", "al", "on", "in"})
MAX_WINDOW = 6
# Titles too loose to name the story country's office-holder without a country word.
GENERIC_TITLES = frozenset({"leader", "spokesman", "spokeswoman", "spokesperson", "envoy",
                            "general", "press secretary"})
SOURCE_NOUNS = frozenset({"source", "insider", "aide", "adviser", "advisor"})
FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
INDEFINITE = frozenset({"a", "an", "one", "another"})
# Modifiers that keep a coordinated noun from taking the first noun's nationality.
NOT_INHERITED = frozenset({"local", "foreign"})
# Armed-actor sectors a group keeps for its generic members ("Hamas officials" -> REB).
ARMED_SECTORS = frozenset({"GOV", "MIL", "REB", "UAF"})
# Ownerless forces and weapons ("the troops", "the strike") belong to the force just named.
SALIENT_SECTORS = frozenset({"MIL"})
# Methods meaning the knowledge base knows the actor (not a guess from title or context).
KB_METHODS = frozenset({"kb-name", "alias", "surname", "user", "metonym", "seat", "office-dated",
                        "surname-after-first-mention"})


@dataclass(frozen=True)
class _Resolved:
    entity: Entity
    kind: str
    gender: str | None = None
    plural: bool = False
    surname: str | None = None
    titles: tuple[str, ...] = ()
    named: bool = False
    place_code: str | None = None   # set when the mention is a city: what it means as a target


class ActorResolver:
    """Builds one ArticleActors per article over a shared knowledge base."""

    def __init__(self, kb: KnowledgeBase | None = None):
        self.kb = kb or KnowledgeBase.default()

    def for_article(self, doc, published: str | None) -> "ArticleActors":
        return ArticleActors(self.kb, doc, published)


class ArticleActors:
    """Resolved actors of one parsed article (names, titles, pronouns, story country)."""

    def __init__(self, kb: KnowledgeBase, doc, published: str | None):
        self.kb = kb
        self.doc = doc
        self._tokens = doc_tokens(doc)
        self._doc_text = doc_text(doc)
        self.date = published
        self._ent_at = {}
        for ent in doc_ents(doc):
            for i in range(ent.start, ent.end):
                self._ent_at[i] = ent
        # sentence number of each token, by token index (a list: filled a sentence at a time)
        self._sentence_of: list[int | None] = [None] * len(self._tokens)
        self._sentence_starts = []
        for n, sent in enumerate(sentences(doc)):
            self._sentence_starts.append(sent.start)
            self._sentence_of[sent.start:sent.end] = [n] * (sent.end - sent.start)
        self._lookups: dict[str, list] = {}
        self._story = story_country(doc, self._lookup, kb, published)
        self.history = MentionHistory()
        self._cache: dict[int, _Resolved | None] = {}
        self._read_article()

    # -- public API ---------------------------------------------------------------------
    def entity_for(self, token, *, physical_target: bool = False) -> Entity | None:
        """Entity for an argument head, pronoun or token inside a name; None if not an actor."""
        if self._is_pronoun(token):
            return self._pronoun(token)
        if token.lower_ in RELATIVE and token.tag_ in ("WP", "WDT", "WP$"):
            return self._relative(token)
        head = mention_head(self._misparsed_modifier_of(token) or token)
        if head.i not in self._cache:
            self._cache[head.i] = self._resolve(head)
        res = self._cache[head.i]
        if res is None:
            return None
        if physical_target and res.place_code:
            return replace(res.entity, code=res.place_code, sector="CVL", method="place-as-target")
        return res.entity

    def entities_for(self, token, *, physical_target: bool = False) -> list[Entity]:
        """One Entity per coordinated owner of the mention, in text order; else [entity_for(token)].

        "The Turkish and Greek sides" -> [TUR/GOV, GRC/GOV]; "US and British forces" ->
        [USA/MIL, GBR/MIL]. Every Entity spans the whole mention (same entity_text and
        offsets) and keeps the head's sector (an armed body's own sector for "Hamas and
        Hezbollah fighters"); owners giving the same code are kept once. Conjoined nouns
        ("Israeli helicopters and tanks") are separate heads: ask for each of them.
        Returns [] when the token is not an actor.
        """
        base = self.entity_for(token, physical_target=physical_target)
        if base is None or self._is_pronoun(token) or token.lower_ in RELATIVE:
            return [base] if base is not None else []
        head = mention_head(token)
        pair = self._both_sides(head)
        if pair:
            return pair
        out: list[Entity] = []
        for owner in coordinated_modifiers(head):
            code, how, body = self._code_from([owner], head)
            if code is None or any(e.code == code for e in out):
                continue
            if code == base.code:
                out.append(base)
                continue
            sector = body.sector if body is not None and base.sector in ARMED_SECTORS else base.sector
            out.append(replace(base, code=code, sector=sector, identifier_text=None,
                               identifier_id=None, office=None,
                               method=f"coordinated-{how}+{base.method}"))
        if len(out) < 2:
            return [base]
        return out

    def _both_sides(self, head) -> list[Entity]:
        """"The two countries", "both sides": the two states (or, for sides, also groups) named
        last, each spanning the whole mention; [] when the text has not named two."""
        kinds = PAIR_NOUNS.get(head.lemma_.lower())
        if kinds is None or head.tag_ != "NNS" or not any(c.lower_ in ("two", "both") for c in head.lefts):
            return []
        # "Malaysia urged both sides": the one urging is not one of them
        pair = self.history.last_distinct(kinds, head.i, self._sentence_of[head.i], 2,
                                          by_sector=head.lemma_.lower() == "side",
                                          not_same_as=self._clause_subject_entity(head))
        if len(pair) < 2:
            return []
        start, end = mention_bounds(head)
        first, last = self._tokens[start].idx, self._end_char(start, end)
        return [replace(m.entity, entity_text=self._text(start, end), start=first, end=last,
                        method=f"pair->{m.entity.identifier_text or m.entity.entity_text}") for m in pair]

    def _is_pronoun(self, token) -> bool:
        """A personal pronoun, not a capitalised name spelled like one ("the US", "a US offer")."""
        if token.lower_ not in PRONOUNS or token.pos_ not in ("PRON", "DET", "PROPN", "NOUN"):
            return False
        return not (len(token.text) > 1 and token.text.isupper() and self._lookup(token.text))

    def _misparsed_modifier_of(self, token):
        """The name a lower-case word sits right before, when the parse made that word the
        argument instead ("as the paramilitary Rapid Support Forces entered": "paramilitary")."""
        nxt = self._ent_at.get(token.i + 1)
        if token.pos_ in ("ADJ", "NOUN") and token.is_lower and nxt is not None \
                and nxt.start == token.i + 1 and nxt.label_ in NAME_LABELS and token.head.i != nxt.root.i:
            return nxt.root
        return None

    def speaker_for(self, token) -> Entity | None:
        """Like entity_for; anonymous sources are kept ("officials", "a source at the Élysée")."""
        head = mention_head(token)
        if head.lemma_.lower() in SOURCE_NOUNS or head.lower_ in SOURCE_NOUNS:
            return self._source(head)
        return self.entity_for(token)

    def story_country(self) -> str | None:
        """ISO3 of the country the article mentions most (names, demonyms, cities, people)."""
        return self._story

    # -- reading the article once --------------------------------------------------------
    def _read_article(self) -> None:
        for token in doc_tokens(self.doc):
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            # (a token is not its own mention head only as a compound or flat part of a name)
            if token.dep_ in ("amod", "compound", "flat"):
                # a body named inside a longer name ("NATO" in "NATO chief Mark Rutte") is
                # still there for "the alliance" and "it" later
                hits = self._lookup(token.text) if token.pos_ == "PROPN" else None
                if hits and hits[0][0].kind in ("org", "group"):
                    self._remember(token, self._from_entry(hits[0][0], hits[0][1], token,
                                                           token.i, token.i + 1, None))
                continue
            res = self._resolve(token)
            self._cache[token.i] = res
            if res is not None:
                self._remember(token, res)

    def _remember(self, token, res: _Resolved) -> None:
        sentence_no = self._sentence_of[token.i]
        self.history.add(Mention(
            token_i=token.i, sent_start=self._sentence_starts[sentence_no], sentence_no=sentence_no,
            entity=res.entity, kind=res.kind, gender=res.gender, plural=res.plural,
            subject=token.dep_ in ("nsubj", "nsubjpass"), surname=res.surname,
            titles=res.titles, named=res.named))

    def _lookup(self, text: str) -> list[tuple[KBEntry, str]]:
        hits = self._lookups.get(text)
        if hits is None:
            hits = self.kb.lookup(text, self.date)
            self._lookups[text] = hits
        return hits

    def _known_full_name(self, head) -> bool:
        """A name of several words the KB knows, whatever the tagger called its last word
        ("Theresa May's offer", where "May" was read as a month)."""
        run = name_run(head)
        return len(run) > 1 and bool(self._lookup(" ".join(t.text for t in run)))

    # -- one mention ----------------------------------------------------------------------
    def _resolve_cached(self, token) -> _Resolved | None:
        head = mention_head(token)
        if head.i not in self._cache:
            self._cache[head.i] = self._resolve(head)
        return self._cache[head.i]

    def _plainly_no_actor(self, head) -> bool:
        """A lower-case common noun that no rule below can make an actor: not a name, not in an
        entity, no role word, no description, no proper-noun apposition, no known "X of Y" title
        and no capitalised or proper-noun word in front ("time", "the new road", "part of the
        plan"). Most nouns of an article are these, and the full resolution costs them most of
        the actor set-up. tests/actors/test_fast_paths.py checks the gate changes no answer."""
        if head.pos_ != "NOUN" or head.i in self._ent_at or not head.is_lower:
            return False
        low, lemma = head.lower_, head.lemma_.lower()
        if low in DESCRIPTIONS or lemma in DESCRIPTIONS or self.kb.may_end_role(low) \
                or (lemma != low and self.kb.may_end_role(lemma)):
            return False
        tokens = self._tokens
        if self._may_head_of_title(head):
            return False
        if head.n_rights and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.rights):
            return False
        # a plain loop with _capitalised inline: this runs for most nouns of an article
        for t in tokens[head.left_edge.i:head.i]:
            if ((not t.is_lower and t.text[:1].isupper()) or t.pos_ == "PROPN") \
                    and t.lower_ not in DROP_LEADING:
                return False
        return True

    def _may_head_of_title(self, head) -> bool:
        """Whether "<head> of <next word>" is a known title ("head of state"), the only way
        ``_role_of`` gives a role to a word that ends none ("part of the plan" gives none)."""
        tokens = self._tokens
        i = head.i
        return i + 2 < len(tokens) and tokens[i + 1].lower_ == "of" \
            and self.kb.role_for_noun(f"{head.lower_} of {tokens[i + 2].lower_}") is not None

    def _resolve(self, head) -> _Resolved | None:
        if self._plainly_no_actor(head):
            return None
        ent = self._ent_at.get(head.i)
        if ent is not None and ent.label_ in NON_ACTOR_LABELS and not self._known_full_name(head):
            return None
        start, end = mention_bounds(head)
        if ent is not None and ent.root.i == head.i:
            start, end = min(start, ent.start), max(end, ent.end)
            while start < head.i and self._tokens[start].lower_ in DROP_LEADING:
                start += 1
            before = self._tokens[start - 1] if start > 0 else None
            if before is not None and start == ent.start and ent.label_ in NAME_LABELS \
                    and before.pos_ == "ADJ" and before.is_lower:
                start -= 1  # "the paramilitary Rapid Support Forces": the adjective is part of it
        if head.pos_ == "NOUN" and end - start > 1 and any(
                _capitalised(t) for t in self._tokens[start:head.i]):
            hits = self._lookup(_strip_possessive(self._text(start, end)))
            if hits:
                return self._from_entry(hits[0][0], hits[0][1], head, start, end, None)
        if head.text[:1].isupper():
            windowed = self._name_window(head, start)
            if windowed is not None:
                return windowed
        if head.pos_ == "PROPN" or (ent is not None and head.text[:1].isupper()):
            named = self._resolve_name(head, ent, start, end)
            if named is not None:
                return named
        elif head.pos_ == "NOUN" and head.text[:1].isupper() and not head.is_sent_start:
            # "members of the Imbonerakure": a group name the tagger took for a common noun
            hits = self._lookup(head.text)
            if hits:
                return self._from_entry(hits[0][0], hits[0][1], head, start, end, None)
        return self._resolve_role(head, start, end)

    def _name_window(self, head, start: int) -> _Resolved | None:
        """Names the parse splits at a preposition: "Doctors Without Borders", "Coalition of the Willing"."""
        tokens = self._tokens
        limit = min(len(tokens), head.i + 1 + MAX_WINDOW)
        stop = head.i + 1
        while stop < limit and (_capitalised(tokens[stop]) or tokens[stop].lower_ in CONNECTORS):
            stop += 1
        for j in range(stop, head.i + 1, -1):
            if not _capitalised(tokens[j - 1]):
                continue
            for i in dict.fromkeys((start, head.i)):
                hits = self._lookup(self._text(i, j))
                if hits:
                    return self._from_entry(hits[0][0], hits[0][1], tokens[j - 1], i, j, None)
        return None

    def _span_entity(self, start: int, end: int, **fields) -> Entity:
        end = min(end, len(self._tokens))
        text = self._text(start, end)
        # a trailing possessive marker is not part of the name as written
        if end - start > 1 and self._tokens[end - 1].tag_ == "POS":
            text = self._text(start, end - 1)
        first = self._tokens[start].idx
        return Entity(entity_text=text, start=first, end=first + len(text), **fields)

    def _text(self, start: int, end: int) -> str:
        """The text of tokens [start, end) as written: ``doc[start:end].text`` without a Span."""
        end = min(end, len(self._tokens))
        if start >= end:
            return ""
        last = self._tokens[end - 1]
        return self._doc_text[self._tokens[start].idx:last.idx + len(last.text)]

    def _end_char(self, start: int, end: int) -> int:
        """``doc[start:end].end_char`` without a Span."""
        end = min(end, len(self._tokens))
        last = self._tokens[end - 1] if end > start else self._tokens[start]
        return last.idx + len(last.text) if end > start else last.idx

    def _resolve_name(self, head, ent, start: int, end: int) -> _Resolved | None:
        run = name_run(head) or [head]
        if ent is not None and ent.root.i == head.i and ent.start < run[0].i:
            run = list(self._tokens[ent.start:head.i + 1])
        # split "UK Defence Secretary John Healey" into descriptor words and the name proper
        cut = 0
        for k, tok in enumerate(run):
            if k < len(run) - 1 and self._is_descriptor_word(tok):
                cut = k + 1
        name_tokens = run[cut:]
        honorific = None
        if name_tokens and name_tokens[0].lower_.rstrip(".") in HONORIFICS and len(name_tokens) > 1:
            honorific = name_tokens[0].lower_.rstrip(".")
            name_tokens = name_tokens[1:]
        name = self._text(name_tokens[0].i, name_tokens[-1].i + 1) if name_tokens else head.text
        label = ent.label_ if ent is not None else None
        if label is None:
            labels = [self._ent_at[t.i].label_ for t in name_tokens if t.i in self._ent_at]
            label = labels[0] if labels else None
        # later short mention of a person already named in full
        if len(name_tokens) == 1:
            earlier = self.history.by_surname(name_tokens[0].lower_, head.i)
            if earlier is not None and earlier.kind == "person":
                entity = replace(self._span_entity(start, end, code=earlier.entity.code,
                                                   sector=earlier.entity.sector),
                                 identifier_text=earlier.entity.identifier_text,
                                 identifier_id=earlier.entity.identifier_id,
                                 office=earlier.entity.office, method="surname-after-first-mention")
                return _Resolved(entity, "person", earlier.gender, False, earlier.surname,
                                 earlier.titles, True)
        # longest first: the whole mention, then each shorter ending of the name run
        candidates = [_strip_possessive(self._text(start, end))]
        candidates += [self._text(tok.i, head.i + 1) for tok in run]
        for text in dict.fromkeys(candidates):
            hits = self._lookup(_strip_possessive(text))
            if len(name_tokens) > 1 and len(text) < len(name) and " " not in text:
                # the last word of a longer name is no alias of it: "Hazem Qassem" is not Naim
                # Qassem, the "Kenya Anti-Corruption Commission" not the (European) Commission,
                # "Lower Juba" (a Somali region) not South Sudan's capital
                hits = [h for h in hits if h[1].split("+")[0] not in ("alias", "surname", "metonym", "seat")]
            if hits:
                return self._from_entry(hits[0][0], hits[0][1], head, start, end, honorific)
        if self.kb.role_for_noun(head.lower_) and len(name_tokens) <= 1:
            return None  # "US Senators", "a Labour MP": a title, not a name
        misspelt = self._misspelled_country(name_tokens, label, honorific)
        if misspelt is not None:
            return self._from_entry(misspelt, "misspelled-country-name", head, start, end, None)
        if label in PLACE_LABELS or (label in (None, "PERSON") and head.pos_ == "PROPN" and not honorific
                                     and _place_position(head, name_tokens) and is_city(name)):
            code = country_on(city_country(name), self.date)
            if code:
                entity = self._span_entity(start, end, code=code, sector="GOV", identifier_text=name,
                                           method="city-metonym")
                return _Resolved(entity, "place-metonym", named=True, place_code=code)
        peoples = self._may_name_people(head)  # "Karen" may be a given name
        code = self.kb.country_by_demonym(name, peoples=peoples)
        if label == "NORP" or code:
            residence = self._residence(head, code) if code else None
            if residence is not None:
                return self._resident_people(head, start, end, "demonym", *residence)
            if code:
                definite = any(c.lower_ == "the" for c in head.lefts)
                entity = self._span_entity(start, end, code=code, sector="GOV" if definite else "CVL",
                                           method="demonym")
                return _Resolved(entity, "collective", plural=True, named=definite)
        if cut and label is None and not honorific and head.pos_ == "PROPN" \
                and self.kb.role_for_noun(head.lower_):
            # "Kenya Anti-Corruption Commission": a body's name ends with a body noun
            return self._unknown_org(head, name_tokens, start, end)
        if label == "PERSON" or honorific or (cut and label is None and head.pos_ == "PROPN"):
            return self._unknown_person(head, name_tokens, honorific, start, end)
        if label == "ORG":
            return self._unknown_org(head, name_tokens, start, end)
        return None

    def _misspelled_country(self, name_tokens, label, honorific) -> KBEntry | None:
        """A lone unknown capitalised word one typo from a country name ("Ethopia"); never a
        person's name, which may legitimately be close to one."""
        if len(name_tokens) != 1 or honorific or label in ("PERSON", "NORP"):
            return None
        return self.kb.misspelled_country(name_tokens[0].text)

    def _is_descriptor_word(self, tok) -> bool:
        low = tok.lower_
        if low.rstrip(".") in HONORIFICS and low not in ("president", "king", "queen", "prince",
                                                          "princess", "emir", "general", "major"):
            return False
        return bool(self.kb.role_for_noun(low) or self.kb.country_by_demonym(tok.text, peoples=False)
                    or self.kb.country_code(tok.text))

    def _from_entry(self, entry: KBEntry, method: str, head, start, end, honorific) -> _Resolved:
        entity = self._span_entity(start, end, code=entry.code, sector=entry.sector,
                                   identifier_text=entry.name, identifier_id=entry.qid,
                                   office=entry.office, method=method)
        place_code = None
        if entry.kind == "country" and method.startswith("metonym"):  # a city, not a seat of power
            place_code = country_on(entry.code, self.date)
            if place_code != entry.code:  # "Juba" in 1995: a town of Sudan, not South Sudan's seat
                entity = replace(entity, code=place_code, identifier_text=None, identifier_id=None,
                                 method=f"{method}+held-by-predecessor")
        if entry.kind == "person":
            if "+" in method:
                entry, entity = self._role_by_title(entry, entity, start, head)
            gender = entry.gender or (HONORIFICS.get(honorific) if honorific else None)
            titles = entry.classes
            return _Resolved(entity, "person", gender, False, entry.name.split()[-1].lower(),
                             titles, True)
        if entry.kind == "country" and method.startswith("demonym"):
            residence = self._residence(head, entry.code)
            if residence is not None:
                return self._resident_people(head, start, end, method, *residence)
            definite = any(c.lower_ == "the" for c in head.lefts)
            entity = replace(entity, sector="GOV" if definite else "CVL", identifier_text=None)
            return _Resolved(entity, "collective", plural=True, named=definite)
        if entry.kind == "org" and len(entry.code or "") == 3 and entry.code not in NON_STATE_CODES:
            located = self._located_elsewhere(head, entry.code)
            if located is not None:
                # "the Foreign Office in Islamabad": another state's ministry of the same name
                code, place_end = located
                entity = replace(self._span_entity(start, max(end, place_end), code=code, sector=entry.sector,
                                                   method=f"{method}+located-in"), identifier_text=None)
        kind = "place-metonym" if place_code else entry.kind
        return _Resolved(entity, kind, plural=is_plural(head), named=True, place_code=place_code)

    def _located_elsewhere(self, head, own_code: str, preps=("in",)) -> tuple[str, int] | None:
        """(code, mention end) when "<mention> in <place>" names a state other than ``own_code``
        ("the Foreign Office in Islamabad", "Albanians of southern Serbia")."""
        for pobj in prep_objects(head, preps):
            res = self._resolve_cached(pobj)
            code = res.place_code or res.entity.code if res is not None else None
            if code and code != own_code and code not in NON_STATE_CODES \
                    and res.kind in ("country", "place-metonym"):
                return code, phrase_end(pobj) + 1
        return None

    def _role_by_title(self, entry: KBEntry, entity: Entity, start: int, head):
        """A person out of office on the article date but titled in the text ("President Bush",
        "King Hassan"): archive news with a wrong or missing date; take the role the title names."""
        classes = set()
        for tok in self._tokens[start:head.i]:
            role = self.kb.role_for_noun(tok.lower_)
            if role:
                classes.update(role[2])
        roles = [e for e in self.kb.entries_for(entry.id) if classes & set(e.classes)]
        if not roles:
            return entry, entity
        role = max(roles, key=lambda e: e.end or "9999")
        entity = replace(entity, sector=role.sector, office=role.office,
                         method=entity.method.split("+")[0] + "+title-in-text")
        return role, entity

    def _residence(self, head, own_code: str) -> tuple[str, str, int] | None:
        """Where a people named by a demonym lives, when the text says it is not their own state.

        "Bosnian Serbs" -> BIH, "Albanians of southern Serbia" -> SRB, "ethnic Turks" in a
        story about Bulgaria -> BGR. Returns (code, how, mention end) or None.
        """
        for mod in left_modifiers(head):
            code = self._demonym_at(mod)
            if code and code != own_code:
                return code, "residence-demonym", head.i + 1
        located = self._located_elsewhere(head, own_code, ("in", "of", "inside", "within"))
        if located is not None:
            return located[0], "residence-place", located[1]
        if any(m.lower_ == "ethnic" for m in head.lefts) and self._story \
                and self._story != own_code:
            return self._story, "ethnic+context:story-country", head.i + 1
        return None

    def _ethnic_residence(self, head, own_code: str) -> tuple[str, str] | None:
        """(code, how) of the state an ethnic group lives in when it is not its kin state: a place
        after the noun or its participle ("ethnic Serbs in Kosovo", "ethnic Albanian guerrillas
        operating in Macedonia"), else the story country; None when neither differs."""
        for word in [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"))]:
            located = self._located_elsewhere(word, own_code, ("in", "inside", "within"))
            if located is not None:
                return located[0], "demonym+ethnic-residence-place"
        if self._story and self._story != own_code:
            return self._story, "demonym+ethnic+context:story-country"
        return None

    def _resident_people(self, head, start, end, method, code, how, place_end) -> _Resolved:
        entity = self._span_entity(start, max(end, place_end), code=code, sector="CVL",
                                   method=f"{method.split('+')[0]}+{how}")
        return _Resolved(entity, "collective", plural=True, named=False)

    def _unknown_person(self, head, name_tokens, honorific, start, end) -> _Resolved:
        mention = list(self._tokens[start:end])
        descr = [t for t in mention if t not in name_tokens and t.lower_ not in DROP_LEADING]
        for app in appositions(head):
            a_start, a_end = mention_bounds(app)
            descr.extend(self._tokens[a_start:a_end])
        # "King Hassan of Morocco": the country after the name
        for pobj in prep_objects(head, ("of",)):
            if pobj.pos_ == "PROPN" and pobj.i == head.i + 2:
                descr.append(pobj)
                if self._code_from([pobj], head)[0]:
                    end = max(end, phrase_end(pobj) + 1)
        code, sector, titles, how = self._describe(descr, head)
        gender = HONORIFICS.get(honorific) if honorific else None
        if code is None and self._story:
            code, how = self._story, (how + "+" if how else "") + "context:story-country"
        if sector is None:
            sector = "CVL"
        name = " ".join(t.text for t in name_tokens)
        entity = self._span_entity(start, end, code=code, sector=sector, identifier_text=name,
                                   method=how or "unknown-person")
        surname = name_tokens[-1].lower_ if name_tokens else None
        return _Resolved(entity, "person", gender, False, surname, titles, True)

    def _unknown_org(self, head, name_tokens, start, end) -> _Resolved | None:
        words = [t for t in self._tokens[start:end] if t.lower_ not in DROP_LEADING]
        code, sector, titles, how = self._describe(words, head)
        if sector is None and code is None:
            return None
        if code is None:
            code, how = self._story, how + "+context:story-country"
        # an organisation's name keeps its descriptive words ("Palestinian Prisoners' Society")
        entity = self._span_entity(start, end, code=code, sector=sector, method=how)
        entity = replace(entity, identifier_text=_strip_possessive(entity.entity_text))
        return _Resolved(entity, "org", plural=False, named=True)

    def _describe(self, tokens, head) -> tuple[str | None, str | None, tuple[str, ...], str]:
        """Country/body code, sector, office classes and method from descriptor words."""
        words = [t.lower_ for t in tokens if not t.is_punct and t.tag_ != "POS"]
        role = None
        # phrase ends (longest first) at words that can end a title: no other phrase has a role
        ends = [j for j in range(len(words), 0, -1) if not self.kb.ends_no_role(words[j - 1])]
        for i in range(len(words)):
            for j in ends:
                if j <= i:
                    break
                role = self.kb.role_for_noun(" ".join(words[i:j]))
                if role:
                    break
            if role:
                break
        code, how, body = self._code_from(tokens, head)
        sector = role[0] if role else None
        if body is not None and (sector is None or sector in ARMED_SECTORS):
            sector = body.sector
        titles = (role[1],) + role[2] if role else ()
        method = "title" if role else ""
        if how:
            method = f"{how}+{method}" if method else how
        return code, sector, titles, method

    def _code_from(self, tokens, head) -> tuple[str | None, str, KBEntry | None]:
        """First country or body named by modifier tokens: (code, how, body entry or None).

        Tried per token: a demonym ("South Korean" before "Korean"), then the longest known
        name ending at the token (name run, NER entity), a person's country ("the Obama
        administration"), and last a country named inside an unknown name ("Montenegro
        Municipality Association").
        """
        for tok in tokens:
            if tok.i == head.i or tok.is_punct or _opposed_to(tok):
                continue
            dem = self._demonym_at(tok) if tok.pos_ in ("ADJ", "PROPN", "NOUN") else None
            if dem and tok.dep_ != "poss":
                return dem, "demonym", None
            if tok.pos_ != "PROPN" and not _capitalised(tok):
                continue
            for text in self._names_ending_at(tok):
                hits = self._lookup(_strip_possessive(text))
                if not hits:
                    continue
                entry = hits[0][0]
                if entry.kind == "person":
                    return entry.code, "person", None
                how = "possessive" if tok.dep_ == "poss" else "name"
                body = entry if entry.kind in ("org", "group") else None
                return entry.code, how, body
            if dem:
                return dem, "demonym", None
            inner = self._country_inside(tok)
            if inner:
                return inner, "name-contains-country", None
        return None, "", None

    def _demonym_at(self, tok) -> str | None:
        """Demonym code of a token, trying it with the word before first ("South Korean")."""
        prev = self._tokens[tok.i - 1] if tok.i > 0 else None
        if prev is not None and _capitalised(prev) and not prev.is_punct:
            two = self.kb.country_by_demonym(self._text(tok.i - 1, tok.i + 1))
            if two:
                return two
        return self.kb.country_by_demonym(tok.text, peoples=self._may_name_people(tok))

    def _may_name_people(self, tok) -> bool:
        """Whether a people's name ("Karen") here names the people, not a person: not inside a
        longer personal name ("Karen Smith") nor a lone name the NER calls a person, unless it
        modifies a noun ("a Karen guerrilla stronghold")."""
        ent = self._ent_at.get(tok.i)
        return ent is None or ent.label_ != "PERSON" or (len(ent) == 1 and tok.dep_ in ("compound", "amod", "nmod"))

    def _names_ending_at(self, tok) -> list[str]:
        """Candidate names a modifier token ends, longest first: NER entity, name run, the token."""
        out = []
        ent = self._ent_at.get(tok.i)
        if ent is not None and ent.label_ not in NON_ACTOR_LABELS and ent.end == tok.i + 1:
            out.append(self._text(ent.start, ent.end))
        if tok.pos_ == "PROPN":
            out.append(" ".join(t.text for t in name_run(tok)))
        out.append(tok.text)
        return list(dict.fromkeys(out))

    def _country_inside(self, tok) -> str | None:
        """A country named by one word of an unknown proper name ending at ``tok``."""
        ent = self._ent_at.get(tok.i)
        words = list(self._tokens[ent.start:ent.end]) if ent is not None and ent.label_ == "ORG" \
            else (name_run(tok) if tok.pos_ == "PROPN" else [])
        for word in words:
            if word.pos_ == "PROPN" and word.text[:1].isupper():
                code = self.kb.country_code(word.text) or self.kb.country_by_demonym(word.text, peoples=False)
                if code and code not in NON_STATE_CODES:
                    return code
        return None

    def _resolve_role(self, head, start: int, end: int) -> _Resolved | None:
        lemma = head.lemma_.lower()
        low = head.lower_
        # "the defence secretary, John Healey", "the paramilitary Rapid Support Forces":
        # the appositive name identifies the actor
        appos_res = None
        for app in appositions(head):
            if app.pos_ == "PROPN":
                res = self._resolve_cached(app)
                if res is not None and res.named:
                    appos_res = res
                    break
        role = self._role_of(head, start)
        # a known name in apposition identifies the actor; an unknown one ("the Federal Minister
        # for Interior Aftab Sherpao") says less than the title, which is resolved below
        if appos_res is not None and (appos_res.entity.method.split("+")[0] in KB_METHODS
                                      or role is None):
            entity = replace(appos_res.entity, entity_text=self._text(start, end),
                             start=self._tokens[start].idx, end=self._end_char(start, end),
                             method=appos_res.entity.method + "+appos")
            return replace(appos_res, entity=entity)
        if role is None:
            # a body named in the modifiers of a word that is no title: "the APEC forum",
            # "the UNITA militarist wing", "the radical Palestinian Islamic Jihad movement"
            code, how, body = self._code_from(sorted(left_modifiers(head), key=lambda t: -t.i), head)
            if body is not None:
                entity = self._span_entity(start, end, code=code, sector=body.sector,
                                           identifier_text=body.name, identifier_id=body.qid,
                                           method=f"{how}-in-modifiers")
                return _Resolved(entity, body.kind, plural=False, named=True)
        if low in DESCRIPTIONS or lemma in DESCRIPTIONS:
            kinds = DESCRIPTIONS.get(low) or DESCRIPTIONS[lemma]
            # "Russia launched drones at the country": not Russia itself
            earlier = self.history.last_of_kind(kinds, head.i, not_same_as=self._clause_subject_entity(head))
            own_code = self._code_from(sorted(left_modifiers(head), key=lambda t: -t.i), head)[0]
            if earlier is not None and own_code not in (None, earlier.entity.code):
                earlier = None  # "Iran ... the Azerbaijani republic": the modifier names another state
            if earlier is not None and any(c.lower_ == "the" for c in head.lefts):
                entity = replace(earlier.entity, entity_text=self._text(start, end),
                                 start=self._tokens[start].idx, end=self._end_char(start, end),
                                 method=f"description->{earlier.entity.identifier_text or earlier.entity.entity_text}")
                return _Resolved(entity, earlier.kind, plural=False, named=False)
        if role is None:
            return None
        sector, term, classes = role
        if term.startswith(head.lower_ + " of "):  # the title runs on: "head of state"
            end = max(end, head.i + 3)
        mods = left_modifiers(head)
        if any(m.lower_.rstrip("-") in FORMER_WORDS or m.lower_ in FORMER_WORDS for m in mods) \
                or any(t.lower_ in FORMER_WORDS for t in self._tokens[start:head.i]):
            former = True
        else:
            former = False
        # nearest modifier first: "U.S. and Russian negotiators" -> Russian
        code, how, body = self._code_from(sorted(mods, key=lambda t: -t.i), head)
        if code is None:
            code, how, body = self._code_from(_led_by(head), head)
        if code is None and head.dep_ == "conj" and not any(c.dep_ == "det" for c in head.lefts) \
                and not any(m.lower_ in NOT_INHERITED for m in mods):
            # "Israeli helicopters and tanks": the bare second noun shares the first one's owner
            # ("a British journalist and two local activists": local ones do not)
            first = head.head
            code, how, body = self._code_from(sorted(left_modifiers(first), key=lambda t: -t.i), first)
            how = f"conjunct-{how}" if code else how
        if code is not None and how == "demonym" and any(t.lower_ == "ethnic" for t in self._tokens[start:head.i]):
            # "ethnic Albanian guerrillas operating in Macedonia": a minority belongs where it lives
            code, how = self._ethnic_residence(head, code) or (code, how)
        if code is None:
            for pobj in prep_objects(head):
                res = self._resolve_cached(pobj)
                if res is not None and res.entity.code:
                    code, how = res.entity.code, "prep-" + res.kind
                    if res.kind in ("org", "group") or (res.kind == "collective" and res.entity.sector in ARMED_SECTORS):
                        body = KBEntry(id="", name="", kind="org", code=code, sector=res.entity.sector)
                    end = max(end, phrase_end(pobj) + 1)
                    break
        if code is None:
            # "forces loyal to Assad": whoever commands their loyalty
            for loyal in (c for c in head.rights if c.lower_ == "loyal"):
                for pobj in prep_objects(loyal, ("to",)):
                    res = self._resolve_cached(pobj)
                    if res is not None and res.entity.code:
                        code, how = res.entity.code, "loyal-to-" + res.kind
                        end = max(end, phrase_end(pobj) + 1)
        if code is None and appos_res is not None and appos_res.entity.code:
            code, how = appos_res.entity.code, "appos-" + appos_res.entity.method.split("+")[0]
        if body is not None and body.sector and sector in ARMED_SECTORS:
            sector = body.sector
        if sector == "CVL" and any(m.lower_ == "armed" for m in mods):
            sector = "UAF"  # "armed men", "armed youths": an armed group the report does not name
        plural = is_plural(head)
        person = term in PERSON_NOUNS and not plural
        kind = "person" if person else "collective"
        gender = GENDERED_NOUNS.get(low)
        definite = not any(c.lower_ in INDEFINITE for c in head.lefts)
        method = f"{how}+sector-noun" if how else "sector-noun"
        identifier = office = qid = None
        if former:
            sector, classes = "ELI", ()
        if classes and definite and not plural:
            if code is not None:
                holder = self.kb.office_holder(code, classes[0], self.date)
                if holder is not None:
                    identifier, qid, office = holder.name, holder.qid, holder.office
                    method += "+office-dated"
                    gender = holder.gender
            else:
                earlier = self.history.by_title(term, classes, head.i)
                if earlier is not None:
                    entity = replace(earlier.entity, entity_text=self._text(start, end),
                                     start=self._tokens[start].idx, end=self._end_char(start, end),
                                     method=f"title-coref->{earlier.entity.identifier_text}")
                    return _Resolved(entity, "person", earlier.gender, False, None, earlier.titles)
        if code is None and sector in SALIENT_SECTORS:
            earlier = self.history.last_with_sector(sector, head.i, self._sentence_of[head.i])
            if earlier is not None:
                code = earlier.entity.code
                method += f"+salience:last-{sector}->{earlier.entity.entity_text}"
        if code is None and self._story:
            code = self._story
            method += "+context:story-country"
            if classes and definite and not plural and term not in GENERIC_TITLES:
                # "the president" in a story about one country: that country's president
                holder = self.kb.office_holder(code, classes[0], self.date)
                if holder is not None:
                    identifier, qid, office = holder.name, holder.qid, holder.office
                    method += "+office-dated"
        if identifier is None and person and appos_res is not None and appos_res.kind == "person":
            # "a spokesperson for the agency, Jana Novak": the title says who for, the name who
            identifier = appos_res.entity.identifier_text
            method += "+appos-name"
        entity = self._span_entity(start, end, code=code, sector=sector, identifier_text=identifier,
                                   identifier_id=qid, office=office, method=method)
        return _Resolved(entity, kind, gender, plural, None,
                         ((term,) + classes) if person else (), named=identifier is not None)

    def _role_of(self, head, start: int) -> tuple[str, str, tuple[str, ...]] | None:
        """(sector, term, classes) of the role noun phrase ending at ``head``, or None."""
        if _labour_strike(head):
            return None  # "a general strike to demand higher wages" is no force; "the strike killed five" is one
        role = None
        # most heads end no title: then the phrase is not even built
        lasts = [last for last in (head.lower_, head.lemma_.lower()) if not self.kb.ends_no_role(last)]
        if lasts:
            left_words = [t.lower_ for t in self._tokens[start:head.i]
                          if t.tag_ != "POS" and not t.is_punct and not t.like_num]
            for last in lasts:
                role = role or self.kb.role_for_noun(" ".join(left_words + [last]))
        if role is None:
            # titles that go on after the head: "the Polish head of state", "chief of staff"
            for pobj in prep_objects(head, ("of",)):
                if pobj.i == head.i + 2 and pobj.pos_ == "NOUN":
                    role = self.kb.role_for_noun(f"{head.lower_} of {pobj.lower_}")
        return role

    # -- pronouns and sources ------------------------------------------------------------
    def _pronoun(self, token) -> Entity | None:
        sentence_no = self._sentence_of[token.i]
        m = self.history.antecedent_for_pronoun(token.lower_, token.i, sentence_no,
                                                not_same_as=self._clause_subject_entity(token))
        if m is None:
            return None
        target = m.entity.identifier_text or m.entity.entity_text
        return replace(m.entity, entity_text=token.text, start=token.idx,
                       end=token.idx + len(token.text), method=f"coref:pronoun->{target}")

    def _clause_subject_entity(self, token) -> Entity | None:
        """The subject of the clause an object pronoun sits in: "Trump called Erdogan and urged
        him" -- "him" is not Trump (a non-reflexive object is never its own clause's subject)."""
        if token.dep_ in ("dobj", "dative", "iobj"):
            verb = token.head
        elif token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
            verb = token.head.head
        else:
            return None
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return None if subject.i == token.i else self.entity_for(subject)
            if verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
                return None
            verb = verb.head  # "called Erdogan and urged him": the shared subject
        return None

    def _relative(self, token) -> Entity | None:
        verb = token.head
        if verb.dep_ != "relcl":
            return None
        antecedent = self.entity_for(verb.head)
        if antecedent is None:
            return None
        target = antecedent.identifier_text or antecedent.entity_text
        return replace(antecedent, entity_text=token.text, start=token.idx,
                       end=token.idx + len(token.text), method=f"coref:relative->{target}")

    def _source(self, head) -> Entity | None:
        start, end = mention_bounds(head)
        code, how, body = self._code_from(sorted(left_modifiers(head), key=lambda t: t.i), head)
        for pobj in prep_objects(head, ("at", "in", "from", "within", "inside", "to", "close", "with", "of")):
            if code:
                break
            code, how, body = self._code_from([pobj], head)
            if code is None and pobj.pos_ == "PROPN":
                code = city_country(pobj.text)
                how = "place" if code else ""
            if code:
                end = max(end, phrase_end(pobj) + 1)
        sector = body.sector if body is not None and body.kind == "group" else "GOV"
        method = f"anonymous-source+{how}" if how else "anonymous-source"
        if code is None:
            code = self._story
            method += "+context:story-country"
        return self._span_entity(start, end, code=code, sector=sector, method=method)


def _led_by(head) -> list:
    """The leader in "Vietnamese-led forces" / "Saudi-led coalition" (not "-backed": backing is not command)."""
    return [g for c in head.lefts if c.dep_ == "amod" and c.lower_ == "led"
            for g in c.lefts if g.dep_ in ("npadvmod", "compound", "nmod", "amod")]


PLACE_PREPOSITIONS = {"in", "on", "against", "at", "near", "into", "toward", "towards", "outside",
                      "around", "across"}


def _place_position(head, name_tokens) -> bool:
    """Unlabelled names, and one-word "persons" after a place preposition ("a strike against
    Kharkiv", which the small model tags PERSON), may be towns."""
    if head.ent_type_ != "PERSON":
        return True
    return len(name_tokens) == 1 and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS


POSSESSIVE_SUFFIXES = ("'s", "\u2019s", "'", "\u2019")


def _strip_possessive(text: str) -> str:
    text = text.strip()
    if not text.endswith(POSSESSIVE_SUFFIXES):  # most names: one test instead of four
        return text
    for suffix in POSSESSIVE_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _capitalised(tok) -> bool:
    """``tok.text[:1].isupper()``, without building the text of the many all-lower-case words
    (spaCy's is_lower flag is read from the vocabulary)."""
    return not tok.is_lower and tok.text[:1].isupper()


def _opposed_to(tok) -> bool:
    """'an anti-Syria journalist', 'anti-American protesters': the country is what they oppose."""
    if tok.lower_.startswith("anti-"):
        return True
    if tok.i < 2:
        return False
    tokens = doc_tokens(tok.doc)
    return tokens[tok.i - 1].text == "-" and tokens[tok.i - 2].lower_ == "anti"
