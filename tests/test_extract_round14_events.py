"""Round 14 rules (from holdout14): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_body_after_head_of_is_no_person():
    p = _persons("President Olan Vesk received a delegation led by the head of the Presidential Administration of Peru")
    assert "Administration" not in p and "Olan Vesk" in p
    p = _persons("Vesk met the chief of the Cabinet Office of Chile.")
    assert "Office" not in p


# events


def test_lead_under_a_dateline_line_with_agency_takes_its_day_and_city():
    text = ("Vesk received a visiting delegation\n\nLima, March 12, NEWSAG\n"
            "President of Peru Olan Vesk has received a delegation led by Kenyan Foreign Minister Karim Dastan.\n"
            "The sides discussed trade.")
    ev = _events(text)
    assert ("reception", {"Olan Vesk", "Karim Dastan"}, "2024-03-12", "Lima", "PER") in ev


def test_held_discussions_is_talks_and_dates_the_occasion():
    text = ("Peruvian President Olan Vesk met his Kenyan counterpart President Karim Dastan.\n\n"
            "Vesk and Dastan this morning held discussions on trade and energy.")
    ev = _events(text, published="2024-03-15")
    assert len(ev) == 1 and ev[0][1] == {"Olan Vesk", "Karim Dastan"} and ev[0][2] == "2024-03-15"
