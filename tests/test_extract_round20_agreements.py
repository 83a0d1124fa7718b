"""Agreement rules from the holdout22 error analysis (synthetic sentences, made-up names)."""
from tests.conftest import agreement_keys, extracted, sector_texts


def test_the_joint_statement_and_a_titled_agreement_are_two_documents():
    rec = extracted("Presidents Alar Tamm and Bruno Keller signed the Joint Statement and the Agreement on Strategic "
                    "Partnership between Estonia and Chile.")
    assert agreement_keys(rec) == [(1, "agreement", ("CHL", "EST")), (1, "joint statement", ("CHL", "EST"))]
    assert sector_texts(rec) == ["Strategic Partnership"]


def test_a_bare_the_agreement_after_signed_still_refers_back():
    assert agreement_keys(extracted("Estonia and Chile signed an agreement on trade. The ministers signed the Agreement "
                                    "in Tallinn.")) == [(1, "agreement", ("CHL", "EST"))]


def test_semicolon_parts_after_a_counted_item_are_its_subjects():
    text = ("Jamaica and Kenya have signed four agreements, which will facilitate collaboration in sports and tourism.\n\n"
            "The documents signed are: a framework agreement on cooperation; and three Memoranda of Understanding (MoU) on "
            "collaboration in the fields of sport, culture and heritage; political consultations; and cooperation in the "
            "area of tourism.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(1, "agreement", ("JAM", "KEN")), (3, "memorandum of understanding", ("JAM", "KEN"))]
    assert {"sport", "culture", "heritage", "political consultations", "tourism"} <= set(sector_texts(rec))


def test_a_pair_titled_document_is_about_the_words_before_its_noun():
    assert sector_texts(extracted("The meeting concluded with the signing of the Latvia-India Culture Cooperation Programme "
                                  "for 2019-2021.")) == ["Culture Cooperation"]
    assert sector_texts(extracted("They signed the Vietnam-New Zealand Education Cooperation Plan.")) == ["Education Cooperation"]
    # "Action Plan", "Cooperation Agreement" say nothing about a subject
    assert sector_texts(extracted("They signed the Vietnam-New Zealand Action Plan.")) == []
    assert sector_texts(extracted("The Iran-Belarus Cooperation Agreement was signed on Monday.")) == []


def test_cooperation_between_institutions_as_well_as_another_subject():
    rec = extracted("Kenya and Tanzania signed eight agreements on Friday. Others are MOUs on cooperation between Kenya "
                    "Investment Authority and Tanzania Investment Centre as well as housing and urban development.")
    assert {"cooperation between Kenya Investment Authority and Tanzania Investment Centre",
            "housing and urban development"} <= set(sector_texts(rec))


def test_areas_of_cooperation_told_right_after_a_signing():
    rec = extracted("Following the bilateral talks, both delegations signed a General Cooperation Agreement.\n\n"
                    "The Office of the President said that possible areas of cooperation include defence and security, ICT "
                    "and digitalisation, mining, agriculture, investment promotion and more.")
    assert {"defence and security", "ICT and digitalisation", "mining", "agriculture", "investment promotion"} <= \
        set(sector_texts(rec))


def test_a_programme_is_about_what_its_name_says():
    rec = extracted("Kenya and Tanzania signed four MoUs on Sunday. In addition, a cultural exchange program was signed to "
                    "enhance people-to-people ties.")
    assert "cultural exchange program" in sector_texts(rec)
    # a bare "cooperation programme" names nothing
    assert sector_texts(extracted("Kenya and Tanzania signed a cooperation programme on Sunday.")) == []
