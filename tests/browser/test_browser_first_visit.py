"""A link to a page as the very first visit of a freshly started server (pages/shared.py leaves
Streamlit's old pages-folder mode so dashboard.py declares the pages)."""

from conftest import CHART, assert_no_app_error, streamlit_server


def test_deep_link_as_first_visit_of_a_new_server(tmp_path, new_page):
    with streamlit_server(tmp_path / "fresh.duckdb", tmp_path / "streamlit.log") as (url, _proc):
        page = new_page()
        page.goto(url + "/sectors?country=BLR")
        page.wait_for_selector(f"{CHART}, [data-testid=stException]")
        nav = page.locator("[data-testid=stSidebarNav] a").all_inner_texts()
        assert {"Meeting timeline", "Agreement sectors", "Actor lookup"} <= set(nav)
        assert not {"dashboard", "shared", "timeline", "sectors", "actors"} & set(nav), nav
        assert page.get_by_role("heading", name="Agreement sectors").is_visible()
        assert "country=BLR" in page.url  # the link's filters survive the switch to st.navigation
        assert_no_app_error(page)
        page.close()  # before the server stops: its reconnect attempts are not the app's errors
