"""Person, event and date rules from the holdout7 error analysis (round 7).

Synthetic names and sentences only; no article text.
"""
from tests.conftest import event_keys as _events, extracted as _rec, person_countries as _persons


# --- persons -----------------------------------------------------------------------------------
def test_double_office_with_slash_before_a_comma_name():
    text = ("Foreign Minister of Chile Tomas Arvelo held a telephone conversation today with Vice Prime "
            "Minister/Minister of Foreign Affairs of Peru, Ines Baptiste, the ministry said.")
    rec = _rec(text, published="2022-05-10")
    assert "Ines Baptiste" in _persons(rec)
    assert ("call", ("Ines Baptiste", "Tomas Arvelo"), "2022-05-10") in _events(rec)


def test_lower_case_office_after_a_state_possessive_and_comma():
    text = ("Peru’s first vice president, Jorge Salas, and Bolivian Prime Minister Tomas Arvelo attended "
            "the signing ceremony in Lima.")
    ps = _persons(_rec(text, published="2022-05-10"))
    assert ps.get("Jorge Salas") == "PER"
    text2 = "Chile's president, Marta Quiroga Lenz, and her Peruvian counterpart, Ines Baptiste, met on Friday."
    ps2 = _persons(_rec(text2, published="2022-05-10"))
    assert ps2.get("Marta Quiroga Lenz") == "CHL"
    assert "Ines Baptiste" in ps2


def test_hyphenated_office_is_no_name():
    text = ("Prime Minister Tomas Arvelo paid a courtesy call on the Governor-General of Peru, Sir Jorge Salas.\n"
            "A gift was presented to Governor-General Salas.")
    ps = _persons(_rec(text, published="2022-05-10"))
    assert "Governor-General Salas" not in ps
    assert "Jorge Salas" in ps


def test_spouse_in_an_apposition_is_a_person_of_their_own():
    text = ("The Chilean president and his wife, Ana Ruiz Quiroga, were received by President Tomas Arvelo "
            "and his wife, Lenka.\nChilean President Pablo Quiroga met President Tomas Arvelo on Friday.")
    ps = _persons(_rec(text, published="2022-05-10"))
    assert "Ana Ruiz Quiroga" in ps and "Pablo Quiroga" in ps and "Lenka" in ps
    # a one-word name right after "his wife" without a comma is not enough on its own
    ps2 = _persons(_rec("President Tomas Arvelo, his wife Lenka and the performers posed for a photo.", published="2022-05-10"))
    assert "Lenka" not in ps2


def test_religious_figure_is_no_person():
    text = "President Tomas Arvelo of Chile visited Lumbini, the birthplace of Lord Buddha."
    assert "Buddha" not in _persons(_rec(text, published="2022-05-10"))


def test_title_reference_with_his_spouse_resolves():
    text = ("Chilean President Pablo Quiroga met Peruvian President Tomas Arvelo in Lima on Friday.\n"
            "The Chilean president and his wife arrived at the palace, where they were received by Tomas Arvelo.")
    evs = _events(_rec(text, published="2022-05-14"))
    assert len(evs) == 1


# --- events ------------------------------------------------------------------------------------
def test_inviter_is_not_at_the_arrival():
    text = ("Vice-President Jorge Salas of Peru paid a courtesy call on visiting President of Chile Tomas Arvelo here this afternoon.\n"
            "At the invitation of President Ines Baptiste, President Arvelo arrived here on Tuesday on a four-day official visit.")
    evs = _events(_rec(text, published="2019-11-13"))
    assert evs == [("meeting", ("Jorge Salas", "Tomas Arvelo"), "2019-11-13")]


def test_visiting_before_a_title_is_an_adjective_not_the_occasion():
    text = "Prime Minister Jorge Salas of Peru called on the visiting Chilean President Tomas Arvelo in Lima on Monday."
    evs = _events(_rec(text, published="2019-11-13"))
    assert [t for t, _, _ in evs] == ["meeting"]
    # with no other trigger in the sentence, "the visiting X" still marks the occasion
    text2 = ("A discussion between the visiting Chilean Prime Minister Tomas Arvelo and President Jorge Salas "
             "was held at the Presidential Secretariat this morning.")
    assert len(_events(_rec(text2, published="2019-11-13"))) == 1


def test_courtesy_call_is_a_meeting():
    text = "Prime Minister Jorge Salas of Peru paid a courtesy call to President Tomas Arvelo of Chile at the palace on Monday."
    evs = _events(_rec(text, published="2019-11-13"))
    assert [t for t, _, _ in evs] == ["meeting"]


def test_departure_after_completing_a_visit_is_no_occasion():
    text = ("President Tomas Arvelo of Chile left for Chile this afternoon after completing his visit of Peru.\n"
            "President Arvelo had a bilateral meeting with President Jorge Salas of Peru on 1 September 2018.")
    evs = _events(_rec(text, published="2018-09-02"))
    assert evs == [("meeting", ("Jorge Salas", "Tomas Arvelo"), "2018-09-01")]


def test_earlier_occasion_within_a_stay_given_as_a_span_of_days():
    text = ("At the invitation of President Jorge Salas, President Tomas Arvelo of Chile is on an official visit to Peru "
            "on 1-2 September 2018.\n"
            "President Arvelo had a bilateral meeting with President Salas on 1 September 2018.\n"
            "Earlier, Prime Minister Ines Baptiste called on President Arvelo.")
    evs = _events(_rec(text, published="2018-09-02"))
    assert ("meeting", ("Ines Baptiste", "Tomas Arvelo"), "2018-09") in evs


def test_title_reference_of_a_state_and_sentence_initial_demonym():
    text = ("Maria Ortiz Vela, President of the Republic of Chile, is on a visit to Peru.\n"
            "The President of Chile had a meeting with President Jorge Salas of Peru on 1 September 2018.\n"
            "Chilean President who is in Peru on the invitation of President Jorge Salas was received by Minister Ines Baptiste "
            "at the airport on Sunday.")
    evs = _events(_rec(text, published="2018-09-03"))
    pairs = {p for _, p, _ in evs}
    assert ("Jorge Salas", "Maria Ortiz Vela") in pairs
    assert ("Ines Baptiste", "Maria Ortiz Vela") in pairs


# --- dates and datelines ---------------------------------------------------------------------------
def test_day_first_range_is_a_month():
    from pactwatch.dates import find_date_expressions, resolve_date
    text = "on a visit on 1-2 September 2018 after the summit of 30-31 August 2018"
    got = [resolve_date(w, published="2018-09-03").value for _, _, w in find_date_expressions(text)]
    assert got == ["2018-09", "2018-08"]


def test_datelines_in_other_forms():
    from pactwatch.extract.places import find_dateline
    assert find_dateline("Site News (LIMA, 13 November 2019) – The minister met ...").name == "Lima"
    assert find_dateline("Headline here\n\nLima / 31.10.17 / Agency: The minister met ...").name == "Lima"
    assert find_dateline("Santiago, Chile | Agency | The minister met ...").name == "Santiago"
    assert find_dateline("Lima, May 23, 2025 (Agency) - The minister met ...").name == "Lima"


def test_start_of_a_stay_does_not_date_an_undated_occasion():
    text = ("President Tomas Arvelo of Chile held talks with President Jorge Salas of Peru in Lima.\n"
            "The Chilean president embarked Friday on a three-day state visit to Peru.")
    evs = _events(_rec(text, published="2019-10-07"))
    assert ("talks", ("Jorge Salas", "Tomas Arvelo"), None) in evs
    assert all(d != "2019-10-04" for t, _, d in evs if t != "visit")


def test_photo_caption_joins_the_one_dated_occasion():
    text = ("Chilean President Tomas Arvelo being received by Peruvian President Jorge Salas in Peru.\n"
            "Chile and Peru signed on Saturday 12 agreements during Chilean President Tomas Arvelo’s state visit to Peru.")
    evs = _events(_rec(text, published="2023-07-09"))
    assert len(evs) == 1
    assert evs[0][1] == ("Jorge Salas", "Tomas Arvelo") and evs[0][2] == "2023-07-08"


def test_portfolio_list_with_commas_before_a_name():
    text = ("The deal was signed by Romania's Minister of Research, Innovation and Digital Transformation Marcel Bolan "
            "and Foreign Minister Ion Popa.")
    ps = _persons(_rec(text, published="2022-05-10"))
    assert ps.get("Marcel Bolan") == "ROU"
    # a one-word run after such a list is no name
    text2 = ("Mr Ion Popa called on Prime Minister, Minister of Home Affairs, External Communications and National "
             "Development Unit and Minister of Finance of Mauritius.")
    assert "Unit" not in _persons(_rec(text2, published="2022-05-10"))


def test_documents_signed_by_several_pairs_of_ministers_at_one_occasion_are_one_signing():
    text = ("Chilean Prime Minister Tomas Arvelo and Peruvian Prime Minister Jorge Salas held a joint government meeting in Lima.\n"
            "During the same event, a series of documents were signed at the level of ministers.\n"
            "Thus, an agreement was signed between the two governments on roaming by Chile's Minister of Transport Ines Baptiste "
            "and Peru's Minister of Digital Affairs Marta Quiroga.\n"
            "A bilateral agreement on a border bridge was signed by Chilean Foreign Minister Pablo Rojas and Peruvian "
            "Defence Minister Luis Vega.")
    evs = _events(_rec(text, published="2022-05-10"))
    assert len(evs) == 2
    assert ("signing", ("Ines Baptiste", "Luis Vega", "Marta Quiroga", "Pablo Rojas"), None) in evs


def test_his_conversation_with_names_the_principal_of_a_series():
    text = ("Foreign Minister Tomas Arvelo of Chile held separate phone calls on Thursday with his counterparts from Peru and Bolivia.\n"
            "In his conversation with Jorge Salas, Peru's Foreign Minister, the two sides discussed trade.\n"
            "In his phone call with Bolivian Foreign Minister Ines Baptiste, they discussed migration.")
    evs = _events(_rec(text, published="2023-05-19"))
    assert evs == [("call", ("Ines Baptiste", "Tomas Arvelo"), "2023-05-18"), ("call", ("Jorge Salas", "Tomas Arvelo"), "2023-05-18")]


def test_today_in_a_wire_story_is_the_dateline_day():
    from pactwatch.dates import dateline_date
    text = ("LIMA, May 18 (Agency) - Chilean President Tomas Arvelo met Peruvian President Jorge Salas in Lima today.\n"
            "Also today, President Arvelo called on Speaker Marta Quiroga of Peru.")
    evs = _events(_rec(text, published="2023-05-19"))
    assert {d for _, _, d in evs} == {"2023-05-18"}
    assert dateline_date("Site News (LIMA, 13 November 2019) – The minister", "2019-11-14") == "2019-11-13"
    assert dateline_date("MOSCOW, August 20. /TASS/. The minister", "2020-08-21") == "2020-08-20"
    assert dateline_date("The meeting on May 18 was good - yes", "2023-05-19") is None
    assert dateline_date("LIMA, May 1 (Agency) - The minister", "2023-05-19") is None  # too far before publication


def test_publication_day_stated_by_the_page():
    from pactwatch.dates import text_publication_date
    assert text_publication_date("Headline\nPublished On: 19/05/2023\nBody") == "2023-05-19"
    assert text_publication_date("Posted 05/19/2023\nBody") == "2023-05-19"  # only month-first fits
    assert text_publication_date("Lima / 31.10.17 / Agency: The minister met ...") == "2017-10-31"
    assert text_publication_date("Lima, May 23, 2025 (Agency) - The minister met ...") == "2025-05-23"
    assert text_publication_date("The minister met his counterpart on Friday.") is None
    text = ("Chile and Peru strengthen ties\nPublished On: 19/05/2023\n"
            "President Tomas Arvelo of Chile met President Jorge Salas of Peru in Lima today.")
    rec = _rec(text)
    assert [e.date.value for e in rec.events] == ["2023-05-19"]
    assert rec.source.published is None  # the record's metadata is left as given


def test_an_earlier_meeting_recalled_gives_no_place_or_occasion():
    text = ("President Tomas Arvelo of Chile received Foreign Minister Jorge Salas of Peru at the palace on Thursday.\n"
            "The two leaders last met in Lima in 2021.\n"
            "Arvelo and Salas had previously met in Cusco.")
    rec = _rec(text, published="2023-05-19")
    assert [(e.type, e.date.value, e.place) for e in rec.events] == [("reception", "2023-05-18", None)]


def test_rt_hon_is_an_honorific():
    text = "The Rt Hon Tomas Arvelo, Prime Minister of Fiji, met the Rt. Hon. Jorge Salas, Foreign Minister of Tonga, in Suva."
    ps = _persons(_rec(text, published="2023-05-19"))
    assert set(ps) == {"Tomas Arvelo", "Jorge Salas"}


def test_passive_reception_of_he_and_an_arrival_that_dates_nothing_else():
    text = ("Chilean President Tomas Arvelo arrived in Lima on Wednesday on a two-day state visit.\n"
            "On Thursday, he was received by Peruvian President Jorge Salas at the Government Palace.\n"
            "Arvelo also met Peruvian Prime Minister Ines Baptiste.")
    evs = _events(_rec(text, published="2023-05-19"))
    assert ("reception", ("Jorge Salas", "Tomas Arvelo"), "2023-05-18") in evs
    assert ("meeting", ("Ines Baptiste", "Tomas Arvelo"), None) in evs
    assert len(evs) == 2


def test_last_weekday_and_weekday_last_week():
    from pactwatch.dates import find_date_expressions, resolve_date
    text = "They met last Monday, spoke on Monday last week, talked the day before yesterday and met on Monday."
    got = [resolve_date(w, published="2023-05-15").value for _, _, w in find_date_expressions(text)]
    assert got == ["2023-05-08", "2023-05-08", "2023-05-13", "2023-05-15"]
    got2 = [resolve_date(w, published="2023-05-17").value for _, _, w in find_date_expressions("They met last Monday.")]
    assert got2 == ["2023-05-15"]


def test_a_leader_spoken_for_is_not_at_the_occasion():
    for text in ("Chilean Foreign Minister Tomas Arvelo met Peruvian President Jorge Salas on Thursday and conveyed the "
                 "greetings of Chilean President Ines Baptiste.",
                 "Chilean Foreign Minister Tomas Arvelo, on behalf of President Ines Baptiste, met Peruvian President Jorge Salas on Thursday.",
                 "Chilean Foreign Minister Tomas Arvelo handed over a letter from President Ines Baptiste to Peruvian President "
                 "Jorge Salas during their meeting on Thursday.",
                 "As the Special Envoy of President Ines Baptiste, Foreign Minister Tomas Arvelo of Chile met Peruvian President "
                 "Jorge Salas on Thursday."):
        evs = _events(_rec(text, published="2023-05-19"))
        assert [p for _, p, _ in evs] == [("Jorge Salas", "Tomas Arvelo")], text


def test_state_councilor_and_after_which_second_meeting():
    ps = _persons(_rec("Chinese State Councilor and Foreign Minister Li Wenhao met Chilean Foreign Minister Tomas Arvelo "
                       "in Beijing on Thursday.", published="2023-05-19"))
    assert ps.get("Li Wenhao") == "CHN"
    text = ("Foreign Minister Tomas Arvelo of Chile called on Prime Minister Jorge Salas of Peru, after which Mr Arvelo "
            "met Minister Ines Baptiste.")
    pairs = sorted(p for _, p, _ in _events(_rec(text, published="2023-05-19")))
    assert pairs == [("Ines Baptiste", "Tomas Arvelo"), ("Jorge Salas", "Tomas Arvelo")]


def test_spoken_for_with_a_long_office_and_not_across_another_person():
    text = ("The Chilean Minister of Transport Tomas Arvelo signed a memorandum with his Peruvian counterpart Jorge Salas, "
            "while he signed another on behalf of the Chilean Minister of Education, Secretary General of the Council of "
            "Ministers, Ines Baptiste, with the Peruvian Minister of Culture.")
    evs = _events(_rec(text, published="2023-05-19"))
    assert all("Ines Baptiste" not in p for _, p, _ in evs)
    text2 = "On behalf of President Ines Baptiste, Minister Tomas Arvelo of Chile met President Jorge Salas of Peru on Thursday."
    assert [p for _, p, _ in _events(_rec(text2, published="2023-05-19"))] == [("Jorge Salas", "Tomas Arvelo")]
    text3 = ("The agreements were exchanged by Tomas Arvelo, Minister of Foreign Affairs, on behalf of Chile and Jorge Salas, "
             "Minister of Foreign Affairs, on behalf of Peru.")
    assert any(p == ("Jorge Salas", "Tomas Arvelo") for _, p, _ in _events(_rec(text3, published="2023-05-19")))


def test_members_of_one_family_meeting_are_no_state_occasion():
    text = ("His Highness the Amir Sheikh Tamer Al-Rashid Al-Hadi meets His Highness the Crown Prince Sheikh Omar Al-Rashid "
            "Al-Hadi.\nThe Amir Sheikh Tamer Al-Rashid Al-Hadi received a phone call on Tuesday from Peruvian President Jorge Salas.")
    evs = _events(_rec(text, published="2020-12-16"))
    assert [t for t, _, _ in evs] == ["call"]


def test_welcoming_is_a_reception():
    text = ('"This visit is an opportunity," Peruvian Prime Minister Jorge Salas said on Thursday, welcoming Chilean '
            "President Tomas Arvelo, who is on an official visit to Lima.")
    rec = _rec(text, published="2024-05-30")
    names = {a.id: a.name for a in rec.actors}
    roles = {names[p.actor_id]: p.role for e in rec.events for p in e.participants}
    assert roles.get("Jorge Salas") == "host" and roles.get("Tomas Arvelo") == "guest"


def test_plural_phone_calls_and_a_received_call():
    text = ("Chilean Foreign Minister Tomas Arvelo held phone calls with Peruvian Foreign Minister Jorge Salas and "
            "Bolivian Foreign Minister Ines Baptiste on Thursday.")
    assert _events(_rec(text, published="2023-05-19")) == [
        ("call", ("Ines Baptiste", "Tomas Arvelo"), "2023-05-18"), ("call", ("Jorge Salas", "Tomas Arvelo"), "2023-05-18")]
    text2 = ("Chilean Foreign Minister Tomas Arvelo met Peruvian Foreign Minister Jorge Salas on Thursday.\n"
             "Later, Arvelo also received a call from Bolivian Foreign Minister Ines Baptiste.")
    assert ("call", ("Ines Baptiste", "Tomas Arvelo")) in [(t, p) for t, p, _ in _events(_rec(text2, published="2023-05-19"))]


def test_counsellor_is_an_office_and_a_cup_is_no_person():
    ps = _persons(_rec("Minister Counsellor Ines Baptiste of the Chilean Embassy attended the President's Cup in Lima.",
                       published="2023-05-19"))
    assert set(ps) == {"Ines Baptiste"}


def test_a_city_name_inside_a_region_is_no_place():
    from pactwatch.extract.places import find_places
    assert find_places("This is his first visit to Central Asia.") == []
    assert [p.name for p in find_places("He held talks in Lima on Monday.")] == ["Lima"]


def test_came_here_to_take_part_is_attendance_not_a_plan():
    text = "President Tomas Arvelo of Chile came here to take part in the Andean Summit in Lima on 30 August 2018."
    evs = _events(_rec(text, published="2018-09-02"))
    assert evs == [("multilateral_meeting", ("Tomas Arvelo",), "2018-08-30")]
    text2 = "President Tomas Arvelo of Chile will travel to Peru to take part in the Andean Summit."
    assert _events(_rec(text2, published="2018-09-02")) == []
