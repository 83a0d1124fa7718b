"""Export buttons: the files arrive in the browser and are what the core makes."""
import csv
import html
import io
import json
import struct

import pandas as pd
import pytest

from conftest import REPO, wait_rendered

SEED = json.loads((REPO / "data" / "corpus" / "iran-belarus-defense-cooperation.record.json").read_text("utf-8"))


@pytest.fixture
def timeline(server, app_page):
    app_page.goto(server + "/")
    wait_rendered(app_page)
    return app_page


def download(page, label: str) -> bytes:
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=label, exact=True).click()
    d = info.value
    assert d.failure() is None, d.failure()
    with open(d.path(), "rb") as fh:
        return fh.read()


def test_chart_png(timeline):
    from pactwatch import exports

    data = download(timeline, "Chart as PNG")
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:80]
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (exports.IMAGE_WIDTH * exports.PNG_SCALE, exports.IMAGE_HEIGHT * exports.PNG_SCALE)
    assert len(data) > 10_000  # a drawn chart, not a blank


def test_events_csv_is_the_core_frame(timeline, tmp_path):
    from pactwatch import exports, frames
    from pactwatch.store import Store

    data = download(timeline, "Data as CSV")
    table = pd.read_csv(io.BytesIO(data), keep_default_na=False)
    assert len(table) == 4
    assert {"date", "date_text", "location", "participants", "countries", "source", "evidence"} <= set(table.columns)
    assert sorted(table["date_text"]) == sorted(e["date"]["text"] for e in SEED["events"])
    assert set(table["location"]) == {e["place"] for e in SEED["events"]}
    row = table[table["location"] == "Minsk"].iloc[0]
    assert row["date"] == "2025-08-20"
    assert "Masoud Pezeshkian" in row["participants"] and "Alexander Lukashenko" in row["participants"]
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[0] == list(table.columns)
    # byte for byte what the core writes for the same store and no filters
    with Store.open(tmp_path / "same.duckdb") as store:
        assert data == exports.frame_to_csv(frames.for_table(frames.timeline_frame(store)))


def test_briefing_html_lists_the_events(timeline, new_page, tmp_path):
    data = download(timeline, "Briefing (HTML)").decode("utf-8")
    assert data.lstrip().lower().startswith("<!doctype html")
    assert "PactWatch briefing" in data
    for event in SEED["events"]:
        assert html.escape(event["label"]) in data, event["label"]
    assert data.count('<img src="data:image/svg+xml;base64,') == 2  # timeline and sector charts, drawn in
    assert 'class="missing"' not in data

    # opened as a file, it shows the four events as table rows, with nothing blocked or failing
    path = tmp_path / "briefing.html"
    path.write_text(data, encoding="utf-8")
    page = new_page()
    page.goto(path.as_uri())
    events = page.locator("table").first
    rows = events.locator("tbody tr")
    assert rows.count() == 4
    text = events.inner_text()
    for event in SEED["events"]:
        assert event["label"] in text
    assert "undated" in text and "Thursday" in text
