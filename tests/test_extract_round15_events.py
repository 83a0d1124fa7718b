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
