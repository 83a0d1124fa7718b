"""Every page renders its charts from the seed store, with no exception and no error alert."""
import pytest

from conftest import assert_no_app_error, go_to_page, lane_labels, wait_rendered


def test_timeline_is_the_home_page_and_draws_the_seed_lanes(server, app_page):
    app_page.goto(server + "/")
    wait_rendered(app_page)
    assert_no_app_error(app_page)
    assert app_page.get_by_role("heading", name="Meeting timeline").is_visible()
    # three dated events in two country pairs; the undated Tehran meeting is listed, not drawn
    assert sorted(lane_labels(app_page)) == ["Belarus – Iran", "China – Iran"]
    title = app_page.locator(".js-plotly-plot .gtitle").first.text_content()
    assert "3 dated events; 1 undated event not drawn" in title
    assert app_page.get_by_role("heading", name="Undated events (1)").is_visible()


@pytest.mark.parametrize("title, charts", [("Agreement sectors", 2), ("Actor lookup", 1)])
def test_page_from_the_sidebar_draws_its_charts(server, app_page, title, charts):
    app_page.goto(server + "/")
    wait_rendered(app_page)
    go_to_page(app_page, title)
    app_page.get_by_role("heading", name=title).wait_for()
    wait_rendered(app_page)
    app_page.wait_for_function(f"() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= {charts}")
    assert app_page.locator(".js-plotly-plot").count() == charts
    for i in range(charts):
        chart = app_page.locator(".js-plotly-plot").nth(i)
        assert chart.locator(".main-svg").first.bounding_box()["height"] > 200
        assert chart.locator(".trace, .hm, .point").count() > 0, f"chart {i} draws no data"
    assert_no_app_error(app_page)


def test_sector_chart_has_a_bar_per_seed_sector(server, app_page):
    from pactwatch.taxonomy import load_taxonomy

    tax = load_taxonomy()
    app_page.goto(server + "/sectors")
    wait_rendered(app_page)
    labels = set(lane_labels(app_page, 0))
    # the seed's 8 phrases map to 9 sectors; the chart labels are the taxonomy's
    assert {tax.label(s) for s in ("politics", "law", "culture", "media", "health", "industry", "environment",
                                   "investment", "economy")} == labels
    assert app_page.locator(".js-plotly-plot").nth(0).locator(".bars .point").count() == 9
    assert_no_app_error(app_page)


def test_actor_search_finds_a_transliteration(server, app_page):
    app_page.goto(server + "/actors")
    wait_rendered(app_page)
    box = app_page.get_by_label("Search a name", exact=False)
    box.fill("Lukashenka")
    box.press("Enter")
    app_page.get_by_role("heading", name="Alexander Lukashenko").wait_for()
    wait_rendered(app_page)
    assert "Masoud Pezeshkian" in lane_labels(app_page, 0)  # the counterparts chart
    app_page.wait_for_url(lambda u: "q=Lukashenka" in u)
    assert_no_app_error(app_page)
