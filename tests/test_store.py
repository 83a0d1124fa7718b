import json
import subprocess
import sys

import duckdb
import pytest

from pactwatch.model import Record
from pactwatch.store import SCHEMA_VERSION, Store, StoreBusy, StoreError
from tests.conftest import SEED_RECORD


def seed() -> Record:
    return Record.from_dict(json.loads(SEED_RECORD.read_text(encoding="utf-8")))


def counts(store: Store) -> dict[str, int]:
    cur = store.cursor()
    return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("sources", "actors", "events", "agreements", "agreement_sectors", "statements")}


def test_new_store_is_built_from_the_shipped_corpus(store):
    assert counts(store) == {"sources": 1, "actors": 10, "events": 4, "agreements": 1, "agreement_sectors": 10,
                             "statements": 13}
    assert store.record(seed().source.id).to_dict() == seed().to_dict()


def test_saving_the_same_record_again_changes_nothing(store):
    before = counts(store)
    store.save_record(seed())
    store.save_record(seed())
    assert counts(store) == before


def test_a_record_with_bad_evidence_is_refused_and_nothing_changes(store):
    rec = seed()
    rec.events[0].evidence[0].start += 1
    before = counts(store)
    with pytest.raises(StoreError, match="not saved"):
        store.save_record(rec)
    assert counts(store) == before
    assert store.record(rec.source.id).to_dict() == seed().to_dict()


def test_store_reopens_with_content(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as s:
        assert counts(s)["events"] == 4


def test_store_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer PactWatch"):
        Store.open(path)
    assert path.read_bytes() == before


def test_corrupt_store_is_refused_untouched(tmp_path):
    path = tmp_path / "s.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a PactWatch store|damaged|Cannot open"):
        Store.open(path)
    assert path.read_bytes() == before


def test_store_in_use_by_another_process_gives_a_clear_message(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(path)!r}); "
                                                     "print('ready', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreBusy, match="in use by another PactWatch process"):
            Store.open(path)
    finally:
        holder.kill()
        holder.wait()


def test_a_version_1_store_migrates_forward_in_place(tmp_path):
    """Schema 1 had no merge clusters: opening it adds them, keeps every row, and records version 2."""
    path = tmp_path / "v1.duckdb"
    with Store.open(path) as s:
        before = counts(s)
        seed_events = s.cursor().execute("SELECT source_id, event_id FROM events ORDER BY event_id").fetchall()
    con = duckdb.connect(str(path))  # turn it back into what PactWatch 0.1 (schema 1) wrote
    con.execute("ALTER TABLE events DROP COLUMN cluster_id")
    con.execute("DROP TABLE event_overrides")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store.open(path) as s:
        assert counts(s) == before
        cur = s.cursor()
        assert cur.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        clusters = cur.execute("SELECT source_id, event_id, cluster_id FROM events ORDER BY event_id").fetchall()
        assert [(a, b) for a, b, _ in clusters] == seed_events
        assert all(c == f"{a}/{b}" for a, b, c in clusters)
        assert cur.execute("SELECT count(*) FROM event_overrides").fetchone()[0] == 0


def test_a_version_1_store_opened_read_only_is_not_touched(tmp_path):
    path = tmp_path / "v1.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE events DROP COLUMN cluster_id")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="needs upgrading"):
        Store.open(path, read_only=True)
    assert path.read_bytes() == before
