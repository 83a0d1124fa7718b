"""SIGKILL at random points of review-saves: every acknowledged save survives, the store stays consistent."""
import json
import random
import signal
import subprocess
import sys
import time

from pactwatch.store import Store
from tests.conftest import ROOT

SAVER = """
import sys, json
from pactwatch.store import Store
from pactwatch.model import parse_record
store = Store.open(sys.argv[1])
rec = store.record(sys.argv[2])
i = 0
print("ready", flush=True)
while True:
    i += 1
    rec.events[0].label = f"revision {i}"
    rec.events[0].reviewed = True
    rec.status = "reviewed"
    store.save_record(rec)
    print(i, flush=True)
"""


def test_review_saves_survive_sigkill_at_random_points(tmp_path):
    db = tmp_path / "r.duckdb"
    with Store.open(db) as store:
        sid = next(store.records()).source.id
    rng = random.Random(1)
    last_seen = 0
    for attempt in range(10):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(db), sid], cwd=ROOT, stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.5))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged = [int(x) for x in out.split()]
        with Store.open(db) as store:
            rec = store.record(sid)
            assert rec is not None and rec.problems() == []
            revision = int(rec.events[0].label.split()[-1]) if rec.events[0].label.startswith("revision") else 0
            if acknowledged:
                assert revision >= acknowledged[-1], "an acknowledged save was lost"
            cur = store.cursor()
            labels = [r[0] for r in cur.execute("SELECT label FROM events WHERE source_id = ? ORDER BY event_id",
                                                [sid]).fetchall()]
            assert len(labels) == len(rec.events), "derived rows match the stored record"
            assert rec.events[0].label in labels
            last_seen = max(last_seen, revision)
    assert last_seen > 0, "the saver got to save at all"
