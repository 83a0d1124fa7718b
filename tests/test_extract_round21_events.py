"""Round 21 rules (from holdout19, holdout21, holdout23): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


def _keys(ev):
    return sorted((e[0], tuple(sorted(e[1])), e[2]) for e in ev)


# events


def test_talks_with_presidents_of_countries_then_listed_one_each_plus_attendance():
    text = ("Dorvan, March 11, 2024 (XNA) – Prime Minister Dr Karo Vendal today held talks with presidents of different "
            "African countries on the sidelines of the 12th Union summit.\n\n"
            "He conferred with President of Botswana Lina Sorvek, President of Ghana Oren Talvik and President of Kenya Dane Moro.")
    ev = _events(text, published="2024-03-15")
    pairs = sorted(tuple(sorted(e[1])) for e in ev if len(e[1]) == 2)
    assert pairs == [("Dane Moro", "Karo Vendal"), ("Karo Vendal", "Lina Sorvek"), ("Karo Vendal", "Oren Talvik")]
    assert any(e[0] == "multilateral_meeting" and e[1] == {"Karo Vendal"} for e in ev)
    assert all(e[2] == "2024-03-11" for e in ev)


def test_dated_lead_then_the_title_also_had_bilateral_meetings():
    text = ("Dorvan, March 11, 2024 (XNA) – Prime Minister Karo Vendal today held talks with President of Ghana Oren Talvik "
            "on the sidelines of the 12th Union summit.\n\n"
            "Yesterday, the Prime Minister also had bilateral meetings with Kenyan President Dane Moro and "
            "Palestinian President Aldo Brevik.")
    ev = _events(text, published="2024-03-15")
    pairs = sorted(tuple(sorted(e[1])) for e in ev if len(e[1]) == 2 and e[2] == "2024-03-10")
    assert pairs == [("Aldo Brevik", "Karo Vendal"), ("Dane Moro", "Karo Vendal")]


def test_meeting_between_subject_and_a_new_leader_is_its_own_in_a_series():
    text = ("Prime Minister Karo Vendal held a series of bilateral meetings with regional Leaders as part of the 7th Island "
            "Leaders Meeting in Dorvan City.\n\n"
            "Vendal met with the Prime Minister of Samoa, Lina Sorvek, and advised her of an award.\n\n"
            "In the meeting between Vendal and the Prime Minister of Vanuatu, Oren Talvik, the leaders discussed disaster "
            "relief following Cyclone Pam in April this year.")
    ev = _events(text, published="2024-03-15")
    pairs = sorted(tuple(sorted(e[1])) for e in ev if len(e[1]) == 2)
    assert pairs == [("Karo Vendal", "Lina Sorvek"), ("Karo Vendal", "Oren Talvik")]
    assert any(e[0] == "multilateral_meeting" and e[1] == {"Karo Vendal"} for e in ev)
    assert not any(e[2] and e[2].startswith("2024-04") for e in ev)


# places


def test_palace_with_de_la_is_not_the_city_its_first_word_spells():
    from pactwatch.extract.places import find_places
    text = "Karo Vendal met Lina Sorvek at the Palacio de la Moneda in Santiago on Tuesday."
    names = [(p.name, p.iso3) for p in find_places(text)]
    assert ("Palacio", "ESP") not in names and any(iso == "CHL" for _, iso in names)
    text = "President Karo Vendal welcomed Lina Sorvek to the Aso Villa in Abuja on Tuesday."
    assert all(p.iso3 == "NGA" for p in find_places(text))
