"""Sidebar filters: they redraw the chart, live in the URL, and a shared URL reproduces the view."""
from conftest import assert_no_app_error, choose, go_to_page, lane_labels, wait_rendered

NO_CHINA = ("() => { const t = [...document.querySelectorAll('.js-plotly-plot .ytick text')];"
            " return t.length > 0 && !t.some(e => e.textContent.includes('China')); }")


def test_country_filter_redraws_the_chart_and_writes_the_url(server, new_page):
    page = new_page()
    page.goto(server + "/")
    wait_rendered(page)
    assert sorted(lane_labels(page)) == ["Belarus – Iran", "China – Iran"]

    choose(page, "Countries", "Belarus (BLR)")
    page.wait_for_function(NO_CHINA)
    page.wait_for_url(lambda u: "country=BLR" in u)
    assert lane_labels(page) == ["Belarus – Iran"]
    assert_no_app_error(page)

    # the shared link: a new browser context (new session, nothing remembered) shows the same view
    shared = new_page()
    shared.goto(page.url)
    wait_rendered(shared)
    assert lane_labels(shared) == ["Belarus – Iran"]
    countries = shared.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(
        has=shared.get_by_label("Countries", exact=True))
    assert "Belarus (BLR)" in countries.inner_text()
    assert "China (CHN)" not in countries.inner_text()
    assert_no_app_error(shared)


def test_filters_survive_moving_between_pages(server, app_page):
    app_page.goto(server + "/?country=BLR")
    wait_rendered(app_page)
    for title in ("Agreement sectors", "Meeting timeline"):
        go_to_page(app_page, title)
        app_page.get_by_role("heading", name=title).wait_for()
        wait_rendered(app_page)
    app_page.wait_for_function(NO_CHINA)
    assert lane_labels(app_page) == ["Belarus – Iran"]
    # the undated Tehran meeting (shown by default) is still shown after two page switches
    assert app_page.get_by_role("heading", name="Undated events (1)").is_visible()
    assert "undated=0" not in app_page.url
    assert "country=BLR" in app_page.url


def test_bad_url_parameters_warn_and_the_page_still_renders(server, app_page):
    app_page.goto(server + "/?from=notadate&country=Atlantis")
    wait_rendered(app_page)
    warnings = app_page.locator("[data-testid=stAlertContentWarning]")
    text = " ".join(warnings.all_inner_texts())
    assert "notadate" in text and "Atlantis" in text
    assert warnings.first.is_visible()
    # both bad values were ignored: the unfiltered view
    assert sorted(lane_labels(app_page)) == ["Belarus – Iran", "China – Iran"]
    assert_no_app_error(app_page)
