"""Agreement rules from the holdout18 error analysis (synthetic sentences, made-up names)."""
from tests.conftest import agreement_keys, extracted, sector_texts


def _ags(text, published="2024-03-12"):
    return agreement_keys(extracted(text, published=published))


def test_a_counted_set_listed_with_the_is_its_items():
    text = ("President Ana Rojas of Chile is on a state visit to Palau.\n\n"
            "Four documents were signed during the state visit, witnessed by both presidents.\n\n"
            "The four documents include the Agreement on Public Finance Cooperation between Chile and Palau, the Letter of "
            "Intent for Tourism Revitalization between the two countries, the Letter of Intent for Aquaculture Development "
            "Cooperation and an Agreement Concerning the Acceptance of Seagoing Service.")
    rec = extracted(text)
    assert agreement_keys(rec) == sorted([(1, "agreement", ("CHL", "PLW")), (1, "letter of intent", ("CHL", "PLW")),
                                          (1, "letter of intent", ("CHL", "PLW")), (1, "agreement", ("CHL", "PLW"))])
    assert sorted(sector_texts(rec)) == ["Acceptance of Seagoing Service", "Aquaculture Development Cooperation",
                                         "Public Finance Cooperation", "Tourism Revitalization"]


def test_a_listing_that_does_not_add_up_leaves_the_set_whole():
    text = ("Four documents were signed between Chile and Palau on Monday.\n\n"
            "The documents include the Agreement on Public Finance Cooperation and the Letter of Intent for Tourism.")
    assert [k[0] for k in _ags(text)] == [4]


def test_the_republic_of_china_is_taiwan():
    assert _ags("Palau and the Republic of China (Taiwan) signed an agreement on fisheries.") == [(1, "agreement", ("PLW", "TWN"))]
    assert _ags("Palau and the People's Republic of China signed an agreement on fisheries.") == [(1, "agreement", ("CHN", "PLW"))]
