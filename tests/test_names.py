import pytest

from pactwatch.names import fold_name, name_score, search_actors, skeleton


@pytest.mark.parametrize("query,expected", [
    ("Lukashenka", "Alexander Lukashenko"), ("Alyaksandr Lukashenka", "Alexander Lukashenko"),
    ("Nasirzadeh", "Aziz Nasirzadeh"), ("nasirzade", "Aziz Nasirzadeh"), ("Pezeshkian", "Masoud Pezeshkian"),
    ("Musavi", "Abdolrahim Mousavi"), ("President Lukashenko", "Alexander Lukashenko"),
    ("Lukjanovich", "Andrey Lukyanovich"), ("SCO", "Shanghai Cooperation Organization"),
])
def test_search_finds_any_spelling(store, query, expected):
    from pactwatch.frames import actors_frame
    found = search_actors(actors_frame(store), query)
    assert found["name"].iloc[0] == expected


def test_search_does_not_match_other_people(store):
    from pactwatch.frames import actors_frame
    assert search_actors(actors_frame(store), "Putin").empty
    assert search_actors(actors_frame(store), "   ").empty


def test_folding():
    assert fold_name("Brigadier General Aziz Nasirzadeh") == "aziz nasirzadeh"
    assert skeleton("Lukashenka") == skeleton("Lukashenko") == "lkshnk"
    assert name_score("Mousavi", "Pezeshkian") < 60
