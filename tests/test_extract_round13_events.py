"""Round 13 rules (from holdout13): synthetic sentences, made-up names."""
from tests.conftest import extracted, extracted_events as _events, extracted_persons as _persons


# persons


def test_joined_lower_case_article_stays_in_the_name():
    p = _persons("Kenyan President, Karim al-Haddawi, met Peruvian Prime Minister Olan Vesk on Friday. "
                 "Vesk was welcomed by Haddawi.")
    assert "Karim al-Haddawi" in p and "Karim" not in p
    assert p["Karim al-Haddawi"].country == "KEN"
    p = _persons("President Tarek el-Mansouri received Foreign Minister Pia Dorm.")
    assert "Tarek el-Mansouri" in p


def test_surname_without_article_names_the_same_person():
    r = extracted("Kenyan President, Karim al-Haddawi, met Peruvian Prime Minister Olan Vesk on Friday. "
                "Vesk was warmly welcomed by Haddawi on arrival at Zemar Airport.", published="2024-03-15")
    persons = [a.name for a in r.actors if a.kind == "person"]
    assert persons.count("Karim al-Haddawi") == 1 and "Haddawi" not in persons


# events


def test_his_meeting_is_the_subject_named_before_it():
    ev = _events("President Pia Dorm arrived in Peru on Monday.\n\n"
                 "Kenyan President, Karim al-Haddawi, said during his meeting with Peruvian Prime Minister Olan Vesk "
                 "that relations were strong.")
    meetings = [e for e in ev if e[1] >= {"Karim al-Haddawi", "Olan Vesk"}]
    assert meetings and all("Pia Dorm" not in e[1] for e in meetings)


def test_airport_reception_apart_from_the_meeting():
    ev = _events("Kenyan President, Karim al-Haddawi, said during his meeting with Peruvian Prime Minister Olan Vesk "
                 "that relations were strong. Vesk was warmly welcomed by Haddawi on arrival at Zemar Airport.",
                 published=None)
    pair = [e for e in ev if e[1] == {"Karim al-Haddawi", "Olan Vesk"}]
    assert len(pair) == 2
    assert {e[0] for e in pair} == {"meeting", "reception"}


def test_dinner_after_airport_reception_stays_one_occasion():
    ev = _events("President Olan Vesk on Wednesday arrived in Peru where he was received by President Pia Dorm "
                 "at Varno International Airport. Later in the day, President Dorm hosted President Vesk for a dinner.")
    assert len([e for e in ev if e[1] == {"Olan Vesk", "Pia Dorm"}]) == 1


def test_meeting_announced_for_soon_is_no_event():
    ev = _events("Kenyan State Minister Lina Borr said her country appreciated the position and announced a "
                 "tripartite meeting soon with Peru in Varno.")
    assert ev == []


def test_courtesy_calls_on_two_officials_are_two_meetings():
    ev = _events("Peruvian Foreign Minister Olan Vesk concluded his official visit to Kenya. "
                 "Minister Vesk also paid a courtesy call on President of Kenya, Pia Dorm, and the Speaker of the "
                 "National Assembly, Karim Nasreddin.")
    pairs = [e[1] for e in ev]  # the first call merges with the lone visit it was part of
    assert {"Olan Vesk", "Pia Dorm"} in pairs and {"Olan Vesk", "Karim Nasreddin"} in pairs
    assert not any(len(p) == 3 for p in pairs)


def test_two_co_subjects_calling_on_one_host_stay_one_meeting():
    ev = _events("Peruvian Foreign Minister Olan Vesk and Trade Minister Lina Borr called on Kenyan President Pia Dorm "
                 "on Tuesday.")
    assert len(ev) == 1 and ev[0][1] == {"Olan Vesk", "Lina Borr", "Pia Dorm"}


def test_received_by_one_and_met_as_well_with_another():
    ev = _events("Peruvian President Olan Vesk arrived on Monday in Kenya on an official visit.\n\n"
                 "Vesk was received by Kenyan Prime Minister Pia Dorm, with whom he met, as well as with Kenyan President "
                 "Karim Nasreddin, the presidency said.", published="2024-03-13")
    pairs = {frozenset(x[1]): x for x in ev}
    a, b = pairs.get(frozenset({"Olan Vesk", "Pia Dorm"})), pairs.get(frozenset({"Olan Vesk", "Karim Nasreddin"}))
    assert a and b
    # received on arrival: the day of the arrival, shared by the meeting told with it; both in the host state
    assert a[2] == b[2] == "2024-03-11"
    assert a[4] == b[4] == "KEN"


def test_talks_with_his_host_the_day_the_visit_begins_after_airport_reception():
    ev = _events("Peruvian President Olan Vesk is in Kenya for a three-day official visit which started on Friday. "
                 "He arrived in Nairobi on Thursday evening and was received by Prime Minister Pia Dorm at the airport.\n\n"
                 "Vesk and his host held bilateral talks at the state palace.", published="2024-03-16")
    pair = sorted((x for x in ev if x[1] == {"Olan Vesk", "Pia Dorm"}), key=lambda x: x[2] or "")
    assert len(pair) == 2
    assert pair[0][0] == "reception" and pair[0][2] == "2024-03-14"
    assert pair[1][2] == "2024-03-15" and pair[1][4] == "KEN"
