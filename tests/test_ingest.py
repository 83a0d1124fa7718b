"""Ingestion: decoding, bad input, batches, idempotency, merging and crash safety."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from pactwatch.ingest import (MAX_FILE_BYTES, Article, IngestError, dateline_date, decode_bytes, ingest_article,
                              ingest_files, read_article)
from pactwatch.store import Store
from tests.conftest import ROOT, SEED_TEXT

ARTICLE = ("Kazakhstan, Uzbekistan sign 5 agreements\n"
           "ASTANA, March 4, 2025 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev held talks with "
           "Uzbek President Shavkat Mirziyoyev in Astana on Tuesday.\n"
           "The two leaders signed five agreements on trade, energy and transport.\n")
CYRILLIC = "Президент Беларуси Александр Лукашенко встретился с Масудом Пезешкианом в Минске."


@pytest.mark.parametrize("raw,message", [
    (b"", "empty"), (b"   \n\t ", "empty"), (b"%PDF-1.7 binary", "PDF"), (b"\x89PNG\r\n\x1a\n....", "PNG image"),
    (b"PK\x03\x04zip", "ZIP"), (bytes(range(256)) * 40, "binary"),
])
def test_bad_files_get_clear_messages(raw, message):
    with pytest.raises(IngestError, match=message):
        decode_bytes(raw)


def test_huge_file_is_refused_before_reading(tmp_path, store):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    report = ingest_files(store, [big])
    assert [r.status for r in report.results] == ["skipped"]
    assert "50.0 MB" in report.results[0].message or "52.4 MB" in report.results[0].message
    assert MAX_FILE_BYTES < 50 * 1024 * 1024


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251"])
def test_encodings(encoding):
    assert decode_bytes(CYRILLIC.encode(encoding)) == CYRILLIC


def test_latin_text_in_windows_1252():
    assert "Café" in decode_bytes("Le président a visité le Café de Flore à Paris, où il a signé.".encode("cp1252"))


def test_html_is_reduced_to_article_text_without_scripts():
    html = ("<html><head><title>Talks in Astana</title><script>alert('x')</script></head><body>"
            "<nav>Home | World | Sport</nav><article><h1>Talks in Astana</h1>"
            "<p>Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Astana "
            "on Tuesday, and the two leaders signed five agreements on trade, energy and transport.</p>"
            "<p>The leaders discussed regional water management and the development of transport corridors.</p>"
            "<script>document.write('<img src=x onerror=alert(1)>')</script></article>"
            "<footer>Copyright</footer></body></html>").encode()
    art = read_article(html, "talks.html")
    assert "Tokayev held talks" in art.text
    assert "alert" not in art.text and "<" not in art.text and "Home | World" not in art.text
    assert art.title == "Talks in Astana"


def test_dateline_is_read_but_a_caption_date_is_not():
    assert dateline_date(ARTICLE) == "2025-03-04"
    assert dateline_date(SEED_TEXT.read_text(encoding="utf-8")) is None


def test_batch_keeps_going_past_bad_files_and_is_idempotent(tmp_path, store):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "empty.txt").write_bytes(b"")
    (tmp_path / "a" / "binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / "a" / "nothing.md").write_text("The weather was fine today.\nNothing else happened.\n")
    (tmp_path / "a" / "ignored.jpg").write_bytes(b"\xff\xd8\xff")
    before = store.cursor().execute("SELECT count(*) FROM sources").fetchone()[0]
    report = ingest_files(store, [tmp_path / "a"])
    got = {os.path.basename(r.name): r.status for r in report.results}
    assert got == {"good.txt": "added", "empty.txt": "skipped", "binary.txt": "skipped", "nothing.md": "added"}
    assert "no meeting or signing found" in next(r.message for r in report.results if r.name.endswith("nothing.md"))
    assert store.cursor().execute("SELECT count(*) FROM sources").fetchone()[0] == before + 2
    again = ingest_files(store, [tmp_path / "a"])
    assert {os.path.basename(r.name): r.status for r in again.results}["good.txt"] == "unchanged"
    assert store.cursor().execute("SELECT count(*) FROM sources").fetchone()[0] == before + 2


def test_ingested_article_is_a_draft_with_its_dateline_date(store):
    result = ingest_article(store, Article(ARTICLE, name="kz"))
    assert result.status == "added"
    rec = store.record(result.source_id)
    assert rec.status == "draft" and rec.source.published == "2025-03-04"
    assert rec.problems() == []


def test_reingesting_the_seed_does_not_replace_its_reviewed_record(store):
    seed = SEED_TEXT.read_text(encoding="utf-8")
    result = ingest_article(store, Article(seed, name="seed"))
    assert result.status == "unchanged"
    assert store.record(result.source_id).status == "reviewed"


def test_same_person_across_sources_becomes_one_actor(store):
    text = ("Lukashenko receives Iranian envoy\n"
            "MINSK, September 2, 2025 (BelTA) -- Belarusian President Alexander Lukashenko met Iranian President "
            "Masoud Pezeshkian in Minsk on August 20, 2025, and they signed 12 memoranda of understanding.\n")
    result = ingest_article(store, Article(text, name="belta"))
    assert result.status == "merged"
    ids = {r[0] for r in store.cursor().execute(
        "SELECT DISTINCT actor_id FROM actors WHERE name LIKE '%Lukashenko%'").fetchall()}
    assert ids == {"person:alexander-lukashenko"}
    from pactwatch import frames
    ev = frames.timeline_frame(store)
    minsk = ev[ev["location"] == "Minsk"]
    assert len(minsk) == 1, "two reports of the Minsk visit are one occasion"
    assert minsk.iloc[0]["source_count"] == 2
    # the reviewed seed report speaks for the occasion
    assert minsk.iloc[0]["source"] == "Iran, Belarus boost defense cooperation: Iranian MoD"


KILL_SCRIPT = """
import sys
from pathlib import Path
from pactwatch.store import Store
from pactwatch.ingest import ingest_files
store = Store.open(sys.argv[1])
print("ready", flush=True)
ingest_files(store, [Path(sys.argv[2])], progress=lambda done, total, name: print(done, flush=True))
"""


def test_kill_9_during_ingest_leaves_the_store_consistent(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(300):
        (folder / f"a{i:03}.txt").write_text(ARTICLE.replace("five", f"{i + 2}") + f"\nNote {i}.\n")
    db = tmp_path / "k.duckdb"
    Store.open(db).close()
    for after_files, delay in ((3, 0.0), (40, 0.01), (90, 0.003)):
        proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(db), str(folder)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(after_files):  # kill mid-batch, at a point that does not depend on machine speed
            proc.stdout.readline()
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Store.open(db) as store:
            cur = store.cursor()
            sources = {r[0]: r[1] for r in cur.execute("SELECT source_id, record_json FROM sources").fetchall()}
            for table in ("events", "actors", "agreements"):
                orphans = cur.execute(f"SELECT count(*) FROM {table} WHERE source_id NOT IN "
                                      f"(SELECT source_id FROM sources)").fetchone()[0]
                assert orphans == 0, table
            for sid, blob in sources.items():
                rec = json.loads(blob)
                n = cur.execute("SELECT count(*) FROM events WHERE source_id = ?", [sid]).fetchone()[0]
                assert n == len(rec["events"])
    with Store.open(db) as store:
        assert store.cursor().execute("SELECT count(*) FROM sources").fetchone()[0] >= 2


def test_conflicting_figures_from_two_sources_stay_side_by_side(store):
    from pactwatch import frames
    text = ("Belarus and Iran sign 13 documents\n"
            "MINSK, August 21, 2025 (BelTA) -- Belarusian President Alexander Lukashenko and Iranian President "
            "Masoud Pezeshkian held talks in Minsk on August 20, 2025.\n"
            "Following the talks, the two presidents signed 13 documents on cooperation in health and tourism.\n")
    result = ingest_article(store, Article(text, name="belta"))
    assert result.status == "merged"
    ag = frames.agreements_frame(store).set_index("source")
    seed = ag.loc["Iran, Belarus boost defense cooperation: Iranian MoD"]
    other = ag.loc["Belarus and Iran sign 13 documents"]
    assert (seed["count"], other["count"]) == (12, 13)  # neither figure overwrites the other
    assert seed["other_reports"] == ["13 × document — Belarus and Iran sign 13 documents"]
    assert other["other_reports"] == ["12 × memorandum of understanding — Iran, Belarus boost defense cooperation: "
                                      "Iranian MoD"]
