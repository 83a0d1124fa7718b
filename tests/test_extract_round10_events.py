"""Round 10 rules (events, dates, persons), from the holdout10 first run's errors.

Synthetic names and sentences only; no article text.
"""
from pactwatch.dates import find_date_expressions
from tests.conftest import extracted

_rec = extracted


def _persons(rec):
    return {a.name: a.country for a in rec.actors if a.kind == "person"}


def _pairs(rec, kind=None):
    names = {a.id: a.name for a in rec.actors}
    return sorted(tuple(sorted(names[p.actor_id] for p in e.participants)) for e in rec.events if kind is None or e.type == kind)


# --- persons --------------------------------------------------------------------------------------
def test_a_name_written_with_a_hyphen_and_one_letter_less_is_the_same_person():
    text = ("Foreign Minister Tarek Bel Hassanides of Iran met Foreign Minister Aldo Ferrant of Cuba in Havana on Monday.\n"
            "Iran's foreign minister, Tarek Bel-Hasanides, visited Lima in February.")
    ps = _persons(_rec(text, published="2023-06-14"))
    assert [n for n in ps if "Hass" in n or "Hasan" in n] == ["Tarek Bel Hassanides"]


def test_a_plural_office_before_a_list_of_names_is_not_part_of_a_name():
    text = ("Valdorian President Aldo Ferrant welcomed his guest in Lorvia on Wednesday.\n"
            "Officials of the two states signed four accords here Thursday as Presidents Aldo Ferrant and Bruno Kessler looked on.")
    ps = _persons(_rec(text, published="2023-06-16"))
    assert "Aldo Ferrant" in ps and not any(n.startswith("Presidents") for n in ps)


# --- dates ----------------------------------------------------------------------------------------
def test_a_month_abbreviation_before_a_capitalised_word_is_a_first_name():
    assert find_date_expressions("He met Speaker Jan Koval and Senator Dec Mirra.") == []
    assert [w for _, _, w in find_date_expressions("He met Speaker Koval on Jan 5 and again in Dec. 2020.")] == ["Jan 5", "Dec. 2020"]


# --- events: "had meetings with A and B", "met respectively with A and B" -------------------------
def test_had_meetings_with_two_officials_gives_one_meeting_each():
    text = ("Valdorian Defence Minister Aram Petrosyanov had meetings in Tbilisi with Georgian Foreign Minister Luka Beridzevi "
            "and Chair of the Parliamentary Committee Nino Kapanadzev on Tuesday.")
    pairs = _pairs(_rec(text, published="2016-12-23"))
    assert ("Aram Petrosyanov", "Luka Beridzevi") in pairs and ("Aram Petrosyanov", "Nino Kapanadzev") in pairs
    assert not any(len(p) > 2 for p in pairs)


def test_met_respectively_with_several_leaders_gives_one_meeting_each():
    text = ("On Tuesday in Valdora, President Ivo Kardan met respectively with Speaker Lena Oravec, Senate President "
            "Petr Dusek and Prime Minister Tomas Halik.")
    pairs = _pairs(_rec(text, published="2016-03-31"))
    for other in ("Lena Oravec", "Petr Dusek", "Tomas Halik"):
        assert tuple(sorted(("Ivo Kardan", other))) in pairs
    assert not any(len(p) > 2 for p in pairs)


# --- dates: a day named in the next sentence, "During the meetings on <day>" -------------------------
def test_during_the_meetings_on_a_day_dates_the_meetings_told_before():
    text = ("Valdorian Defence Minister Aram Petrosyanov had meetings in Tbilisi with Georgian Foreign Minister Luka Beridzevi "
            "and Chair of the Parliamentary Committee Nino Kapanadzev.\n"
            "During the meetings on December 22, the parties discussed regional security.")
    rec = _rec(text, published="2016-12-23")
    dates = {e.date.value for e in rec.events if len(e.participants) == 2}
    assert dates == {"2016-12-22"}
