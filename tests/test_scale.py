"""Behaviour that matters at scale, on a 10k-event synthetic store: weekly counts that say so,
pagination in SQL, headline counts in SQL, actor search through the index."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from pactwatch import charts, frames
from pactwatch.filters import Filters
from pactwatch.names import ActorIndex, search_actors
from pactwatch.store import Store
from pactwatch.synthetic import synthetic_store
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = synthetic_store(tmp_path_factory.mktemp("scale") / "syn10k.duckdb", 10_000, seed=7)
    with Store.open(path) as s:
        yield s


def test_summary_and_headline_in_sql_match_the_whole_frame(big):
    f = Filters(countries=("USA",))
    whole = frames.timeline_frame(big, f)
    s = frames.timeline_summary(big, f)
    assert (s["events"], s["dated"], s["undated"], s["pairs"]) == (
        len(whole), int(whole["start"].notna().sum()), int(whole["start"].isna().sum()), whole["pair"].nunique())
    h = frames.headline(big, f)
    ag = frames.agreements_frame(big, f)
    assert (h["events"], h["signings"], h["documents signed"]) == (len(whole), len(ag), int(ag["count"].sum()))


def test_pages_of_rows_are_slices_of_the_whole_frame(big):
    whole = frames.timeline_frame(big)
    page = frames.timeline_frame(big, limit=500, offset=1_000)
    assert list(page["event_id"]) == list(whole["event_id"].iloc[1_000:1_500])
    undated = frames.timeline_frame(big, limit=500, part="undated")
    assert undated["start"].isna().all() and len(undated) == min(500, int(whole["start"].isna().sum()))


def test_events_csv_in_chunks_equals_the_whole_frame_csv(big):
    from pactwatch import exports
    f = Filters(countries=("USA",))
    assert frames.events_csv(big, f) == exports.frame_to_csv(frames.for_table(frames.timeline_frame(big, f)))


def test_weekly_counts_above_the_threshold_and_the_chart_says_so(big):
    s = frames.timeline_summary(big)
    assert s["dated"] > charts.MAX_POINTS
    counts = frames.timeline_counts(big, top=5)
    assert counts["events"].sum() == s["dated"] and counts["lane"].nunique() == 6  # 5 busiest + "other pairs"
    fig = charts.timeline_counts_figure(counts, s["dated"], s["undated"], lanes=counts.attrs["lanes"])
    assert {t.type for t in fig.data} == {"scattergl"}
    assert f"Weekly counts of {s['dated']:,} events" in fig.layout.title.text
    assert "more summed as one line" in fig.layout.title.text


def test_actor_index_scores_like_name_score(big):
    actors = frames.actors_frame(big)
    name = actors["name"].iloc[10]
    index = ActorIndex.from_frame(actors)
    fast = search_actors(actors, name, index=index)
    slow = search_actors(actors, name)
    assert fast["name"].iloc[0] == name and fast[["actor_id", "score"]].equals(slow[["actor_id", "score"]])


def test_timeline_page_at_10k_aggregates_and_paginates(tmp_path, monkeypatch, big):
    import streamlit as st
    monkeypatch.setenv("PACTWATCH_DB", str(big.path))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        big._con.close()  # the page opens the store itself
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.run()
        assert not at.exception
        assert {m.label: m.value for m in at.metric}["Events"] == "10,000"
        title = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
        assert title.startswith("Weekly counts of ")
        assert len(at.dataframe[1].value) == 500
        at.number_input(key="events_page").set_value(3).run()
        assert not at.exception and "Rows 1,001–1,500 of 10,000" in [c.value for c in at.caption]
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
