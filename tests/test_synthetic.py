"""Synthetic corpora: labelled, seeded, shaped, and valid records."""
from pactwatch import frames
from pactwatch.store import Store
from pactwatch.synthetic import PUBLISHER, synthetic_store


def test_a_synthetic_store_is_labelled_seeded_and_valid(tmp_path):
    a = synthetic_store(tmp_path / "a.duckdb", 2_000, seed=3)
    b = synthetic_store(tmp_path / "b.duckdb", 2_000, seed=3)
    with Store.open(a, read_only=True) as sa, Store.open(b, read_only=True) as sb:
        cur = sa.cursor()
        assert cur.execute("SELECT count(*) FROM events").fetchone()[0] == 2_000
        assert cur.execute("SELECT count(*) FROM sources WHERE title NOT LIKE 'SYNTHETIC%' "
                           "OR publisher <> ?", [PUBLISHER]).fetchone()[0] == 0
        precisions = dict(cur.execute("SELECT date_precision, count(*) FROM events GROUP BY 1").fetchall())
        assert set(precisions) == {"day", "month", "year", "unknown"} and precisions["day"] > 1_000
        assert cur.execute("SELECT count(DISTINCT c) FROM (SELECT unnest(countries) c FROM events)").fetchone()[0] > 100
        assert cur.execute("SELECT count(*) FROM agreement_sectors").fetchone()[0] > 0
        rec = next(sa.records())
        assert rec.problems() == [] and len(rec.events) == 10
        assert frames.timeline_frame(sa, limit=50).equals(frames.timeline_frame(sb, limit=50))  # seeded
