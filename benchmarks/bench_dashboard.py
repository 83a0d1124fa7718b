"""Dashboard benchmark: what an analyst waits for, measured in a real Chromium.

Starts `streamlit run dashboard.py` on a fresh store (as a new user would), drives
Debian's /usr/bin/chromium with Playwright and prints:

* cold start: from launching the server process to the first chart SVG visible
  (server start, store creation from data/corpus, first script run, plotly draw);
* warm page load: a new browser session on the running server, navigation to chart visible;
* rerender after a filter change: from choosing "Belarus" in the Countries multiselect
  to the timeline's lanes redrawn without the China lane;
* warm PNG export, server side: pactwatch.exports.figure_to_image(timeline figure, "png")
  in this process, after one warm-up call.

Run: `.venv/bin/python benchmarks/bench_dashboard.py` (writes bench-results/dashboard.json).
"""
from __future__ import annotations

import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CHART = ".js-plotly-plot .main-svg"
NO_CHINA = ("() => { const t = [...document.querySelectorAll('.js-plotly-plot .ytick text')];"
            " return t.length > 0 && !t.some(e => e.textContent.includes('China')); }")
TARGETS = {"cold_start_s": 3.0, "rerender_s": 0.5, "png_export_s": 0.5}
WARM_LOADS, RERENDERS, EXPORTS = 5, 7, 10


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PACTWATCH_DB": str(db)}
    env.pop("DISPLAY", None)
    proc = subprocess.Popen(
        [str(REPO / ".venv" / "bin" / "streamlit"), "run", "dashboard.py", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=REPO, env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT, start_new_session=True)
    return proc, f"http://127.0.0.1:{port}"


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.02)
    raise SystemExit("streamlit did not become healthy")


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def measure_browser(browser, tmp: Path) -> dict:
    out: dict = {}
    db = tmp / "bench.duckdb"
    t0 = time.perf_counter()
    proc, url = start_server(db, tmp / "streamlit.log")
    try:
        wait_healthy(url, proc)
        out["health_s"] = time.perf_counter() - t0
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = ctx.new_page()
        page.goto(url + "/")
        page.wait_for_selector(CHART, state="visible", timeout=60_000)
        out["cold_start_s"] = time.perf_counter() - t0
        ctx.close()

        loads, titles = [], []
        for _ in range(WARM_LOADS):
            ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = ctx.new_page()
            t = time.perf_counter()
            page.goto(url + "/")
            page.get_by_role("heading", name="Meeting timeline").wait_for(timeout=30_000)
            titles.append(time.perf_counter() - t)
            page.wait_for_selector(CHART, state="visible", timeout=30_000)
            loads.append(time.perf_counter() - t)
            ctx.close()
        out["warm_load_s"], out["warm_title_s"] = loads, titles

        rerenders = []
        for _ in range(RERENDERS):
            ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = ctx.new_page()
            page.goto(url + "/")
            page.wait_for_selector(CHART, state="visible", timeout=30_000)
            page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')")
            box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(
                has=page.get_by_label("Countries", exact=True))
            box.locator("input").click()
            option = page.get_by_role("option", name="Belarus (BLR)")
            option.wait_for()
            t = time.perf_counter()
            option.click()
            page.wait_for_function(NO_CHINA, polling=10, timeout=30_000)
            rerenders.append(time.perf_counter() - t)
            ctx.close()
        out["rerender_s"] = rerenders
    finally:
        stop(proc)
    return out


def measure_export(tmp: Path) -> dict:
    from pactwatch import charts, exports, frames
    from pactwatch.store import Store

    with Store.open(tmp / "export.duckdb") as store:
        fig = charts.timeline_figure(frames.timeline_frame(store))
    t = time.perf_counter()
    first = exports.figure_to_image(fig, "png")
    warmup = time.perf_counter() - t
    assert first[:8] == b"\x89PNG\r\n\x1a\n"
    times = []
    for _ in range(EXPORTS):
        t = time.perf_counter()
        exports.figure_to_image(fig, "png")
        times.append(time.perf_counter() - t)
    exports.stop_export_server()
    return {"png_export_first_s": warmup, "png_export_s": times, "png_bytes": len(first)}


def main() -> int:
    if not os.path.exists(CHROMIUM):
        raise SystemExit(f"{CHROMIUM} is missing (apt-get install -y chromium; never `playwright install`)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="pw-bench-") as d:
        tmp = Path(d)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                raw = measure_browser(browser, tmp)
            finally:
                browser.close()
        raw.update(measure_export(tmp))

    med = statistics.median
    rows = [
        ("cold start: process launch → first chart visible", raw["cold_start_s"], TARGETS["cold_start_s"], "1 run"),
        ("  of which: process launch → /_stcore/health", raw["health_s"], None, "1 run"),
        ("warm page load → chart visible", med(raw["warm_load_s"]), None, f"median of {WARM_LOADS}"),
        ("  of which: → page title drawn (no chart yet)", med(raw["warm_title_s"]), None, f"median of {WARM_LOADS}"),
        ("rerender after Countries=Belarus", med(raw["rerender_s"]), TARGETS["rerender_s"], f"median of {RERENDERS}"),
        ("PNG export, first call (starts kaleido)", raw["png_export_first_s"], None, "1 run"),
        ("PNG export, warm", med(raw["png_export_s"]), TARGETS["png_export_s"], f"median of {EXPORTS}"),
    ]
    print(f"{'measure':52} {'seconds':>8} {'target':>7}  {'':4} note")
    for name, value, target, note in rows:
        verdict = "" if target is None else ("ok" if value <= target else "OVER")
        print(f"{name:52} {value:8.3f} {'' if target is None else f'{target:.1f}':>7}  {verdict:4} {note}")

    result = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "targets_s": TARGETS,
        "summary_s": {"cold_start": raw["cold_start_s"], "health": raw["health_s"],
                      "warm_load_median": med(raw["warm_load_s"]),
                      "warm_title_median": med(raw["warm_title_s"]), "rerender_median": med(raw["rerender_s"]),
                      "png_export_first": raw["png_export_first_s"], "png_export_median": med(raw["png_export_s"])},
        "raw": raw,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    out = REPO / "bench-results" / "dashboard.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"\nwrote {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
