"""Exporters: frames to CSV/XLSX/JSON, figures to PNG/SVG/PDF/HTML, safe file names.

One module for every download PactWatch offers, chosen by format (see ``FORMATS``).
Pages, the CLI and the briefing call these functions; none of them imports Streamlit.

Everything here is pure except the chart-image edge: ``figure_to_image`` drives a
headless Chromium through kaleido 1.x. Facts behind the design (measured here, see
../shared/PLATFORM.md and the kaleido/plotly sources):

* kaleido without a persistent server starts a browser per image (2-4 s). With
  ``kaleido.start_sync_server()`` once per process an image takes 0.15-0.3 s. We start
  it lazily, once, under a lock, and stop it at exit.
* kaleido's sync server is NOT safe for concurrent callers: every call shares one task
  queue and one result queue, so two threads can receive each other's images. All
  exports therefore go through ``_EXPORT_LOCK``.
* If the server's browser cannot start (no Chromium), kaleido's server thread dies and
  every later call waits forever. We look for the browser first and watch the server
  thread while waiting, so a missing browser is a clear ``ExportUnavailable``, never a hang.
* kaleido loads MathJax from a CDN by default; we disable it (no network, no LaTeX in
  our charts). Geo traces (choropleth, scattergeo) still need plotly's topojson from
  cdn.plot.ly, so they cannot be exported offline: kaleido fails with error 525.
* plotly.js renders title and hover text as a small markup language: <b> <i> <em> <s>
  <u> <sup> <sub> <span style> <br> and <a href> (http/https/mailto only) become SVG
  elements; any other tag, <script> and <img onerror> included, is shown as literal text
  through a DOM text node, and entities (&lt; &amp; &#60;) are decoded for display.
  So raw article text cannot run script in a chart, but "<b>" in a quote would be
  drawn bold and "&lt;" shown as "<": ``escape_plotly_text`` makes text show as written.
"""
from __future__ import annotations

import atexit
import datetime as dt
import json
import math
import re
import threading
import time
import unicodedata
from io import BytesIO
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "ExportError",
    "ExportUnavailable",
    "ExportFormat",
    "FORMATS",
    "IMAGE_WIDTH",
    "IMAGE_HEIGHT",
    "PNG_SCALE",
    "neutralise_cell",
    "neutralise_frame",
    "frame_to_csv",
    "frame_to_xlsx",
    "frame_to_json",
    "safe_sheet_name",
    "safe_filename",
    "escape_plotly_text",
    "figure_to_html",
    "figure_to_image",
    "start_export_server",
    "stop_export_server",
    "export_server_starts",
]


class ExportError(RuntimeError):
    """An export could not be produced (e.g. the figure failed to render)."""


class ExportUnavailable(ExportError):
    """Chart image export cannot run on this machine (no browser, or it stopped)."""


class ExportFormat(NamedTuple):
    """What a download is served as: its MIME type and file extension (no dot)."""

    mime: str
    ext: str


#: Every download format PactWatch offers: format name -> (MIME type, extension).
FORMATS: dict[str, ExportFormat] = {
    "csv": ExportFormat("text/csv", "csv"),
    "xlsx": ExportFormat("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "json": ExportFormat("application/json", "json"),
    "png": ExportFormat("image/png", "png"),
    "svg": ExportFormat("image/svg+xml", "svg"),
    "html": ExportFormat("text/html", "html"),
    "pdf": ExportFormat("application/pdf", "pdf"),
}

#: Chart images are always drawn at this layout size (CSS pixels), whatever size the
#: figure had on screen, so two exports of the same chart look the same.
IMAGE_WIDTH = 1100
IMAGE_HEIGHT = 600
#: PNG pixels per layout pixel: 2 gives a 2200x1200 image that stays sharp in slides.
#: SVG and PDF are vector formats and are drawn at scale 1.
PNG_SCALE = 2

IMAGE_FORMATS = ("png", "svg", "pdf")

# --------------------------------------------------------------------------- cells

#: Leading characters that make a spreadsheet treat a cell as a formula or command
#: (OWASP "CSV Injection"): = + - @, tab and carriage return.
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """Return ``value`` safe to open in a spreadsheet.

    A string starting with one of ``DANGEROUS_PREFIXES`` gets a leading ``'`` so
    Excel/LibreOffice/Sheets show it as text instead of evaluating it (a quote
    such as ``=HYPERLINK("http://evil","click")`` from an article stays a quote).
    The price, accepted by OWASP's advice: a text cell "-5" reads "'-5". Numbers,
    dates and missing values are returned unchanged (they cannot carry a formula).
    """
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def _is_text_column(s: pd.Series) -> bool:
    return pd.api.types.is_object_dtype(s.dtype) or pd.api.types.is_string_dtype(s.dtype)


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell and every column name neutralised.

    Only object, string and categorical columns are touched (numeric and datetime
    columns cannot hold formulas); their dtype is kept. ``df`` is not modified.
    """
    out = df.copy()
    for i, (_, s) in enumerate(out.items()):
        if isinstance(s.dtype, pd.CategoricalDtype):
            out.isetitem(i, s.map(neutralise_cell))
        elif _is_text_column(s):
            # Built as a list, not with Series.map: pandas 3 would infer the str dtype
            # for an object column and turn its None into NaN.
            values = [neutralise_cell(v) for v in s.tolist()]
            out.isetitem(i, pd.Series(values, index=s.index, dtype=s.dtype, name=s.name))
    return out.rename(columns=neutralise_cell)


# --------------------------------------------------------------------------- frames

def frame_to_csv(df: pd.DataFrame, *, bom: bool = False) -> bytes:
    """CSV bytes of ``df`` (neutralised), without the index.

    Rows end with CRLF as RFC 4180 says. Encoding is UTF-8 *without* a byte-order
    mark by default: pandas, DuckDB, the ``csv`` module and Unix tools read it back
    unchanged. Excel, however, guesses a
    legacy code page for BOM-less files and garbles names such as "Лукашэнка"; pass
    ``bom=True`` for a file meant to be double-clicked into Excel.

    Read it back with ``pd.read_csv(..., keep_default_na=False)`` if text cells may
    be "NA" or "N/A" (pandas would otherwise read them as missing).
    """
    # CRLF line ends (RFC 4180) also make the csv writer quote a field holding a
    # bare "\r"; with "\n" endings such a field would be written unquoted and split.
    text = neutralise_frame(df).to_csv(index=False, lineterminator="\r\n")
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


#: Characters Excel refuses in a sheet name, and its length limit.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
SHEET_NAME_MAX = 31


def safe_sheet_name(name: str) -> str:
    """``name`` made acceptable to Excel as a worksheet name.

    Excel's rules: 1-31 characters, none of ``[ ] : * ? / \\``, no apostrophe at
    either end, and not the reserved name "History". Offending characters become
    ``_``; an empty result becomes "data".
    """
    name = _SHEET_FORBIDDEN.sub("_", str(name)).strip().strip("'")
    name = name[:SHEET_NAME_MAX].strip().strip("'")
    if not name or name.lower() == "history":
        return "data" if not name else name + "_"
    return name


#: Control characters that openpyxl refuses in a cell (XML 1.0 forbids them).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Excel stores at most this many characters in one cell; longer text is cut.
XLSX_CELL_MAX = 32_767


def _xlsx_value(value: Any) -> Any:
    """One cell value as openpyxl can store it, text neutralised."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None  # Excel has no NaN: an empty cell
    if isinstance(value, (list, tuple, set, frozenset)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        # Excel has no time zones: store the UTC wall time.
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if isinstance(value, (bool, int, float, dt.datetime, dt.date, dt.time)):
        return value
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar
        return _xlsx_value(value.item())
    if not isinstance(value, str):
        value = str(value)
    # Control characters make openpyxl refuse the file: show them as U+FFFD rather
    # than drop them, so "\x01=cmd" cannot turn into a formula-looking "=cmd".
    value = _XLSX_ILLEGAL.sub("\ufffd", value)
    value = neutralise_cell(value)
    if len(value) > XLSX_CELL_MAX:
        value = value[: XLSX_CELL_MAX - 1] + "\u2026"
    return value


def frame_to_xlsx(df: pd.DataFrame, sheet_name: str = "data") -> bytes:
    """An .xlsx workbook of ``df`` (one sheet, header row, no index).

    Text is neutralised and stored as a string cell (``data_type == "s"``), never as
    a formula: openpyxl makes a formula of a string only when it starts with "=",
    and after ``neutralise_cell`` none does. Lists become "a; b"; tz-aware times are
    stored as UTC; missing values are empty cells. About 1 s per 10,000 rows of 7
    columns (openpyxl's pace).
    """
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(safe_sheet_name(sheet_name))
    ws.append([_xlsx_value(str(c)) for c in df.columns])
    for values in df.itertuples(index=False, name=None):
        ws.append([_xlsx_value(v) for v in values])
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _json_value(value: Any) -> Any:
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()  # pd.Timestamp is a datetime
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy scalar or array
        return _json_value(value.tolist())
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def frame_to_json(df: pd.DataFrame) -> str:
    """``df`` as a JSON array of objects, one per row, keyed by column name.

    Missing values (NaN, NaT, None, pd.NA) are ``null``; datetimes and dates are ISO
    8601 strings; partial dates kept as text ("2025-08") stay text. Text is NOT
    neutralised: JSON is data for programs, and a formula guard would alter it.
    Raises ValueError on duplicate column names (a row object would lose one).
    """
    if not df.columns.is_unique:
        dupes = sorted({str(c) for c in df.columns[df.columns.duplicated()]})
        raise ValueError(f"duplicate column names cannot become JSON keys: {dupes}")
    keys = [str(c) for c in df.columns]
    rows = [
        {k: _json_value(v) for k, v in zip(keys, values)}
        for values in df.itertuples(index=False, name=None)
    ]
    return json.dumps(rows, ensure_ascii=False, allow_nan=False)


# --------------------------------------------------------------------------- names

FILENAME_MAX = 80
_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(stem: str, ext: str) -> str:
    """A download name built from ``stem`` and extension ``ext`` (with or without dot).

    The result uses only ASCII letters, digits, ``-``, ``_`` and ``.``; accents are
    folded ("Tehrán" -> "Tehran"), other runs of characters become ``_``. It has no
    path separators, no ".." and no leading dot or dash (not hidden, not read as a
    command-line option), is at most ``FILENAME_MAX`` characters, avoids Windows device
    names, and is never empty: an empty stem becomes "export".
    """
    def ascii_only(s: str) -> str:
        # Drop accents (combining marks after NFKD); every other non-ASCII character
        # is unsafe and becomes "_" like spaces, so "Tehrán–Minsk" -> "Tehran_Minsk".
        folded = "".join(c for c in unicodedata.normalize("NFKD", str(s)) if not unicodedata.combining(c))
        return _NAME_UNSAFE.sub("_", folded)

    ext = re.sub(r"[^a-z0-9]", "", ascii_only(ext).lower())[:10]
    stem = re.sub(r"\.{2,}", ".", ascii_only(stem))
    stem = re.sub(r"_{2,}", "_", stem).strip("._- ")
    budget = FILENAME_MAX - (len(ext) + 1 if ext else 0)
    stem = stem[:budget].rstrip("._- ")
    if not stem:
        stem = "export"
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = ("_" + stem)[:budget]
    return f"{stem}.{ext}" if ext else stem


# --------------------------------------------------------------------------- figures

def escape_plotly_text(s: Any) -> str:
    """``s`` as plotly text that is displayed exactly as written.

    Replaces ``&``, ``<`` and ``>`` by entities, which plotly.js decodes for display
    only (into DOM text nodes): "<img src=x onerror=alert(1)>" is shown as those
    characters, "<b>" is not drawn bold, "&lt;" stays "&lt;". Use it on every piece of
    source text (titles, names, sentences) put in titles, labels, hover text or
    customdata shown by a hovertemplate. Keep data out of the hovertemplate string
    itself (pass it as customdata): "%{...}" in a template is a placeholder.
    ``None`` becomes "".
    """
    if s is None:
        return ""
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def figure_to_html(fig) -> str:
    """A standalone HTML page of ``fig`` that works with no network.

    plotly.js (~4.8 MB) is inlined; MathJax is left out (nothing we draw uses LaTeX).
    plotly encodes the figure JSON with "<", ">" and "/" as \\u escapes, so text in the
    figure cannot close the <script> block. Geo traces would still fetch their map
    shapes from cdn.plot.ly when opened.
    """
    return fig.to_html(
        include_plotlyjs=True,
        full_html=True,
        include_mathjax=False,
        config={"displaylogo": False},
        validate=True,
    )


_EXPORT_LOCK = threading.Lock()
_server_starts = 0  # times this module started kaleido's sync server (see export_server_starts)
_atexit_registered = False
#: kaleido's own limit for one render (seconds); we give up waiting a little later.
RENDER_TIMEOUT_S = 60.0


def export_server_starts() -> int:
    """How many times this process started the kaleido export server.

    Stays 1 however many images are exported (0 before the first; more only after
    ``stop_export_server`` or a server failure). Tests and the benchmark read it.
    """
    return _server_starts


def _find_browser() -> str | None:
    """Path of the Chromium kaleido would launch, or None (BROWSER_PATH, then PATH)."""
    try:
        from choreographer.browsers.chromium import Chromium

        path = Chromium.find_browser(skip_local=False)
    except Exception:  # noqa: BLE001 - choreographer internals moved: let kaleido decide
        return "unknown"
    return path if path and Path(path).is_file() else None


def image_export_unavailable() -> str | None:
    """Why PNG/SVG/PDF export cannot work here (no Chromium), or None when it can."""
    return _missing_browser_message() if _find_browser() is None else None


def _missing_browser_message() -> str:
    import os

    where = os.environ.get("BROWSER_PATH")
    looked = f"BROWSER_PATH={where!r}" if where else "PATH (chromium, google-chrome, ...)"
    return (
        "Chart image export (PNG/SVG/PDF) needs a Chromium browser and none was found "
        f"(looked at {looked}). Install Debian's chromium: `apt-get install -y chromium` "
        "(it goes to /usr/bin/chromium), or set BROWSER_PATH to a Chromium executable."
    )


def _kaleido_server():
    """kaleido's process-wide server object (private API: None if it moved)."""
    import kaleido

    return getattr(kaleido, "_global_server", None)


def _server_running() -> bool:
    server = _kaleido_server()
    return bool(server is not None and server.is_running())


def _server_thread_alive() -> bool:
    """False when kaleido's server thread has died (its browser failed)."""
    thread = getattr(_kaleido_server(), "_thread", None)
    return thread is None or thread.is_alive()


def _start_locked() -> None:
    global _server_starts, _atexit_registered
    import kaleido

    if _server_running():
        return  # started by us earlier, or by someone else in this process
    if _find_browser() is None:
        raise ExportUnavailable(_missing_browser_message())
    kaleido.start_sync_server(mathjax=False, timeout=RENDER_TIMEOUT_S - 15, silence_warnings=True)
    _server_starts += 1
    if not _atexit_registered:
        atexit.register(stop_export_server)
        _atexit_registered = True


def start_export_server() -> None:
    """Start the persistent export server now (idempotent; thread-safe).

    ``figure_to_image`` calls it lazily. An app may call it at start-up: the browser
    then launches in the background (about 2 s) before anyone clicks "Download PNG".
    Raises ``ExportUnavailable`` when no Chromium is installed.
    """
    with _EXPORT_LOCK:
        _start_locked()


def stop_export_server(timeout: float = 10.0) -> None:
    """Stop the export server and its browser (registered at exit; used by benchmarks).

    Waits at most ``timeout`` seconds for an export in progress, so that shutting
    down never hangs on a slow render; the browser then dies with the process.
    """
    import kaleido

    if not _EXPORT_LOCK.acquire(timeout=timeout):
        return
    try:
        if _server_running():
            kaleido.stop_sync_server(silence_warnings=True)
    finally:
        _EXPORT_LOCK.release()


def _render_locked(fig_dict: dict, opts: dict) -> bytes:
    """Ask the server for one image, watching that its thread stays alive."""
    import kaleido

    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["image"] = kaleido.calc_fig_sync(fig_dict, opts=opts)
        except BaseException as e:  # noqa: BLE001 - handed to the caller below
            box["error"] = e

    worker = threading.Thread(target=work, name="pactwatch-export", daemon=True)
    worker.start()
    deadline = time.monotonic() + RENDER_TIMEOUT_S
    while worker.is_alive():
        worker.join(0.05)
        if worker.is_alive() and not _server_thread_alive():
            kaleido.stop_sync_server(silence_warnings=True)  # next call starts afresh
            raise ExportUnavailable(
                f"The chart export browser ({_find_browser()}) stopped before rendering: it is "
                "not a working Chromium. Install Debian's chromium: `apt-get install -y chromium` "
                "(it goes to /usr/bin/chromium), or set BROWSER_PATH to a Chromium executable."
            )
        if time.monotonic() > deadline:
            raise ExportError(f"chart export took longer than {RENDER_TIMEOUT_S:.0f} s")
    if "error" in box:
        e = box["error"]
        if type(e).__name__ == "ChromeNotFoundError":
            raise ExportUnavailable(_missing_browser_message()) from e
        if "topojson" in str(e):
            raise ExportError(
                "map charts need plotly's topojson from cdn.plot.ly, which this machine "
                f"cannot reach: {e}"
            ) from e
        raise ExportError(f"chart export failed: {e}") from e
    return box["image"]


def figure_to_image(fig, fmt: str, *, width: int = IMAGE_WIDTH, height: int = IMAGE_HEIGHT,
                    scale: float | None = None) -> bytes:
    """``fig`` as PNG, SVG or PDF bytes, drawn by the persistent export server.

    Size is ``width`` x ``height`` layout pixels (default 1100x600, whatever the
    figure's own layout says); PNG is drawn at ``PNG_SCALE`` (2 -> 2200x1200 pixels),
    SVG/PDF at scale 1. The first call in a process starts the browser (about 2 s);
    later calls take 0.15-0.3 s. Calls from several threads are served one at a time.

    Raises ``ValueError`` for another format, ``ExportUnavailable`` when no Chromium
    is installed, ``ExportError`` when the figure cannot be rendered.
    """
    fmt = fmt.lower()
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"figure_to_image makes {', '.join(IMAGE_FORMATS)}, not {fmt!r}")
    if scale is None:
        scale = PNG_SCALE if fmt == "png" else 1
    fig_dict = fig if isinstance(fig, dict) else fig.to_dict()
    opts = {"format": fmt, "width": width, "height": height, "scale": scale}
    with _EXPORT_LOCK:
        _start_locked()
        return _render_locked(fig_dict, opts)
