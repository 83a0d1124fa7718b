"""Round 15 rules (from holdout15): synthetic sentences, made-up names."""
from pactwatch.extract import extract_record


def _record(text, published="2024-03-15"):
    return extract_record(text, published=published)


def _persons(text, published="2024-03-15"):
    r = _record(text, published)
    return {a.name: a for a in r.actors if a.kind == "person"}


def _events(text, published="2024-03-15"):
    r = _record(text, published)
    names = {a.id: a.name for a in r.actors}
    return [(e.type, {names[p.actor_id] for p in e.participants}, e.date.value, e.place, e.place_country) for e in r.events]


# persons


def test_vocative_address_is_no_person():
    text = ("Minister Tarsa Olvenko met Foreign Minister Bram Keltis in Lisbon on Tuesday.\n"
            "Honourable Minister, Ladies and Gentlemen;\n"
            "Distinguished Guests, Esteemed Colleagues, we reviewed our relations.")
    p = _persons(text)
    assert "Ladies" not in p and "Gentlemen" not in p and "Distinguished Guests" not in p
    assert "Tarsa Olvenko" in p and "Bram Keltis" in p



# events


def test_during_his_visit_frames_the_talks_only():
    text = ("President Olan Vesk met visiting Foreign Secretary Bram Keltis in Valmora on Monday.\n"
            "Foreign Minister Tarsa Olvenko has also held talks with Keltis during his visit.")
    ev = _events(text)
    assert not [e for e in ev if e[0] == "visit" and e[1] == {"Tarsa Olvenko"}]
    assert [e for e in ev if e[0] == "talks" and e[1] == {"Tarsa Olvenko", "Bram Keltis"}]
