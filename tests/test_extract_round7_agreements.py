"""Agreement rules the holdout7 error analysis asked for (synthetic sentences written for these tests)."""
from tests.conftest import agreement_keys as _ags, extracted


def test_a_counted_set_listed_item_by_item_is_its_documents():
    text = ("Following the talks between the presidents of Chile and Peru, five documents were signed:\n"
            "- Minutes of the Third Meeting of the Joint Council;\n"
            "- Memorandum of Understanding on cooperation in higher education;\n"
            "- Agreement on cooperation in the field of mining;\n"
            "- Memorandum of Understanding for the signing of a Free Trade Agreement;\n"
            "- Agreement on cooperation in the fisheries industry.\n")
    rec = extracted(text, published="2021-03-04")
    assert _ags(rec) == [(1, "agreement", ("CHL", "PER"))] * 2 + [(1, "memorandum of understanding", ("CHL", "PER"))] * 2 + \
        [(1, "minutes", ("CHL", "PER"))]
    own = [[s.text for s in a.sectors] for a in rec.agreements]
    assert own[1] == ["higher education"] and own[2] == ["mining"]


def test_a_list_of_one_kind_is_its_documents_too():
    text = ("Chile and Peru signed three agreements:\n"
            "- Agreement on mining;\n- Agreement on fisheries;\n- Agreement on tourism.\n")
    rec = extracted(text, published="2021-03-04")
    assert _ags(rec) == [(1, "agreement", ("CHL", "PER"))] * 3
    assert [[s.text for s in a.sectors] for a in rec.agreements] == [["mining"], ["fisheries"], ["tourism"]]


def test_the_agreements_that_we_have_signed_refers_back_and_adds_no_state():
    text = ("Chile and Peru signed on Saturday 18 cooperation agreements in Lima.\n"
            "“These agreements that we have signed will not be documents lying in a drawer,” said Bolivian "
            "observer Ana Rojas.")
    assert _ags(extracted(text, published="2021-03-06")) == [(18, "agreement", ("CHL", "PER"))]


def test_one_concerns_and_another_aims_to_name_sectors():
    text = ("In all, Chile and Peru signed three memorandums of understanding on Friday.\n"
            "One concerns the rights of people with disabilities.\n"
            "Another, signed between the two police forces, aims to tackle organised crime.")
    phrases = [s.text for a in extracted(text, published="2021-03-06").agreements for s in a.sectors]
    # ("with" ends a phrase, as in "an agreement on trade with Peru", but not "people with disabilities")
    assert "rights of people with disabilities" in phrases and "organised crime" in phrases
