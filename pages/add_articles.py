"""Add articles: paste text or upload files; each becomes a draft record to review."""
import datetime as dt

import pandas as pd
import streamlit as st

from pactwatch.ingest import (MAX_BATCH_FILES, MAX_TEXT_CHARS, Article, IngestError, IngestReport, IngestResult,
                              ingest_article, read_article)
from pages.shared import sidebar_filters, store_or_stop

sidebar_filters()
st.title("Add articles")
st.caption("Each article becomes a **draft** record: check it on the Review page before it counts as reviewed. "
           "The same article added twice changes nothing.")

with st.form("article_meta"):
    st.subheader("About the article(s)")
    c1, c2, c3 = st.columns(3)
    published = c1.date_input("Publication date (optional)", value=None, key="add_published",
                              min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31), format="YYYY-MM-DD",
                              help="Resolves 'Thursday' and 'in August'. If empty, a dateline in the text is used.")
    publisher = c2.text_input("Publisher (optional)", key="add_publisher", max_chars=200)
    url = c3.text_input("URL (optional)", key="add_url", max_chars=2000)
    tab_paste, tab_upload = st.tabs(["Paste text", "Upload files"])
    with tab_paste:
        title = st.text_input("Title (optional; else the first line)", key="add_title", max_chars=500)
        text = st.text_area("Article text", key="add_text", height=260, max_chars=MAX_TEXT_CHARS)
    with tab_upload:
        files = st.file_uploader("Articles (.txt, .md, .html)", type=["txt", "md", "html", "htm"],
                                 accept_multiple_files=True, key="add_files")
    submitted = st.form_submit_button("Extract and add", type="primary")

if submitted:
    store = store_or_stop()
    known = {"published": published.isoformat() if published else None, "publisher": publisher.strip() or None,
             "url": url.strip() or None}
    report = IngestReport()
    items: list = []
    if text.strip():
        items.append(("pasted text", lambda: Article(text, title=title.strip() or None, name="pasted text", **known)))
    for up in (files or [])[:MAX_BATCH_FILES]:
        items.append((up.name, lambda up=up: read_article(up.getvalue(), up.name, **known)))
    if len(files or []) > MAX_BATCH_FILES:
        st.warning(f"Only the first {MAX_BATCH_FILES} files were taken; add the rest in another batch.")
    if not items:
        st.error("Nothing to add: paste an article's text or choose files.")
    progress = st.progress(0.0, text="Extracting…")
    for i, (name, make) in enumerate(items):
        try:
            article = make()
            article.name = name
            report.results.append(ingest_article(store, article))
        except IngestError as exc:
            report.results.append(IngestResult(name, "skipped", str(exc)))
        progress.progress((i + 1) / max(1, len(items)), text=f"{i + 1}/{len(items)}: {name}")
    if report.results:
        (st.success if report.count("skipped") == 0 else st.warning)(report.summary())
        st.dataframe(pd.DataFrame([{"article": r.name, "result": r.status, "details": r.message}
                                   for r in report.results]), hide_index=True, width="stretch", key="add_report")
        st.session_state["review_pick_default"] = next((r.source_id for r in report.results
                                                         if r.status in ("added", "merged")), None)
        st.page_link("pages/review.py", label="Review the new drafts →")
