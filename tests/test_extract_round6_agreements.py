"""Agreement rules the holdout6 error analysis asked for (synthetic sentences written for these tests)."""
from tests.conftest import extracted


def _ags(rec):
    return sorted((a.count or 0, a.kind) for a in rec.agreements)


def test_a_total_broken_down_by_kind_becomes_its_parts():
    text = ("Chile and Peru signed seven instruments in Lima on Monday.\n"
            "Of the instruments, four are memoranda of understanding, one is a protocol, one is an agreement and the "
            "other is a renewal of a programme.")
    rec = extracted(text, published="2021-03-04")
    assert _ags(rec) == [(1, "agreement"), (1, "programme"), (1, "protocol"), (4, "memorandum of understanding")]
    assert all(a.parties == ["CHL", "PER"] for a in rec.agreements)


def test_one_of_the_agreements_and_the_others():
    text = ("Chile and Peru signed seven agreements on Monday.\n"
            "One of the agreements is on a joint commission, while the six others are memoranda of understanding on "
            "fisheries, mining and tourism.")
    rec = extracted(text, published="2021-03-04")
    assert _ags(rec) == [(1, "agreement"), (6, "memorandum of understanding")]
    sectors = {a.kind: [s.text for s in a.sectors] for a in rec.agreements}
    assert sectors["memorandum of understanding"] == ["fisheries", "mining", "tourism"]


def test_a_breakdown_that_does_not_add_up_leaves_the_total():
    text = ("Chile and Peru signed five agreements on Monday.\n"
            "Of the agreements, two are memoranda of understanding and one is a protocol.")
    assert _ags(extracted(text, published="2021-03-04")) == [(5, "agreement")]


def test_single_documents_told_after_an_uncounted_series_are_its_items():
    text = ("A series of documents were signed in Lima on Friday by Chile and Peru.\n"
            "Thus, an agreement was signed between the two governments on roaming charges by Chilean Minister Ana "
            "Rojas and Peruvian Minister Luis Vega.\n"
            "A bilateral agreement on technical, financial and legal matters regarding the upkeep of the border "
            "bridge over the river was also signed by the same ministers.\n"
            "A memorandum of understanding on energy security was also signed by Rojas and Vega.")
    rec = extracted(text, published="2021-03-06")
    assert _ags(rec) == [(1, "agreement"), (1, "agreement"), (1, "memorandum of understanding")]


def test_one_single_document_after_several_stays_one_of_them():
    text = ("Chile and Peru signed several agreements on Monday.\n"
            "An agreement on trade was signed by the two trade ministers.")
    assert _ags(extracted(text, published="2021-03-04")) == [(0, "agreement")]


def test_a_later_plural_mention_does_not_uncount_a_single_document():
    text = ("The two Prime Ministers of Chile and Peru witnessed the signing of four Memoranda of Understanding "
            "(MOUs), and a Joint Statement on trade.\n"
            "The list of MOUs signed is at Annex A.")
    rec = extracted(text, published="2021-03-04")
    assert _ags(rec) == [(1, "joint statement"), (4, "memorandum of understanding")]


def test_statement_of_partnership_is_a_document():
    rec = extracted("Chilean Foreign Minister Ana Rojas met Peru's Prime Minister Luis Vega on Friday in Lima, "
                    "where they signed a renewed Statement of Partnership.", published="2021-03-06")
    assert _ags(rec) == [(1, "statement")]


def test_areas_of_common_interest_including_lists_sectors():
    text = ("Chile and Peru signed a Framework Agreement on Monday.\n"
            "The Framework Agreement would promote cooperation in areas of common interest, including economic, "
            "commercial and cultural fields.")
    rec = extracted(text, published="2021-03-04")
    assert [s.text for s in rec.agreements[0].sectors] == ["economic", "commercial", "cultural"]


def _phrases(text):
    return [s.text for a in extracted(text, published="2021-03-04").agreements for s in a.sectors]


def test_instruments_including_lists_sectors_and_a_decimal_point_ends_nothing():
    assert _phrases("Chile and Peru today signed five instruments including port logistics, coastal surveillance and "
                    "mining, to boost ties.") == ["port logistics", "coastal surveillance", "mining"]
    assert _phrases("Chile and Peru signed a memorandum of understanding on withdrawal of 1.82 cusec water on "
                    "Monday.") == ["withdrawal of 1.82 cusec water"]


def test_a_titled_document_for_the_names_its_topic():
    assert _phrases("Chile and Peru signed an Agreement for the Abolition of Visas for Holders of Ordinary "
                    "Passports on Monday.") == ["Abolition of Visas for Holders of Ordinary Passports"]


def test_two_modifiers_of_one_generic_head_stay_one_phrase_unless_the_first_is_a_sector():
    assert _phrases("Chile and Peru signed an agreement on economic and investment cooperation on Monday.") == \
        ["economic and investment cooperation"]
    assert _phrases("Chile and Peru signed two agreements on Monday. The agreements were on Trade and Agricultural "
                    "cooperation.") == ["Trade", "Agricultural cooperation"]


def test_matters_regarding_a_topic_name_the_topic():
    assert "upkeep of the border bridge" in _phrases(
        "Chile and Peru signed an agreement on technical and legal matters regarding the upkeep of the border bridge "
        "on Monday.")
