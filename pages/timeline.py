"""Meeting timeline: who met whom, when and where, on a time axis by country pair.

Counts, the chart and the tables come from SQL a page at a time: a view of a
million events loads its headline counts, weekly counts (when there are too many
events to draw one by one) and one page of table rows, never the whole frame.
"""
import pandas as pd
import streamlit as st

from pactwatch import frames
from pages.shared import (
    briefing_download, cached, caption_filters, chart_downloads, data_downloads, evidence_block,
    occasion_reports, page_number, page_param, page_picker, show_empty, sidebar_filters, store_or_stop, sync_url,
    text_heading, timeline_chart, timeline_summary, timeline_view, _key,
)
from pactwatch.charts import MAX_POINTS

f = sidebar_filters()
st.title("Meeting timeline")
caption_filters(f)
store = store_or_stop()
summary = cached(timeline_summary, f)

if not summary["events"]:
    sync_url(f)
    show_empty(f)
    st.stop()

m = st.columns(4)
m[0].metric("Events", f"{summary['events']:,}")
m[1].metric("Dated", f"{summary['dated']:,}")
m[2].metric("Undated", f"{summary['undated']:,}")
m[3].metric("Country pairs", f"{summary['pairs']:,}")

lane = st.radio("Group lanes by", ["pair", "participant"], horizontal=True, key="timeline_lane",
                format_func={"pair": "Country pair", "participant": "Actor"}.get)
# One read serves the chart (when it draws every occasion) and both tables' current pages.
view = timeline_view(store, _key(store), f, page_number("events_page", summary["events"]),
                     page_number("undated_page", summary["undated"]),
                     dated=summary["dated"] <= MAX_POINTS)
fig = timeline_chart(f, lane, view.get("dated"))
st.plotly_chart(fig, key="timeline_chart", width="stretch")

if summary["undated"]:
    st.subheader(f"Undated events ({summary['undated']:,})")
    st.caption("The source gives no date that can be placed on the axis; the words it used are kept.")
    page_picker(summary["undated"], "undated_page")
    undated = view["undated"]
    st.dataframe(undated[["date_text", "type_label", "label", "location", "participants", "source"]]
                 .rename(columns={"date_text": "as written", "type_label": "type", "location": "where"}),
                 hide_index=True, width="stretch", key="undated_table")

st.subheader("All events")
page_picker(summary["events"], "events_page")
events = view["page"]
table = events.assign(date=events["date"].fillna("undated"))
st.dataframe(
    table[["date", "date_precision", "date_text", "date_inferred", "type_label", "label", "location",
           "participants", "countries", "status", "source_count", "source"]],
    column_config={"date_precision": "precision", "date_text": "as written", "date_inferred": "inferred",
                   "type_label": "type", "location": "where", "status": "record", "source_count": "sources"},
    hide_index=True, width="stretch", key="events_table")

st.subheader("Event detail")
wanted = page_param("event")
if wanted and wanted not in set(events["event_id"]):  # a linked event on another page
    events = pd.concat([frames.occasion_frame(store, wanted, f), events], ignore_index=True)
ids = list(events["event_id"])
if summary["events"] > len(ids):
    st.caption(f"Events of the table page shown above ({len(ids):,} of {summary['events']:,}).")
# only the columns a label needs (itertuples would turn every row's timestamps into Python objects)
labels = {i: f"{d if isinstance(d, str) else 'undated (' + str(t) + ')'} — {lab}"
          for i, d, t, lab in zip(ids, events["date"].tolist(), events["date_text"].tolist(), events["label"].tolist())}
pick = st.selectbox("Event", ids, index=ids.index(wanted) if wanted in ids else 0, format_func=labels.get,
                    key="event_pick")
ev = events.set_index("event_id").loc[pick]
text_heading(ev["label"])
c1, c2 = st.columns(2)
c1.markdown("**When**")
c1.text(f"{ev['date'] if isinstance(ev['date'], str) else 'undated'} ({ev['date_precision']} precision"
        f"{', inferred' if ev['date_inferred'] else ''}; rule: {ev['date_rule']})\nas written: “{ev['date_text']}”")
c1.markdown("**Where**")
c1.text(f"{ev['location'] or 'not stated'}" + (f" ({ev['location_country']})" if ev["location_country"] else ""))
c2.markdown("**Who**")
c2.text("\n".join(f"{p} — {r}" for p, r in zip(ev["participants"], ev["roles"])) or "not stated")
c2.markdown("**Countries**")
c2.text(", ".join(ev["countries"]) or "none stated")
st.markdown("**Evidence**" + (" — from a draft record, not yet reviewed" if ev["status"] == "draft" else ""))
evidence_block(ev["evidence"], ev["source"])
if ev["source_count"] > 1:
    st.markdown(f"**Reported by {ev['source_count']} sources**")
    reports = occasion_reports(ev["cluster_id"])
    for r in reports.itertuples():
        if r.source_id != ev["source_id"] or r.event_id != pick:
            evidence_block(r.evidence, f"{r.source} — date as written: “{r.date_text}” ({r.date or 'undated'})")
sync_url(f, {"event": pick if pick != ids[0] else None})

with st.expander("Export", expanded=True):
    chart_downloads(fig, "pactwatch-timeline", "timeline_chart_dl")
    data_downloads(lambda: frames.timeline_frame(store, f), "pactwatch-events", "timeline_data_dl",
                   csv=lambda: frames.events_csv(store, f))
    briefing_download(f, "timeline_briefing")
