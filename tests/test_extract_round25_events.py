"""Round 25 rules (from holdout28): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_heads_of_the_agencies_of_two_states_then_two_names():
    text = ("The heads of the foreign affairs agencies of Norway and Chile, Karo Vendal and Oren Talvik, during a "
            "telephone conversation, discussed the preparations for a regional meeting.\n"
            "The parties also discussed the situation in the region.")
    persons = _persons(text)
    assert {"Karo Vendal", "Oren Talvik"} <= set(persons)
    ev = _events(text)
    assert [(e[0], e[1]) for e in ev] == [("call", {"Karo Vendal", "Oren Talvik"})]
    assert persons["Karo Vendal"].country == "NOR" and persons["Oren Talvik"].country == "CHL"
