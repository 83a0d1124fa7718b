"""Load benchmark (issue 5, item 4): rerun times with 20 browser sessions held on one server.

The store and the 20 sessions' filters are those of tests/browser/test_browser_many_users.py (the
shipped corpus plus a seeded SYNTHETIC corpus; 20 different filter sets). One `streamlit run` on
loopback; 20 Playwright contexts in one Debian Chromium, opened in waves of five (each wave
rendered before the next), all held open to the end.

Then ROUNDS rounds, round-robin: in each round every session flips its "Show undated events"
toggle (a filter change: a rerun of that session's script with the new filters), all twenty
clicked one after the other, so the twenty reruns overlap on the server. A rerun is timed in the
page itself (Date.now() at the click, then polled every 25 ms) until the URL holds exactly the
new filters, the Events metric shows the count those filters imply (timeline_summary on a copy of
the store) and no script run is in progress.

Errors: reruns that did not settle within 60 s, stException/error alerts, console errors, dialogs.

Prints sessions held, reruns measured, p50/p95/max and errors; writes bench-results/load.json.
Run: `.venv/bin/python benchmarks/bench_load.py` (a script printing figures, not a test).
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "browser"))

from conftest import PageWatch, streamlit_server, wait_rendered  # noqa: E402  (tests/browser/conftest.py)
from test_browser_many_users import (SESSIONS, SETTLED_JS, VIEWPORT, build_store, final_filters,  # noqa: E402
                                     session_specs, waves)

ROUNDS = 5
RERUN_TIMEOUT_MS = 60_000

#: Start an in-page watcher (t0 = now), then the caller clicks; window.__pw_settled gets the time
#: at which SETTLED_JS first holds.
WATCH_JS = """([events, params]) => {
    const settled = """ + SETTLED_JS + """;
    window.__pw_t0 = Date.now(); window.__pw_settled = null;
    const id = setInterval(() => {
        if (settled([events, params])) { window.__pw_settled = Date.now(); clearInterval(id); }
    }, 25);
}"""


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * len(s) + 0.5) - 1))]


def main() -> int:
    from playwright.sync_api import sync_playwright

    from pactwatch import frames
    from pactwatch.filters import to_query_params
    from pactwatch.store import Store
    import importlib.util
    spec = importlib.util.spec_from_file_location("tests_conftest", REPO / "tests" / "conftest.py")
    tests_conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tests_conftest)  # tests/conftest.py: launch_chromium (Debian's Chromium)

    tmp = Path(tempfile.mkdtemp(prefix="pactwatch-load-"))
    db = tmp / "pactwatch.duckdb"
    build_store(db)
    ref = tmp / "reference.duckdb"
    shutil.copy(db, ref)
    filters = [final_filters(s) for s in session_specs()]
    states = [[f, replace(f, include_undated=not f.include_undated)] for f in filters]
    with Store.open(ref, seed_corpus=None) as store:
        expect = [[frames.timeline_summary(store, f)["events"] for f in pair] for pair in states]

    times: list[float] = []
    errors: list[str] = []
    t_start = time.monotonic()
    load0 = os.getloadavg()
    with sync_playwright() as p, streamlit_server(db, tmp / "streamlit.log") as (url, _proc):
        browser = tests_conftest.launch_chromium(p)
        contexts = [browser.new_context(viewport=VIEWPORT) for _ in range(SESSIONS)]
        pages = [c.new_page() for c in contexts]
        watch = PageWatch(pages[0])
        for page in pages:
            page.set_default_timeout(120_000)
            if page is not pages[0]:
                watch.attach(page)
        pages[0].goto(url + "/")  # the site root first (a deep link as a server's first visit)
        wait_rendered(pages[0])
        for wave in waves(range(SESSIONS)):
            for i in wave:
                if i:
                    pages[i].goto(url + "/?" + urlencode(to_query_params(filters[i]), safe=","),
                                  wait_until="commit")
            for i in wave:
                pages[i].wait_for_function(SETTLED_JS, arg=[f"{expect[i][0]:,}", to_query_params(filters[i])])
        t_open = time.monotonic() - t_start
        print(f"{SESSIONS} sessions open and rendered in {t_open:.1f} s")

        state = [0] * SESSIONS
        for r in range(ROUNDS):
            for i, page in enumerate(pages):  # round-robin: one change on every session
                new = 1 - state[i]
                page.evaluate(WATCH_JS, [f"{expect[i][new]:,}", to_query_params(states[i][new])])
                page.locator("[data-testid=stSidebar]").get_by_text("Show undated events").click()
                state[i] = new
            for i, page in enumerate(pages):
                try:
                    page.wait_for_function("() => window.__pw_settled !== null", timeout=RERUN_TIMEOUT_MS)
                    times.append(page.evaluate("() => (window.__pw_settled - window.__pw_t0) / 1000"))
                except Exception as exc:  # noqa: BLE001  (a rerun that never settled is an error, counted)
                    errors.append(f"round {r} session {i}: not settled in {RERUN_TIMEOUT_MS / 1000:.0f} s "
                                  f"({page.url}): {str(exc).splitlines()[0]}")
                for sel in ("[data-testid=stException]", "[data-testid=stAlertContentError]"):
                    if page.locator(sel).count():
                        errors.append(f"round {r} session {i}: {page.locator(sel).first.inner_text()[:200]}")
            print(f"round {r + 1}/{ROUNDS}: {len(times)} reruns measured, {len(errors)} errors")
        held = sum(1 for page in pages if not page.is_closed())
        for c in contexts:
            c.close()
        browser.close()
    errors += watch.errors + [f"dialog {d}" for d in watch.dialogs]
    load1 = os.getloadavg()

    result = {
        "sessions_held": held,
        "rounds": ROUNDS,
        "reruns_measured": len(times),
        "rerun_s": {"p50": round(statistics.median(times), 3) if times else None,
                    "p95": round(pct(times, 0.95), 3) if times else None,
                    "max": round(max(times), 3) if times else None,
                    "min": round(min(times), 3) if times else None},
        "errors": len(errors),
        "error_details": errors[:50],
        "open_20_sessions_s": round(t_open, 1),
        "total_s": round(time.monotonic() - t_start, 1),
        "loadavg_start": load0, "loadavg_end": load1,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    print(f"sessions held: {held}; reruns measured: {len(times)}; "
          f"rerun p50 {result['rerun_s']['p50']} s, p95 {result['rerun_s']['p95']} s, max {result['rerun_s']['max']} s; "
          f"errors: {len(errors)}")
    for e in errors[:10]:
        print("  error:", e)
    print(f"load average at start {load0[0]:.2f}, at end {load1[0]:.2f} ({os.cpu_count()} CPUs)")
    out = REPO / "bench-results" / "load.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"wrote {out}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
