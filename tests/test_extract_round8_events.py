"""Person, event and date rules from the holdout8 error analysis (round 8).

Synthetic names and sentences only; no article text.
"""
from tests.conftest import event_keys as _events, extracted as _rec, person_countries as _persons


def _pairs(rec):
    names = {a.id: a.name for a in rec.actors}
    return sorted(tuple(sorted(names[p.actor_id] for p in e.participants)) for e in rec.events)


# --- persons -----------------------------------------------------------------------------------
def test_stacked_office_with_armed_forces_directorate_before_the_name():
    text = ("Peruvian Defense Minister Tomas Arvelo met with Deputy Defense Minister of Chile and Chief of Main "
            "Directorate for Political-Military Affairs of the Chilean Armed Forces Ivan Petrenko in Lima on Monday.")
    rec = _rec(text, published="2021-03-03")
    assert _persons(rec).get("Ivan Petrenko") == "CHL"
    assert ("Ivan Petrenko", "Tomas Arvelo") in _pairs(rec)



def test_long_honorific_strings_before_a_name():
    text = ("The signing was witnessed by Samdech Akka Moha Sena Padei Techo Lim Sen, Prime Minister of the Kingdom of "
            "Cambodia, and his Lao counterpart Sone Vilay.\n"
            "After arrival, the guest was received by His Majesty Norodom Phalla, King of Cambodia.")
    ps = _persons(_rec(text, published="2019-02-02"))
    assert ps.get("Lim Sen") == "KHM"
    assert "Norodom Phalla" in ps
    assert not any(n.startswith(("Samdech", "Majesty", "Akka")) for n in ps)


def test_khmer_epithet_word_alone_names_no_person():
    text = "Prime Minister Lim Sen met Lao Prime Minister Sone Vilay to discuss a clinic in Preah Kanleng province."
    assert "Kanleng" not in _persons(_rec(text))


# --- events ------------------------------------------------------------------------------------
def test_series_of_calls_told_by_talking_to_and_congratulated():
    text = ("Peruvian Foreign Minister Tomas Arvelo on Tuesday held telephonic conversations with his counterparts from "
            "Chile, Bolivia and Ecuador.\n"
            "Arvelo in his talks with Chilean Foreign Minister Ines Baptiste praised the new trade corridor.\n"
            "Talking to Bolivian Foreign Minister Jorge Salas, Arvelo praised the border accord.\n"
            "Arvelo also congratulated Foreign Minister of Ecuador Marta Lenz on her election and the two agreed to stay in touch.")
    rec = _rec(text, published="2021-06-09")
    ev = _events(rec)
    for other in ("Ines Baptiste", "Jorge Salas", "Marta Lenz"):
        assert ("call", tuple(sorted((other, "Tomas Arvelo"))), "2021-06-08") in ev


def test_relative_clause_recalling_last_months_visit_is_no_occasion():
    text = ("LIMA: Peruvian Defense Minister Tomas Arvelo met on Wednesday his Chilean counterpart, Ines Baptiste, in Lima.\n"
            "Arvelo, who visited Chile last month, stressed the importance of military ties.")
    rec = _rec(text, published="2022-06-02")
    assert _events(rec) == [("meeting", ("Ines Baptiste", "Tomas Arvelo"), "2022-06-01")]


def test_state_given_assistance_is_no_place_of_the_meeting():
    text = ("Chilean Prime Minister Ines Baptiste held talks with her Peruvian counterpart, Tomas Arvelo, in Lima yesterday.\n"
            "Also during the meeting Baptiste conveyed her gratitude to the people of Peru for its assistance to Chile.")
    rec = _rec(text)
    assert len(rec.events) == 1
    assert rec.events[0].place == "Lima"


# --- dates -------------------------------------------------------------------------------------
def test_deadline_after_by_is_no_date():
    from pactwatch.dates import find_date_expressions
    text = "They agreed that the pending accords should be finalised and signed by March 2031, the statement said."
    assert find_date_expressions(text) == []
    text2 = "The two presidents met in Lima on 4 March 2031."
    assert [w for _, _, w in find_date_expressions(text2)] == ["4 March 2031"]


def test_deadline_does_not_date_the_occasion():
    text = ("President Tomas Arvelo of Peru and his Chilean counterpart Ines Baptiste witnessed the signing of two "
            "memorandums of understanding.\n"
            "\u201cThe leaders underscored that pending MOUs should be finalised and signed by December 2031,\u201d the communique said.")
    rec = _rec(text)
    assert [e.date.value for e in rec.events] == [None]


def test_separate_courtesy_calls_are_one_meeting_each_but_not_on_a_religious_leader():
    text = ("This afternoon, Lao Prime Minister Sone Vilay paid separate courtesy calls on Lim Chhay, President of the "
            "Senate, Dara Kosal, President of the National Assembly, and His Holiness Preah Sok Sambath, Supreme "
            "Patriarch of Cambodia.")
    ev = _events(_rec(text, published="2019-02-02"))
    assert ("meeting", ("Lim Chhay", "Sone Vilay"), "2019-02-02") in ev
    assert ("meeting", ("Dara Kosal", "Sone Vilay"), "2019-02-02") in ev
    assert not any("Sok Sambath" in e[1] for e in ev)


def test_delegation_received_after_arrival_is_its_leaders_reception_on_the_arrival_day():
    text = ("The Lao delegation led by Prime Minister Sone Vilay arrived in Phnom Penh yesterday afternoon for a "
            "three-day official visit.\n"
            "After arrival, the delegation was received in a royal audience by His Majesty Norodom Phalla, King of Cambodia.")
    rec = _rec(text, published="2019-02-02")
    names = {a.id: a.name for a in rec.actors}
    hits = [e for e in rec.events if {names[p.actor_id] for p in e.participants} >= {"Sone Vilay", "Norodom Phalla"}]
    assert len(hits) == 1
    assert hits[0].date.value == "2019-02-01"
    assert hits[0].place == "Phnom Penh"
