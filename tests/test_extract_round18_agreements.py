"""Agreement rules from the holdout18 error analysis (synthetic sentences, made-up names)."""
from tests.conftest import agreement_keys, extracted, extracted_agreements as _ags, sector_texts


def test_a_counted_set_listed_with_the_is_its_items():
    text = ("President Ana Rojas of Chile is on a state visit to Palau.\n\n"
            "Four documents were signed during the state visit, witnessed by both presidents.\n\n"
            "The four documents include the Agreement on Public Finance Cooperation between Chile and Palau, the Letter of "
            "Intent for Tourism Revitalization between the two countries, the Letter of Intent for Aquaculture Development "
            "Cooperation and an Agreement Concerning the Acceptance of Seagoing Service.")
    rec = extracted(text)
    assert agreement_keys(rec) == sorted([(1, "agreement", ("CHL", "PLW")), (1, "letter of intent", ("CHL", "PLW")),
                                          (1, "letter of intent", ("CHL", "PLW")), (1, "agreement", ("CHL", "PLW"))])
    assert sorted(sector_texts(rec)) == ["Acceptance of Seagoing Service", "Aquaculture Development Cooperation",
                                         "Public Finance Cooperation", "Tourism Revitalization"]


def test_a_listing_that_does_not_add_up_leaves_the_set_whole():
    text = ("Four documents were signed between Chile and Palau on Monday.\n\n"
            "The documents include the Agreement on Public Finance Cooperation and the Letter of Intent for Tourism.")
    assert [k[0] for k in _ags(text)] == [4]


def test_the_republic_of_china_is_taiwan():
    assert _ags("Palau and the Republic of China (Taiwan) signed an agreement on fisheries.") == [(1, "agreement", ("PLW", "TWN"))]
    assert _ags("Palau and the People's Republic of China signed an agreement on fisheries.") == [(1, "agreement", ("CHN", "PLW"))]


def test_a_semicolon_list_of_areas():
    rec = extracted("Chile and Peru signed a memorandum of understanding on development cooperation in Lima on Monday. The "
                    "memorandum encompasses a broad range of issues including: bilateral trade and investment; education, "
                    "youth and human resource development; labour mobility; climate change, environment and energy; and "
                    "livestock development.")
    secs = sector_texts(rec)
    for phrase in ("bilateral trade", "investment", "education", "youth", "human resource development", "labour mobility",
                   "climate change", "environment", "energy", "livestock development"):
        assert phrase in secs


def test_documents_listed_with_semicolons_are_one_each():
    text = ("Laos and Vietnam have signed a number of agreements during a visit to Hanoi.\n\n"
            "Among the agreements signed were an agreement on Vietnam-Laos Strategic Cooperation for 2021-2030; "
            "Vietnam-Laos Cooperation in 2021-2025; Cooperation between the two ministries of Planning and Investment; "
            "Cooperation in culture, arts and tourism between the two ministries of culture; and a number of economic "
            "contracts between businesses of the two countries.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(1, "agreement", ("LAO", "VNM"))] * 4
    secs = sector_texts(rec)
    assert "Vietnam-Laos Cooperation in 2021-2025" in secs
    assert "Cooperation between the two ministries of Planning and Investment" in secs
    assert {"culture", "arts", "tourism"} <= set(secs)


def test_inking_a_number_of_memoranda_is_an_uncounted_signing():
    assert _ags("CAIRO – 18 January 2018: President Ahmed Said and Ethiopian Prime Minister Hailu Bekele witnessed Thursday "
                "inking number of Memorandum of Understanding (MoUs) at the Presidential Palace.") == \
        [(0, "memorandum of understanding", ("EGY", "ETH"))]


def test_announced_documents_cover_numerous_areas_in_addition_to_others():
    text = ("President Ali Said of Oman and President Omar Zayed of the UAE on Monday witnessed the announcement of several "
            "memoranda of understanding (MoUs) and agreements between the two countries.\n\n"
            "The agreements and memoranda announced by the two countries cover numerous areas, including investment, "
            "renewable energy, and sustainability, in addition to railways, technology, and education.")
    rec = extracted(text)
    assert agreement_keys(rec) == [(0, "memorandum of understanding", ("ARE", "OMN"))]
    assert sector_texts(rec) == ["investment", "renewable energy", "sustainability", "railways", "technology", "education"]


def test_agreements_such_as_this_one_are_a_kind_not_a_signing():
    text = ("Fiji and Vanuatu signed a memorandum of understanding on development cooperation in New York today.\n\n"
            "“Agreements such as the one we have signed today allow for innovative solutions,” said the Prime Minister.")
    assert _ags(text) == [(1, "memorandum of understanding", ("FJI", "VUT"))]


def test_other_agreements_touched_on():
    rec = extracted("Kenya and Angola signed 11 key deals on Sunday. Other agreements touched on health and the training of "
                    "government administrators.")
    assert {"health", "training of government administrators"} <= set(sector_texts(rec))


def test_the_first_and_the_second_name_their_sectors():
    rec = extracted("Kenya and Turkey signed two MoUs on Monday. The first covers tourism while the second covers trade.")
    # told one by one, the two are one entry each (the fourth session's convention, data/gold/README.md)
    assert agreement_keys(rec) == [(1, "memorandum of understanding", ("KEN", "TUR"))] * 2
    assert [[s.text for s in a.sectors] for a in rec.agreements] == [["tourism"], ["trade"]]


def test_a_specified_document_after_signed_is_one():
    assert _ags("Kenya and Turkey signed the cultural exchange programme for 2024-2026.") == [(1, "programme", ("KEN", "TUR"))]
    # ... but a bare "the agreement" refers back to the one already told
    assert _ags("Kenya and Turkey signed an agreement on trade. The ministers signed the agreement in Nairobi.") == \
        [(1, "agreement", ("KEN", "TUR"))]
