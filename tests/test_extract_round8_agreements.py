"""Agreement rules the holdout8 error analysis asked for (synthetic sentences written for these tests)."""
from tests.conftest import agreement_keys, extracted, sector_texts


def _ags(text, published="2021-03-06"):
    return agreement_keys(extracted(text, published=published))


def _phrases(text):
    return sector_texts(extracted(text, published="2021-03-06"))


def test_reaching_a_counted_number_of_deals_is_a_signing():
    assert _ags("The governments of Chile and Peru reached here this morning four cooperation deals to promote "
                "the fields of mining, fisheries, trade and so on.") == [(4, "agreement", ("CHL", "PER"))]
    assert _phrases("The governments of Chile and Peru reached here this morning four cooperation deals to promote "
                    "the fields of mining, fisheries, trade and so on.") == ["mining", "fisheries", "trade"]


def test_reaching_agreement_on_a_topic_is_no_document():
    assert _ags("Chile and Peru reached agreement on the need for more trade on Friday.") == []


def test_signings_recalled_from_before_are_not_this_occasions():
    text = ("Chile and Peru have signed two agreements on Friday.\n"
            "The two countries had previously signed 15 other sectoral agreements.\n"
            "Earlier this year, Chile signed visa waiver agreements with Bolivia, Ecuador and Uruguay.")
    assert _ags(text) == [(2, "agreement", ("CHL", "PER"))]


def test_an_abbreviation_between_documents_and_their_topics():
    assert _phrases("Chile and Peru on Saturday signed 11 Memoranda of Understanding (MoUs) on wildlife "
                    "management, maritime affairs, mining, and various other key areas.") == \
        ["wildlife management", "maritime affairs", "mining"]


def test_a_second_document_named_without_an_article_ends_the_first_ones_topic():
    assert _phrases("Chile and Peru signed a memorandum of understanding on political consultations and "
                    "memorandum of understanding on cooperation of diplomatic academies on Friday.")[0] == \
        "political consultations"


def test_a_headline_declaration_without_article_is_one_document():
    text = ("Chilean and Peruvian presidents sign Declaration on eternal friendship\n"
            "At the end of the talks, a ceremony of signing and exchanging documents took place.\n"
            "President Ana Rojas of Chile and President Luis Vega of Peru signed a historic Declaration.\n"
            "In addition, 11 documents were signed at the level of ministries.")
    assert _ags(text) == [(1, "declaration", ("CHL", "PER")), (11, "document", ("CHL", "PER"))]
