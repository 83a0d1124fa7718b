"""Article text is data, never markup: a hostile record shown on every page runs nothing.

The store holds one record (conftest.hostile_record) whose title, actor name, event
label, evidence sentence and sector phrase are HTML/JS/Markdown/LaTeX injections.
The `new_page` fixture fails the test on any dialog (alert) or console error.
"""
import time

from conftest import (HOSTILE_ACTOR, HOSTILE_LABEL, HOSTILE_SECTOR, HOSTILE_SENTENCE, HOSTILE_TITLE,
                      assert_no_app_error, go_to_page, wait_rendered)

#: Elements that exist only if some injected markup was parsed as HTML/SVG/Markdown/LaTeX.
INJECTED = ["img[src=x]", "svg[onload]", "b[onmouseover]", "[onerror]", "[onmouseover]", "[onload]",
            "a[href^='javascript:' i]", ".katex", "mjx-container"]


def assert_nothing_injected(page) -> None:
    for frame in page.frames:
        for selector in INJECTED:
            assert frame.locator(selector).count() == 0, f"{selector} in {frame.url}"
        scripts = frame.locator("script").evaluate_all("els => els.map(e => e.textContent)")
        assert not [s for s in scripts if "alert(" in s], "an injected <script> is in the DOM"


def hover(page, marker) -> str:
    """Move the mouse onto a plotly point (the drag layer above it takes the events) and
    return the hover label's text. Retried: plotly binds its handlers just after drawing."""
    label = page.locator(".js-plotly-plot .hoverlayer .hovertext").first
    for _ in range(10):
        marker.scroll_into_view_if_needed()
        box = marker.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x - 8, y - 8)
        page.mouse.move(x, y, steps=4)
        try:
            label.wait_for(state="attached", timeout=1000)
            return label.text_content()
        except Exception:  # noqa: BLE001 - not drawn yet: move again
            page.mouse.move(0, 0)
    page.screenshot(path="/tmp/hover-fail.png")
    raise AssertionError(f"no hover label appeared over the chart marker at {box}")


def visible_text(page, text: str, timeout_s: float = 20.0) -> None:
    """`text` appears literally (as characters, not markup) in something visible, within ``timeout_s`` (a loaded
    machine may still be drawing the page's lower parts when the first chart is done)."""
    loc = page.get_by_text(text, exact=False)
    deadline = time.monotonic() + timeout_s
    while not any(loc.nth(i).is_visible() for i in range(loc.count())):
        assert time.monotonic() < deadline, f"{text!r} not visible as text"
        page.wait_for_timeout(200)


def test_timeline_hover_and_detail(hostile_server, app_page):
    page = app_page
    page.goto(hostile_server + "/")
    wait_rendered(page)
    assert_no_app_error(page)

    # hover the marker: plotly draws the hover label from the (escaped) hovertext
    text = hover(page, page.locator(".js-plotly-plot .scatterlayer .point").first)
    assert HOSTILE_LABEL in text and HOSTILE_ACTOR in text and "<script>alert(4)</script>" in text
    assert_nothing_injected(page)

    # pick the event in the detail selectbox
    detail = page.locator("[data-testid=stSelectbox]").filter(has=page.get_by_text("Event", exact=True))
    detail.click()
    page.get_by_role("option", name=HOSTILE_LABEL, exact=False).click()
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')")
    visible_text(page, HOSTILE_LABEL)  # the detail heading
    visible_text(page, "[click](javascript:alert(5))")
    visible_text(page, "$x^2$")
    visible_text(page, HOSTILE_TITLE)  # the source under the evidence
    assert_nothing_injected(page)


def test_sectors_page(hostile_server, app_page):
    page = app_page
    page.goto(hostile_server + "/")
    wait_rendered(page)
    go_to_page(page, "Agreement sectors")
    page.get_by_role("heading", name="Agreement sectors").wait_for()
    wait_rendered(page)
    assert_no_app_error(page)
    assert HOSTILE_SECTOR in hover(page, page.locator(".js-plotly-plot").first.locator(".bars .point").first)
    visible_text(page, f"Sectors as written: {HOSTILE_SECTOR}")
    visible_text(page, HOSTILE_TITLE)
    assert_nothing_injected(page)


def test_actor_page_search(hostile_server, app_page):
    page = app_page
    page.goto(hostile_server + "/")
    wait_rendered(page)
    go_to_page(page, "Actor lookup")
    box = page.get_by_label("Search a name", exact=False)
    box.fill(HOSTILE_ACTOR)
    box.press("Enter")
    page.get_by_role("heading", name=HOSTILE_ACTOR).wait_for()
    wait_rendered(page)  # the counterparts chart
    assert_no_app_error(page)
    assert "Jane Roe" in hover(page, page.locator(".js-plotly-plot .bars .point").first)
    page.get_by_text("Every sentence that mentions", exact=False).click()  # open the expander
    visible_text(page, HOSTILE_SENTENCE)
    visible_text(page, "Quoted: <script>alert(4)</script>")
    assert_nothing_injected(page)
