"""The seed article: the facts the brief and the hand-reviewed record expect."""
from pathlib import Path

import pytest

from pactwatch.extract import extract_record
from pactwatch.model import content_hash

# The shipped copy of ../shared/seed (tests/test_model.py checks the two are identical where both exist).
SEED = Path(__file__).resolve().parent.parent / "data" / "corpus" / "iran-belarus-defense-cooperation.txt"


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract_record(text)


def test_source_and_integrity(seed):
    text, rec = seed
    assert (rec.status, rec.source.id, rec.source.text, rec.source.title) == (
        "draft", content_hash(text)[:16], text, "Iran, Belarus boost defense cooperation: Iranian MoD")
    assert rec.problems() == []


def test_persons(seed):
    _, rec = seed
    persons = [(a.id, a.name, a.country, [t.text for t in a.titles]) for a in rec.actors if a.kind == "person"]
    assert persons == [
        ("person:aziz-nasirzadeh", "Aziz Nasirzadeh", "IRN", ["Defense Minister", "Brigadier General"]),
        ("person:dmitry-pantus", "Dmitry Pantus", "BLR", ["Chairman"]),
        ("person:abdolrahim-mousavi", "Abdolrahim Mousavi", "IRN", ["Army Chief", "Major General"]),
        ("person:andrey-lukyanovich", "Andrey Lukyanovich", "BLR", ["Air Force Commander", "Major General"]),
        ("person:masoud-pezeshkian", "Masoud Pezeshkian", "IRN", ["President"]),
        ("person:alexander-lukashenko", "Alexander Lukashenko", "BLR", ["President"]),
    ]


def test_events(seed):
    _, rec = seed
    got = [(e.type, e.date.value, e.date.inferred, e.place, e.place_country, sorted(e.countries),
            [(p.actor_id, p.role) for p in e.participants]) for e in rec.events]
    assert got == [
        ("multilateral_meeting", "2025-06-26", False, "Qingdao", "CHN", ["CHN", "IRN"], [("person:aziz-nasirzadeh", "participant")]),
        ("meeting", None, False, "Tehran", "IRN", ["BLR", "IRN"],
         [("person:aziz-nasirzadeh", "participant"), ("person:dmitry-pantus", "participant")]),
        ("reception", "2025-08", True, "Tehran", "IRN", ["BLR", "IRN"],
         [("person:abdolrahim-mousavi", "host"), ("person:andrey-lukyanovich", "guest")]),
        ("visit", "2025-08-20", True, "Minsk", "BLR", ["BLR", "IRN"],
         [("person:masoud-pezeshkian", "guest"), ("person:alexander-lukashenko", "host")]),
    ]
    assert rec.events[1].date.text == "Thursday"


def test_agreement(seed):
    _, rec = seed
    [ag] = rec.agreements
    assert (ag.kind, ag.count, ag.parties, ag.date.value, ag.place, ag.event_id) == (
        "memorandum of understanding", 12, ["BLR", "IRN"], "2025-08-20", "Minsk", rec.events[3].id)
    assert [(s.text, s.sectors) for s in ag.sectors] == [
        ("politics and international law", ["politics", "law"]), ("tourism and cultural exchange", ["culture"]),
        ("arts and media collaboration", ["culture", "media"]), ("health and pharmaceuticals", ["health"]),
        ("industrial development", ["industry"]), ("environmental protection", ["environment"]),
        ("investment", ["investment"]), ("special economic zones", ["economy"]),
    ]


def test_quoted_statement_speaker_via_pronoun(seed):
    _, rec = seed
    quoted = [(s.speaker_ids, s.text[:20]) for s in rec.statements if s.mode == "quoted"]
    assert quoted[:2] == [(["person:masoud-pezeshkian"], "Such an approach has"), (["person:masoud-pezeshkian"], "Iran and Belarus bel")]
