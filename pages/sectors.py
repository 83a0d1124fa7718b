"""Agreement sectors: what was signed, in which sectors, between which states."""
import streamlit as st

from pactwatch import charts
from pactwatch import frames
from pages.shared import (
    _key, agreements_page, agreements_summary, page_picker, store_or_stop,
    briefing_download, cached, caption_filters, chart_downloads, data_downloads, evidence_block,
    sector_pairs, sectors, show_empty, sidebar_filters, sync_url,
)

#: Signings shown as cards per page (each card holds its evidence sentence).
SIGNINGS_PAGE = 50

f = sidebar_filters()
sync_url(f)
st.title("Agreement sectors")
caption_filters(f)
summary = cached(agreements_summary, f)
if not summary["signings"]:
    show_empty(f, "agreements")
    st.stop()

se = cached(sectors, f)
m = st.columns(4)
m[0].metric("Signings", f"{summary['signings']:,}")
m[1].metric("Documents signed", f"{summary['documents']:,}")
m[2].metric("Sectors covered", len(se))
m[3].metric("Sector phrases as written", f"{summary['phrases']:,}")
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
store = store_or_stop()
page = page_picker(summary["signings"], "signings_page", size=SIGNINGS_PAGE)
ag = agreements_page(store, _key(store), f, page, SIGNINGS_PAGE)
for row in ag.itertuples():
    count = f"{row.count} " if row.count is not None and str(row.count) != "<NA>" else ""
    with st.container(border=True):
        st.text(f"{row.date if isinstance(row.date, str) else 'undated'} · {row.pair} · {count}{row.kind_text or row.kind}"
                f" · {row.location or 'place not stated'}")
        st.text("Sectors as written: " + ("; ".join(row.sectors) or "none stated"))
        evidence_block(row.evidence, row.source)
        if row.other_reports:  # the same signing as other sources report it: never overwritten
            st.text("Other sources on this signing: " + "; ".join(row.other_reports))

with st.expander("Export", expanded=True):
    chart_downloads(fig, "pactwatch-sectors", "sector_chart_dl")
    data_downloads(se, "pactwatch-sectors", "sector_data_dl", what="Sector table")
    data_downloads(lambda: frames.agreements_frame(store, f), "pactwatch-agreements", "agreement_data_dl",
                   what="Signings")
    briefing_download(f, "sector_briefing")
