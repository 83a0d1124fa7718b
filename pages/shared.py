"""Streamlit glue shared by the pages: the cached store and frames, the sidebar
filters kept in the URL, the empty-view message and the export buttons.

Only drawing and caching live here; every number comes from ``pactwatch``.
Frames are cached per (store version, filters), so a rerun with unchanged
filters costs a dictionary look-up.
"""
from __future__ import annotations

import datetime as dt
import gc
import html
from typing import Any, Callable

import pandas as pd
import streamlit as st

from pactwatch import briefing, charts, exports, frames
from pactwatch.countries import country_name
from pactwatch.filters import Filters, from_query_params, to_query_params
from pactwatch.model import EVENT_TYPES
from pactwatch.store import Store, StoreError
from pactwatch.taxonomy import load_taxonomy

#: URL parameters that belong to one page (kept in the URL only while on it).
PAGE_PARAMS = ("q", "actor", "event")
#: Rows per table page (LIMIT/OFFSET in SQL); pages never hold a whole large frame.
PAGE_SIZE = frames.PAGE_SIZE
#: Country pairs the sector-by-pair heat map draws (the busiest; the title says so).
MAX_HEATMAP_PAIRS = 30


def _leave_pages_directory_mode() -> None:
    """Make a deep link work on a fresh server.

    Streamlit runs an app that has a ``pages/`` folder in its old multipage mode
    (each file a page, no entry script) until some session calls st.navigation.
    A first visit to /sectors would then run pages/sectors.py alone. Leaving that
    mode and rerunning makes dashboard.py declare the pages; the same URL then
    resolves to the same page. (Streamlit keeps this switch in a class attribute.)
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a future Streamlit without the old mode
        return
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


_leave_pages_directory_mode()


def _quiet_garbage_collector() -> None:
    """Keep full garbage collections out of reruns.

    A served dashboard holds ~150,000 long-lived objects (Streamlit, pandas and plotly's modules and
    validators, the stores' indexes). Python's default thresholds start a full collection every few
    reruns, and each walks all of them: ~50 ms, half of a filter change at 100k events
    (``pactwatch bench``). The objects that exist once the imports are done are frozen (never
    collected, never walked), and a young generation of 20,000 allocations (instead of 700) leaves
    young cycles to the frequent cheap collections. Runs once per process.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


_quiet_garbage_collector()


@st.cache_resource(show_spinner="Opening the store…")
def get_store() -> Store:
    """One read-write connection per server process; threads take cursors."""
    return Store.open()


def store_or_stop() -> Store:
    try:
        return get_store()
    except StoreError as exc:
        st.error(str(exc))
        st.stop()


def _key(store: Store) -> int:
    """The store version, read once per script run (and again after a write through ``store``)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx
    ctx = get_script_run_ctx()
    memo = getattr(ctx, "_pw_version", None) if ctx else None
    if memo and memo[0] is ctx.cursors and memo[1] is store and memo[2] == store.writes:
        return memo[3]
    version = store.version()
    if ctx:
        ctx._pw_version = (ctx.cursors, store, store.writes, version)
    return version


@st.cache_data(show_spinner=False, max_entries=256)
def timeline(_store: Store, version: int, f: Filters) -> pd.DataFrame:
    """The whole timeline frame: only for small views (see ``timeline_summary``) and exports."""
    return frames.timeline_frame(_store, f)


@st.cache_data(show_spinner=False, max_entries=256)
def timeline_digest(_store: Store, version: int, f: Filters, lane: str = "pair") -> tuple[dict[str, int], pd.DataFrame]:
    """Headline counts and weekly counts per lane of a view, from one SQL statement."""
    return frames.timeline_digest(_store, f, lane=lane)


def timeline_summary(_store: Store, version: int, f: Filters) -> dict[str, int]:
    return timeline_digest(_store, version, f)[0]


@st.cache_data(show_spinner=False, max_entries=256)
def timeline_page(_store: Store, version: int, f: Filters, page: int = 0, part: str = "all") -> pd.DataFrame:
    return frames.timeline_frame(_store, f, limit=PAGE_SIZE, offset=page * PAGE_SIZE, part=part)


@st.cache_data(show_spinner=False, max_entries=256)
def timeline_view(_store: Store, version: int, f: Filters, page: int = 0, upage: int = 0,
                  dated: bool = False) -> dict[str, pd.DataFrame]:
    """What the timeline page shows, from one read: ``page`` (a table page of all occasions),
    ``undated`` (a page of the undated ones) and, with ``dated``, every dated occasion (asked only when
    they are few enough to draw one by one)."""
    parts = {"page": (PAGE_SIZE, page * PAGE_SIZE, "all"), "undated": (PAGE_SIZE, upage * PAGE_SIZE, "undated")}
    if dated:
        parts["dated"] = (None, 0, "dated")
    return frames.timeline_parts(_store, f, parts)


def timeline_counts(_store: Store, version: int, f: Filters, lane: str) -> pd.DataFrame:
    return timeline_digest(_store, version, f, lane)[1]


@st.cache_data(show_spinner=False, max_entries=256)
def agreements_summary(_store: Store, version: int, f: Filters) -> dict[str, int]:
    return frames.agreements_summary(_store, f)


@st.cache_data(show_spinner=False, max_entries=256)
def agreements_page(_store: Store, version: int, f: Filters, page: int = 0, size: int = 50) -> pd.DataFrame:
    return frames.agreements_frame(_store, f, limit=size, offset=page * size)


@st.cache_resource(show_spinner=False, max_entries=4)
def actor_index(_store: Store, version: int):
    """Folded names and aliases of every actor, for search (built once per store version)."""
    from pactwatch.names import ActorIndex
    return ActorIndex.from_frame(frames.actors_frame(_store))


@st.cache_data(show_spinner=False, max_entries=256)
def agreements(_store: Store, version: int, f: Filters) -> pd.DataFrame:
    return frames.agreements_frame(_store, f)


@st.cache_data(show_spinner=False, max_entries=256)
def sectors(_store: Store, version: int, f: Filters) -> pd.DataFrame:
    return frames.sector_breakdown(_store, f)


@st.cache_data(show_spinner=False, max_entries=256)
def sector_pairs(_store: Store, version: int, f: Filters) -> pd.DataFrame:
    return frames.sector_pair_frame(_store, f, top=MAX_HEATMAP_PAIRS)


@st.cache_resource(show_spinner=False, max_entries=32)
def actors(_store: Store, version: int, f: Filters) -> pd.DataFrame:
    """Actors of a view (tens of thousands of rows: kept as is, not pickled per read; callers never modify it)."""
    return frames.actors_frame(_store, f)


@st.cache_data(show_spinner=False, max_entries=256)
def actor_profile(_store: Store, version: int, actor_id: str) -> dict[str, Any]:
    """One actor's profile (filters do not change it)."""
    return frames.actor_profile(_store, actor_id)


@st.cache_data(show_spinner=False, max_entries=64)
def review_sources(_store: Store, version: int, page: int) -> pd.DataFrame:
    """One page of the Review list (filters do not change it)."""
    return frames.sources_frame(_store, limit=PAGE_SIZE, offset=page * PAGE_SIZE)


@st.cache_data(show_spinner=False, max_entries=64)
def join_candidates(_store: Store, version: int, source_id: str, per_event: int) -> pd.DataFrame:
    return frames.join_candidates(_store, source_id, per_event)


@st.cache_data(show_spinner=False, max_entries=64)
def source_clusters(_store: Store, version: int, source_id: str) -> dict[str, str]:
    """The occasion (merge cluster) of each event of one source."""
    return dict(_store.cursor().execute("SELECT event_id, cluster_id FROM events WHERE source_id = ?",
                                        [source_id]).fetchall())


@st.cache_data(show_spinner=False, max_entries=256)
def cluster_reports(_store: Store, version: int, cluster_id: str) -> pd.DataFrame:
    return frames.event_reports(_store, cluster_id)


@st.cache_data(show_spinner=False, max_entries=64)
def options(_store: Store, version: int) -> dict[str, Any]:
    return frames.filter_options(_store)


def occasion_reports(cluster_id: str) -> pd.DataFrame:
    """Every source's report of one occasion (not cached: small, and must show merges at once)."""
    return frames.event_reports(store_or_stop(), cluster_id)


def cached(fn: Callable, f: Filters) -> pd.DataFrame:
    store = store_or_stop()
    return fn(store, _key(store), f)


# -- filters ---------------------------------------------------------------------------------

def _url_params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params.keys()}


def _keep(key: str) -> None:
    """Widget callback: remember a filter's new value beyond the page that drew it."""
    st.session_state[f"_keep_{key}"] = st.session_state[key]


WIDGETS = ("pw_from", "pw_to", "pw_countries", "pw_types", "pw_sectors", "pw_undated")


def sidebar_filters() -> Filters:
    """Draw the shared sidebar and return the filters in force.

    Each page calls this first. Streamlit drops a widget's state when the page
    that drew it is left, so each change is also kept under ``_keep_<key>`` (by
    the widget's callback) and handed back to the widgets on every page run:
    filters survive navigation.
    The first run of a session reads them from the URL.
    """
    store = store_or_stop()
    opts = options(store, _key(store))
    ss = st.session_state
    if "pw_init" not in ss:
        f, warnings = from_query_params(_url_params())
        initial = dict(pw_from=f.date_from, pw_to=f.date_to, pw_countries=list(f.countries),
                       pw_types=list(f.types), pw_sectors=list(f.sectors), pw_undated=f.include_undated)
        ss.update({f"_keep_{k}": v for k, v in initial.items()})
        ss.update(pw_init=True, pw_warnings=warnings,
                  pw_page_params={k: v for k, v in _url_params().items() if k in PAGE_PARAMS})
    for k in WIDGETS:
        ss[k] = ss[f"_keep_{k}"]
    tax = load_taxonomy()
    with st.sidebar:
        st.header("Filters")
        for w in ss.get("pw_warnings", []):
            st.warning(md_escape(w))  # quotes the URL: never rendered as Markdown
        lo, hi = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
        c1, c2 = st.columns(2)
        c1.date_input("From", key="pw_from", on_change=_keep, args=("pw_from",), min_value=lo, max_value=hi,
                      format="YYYY-MM-DD")
        c2.date_input("To", key="pw_to", on_change=_keep, args=("pw_to",), min_value=lo, max_value=hi,
                      format="YYYY-MM-DD")
        country_opts = list(dict.fromkeys(opts["countries"] + ss["pw_countries"]))
        st.multiselect("Countries", country_opts, key="pw_countries", on_change=_keep, args=("pw_countries",),
                       format_func=lambda c: f"{country_name(c)} ({c})",
                       help="Events involving any of these states. In the URL, a name, ISO code or demonym works: "
                            "?country=Belarus, ?country=BY, ?country=Belarusian.")
        type_opts = list(dict.fromkeys(opts["types"] + ss["pw_types"]))
        st.multiselect("Event types", type_opts, key="pw_types", on_change=_keep, args=("pw_types",),
                       format_func=lambda t: EVENT_TYPES[t]["label"])
        sector_opts = list(dict.fromkeys(opts["sectors"] + ss["pw_sectors"]))
        st.multiselect("Sectors", sector_opts, key="pw_sectors", on_change=_keep, args=("pw_sectors",),
                       format_func=tax.label,
                       help="Agreements covering any of these sectors, and the events they were signed at.")
        st.toggle("Show undated events", key="pw_undated", on_change=_keep, args=("pw_undated",),
                  help="Events whose date the source does not give (e.g. 'Thursday' in an undated article). "
                       "They are listed apart from the time axis.")
    f = Filters(date_from=ss["pw_from"], date_to=ss["pw_to"], countries=tuple(ss["pw_countries"]),
                types=tuple(ss["pw_types"]), sectors=tuple(ss["pw_sectors"]), include_undated=ss["pw_undated"])
    if f.date_from and f.date_to and f.date_from > f.date_to:
        st.sidebar.error("'From' is after 'To': the date range was ignored.")
        f = Filters(countries=f.countries, types=f.types, sectors=f.sectors, include_undated=f.include_undated)
    return f


def sync_url(f: Filters, page_params: dict[str, str] | None = None) -> None:
    """Write the filters (and the current page's own parameters) to the URL."""
    wanted: dict[str, Any] = dict(to_query_params(f))
    wanted.update({k: v for k, v in (page_params or {}).items() if v})
    current = {k: ",".join(v) for k, v in _url_params().items()}
    if current != {k: str(v) for k, v in wanted.items()}:
        st.query_params.from_dict(wanted)


def page_param(name: str) -> str | None:
    """A page's own URL parameter as it was when the session opened (e.g. ?actor=...)."""
    v = st.session_state.get("pw_page_params", {}).get(name)
    return v[-1] if v else None


def show_empty(f: Filters, what: str = "events") -> None:
    store = store_or_stop()
    reasons = frames.explain_empty(store, f)
    st.info(f"No {what} match these filters. " + " ".join(reasons))


def caption_filters(f: Filters) -> None:
    if not f.is_default():
        st.caption("Filters: " + " · ".join(f"{k}: {v}" for k, v in f.describe()))


# -- exports -----------------------------------------------------------------------------------

@st.cache_data(show_spinner=False, ttl=300)
def _image_export_problem() -> str | None:
    return exports.image_export_unavailable()


def chart_downloads(fig, stem: str, key: str) -> None:
    """PNG, SVG and offline HTML buttons; the files are made only when clicked.

    Without Chromium the image buttons are disabled and say why (HTML still works).
    """
    problem = _image_export_problem()
    cols = st.columns(3)
    for col, fmt in zip(cols, ("png", "svg", "html")):
        ef = exports.FORMATS[fmt]
        data = (lambda fig=fig: exports.figure_to_html(fig)) if fmt == "html" else \
            (lambda fig=fig, fmt=fmt: exports.figure_to_image(fig, fmt))
        disabled = bool(problem) and fmt != "html"
        col.download_button(f"Chart as {fmt.upper()}", data=b"" if disabled else data,
                            file_name=exports.safe_filename(stem, ef.ext), mime=ef.mime, key=f"{key}_{fmt}",
                            on_click="ignore", disabled=disabled, help=problem if disabled else None)
    if problem:
        st.caption(problem)


def data_downloads(df: pd.DataFrame | Callable[[], pd.DataFrame], stem: str, key: str, what: str = "Data",
                   csv: Callable[[], bytes] | None = None) -> None:
    """CSV and XLSX of the frame behind a view (lists joined by '; ', formulas neutralised).

    ``df`` may be a function giving the frame: it then runs only when a button is clicked, so a view of a
    million events does not build its export on every rerun; ``csv`` may build the CSV itself (in chunks).
    """
    def table() -> pd.DataFrame:
        return frames.for_table(df() if callable(df) else df)
    c1, c2 = st.columns(2)
    c1.download_button(f"{what} as CSV", data=csv or (lambda: exports.frame_to_csv(table())),
                       file_name=exports.safe_filename(stem, "csv"), mime=exports.FORMATS["csv"].mime,
                       key=f"{key}_csv", on_click="ignore")
    c2.download_button(f"{what} as XLSX", data=lambda: exports.frame_to_xlsx(table(), sheet_name=stem),
                       file_name=exports.safe_filename(stem, "xlsx"), mime=exports.FORMATS["xlsx"].mime,
                       key=f"{key}_xlsx", on_click="ignore")


def briefing_download(f: Filters, key: str) -> None:
    """One click: an HTML briefing of the current filtered view."""
    store = store_or_stop()

    def build() -> str:
        ev = timeline_page(store, _key(store), f)
        ag = agreements_page(store, _key(store), f, 0, PAGE_SIZE)
        se = sectors(store, _key(store), f)
        figs = [("Meeting timeline", timeline_chart(f, "pair"))]
        if len(se):
            figs.append(("Agreements by sector", charts.sector_figure(se)))
        head = frames.headline(store, f)
        if head["events"] > len(ev) or head["signings"] > len(ag):
            head = {**head, "rows in the tables below": f"the first {len(ev):,} events and {len(ag):,} signings"}
        event_table = ev.assign(date=ev["date"].fillna("undated"))[
            ["date", "date_text", "type_label", "label", "location", "participants", "source", "evidence"]]
        agreement_table = ag[["date", "count", "kind_text", "pair", "sectors", "source", "evidence"]]
        srcs = ev[["source", "source_url"]].drop_duplicates().rename(columns={"source": "title", "source_url": "url"})
        return briefing.briefing_html(
            title="PactWatch briefing", subtitle="State-to-state meetings and agreements, as the sources state them",
            filters=f.describe(), headline=[(k, str(v)) for k, v in head.items()], charts=figs,
            tables=[("Events", frames.for_table(event_table)), ("Agreements", frames.for_table(agreement_table))],
            sources=srcs.to_dict("records"))

    st.download_button("Briefing (HTML)", data=build, file_name=exports.safe_filename("pactwatch-briefing", "html"),
                       mime="text/html", key=key, on_click="ignore", type="primary")


def timeline_chart(f: Filters, lane: str = "pair", dated: pd.DataFrame | None = None):
    """The timeline figure: every occasion drawn when there are few, weekly counts (computed in SQL)
    when there are more than ``charts.MAX_POINTS`` — and the chart says which. ``dated``: the view's
    dated occasions when the caller has read them already."""
    store = store_or_stop()
    return _timeline_figure(store, _key(store), f, lane, dated)


@st.cache_resource(show_spinner=False, max_entries=64)
def _timeline_figure(_store: Store, version: int, f: Filters, lane: str, _dated: pd.DataFrame | None):
    """One figure per (store version, filters, lane), shared read-only by the sessions that show it."""
    summary = timeline_summary(_store, version, f)
    if summary["dated"] <= charts.MAX_POINTS:
        dated = _dated if _dated is not None else timeline_view(_store, version, f, dated=True)["dated"]
        return charts.timeline_figure(dated if lane == "pair" else frames.participant_lanes(dated), lane=lane,
                                      undated=summary["undated"])
    counts = timeline_counts(_store, version, f, lane)
    return charts.timeline_counts_figure(counts, summary["dated"], summary["undated"], lane,
                                         lanes=counts.attrs.get("lanes"))


def page_number(key: str, total: int, size: int = PAGE_SIZE) -> int:
    """The 0-based page the ``page_picker`` with ``key`` over ``total`` rows will show (read before it is
    drawn, so one query can serve several tables of a page)."""
    pages = max(1, -(-total // size))
    try:
        return min(pages - 1, max(0, int(st.session_state.get(key, 1)) - 1))
    except (TypeError, ValueError):
        return 0


def page_picker(total: int, key: str, size: int = PAGE_SIZE) -> int:
    """A page-number input when ``total`` rows need more than one page; returns the 0-based page."""
    pages = max(1, -(-total // size))
    if pages == 1:
        return 0
    if st.session_state.get(key, 1) > pages:  # the filters left fewer pages than the one shown
        st.session_state[key] = pages
    page = st.number_input(f"Page (of {pages:,}; {size:,} rows a page)", min_value=1, max_value=pages, value=1,
                           step=1, key=key)
    first = (page - 1) * size
    st.caption(f"Rows {first + 1:,}–{min(total, first + size):,} of {total:,}")
    return int(page) - 1


def evidence_block(sentence: str | None, source: str | None) -> None:
    """A source sentence shown as text, with its article title.

    Article text never goes through Markdown (links, LaTeX, directives) or raw
    HTML: it is escaped and handed to ``st.html``.
    """
    st.html(f"<blockquote style='margin:0.2em 0 0.6em 0;border-left:3px solid #bbb;padding-left:0.8em'>"
            f"{html.escape(sentence or '')}<br><small>— {html.escape(source or '')}</small></blockquote>")


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:=&")


def md_escape(text: str) -> str:
    """Text safe inside Markdown-rendering elements (st.warning, st.info ...): every Markdown, LaTeX
    ($), directive (:color[...]) and HTML character is backslash-escaped, so it shows literally."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def text_heading(text: str, level: int = 3) -> None:
    """A heading whose words come from an article (escaped, no Markdown)."""
    st.html(f"<h{level} style='margin:0.4em 0'>{html.escape(text or '')}</h{level}>")
