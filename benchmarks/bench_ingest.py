"""Throughput of the whole ingest path: file bytes -> decode -> extract -> merge -> one store transaction.

Run: .venv/bin/python benchmarks/bench_ingest.py [N]
Writes N ~600-word article files (built from the gold texts, each made unique so none is skipped as
already stored), ingests the folder into a fresh store with pactwatch.ingest.ingest_files, and prints
articles/s for extraction alone and for the full path.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import articles  # noqa: E402

from pactwatch.extract import extract_record, warm_up  # noqa: E402
from pactwatch.ingest import ingest_files  # noqa: E402
from pactwatch.store import Store  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    docs = [f"{d}\nReference {i}." for i, d in enumerate(articles(n))]
    words = sum(len(d.split()) for d in docs) / len(docs)
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, d in enumerate(docs):
            (folder / f"a{i:05}.txt").write_text(d, encoding="utf-8")
        t0 = time.perf_counter()
        for d in docs:
            extract_record(d)
        extract_s = time.perf_counter() - t0
        store = Store.open(Path(tmp) / "bench.duckdb", seed_corpus=None)
        t0 = time.perf_counter()
        report = ingest_files(store, [folder])
        ingest_s = time.perf_counter() - t0
        events = store.cursor().execute("SELECT count(*) FROM events").fetchone()[0]
        store.close()
    print(f"{n} articles, {words:.0f} words on average")
    print(f"extraction only (1 process): {n / extract_s:7.1f} articles/s")
    print(f"full ingest path (1 process): {n / ingest_s:7.1f} articles/s  ({report.summary()}; {events} events stored)")


if __name__ == "__main__":
    main()
