"""The lexicon of titles, offices and ranks that anchors person names.

News and readouts introduce a state official by office and rank before the name
("Iranian Defense Minister Brigadier General Aziz Nasirzadeh") or in an apposition
after it ("Dmitry Pantus, Chairman of ..."). These words are what makes a capitalised
word sequence a person; they are also the words a name never contains.
"""
from __future__ import annotations

#: Honorifics of address (Malay, Arabic, diplomatic): part of no name and of no office.
HONORIFICS = {"datuk", "dato", "datin", "seri", "utama", "tun", "puan", "haji", "hajah", "hajji", "h.e", "excellency",
              "honourable", "honorable", "hon", "shri", "smt", "dasho", "lyonpo", "pehin", "alhaji", "engr", "rt",
              "majesty", "highness", "holiness", "samdech", "pengiran", "muda", "awang", "dayang"}
#: Khmer honorific epithets that follow "Samdech" ("Samdech Akka Moha Sena Padei Techo A B"): title words, never a name;
#: not honorifics on their own ("Preah Sihanouk province" names no person)
KHMER_EPITHETS = {"akka", "moha", "sena", "padei", "techo", "vibol", "pheakdei", "ponhea", "chakrei", "preah",
                  "sangharajadhipati", "krala", "hom", "bovor", "thipadei", "kittiprittbandit", "kittipritbandit",
                  "thamma", "pothisal", "ek", "oudom", "rajabandit", "sangharaja", "bodhi", "thommo", "sas", "sakkor"}
#: Words that head a title: a capitalised sequence ending in a name after one of these is a person.
TITLE_HEADS = {
    "president", "vice", "minister", "ministers", "secretary", "premier", "chancellor", "king", "queen", "prince",
    "princess", "emir", "sheikh", "sultan", "crown", "speaker", "spokesperson", "spokesman", "spokeswoman",
    "ambassador", "envoy", "general", "brigadier", "major", "lieutenant", "colonel", "admiral", "commander",
    "commodore", "marshal", "captain", "chief", "chairman", "chairwoman", "chair", "chairperson", "head", "director",
    "governor", "mayor", "senator", "representative", "counselor", "councillor", "councilor", "counsellor", "minister-counsellor", "adviser", "advisor", "ayatollah",
    "seyed", "sayyid", "sayed", "mr", "mrs", "ms", "dr", "prof", "professor", "gen", "brig", "col", "lt", "cmdr", "capt",
    "maj", "adm", "sgt", "gov", "sen", "rep", "amb", "hon", "excellency", "leader", "deputy", "acting", "undersecretary",
    "under", "assistant", "commissioner", "attaché", "attache", "consul", "officer", "first", "lady", "pope",
    "patriarch", "metropolitan", "imam", "his", "her", "sir", "dame", "lord", "tsar", "co-chair", "mufti",
    "sergeant", "rear", "air", "army", "navy", "staff", "press", "secretary-general", "director-general",
    "prime", "state", "foreign", "defense", "defence", "affairs", "external", "interior", "home", "justice",
    "finance", "economy", "trade", "commerce", "industry", "health", "education", "agriculture", "energy", "culture",
    "tourism", "transport", "labour", "labor", "environment", "science", "technology", "communications", "media",
    "information", "investment", "development", "planning", "security", "national", "military", "forces", "force",
    "joint", "chiefs", "general's", "european", "parliament", "parliamentary", "assembly", "council", "house",
    "senate", "federal", "union", "committee", "commission", "cabinet", "government", "pentagon", "department",
    "ministry", "office", "executive", "the", "of", "for", "and", "on", "to", "&", "-", "–", "’s", "'s",
    "revolution", "islamic", "guard", "guards", "corps", "republic", "people", "people's", "supreme", "high",
    "leadership", "intelligence", "border", "coast", "police", "minister-president", "vice-president",
    "vice-premier", "first-deputy", "ex", "former", "new", "incoming", "outgoing", "then", "visiting",
    "counterpart", "special", "presidential", "aide", "representative", "permanent", "delegation",
    "economic", "legal", "social", "political", "relations", "cooperation", "international", "public",
    "diplomacy", "climate", "digital", "infrastructure", "water", "resources", "housing", "youth", "sports",
    "sport", "women", "family", "labour", "employment", "emergency", "emergencies", "situations", "natural",
    "strategic", "planning", "minority", "leader's", "lower", "upper", "chamber", "state-owned", "adviser",
    "premier's", "chief's", "second", "third", "senior", "welfare", "overseas", "expatriates", "authority", "bureau",
    "services", "service", "works", "railways", "ports", "shipping", "aviation", "petroleum", "mines", "mining", "minerals",
    "pm", "fm", "member", "mp",
    # parliaments by their own names ("Chairman of the Mazhilis of Parliament", "Speaker of the Jogorku Kenesh")
    "mazhilis", "majilis", "majlis", "majles", "duma", "knesset", "bundestag", "sejm", "rada", "kenesh", "jogorku", "khural",
    "shura", "sabha", "lok", "rajya", "legislature", "legislative", "verkhovna", "oliy", "storting", "riksdag", "seimas", "saeima",
    # monarchs' and abbreviated offices ("Emperor Naruhito", "Pres. Ali", "Sec. Blinken")
    "emperor", "empress", "pres", "secy",
    # services and directorates in stacked offices ("Chief of Main Directorate for Political-Military Affairs of the
    # Russian Armed Forces A B")
    "armed", "directorate", "main", "political-military", "military-political", "general-staff",
    # portfolio words of offices in any state's English rendering ("State Secretary for Defence Policy",
    # "Minister of Fisheries and Ocean Resources", "Secretary (West)")
    "policy", "policies", "reform", "reforms", "procurement", "production", "logistics", "operations", "research",
    "innovation", "fisheries", "forestry", "livestock", "lands", "land", "urban", "rural", "regional", "local",
    "municipal", "territorial", "fiscal", "budget", "treasury", "revenue", "customs", "immigration", "migration",
    "citizenship", "heritage", "arts", "religious", "endowments", "broadcasting", "telecommunications", "posts",
    "equality", "gender", "children", "veterans", "solidarity", "integration", "human", "rights", "protection",
    "civil", "maritime", "marine", "oceans", "ocean", "space", "nuclear", "atomic", "electricity", "hydrocarbons",
    "nutrition", "safety", "cyber", "relief", "reconstruction", "enterprise", "enterprises", "cooperatives",
    "consumer", "statistics", "population", "provincial", "abroad", "diaspora", "commonwealth", "coordination",
    "monitoring", "implementation", "transformation", "digitalization", "digitalisation", "modernization", "modernisation",
    "entrepreneurship", "affairs", "protocol", "chancery", "mission", "missions", "cadre",
    "roads", "highways", "railway", "communication", "irrigation", "sanitation", "hydrology", "geology", "ecology",
    "presiden", "abbot", "bishop", "archbishop", "cardinal", "rabbi", "lama", "reverend", "rev", "venerable", "ven",
    "ruling", "governing", "opposition", "retired", "ret", "retd", "ret'd", "plenipotentiary", "extraordinary",
    "resident", "non-resident", "shaikh", "shaykh", "sheikha", "shaikha", "host", "monitor", "principal",
    # regions in portfolios ("Assistant Secretary of State for European and Eurasian Affairs", "Minister for Asia")
    "eurasian", "asian", "african", "american", "arab", "latin", "caribbean", "nordic", "baltic", "asia", "africa",
    "europe", "america", "americas", "pacific", "atlantic", "east", "west", "north", "south", "middle", "central",
    "eastern", "western", "northern", "southern", "near", "far", "gulf", "arctic", "indo-pacific", "commonwealth",
} | HONORIFICS | KHMER_EPITHETS
#: Words a title may end in that name the office holder (the phrase before the name).
HEAD_NOUNS = {
    "president", "minister", "ministers", "secretary", "premier", "chancellor", "king", "queen", "prince", "princess", "emir",
    "sheikh", "sultan", "speaker", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
    "general", "colonel", "admiral", "commander", "commodore", "marshal", "captain", "chief", "chairman",
    "chairwoman", "chair", "chairperson", "head", "director", "governor", "mayor", "senator", "counselor", "counsellor", "councillor", "councilor",
    "adviser", "advisor", "ayatollah", "seyed", "sayyid", "mr", "mrs", "ms", "dr", "prof", "professor", "gen",
    "brig", "col", "lt", "cmdr", "capt", "maj", "adm", "sgt", "gov", "sen", "rep", "amb", "leader", "deputy",
    "commissioner", "consul", "pope", "patriarch", "imam", "sir", "dame", "lord", "secretary-general",
    "director-general", "aide", "representative", "lieutenant", "sergeant", "counterpart", "officer", "mufti",
    "pm", "fm", "lady", "brigadier", "monitor", "shaikh", "shaykh", "sheikha", "shaikha", "presiden", "abbot", "bishop", "archbishop", "cardinal", "rabbi", "lama", "reverend",
    "rev", "venerable", "ven", "member", "mp", "emperor", "empress", "pres", "secy",
}
#: Ranks are listed as their own title ("Brigadier General"), apart from the office.
RANKS = [
    "brigadier general", "major general", "lieutenant general", "general", "rear admiral", "vice admiral",
    "admiral", "air marshal", "field marshal", "colonel", "lieutenant colonel", "commodore", "captain",
    "brig. gen.", "maj. gen.", "lt. gen.", "gen.", "col.", "cmdr.", "capt.", "adm.", "lt.", "sgt.", "ayatollah",
    "seyed", "sayyid", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof.", "sheikh",
]
#: Courtesy titles: a title of address, not an office; not listed among a person's titles.
COURTESY = {"mr", "mrs", "ms", "mr.", "mrs.", "ms.", "his", "her", "excellency", "the", "visiting", "counterpart"} | HONORIFICS

#: Capitalised words that are never part of a person's name.
NOT_NAME = {
    "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "both", "they", "he", "she", "it", "his", "her",
    "its", "their", "this", "that", "these", "those", "during", "after", "before", "following", "earlier", "later",
    "also", "among", "as", "by", "with", "from", "to", "of", "while", "when", "meanwhile", "however", "we", "our",
    "i", "you", "your", "there", "here", "what", "who", "which", "why", "how", "if", "then", "than", "since",
    "until", "under", "over", "about", "against", "between", "through", "into", "upon", "per", "via", "amid",
    "photo", "ap", "afp", "reuters", "xinhua", "irna", "tass", "ria", "sputnik", "news", "agency", "reported",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "readout", "read", "more", "west", "western", "east", "eastern", "north", "northern",
    "south", "southern", "central", "middle", "far", "asia", "africa", "europe", "america", "pacific",
    "indo-pacific", "atlantic", "transatlantic", "mediterranean", "gulf", "sea", "ocean", "region", "alliance",
    "organization", "organisation", "ministry", "committee", "council", "commission", "agency", "department",
    "office", "university", "academy", "bank", "company", "corporation", "assembly", "parliament", "union",
    "nato", "sco", "brics", "asean", "un", "eu", "g20", "g7", "forum", "summit", "meeting", "conference",
    "pentagon", "house", "palace", "kremlin", "government", "republic", "federation", "kingdom", "states",
    "united", "islands", "revolution", "islamic", "state", "military", "military-industrial", "guard",
    "forces", "force", "armed", "navy", "army", "air", "chief", "defense", "defence", "foreign", "affairs",
    "minister", "president", "secretary", "national", "international", "joint", "statement", "declaration",
    "memorandum", "agreement", "treaty", "protocol", "mou", "mous", "chairmanship", "embassy", "consulate",
    "plan", "programme", "program", "initiative", "road", "belt", "silk", "economic", "zone", "council",
    "cooperation", "partnership", "strategic", "comprehensive", "global", "world", "war", "peace", "talks",
    "negotiations", "dialogue", "call", "action", "security", "food", "climate", "energy", "trade", "health",
    "ministerial", "ministers", "leaders", "heads", "member", "members", "group", "council's", "headquarters",
    "capital", "city", "province", "county", "district", "airport", "hall", "square", "street", "avenue",
    "prime", "deputy", "vice", "acting", "general", "press", "spokesperson", "commander", "chairman",
    "people", "people's", "peoples", "his", "excellency", "mr", "mrs", "ms", "dr", "sir", "lady", "madam", "king", "queen",
    "emir", "sheikh", "crown", "prince", "speaker", "emperor", "empress", "pres", "ambassador", "leader", "head", "director", "governor",
    "covid", "covid-19", "isis", "c-isis", "hamas", "hezbollah", "taliban", "jcpoa", "pm", "fm", "mod", "mfa",
    "opm", "ceo", "agreements", "memoranda", "memorandums", "deals", "pacts", "accords", "sign", "signs", "ink", "inks", "chinese", "soil", "datuk", "dato", "datin", "seri", "utama", "tun", "puan", "h.e", "excellency", "honourable", "ladies", "gentlemen", "gentleman", "distinguished", "esteemed", "colleagues", "olympic", "olympics", "games", "expo", "fair", "week", "day", "year",
    "similarly", "likewise", "additionally", "furthermore", "moreover", "separately", "subsequently", "accordingly",
    "consequently", "nevertheless", "nonetheless", "notably", "finally", "lastly", "firstly", "secondly", "thirdly",
    # head nouns of institutions, parties, newspapers and venues: a capitalised run ending in one is no person
    "party", "association", "society", "foundation", "institute", "fund", "movement", "congress", "league", "board",
    "court", "center", "centre", "school", "college", "club", "network", "federation", "front", "coalition",
    "times", "daily", "herald", "tribune", "gazette", "journal", "telegraph", "chronicle", "airlines", "airways",
    "temple", "mosque", "church", "cathedral", "museum", "stadium", "hotel", "festival",
    "technologies", "holdings", "limited", "ltd", "inc", "plc", "corp", "llc", "industries", "motors", "systems",
    "solutions", "partners", "ventures", "chartered", "telecom", "pharmaceuticals", "post", "express", "airport",
    "host", "guest", "visitor", "meets", "holds", "receives", "hosts", "visits", "discusses", "calls", "welcomes",
    "urges", "says", "pays", "arrives", "leaves", "vows", "hails", "congratulates", "thanks", "greets", "agree", "agrees",
    "discuss", "hold", "meet", "talks", "sign", "signs", "inks",
    "buddha", "christ", "allah", "god", "prophet", "cup", "trophy", "award", "prize", "medal", "order",  # religious figures ("the birthplace of Lord Buddha")
    "campaign", "project", "scheme", "complex", "residence", "building", "tower", "towers", "plaza", "mission", "corridor", "terminal", "exhibition",
    # seats of offices, secretariats and industries: a capitalised run holding one names an institution or a venue
    "secretariat", "diwan", "divan", "majlis", "chancellery", "palace", "aerospace", "aeronautics", "astronautics",
    "shipyard", "shipyards", "dockyard", "refinery", "industry", "command", "garrison", "fleet", "brigade", "battalion",
    "regiment", "squadron", "directorate", "inspectorate", "ombudsman", "treasury", "customs",
    # headline verbs in title case ("Foreign Minister Tells President X", "Minister Lauds Y"): no name
    "tells", "asks", "seeks", "lauds", "praises", "stresses", "slams", "backs", "reaffirms", "assures", "invites",
    "expresses", "extends", "lands", "reaches", "departs", "concludes", "begins", "launches", "witnesses", "condoles",
    "offers", "proposes", "pledges", "emphasises", "emphasizes", "underscores", "highlights", "appreciates", "commends",
    "rejects", "warns", "briefs", "addresses", "attends", "joins", "seals", "reiterates", "hopes", "reviews", "explores",
    "mulls", "announces", "promises", "wants", "stands", "unveils", "inaugurates", "bids", "eyes",
    # rooms and parts of a building named with a capital ("the palace's Credentials Room"): a venue, no name
    "room", "rooms", "lounge", "auditorium", "ballroom", "salon", "pavilion", "courtyard", "lobby", "veranda", "terrace",
    "resort", "mansion",
    # social networks and messaging services ("Taking to Twitter, the minister said"): a medium, never a person
    "twitter", "facebook", "instagram", "youtube", "weibo", "wechat", "telegram", "tiktok", "linkedin", "whatsapp",
    # plural nouns of groups of states ("the Ministerial Meeting of Afghanistan's Neighboring Countries"): no name
    "countries", "nations", "neighbors", "neighbours", "neighboring", "neighbouring", "economies", "territories",
}
#: Capitalised words that may follow a name without making the run something else ("S Jaishankar Friday called").
TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "yesterday", "tomorrow", "last", "this", "next", "earlier", "later", "also"}

