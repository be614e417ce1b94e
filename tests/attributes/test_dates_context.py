"""Article-level date passes (events/context.py) on whole articles: an undated event takes
the date of the earlier event it names again, else of its paragraph's dated event.

Publication date 2026-11-25 is a Wednesday.
"""
from __future__ import annotations

import pytest

from newsevents.records import Article

PUB = "2026-11-25"


@pytest.fixture(scope="module")
def dates(coder):
    def _dates(text: str) -> dict[str, tuple[str, str]]:
        events = coder.code(Article(text=text, id="t", published=PUB)).events
        return {e.evidence["trigger"]["text"]: (e.date.date, e.date.method) for e in events}
    return _dates


def test_a_single_line_break_ends_the_paragraph(dates):
    got = dates("Rebels shelled the town of Mora on Friday, killing four civilians.\n"
                "The United Nations urged both sides to respect the ceasefire.")
    assert got["shelled"][0] == "2026-11-20"
    assert got["urged"] == (PUB, "publication-date")


def test_undated_event_in_a_dated_paragraph_takes_its_date(dates):
    got = dates("Rebels shelled the town of Mora on Friday. The United Nations urged both sides "
                "to respect the ceasefire.")
    assert got["urged"] == ("2026-11-20", "context:sentence-0:relative-weekday:past")


def test_details_of_an_agreement_named_again_take_its_date(dates):
    got = dates("Ethiopia and Eritrea agreed on Monday to a ceasefire along their border.\n\n"
                "Under the agreement, both armies will pull heavy weapons back from the frontier.")
    assert got["pull"] == ("2026-11-23", "context:antecedent-0:relative-weekday:past")


def test_an_attack_named_again_dates_its_claim(dates):
    got = dates("Gunmen attacked a police post in Kano on Sunday, killing two officers.\n\n"
                "A militant group said it had carried out the attack and had killed five policemen.")
    assert got["attack"][0] == got["killed"][0] == "2026-11-22"
    assert got["killed"][1].startswith("context:antecedent-0:")


def test_a_related_event_is_not_the_one_named(dates):
    # "Hours before the attack" places the raid on the attack's day; it does not name it again.
    got = dates("Gunmen attacked a police post in Kano on Sunday, killing two officers.\n\n"
                "Hours before the attack, soldiers raided a militant camp near the city.")
    assert got["raided"] == ("2026-11-22", "anaphoric:+0d@anchor")


def test_a_noun_with_its_own_complement_is_a_different_event(dates):
    got = dates("Police detained 12 activists in Ankara on Monday.\n\n"
                "The detentions come a year after the arrest of the city's mayor, Ali Demir.")
    # not the detentions named again: a year before them, the month it lands in
    assert got["arrest"] == ("2025-11-01", "anaphoric:-12m@anchor")


def test_an_event_set_inside_an_earlier_event_takes_its_date(dates):
    got = dates("Riot police fired tear gas at protesters in Accra on Thursday.\n\n"
                "Officers detained 40 demonstrators during the clashes, a police spokesman said.")
    assert got["detained"] == ("2026-11-19", "context:antecedent-0:relative-weekday:past")


def test_a_setting_with_its_own_complement_is_another_event(dates):
    got = dates("Riot police fired tear gas at protesters in Accra on Thursday.\n\n"
                "Officers detained 40 demonstrators during the clashes of the election campaign.")
    assert got["detained"][1] == "publication-date"


def test_a_deadline_does_not_date_the_threat(dates):
    got = dates("The interior minister threatened on Tuesday to ban the opposition party before the "
                "end of the month.\n\nThe rebels vowed to seize the provincial capital by the end of "
                "the year.")
    assert got["ban"][0] == "2026-11-24"
    assert got["seize"] == (PUB, "publication-date")


def test_last_years_war_is_dated_last_year_and_historical(coder):
    text = "Sudanese army jets bombed a market in Darfur in August last year, killing 30 people."
    event = coder.code(Article(text=text, id="t", published=PUB)).events[0]
    assert (event.date.date, event.date.enddate) == ("2025-08-01", "2025-08-31")
    assert "historical" in event.aux


def test_a_report_of_an_earlier_event_named_again_keeps_that_events_date(dates):
    got = dates("Militants stormed a prison in Bauchi on Sunday, freeing 40 inmates.\n\n"
                "The police said on Monday that officers had repelled the attack.")
    # "repelled" is the trigger (a clash); "the attack" it acts on names Sunday's storming again
    assert got["repelled"][1].startswith("context:antecedent-")
    assert got["repelled"][0] == "2026-11-22"


def test_a_noun_after_a_preposition_is_not_the_phrase_named_again(dates):
    got = dates("Gunmen bombed a bus depot in Quetta on Sunday.\n\n"
                "On Tuesday the separatists accused the police of torturing prisoners.")
    assert got["torturing"][0] == "2026-11-24"


def test_speaking_again_in_a_new_paragraph_shares_the_statements_day(dates):
    got = dates("The Ghanaian president denounced the coup in Niger on Monday.\n\n"
                "He spoke after talks with a French envoy in Accra.")
    assert got["talks"] == ("2026-11-23", "context:sentence-0:relative-weekday:past")


def test_an_event_a_week_before_the_one_named_counts_back(dates):
    got = dates("Rebels seized the town of Mora on Saturday.\n\n"
                "The attack came a week after gunmen abducted 20 passengers on the Mora road.")
    assert got["abducted"] == ("2026-11-14", "anaphoric:-7d@anchor")


def test_hours_later_counts_from_the_event_not_from_a_year_naming_a_thing(dates):
    got = dates("The court ordered the arrest of the general on Monday over a plot to overturn the 2022 "
                "election.\n\nPolice detained the general at his home hours later.")
    assert got["detained"] == ("2026-11-23", "anaphoric:+0d@anchor")


def test_a_time_of_day_counts_from_the_event_not_from_its_report(dates):
    got = dates("Gunmen killed 11 farmers in a village on Saturday, officials said on Monday.\n\n"
                "The gunmen attacked a second village late in the afternoon.")
    assert got["attacked"] == ("2026-11-21", "anaphoric:+0d@anchor")


def test_a_past_perfect_since_runs_to_the_day_the_story_reached(coder):
    events = coder.code(Article(text="Rebels seized the town of Mora on Friday.\n\nThey had shelled army "
                                     "positions around the town since Thursday.", id="t", published=PUB)).events
    shelled = next(e for e in events if e.evidence["trigger"]["text"] == "shelled")
    assert (shelled.date.date, shelled.date.enddate) == ("2026-11-19", "2026-11-20")
