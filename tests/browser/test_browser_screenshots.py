"""Full-page screenshots of each page for docs/screenshots (and a check that they are whole)."""
import struct

import pytest

from conftest import REPO, assert_no_app_error, go_to_page, wait_rendered

OUT = REPO / "docs" / "screenshots"
WIDTH = 1400


def full_page_png(page, path) -> None:
    """Streamlit scrolls inside its main container, not the document: grow the viewport
    to the content's height so a full-page screenshot holds the whole page."""
    page.mouse.move(0, 0)
    height = page.evaluate("""() => {
        const main = document.querySelector('[data-testid=stMain]');
        const side = document.querySelector('[data-testid=stSidebarContent]');
        return Math.max(main ? main.scrollHeight : 0, side ? side.scrollHeight : 0, document.body.scrollHeight);
    }""")
    page.set_viewport_size({"width": WIDTH, "height": int(height) + 20})
    page.wait_for_timeout(600)  # plotly's resize redraw
    page.screenshot(path=str(path), full_page=True)


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name, title, search", [
    ("timeline", "Meeting timeline", None),
    ("sectors", "Agreement sectors", None),
    ("actors", "Actor lookup", "Lukashenka"),
])
def test_screenshot(server, new_page, name, title, search):
    page = new_page(viewport={"width": WIDTH, "height": 900})
    page.goto(server + "/")
    wait_rendered(page)
    if title != "Meeting timeline":
        go_to_page(page, title)
        page.get_by_role("heading", name=title).wait_for()
        wait_rendered(page)
    if search:
        box = page.get_by_label("Search a name", exact=False)
        box.fill(search)
        box.press("Enter")
        page.get_by_role("heading", name="Alexander Lukashenko").wait_for()
        wait_rendered(page)
    assert_no_app_error(page)
    path = OUT / f"{name}.png"
    full_page_png(page, path)
    width, height = png_size(path)
    assert width == WIDTH and height > 900
