"""Actor lookup: find a person or organisation by any spelling of the name, and see what they did."""
import pandas as pd
import streamlit as st

from pactwatch import charts, frames
from pactwatch.countries import country_name
from pactwatch.names import search_actors
from pages.shared import (
    _key, actor_index, actor_profile, actors, cached, caption_filters, chart_downloads, data_downloads, evidence_block, page_param, show_empty,
    sidebar_filters, store_or_stop, sync_url, text_heading,
)

#: Actors the picker lists at once (search narrows the rest).
MAX_CHOICES = 500

f = sidebar_filters()
st.title("Actor lookup")
caption_filters(f)
everyone = cached(actors, f)
if everyone.empty:
    sync_url(f)
    show_empty(f, "actors")
    st.stop()

if "actor_q" not in st.session_state:
    st.session_state["actor_q"] = page_param("q") or ""
query = st.text_input("Search a name (any spelling: Lukashenka, Nasirzadeh, Musavi…)", key="actor_q",
                      max_chars=200)
store = store_or_stop()
index = actor_index(store, _key(store))  # built on the first visit, so searching costs milliseconds
found = search_actors(everyone, query, index=index) if query.strip() else everyone.assign(score=100.0)
if found.empty:
    st.warning("No actor matches that name. Try another spelling or part of the name.")
    sync_url(f, {"q": query})
    st.stop()

wanted = page_param("actor")
shown = found.head(MAX_CHOICES)
if wanted and wanted not in set(shown["actor_id"]) and wanted in set(found["actor_id"]):
    shown = pd.concat([found[found["actor_id"] == wanted], shown], ignore_index=True)
ids = list(shown["actor_id"])
label = dict(zip(shown["actor_id"], [f"{n} ({country_name(c) or 'no country'}; {k})"
                                      for n, c, k in zip(shown["name"], shown["country"], shown["kind"])]))
if len(found) > len(shown):
    st.caption(f"{len(found):,} actors: the first {len(shown):,} are listed; search a name to find the others.")
pick = st.selectbox(f"{len(found):,} match{'es' if len(found) != 1 else ''}", ids,
                    index=ids.index(wanted) if wanted in ids else 0, format_func=label.get, key="actor_pick")
sync_url(f, {"q": query.strip(), "actor": pick})

profile = actor_profile(store, _key(store), pick)
text_heading(profile["name"], 2)
c1, c2, c3 = st.columns(3)
c1.metric("Country", country_name(profile["country"]) or "not stated")
c2.metric("Events", len(profile["events"]))
c3.metric("Statements", len(profile["statements"]))
st.text("Also written: " + (", ".join(a for a in profile["aliases"] if a != profile["name"]) or "—"))

st.subheader("Titles as stated")
if profile["titles"].empty:
    st.caption("No title stated.")
for t in profile["titles"].itertuples():
    st.text(t.title)
    evidence_block(t.evidence, t.source)

st.subheader("Events")
if profile["events"].empty:
    st.caption("Takes part in no event.")
else:
    st.dataframe(profile["events"].assign(date=profile["events"]["date"].fillna("undated"))[
        ["date", "date_text", "type", "label", "role", "location", "participants", "source"]],
        hide_index=True, width="stretch", key="actor_events")

if profile["counterparts"]:
    st.subheader("Counterparts")
    fig = charts.counterpart_figure(profile["counterparts"][:30], profile["name"])
    st.plotly_chart(fig, key="counterpart_chart", width="stretch")
    chart_downloads(fig, f"pactwatch-counterparts-{profile['name']}", "counterpart_dl")

if not profile["agreements"].empty:
    st.subheader("Agreements signed at their events")
    st.dataframe(profile["agreements"], hide_index=True, width="stretch", key="actor_agreements")

st.subheader("Statements")
if profile["statements"].empty:
    st.caption("No statement attributed.")
for s in profile["statements"].itertuples():
    st.text(f"{'Quoted' if s.mode == 'quoted' else 'Reported'}: {s.text}")
    evidence_block(s.evidence, s.source)

with st.expander(f"Every sentence that mentions {profile['name']} ({len(profile['mentions'])})"):
    for m in profile["mentions"].itertuples():
        evidence_block(m.sentence, m.source)

with st.expander("Export", expanded=False):
    data_downloads(found.drop(columns=["score"]), "pactwatch-actors", "actors_data_dl")
