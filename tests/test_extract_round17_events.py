"""Round 17 rules (from holdout17): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_regnal_number_at_sentence_end_is_part_of_the_name():
    text = "Officials briefed reporters on the bilateral meeting between President Marco Velen and the Veldorian King, Farid VI."
    p = _persons(text)
    assert "Farid VI" in p and "Farid" not in p


def test_social_network_is_no_person():
    text = ("Foreign Minister Orlo Vanse held a telephone conversation with Foreign Minister Karo Tindell on Monday. "
            "Taking to Twitter, the foreign minister said that during their conversation the two exchanged views.")
    p = _persons(text)
    assert set(p) == {"Orlo Vanse", "Karo Tindell"}


def test_opening_phrase_before_the_subject_is_no_apposition():
    text = ("Speaking to Radio Velden, the foreign minister said that the talks with Foreign Minister Karo Tindell "
            "had gone well.")
    assert "Radio Velden" not in _persons(text)


def test_lower_case_office_of_a_state_then_comma_name():
    text = "President Orlo Vanse discussed bilateral issues with the president of Ghana, Kofi Mensabo Atta."
    p = _persons(text)
    assert p["Kofi Mensabo Atta"].country == "GHA"
    assert [t.text for t in p["Kofi Mensabo Atta"].titles] == ["president"]


def test_office_of_a_state_comma_honorific_name():
    text = ("President Orlo Vanse held talks with the President of Ghana, His Excellency Kofi Mensabo Atta, "
            "on Monday.")
    p = _persons(text)
    assert p["Kofi Mensabo Atta"].country == "GHA"
    assert [t.text for t in p["Kofi Mensabo Atta"].titles] == ["President"]


def test_seat_of_an_office_is_no_person():
    text = "The ceremony took place on March 12 at the headquarters of the president of Ghana, Osu Castle."
    assert "Osu Castle" not in _persons(text)


def test_state_possessive_new_office_refers_to_the_one_holder():
    text = ("Prime Minister Ravi Malhar today sought closer ties with Veldoria.\n"
            "India's new Prime Minister today spoke on the phone to his Veldorian counterpart Premier Tan Orel.")
    p = _persons(text, "2024-05-29")
    assert p["Ravi Malhar"].country == "IND"
    ev = _events(text, "2024-05-29")
    assert [(e[0], e[1], e[2]) for e in ev] == [("call", {"Ravi Malhar", "Tan Orel"}, "2024-05-29")]


# events


def test_talks_via_telephone_are_a_call():
    text = "President Orlo Vanse this afternoon held talks via telephone with President Karo Tindell."
    ev = _events(text)
    assert [(e[0], e[1]) for e in ev] == [("call", {"Orlo Vanse", "Karo Tindell"})]


def test_appreciated_visit_is_no_occasion():
    text = ("Foreign Minister Orlo Vanse held a telephone conversation with Secretary of State Karo Tindell on Wednesday. "
            "Both leaders appreciated Special Representative Mira Delano's visit to Pakistan.")
    ev = _events(text, "2024-03-14")
    assert [(e[0], e[1]) for e in ev] == [("call", {"Orlo Vanse", "Karo Tindell"})]


def test_meeting_between_two_is_not_of_the_one_who_briefs():
    text = ("Mr Tomas Brell, the presidential spokesman, disclosed this while briefing correspondents on the outcome "
            "of the bilateral meeting between President Orlo Vanse and the Veldorian King, Farid VI.")
    ev = _events(text)
    assert [(e[0], e[1]) for e in ev] == [("meeting", {"Orlo Vanse", "Farid VI"})]


def test_persons_reported_at_the_meeting_join_it():
    text = ("President Orlo Vanse and King Farid VI held a bilateral meeting in Abuja on Friday. "
            "He further disclosed that the presentations made by businessman Alhaji Sani Doro, during the meeting, "
            "indicated that more fertiliser would be imported.")
    ev = _events(text, "2024-03-16")
    assert len(ev) == 1 and ev[0][1] == {"Orlo Vanse", "Farid VI", "Sani Doro"}


def test_bilateral_agreements_listed_name_no_meeting():
    text = ("President Orlo Vanse and King Farid VI held talks in Abuja on Friday. "
            "Mr Tomas Brell said: \u201cEight bilateral agreements are as follows; one is the Agreement between Velco and Tomas Brell.\u201d")
    ev = _events(text, "2024-03-16")
    assert [(e[0], e[1]) for e in ev] == [("talks", {"Orlo Vanse", "Farid VI"})]


def test_series_of_meetings_on_the_sidelines_is_attendance_too():
    text = ("President Orlo Vanse has discussed regional security with two foreign ministers during his meetings in "
            "New York on Tuesday on the sidelines of the General Assembly.\n\n"
            "He met separately with Foreign Minister Karo Tindell and Foreign Minister Pavel Orlinsky.\n\n"
            "Referring to Vanse's meeting with his Veldorian counterpart Mira Delano, the spokesman said it was confirmed "
            "that President Delano would visit Cyprus on November 20.")
    ev = _events(text, "2017-09-20")
    got = sorted((e[0], tuple(sorted(e[1])), e[2], e[3]) for e in ev)
    assert got == [("meeting", ("Karo Tindell", "Orlo Vanse"), "2017-09-19", "New York"),
                   ("meeting", ("Mira Delano", "Orlo Vanse"), "2017-09-19", "New York"),
                   ("meeting", ("Orlo Vanse", "Pavel Orlinsky"), "2017-09-19", "New York"),
                   ("multilateral_meeting", ("Orlo Vanse",), "2017-09-19", "New York")]


def test_one_sideline_meeting_is_no_attendance():
    text = ("Foreign Minister Orlo Vanse met Foreign Minister Karo Tindell on Tuesday on the margins of the "
            "NATO Foreign Ministers' Meeting in Bucharest.")
    ev = _events(text, "2022-11-30")
    assert [e[0] for e in ev] == ["meeting"]


def test_layover_city_is_not_the_place_of_the_visit():
    text = ("Prime Minister Orlo Vanse arrived in China yesterday after a two-hour layover in New York. "
            "He held talks with Premier Tan Orel in Beijing today.")
    ev = _events(text, "2018-05-14")
    assert all(e[3] != "New York" for e in ev)


def test_pluperfect_visit_months_ago_is_recalled():
    text = ("Prime Minister Orlo Vanse arrived in Conakry on Tuesday and was received by President Karo Tindell. "
            "President Karo Tindell had visited Veldoria months ago and they signed an agreement on health.")
    ev = _events(text, "2020-01-08")
    assert all(e[4] != "VEL" and e[0] != "visit" or e[3] != "Veldoria" for e in ev)
    assert not any(e[0] == "visit" and e[1] == {"Karo Tindell"} for e in ev)


def test_community_from_a_state_is_not_where_the_occasion_is():
    text = ("During his visit to Guinea, Prime Minister Orlo Vanse met the business community from Nigeria "
            "to discuss investment.")
    ev = _events(text, "2020-01-08")
    assert all(e[4] != "NGA" for e in ev)
