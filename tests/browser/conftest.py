"""Real-browser tests: the dashboard served by `streamlit run`, driven by Chromium.

One server per store, started as a new user would start it (`streamlit run
dashboard.py`, a store file that does not exist yet, so the first visit creates
and seeds it). Chromium is the Debian one at /usr/bin/chromium; Playwright's own
browsers are never installed. A missing Chromium fails the suite: a skipped
browser suite reads as a green one.

Run: `.venv/bin/python -m pytest tests/browser -x -q` (or `-m browser`).
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[2]
#: First page load on a cold server: the store is created, frames are built (a few seconds).
LOAD_TIMEOUT_MS = 30_000
CHART = ".js-plotly-plot .main-svg"

#: Console errors that Streamlit's own frontend logs on every deep link (/sectors, /actors):
#: it probes `<path>/_stcore/health` and `<path>/_stcore/host-config` before the site root.
#: Not the app's doing, and harmless; every other console error fails the test.
_STREAMLIT_PROBE_404 = re.compile(r"^https?://[^/]+/[^?#]+/_stcore/(health|host-config)$")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives the served dashboard in a real Chromium (tests/browser)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


# -- the server -----------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"streamlit did not answer /_stcore/health within {timeout} s:\n"
                       f"{log.read_text(errors='replace')[-3000:]}")


@contextmanager
def streamlit_server(db: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """`streamlit run dashboard.py` on a free port with PACTWATCH_DB=db; yields (base URL, process).

    The process gets its own process group, killed as a whole at the end (streamlit
    and kaleido's Chromium children alike).
    """
    port = free_port()
    env = {**os.environ, "PACTWATCH_DB": str(db), "PYTHONUNBUFFERED": "1"}
    env.pop("DISPLAY", None)  # headless: no e-mail prompt, no window
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "streamlit"), "run", "dashboard.py", "--server.port", str(port),
             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url, proc
    finally:
        stop_process_group(proc)


def stop_process_group(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(timeout=5)


# -- the browser ----------------------------------------------------------------------------------

class PageWatch:
    """Console errors, uncaught page errors and dialogs a page produced."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("dialog", self._dialog)

    def _console(self, msg) -> None:
        if msg.type != "error":
            return
        where = (msg.location or {}).get("url", "")
        if msg.text.startswith("Failed to load resource") and _STREAMLIT_PROBE_404.match(where):
            return
        self.errors.append(f"console: {msg.text} ({where})")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def attach(self, page) -> None:
        """Watch another page (e.g. one opened in a fresh context) too."""
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("dialog", self._dialog)


@pytest.fixture
def watch() -> list[PageWatch]:
    return []


def _new_page(chromium, watches: list[PageWatch], **context_args):
    context_args = {"viewport": {"width": 1400, "height": 1000}, "accept_downloads": True, **context_args}
    ctx = chromium.new_context(**context_args)
    page = ctx.new_page()
    page.set_default_timeout(LOAD_TIMEOUT_MS)
    watches.append(PageWatch(page))
    return ctx, page


@pytest.fixture
def new_page(chromium, watch):
    """A factory of pages, each in a fresh browser context (no shared session or storage)."""
    contexts = []

    def make(**context_args):
        ctx, page = _new_page(chromium, watch, **context_args)
        contexts.append(ctx)
        return page

    yield make
    for ctx in contexts:
        ctx.close()
    problems = [e for w in watch for e in w.errors] + [f"dialog {d}" for w in watch for d in w.dialogs]
    assert not problems, "the browser reported:\n" + "\n".join(problems)


@pytest.fixture
def app_page(new_page):
    """One page in a fresh context; console errors and dialogs fail the test at teardown.

    (Not named `page`: that name belongs to pytest-playwright, whose browser we do not use.)
    """
    return new_page()


# -- the hostile record ---------------------------------------------------------------------------

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_ACTOR = "<img src=x onerror=alert(2)>"
HOSTILE_LABEL = "<b onmouseover=alert(3)>x</b>"
HOSTILE_SECTOR = "<svg onload=alert(6)>"
HOSTILE_SENTENCE = ("Minister <img src=x onerror=alert(2)> met Jane Roe in Paris on 1 May 2025 and said "
                    "<script>alert(4)</script> then [click](javascript:alert(5)) costs $x^2$.")
HOSTILE_SIGNING = "They signed 2 memoranda on <svg onload=alert(6)> the same day."


def hostile_record():
    """A record whose every article-borne string is an injection attempt.

    Saved through the core API (Store.save_record), so it is exactly what an
    extractor could store from a hostile article; every Evidence indexes into the text.
    """
    sys.path.insert(0, str(REPO))
    from pactwatch.model import (Actor, Agreement, Event, Evidence, Participant, PartialDate, Record,
                                 SectorMention, Source, Statement, Title)

    text = f"{HOSTILE_TITLE}\n{HOSTILE_SENTENCE}\n{HOSTILE_SIGNING}\n"
    sid = "hostile0000000001"

    def ev(sentence: str) -> Evidence:
        start = text.index(sentence)
        return Evidence(source_id=sid, start=start, end=start + len(sentence), sentence=sentence)

    meet, sign = ev(HOSTILE_SENTENCE), ev(HOSTILE_SIGNING)
    return Record(
        source=Source(id=sid, text=text, title=HOSTILE_TITLE, publisher="<i>pub</i>",
                      url="javascript:alert(7)", published="2025-05-02"),
        actors=[
            Actor(id="person:hostile", name=HOSTILE_ACTOR, country="FRA", aliases=[HOSTILE_ACTOR],
                  titles=[Title(text="Minister <u>of</u> $x$", evidence=meet)], evidence=[meet]),
            Actor(id="person:jane-roe", name="Jane Roe", country="DEU", aliases=["Jane Roe"], evidence=[meet]),
        ],
        events=[Event(id="event:hostile", type="meeting", label=HOSTILE_LABEL,
                      date=PartialDate("2025-05-01", "on 1 May 2025"), place="Paris", place_country="FRA",
                      participants=[Participant("person:hostile", "host"), Participant("person:jane-roe", "guest")],
                      countries=["DEU", "FRA"], evidence=[meet])],
        agreements=[Agreement(id="agreement:hostile", kind="memorandum of understanding", count=2,
                              kind_text="memoranda", parties=["DEU", "FRA"], date=PartialDate("2025-05-01", "same day"),
                              place="Paris", place_country="FRA", event_id="event:hostile",
                              sectors=[SectorMention(HOSTILE_SECTOR, ["health"], sign)], evidence=[sign])],
        statements=[Statement(id="statement:hostile", speaker_ids=["person:hostile"],
                              text="<script>alert(4)</script> then [click](javascript:alert(5))", mode="quoted",
                              event_id="event:hostile", evidence=[meet])],
        status="reviewed",
    )


# -- the stores -----------------------------------------------------------------------------------

def warm_up(chromium, url: str) -> None:
    """Open the site root once, as a new user would, so the store is created and seeded.

    The root must come first: see test_first_visit.py (a deep link as the very first
    visit of a server crashes, Streamlit runs pages/ as v1 pages).
    """
    ctx = chromium.new_context()
    try:
        page = ctx.new_page()
        page.goto(url + "/")
        page.wait_for_selector(CHART, timeout=60_000)
    finally:
        ctx.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory, chromium) -> Iterator[str]:
    """The dashboard on a store that does not exist yet (first-run creation from data/corpus)."""
    tmp = tmp_path_factory.mktemp("seed-store")
    db = tmp / "pactwatch.duckdb"
    assert not db.exists()
    with streamlit_server(db, tmp / "streamlit.log") as (url, _proc):
        warm_up(chromium, url)
        assert db.exists(), "the first visit did not create the store"
        yield url


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory, chromium) -> Iterator[str]:
    """The dashboard on a store holding only the hostile record (hostile.py)."""
    from pactwatch.store import Store

    tmp = tmp_path_factory.mktemp("hostile-store")
    db = tmp / "pactwatch.duckdb"
    record = hostile_record()
    assert record.problems() == []
    with Store.open(db, seed_corpus=None) as store:
        store.save_record(record)
    with streamlit_server(db, tmp / "streamlit.log") as (url, _proc):
        warm_up(chromium, url)
        yield url


# -- helpers the tests share ----------------------------------------------------------------------

def wait_rendered(page) -> None:
    """Wait until Streamlit has finished the script run and the page's charts are drawn."""
    page.wait_for_selector(CHART)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')")


def assert_no_app_error(page) -> None:
    exc = page.locator("[data-testid=stException]")
    assert exc.count() == 0, exc.first.inner_text()
    err = page.locator("[data-testid=stAlertContentError]")
    assert err.count() == 0, err.first.inner_text()


def lane_labels(page, chart: int = 0) -> list[str]:
    """The y-axis category labels (timeline lanes) of a chart, as drawn in the SVG."""
    return page.locator(".js-plotly-plot").nth(chart).locator(".ytick text").all_text_contents()


def choose(page, label: str, option: str, sidebar: bool = True) -> None:
    """Pick `option` (its visible text) in the multiselect labelled `label`."""
    scope = page.locator("[data-testid=stSidebar]") if sidebar else page
    box = scope.locator("[data-testid=stMultiSelect]").filter(has=page.get_by_label(label, exact=True))
    box.locator("input").click()
    page.get_by_role("option", name=option).click()
    page.keyboard.press("Escape")


def go_to_page(page, title: str) -> None:
    """Navigate with the sidebar's page links, as a user clicks them."""
    page.locator("[data-testid=stSidebarNav] a", has_text=title).click()
