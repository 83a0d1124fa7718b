"""Agreement rules the holdout11 error analysis asked for (synthetic sentences written for these tests)."""
from tests.conftest import agreement_keys, extracted


def _ags(text, published="2021-03-07"):
    return agreement_keys(extracted(text, published=published))


def test_a_headline_opening_with_a_singular_document_is_one_document():
    text = ("Memorandum on cooperation signed between Chilean and Peruvian ministries of defence\n"
            "Chilean Defence Minister Ana Rojas and Peruvian Defence Minister Luis Vega signed a memorandum on "
            "cooperation on Sunday.")
    assert _ags(text) == [(1, "memorandum of understanding", ("CHL", "PER"))]


def test_a_headline_opening_with_several_documents_stays_uncounted():
    assert _ags("Several Memorandums of Understanding were exchanged between Chile and Peru on Sunday.") == \
        [(0, "memorandum of understanding", ("CHL", "PER"))]


def test_the_agreement_alone_refers_back():
    text = ("Following the talks, the delegations of Chile and Peru signed a General Cooperation Agreement.\n"
            "On Chile's side, the Agreement was signed by Foreign Minister Ana Rojas, while her counterpart Luis "
            "Vega signed on behalf of Peru.")
    assert _ags(text) == [(1, "agreement", ("CHL", "PER"))]


def test_a_document_in_apposition_is_no_second_document():
    assert _ags("Chile and Peru signed a Memorandum of Understanding on Political Consultations, a document that "
                "paves the way for a joint commission.") == [(1, "memorandum of understanding", ("CHL", "PER"))]


def test_a_date_is_no_topic():
    rec = extracted("Chile and Peru signed three MoUs on September 17, including one on maritime cooperation.",
                    published="2021-09-18")
    assert "September" not in [s.text for a in rec.agreements for s in a.sectors]


def test_a_headline_sign_mou_is_one_and_this_mou_refers_back():
    text = ("Chile and Peru Sign MOU\n"
            "Chilean President Ana Rojas and Peruvian President Luis Vega signed a Memorandum of Understanding in "
            "Lima on Sunday.\n"
            "“Today we have taken the step forward in signing this MOU on energy,” Rojas said.")
    assert _ags(text) == [(1, "memorandum of understanding", ("CHL", "PER"))]


def test_witnessing_the_conclusion_of_agreements_is_a_signing():
    assert _ags("Foreign Minister Ana Rojas of Chile and Foreign Minister Luis Vega of Peru witnessed the conclusion "
                "of 5 key agreements between Chile and Peru, in the areas of trade and mining.") == \
        [(5, "agreement", ("CHL", "PER"))]


def test_a_time_word_between_documents_and_their_topics():
    rec = extracted("The leaders of Chile and Peru signed 22 bilateral agreements yesterday on economic, political "
                    "and cultural cooperation.", published="2021-03-07")
    # (two adjectives sharing a noun stay one phrase, as round 5 decided)
    assert [s.text for a in rec.agreements for s in a.sectors] == ["economic", "political and cultural cooperation"]


def test_a_number_of_documents_including_items_of_one_kind_lists_each():
    assert _ags("On the occasion, Chile and Peru signed a number of bilateral cooperation documents, including an "
                "agreement on the transfer of sentenced persons, an agreement on visa exemption, and a memorandum of "
                "understanding on nuclear safety.") == \
        [(1, "agreement", ("CHL", "PER")), (1, "agreement", ("CHL", "PER")), (1, "memorandum of understanding", ("CHL", "PER"))]


def test_a_listing_sentence_lists_documents_of_one_kind():
    text = ("A number of documents were signed by Chile and Peru in Lima on 7 September.\n"
            "The documents included an intergovernmental framework agreement on trade and technical cooperation, an "
            "agreement on visa-free travel for holders of diplomatic passports.")
    assert _ags(text, published="2021-09-08") == [(1, "agreement", ("CHL", "PER")), (1, "agreement", ("CHL", "PER"))]


def test_named_and_single_documents_after_several_are_its_items():
    text = ("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Vega held a meeting in Lima on "
            "Thursday in which they signed several agreements.\n"
            "During the talks, Rojas and Vega signed the Agreement on Commercial Exchange and Cooperation.\n"
            "Likewise, Rojas and Vega signed a Cooperation Agreement for Agricultural Development.")
    assert _ags(text) == [(1, "agreement", ("CHL", "PER")), (1, "agreement", ("CHL", "PER"))]


def test_memos_of_understanding_are_memoranda():
    assert _ags("Chile and Peru signed two memos of understanding on Saturday.") == \
        [(2, "memorandum of understanding", ("CHL", "PER"))]


def test_items_opening_with_a_bare_document_belong_to_the_counted_set():
    text = ("Chile and Peru on Monday signed four memoranda of understanding (MoUs) in Lima.\n"
            "These are: MoU on tourism cooperation jointly signed by tourism secretary Ana Rojas and Peru's "
            "ambassador Luis Vega.\n"
            "MoU on sanitary cooperation signed by Chile's agriculture ministry and Peru's agriculture ministry.\n"
            "MoU on cultural exchange programme for 2022-2025 signed by the two culture secretaries.")
    assert _ags(text, published="2021-03-09") == [(4, "memorandum of understanding", ("CHL", "PER"))]


def test_a_document_noun_before_cooperation_is_a_modifier():
    assert _ags("On the margins of the visit, a Memorandum of Understanding on Protocol Cooperation was also signed "
                "by the foreign ministers of Chile and Peru.") == [(1, "memorandum of understanding", ("CHL", "PER"))]
