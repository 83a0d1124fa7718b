"""Agreement sectors: what was signed, in which sectors, between which states."""
import streamlit as st

from pactwatch import charts
from pages.shared import (
    agreements, briefing_download, cached, caption_filters, chart_downloads, data_downloads, evidence_block,
    sector_pairs, sectors, show_empty, sidebar_filters, sync_url,
)

f = sidebar_filters()
sync_url(f)
st.title("Agreement sectors")
caption_filters(f)
ag = cached(agreements, f)
if ag.empty:
    show_empty(f, "agreements")
    st.stop()

se = cached(sectors, f)
m = st.columns(4)
m[0].metric("Signings", len(ag))
m[1].metric("Documents signed", int(ag["count"].fillna(0).sum()))
m[2].metric("Sectors covered", len(se))
m[3].metric("Sector phrases as written", sum(len(s) for s in ag["sectors"]))
st.info("**What a count means.** A bar counts *signings* whose documents, together, cover the sector. Sources "
        "rarely say which document covers which sector, so PactWatch never splits documents between sectors: one "
        "signing of 12 memoranda covering eight sector groups counts once in each of those sectors, and bars do "
        "not add up to the number of documents.")

fig = charts.sector_figure(se)
st.plotly_chart(fig, key="sector_chart", width="stretch")
pairs = cached(sector_pairs, f)
pair_fig = charts.sector_pair_figure(pairs)
st.plotly_chart(pair_fig, key="sector_pair_chart", width="stretch")

st.subheader("Sectors and the phrases behind them")
st.dataframe(se[["sector_label", "signings", "documents", "pairs", "phrases"]],
             column_config={"sector_label": "sector", "documents": "documents at those signings",
                            "phrases": "as written"}, hide_index=True, width="stretch", key="sector_table")

st.subheader("Signings")
for row in ag.itertuples():
    count = f"{row.count} " if row.count is not None and str(row.count) != "<NA>" else ""
    with st.container(border=True):
        st.text(f"{row.date if isinstance(row.date, str) else 'undated'} · {row.pair} · {count}{row.kind_text or row.kind}"
                f" · {row.location or 'place not stated'}")
        st.text("Sectors as written: " + ("; ".join(row.sectors) or "none stated"))
        evidence_block(row.evidence, row.source)

with st.expander("Export", expanded=True):
    chart_downloads(fig, "pactwatch-sectors", "sector_chart_dl")
    data_downloads(se, "pactwatch-sectors", "sector_data_dl", what="Sector table")
    data_downloads(ag, "pactwatch-agreements", "agreement_data_dl", what="Signings")
    briefing_download(f, "sector_briefing")
