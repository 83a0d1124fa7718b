"""Agreement rules from the holdout19/21/23 error analysis (synthetic sentences, made-up names)."""
from tests.conftest import agreement_keys, extracted


def test_a_single_document_told_after_a_counted_set_is_one_of_them():
    text = ("Zambia has signed six Memoranda of Understanding with India, an event witnessed by President Edgar Lungu and "
            "Prime Minister Ravi Sen in New Delhi.\n\n"
            "Mines minister Richard Banda signed an MoU on mining and geology, according to a statement.")
    assert agreement_keys(extracted(text)) == [(6, "memorandum of understanding", ("IND", "ZMB"))]


def test_documents_of_another_kind_in_the_same_sentence_stay_apart():
    assert agreement_keys(extracted("Guyana and Qatar signed two agreements and a memorandum of understanding on Monday.")) == \
        [(1, "memorandum of understanding", ("GUY", "QAT")), (2, "agreement", ("GUY", "QAT"))]


def test_leaders_who_will_witness_a_signing_have_not_signed_yet():
    assert agreement_keys(extracted("It is also expected that President Jokowi of Indonesia and Prime Minister Scott Morris "
                                    "of Australia will witness the signing of three memorandums of understanding.")) == []


def test_a_number_with_a_unit_is_a_modifier_not_a_count():
    assert agreement_keys(extracted("Turkey and Turkmenistan signed eight deals and a nine-point joint statement.")) == \
        [(1, "joint statement", ("TKM", "TUR")), (8, "agreement", ("TKM", "TUR"))]
    assert agreement_keys(extracted("Kenya and Turkey signed a five-year cooperation plan.")) == [(1, "plan", ("KEN", "TUR"))]
    # ... while "a seven point bilateral agreements" still counts seven
    assert agreement_keys(extracted("On Friday, Nigeria and Morocco signed a seven point bilateral agreements in Abuja.")) == \
        [(7, "agreement", ("MAR", "NGA"))]


def test_a_subject_keeps_the_state_pair_it_names():
    from tests.conftest import sector_texts
    assert sector_texts(extracted("Azerbaijan and Hungary signed a Joint Declaration on expanding the strategic partnership "
                                  "between Azerbaijan and Hungary.")) == ["expanding the strategic partnership between Azerbaijan and Hungary"]


def test_adjectives_sharing_relations_after_a_verb_and_a_list_without_commas():
    from tests.conftest import sector_texts
    assert sector_texts(extracted("Serbia and Egypt signed two MoUs on strengthening bilateral and investment relations.")) == \
        ["strengthening bilateral and investment relations"]
    assert sector_texts(extracted("Britain and Uzbekistan signed an MoU on regional and international relations and "
                                  "infrastructure.")) == ["regional and international relations", "infrastructure"]
