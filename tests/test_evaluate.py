from pathlib import Path

from pactwatch.evaluate import evaluate_dir, format_report, same_person

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"


def test_same_person_tolerance():
    assert [same_person(a, b) for a, b in [
        ("Alexander Lukashenko", "Alexander Lukashenka"), ("Abdolrahim Mousavi", "Abdolrahim Musavi"),
        ("Antony J. Blinken", "Antony Blinken"), ("Rastislav Káčer", "Rastislav Kacer"), ("Putin", "Vladimir Putin"),
        ("Ali Khamenei", "Ali Larijani"), ("Jim Mattis", "Marise Payne")]] == [True, True, True, True, True, False, False]


def test_gold_scores_stay_above_floor():
    result = evaluate_dir(GOLD)
    o = result["overall"]
    assert o["articles"] >= 12
    floors = {"persons": 0.95, "events": 0.85, "agreements": 0.6}
    assert {k: o[k]["f1"] >= v for k, v in floors.items()} == {k: True for k in floors}
    assert o["event_dates"]["accuracy"] >= 0.9
    assert o["sectors"]["recall"] is None or o["sectors"]["recall"] >= 0.8
    report = format_report(result)
    assert report.splitlines()[0].startswith("ALL (") and "iran-belarus-defense-cooperation" in report or "defense-mattis-payne-2017" in report
