import datetime as dt
import json

import pytest

from pactwatch.model import (EVENT_TYPES, Actor, Event, Evidence, PartialDate, Record, Source, content_hash)
from tests.conftest import SEED_RECORD, SEED_TEXT


def seed() -> Record:
    return Record.from_dict(json.loads(SEED_RECORD.read_text(encoding="utf-8")))


def test_partial_date_precision_and_bounds():
    assert PartialDate("2025").precision == "year"
    assert PartialDate("2025-08").bounds() == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    assert PartialDate("2024-02").bounds() == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert PartialDate("2025-08-20").bounds() == (dt.date(2025, 8, 20), dt.date(2025, 8, 20))
    assert PartialDate(None, "Thursday").precision == "unknown"
    assert PartialDate(None, "Thursday").bounds() is None


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "20250820", "August 2025", "2025-8"])
def test_partial_date_rejects_invalid(bad):
    with pytest.raises(ValueError):
        PartialDate(bad)


def test_event_type_must_be_known():
    with pytest.raises(ValueError, match="unknown event type"):
        Event(id="e", type="party", label="x")
    assert all({"plover", "cameo", "label"} <= set(v) for v in EVENT_TYPES.values())


def test_record_round_trips_through_json():
    rec = seed()
    d = rec.to_dict()
    assert Record.from_dict(json.loads(json.dumps(d))).to_dict() == d
    assert d["events"][2]["date"]["precision"] in {"day", "month", "year", "unknown"}


def test_newer_record_format_is_refused():
    d = seed().to_dict()
    d["format_version"] = 99
    with pytest.raises(ValueError, match="newer"):
        Record.from_dict(d)


def test_problems_finds_bad_offsets_and_dangling_ids():
    text = "Alpha met Beta in Minsk."
    src = Source(id="s1", text=text)
    good = Evidence("s1", 0, len(text), text)
    rec = Record(source=src, actors=[Actor(id="a", name="Alpha", evidence=[good])],
                 events=[Event(id="e", type="meeting", label="x", evidence=[Evidence("s1", 1, 5, "Alpha")],
                               participants=[__import__("pactwatch.model", fromlist=["Participant"]).Participant("zz")])])
    assert rec.problems() == ["evidence offsets 1:5 do not match 'Alpha'", "event e: unknown participant zz"]


def test_seed_text_is_shipped_unchanged():
    rec = seed()
    shared = SEED_TEXT.read_text(encoding="utf-8")
    original = SEED_TEXT.parent.parent.parent.parent / "shared" / "seed" / SEED_TEXT.name
    if original.exists():  # beside the repository on developer machines and in CI
        assert original.read_text(encoding="utf-8") == shared
    assert rec.source.text == shared
    assert rec.source.content_hash == content_hash(shared)
    assert rec.source.id == content_hash(shared)[:16]


def test_seed_record_every_fact_has_matching_evidence():
    rec = seed()
    assert rec.problems() == []
    assert rec.status == "reviewed"
    for item in rec.actors + rec.events + rec.agreements + rec.statements:
        assert item.evidence, item.id
        assert item.reviewed


def test_seed_record_states_what_the_article_states():
    rec = seed()
    persons = {a.name: (a.country, sorted({t.text for t in a.titles})) for a in rec.actors if a.kind == "person"}
    assert persons == {
        "Aziz Nasirzadeh": ("IRN", ["Brigadier General", "Defense Minister"]),
        "Dmitry Pantus": ("BLR", ["Chairman of Belarus’s State Military-Industrial Committee"]),
        "Abdolrahim Mousavi": ("IRN", ["Army Chief", "Major General"]),
        "Andrey Lukyanovich": ("BLR", ["Air Force Commander", "Major General"]),
        "Masoud Pezeshkian": ("IRN", ["President"]),
        "Alexander Lukashenko": ("BLR", ["President"]),
    }
    names = {a.id: a.name for a in rec.actors}
    events = [(e.type, e.date.value, e.date.precision, e.date.text, e.date.inferred, e.place, e.place_country,
               sorted((names[p.actor_id], p.role) for p in e.participants), e.countries) for e in rec.events]
    assert events == [
        ("multilateral_meeting", "2025-06-26", "day", "on June 26, 2025", False, "Qingdao", "CHN",
         [("Aziz Nasirzadeh", "participant")], ["CHN", "IRN"]),
        ("meeting", None, "unknown", "Thursday", False, "Tehran", "IRN",
         [("Aziz Nasirzadeh", "host"), ("Dmitry Pantus", "guest")], ["BLR", "IRN"]),
        ("reception", "2025-08", "month", "in August", True, "Tehran", "IRN",
         [("Abdolrahim Mousavi", "host"), ("Andrey Lukyanovich", "guest")], ["BLR", "IRN"]),
        ("visit", "2025-08-20", "day", "on August 20", True, "Minsk", "BLR",
         [("Alexander Lukashenko", "host"), ("Masoud Pezeshkian", "guest")], ["BLR", "IRN"]),
    ]
    [ag] = rec.agreements
    assert (ag.count, ag.kind, ag.parties, ag.date.value, ag.date.inferred, ag.place, ag.event_id) == (
        12, "memorandum of understanding", ["BLR", "IRN"], "2025-08-20", True, "Minsk", rec.events[3].id)
    assert [s.text for s in ag.sectors] == [
        "politics and international law", "tourism and cultural exchange", "arts and media collaboration",
        "health and pharmaceuticals", "industrial development", "environmental protection", "investment",
        "special economic zones"]
    quoted = [s.text for s in rec.statements if s.mode == "quoted"]
    assert quoted[0] == "Such an approach has not been and will not be tolerable by you and us"
