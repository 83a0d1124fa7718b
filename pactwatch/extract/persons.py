"""Person mentions anchored on titles and ranks, and their coreference within one article.

A capitalised word sequence is a person's name when an office or rank stands right
before it ("Iranian Defense Minister Brigadier General Aziz Nasirzadeh"), when an
apposition with an office follows it ("Dmitry Pantus, Chairman of ..."), after
"<demonym> counterpart", after a state's possessive ("Russia’s Vladimir Putin"), or when
a two-to-four word name is the subject of a meeting or speech verb. Later mentions are
resolved to the same actor: by any token of a known name ("Pantus", "Phankham"), by a
title phrase ("the Iranian president" -> the one Iranian with the title President),
and, for statements and events, "he"/"she" -> the last person mentioned.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from pactwatch.extract.countries import CountryMention
from pactwatch.extract.titles import COURTESY, HEAD_NOUNS, HONORIFICS, NOT_NAME, RANKS, TIME_WORDS, TITLE_HEADS
from pactwatch.extract.tokens import Token, tokenize

PARTICLES = {"de", "da", "van", "von", "bin", "binti", "bint", "al", "le", "la", "du", "del", "der", "den", "dos", "das", "ibn", "el", "di",
             "ul", "ur", "uz", "ud"}  # South Asian "Hamood uz Zaman", "Zia ul Haq"
_OPEN_QUOTES = {'"', "“", "‘"}
_CLOSE_QUOTES = {'"', "”", "’"}
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint)[-‑][A-Z][\w’'-]+$")
_SHORT_STOP = {"in", "on", "at", "as", "by", "to", "of", "he", "we", "it", "us", "an", "or", "if", "so", "no", "mr", "ms",
               "dr", "st", "my", "me", "be", "do", "go", "up", "pm", "fm", "un", "eu", "uk"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv",
            # a monarch's regnal number ("Mohammed VI", "Felipe VI", "Carl XVI Gustaf"); not "xi" (Xi Jinping)
            "vi", "vii", "viii", "ix", "xii", "xiii", "xiv", "xv", "xvi"}
PERSON_VERBS = {
    "said", "says", "met", "meets", "told", "noted", "stressed", "emphasized", "emphasised", "added", "held",
    "signed", "visited", "visits", "received", "receives", "spoke", "speaks", "thanked", "welcomed", "discussed",
    "attended", "attends", "arrived", "reaffirmed", "praised", "commended", "expressed", "urged", "called",
    "announced", "highlighted", "underlined", "denounced", "described", "pledged", "agreed", "hosted", "paid",
    "wrote", "reiterated", "congratulated", "briefed", "invited", "accepted", "led", "headed",
    "assumed", "became", "took", "resigned", "departed", "returned", "inspected", "co-chaired", "addressed",
    "conveyed", "delivered", "hailed", "lauded", "assured", "affirmed", "confirmed", "proposed", "recalled",
    "explained", "warned", "vowed", "promised", "inaugurated", "tweeted", "posted", "remarked", "appreciated",
    "acknowledged", "sent", "arrives", "leaves", "left", "laid", "observed", "presented", "handed", "extended",
}
#: Third-person verbs a title-case headline puts after a title ("President Wraps Up ...", "PM Meets ...").
_HEADLINE_VERBS = {"wraps", "meets", "holds", "signs", "visits", "arrives", "ends", "concludes", "begins", "starts", "kicks",
                   "calls", "hosts", "receives", "says", "urges", "heads", "leaves", "lands", "departs", "makes", "pays",
                   "vows", "welcomes", "embarks", "opens", "launches", "discusses", "thanks", "hails", "praises", "lauds",
                   "invites", "seeks", "backs", "pledges", "tours", "returns", "greets", "congratulates", "phones", "inks",
                   "attends", "addresses", "unveils", "stresses", "reaffirms", "assures", "concludes", "wraps-up", "winds"}
#: Nouns after a possessive name that only a person has ("X Y's trip to Ankara", "X Y's administration").
_PERSON_NOUNS = {"trip", "visit", "visits", "arrival", "departure", "tenure", "presidency", "premiership", "remarks",
                 "speech", "invitation", "death", "funeral", "resignation", "wife", "husband", "son", "daughter",
                 "spokesman", "spokesperson", "spokeswoman", "successor", "predecessor", "administration", "inauguration",
                 "re-election", "reelection", "swearing-in", "tour"}


@dataclass
class Mention:
    start: int
    end: int
    text: str                 # the name as written (possessive removed)
    tokens: tuple[str, ...]
    titles: list[tuple[str, int, int]] = field(default_factory=list)  # (title, start, end)
    country: str | None = None
    anchored: bool = True     # found by a title/apposition/verb rule, not only as a known token
    ref: str = "name"         # "name" | "title" (the Iranian president)
    entity: int = -1


@dataclass
class Person:
    name: str
    tokens: tuple[str, ...]
    aliases: list[str]
    titles: list[tuple[str, int, int]]
    country: str | None
    mentions: list[Mention]

    @property
    def slug(self) -> str:
        return slugify(self.name)


def slugify(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


@functools.lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    """A name token for coreference: case, diacritics, a final period and inner hyphens/apostrophes dropped, so that
    "Kyeong-Doo" and "Kyeongdoo" (one romanised given name written two ways) are one token."""
    f = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower().rstrip(".")
    return _INNER_MARK.sub("", f) if len(f) > 3 else f


_INNER_MARK = re.compile(r"(?<=\w)[-'’](?=\w)")


def _one_letter_apart(a: str, b: str, shortest: int = 8) -> bool:
    """Two long name tokens that differ in one letter ("Arvelonim" / "Arvelonin"), or where one has a letter more
    ("Talabani" / "Tallabani"): a misspelling of one name."""
    if a[:1] != b[:1] or min(len(a), len(b)) < shortest:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((n for n, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _joined_keys(keys: list[str]) -> set[str]:
    """Adjacent name tokens written as one ("Amir Abdollahian" / "Amir-Abdollahian", folded "amirabdollahian")."""
    return {a + b for a, b in zip(keys, keys[1:])}


def _in_country(tok: Token, countries: list[CountryMention]) -> CountryMention | None:
    for c in countries:
        if c.start <= tok.start < c.end:
            return c
    return None


def _is_head(tok: Token) -> bool:
    """A word that names an office holder, hyphenated ones too ("Vice-Minister", "Deputy-Governor")."""
    return tok.low in HEAD_NOUNS or ("-" in tok.low and tok.low.rsplit("-", 1)[-1] in HEAD_NOUNS)


#: dotted capitals that are abbreviations of places, bodies or times, not a person's initials
_DOTTED_NOT_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "A.U.", "U.A.E.", "U.S.A.", "D.C.", "A.M.", "P.M.", "H.E.", "S.E.",
                        "N.Z.", "T.V.", "B.C.", "A.D.", "R.I.P.", "N.B.", "P.S.", "I.E.", "E.G.", "U.S", "U.K", "U.N"}


def _dotted_initials(t: str) -> bool:
    """"S.B.", "G.L.", "A.K.": two or three initials written together (not "U.S.", "U.N.")."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,3}", t)) and t not in _DOTTED_NOT_INITIALS


def _is_name_token(tok: Token, countries: list[CountryMention]) -> bool:
    t = tok.bare
    if not t[:1].isupper() or not t[:1].isalpha():
        return False
    if len(t) == 2 and t.endswith(".") or len(t) == 1:
        return True  # initial
    low = tok.low
    if low in NOT_NAME or low in TITLE_HEADS or low in SUFFIXES:
        return low in SUFFIXES
    if low in _PLURAL_HEADS:
        return False  # "Presidents A B and C D": the plural office before a list of names, not a name
    if "-" in low and all(part in TITLE_HEADS for part in low.split("-")):
        return False  # "Governor-General", "Vice-Chancellor": an office written with a hyphen
    if _in_country(tok, countries):
        return False
    if _dotted_initials(t):
        return True  # "S.B. Dissanayake", "G.L. Peiris": initials written together before a surname
    if t.isupper() and len(t) <= 4:
        return False  # acronyms: SCO, NATO, MOU
    return True


def _split_titles(phrase_toks: list[Token], text: str) -> list[tuple[str, int, int]]:
    """Split a title phrase into ranks and offices, as written, with offsets."""
    toks = [t for t in phrase_toks]
    while toks and (toks[0].low in COURTESY or toks[0].low in ("his", "her", "the", "former", "visiting")):
        toks = toks[1:]
    if not toks:
        return []
    out: list[tuple[int, int]] = []  # token index ranges
    i = 0
    cur_start = None
    lows = [t.text.lower() for t in toks]
    while i < len(toks):
        rank = None
        for r in sorted(RANKS, key=lambda r: -len(r.split())):
            n = len(r.split())
            if " ".join(lows[i:i + n]) == r:
                rank = n
                break
        if rank:
            if cur_start is not None:
                out.append((cur_start, i))
                cur_start = None
            out.append((i, i + rank))
            i += rank
            continue
        if toks[i].low == "and" and cur_start is not None and i + 1 < len(toks) and toks[i + 1].low in HEAD_NOUNS | {"deputy", "prime", "vice", "first"}:
            out.append((cur_start, i))
            cur_start = None
            i += 1
            continue
        if cur_start is None:
            cur_start = i
        i += 1
    if cur_start is not None:
        out.append((cur_start, len(toks)))
    titles = []
    for a, b in out:
        seg = toks[a:b]
        while seg and seg[-1].low in ("of", "the", "and", "for", ","):
            seg = seg[:-1]
        if not seg or all(t.low in COURTESY for t in seg):
            continue
        if not any(t.low in HEAD_NOUNS or t.low in ("minister", "president") for t in seg):
            continue
        if seg[0].low in ("mr", "mrs", "ms"):
            continue
        s, e = seg[0].start, seg[-1].end
        titles.append((text[s:e], s, e))
    return titles


_STATE_PREPS = {"in", "to", "of", "from", "and", "with", "between", "visit", "visited", "visiting", "for", "at", "by",
                "toward", "towards", "across", "into", "against", "both", "&"}


def _states_used(text: str, countries: list[CountryMention]) -> set[str]:
    """States the article names as states: by demonym, possessive, after a preposition or in a pair ("India and X")."""
    used = set()
    for c in countries:
        if c.kind == "demonym" or c.text.endswith(("’s", "'s", "s’", "s'")) or " " in c.text:
            used.add(c.iso3)
            continue
        before = text[max(0, c.start - 12):c.start].split()
        after = text[c.end:c.end + 6]
        if before and before[-1].lower().strip("(,") in _STATE_PREPS or after[:1] in ("-", "–") or before and before[-1].endswith(("-", "–")):
            used.add(c.iso3)
    return used


def _name_like_countries(toks: list[Token], cms: list[CountryMention], used: set[str]) -> set[int]:
    """Start offsets of country words that are part of a person's name here.

    "Minister Israel Katz" (office, country word, name), "the foreign ministers, Santiago Cafiero and ..." (a capital
    or state name before a surname, the state named nowhere else as a state), "Prime Minister Luis Montenegro at" (a
    state name after one given name after an office, the state named nowhere else as a state).
    """
    out: set[int] = set()
    if not cms:
        return out
    for n, t in enumerate(toks):
        c = _in_country(t, cms)
        if c is None or c.start != t.start or c.end > t.end or c.kind not in ("name", "capital") or not t.cap or t.text.isupper():
            continue
        prev = toks[n - 1] if n else None
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        nxt_name = nxt is not None and _is_name_token(nxt, cms) and not t.possessive
        after_head = prev is not None and prev.cap and _is_head(prev) and not prev.possessive
        nxt2 = toks[n + 2] if n + 2 < len(toks) else None
        if after_head and nxt_name and c.kind == "name" and t.low not in _GIVEN_NAME_STATES and nxt2 is not None and \
                _is_name_token(nxt2, cms) and not nxt.possessive and not (n + 3 < len(toks) and _is_name_token(toks[n + 3], cms)):
            continue  # "Foreign Minister Thailand Don Pramudwinai": the office's state before a two-word name, not a given name
        if after_head and nxt_name:
            out.add(t.start)
        elif c.kind == "capital" and nxt_name and not nxt.possessive and nxt2 is not None and \
                (_is_name_token(nxt2, cms) or nxt2.low == "of" and n + 3 < len(toks) and _in_country(toks[n + 3], cms)) and \
                (prev is None or prev.text in (",", "and", ":", "(") or prev.low in _PLURAL_HEADS):
            out.add(t.start)  # "... and Santiago Pena Palacios of Paraguay": a capital as a given name before two names
        elif c.iso3 in used:
            continue
        elif after_head and not (nxt is not None and (_in_country(nxt, cms) or nxt.low in TITLE_HEADS and nxt.cap)):
            out.add(t.start)  # "Prime Minister Montenegro took part": the surname alone
        elif nxt_name and (prev is None or prev.text in (",", "and", ":", "(") or after_head or prev.low in HONORIFICS):
            out.add(t.start)
        elif n >= 2 and prev is not None and _is_name_token(prev, cms) and not prev.possessive and toks[n - 2].cap and \
                _is_head(toks[n - 2]) and not (nxt is not None and (_is_name_token(nxt, cms) or _in_country(nxt, cms))):
            out.add(t.start)
    return out


_ABBR_SURNAMES = {"sen", "gen"}
# state names that are also given names or surnames ("Minister Israel Katz", "Prime Minister Luis Montenegro")
_GIVEN_NAME_STATES = {"israel", "jordan", "chad", "georgia", "india", "kenya", "montenegro", "lebanon", "guinea", "china", "peru",
                      "sudan", "chile", "cuba", "mali", "niger", "oman", "iran", "laos", "togo", "fiji", "samoa", "tonga", "malta"}
#: Lower-case nouns after a capitalised run that make it a place ("Khon Kaen province", "the Arvel region").
_PLACE_NOUNS = {"province", "provinces", "region", "regions", "district", "districts", "county", "prefecture", "governorate",
                "oblast", "municipality", "city", "town", "village", "valley", "island", "islands", "peninsula", "port",
                "airport", "border", "crossing", "river", "lake", "mountains", "desert", "state's", "province's"}


def _known_city(name: str) -> bool:
    """The whole run is a city of the gazetteer ("Khon Kaen"): a place, unless a title names it a person."""
    from pactwatch.extract.places import city_table

    return " ".join(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower().split()) in city_table()


def find_mentions(text: str, sentences: list[tuple[int, int]], countries: list[CountryMention]) -> list[Mention]:
    """Anchored person-name mentions in every sentence."""
    out: list[Mention] = []
    used = _states_used(text, countries)
    for s, e in sentences:
        toks = tokenize(text, s, e)
        cms = [c for c in countries if s <= c.start < e]
        glued = _name_like_countries(toks, cms, used)
        if glued:
            cms = [c for c in cms if c.start not in glued]
        last_anchored = -9
        i = 0
        while i < len(toks):
            if toks[i].text == "Sultan" and i + 2 < len(toks) and toks[i + 1].text in ("bin", "ibn") and _is_name_token(toks[i + 2], cms):
                pass  # "HE Sultan bin Saad Al ...": the given name Sultan, not the office
            elif not _is_name_token(toks[i], cms) or (len(toks[i].bare) <= 2 and toks[i].bare.endswith(".") or _dotted_initials(toks[i].bare)) \
                    and not (i + 1 < len(toks) and _is_name_token(toks[i + 1], cms)):
                i += 1
                continue
            j = i + 1
            while j < len(toks) and j - i < 8:
                if _is_name_token(toks[j], cms) and not toks[j - 1].possessive:
                    j += 1
                elif toks[j].low in HONORIFICS and toks[j].low not in ("haji", "hajah") and j + 1 < len(toks) and \
                        (_is_name_token(toks[j + 1], cms) or toks[j + 1].low in HONORIFICS):
                    j += 1  # "Tengku Datuk Seri Zafrul ...": the honorific is skipped, the name goes on
                elif toks[j].text in PARTICLES and j + 1 < len(toks) and _is_name_token(toks[j + 1], cms):
                    j += 2
                elif _JOINED_PARTICLE.match(toks[j].bare) and not toks[j - 1].possessive:
                    j += 1  # "Omar al-Bashir", "Ahmed el-Tayeb": a lower-case article joined to the surname
                elif toks[j].low in _ABBR_SURNAMES and toks[j].bare[1:].islower() and not toks[j].bare.endswith(".") and \
                        not toks[j - 1].possessive and (j + 1 >= len(toks) or not _is_name_token(toks[j + 1], cms)):
                    j += 1  # "Hun Sen": a surname spelt like a title's abbreviation ("Sen." for Senator), at the end of a name
                elif toks[j].text in _OPEN_QUOTES and j + 3 < len(toks) and toks[j + 2].text in _CLOSE_QUOTES and \
                        toks[j + 1].bare[:1].isupper() and toks[j + 1].bare.isalpha() and not toks[j - 1].possessive and \
                        _is_name_token(toks[j + 1], cms) and _is_name_token(toks[j + 3], cms):
                    j += 3  # 'Joko "Jokowi" Widodo': a nickname in quotes inside the name; the name goes on after it
                elif toks[j].bare == "May" and not toks[j - 1].possessive and toks[j - 1].bare[:1].isupper() and \
                        toks[j - 1].low not in TIME_WORDS and (j + 1 >= len(toks) or not (toks[j + 1].text[:1].isdigit() or toks[j + 1].cap)):
                    j += 1  # "Theresa May": the month spelt as a surname after a given name, when no day or year follows
                    break
                elif toks[j].text in ("bin", "binti", "bint") and j + 2 < len(toks) and toks[j + 1].low in ("haji", "hajah") and _is_name_token(toks[j + 2], cms):
                    j += 3  # "Mohamad bin Haji Hasan"
                else:
                    break
            after_anchored = i >= 2 and toks[i - 1].low == "and" and (last_anchored == i - 1 or last_anchored == i - 2 and toks[i - 2].text == ",")
            m = _judge(text, toks, i, j, cms, after_anchored)
            if m:
                out.append(m)
                if m.anchored:
                    last_anchored = j
            i = j
    return out


def _paren_open(toks: list[Token], k: int) -> int | None:
    """Index of the "(" that the ")" at ``k`` closes, when the group is short ("(R)", "(West)", "(Defence Minister)")."""
    for q in range(k - 1, max(-1, k - 6), -1):
        if toks[q].text == "(":
            return q
        if toks[q].text in (")", ",", ";", ".", ":"):
            return None
    return None


def _acronym_in_title(toks: list[Token], k: int, i: int) -> bool:
    """"OSCE SMM Principal Deputy Chief Monitor A B", "NATO Secretary General A B": an organisation's acronym inside
    a title (not right before the name)."""
    t = toks[k]
    return 2 <= len(t.bare) <= 6 and t.bare.isalpha() and t.bare.isupper() and k + 1 < i and \
        (toks[k + 1].low in TITLE_HEADS and toks[k + 1].cap or _acronym_in_title(toks, k + 1, i))


def _is_honorific(tok: Token) -> bool:
    """A word of address that only goes before a person's name ("Seri", "Utama" also name places: "Seri Perdana")."""
    return tok.low in HONORIFICS and tok.low not in ("seri", "utama") or tok.text in ("HE", "H.E", "H.E.")


#: the head noun of a body, never a name: "head of the Presidential Administration of X", "chief of the Cabinet Office"
_INSTITUTION_NOUNS = {"administration", "office", "secretariat", "ministry", "chancellery", "chancellory", "directorate",
                      "department", "bureau", "agency", "commission", "committee", "council", "cabinet", "presidency",
                      "parliament", "assembly", "government", "service", "services", "staff", "apparatus"}


def _judge(text: str, toks: list[Token], i: int, j: int, cms: list[CountryMention], after_anchored: bool = False) -> Mention | None:
    run = toks[i:j]
    if j - i == 1 and run[0].low in _INSTITUTION_NOUNS:
        return None
    # left context: title words and country mentions, contiguous; a short parenthesis ("Secretary (West)",
    # "Lieutenant General (R)") inside or after the title is skipped
    k = i - 1
    if k >= 0 and toks[k].text == ")":
        q = _paren_open(toks, k)
        if q is not None and q >= 1 and (toks[q - 1].low in TITLE_HEADS or toks[q - 1].text == ","):
            k = q - 1
    if k >= 2 and toks[k].low.rstrip(".") in ("mr", "mrs", "ms", "dr") and toks[k - 1].text == ",":
        k -= 1  # "the Minister of Foreign Affairs of Mongolia, Mr. A B": a courtesy title after the office's comma
    hon_from = None
    if k >= 3 and (_is_honorific(toks[k]) or toks[k].low in ("excellency", "majesty", "highness")):
        q = k
        while q >= 1 and (_is_honorific(toks[q]) or toks[q].low in ("his", "her", "excellency", "majesty", "highness", "dr", "mr", "mrs", "ms")):
            q -= 1
        if toks[q].text == "," and q >= 2:
            hon_from, k_hon = toks[q + 1].start, k
            k = q  # "the President of Ghana, His Excellency A B": the office before the comma, the honorific after it
    if k >= 1 and toks[k].text == ",":
        p = k - 1
        if toks[p].text == ")":
            q = _paren_open(toks, p)
            p = q - 1 if q is not None and q >= 1 else p  # "Brigadier (Ret'd), Mark Phillips"
        comma_head = toks[p].low in HEAD_NOUNS and (toks[p].cap or p == 0 or toks[p - 1].text in (";", ",", ":") or
                                                     toks[p - 1].cap and toks[p - 1].low in TITLE_HEADS)
        if not comma_head and toks[p].low in HEAD_NOUNS and not toks[p].cap and p >= 1:
            # "Iran's first vice president, Mohammad Mokhber", "Brazil's president, Luiz ...": a lower-case office
            # right after a state's possessive or demonym, set off by a comma
            q = p - 1
            while q > 0 and not toks[q].cap and toks[q].low in TITLE_HEADS and toks[q].low not in ("the", "of", "and", "to", "on", "for"):
                q -= 1
            c = _in_country(toks[q], cms)
            comma_head = c is not None and toks[q].cap and (toks[q].possessive or c.kind == "demonym")
            if not comma_head and j - i >= 2 and (toks[q].low == "the" and (q == 0 or toks[q - 1].low not in ("of", "for", "to")) or
                                                  q == p - 1 and 2 <= len(toks[q].bare) <= 8 and toks[q].bare.isalpha() and toks[q].bare.isupper()):
                # "the external affairs minister, A B", "CARICOM ambassador, A B": a lower-case office after "the" (or
                # an organisation's acronym), set off by a comma, before a name of two words or more
                comma_head = True
    else:
        comma_head = False
    if comma_head:
        k = p  # "Equatorial Guinean President, Obiang Nguema": a title set off by a comma
    elif k >= 2 and toks[k].text == ",":
        # "the Prime Minister of the Netherlands, Mark Rutte", "the Angolan Minister for Foreign Relations, Manuel
        # Augusto", "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Bourita", "the
        # Secretary-General of Japan's ruling Liberal Democratic Party (LDP), Toshimitsu Motegi", "minister of foreign
        # affairs and international cooperation, Hugh Todd": an office with its complement, set off by a comma
        q = k - 1
        last = k - 1
        if toks[last].text == ")":
            o = _paren_open(toks, last)
            last = o - 1 if o is not None and o >= 1 else last
        while q >= 0 and k - q <= 16 and not _is_head(toks[q]):
            t = toks[q]
            if t.text == ")":
                o = _paren_open(toks, q)
                if o is None:
                    break
                q = o - 1
                continue
            if t.cap or t.low in ("of", "for", "the", "and", "&", "on", "in") or t.low in TITLE_HEADS or t.text in (",", "-", "–") \
                    or _in_country(t, cms):
                q -= 1
                continue
            break
        # "the president of Equatorial Guinea, A B": a lower-case office whose complement is a state alone
        q0 = q - 1
        while q0 >= 1 and q - q0 <= 2 and not toks[q0].cap and toks[q0].low in TITLE_HEADS and toks[q0].low not in ("the", "of", "and", "for"):
            q0 -= 1  # "the prime minister of X, A B": lower-case words of the office before its head
        state_only = q0 >= 0 and toks[q0].low == "the" and (q0 < 1 or toks[q0 - 1].low not in ("of", "for")) and q + 2 <= last and toks[q + 1].low == "of" and \
            all(_in_country(t, cms) or t.low == "the" for t in toks[q + 2:last + 1]) and _in_country(toks[last], cms) is not None
        # "from the minister of Foreign Affairs, A B": a lower-case office after "the" whose portfolio is capitalised
        cap_portfolio = q >= 1 and toks[q - 1].low == "the" and q + 2 <= last and toks[q + 1].low in ("of", "for") and \
            all(t.cap or t.low in ("and", "the", "of") for t in toks[q + 2:last + 1]) and toks[q + 2].cap and \
            not _in_country(toks[q + 2], cms) and (q < 2 or toks[q - 2].low not in ("of", "for", "at", "to", "in"))
        if q >= 0 and k - q >= 3 and _is_head(toks[q]) and (toks[q].cap or q == 0 or toks[q - 1].text in (";", ",", ":", "/") or state_only or cap_portfolio) \
                and (toks[last].cap or toks[last].low in TITLE_HEADS) and toks[last].low not in HEAD_NOUNS \
                and j - i >= 2 and toks[q + 1].low in ("of", "for") \
                and (q == 0 or toks[q - 1].low in TITLE_HEADS or _in_country(toks[q - 1], cms) or toks[q - 1].text in (";", ",", ":", "/")
                     or toks[q].cap and not toks[q - 1].cap and toks[q - 1].text.isalpha()):  # "met Secretary of ..., A B"
            k = q - 1
            while k >= 0 and (toks[k].low in TITLE_HEADS or _in_country(toks[k], cms)) and toks[k].low != "and":
                k -= 1
            k = max(k, -1)
    if hon_from is not None and k >= 0 and toks[k].text == "," and toks[k].start < hon_from and not comma_head:
        k, hon_from = k_hon, None  # no office before the comma: the honorific alone anchors the name, as before
    while k >= 0 and (toks[k].low in TITLE_HEADS or _in_country(toks[k], cms) or toks[k].text in ("-", "–", "'", "’", "‘", "HE")
                      or _acronym_in_title(toks, k, i) or j - i >= 2 and _portfolio_comma(toks, k, i)) and toks[k].low not in ("and",) \
            or (k >= 0 and toks[k].low == "and" and k - 1 >= 0 and toks[k - 1].low in TITLE_HEADS and k + 1 < i and toks[k + 1].low in TITLE_HEADS) \
            or (k >= 2 and toks[k].text == ")" and (_paren_open(toks, k) or 0) >= 1 and toks[_paren_open(toks, k) - 1].low in TITLE_HEADS) \
            or (k >= 2 and toks[k].low == "in" and _is_head(toks[k - 1]) and toks[k - 1].cap and k + 1 < i and _in_country(toks[k + 1], cms)):
        # "the Australian High Commissioner in Sri Lanka A B": the state an envoy serves in, inside the title
        k = _paren_open(toks, k) - 1 if toks[k].text == ")" else k - 1
    left = [t for t in toks[k + 1:i] if t.text not in (",", "‘") and (hon_from is None or t.start < hon_from)]
    while left and left[0].low in ("the", "of", "and", "for", "to", "on"):
        left = left[1:]
    counterpart = False
    country = None
    if k >= 1 and toks[k].text == "," and toks[k - 1].low == "counterpart":
        counterpart = True
        c = _in_country(toks[k - 2], cms) if k >= 2 else None
        country = c.iso3 if c else None
    elif k >= 3 and toks[k].text == "," and _in_country(toks[k - 1], cms) and j - i >= 2:
        # "his counterpart from India, A B", "her counterpart of the Philippines, A B"
        q = k - 2
        while q >= 1 and _in_country(toks[q], cms) is _in_country(toks[k - 1], cms):
            q -= 1  # "from South Korea, A B": the state's other words
        if toks[q].low == "the":
            q -= 1
        if q >= 1 and toks[q].low in ("from", "of", "in") and toks[q - 1].low in ("counterpart", "counterparts"):
            counterpart = True
            country = _in_country(toks[k - 1], cms).iso3
        elif q >= 4 and (toks[q].low == "and" or toks[q].text == ","):
            # "her counterparts from Turkey, A B, and Japan, C D": a later item of the list after "counterparts from"
            r = next((r for r in range(q - 1, max(0, q - 16), -1) if toks[r].low == "counterparts"), None)
            if r is not None and toks[r + 1].low in ("from", "of", "in") and \
                    not any(t.text in (";", ":") or t.low in PERSON_VERBS for t in toks[r + 1:q]):
                counterpart = True
                country = _in_country(toks[k - 1], cms).iso3
    has_head = any(_is_head(t) for t in left) or counterpart or (left and left[-1].low == "counterpart") or \
        (left and _is_honorific(left[-1])) or \
        any(t.low == "samdech" for t in left)  # "Shri A B", "His Excellency A B", "HE A B", "Samdech Techo A B": honorifics name a person
    if i > 0 and (toks[i - 1].low in ("the", "a", "an", "of", "for", "and", "to", "on") or toks[i - 1].text == "under") and not counterpart:
        has_head = False  # "Adviser for the Expatriates'", "... House under Green Drive": a title never ends in a function word
    if has_head and not counterpart and left and left[-1].possessive and _is_head(left[-1]) and toks[i - 1] is left[-1]:
        has_head = False  # "in the Emir's Bentley", "the President's Airbus": something the office holder owns
    for t in left:
        c = _in_country(t, cms)
        if c and country is None:
            country = c.iso3
    if country is None and left and k >= 3 and toks[k].text == "," and toks[k - 2].low == "of" and _is_head(toks[k - 3]) and \
            toks[k - 3].cap and _in_country(toks[k - 1], cms) and any(_is_head(t) for t in left):
        country = _in_country(toks[k - 1], cms).iso3  # "the Sultan of Brunei, Sultan A B": the office's state before the comma
    if left and left[-1].low == "counterpart" and country is None:
        c = _in_country(left[-2], cms) if len(left) >= 2 else None
        country = c.iso3 if c else None
    while len(run) > 1 and run[-1].low in HONORIFICS:
        run = run[:-1]
    if len(run) > 2 and run[0].bare.upper() in ("H.", "S.") and run[1].bare.upper() in ("E.", "E"):
        run = run[2:]  # "H. E. Obiang Nguema", "H.E Soaki", "S. E." (Su Excelencia): His Excellency, not initials
    names = [t.bare.rstrip(",") for q, t in enumerate(run) if (t.low not in HONORIFICS or t.low in ("haji", "hajah") and t is not run[0])
             and t.text not in _QUOTES and not (0 < q < len(run) - 1 and run[q - 1].text in _OPEN_QUOTES and run[q + 1].text in _CLOSE_QUOTES)]
    start, end = run[0].start, run[-1].start + len(run[-1].bare)
    # apposition: "Dmitry Pantus, Chairman of Belarus’s ..."
    apposition: list[tuple[str, int, int]] = []
    if j < len(toks) and toks[j].text == ",":
        seg = []
        for t in toks[j + 1:j + 12]:
            if t.text in (",", ";", "(", ")") or (t.low in ("who", "which") and seg):
                break
            seg.append(t)
        if seg and seg[0].text in ("The", "A", "An") and i > 0:
            seg = []  # "New York, The Minister of ...": a dateline before a new clause, not an apposition
        if i >= 2 and toks[i - 1].low in ("to", "on", "via", "in", "with") and toks[i - 2].low.endswith("ing") and \
                any(t.low in PERSON_VERBS and not t.cap for t in seg[:6]):
            seg = []  # "Speaking to Al Jazeera, the foreign minister said ...": an opening phrase, then the subject
        while seg and seg[0].low in ("the", "a", "an"):
            seg = seg[1:]
        head_part = []
        for t in seg:
            if t.low in ("of", "at", "for", "in"):
                break
            head_part.append(t)
        if any(_is_name_token(t, cms) and not _is_head(t) for t in head_part):
            seg = []  # ", Parliament Speaker Ali Larijani and ...": a list of people, not an apposition
        if seg and seg[0].possessive and _is_head(seg[0]) and len(seg) > 1 and not _is_head(seg[1]):
            seg = []  # ", the emir's office", ", the President's residence": a place the office holder owns
        n_c = 0
        while n_c < len(seg) - 1 and _in_country(seg[n_c], cms):
            n_c += 1  # "Kim Yong-nam, North Korea's parliamentary chief": the state before the office
        if seg and (_is_head(seg[0]) or (len(seg) > 1 and _is_head(seg[1])) or
                    (n_c and seg[n_c].low in TITLE_HEADS and any(t.low in HEAD_NOUNS for t in seg[n_c:n_c + 3]))):
            head_end = 0
            for n, t in enumerate(seg):
                if t.low in ("of", "at", "for", "in"):
                    break
                head_end = n + 1
            title_toks = [t for t in seg[:head_end] if not _in_country(t, cms)]
            if title_toks:
                apposition.append((text[title_toks[0].start:title_toks[-1].end], title_toks[0].start, title_toks[-1].end))
            for t in seg:
                c = _in_country(t, cms)
                if c and country is None:
                    country = c.iso3
                    break
    # "A B as the non-resident High Commissioner of X": an office the sentence gives the name with "as"
    n0 = j + 1 if j < len(toks) and toks[j].text == "," else j
    if not apposition and n0 + 2 < len(toks) and toks[n0].low == "as" and len(run) >= 2:
        n0 += 2 if toks[n0 + 1].low in ("the", "a", "an") else 1
        seg = []
        for t in toks[n0:n0 + 8]:
            if t.text in (",", ";", "(", ")", ".") or t.low in ("of", "to", "in", "for", "at"):
                break
            seg.append(t)
        if seg and _is_head(seg[-1]) and seg[-1].cap:
            apposition.append((text[seg[0].start:seg[-1].end], seg[0].start, seg[-1].end))
            n = n0 + len(seg)
            if n + 1 < len(toks) and toks[n].low == "of" and country is None:
                c = _in_country(toks[n + 1] if toks[n + 1].low != "the" or n + 2 >= len(toks) else toks[n + 2], cms)
                country = c.iso3 if c else None
    # "João Lourenço (Angola) and A B (Egypt)": the state in brackets right after the name
    if country is None and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and \
            _in_country(toks[j + 1], cms) is not None and _in_country(toks[j + 1], cms).kind == "name":
        country = _in_country(toks[j + 1], cms).iso3
    # "Donald J. Trump of the United States"
    if j + 1 < len(toks) and toks[j].low == "of":
        nxt = toks[j + 1] if toks[j + 1].low != "the" else (toks[j + 2] if j + 2 < len(toks) else None)
        c = _in_country(nxt, cms) if nxt else None
        if c and country is None:
            country = c.iso3
    prev = toks[i - 1] if i > 0 else None
    possessive_country = prev is not None and prev.possessive and _in_country(prev, cms) is not None
    if possessive_country and country is None:
        country = _in_country(prev, cms).iso3
    after_prep = prev is not None and prev.low in ("in", "at", "to", "from", "near", "of", "the", "visit", "visited")
    verb_next = j < len(toks) and (toks[j].low in PERSON_VERBS or _contact_phrase(toks, j))
    nxt_tok = toks[j] if j < len(toks) else None
    if _named_after(toks, j):
        # "at the Heydar Aliyev International Airport", "the Kwame Nkrumah Memorial Park": a place named after a person,
        # no mention of that person (nor of a namesake the article names)
        return Mention(start, end, text[start:end], tuple(names), [], None, anchored=False, ref="place")
    if nxt_tok is not None and nxt_tok.cap and nxt_tok.low in NOT_NAME and nxt_tok.low not in TITLE_HEADS | TIME_WORDS | {"and", "the"} \
            and not (nxt_tok.low in _HEADLINE_VERBS and has_head and left and j + 1 < len(toks) and toks[j + 1].cap):
        # ("President Buhari Hosts President X Of Turkey": a title-case headline's verb after a titled name ends it)
        return Mention(start, end, text[start:end], tuple(names), [], None, anchored=False)  # "Standards Organization"
    if all(t.bare.isupper() for t in run) and any(len(t.bare) >= 3 for t in run):
        return Mention(start, end, text[start:end], tuple(names), [], None, anchored=False)  # "KING RODRIGUEZ/PHOTO": a credit
    # "X Y Afghanistan's Acting Foreign Minister": an office after the name, with its state, without a comma
    post = _postposed_title(toks, j, cms) if len(run) >= 2 and not apposition else None
    if post is not None:
        apposition.append(post[0])
        country = country or post[1]
    if not counterpart and not (has_head and left) and (
            prev is not None and prev.low == "the" or
            nxt_tok is not None and not nxt_tok.cap and nxt_tok.low in _PLACE_NOUNS or
            len(run) >= 2 and _known_city(" ".join(names))):
        # "at the Amiri Diwan, the emir's office" (a name never follows a bare "the"), "Thailand's Nong Khai province",
        # "Russia's Kazan Arvel" when the whole run is a city of the gazetteer: a place, not a person
        return Mention(start, end, text[start:end], tuple(names), [], None, anchored=False)
    anchored = bool(has_head and (left or counterpart)) or bool(apposition) or (possessive_country and len(run) >= 2) or \
        (len(run) >= 2 and verb_next and not after_prep)
    if not anchored and 2 <= len(run) <= 5 and run[-1].possessive and nxt_tok is not None and nxt_tok.low in _PERSON_NOUNS \
            and not nxt_tok.cap and not after_prep:
        anchored = True  # "since Ali Akbar Hashemi Rafsanjani's trip to Ankara": a possessive only a person has
    if not anchored and len(run) <= 4 and _spouse_before(toks, i, len(run)):
        anchored = True  # "the President and his wife, Ana Dias", "received by X and his wife Janja": a spouse named
    if not anchored and 2 <= len(run) <= 4 and i >= 2 and toks[i - 1].low == "with" and \
            toks[i - 2].low in ("conversation", "conversations", "call", "calls", "talks") and not _known_city(" ".join(names)):
        anchored = True  # "had two phone conversations with A B": an untitled counterpart of a call or talks
    if not anchored and after_anchored and 2 <= len(run) <= 4:
        anchored = True  # "with President A B and C D": a name joined to a titled one
    if not anchored and len(run) >= 2 and prev is not None and prev.text in (",", ":") or not anchored and len(run) >= 2 and prev is not None and prev.low == "and":
        anchored = _in_plural_title_list(toks, i, cms) or prev.text == "," and i >= 3 and toks[i - 3].low == "of" and \
            _in_country(toks[i - 2], cms) is not None and _in_plural_title_list(toks, i, cms, 24)
        if anchored and country is None and prev.text == "," and i >= 3 and toks[i - 3].low == "of" and _in_country(toks[i - 2], cms) is not None \
                and _in_country(toks[i - 2], cms).kind == "name":
            country = _in_country(toks[i - 2], cms).iso3  # "the ministers of Energy of Angola, A B, and of ... of Egypt, C D"
    if not anchored and 2 <= len(run) <= 5 and prev is not None and not prev.possessive and _in_country(prev, cms) is not None \
            and _in_country(prev, cms).kind == "name":
        # "the Foreign Ministers of Belarus - A B, the Islamic Republic of Iran C D, the Russian Federation E F": a later
        # item of a plural office's list, its state written right before the name
        q = i - 1
        c0 = _in_country(prev, cms)
        while q > 0 and (_in_country(toks[q - 1], cms) is c0 or toks[q - 1].cap and toks[q - 1].low in ("republic", "kingdom", "federation", "state", "of", "islamic")
                         or toks[q - 1].low in ("of", "the")):
            q -= 1
        if q >= 2 and toks[q - 1].text in (",", "and") and _in_plural_title_list(toks, q, cms, 28) or \
                i >= 4 and toks[i - 2].low == "of" and any(t.low == "and" for t in toks[max(0, i - 7):i - 2]) and _in_plural_title_list(toks, i, cms, 28):
            # "the Ministers of the Interior of Angola A B and of Foreign Affairs of Egypt C D": "and of <portfolio> of <state>"
            anchored = True
            country = country or c0.iso3
    if not anchored and 2 <= len(run) <= 5 and i >= 3 and toks[i - 2].low == "the" and toks[i - 3].text in (",", "and") \
            and prev is not None and not prev.possessive and (_in_country(prev, cms) or _Dummy).kind == "demonym" \
            and _in_plural_title_list(toks, i - 2, cms):
        # "the heads of Health of both countries, the Cuban A B and the Mexican C D": a plural office's list whose
        # names each stand after "the" and their state's demonym
        anchored = True
        country = country or _in_country(prev, cms).iso3
    if not anchored and 2 <= len(run) <= 4 and _HIS_COUNTERPART_AFTER.match(text, end) and not _known_city(" ".join(names)):
        anchored = True  # "the official reception of A B to his Mexican counterpart": one whose counterpart is named
    plural_title = None
    if not anchored and 2 <= len(run) <= 5 and prev is not None and prev.cap and prev.low in _PLURAL_HEADS and not prev.possessive:
        # "Presidents A B of X and C D of Y", "Parliament Members A B, C D and E F": a capitalised plural office right
        # before a list of names gives each its singular office
        anchored = True
        q = i - 1
        while q > 0 and toks[q - 1].cap and toks[q - 1].low in TITLE_HEADS and toks[q - 1].low not in HEAD_NOUNS | {"the", "and", "of"} \
                and not _in_country(toks[q - 1], cms):
            q -= 1
        sing = _singular(prev.text)
        plural_title = (text[toks[q].start:prev.start] + sing, toks[q].start, prev.start + len(sing))
    if not anchored and 2 <= len(run) <= 4 and not after_prep and _coordinated_subject(toks, j, cms):
        anchored = True  # "Narendra Modi and US President Donald Trump held ...": an untitled name coordinated with a subject
    if not anchored:
        return Mention(start, end, text[start:end], tuple(names), [], None, anchored=False)
    titles = _split_titles([t for t in left if not _in_country(t, cms)], text) if has_head else []
    titles = [_strip_country_tail(t, text, cms) for t in titles]
    titles = [(t[0][:-3], t[1], t[2] - 3) if t[0].endswith(" in") else t for t in titles]  # "High Commissioner in [Sri Lanka]"
    if plural_title is not None:
        titles = [plural_title]
    return Mention(start, end, text[start:end], tuple(names), titles + apposition, country)


#: head nouns of places and buildings that may carry a person's name before them
_FACILITIES = {"airport", "centre", "center", "street", "avenue", "road", "boulevard", "stadium", "university", "hall",
               "square", "bridge", "mosque", "library", "foundation", "institute", "school", "hospital", "museum", "palace",
               "port", "station", "highway", "expressway", "complex", "arena", "college", "academy", "mausoleum",
               "residence", "building", "tower", "plaza", "terminal", "park", "dam", "canal", "auditorium", "room"}
_FACILITY_MODIFIERS = {"international", "national", "memorial", "state", "presidential", "convention", "conference",
                       "cultural", "sports", "peace"}


def _named_after(toks: list[Token], j: int) -> bool:
    """The capitalised run ending before ``j`` names a place or building: "X Y International Airport", "X Y Centre"."""
    n = j
    while n < len(toks) and n - j < 2 and toks[n].cap and toks[n].low in _FACILITY_MODIFIERS:
        n += 1
    return n < len(toks) and toks[n].cap and toks[n].low in _FACILITIES


def _portfolio_comma(toks: list[Token], k: int, i: int) -> bool:
    """A comma inside a list of portfolios ("Minister of Research, Innovation and Digital Transformation A B"): between
    capitalised office words, before the name."""
    return toks[k].text == "," and 1 <= k < i - 1 and toks[k - 1].cap and toks[k - 1].low in TITLE_HEADS and \
        toks[k + 1].cap and toks[k + 1].low in TITLE_HEADS and toks[k - 1].low not in HEAD_NOUNS


_SPOUSE = {"wife", "husband", "spouse"}


def _spouse_before(toks: list[Token], i: int, n: int) -> bool:
    """"his wife, A", "her husband A B": the name of an official's spouse (a one-word name only in an apposition)."""
    k = i - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    elif n < 2:
        return False
    return k >= 1 and toks[k].low in _SPOUSE and not toks[k].cap and toks[k - 1].low in ("his", "her", "their")


_CONTACT_VERBS = {"had", "has", "have", "held", "holds", "hold"}
_CONTACT_NOUNS = {"conversation", "conversations", "call", "calls", "talks", "meeting", "meetings", "telephone", "phone",
                  "telephonic", "video", "discussion", "discussions", "exchange"}
PERSON_VERBS |= {"phoned", "telephoned", "talked", "conferred", "dialled", "dialed", "chaired", "witnessed", "inked"}


def _contact_phrase(toks: list[Token], j: int) -> bool:
    """"Vladimir Putin had a telephone conversation", "... held talks": a verb of contact after the name."""
    if j >= len(toks) or toks[j].low not in _CONTACT_VERBS:
        return False
    return any(t.low in _CONTACT_NOUNS for t in toks[j + 1:j + 5])


def _coordinated_subject(toks: list[Token], j: int, cms: list[CountryMention]) -> bool:
    """The run is followed by "and" and another (titled or named) person who is the subject of a verb."""
    if j >= len(toks) or toks[j].low != "and":
        return False
    k = j + 1
    seen_name = False
    while k < len(toks) and k - j < 12:
        t = toks[k]
        if _is_name_token(t, cms) or t.low in TITLE_HEADS or _in_country(t, cms) or t.text in PARTICLES or t.text in (".",):
            seen_name = seen_name or _is_name_token(t, cms)
            k += 1
            continue
        break
    if not seen_name or k >= len(toks):
        return False
    if toks[k].low in ("also", "jointly", "today", "on") and k + 1 < len(toks):
        k += 1
    return toks[k].low in PERSON_VERBS or _contact_phrase(toks, k)


_PLURAL_HEADS = {"presidents", "statesmen", "ministers", "leaders", "premiers", "counterparts", "heads", "chiefs", "envoys",
                 "ambassadors", "secretaries", "kings", "monarchs", "chancellors", "speakers", "commanders", "members",
                 "senators", "deputies", "governors", "advisers", "advisors", "mayors"}


_HIS_COUNTERPART_AFTER = re.compile(r"\s+(?:to|and|with|received|receives|met|meets|welcomed|welcomes|hosted|hosts|greeted|thanked|"
                                    r"called|phoned|invited)\s+(?:his|her)\s+(?:[A-Z][\w’'-]+\s+)?counterparts?\b")


class _Dummy:
    kind = None


def _singular(word: str) -> str:
    """"Ministers" -> "Minister", "Secretaries" -> "Secretary", "Deputies" -> "Deputy"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word
_LIST_GLUE = {"of", "the", "two", "both", "countries", "nations", "states", "sides", ",", "and", "their", "respective",
              "foreign", "defence", "defense", "prime", "state", "government", "governments", "heads", "with", "from",
              "agencies", "ministries", "departments", "delegations", "services", "offices", "diplomacy", "diplomatic", "-", "–",
              "republic", "kingdom", "federation", "islamic", "democratic", "socialist"}


def _in_plural_title_list(toks: list[Token], i: int, cms: list[CountryMention], limit: int = 16) -> bool:
    """A name in a list introduced by a plural office: "the presidents of the two countries, Hassan Rouhani and ..."."""
    k = i - 1
    steps = 0
    while k >= 0 and steps < limit:
        t = toks[k]
        if t.low in _PLURAL_HEADS:
            return True
        if t.text == ")" and _paren_open(toks, k) is not None:
            k = _paren_open(toks, k) - 1  # "Ministers A B (Foreign Affairs), C D (Economy), E F": a portfolio in brackets
            steps += 1
            continue
        if not (t.low in _LIST_GLUE or t.low in TITLE_HEADS or _is_name_token(t, cms) or _in_country(t, cms) or t.low in PARTICLES
                or (t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= 5)):  # "Ministers of ICT and ...": a portfolio acronym
            return False
        k -= 1
        steps += 1
    return False


def _postposed_title(toks: list[Token], j: int, cms: list[CountryMention]) -> tuple[tuple[str, int, int], str] | None:
    """"Mohammad A B Afghanistan's Acting Foreign Minister of ...": a state and an office right after the name."""
    if j >= len(toks):
        return None
    c = _in_country(toks[j], cms)
    if c is None or not (c.kind == "demonym" or toks[j].possessive):
        return None
    n = j + 1
    while n < len(toks) and _in_country(toks[n], cms) is not None and _in_country(toks[n], cms) is c:
        n += 1
    first = n
    while n < len(toks) and n - first < 5 and toks[n].cap and toks[n].low in TITLE_HEADS and toks[n].low not in ("the", "of", "and"):
        n += 1
    if n == first or not _is_head(toks[n - 1]):
        return None
    if n < len(toks) and (_is_name_token(toks[n], cms) or _is_honorific(toks[n])):
        return None  # "A B Russian Foreign Minister C D": the office is the next person's
    return (" ".join(t.text for t in toks[first:n]), toks[first].start, toks[n - 1].end), c.iso3


def _strip_country_tail(title: tuple[str, int, int], text: str, cms: list[CountryMention]) -> tuple[str, int, int]:
    """"President of the People’s Republic of China" -> "President" (the state is the person's country)."""
    t, s, e = title
    for c in cms:
        if s < c.start < e and c.end >= e - 1:
            m = re.search(r"\s+of\s+(?:the\s+)?$", text[s:c.start])
            if m:
                return (text[s:s + m.start()], s, s + m.start())
    return title


_TITLE_REF = re.compile(
    r"(?:\b[Tt]he(?:\s+|(?=[A-Z]))(?:(?:visiting|two)\s+)?(?:(?!(?:Prime|Foreign|Defen[cs]e|Crown|Army)\s)(?P<dem>[A-Z][\w’'-]+)\s+)?|\b(?P<pos>[A-Z][\w-]+)[’']s\s+(?:(?=[a-z])(?!new\s|newly\s|incoming\s)|(?:new|newly[\s-]elected|incoming)\s+)|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<dem2>[A-Z][\w’'-]+)\s+)(?P<head>(?:[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister|[Dd]efen[cs]e\s+[Mm]inister|"
    r"[Pp]resident|[Pp]remier|[Ss]tatesman|[Ss]ecretary|[Mm]inister|[Cc]hancellor|[Kk]ing|[Ee]mir|[Cc]rown\s+[Pp]rince|[Ss]peaker|[Cc]hairman|[Cc]ommander|[Aa]rmy\s+[Cc]hief))\b(?:\s+of\s+(?:the\s+)?(?P<ofc>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?![\w’'-]))?(?!\s+of\b|\s+and\s+(?!(?:his|her)\s)|\s+[A-Z])")


def resolve_persons(text: str, sentences: list[tuple[int, int]], countries: list[CountryMention]) -> list[Person]:
    """Every person the article names, with all their mentions (name, surname and title references)."""
    raw = find_mentions(text, sentences, countries)
    # a title-case headline's verb is no name: "Philippines President Wraps Up Southeast Asia Trip"
    nl0 = text.find("\n")
    head0 = nl0 if 0 < nl0 <= 200 and text[:nl0].strip() and not text[:nl0].rstrip().endswith(".") else 0
    raw = [m for m in raw if not (m.start < head0 and m.tokens and m.tokens[0].lower() in _HEADLINE_VERBS)]
    anchored = [m for m in raw if m.anchored]
    # entities from anchored mentions, longest names first
    groups: list[list[Mention]] = []
    # longest names first; of as many tokens, the one written out ("Subrahmanyam Jaishankar" before "S Jaishankar")
    for m in sorted(anchored, key=lambda m: (-len(m.tokens), -sum(len(t.rstrip(".")) > 1 for t in m.tokens))):
        key = {_fold(t) for t in m.tokens if _fold(t) not in PARTICLES and len(t.rstrip(".")) > 1}
        initials = [_fold(t)[:1] for t in m.tokens if len(t.rstrip(".")) == 1 and t[:1].isupper()]
        placed = False
        for g in groups:
            gkey = {_fold(t) for t in g[0].tokens}
            gt = [_fold(t) for t in g[0].tokens]
            first = _fold(m.tokens[0]) if m.tokens else ""
            if first in gt and gt.index(first) > 0 and gt[gt.index(first) - 1] in ("bin", "ibn", "bint", "binti") and len(m.tokens) >= 2:
                continue  # "Salman bin Abdulaziz" inside "Mohammad bin Salman bin Abdulaziz": the father
            if initials and not all(any(x[:1] == i for x in gt if x not in key) for i in initials):
                continue  # "S Jaishankar" is "Subrahmanyam Jaishankar", not "Vikram Jaishankar"
            gwide = gkey | _joined_keys(gt)
            # "Abdel Fattah El-Sissi" / "Abdel Fattah El-Sisi": two tokens the same, the third a letter apart (shorter too)
            shortest = 6 if sum(k in gwide for k in key) >= 2 else 8
            if key and (key <= gkey or all(k in gwide or any(_one_letter_apart(k, x, shortest) for x in gwide) for k in key)):
                g.append(m)  # the same person, also when one token is misspelt by a letter
                placed = True
                break
            if len(key) >= 2 and len(key) == len(gkey) and any(k not in gwide and any(_one_letter_apart(k, x) for x in gwide) for k in key) and \
                    all(k in gwide or any(_one_letter_apart(k, x, 5) for x in gwide) for k in key) and \
                    (m.country is None or g[0].country is None or m.country == g[0].country):
                g.append(m)  # "Mahenda Rajapaksa" / "Mahinda Rajapaksha": the long name misspelt, the given name too
                placed = True
                break
            odd = [k for k in key if k not in gwide]
            if len(key) >= 2 and len(key) == len(gkey) and odd and sum(len(k) for k in odd) >= 9 and \
                    all(any(_one_letter_apart(k, x, 4) for x in gkey) for k in odd) and \
                    (m.country is None or g[0].country is None or m.country == g[0].country):
                g.append(m)  # "Tasai Ing-won" / "Tsai Ing-wen": every token of a short name misspelt by one letter
                placed = True
                break
        if not placed:
            groups.append([m])
    alias_of = _merge_aliases(text, groups)
    # index tokens of known names -> group (ambiguous tokens dropped)
    owner: dict[str, int] = {}
    for gi, g in enumerate(groups):
        for t in list(g[0].tokens) + [t.split("-", 1)[1] for t in g[0].tokens if _JOINED_PARTICLE.match(t)]:
            f = _fold(t)  # "Bashir" names "Omar al-Bashir"
            if f in PARTICLES or len(f) < 2 or len(f) == 2 and (f in _SHORT_STOP or not t[:1].isupper() or not t.isalpha()) or f in SUFFIXES:
                continue
            owner[f] = gi if owner.get(f, gi) == gi else -1
    # unanchored runs that name a known person
    for m in raw:
        if m.anchored or m.ref == "place":
            continue
        gis = {owner.get(_fold(t), None) for t in m.tokens}
        gis.discard(None)
        if len(gis) == 1 and -1 not in gis:
            gi = gis.pop()
            gkey = [_fold(t) for t in groups[gi][0].tokens]
            bare = [_fold(t.split("-", 1)[1] if _JOINED_PARTICLE.match(t) else t) for t in groups[gi][0].tokens]
            mkey = [_fold(t) for t in m.tokens if _fold(t) not in PARTICLES]
            # a shorter form of the known name ("Pantus", "Xi", "Bashir" of "al-Bashir"), not another person sharing a
            # first name
            if set(mkey) <= set(gkey) | set(bare) or (mkey and gkey and mkey[-1] in (gkey[-1], bare[-1]) and
                                                       (len(mkey) == 1 or mkey[0] in set(gkey) | set(bare) or set(gkey) <= set(mkey))):
                # ... but not "Abdul Mateen Bolkiah" after "Hassanal Bolkiah": another given name, another person
                groups[gi].append(m)
        elif not gis and m.tokens and all(alias_of.get(_fold(t)) is not None for t in m.tokens) and \
                len({alias_of[_fold(t)] for t in m.tokens}) == 1:
            groups[alias_of[_fold(m.tokens[0])]].append(m)  # "Jokowi" after "Joko Widodo (Jokowi)"
    persons = []
    nl = text.find("\n")
    head_end = nl if 0 < nl <= 200 and text[:nl].strip() and not text[:nl].rstrip().endswith(".") else 0
    for g in groups:
        # the name as the body writes it: a title-case headline may glue a word to it ("... Kenyatta Briefly")
        body = [m for m in g if m.start >= head_end and len(m.tokens) >= 2]
        best = max(body or g, key=lambda m: (len(m.tokens), sum(len(t.rstrip(".")) > 1 for t in m.tokens), -m.start))
        country = next((m.country for m in sorted(g, key=lambda m: m.start) if m.country), None)
        titles: list[tuple[str, int, int]] = []
        for m in sorted(g, key=lambda m: m.start):
            for t in m.titles:
                if t[0].lower() not in {x[0].lower() for x in titles}:
                    titles.append(t)
        aliases = []
        for m in sorted(g, key=lambda m: m.start):
            if m.text not in aliases:
                aliases.append(m.text)
        persons.append(Person(" ".join(best.tokens), best.tokens, aliases, titles, country, sorted(g, key=lambda m: m.start)))
    persons = _headline_variants(persons, head0)
    _group_countries(text, sentences, persons)
    _respective_countries(text, persons)
    _title_references(text, persons, countries)
    persons.sort(key=lambda p: p.mentions[0].start)
    return persons


# "Joko Widodo (Jokowi)", "Mohammed bin Salman, known as MBS", "A B, popularly known as Ziggy": a short name or nickname
# the article gives for the person named just before
_ALIAS_AFTER = re.compile(r"\s*(?:\(\s*(?:(?:also|popularly|better|widely|commonly)\s+)?(?:known\s+as\s+|called\s+)?[\"“']?"
                          r"(?P<p>[A-Z][a-z][\w’'-]+)[\"”']?\s*\)|,?\s+(?:who\s+is\s+)?(?:also|popularly|better|widely|commonly)\s+"
                          r"(?:known|called)\s+(?:as\s+)?[\"“']?(?P<k>[A-Z][a-z][\w’'-]+)\b)")

# 'Joko "Jokowi" Widodo', 'Ferdinand "Bongbong" Marcos': the nickname written inside the full name
_ALIAS_INSIDE = re.compile(r"\s[\"“‘](?P<p>[A-Z][a-z][\w'-]+)[\"”’]\s(?P<k>)")


def _merge_aliases(text: str, groups: list[list[Mention]]) -> dict[str, int]:
    """Known short forms of a name, merged into its person: a nickname given right after the full name ("Joko Widodo
    (Jokowi)"), and a name cut off by the end of an excerpt ("... Mr. Malan" after "Joseph Malanji"). Returns the
    folded aliases -> group index, for later unanchored mentions."""
    from pactwatch import countries as gaz

    alias_of: dict[str, int] = {}
    for gi, g in enumerate(groups):
        for m in g:
            a = _ALIAS_AFTER.match(text, m.end) or _ALIAS_INSIDE.search(text, m.start, m.end)
            if not a:
                continue
            word = a.group("p") or a.group("k")
            f = _fold(word)
            if f in NOT_NAME or f in TITLE_HEADS or f in {_fold(t) for t in g[0].tokens} or gaz.resolve_country(word):
                continue
            alias_of[f] = gi
    tail = len(text.rstrip())
    cut_at_end = tail and text[tail - 1].isalpha()
    drop: set[int] = set()
    for gi, g in enumerate(groups):
        keys = [_fold(t) for t in g[0].tokens]
        if len(g[0].tokens) != 1 or any(len(x.tokens) > 1 for x in g):
            continue
        target = alias_of.get(keys[0]) if keys[0] in alias_of else None
        if target is None and cut_at_end and len(g) == 1 and g[0].end == tail and len(keys[0]) >= 3:
            owners = {hi for hi, h in enumerate(groups) if hi != gi and
                      any(_fold(t).startswith(keys[0]) and _fold(t) != keys[0] for t in h[0].tokens)}
            target = owners.pop() if len(owners) == 1 else None
        if target is not None and target != gi:
            groups[target].extend(g)
            drop.add(gi)
    if drop:
        keep = [g for gi, g in enumerate(groups) if gi not in drop]
        remap = {id(g): n for n, g in enumerate(keep)}
        alias_of = {f: remap[id(groups[gi])] for f, gi in alias_of.items() if gi not in drop}
        groups[:] = keep
    return alias_of


_DELEGATION = re.compile(
    r"\b(?P<st>(?:[A-Z][\w’'-]+\s+){1,3})(?:delegation|entourage|(?:government\s+|cabinet\s+)?(?:officials|ministers|delegates))\b"
    r"[^.;:]{0,60}?\b"
    r"(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of|was\s+composed\s+of|was\s+made\s+up\s+of|"
    r"(?<=,\s)(?:[\w ]{0,50}?\s)?(?:are|were))\b")
_SIDE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\n))On\s+(?:(?P<st>[A-Z][\w’'-]+?)[’']s|the\s+(?P<dem>[A-Z][\w’'-]+))\s+side\b[^;]*?(?=,?\s+while\b|,?\s+whereas\b|;|$)")
_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<st>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b")


_DELEGATION_OF = re.compile(r"\b[Dd]elegation\s+of\s+(?:the\s+)?(?P<st>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
                            r"(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of|was\s+composed\s+of|"
                            r"is\s+composed\s+of|was\s+made\s+up\s+of|is\s+made\s+up\s+of)\b")


def _group_countries(text: str, sentences: list[tuple[int, int]], persons: list[Person]) -> None:
    """States given to a group rather than a name: "The Georgian delegation included A, B and C", "On Rwanda's side,
    the agreement was signed by A, while ...", "B signed on behalf of Mauritania". Only persons without a state."""
    from pactwatch import countries as gaz

    def named_in(s: int, e: int) -> list[Person]:
        return [p for p in persons if any(s <= m.start < e and m.ref == "name" for m in p.mentions)]

    if not any(w in text for w in ("delegation", "entourage", " side", "behalf", "officials", "ministers", "delegates")):
        return
    for s, e in sentences:
        sent = text[s:e]
        for m in _DELEGATION.finditer(sent) if any(w in sent for w in ("delegation", "entourage", "officials", "ministers", "delegates")) else ():
            iso = next((gaz.resolve_country(w) for w in m.group("st").split() if gaz.resolve_country(w)), None)
            if iso:
                for p in named_in(s + m.end(), e):
                    p.country = p.country or iso
        for m in _DELEGATION_OF.finditer(sent) if "elegation of" in sent else ():
            # "The delegation of the Kyrgyz Republic includes Minister of Foreign Affairs A, ..."
            iso = gaz.resolve_country(m.group("st")) or next((gaz.resolve_country(w) for w in m.group("st").split()
                                                               if gaz.resolve_country(w)), None)
            if iso:
                for p in named_in(s + m.end(), e):
                    p.country = p.country or iso
        for m in _SIDE.finditer(sent) if " side" in sent else ():
            iso = gaz.resolve_country(m.group("st") or m.group("dem"))
            if iso:
                for p in named_in(s + m.start(), s + m.end()):
                    p.country = p.country or iso
        for m in _BEHALF.finditer(sent) if "behalf" in sent else ():
            iso = gaz.resolve_country(m.group("st"))
            if not iso:
                continue
            # the subject of "signed on behalf of X": the last name before it, in the same clause
            cut = max(sent.rfind(w, 0, m.start()) for w in (" while ", " whereas ", ";", " and "))
            before = [(max(x.start for x in p.mentions if s + cut < x.start < s + m.start() and x.ref == "name"), p)
                      for p in named_in(s + max(cut, 0), s + m.start())]
            if before:
                p = max(before, key=lambda x: x[0])[1]
                p.country = p.country or iso


def _headline_variants(persons: list[Person], head0: int) -> list[Person]:
    """"President Tayyip Erdoğan Of Turkey" in the headline, "The President of Turkey, Recep Erdoğan" in the body: a
    headline-only name whose surname, state and office are those of exactly one person of the body is that person."""
    if not head0:
        return persons
    out = list(persons)
    for p in persons:
        if len(p.tokens) < 2 or p.country is None or not p.titles or any(m.start >= head0 for m in p.mentions):
            continue
        heads = {t[0].split()[-1].lower() for t in p.titles}
        same = [q for q in out if q is not p and len(q.tokens) >= 2 and _fold(q.tokens[-1]) == _fold(p.tokens[-1])
                and q.country == p.country and any(t[0].split()[-1].lower() in heads for t in q.titles)
                and any(m.start >= head0 for m in q.mentions)]
        if len(same) == 1:
            q = same[0]
            q.mentions = sorted(q.mentions + p.mentions, key=lambda m: m.start)
            q.aliases += [a for a in p.aliases if a not in q.aliases]
            out.remove(p)
    return out


# "The heads of the foreign affairs agencies of Russia and the United States, A B and C D": a plural office of two
# states, then two names, read respectively
_RESPECTIVE = re.compile(
    r"\b(?:[Hh]eads|[Mm]inisters|[Pp]residents|[Ll]eaders|[Pp]remiers|[Cc]hiefs|[Ss]ecretaries|[Aa]mbassadors|[Ee]nvoys)\s+of\s+"
    r"(?:[^,;.()]{0,60}?\s)?(?:of\s+)?(?:the\s+)?(?P<a>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?P<n1>[A-Z][^,;.()]{2,40}?)\s+and\s+(?P<n2>[A-Z][^,;.()]{2,40}?)(?=,|\s+(?:have|had|held|met|discussed|agreed|signed)\b)")


def _respective_countries(text: str, persons: list[Person]) -> None:
    """"the heads of ... of X and Y, A B and C D": A B of X, C D of Y (only persons without a state)."""
    from pactwatch import countries as gaz

    if " and " not in text:
        return
    for m in _RESPECTIVE.finditer(text):
        a, b = gaz.resolve_country(m.group("a")), gaz.resolve_country(m.group("b"))
        if not a or not b or a == b:
            continue
        for grp, iso in (("n1", a), ("n2", b)):
            for p in persons:
                if any(m.start(grp) <= x.start < m.end(grp) and x.ref == "name" for x in p.mentions):
                    p.country = p.country or iso


def _title_references(text: str, persons: list[Person], countries: list[CountryMention]) -> None:
    """Attach "the Iranian president"-style mentions to the one person they can denote."""
    from pactwatch import countries as gaz

    for m in _TITLE_REF.finditer(text):
        dem = m.group("dem") or m.group("dem2") or m.group("pos")  # "the Iranian president"; a sentence opening
        # "Tanzanian President who ..."; "received Ukraine's prime minister" (a possessive state before a lower-case office)
        if m.group("ofc"):
            if dem:
                continue
            dem = m.group("ofc")  # "the President of Sri Lanka"
        iso = gaz.resolve_country(dem) if dem else None
        if dem and not iso:
            continue
        head = " ".join(m.group("head").lower().split())
        cands = [p for p in persons if (iso is None or p.country == iso)]
        def has_title(p: Person) -> bool:
            return any(t[0].lower().endswith(head) or head in t[0].lower() for t in p.titles)
        pick = [p for p in cands if has_title(p)]
        if not pick and iso is not None and head in ("prime minister", "president", "minister", "premier", "foreign minister"):
            pick = cands if len(cands) == 1 else []
        if not pick and iso is not None and m.group("pos") and not cands:
            # no one of that state yet: the one stateless holder of the office
            pick = [p for p in persons if p.country is None and has_title(p)]
        if len(pick) != 1:
            continue
        p = pick[0]
        if any(x.start <= m.start() < x.end for x in p.mentions):
            continue
        men = Mention(m.start(), m.end(), m.group(0), tuple(), [], iso, anchored=True, ref="title")
        if p.country is None and iso:
            p.country = iso
        p.mentions.append(men)
        p.mentions.sort(key=lambda x: x.start)
