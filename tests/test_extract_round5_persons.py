"""Person rules the holdout5 error analysis asked for (synthetic names and sentences written for these tests)."""
from tests.conftest import extracted


def _persons(text: str, **kw) -> list[str]:
    return sorted(a.name for a in extracted(text, **kw).actors if a.kind == "person")


def _actor(text: str, name: str):
    return next(a for a in extracted(text).actors if a.kind == "person" and a.name == name)


# --- offices with a long complement set off by commas -----------------------------------------
def test_office_with_a_comma_list_complement_before_the_name():
    text = ("Minister of Foreign Affairs, Regional Integration and Nigeriens Abroad, Hamid Oumarou, on Tuesday held talks "
            "in Niamey with his Malian counterpart, Awa Traore.")
    assert _persons(text) == ["Awa Traore", "Hamid Oumarou"]


def test_office_of_a_party_with_acronym_before_the_name():
    text = ("Tavares also met the Secretary-General of Brazil's ruling Workers' Alliance Party (WAP), Rui Barcelos, "
            "here on Friday.")
    assert "Rui Barcelos" in _persons(text)


def test_office_with_a_parenthesised_portfolio_before_the_comma():
    text = ("Minister Tomas Arvelo met Secretary of Home Defence (Defence Minister) of the Philippines, Ramon Dizon, "
            "in Manila.")
    assert _persons(text) == ["Ramon Dizon", "Tomas Arvelo"]


def test_lower_case_office_in_a_semicolon_list():
    text = ("President Omar Hadi was joined by his deputy, Dr Lena Ruiz; minister of trade and regional integration, "
            "Paul Okafor and other officials.")
    assert _persons(text) == ["Lena Ruiz", "Omar Hadi", "Paul Okafor"]


def test_lower_case_office_inside_a_prepositional_phrase_is_no_title():
    text = "The ceremony was held at the residence of the president of Ghana, Osu Castle, on Monday."
    assert _persons(text) == []


# --- parentheses after a rank or office -------------------------------------------------------
def test_rank_with_retired_mark():
    text = "The accord was signed by Defence Secretary Lieutenant General (R) Tariq Mehmood Awan in Islamabad."
    assert _persons(text) == ["Tariq Mehmood Awan"]


def test_office_with_a_region_in_parentheses():
    text = '"The talks went well," said Foreign Office Secretary (East) Anita Rao in a briefing.'
    assert _persons(text) == ["Anita Rao"]


def test_rank_with_retired_mark_and_comma():
    text = "He was joined by the prime minister, Colonel (Ret'd), Joseph Mensah, and other officials."
    assert _persons(text) == ["Joseph Mensah"]


def test_lower_case_south_asian_particle():
    text = "Lt General (R) Sami ul Haq Baig visited Ankara. Baig met Turkish officials."
    assert _persons(text) == ["Sami ul Haq Baig"]


# --- honorifics ---------------------------------------------------------------------------
def test_his_excellency_after_an_office_with_complement():
    text = ("The envoy was joined at the meeting by the Minister of Youth, Sports and Culture, His Excellency Karim "
            "Nadeem.")
    assert _persons(text) == ["Karim Nadeem"]


def test_capitalised_he_is_his_excellency():
    text = "The Emir was accompanied by the minister of state for trade, HE Faisal bin Nasser Al Marri."
    assert "Faisal bin Nasser Al Marri" in _persons(text)


def test_shri_before_a_name_with_apposition():
    text = "The minister sought blessings from Shri Anand Pillai, Abbot of the Green Hill Temple."
    assert _persons(text) == ["Anand Pillai"]


def test_second_honorific_alone_names_a_place():
    text = "The ceremony was held at the Seri Mahkota Complex here this afternoon."
    assert _persons(text) == []


# --- names after an office that collide with state names -----------------------------------------
def test_surname_that_is_a_state_name():
    text = ("President Anil Varma met Prime Minister Carlos Montenegro at his office in Lisbon. The meeting between "
            "President Varma and Prime Minister Montenegro lasted an hour.")
    assert _persons(text) == ["Anil Varma", "Carlos Montenegro"]


def test_given_name_that_is_a_capital():
    text = ("The presidents met, accompanied by the respective foreign ministers, Santiago Ferreyra and Paulo Vidal, "
            "and the Ministers of Economy, Ramon Ortiz and Fernando Lessa, respectively.")
    assert _persons(text) == ["Fernando Lessa", "Paulo Vidal", "Ramon Ortiz", "Santiago Ferreyra"]


def test_given_name_that_is_a_state_name_after_an_office():
    text = "Foreign Minister Israel Kohn met his Greek counterpart Nikos Pappas in Athens."
    assert _persons(text) == ["Israel Kohn", "Nikos Pappas"]


def test_state_named_as_a_state_is_not_glued_to_a_name():
    text = "Prime Minister Hiro Sato will visit Japan next week. Sato's Japan trip follows talks in Seoul."
    assert _persons(text) == ["Hiro Sato"]


# --- untitled names in coordination, possessives, verbs -----------------------------------------
def test_name_coordinated_with_a_titled_name():
    text = ("He also held separate phone conversations with Afghan President Karim Wardak and Yusuf Yusuf on the need "
            "for a ceasefire.")
    assert _persons(text) == ["Karim Wardak", "Yusuf Yusuf"]


def test_office_after_the_name_without_a_comma():
    text = ("In his conversation with Mohammad Nasir Popal Afghanistan's Acting Foreign Minister, the two sides "
            "discussed peace.")
    rec = extracted(text)
    people = [a for a in rec.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Mohammad Nasir Popal"] and people[0].country == "AFG"


def test_untitled_name_with_a_possessive_trip():
    text = ("It is the first visit by an Iranian president to Turkey since Ali Reza Karimi Tabrizi's trip to Ankara in "
            "1996.")
    assert _persons(text) == ["Ali Reza Karimi Tabrizi"]


def test_name_as_subject_of_assumed():
    text = "The leader was the first to visit after Pak Chol-su assumed power in 2011."
    assert _persons(text) == ["Pak Chol-su"]


def test_initial_and_surname_before_a_weekday():
    text = "External Affairs Minister R Kumaran Friday called on Japanese Prime Minister Kenji Mori."
    assert _persons(text) == ["Kenji Mori", "R Kumaran"]


def test_first_lady_and_hyphenated_surname():
    text = "The President was accompanied by First Lady Maria Santos-Reyes and several Cabinet members."
    assert _persons(text) == ["Maria Santos-Reyes"]


def test_indonesian_spelling_of_president():
    text = "The minister spoke with Presiden Joko Santoso on Monday."
    assert _persons(text) == ["Joko Santoso"]


# --- things that are not persons ---------------------------------------------------------------
def test_all_caps_photo_credit_is_no_person():
    text = ("President Rafael Cruz hosted a banquet on Oct. 18, 2019. JUAN DELGADO/PRESIDENTIAL PHOTO\n"
            "Also seen: KING MORALES/PRESIDENTIAL PHOTO")
    assert _persons(text) == ["Rafael Cruz"]


def test_association_after_chairman_is_no_person():
    text = ("Mori, the former prime minister, now serves as the Chairman of the Japan-Korea Association. He met "
            "Foreign Minister Lee Min-ho.")
    assert _persons(text) == ["Lee Min-ho"]


def test_policy_portfolio_is_no_name():
    text = ("The visit was at the invitation of State Secretary for Defence Policy and Defence Planning, Ministry of "
            "Defence, Hungary, Dr. Laszlo Kovacs.")
    assert "Policy" not in _persons(text) and "Planning" not in _persons(text)


def test_campaign_name_after_under_is_no_person():
    text = "The president also planted a sapling in the Prime Minister House under Green Valley Canopy drive."
    assert _persons(text) == []


# --- found while reading further unseen readouts (synthetic sentences) --------------------------
def test_given_name_sultan_before_bin():
    text = "Minister of State HE Sultan bin Rashid Al Harthi met on Monday with Foreign Minister Ana Duarte."
    assert _persons(text) == ["Ana Duarte", "Sultan bin Rashid Al Harthi"]


def test_dateline_before_a_capitalised_clause_is_no_apposition():
    text = "New York, The Minister of Foreign Affairs, Shaikh Omar bin Said Al Naimi, met his Chilean counterpart."
    assert _persons(text) == ["Omar bin Said Al Naimi"]


def test_host_and_headline_verbs_are_no_names():
    text = ("The President Meets the King of Tonga\nForeign Minister Lam Van Tuan held talks with Foreign Minister "
            "Odemiro Sitoe. Host Sitoe said the visit mirrors strong ties.")
    assert _persons(text) == ["Lam Van Tuan", "Odemiro Sitoe"]


def test_spanish_excellency_initials():
    text = "The reception was for the President of the Republic, S. E. Mateo Nsue Ondo, at the People's Palace."
    assert _persons(text) == ["Mateo Nsue Ondo"]


def test_counterpart_from_a_state_and_ambassador_apposition():
    text = ("The minister held meetings with his counterpart from India, Kavita Raman. He was accompanied by Pedro Mba "
            "Obama Nze, Equatorial Guinea Plenipotentiary Extraordinary Ambassador to India.")
    assert _persons(text) == ["Kavita Raman", "Pedro Mba Obama Nze"]


def test_headline_word_glued_to_a_name_is_dropped_for_the_body_form():
    text = ("President Ana Lopes Meets President Tomas Vidal Briefly\n\nPresident Ana Lopes met President Tomas Vidal "
            "in Praia on Monday.")
    assert _persons(text) == ["Ana Lopes", "Tomas Vidal"]


def test_organisation_acronym_and_region_inside_a_title():
    text = ("Attending were also Chief Monitor of the OSCE Special Monitoring Mission Erik Dahl, OSCE SMM Principal Deputy "
            "Chief Monitor Jon Berg and Assistant Secretary of State for European and Eurasian Affairs Nora Quill.")
    assert _persons(text) == ["Erik Dahl", "Jon Berg", "Nora Quill"]


def test_companies_and_papers_are_no_coordinated_names():
    text = ("Finance Minister Ana Duarte and Standard Chartered Bank signed a loan. Trade Minister Li Wei and Huawei "
            "Technologies agreed a plan. The Huffington Post said the talks went well.")
    assert _persons(text) == ["Ana Duarte", "Li Wei"]
