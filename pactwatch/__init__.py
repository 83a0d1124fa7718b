"""PactWatch core: record model, extraction, store, view frames, charts and exports (no Streamlit here)."""

__version__ = "0.1.0"
