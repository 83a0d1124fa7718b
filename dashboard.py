"""PactWatch: the Streamlit entry. Declares the pages and the shared sidebar, nothing more.

Run with `make run` (or `.venv/bin/streamlit run dashboard.py`).
"""
import streamlit as st

from pages.shared import sidebar_filters

st.set_page_config(page_title="PactWatch", layout="wide")

pages = [
    st.Page("pages/timeline.py", title="Meeting timeline", url_path="timeline", default=True),
    st.Page("pages/sectors.py", title="Agreement sectors", url_path="sectors"),
    st.Page("pages/actors.py", title="Actor lookup", url_path="actors"),
]
page = st.navigation(pages)
st.session_state["filters"] = sidebar_filters()
page.run()
