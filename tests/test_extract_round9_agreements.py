"""Agreement and sector rules the holdout9 error analysis asked for (synthetic sentences written for these tests)."""
from tests.conftest import agreement_keys, extracted, sector_texts


def _ags(text, published="2021-03-07"):
    return agreement_keys(extracted(text, published=published))


def _phrases(text):
    return sector_texts(extracted(text, published="2021-03-07"))


def test_a_series_including_counted_documents_is_those_documents():
    assert _ags("Chile and Peru on Sunday signed a series of cooperation documents, including one agreement, four "
                "memoranda of understanding (MoUs), and a cultural exchange programme.") == \
        [(1, "agreement", ("CHL", "PER")), (1, "programme", ("CHL", "PER")), (4, "memorandum of understanding", ("CHL", "PER"))]


def test_having_an_agreement_signed_later_is_no_signing():
    assert _ags("Chilean Foreign Minister Ana Rojas said Chile and Peru will work towards having this agreement "
                "signed by May.") == []


def test_what_documents_seek_to_address_include_or_pertain_to_are_sectors():
    assert _phrases("Chile and Peru signed a memorandum of understanding on Sunday. The MoU seeks to address "
                    "fisheries, mining and tourism.") == ["fisheries", "mining", "tourism"]
    assert _phrases("Chile and Peru signed 15 agreements on Sunday. The agreements signed between the two countries "
                    "included trade, culture and health sectors.") == ["trade", "culture", "health"]
    assert _phrases("Chile and Peru signed two MoUs pertaining to defence cooperation on Sunday.") == \
        ["defence cooperation"]
    assert _phrases("Chile and Peru signed two MoUs on Sunday. The MoUs are aimed at furthering naval exchanges.") == \
        ["naval exchanges"]


def test_ordinal_descriptions_give_each_documents_topic():
    text = ("Chile and Peru signed six agreements in Lima on Sunday.\n"
            "The third agreement covered cooperation in the field of civil service management, the fourth related to "
            "technical assistance, the fifth concerned cooperation in rail freight transport.")
    assert _phrases(text) == ["civil service management", "technical assistance", "rail freight transport"]


def test_in_the_presence_of_is_no_topic():
    assert _phrases("Foreign Minister Ana Rojas of Chile and Peru's Foreign Minister Luis Vega sign the Memorandum of "
                    "Understanding (MoU) in the presence of the two presidents.") == []


def test_documents_relate_to_a_list_of_sectors():
    assert _phrases("Chile and Peru signed twelve agreements on Sunday. These agreements relate to justice, media "
                    "and small and medium enterprises.") == ["justice", "media", "small and medium enterprises"]
