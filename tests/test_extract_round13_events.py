"""Round 13 rules (from holdout13): synthetic sentences, made-up names."""
from pactwatch.extract import extract_record


def _record(text, published="2024-03-15"):
    return extract_record(text, published=published)


def _persons(text, published="2024-03-15"):
    r = _record(text, published)
    return {a.name: a for a in r.actors if a.kind == "person"}


def _events(text, published="2024-03-15"):
    r = _record(text, published)
    names = {a.id: a.name for a in r.actors}
    return [(e.type, {names[p.actor_id] for p in e.participants}, e.date.value, e.place, e.place_country) for e in r.events]


# persons


def test_joined_lower_case_article_stays_in_the_name():
    p = _persons("Kenyan President, Karim al-Haddawi, met Peruvian Prime Minister Olan Vesk on Friday. "
                 "Vesk was welcomed by Haddawi.")
    assert "Karim al-Haddawi" in p and "Karim" not in p
    assert p["Karim al-Haddawi"].country == "KEN"
    p = _persons("President Tarek el-Mansouri received Foreign Minister Pia Dorm.")
    assert "Tarek el-Mansouri" in p


def test_surname_without_article_names_the_same_person():
    r = _record("Kenyan President, Karim al-Haddawi, met Peruvian Prime Minister Olan Vesk on Friday. "
                "Vesk was warmly welcomed by Haddawi on arrival at Zemar Airport.")
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
