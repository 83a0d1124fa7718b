"""Exporters: formula neutralisation, CSV/XLSX/JSON, names, chart images, offline HTML.

Browser tests (marked ``browser``) open exported HTML in the real Debian Chromium via
Playwright. They skip when /usr/bin/chromium is missing, but FAIL when the CI
environment variable is set: on CI a missing browser is a broken machine.
"""
from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pandas as pd
import plotly.graph_objects as go
import pytest

from pactwatch import exports
from pactwatch.exports import (
    FORMATS, ExportFormat, escape_plotly_text, export_server_starts, figure_to_html,
    figure_to_image, frame_to_csv, frame_to_json, frame_to_xlsx, neutralise_cell, neutralise_frame,
    safe_filename, safe_sheet_name,
)

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_FLAG = '<img src=x onerror="window.__pwned=1">'
DANGEROUS = ["=1+1", "+41 22", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]
REPO = Path(__file__).resolve().parents[1]


def simple_figure(title: str = "Meetings per month") -> go.Figure:
    return go.Figure(go.Bar(x=["2025-07", "2025-08"], y=[3, 5]), layout_title_text=title)


# ------------------------------------------------------------------ neutralisation

@pytest.mark.parametrize("value", DANGEROUS)
def test_neutralise_cell_prefixes_dangerous_text(value):
    assert neutralise_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Minsk", " =not first", "", "'already", 5, -3.5, None, "a=b"])
def test_neutralise_cell_leaves_other_values(value):
    assert neutralise_cell(value) == value


def test_neutralise_frame_copies_and_neutralises_text_and_names():
    # "=name" is an object column (None kept as None); "@where" is pandas 3's str dtype.
    df = pd.DataFrame({"=name": pd.Series(["=cmd", "ok", None], dtype=object), "n": [-1, 2, 3],
                       "@where": ["Minsk", "@x", "-y"]})
    out = neutralise_frame(df)
    assert out.to_dict("list") == {"'=name": ["'=cmd", "ok", None], "n": [-1, 2, 3],
                                   "'@where": ["Minsk", "'@x", "'-y"]}
    assert list(out.dtypes) == list(df.dtypes)
    assert df.columns.tolist() == ["=name", "n", "@where"]  # the input is untouched
    assert df["=name"].tolist() == ["=cmd", "ok", None]


def test_neutralise_frame_categorical_column():
    df = pd.DataFrame({"c": pd.Categorical(["=a", "b", "=a"])})
    assert neutralise_frame(df)["c"].astype(str).tolist() == ["'=a", "b", "'=a"]


# ------------------------------------------------------------------ CSV

def test_csv_neutralises_every_dangerous_prefix():
    df = pd.DataFrame({"text": DANGEROUS, "n": range(len(DANGEROUS))})
    back = pd.read_csv(io.BytesIO(frame_to_csv(df)), dtype={"text": str}, keep_default_na=False)
    assert back["text"].tolist() == ["'" + v for v in DANGEROUS]
    assert back["n"].tolist() == list(range(len(DANGEROUS)))


def test_csv_round_trip_of_safe_frame():
    df = pd.DataFrame({
        "date": ["2025-08", "2025-08-14", "2025"],
        "participants": ["Lukashenko; Pezeshkian", 'Said "we agree", twice', "Лукашэнка\nline two"],
        "count": [2, 0, 11],
        "share": [0.5, 1.25, -0.0],
    })
    raw = frame_to_csv(df)
    assert not raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(raw), dtype={"date": str, "participants": str}, keep_default_na=False)
    assert back.to_dict("list") == df.to_dict("list")


def test_csv_bom_on_request():
    assert frame_to_csv(pd.DataFrame({"a": ["x"]}), bom=True) == b"\xef\xbb\xbfa\r\nx\r\n"


# ------------------------------------------------------------------ XLSX

def read_xlsx(data: bytes):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return wb, wb.worksheets[0]


def test_xlsx_neutralises_and_never_writes_formulas():
    df = pd.DataFrame({"=header": DANGEROUS, "n": range(len(DANGEROUS))})
    wb, ws = read_xlsx(frame_to_xlsx(df))
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows == [["'=header", "n"]] + [["'" + v, i] for i, v in enumerate(DANGEROUS)]
    text_cells = [row[0] for row in ws.iter_rows()]
    assert [c.data_type for c in text_cells] == ["s"] * (len(DANGEROUS) + 1)


def test_xlsx_values_missing_lists_dates_and_control_characters():
    df = pd.DataFrame({
        "when": pd.to_datetime(["2025-08-14", None]),
        "who": [["Lukashenko", "=Pezeshkian"], "Minsk"],
        "note": ["\x01=cmd", float("nan")],
        "n": [1, 2],
    })
    wb, ws = read_xlsx(frame_to_xlsx(df))
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    import datetime as dt
    assert rows == [
        ["when", "who", "note", "n"],
        [dt.datetime(2025, 8, 14), "Lukashenko; =Pezeshkian", "\ufffd=cmd", 1],
        [None, "Minsk", None, 2],
    ]


@pytest.mark.parametrize("name, expected", [
    ("data", "data"),
    ("Events [Iran/Belarus]: 2025?", "Events _Iran_Belarus__ 2025_"),
    ("x" * 40, "x" * 31),
    ("'quoted'", "quoted"),
    ("", "data"),
    ("History", "History_"),
])
def test_safe_sheet_name(name, expected):
    assert safe_sheet_name(name) == expected


def test_xlsx_sheet_name_is_sanitised():
    wb, ws = read_xlsx(frame_to_xlsx(pd.DataFrame({"a": [1]}), sheet_name="Belarus/Iran: meetings and agreements"))
    assert wb.sheetnames == ["Belarus_Iran_ meetings and agre"]


# ------------------------------------------------------------------ JSON

def test_json_records_null_and_iso_dates():
    df = pd.DataFrame({
        "when": pd.to_datetime(["2025-08-14 10:30", None]),
        "date": ["2025-08", None],
        "n": [1.5, float("nan")],
        "k": [3, 4],
        "who": [["A", "B"], []],
        "text": ["=kept as written", "Лукашэнка"],
    })
    assert json.loads(frame_to_json(df)) == [
        {"when": "2025-08-14T10:30:00", "date": "2025-08", "n": 1.5, "k": 3, "who": ["A", "B"],
         "text": "=kept as written"},
        {"when": None, "date": None, "n": None, "k": 4, "who": [], "text": "Лукашэнка"},
    ]


def test_json_refuses_duplicate_columns():
    df = pd.DataFrame([[1, 2]], columns=["a", "a"])
    with pytest.raises(ValueError, match="duplicate column names"):
        frame_to_json(df)


# ------------------------------------------------------------------ formats and names

def test_formats_declaration():
    assert FORMATS == {
        "csv": ExportFormat("text/csv", "csv"),
        "xlsx": ExportFormat("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        "json": ExportFormat("application/json", "json"),
        "png": ExportFormat("image/png", "png"),
        "svg": ExportFormat("image/svg+xml", "svg"),
        "html": ExportFormat("text/html", "html"),
        "pdf": ExportFormat("application/pdf", "pdf"),
    }


@pytest.mark.parametrize("stem, ext, expected", [
    ("timeline", "csv", "timeline.csv"),
    ("../../etc/passwd", "csv", "etc_passwd.csv"),
    ("..\\..\\windows\\system32", ".png", "windows_system32.png"),
    ("Tehrán–Minsk meetings 2025", "xlsx", "Tehran_Minsk_meetings_2025.xlsx"),
    ("Лукашэнка", "csv", "export.csv"),
    ("", "json", "export.json"),
    ("...", "csv", "export.csv"),
    (".hidden", "csv", "hidden.csv"),
    ("-rf", "csv", "rf.csv"),
    ("con", "csv", "_con.csv"),
    ("a" * 200, "html", "a" * 75 + ".html"),
    ("report", "", "report"),
    ("report", "p/n g", "report.png"),
])
def test_safe_filename(stem, ext, expected):
    assert safe_filename(stem, ext) == expected


@pytest.mark.parametrize("stem", ["/", "\x00", "a/../../b", "x" * 500, " . ", "C:\\x", "%2e%2e%2f", "..."])
def test_safe_filename_invariants(stem):
    name = safe_filename(stem, "csv")
    assert re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]*", name)
    assert len(name) <= 80 and ".." not in name and name.endswith(".csv")


# ------------------------------------------------------------------ plotly text

def test_escape_plotly_text():
    assert escape_plotly_text(HOSTILE) == "&lt;img src=x onerror=alert(1)&gt;"
    assert escape_plotly_text("<b>A & B</b> &lt;") == "&lt;b&gt;A &amp; B&lt;/b&gt; &amp;lt;"
    assert escape_plotly_text(None) == ""
    assert escape_plotly_text(12) == "12"


# ------------------------------------------------------------------ images

def test_png_signature_and_size():
    png = figure_to_image(simple_figure(), "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    assert struct.unpack(">II", png[16:24]) == (exports.IMAGE_WIDTH * exports.PNG_SCALE,
                                                exports.IMAGE_HEIGHT * exports.PNG_SCALE)


def test_png_size_ignores_the_figures_own_layout_size():
    fig = simple_figure()
    fig.update_layout(width=300, height=200)
    png = figure_to_image(fig, "png")
    assert struct.unpack(">II", png[16:24]) == (2200, 1200)


def test_svg_is_xml_of_configured_size():
    root = ET.fromstring(figure_to_image(simple_figure(), "svg"))
    assert (root.tag, root.get("width"), root.get("height")) == ("{http://www.w3.org/2000/svg}svg", "1100", "600")


def test_pdf_bytes():
    assert figure_to_image(simple_figure(), "pdf")[:5] == b"%PDF-"


def test_unknown_image_format():
    with pytest.raises(ValueError, match="not 'jpeg'"):
        figure_to_image(simple_figure(), "jpeg")


def test_export_server_started_once_across_many_exports():
    figure_to_image(simple_figure(), "svg")
    starts = export_server_starts()
    for fmt in ["png", "svg", "pdf", "png", "svg", "png"]:
        figure_to_image(simple_figure(fmt), fmt)
    assert starts >= 1
    assert export_server_starts() == starts


def test_concurrent_exports_each_get_their_own_image():
    """kaleido's server shares one result queue: without our lock threads swap images."""
    widths = [500, 600, 700, 800]
    got: dict[int, tuple[int, int]] = {}

    def work(w: int) -> None:
        png = figure_to_image(simple_figure(str(w)), "png", width=w, height=300, scale=1)
        got[w] = struct.unpack(">II", png[16:24])

    threads = [threading.Thread(target=work, args=(w,)) for w in widths]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert got == {w: (w, 300) for w in widths}


def export_with_browser(browser_path: str) -> str:
    """What figure_to_image says in a fresh process whose BROWSER_PATH is browser_path."""
    code = ("import plotly.graph_objects as go\n"
            "from pactwatch.exports import figure_to_image, ExportUnavailable\n"
            "try:\n"
            "    figure_to_image(go.Figure(go.Bar(y=[1])), 'png')\n"
            "except ExportUnavailable as e:\n"
            "    print('UNAVAILABLE', e)\n")
    env = {**os.environ, "BROWSER_PATH": browser_path, "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_missing_browser_is_a_clear_error_not_a_hang():
    """With no browser, kaleido's server thread dies and its callers wait forever;
    figure_to_image must raise ExportUnavailable instead."""
    assert export_with_browser("/nonexistent/chromium") == (
        "UNAVAILABLE Chart image export (PNG/SVG/PDF) needs a Chromium browser and none was found "
        "(looked at BROWSER_PATH='/nonexistent/chromium'). Install Debian's chromium: "
        "`apt-get install -y chromium` (it goes to /usr/bin/chromium), or set BROWSER_PATH to a "
        "Chromium executable.\n")


def test_broken_browser_is_a_clear_error_not_a_hang():
    """A browser that exits at once kills kaleido's server thread after start: we notice."""
    assert export_with_browser("/bin/false") == (
        "UNAVAILABLE The chart export browser (/bin/false) stopped before rendering: it is not a "
        "working Chromium. Install Debian's chromium: `apt-get install -y chromium` (it goes to "
        "/usr/bin/chromium), or set BROWSER_PATH to a Chromium executable.\n")


# ------------------------------------------------------------------ offline HTML

def test_html_is_offline_and_self_contained():
    page = figure_to_html(simple_figure(escape_plotly_text(HOSTILE)))
    assert page.startswith("<!doctype html>\n<html>")
    assert re.findall(r"<script[^>]*\bsrc=", page) == []
    assert "cdn.plot.ly/plotly" not in page
    assert len(page) > 3_000_000  # plotly.js is inlined
    assert HOSTILE not in page and "onerror=alert(1)" in page  # only inside escaped JSON


# ------------------------------------------------------------------ real browser

@pytest.mark.browser
def test_hostile_text_in_offline_html_stays_text_in_chromium(chromium_page, tmp_path):
    fig = go.Figure(
        go.Bar(x=[escape_plotly_text("<b>Minsk</b>"), "Tehran"], y=[4, 2],
               hovertext=[escape_plotly_text(HOSTILE_FLAG), escape_plotly_text(HOSTILE)], hoverinfo="text"),
        layout=dict(title_text=escape_plotly_text(HOSTILE), hovermode="closest",
                    # Unescaped on purpose: plotly.js itself must show unknown tags as text.
                    annotations=[dict(text=HOSTILE_FLAG, x=1, y=3, showarrow=False)]),
    )
    path = tmp_path / "chart.html"
    path.write_text(figure_to_html(fig), encoding="utf-8")
    page = chromium_page()
    page.goto(path.as_uri())
    page.wait_for_selector(".main-svg .gtitle")
    bar = page.locator(".barlayer .point path").first.bounding_box()
    page.mouse.move(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)
    page.wait_for_selector(".hoverlayer .hovertext")
    shown = page.evaluate("""() => ({
        title: document.querySelector('.gtitle').textContent,
        hover: document.querySelector('.hoverlayer .hovertext text').textContent,
        tick: document.querySelector('.xtick text').textContent,
        tickBold: document.querySelectorAll('.xtick text tspan').length,
        annotation: document.querySelector('.annotation-text').textContent,
        images: document.querySelectorAll('img, image').length,
        pwned: window.__pwned === undefined ? null : window.__pwned,
    })""")
    assert shown == {"title": HOSTILE, "hover": HOSTILE_FLAG, "tick": "<b>Minsk</b>", "tickBold": 0,
                     "annotation": HOSTILE_FLAG, "images": 0, "pwned": None}
    assert page.dialogs == []
    assert [u for u in page.requests if not u.startswith("file://")] == []
    page.close()
