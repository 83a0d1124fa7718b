"""Agreement rules from the holdout20 error analysis (synthetic sentences, made-up names)."""
from tests.conftest import agreement_keys, extracted, sector_texts


def test_several_memoranda_told_one_by_one_are_their_items():
    text = ("Chile and Peru signed several Memorandums of Understanding (MOUs) on Sport Development co-operation and Economic "
            "co-operation in Lima after bilateral talks held by President Ana Rojas and President Luis Vega.\n"
            "The MOU on Sport Development co-operation was signed by the Chilean Minister for Sport Eva Soto and the Peruvian "
            "Minister of Sports Raul Diaz. The MOU on Economic co-operation was signed by the Chilean Ambassador Jon Perez "
            "and the Peruvian Secretary of Finance Rosa Mena.")
    assert agreement_keys(extracted(text)) == [(1, "memorandum of understanding", ("CHL", "PER"))] * 2


def test_the_list_ends_at_its_last_and():
    assert sector_texts(extracted("Qatar and Turkey signed several agreements to cooperate in the areas of higher education, "
                                  "external auditing, public health, youth and sports and culture.")) == \
        ["higher education", "external auditing", "public health", "youth and sports", "culture"]
    # ... but long items split at their first "and"
    assert sector_texts(extracted("Chile and Peru signed three agreements regarding the Diplomatic Training Institute, "
                                  "national education development and national principles and youth affairs.")) == \
        ["Diplomatic Training Institute", "national education development", "national principles and youth affairs"]


def test_a_name_ending_in_on_is_no_subject_intro():
    # "Professor Amon Murwira": "on" inside a name does not open a subject
    rec = extracted("The MoUs were signed between Acting Minister of Foreign Affairs of Zimbabwe, Professor Amon Murwira and "
                    "his Palestinian counterpart Dr Riad Malki, a special envoy of President Mahmoud Abbas.")
    assert "Mahmoud Abbas" not in " ".join(sector_texts(rec))


def test_two_verbs_sharing_an_object_stay_one_phrase():
    rec = extracted("Chile and Peru signed an MoU on establishing and operating programmes of development.")
    assert sector_texts(rec) == ["establishing and operating programmes of development"]


def test_cooperation_between_two_long_institution_names_is_one_subject():
    rec = extracted("Chile and Peru signed a Memorandum of Understanding (MoU) on cooperation between the Institute of Geology, "
                    "Earthquake Resistant Construction and Seismology of the Academy of Sciences of Chile and the Institute "
                    "of Seismology of the Academy of Sciences of Peru.")
    assert sector_texts(rec) == ["cooperation between the Institute of Geology, Earthquake Resistant Construction and "
                                 "Seismology of the Academy of Sciences of Chile and the Institute of Seismology of the "
                                 "Academy of Sciences of Peru"]
    rec = extracted("Chile and Peru signed an MoU on cooperation between the foreign ministries, and an agreement on trade.")
    assert sorted(sector_texts(rec)) == ["cooperation between the foreign ministries", "trade"]


def test_a_numbered_list_after_the_following_agreements_were_signed():
    text = ("President Ana Rojas of Chile held talks with President Luis Vega of Peru in Lima on Monday.\n\n"
            "The following agreements were signed:\n\n1. Agreement on air services;\n2. Memorandum of Understanding on "
            "tourism cooperation;\n3. Protocol on political consultations.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(1, "agreement", ("CHL", "PER")), (1, "memorandum of understanding", ("CHL", "PER")),
                                   (1, "protocol", ("CHL", "PER"))]
    assert sorted(sector_texts(rec)) == ["air services", "political consultations", "tourism cooperation"]


def test_a_counted_set_listed_later_in_its_own_list_is_its_documents():
    text = ("Chile and Peru signed five agreements during the state visit.\n\n"
            "The agreements cover defence, agriculture, education and tourism.\n\n"
            "The list of agreements signed by the two countries:\n\n"
            "1. Memorandum of Understanding between the two defence ministries.\n\n"
            "2. Memorandum of Understanding on Cooperation in Agriculture.\n\n"
            "3. Memorandum of Understanding on Academic Cooperation.\n\n"
            "4. Memorandum of Understanding between the two tourism departments.\n\n"
            "5. Memorandum of Understanding between the two agriculture research councils.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(1, "memorandum of understanding", ("CHL", "PER"))] * 5
    # each keeps what it is about; the set's own areas are not lost
    assert [s.text for s in rec.agreements[2].sectors] == ["Academic Cooperation"]
    assert {"defence", "agriculture", "education", "tourism"} <= set(sector_texts(rec))


def test_the_following_areas_is_no_sector():
    assert sector_texts(extracted("Chile and Peru signed three MoUs on Monday. The MoUs cover the following areas: trade, "
                                  "investment and culture.")) == ["trade", "investment", "culture"]
