"""Bring your own article, as a user would: paste it, review the draft, save it, see it on the timeline."""
from conftest import assert_no_app_error, go_to_page, lane_labels, streamlit_server, wait_rendered

ARTICLE = ("Kazakhstan, Uzbekistan sign 5 agreements\n"
           "ASTANA, March 4, 2025 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev held talks with Uzbek "
           "President Shavkat Mirziyoyev in Astana on Tuesday.\n"
           "The two leaders signed five agreements on trade, energy and transport.\n")


def test_paste_review_save_and_the_new_event_is_on_the_timeline(tmp_path, new_page):
    with streamlit_server(tmp_path / "byo.duckdb", tmp_path / "streamlit.log") as (url, _proc):
        page = new_page()
        page.goto(url + "/")
        wait_rendered(page)
        assert "Kazakhstan – Uzbekistan" not in lane_labels(page)

        go_to_page(page, "Add articles")
        page.get_by_label("Article text").fill(ARTICLE)
        page.get_by_role("button", name="Extract and add").click()
        page.get_by_text("1 added, 0 merged").wait_for(timeout=60_000)
        assert_no_app_error(page)

        page.get_by_role("link", name="Review the new drafts").click()
        page.get_by_role("heading", name="Review").wait_for()
        page.get_by_text("1 draft awaiting review").wait_for()
        # the new draft is the one opened for review
        page.get_by_role("heading", name="Kazakhstan, Uzbekistan sign 5 agreements").wait_for()
        page.get_by_text("Status: draft").wait_for()
        # the article is shown beside the draft with its mentions highlighted, as text
        page.locator("mark[title=person]", has_text="Kassym-Jomart Tokayev").first.wait_for()
        page.get_by_role("button", name="Save as reviewed").click()
        page.get_by_text("Saved as reviewed").wait_for(timeout=30_000)
        assert_no_app_error(page)

        go_to_page(page, "Meeting timeline")
        page.get_by_role("heading", name="Meeting timeline").wait_for()
        wait_rendered(page)
        page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot .ytick text')]"
                               ".some(e => e.textContent.includes('Kazakhstan'))")
        assert "Kazakhstan – Uzbekistan" in lane_labels(page)
        assert_no_app_error(page)
        page.close()  # before the server stops
