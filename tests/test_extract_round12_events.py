"""Round 12 rules (from holdout12): synthetic sentences, made-up names."""
from pactwatch.extract import extract_record


def _record(text, published="2024-03-15"):
    return extract_record(text, published=published)


def _persons(text, published="2024-03-15"):
    r = _record(text, published)
    return {a.name: a for a in r.actors if a.kind == "person"}


# persons


def test_headline_verb_after_office_is_no_name():
    p = _persons("Ruritanian Foreign Minister Tells President Olan Vesk Ties Are Strong\n\n"
                 "Ruritanian Foreign Minister Pia Dorm met President Olan Vesk on Friday.")
    assert "Tells" not in p and "Olan Vesk" in p
    p = _persons("Minister Lauds President Olan Vesk\n\nMinister Pia Dorm met President Olan Vesk on Friday.")
    assert "Lauds" not in p


def test_room_of_a_building_is_no_person():
    p = _persons("After entering the palace's Treaty Room, ministers of the Ruritanian cabinet welcomed Olan Vesk. "
                 "President Pia Dorm met Prime Minister Olan Vesk on Friday.")
    assert "Treaty Room" not in p and "Treaty" not in p


def test_possessive_office_before_a_thing_is_no_person():
    p = _persons("Emir Pia Dorm welcomed President Olan Vesk at the airport, and they rode in the Emir's Bentley.")
    assert "Bentley" not in p
    assert {"Pia Dorm", "Olan Vesk"} <= set(p)


def test_dotted_initials_before_surname():
    p = _persons("Minister of Higher Education Mr. K.T. Vandoraya and Minister of Trade Prof. R.L. Osmani were present.")
    assert "K.T. Vandoraya" in p and "R.L. Osmani" in p
    p = _persons("The U.S. and the U.N. welcomed the talks. President Olan Vesk said so.")
    assert set(p) == {"Olan Vesk"}


def test_place_named_after_a_person_is_no_mention():
    r = _record("At the Tarvo Vesk International Airport, officials greeted President Ivo Kant. "
                "President Olan Vesk welcomed President Ivo Kant at the residence.")
    names = {a.name for a in r.actors if a.kind == "person"}
    assert "Olan Vesk" in names and "Tarvo Vesk" not in names
    p = _persons("Talks were held at the Pia Dorm Centre. Prime Minister Ula Dorm met President Ivo Kant there.")
    assert "Pia Dorm" not in p and "Ula Dorm" in p


def test_nickname_in_brackets_merges_with_full_name():
    p = _persons("President Tarvo Ansip Vesk (Tavesk) received Prime Minister Ivo Kant on Friday. "
                 "Later, President Tavesk and Prime Minister Ivo Kant held talks. Tavesk said the talks were good.")
    assert "Tavesk" not in p
    assert "Tavesk" in p["Tarvo Ansip Vesk"].aliases
    p = _persons("Prime Minister Ivo Kant, popularly known as Ikko, met President Ula Berg. Ikko said so.")
    assert set(p) == {"Ivo Kant", "Ula Berg"}


def test_name_cut_at_end_of_excerpt():
    p = _persons("Minister of Foreign Affairs Joran Malvestik met President Ivo Kant on Friday.\n\nMr. Malves")
    assert set(p) == {"Joran Malvestik", "Ivo Kant"}


def test_lower_case_member_office():
    p = _persons("The delegation included Minister of Trade Ivo Kant and parliament member Pia Dorm Sallis.")
    assert "Pia Dorm Sallis" in p


# events


def _events(text, published="2024-03-15"):
    r = _record(text, published)
    names = {a.id: a.name for a in r.actors}
    return [(e.type, sorted(names[p.actor_id] for p in e.participants), e.date.value, e.place_country) for e in r.events]


def test_unnamed_counterpart_in_a_dated_occasion():
    ev = _events("Ruritanian President Ivo Kant has arrived in Zambia for a working visit.\n\n"
                 "President Ula Berg received his counterpart at State House on Thursday evening.")
    assert any(sorted(["Ivo Kant", "Ula Berg"]) == p and d == "2024-03-14" for _, p, d, _ in ev)


def test_envoy_accredited_state_is_no_place_and_arrival_reception_in_hosts_state():
    ev = _events("South African President Ivo Kant touched down at the airport at exactly 20:00 hours and was received by "
                 "Zambian High Commissioner to South Africa Pia Dorm and Mayor Ula Berg.\n\n"
                 "President Ola Sken received his counterpart at State House Thursday evening.")
    rec = next(x for x in ev if "Pia Dorm" in x[1])
    assert rec[3] == "ZMB"          # not South Africa: the envoy's posting, not the place
    assert rec[2] == "2024-03-14"   # the same evening as the State House reception


def test_arrival_reception_without_evening_hour_stays_undated():
    ev = _events("South African President Ivo Kant landed at the airport and was received by Zambian Minister Pia Dorm.\n\n"
                 "President Ola Sken received his counterpart at State House Thursday evening.")
    rec = next(x for x in ev if "Pia Dorm" in x[1])
    assert rec[2] is None and rec[3] == "ZMB"


def test_officials_listed_after_a_demonym_group_get_its_state():
    p = _persons("Malaysian government officials, who accompanied the prime minister during the visit, are Minister of "
                 "Trade Ivo Kant Sallis, Deputy Foreign Minister Pia Dorm and parliament member Ula Berg Tarn.")
    assert {n: a.country for n, a in p.items()} == {"Ivo Kant Sallis": "MYS", "Pia Dorm": "MYS", "Ula Berg Tarn": "MYS"}
