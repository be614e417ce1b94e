"""Event-location linking: which place names a trigger's event happened at (issue 5).

Every sentence here is invented; the names are real towns or made-up ones ("Zorvan", "Kessi").
"""
from __future__ import annotations

import pytest

from newsevents.attributes.places import PlaceResolver


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver()


def mentions_for(nlp, resolver, text, trigger_text):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == trigger_text)
    return [m.text for m, _ in resolver.for_article(doc).event_mentions(trigger)]


def test_a_participle_the_parser_read_as_a_clause_keeps_its_object(nlp, resolver):
    """'the army controlled X district' after 'targeting' is 'the army-controlled X district'."""
    text = ("Government forces launched a new assault in the Kessil Governorate on Monday, "
            "targeting the Syrian Army controlled Tal Zorvan district near the airport.")
    assert mentions_for(nlp, resolver, text, "targeting") == ["Tal Zorvan"]


def test_a_place_inside_a_fronted_phrase_is_part_of_the_wider_scene(nlp, resolver):
    text = "In Marseille, in southern France, about 2,000 people marched against the pension reform."
    assert mentions_for(nlp, resolver, text, "marched") == ["Marseille"]


def test_a_lower_case_article_is_no_part_of_the_name(nlp, resolver):
    """With 'the' inside the entity the parse root of the name was 'the' and the name hung
    from nothing."""
    text = "Two policemen were killed in the Hayy al-Zorvan district in south Baghdad."
    assert mentions_for(nlp, resolver, text, "killed") == ["Hayy al-Zorvan"]


def test_an_unknown_name_called_a_province_ranks_as_one(nlp, resolver):
    """'Logar province' is no town: the district named in it is the finer place."""
    text = "Two soldiers were killed in the Mohammad Agha district of Logar province."
    assert mentions_for(nlp, resolver, text, "killed") == ["Mohammad Agha"]


@pytest.mark.parametrize("text, trigger", [
    # what a speech verb reports happened in its own scene
    ("A bomb killed three people in Kirkuk on Sunday, officials said.", "said"),
    # a region naming a war is no scene for the nearest-preposition fallback
    ("Israel captured the plateau in the 1967 Mideast war.", "captured"),
    # a demonym is no place, even as a noun the tagger took for one
    ("Fighters from a Ugandan rebel group have shot down Ugandan helicopters in the past.", "shot"),
    # a country inside an organisation's name
    ("Warplanes struck on Tuesday, targeting the Islamic State of Iraq and Al-Sham's positions.",
     "targeting"),
    # contests and trophies are no places
    ("Federer captured the Zorvan Trophy on Sunday.", "captured"),
    ("Fans gathered at the Zorvan Classic on Sunday.", "gathered"),
])
def test_names_that_place_no_event(nlp, resolver, text, trigger):
    assert mentions_for(nlp, resolver, text, trigger) == []


@pytest.mark.parametrize("text, trigger, expected", [
    ("A roadside bomb detonated two kilometres away from Tikrit on Monday.", "detonated", ["Tikrit"]),
    ("A car bomb detonated 200 metres away from Kirkuk on Monday.", "detonated", ["Kirkuk"]),
])
def test_a_distance_from_a_place_is_a_reference_point(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The rebels seized Al-Zorvan Suburb after a long battle.", "seized", ["Al-Zorvan Suburb"]),
    ("Jets struck overnight, targeting the key Al-Lumo Suburb that was held by rebels.",
     "targeting", ["Al-Lumo Suburb"]),
    # a person captured stays a person
    ("Police captured Ivan Zorvanov after a long chase.", "captured", []),
])
def test_the_object_of_capture_or_target_may_be_a_place(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Gunmen shelled the villages of Kafr Zorvan (twice), Tal Kessi, Deir Lumo and Ain Dara.",
     "shelled", ["Ain Dara", "Deir Lumo", "Kafr Zorvan", "Tal Kessi"]),
    ("Artillery shelled Kafr Zorvan, Tal Kessi, Bab al-Lumo and Deir Dara overnight.", "shelled",
     ["Bab al-Lumo", "Deir Dara", "Kafr Zorvan", "Tal Kessi"]),
    ("The army launched an assault in southern Aleppo, targeting the Zorvan Housing Project, "
     "Souq Al-Kessi (Lumo), and Dara Hill.", "targeting",
     ["Dara Hill", "Souq Al-Kessi", "Zorvan Housing Project"]),
    # a place and its container after a comma are no list
    ("Police arrested two men in Paris, Texas, on Friday.", "arrested", ["Paris"]),
])
def test_every_place_of_a_written_list(nlp, resolver, text, trigger, expected):
    assert sorted(mentions_for(nlp, resolver, text, trigger)) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a verb that only acts on territory names a place whatever the tagger took the name for
    ("Rebel fighters entered Dahiyat Al-Zorvan after a week of clashes.", "entered",
     ["Dahiyat Al-Zorvan"]),
    ("Rebel fighters stormed Dahiyat Al-Kessi Lumo on Monday.", "stormed", ["Dahiyat Al-Kessi Lumo"]),
])
def test_what_a_territory_verb_acts_on_is_a_place(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


def test_a_name_loses_the_stop_and_line_break_the_tagger_took_in(nlp):
    from newsevents.attributes.places import _bare_name

    doc = nlp("Gunmen attacked the town of Zorvanabad.\n")
    name = next(i for i, t in enumerate(doc) if t.text == "Zorvanabad")
    assert _bare_name(doc[name:len(doc)]).text == "Zorvanabad"
    assert _bare_name(doc[name - 2:name + 1]).text == "town of Zorvanabad"   # inner words stay


@pytest.mark.parametrize("text, trigger, expected", [
    ("Several hundred Palestinians demonstrated at the entrance to Bethlehem against the new road.",
     "demonstrated", ["Bethlehem"]),
    ("An armed group attacked family homes in villages close to Algiers on Sunday.", "attacked",
     ["Algiers"]),
    ("A driver was shot dead close to the town of Poso on Monday.", "shot", ["Poso"]),
    # a march, like a walk, ends at its goal: that is where it is reported as happening
    # (test_the_goal_of_a_march_is_its_place); a goal of another verb stays a goal
    ("Thousands marched to Kirkuk on Friday.", "marched", ["Kirkuk"]),
    ("Thousands looked to Kirkuk on Friday.", "looked", []),
])
def test_close_to_a_place_is_at_it(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, name", [
    # an Arabic article or link word written onto the name with a hyphen is part of it
    ("Fighting broke out in the Al-Hasakah Governorate on Monday.", "Al-Hasakah Governorate"),
    ("Jets bombed Deir ez-Zor on Monday.", "Deir ez-Zor"),
    ("The militia captured Mazar-e-Sharif in May.", "Mazar-e-Sharif"),
])
def test_a_hyphenated_article_or_link_word_is_part_of_the_name(nlp, resolver, text, name):
    names = [m.text for m in resolver.for_article(nlp(text)).mentions]
    assert name in names
    assert not any(n != name and n in name for n in names)


def test_a_weekday_or_time_phrase_is_no_part_of_a_name(nlp):
    from newsevents.attributes.places import _without_time_words

    doc = nlp("Police patrolled Zorvan Thursday, and the Soviets came from the East a few weeks later.")
    zorvan = next(t.i for t in doc if t.text == "Zorvan")
    east = next(t.i for t in doc if t.text == "East")
    assert _without_time_words(doc[zorvan:zorvan + 2]).text == "Zorvan"
    assert _without_time_words(doc[zorvan - 1:zorvan + 1][1:]).text == "Zorvan"
    assert _without_time_words(doc[east:east + 5]).text == "East"
    monday = nlp("Helicopters shelled Monday Kessi city overnight.")
    start = next(t.i for t in monday if t.text == "Monday")
    assert _without_time_words(monday[start:start + 2]).text == "Kessi"


@pytest.mark.parametrize("text, trigger, expected", [
    # a possessor of a kin noun is a person, even when a town bears the name
    ("Pereira's cousin, Jean Silva, 27, was shot in the head by police.", "shot", []),
    # a demonym compounded with 'man' is a people
    ("Jones, 41, an Englishman, and Ruiz, 33, from Spain, were seized on Friday while they "
     "repaired a bridge at Kabala.", "seized", ["Kabala"]),
    # an acronym is an organisation unless we list it as a place
    ("Hundreds of veterans demonstrated outside UN headquarters in Maputo on Monday.",
     "demonstrated", ["Maputo"]),
    # a name headed by 'Flight' is an aircraft
    ("Air Kessia Flight 7 was bombed off the coast of Ireland in 1985.", "bombed", ["Ireland"]),
])
def test_names_of_people_groups_and_craft_are_no_places(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # countries coordinated in a subject or object slot are parties, like the first of them
    ("Soldiers patrolled the capital after the coup, prompting France and the United States to "
     "suspend their aid.", "patrolled"),
    ("The United States, Russia and other powers are set to gather on Tuesday.", "set"),
    # a place that owns a government's act stands for the government
    ("The anger was demonstrated in June when Washington's decision to grant a visa to the "
     "president plunged relations to a low.", "demonstrated"),
    ("The crowd chanted slogans, and they held the Baghdad regime responsible.", "held"),
    # the place of a speaker, in a clause the parse hangs from a noun
    ("The shelling wounded twelve civilians, local activist Omar Zorvani told reporters in Beirut.",
     "wounded"),
    # an unknown name a verb of harm takes as its object is a person
    ("The gang broke into Ali's house after murdering Kessoudian.", "murdering"),
])
def test_parties_speakers_and_victims_place_no_event(nlp, resolver, text, trigger):
    assert mentions_for(nlp, resolver, text, trigger) == []


@pytest.mark.parametrize("text, trigger", [
    # "demonstrate" with an object or in the passive means "show"
    ("The engineers demonstrated a new water pump to farmers in Kisumu on Friday.", "demonstrated"),
    ("The skill of the team was demonstrated at the regional finals in Zorvan.", "demonstrated"),
    # "capture" with a heart, a title or a medal means "win" or "attract"
    ("The young singer captured the hearts of audiences in Nairobi last year.", "captured"),
    ("She captured her third title at the tournament in Mombasa on Sunday.", "captured"),
    # an intransitive "shoot up" means "rise"
    ("Bread prices shot up by ten percent in Kampala this week.", "shot"),
])
def test_a_verb_in_a_sense_that_names_no_event_places_none(nlp, resolver, text, trigger):
    assert mentions_for(nlp, resolver, text, trigger) == []


@pytest.mark.parametrize("text, trigger, expected", [
    # the protest sense, with a stance as its object, keeps its place
    ("About 500 students demonstrated their solidarity with the strikers in Kisumu on Friday.",
     "demonstrated", ["Kisumu"]),
    # "shot up" with an object is gunfire
    ("Gunmen shot up a police car in Mombasa on Sunday.", "shot", ["Mombasa"]),
])
def test_the_event_senses_of_those_verbs_keep_their_place(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Hundreds of students protested in Nairobi against the bombing of a market in Somalia.",
     "protested", ["Nairobi"]),
    ("Farmers were protesting across Kenya against the closure of a sugar mill in Kisumu.",
     "protesting", ["Kenya"]),
    ("Across Kenya, dozens of workers protested the arrest of a union leader in Mombasa.",
     "protested", ["Kenya"]),
    # a gathering named inside the phrase is the protest's own
    ("Thousands demonstrated against the new tax at rallies in Kisumu and Mombasa.", "demonstrated",
     ["Kisumu", "Mombasa"]),
])
def test_a_place_in_what_a_protest_is_about_is_not_where_it_was_held(nlp, resolver, text, trigger,
                                                                      expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Police clashed with protesters near Kenya's parliament on Tuesday.", "clashed", ["Kenya"]),
    ("Fighter jets have been patrolling Somalia's southern skies since March.", "patrolling",
     ["Somalia"]),
    # an embassy is a country's wherever it stands
    ("Dozens of students demonstrated outside the Kenyan embassy and the Uganda embassy on Monday.",
     "demonstrated", []),
])
def test_a_country_owning_a_site_fixed_inside_it_places_the_event(nlp, resolver, text, trigger,
                                                                   expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


def test_the_place_fought_over_is_where_fighters_were_killed(nlp, resolver):
    text = "Dozens of militants were killed in the battle for Kismayo last week."
    assert mentions_for(nlp, resolver, text, "killed") == ["Kismayo"]


def test_a_place_the_parse_joined_to_a_province_is_a_peer_of_the_first(nlp, resolver):
    """'Kafr Zorvan' hangs from 'Homs' in the parse, but is another of the villages shelled."""
    text = ("Gunmen shelled the villages of Tal Kessi (twice) in the province of Homs and Kafr "
            "Zorvan in the province of Hama, the bulletin said.")
    assert mentions_for(nlp, resolver, text, "shelled") == ["Tal Kessi", "Kafr Zorvan"]


@pytest.mark.parametrize("text, expected", [
    ("The two journalists were taken to a military prison at Tessalit, Mali, where they were "
     "executed a week later.", ["Tessalit"]),
    ("Witnesses described the raid on the Kawangware suburb of Nairobi, where six people were "
     "killed on Sunday.", ["Kawangware"]),
])
def test_a_where_clause_is_set_in_the_whole_place_phrase_it_describes(nlp, resolver, text, expected):
    """The parser hangs 'where ...' on the last word of the phrase ('Mali', 'Nairobi'); the
    clause's place is the phrase, and its finest place the town."""
    trigger = "executed" if "executed" in text else "killed"
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text", [
    '"Our towns in Kenya are safe," the minister shot back on Tuesday.',
    "We have never lost a town in Kenya, the general shot back.",
])
def test_shooting_back_a_retort_has_no_place(nlp, resolver, text):
    """'back' as the parser's adverb is the same retort as 'back' as a particle."""
    assert mentions_for(nlp, resolver, text, "shot") == []


@pytest.mark.parametrize("text, trigger", [
    ("Eastern Kessia, the last rebel-held part of Uganda, was captured by the rebels in 1995.",
     "captured"),
])
def test_a_name_an_appositive_calls_a_place_is_no_person(nlp, resolver, text, trigger):
    """An unknown name in a bare subject slot ranks after the places a phrase gives, being as
    often a person, unless an appositive says it is a place."""
    assert mentions_for(nlp, resolver, text, trigger) == ["Eastern Kessia"]


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested three men on Monday for smuggling weapons in Garissa.", "arrested"),
    ("The soldier was sentenced on Friday for killing a shopkeeper in Eldoret.", "sentenced"),
])
def test_the_place_of_the_charge_is_not_where_the_arrest_was(nlp, resolver, text, trigger):
    """A gerund after 'for' names the act the person is held for: its place is that act's, by
    the parse or by the nearest preposition."""
    assert mentions_for(nlp, resolver, text, trigger) == []


def test_a_gerund_after_of_keeps_the_place_of_the_arrest(nlp, resolver):
    """'suspected of spying' does not move the place: the parse hangs the arrest's own place on
    the gerund as often as not."""
    text = "Agents arrested nine people suspected of spying in the northern city of Mosul last week."
    assert mentions_for(nlp, resolver, text, "arrested") == ["Mosul"]


def _span(doc, text):
    words = text.split()
    start = next(i for i in range(len(doc)) if [t.text for t in doc[i:i + len(words)]] == words)
    return doc[start:start + len(words)]


@pytest.mark.parametrize("text, name, expected", [
    # a goal or an origin names a place, unless the tagger took the name for a person
    ("Aid convoys were travelling to Kindu when gunmen attacked them.", "Kindu", True),
    ("Two missions a night were flown from Kisangani.", "Kisangani", True),
    # a settlement noun before or after the name, or a side holding it
    ("Guards were posted in the provincial capital, Zorvan, on Monday.", "Zorvan", True),
    ("A protester was shot in downtown Zorvan.", "Zorvan", True),
    ("In northern Zorvan district, militias patrol day and night.", "Zorvan", True),
    ("In rebel-held Zorvan, a journalist was shot on Monday.", "Zorvan", True),
    # the parts of a town named after it or with it
    ("Police patrolled Zorvan's streets overnight.", "Zorvan", True),
    ("Soldiers patrolled the outskirts of Zorvan on Monday.", "Zorvan", True),
    ("Fire destroyed the Zorvan home of a local councillor.", "Zorvan", True),
    # not a person's name after 'to', a bare compass point's reference, a description of the
    # town named after 'of', or part of a hyphenated name
    ("Police arrested a man who sent threats to Jackson over the weekend.", "Jackson", False),
    ("Gunmen attacked a convoy west of Zorvan on Monday.", "Zorvan", False),
    ("The bomb went off near the Arab town of Zorvan, close to the border.", "Arab", False),
    ("Three people were shot dead in KwaZulu-Natal province on Friday.", "Natal", False),
])
def test_slots_that_hold_place_names(nlp, text, name, expected):
    from newsevents.attributes.places import _place_position

    doc = nlp(text)
    assert _place_position(doc, _span(doc, name)) is expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Aid convoys were travelling to Kindu when gunmen attacked them.", "travelling", "Kindu"),
    ("Police patrolled Kisangani's streets overnight.", "patrolled", "Kisangani"),
    ("Fire destroyed the Dundee home of a local councillor.", "destroyed", "Dundee"),
    ("Gunmen attacked the Mombasa courthouse on Monday.", "attacked", "Mombasa"),
    ("In rebel-held Kalemie, a journalist was shot on Monday.", "shot", "Kalemie"),
])
def test_a_known_town_in_those_slots_is_found_whatever_the_tagger_called_it(nlp, resolver, text,
                                                                            trigger, expected):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    found = [(m.text, m.place.name if m.place else None)
             for m, _ in resolver.for_article(doc).event_mentions(verb)]
    assert found == [(expected, expected)]


@pytest.mark.parametrize("text, trigger", [
    # a news spelling GeoNames keeps only as an alternate name of a large town
    ("A suicide attack on Kanton killed at least ten fighters.", "killed"),
    ("Kanton has been encircled by the army since the bombing.", "encircled"),
])
def test_an_alternate_spelling_of_a_large_town_in_a_place_slot_is_the_town(nlp, resolver, text,
                                                                          trigger):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    found = [(m.text, m.place.name if m.place else None)
             for m, _ in resolver.for_article(doc).event_mentions(verb)]
    assert found == [("Kanton", "Guangzhou")]


@pytest.mark.parametrize("text, name", [
    # an alternate name that is an English word, a person's possession, or a name the tagger
    # gave another label after 'to' stays no place
    ("Reinforcements were deployed in Spoken on Monday.", "Spoken"),
    ("Gunmen shot a guard at Jacob's home on Monday.", "Jacob"),
    ("Police detained a man who had sent letters to Nina in prison.", "Nina"),
])
def test_alternate_spellings_that_are_words_or_people_are_not_trusted(nlp, resolver, text, name):
    doc = nlp(text)
    assert not resolver._known_by_alternate(doc, _span(doc, name))


def test_a_weekday_after_a_mislabelled_town_does_not_hide_it(nlp, resolver):
    from spacy.tokens import Span

    doc = nlp("Hundreds of farmers demonstrated in Kisangani Saturday against the new tax.")
    name = _span(doc, "Kisangani Saturday")
    assert resolver._rescued(doc, Span(doc, name.start, name.end, label="EVENT"))


@pytest.mark.parametrize("text, trigger, expected", [
    ("Thousands of protesters marched towards Nakuru on Tuesday.", "marched", ["Nakuru"]),
    ("Militants fired two rockets toward Ashdod on Friday evening.", "fired", ["Ashdod"]),
    # troops moving toward a goal have not reached it
    ("The army advanced north toward Kindu after the ceasefire collapsed.", "advanced", []),
])
def test_toward_on_a_verb_of_firing_or_a_march_places_it(nlp, resolver, text, trigger, expected):
    """'toward X' on a verb of firing is where the fire was aimed and struck; a protest march
    toward X is held on its way there."""
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Soldiers patrolled the border towns on Monday, including Kassala.", "patrolled", ["Kassala"]),
    ("Police are patrolling the markets and key sites such as the Grand Mosque and Kigali "
     "Convention Centre.", "patrolling", ["Grand Mosque"]),
    # the members of a group of people are no places
    ("All the gunmen were killed in the raid, including Abu Zorvan.", "killed", []),
])
def test_the_members_listed_after_a_place_object_are_its_places(nlp, resolver, text, trigger,
                                                                 expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The rebels began the offensive by storming Idlib on Sunday.", "began", ["Idlib"]),
    ("The brigade began its assault this morning by shelling Kafranbel and Maarrat al-Numan "
     "from the hills.", "began", ["Kafranbel", "Maarrat al-Numan"]),
])
def test_a_by_gerund_clause_places_the_act_it_describes(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The militants began the assault with a VBIED (vehicle borne improvised explosive device) "
     "attack at the army checkpoint outside Palmyra.", "began", ["Palmyra"]),
    ("The militants began their attack using a VBIED (vehicle borne improvised explosive device) "
     "near the airport of Deir Ezzor.", "began", ["Deir Ezzor"]),
])
def test_words_after_a_bracketed_aside_do_not_belong_to_it(nlp, resolver, text, trigger, expected):
    """The parser hangs what follows ')' on the verb inside the brackets ('borne')."""
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The Mosul protesters marched with banners and flags.", "marched", ["Mosul"]),
    ("Many angry Aleppo residents protested on Friday.", "protested", ["Aleppo"]),
    ("The old Krakow theatre burned down during the festival.", "burned", ["Krakow"]),
    # a town's troops or officials: whose they are, not where they acted
    ("Mosul troops captured the hill on Friday.", "captured", []),
    ("A former Krakow police chief was shot dead last week.", "shot", []),
])
def test_a_town_modifying_the_subject_places_the_event_when_nothing_else_does(
        nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The farmers marched to Kisumu to demand higher prices.", "marched", ["Kisumu"]),
    # a route: neither end is the scene
    ("The farmers marched from Kisumu to Nakuru on Sunday.", "marched", []),
])
def test_the_goal_of_a_march_is_its_place(nlp, resolver, text, trigger, expected):
    assert mentions_for(nlp, resolver, text, trigger) == expected


def test_an_organisation_before_a_noun_says_whose_it_is(nlp, resolver):
    text = "More than 2,000 protesters marched to UN offices in central Nairobi."
    assert mentions_for(nlp, resolver, text, "marched") == ["Nairobi"]
