from pactwatch.extract import extract_record


def test_readout_call_with_publication_date():
    text = ("Secretary Blinken’s Call with French Foreign Minister Colonna\n"
            "Secretary of State Antony J. Blinken spoke yesterday with French Foreign Minister Catherine Colonna. "
            "They discussed Ukraine.")
    rec = extract_record(text, published="2023-02-10")
    assert [(a.name, a.country, a.aliases) for a in rec.actors if a.kind == "person"] == [
        ("Antony J. Blinken", None, ["Blinken", "Antony J. Blinken"]),
        ("Catherine Colonna", "FRA", ["Colonna", "Catherine Colonna"]),
    ]
    assert [(e.type, e.date.value, e.date.rule, len(e.evidence)) for e in rec.events] == [("call", "2023-02-09", "relative-to-publication", 2)]


def test_future_meeting_is_not_an_event_and_signing_counts():
    text = ("Laos and Cuba have signed four memorandums of understanding to step up cooperation in education, health and agriculture.\n"
            "The signing ceremony, held in the Lao capital Vientiane on Sunday, was witnessed by Lao Prime Minister Phankham Viphavanh "
            "and his visiting Cuban counterpart, Manuel Marrero Cruz.\n"
            "Marrero is slated to meet with Lao President Thongloun Sisoulith next week.")
    rec = extract_record(text, published="2022-10-03")
    assert [(e.type, e.date.value, e.place, sorted(e.countries)) for e in rec.events] == [("visit", "2022-10-02", "Vientiane", ["CUB", "LAO"])]
    assert [(g.count, g.parties, g.date.value, [s.text for s in g.sectors]) for g in rec.agreements] == [
        (4, ["CUB", "LAO"], "2022-10-02", ["education", "health", "agriculture"])]
