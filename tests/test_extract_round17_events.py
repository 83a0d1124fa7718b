"""Round 17 rules (from holdout17): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_regnal_number_at_sentence_end_is_part_of_the_name():
    text = "Officials briefed reporters on the bilateral meeting between President Marco Velen and the Veldorian King, Farid VI."
    p = _persons(text)
    assert "Farid VI" in p and "Farid" not in p


def test_social_network_is_no_person():
    text = ("Foreign Minister Orlo Vanse held a telephone conversation with Foreign Minister Karo Tindell on Monday. "
            "Taking to Twitter, the foreign minister said that during their conversation the two exchanged views.")
    p = _persons(text)
    assert set(p) == {"Orlo Vanse", "Karo Tindell"}


def test_opening_phrase_before_the_subject_is_no_apposition():
    text = ("Speaking to Radio Velden, the foreign minister said that the talks with Foreign Minister Karo Tindell "
            "had gone well.")
    assert "Radio Velden" not in _persons(text)


def test_lower_case_office_of_a_state_then_comma_name():
    text = "President Orlo Vanse discussed bilateral issues with the president of Ghana, Kofi Mensabo Atta."
    p = _persons(text)
    assert p["Kofi Mensabo Atta"].country == "GHA"
    assert [t.text for t in p["Kofi Mensabo Atta"].titles] == ["president"]


def test_office_of_a_state_comma_honorific_name():
    text = ("President Orlo Vanse held talks with the President of Ghana, His Excellency Kofi Mensabo Atta, "
            "on Monday.")
    p = _persons(text)
    assert p["Kofi Mensabo Atta"].country == "GHA"
    assert [t.text for t in p["Kofi Mensabo Atta"].titles] == ["President"]


def test_seat_of_an_office_is_no_person():
    text = "The ceremony took place on March 12 at the headquarters of the president of Ghana, Osu Castle."
    assert "Osu Castle" not in _persons(text)
