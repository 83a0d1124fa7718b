"""Round 15 rules (from holdout15): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_vocative_address_is_no_person():
    text = ("Minister Tarsa Olvenko met Foreign Minister Bram Keltis in Lisbon on Tuesday.\n"
            "Honourable Minister, Ladies and Gentlemen;\n"
            "Distinguished Guests, Esteemed Colleagues, we reviewed our relations.")
    p = _persons(text)
    assert "Ladies" not in p and "Gentlemen" not in p and "Distinguished Guests" not in p
    assert "Tarsa Olvenko" in p and "Bram Keltis" in p



# events


def test_during_his_visit_frames_the_talks_only():
    text = ("President Olan Vesk met visiting Foreign Secretary Bram Keltis in Valmora on Monday.\n"
            "Foreign Minister Tarsa Olvenko has also held talks with Keltis during his visit.")
    ev = _events(text)
    assert not [e for e in ev if e[0] == "visit" and e[1] == {"Tarsa Olvenko"}]
    assert [e for e in ev if e[0] == "talks" and e[1] == {"Tarsa Olvenko", "Bram Keltis"}]
