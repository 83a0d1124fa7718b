"""Review: check a draft against its article, fix what is wrong, and save it as reviewed."""
import streamlit as st

from pactwatch import frames, review
from pactwatch.merge import merge_into_store
from pactwatch.model import EVENT_TYPES
from pactwatch.store import StoreError
from pages.shared import _key, cluster_reports, source_clusters, join_candidates, review_sources, evidence_block, page_picker, sidebar_filters, store_or_stop, text_heading

#: Occasions offered to join a report with: those sharing a state with it, nearest in date.
JOIN_CHOICES = 50

sidebar_filters()
st.title("Review")
store = store_or_stop()
counts = frames.sources_summary(store)
if not counts["sources"]:
    st.info("The store holds no articles yet: add some on the Add articles page.")
    st.stop()
drafts = counts["drafts"]
st.caption(f"{drafts:,} draft{'s' if drafts != 1 else ''} awaiting review, {counts['reviewed']:,} reviewed.")
page = page_picker(counts["sources"], "review_page")
sources = review_sources(store, _key(store), page)
ids = list(sources["source_id"])
default = st.session_state.pop("review_pick_default", None)
if default in ids:
    st.session_state["review_pick"] = default
label = {r.source_id: f"[{r.status}] {r.title[:90]} ({r.events} events, {r.agreements} agreements)"
         for r in sources.itertuples()}
pick = st.selectbox("Article", ids, format_func=label.get, key="review_pick")
record = store.record(pick)
text_heading(record.source.title or "(untitled)")
st.text(f"Status: {record.status} · publisher: {record.source.publisher or '—'} · published: "
        f"{record.source.published or 'not stated'} · source id {record.source.id}")

left, right = st.columns([2, 3])
with left:
    st.markdown("**Article** (mentions highlighted: person, organisation, date, place, sector)")
    with st.container(height=640):
        st.html(f"<div style='font-size:0.92em;line-height:1.5'>{review.highlight_html(record)}</div>")
with right:
    tables = review.record_tables(record)
    edited = {}
    config = {
        "events": {"type": st.column_config.SelectboxColumn(options=list(EVENT_TYPES), required=True)},
        "actors": {"kind": st.column_config.SelectboxColumn(options=["person", "organisation"], required=True)},
        "agreements": {"count": st.column_config.NumberColumn(min_value=0, step=1)},
        "statements": {"mode": st.column_config.SelectboxColumn(options=["quoted", "reported"], required=True)},
    }
    tabs = st.tabs([f"{name.capitalize()} ({len(tables[name])})" for name in review.TABLES])
    for tab, name in zip(tabs, review.TABLES):
        with tab:
            st.caption("Tick **checked** for each fact you verified. Lists are separated by “; ”. Evidence must be "
                       "a passage of the article, word for word.")
            edited[name] = st.data_editor(
                tables[name], num_rows="dynamic", hide_index=True, width="stretch", key=f"edit_{name}_{pick}",
                column_config={"checked": st.column_config.CheckboxColumn(default=False), **config[name]})
    if st.button("Save as reviewed", type="primary", key="review_save"):
        new, errors = review.apply_tables(record, edited)
        if errors:
            st.error(f"Not saved — fix {len(errors)} problem{'s' if len(errors) != 1 else ''} first:")
            st.text("\n".join(f"• {e}" for e in errors))  # article text inside: never rendered as Markdown
        else:
            try:
                merge_into_store(store, new)
                store.save_record(new)
                checked = sum(x.reviewed for x in new.events + new.actors + new.agreements + new.statements)
                st.success(f"Saved as reviewed: {checked} facts marked checked.")
            except StoreError as exc:
                st.error(str(exc))

with st.expander("Merged occasions: the same event reported by other articles"):
    clusters = source_clusters(store, _key(store), record.source.id)
    candidates = join_candidates(store, _key(store), record.source.id, JOIN_CHOICES)
    for e in record.events:
        if e.id not in clusters:
            continue
        cluster = clusters[e.id]
        reports = cluster_reports(store, _key(store), cluster)
        others = reports[reports["source_id"] != record.source.id]
        n_other = others["source"].nunique()
        st.text(f"{e.label} — " + (f"also reported by {n_other} other article(s)" if n_other
                                   else "reported by this article only"))
        for r in others.itertuples():
            evidence_block(r.evidence, f"{r.source} ({r.date or 'undated'}, as written “{r.date_text}”)")
        c1, c2 = st.columns(2)
        if len(others) and c1.button("Split this report out", key=f"split_{e.id}"):
            store.set_event_cluster(record.source.id, e.id, None)
            st.rerun()
        mine = candidates[candidates["event_id"] == e.id]
        names = {c: f"{label[:70]} ({date if isinstance(date, str) else 'undated'})"
                 for c, label, date in zip(mine["cluster_id"], mine["label"], mine["date"])}
        target = c2.selectbox("Join with occasion", [""] + list(names), key=f"join_{e.id}",
                              format_func=lambda c: names.get(c, "—"),
                              help="Occasions of other articles sharing a state with this event, nearest in date.")
        if target and c2.button("Join", key=f"join_btn_{e.id}"):
            store.set_event_cluster(record.source.id, e.id, target)
            st.rerun()
