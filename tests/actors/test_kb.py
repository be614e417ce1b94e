"""Actor knowledge base: shipped tables, lookups, dated roles, user files."""
from __future__ import annotations


import pytest

from newsevents.actors.kb import SECTORS, VALID_CODES, KnowledgeBase, explain_lookup, normalize
from newsevents.datafiles import read_text
from newsevents.errors import DataFileError

TABLES = ("countries", "organizations", "armed_groups", "people", "sectors", "peoples", "successions")


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.default()


# -- table integrity ---------------------------------------------------------------------

@pytest.mark.parametrize("table", TABLES)
def test_table_starts_with_attribution_comment(table):
    text = read_text(f"actors/{table}.v1.tsv")
    assert text.startswith("#"), "each table opens with a comment saying where its facts come from"


def test_every_entry_has_valid_code_sector_kind(kb):
    for entry in kb.entries:
        assert entry.code in VALID_CODES, entry
        assert entry.sector is None or entry.sector in SECTORS, entry
        assert entry.source, entry


def test_covers_all_un_members_and_extras(kb):
    countries = {e.code for e in kb.entries if e.kind == "country"}
    assert len(countries) >= 195
    assert {"TWN", "XKX", "PSE", "ESH", "HKG"} <= countries


def test_ids_unique_except_person_roles(kb):
    seen: dict[str, str] = {}
    for entry in kb.entries:
        if entry.id in seen:
            assert entry.kind == "person" and seen[entry.id] == "person", entry.id
        seen[entry.id] = entry.kind


def test_person_roles_do_not_overlap_within_an_office_class(kb):
    by_person: dict[str, list] = {}
    for entry in kb.entries:
        if entry.kind == "person":
            by_person.setdefault(entry.id, []).append(entry)
    for roles in by_person.values():
        roles.sort(key=lambda e: e.start or "")
        for a, b in zip(roles, roles[1:]):
            if set(a.classes) & set(b.classes):
                assert a.end and a.end <= (b.start or ""), (a, b)


def test_sector_terms_unique():
    terms = [ln.split("\t")[0] for ln in read_text("actors/sectors.v1.tsv").splitlines()
             if ln and not ln.startswith("#")]
    assert len(terms) == len(set(terms))


# -- lookups -----------------------------------------------------------------------------

@pytest.mark.parametrize("name,date,entry_id,sector,method", [
    ("Vladimir Putin", "2026-01-01", "p:putin", "GOV", "kb-name"),
    ("Putin", "2026-01-01", "p:putin", "GOV", "surname"),
    ("Zelenskyy", "2026-01-01", "p:zelensky", "GOV", "alias"),
    ("the US", None, "country:USA", "GOV", "alias"),
    ("U.S.", None, "country:USA", "GOV", "alias"),
    ("America", None, "country:USA", "GOV", "alias"),
    ("Russian", None, "country:RUS", "GOV", "demonym"),
    ("Moscow", None, "country:RUS", "GOV", "metonym"),
    ("the Kremlin", None, "org:kremlin", "GOV", "kb-name"),
    ("Elysee", None, "org:elysee", "GOV", "kb-name"),
    ("Élysée", None, "org:elysee", "GOV", "kb-name"),
    ("Downing Street", None, "org:downing", "GOV", "kb-name"),
    ("the Pentagon", None, "org:pentagon", "GOV", "kb-name"),
    ("IDF", None, "org:idf", "MIL", "alias"),
    ("Bundestag", None, "org:bundestag", "LEG", "kb-name"),
    ("Ansar Allah", None, "grp:houthis", "REB", "alias"),
    ("RSF", None, "grp:rsf", "REB", "alias"),
    ("ISIS-K", None, "grp:iskp", "REB", "alias"),
    ("NATO", None, "org:nato", "MIL", "kb-name"),
    ("Médecins Sans Frontières", None, "org:msf", "HLH", "alias"),
    ("Türkiye", None, "country:TUR", "GOV", "alias"),
    ("Côte d'Ivoire", None, "country:CIV", "GOV", "alias"),
    ("Russia's", None, "country:RUS", "GOV", "kb-name"),
])
def test_lookup_best_hit(kb, name, date, entry_id, sector, method):
    entry, how = kb.lookup(name, date)[0]
    assert (entry.id, entry.sector, how) == (entry_id, sector, method)


@pytest.mark.parametrize("name", ["us", "is", "car", "Car", "the weather", "deal"])
def test_lowercase_words_do_not_hit_acronyms(kb, name):
    assert kb.lookup(name) == []


def test_normalize_folds_case_accents_dots_and_article():
    assert normalize("The U.S.") == "us"
    assert normalize("Élysée") == "elysee"
    assert normalize("Kosiniak-Kamysz") == "kosiniak-kamysz"


# -- dated roles -------------------------------------------------------------------------

@pytest.mark.parametrize("name,date,sector,office,suffix", [
    ("Joe Biden", "2023-05-01", "GOV", "President of the United States", ""),
    ("Joe Biden", "2025-02-01", "ELI", "former President of the United States", "+former"),
    ("Donald Trump", "2019-06-01", "GOV", "President of the United States", ""),
    ("Donald Trump", "2023-06-01", "ELI", "former President of the United States", "+former"),
    ("Donald Trump", "2026-06-01", "GOV", "President of the United States", ""),
    ("Donald Trump", "2010-06-01", "ELI", None, "+not-yet-in-office"),
    ("David Lammy", "2025-01-01", "GOV", "Foreign Secretary", ""),
    ("David Lammy", "2026-01-01", "GOV", "Deputy Prime Minister", ""),
    ("Sergei Shoigu", "2023-01-01", "GOV", "Defence Minister of Russia", ""),
    ("Sergei Shoigu", "2026-01-01", "GOV", "Secretary of the Security Council of Russia", ""),
    ("Rishi Sunak", "2026-01-01", "ELI", "former Prime Minister of the United Kingdom", "+former"),
    ("Olaf Scholz", "2025-05-06", "ELI", "former Chancellor of Germany", "+former"),
    ("Olaf Scholz", "2025-05-05", "GOV", "Chancellor of Germany", ""),
])
def test_dated_roles(kb, name, date, sector, office, suffix):
    entry, method = kb.lookup(name, date)[0]
    assert (entry.sector, entry.office) == (sector, office)
    assert method == "kb-name" + suffix


def test_rutte_changes_code_with_role(kb):
    assert kb.lookup("Mark Rutte", "2023-01-01")[0][0].code == "NLD"
    assert kb.lookup("Mark Rutte", "2026-01-01")[0][0].code == "IGO"


@pytest.mark.parametrize("code,cls,date,name", [
    ("GBR", "DEF", "2026-03-01", "John Healey"),
    ("GBR", "DEF", "2024-03-01", "Grant Shapps"),
    ("USA", "HOS", "2024-01-01", "Joe Biden"),
    ("USA", "HOS", "2026-01-01", "Donald Trump"),
    ("RUS", "LEAD", "2026-01-01", "Vladimir Putin"),
    ("DEU", "HOG", "2024-01-01", "Olaf Scholz"),
    ("DEU", "HOG", "2026-01-01", "Friedrich Merz"),
    ("ISR", "DEF", "2024-06-01", "Yoav Gallant"),
    ("ISR", "DEF", "2025-06-01", "Israel Katz"),
])
def test_office_holder(kb, code, cls, date, name):
    assert kb.office_holder(code, cls, date).name == name


@pytest.mark.parametrize("phrase,date,name", [
    ("Russian president", "2026-01-01", "Vladimir Putin"),
    ("UK defence secretary", "2026-01-01", "John Healey"),
    ("US secretary of state", "2024-01-01", "Antony Blinken"),
    ("German chancellor", "2026-01-01", "Friedrich Merz"),
])
def test_lookup_office_phrase(kb, phrase, date, name):
    entry, method = kb.lookup(phrase, date)[0]
    assert (entry.name, method) == (name, "office-dated")


# -- demonyms and role nouns ----------------------------------------------------------------

@pytest.mark.parametrize("word,code", [
    ("Russian", "RUS"), ("Ukrainian", "UKR"), ("British", "GBR"), ("Israeli", "ISR"),
    ("Burkinabe", "BFA"), ("Congolese", "COD"), ("Emirati", "ARE"), ("Taiwanese", "TWN"),
    ("US", "USA"), ("us", None), ("Martian", None),
])
def test_country_by_demonym(kb, word, code):
    assert kb.country_by_demonym(word) == code


@pytest.mark.parametrize("noun,sector", [
    ("defence secretary", "GOV"), ("troops", "MIL"), ("rebels", "REB"), ("protesters", "CVL"),
    ("civilians", "CVL"), ("police", "COP"), ("prosecutors", "JUD"), ("lawmakers", "LEG"),
    ("journalists", "MED"), ("refugees", "REF"), ("riot police", "COP"), ("militia", "UAF"),
    ("air defences", "MIL"),
    ("UK defence secretary", "GOV"),
])
def test_sector_for_noun(kb, noun, sector):
    got = kb.sector_for_noun(noun)
    assert got is not None and got[0] == sector and got[1].startswith("kb-sector:")


@pytest.mark.parametrize("noun", ["weather", "deal", "plan", "ceasefire"])
def test_sector_for_non_actor_noun(kb, noun):
    assert kb.sector_for_noun(noun) is None


# -- user files ------------------------------------------------------------------------------

USER_HEADER = "name\tkind\tcode\tsector\taliases\toffice\tclasses\tstart\tend\tgender\tqid\tid\n"


def _write(tmp_path, body: str, header: str = USER_HEADER):
    path = tmp_path / "my_actors.tsv"
    path.write_text("# my actors\n" + header + body, "utf-8")
    return path


def test_user_file_adds_actor_and_alias(kb, tmp_path):
    path = _write(tmp_path, "Jan Kowalski\tperson\tPOL\tGOV\tKowalski\tGovernor of Masovia\t\t"
                            "2026-01-01\t\tm\t\t\n"
                            "Free Hills Brigade\tgroup\tCOD\tREB\tFHB\t\t\t\t\t\t\t\n")
    user = kb.with_user_file(path)
    entry, method = user.lookup("Kowalski", "2026-05-01")[0]
    assert (entry.name, entry.code, entry.sector, method) == ("Jan Kowalski", "POL", "GOV", "user")
    assert user.lookup("Kowalski", "2025-05-01")[0][0].sector == "ELI"
    assert user.lookup("FHB")[0][0].code == "COD"
    assert kb.lookup("Kowalski") == [], "the original KB is unchanged"


def test_user_file_overrides_shipped_entry_by_id(kb, tmp_path):
    path = _write(tmp_path, "Hayat Tahrir al-Sham\tgroup\tSYR\tGOV\tHTS\t\t\t\t\t\t\tgrp:hts\n")
    user = kb.with_user_file(path)
    assert user.lookup("HTS")[0][0].sector == "GOV"
    assert kb.lookup("HTS")[0][0].sector == "REB"


@pytest.mark.parametrize("body,reason", [
    ("X\tperson\tZZZ\tGOV\t\t\t\t\t\t\t\t\n", "unknown code 'ZZZ'"),
    ("X\tperson\tFRA\tBOSS\t\t\t\t\t\t\t\t\n", "unknown sector 'BOSS'"),
    ("X\tpersona\tFRA\tGOV\t\t\t\t\t\t\t\t\n", "unknown kind 'persona'"),
    ("X\tperson\tFRA\tGOV\t\t\t\t2026-13-01\t\t\t\t\n", "start '2026-13-01' is not a YYYY-MM-DD date"),
    ("X\tperson\tFRA\tGOV\t\t\t\t2026-01-01\t2025-01-01\t\t\t\n", "end 2025-01-01 is before start"),
    ("X\tperson\tFRA\tGOV\t\t\t\t\t\tx\t\t\n", "gender 'x'"),
    ("X\tperson\tFRA\tGOV\t\t\t\t\t\t\tQ12a\t\n", "qid 'Q12a'"),
    ("\tperson\tFRA\tGOV\t\t\t\t\t\t\t\t\n", "empty 'name'"),
    ("X\tperson\tFRA\tGOV\t\t\t\t\t\t\t\t\textra\n", "13 fields but the header has 12"),
])
def test_user_file_errors_name_line_and_reason(kb, tmp_path, body, reason):
    path = _write(tmp_path, "Fine Name\tperson\tFRA\tGOV\t\t\t\t\t\t\t\t\n" + body)
    with pytest.raises(DataFileError) as err:
        kb.with_user_file(path)
    message = str(err.value)
    assert f"{path}:4:" in message  # comment line 1, header 2, good row 3, bad row 4
    assert reason in message


def test_user_file_missing_column(kb, tmp_path):
    path = _write(tmp_path, "X\tperson\tFRA\n", header="name\tkind\tcode\n")
    with pytest.raises(DataFileError, match=r":2: missing column\(s\) sector"):
        kb.with_user_file(path)


def test_user_file_unreadable(kb, tmp_path):
    with pytest.raises(DataFileError, match="cannot read user KB file"):
        kb.with_user_file(tmp_path / "missing.tsv")


def test_explain_lookup_rows(kb):
    rows = explain_lookup(kb, "Biden", "2026-01-01")
    assert rows[0]["id"] == "p:biden" and rows[0]["sector"] == "ELI"
    assert rows[0]["method"] == "surname+former"
    assert {"name", "kind", "code", "office", "start", "end", "qid", "source"} <= set(rows[0])
    assert rows[0]["source"].startswith("actors/people.v1.tsv:")


@pytest.mark.parametrize("word,code", [("Ethiopa", "ETH"), ("Afganistan", "AFG"), ("Qattar", "QAT"),
                                       ("Venezeula", "VEN")])
def test_one_typo_from_a_country_name_finds_it(kb, word, code):
    assert kb.misspelled_country(word).code == code


@pytest.mark.parametrize("word", ["Ethiopia", "Irak", "Mandela", "Zanzibar"])
def test_exact_short_or_distant_words_are_no_misspelling(kb, word):
    assert kb.misspelled_country(word) is None


def test_may_end_role_gates_the_role_phrase_look_up(kb):
    assert kb.may_end_role("minister") and kb.may_end_role("Troops")
    assert kb.role_for_noun("foreign minister") is not None
    assert not kb.may_end_role("road") and kb.role_for_noun("the new road") is None


# -- peoples of one state ------------------------------------------------------------------

def test_a_people_of_one_state_works_as_its_demonym(kb):
    assert kb.country_by_demonym("Kachin") == "MMR" and kb.country_by_demonym("Igbo") == "NGA"


def test_a_people_that_may_be_a_given_name_can_be_left_out(kb):
    assert kb.country_by_demonym("Karen", peoples=False) is None
    assert kb.country_by_demonym("Russian", peoples=False) == "RUS"


def test_a_peoples_leaders_are_not_the_states_office_holders(kb):
    assert not [hit for hit in kb.lookup("Yoruba leader", "2000-01-01") if hit[1] == "office-dated"]


def test_office_phrase_readings_are_remembered_per_name(kb):
    assert kb._office_shapes("russian president") == kb._office_shapes("russian president")
    assert ("RUS", "HOS") in kb._office_shapes("russian president")
    assert kb._office_shapes("the new road") == ()
    assert kb.lookup("Russian president", "2026-06-01")[0][1] == "office-dated"
