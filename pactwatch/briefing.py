"""A one-file HTML briefing: what an analyst hands on after filtering the dashboard.

The briefing states the filters in force, the headline figures, the charts (as SVG
pictures), the tables behind them and the sources, so a reader can check every
number without PactWatch. It is a single HTML file that needs no network and runs no
script:

* charts are SVG rendered by kaleido and embedded as ``<img src="data:...">``: an SVG
  shown through <img> cannot run script or load anything;
* every string that comes from data (titles, names, article sentences, URLs) goes
  through ``html.escape``; links are made only for http(s) URLs;
* a Content-Security-Policy meta tag (``default-src 'none'; img-src data:;
  style-src 'unsafe-inline'``) forbids scripts, frames, fonts and fetches even if
  something slipped through.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import math
import re
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from .exports import ExportError, figure_to_image

__all__ = ["briefing_html", "CSP", "link_href"]

#: The page's Content-Security-Policy: nothing may load or run except inline styles
#: and data: images (the charts). base-uri/form-action are not covered by default-src.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1b1f24; margin: 0 auto; max-width: 1120px; padding: 24px 32px; }
header { border-bottom: 2px solid #1b1f24; margin-bottom: 16px; padding-bottom: 8px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #c9d1d9; padding-bottom: 3px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.subtitle { font-size: 15px; color: #444c56; margin: 0 0 4px; }
.generated { font-size: 12px; color: #57606a; margin: 0; }
dl.filters { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.filters dt { font-weight: 600; }
dl.filters dd { margin: 0; }
.headline { display: flex; flex-wrap: wrap; gap: 12px; margin: 0; padding: 0; list-style: none; }
.headline li { border: 1px solid #c9d1d9; border-radius: 4px; padding: 8px 14px; min-width: 140px; }
.headline .value { display: block; font-size: 22px; font-weight: 700; }
.headline .label { display: block; font-size: 12px; color: #57606a; }
figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
figure img { max-width: 100%; height: auto; border: 1px solid #e1e4e8; }
figcaption { font-weight: 600; margin-bottom: 4px; }
.missing { color: #8a4600; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 12px; margin-bottom: 8px; }
th, td { border: 1px solid #c9d1d9; padding: 3px 6px; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #f0f3f6; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.rows { font-size: 12px; color: #57606a; margin: 0 0 4px; }
ol.sources li { margin-bottom: 4px; }
.url { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px;
       overflow-wrap: anywhere; }
footer { margin-top: 24px; font-size: 11px; color: #57606a; }
@page { margin: 14mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11px; }
  a { color: inherit; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
"""


def _e(value: Any) -> str:
    """Data as HTML text: escaped, quotes included (safe in text and attributes)."""
    return html.escape(_display(value), quote=True)


def _display(value: Any) -> str:
    """How one value reads in the briefing: missing is blank, lists are "a; b",
    midnight timestamps are dates; strings are shown as written."""
    if value is None or value is pd.NaT or value is pd.NA:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(_display(v) for v in value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() and value.tzinfo is None \
            else value.isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


_URL_SPACE_OR_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def link_href(url: Any) -> str | None:
    """``url`` if it is safe to make a link of, else None (shown as text only).

    Only absolute http/https URLs with a host qualify. URLs with spaces or control
    characters are refused too: browsers drop those before reading the scheme, so
    "java\\tscript:" or " javascript:" would otherwise pass a naive check.
    """
    if not isinstance(url, str) or not url or _URL_SPACE_OR_CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _table_html(df: pd.DataFrame) -> str:
    head = "".join(f"<th scope=\"col\">{_e(c)}</th>" for c in df.columns)
    body = "\n".join(
        "<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>"
        for row in df.itertuples(index=False, name=None)
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _chart_html(caption: str, fig) -> str:
    try:
        svg = figure_to_image(fig, "svg")
    except ExportError as e:
        # A briefing without a picture is still worth having: say plainly what is missing.
        return (f"<figure><figcaption>{_e(caption)}</figcaption>"
                f"<p class=\"missing\">Chart not included: {_e(e)}</p></figure>")
    data = base64.b64encode(svg).decode("ascii")
    return (f"<figure><figcaption>{_e(caption)}</figcaption>"
            f"<img src=\"data:image/svg+xml;base64,{data}\" alt=\"{_e(caption)}\"></figure>")


def _source_html(src: dict) -> str:
    # Frames give NaN for a missing field: _display turns it (and None) into "".
    title = _display(src.get("title")) or _display(src.get("id")) or "Untitled source"
    parts = [f"<span class=\"title\">{_e(title)}</span>"]
    details = [_display(src.get(k)) for k in ("publisher", "published")]
    details = [x for x in details if x]
    if details:
        parts.append(" &mdash; " + ", ".join(_e(x) for x in details))
    url = _display(src.get("url"))
    if url:
        href = link_href(url)
        shown = f"<span class=\"url\">{_e(url)}</span>"
        if href:
            shown = f"<a href=\"{_e(href)}\" rel=\"noopener noreferrer\">{shown}</a>"
        parts.append("<br>" + shown)
    return "<li>" + "".join(parts) + "</li>"


def briefing_html(*, title: str, subtitle: str, filters: list[tuple[str, str]],
                  headline: list[tuple[str, str]], charts: list[tuple[str, Any]],
                  tables: list[tuple[str, pd.DataFrame]], sources: list[dict],
                  generated_at: dt.datetime | None = None) -> str:
    """The briefing as one self-contained HTML document (UTF-8 text).

    ``filters``: (name, value) pairs of the filters in force; none means "all records".
    ``headline``: (label, value) pairs, e.g. ("Meetings", "12").
    ``charts``: (caption, plotly Figure) pairs, embedded as SVG pictures; if chart
    export is unavailable the briefing says so in place of the picture.
    ``tables``: (caption, DataFrame) pairs, every row shown, every cell escaped.
    ``sources``: dicts with ``title``, ``publisher``, ``url`` (and optional ``published``,
    ``id``); URLs are shown as text and linked only when http(s).
    ``generated_at``: the time stated as generation time (default: now; a naive
    datetime is taken as UTC).
    """
    when = (generated_at or dt.datetime.now(dt.timezone.utc))
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    when_text = when.strftime("%Y-%m-%d %H:%M UTC")

    out: list[str] = [
        "<!DOCTYPE html>",
        "<html lang=\"en\">",
        "<head>",
        "<meta charset=\"utf-8\">",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{html.escape(CSP)}\">",
        "<meta name=\"referrer\" content=\"no-referrer\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(title)}</h1>",
    ]
    if subtitle:
        out.append(f"<p class=\"subtitle\">{_e(subtitle)}</p>")
    out += [f"<p class=\"generated\">Generated {_e(when_text)} by PactWatch</p>", "</header>"]

    out.append("<section class=\"filters\"><h2>Filters in force</h2>")
    pairs = list(filters)
    if pairs:
        out.append("<dl class=\"filters\">" + "".join(
            f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in pairs) + "</dl>")
    else:
        out.append("<p>None: all records.</p>")
    out.append("</section>")

    pairs = list(headline)
    if pairs:
        out.append("<section><h2>Headline figures</h2><ul class=\"headline\">" + "".join(
            f"<li><span class=\"value\">{_e(v)}</span><span class=\"label\">{_e(k)}</span></li>"
            for k, v in pairs) + "</ul></section>")

    if charts:
        out.append("<section><h2>Charts</h2>")
        out += [_chart_html(caption, fig) for caption, fig in charts]
        out.append("</section>")

    for caption, df in tables:
        n = len(df)
        out += [f"<section><h2>{_e(caption)}</h2>",
                f"<p class=\"rows\">{n} row{'s' if n != 1 else ''}</p>",
                _table_html(df), "</section>"]

    out.append("<section><h2>Sources</h2>")
    if sources:
        out.append("<ol class=\"sources\">" + "".join(_source_html(s) for s in sources) + "</ol>")
    else:
        out.append("<p>No sources.</p>")
    out.append("</section>")

    out += ["<footer>Every figure above is derived from the sources listed; dates are shown "
            "as precise as the sources state them.</footer>", "</body>", "</html>", ""]
    return "\n".join(out)
