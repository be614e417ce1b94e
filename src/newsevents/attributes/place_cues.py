"""Place names the NER missed, found by the words around them: a parsed doc in, spans out.

The small spaCy model often tags villages and neighbourhoods as PERSON or ORG, or not at all.
``cued_places(doc, covered, place_tokens)`` returns capitalised name runs that the context marks
as places, without any gazetteer:

1. after "<settlement noun> of" or "<part of a place> of": "the village of Doru Kanta", "the
   towns of Bunia", "the outskirts of Doru", or named by a settlement noun: "an area known as
   Doru", "a village called Doru";
2. before a settlement noun: "Doru Kanta village", "the Karta-e-Naw district", or listed before
   a plural one: "the Doru and Kanta districts";
3. in apposition to a settlement noun or a town's role: "Doru Kanta, a small village near
   Bunia", "two towns, Doru and Kanta", "the provincial capital, Doru";
4. a site name: "Bunia Military Airport", "Jabal Doru", or a name before a lower-case site noun:
   "the Doru crossing", "the Doru air base";
5. coordinated with a place: "the towns of Bunia, Beni and Butembo", also where only the words
   of a list tie them: "the villages of Bunia (twice), Doru, Kanta and Beni";
6. the object of a locative preposition: "killed in Dana", "near Aqrabat", "at Siinaay junction",
   "in central Dana", "at the Dana", or the target of an assault: "the attack on Dana"
   (cue "assault-target");
7. the object of a verb that acts on territory: "stormed Najarah", "Najarah was shelled"
   (whatever the tagger called it), or of "capture", "seize" or "target" unless the tagger
   calls it a person: "captured the Najarah Suburb".

``covered`` holds token indices already inside a place mention; ``place_tokens`` those of known
places (for cue 5). Runs never cross a covered token.
"""
from __future__ import annotations

from ..actors.kb import KnowledgeBase
from ..nlp.doc_views import doc_tokens

# Nouns for a populated place or part of one (the cue words of 1-3).
SETTLEMENT_NOUNS = {"town", "towns", "village", "villages", "city", "cities", "district", "districts",
                    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "suburb",
                    "suburbs", "area", "province", "governorate", "camp", "settlement",
                    "settlements", "municipality", "commune", "county", "township", "hamlet",
                    "locality", "quarter", "oblast", "outskirts", "region", "provinces", "regions",
                    "areas", "governorates", "counties", "municipalities", "camps", "quarters",
                    "hamlets", "communes", "townships"}
# Capitalised head words that make a name a place or site ("Bunia Military Airport", "Pankisi
# Gorge", "Kakuma Refugee Camp"), and Arabic/English generic first words ("Jabal Doru", "Tal
# Doru", "Mount Sinjar"). Event-location annotation labels such sites as event locations.
SITE_HEADS = {"airport", "airbase", "base", "camp", "street", "road", "avenue", "square", "roundabout",
              "mosque", "church", "hospital", "gorge", "valley", "mountains", "mountain", "hills",
              "hill", "hilltop", "island", "islands", "strip", "bridge", "dam", "plant", "station",
              "checkpoint", "quarter", "district", "province", "governorate", "prison", "embassy",
              "palace", "stadium", "plateau", "sea", "river", "lake", "desert", "peninsula", "farms",
              "heights", "port", "harbour", "harbor", "crossing", "highway", "village", "city",
              "town", "neighborhood", "neighbourhood", "market", "hotel", "gulf", "bay", "coast",
              "oblast", "county", "region", "canal", "pass", "mall", "compound", "barracks",
              "refinery", "oilfield", "field", "fields", "forest", "park", "gate", "oasis"}
SITE_PREFIXES = {"jabal", "jebel", "tal", "tel", "tell", "wadi", "mount", "mt", "lake", "fort", "camp",
                 # Arabic words for village, monastery, house, spring, well, cape, bridge, ruin,
                 # yard, hill, palace and meadow that open place names ("Kafr Nabl", "Deir Hafer")
                 "kafr", "kfar", "deir", "dayr", "beit", "bayt", "ain", "ayn", "bir", "ras", "jisr",
                 "khirbet", "khirbat", "hawsh", "housh", "tall", "qasr", "marj"}
# Lower-case particles inside Arabic, Persian and Romance place names ("Deir ez-Zor",
# "Mazar-e-Sharif", "Rio de Janeiro"); they join a name run only when a capitalised word follows.
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "e", "i", "de", "del",
                  "la", "le", "du", "di", "da", "bin", "ibn", "-", "\u2019", "'"}
# Prepositions whose object is a place when it is a name (cue 6: "killed in Dana", "near Aqrabat");
# "on", "to" and "from" are left out: "an attack on Hamas", "a message to Obama".
NAME_PREPS = {"in", "at", "near", "inside", "outside", "around", "through", "across", "into",
              "toward", "towards"}
# Capitalised head words of a named facility the tagger may call an organisation ("the Zorvan
# Housing Complex", "the Zorvan Cement Factory").
FACILITY_HEADS = {"complex", "project", "factory", "school", "center", "centre", "college",
                  "university", "academy", "suburb", "junction", "orchards", "depot", "depots",
                  "building", "plaza", "tower", "towers", "bazaar", "souq", "compound"}
# Nouns for an assault, whose "on" object is a place when it is an unknown name that is not
# tagged a person (organisations and people we know are filtered out by the caller).
ASSAULT_NOUNS = {"attack", "assault", "offensive", "raid", "airstrike", "strike", "bombardment",
                 "push", "advance"}
# Lower-case adjectives that may stand between a preposition and its place name ("in war-torn X").
MAX_MODIFIERS = 3
# Nouns a name may modify and still be the preposition's place ("at Siinaay junction",
# "in Guma local government area").
PLACE_PART_NOUNS = SETTLEMENT_NOUNS | {"sector", "junction", "road", "street", "colony", "circle",
                                       "park", "market", "bazaar", "crossing", "checkpoint",
                                       "mountain", "mountains", "hill", "hills", "valley", "zone",
                                       "division", "state", "lga", "axis", "countryside",
                                       "enclave", "peninsula", "island", "border"}
# Nouns for a town by its role: "the capital, X", "the resort of X", "the rebel stronghold of X".
SEAT_NOUNS = {"capital", "resort", "seat", "stronghold", "bastion", "hub", "enclave", "hometown"}
# Nouns for part of a place: a name after "<noun> of" is a place ("the outskirts of X", "the
# hills of X").
PLACE_PART_OF_NOUNS = {"outskirts", "edge", "edges", "fringes", "hills", "hill", "slopes", "slope",
                       "farms", "island", "islands", "environs", "vicinity", "countryside",
                       "hometown", "heart", "centre", "center", "streets", "entrance", "port",
                       "state", "perimeter", "siege", "gates", "walls"} | SEAT_NOUNS
# Verbs whose object is a place, not a person, when it is a name (cue 7: "stormed Najarah");
# "capture", "seize" and "target" are left out, as they take people as often as places.
TERRITORY_OBJECT_LEMMAS = {"storm", "enter", "shell", "bomb", "bombard", "besiege", "liberate",
                           "recapture", "retake", "overrun", "invade", "occupy", "raid", "patrol"}
# Verbs that take people as often as places: their object is a place when it is a name the
# tagger does not call a person ("captured the Zorvan Suburb").
CAPTURE_LEMMAS = {"capture", "seize", "target"}
# Entity labels that say a capitalised run is not a place ("in January", "in World War II").
NOT_PLACE_LABELS = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LAW",
                    "EVENT", "WORK_OF_ART", "LANGUAGE"}
# Endings of group adjectives ('Serbian', 'Chinese', 'Kurdish', 'Shiite', 'Sunni', 'Iraqi'); a
# bare "-an" is left out: it ends as many place names ('Raman', 'Isfahan', 'Abadan') as proper-noun
# demonyms, and those of countries the knowledge base knows ('Afghan', 'Chechen').
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ite", "i", "ic")
# Plural settlement nouns after a list of names: "the X, Y and Z districts".
PLURAL_SETTLEMENT_NOUNS = {"towns", "villages", "cities", "districts", "neighbourhoods", "neighborhoods",
                           "suburbs", "provinces", "regions", "areas", "governorates", "quarters",
                           "camps", "settlements"}
# Words a bracketed aside may hold inside a list of places ("X (twice), Y"), and how far from a
# list item the next one may start.
MAX_LIST_ASIDE = 3
LIST_REACH = MAX_LIST_ASIDE + 5
# Participles that name a settlement ("a township called X", "an area known as X").
NAMING_WORDS = {"called", "named", "known"}
# Marks that may open a transliterated name ("the village of ‘Udayma").
OPENING_MARKS = {"\u2018", "'", "`"}
# Capitalised words that open a sentence or a title rather than a name.
NOT_NAMES = {"the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "and",
             "but", "meanwhile", "elsewhere", "he", "she", "they", "it", "we", "i"}
# Name runs that head such cues but are organisations, not places ("Islamic State area").
NON_PLACE_HEADS = {"state", "army", "front", "party", "forces", "brigade", "police", "government",
                   "council", "ministry", "regime", "movement", "group", "organization",
                   "organisation", "committee", "union", "jazeera", "agency", "conference",
                   "championship", "championships", "agreement", "court", "parade", "classic",
                   "test", "masters", "cup", "summit", "tournament", "festival", "games",
                   "trophy", "open", "prix", "association", "prize", "award", "stakes", "medal",
                   "flight", "airlines", "airways"}


def _is_capitalised(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha or (token.pos_ == "PROPN"
                                                           and token.text[:1].isupper())


def name_runs(doc, covered: set[int]) -> list:
    """Maximal runs of capitalised words (with name particles inside) outside ``covered``."""
    tokens = doc_tokens(doc)
    runs, i, n = [], 0, len(tokens)
    while i < n:
        token = tokens[i]
        starts = (_is_capitalised(token) and token.lower_ not in NOT_NAMES) or (
            token.lower_ in NAME_PARTICLES and token.is_alpha and i + 2 < n
            and tokens[i + 1].text == "-" and _is_capitalised(tokens[i + 2]))
        if token.i in covered or not starts or token.is_sent_start and not token.pos_ == "PROPN":
            i += 1
            continue
        j = i + 1
        while j < n and j not in covered:
            if _is_capitalised(tokens[j]) and tokens[j].lower_ not in NOT_NAMES:
                j += 1
                continue
            # particles join only when a capitalised word follows them
            k = j
            while k < n and tokens[k].lower_ in NAME_PARTICLES and k not in covered:
                k += 1
            if j < k < n and k not in covered and _is_capitalised(tokens[k]):
                j = k
                continue
            break
        runs.append(doc[i:j])
        i = j
    return runs


def _settlement(token) -> bool:
    return token.lower_ in SETTLEMENT_NOUNS and token.text.islower()


def _settlement_or_seat(token) -> bool:
    return _settlement(token) or (token.lower_ in SEAT_NOUNS and token.text.islower())


def _cue(doc, run) -> str | None:
    """Which of cues 1-4, 6 and 7 marks ``run`` as a place, or None."""
    if run[-1].lower_ in NON_PLACE_HEADS or run[-1].pos_ == "ADJ":
        return None
    if len(run) > 1 and (run[-1].lower_ in SITE_HEADS or run[0].lower_ in SITE_PREFIXES):
        return "site-name"
    # "the village of X" marks X as a place whatever the tagger thought of it
    of = _word_before(doc, run.start)
    of = _word_before(doc, of) if of >= 0 and doc[of].text in OPENING_MARKS else of
    if of >= 1 and doc[of].lower_ == "of" and _part_of_place(doc[of - 1]):
        return "settlement-of"
    if _called(doc, run.start):
        return "settlement-called"
    if _demonym_like(run[-1]):
        return None                        # "the Serbian town of Valjevo": a demonym, not a name
    if run.end < len(doc) and _settlement(doc[run.end]):
        return "settlement-noun"
    if _names_a_site(doc, run):
        return "site-noun"
    if run.root.dep_ in ("compound", "nmod") and run.root.head.lower_ in PLURAL_SETTLEMENT_NOUNS \
            and run.root.head.i > run.end:
        return "settlement-list"           # "Zorvan, Kafr Zorvan and Tal Zorvan villages"
    root = run.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in TERRITORY_OBJECT_LEMMAS \
            and _could_be_place(run):
        return "territory-object"          # "stormed Dahiyat Al-Zorvan": whatever the tagger said
    if root.ent_type_ == "PERSON" and len(run) > 2:
        return None
    if any(child.dep_ == "appos" and _settlement(child) for child in root.children):
        return "settlement-appos"
    if root.dep_ == "appos" and _settlement_or_seat(root.head) and _could_be_place(run):
        return "settlement-appos"          # "two towns, Zorvan and Kafr Zorvan"
    if _could_be_place(run) and _object_of_locative_prep(doc, run):
        return "locative-prep"
    if _could_be_place(run) and _target_of_assault(doc, run):
        return "assault-target"
    if (_could_be_place(run) and root.dep_ == "dobj" and root.head.lemma_ in CAPTURE_LEMMAS
            and root.ent_type_ != "PERSON"):
        return "territory-object"          # "captured the Zorvan Suburb" (not "captured Zorvanov")
    return None


def _word_before(doc, index: int) -> int:
    """Index of the last non-space token before ``index`` (-1 at the start): "of  X" has a
    double space, which spaCy makes a token of its own."""
    index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    return index


def _called(doc, start: int) -> bool:
    """'a village called X', 'an area known as X': a settlement noun, then a naming verb."""
    before = _word_before(doc, start)
    if before < 1:
        return False
    if doc[before].lower_ == "as" and doc[before - 1].lower_ == "known":
        before -= 1
    elif doc[before].lower_ not in NAMING_WORDS:
        return False
    noun = _word_before(doc, before)
    return noun >= 0 and _settlement(doc[noun])


def _part_of_place(token) -> bool:
    """'village' or 'outskirts' in 'the village of X', 'the outskirts of X'."""
    return token.text.islower() and token.lower_ in SETTLEMENT_NOUNS | PLACE_PART_OF_NOUNS


def _names_a_site(doc, run) -> bool:
    """'the Zorvan crossing', 'the Zorvan air base', 'the Zorvan refugee camp': a name before a
    lower-case site noun, or modifying one up to two words on across lower-case modifiers."""
    if run.end < len(doc) and _site_noun(doc[run.end]) and doc[run.end].dep_ != "compound":
        return True                        # (not "the Zorvan field correspondent")
    root = run.root
    head = root.head
    if root.dep_ != "compound" or not run.end < head.i <= run.end + 2:
        return False
    return _site_noun(head) and all(t.text.islower() and t.is_alpha for t in doc[run.end:head.i])


def _site_noun(token) -> bool:
    return token.text.islower() and token.lower_ in SITE_HEADS | PLACE_PART_NOUNS


def _demonym_like(token) -> bool:
    """A group adjective the tagger calls NORP ('Serbian', 'Sunni', 'Alawite', 'Chechen'), not a
    NORP-tagged village name ('Raman')."""
    if token.ent_type_ != "NORP":
        return False
    return (token.tag_ == "JJ" or token.lower_.endswith(DEMONYM_ENDINGS)
            or KnowledgeBase.default().country_by_demonym(token.text) is not None)


def _could_be_place(run) -> bool:
    """Not a date, number or title by its label, and not an acronym ('UN', 'CRPF', 'U.S.')."""
    acronym = len(run) == 1 and run.text.replace(".", "").isupper()
    return run.root.ent_type_ not in NOT_PLACE_LABELS and not acronym


def _object_of_locative_prep(doc, run) -> bool:
    """'in Dana', 'near Aqrabat', 'in central Dana', or the name of a place part after one ('at
    Siinaay junction'); not a modifier of another noun ('in Kobane operations')."""
    prep = _preposition_before(doc, run.start)
    if prep is None or prep.lower_ not in NAME_PREPS or _institution_after_the(doc, prep, run):
        return False
    root = run.root
    if root.dep_ == "pobj":
        return root.head.i == prep.i
    return (root.dep_ == "compound" and root.head.lower_ in PLACE_PART_NOUNS
            and root.head.dep_ == "pobj" and root.head.head.i == prep.i)


def _institution_after_the(doc, prep, run) -> bool:
    """'in the House', 'in the Guardian': after 'the', a name the tagger calls an organisation
    is one, unless its head word makes it a site ("at the Zorvan Housing Complex")."""
    after_the = any(t.lower_ == "the" for t in doc[prep.i + 1:run.start])
    head = run[-1].lower_
    return (after_the and run.root.ent_type_ == "ORG" and head not in SITE_HEADS
            and head not in FACILITY_HEADS and head not in PLACE_PART_NOUNS)


def _target_of_assault(doc, run) -> bool:
    """'the attack on X', 'an offensive on X': X is the target, a place unless the tagger calls
    it a person ("the attack on Smith"; the caller drops people it knows)."""
    prep = _preposition_before(doc, run.start)
    if prep is None or prep.lower_ != "on" or run.root.ent_type_ == "PERSON":
        return False
    head = prep.head                       # "an attack on X", or "launched an attack on X"
    assault = head.lemma_.lower() in ASSAULT_NOUNS or any(
        child.dep_ == "dobj" and child.lemma_.lower() in ASSAULT_NOUNS for child in head.children)
    return assault and run.root.dep_ == "pobj" and run.root.head.i == prep.i


def _preposition_before(doc, start: int):
    """The preposition before a name at token ``start``, across up to MAX_MODIFIERS lower-case
    adjectives, adverbs and 'the' ('in central X', 'near war-torn X', 'at the X'), or None."""
    i = first = _word_before(doc, start)
    while i >= 0 and first - i < MAX_MODIFIERS and doc[i].text.islower() \
            and (doc[i].pos_ in ("ADJ", "ADV") or doc[i].lower_ == "the"):
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ == "ADP" else None


def _listed_between_places(doc, run, known: set[int]) -> bool:
    """Is ``run`` an item of a written list of places the parse split ("the villages of X, Y
    (twice), Z and W"): a known place next to it, with only commas, 'and' and short bracketed
    asides between? A name the tagger calls a person needs places on both sides."""
    before = any(k in known and only_list_words(doc[k + 1:run.start])
                 for k in range(max(0, run.start - LIST_REACH), run.start))
    after = any(k in known and only_list_words(doc[run.end:k])
                for k in range(run.end, min(len(doc), run.end + LIST_REACH)))
    return before and after if run.root.ent_type_ == "PERSON" else before or after


def only_list_words(tokens) -> bool:
    """Are ``tokens`` what stands between two items of a written list: a comma, 'and' or 'or',
    and short asides in brackets ("(twice)")? At least one separator is needed."""
    separators, depth, aside = 0, 0, 0
    for token in tokens:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth -= 1
            if depth < 0:
                return False
        elif depth:
            aside += 1
            if aside > MAX_LIST_ASIDE:
                return False
        elif token.text == "," or token.lower_ in ("and", "or"):
            separators += 1
        elif not token.is_space:
            return False
    return separators > 0 and depth == 0


def cued_places(doc, covered: set[int], place_tokens: set[int]) -> list[tuple[object, str]]:
    """(span, cue) for name runs the context marks as places, in text order."""
    runs = name_runs(doc, covered)
    accepted: dict[int, tuple[object, str]] = {}
    for run in runs:
        cue = _cue(doc, run)
        if cue is not None:
            accepted[run.start] = (run, cue)
    known = set(place_tokens) | {i for run, _ in accepted.values() for i in range(run.start, run.end)}
    changed = True
    while changed:                         # lists: "the towns of Bunia, Beni and Butembo"
        changed = False
        for run in runs:
            if run.start in accepted or run[-1].lower_ in NON_PLACE_HEADS:
                continue
            root = run.root
            linked = (root.dep_ == "conj" and root.head.i in known) or any(
                child.dep_ == "conj" and child.i in known for child in root.children) \
                or (_could_be_place(run) and _listed_between_places(doc, run, known))
            if linked:
                accepted[run.start] = (run, "coordinated")
                known.update(range(run.start, run.end))
                changed = True
    return [accepted[key] for key in sorted(accepted)]
