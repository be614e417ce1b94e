"""resolve_event_date and find_date_expressions on parsed sentences.

Publication date 2026-11-25 is a Wednesday: the week before runs Mon 16 - Sun 22
November, this week Mon 23 - Sun 29.
"""
from __future__ import annotations

import pytest

from newsevents.attributes.dates import DateMention, find_date_expressions, resolve_event_date

PUB = "2026-11-25"


@pytest.fixture(scope="module")
def parse(nlp):
    cache = {}

    def _parse(text):
        if text not in cache:
            cache[text] = nlp(text)
        return cache[text]
    return _parse


def _trigger(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


# sentence, trigger, expected date, enddate, precision, expression text (None: no expression)
SENTENCE_CASES = [
    ("The ministry said on Monday that a drone hit a school on Saturday.", "hit",
     "2026-11-21", None, "day", "Saturday"),
    ("The ministry said on Monday that a drone hit a school on Saturday.", "said",
     "2026-11-23", None, "day", "Monday"),
    ("Last week, a missile hit a block of flats in Kyiv.", "hit",
     "2026-11-16", "2026-11-22", "week", "Last week"),
    ("The president will host a meeting on Thursday.", "host", "2026-11-26", None, "day", "Thursday"),
    ("The president will host a meeting on Thursday.", "meeting", "2026-11-26", None, "day", "Thursday"),
    ("The president said on Thursday that talks had stalled.", "said",
     "2026-11-19", None, "day", "Thursday"),
    ("The foreign minister said on Wednesday that the talks had failed.", "said",
     "2026-11-25", None, "day", "Wednesday"),
    ("Officials will meet again on Wednesday to discuss the ceasefire.", "meet",
     "2026-11-25", None, "day", "Wednesday"),
    ("Five people were killed in an attack on a market on Tuesday night, officials said.", "killed",
     "2026-11-24", None, "day", "Tuesday night"),
    ("Five people were killed in an attack on a market on Tuesday night, officials said.", "attack",
     "2026-11-24", None, "day", "Tuesday night"),
    # the saying is not dated: the Tuesday belongs to the killing
    ("Five people were killed in an attack on a market on Tuesday night, officials said.", "said",
     PUB, None, "day", None),
    ("The minister is to visit Kyiv next week, and talks are set to begin on Friday.", "visit",
     "2026-11-30", "2026-12-06", "week", "next week"),
    ("The minister is to visit Kyiv next week, and talks are set to begin on Friday.", "begin",
     "2026-11-27", None, "day", "Friday"),
    ("In March, rebels seized the town, and in May they may return.", "seized",
     "2026-03-01", "2026-03-31", "month", "March"),
    ("In March, rebels seized the town, and in May they may return.", "return",
     "2027-05-01", "2027-05-31", "month", "May"),
    ("The rebels violated the March 2025 agreement on 3 June 2025.", "violated",
     "2025-06-03", None, "day", "3 June 2025"),
    ("Police arrested 12 protesters overnight.", "arrested", "2026-11-24", None, "day", "overnight"),
    ("On 3 March, troops entered the town, and the next day they shelled the market.", "entered",
     "2026-03-03", None, "day", "3 March"),
    ("On 3 March, troops entered the town, and the next day they shelled the market.", "shelled",
     "2026-03-04", None, "day", "the next day"),
    ("The army has been fighting rebels since 2022.", "fighting",
     "2022-01-01", PUB, "year", "since 2022"),
    ("Shelling over the weekend killed three civilians.", "killed",
     "2026-11-21", "2026-11-22", "week", "the weekend"),
    ("A car bomb exploded in the city two days ago, killing four.", "exploded",
     "2026-11-23", None, "day", "two days ago"),
    ("The government announced yesterday that elections will be held in March.", "announced",
     "2026-11-24", None, "day", "yesterday"),
    ("The government announced yesterday that elections will be held in March.", "held",
     "2027-03-01", "2027-03-31", "month", "March"),
    ("The attack on Tuesday left 12 dead.", "attack", "2026-11-24", None, "day", "Tuesday"),
    ("The vote is scheduled for December 6.", "vote", "2026-12-06", None, "day", "December 6"),
    ("The talks, which began on Monday, will resume on Friday.", "began",
     "2026-11-23", None, "day", "Monday"),
    ("The talks, which began on Monday, will resume on Friday.", "resume",
     "2026-11-27", None, "day", "Friday"),
    ("Rebels seized the town on Saturday after fighting that started in 2019.", "seized",
     "2026-11-21", None, "day", "Saturday"),
    ("Rebels seized the town on Saturday after fighting that started in 2019.", "started",
     "2019-01-01", "2019-12-31", "year", "2019"),
    ("The ministry said 20 soldiers were killed in clashes last month.", "killed",
     "2026-10-01", "2026-10-31", "month", "last month"),
    ("Protesters gathered in the capital.", "gathered", PUB, None, "day", None),
    # the date hangs on a participle that describes a noun of the clause: the clause's date
    ("Gunmen opened fire on worshippers leaving a mosque in the old city on Friday.", "opened",
     "2026-11-20", None, "day", "Friday"),
    # "late on Friday" parsed under the object "grenades": it still dates the firing clause
    ("Soldiers fired tear gas and stun grenades late on Friday to scatter crowds who had gathered "
     "outside parliament.", "gathered", "2026-11-20", None, "day", "late on Friday"),
    # "..., killing five and wounding 12": subjectless participle clauses share their governor's date
    ("A car bomb exploded among shoppers crowding a market in the north on Tuesday, killing five "
     "people and wounding 12 others.", "killing", "2026-11-24", None, "day", "Tuesday"),
    ("A car bomb exploded among shoppers crowding a market in the north on Tuesday, killing five "
     "people and wounding 12 others.", "wounding", "2026-11-24", None, "day", "Tuesday"),
    ("The Sunday Times reported that a drone struck a depot.", "struck", PUB, None, "day", None),
    # a year word places the month, whatever the clause's tense
    ("The army retook the town in March last year.", "retook",
     "2025-03-01", "2025-03-31", "month", "March last year"),
    ("Militants overran an army base last year in April.", "overran",
     "2025-04-01", "2025-04-30", "month", "last year in April"),
    ("The two presidents will meet in January next year.", "meet",
     "2027-01-01", "2027-01-31", "month", "January next year"),
    ("Gunmen kidnapped the mayor on 4 May of last year.", "kidnapped", "2025-05-04", None, "day",
     "4 May of last year"),
    # a past form the tagger may read as a base form ("retook"/VB) still reads the past
    ("The army retook the town in March.", "retook", "2026-03-01", "2026-03-31", "month", "March"),
    # a deadline is not when the event (or the threat setting it) happens
    ("The defence minister vowed to crush the insurgents before the end of the year.", "crush",
     PUB, None, "day", None),
    ("The rebels vowed to seize the provincial capital by the end of the year.", "vowed",
     PUB, None, "day", None),
    ("The bloc threatened to expel the envoy within the next two weeks.", "expel", PUB, None, "day", None),
    ("The minister warned on Monday that sanctions would follow by Friday.", "sanctions",
     "2026-11-23", None, "day", "Monday"),
    ("Police arrested opposition supporters ahead of Sunday's vote.", "arrested", PUB, None, "day", None),
    ("Police arrested opposition supporters ahead of Sunday's vote.", "vote",
     "2026-11-22", None, "day", "Sunday"),
    ("Five people were killed by Friday's blast in the market.", "killed",
     "2026-11-20", None, "day", "Friday"),
    # a date inside the noun phrase of the event the trigger happened in
    ("Police arrested 30 people during Sunday's protest in the capital.", "arrested",
     "2026-11-22", None, "day", "Sunday"),
    ("Police arrested 12 people in the clashes on Tuesday.", "arrested",
     "2026-11-24", None, "day", "Tuesday"),
    # meetings dated by a weekday on the verb or on the nominal trigger
    ("The two foreign ministers met in Doha on Monday.", "met", "2026-11-23", None, "day", "Monday"),
    ("The envoy held talks with rebel leaders in Nairobi on Friday.", "talks",
     "2026-11-20", None, "day", "Friday"),
    ("Talks between the two sides on Tuesday ended without a deal.", "Talks",
     "2026-11-24", None, "day", "Tuesday"),
    # a relative clause on the trigger noun dates it
    ("The deal was signed after talks that began on Monday.", "talks", "2026-11-23", None, "day", "Monday"),
    # a past participle naming a state ("operated by") does not keep the time from its clause
    ("Militiamen fired on a rescue ship operated by a charity on Tuesday.", "fired",
     "2026-11-24", None, "day", "Tuesday"),
    # a weekday in a reported past counts back from the day of the saying (Wed 18, not Wed 25)
    ("The minister said on Monday that troops had retaken the town on Wednesday.", "retaken",
     "2026-11-18", None, "day", "Wednesday"),
    ("The minister said on Monday that troops would enter the town on Thursday.", "enter",
     "2026-11-26", None, "day", "Thursday"),
    # a time of day names its day through the date beside it, not the publication
    ("Militants stormed the base before dawn on Saturday.", "stormed", "2026-11-21", None, "day", "Saturday"),
    ("Militants stormed the base on Saturday and withdrew shortly after midnight.", "withdrew",
     "2026-11-21", None, "day", "shortly after midnight"),
    # part of the week of the day last named
    ("The army said on Saturday that it had killed 30 militants in air strikes earlier in the week.",
     "killed", "2026-11-16", "2026-11-20", "week", "earlier in the week"),
    # fixed-date holidays
    ("Protesters gathered outside the prison on Christmas Day.", "gathered",
     "2025-12-25", None, "day", "Christmas Day"),
    ("Police arrested seven people on New Year's Eve.", "arrested",
     "2025-12-31", None, "day", "New Year's Eve"),
    # "three days after <a clause>": the event inside is three days before the one placed
    ("Rebels seized the town on Saturday, three days after troops withdrew from it.", "withdrew",
     "2026-11-18", None, "day", "three days after"),
    ("Rebels seized the town on Saturday, three days after troops withdrew from it.", "seized",
     "2026-11-21", None, "day", "Saturday"),
    # a night named by both its days
    ("Militiamen stormed a camp for displaced people overnight from Saturday to Sunday, killing 11.",
     "stormed", "2026-11-21", "2026-11-22", "week", "overnight from Saturday to Sunday"),
    # object + participle parsed as a clause of its own ('trucks heading'): still the object's verb
    ("Rebels ambushed soldiers escorting a convoy late on Saturday.", "ambushed",
     "2026-11-21", None, "day", "late on Saturday"),
    # a subjectless participle clause under the trigger shares its time with it
    ("Drones hit fuel tankers crossing the bridge on Saturday, the governor said.", "hit",
     "2026-11-21", None, "day", "Saturday"),
    # a deictic time at the end of a suspect's charge dates the arrest, not the report...
    ("Police arrested nine men suspected of smuggling fuel across the border last week, the ministry "
     "said on Tuesday.", "arrested", "2026-11-16", "2026-11-22", "week", "last week"),
    ("Police detained three students accused of planning protests last week, a rights group said "
     "on Monday.", "detained", "2026-11-16", "2026-11-22", "week", "last week"),
    # ... but a year stays with the charge, and so does a date naming a thing in it
    ("Police arrested a man accused of killing a judge in 2019, the ministry said on Tuesday.",
     "arrested", "2026-11-24", None, "day", "Tuesday"),
    ("The opposition accused the ruling party of rigging Sunday's vote, officials said on Tuesday.",
     "accused", "2026-11-24", None, "day", "Tuesday"),
    # what a past commitment plans is dated by the commitment ('in March' is next March)
    ("Russia pledged to deliver more helicopters in March, the ministry said on Monday.", "deliver",
     "2026-11-23", None, "day", "Monday"),
]


@pytest.mark.parametrize("sentence,word,date,enddate,precision,text", SENTENCE_CASES)
def test_resolve_event_date_in_sentence(parse, sentence, word, date, enddate, precision, text):
    doc = parse(sentence)
    got = resolve_event_date(_trigger(doc, word), PUB)
    assert (got.date, got.enddate, got.precision, got.text) == (date, enddate, precision, text)
    if text is not None:
        assert doc.text[got.start:got.end] == text


def test_offsets_are_article_offsets_beyond_the_first_sentence(parse):
    doc = parse("Fighting resumed near the border. Rebels attacked the base on Friday.")
    got = resolve_event_date(_trigger(doc, "attacked"), PUB)
    assert (got.date, got.text, got.start, got.end) == ("2026-11-20", "Friday", 62, 68)
    assert doc.text[got.start:got.end] == "Friday"


def test_no_clue_falls_back_to_publication_as_inexact(parse):
    got = resolve_event_date(_trigger(parse("Protesters gathered in the capital."), "gathered"), PUB)
    assert got.method == "publication-date"
    assert (got.acled_time_precision, got.ucdp_date_prec) == (2, 3)


def test_no_publication_date_gives_no_date(parse):
    got = resolve_event_date(_trigger(parse("Protesters gathered in the capital."), "gathered"), None)
    assert (got.date, got.enddate, got.method) == (None, None, "none")


def test_relative_expression_without_publication_is_not_invented(parse):
    doc = parse("Troops entered the town on Thursday.")
    got = resolve_event_date(_trigger(doc, "entered"), None)
    assert got.date is None
    assert (got.text, doc.text[got.start:got.end]) == ("Thursday", "Thursday")


def test_absolute_expression_without_publication_still_resolves(parse):
    got = resolve_event_date(_trigger(parse("Troops entered the town on 3 March 2026."), "entered"), None)
    assert (got.date, got.precision, got.method) == ("2026-03-03", "day", "explicit-date")


@pytest.mark.parametrize("text,span_days,acled,ucdp", [
    ("Troops entered the town on Thursday.", 1, 1, 1),
    ("Troops entered the town over the weekend.", 2, 2, 2),
    ("Troops entered the town last week.", 7, 2, 3),
    ("Troops entered the town last month.", 31, 3, 4),
    ("Troops entered the town last year.", 365, 3, 5),
])
def test_precision_codes_follow_span_length(parse, text, span_days, acled, ucdp):
    from datetime import date
    got = resolve_event_date(_trigger(parse(text), "entered"), PUB)
    last = date.fromisoformat(got.enddate or got.date)
    assert (last - date.fromisoformat(got.date)).days + 1 == span_days
    assert (got.acled_time_precision, got.ucdp_date_prec) == (acled, ucdp)


def test_methods_name_how_the_date_was_found(parse):
    doc = parse("The ministry said on Monday that a drone hit a school on Saturday.")
    assert resolve_event_date(_trigger(doc, "hit"), PUB).method == "relative-weekday:past"
    doc = parse("Last week, a missile hit a block of flats in Kyiv.")
    assert resolve_event_date(_trigger(doc, "hit"), PUB).method == "span:last-week"


@pytest.mark.parametrize("text,expected", [
    ("May God protect the people, the bishop said on Sunday.", ["Sunday"]),
    ("In March, rebels seized the town, and in May they may return.", ["March", "May"]),
    ("The rebels violated the March 2025 agreement on 3 June 2025.", ["March 2025", "3 June 2025"]),
    ("Fighting has continued in recent days, with shelling over the weekend and in the past 48 hours.",
     ["recent days", "the weekend", "the past 48 hours"]),
    ("The army has been fighting rebels since 2022.", ["since 2022"]),
    ("Police said 2022 people marched.", []),
    ("Talks were held from 28 February to 2 March 2026.", ["from 28 February to 2 March 2026"]),
])
def test_find_date_expressions(parse, text, expected):
    doc = parse(text)
    mentions = [m for sent in doc.sents for m in find_date_expressions(sent)]
    assert [m.text for m in mentions] == expected
    assert all(isinstance(m, DateMention) and doc.text[m.start:m.end] == m.text for m in mentions)


def test_mentions_are_cached_on_the_doc_as_plain_data(parse):
    doc = parse("Troops entered the town on Thursday.")
    sent = next(doc.sents)
    first = find_date_expressions(sent)
    assert find_date_expressions(sent) == first
    cached = [v for k, v in doc.user_data.items() if isinstance(k, tuple) and "date" in str(k[0])]
    assert cached and all(isinstance(x, (int, str)) for item in cached[0] for x in item)


def test_part_of_a_named_period_is_not_a_span_back_from_publication(parse):
    doc = parse("Unemployment rose in the last three months of 2004.")
    assert [m.text for m in find_date_expressions(next(doc.sents))] == ["2004"]


# ---- anaphoric expressions count from the last date the story named ----------------------

@pytest.mark.parametrize("text,word,date,method", [
    ("Rebels seized the airport on Saturday. A day earlier, they had shelled a nearby village.",
     "shelled", "2026-11-20", "anaphoric:-1d@anchor"),
    ("Rebels seized the airport on Saturday.\n\nThe previous day, drones struck a fuel depot.",
     "struck", "2026-11-20", "anaphoric:-1d@anchor"),
    ("The day before, drones struck a fuel depot.", "struck", "2026-11-24", "anaphoric:-1d@publication"),
    # the date of a plan ('from January') is no day the story reached
    ("The rebels agreed on Tuesday to hand over their heavy weapons from January. A U.N. envoy had "
     "met their leaders a day earlier.", "met", "2026-11-23", "anaphoric:-1d@anchor"),
])
def test_anaphoric_expression_counts_from_an_earlier_sentence(parse, text, word, date, method):
    got = resolve_event_date(_trigger(parse(text), word), PUB)
    assert (got.date, got.method) == (date, method)


# ---- a statement dated where its speaker is quoted later ----------------------------------

@pytest.mark.parametrize("text,word", [
    ('Prime Minister John Hale condemned the raid. "It was an act of terror," Hale told reporters '
     'on Monday.', "condemned"),
    ('Prime Minister John Hale condemned the raid.\n\n"It was an act of terror," he said on Monday.',
     "condemned"),
    ('Foreign Minister Ana Ruiz said she was appalled by the shelling. "We demand an inquiry," Ruiz '
     'told a news conference on Monday.', "appalled"),
])
def test_statement_takes_the_date_of_its_speakers_later_attribution(parse, text, word):
    doc = parse(text)
    got = resolve_event_date(_trigger(doc, word), PUB)
    assert (got.date, got.method) == ("2026-11-23", "speaker-attribution:relative-weekday:past")
    assert doc.text[got.start:got.end] == "Monday"


@pytest.mark.parametrize("text", [
    # another person speaks in between: "she" is not the speaker
    'Prime Minister John Hale condemned the raid. Opposition leader Mary Cole urged calm. '
    '"It was an act of terror," she said on Monday.',
    # someone else's attribution
    'Prime Minister John Hale condemned the raid. "It was an act of terror," Cole told reporters on Monday.',
    # beyond the next paragraph
    'Prime Minister John Hale condemned the raid.\n\nOther news.\n\n"It was an act of terror," Hale '
    'said on Monday.',
    # a statement still to come
    'Prime Minister John Hale condemned the raid. Hale will tell parliament on Monday that the raid '
    'was an act of terror.',
    # the date belongs to another event mentioned in the attribution
    'Prime Minister John Hale condemned the raid. "It was an act of terror," Hale said after the '
    'bombing on Sunday.',
])
def test_attribution_needs_the_same_speaker_in_the_past_nearby(parse, text):
    got = resolve_event_date(_trigger(parse(text), "condemned"), PUB)
    assert got.method == "publication-date"


def test_only_statements_take_a_later_attribution_date(parse):
    doc = parse('General Omar Lind sent troops into the valley. "We will not wait," Lind told '
                'reporters on Monday.')
    assert resolve_event_date(_trigger(doc, "sent"), PUB).method == "publication-date"


# ---- an undated statement continuing the statement dated before it ----------------------

@pytest.mark.parametrize("text, word, date", [
    ('The interior ministry said on Monday that police had arrested five men.\n\nIn the same '
     'statement the ministry accused Ruritania of sheltering the plotters.', "accused", "2026-11-23"),
    ('Ruritania accused its neighbour on Tuesday of arming rebels.\n\n"They are sending guns," a '
     'government spokesman told reporters. He warned that the army would respond.', "warned", "2026-11-24"),
    # the time hangs in the reported clause but stands before its subject: it dates the saying
    ("The army said on Monday it had repelled an attack. It warned that it would respond with force.",
     "warned", "2026-11-23"),
])
def test_a_statement_continues_the_dated_statement_before_it(parse, text, word, date):
    got = resolve_event_date(_trigger(parse(text), word), PUB)
    assert (got.date, got.method.split(":")[0]) == (date, "earlier-saying")


@pytest.mark.parametrize("text, word", [
    # a named speaker is someone new
    ("Ruritania accused its neighbour on Tuesday of arming rebels.\n\nPresident Ana Lind warned that "
     "the army would respond.", "warned"),
    # beyond the paragraph before
    ("Ruritania accused its neighbour on Tuesday of arming rebels.\n\nOther news.\n\nHe warned that "
     "the army would respond.", "warned"),
    # a nearer date belongs to something else
    ("Ruritania accused its neighbour on Tuesday of arming rebels. Rebels shelled a village on "
     "Sunday.\n\nHe warned that the army would respond.", "warned"),
    # a statement still to come
    ("The ministry said on Monday that police had arrested five men.\n\nThe ministry will accuse "
     "Ruritania of sheltering them.", "accuse"),
    # a year is no occasion
    ("The union said last year that pay was too low.\n\nIt warned that workers would strike.", "warned"),
    # a statement inside another clause
    ("The ministry said on Monday that police had arrested five men.\n\nProtests grew because they "
     "demanded higher pay.", "demanded"),
])
def test_only_an_undated_main_statement_by_the_same_speaker_continues_one(parse, text, word):
    assert resolve_event_date(_trigger(parse(text), word), PUB).method == "publication-date"


@pytest.mark.parametrize("text, word, date, method", [
    # a time standing before the reported clause's subject dates the saying, in its tense
    ("The militia said on Tuesday it would storm the airport unless the troops left.", "storm",
     "2026-11-24", "governing-clause:relative-weekday:past"),
    # a statement's setting ('in a radio address', 'at a press briefing') carries its time
    ("The governor said in a radio address on Monday that soldiers had freed the hostages.", "freed",
     "2026-11-23", "governing-clause:relative-weekday:past"),
    ("The spokesman said at a press briefing on Monday that troops had seized the port.", "seized",
     "2026-11-23", "governing-clause:relative-weekday:past"),
])
def test_a_statement_dates_what_it_reports(parse, text, word, date, method):
    got = resolve_event_date(_trigger(parse(text), word), PUB)
    assert (got.date, got.method) == (date, method)


def test_an_event_setting_is_not_a_statement_setting(parse):
    # 'after the raid on Sunday': Sunday dates the raid, not the report
    doc = parse("The army said after the raid on Sunday that troops had seized the port.")
    assert resolve_event_date(_trigger(doc, "seized"), PUB).date != "2026-11-22"


@pytest.mark.parametrize("text, word, date", [
    ("The two parties agreed to a truce in the coming weeks, mediators said.", "agreed", PUB),
    ("The rebels signed the accord, which takes effect in the next few days.", "signed", PUB),
    ("The two sides agreed to resume negotiations next month.", "negotiations", PUB),
    # a planned event keeps the span
    ("Both armies will pull back their artillery in the coming weeks.", "pull", PUB),
])
def test_a_span_ahead_dates_only_planned_events(parse, text, word, date):
    got = resolve_event_date(_trigger(parse(text), word), PUB)
    assert got.date == date
    assert (got.method == "publication-date") == (word != "pull")
