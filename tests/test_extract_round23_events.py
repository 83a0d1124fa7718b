"""Round 23 rules (from holdout26): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_plural_office_from_both_countries_with_portfolio_acronym_lists_names():
    text = ("After the talks, Ministers of ICT and Communication from both countries, Karo Vendal and Lina Sorvek, "
            "signed agreements on cooperation in the field of broadband.")
    assert {"Karo Vendal", "Lina Sorvek"} <= set(_persons(text))


def test_plural_office_list_of_the_demonym_and_name():
    text = ("One of the agreements was signed by the ministers of Transport of both countries, the Cuban Karo Lendo Vendal "
            "and the Mexican Lina María Sorvek.")
    ps = _persons(text)
    assert ps["Karo Lendo Vendal"].country == "CUB" and ps["Lina María Sorvek"].country == "MEX"


# events


def test_receiving_medical_attention_is_no_reception():
    text = ("Abuja, May 3 - Acting President Karo Vendal on Sunday received President Lina Sorvek of Ghana in Abuja. "
            "Sorvek extended his good wishes to President Oren Talvik who is currently receiving medical attention in London.")
    ev = _events(text, published="2024-05-05")
    assert not any("Oren Talvik" in e[1] for e in ev)
    assert any(e[1] == {"Karo Vendal", "Lina Sorvek"} for e in ev)


def test_ministers_signing_after_leaders_meeting_during_visit():
    text = ("Kenya and Uganda on Monday signed several agreements during President Karo Vendal's two-day visit to Nairobi.\n\n"
            "In a press briefing after a 4-hour long meeting between Presidents Vendal and Lina Sorvek, Ministers of ICT "
            "from both countries, Oren Talvik and Dane Moro, signed agreements on cooperation in broadband.\n\n"
            "Aldo Brevik, Uganda’s Minister of Foreign Affairs, and Tomas Ruel, Kenya’s Minister of Foreign Affairs, "
            "also signed a memorandum of understanding on immigration.")
    ev = _events(text, published="2024-03-12")
    assert ("meeting", frozenset({"Karo Vendal", "Lina Sorvek"}), "2024-03-11") in {(e[0], frozenset(e[1]), e[2]) for e in ev}
    signing = [e for e in ev if e[0] == "signing"]
    assert len(signing) == 1 and signing[0][1] == {"Oren Talvik", "Dane Moro", "Aldo Brevik", "Tomas Ruel"}
    assert signing[0][2] == "2024-03-11" and signing[0][3] == "Nairobi"
    assert not any(e[0] == "visit" for e in ev)


def test_visit_to_be_followed_by_talks_elsewhere_is_no_new_occasion():
    text = ("Riyadh — King Karo Vendal and German Chancellor Lina Sorvek held talks here on Sunday.\n\n"
            "The talks focused on bilateral relations.\n\n"
            "Sorvek’s one-day visit is to be followed by talks on Monday in Qatar with Emir Oren Talvik.")
    ev = _events(text, published="2024-03-11")
    assert len(ev) == 1 and ev[0][0] == "talks" and ev[0][1] == {"Karo Vendal", "Lina Sorvek"} and ev[0][2] == "2024-03-10"


# places


def test_town_after_a_named_building_and_a_summit_to_come_is_no_place():
    text = ("Acting President Karo Vendal received President Lina Sorvek of Ghana at his official residence, Aguda House, "
            "inside the Presidential Villa, Abuja on Sunday.\n\n"
            "Discussions between the two leaders during the visit centered on the forthcoming Union Summit in Addis Ababa.")
    ev = _events(text, published="2024-03-12")
    assert [(e[3], e[4]) for e in ev] == [("Abuja", "NGA")]


def test_title_case_dateline_with_a_dash_is_here():
    text = "Jeddah — King Karo Vendal and German Chancellor Lina Sorvek held talks here on Sunday."
    ev = _events(text, published="2024-03-12")
    assert ev and ev[0][3] == "Jeddah" and ev[0][4] == "SAU"
    assert not any(e[3] == "Xinhua" for e in _events("Xinhua – Cuban President Karo Vendal and Prime Minister Lina Sorvek "
                                                      "of Dominica held talks on Tuesday at the Presidential Palace."))


def test_reporter_quoting_leaders_is_not_at_the_occasion_and_delegation_members_are():
    text = ("The spokesman of the Acting President, Mr. Aldo Brevik, disclosed this in a statement on Sunday night.\n\n"
            "Brevik quoted the two leaders as making the pledge when President Lina Sorvek visited Acting President Karo Vendal "
            "at his official residence in Abuja on Sunday.\n\n"
            "Members of Sorvek’s delegation included Ghana’s Minister of Foreign Affairs, Oren Talvik; Minister of Energy, "
            "Dane Moro; and officials of the Foreign Ministry.")
    ev = _events(text, published="2024-03-12")
    assert len(ev) == 1 and ev[0][1] == {"Lina Sorvek", "Karo Vendal", "Oren Talvik", "Dane Moro"}


def test_name_before_his_counterpart_is_a_person_and_met_needs_a_word_end():
    text = ("The signing took place at the Palace of the Revolution, after the meeting held by the leaders of both "
            "countries, after the official reception of Karo Vendal-Ruiz to his Mexican counterpart, President Lina Sorvek.")
    assert "Karo Vendal-Ruiz" in _persons(text)
    ev = _events(text)
    assert any(e[1] == {"Karo Vendal-Ruiz", "Lina Sorvek"} and e[4] == "CUB" for e in ev)
    text2 = ("Minister Oren Talvik also signed a memorandum on co-operation on meteorology with Environment Minister "
             "Dane Moro on Tuesday.")
    assert [e[0] for e in _events(text2)] == ["signing"]


def test_in_a_conversation_with_his_counterpart_is_a_meeting():
    text = ("Prime Minister Karo Vendal met world leaders in Kuala Lumpur on the sidelines of the Union Summit.\n"
            "In a conversation with his Australian counterpart Lina Sorvek, the Dorvanian PM hailed Australia as a top "
            "trade partner.")
    ev = _events(text)
    assert any(e[0] == "meeting" and e[1] == {"Karo Vendal", "Lina Sorvek"} for e in ev)
    text2 = "In a phone conversation with his Australian counterpart Lina Sorvek, Prime Minister Karo Vendal hailed ties."
    assert any(e[0] == "call" for e in _events(text2))


def test_short_name_misspelt_one_letter_in_each_token_is_one_person():
    text = ("President Karo Vendal met President Tsai Ing-wen in Taipei on Monday. "
            "Vendal thanked President Tasai Ing-won for the welcome.")
    assert sorted(_persons(text)) == ["Karo Vendal", "Tsai Ing-wen"]
    assert sorted(_persons("President Kim Jong-un met President Kim Jong-il on Monday.")) == ["Kim Jong-il", "Kim Jong-un"]


def test_visitor_alone_visiting_a_town_of_the_host_state_is_a_leg_of_the_stay():
    text = ("President Karo Vendal of Sri Lanka paid an official visit to Nepal.\n\n"
            "The President of Sri Lanka had a bilateral meeting with his Nepali counterpart Lina Sorvek on Saturday.\n\n"
            "Earlier, Prime Minister Oren Talvik had called on Vendal, during which views were expressed on relations.\n\n"
            "The President of Sri Lanka visited Dorvani, the birthplace of a poet, and offered prayers at the temple.")
    ev = _events(text, published="2024-03-12")
    assert any(e[0] == "meeting" and e[1] == {"Oren Talvik", "Karo Vendal"} for e in ev)


# dates


def test_spanish_caption_date_is_the_page_day_when_none_is_given():
    text = ("El presidente cubano Karo Vendal recibe a su homólogo, en La Habana, este domingo 8 de mayo de 2022. Foto: EFE.\n\n"
            "Cuba and Mexico signed this Sunday two agreements.\n\n"
            "One of the agreements was signed by the heads of Health of both countries, the Cuban Lina María Sorvek and the "
            "Mexican Oren Talvik Ruiz.")
    ev = _events(text, published=None)
    assert any(e[0] == "signing" and e[2] == "2022-05-08" for e in ev)


def test_leaders_own_post_on_a_productive_meeting_names_its_speaker():
    text = ('"Very productive meeting with Fiji PM Lina Sorvek exploring areas of collaboration. Thank you," '
            'Prime Minister Karo Vendal stated after the meeting.\n\n'
            'Vendal is attending the Island Leaders Retreat, which discussed the “regional agreement” today.')
    ev = _events(text)
    assert any(e[0] == "meeting" and e[1] == {"Karo Vendal", "Lina Sorvek"} for e in ev)
