"""Shared fixtures: a fresh store built from the shipped corpus, clean Streamlit caches, and one
headless Chromium for every browser test (Playwright allows one sync session per process)."""
from __future__ import annotations

import os

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


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def launch_chromium(playwright):
    """Debian's Chromium via Playwright. A missing browser FAILS the test (never skips): CI installs it."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's Chromium "
                    f"(`apt-get install -y chromium`). Never `playwright install`.", pytrace=False)
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    p = sync_playwright().start()
    try:
        browser = launch_chromium(p)
        yield browser
        browser.close()
    finally:
        p.stop()


@pytest.fixture
def chromium_page(chromium):
    """A factory of fresh pages that record dialogs and requests; closes them afterwards."""
    pages = []

    def new_page():
        page = chromium.new_page()
        page.dialogs = []
        page.requests = []

        def on_dialog(d):
            page.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.on("request", lambda r: page.requests.append(r.url))
        pages.append(page)
        return page

    yield new_page
    for page in pages:
        page.close()


def extracted(text: str, **kw):
    """The draft record extracted from ``text``, checked for evidence integrity (every extraction test's start)."""
    from pactwatch.extract import extract_record
    rec = extract_record(text, **kw)
    assert rec.problems() == []
    return rec


# -- views of an extracted record that the extraction-rule tests compare against ---------------------------------
def person_countries(rec) -> dict:
    """{name: ISO3 or None} of the record's persons."""
    return {a.name: a.country for a in rec.actors if a.kind == "person"}


def event_keys(rec) -> list:
    """Sorted (type, sorted participant names, date value) of the record's events."""
    names = {a.id: a.name for a in rec.actors}
    return sorted((e.type, tuple(sorted(names[p.actor_id] for p in e.participants)), e.date.value) for e in rec.events)


def agreement_keys(rec) -> list:
    """Sorted (count or 0, kind, parties) of the record's agreements."""
    return sorted((a.count or 0, a.kind, tuple(a.parties)) for a in rec.agreements)


def extracted_agreements(text: str, published: str = "2024-03-15") -> list:
    """``agreement_keys`` of the record ``extracted`` from ``text``."""
    return agreement_keys(extracted(text, published=published))


def sector_texts(rec) -> list:
    """Every agreement's sector phrases as written, in record order."""
    return [s.text for a in rec.agreements for s in a.sectors]


def extracted_persons(text: str, published: str = "2024-03-15") -> dict:
    """{name: Actor} of the persons ``extracted`` finds in ``text``."""
    return {a.name: a for a in extracted(text, published=published).actors if a.kind == "person"}


def extracted_events(text: str, published: str = "2024-03-15") -> list:
    """(type, participant names, date value, place, place country) of the events ``extracted`` finds in ``text``."""
    rec = extracted(text, published=published)
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, {names[p.actor_id] for p in e.participants}, e.date.value, e.place, e.place_country)
            for e in rec.events]
