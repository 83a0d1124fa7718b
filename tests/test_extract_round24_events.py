"""Round 24 rules (from holdout27 and round-23 leftovers): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_title_case_headline_verb_after_a_title_is_no_name():
    text = ("Dorvan President Wraps Up Island Tour\n\n"
            "The visit by Dorvan president Karo Vendal to Lirenne's Government House today ended with talks.\n\n"
            "He was greeted by Prime Minister Lina Sorvek with military honors.")
    persons = _persons(text)
    assert "Wraps Up Island" not in persons and "Wraps Up" not in persons
    assert set(persons) == {"Karo Vendal", "Lina Sorvek"}
