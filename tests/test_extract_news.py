"""News-agency style text (synthetic sentences written for these tests): the rules the blind set asked for."""
from tests.conftest import extracted


_rec = extracted


def test_coordinated_counts_and_package_parts():
    text = ("Ruritania, Freedonia sign pacts\n"
            "Ruritania and Freedonia signed three agreements and four memoranda of understanding on Monday.\n"
            "The agreements were on trade, agriculture and fisheries.\n"
            "The first MoU, on police cooperation, was signed by the two interior ministers.\n")
    rec = _rec(text.replace("Ruritania", "Kenya").replace("Freedonia", "Nigeria"), published="2024-03-06")
    got = sorted((a.count, a.kind, tuple(a.parties)) for a in rec.agreements)
    assert got == [(3, "agreement", ("KEN", "NGA")), (4, "memorandum of understanding", ("KEN", "NGA"))]
    mou = next(a for a in rec.agreements if a.count == 4)
    agr = next(a for a in rec.agreements if a.count == 3)
    assert [s.text for s in mou.sectors] == ["police cooperation"]
    assert [s.text for s in agr.sectors] == ["trade", "agriculture", "fisheries"]
    assert agr.date.value == "2024-03-04"


def test_smaller_counts_are_part_of_the_package_and_sector_nouns_are_trimmed():
    text = ("Prime Minister Imran Khan signed on Saturday 15 agreements between China and Pakistan. The two countries signed MoUs to "
            "strengthen cooperation in the agriculture, forestry, earth sciences and technology sectors. "
            "Two more agreements have been signed between the two academies.")
    rec = _rec(text, published="2018-11-03")
    assert [(a.count, a.parties) for a in rec.agreements] == [(15, ["CHN", "PAK"])]
    assert [s.text for s in rec.agreements[0].sectors] == ["agriculture", "forestry", "earth sciences", "technology"]


def test_honorific_names_signatories_and_dateline_here():
    text = ("PUTRAJAYA: Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping today witnessed the "
            "exchange of 31 MoUs covering various sectors.\n"
            "The ceremony was held at the Seri Perdana Complex here.\n"
            "The first MoU was signed by Malaysian Foreign Minister Dato' Seri Utama Haji Mohamad bin Haji Hasan and "
            "Chinese Foreign Minister Wang Yi.\n")
    rec = _rec(text, published="2025-04-16")
    names = [a.name for a in rec.actors if a.kind == "person"]
    assert names == ["Anwar Ibrahim", "Xi Jinping", "Mohamad bin Haji Hasan", "Wang Yi"]
    assert len(rec.events) == 1
    ev = rec.events[0]
    assert (ev.place, ev.place_country, ev.date.value, len(ev.participants)) == ("Putrajaya", "MYS", "2025-04-16", 4)
    assert [(a.count, a.parties) for a in rec.agreements] == [(31, ["CHN", "MYS"])]
    assert [s.text for s in rec.agreements[0].sectors] == []


def test_plural_office_list_and_modifier_states_are_not_parties():
    text = ("The two MoUs were signed by Iranian Foreign Minister Mohammad Javad Zarif and Turkish Health Minister Recep "
            "Akdag, with the presidents of the two countries, Hassan Rouhani and Recep Tayyip Erdogan, in attendance.\n"
            "The visit comes after Armenia and Azerbaijan signed a US-mediated peace deal.\n")
    rec = _rec(text)
    names = [a.name for a in rec.actors if a.kind == "person"]
    assert names == ["Mohammad Javad Zarif", "Recep Akdag", "Hassan Rouhani", "Recep Tayyip Erdogan"]
    assert sorted((a.count, tuple(a.parties)) for a in rec.agreements) == [(1, ("ARM", "AZE")), (2, ("IRN", "TUR"))]
