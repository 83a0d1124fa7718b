"""Round 25 rules (from holdout28): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_heads_of_the_agencies_of_two_states_then_two_names():
    text = ("The heads of the foreign affairs agencies of Norway and Chile, Karo Vendal and Oren Talvik, during a "
            "telephone conversation, discussed the preparations for a regional meeting.\n"
            "The parties also discussed the situation in the region.")
    persons = _persons(text)
    assert {"Karo Vendal", "Oren Talvik"} <= set(persons)
    ev = _events(text)
    assert [(e[0], e[1]) for e in ev] == [("call", {"Karo Vendal", "Oren Talvik"})]
    assert persons["Karo Vendal"].country == "NOR" and persons["Oren Talvik"].country == "CHL"


def test_plural_office_list_with_each_state_written_before_the_name():
    text = ("DORVAN, May 3 - On May 3, 2024 in Dorvan City Foreign Minister of the Republic of Norway Karo Vendal held "
            "separate meetings with the Foreign Ministers of the Republic of Chile - Oren Talvik, the Kingdom of Sweden "
            "Lina Sorvek, the Russian Federation Dane Moro, and the Deputy Foreign Minister of Japan Aldo Brevik.")
    persons = _persons(text, published="2024-05-03")
    assert {"Oren Talvik", "Lina Sorvek", "Dane Moro", "Aldo Brevik"} <= set(persons)
    assert persons["Lina Sorvek"].country == "SWE" and persons["Dane Moro"].country == "RUS"
    ev = _events(text, published="2024-05-03")
    pairs = sorted(tuple(sorted(e[1])) for e in ev if e[0] == "meeting")
    assert len(pairs) == 4 and all("Karo Vendal" in p for p in pairs)


def test_group_of_states_is_no_person():
    text = ("The ministers exchanged views on the results of the Fourth Ministerial Meeting of Chile's Neighboring "
            "Countries held today in Dorvan City.")
    assert "Neighboring Countries" not in _persons(text)


def test_lower_case_minister_with_capitalised_portfolio_before_a_comma():
    text = ("At the airport, President Karo Vendal received farewell greetings from the minister of Foreign Affairs, "
            "Oren Talvik.")
    assert "Oren Talvik" in _persons(text)


def test_plural_ministers_and_of_portfolio_of_state_then_name():
    text = ("The agreement was signed by the Ministers of the Interior of Angola Lina Sorvek and of Foreign Affairs of "
            "Egypt Dane Moro.\n"
            "The memorandum was signed by the ministers of Energy and Water of Angola, Aldo Brevik, and of Foreign Affairs "
            "of Egypt, Dane Moro.")
    persons = _persons(text)
    assert persons["Dane Moro"].country == "EGY"
    assert persons["Aldo Brevik"].country == "AGO" and persons["Lina Sorvek"].country == "AGO"


def test_state_in_brackets_after_the_name_and_a_one_letter_variant_of_a_surname():
    text = ("President Karo Vendal-Sisi of Egypt arrived in Luanda.\n"
            "The ceremony was witnessed by the Statesmen of the two countries, Oren Talvik (Angola) and Karo "
            "Vendal-Sissi (Egypt).")
    persons = _persons(text)
    assert persons["Oren Talvik"].country == "AGO"
    assert "Karo Vendal-Sissi" not in persons


def test_leaders_witnessing_a_later_document_are_no_signatories_of_the_ministers_signing():
    text = ("Luanda — President Karo Vendal of Egypt left Luanda on Wednesday after a visit to Angola.\n\n"
            "The legal instrument was signed by the Ministers of the Interior of Angola Lina Sorvek and of Foreign "
            "Affairs of Egypt Dane Moro.\n\n"
            "At the ceremony, witnessed by the Statesmen of the two countries, Oren Talvik (Angola) and Karo Vendal "
            "(Egypt), the two countries also signed a Memorandum of Understanding on Groundwater.\n\n"
            "The Memorandum was signed by the ministers of Energy of Angola, Aldo Brevik, and of Foreign Affairs of "
            "Egypt, Dane Moro.")
    ev = _events(text, published="2023-06-08")
    signings = [e[1] for e in ev if e[0] == "signing"]
    assert signings == [{"Lina Sorvek", "Dane Moro", "Aldo Brevik"}]


def test_title_case_headline_verb_after_a_titled_surname_and_a_headline_variant_of_a_body_name():
    text = ("President Vendal Hosts President Dane Moro Of Turkey (Photos)\n\n"
            "The President of Turkey, Aldo Moro is in Nigeria on a State visit.\n\n"
            "The Presidents held discussions on a number of bilateral issues.")
    persons = _persons(text)
    assert "Vendal" in persons
    assert "Dane Moro" not in persons and persons["Aldo Moro"].country == "TUR"


def test_meeting_with_an_eu_institution_official_is_no_state_meeting_and_the_deceased_is_absent():
    text = ("KUALA LUMPUR, Malaysia — President Karo Vendal held a series of bilateral meetings with leaders on the "
            "sidelines of the ASEAN Summit here.\n"
            "During his meeting with Thai Prime Minister Oren Talvik, Vendal extended his condolences to the people of "
            "Thailand over the passing of Her Majesty Queen Lina Sorvek.\n"
            "The President also met with European Council President Dane Moro, who assured the President of continued "
            "trade negotiations.")
    ev = _events(text)
    pairs = [e[1] for e in ev if e[0] == "meeting"]
    assert pairs == [{"Karo Vendal", "Oren Talvik"}]


def test_a_state_talked_about_after_situation_in_is_no_venue():
    text = ("Foreign Minister Karo Vendal of Pakistan and his Chinese counterpart Oren Talvik held talks in Islamabad on "
            "Monday.\n"
            "Vendal and Talvik reaffirmed the resolve to build upon the momentum of relations, the Foreign Office said.\n"
            "The two ministers exchanged views on security cooperation, the ongoing situation in Ukraine and regional "
            "issues.")
    ev = _events(text, published="2022-03-22")
    assert [(e[1], e[3]) for e in ev] == [({"Karo Vendal", "Oren Talvik"}, "Islamabad")]


def test_the_source_after_according_to_is_no_participant():
    text = ("WINDHOEK – President Karo Vendal arrived in Ottawa on Monday for a working visit.\n"
            "His working visit to Canada, according to Dr Oren Talvik, press secretary in the presidency, is at the "
            "invitation of Prime Minister Lina Sorvek.")
    ev = _events(text, published="2024-03-15")
    assert all("Oren Talvik" not in e[1] for e in ev)


def test_a_planned_gathering_place_is_no_venue_and_the_inviter_who_holds_talks_stays_in_them():
    text = ("Foreign Minister Karo Vendal who was in New Delhi for a two day visit on the invitation of the Indian "
            "External Affairs Minister Lina Sorvek concluded his visit successfully today. During this visit Minister "
            "Vendal held bilateral talks with the Minister of External Affairs Lina Sorvek on Sunday and called on "
            "Prime Minister Oren Talvik today. The two sides agreed to hold the 9th Meeting of the Joint Commission in "
            "Colombo during this visit. During Minister Vendal's courtesy call on Prime Minister Oren Talvik today at "
            "the Prime Minister's official residence, Minister Vendal extended an invitation.")
    ev = _events(text, published=None)
    got = sorted((tuple(sorted(e[1])), e[3]) for e in ev)
    assert (("Karo Vendal", "Oren Talvik"), "New Delhi") in got
    assert any(p == ("Karo Vendal", "Lina Sorvek") for p, _ in got)
    assert all(pl != "Colombo" for _, pl in got)
