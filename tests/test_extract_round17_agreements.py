"""Agreement rules of the third session's first round: document lists and institutional documents.
Synthetic sentences and made-up institutions, written for these tests."""
from tests.conftest import agreement_keys, extracted, extracted_agreements as _ags, sector_texts


def test_a_counted_set_listed_after_these_include_is_its_documents():
    text = ("President Alar Tamm received President Bruno Keller in Tallinn today.\n\n"
            "Foreign Minister of Estonia Kaja Mets and Foreign Minister of Chile Ana Rojas signed a total of five documents.\n\n"
            "These include:\n\n"
            "-the Plan for the celebration of the anniversary of diplomatic relations,\n\n"
            "-Memorandum of Understanding on a joint exhibition,\n\n"
            "-MoU on the renewal of the trade programme,\n\n"
            "-Agreement between the customs administrations of the two countries on mutual recognition of operators,\n\n"
            "-Exchange of letters on the harbour project.")
    # documents listed one by one are one entry each, the stated total is no entry of its own (data/gold/README.md)
    assert sorted(_ags(text)) == sorted([(1, "plan", ("CHL", "EST")), (1, "memorandum of understanding", ("CHL", "EST")),
                                         (1, "memorandum of understanding", ("CHL", "EST")),
                                         (1, "agreement", ("CHL", "EST")), (1, "exchange of letters", ("CHL", "EST"))])


def test_a_counted_set_stays_whole_when_nothing_is_listed():
    text = ("Foreign Minister of Estonia Kaja Mets and Foreign Minister of Chile Ana Rojas signed a total of five documents.\n\n"
            "These include several cooperation programmes.")
    assert _ags(text) == [(5, "document", ("CHL", "EST"))]


def test_an_uncounted_set_listed_after_here_are_is_its_items():
    text = ("Prime Minister Ravi Sen held talks with his Nepalese counterpart Hari Thapa in Lumbini on Monday. Several "
            "agreements were also signed between India and Nepal in the presence of both the leaders.\n\n"
            "Here are the key bilateral agreements signed between India and Nepal, the government note said.\n\n"
            ">Agreement between Northern Hydro Ltd and the Nepal Grid Authority for development of the Kali project. The "
            "project will generate power for both countries.\n\n"
            ">A Memorandum of Understanding was signed between the Council of Cultural Relations and Lumbini University on "
            "the establishment of Dr. Ambedkar Chair for Buddhist Studies.\n\n"
            ">Letter of Agreement between Kathmandu University and the Madras Institute [For joint degree programme] was "
            "signed in the presence of both leaders.")
    rec = extracted(text, published="2022-05-16")
    assert sorted(agreement_keys(rec)) == sorted([(1, "agreement", ("IND", "NPL")), (1, "memorandum of understanding", ("IND", "NPL")),
                                                  (1, "letter of agreement", ("IND", "NPL"))])
    secs = sector_texts(rec)
    assert "development of the Kali project" in secs
    assert "establishment of Dr. Ambedkar Chair for Buddhist Studies" in secs   # "Dr." ends no phrase
    assert "joint degree programme" in secs                                   # "]" ends it


def test_an_item_list_is_no_list_after_an_unrelated_line():
    # a bulleted list of topics after a line that is not about documents adds no documents
    text = ("Estonia and Chile signed an agreement on trade on Monday.\n\n"
            "The ministers discussed:\n\n"
            "- the Agreement on fisheries that expired last year,\n\n"
            "- regional security.")
    assert _ags(text) == [(1, "agreement", ("CHL", "EST"))]


def test_an_institutional_document_names_its_subject_after_its_signatories():
    text = ("India and Nepal signed an MoU between the Council of Cultural Relations and Kathmandu University on the "
            "establishment of a chair of Indian studies on Monday.")
    rec = extracted(text, published="2022-05-16")
    assert agreement_keys(rec) == [(1, "memorandum of understanding", ("IND", "NPL"))]
    assert sector_texts(rec) == ["establishment of a chair of Indian studies"]


def test_an_approximate_number_is_no_count():
    assert _ags("Estonia and Chile signed more than 30 deals during the visit, most of them investment projects.") == \
        [(0, "agreement", ("CHL", "EST"))]


def test_a_number_among_the_modifiers_counts():
    assert _ags("On Friday, Estonia and Chile signed a seven point bilateral agreements in Tallinn.") == \
        [(7, "agreement", ("CHL", "EST"))]


def test_a_document_and_another_are_two():
    rec = extracted("After their talks, the presidents of Estonia and Chile signed a joint statement about strengthening "
                    "regional stability and another on promoting the development of information technology and cyber space.")
    assert agreement_keys(rec) == [(1, "joint statement", ("CHL", "EST")), (1, "joint statement", ("CHL", "EST"))]
    assert sorted(sector_texts(rec)) == ["promoting the development of information technology and cyber space",
                                         "strengthening regional stability"]


def test_a_set_listed_without_bullets_is_its_items():
    text = ("President Alar Tamm and President Bruno Keller signed a joint statement in Tallinn.\n\n"
            "In addition, the following documents were signed:\n\n"
            "An Agreement between the Government of Estonia and the Government of Chile on industrial cooperation;\n\n"
            "A Memorandum of understanding in the field of youth policy between the Ministry of Culture of Estonia and the "
            "Ministry of Sports of Chile;\n\n"
            "A Memorandum of understanding between the Ministry of Energy and Industry of Estonia and the Ministry of Energy "
            "of Chile.")
    rec = extracted(text)
    assert sorted(agreement_keys(rec)) == sorted([(1, "joint statement", ("CHL", "EST")), (1, "agreement", ("CHL", "EST")),
                                                  (1, "memorandum of understanding", ("CHL", "EST")),
                                                  (1, "memorandum of understanding", ("CHL", "EST"))])
    secs = sector_texts(rec)
    assert "industrial cooperation" in secs and "youth policy" in secs
    # no subject of its own: the document is written down by the institutions that signed it
    assert "Ministry of Energy and Industry of Estonia and the Ministry of Energy of Chile" in secs


def test_a_signing_months_ago_is_recalled():
    text = ("Prime Minister Kaja Mets met President Ana Rojas of Chile in Santiago on Monday.\n"
            "President Rojas had visited Estonia months ago and they signed an agreement to cooperate on health.")
    assert _ags(text, published="2020-01-08") == []


def test_a_dateline_gives_the_second_party():
    text = ("TALLINN (News 1) – Three agreements inked between EE and Chile\n"
            "Three agreements were signed between EE and Chile during the talks in Santiago on Monday.")
    assert [k[0] for k in _ags(text)] == [3] and _ags(text)[0][2] == ("CHL", "EST")


def test_list_words_before_the_sectors_are_not_sectors():
    assert sector_texts(extracted("Kenya and Turkey on Monday signed 10 pacts, including on defence, space and health.")) == \
        ["defence", "space", "health"]
    assert sector_texts(extracted("Ministers of Kenya and Turkey exchanged 8 memoranda of understanding and agreements in "
                                  "areas such as energy, transport and agriculture.")) == ["energy", "transport", "agriculture"]


def test_a_city_after_the_last_sector_is_not_part_of_it_but_a_country_is():
    assert sector_texts(extracted("Estonia and Kenya signed 4 agreements on trade, energy and defence in Nairobi on Monday.")) == \
        ["trade", "energy", "defence"]
    assert sector_texts(extracted("Estonia and Kenya signed an agreement on the dissemination of Estonian standards in "
                                  "Kenya.")) == ["dissemination of Estonian standards in Kenya"]


def test_one_on_x_and_the_other_on_y():
    rec = extracted("Estonia and Kenya signed two agreements: one on defence cooperation and the other on trade.")
    assert agreement_keys(rec) == [(2, "agreement", ("EST", "KEN"))]
    assert sector_texts(rec) == ["defence cooperation", "trade"]


def test_a_document_for_an_action_is_about_that_action():
    assert sector_texts(extracted("Kenya and Turkey signed an agreement for the exemption of visa requirements for holders "
                                  "of diplomatic passports.")) == ["exemption of visa requirements for holders of diplomatic passports"]
    assert sector_texts(extracted("Kenya and Turkey on Monday signed five agreements to boost trade and investment.")) == \
        ["trade", "investment"]


def test_signed_including_on():
    assert sector_texts(extracted("Kenya and Turkey met in Nairobi. A total of nine agreements were signed, including on "
                                  "tourism, education and health.")) == ["tourism", "education", "health"]


def test_cooperation_between_institutions_is_a_subject_but_between_states_is_not():
    assert sector_texts(extracted("Kenya and Turkey signed a memorandum on cooperation between the foreign ministries.")) == \
        ["cooperation between the foreign ministries"]
    assert sector_texts(extracted("Kenya and Turkey signed four MoUs on Sunday. The MoUs signed include the formation of a "
                                  "working group, cooperation between the foreign service academies of the two countries, "
                                  "and a partnership between the Kenya Institute of Strategic Studies and Turkey's Centre "
                                  "for Policy Research.")) [-2:] == \
        ["cooperation between the foreign service academies of the two countries",
         "partnership between the Kenya Institute of Strategic Studies and Turkey's Centre for Policy Research"]
    assert sector_texts(extracted("Kenya and Turkey signed a memorandum on cooperation between Kenya and Turkey.")) == []


def test_of_them_and_the_others_name_the_sectors():
    rec = extracted("Kenya and Turkey signed 5 agreements on Monday. Two of them concern trade and the others cover health, "
                    "culture and sport.")
    assert agreement_keys(rec) == [(5, "agreement", ("KEN", "TUR"))]
    assert sector_texts(rec) == ["trade", "health", "culture", "sport"]


def test_two_documents_of_one_kind_each_with_its_own_modifiers():
    assert _ags("Kenya and Turkey signed an extradition treaty and a mutual legal assistance treaty.") == \
        [(1, "treaty", ("KEN", "TUR")), (1, "treaty", ("KEN", "TUR"))]
    # a document mentioned once with its article stays one
    assert _ags("Kenya and Turkey signed an extradition treaty on Monday.") == [(1, "treaty", ("KEN", "TUR"))]


def test_the_minutes_of_a_session_are_one_document():
    assert _ags("Kenya and Turkey held the fifth session of their Joint Commission in Nairobi. The ministers also signed "
                "the minutes of the fifth session of the Joint Commission.") == [(1, "minutes", ("KEN", "TUR"))]


def test_a_repeated_preposition_is_not_part_of_the_sector():
    assert sector_texts(extracted("Kenya and Turkey signed two MoUs: on cooperation in health and on youth affairs.")) == \
        ["health", "youth affairs"]


def test_as_well_as_inside_a_list_of_areas():
    assert sector_texts(extracted("Kenya and Turkey signed MoUs in the fields of oil and gas, agriculture as well as science "
                                  "and technology.")) == ["oil and gas", "agriculture", "science and technology"]
    # "as well as" before another document still ends the first document's areas
    rec = extracted("Kenya and Turkey signed an MoU on tourism as well as an agreement on trade.")
    assert sorted(sector_texts(rec)) == ["tourism", "trade"]


def test_the_host_state_comes_from_the_place_and_a_currency_names_no_party():
    text = ("Foreign Minister Ali Demir had a meeting with Foreign Minister Bujar Vela of North Macedonia on 7 June 2022 in "
            "Ankara.\n\nThey agreed to increase trade to 2 billion U.S. Dollars.\n\n"
            "On the margins of the visit, a Memorandum of Understanding on Protocol Cooperation was also signed by the two "
            "Ministers.")
    assert _ags(text, published="2022-06-08") == [(1, "memorandum of understanding", ("MKD", "TUR"))]


def test_a_multilateral_venue_is_no_host_state():
    text = ("Foreign Minister Ali Demir met with the Minister of Foreign Affairs of Mongolia, Mr. Bat Erdene, at the United "
            "Nations Headquarters in New York City. The two ministers signed a memorandum of understanding for political "
            "consultation.")
    assert all("USA" not in k[2] for k in _ags(text))


def test_those_on_and_ties_in_name_sectors():
    assert sector_texts(extracted("Kenya and Turkey signed five agreements on Monday. Among the agreements signed were those "
                                  "on education, health and customs.")) == ["education", "health", "customs"]
    assert sector_texts(extracted("Kenya and Turkey signed 9 pacts to deepen ties in defence, trade, and energy.")) == \
        ["defence", "trade", "energy"]
