"""Round 20 rules (from holdout22): synthetic sentences, made-up names."""
from tests.conftest import extracted_events as _events, extracted_persons as _persons


def _keys(ev):
    return sorted((e[0], tuple(sorted(e[1])), e[2]) for e in ev)


# events


def test_one_sideline_meeting_means_attending_the_gathering():
    text = ("Foreign Minister Dr Karo Vendal held a meeting in Colombo on March 12 with his Indian counterpart Lina Sorvek "
            "on the sidelines of the 9th Ministerial Meeting of the Northern Sea Initiative.")
    ev = _events(text, published="2024-03-15")
    kinds = sorted(e[0] for e in ev)
    assert kinds == ["meeting", "multilateral_meeting"]
    multi = next(e for e in ev if e[0] == "multilateral_meeting")
    assert multi[1] == {"Karo Vendal"} and multi[2] == "2024-03-12"


def test_the_following_day_dates_the_next_occasion():
    text = ("President Aldo Brevik started his state visit on Tuesday, March 5, with a meeting with President Oren Talvik "
            "in Beijing. President Brevik held talks with Premier Dane Moro the following day.")
    ev = _events(text, published="2024-03-15")
    talks = [e for e in ev if "Dane Moro" in e[1]]
    assert talks and talks[0][2] == "2024-03-06"


# persons


def test_state_name_between_office_and_a_two_word_name():
    p = _persons("Minister Karo Vendal held a sideline meeting with Deputy Prime Minister and Foreign Minister Thailand "
                 "Dano Pramul and Foreign Minister of Bangladesh A. K. Abdul Sorvek today.")
    assert "Dano Pramul" in p and p["Dano Pramul"].country == "THA"
    p = _persons("Foreign Minister Israel Katz met Karo Vendal.")
    assert "Israel Katz" in p
