"""The HTML briefing: complete, self-contained, and inert whatever the data says.

The browser test (marked ``browser``) opens a hostile briefing in Debian's Chromium.
It skips when /usr/bin/chromium is missing, but FAILS when the CI variable is set.
"""
from __future__ import annotations

import base64
import datetime as dt
import os
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from pactwatch import briefing
from pactwatch.briefing import CSP, briefing_html, link_href
from pactwatch.exports import ExportUnavailable

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="window.__pwned=1;alert(2)">'
WHEN = dt.datetime(2026, 11, 28, 17, 40, tzinfo=dt.timezone.utc)

EVENTS = pd.DataFrame({
    "date": ["2025-08-14", "2025-08", "undated"],
    "participants": ["Lukashenko; Pezeshkian", SCRIPT, ["Khrenin", IMG]],
    "place": ["Minsk", "Tehran & Minsk", None],
    "evidence": ['He said "<b>we agree</b>".', "=HYPERLINK(\"javascript:alert(3)\")", IMG],
})
SOURCES = [
    {"title": SCRIPT, "publisher": "BelTA", "url": "javascript:alert(1)"},
    {"title": "Talks in Minsk", "publisher": "IRNA", "published": "2025-08-14",
     "url": "https://example.org/a?x=1&y=2"},
    {"title": "Tab trick", "publisher": None, "url": "java\tscript:alert(4)"},
    {"title": float("nan"), "url": float("nan")},
]


def hostile_briefing(charts=()) -> str:
    return briefing_html(
        title=SCRIPT, subtitle=IMG, filters=[("Country", SCRIPT), ("Period", "2025")],
        headline=[("Meetings", "12"), (IMG, SCRIPT)], charts=list(charts),
        tables=[("Events " + SCRIPT, EVENTS)], sources=SOURCES, generated_at=WHEN)


class Outline(HTMLParser):
    """Tags with their attributes, and the text of selected elements, in order."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.texts: dict[str, list[str]] = {}
        self._open: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("br", "meta", "img"):
            self._open.append(tag)
            self.texts.setdefault(tag, []).append("")

    def handle_endtag(self, tag):
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data):
        for tag in set(self._open):
            self.texts[tag][-1] += data

    def attrs(self, tag: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag]


def test_hostile_text_is_escaped_everywhere():
    page = hostile_briefing()
    outline = Outline(page)
    assert "<script" not in page.lower()
    assert "<img src=x" not in page
    assert [t for t, _ in outline.tags if t in ("script", "img", "iframe", "object", "embed", "svg")] == []
    assert outline.texts["h1"] == [SCRIPT]
    assert outline.texts["title"] == [SCRIPT]
    assert outline.texts["td"] == [
        "2025-08-14", "Lukashenko; Pezeshkian", "Minsk", 'He said "<b>we agree</b>".',
        "2025-08", SCRIPT, "Tehran & Minsk", "=HYPERLINK(\"javascript:alert(3)\")",
        "undated", "Khrenin; " + IMG, "", IMG,
    ]
    assert outline.texts["th"] == ["date", "participants", "place", "evidence"]
    assert outline.texts["dt"] == ["Country", "Period"]
    assert outline.texts["dd"] == [SCRIPT, "2025"]


def test_only_http_urls_become_links():
    outline = Outline(hostile_briefing())
    assert outline.attrs("a") == [{"href": "https://example.org/a?x=1&y=2", "rel": "noopener noreferrer"}]
    assert outline.texts["li"][-4:] == [
        SCRIPT + " \u2014 BelTA" + "javascript:alert(1)",
        "Talks in Minsk \u2014 IRNA, 2025-08-14" + "https://example.org/a?x=1&y=2",
        "Tab trick" + "java\tscript:alert(4)",
        "Untitled source",
    ]


def test_head_has_strict_csp_and_generation_time():
    outline = Outline(hostile_briefing())
    assert outline.attrs("meta")[:2] == [
        {"charset": "utf-8"},
        {"http-equiv": "Content-Security-Policy",
         "content": "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
                    "form-action 'none'"},
    ]
    assert CSP.startswith("default-src 'none'; img-src data:; style-src 'unsafe-inline'")
    assert outline.texts["p"][:2] == [IMG, "Generated 2026-11-28 17:40 UTC by PactWatch"]


def test_chart_is_an_inline_svg_image():
    fig = go.Figure(go.Bar(x=["Minsk", "Tehran"], y=[3, 1]), layout_title_text="Meetings")
    page = briefing_html(title="t", subtitle="", filters=[], headline=[], charts=[("Meetings by city", fig)],
                         tables=[], sources=[], generated_at=WHEN)
    imgs = Outline(page).attrs("img")
    assert [sorted(a) for a in imgs] == [["alt", "src"]]
    assert imgs[0]["alt"] == "Meetings by city"
    prefix = "data:image/svg+xml;base64,"
    assert imgs[0]["src"].startswith(prefix)
    root = ET.fromstring(base64.b64decode(imgs[0]["src"][len(prefix):]))
    assert (root.tag, root.get("width"), root.get("height")) == ("{http://www.w3.org/2000/svg}svg", "1100", "600")
    assert "<p>None: all records.</p>" in page and "<p>No sources.</p>" in page


def test_missing_chart_export_is_stated_in_place_of_the_chart(monkeypatch):
    def unavailable(fig, fmt):
        raise ExportUnavailable("no <browser>")

    monkeypatch.setattr(briefing, "figure_to_image", unavailable)
    page = briefing_html(title="t", subtitle="", filters=[], headline=[], charts=[("Timeline", go.Figure())],
                         tables=[], sources=[], generated_at=WHEN)
    assert ('<figure><figcaption>Timeline</figcaption><p class="missing">Chart not included: '
            'no &lt;browser&gt;</p></figure>') in page


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/x", "https://example.org/x"),
    ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
    ("javascript:alert(1)", None),
    ("JavaScript:alert(1)", None),
    (" javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("https://example.org/\nx", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("//evil.example/x", None),
    ("https:///nohost", None),
    ("/relative/path", None),
    ("", None),
    (None, None),
    (float("nan"), None),
])
def test_link_href(url, expected):
    assert link_href(url) == expected


# ------------------------------------------------------------------ real browser

@pytest.mark.browser
def test_hostile_briefing_is_inert_in_chromium(chromium_page, tmp_path):
    fig = go.Figure(go.Bar(x=["Minsk", "Tehran"], y=[3, 1]))
    path = tmp_path / "briefing.html"
    path.write_text(hostile_briefing(charts=[("Chart " + IMG, fig)]), encoding="utf-8")
    page = chromium_page()
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    shown = page.evaluate("""() => ({
        h1: document.querySelector('h1').textContent,
        firstCells: Array.from(document.querySelectorAll('tbody tr:nth-child(2) td')).map(td => td.textContent),
        scripts: document.scripts.length,
        images: Array.from(document.images).map(i => [i.src.slice(0, 26), i.naturalWidth > 0, i.alt]),
        links: Array.from(document.links).map(a => a.href),
        pwned: window.__pwned === undefined ? null : window.__pwned,
    })""")
    assert shown == {
        "h1": SCRIPT,
        "firstCells": ["2025-08", SCRIPT, "Tehran & Minsk", "=HYPERLINK(\"javascript:alert(3)\")"],
        "scripts": 0,
        "images": [["data:image/svg+xml;base64,", True, "Chart " + IMG]],
        "links": ["https://example.org/a?x=1&y=2"],
        "pwned": None,
    }
    assert page.dialogs == []
    assert [u for u in page.requests if not u.startswith(("file://", "data:"))] == []
    page.close()
