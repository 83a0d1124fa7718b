"""Property tests: URL parameters and record JSON never crash anything and never write in part."""
import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pactwatch.filters import Filters, from_query_params, to_query_params
from pactwatch.model import RecordFormatError, parse_record
from pactwatch.store import StoreError
from tests.conftest import SEED_RECORD

SEED = json.loads(SEED_RECORD.read_text(encoding="utf-8"))
KEYS = st.sampled_from(["from", "to", "country", "type", "sector", "undated", "q", "event", "zz", "<script>"])
VALUES = st.one_of(st.text(max_size=300), st.sampled_from(["2025-08", "2025-02-30", "BLR", "Iran,BY", "0", "1",
                                                           "meeting", "health", "$x$", "[a](javascript:1)"]))


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(KEYS, st.one_of(VALUES, st.lists(VALUES, max_size=5)), max_size=8))
def test_any_url_parameters_give_filters_and_warnings(params):
    f, warnings = from_query_params(params)
    assert isinstance(f, Filters)
    assert all(isinstance(w, str) and len(w) < 300 for w in warnings)
    # What the URL keeps reproduces the same filters, with no warning.
    assert from_query_params(to_query_params(f)) == (f, [])


def mutate(data, path, value):
    d = copy.deepcopy(data)
    node = d
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return d


def paths(obj, prefix=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield prefix + (k,)
            yield from paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:2]):
            yield prefix + (i,)
            yield from paths(v, prefix + (i,))


PATHS = [p for p in paths(SEED) if p[:2] != ("source", "text")]
JUNK = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=True), st.text(max_size=50),
                 st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                                            max_size=2))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(PATHS), JUNK)
def test_mutated_records_are_refused_or_saved_whole(store, path, junk):
    data = mutate(SEED, path, junk)
    before = [r[0] for r in store.cursor().execute(
        "SELECT record_json FROM sources ORDER BY source_id").fetchall()]
    try:
        rec = parse_record(data)
    except RecordFormatError as exc:
        assert str(exc)
        return
    try:
        store.save_record(rec)
    except StoreError:
        after = [r[0] for r in store.cursor().execute(
            "SELECT record_json FROM sources ORDER BY source_id").fetchall()]
        assert after == before
        return
    saved = store.record(rec.source.id)
    assert saved.to_dict() == rec.to_dict()
    n = store.cursor().execute("SELECT count(*) FROM events WHERE source_id = ?", [rec.source.id]).fetchone()[0]
    assert n == len(rec.events)
    store.save_record(parse_record(SEED))  # restore for the next example
