"""The embedded store: one DuckDB file holding records and the tables views query.

The record JSON (model.Record) is the truth; the other tables are derived from
it on every save, flattened for fast filtering in SQL (dates as first/last
possible day, countries as lists). A save replaces everything one source said
in a single transaction, so a crash leaves either the old or the new record.

DuckDB lets one process hold a file read-write; another process then gets
``StoreBusy`` with a message naming the file (see ../shared/PLATFORM.md).
Threads inside a process each take their own cursor (``Store.cursor``).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

from .merge import EventKey, best_cluster
from .model import Record

SCHEMA_VERSION = 2
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "data" / "pactwatch.duckdb"
DEFAULT_CORPUS = ROOT / "data" / "corpus"


class StoreError(RuntimeError):
    """A store problem with a message meant for the analyst."""


class StoreBusy(StoreError):
    pass


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS sources (
    source_id VARCHAR PRIMARY KEY, status VARCHAR, title VARCHAR, publisher VARCHAR, url VARCHAR,
    published VARCHAR, content_hash VARCHAR, record_json VARCHAR, saved_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS actors (
    source_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    aliases VARCHAR[], titles VARCHAR[], reviewed BOOLEAN);
CREATE TABLE IF NOT EXISTS mentions (
    source_id VARCHAR, actor_id VARCHAR, sentence VARCHAR, start_offset INTEGER, end_offset INTEGER);
CREATE TABLE IF NOT EXISTS events (
    source_id VARCHAR, event_id VARCHAR, type VARCHAR, label VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_text VARCHAR, date_inferred BOOLEAN, date_rule VARCHAR,
    start_date DATE, end_date DATE, place VARCHAR, place_country VARCHAR,
    countries VARCHAR[], participant_ids VARCHAR[], participants VARCHAR[], roles VARCHAR[],
    evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER, reviewed BOOLEAN, cluster_id VARCHAR);
CREATE TABLE IF NOT EXISTS event_overrides (source_id VARCHAR, event_id VARCHAR, cluster_id VARCHAR,
    PRIMARY KEY (source_id, event_id));
CREATE TABLE IF NOT EXISTS agreements (
    source_id VARCHAR, agreement_id VARCHAR, kind VARCHAR, count INTEGER, kind_text VARCHAR,
    parties VARCHAR[], date VARCHAR, date_precision VARCHAR, date_text VARCHAR, date_inferred BOOLEAN,
    start_date DATE, end_date DATE, place VARCHAR, place_country VARCHAR, event_id VARCHAR,
    evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER, reviewed BOOLEAN);
CREATE TABLE IF NOT EXISTS agreement_sectors (
    source_id VARCHAR, agreement_id VARCHAR, phrase VARCHAR, sector VARCHAR,
    evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER);
CREATE TABLE IF NOT EXISTS statements (
    source_id VARCHAR, statement_id VARCHAR, speaker_ids VARCHAR[], text VARCHAR, mode VARCHAR,
    event_id VARCHAR, evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER, reviewed BOOLEAN);
"""

#: Forward migrations: version -> statements taking a store from version-1 to version.
MIGRATIONS: dict[int, list[str]] = {
    2: ["ALTER TABLE events ADD COLUMN cluster_id VARCHAR",
        "UPDATE events SET cluster_id = source_id || '/' || event_id",
        "CREATE TABLE IF NOT EXISTS event_overrides (source_id VARCHAR, event_id VARCHAR, cluster_id VARCHAR, "
        "PRIMARY KEY (source_id, event_id))"],
}

_DERIVED = ("actors", "mentions", "events", "agreements", "agreement_sectors", "statements")


def default_db_path() -> Path:
    """``$PACTWATCH_DB`` if set, else ``data/pactwatch.duckdb`` in the checkout."""
    return Path(os.environ.get("PACTWATCH_DB") or DEFAULT_DB)


def _bounds(pd_) -> tuple[dt.date | None, dt.date | None]:
    b = pd_.bounds()
    return (b[0], b[1]) if b else (None, None)


class Store:
    """A PactWatch store file. Open with ``Store.open``; close with ``close``."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool):
        self._con = con
        self.path = path
        self.read_only = read_only
        self._lock = threading.Lock()
        #: Bumped by every write through this object (caches of derived data compare it).
        self.writes = 0

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False,
             seed_corpus: str | Path | None = DEFAULT_CORPUS) -> "Store":
        """Open (creating on first use) the store at ``path``.

        A new store is filled from ``seed_corpus`` (``*.record.json`` files), so
        the dashboard shows the shipped corpus on first run.
        """
        path = Path(path) if path else default_db_path()
        new = not path.exists()
        if new and read_only:
            raise StoreError(f"No store at {path}. Run the dashboard or `python -m pactwatch load` first.")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreBusy(f"The store {path} is in use by another PactWatch process (the dashboard or a CLI "
                                f"command). Stop it, or point this command at another store with --db.") from exc
            raise StoreError(f"Cannot open the store {path}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{path} is not a PactWatch store or is damaged ({exc}). It was left untouched.") from exc
        store = cls(con, path, read_only)
        try:
            store._check_schema(new)
        except Exception:
            con.close()
            raise
        if new and seed_corpus:
            store.load_corpus(seed_corpus)
        return store

    def _check_schema(self, new: bool) -> None:
        tables = {r[0] for r in self._con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if new or not tables:
            if self.read_only:
                raise StoreError(f"{self.path} is empty, not a PactWatch store.")
            self._con.execute(SCHEMA)
            self._con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            return
        try:
            row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0])
        except (duckdb.Error, TypeError, ValueError) as exc:
            raise StoreError(f"{self.path} is not a PactWatch store. It was left untouched.") from exc
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer PactWatch (schema {version}, this one reads "
                             f"{SCHEMA_VERSION}). Upgrade PactWatch; the store was left untouched.")
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(f"{self.path} has schema {version} and needs upgrading to {SCHEMA_VERSION}: "
                                 f"open it once read-write (e.g. start the dashboard).")
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        """Apply every migration after ``version`` in one transaction: all or nothing."""
        cur = self._con.cursor()
        cur.execute("BEGIN TRANSACTION")
        try:
            for v in range(version + 1, SCHEMA_VERSION + 1):
                for stmt in MIGRATIONS[v]:
                    cur.execute(stmt)
            cur.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
            cur.execute("COMMIT")
        except Exception:
            cur.execute("ROLLBACK")
            raise
        finally:
            cur.close()

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor for the calling thread (one connection must not serve two threads at once)."""
        return self._con.cursor()

    # -- writing -------------------------------------------------------------
    def load_corpus(self, folder: str | Path) -> int:
        """Load every ``*.record.json`` under ``folder``; returns how many were saved."""
        from .model import parse_record
        n = 0
        for f in sorted(Path(folder).glob("*.record.json")):
            self.save_record(parse_record(json.loads(f.read_text(encoding="utf-8"))))
            n += 1
        return n

    def save_record(self, record: Record) -> None:
        """Replace everything stored for ``record.source`` in one transaction."""
        problems = record.problems()
        if problems:
            raise StoreError("The record was not saved: " + "; ".join(problems[:5]))
        sid = record.source.id
        with self._lock:
            cur = self._con.cursor()
            cur.execute("BEGIN TRANSACTION")
            try:
                rows = _flatten(record, self._clusters(cur, record))
                cur.execute("DELETE FROM sources WHERE source_id = ?", [sid])
                for table in _DERIVED:
                    cur.execute(f"DELETE FROM {table} WHERE source_id = ?", [sid])
                s = record.source
                cur.execute("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [sid, record.status, s.title, s.publisher, s.url, s.published, s.content_hash,
                             json.dumps(record.to_dict(), ensure_ascii=False), dt.datetime.now()])
                for table, table_rows in rows.items():
                    if table_rows:
                        self._insert(cur, table, table_rows)
                cur.execute("COMMIT")
                self.writes += 1
            except Exception as exc:
                cur.execute("ROLLBACK")
                if isinstance(exc, (duckdb.Error, TypeError, ValueError)):  # pyarrow's errors are TypeErrors too
                    raise StoreError(f"The record was not saved ({type(exc).__name__}: {exc}); "
                                     f"the store is unchanged.") from exc
                raise
            finally:
                cur.close()

    @contextmanager
    def _write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction on a cursor of its own: committed whole, or rolled back whole."""
        with self._lock:
            cur = self._con.cursor()
            cur.execute("BEGIN TRANSACTION")
            try:
                yield cur
                cur.execute("COMMIT")
                self.writes += 1
            except Exception:
                cur.execute("ROLLBACK")
                raise
            finally:
                cur.close()

    def delete_source(self, source_id: str) -> None:
        with self._write() as cur:
            cur.execute("DELETE FROM sources WHERE source_id = ?", [source_id])
            for table in _DERIVED:
                cur.execute(f"DELETE FROM {table} WHERE source_id = ?", [source_id])

    def _insert(self, cur: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
        """Insert many rows at once through Arrow (DuckDB's executemany runs one statement a row)."""
        import pyarrow as pa
        cols = [d[0] for d in cur.execute(f"SELECT * FROM {table} LIMIT 0").description]
        arrow = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
        cur.register("_pw_rows", arrow)
        try:
            cur.execute(f"INSERT INTO {table} SELECT * FROM _pw_rows")
        finally:
            cur.unregister("_pw_rows")

    def _clusters(self, cur: duckdb.DuckDBPyConnection, record: Record) -> dict[str, str]:
        """The cluster each of ``record``'s events belongs to: an analyst's override, else a matching
        stored event's cluster (pactwatch.merge), else a cluster of its own."""
        sid = record.source.id
        overrides = dict(cur.execute("SELECT event_id, cluster_id FROM event_overrides WHERE source_id = ?",
                                     [sid]).fetchall())
        out: dict[str, str] = {}
        for e in record.events:
            if e.id in overrides:
                out[e.id] = overrides[e.id]
                continue
            ids = [p.actor_id for p in e.participants]
            rows = cur.execute("""SELECT cluster_id, participant_ids, start_date, end_date, place FROM events
                                  WHERE source_id <> ? AND list_has_any(participant_ids, ?::VARCHAR[])""",
                               [sid, ids]).fetchall() if ids else []
            stored = [EventKey(r[0], frozenset(r[1]), r[2], r[3], r[4]) for r in rows]
            start, end = _bounds(e.date)
            found = best_cluster(EventKey("", frozenset(ids), start, end, e.place), stored)
            out[e.id] = found or f"{sid}/{e.id}"
        return out

    def set_event_cluster(self, source_id: str, event_id: str, cluster_id: str | None) -> None:
        """An analyst's merge decision: join the event to ``cluster_id``, or split it out (None)."""
        cluster = cluster_id or f"{source_id}/{event_id}"
        with self._write() as cur:
            cur.execute("INSERT OR REPLACE INTO event_overrides VALUES (?, ?, ?)", [source_id, event_id, cluster])
            cur.execute("UPDATE events SET cluster_id = ? WHERE source_id = ? AND event_id = ?",
                        [cluster, source_id, event_id])

    def actor_index(self, exclude_source: str | None = None) -> list[tuple[str, str, str, str | None, list[str]]]:
        """(id, name, kind, country, aliases) of every stored actor, for merging."""
        rows = self.cursor().execute("""
            SELECT actor_id, first(name ORDER BY source_id), first(kind), mode(country),
                   list_distinct(flatten(list(aliases)))
            FROM actors WHERE source_id IS DISTINCT FROM ? GROUP BY actor_id""", [exclude_source]).fetchall()
        return [(r[0], r[1], r[2], r[3], list(r[4] or [])) for r in rows]

    # -- reading -------------------------------------------------------------
    def record(self, source_id: str) -> Record | None:
        row = self.cursor().execute("SELECT record_json FROM sources WHERE source_id = ?", [source_id]).fetchone()
        return Record.from_dict(json.loads(row[0])) if row else None

    def records(self) -> Iterator[Record]:
        for (j,) in self.cursor().execute("SELECT record_json FROM sources ORDER BY source_id").fetchall():
            yield Record.from_dict(json.loads(j))

    def has_source(self, source_id: str) -> bool:
        return self.cursor().execute("SELECT 1 FROM sources WHERE source_id = ?", [source_id]).fetchone() is not None

    def version(self, cur: duckdb.DuckDBPyConnection | None = None) -> int:
        """A number that changes whenever the store's content changes (cache key for views); ``cur``: read
        through that cursor (inside its transaction)."""
        row = (cur or self.cursor()).execute("""
            SELECT (SELECT count(*) FROM sources), (SELECT max(saved_at) FROM sources),
                   (SELECT count(*) FROM event_overrides),
                   (SELECT sum(hash(source_id, event_id, cluster_id)) FROM event_overrides)""").fetchone()
        return hash((row[0], str(row[1]), row[2], str(row[3])))


@contextmanager
def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Iterator[Store]:
    store = Store.open(path, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def _flatten(record: Record, clusters: dict[str, str] | None = None) -> dict[str, list[tuple]]:
    """The derived-table rows for one record (pure: no I/O)."""
    clusters = clusters or {}
    sid = record.source.id
    names = {a.id: a.name for a in record.actors}
    out: dict[str, list[tuple]] = {t: [] for t in _DERIVED}
    for a in record.actors:
        out["actors"].append((sid, a.id, a.name, a.kind, a.country, list(a.aliases),
                              list(dict.fromkeys(t.text for t in a.titles)), a.reviewed))
        seen = set()
        for e in a.evidence + [t.evidence for t in a.titles]:
            if (e.start, e.end) not in seen:
                seen.add((e.start, e.end))
                out["mentions"].append((sid, a.id, e.sentence, e.start, e.end))
    for e in record.events:
        start, end = _bounds(e.date)
        ev = e.evidence[0] if e.evidence else None
        out["events"].append((
            sid, e.id, e.type, e.label, e.date.value, e.date.precision, e.date.text, e.date.inferred, e.date.rule,
            start, end, e.place, e.place_country, sorted(set(e.countries)),
            [p.actor_id for p in e.participants], [names.get(p.actor_id, p.actor_id) for p in e.participants],
            [p.role for p in e.participants],
            ev.sentence if ev else None, ev.start if ev else None, ev.end if ev else None, e.reviewed,
            clusters.get(e.id, f"{sid}/{e.id}")))
    for g in record.agreements:
        start, end = _bounds(g.date)
        ev = g.evidence[0] if g.evidence else None
        out["agreements"].append((
            sid, g.id, g.kind, g.count, g.kind_text, sorted(set(g.parties)), g.date.value, g.date.precision,
            g.date.text, g.date.inferred, start, end, g.place, g.place_country, g.event_id,
            ev.sentence if ev else None, ev.start if ev else None, ev.end if ev else None, g.reviewed))
        for s in g.sectors:
            for key in s.sectors:
                out["agreement_sectors"].append((sid, g.id, s.text, key, s.evidence.sentence,
                                                 s.evidence.start, s.evidence.end))
    for s in record.statements:
        ev = s.evidence[0] if s.evidence else None
        out["statements"].append((sid, s.id, list(s.speaker_ids), s.text, s.mode, s.event_id,
                                  ev.sentence if ev else None, ev.start if ev else None, ev.end if ev else None,
                                  s.reviewed))
    return out
