import json

import pandas as pd

from pactwatch.model import Record
from pactwatch.review import apply_tables, highlight_html, record_tables
from tests.conftest import SEED_RECORD


def seed() -> Record:
    return Record.from_dict(json.loads(SEED_RECORD.read_text(encoding="utf-8")))


def test_unchanged_tables_give_back_the_same_record():
    rec = seed()
    new, errors = apply_tables(rec, record_tables(rec))
    assert errors == []
    assert new.to_dict() == rec.to_dict()


def test_edits_add_fix_and_delete_facts():
    rec = seed()
    t = record_tables(rec)
    t["events"].loc[1, "date"] = "2025-09-04"          # the analyst looked up the Thursday
    t["events"].loc[1, "checked"] = True
    t["events"] = t["events"].drop(index=0)            # delete the SCO meeting
    t["agreements"].loc[0, "count"] = 13
    t["agreements"].loc[0, "sectors"] += "; defense production"
    new_actor = {"checked": True, "id": "", "name": "Ng Han Guan", "kind": "person", "country": "",
                 "aliases": "", "titles": "", "evidence": "(AP Photo/Ng Han Guan)"}
    t["actors"] = pd.concat([t["actors"], pd.DataFrame([new_actor])], ignore_index=True)
    new, errors = apply_tables(rec, t)
    assert errors == []
    assert [e.type for e in new.events] == ["meeting", "reception", "visit"]
    tehran = new.events[0]
    assert (tehran.date.value, tehran.date.text, tehran.date.rule, tehran.reviewed) == (
        "2025-09-04", "Thursday", "analyst", True)
    assert new.agreements[0].count == 13
    added = new.agreements[0].sectors[-1]
    assert (added.text, added.sectors, added.evidence.sentence.startswith("Pantus commended")) == (
        "defense production", ["defence", "industry"], True)
    photographer = new.actors[-1]
    assert (photographer.id, photographer.evidence[0].sentence) == ("person:ng-han-guan", "(AP Photo/Ng Han Guan)")
    assert new.problems() == [] and new.status == "reviewed"


def test_bad_edits_are_refused_with_every_reason():
    rec = seed()
    t = record_tables(rec)
    t["events"].loc[0, "date"] = "June 2025"
    t["events"].loc[1, "participants"] = "Aziz Nasirzadeh (host); Vladimir Putin (guest)"
    t["events"].loc[2, "evidence"] = "A sentence the article never wrote."
    t["events"].loc[3, "type"] = "party"
    t["agreements"].loc[0, "count"] = -3
    t["agreements"].loc[0, "sectors"] = "space tourism"
    _, errors = apply_tables(rec, t)
    assert errors == [
        "event row 1: date “June 2025” is not YYYY, YYYY-MM or YYYY-MM-DD",
        "event row 2: “Vladimir Putin” is not in the actors table (add them there first)",
        "event row 3: the evidence is not found word for word in the article: “A sentence the article never wrote.”",
        "event row 4: type must be one of meeting, visit, reception, multilateral_meeting, talks, call, signing, cooperation, other",
        "agreement row 1: count must be a whole number or empty",
        "agreement row 1: sector phrase “space tourism” is not in the article",
    ]


def test_highlight_marks_mentions_and_escapes_the_text():
    rec = seed()
    rec.source.text = rec.source.text  # unchanged
    out = highlight_html(rec)
    assert "<mark style='background:#ffe08a;padding:0 2px' title='person'>Aziz Nasirzadeh</mark>" in out
    assert "title='sector'>health and pharmaceuticals</mark>" in out
    assert "title='date'>on August 20</mark>" in out
    hostile = Record.from_dict({**rec.to_dict(), "source": {**rec.to_dict()["source"],
                                                            "text": "<script>alert(1)</script> Minsk"}})
    hostile.actors, hostile.events, hostile.agreements, hostile.statements = [], [], [], []
    assert highlight_html(hostile) == "&lt;script&gt;alert(1)&lt;/script&gt; Minsk"
