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


def test_a_list_of_one_subject_per_document():
    text = ("Chile and Ghana have just signed five more Memoranda of Understanding (MoUs) at the Joint Commission in Accra.\n\n"
            "The five MoUs are on Child Protection, Cooperation in the field of tourism, Cooperation in the field of Fisheries "
            "and Food Security, Water Cooperation and Cooperation on Youth Development.\n\n"
            "Minister Ana Rojas signed the Cooperation in the field of tourism MoU while Minister Kofi Mensah signed MoUs on "
            "Cooperation in the field of Fisheries and Food Security and Water Cooperation.")
    rec = extracted(text)
    # five entries; the ministers' sentence names three of them again and adds none
    assert agreement_keys(rec) == [(1, MOU, ("CHL", "GHA"))] * 5
    assert [s.text for s in rec.agreements[4].sectors] == ["Youth Development"]
    text = ("Chile and Uganda signed four documents on Wednesday. The documents are on visa waiver, agricultural cooperation, "
            "establishment of a joint permanent commission and joint statement.")
    assert agreement_keys(extracted(text)) == [(1, "document", ("CHL", "UGA"))] * 3 + [(1, "joint statement", ("CHL", "UGA"))]


def test_areas_of_a_set_are_not_one_document_each():
    text = ("Chile and Kazakhstan signed five memorandums of understanding on Wednesday. The agreements cover areas such as "
            "trade, tourism, sports, youth, and customs affairs.")
    assert agreement_keys(extracted(text)) == [(5, MOU, ("CHL", "KAZ"))]
    text = ("Chile and South Korea signed two MoUs on defence. The MoUs are aimed at furthering educational exchanges, "
            "officials said on Friday.")
    assert agreement_keys(extracted(text)) == [(2, MOU, ("CHL", "KOR"))]


def test_namely_one_on_and_ordinals_with_a_verb():
    text = ("After the meeting, delegates from Chile and Nepal signed four bilateral instruments namely Memorandum of "
            "Understanding on Tourism co-operation, Memorandum of Understanding on health co-operation, cultural exchange "
            "program, and Letter of Exchange to designate a railway route as a transit route.")
    assert agreement_keys(extracted(text)) == [(1, "letter of exchange", ("CHL", "NPL")), (1, MOU, ("CHL", "NPL")),
                                               (1, MOU, ("CHL", "NPL")), (1, "programme", ("CHL", "NPL"))]
    text = ("The two presidents witnessed the signing of three agreements between Chile and Namibia, one on investment "
            "protection, cooperation in the fields of home affairs and immigration, and on diplomatic consultations.")
    assert agreement_keys(extracted(text)) == [(1, "agreement", ("CHL", "NAM"))] * 3
    text = ("Chile and Laos signed six cooperation agreements in Vientiane yesterday. The first Memorandum of Cooperation "
            "signed between the two governments concerned water resources, while the second agreed to declare a bond of "
            "friendship between two cities. The third agreement covered civil servant management, the fourth related to "
            "technical assistance, the fifth concerned rail freight transport, and the sixth was a Letter of Intent to "
            "reinforce the Friendship Bridge.")
    rec = extracted(text)
    assert [a.count for a in rec.agreements] == [1] * 6
    assert rec.agreements[5].kind == "letter of intent" and [s.text for s in rec.agreements[3].sectors] == ["technical assistance"]


def test_one_another_and_the_other():
    text = ("Chile and Iran on Sunday signed two memorandums of understanding. One of the agreements features a joint plan "
            "for agricultural cooperation. The head of the standards office signed the other document to boost "
            "cooperation in the field of standards.")
    assert agreement_keys(extracted(text)) == [(1, MOU, ("CHL", "IRN"))] * 2
    text = ("In all, Chile and Angola signed four memorandums of understanding on Friday.\n\n"
            "One concerns the rights of people with disabilities.\n\n"
            "Another, signed between the two police forces, aims to tackle organised crime.\n\n"
            "In the area of agriculture, the two countries signed a memorandum to strengthen family farming.\n\n"
            "Finally, an agreement was signed between the two oil companies to undertake co-operation in renewable energy.")
    assert [a.count for a in extracted(text).agreements] == [1] * 4
    # "A MoU was signed on X and a Letter of Arrangement between A and B on Y": two documents
    text = ("The defence meeting was followed by the signing of two agreements between Chile and the UK. A MoU was signed on "
            "conduct of a cadet exchange programme and a Letter of Arrangement between the two research agencies on defence "
            "research.")
    assert agreement_keys(extracted(text)) == [(1, "letter of arrangement", ("CHL", "GBR")), (1, MOU, ("CHL", "GBR"))]


def test_the_two_countries_before_a_document_does_not_count_it():
    text = ("The signing of two Agreements by the Governments of Chile and Uruguay. The foreign ministers signed a Framework "
            "Agreement for Cooperation between the two countries and an Agreement for the Abolition of Visa Requirement.")
    assert agreement_keys(extracted(text)) == [(1, "agreement", ("CHL", "URY"))] * 2


def test_star_bullets_on_one_line_end_at_their_semicolons():
    text = ("Presidents Ana Rojas and Li Wei signed on Monday four agreements between Chile and Indonesia. Rojas and Li "
            "signed the following:*Plan of Action between the Government of Chile and the Government of Indonesia from "
            "2022 to 2027;*Memorandum of Understanding between the two Governments on Cultural Cooperation;*Agreement on "
            "Cooperative Activities in the Field of Defense;*Memorandum of Understanding for Cooperation in the Creative Economy.")
    assert [a.count for a in extracted(text).agreements] == [1] * 4


# --- from the holdout26 first run (synthetic sentences) ---

def test_a_quoted_title_with_its_abbreviation_is_one_document():
    text = ("In a ceremony held at the Army Club, the vice minister of Chile and the defence secretary of Peru signed the "
            "“Memorandum of Understanding (MoU) between the Ministry of Defence of Chile and the Ministry of Defence of Peru "
            "on Defence Cooperation”, a news release said.")
    assert agreement_keys(extracted(text)) == [(1, MOU, ("CHL", "PER"))]


def test_a_caption_that_exchanges_a_specified_memorandum():
    text = ("Foreign Minister Ana Rojas of Chile and her Peruvian counterpart Li Wei exchange the MoU on cooperation between "
            "the two foreign ministries after their talks in Lima on December 14. (Photo: AP)")
    assert agreement_keys(extracted(text)) == [(1, MOU, ("CHL", "PER"))]
    # ... but "signed the agreement on Monday" still refers back
    assert agreement_keys(extracted("Chile and Peru signed an agreement on trade. The ministers signed the agreement on "
                                    "Monday in Lima.")) == [(1, "agreement", ("CHL", "PER"))]


def test_a_colon_list_whose_subjects_stand_before_the_noun():
    rec = extracted("- Officials of Chile and Peru signed three instruments: an investment-promotion memorandum (Economy–"
                    "ProChile), an agro-food cooperation memorandum (the agriculture ministers), and a declaration on "
                    "biofuels (the energy ministers).")
    assert agreement_keys(rec) == [(1, "declaration", ("CHL", "PER"))] + [(1, MOU, ("CHL", "PER"))] * 2
    assert [s.text for a in rec.agreements for s in a.sectors] == ["investment-promotion", "agro-food cooperation", "biofuels"]


def test_one_of_them_was_signed_by_and_a_declaration_that_expresses():
    text = ("Chile and Cuba signed this Sunday two agreements to strengthen their relations.\n\n"
            "One of the agreements was signed by the heads of Health of both countries.\n\n"
            "For their part, the presidents signed a declaration that expresses their will to continue strengthening ties.")
    assert [a.count for a in extracted(text).agreements] == [1, 1]


def test_single_documents_with_different_subjects_stay_apart():
    text = ("King Ali and Chancellor Ana Rojas oversaw the signing of several agreements between Chile and Oman.\n\n"
            "A cooperation agreement was signed in the field of maritime transport.\n\n"
            "A draft agreement was signed for the training of cadets.\n\n"
            "A memorandum of understanding was signed on renewable energy.")
    keys = agreement_keys(extracted(text))
    assert keys.count((1, "agreement", ("CHL", "OMN"))) == 2 and (1, MOU, ("CHL", "OMN")) in keys


# --- a document's own subject as one phrase ---

def _own(text):
    return [[s.text for s in a.sectors] for a in extracted(text).agreements]


def test_a_single_document_keeps_its_whole_subject():
    rec = extracted("The presidents of Chile and Peru oversaw the signing of cooperation agreements. A memorandum of "
                    "understanding was signed on the development of sustainable industries through the localization of "
                    "technologies.")
    assert "development of sustainable industries through the localization of technologies" in sector_texts(rec)
    # ... cut where it says what it is for, or when, or between whom
    assert _own("Chile and Peru signed an agreement for sharing white shipping information to improve data sharing on "
                "merchant ships.") == [["sharing white shipping information"]]


def test_what_stands_between_is_kept_only_when_it_is_all_the_subject_or_two_states():
    text = ("Chile and Vietnam signed two memorandums of understanding: the agreement on education cooperation between the "
            "Hanoi Tourism College and the Chile Tourism Academy, and the MoU on cooperation between the Vietnam Chamber of "
            "Commerce and the Chile Chamber of Commerce.")
    assert _own(text) == [["education cooperation"],
                          ["cooperation between the Vietnam Chamber of Commerce and the Chile Chamber of Commerce"]]
    assert _own("Chile and Peru signed a Joint Declaration on expanding the strategic partnership between Chile and Peru.") == \
        [["expanding the strategic partnership between Chile and Peru"]]


# --- from the holdout27 first run (synthetic sentences) ---

def test_a_list_of_areas_after_cooperation_in_is_the_sets_areas():
    text = ("Chile has signed four Memorandums of Understanding with Peru today. The MoUs were for mutual cooperation in "
            "healthcare, education, sports, and combating drug abuse.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(4, MOU, ("CHL", "PER"))]
    assert {"education", "sports", "combating drug abuse"} <= set(sector_texts(rec))


def test_counts_in_dozens_and_a_second_set_after_the_verb():
    assert agreement_keys(extracted("Chile and China signed four dozen agreements.")) == [(48, "agreement", ("CHL", "CHN"))]
    # "almost four dozen" is no exact number; the 27 told next is
    text = ("During the state visit, Chile and China signed almost four dozen agreements and contracts.\n\n"
            "“A total of 27 intergovernmental, interdepartmental and interregional agreements were signed, as well as "
            "about eight commercial contracts in various areas of manufacturing and agriculture,” the minister said.")
    assert (27, "agreement", ("CHL", "CHN")) in agreement_keys(extracted(text))


def test_other_mous_that_include_areas_are_a_set_of_their_own():
    text = ("President Ana Rojas of Chile and her Peruvian counterpart Li Wei signed a Memorandum of Understanding on the construction "
            "of a gas pipeline between Lima and Arica.\n\nOther MoUs signed during the visit include; animal health, culture, "
            "social integration and national heritage.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(0, MOU, ("CHL", "PER")), (1, MOU, ("CHL", "PER"))]
    assert {"animal health", "culture", "social integration", "national heritage"} <= set(sector_texts(rec))
    # ... but "Other agreements were also concluded with <companies>" is no set of the states'
    text = ("Chile and Peru signed 18 agreements. Other agreements of cooperation were also concluded with Boeing and IBM.")
    assert agreement_keys(extracted(text)) == [(18, "agreement", ("CHL", "PER"))]


def test_a_signing_a_state_prepares_to_host_is_not_signed():
    text = ("The two Leaders also had an exchange on their summit preparations, with Chile hosting the Forum Leaders Meeting "
            "in November and Peru preparing to host the signing of the Lima Agreement shortly after.")
    assert agreement_keys(extracted(text)) == []


def test_areas_after_cover_including_such_as_and_deals_with():
    text = ("Chile and China signed 27 agreements. The documents cover almost the entire spectrum of Chile-China "
            "cooperation, including investment, agriculture and tourism. In addition, a large block of these documents "
            "deals with interregional cooperation, finance and the banking sector.")
    assert {"investment", "agriculture", "tourism", "interregional cooperation", "finance"} <= set(sector_texts(extracted(text)))
    text = ("Chile and China signed cooperation agreements covering different sectors of bilateral cooperation such as "
            "transportation, biotechnology and digital television.")
    assert sector_texts(extracted(text))[0] == "transportation"


def test_documents_talked_about_or_of_another_time_are_not_the_sets():
    for text in ("Chile and Peru signed two agreements on Monday. The ministers also discussed the free trade agreement "
                 "between the two countries and the agreement on visa waiver signed in 2015.",
                 "Chile and Peru signed three MoUs on Monday. They reviewed the implementation of the agreement on trade, the "
                 "agreement on tourism and the protocol on fisheries.",
                 "Chile and Peru signed two agreements. The presidents hailed the agreement on trade of 2010 and the treaty "
                 "on borders of 1999."):
        keys = agreement_keys(extracted(text))
        assert len(keys) == 1 and keys[0][0] >= 2, text


# --- from the holdout28 run (synthetic sentences) ---

def test_deals_told_by_ordinal_with_focus_and_involve():
    text = ("In total, three bilateral agreements were signed between Chile and Argentina.\n\n"
            "The first deal signed focusses on cooperation during the pandemic.\n\n"
            "\"Had we been more united, we could have coped better,\" the president said.\n\n"
            "The second deal involves the modernization of both their border crossings.\n\n"
            "The third agreement concerns the reciprocal recognition of driver's licenses.")
    assert agreement_keys(extracted(text)) == [(1, "agreement", ("ARG", "CHL"))] * 3


def test_numbered_decisions_are_documents():
    text = ("Presidents Ana Rojas of Chile and Li Wei of Peru signed a number of documents, which include:\n\n"
            "1. Decision of the Supreme Interstate Council on the establishment of the Council of the Heads of Regions;\n\n"
            "2. Decision of the Supreme Interstate Council on the establishment of a working group on geology;\n\n"
            "3. Agreement between the Government of Chile and the Government of Peru on holding joint military exercises.")
    keys = agreement_keys(extracted(text))
    assert keys.count((1, "decision", ("CHL", "PER"))) == 2 and (1, "agreement", ("CHL", "PER")) in keys


def test_the_subject_of_a_passive_signing_far_before_its_verb():
    text = ("As a result of the negotiations between Chile and Peru, a Program of consultations between the Ministries of "
            "Foreign Affairs of Chile and Peru for 2023-2024 was signed.")
    assert agreement_keys(extracted(text)) == [(1, "programme", ("CHL", "PER"))]


def test_a_listed_document_keeps_its_whole_subject():
    text = ("Presidents Ana Rojas of Chile and Li Wei of Peru signed a number of documents, which include:\n\n"
            "1. Decision of the Supreme Interstate Council on the establishment of a working group on geology;\n\n"
            "2. Agreement between the Government of Chile and the Government of Peru on joint management and use of "
            "transboundary water bodies;\n\n"
            "3. Agreement between the Government of Chile and the Government of Peru on cooperation in tourism and sport.")
    rec = extracted(text)
    assert [[s.text for s in a.sectors] for a in rec.agreements] == [
        ["establishment of a working group on geology"], ["joint management and use of transboundary water bodies"],
        ["tourism and sport"]]


def test_a_signing_dated_years_before_the_article_is_recalled():
    text = ("In Luanda, President Ana Rojas was received by President Li Wei and witnessed the signing of two Memorandums "
            "of Understanding between Chile and Angola.\n\n"
            "Diplomatic relations between both countries were formalised on March 26, 1987, through the signing, in Luanda, "
            "of the General Agreement on Economic, Scientific and Technical Cooperation.")
    rec = extracted(text, published="2023-06-08")
    assert agreement_keys(rec) == [(2, MOU, ("AGO", "CHL"))]
    assert not any(a.date.value and a.date.value.startswith("1987") for a in rec.agreements)
    assert "Economic, Scientific and Technical Cooperation" not in sector_texts(rec)


def test_hard_wrapped_text_is_read_by_paragraph():
    from pactwatch.extract.sentences import split_sentences
    text = ("President\nAna Rojas and her Peruvian host, President Li Wei, have\nsupervised the signing of seven key "
            "agreements to strengthen the bonds\nof friendship and cooperation between the two nations, at the "
            "conclusion\nof a three-day state visit of the Chilean leader.\nTwo\nof the agreements, which were signed "
            "at the State House in Lima,\ncentred on the development of partnerships in Air Services and Trade,\nwhilst "
            "five Memorandums of Understanding were signed on\nTourism and Education.\n\nIn\nbilateral discussions "
            "preceding the signing ceremony, the two leaders\nexchanged ideas.")
    sents = [text[a:b] for a, b in split_sentences(text)]
    assert sents[0].startswith("President\nAna Rojas") and sents[0].endswith("Chilean leader.")
    assert sents[-1] == "In\nbilateral discussions preceding the signing ceremony, the two leaders\nexchanged ideas."
    # a list, one item a line, is not hard-wrapped: each line stays a sentence
    items = "The MoUs signed:\ni) MoU on trade\nii) MoU on tourism\niii) MoU on health\niv) MoU on culture\nv) MoU on sport\nvi) MoU on youth\nvii) MoU on ports"
    assert len(split_sentences(items)) == 8


def test_the_signing_of_a_specified_document_and_an_anniversary():
    text = ("The heads of state of Chile and Peru witnessed the signing of the Memorandum of Understanding on transit and "
            "transmission of electricity.")
    assert agreement_keys(extracted(text)) == [(1, MOU, ("CHL", "PER"))]
    text = ("The visit marks the 15th anniversary of the signing of the good-neighborly treaty of friendship between Chile "
            "and Peru.")
    assert agreement_keys(extracted(text)) == []
