"""Rules the holdout4 error analysis asked for (synthetic sentences written for these tests, no article text)."""
from pactwatch.dates import resolve_date
from tests.conftest import extracted


_rec = extracted


def _events(rec):
    names = {a.id: a.name for a in rec.actors}
    return sorted((e.type, tuple(sorted(names[p.actor_id] for p in e.participants)), e.date.value) for e in rec.events)


# --- dates -----------------------------------------------------------------------------
def test_this_evening_and_this_morning_are_the_publication_day():
    assert resolve_date("this evening", published="2021-03-04").value == "2021-03-04"
    assert resolve_date("this morning", published="2021-03-04").value == "2021-03-04"
    assert resolve_date("this afternoon").value is None


def test_call_on_this_evening_is_dated():
    rec = _rec("Foreign Minister Tomas Arvelo called on Prime Minister Ines Baptiste of Nauru, this evening.",
               published="2020-05-06")
    assert [e.date.value for e in rec.events] == ["2020-05-06"]


# --- a named visit and the occasions inside it --------------------------------------------
def test_talks_inside_a_visit_adjunct_are_a_separate_occasion():
    text = ("Talks between President Oren Valdas, who is on an official visit to Chile, and Chilean President "
            "Marta Quiroga were held yesterday in Santiago.")
    evs = _events(_rec(text, published="2020-05-06"))
    assert ("talks", ("Marta Quiroga", "Oren Valdas"), "2020-05-05") in evs
    assert ("visit", ("Oren Valdas",), "2020-05") in evs


def test_signing_during_a_visit_is_not_absorbed_by_the_visit():
    text = ("Kenya and Chile signed four agreements during Kenyan President Amos Waweru's state visit to Chile.\n"
            "President Waweru and Chilean President Marta Quiroga witnessed the signing in Santiago this evening.")
    evs = _events(_rec(text, published="2020-05-06"))
    assert len(evs) == 2
    assert ("visit", ("Amos Waweru",), "2020-05") in evs
    assert any(t == "signing" and len(p) == 2 and d == "2020-05-06" for t, p, d in evs)


def test_plain_visit_sentence_still_folds_into_the_meeting():
    # no occasion is named inside the visit phrase: the arrival stays part of the meeting, as before
    text = ("Chilean President Marta Quiroga arrived in Lima on Monday on a two-day state visit.\n"
            "Quiroga met Peruvian President Jorge Salas on Tuesday in Lima.")
    evs = _events(_rec(text, published="2020-05-06"))
    assert len(evs) == 1


# --- who is not a participant ------------------------------------------------------------
def test_speaker_of_a_quoted_tweet_is_no_participant():
    text = ('"A warm welcome to the Prime Minister ahead of his talks with the President," '
            'Foreign Ministry Spokesperson Lara Mendes tweeted.')
    assert _rec(text, published="2020-05-06").events == []


def test_trigger_outside_the_quote_still_counts():
    text = ('"This visit is an opportunity," Chilean President Marta Quiroga said as she received Peruvian President '
            'Jorge Salas.')
    evs = _events(_rec(text, published="2020-05-06"))
    assert len(evs) == 1 and evs[0][1] == ("Jorge Salas", "Marta Quiroga")


def test_delegation_accompanying_a_minister_is_not_another_meeting():
    text = ("Foreign Minister Tomas Arvelo met Chilean Foreign Minister Marta Quiroga on Tuesday in Santiago.\n"
            "Minister Arvelo was accompanied at the meeting by Ambassador Rui Costa and Deputy Minister Ana Lobo.")
    evs = _events(_rec(text, published="2020-05-06"))
    assert len(evs) == 1
