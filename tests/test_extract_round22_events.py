"""Round 22 rules (from holdout17..holdout25 leftovers): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_month_may_after_a_given_name_is_a_surname():
    text = ("President Oren Talvik welcomed Dorvanian Prime Minister Lina May to the State House in Kessa on March 4, 2024.\n\n"
            "May and Talvik discussed trade.")
    persons = _persons(text)
    assert "Lina May" in persons and "Lina" not in persons


def test_month_may_with_a_day_stays_a_date():
    text = "President Oren Talvik met Prime Minister Lina Sorvek in Kessa on May 4, 2024."
    persons = _persons(text)
    assert set(persons) == {"Oren Talvik", "Lina Sorvek"}
    ev = _events(text, published="2024-05-06")
    assert [e[2] for e in ev] == ["2024-05-04"]


def test_nickname_in_quotes_inside_the_full_name():
    text = ('President Karo "Karvo" Vendal received the visiting Prime Minister of Dorvan, Oren Talvik, at the palace on Friday.\n\n'
            "Karvo and Talvik later held talks on trade.")
    persons = _persons(text)
    assert "Karo Vendal" in persons and "Karo" not in persons
    assert len(persons) == 2


# events


def test_possessive_meetings_with_a_list_are_one_meeting_each_sharing_place_and_month():
    text = ("Vendal's bilateral talks in Kessa\n\n"
            "President Karo Vendal held four bilateral meetings on the sidelines of the Union Summit in Kessa.\n\n"
            "Here is a look back at Vendal's meetings with Dorvanian Prime Minister Oren Talvik, Malvian President Lina Sorvek, "
            "and Ostrian Chancellor Dane Moro.\n\n"
            "Vendal's first bilateral meeting was with Prime Minister Talvik in Kessa on March 6. The two discussed trade.")
    ev = _events(text, published="2024-03-09")
    pairs = {tuple(sorted(e[1])): e[2] for e in ev if len(e[1]) == 2}
    assert set(pairs) == {("Karo Vendal", "Oren Talvik"), ("Karo Vendal", "Lina Sorvek"), ("Dane Moro", "Karo Vendal")}
    assert pairs[("Karo Vendal", "Oren Talvik")] == "2024-03-06"
    assert pairs[("Karo Vendal", "Lina Sorvek")] == pairs[("Dane Moro", "Karo Vendal")] == "2024-03"



def test_visited_two_states_where_he_met_two_presidents_pairs_them_in_order():
    text = ("Foreign Secretary Karo Vendal held talks with Foreign Minister Oren Talvik in Kessa on Monday.\n\n"
            "Vendal is touring the region. He has already visited Chile and Peru, where he met with Presidents "
            "Lina Sorvek and Dane Moro.")
    ev = _events(text, published="2024-03-15")
    met = {tuple(sorted(e[1])): e[4] for e in ev if e[0] == "meeting"}
    assert met == {("Karo Vendal", "Lina Sorvek"): "CHL", ("Dane Moro", "Karo Vendal"): "PER"}


def test_visit_from_upcoming_friday_is_planned_not_an_event():
    text = ("Foreign Minister Karo Vendal met Foreign Minister Oren Talvik in Kessa on Tuesday. The ministers also discussed "
            "Prime Minister Lina Sorvek's official visit to India taking place from upcoming Friday, April 1.")
    ev = _events(text, published="2022-03-29")
    assert [tuple(sorted(e[1])) for e in ev] == [("Karo Vendal", "Oren Talvik")]


def test_welcomed_the_visit_next_week_is_planned_not_a_reception():
    text = ("Prime Minister Karo Vendal spoke with President Oren Talvik over the phone on Friday. "
            "Talvik also welcomed the visit of Deputy Prime Minister Lina Sorvek to Washington next week.")
    ev = _events(text, published="2023-02-03")
    assert [(e[0], tuple(sorted(e[1]))) for e in ev] == [("call", ("Karo Vendal", "Oren Talvik"))]


def test_a_day_after_phoning_a_he_called_b_is_two_calls_dated_apart():
    text = ("A day after phoning President Oren Talvik to wish him well for the holiday, Prime Minister Karo Vendal "
            "picked up the phone Sunday and called King Dane Moro with the same wishes.")
    ev = _events(text, published="2024-03-17")
    calls = sorted((tuple(sorted(e[1])), e[2]) for e in ev if e[0] == "call")
    assert calls == [(("Dane Moro", "Karo Vendal"), "2024-03-17"), (("Karo Vendal", "Oren Talvik"), "2024-03-16")]


def test_a_leader_who_joined_the_call_later_is_its_third_participant():
    text = ("Prime Minister Karo Vendal on Friday spoke with President Oren Talvik over the phone and discussed bilateral ties.\n\n"
            "The two agreed to stay in touch.\n\n"
            "King Dane Moro joined the phone call later, and the three leaders agreed to connect the region.")
    ev = _events(text, published="2024-03-15")
    assert [(e[0], e[1]) for e in ev] == [("call", {"Karo Vendal", "Oren Talvik", "Dane Moro"})]


def test_the_meeting_with_the_participation_of_a_minister_adds_him():
    text = ("President Karo Vendal received Foreign Minister Oren Talvik in Kessa on Tuesday.\n\n"
            "The meeting took place at the Government House, with the participation of Foreign Minister Dane Moro, where "
            "they highlighted the ties between the two countries.")
    ev = _events(text, published="2024-03-15")
    assert len(ev) == 1 and ev[0][1] == {"Karo Vendal", "Oren Talvik", "Dane Moro"}


def test_initial_and_written_out_given_name_are_one_person():
    text = ("Foreign Minister Oren Talvik and Indian Foreign Minister S Vendalkar held discussions in Kessa on March 12.\n\n"
            "Talvik held a meeting in Kessa with his Indian counterpart Subrahmanyam Vendalkar on the sidelines of the summit.")
    persons = _persons(text)
    assert set(persons) == {"Oren Talvik", "Subrahmanyam Vendalkar"}


def test_initial_of_another_given_name_is_another_person():
    text = ("Foreign Minister Oren Talvik met Indian Foreign Minister S Vendalkar in Kessa on March 12.\n\n"
            "Talvik also met Indian Ambassador Vikram Vendalkar in Kessa.")
    persons = _persons(text)
    assert {"S Vendalkar", "Vikram Vendalkar"} <= set(persons)


def test_both_names_misspelt_by_a_letter_are_one_person():
    text = ("Foreign Minister Oren Talvik calls on the Prime Minister of Sri Lanka Mahenda Rajapaksa in Colombo.\n\n"
            "Oren Talvik calls on Sri Lankan Prime Minister Mahinda Rajapaksha in Colombo on March 29, 2022.")
    persons = _persons(text, published="2022-03-30")
    assert len(persons) == 2


def test_meeting_his_counterpart_then_the_leader_said_is_the_principal_s_meeting():
    text = ("Prime Minister Karo Vendal met world leaders in Kessa on the sidelines of the 27th Union Summit.\n"
            "In his meeting with US President Oren Talvik, Vendal affirmed that his country wishes to strengthen ties.\n"
            "Talvik said the countries should work closely together.\n"
            "Meeting his Russian counterpart Dane Moro, the Dorvanian leader said he expects Russia to ratify the agreement.")
    ev = _events(text, published=None)
    pairs = {tuple(sorted(e[1])) for e in ev if len(e[1]) == 2}
    assert ("Dane Moro", "Karo Vendal") in pairs and ("Dane Moro", "Oren Talvik") not in pairs


def test_talks_told_without_persons_then_the_delegations_at_the_talks_take_its_day_and_place():
    text = ("Cooperation between Dorvania and Malvia was considered in the framework of political consultations held today "
            "in Bratislava at the level of foreign ministers. The Dorvanian delegation at the talks was headed by Minister of "
            "Foreign Affairs Karo Vendal, the Malvian delegation was headed by Foreign Minister Oren Talvik.")
    ev = _events(text, published="2024-03-15")
    assert [(e[0], e[1], e[2], e[3]) for e in ev] == [("talks", {"Karo Vendal", "Oren Talvik"}, "2024-03-15", "Bratislava")]


def test_city_name_going_on_after_a_particle():
    from pactwatch.extract.places import find_places
    found = [(p.name, p.iso3) for p in find_places("The President arrived in Dar es Salaam on Thursday.")]
    assert found == [("Dar es Salaam", "TZA")]


def test_took_the_opportunity_to_hold_talks_is_done_and_a_meeting_last_may_is_recalled():
    text = ("Dodoma. Tanzania and Kenya on Friday signed seven agreements.\n\n"
            "This comes after a two-day state visit by Kenyan President Karo Vendal to Tanzania, where he arrived on "
            "Thursday as a guest at the celebrations in Dar es Salaam. He also took the opportunity to hold talks with "
            "President Oren Talvik yesterday.\n\n"
            "The signing came after a commission was established at a meeting of the two presidents in Nairobi, Kenya, last May.")
    ev = _events(text, published="2024-03-16")
    talks = [e for e in ev if e[1] == {"Karo Vendal", "Oren Talvik"}]
    assert len(talks) == 1 and talks[0][2] == "2024-03-15" and talks[0][4] == "TZA"


def test_talked_to_a_president_on_the_phone_is_a_call():
    text = "On the morning of March 12, President Karo Vendal talked to Dorvanian President Oren Talvik on the phone."
    ev = _events(text, published="2024-03-12")
    assert [(e[0], e[1], e[2]) for e in ev] == [("call", {"Karo Vendal", "Oren Talvik"}, "2024-03-12")]


def test_in_the_capital_city_is_a_place():
    from pactwatch.extract.places import find_places
    found = [(p.name, p.iso3) for p in find_places("The two met at the palace in the capital Ashgabat for a meeting.")]
    assert found == [("Ashgabat", "TKM")]


def test_deals_signed_on_a_day_during_a_visit_then_the_one_meeting_is_on_that_day():
    text = ("Dorvania and Turkmenistan signed eight deals on Saturday during President Karo Vendal's visit to the Central Asian "
            "country to attend the regional summit.\n\n"
            "Vendal and his Turkmen counterpart Oren Talvik met at the palace in the capital Ashgabat for a bilateral meeting, "
            "which was followed by the signing ceremony.")
    ev = _events(text, published="2024-03-17")
    assert [(e[0], e[1], e[2], e[3]) for e in ev] == [("meeting", {"Karo Vendal", "Oren Talvik"}, "2024-03-16", "Ashgabat")]


def test_the_call_took_place_this_friday_dates_the_call_told_before():
    text = ("After having a telephone conversation with the President of Dorvania, Oren Talvik, President Karo Vendal "
            "announced that they agreed to continue the dialogue.\n\n"
            "The call between leaders took place this Friday at noon, and lasted around 50 minutes.")
    ev = _events(text, published="2024-03-18")
    assert [(e[0], e[2]) for e in ev] == [("call", "2024-03-15")]


def test_spokesman_told_journalists_tuesday_that_the_two_leaders_had_a_call_on_monday():
    text = ("The presidency has confirmed that President Karo Vendal spoke on telephone with his Dorvanian counterpart, "
            "Oren Talvik.\n"
            "The spokesman told journalists during a press briefing, Tuesday, that the two leaders had a telephone "
            "conversation on Monday.")
    ev = _events(text, published="2024-03-20")
    assert [(e[0], e[2]) for e in ev if e[0] == "call"] == [("call", "2024-03-18")]


def test_was_in_a_state_to_attend_a_forum_is_attendance():
    text = ("President Karo Vendal and Chinese President Oren Talvik witnessed the signing of six agreements last week "
            "following their bilateral meeting.\n"
            "President Vendal was in China to attend the Boao Forum for Asia, where he was one of the speakers.")
    ev = _events(text, published="2024-03-20")
    assert any(e[0] == "multilateral_meeting" and e[1] == {"Karo Vendal"} and e[4] == "CHN" for e in ev)


def test_a_signing_told_without_day_or_place_during_the_one_visit_is_held_in_it():
    text = ("Laos and Vietnam have signed a number of agreements during a visit to Hanoi by Lao President Karo Vendal this week.\n\n"
            "President Karo Vendal and his delegation paid an official visit to Vietnam on Monday and Tuesday, where they "
            "were warmly welcomed by Vietnamese President Oren Talvik.\n\n"
            "President Karo Vendal and General Secretary Dane Moro witnessed the signing of agreements between the two countries.")
    ev = _events(text, published="2024-03-15")
    sig = [e for e in ev if e[0] == "signing"]
    assert len(sig) == 1 and sig[0][1] == {"Karo Vendal", "Dane Moro"} and sig[0][2] == "2024-03" and sig[0][4] == "VNM"
