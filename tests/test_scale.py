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


# -- the occasion index (frames.OccasionIndex): numpy masks give exactly what the SQL gives ---------------

@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    with Store.open(synthetic_store(tmp_path_factory.mktemp("scale-plain") / "syn10k.duckdb", 10_000, seed=7)) as s:
        yield s


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    """A 10k synthetic store where some occasions are reported by several sources (merge clusters)."""
    import random
    path = synthetic_store(tmp_path_factory.mktemp("scale-merged") / "syn10k.duckdb", 10_000, seed=11)
    with Store.open(path) as s:
        rows = s.cursor().execute("SELECT source_id, event_id, cluster_id FROM events ORDER BY source_id, event_id"
                                  ).fetchall()
        rng = random.Random(3)
        for _ in range(150):  # join a few reports to another occasion (dated or not, any precision)
            a, b = rng.sample(rows, 2)
            s.set_event_cluster(a[0], a[1], b[2])
        yield s


def _random_filters(rng, opts) -> Filters:
    import datetime as dt
    kw: dict = {}
    if rng.random() < .5:
        kw["date_from"] = opts["date_min"] + dt.timedelta(days=rng.randrange(0, 4000))
    if rng.random() < .5:
        kw["date_to"] = (kw.get("date_from") or opts["date_min"]) + dt.timedelta(days=rng.randrange(0, 3000))
    if rng.random() < .5:
        kw["countries"] = tuple(rng.sample(opts["countries"], rng.randrange(1, 4))) + (("ZZZ",) if rng.random() < .1 else ())
    if rng.random() < .4:
        kw["types"] = tuple(rng.sample(opts["types"], rng.randrange(1, 3)))
    if rng.random() < .3:
        kw["sectors"] = tuple(rng.sample(opts["sectors"], rng.randrange(1, 3)))
    kw["include_undated"] = rng.random() < .6
    return Filters(**kw)


@pytest.mark.parametrize("which", ["plain", "merged"])
def test_occasion_index_gives_exactly_the_sql_result(request, which):
    import random
    import pandas as pd
    s = request.getfixturevalue(which)
    assert frames.occasion_index(s).n == 10_000
    if which == "merged":
        assert len(frames.occasion_index(s).multi_pos) > 100
    opts = frames.filter_options(s)
    rng = random.Random(5)
    for f in [Filters(), Filters(include_undated=False)] + [_random_filters(rng, opts) for _ in range(40)]:
        for lane in ("pair", "participant"):
            (fast, fc), (slow, sc) = frames.timeline_digest(s, f, lane), frames._digest_sql(s, f, lane)
            assert fast == slow, f
            pd.testing.assert_frame_equal(fc, sc, check_dtype=False)
            assert fc.attrs == sc.attrs
        assert frames.count_events(s, f) == frames._count_events_sql(s, f)
        for part in ("all", "dated", "undated"):
            offset = rng.choice([0, 0, 40, 1_000])
            page = frames.timeline_frame(s, f, limit=40, offset=offset, part=part)
            sql, params = frames._timeline_sql(s, f, 40, offset, part)
            ref = frames._finish_events(frames._query(s, sql, params))
            pd.testing.assert_frame_equal(page.reset_index(drop=True), ref.reset_index(drop=True))


def test_occasion_index_follows_writes(merged):
    before = frames.occasion_index(merged)
    src, ev, _ = merged.cursor().execute("SELECT source_id, event_id, cluster_id FROM events LIMIT 1").fetchone()
    merged.set_event_cluster(src, ev, None)
    assert frames.occasion_index(merged) is not before
    assert frames.count_events(merged, Filters()) == frames._count_events_sql(merged, Filters())


def test_filtered_actors_from_the_index_match_the_sql(merged):
    import random
    import pandas as pd
    opts = frames.filter_options(merged)
    rng = random.Random(8)
    for f in [Filters(include_undated=False)] + [_random_filters(rng, opts) for _ in range(15)]:
        fast = frames.actors_frame(merged, f).sort_values("actor_id").reset_index(drop=True)
        slow = frames._actors_all(merged, f).sort_values("actor_id").reset_index(drop=True)
        pd.testing.assert_frame_equal(fast, slow, check_dtype=False)


def test_events_csv_from_sql_equals_the_pandas_reference_on_hostile_and_merged_reports(store):
    """The SQL writer quotes, neutralises and joins exactly as frame_to_csv(for_table(...)) does."""
    from pactwatch import exports
    from pactwatch.ingest import Article, ingest_article
    merged = ("Belarus and Iran sign 13 documents\n"
              "MINSK, August 21, 2025 (BelTA) -- Belarusian President Alexander Lukashenko and Iranian President "
              "Masoud Pezeshkian held talks in Minsk on August 20, 2025.\n"
              "Following the talks, the two presidents signed 13 documents on cooperation in health and tourism.\n")
    hostile = ('=HYPERLINK("http://x","y"), "quoted"\n'
               'TEHRAN, March 3, 2024 -- Iranian Foreign Minister Hossein Amir-Abdollahian met Belarusian Foreign '
               'Minister Sergei Aleinik, "=cmd|\' /C calc\'!A0", in Tehran on March 2, 2024.\r\n'
               '-Iran and Belarus signed 3 memoranda of understanding on trade, "energy"\rand health.\n')
    assert ingest_article(store, Article(merged, name="belta")).status == "merged"
    ingest_article(store, Article(hostile, name="hostile"))
    whole = frames.timeline_frame(store)
    assert whole["source_count"].max() >= 2
    assert whole["evidence"].str.contains('"').any() and whole["source"].str.startswith("=").any()
    for f in (Filters(), Filters(countries=("BLR",)), Filters(types=("meeting",))):
        assert frames.events_csv(store, f) == exports.frame_to_csv(frames.for_table(frames.timeline_frame(store, f)))
