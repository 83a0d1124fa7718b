"""Person, event and date rules from the holdout7 error analysis (round 7).

Synthetic names and sentences only; no article text.
"""
from tests.conftest import extracted

_rec = extracted


def _persons(rec):
    return {a.name: a.country for a in rec.actors if a.kind == "person"}


def _events(rec):
    names = {a.id: a.name for a in rec.actors}
    return sorted((e.type, tuple(sorted(names[p.actor_id] for p in e.participants)), e.date.value) for e in rec.events)


# --- persons -----------------------------------------------------------------------------------
def test_double_office_with_slash_before_a_comma_name():
    text = ("Foreign Minister of Chile Tomas Arvelo held a telephone conversation today with Vice Prime "
            "Minister/Minister of Foreign Affairs of Peru, Ines Baptiste, the ministry said.")
    rec = _rec(text, published="2022-05-10")
    assert "Ines Baptiste" in _persons(rec)
    assert ("call", ("Ines Baptiste", "Tomas Arvelo"), "2022-05-10") in _events(rec)


def test_lower_case_office_after_a_state_possessive_and_comma():
    text = ("Peru’s first vice president, Jorge Salas, and Bolivian Prime Minister Tomas Arvelo attended "
            "the signing ceremony in Lima.")
    ps = _persons(_rec(text, published="2022-05-10"))
    assert ps.get("Jorge Salas") == "PER"
    text2 = "Chile's president, Marta Quiroga Lenz, and her Peruvian counterpart, Ines Baptiste, met on Friday."
    ps2 = _persons(_rec(text2, published="2022-05-10"))
    assert ps2.get("Marta Quiroga Lenz") == "CHL"
    assert "Ines Baptiste" in ps2


def test_hyphenated_office_is_no_name():
    text = ("Prime Minister Tomas Arvelo paid a courtesy call on the Governor-General of Peru, Sir Jorge Salas.\n"
            "A gift was presented to Governor-General Salas.")
    ps = _persons(_rec(text, published="2022-05-10"))
    assert "Governor-General Salas" not in ps
    assert "Jorge Salas" in ps


def test_spouse_in_an_apposition_is_a_person_of_their_own():
    text = ("The Chilean president and his wife, Ana Ruiz Quiroga, were received by President Tomas Arvelo "
            "and his wife, Lenka.\nChilean President Pablo Quiroga met President Tomas Arvelo on Friday.")
    ps = _persons(_rec(text, published="2022-05-10"))
    assert "Ana Ruiz Quiroga" in ps and "Pablo Quiroga" in ps and "Lenka" in ps
    # a one-word name right after "his wife" without a comma is not enough on its own
    ps2 = _persons(_rec("President Tomas Arvelo, his wife Lenka and the performers posed for a photo.", published="2022-05-10"))
    assert "Lenka" not in ps2


def test_religious_figure_is_no_person():
    text = "President Tomas Arvelo of Chile visited Lumbini, the birthplace of Lord Buddha."
    assert "Buddha" not in _persons(_rec(text, published="2022-05-10"))


def test_title_reference_with_his_spouse_resolves():
    text = ("Chilean President Pablo Quiroga met Peruvian President Tomas Arvelo in Lima on Friday.\n"
            "The Chilean president and his wife arrived at the palace, where they were received by Tomas Arvelo.")
    evs = _events(_rec(text, published="2022-05-14"))
    assert len(evs) == 1
