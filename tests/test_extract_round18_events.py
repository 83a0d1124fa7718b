"""Round 18 rules (from holdout18): synthetic sentences, made-up names."""
from pactwatch.dates import find_date_expressions, resolve_date
from tests.conftest import extracted_events as _events, extracted_persons as _persons


# persons


def test_emperor_is_an_office_before_a_single_name():
    text = ("Prime Minister Ravi Sen, who is in Tokyo on a three-day visit, met Japanese Prime Minister Ken Sato on "
            "Friday and later called on Emperor Naruhito.")
    p = _persons(text)
    assert "Naruhito" in p and [t.text for t in p["Naruhito"].titles] == ["Emperor"]
    ev = _events(text)
    assert sorted((e[0], tuple(sorted(e[1])), e[2]) for e in ev) == [
        ("meeting", ("Ken Sato", "Ravi Sen"), "2024-03-15"), ("meeting", ("Naruhito", "Ravi Sen"), "2024-03-15")]


def test_abbreviated_president_is_a_title_not_part_of_the_name():
    text = ("Pres. Orlo holds talks with Veldorian minister\n"
            "President Kemal Orlo on Monday held talks with Veldorian Foreign Minister Karo Tindell in Velden.")
    p = _persons(text)
    assert set(p) == {"Kemal Orlo", "Karo Tindell"}


# countries


def test_shared_demonym_names_the_congo_the_article_names():
    text = ("Congolese President Denis Malonga received Rwandan President Paul Kavera in Brazzaville on Monday. "
            "The Republic of the Congo and Rwanda signed three agreements.")
    assert _persons(text)["Denis Malonga"].country == "COG"


def test_shared_demonym_keeps_its_default_state_otherwise():
    text = "Congolese President Felix Mbala received Rwandan President Paul Kavera in Kinshasa on Monday."
    assert _persons(text)["Felix Mbala"].country == "COD"
    text = "Congolese President Felix Mbala received Rwandan President Paul Kavera in Congo on Monday."
    assert _persons(text)["Felix Mbala"].country == "COD"  # a bare "Congo" tells neither state


# dates


def test_two_weekdays_of_a_stay_give_the_month():
    ds = find_date_expressions("paid an official visit to Veldoria on Monday and Tuesday, where he was welcomed")
    assert [w for _, _, w in ds] == ["Monday and Tuesday"]
    assert resolve_date("Monday and Tuesday", published="2021-06-30").value == "2021-06"
    assert resolve_date("Monday to Wednesday", published="2021-06-30").value == "2021-06"
    assert resolve_date("Wednesday and Thursday", published="2021-07-01").value is None  # June 30 and July 1: no one month
    assert [w for _, _, w in find_date_expressions("on March 6 and 7, 2021")] == ["March 6 and 7, 2021"]
    assert resolve_date("March 6 and 7, 2021").value == "2021-03"


def test_later_item_of_a_counterparts_from_list_is_a_person():
    text = ("On the sidelines of the UN General Assembly in New York, Foreign Minister Ann Wambui met her counterparts "
            "from Turkey, Ali Demir, and Japan, Ken Sato.")
    p = _persons(text)
    assert p["Ali Demir"].country == "TUR" and p["Ken Sato"].country == "JPN"


# events


def test_meetings_with_leaders_of_several_states_at_a_summit_are_apart_and_the_principal_attends():
    text = ("On the sidelines of the UN General Assembly in New York, Foreign Minister Ann Wambui met her counterparts "
            "from Turkey, Ali Demir, and Japan, Ken Sato.")
    ev = sorted((e[0], tuple(sorted(e[1])), e[3]) for e in _events(text))
    assert ev == [("meeting", ("Ali Demir", "Ann Wambui"), "New York"), ("meeting", ("Ann Wambui", "Ken Sato"), "New York"),
                  ("multilateral_meeting", ("Ann Wambui",), "New York")]
    text = ("Prime Minister Tran Van Long met with Chinese President Li Wen, US President John Carver, and other world "
            "leaders at the G20 Summit in Rio de Janeiro, Brazil.\n"
            "Prime Minister Tran Van Long on November 18 held talks with various leaders.")
    ev = sorted((tuple(sorted(e[1])), e[2], e[3]) for e in _events(text, "2024-11-20"))
    assert ev == [(("John Carver", "Tran Van Long"), "2024-11-18", "Rio de Janeiro"),
                  (("Li Wen", "Tran Van Long"), "2024-11-18", "Rio de Janeiro"),
                  (("Tran Van Long",), "2024-11-18", "Rio de Janeiro")]


def test_leaders_of_several_states_meeting_jointly_at_a_summit_stay_one_occasion():
    text = ("Prime Minister Tran Van Long held a trilateral meeting with Chinese President Li Wen and US President John "
            "Carver at the G20 Summit in Rio de Janeiro on Monday.")
    ev = _events(text)
    assert [(e[0], e[1]) for e in ev] == [("meeting", {"Tran Van Long", "Li Wen", "John Carver"})]


def test_attended_the_summit_and_met_on_the_sidelines_is_attendance_and_a_meeting_at_the_summit_told_before():
    text = ("The ASEAN summit opened in Vientiane on Tuesday. Malaysian Prime Minister Ali Bakar attended the summit and "
            "met Thai Prime Minister Somchai Wong on the sidelines.")
    ev = sorted((e[0], tuple(sorted(e[1])), e[2], e[3]) for e in _events(text))
    assert ev == [("meeting", ("Ali Bakar", "Somchai Wong"), "2024-03-12", "Vientiane"),
                  ("multilateral_meeting", ("Ali Bakar",), "2024-03-12", "Vientiane")]


def test_visit_one_is_invited_for_is_planned():
    text = ("President Kemal Orlo held talks with his Veldorian counterpart, Karo Tindell, in Velden on Monday. "
            "Tindell also invited Orlo for a State visit to Marden.")
    ev = _events(text)
    assert [(e[0], e[1]) for e in ev] == [("talks", {"Kemal Orlo", "Karo Tindell"})]


def test_place_of_a_celebration_someone_failed_to_attend_is_not_the_occasion_place():
    text = ("Sunday, October 22, 2023 – President Kemal Orlo has signed 11 key deals with his Veldorian counterpart, "
            "Karo Tindell, during his official visit to Kenya, even after failing to attend this year's Heroes Day "
            "celebrations in Kericho on Friday.")
    ev = _events(text, "2023-10-22")
    assert ({"Kemal Orlo", "Karo Tindell"}, "Kenya", "KEN") in [(e[1], e[3], e[4]) for e in ev]
    assert all(e[3] != "Kericho" for e in ev)


def test_undated_named_visit_told_only_with_the_one_occasion_it_holds_is_that_occasion():
    text = ("President Kemal Orlo has signed 11 key deals with his Veldorian counterpart, Karo Tindell, during his "
            "official visit to Kenya.\n"
            "\"The signing can take place here or in Marden,\" the visiting President stated.")
    ev = _events(text, "2023-10-22")
    assert [(e[1], e[4]) for e in ev] == [({"Kemal Orlo", "Karo Tindell"}, "KEN")]
