"""Round 16 rules (from holdout16): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# dates


def test_month_abbreviation_inside_a_name_is_no_date():
    # "Jun" in "Tao Jun" is part of the name, not June; the talks stay an occasion
    text = ("Defence Minister Tao Jun held talks with the visiting Defence Minister Pavel Orlinsky in Beijing, "
            "the ministry announced.")
    ev = _events(text, "2024-10-14")
    assert len(ev) == 1
    assert ev[0][1] == {"Tao Jun", "Pavel Orlinsky"}
    assert ev[0][2] is None or not ev[0][2].startswith("2024-06")


def test_lone_undated_occasion_takes_headline_date():
    text = ("Two defence ministers hold talks in Beijing on Monday\n\n"
            "Defence Minister Tao Wen held talks with the visiting Defence Minister Pavel Orlinsky in Beijing, "
            "the ministry announced on Monday evening.")
    ev = _events(text, "2024-10-14")
    assert len(ev) == 1 and ev[0][2] == "2024-10-14"


def test_meeting_at_un_headquarters_is_not_with_a_un_official():
    text = ("Foreign Minister Orlo Vanse met with the Minister of Foreign Affairs of Veldoria, Mr. Karo Tindell, "
            "at the United Nations Headquarters in New York City.")
    ev = _events(text)
    assert len(ev) == 1 and ev[0][1] == {"Orlo Vanse", "Karo Tindell"}


# persons


def test_office_comma_courtesy_title_gives_country():
    text = "Foreign Minister Orlo Vanse met with the Foreign Minister of Mongolia, Mr. Karo Tindell, in Rome."
    p = _persons(text)
    assert p["Karo Tindell"].country == "MNG"
