"""Event and date rules from the holdout5 error analysis (synthetic names and sentences, no article text)."""
from tests.conftest import extracted

_rec = extracted


def _events(rec):
    names = {a.id: a.name for a in rec.actors}
    return sorted((e.type, tuple(sorted(names[p.actor_id] for p in e.participants)), e.date.value) for e in rec.events)


# --- several separate calls announced in one sentence, told one by one -----------------------
def test_separate_calls_each_get_the_announced_kind_and_day():
    text = ("Valerian Foreign Minister Tomas Arvelo held separate phone talks on Tuesday with his counterparts "
            "from Norland and Ostria.\n"
            "Arvelo and Norland's Foreign Minister Ines Baptiste discussed trade and the pandemic.\n"
            "The Valerian minister has also talked with Ostrian Foreign Minister Jorge Salas on regional security.")
    evs = _events(_rec(text, published="2021-03-04"))
    assert ("call", ("Ines Baptiste", "Tomas Arvelo"), "2021-03-02") in evs
    assert ("call", ("Jorge Salas", "Tomas Arvelo"), "2021-03-02") in evs
    assert len(evs) == 2


# --- "also met" continues the principal's series ------------------------------------------
def test_also_met_with_a_descriptive_subject_is_the_principal():
    text = ("Valerian Foreign Minister Tomas Arvelo held a meeting in Lima with Ines Baptiste, Foreign Minister of Norland.\n"
            "The Valerian diplomat also met with Jorge Salas, Foreign Minister of Ostria.\n"
            "He also held talks with Marta Quiroga, Foreign Minister of Chile.")
    evs = _events(_rec(text, published="2021-03-04"))
    pairs = {p for _, p, _ in evs}
    assert pairs == {("Ines Baptiste", "Tomas Arvelo"), ("Jorge Salas", "Tomas Arvelo"), ("Marta Quiroga", "Tomas Arvelo")}


def test_government_of_a_president_is_no_participant():
    text = ("Foreign Minister Tomas Arvelo met Foreign Minister Ines Baptiste of Norland and reaffirmed support "
            "for the government of President Jorge Salas.")
    evs = _events(_rec(text, published="2021-03-04"))
    assert [p for _, p, _ in evs] == [("Ines Baptiste", "Tomas Arvelo")]


# --- dates: arrival days and datelines ----------------------------------------------------
def test_meeting_after_a_stated_arrival_takes_the_month():
    text = ("Valerian Foreign Minister Tomas Arvelo reached Norland on 26th May and held a meeting with "
            "Ines Baptiste, the foreign minister of Norland.")
    evs = _events(_rec(text, published="2022-05-30"))
    assert evs == [("meeting", ("Ines Baptiste", "Tomas Arvelo"), "2022-05")]


def test_dateline_date_does_not_beat_an_arrival():
    text = ("LIMA, Peru, Jan 8 (XNA) - Valerian Foreign Minister Tomas Arvelo is holding bilateral meetings in Peru, "
            "where he arrived on Tuesday to attend a summit.\n"
            "Arvelo held a meeting with Ines Baptiste, Minister of Foreign Affairs of Norland.")
    evs = _events(_rec(text, published="2020-01-08"))
    assert ("meeting", ("Ines Baptiste", "Tomas Arvelo"), "2020-01") in evs


def test_reception_at_arrival_keeps_the_arrival_day():
    text = ("President Oren Valdas arrived in the country on Saturday night and was received at the airport by "
            "Foreign Minister Marta Quiroga.")
    evs = _events(_rec(text, published="2022-05-31"))
    assert ("reception", ("Marta Quiroga", "Oren Valdas"), "2022-05-28") in evs


# --- signings: signatories who are not the principals ---------------------------------------
def test_documents_exchanged_by_ministers_are_their_own_signing():
    text = ("President Oren Valdas held talks with Chilean President Marta Quiroga in Santiago yesterday.\n"
            "The agreements were exchanged by Tomas Arvelo, Minister of Foreign Affairs, on behalf of Norland "
            "and Ines Baptiste, Minister of Foreign Affairs, on behalf of Chile.")
    evs = _events(_rec(text, published="2021-03-04"))
    assert ("signing", ("Ines Baptiste", "Tomas Arvelo"), "2021-03-03") in evs
    assert len(evs) == 2


def test_signatories_join_a_ceremony_the_leaders_witnessed():
    text = ("President Oren Valdas and Chilean President Marta Quiroga today witnessed the exchange of five MoUs in Santiago.\n"
            "The first MoU was signed by Foreign Minister Tomas Arvelo and Chilean Foreign Minister Ines Baptiste.")
    assert len(_rec(text, published="2021-03-04").events) == 1


# --- recalled occasions and quote speakers ---------------------------------------------------
def test_trip_recalled_with_since_and_an_old_year_is_no_event():
    text = ("President Oren Valdas met Chilean President Marta Quiroga in Santiago on Monday.\n"
            "Valdas's visit is the first by a Norland president since President Jorge Salas's trip to Santiago in 1996.")
    evs = _events(_rec(text, published="2014-06-10"))
    assert [p for _, p, _ in evs] == [("Marta Quiroga", "Oren Valdas")]


def test_speaker_of_a_quote_is_no_participant():
    text = ('"The meeting between President Oren Valdas and Prime Minister Marta Quiroga took place at the palace," '
            'spokesman Tomas Arvelo said.')
    evs = _events(_rec(text, published="2021-03-04"))
    assert all("Tomas Arvelo" not in p for _, p, _ in evs)


# --- places ---------------------------------------------------------------------------------
def test_city_name_inside_a_longer_name_is_no_place():
    from pactwatch.extract.places import find_places
    assert [p.name for p in find_places("a partner in the Central Asian region")] == []
    assert [p.name for p in find_places("a banquet at the Palacio da Ajuda")] == []
    assert [p.name for p in find_places("talks in Lisbon on Monday")] == ["Lisbon"]


# --- planned occasions and visits whose visitor is not named ------------------------------
def test_talks_that_can_continue_later_are_no_event():
    text = ("President Marta Quiroga accepted the invitation to visit Norland, so in the near future the two "
            "presidents can continue their talks in Lima.")
    assert _rec(text, published="2022-10-06").events == []


def test_visit_to_a_temple_with_blessings_from_a_monk_is_no_event():
    text = ("Before his departure, the Defence Minister also visited the Golden Temple in Lima and sought blessings "
            "from Venerable Tomas Arvelo, Abbot of the temple.")
    assert _rec(text, published="2022-10-06").events == []


# --- weekday with a full date, departures, separate calls with two named counterparts ----------
def test_weekday_before_a_full_date_is_one_expression():
    from pactwatch.dates import find_date_expressions, resolve_date
    found = find_date_expressions("signed on Monday, Sept. 5, 2022, four agreements")
    assert [w for _, _, w in found] == ["Monday, Sept. 5, 2022"]
    assert resolve_date(found[0][2]).value == "2022-09-05"


def test_signing_dated_by_weekday_and_date_without_publication():
    text = ("President Oren Valdas signed with Chilean President Marta Quiroga on Monday, Sept. 5, 2022, four agreements.\n"
            "Valdas left Lima on Sunday, Sept. 4, for a three-day state visit in Chile.")
    evs = _events(_rec(text))
    assert ("signing", ("Marta Quiroga", "Oren Valdas"), "2022-09-05") in evs


def test_place_left_behind_is_not_the_place():
    text = "Before his departure to Lima, President Oren Valdas met Chilean President Marta Quiroga in Santiago."
    rec = _rec(text, published="2022-09-05")
    assert [e.place for e in rec.events] == ["Santiago"]


def test_separate_phone_conversations_with_two_named_leaders():
    text = ("The talks come as Foreign Minister Tomas Arvelo had also held separate phone conversations on Wednesday "
            "with Norland President Ines Baptiste and Prime Minister Jorge Salas of Norland on regional peace.")
    evs = _events(_rec(text, published="2020-04-30"))
    assert evs == [("call", ("Ines Baptiste", "Tomas Arvelo"), "2020-04-29"), ("call", ("Jorge Salas", "Tomas Arvelo"), "2020-04-29")]
    assert all(e.place is None for e in _rec(text, published="2020-04-30").events)


# --- the persons accompanying the leaders are at the leaders' occasion ------------------------
def test_ministers_accompanying_both_heads_of_state_join_their_meeting():
    text = ("President Oren Valdas and his Chilean counterpart Marta Quiroga met on Monday in Santiago.\n"
            "Both heads of state held a meeting of one hour, accompanied by the foreign ministers, "
            "Tomas Arvelo and Ines Baptiste.")
    evs = _events(_rec(text, published="2023-01-24"))
    assert evs == [("meeting", ("Ines Baptiste", "Marta Quiroga", "Oren Valdas", "Tomas Arvelo"), "2023-01-23")]
