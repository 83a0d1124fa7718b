"""Chart builders: pure functions from view frames to plotly figures.

Every string that comes from an article is escaped before it enters a figure
(plotly renders titles and hover labels as a subset of HTML), so nothing an
article contains can run in a viewer's browser or in an exported chart.

Dates are drawn as precisely as they are known: a day is a marker, a month or
a year is a bar spanning it, never a point on an invented day. Undated events
cannot be placed on a time axis; the figure says how many were left to the
table beside it.
"""
from __future__ import annotations

import textwrap

import numpy as np

import pandas as pd
import plotly.graph_objects as go

from .exports import escape_plotly_text as esc
from .model import EVENT_TYPES

#: Marker symbol per event type (plotly symbol names).
TYPE_SYMBOLS = {
    "meeting": "circle", "visit": "diamond", "reception": "square", "multilateral_meeting": "star",
    "talks": "triangle-up", "call": "cross", "signing": "hexagram", "cooperation": "pentagon", "other": "circle-open",
}
TYPE_COLOURS = {
    "meeting": "#1f77b4", "visit": "#d62728", "reception": "#2ca02c", "multilateral_meeting": "#9467bd",
    "talks": "#ff7f0e", "call": "#8c564b", "signing": "#e377c2", "cooperation": "#17becf", "other": "#7f7f7f",
}
#: Above this many dated events the timeline draws weekly counts instead of points.
MAX_POINTS = 1000
#: Above this many dated events the markers are drawn with WebGL (go.Scattergl), not SVG.
WEBGL_POINTS = 500


def _wrap(text: str | None, width: int = 70, max_lines: int = 6) -> str:
    if not text:
        return ""
    lines = textwrap.wrap(str(text), width)
    if len(lines) > max_lines:
        lines = lines[:max_lines] + ["…"]
    return "<br>".join(esc(line) for line in lines)


_HOVER_COLS = ("label", "type", "date", "date_precision", "date_inferred", "date_text", "location", "participants",
               "roles", "source", "source_count", "status", "evidence")


def _hover(row) -> str:
    people = ", ".join(f"{p} ({r})" if r != "participant" else p for p, r in zip(row["participants"], row["roles"]))
    date = row["date"] if isinstance(row["date"], str) else "undated"
    inferred = " — inferred" if row["date_inferred"] else ""
    return (
        f"<b>{_wrap(row['label'], 60, 2)}</b><br>"
        f"{esc(EVENT_TYPES.get(row['type'], {}).get('label', row['type']))}<br>"
        f"Date: {esc(date)} ({esc(row['date_precision'])}{inferred}); as written: “{esc(row['date_text'])}”<br>"
        f"Where: {esc(row['location'] or 'not stated')}<br>"
        f"Who: {_wrap(people, 70, 3) or 'not stated'}<br>"
        f"Source: {_wrap(row['source'], 70, 1)}"
        f"{' (+' + str(row['source_count'] - 1) + ' more)' if row.get('source_count', 1) > 1 else ''}"
        f"{' — DRAFT, not yet reviewed' if row.get('status') == 'draft' else ''}<br>"
        f"<i>{_wrap(row['evidence'])}</i>"
    )


def timeline_figure(events: pd.DataFrame, lane: str = "pair", undated: int | None = None) -> go.Figure:
    """Events on a time axis, one lane per ``lane`` value (country pair by default).

    Day-precision events are markers shaped by type; month- and year-precision
    events are bars spanning the month or year. Undated rows are left out of
    the figure (the page lists them) and counted in its subtitle (``undated``
    overrides that count when the frame holds the dated rows only).
    """
    dated = events[events["start"].notna()]
    if undated is None:
        undated = len(events) - len(dated)
    if len(dated) > MAX_POINTS:
        return _timeline_counts(dated, undated, lane)
    lanes = sorted(dated[lane].unique(), key=str)
    # Columns as arrays once (a row-by-row pandas walk costs more than the figure itself).
    hover = np.array([_hover(dict(zip(_HOVER_COLS, vals))) for vals in zip(*(
        dated[c].tolist() if c in dated else [None] * len(dated) for c in _HOVER_COLS))], dtype=object)
    types = dated["type"].to_numpy(dtype=object)
    is_day = (dated["date_precision"] == "day").to_numpy(dtype=bool)
    ys = np.array([esc(str(v)) for v in dated[lane].tolist()], dtype=object)
    ids = dated["event_id"].to_numpy(dtype=object)
    start = dated["start"]
    traces: list[dict] = []
    for etype in pd.unique(types):
        label = esc(EVENT_TYPES.get(etype, {}).get("label", etype))
        colour = TYPE_COLOURS.get(etype, "#7f7f7f")
        of_type = types == etype
        spans, days = np.flatnonzero(of_type & ~is_day), np.flatnonzero(of_type & is_day)
        if len(spans):
            width = (dated["end"].iloc[spans] - start.iloc[spans] + pd.Timedelta(days=1)).dt.total_seconds() * 1000
            traces.append(dict(
                type="bar", y=ys[spans], x=width.to_numpy(), base=start.iloc[spans].dt.strftime("%Y-%m-%d").to_numpy(),
                orientation="h", name=f"{label} (month/year: span)",
                marker={"color": colour, "opacity": 0.35, "line": {"color": colour, "width": 1}},
                hovertext=hover[spans], hoverinfo="text", customdata=ids[spans], width=0.5, legendgroup=etype))
        if len(days):
            traces.append(dict(
                type="scattergl" if len(dated) > WEBGL_POINTS else "scatter",
                y=ys[days], x=start.iloc[days].dt.strftime("%Y-%m-%d").to_numpy(), mode="markers", name=label,
                marker={"symbol": TYPE_SYMBOLS.get(etype, "circle"), "size": 14, "color": colour,
                        "line": {"color": "white", "width": 1}},
                hovertext=hover[days], hoverinfo="text", customdata=ids[days], legendgroup=etype))
    subtitle = f"{len(dated)} dated event{'s' if len(dated) != 1 else ''}"
    if undated:
        subtitle += f"; {undated} undated event{'s' if undated != 1 else ''} not drawn (listed below)"
    return _figure(traces, dict(
        title={"text": f"Meetings by {'country pair' if lane == 'pair' else esc(lane)}<br><sup>{subtitle}; "
                       f"bars span a month or year when only that is known</sup>"},
        xaxis={"type": "date", "title": "Date"},
        yaxis={"type": "category", "categoryorder": "array", "categoryarray": [esc(x) for x in lanes],
               "title": ""},
        barmode="overlay", hovermode="closest", legend={"title": "Event type"},
        height=max(320, 140 + 60 * len(lanes)), margin={"l": 10, "r": 10, "t": 80, "b": 40},
    ))


def _figure(traces: list[dict], layout: dict) -> go.Figure:
    """A figure from trace and layout dicts, without plotly's per-property validation.

    Validation costs more than everything else on a timeline rerun (about 40 ms for a dozen
    traces of a few hundred points); these builders only set properties that the tests render in
    Chromium and export with kaleido, so an invalid one cannot go unnoticed.
    """
    return go.Figure(data=traces, layout=layout, _validate=False)


def _timeline_counts(dated: pd.DataFrame, undated: int, lane: str) -> go.Figure:
    """Weekly counts per lane, for more events than a browser draws well as points."""
    week = dated["start"].dt.to_period("W").dt.start_time
    counts = dated.assign(week=week).groupby([lane, "week"]).size().reset_index(name="events")
    return timeline_counts_figure(counts.rename(columns={lane: "lane"}), len(dated), undated, lane)


def timeline_counts_figure(counts: pd.DataFrame, dated: int, undated: int, lane: str = "pair",
                           lanes: int | None = None) -> go.Figure:
    """Weekly counts (``lane, week, events``, e.g. frames.timeline_counts) as WebGL lines, one per lane.

    The title says what is drawn: counts, not events ("Weekly counts of 1,000,000 events"), and how many
    lanes were folded into "other" when only the busiest are drawn.
    """
    # datetime64 and integer arrays: st.plotly_chart deep-copies the figure, and an object array costs a call
    # per element (20,000 for a busy view), a typed one a single copy
    traces = [dict(type="scattergl", x=g["week"].to_numpy(dtype="datetime64[ns]"), y=g["events"].to_numpy(dtype="int64"),
                   mode="lines", name=esc(str(name)),
                   hovertemplate="week of %{x|%Y-%m-%d}: %{y} events<extra>" + esc(str(name))[:60] + "</extra>")
              for name, g in counts.groupby("lane", sort=False)]
    what = "country pairs" if lane == "pair" else "actors"
    shown = counts["lane"].nunique()
    folded = f"; the {shown - 1} busiest {what} drawn, {lanes - shown + 1:,} more summed as one line" \
        if lanes and lanes > shown else ""
    return _figure(traces, dict(
        title={"text": f"Weekly counts of {dated:,} events (by start of the date's span: too many "
                       f"to draw one by one)<br><sup>{undated:,} undated not drawn{folded}</sup>"},
        xaxis={"type": "date", "title": "Week"}, yaxis={"title": "events per week", "rangemode": "tozero"},
        legend={"title": "Country pair" if lane == "pair" else "Actor"},
        height=480, margin={"l": 10, "r": 10, "t": 80, "b": 40}))


def sector_figure(sectors: pd.DataFrame) -> go.Figure:
    """Signings covering each normalised sector (one signing counts once in every sector it covers)."""
    df = sectors.iloc[::-1]
    hover = [
        f"<b>{esc(r['sector_label'])}</b><br>{r['signings']} signing{'s' if r['signings'] != 1 else ''} "
        f"whose documents cover it<br>{r['documents']} document{'s' if r['documents'] != 1 else ''} signed at "
        f"those signings (not split by sector)<br>Pairs: {esc(', '.join(r['pairs']))}<br>As written: "
        f"{_wrap('; '.join(r['phrases']), 60, 4)}"
        for _, r in df.iterrows()
    ]
    fig = go.Figure(go.Bar(
        x=df["signings"], y=df["sector_label"].map(esc), orientation="h", marker={"color": "#4c78a8"},
        hovertext=hover, hoverinfo="text", text=df["signings"], textposition="outside"))
    fig.update_layout(
        title={"text": "Agreements by sector<br><sup>Signings whose documents cover each sector; a signing that "
                       "covers several sectors counts once in each</sup>"},
        xaxis={"title": "signings", "dtick": 1, "rangemode": "tozero"}, yaxis={"title": ""},
        height=max(320, 120 + 32 * len(df)), margin={"l": 10, "r": 30, "t": 80, "b": 40},
    )
    return fig


def sector_pair_figure(pairs: pd.DataFrame) -> go.Figure:
    """Signings by country pair and sector, as a heat map."""
    if pairs.empty:
        return go.Figure().update_layout(title="Agreements by country pair and sector: none")
    table = pairs.pivot_table(index="pair", columns="sector_label", values="signings", aggfunc="sum", fill_value=0)
    total = pairs.attrs.get("pairs") or len(table)
    title = "Signings by country pair and sector" + (
        f"<br><sup>the {len(table)} pairs with most signings, of {total:,}</sup>" if total > len(table) else "")
    fig = go.Figure(go.Heatmap(
        z=table.values, x=[esc(c) for c in table.columns], y=[esc(i) for i in table.index],
        colorscale="Blues", text=table.values, texttemplate="%{text}", zmin=0,
        showscale=bool(table.values.max() > 1),  # a scale of one value says nothing
        hovertemplate="%{y}<br>%{x}<br>%{z} signing(s)<extra></extra>", colorbar={"title": "signings"}))
    fig.update_layout(title=title, height=max(260, 160 + 50 * len(table)),
                      xaxis={"tickangle": -30}, margin={"l": 10, "r": 10, "t": 60, "b": 120})
    return fig


def counterpart_figure(counterparts: list[tuple[str, int]], name: str) -> go.Figure:
    """How often an actor met each counterpart (events they both took part in)."""
    names = [esc(n) for n, _ in counterparts][::-1]
    counts = [c for _, c in counterparts][::-1]
    fig = go.Figure(go.Bar(x=counts, y=names, orientation="h", marker={"color": "#72b7b2"},
                           hovertemplate="%{y}: %{x} shared event(s)<extra></extra>"))
    fig.update_layout(title=f"Counterparts of {esc(name)}", xaxis={"title": "shared events", "dtick": 1},
                      height=max(240, 120 + 32 * len(names)), margin={"l": 10, "r": 10, "t": 60, "b": 40})
    return fig
