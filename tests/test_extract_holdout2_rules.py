"""Rules the holdout and holdout2 sets asked for (synthetic sentences written for these tests, no article text)."""
from pactwatch.dates import find_date_expressions, resolve_date
from tests.conftest import extracted


_rec = extracted


def _persons(rec):
    return {a.name: a.country for a in rec.actors if a.kind == "person"}


def _events(rec):
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, sorted(names[p.actor_id] for p in e.participants), e.date.value) for e in rec.events]


def _ags(rec):
    return sorted((a.kind, a.count, tuple(a.parties)) for a in rec.agreements)


def test_untitled_name_coordinated_with_a_titled_subject():
    rec = _rec("Amara Kofi and Ghanaian President Kwame Boateng held a telephonic conversation last evening.",
               published="2021-03-10")
    assert "Amara Kofi" in _persons(rec)
    assert _events(rec) == [("call", ["Amara Kofi", "Kwame Boateng"], "2021-03-09")]


def test_two_untitled_names_as_the_subject_of_a_speech_verb():
    rec = _rec("Tomas Berger and Ilse Wagner discussed ways to improve bilateral relations.")
    assert {"Tomas Berger", "Ilse Wagner"} <= set(_persons(rec))


def test_untitled_name_with_had_a_telephone_conversation():
    rec = _rec("On Friday Tomas Berger had a telephone conversation with Prime Minister Ilse Wagner.", published="2020-06-13")
    assert _events(rec) == [("call", ["Ilse Wagner", "Tomas Berger"], "2020-06-12")]


def test_apposition_with_a_possessive_state_before_the_office():
    rec = _rec("The visit came at the invitation of Jon Ekberg, Sweden's parliamentary chief.")
    assert _persons(rec).get("Jon Ekberg") == "SWE"


def test_pm_abbreviation_is_a_title_and_sign_in_a_headline_is_no_name():
    rec = _rec("Kenyan FM, Ghana Minister Sign Agreements\n\nPM Odera met Ghanaian President Kwame Boateng in Accra on Monday.",
               published="2022-05-04")
    names = set(_persons(rec))
    assert "Odera" in names and not any("Sign" in n for n in names)


def test_documents_of_two_kinds_with_a_and_a_number_stay_apart():
    rec = _rec("Kenya and Ghana signed two agreements and a memorandum of understanding on Monday.", published="2022-05-04")
    assert _ags(rec) == [("agreement", 2, ("GHA", "KEN")), ("memorandum of understanding", 1, ("GHA", "KEN"))]


def test_plural_understandings_and_one_agreement():
    rec = _rec("Four Memoranda of Understandings (MoUs) and one Agreement were signed between Kenya and Ghana.")
    assert _ags(rec) == [("agreement", 1, ("GHA", "KEN")), ("memorandum of understanding", 4, ("GHA", "KEN"))]


def test_single_documents_of_different_kinds_listed_with_their_topics():
    rec = _rec("Kenya and Ghana signed a memorandum of understanding on cooperation in fisheries, a joint statement to "
               "strengthen regional cooperation, as well as an agreement on cooperation in aviation.")
    assert _ags(rec) == [("agreement", 1, ("GHA", "KEN")), ("joint statement", 1, ("GHA", "KEN")),
                         ("memorandum of understanding", 1, ("GHA", "KEN"))]


def test_vague_quantifier_keeps_the_signing_without_a_count():
    rec = _rec("After the meeting, the two sides signed several memoranda of understanding in the fields of trade and energy.\n"
               "Kenya and Ghana have long-standing ties.")
    assert [(a.count, a.kind) for a in rec.agreements] == [(None, "memorandum of understanding")]


def test_a_signing_between_another_set_of_states_stays_apart():
    rec = _rec("Several MoUs were exchanged between Kenya and Ghana in the areas of health and energy.\n"
               "Additionally, a trilateral agreement was signed between Kenya, Ghana and Togo to build a port.")
    assert _ags(rec) == [("agreement", 1, ("GHA", "KEN", "TGO")), ("memorandum of understanding", None, ("GHA", "KEN"))]


def test_a_single_document_keeps_its_count_when_named_later():
    rec = _rec("Kenya and Ghana have signed a bilateral agreement on defence cooperation.\n"
               "The ministers signed the \"Agreement between Kenya and Ghana on Defence Cooperation\" in Accra.")
    assert [(a.count, a.kind) for a in rec.agreements] == [(1, "agreement")]


def test_sector_list_ends_at_the_attribution_and_at_and_agreed():
    rec = _rec("Kenya and Ghana signed MoUs in the fields of agriculture, culture and disaster management, tweeted "
               "ministry spokesperson Amina Odera.\nThey signed agreements on economic fields and agreed to meet again.")
    texts = [s.text for a in rec.agreements for s in a.sectors]
    assert "disaster management" in texts
    assert not any("tweeted" in t or "agreed" in t for t in texts)


def test_sector_list_in_a_quote_ends_at_the_closing_quote():
    rec = _rec("“Kenya and Ghana signed MoUs in the fields of trade, energy and tourism,” the ministry said.")
    texts = [s.text for a in rec.agreements for s in a.sectors]
    assert "tourism" in texts and not any("ministry" in t or "”" in t for t in texts)


def test_mou_was_signed_on_topic_and_a_second_document_ends_the_item():
    rec = _rec("Kenya and Ghana signed two agreements.\n“A MoU was signed on conduct of a cadet exchange programme and a "
               "Letter of Arrangement between the two academies on research,” the ministry said.")
    texts = [s.text for a in rec.agreements for s in a.sectors]
    assert "conduct of a cadet exchange programme" in texts


def test_the_signing_took_place_gives_the_occasion_place_and_date():
    rec = _rec("Two MoUs were signed between Kenya and Ghana, in the presence of President Amina Odera and President Kofi Mensah.\n"
               "The signing took place following bilateral discussions held in Accra on Monday.", published="2025-05-05")
    assert [(e.date.value, e.place) for e in rec.events] == [("2025-05-05", "Accra")]


def test_at_the_invitation_of_is_a_visit():
    rec = _rec("Kenyan President Amina Odera was in Accra from May 3-4 at the invitation of Kofi Mensah, Ghana's parliamentary chief.",
               published="2013-06-01")
    assert _events(rec)[0][:2] == ("visit", ["Amina Odera", "Kofi Mensah"])


def test_last_night_and_attribution_dates():
    assert resolve_date("last night", published="2019-01-09").value == "2019-01-08"
    text = "The leaders met in Accra, state media reported on Saturday."
    assert find_date_expressions(text) == []
