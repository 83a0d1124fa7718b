"""Round 24 rules (from holdout27 and round-23 leftovers): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_title_case_headline_verb_after_a_title_is_no_name():
    text = ("Dorvan President Wraps Up Island Tour\n\n"
            "The visit by Dorvan president Karo Vendal to Lirenne's Government House today ended with talks.\n\n"
            "He was greeted by Prime Minister Lina Sorvek with military honors.")
    persons = _persons(text)
    assert "Wraps Up Island" not in persons and "Wraps Up" not in persons
    assert set(persons) == {"Karo Vendal", "Lina Sorvek"}


def test_the_prime_minister_as_subject_is_the_one_prime_minister_named():
    text = ("Dorvan Prime Minister Karo Vendal has been honored with Lirenne's highest national award.\n\n"
            "The visiting Prime Minister on Friday held discussion with President Lina Sorvek on bilateral issues.")
    ev = _events(text, published="2020-01-10")
    assert [(e[0], e[1], e[2]) for e in ev] == [("meeting", {"Karo Vendal", "Lina Sorvek"}, "2020-01-10")]


def test_letter_to_the_host_from_a_president_does_not_bring_the_president():
    text = ("Foreign Minister Karo Vendal called on Prime Minister Lina Sorvek in Lirenne this evening. At the meeting, "
            "Minister Vendal presented a letter to the Prime Minister from President Oren Talvik.")
    ev = _events(text, published="2019-07-16")
    assert len(ev) == 1 and ev[0][1] == {"Karo Vendal", "Lina Sorvek"}


def test_documents_signed_where_the_two_leaders_met_date_and_place_their_occasion():
    text = ("President Karo Vendal and Malawian counterpart Lina Sorvek have signed a Memorandum of Understanding on a railway.\n"
            "The MoU was signed on Tuesday at State House Lusaka where the two leaders met during President Sorvek's two-day "
            "visit of Zambia, where they held bilateral talks among other issues.\n"
            "President Lina Sorvek arrived in Zambia on Tuesday morning and is expected to address parliament on Wednesday.")
    ev = _events(text, published="2021-05-04")
    assert [(e[1], e[2], e[3]) for e in ev] == [({"Karo Vendal", "Lina Sorvek"}, "2021-05-04", "Lusaka")]


# places


def test_town_written_right_after_a_named_building():
    from pactwatch.extract.places import find_places
    names = [(p.name, p.iso3) for p in find_places("The MoU was signed on Tuesday at State House Nairobi where they met.")]
    assert names == [("Nairobi", "KEN")]
    assert [(p.name, p.iso3) for p in find_places("They met at the Presidential Palace Abuja today.")] == [("Abuja", "NGA")]


def test_stay_began_with_a_meeting_on_its_first_day_and_also_met_officials_one_each():
    text = ("President of Kyrgyzstan Karo Vendal paid a state visit to Kazakhstan on March 2-3.\n\n"
            "The state visit began with the official meeting ceremony with the President of Kazakhstan Lina Sorvek. "
            "The heads of state held talks in narrow and expanded formats.\n\n"
            "Karo Vendal also met with the first President of Kazakhstan Oren Talvik, Chairman of the Mazhilis of "
            "Parliament Dane Moro and the Prime Minister Aldo Brevik. The head of state also visited a museum.")
    ev = _events(text, published="2021-03-03")
    got = sorted((tuple(sorted(e[1])), e[2]) for e in ev)
    assert got == [(("Aldo Brevik", "Karo Vendal"), "2021-03"), (("Dane Moro", "Karo Vendal"), "2021-03"),
                   (("Karo Vendal", "Lina Sorvek"), "2021-03-02"), (("Karo Vendal", "Oren Talvik"), "2021-03")]


def test_office_in_a_parliament_named_in_its_own_language():
    persons = _persons("President Karo Vendal met Speaker of the Jogorku Kenesh Lina Sorvek and Chairman of the "
                       "Mazhilis of Parliament Oren Talvik in Astana.")
    assert {"Lina Sorvek", "Oren Talvik"} <= set(persons)


def test_talks_as_part_of_a_summit_and_the_state_delegation_at_it():
    text = ("Bishkek, Nov.29, 2019. Today, Nov. 29, 2019 Kyrgyz President Karo Vendal held talks with President of "
            "Uzbekistan Lina Sorvek. The meeting took place as part of the Second Consultative Meeting of Heads of Central "
            "Asian States. The two Presidents noted the positive dynamics of relations. The delegation of the Kyrgyz "
            "Republic includes Minister of Foreign Affairs Oren Talvik and Minister of Transport and Roads Dane Moro.")
    ev = _events(text, published="2019-11-29")
    assert ("talks", {"Karo Vendal", "Lina Sorvek"}, "2019-11-29") in [(e[0], e[1], e[2]) for e in ev]
    multi = [e for e in ev if e[0] == "multilateral_meeting"]
    assert len(multi) == 1 and multi[0][1] == {"Karo Vendal", "Lina Sorvek", "Oren Talvik", "Dane Moro"}
    persons = _persons(text, published="2019-11-29")
    assert persons["Dane Moro"].country == "KGZ" and persons["Oren Talvik"].country == "KGZ"


def test_spoke_with_during_a_stay_is_a_meeting_not_a_call():
    text = ("Havana.- Cuban Prime Minister Karo Vendal concluded today an official visit to China.\n\n"
            "During his stay in Shanghai, Vendal spoke with the Chinese Prime Minister, Lina Sorvek, and both highlighted "
            "the traditional friendship that unites the two countries.")
    ev = _events(text, published="2023-11-09")
    pair = [e for e in ev if e[1] == {"Karo Vendal", "Lina Sorvek"}]
    assert len(pair) == 1 and pair[0][0] == "meeting"
    text = "Cuban Prime Minister Karo Vendal spoke with Chinese Prime Minister Lina Sorvek on Tuesday about trade."
    assert [e[0] for e in _events(text, published="2023-11-09")] == ["call"]


# dates


def test_the_day_before_is_the_day_before_the_report():
    text = ("Dorvan President Karo Vendal has concluded his state visit to China. The jet of the head of state left Beijing.\n\n"
            "The day before, Karo Vendal held official talks with Chinese President Lina Sorvek.")
    ev = _events(text, published="2023-03-02")
    assert [e[2] for e in ev if e[1] == {"Karo Vendal", "Lina Sorvek"}] == ["2023-03-01"]


def test_met_world_leaders_in_a_city_places_each_meeting_told_after():
    text = ("Prime Minister Karo Vendal met world leaders in Kuala Lumpur, Malaysia on the sidelines of the 27th Union "
            "Summit.\nIn his meeting with US President Lina Sorvek, PM Vendal affirmed that Dorvan wishes to strengthen ties.\n"
            "Meeting his Russian counterpart Oren Talvik, the Dorvanian leader said he expects Russia to ratify a trade deal.\n"
            "In a conversation with his Australian counterpart Dane Moro, the Dorvanian PM requested help to export seafood "
            "to Australia.")
    ev = _events(text, published=None)
    assert sorted((tuple(sorted(e[1])), e[3]) for e in ev if e[0] == "meeting") == [
        (("Dane Moro", "Karo Vendal"), "Kuala Lumpur"), (("Karo Vendal", "Lina Sorvek"), "Kuala Lumpur"),
        (("Karo Vendal", "Oren Talvik"), "Kuala Lumpur")]


def test_attending_a_retreat_now_is_on_the_report_day_and_its_chair_is_at_it():
    text = ("Prime Minister Karo Vendal met Fiji PM Lina Sorvek on Thursday.\n\n"
            "Vendal is attending the Island Forum Special Leaders Retreat at the Sheraton Resort.\n\n"
            "The meeting is chaired by Sorvek.")
    ev = _events(text, published="2023-02-24")
    multi = [e for e in ev if e[0] == "multilateral_meeting"]
    assert len(multi) == 1 and multi[0][1] == {"Karo Vendal", "Lina Sorvek"} and multi[0][2] == "2023-02-24"


def test_during_this_visit_talks_with_one_and_call_on_another_are_two_occasions():
    text = ("Foreign Minister Karo Vendal was in New Delhi for a two day visit.\n\n"
            "During this visit Minister Karo Vendal held bilateral talks with the Minister of External Affairs Lina Sorvek "
            "on Sunday and called on Prime Minister Oren Talvik today.")
    ev = _events(text, published="2015-01-19")
    pairs = sorted((e[0], tuple(sorted(e[1]))) for e in ev if len(e[1]) == 2)
    assert sorted(p for _, p in pairs) == [("Karo Vendal", "Lina Sorvek"), ("Karo Vendal", "Oren Talvik")]
    assert not any(len(e[1]) == 3 for e in ev)
