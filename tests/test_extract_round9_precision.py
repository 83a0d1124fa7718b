"""Precision rules of round 9 (persons and events), from the holdout9 first run's spurious output.

Synthetic names and sentences only; no article text.
"""
from tests.conftest import event_keys as _events, extracted as _rec, person_countries as _persons


# --- persons: venues, institutions and places are no persons ---------------------------------------
def test_institution_word_after_an_office_is_no_name():
    text = ("In Peru, the minister met Peru's Interior Minister and Police Secretariat, General Tomas Arvelo Quispe, "
            "and later the Commander of the Andean Aerospace Defense Command, Admiral Rosa Benvidal.")
    ps = _persons(_rec(text, published="2022-03-03"))
    assert "Secretariat" not in ps and "Aerospace" not in ps
    assert "Tomas Arvelo Quispe" in ps and "Rosa Benvidal" in ps


def test_a_name_after_a_bare_the_with_an_office_apposition_is_a_venue():
    text = ("Earlier, Minister Lorem Tavasz was welcomed by President Ivo Kardan and the two held a meeting at the "
            "Amiri Qasr, the emir's office.")
    ps = _persons(_rec(text, published="2022-03-03"))
    assert "Amiri Qasr" not in ps
    assert {"Lorem Tavasz", "Ivo Kardan"} <= set(ps)


def test_province_after_a_state_possessive_is_a_place():
    text = ("Prime Minister Oskar Telvani met Prime Minister Rami Zehtab in Vientiane on Monday. The second document "
            "twins Vientiane with Thailand's Ban Phraek province and Thailand's Udon Thani.")
    ps = _persons(_rec(text, published="2022-03-08"))
    assert "Ban Phraek" not in ps          # a place noun follows the name
    assert "Udon Thani" not in ps          # the whole name is a city of the gazetteer
    assert {"Oskar Telvani", "Rami Zehtab"} <= set(ps)


# --- persons: one person under two forms ------------------------------------------------------------
def test_his_excellency_without_final_period_is_no_initials():
    text = ("Foreign Minister Tomas Arvelo met the Ruritanian Ambassador, H.E. Karel Vondrak, last Friday.\n"
            "\"We look forward to working with you,\" H.E Vondrak said in the meeting.")
    ps = _persons(_rec(text, published="2022-03-08"))
    assert set(ps) == {"Tomas Arvelo", "Karel Vondrak"}


def test_hyphenated_and_joined_given_name_are_one_person():
    text = ("Defence Minister Arun Veldar met his Korean counterpart Park Seong-Hwan on Thursday in Seoul.\n"
            "\"Had good talks with the Minister of National Defence, Mr Park Seonghwan,\" Veldar tweeted.")
    ps = _persons(_rec(text, published="2022-03-05"))
    assert len([n for n in ps if n.startswith("Park")]) == 1


def test_surname_misspelt_by_one_letter_is_the_same_person():
    text = ("Prime Minister Lavinia Ostrowitzka held talks with President Omar Dellaq in Rabat yesterday.\n"
            "Prime Minister Ostrowitzky and her delegation then visited the port.")
    ps = _persons(_rec(text, published="2022-03-08"))
    assert set(ps) == {"Lavinia Ostrowitzka", "Omar Dellaq"}


def test_one_letter_apart_does_not_join_short_or_distinct_names():
    text = ("President Ilan Arvel met Prime Minister Dana Arvet in Lisbon on Monday, the ministry said.")
    ps = _persons(_rec(text, published="2022-03-08"))
    assert {"Ilan Arvel", "Dana Arvet"} <= set(ps)


# --- events: references, plans, fragments, recalled occasions --------------------------------------
def test_a_definite_reference_to_the_meeting_joins_it_and_makes_no_new_one():
    text = ("Lisbon, May 6 (ANA) Ruritania's Defence Minister General Tomas Arvelo met with his Borduvian counterpart "
            "in Lisbon on Thursday.\n"
            "Borduvian Defence Minister Karel Vondrak told Arvelo in the meeting that the two states are ready to expand ties.\n"
            "Speaking prior to the meeting, Arvelo said he came on behalf of President Ivo Kardan, who had to take part "
            "in a summit in Jakarta instead.")
    evs = _events(_rec(text, published="2022-05-06"))
    assert evs == [("meeting", ("Karel Vondrak", "Tomas Arvelo"), "2022-05-05")]


def test_the_importance_of_the_visit_is_no_new_occasion():
    text = ("On June 8, 2022, a telephone conversation took place between Foreign Minister Tomas Arvelo and "
            "Secretary of State Lena Vork.\n"
            "Lena Vork stressed the importance of the visit of the Ruritanian leader and noted that President Omar "
            "Dellaq values the agreements reached in Oslo.")
    evs = _events(_rec(text, published="2022-06-09"))
    assert evs == [("call", ("Lena Vork", "Tomas Arvelo"), "2022-06-08")]


def test_two_new_persons_after_a_definite_noun_still_make_their_own_occasion():
    text = ("President Ivo Kardan held talks with President Omar Dellaq in Rabat on Monday.\n"
            "In the wake of the meetings, Foreign Minister Tomas Arvelo and Foreign Minister Lena Vork adopted a joint statement.")
    evs = _events(_rec(text, published="2022-06-09"))
    assert any(set(p) == {"Tomas Arvelo", "Lena Vork"} for _, p, _ in evs)


def test_a_clause_after_expected_to_is_planned():
    text = ("Foreign Minister Tomas Arvelo met Foreign Minister Lena Vork in Rabat on Sunday.\n"
            "He was also expected to call on President Omar Dellaq, and later in the evening visit opposition leader "
            "Karel Vondrak at his residence.")
    evs = _events(_rec(text, published="2022-06-06"))
    assert evs == [("meeting", ("Lena Vork", "Tomas Arvelo"), "2022-06-05")]


def test_an_undated_unplaced_lone_meeting_of_a_paired_person_is_a_fragment():
    text = ("Foreign Minister Tomas Arvelo met Foreign Minister Lena Vork in Rabat on Sunday.\n"
            "On the first day of his trip, he held separate meetings with leaders of the main parties.")
    evs = _events(_rec(text, published="2022-06-06"))
    assert evs == [("meeting", ("Lena Vork", "Tomas Arvelo"), "2022-06-05")]


def test_without_publication_date_an_occasion_months_before_the_reported_one_is_recalled():
    text = ("On June 28, 2021, Foreign Minister Tomas Arvelo held talks with Foreign Minister Lena Vork in Rabat.\n"
            "In January 2021, President Ivo Kardan met President Omar Dellaq in Oslo.")
    evs = _events(_rec(text))
    assert evs == [("talks", ("Lena Vork", "Tomas Arvelo"), "2021-06-28")]
