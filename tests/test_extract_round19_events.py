"""Round 19 rules (from holdout20): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


def _keys(ev):
    return sorted((e[0], tuple(sorted(e[1])), e[2]) for e in ev)


# persons


def test_lower_case_office_after_the_before_a_comma():
    p = _persons("Prime Minister Karo Vendal thanked the external affairs minister, Lina Sorvek, for the assistance.")
    assert "Lina Sorvek" in p and [t.text for t in p["Lina Sorvek"].titles] == ["external affairs minister"]


def test_lower_case_prime_minister_of_a_state_before_a_comma():
    p = _persons("Karo Vendal also held a meeting with the prime minister of Vietnam, Tran Van Moc, on Monday.")
    assert "Tran Van Moc" in p and p["Tran Van Moc"].country == "VNM"


def test_acronym_office_and_office_given_with_as():
    p = _persons("The accreditation of CARICOM ambassador, Dale Pemberly, as High Commissioner of Barbados to Jamaica was "
                 "followed by the accreditation of Orrin Castell as the non-resident High Commissioner of Barbados to Jamaica.")
    assert p["Dale Pemberly"].country == "BRB" and p["Orrin Castell"].country == "BRB"


def test_envoy_in_a_state_before_the_name():
    p = _persons("The MOU was signed by the Australian High Commissioner in Sri Lanka Brant Holloway and Minister Dev Ranel.")
    assert p["Brant Holloway"].country == "AUS" and [t.text for t in p["Brant Holloway"].titles] == ["High Commissioner"]


def test_untitled_counterpart_of_conversations_and_timor_leste():
    p = _persons("This week, Chancellor Mira Olsen had two phone conversations with Aldo Brevik.")
    assert "Aldo Brevik" in p
    p = _persons("I also held a bilateral meeting with my counterpart from Timor Leste, Tavo Mar Ruel.")
    assert p["Tavo Mar Ruel"].country == "TLS"


def test_relatives_sharing_a_surname_and_bruneian_honorifics():
    p = _persons("He paid a courtesy call on the Sultan of Brunei, Sultan Omar Haskiah and Pengiran Muda Idris Haskiah.")
    assert p["Omar Haskiah"].country == "BRN" and "Idris Haskiah" in p


# events


def test_quote_first_person_summit_attendance_and_sideline_meetings():
    text = ("KUALA LUMPUR: Prime Minister Dato Karim Basri held discussions with three Asean leaders on bilateral ties at "
            "the 40th Asean Summit in Labuan Bajo, Indonesia, today.\n"
            "Karim also held a meeting with the prime minister of Vietnam, Tran Van Moc, and expressed Malaysia’s desire to "
            "receive their delegation in Putrajaya.\n"
            "“In this summit, I also had a bilateral meeting with my counterpart from Laos, Somsak Vilay.\n"
            "“After that, I also held a bilateral meeting with my counterpart from Timor Leste, Tavo Mar Ruel,” he said.")
    ev = _events(text, published="2023-05-10")
    assert _keys(ev) == [("meeting", ("Karim Basri", "Somsak Vilay"), "2023-05-10"),
                         ("meeting", ("Karim Basri", "Tavo Mar Ruel"), "2023-05-10"),
                         ("meeting", ("Karim Basri", "Tran Van Moc"), "2023-05-10"),
                         ("multilateral_meeting", ("Karim Basri",), "2023-05-10")]
    assert all(e[3] == "Labuan Bajo" and e[4] == "IDN" for e in ev)


def test_ruler_and_heir_called_on_together_are_one_meeting():
    text = ("Prime Minister Karim Basri on Monday paid a courtesy call on the Sultan of Brunei, Sultan Omar Haskiah and "
            "Pengiran Muda Idris Haskiah in Bandar Seri Begawan.")
    assert _keys(_events(text)) == [("meeting", ("Idris Haskiah", "Karim Basri", "Omar Haskiah"), "2024-03-11")]


def test_visiting_a_person_and_courtesy_calls_after_a_dated_meeting():
    text = ("Vietnamese Prime Minister Nguyen Van Lam arrived in Phnom Penh yesterday morning ahead of two days of regional summits.\n"
            "Lam met behind closed doors yesterday with Prime Minister Sok Vanna and Chan Dara, governor of the National Bank of Cambodia.\n"
            "Lam also visited King Norodom Vireak and paid courtesy calls to Senate President Keo Sim and National Assembly "
            "President Heng Sokha.")
    ev = _events(text, published="2010-11-15")
    keys = _keys(ev)
    assert ("meeting", ("Keo Sim", "Nguyen Van Lam"), "2010-11") in keys
    assert ("meeting", ("Heng Sokha", "Nguyen Van Lam"), "2010-11") in keys
    assert ("meeting", ("Nguyen Van Lam", "Norodom Vireak"), "2010-11") in keys
    assert len(keys) == 4


def test_two_conversations_are_two_calls_and_a_recounted_one_is_not_in_the_call():
    text = ("On Friday, Lithuanian President Aras Kelmas had a phone conversation with German Chancellor Mira Olsen, who "
            "informed him about the contents of her conversation with Aldo Brevik.\n"
            "This week, Olsen had two phone conversations with Aldo Brevik.")
    assert _keys(_events(text, published="2021-11-19")) == [
        ("call", ("Aldo Brevik", "Mira Olsen"), "2021-11"), ("call", ("Aldo Brevik", "Mira Olsen"), "2021-11"),
        ("call", ("Aras Kelmas", "Mira Olsen"), "2021-11-19")]


def test_bilateral_relationship_is_no_meeting_and_a_city_takes_its_stated_state():
    text = ("Leading up to this juncture in the Barbados-Jamaica bilateral relationship was the accreditation of Dale "
            "Pemberly as High Commissioner of Barbados to Jamaica and of Orrin Castell as the High Commissioner of Barbados.")
    assert _events(text) == []
    ev = _events("Prime Minister Dorji Wangmo met with Indian Prime Minister Ravi Sen in Goa, India, yesterday.")
    assert [(e[3], e[4]) for e in ev] == [("Goa", "IND")]
