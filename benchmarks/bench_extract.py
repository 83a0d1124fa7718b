"""Throughput of pactwatch.extract on ~600-word articles, one process and two.

Run: .venv/bin/python benchmarks/bench_extract.py [N]
Articles are built from the gold texts (data/gold/*.txt and the seed), joined until each
has about 600 words, so every rule has real sentences to work on.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pactwatch.extract import extract_many, extract_record, warm_up  # noqa: E402


def articles(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "gold").glob("*.txt"))]
    seed = ROOT.parent / "shared" / "seed" / "iran-belarus-defense-cooperation.txt"
    if seed.exists():
        texts.insert(0, seed.read_text(encoding="utf-8"))
    out, i = [], 0
    while len(out) < n:
        parts, words = [], 0
        while words < 600:
            t = texts[i % len(texts)]
            parts.append(t)
            words += len(t.split())
            i += 1
        out.append("\n".join(parts))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    docs = articles(n)
    words = sum(len(d.split()) for d in docs) / len(docs)
    t0 = time.perf_counter()
    warm_up()
    print(f"warm-up (gazetteers, once per process): {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    for d in docs:
        extract_record(d)
    one = n / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    extract_many(docs, processes=2)
    two = n / (time.perf_counter() - t0)
    print(f"{n} articles of {words:.0f} words on average")
    print(f"1 process : {one:.1f} articles/s")
    print(f"2 processes: {two:.1f} articles/s (including pool start-up and per-worker warm-up)")


if __name__ == "__main__":
    main()
