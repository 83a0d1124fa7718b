import json

import pandas as pd

from pactwatch import charts, frames


def traces(fig):
    """Trace dicts with array values as plain lists (plotly's JSON packs numbers as binary)."""
    out = []
    for t in fig.data:
        d = t.to_plotly_json()
        out.append({k: (list(v) if hasattr(v, "__len__") and not isinstance(v, (str, dict)) else v)
                    for k, v in d.items()})
    return out


def test_timeline_draws_days_as_markers_and_months_as_spans(store):
    fig = charts.timeline_figure(frames.timeline_frame(store))
    data = traces(fig)
    bars = [t for t in data if t["type"] == "bar"]
    markers = [t for t in data if t["type"] == "scatter"]
    assert len(bars) == 1 and bars[0]["base"] == ["2025-08-01"]
    # The span covers the whole month: 31 days in milliseconds.
    assert bars[0]["x"] == [31 * 86_400_000]
    assert sorted(pd.Timestamp(d) for t in markers for d in t["x"]) == [pd.Timestamp("2025-06-26"),
                                                                        pd.Timestamp("2025-08-20")]
    assert sorted({y for t in data for y in t["y"]}) == ["Belarus – Iran", "China – Iran"]
    title = fig.layout.title.text
    assert "3 dated events; 1 undated event not drawn" in title


def test_timeline_hover_has_participants_place_date_as_written_and_sentence(store):
    fig = charts.timeline_figure(frames.timeline_frame(store))
    hover = " ".join(h for t in traces(fig) for h in t["hovertext"])
    for s in ("Masoud Pezeshkian (guest)", "Where: Minsk", "as written: “on August 20”", "inferred",
              "Iranian Army Chief Major General Abdolrahim Mousavi"):
        assert s in hover


def test_article_text_is_escaped_in_figures(store):
    ev = frames.timeline_frame(store).copy()
    ev.loc[0, "label"] = "<img src=x onerror=alert(1)>"
    ev.loc[0, "evidence"] = "<script>alert(2)</script>"
    ev.loc[0, "pair"] = "<b>bold</b>"
    blob = json.dumps(charts.timeline_figure(ev).to_plotly_json(), default=str)  # keeps "<" as is
    assert "<img" not in blob and "<script" not in blob and "<b>bold" not in blob
    assert "&lt;img src=x onerror=alert(1)&gt;" in blob


def test_many_events_are_drawn_as_weekly_counts():
    n = charts.MAX_POINTS + 1
    days = pd.to_datetime("2025-01-01") + pd.to_timedelta(range(n), unit="h")
    ev = pd.DataFrame({"start": days, "end": days, "pair": "A – B", "type": "meeting"})
    fig = charts.timeline_figure(ev)
    assert fig.data[0].type == "scattergl"
    assert f"Weekly counts of {n:,} events" in fig.layout.title.text


def test_sector_figure_counts_signings(store):
    fig = charts.sector_figure(frames.sector_breakdown(store))
    [bar] = traces(fig)
    assert len(bar["y"]) == 9 and set(bar["x"]) == {1}
    assert "12 documents signed at those signings (not split by sector)" in " ".join(bar["hovertext"])
    assert "count once in each" in fig.layout.title.text or "counts once in each" in fig.layout.title.text


def test_pair_heatmap_and_counterparts(store):
    heat = charts.sector_pair_figure(frames.sector_pair_frame(store))
    assert heat.data[0].type == "heatmap" and list(heat.data[0].y) == ["Belarus – Iran"]
    cp = charts.counterpart_figure([("Masoud Pezeshkian", 1)], "Alexander Lukashenko")
    assert list(cp.data[0].y) == ["Masoud Pezeshkian"]
