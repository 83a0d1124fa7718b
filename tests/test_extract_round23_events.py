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
