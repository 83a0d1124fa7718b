"""Fourth session: a counted set whose documents are then told one by one is those documents, one entry each
(data/gold/README.md, "Documents listed one by one"). Synthetic sentences and made-up names, written for these tests."""
from tests.conftest import agreement_keys, extracted, sector_texts

MOU = "memorandum of understanding"


def test_documents_named_one_by_one_in_the_counting_sentence():
    rec = extracted("On Tuesday, Chile and Ghana signed three MoUs: an MOU on cooperation in the fields of women, youth "
                    "and sport, an MOU on cooperation in tourism and MOU on cooperation in fisheries.")
    assert agreement_keys(rec) == [(1, MOU, ("CHL", "GHA"))] * 3
    assert [[s.text for s in a.sectors] for a in rec.agreements] == [["women", "youth", "sport"],
                                                                      ["tourism"], ["fisheries"]]


def test_namely_and_a_list_after_a_dash():
    keys = agreement_keys(extracted("Peru and Kenya signed four agreements, namely Framework Agreement for Cooperation, "
                                    "Agreement on the Establishment of a Joint Commission, Memorandum of Understanding on "
                                    "Political Consultations and a Memorandum of Understanding on visa exemption."))
    assert keys == [(1, "agreement", ("KEN", "PER"))] * 2 + [(1, MOU, ("KEN", "PER"))] * 2
    keys = agreement_keys(extracted("During the meeting, Peru and Kenya also signed two MoUs - a Declaration of Intent on "
                                    "Migration and Mobility as well as a Cultural and Educational Exchange Programme between "
                                    "Peru and Kenya."))
    assert keys == [(1, "declaration", ("KEN", "PER")), (1, "programme", ("KEN", "PER"))]


def test_a_list_broken_over_two_lines_and_told_again_below():
    text = ("Chile and Nepal today signed four Memorandum of Understandings (MoUs) to boost cooperation in different "
            "areas including fisheries and culture.\n\n"
            "The Mous signed are – MoU on joint commission for comprehensive cooperation (JCC), MoU on foreign office "
            "consultations (FOC), MoU\n\non cooperation in the field of fisheries and MoU on cultural exchange program (CEP).\n\n"
            "The MoU on joint commission for comprehensive cooperation (JCC) was signed by the two foreign ministers.\n\n"
            "The MoU on foreign office consultations (FOC) has been signed by the foreign secretaries.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(1, MOU, ("CHL", "NPL"))] * 4
    assert [s.text for s in rec.agreements[0].sectors][0] == "joint commission for comprehensive cooperation (JCC)"
    assert {"fisheries", "culture"} <= set(sector_texts(rec))  # the lead's areas stay


def test_documents_described_sentence_by_sentence_with_ordinals():
    text = ("Presidents Ana Rojas and Li Wei witnessed the signing of three agreements between Chile and China on Monday.\n\n"
            "The first to be signed was the Agreement on Economic and Technical Cooperation between the two governments.\n\n"
            "The Agreement will serve as the basis for a grant.\n\n"
            "They also witnessed the signing of the Memorandum of Understanding (MOU) on Cooperation in Human Resource "
            "Development between the planning agency and the commerce ministry.\n\n"
            "The third agreement signed was the Memorandum of Understanding between the energy ministry and the energy "
            "administration on Energy Cooperation.\n\n"
            "The MOU on Energy Cooperation between Chile and China aims to strengthen cooperation.")
    assert agreement_keys(extracted(text)) == [(1, "agreement", ("CHL", "CHN")), (1, MOU, ("CHL", "CHN")), (1, MOU, ("CHL", "CHN"))]


def test_an_ordinal_without_a_document_noun_is_one_of_them():
    text = ("Chile and Vietnam signed two memorandums of understanding. Minister Ana Rojas signed the first between the "
            "two foreign ministries, while Mayor Li Wei signed the MoU on friendly exchanges between the two capitals.")
    assert agreement_keys(extracted(text)) == [(1, MOU, ("CHL", "VNM"))] * 2


def test_a_set_of_one_kind_beside_another_kind_takes_its_own_documents():
    text = ("President Ana Rojas and Emir Li Wei witnessed today the signing of two agreements and a memorandum of "
            "understanding between the governments of Chile and Qatar. The two leaders witnessed the signing of an agreement "
            "on economic cooperation and an agreement on the protection of investments. They also witnessed the signing "
            "of a memorandum of understanding for cooperation in the legal fields.")
    assert agreement_keys(extracted(text)) == [(1, "agreement", ("CHL", "QAT"))] * 2 + [(1, MOU, ("CHL", "QAT"))]


def test_a_partial_list_keeps_the_total():
    # "including" names two of the five: the five stay one entry
    assert agreement_keys(extracted("Chile and Ghana signed five MoUs, including an MoU on tourism and an MoU on mining.")) \
        == [(5, MOU, ("CHL", "GHA"))]
    # a document still to be signed is not one of those signed
    text = ("Chile and Ghana signed three agreements on Friday: an agreement on trade, an agreement on tourism and an "
            "agreement on mining. An agreement on fisheries will be signed at a later date.")
    assert agreement_keys(extracted(text)) == [(1, "agreement", ("CHL", "GHA"))] * 3
    text = ("Chile and Ghana signed four agreements on Friday: an agreement on trade, an agreement on tourism and an "
            "agreement on mining. An agreement on fisheries will be signed at a later date.")
    assert agreement_keys(extracted(text)) == [(4, "agreement", ("CHL", "GHA"))]
