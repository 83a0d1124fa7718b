"""Round 11 rules (from holdout11): synthetic sentences, made-up names."""
from pactwatch.extract import extract_record


def _persons(text):
    r = extract_record(text, published="2024-03-14")
    return {a.name: a for a in r.actors if a.kind == "person"}


def test_plural_office_before_names_with_states():
    p = _persons("Presidents Tomas Varga Lind of Hungary and Mateo Ruiz Soto of Chile met in Budapest on Monday.")
    assert p["Tomas Varga Lind"].country == "HUN"
    assert p["Mateo Ruiz Soto"].country == "CHL"
    assert [t.text for t in p["Tomas Varga Lind"].titles] == ["President"]


def test_capital_as_given_name_in_list():
    p = _persons("Presidents Olan Vesk Morr of Peru and Santiago Dorm Kallas of Uruguay met on Monday.")
    assert "Santiago Dorm Kallas" in p and p["Santiago Dorm Kallas"].country == "URY"


def test_plural_office_list_and_brackets():
    p = _persons("Her entourage included Ministers Ivo Kant Rell (Trade), Ula Berg Sorn (Economy and Finance), Pia Dorm.")
    assert {"Ivo Kant Rell", "Ula Berg Sorn", "Pia Dorm"} <= set(p)
    p = _persons("The team included Parliament Members Ivo Kant, Ula Berg and Pia Dorm.")
    assert {"Ivo Kant", "Ula Berg", "Pia Dorm"} <= set(p)


def test_delegation_included_gives_state():
    p = _persons("The Estonian Government delegation to Peru included Trade Minister Olan Vesk, Farm Minister Pia Dorm "
                 "and Parliament Members Ivo Kant and Ula Berg.")
    assert {n: a.country for n, a in p.items()} == {"Olan Vesk": "EST", "Pia Dorm": "EST", "Ivo Kant": "EST", "Ula Berg": "EST"}


def test_side_and_on_behalf_of_give_states():
    p = _persons("On Kenya's side, the accord was signed by Trade Minister Olan Vesk, while his counterpart Pia Dorm "
                 "signed on behalf of Ghana.")
    assert p["Olan Vesk"].country == "KEN"
    assert p["Pia Dorm"].country == "GHA"


def test_on_behalf_of_a_person_gives_no_state():
    p = _persons("Minister Olan Vesk signed the accord on behalf of President Ivo Kant.")
    assert p["Olan Vesk"].country is None


def test_possessive_state_before_lower_case_office_names_the_stateless_holder():
    p = _persons("President Ivo Kant on Monday received Ukraine's prime minister in Ankara. "
                 "Kant received Prime Minister Pia Dorm at the complex.")
    assert p["Pia Dorm"].country == "UKR"
