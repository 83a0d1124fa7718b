"""``python -m pactwatch``: a thin command line over the same core the pages use.

Every command is a few lines calling the library; ``export`` prints the very
frames the dashboard shows (pactwatch.frames), in CSV, JSON or XLSX.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Callable, Sequence

from . import exports, frames
from .countries import resolve_country
from .filters import Filters, parse_date
from .store import Store, StoreError

EXPORTS: dict[str, tuple[Callable, str]] = {
    "events": (frames.timeline_frame, "one row per event: type, partial date with precision and the words that gave "
                                      "it, location, participants, countries (ISO3), source and evidence sentence"),
    "actors": (frames.actors_frame, "one row per actor: name, kind, country (ISO3), titles and aliases as stated"),
    "agreements": (frames.agreements_frame, "one row per signing: document count and kind, parties, date, place, "
                                            "sector phrases as written and their normalised sectors"),
    "sectors": (frames.sector_breakdown, "one row per normalised sector: signings covering it, documents signed at "
                                         "those signings (not split by sector), the phrases behind it"),
}


class CliError(Exception):
    """An error with a message for the user; exits with status 2."""


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _country(text: str) -> str:
    iso3 = resolve_country(text)
    if not iso3:
        raise argparse.ArgumentTypeError(f"unknown country {text!r} (use a name, ISO code or demonym)")
    return iso3


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pactwatch",
        description="PactWatch: state-to-state meetings and agreements from news articles, with provenance.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("export", help="print a view's data (the frames the dashboard pages show)",
                        description="Print the data behind a view. " +
                                    " ".join(f"{k}: {v}." for k, (_, v) in EXPORTS.items()))
    ex.add_argument("what", choices=list(EXPORTS), help="which frame to print")
    ex.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                    help="only events/agreements whose date may fall on or after this day")
    ex.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                    help="only events/agreements whose date may fall on or before this day")
    ex.add_argument("--country", type=_country, action="append", default=[], metavar="C",
                    help="involving this state (name, ISO code or demonym); repeat for several (any of them)")
    ex.add_argument("--type", dest="types", action="append", default=[], metavar="TYPE",
                    help="only events of this type (meeting, visit, reception, multilateral_meeting, talks, call, "
                         "signing); repeatable")
    ex.add_argument("--sector", dest="sectors", action="append", default=[], metavar="SECTOR",
                    help="only agreements covering this normalised sector key (see data/sectors.toml); repeatable")
    ex.add_argument("--no-undated", action="store_true", help="leave out events the sources give no date for")
    ex.add_argument("--format", choices=["csv", "json", "xlsx"], default="csv", help="output format (default csv)")
    ex.add_argument("--db", type=Path, help="store file (default data/pactwatch.duckdb or $PACTWATCH_DB)")
    ex.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    ex.set_defaults(func=cmd_export)

    ld = sub.add_parser("load", help="load reviewed record files (*.record.json) into the store",
                        description="Load reviewed records (the documented record format) into the store. A record "
                                    "for a source already stored replaces it.")
    ld.add_argument("paths", nargs="+", type=Path, help="record files or folders holding *.record.json")
    ld.add_argument("--db", type=Path, help="store file (default data/pactwatch.duckdb or $PACTWATCH_DB)")
    ld.set_defaults(func=cmd_load)

    ig = sub.add_parser("ingest", help="extract draft records from articles and store them",
                        description="Ingest article files (.txt, .md, .html; folders recursively): each becomes a "
                                    "draft record in the store, merged with what the store already holds. The same "
                                    "article again changes nothing; a bad file is reported and the rest go in.")
    ig.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    ig.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                    help="publication date of these articles (else read from a dateline or the HTML, if stated)")
    ig.add_argument("--db", type=Path, help="store file (default data/pactwatch.duckdb or $PACTWATCH_DB)")
    ig.add_argument("--quiet", action="store_true", help="no progress bar")
    ig.set_defaults(func=cmd_ingest)

    xt = sub.add_parser("extract", help="print the draft record extracted from an article, as JSON",
                        description="Extract a draft record from an article file (text or HTML) and print it in the "
                                    "documented record format. Nothing is stored.")
    xt.add_argument("file", type=Path, help="the article (.txt, .md or .html)")
    xt.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="publication date, to resolve 'Thursday'")
    xt.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="score extraction against hand-made gold records",
                        description="Score automatic extraction against the gold annotations in GOLD_DIR: precision, "
                                    "recall and F1 for persons and events, date accuracy, agreement counts, sectors.")
    ev.add_argument("gold_dir", type=Path, help="folder of gold annotations (e.g. data/gold)")
    ev.add_argument("--json", action="store_true", help="print the full result as JSON")
    ev.add_argument("--unseal", action="store_true",
                    help="also score the splits named in GOLD_DIR/SEALED (held back until their one honest run)")
    ev.set_defaults(func=cmd_evaluate)

    im = sub.add_parser("import", help="import coded events (ICEWS, GDELT 2.0) into the store",
                        description="Import machine-coded events: ICEWS tab-separated files (with header) or GDELT "
                                    "2.0 event exports (61 tab-separated columns, no header). Each story becomes a "
                                    "draft source whose text is one line per coded row; CAMEO 040-046, 057 and "
                                    "060-064 map to PactWatch's event types, any other code is kept as 'other'. A "
                                    "malformed row is reported with its line number and the rest still imports.")
    im.add_argument("--format", dest="fmt", choices=["icews", "gdelt"], required=True, help="the files' format")
    im.add_argument("files", nargs="+", type=Path, metavar="FILE", help="coded-event files")
    im.add_argument("--db", type=Path, help="store file (default data/pactwatch.duckdb or $PACTWATCH_DB)")
    im.set_defaults(func=cmd_import)

    bn = sub.add_parser("bench", help="measure the dashboard on synthetic stores of 10k, 100k and 1M events",
                        description="Run benchmarks/bench_scale.py: make SYNTHETIC stores (bench-results/stores/) "
                                    "and measure store opening, every page via AppTest (first load, reruns after "
                                    "filter changes), frames, figures, PNG/CSV export, peak memory and the naive "
                                    "way side by side; prints a table and writes bench-results/scale-*.json.")
    bn.add_argument("--sizes", default="10k,100k,1M", help="comma-separated sizes: 10k, 100k, 1M (default all)")
    bn.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpora (default 7)")
    bn.set_defaults(func=cmd_bench)
    return p


def _open(db: Path | None, read_only: bool = False) -> Store:
    try:
        return Store.open(db, read_only=read_only)
    except StoreError as exc:
        raise CliError(str(exc)) from exc


def cmd_export(args: argparse.Namespace) -> int:
    f = Filters(date_from=args.date_from, date_to=args.date_to, countries=tuple(dict.fromkeys(args.country)),
                types=tuple(args.types), sectors=tuple(args.sectors), include_undated=not args.no_undated)
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise CliError("--from is after --to")
    store = _open(args.db)
    try:
        df = EXPORTS[args.what][0](store, f)
    finally:
        store.close()
    if args.format == "json":
        data: bytes = exports.frame_to_json(df).encode("utf-8")
    elif args.format == "csv":
        data = exports.frame_to_csv(frames.for_table(df))
    else:
        data = exports.frame_to_xlsx(frames.for_table(df), sheet_name=args.what)
    if args.output:
        args.output.write_bytes(data)
        print(f"Wrote {len(df)} {args.what} rows to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        if args.format == "json":
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
    return 0


MAX_RECORD_FILE_BYTES = 20 * 1024 * 1024


def load_record_file(path: Path):
    """A Record from a record JSON file, or RecordFormatError saying what is wrong with it."""
    from .model import RecordFormatError, parse_record
    try:
        size = path.stat().st_size
        if size > MAX_RECORD_FILE_BYTES:
            raise RecordFormatError(f"the file is {size / 1e6:.1f} MB; record files over "
                                    f"{MAX_RECORD_FILE_BYTES // (1024 * 1024)} MB are refused")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordFormatError(f"not JSON in UTF-8 ({exc})") from None
    except RecursionError:
        raise RecordFormatError("JSON nested too deeply") from None
    return parse_record(data)


def cmd_load(args: argparse.Namespace) -> int:
    from .model import RecordFormatError
    files: list[Path] = []
    for p in args.paths:
        files += sorted(p.rglob("*.record.json")) if p.is_dir() else [p]
    store = _open(args.db)
    loaded = 0
    try:
        for fpath in files:
            try:
                store.save_record(load_record_file(fpath))
                loaded += 1
                print(f"loaded  {fpath}")
            except (RecordFormatError, StoreError, OSError) as exc:
                print(f"skipped {fpath}: {exc}")
    finally:
        store.close()
    print(f"{loaded} loaded, {len(files) - loaded} skipped")
    return 0 if loaded == len(files) else 1


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest_files

    def progress(done: int, total: int, name: str) -> None:
        if args.quiet or not total:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[-40:]:<40}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    store = _open(args.db)
    try:
        report = ingest_files(store, args.paths, published=args.published.isoformat() if args.published else None,
                              progress=progress)
    finally:
        store.close()
    for r in report.results:
        print(f"{r.status:9} {r.name}: {r.message}")
    print(report.summary())
    return 0 if report.results and report.count("skipped") < len(report.results) else 1


def cmd_extract(args: argparse.Namespace) -> int:
    from .extract import extract_record
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc}") from exc
    from .ingest import IngestError, dateline_date, read_article
    try:
        article = read_article(raw, args.file.name)
    except IngestError as exc:
        raise CliError(f"{args.file}: {exc}") from exc
    published = args.published.isoformat() if args.published else (article.published or
                                                                   dateline_date(article.text))
    record = extract_record(article.text, published=published, title=article.title, publisher=article.publisher,
                            url=article.url)
    print(json.dumps(record.to_dict(), ensure_ascii=False, indent=1))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir, format_report
    result = evaluate_dir(args.gold_dir, unseal=args.unseal)
    print(json.dumps(result, indent=1, default=str) if args.json else format_report(result))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .importers import import_files
    store = _open(args.db)
    try:
        report = import_files(store, args.files, args.fmt)
    finally:
        store.close()
    for problem in report.problems:
        print(f"skipped {problem}", file=sys.stderr)
    print(report.summary())
    return 0 if report.events else 1


def cmd_bench(args: argparse.Namespace) -> int:
    import subprocess
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_scale.py"
    if not script.exists():
        raise CliError(f"{script} is missing (the benchmark ships with the source checkout)")
    return subprocess.run([sys.executable, str(script), "--sizes", args.sizes, "--seed", str(args.seed)]).returncode


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        print(f"pactwatch: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
