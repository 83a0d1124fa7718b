"""Many users at once (issue 5, item 4): one server, 20 browser sessions with 20 different filters.

One `streamlit run` on loopback serves a store holding the shipped corpus plus a small seeded
SYNTHETIC corpus (400 made-up events over many countries and years, so that different filters
give different numbers). Twenty Playwright contexts in the one shared Chromium, each its own
Streamlit session, all held open until the end. The sync API is single-threaded, so the pages are
driven round-robin: start a navigation or click on several pages, then wait on each.

Sessions are opened in waves of five (each wave rendered before the next starts): twenty cold page
loads at once take 80-120 s on a 2-core machine, and a page still loading while the test clicks it
has lost clicks. Every session stays open, so the server holds twenty sessions at the end.

* 14 sessions open a URL with their own filters, 5 open a URL and then change sidebar widgets,
  one is the ingest session; each must show exactly the headline numbers its own filters imply
  (``pactwatch.frames.timeline_summary`` on a copy of the same store) and keep exactly its own
  filters in its URL: no session sees another's filters;
* while the waves load, `python -m pactwatch export events --db <the same file>` runs: it exits 0
  or 2 with the clear "in use by another PactWatch process" message, and the store file is unchanged;
* one session pastes an article on "Add articles" while the first browsing sessions move to
  "Agreement sectors" (sidebar link: a rerun in their own session); then every browsing session
  moves to sectors and back to the timeline (sidebar links) and shows the numbers its filters imply
  on the store *with* the new article: the sessions whose filters match the article's countries
  (Kazakhstan, Uzbekistan) and date show the new count, the others the same count as before;
* no stException, no error alert, no console error (PageWatch, at teardown), no dialog;
* after the server stops the store holds everything (nothing lost).
"""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from conftest import REPO, assert_no_app_error, go_to_page, streamlit_server, wait_rendered

SESSIONS = 20
#: A smaller window than the other browser tests: twenty renderers share the machine's cores.
VIEWPORT = {"width": 1000, "height": 700}
TIMEOUT_MS = 120_000
SYNTHETIC_EVENTS, SYNTHETIC_SEED, SYNTHETIC_ACTORS = 400, 5, 300

#: What the ingest session pastes (a dateline gives the date: talks on Tuesday 4 March 2025).
ARTICLE = ("Kazakhstan, Uzbekistan sign 5 agreements\n"
           "ASTANA, March 4, 2025 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev held talks with Uzbek "
           "President Shavkat Mirziyoyev in Astana on Tuesday.\n"
           "The two leaders signed five agreements on trade, energy and transport.\n")
ARTICLE_ADDED = "1 added, 0 merged"

#: Headline metrics of the timeline, as a dict label -> shown value.
METRICS_JS = """() => Object.fromEntries([...document.querySelectorAll('[data-testid=stMetric]')].map(m => [
    m.querySelector('[data-testid=stMetricLabel]').innerText.trim(),
    m.querySelector('[data-testid=stMetricValue]').innerText.trim()]))"""

#: True once the timeline shows `events` (or the empty-view message when it is "0"), no script
#: run is in progress and the URL's filter parameters are exactly `params` (lists in any order).
SETTLED_JS = """([events, params]) => {
    if (document.querySelector('[data-testid=stStatusWidget]')) return false;
    const norm = v => v.split(',').sort().join(',');
    const got = {};
    for (const [k, v] of new URLSearchParams(location.search)) {
        if (!['q', 'actor', 'event', 'source'].includes(k)) got[k] = norm(v);
    }
    const want = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, norm(v)]));
    if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(want).sort())) return false;
    if (events === '0') return [...document.querySelectorAll('[data-testid=stAlertContentInfo]')]
        .some(e => e.innerText.startsWith('No events match'));
    const m = [...document.querySelectorAll('[data-testid=stMetric]')]
        .find(m => m.querySelector('[data-testid=stMetricLabel]').innerText.trim() === 'Events');
    return !!m && m.querySelector('[data-testid=stMetricValue]').innerText.trim() === events;
}"""


@dataclass
class Session:
    """One user: the URL they open and the sidebar changes they then make."""
    url: str
    #: (multiselect label, text typed to search, option picked) changes made in the sidebar
    picks: list[tuple[str, str, str]] = field(default_factory=list)
    #: switch "Show undated events" off in the sidebar
    hide_undated: bool = False


def session_specs() -> list[Session]:
    """Twenty users, twenty different views (session 19 adds the article)."""
    s = Session
    return [
        s("/"),
        s("/?country=NGA"),
        s("/?country=KGZ,ISL"),
        s("/?type=meeting"),
        s("/?type=call,signing"),
        s("/?from=2020-01-01&to=2022-12-31"),
        s("/?from=2010-01-01&to=2014-12-31&country=NGA"),
        s("/?country=ZMB&type=visit"),
        s("/?undated=0"),
        s("/?from=2024-01-01&type=talks"),
        s("/?country=FIN&undated=0"),
        s("/?sector=health"),
        s("/?to=2005-12-31"),
        s("/?country=KAZ"),  # empty until the article about Kazakhstan is added
        s("/", picks=[("Countries", "NGA", "Nigeria (NGA)"), ("Event types", "Meet", "Meeting")]),
        s("/?type=meeting", picks=[("Countries", "KGZ", "Kyrgyzstan (KGZ)")]),
        s("/?country=ISL", hide_undated=True),
        s("/", picks=[("Event types", "Sign", "Signing of agreements")]),
        s("/?from=2015-01-01", picks=[("Countries", "PHL", "Philippines (PHL)")]),
        s("/"),  # the ingest session
    ]


def build_store(db: Path) -> None:
    """The shipped corpus plus a seeded SYNTHETIC corpus (test data only, never a real store)."""
    from pactwatch import synthetic
    from pactwatch.store import Store

    with Store.open(db) as store:
        synthetic.write_corpus(store, SYNTHETIC_EVENTS, seed=SYNTHETIC_SEED, n_actors=SYNTHETIC_ACTORS)
        store.cursor().execute("CHECKPOINT")


def final_filters(spec: Session):
    """The filters a session ends with: its URL's, then its sidebar changes."""
    from dataclasses import replace

    from pactwatch.filters import from_query_params
    from pactwatch.model import EVENT_TYPES

    f, warnings = from_query_params(parse_qs(urlsplit(spec.url).query))
    assert not warnings, warnings
    labels = {v["label"]: k for k, v in EVENT_TYPES.items()}
    for label, _typed, option in spec.picks:
        if label == "Countries":
            f = replace(f, countries=f.countries + (option[-4:-1],))
        else:
            f = replace(f, types=f.types + (labels[option],))
    if spec.hide_undated:
        f = replace(f, include_undated=False)
    return f


def expected_summaries(db: Path, filters: list) -> tuple[list[dict], list[dict]]:
    """timeline_summary for each filter on a copy of `db`, before and after the article is added."""
    from pactwatch import frames
    from pactwatch.ingest import Article, ingest_article
    from pactwatch.store import Store

    with Store.open(db, seed_corpus=None) as ref:
        before = [frames.timeline_summary(ref, f) for f in filters]
        result = ingest_article(ref, Article(ARTICLE, name="pasted text"))
        assert result.status == "added", result.message
        after = [frames.timeline_summary(ref, f) for f in filters]
    return before, after


def url_filters(url: str):
    from pactwatch.filters import from_query_params
    return from_query_params(parse_qs(urlsplit(url).query))[0]


def pick(page, label: str, typed: str, option: str) -> None:
    """Choose `option` in the sidebar multiselect `label`, typing `typed` first (long option lists
    are virtualised: an option far down is not in the DOM until searched for)."""
    scope = page.locator("[data-testid=stSidebar]")
    box = scope.locator("[data-testid=stMultiSelect]").filter(has=page.get_by_label(label, exact=True))
    box.locator("input").click()
    page.keyboard.type(typed)
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def wait_param(page, label: str, _typed: str, option: str, timeout: float | None = None) -> None:
    """Wait until a pick's rerun has written it to the URL and finished (before the next change)."""
    from pactwatch.model import EVENT_TYPES
    key, value = ("country", option[-4:-1]) if label == "Countries" else \
        ("type", {v["label"]: k for k, v in EVENT_TYPES.items()}[option])
    page.wait_for_function("""([k, v]) => (new URLSearchParams(location.search).get(k) || '').split(',').includes(v)
        && !document.querySelector('[data-testid=stStatusWidget]')""", arg=[key, value], timeout=timeout)


def settled(page, summary: dict, filters) -> None:
    """Wait until the page shows `summary`'s event count for `filters`, with no run in progress."""
    from pactwatch.filters import to_query_params
    try:
        page.wait_for_function(SETTLED_JS, arg=[f"{summary['events']:,}", to_query_params(filters)])
    except Exception as exc:
        raise AssertionError(f"{page.url} never showed {summary} for {filters}: metrics {page.evaluate(METRICS_JS)}, "
                             f"headings {page.locator('h1').all_inner_texts()}, "
                             f"running {page.locator('[data-testid=stStatusWidget]').count()}") from exc


def check_view(page, summary: dict, filters) -> None:
    """The page shows exactly the numbers `filters` imply, and its URL holds exactly `filters`."""
    settled(page, summary, filters)
    assert url_filters(page.url) == filters, (page.url, filters)
    if summary["events"]:
        shown = page.evaluate(METRICS_JS)
        assert shown == {"Events": f"{summary['events']:,}", "Dated": f"{summary['dated']:,}",
                         "Undated": f"{summary['undated']:,}", "Country pairs": f"{summary['pairs']:,}"}, \
            (page.url, shown, summary)
    assert_no_app_error(page)


def file_digest(db: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (db, db.with_name(db.name + ".wal")) if p.exists()}



WAVE = 5


def not_running(page, timeout: float | None = None) -> None:
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=timeout)


def switch_page(page, title: str, lost: list) -> None:
    """Go to the page `title` by its sidebar link and wait for it. A click that left the page where
    it was (heading unchanged, no run in progress) after 30 s is a click the loaded browser lost:
    it is recorded in `lost` and made once more; a second loss fails the test."""
    go_to_page(page, title)
    try:
        page.get_by_role("heading", name=title).wait_for(timeout=30_000)
    except Exception:
        lost.append((page.url, title))
        print(f"lost click? {page.url} still shows {page.locator('h1').all_inner_texts()}; clicking again")
        not_running(page)
        go_to_page(page, title)
        page.get_by_role("heading", name=title).wait_for()
    not_running(page)


def waves(indices):
    indices = list(indices)
    return [indices[k:k + WAVE] for k in range(0, len(indices), WAVE)]


def test_twenty_sessions_with_their_own_filters_an_ingest_and_the_cli(tmp_path, new_page):
    t_start = time.monotonic()
    phases: dict[str, float] = {}
    db = tmp_path / "pactwatch.duckdb"
    build_store(db)
    ref = tmp_path / "reference.duckdb"
    shutil.copy(db, ref)
    specs = session_specs()
    assert len(specs) == SESSIONS
    filters = [final_filters(s) for s in specs]
    assert len(set(filters[:-1])) == SESSIONS - 1, "every session but the ingest one has its own filters"
    before, after = expected_summaries(ref, filters)
    # the article changes some views and not others: both kinds are checked
    changed = {i for i in range(SESSIONS) if before[i] != after[i]}
    assert {0, 8, 9, 13} <= changed and {1, 3, 12} & changed == set(), changed
    lost: list = []

    with streamlit_server(db, tmp_path / "streamlit.log") as (url, proc):
        pages = [new_page(viewport=VIEWPORT) for _ in specs]
        for page in pages:
            page.set_default_timeout(TIMEOUT_MS)
        # the site root first (see warm_up in conftest: a deep link as a server's very first visit)
        pages[0].goto(url + "/")
        wait_rendered(pages[0])
        digest = file_digest(db)
        cli = None

        # 1. the sessions open in waves of five, each its own URL, then its own sidebar changes;
        # the CLI runs on the same store while the waves load
        for n, wave in enumerate(waves(range(SESSIONS))):
            for i in wave:
                if i:
                    pages[i].goto(url + specs[i].url, wait_until="commit")
            if n == 1:
                cli = subprocess.Popen([str(REPO / ".venv" / "bin" / "python"), "-m", "pactwatch", "export",
                                        "events", "--db", str(db)], cwd=REPO,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for i in wave:
                start = url_filters(url + specs[i].url)
                if before[i]["events"] == 0:
                    settled(pages[i], before[i], start)
                else:
                    wait_rendered(pages[i])
            for i in wave:  # sidebar changes, one page at a time (each change a rerun of its session)
                for p in specs[i].picks:
                    pick(pages[i], *p)
                    wait_param(pages[i], *p)
                if specs[i].hide_undated:
                    pages[i].locator("[data-testid=stSidebar]").get_by_text("Show undated events").click()
            for i in wave:
                check_view(pages[i], before[i], filters[i])
        phases["20 sessions open"] = time.monotonic() - t_start
        # every session still shows its own view with its own URL (none was moved by another's change)
        for i in range(SESSIONS):
            assert url_filters(pages[i].url) == filters[i], (i, pages[i].url, filters[i])
            assert pages[i].evaluate(METRICS_JS).get("Events", "0") == f"{before[i]['events']:,}", i

        out, err = cli.communicate(timeout=120)
        assert cli.returncode in (0, 2), (cli.returncode, err)
        if cli.returncode == 2:
            assert b"in use by another PactWatch process" in err, err
            assert b"Traceback" not in err, err
        else:
            assert out.decode().count("\n") >= before[0]["events"]
        assert file_digest(db) == digest, "the CLI changed the store the dashboard holds"
        print(f"CLI export on the held store: exit {cli.returncode}")

        # 2. one session adds an article while the first wave of others reruns (moves to sectors)
        ingest = pages[-1]
        switch_page(ingest, "Add articles", lost)
        ingest.get_by_label("Article text").fill(ARTICLE)
        ingest.get_by_role("button", name="Extract and add").click()
        browsing = list(range(SESSIONS - 1))
        groups = waves(browsing)
        for i in groups[0]:
            go_to_page(pages[i], "Agreement sectors")
        ingest.get_by_text(ARTICLE_ADDED).wait_for(timeout=60_000)
        assert_no_app_error(ingest)
        phases["ingest done"] = time.monotonic() - t_start

        # 3. after it, every browsing session goes to sectors (if not there yet) and back to the
        # timeline by the sidebar links, a wave at a time: its filters are intact and its numbers
        # are those of the store with the article
        for n, wave in enumerate(groups):
            for i in wave:
                if n:
                    go_to_page(pages[i], "Agreement sectors")
            for i in wave:
                try:
                    pages[i].get_by_role("heading", name="Agreement sectors").wait_for(timeout=30_000)
                except Exception:
                    lost.append((pages[i].url, "Agreement sectors"))
                    print(f"lost click? session {i} at {pages[i].url}; clicking again")
                    not_running(pages[i])
                    go_to_page(pages[i], "Agreement sectors")
                    pages[i].get_by_role("heading", name="Agreement sectors").wait_for()
                not_running(pages[i])
                assert_no_app_error(pages[i])
                assert url_filters(pages[i].url) == filters[i], (i, pages[i].url, filters[i])
            for i in wave:
                switch_page(pages[i], "Meeting timeline", lost)
            for i in wave:
                check_view(pages[i], after[i], filters[i])
        phases["all back on the timeline"] = time.monotonic() - t_start
        assert len(lost) <= 2, f"too many lost clicks: {lost}"
        for page in pages:
            page.close()  # before the server stops

    # 4. nothing lost: the store holds what the reference holds (the seed, the synthetic corpus, the article)
    from pactwatch import frames
    from pactwatch.store import Store
    with Store.open(db, read_only=True) as store:
        assert [frames.timeline_summary(store, f) for f in filters] == after
    phases["total"] = time.monotonic() - t_start
    print("phases (s from start):", {k: round(v, 1) for k, v in phases.items()}, "lost clicks:", lost)
