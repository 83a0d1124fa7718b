import datetime as dt

import pytest

from pactwatch.filters import Filters, from_query_params, to_query_params


def test_url_round_trip():
    f = Filters(date_from=dt.date(2025, 8, 1), date_to=dt.date(2025, 8, 31), countries=("BLR", "IRN"),
                types=("visit",), sectors=("health",), include_undated=False)
    params = to_query_params(f)
    assert params == {"from": "2025-08-01", "to": "2025-08-31", "country": "BLR,IRN", "type": "visit",
                      "sector": "health", "undated": "0"}
    assert from_query_params(params) == (f, [])


def test_defaults_make_an_empty_url():
    assert to_query_params(Filters()) == {}
    assert from_query_params({}) == (Filters(), [])


@pytest.mark.parametrize("value", ["Belarus", "BY", "BLR", "Belarusian", "belarus’s", ["Belarus"]])
def test_country_by_name_code_or_demonym(value):
    assert from_query_params({"country": value}) == (Filters(countries=("BLR",)), [])


def test_repeated_and_comma_separated_countries_merge_without_duplicates():
    f, w = from_query_params({"country": ["Iran,BLR", "Iranian"]})
    assert (f.countries, w) == (("IRN", "BLR"), [])


def test_month_and_year_shorthand_for_dates():
    f, _ = from_query_params({"from": "2025-08", "to": "2025-08"})
    assert (f.date_from, f.date_to) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    f, _ = from_query_params({"from": "2025", "to": "2025"})
    assert (f.date_from, f.date_to) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    f, _ = from_query_params({"to": "2025-12"})
    assert f.date_to == dt.date(2025, 12, 31)


def test_bad_parameters_become_warnings_and_are_ignored():
    f, warnings = from_query_params({"from": "notadate", "to": "2025-02-30", "country": "Atlantis,BLR",
                                     "type": "party", "sector": "<script>", "undated": "maybe", "zzz": "1"})
    assert f == Filters(countries=("BLR",))
    assert warnings == [
        "Unknown URL parameter 'zzz' was ignored.",
        "URL parameter 'from=notadate' is not a date (YYYY-MM-DD); it was ignored.",
        "URL parameter 'to=2025-02-30' is not a date (YYYY-MM-DD); it was ignored.",
        "URL country 'Atlantis' is not a country name, ISO code or demonym; it was ignored.",
        "URL type 'party' is not one of meeting, visit, reception, multilateral_meeting, talks, call, signing, cooperation, other; "
        "it was ignored.",
        "URL sector '<script>' is not a sector key such as 'health'; it was ignored.",
        "URL parameter 'undated' must be 1 or 0; it was ignored.",
    ]


def test_reversed_range_is_ignored_with_a_warning():
    f, w = from_query_params({"from": "2025-09-01", "to": "2025-08-01"})
    assert (f, w) == (Filters(), ["URL dates 'from' is after 'to'; both were ignored."])


def test_huge_parameters_are_clipped():
    f, w = from_query_params({"country": ",".join(["BLR"] * 500), "type": "x" * 10_000})
    assert f.countries == ("BLR",)
    assert any("more than 50" in x for x in w)
    assert all(len(x) < 200 for x in w)


def test_describe_names_every_filter():
    f = Filters(countries=("BLR",), include_undated=False)
    assert dict(f.describe())["Countries"] == "Belarus (BLR)"
    assert dict(f.describe())["Undated events"] == "hidden"
