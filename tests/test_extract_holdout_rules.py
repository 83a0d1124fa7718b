"""Rules the holdout set asked for (synthetic sentences written for these tests, no article text)."""
from tests.conftest import extracted


_rec = extracted


def _events(rec):
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, sorted(names[p.actor_id] for p in e.participants), e.date.value) for e in rec.events]


def test_telephoned_is_a_call_with_its_weekday_date():
    rec = _rec("Kenyan Foreign Minister Amina Odera on Friday telephoned Foreign Minister Paulo Mendes to congratulate him.",
               published="2024-05-04")
    assert _events(rec) == [("call", ["Amina Odera", "Paulo Mendes"], "2024-05-03")]


def test_same_persons_later_sentence_gives_the_date():
    rec = _rec("Foreign Minister Amina Odera held a phone call with her Ghanaian counterpart, Kofi Mensah.According to the "
               "ministry, Odera and Mensah spoke for an hour on Tuesday afternoon.", published="2024-01-19")
    assert _events(rec) == [("call", ["Amina Odera", "Kofi Mensah"], "2024-01-16")]


def test_called_on_is_a_meeting():
    rec = _rec("Kenyan President Amina Odera met Ghanaian President Kofi Mensah in Accra on Monday.\n"
               "Odera also called on Ghanaian Vice President Ama Boateng.", published="2024-03-06")
    parts = [p for _, p, _ in _events(rec)]
    assert ["Ama Boateng", "Amina Odera"] in parts


def test_title_set_off_by_a_comma_anchors_the_name():
    rec = _rec("Prime Minister Amina Odera on Thursday held talks with Ghanaian President, Kofi Agyeman Mensah in Accra.",
               published="2019-01-10")
    persons = {a.name: a.country for a in rec.actors if a.kind == "person"}
    assert persons.get("Kofi Agyeman Mensah") == "GHA"
    assert _events(rec)[0][1] == ["Amina Odera", "Kofi Agyeman Mensah"]


def test_a_lone_arrival_joins_the_visitors_meeting():
    rec = _rec("Prime Minister Amina Odera and Ghanaian President Kofi Mensah held talks in Accra on Friday.\n"
               "Mensah arrived here on Thursday night on a four-day visit.", published="2020-02-14")
    assert len(rec.events) == 1 and rec.events[0].date.value == "2020-02-14"


def test_the_two_countries_take_the_pair_of_the_sentence_before():
    rec = _rec("Prime Minister Amina Odera held talks with Ghanaian President Kofi Mensah in Accra on Thursday.\n"
               "The two leaders exchanged views on relations between Kenya and Ghana.\n"
               "They presided over the signing of a memorandum of understanding to cooperate in areas of fishing and mining between the two countries.\n"
               "Odera will later travel to Nigeria and meet Nigerian officials.", published="2019-01-10")
    assert [(a.count, a.parties) for a in rec.agreements] == [(1, ["GHA", "KEN"])]
    assert [s.text for s in rec.agreements[0].sectors] == ["fishing", "mining"]


def test_focused_on_introduces_sectors():
    rec = _rec("Kenya and Ghana signed two agreements on Tuesday. The two agreements signed were focused on fisheries and mining.",
               published="2023-09-13")
    assert [s.text for s in rec.agreements[0].sectors] == ["fisheries", "mining"]
