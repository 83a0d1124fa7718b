"""The hostile corpus (tests/hostile/): every bad input gets its expected outcome and nothing partial is stored."""
import json
from pathlib import Path

import pytest

from pactwatch.cli import load_record_file
from pactwatch.ingest import ingest_files
from pactwatch.model import RecordFormatError
from pactwatch.store import Store

HERE = Path(__file__).resolve().parent / "hostile"
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
ARTICLES = [k for k, v in EXPECTED.items() if v["outcome"] != "refused"]
RECORDS = [k for k, v in EXPECTED.items() if v["outcome"] == "refused"]


def test_corpus_is_large_enough():
    assert len(EXPECTED) >= 30
    assert all((HERE / "inputs" / k).exists() for k in EXPECTED if not k.startswith("GENERATED:"))


def generated(name: str, tmp: Path) -> Path:
    path = tmp / name
    if name == "huge-50mb.txt":
        line = b"President Aliyev met President Erdogan in Baku on May 2, 2025.\n"
        with open(path, "wb") as fh:
            for _ in range(50 * 1024 * 1024 // len(line) + 1):
                fh.write(line)
    else:
        path.write_text("word " * 800_000, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    store = Store.open(tmp / "h.duckdb")
    results = {}
    for name in ARTICLES:  # manifest order: the duplicate comes after its original
        path = generated(name.split(":", 1)[1], tmp) if name.startswith("GENERATED:") else HERE / "inputs" / name
        before = store.cursor().execute("SELECT count(*) FROM sources").fetchone()[0]
        [result] = ingest_files(store, [path]).results
        after = store.cursor().execute("SELECT count(*) FROM sources").fetchone()[0]
        results[name] = (result, after - before)
    yield store, results
    store.close()


@pytest.mark.parametrize("name", ARTICLES)
def test_article_input_gets_its_expected_outcome(hostile_store, name):
    store, results = hostile_store
    result, added = results[name]
    want = EXPECTED[name]
    status = "added" if result.status == "merged" else result.status  # merged: stored, joined to others
    assert status == want["outcome"], result.message
    assert want["message_contains"] in result.message
    assert added == (1 if want["outcome"] == "added" else 0), "nothing partial, nothing twice"
    if result.status == "added":
        rec = store.record(result.source_id)
        assert rec.problems() == []
        if want["text_lacks"]:
            assert want["text_lacks"] not in rec.source.text


def test_store_stays_consistent_after_the_hostile_corpus(hostile_store):
    store, _ = hostile_store
    cur = store.cursor()
    for table in ("events", "actors", "agreements", "statements", "mentions", "agreement_sectors"):
        orphans = cur.execute(f"SELECT count(*) FROM {table} WHERE source_id NOT IN (SELECT source_id FROM sources)")
        assert orphans.fetchone()[0] == 0
    for rec in store.records():
        assert rec.problems() == []


@pytest.mark.parametrize("name", RECORDS)
def test_record_file_is_refused_whole_with_a_reason(tmp_path, name):
    with pytest.raises(RecordFormatError, match=EXPECTED[name]["message_contains"]):
        load_record_file(HERE / "inputs" / name)


def test_load_command_reports_and_keeps_going(tmp_path, capsys):
    from pactwatch.cli import main
    db = tmp_path / "l.duckdb"
    Store.open(db).close()
    code = main(["load", str(HERE / "inputs" / "truncated.record.json"),
                 str(Path(__file__).resolve().parent.parent / "data" / "corpus"), "--db", str(db)])
    out = capsys.readouterr().out
    assert code == 1
    assert "skipped" in out and "not JSON" in out and "1 loaded, 1 skipped" in out
