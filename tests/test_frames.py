import datetime as dt

import pandas as pd

from pactwatch import frames
from pactwatch.filters import Filters

AUGUST = dict(date_from=dt.date(2025, 8, 1), date_to=dt.date(2025, 8, 31))


def rows(df, cols):
    return [tuple(r) for r in df[cols].itertuples(index=False)]


def test_timeline_on_the_seed(store):
    ev = frames.timeline_frame(store)
    assert list(ev.columns) == frames.EVENT_COLUMNS
    got = [(r.type, None if pd.isna(r.date) else r.date, r.date_precision, r.date_text, r.location,
            r.location_country, r.participants, r.countries, r.pair) for r in ev.itertuples()]
    assert got == [
        ("multilateral_meeting", "2025-06-26", "day", "on June 26, 2025", "Qingdao", "CHN", ["Aziz Nasirzadeh"],
         ["CHN", "IRN"], "China – Iran"),
        ("reception", "2025-08", "month", "in August", "Tehran", "IRN", ["Abdolrahim Mousavi", "Andrey Lukyanovich"],
         ["BLR", "IRN"], "Belarus – Iran"),
        ("visit", "2025-08-20", "day", "on August 20", "Minsk", "BLR", ["Alexander Lukashenko", "Masoud Pezeshkian"],
         ["BLR", "IRN"], "Belarus – Iran"),
        ("meeting", None, "unknown", "Thursday", "Tehran", "IRN", ["Aziz Nasirzadeh", "Dmitry Pantus"],
         ["BLR", "IRN"], "Belarus – Iran"),
    ]
    # A month is a span, never an invented day; undated has no position.
    assert rows(ev, ["start", "end"])[1] == (pd.Timestamp("2025-08-01"), pd.Timestamp("2025-08-31"))
    assert ev["start"].isna().tolist() == [False, False, False, True]
    assert ev["evidence"].iloc[0].startswith("Iran Defense Minister Aziz Nasirzadeh attends")


def test_filter_to_belarus_leaves_the_three_iran_belarus_events(store):
    ev = frames.timeline_frame(store, Filters(countries=("BLR",)))
    assert rows(ev, ["date_text", "location"]) == [("in August", "Tehran"), ("on August 20", "Minsk"),
                                                    ("Thursday", "Tehran")]


def test_august_leaves_the_dated_august_events_and_undated_only_when_shown(store):
    ev = frames.timeline_frame(store, Filters(**AUGUST))
    assert [(None if pd.isna(d) else d, t) for d, t in rows(ev, ["date", "date_text"])] == [
        ("2025-08", "in August"), ("2025-08-20", "on August 20"), (None, "Thursday")]
    ev = frames.timeline_frame(store, Filters(**AUGUST, include_undated=False))
    assert rows(ev, ["date", "date_text"]) == [("2025-08", "in August"), ("2025-08-20", "on August 20")]


def test_a_month_event_overlapping_the_range_edge_matches(store):
    ev = frames.timeline_frame(store, Filters(date_from=dt.date(2025, 8, 25), include_undated=False))
    assert list(ev["date"]) == ["2025-08"]


def test_type_and_sector_filters(store):
    assert list(frames.timeline_frame(store, Filters(types=("visit", "reception")))["type"]) == ["reception", "visit"]
    ev = frames.timeline_frame(store, Filters(sectors=("health",)))
    assert list(ev["location"]) == ["Minsk"]


def test_explain_empty_names_the_filter_that_hides_events(store):
    f = Filters(countries=("RUS",), include_undated=False)
    assert frames.timeline_frame(store, f).empty
    assert frames.explain_empty(store, f) == [
        "Countries filter hides 3 events.", "Undated events hidden filter hides 0 events.",
        "The store holds 4 events in all."]


def test_agreements_frame(store):
    ag = frames.agreements_frame(store)
    assert list(ag.columns) == frames.AGREEMENT_COLUMNS
    r = ag.iloc[0]
    assert (r["count"], r["kind"], r["parties"], r["date"], r["location"], r["pair"]) == (
        12, "memorandum of understanding", ["BLR", "IRN"], "2025-08-20", "Minsk", "Belarus – Iran")
    assert r["sectors"] == ["politics and international law", "tourism and cultural exchange",
                            "arts and media collaboration", "health and pharmaceuticals", "industrial development",
                            "environmental protection", "investment", "special economic zones"]
    assert r["sectors_normalised"] == ["culture", "economy", "environment", "health", "industry", "investment",
                                       "law", "media", "politics"]
    assert frames.agreements_frame(store, Filters(countries=("CHN",))).empty


def test_sector_breakdown_never_splits_documents(store):
    se = frames.sector_breakdown(store)
    assert list(se.columns) == frames.SECTOR_COLUMNS
    assert set(se["signings"]) == {1}
    assert set(se["documents"]) == {12}  # documents at the signing, not per sector
    assert dict(zip(se["sector"], se["phrases"]))["culture"] == ["arts and media collaboration",
                                                                 "tourism and cultural exchange"]
    assert sorted({p for ps in se["phrases"] for p in ps}) == sorted(frames.agreements_frame(store)["sectors"][0])
    pairs = frames.sector_pair_frame(store)
    assert set(pairs["pair"]) == {"Belarus – Iran"} and pairs["signings"].sum() == 9


def test_actors_frame_and_country_filter(store):
    ac = frames.actors_frame(store)
    persons = ac[ac["kind"] == "person"]
    assert len(persons) == 6
    assert dict(zip(persons["name"], persons["country"]))["Dmitry Pantus"] == "BLR"
    assert list(frames.actors_frame(store, Filters(countries=("CHN",)))["name"]) == ["Aziz Nasirzadeh"]


def test_actor_profile_has_titles_events_counterparts_and_statements(store):
    p = frames.actor_profile(store, "person:alexander-lukashenko")
    assert (p["name"], p["country"], p["counterparts"]) == ("Alexander Lukashenko", "BLR", [("Masoud Pezeshkian", 1)])
    assert rows(p["titles"], ["title"]) == [("President",)]
    assert rows(p["events"], ["type", "role", "location"]) == [("visit", "host", "Minsk")]
    assert list(p["agreements"]["count"]) == [12]
    assert list(p["statements"]["text"]) == [
        "stressed their opposition to Western unilateralism and pledged to expand diplomatic relations across "
        "political, economic, and cultural spheres",
        "friendly and reliable partner",
        "expressed confidence that bilateral cooperation could expand further and said Minsk was prepared to "
        "resolve any outstanding issues within an atmosphere of trust and dialogue"]
    assert len(p["mentions"]) == 4
    assert frames.actor_profile(store, "person:nobody") == {}


def test_headline_and_options(store):
    assert frames.headline(store) == {"events": 4, "undated events": 1, "countries": 3, "signings": 1,
                                      "documents signed": 12}
    o = frames.filter_options(store)
    assert (o["countries"], o["date_min"], o["date_max"]) == (["BLR", "CHN", "IRN"], dt.date(2025, 6, 26),
                                                              dt.date(2025, 8, 31))


def test_for_table_joins_lists():
    df = pd.DataFrame({"a": [["x", "y"], []], "b": [1, 2]})
    assert frames.for_table(df).to_dict("list") == {"a": ["x; y", ""], "b": [1, 2]}


def test_participant_lanes(store):
    lanes = frames.participant_lanes(frames.timeline_frame(store))
    assert len(lanes) == 7
    assert sorted(lanes["participant"].unique())[:2] == ["Abdolrahim Mousavi", "Alexander Lukashenko"]
