"""Agreement rules the holdout5 error analysis asked for (synthetic sentences written for these tests)."""
from tests.conftest import agreement_keys as _ags, extracted


def _sectors(rec):
    return {a.kind: [s.text for s in a.sectors] for a in rec.agreements}


def test_uncounted_package_then_listed_documents_are_the_listed_documents():
    text = ("Chile and Kenya sign several agreements\n"
            "President Amos Waweru and Chilean President Marta Quiroga met on Monday in Santiago and signed several "
            "cooperation agreements.\n"
            "After the talks, agreements were exchanged between both parties. This included a memorandum of "
            "understanding between the two diplomatic academies, as well as an agreement on legal assistance.")
    rec = extracted(text, published="2021-03-04")
    assert _ags(rec) == [(1, "agreement", ("CHL", "KEN")), (1, "memorandum of understanding", ("CHL", "KEN"))]


def test_documents_listed_with_of_and_semicolons_are_each_one():
    text = ("Peru and Chile signed a letter of intent on defence industry, as well as a joint declaration of the "
            "ministries of health and education and a memorandum of understanding on economic and financial "
            "integration; and an agreement on Antarctic cooperation.")
    rec = extracted(text, published="2021-03-04")
    assert [c for c, *_ in _ags(rec)] == [1, 1, 1, 1]
    assert len(rec.agreements) == 4
    sectors = _sectors(rec)
    # each listed document keeps the phrases written after it, not the whole sentence's
    assert sectors["memorandum of understanding"] == ["economic and financial integration"]
    assert sectors["agreement"] == ["Antarctic cooperation"]


def test_exchange_of_information_is_not_a_signing():
    text = ("Chile and Peru signed two memoranda of understanding on Monday.\n"
            "The second memorandum provides for the exchange of related information and documents between the "
            "institutions, and a news exchange and co-production of programmes.")
    rec = extracted(text, published="2021-03-04")
    assert _ags(rec) == [(2, "memorandum of understanding", ("CHL", "PER"))]


def test_witnessing_the_exchange_of_documents_is_a_signing():
    rec = extracted("Chilean President Marta Quiroga and Peru's President Luis Arce witnessed the exchange of "
                    "nine memoranda of understanding in Lima on Monday.", published="2021-03-04")
    assert _ags(rec) == [(9, "memorandum of understanding", ("CHL", "PER"))]


def test_agreements_regarding_a_list_gives_sector_phrases():
    text = ("Chile and Peru signed three agreements on Monday. The agreements are regarding fisheries, "
            "higher education and mining.")
    rec = extracted(text, published="2021-03-04")
    assert _sectors(rec)["agreement"] == ["fisheries", "higher education", "mining"]


def test_two_adjectives_sharing_one_noun_stay_one_phrase():
    rec = extracted("Chile and Peru signed an agreement on scientific and technical cooperation on Monday.",
                    published="2021-03-04")
    assert _sectors(rec)["agreement"] == ["scientific and technical cooperation"]
    rec = extracted("Chile and Peru signed an agreement on fisheries and mining on Monday.", published="2021-03-04")
    assert _sectors(rec)["agreement"] == ["fisheries", "mining"]
