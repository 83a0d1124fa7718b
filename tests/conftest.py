"""Shared fixtures: a fresh store built from the shipped corpus, and clean Streamlit caches."""
from __future__ import annotations

import pytest

from pactwatch.store import Store

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "data" / "corpus" / "iran-belarus-defense-cooperation.txt"
SEED_RECORD = ROOT / "data" / "corpus" / "iran-belarus-defense-cooperation.record.json"


@pytest.fixture
def store(tmp_path):
    """A new store file, filled from data/corpus on first open (as the dashboard does)."""
    s = Store.open(tmp_path / "pactwatch.duckdb")
    yield s
    s.close()


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    """Point the dashboard at a fresh store and clear Streamlit's process-global caches."""
    import streamlit as st
    db = tmp_path / "app.duckdb"
    monkeypatch.setenv("PACTWATCH_DB", str(db))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield db
    st.cache_data.clear()
    st.cache_resource.clear()
