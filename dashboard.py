"""PactWatch: the Streamlit entry. Declares the pages, nothing more.

Run with `make run` (or `.venv/bin/streamlit run dashboard.py`). Each page opens with the shared
sidebar (`pages.shared.sidebar_filters`), whose filters are mirrored into the URL; the widgets keep
their state across pages through their session-state keys.
"""
import streamlit as st

st.set_page_config(page_title="PactWatch", layout="wide")
page = st.navigation([
    st.Page("pages/timeline.py", title="Meeting timeline", url_path="timeline", default=True),
    st.Page("pages/sectors.py", title="Agreement sectors", url_path="sectors"),
    st.Page("pages/actors.py", title="Actor lookup", url_path="actors"),
    st.Page("pages/add_articles.py", title="Add articles", url_path="add"),
    st.Page("pages/review.py", title="Review", url_path="review"),
])
page.run()
