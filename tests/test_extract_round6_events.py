"""Event and date rules from the holdout6 error analysis (synthetic names and sentences, no article text)."""
from tests.conftest import extracted

_rec = extracted


def _events(rec):
    names = {a.id: a.name for a in rec.actors}
    return sorted((e.type, tuple(sorted(names[p.actor_id] for p in e.participants)), e.date.value) for e in rec.events)


def _pairs(rec):
    return {p for _, p, _ in _events(rec)}


# --- two occasions in one sentence: "called on A and met B" ----------------------------------
def test_called_on_one_and_met_another_are_two_occasions():
    text = ("Prime Minister of Norway Tomas Arvelo received a ceremonial welcome at the palace this morning. "
            "He called on President Ines Baptiste and met Prime Minister Jorge Salas.")
    evs = _events(_rec(text, published="2021-03-04"))
    assert ("meeting", ("Ines Baptiste", "Tomas Arvelo"), "2021-03-04") in evs
    assert ("meeting", ("Jorge Salas", "Tomas Arvelo"), "2021-03-04") in evs
    assert len(evs) == 2


def test_but_met_with_another_earlier_in_the_day_is_a_second_occasion():
    text = ("President Ines Baptiste received Chilean Foreign Minister Tomas Arvelo for talks in Lima on Monday.\n"
            "Baptiste and Arvelo held a closed-door meeting at the palace but Arvelo met with his Norwegian "
            "counterpart Jorge Salas earlier in the day.")
    evs = _events(_rec(text, published="2021-03-04"))
    assert _pairs(_rec(text, published="2021-03-04")) == {("Ines Baptiste", "Tomas Arvelo"), ("Jorge Salas", "Tomas Arvelo")}
    assert all(d == "2021-03-01" for _, _, d in evs)


# --- "earlier the same day" / "earlier in the day" -------------------------------------------
def test_earlier_the_same_day_takes_the_day_of_the_occasion_before():
    text = ("Norwegian Defence Minister Tomas Arvelo met Chilean General Jorge Salas in Lima on July 12.\n"
            "Earlier the same day, Norwegian General Ines Baptiste held talks with Salas on border security.")
    evs = _events(_rec(text, published="2021-07-12"))
    assert ("talks", ("Ines Baptiste", "Jorge Salas"), "2021-07-12") in evs
    assert ("meeting", ("Jorge Salas", "Tomas Arvelo"), "2021-07-12") in evs


def test_earlier_in_the_day_meeting_inside_a_state_visit_adjunct():
    text = ("Norwegian Crown Prince Tomas Arvelo held a meeting in Lima on Monday with Chilean Prime Minister Jorge Salas.\n"
            "Earlier in the day, Salas met with Norwegian King Ines Baptiste at the Royal Court upon his arrival "
            "on an official state visit.")
    evs = _events(_rec(text, published="2021-03-01"))
    assert ("meeting", ("Ines Baptiste", "Jorge Salas"), "2021-03-01") in evs
    assert len(evs) == 2


def test_as_part_of_a_visit_is_an_adjunct_of_the_meeting():
    text = ("He made the remarks at a meeting with Vice Admiral Jorge Salas of Chile in Lima on July 27, as part of "
            "the guest's ongoing visit to Norway from July 26-30.")
    text = "Norwegian General Tomas Arvelo said ties were good. " + text
    evs = _events(_rec(text, published="2021-07-28"))
    assert ("meeting", ("Jorge Salas", "Tomas Arvelo"), "2021-07-27") in evs


# --- attendees and documents of the occasion told before --------------------------------------
def test_attended_by_list_is_not_another_meeting():
    text = ("Norwegian President Tomas Arvelo held a meeting in Lima on Monday with Chilean Prime Minister Jorge Salas.\n"
            "The meeting was attended by Ines Baptiste, Minister of Foreign Affairs; Carla Munoz, Minister of Commerce.")
    evs = _events(_rec(text, published="2021-03-01"))
    assert len(evs) == 1 and evs[0][1] == ("Jorge Salas", "Tomas Arvelo")


def test_the_agreements_were_signed_on_a_date_in_a_state_dates_the_signing():
    text = ("Foreign Minister of Norway Tomas Arvelo and Foreign Minister of Chile Jorge Salas signed a Framework "
            "Agreement on Cooperation.\n"
            "The Agreements were signed on February 26, 2015 in the Bahamas at a regional conference.")
    rec = _rec(text)
    evs = [e for e in rec.events if e.type == "signing"]
    assert len(evs) == 1 and evs[0].date.value == "2015-02-26" and evs[0].place_country == "BHS"


# --- a future sentence about the talks is no occasion -----------------------------------------
def test_future_news_conference_on_the_talks_is_no_occasion():
    text = ("President Tomas Arvelo on Monday received the visiting Chilean Vice President Jorge Salas in Oslo.\n"
            "Salas, who arrived in Norway on Sunday for a three-day state visit, is on a week-long tour.\n"
            "President Arvelo and Vice President Salas will later in the day hold a joint news conference on the "
            "outcome of the bilateral talks.")
    evs = _events(_rec(text, published="2021-03-01"))
    assert len(evs) == 1 and evs[0][2] == "2021-03-01"


# --- a visitor meeting several officials of the host state, listed after the verb --------------
def test_met_with_three_host_officials_is_a_meeting_each_dated_by_a_fronted_arrival_day():
    text = ("On July 3, the Minister of Foreign Affairs of Chile, Tomas Arvelo, arrived in Peru on an official visit. "
            "He met with the Prime Minister of Peru, Jorge Salas, the Speaker of the Peruvian Parliament, Ines Baptiste, "
            "and his Peruvian counterpart, Carla Munoz.")
    evs = {(p, d) for _, p, d in _events(_rec(text, published="2024-07-03"))}  # the arrival joins the first meeting
    assert evs == {(("Jorge Salas", "Tomas Arvelo"), "2024-07-03"), (("Ines Baptiste", "Tomas Arvelo"), "2024-07-03"),
                   (("Carla Munoz", "Tomas Arvelo"), "2024-07-03")}


def test_a_joint_meeting_with_officials_of_two_states_stays_one():
    text = ("Chilean Foreign Minister Tomas Arvelo met with Peruvian Prime Minister Jorge Salas, Bolivian Foreign "
            "Minister Ines Baptiste and Peruvian Trade Minister Carla Munoz in Lima on Monday.")
    evs = _events(_rec(text, published="2024-07-03"))
    assert len(evs) == 1


# --- persons and places -------------------------------------------------------------------
def test_peoples_in_an_office_is_no_name():
    text = ("The talks in Lima on Friday were held between Foreign Minister Tomas Arvelo of Chile and Chile's Minister "
            "for Pacific Peoples and of Health Dr Jorge Salas and Peruvian Prime Minister Ines Baptiste.")
    names = {a.name for a in _rec(text, published="2024-02-09").actors if a.kind == "person"}
    assert "Peoples" not in names and "Jorge Salas" in names


def test_an_annex_is_no_city():
    text = "Chilean President Tomas Arvelo met Peruvian President Ines Baptiste on Monday. The list of MOUs signed is at Annex A."
    rec = _rec(text, published="2024-02-09")
    assert all(e.place is None for e in rec.events)
