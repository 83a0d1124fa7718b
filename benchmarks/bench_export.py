"""How long PactWatch's downloads take to make.

Run:  .venv/bin/python benchmarks/bench_export.py

Prints the cold first chart export (browser launch included), the warm PNG export
(median of 10 after one warm-up; target <= 0.5 s), warm SVG and PDF, the offline HTML,
and CSV/XLSX/JSON of a 10,000-row event frame. Exits 1 if warm PNG misses its target.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402

from pactwatch import exports  # noqa: E402

WARM_PNG_TARGET_S = 0.5
ROWS = 10_000


def timeline_figure() -> go.Figure:
    """A chart like the meeting timeline: 300 dated markers in 7 event types."""
    rng = np.random.default_rng(7)
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 900, 300), unit="D")
    fig = go.Figure()
    for i, kind in enumerate(["meeting", "visit", "reception", "multilateral", "talks", "call", "signing"]):
        pick = rng.random(300) < 1 / 7
        fig.add_trace(go.Scatter(x=days[pick], y=[i] * int(pick.sum()), mode="markers", name=kind,
                                 hovertext=[exports.escape_plotly_text(f"<{kind}> in Minsk")] * int(pick.sum())))
    fig.update_layout(title_text="Meetings and visits, Belarus-Iran", template="plotly_white")
    return fig


def event_frame(n: int = ROWS) -> pd.DataFrame:
    """An event table of n rows with the text columns the dashboard exports."""
    rng = np.random.default_rng(11)
    return pd.DataFrame({
        "date": pd.Series(rng.choice(["2025-08-14", "2025-08", "2024", "=cmd"], n)),
        "type": rng.choice(["meeting", "visit", "signing"], n),
        "participants": rng.choice(["Lukashenko; Pezeshkian", "Khrenin; Nasirzadeh", "-Ryzhenkov"], n),
        "place": rng.choice(["Minsk", "Tehran", "Moscow", None], n),
        "count": rng.integers(0, 12, n),
        "evidence": ["The two presidents met in Minsk and signed documents on cooperation. " * 2] * n,
        "published": pd.to_datetime("2025-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D"),
    })


def timed(fn, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def line(label: str, seconds: list[float], extra: str = "") -> None:
    med = statistics.median(seconds)
    spread = f" (min {min(seconds):.3f}, max {max(seconds):.3f}, n={len(seconds)})" if len(seconds) > 1 else ""
    print(f"{label:<34} {med:8.3f} s{spread}{extra}")


def main() -> int:
    fig = timeline_figure()
    df = event_frame()
    print(f"PactWatch export benchmark (python {sys.version.split()[0]})")

    cold = timed(lambda: exports.figure_to_image(fig, "png"))
    line("cold first PNG (starts browser)", cold)
    exports.figure_to_image(fig, "png")  # warm-up
    warm = timed(lambda: exports.figure_to_image(fig, "png"), repeat=10)
    png = exports.figure_to_image(fig, "png")
    line("warm PNG 1100x600 @2x", warm, f"  {len(png) / 1024:.0f} KiB")
    svg = timed(lambda: exports.figure_to_image(fig, "svg"), repeat=10)
    line("warm SVG", svg)
    pdf = timed(lambda: exports.figure_to_image(fig, "pdf"), repeat=5)
    line("warm PDF", pdf)
    print(f"{'export server starts':<34} {exports.export_server_starts():8d}")
    html = exports.figure_to_html(fig)
    line("offline HTML", timed(lambda: exports.figure_to_html(fig), repeat=5),
         f"  {len(html.encode()) / 1e6:.1f} MB")
    for name, fn in [("CSV", exports.frame_to_csv), ("XLSX", exports.frame_to_xlsx), ("JSON", exports.frame_to_json)]:
        data = fn(df)
        size = len(data if isinstance(data, bytes) else data.encode())
        line(f"{name} of {ROWS:,} rows", timed(lambda fn=fn: fn(df), repeat=3), f"  {size / 1e6:.1f} MB")

    ok = statistics.median(warm) <= WARM_PNG_TARGET_S
    print(f"warm PNG target <= {WARM_PNG_TARGET_S} s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
