"""Meeting timeline: who met whom, when and where, on a time axis by country pair."""
import streamlit as st

from pactwatch import charts, frames
from pages.shared import (
    occasion_reports,
    briefing_download, cached, caption_filters, chart_downloads, data_downloads, evidence_block, page_param,
    show_empty, sidebar_filters, sync_url, text_heading, timeline,
)

f = sidebar_filters()
st.title("Meeting timeline")
caption_filters(f)
events = cached(timeline, f)

if events.empty:
    sync_url(f)
    show_empty(f)
    st.stop()

dated = events[events["start"].notna()]
undated = events[events["start"].isna()]
m = st.columns(4)
m[0].metric("Events", len(events))
m[1].metric("Dated", len(dated))
m[2].metric("Undated", len(undated))
m[3].metric("Country pairs", events["pair"].nunique())

lane = st.radio("Group lanes by", ["pair", "participant"], horizontal=True, key="timeline_lane",
                format_func={"pair": "Country pair", "participant": "Actor"}.get)
fig = charts.timeline_figure(events if lane == "pair" else frames.participant_lanes(events), lane=lane)
st.plotly_chart(fig, key="timeline_chart", width="stretch")

if len(undated):
    st.subheader(f"Undated events ({len(undated)})")
    st.caption("The source gives no date that can be placed on the axis; the words it used are kept.")
    st.dataframe(undated[["date_text", "type_label", "label", "location", "participants", "source"]]
                 .rename(columns={"date_text": "as written", "type_label": "type", "location": "where"}),
                 hide_index=True, width="stretch", key="undated_table")

st.subheader("All events")
table = events.assign(date=events["date"].fillna("undated"))
st.dataframe(
    table[["date", "date_precision", "date_text", "date_inferred", "type_label", "label", "location",
           "participants", "countries", "status", "source_count", "source"]],
    column_config={"date_precision": "precision", "date_text": "as written", "date_inferred": "inferred",
                   "type_label": "type", "location": "where", "status": "record", "source_count": "sources"},
    hide_index=True, width="stretch", key="events_table")

st.subheader("Event detail")
ids = list(events["event_id"])
wanted = page_param("event")
labels = {r.event_id: f"{r.date if isinstance(r.date, str) else 'undated (' + r.date_text + ')'} — {r.label}"
          for r in events.itertuples()}
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
    data_downloads(events, "pactwatch-events", "timeline_data_dl")
    briefing_download(f, "timeline_briefing")
