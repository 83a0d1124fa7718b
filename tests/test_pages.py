"""Every page and filter path, driven headless with Streamlit's AppTest."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def app(params: dict | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py")
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def lanes(at, i=0) -> set[str]:
    spec = json.loads(at.get("plotly_chart")[i].proto.spec)
    return {y for t in spec["data"] for y in t.get("y", [])}


def test_timeline_default_view(app_db):
    at = app()
    assert [t.value for t in at.title] == ["Meeting timeline"]
    assert metrics(at) == {"Events": "4", "Dated": "3", "Undated": "1", "Country pairs": "2"}
    assert lanes(at) == {"Belarus – Iran", "China – Iran"}
    assert [s.value for s in at.subheader][:2] == ["Undated events (1)", "All events"]
    assert at.dataframe[0].value["as written"].tolist() == ["Thursday"]
    assert app_db.exists(), "the store is created on first run"
    assert not at.warning


def test_filter_to_belarus_updates_view_and_url(app_db):
    at = app()
    at.multiselect(key="pw_countries").set_value(["BLR"]).run()
    assert metrics(at)["Events"] == "3"
    assert lanes(at) == {"Belarus – Iran"}
    assert at.query_params["country"] == "BLR"


def test_url_reproduces_the_august_view(app_db):
    at = app({"from": "2025-08-01", "to": "2025-08-31"})
    assert metrics(at) == {"Events": "3", "Dated": "2", "Undated": "1", "Country pairs": "1"}
    at.toggle(key="pw_undated").set_value(False).run()
    assert metrics(at)["Events"] == "2"
    assert at.query_params["undated"] == "0" and at.query_params["from"] == "2025-08-01"


def test_country_in_url_by_demonym(app_db):
    at = app({"country": "Chinese"})
    assert at.multiselect(key="pw_countries").value == ["CHN"]
    assert metrics(at)["Events"] == "1"


def test_bad_url_parameters_warn_and_are_ignored(app_db):
    at = app({"from": "notadate", "country": "Atlantis", "undated": "<script>"})
    from pages.shared import md_escape
    warnings = [w.value for w in at.warning]
    assert md_escape("URL parameter 'from=notadate' is not a date (YYYY-MM-DD); it was ignored.") in warnings
    assert any("Atlantis" in w for w in warnings) and any("undated" in w for w in warnings)
    assert metrics(at)["Events"] == "4"


def test_empty_result_says_which_filter_hides_what(app_db):
    at = app({"country": "RUS"})
    [info] = at.info
    assert "No events match these filters." in info.value
    assert "Countries filter hides 4 events." in info.value


def test_event_detail_shows_evidence(app_db):
    at = app()
    pick = at.selectbox(key="event_pick")
    assert pick.options[0].startswith("2025-06-26")
    pick.set_value("event:mousavi-receives-lukyanovich-tehran-2025-08").run()
    texts = " ".join(t.value for t in at.text)
    assert "2025-08 (month precision, inferred; rule: year-from-article)" in texts
    assert "as written: “in August”" in texts
    assert "Abdolrahim Mousavi — host" in texts
    assert at.query_params["event"] == "event:mousavi-receives-lukyanovich-tehran-2025-08"


def test_timeline_by_actor_lanes(app_db):
    at = app()
    at.radio(key="timeline_lane").set_value("participant").run()
    assert "Aziz Nasirzadeh" in lanes(at)


def test_export_buttons_present(app_db):
    at = app()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Chart as PNG", "Chart as SVG", "Chart as HTML", "Data as CSV", "Data as XLSX",
                      "Briefing (HTML)"]


def test_sectors_page(app_db):
    at = app(page="sectors")
    assert metrics(at) == {"Signings": "1", "Documents signed": "12", "Sectors covered": "9",
                           "Sector phrases as written": "8"}
    assert "never splits documents between sectors" in at.info[0].value
    table = at.dataframe[0].value
    assert set(table["signings"]) == {1} and len(table) == 9
    assert lanes(at, 1) == {"Belarus – Iran"}


def test_sectors_page_with_country_without_agreements(app_db):
    at = app({"country": "CHN"}, page="sectors")
    assert "No agreements match these filters." in at.info[0].value


def test_sector_filter_from_url(app_db):
    at = app({"sector": "health"})
    assert metrics(at)["Events"] == "1"


@pytest.mark.parametrize("query,name", [("Lukashenka", "Alexander Lukashenko"), ("Nasirzadeh", "Aziz Nasirzadeh"),
                                        ("Pezeshkian", "Masoud Pezeshkian")])
def test_actor_lookup(app_db, query, name):
    at = app(page="actors")
    at.text_input(key="actor_q").input(query).run()
    assert not at.exception
    pick = at.selectbox(key="actor_pick")
    assert pick.format_func(pick.value).startswith(name)
    assert at.query_params["q"] == query


def test_actor_profile_content(app_db):
    at = app({"q": "Lukashenka"}, page="actors")
    assert metrics(at) == {"Country": "Belarus", "Events": "1", "Statements": "3"}
    assert "President" in [t.value for t in at.text]
    assert at.dataframe[0].value["role"].tolist() == ["host"]


def test_actor_lookup_no_match(app_db):
    at = app(page="actors")
    at.text_input(key="actor_q").input("Zzyzx Qwerty").run()
    assert "No actor matches" in at.warning[0].value


def test_filters_survive_page_changes(app_db):
    at = app({"country": "CHN"})
    at.switch_page("pages/sectors.py").run()
    assert at.multiselect(key="pw_countries").value == ["CHN"]
    at.multiselect(key="pw_countries").set_value(["BLR"]).run()
    at.toggle(key="pw_undated").set_value(False).run()
    at.switch_page("pages/timeline.py").run()
    assert at.multiselect(key="pw_countries").value == ["BLR"]
    assert metrics(at) == {"Events": "2", "Dated": "2", "Undated": "0", "Country pairs": "1"}
    assert dict(at.query_params) == {"country": "BLR", "undated": "0"}


KZ = ("Kazakhstan, Uzbekistan sign 5 agreements\n"
      "ASTANA, March 4, 2025 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President "
      "Shavkat Mirziyoyev in Astana on Tuesday.\nThe two leaders signed five agreements on trade, energy and transport.")


def test_paste_review_save_and_see_it_on_the_timeline(app_db):
    at = app(page="add_articles")
    at.text_area(key="add_text").input(KZ)
    at.button[0].click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["1 added, 0 merged with stored sources, 0 already stored (unchanged), "
                                             "0 skipped"]
    at.switch_page("pages/review.py").run()
    assert at.caption[0].value == "1 draft awaiting review, 1 reviewed."
    assert at.selectbox(key="review_pick").format_func(at.selectbox(key="review_pick").value).startswith("[draft]")
    at.button(key="review_save").click().run()
    assert not at.exception and at.success[0].value.startswith("Saved as reviewed")
    at.switch_page("pages/timeline.py").run()
    assert metrics(at)["Events"] == "5"
    assert "Kazakhstan – Uzbekistan" in lanes(at)


def test_add_with_nothing_says_so(app_db):
    at = app(page="add_articles")
    at.button[0].click().run()
    assert "Nothing to add" in at.error[0].value


def test_review_shows_the_seed_record_and_saves_it_unchanged(app_db):
    at = app(page="review")
    assert [len(d.value) for d in at.dataframe] == [4, 10, 1, 13]  # events, actors, agreements, statements
    assert "title='person'>Aziz Nasirzadeh</mark>" in at.get("html")[1].proto.body
    at.button(key="review_save").click().run()
    assert not at.exception
    assert at.success[0].value == "Saved as reviewed: 28 facts marked checked."
