"""Country mentions in text: names, demonyms, possessives, capitals and hyphenated pairs.

"Iran-Belarus" and "U.S.-Pakistan" name two states; "Belarus’s" and "Belarus'" are
Belarus; "Tehran" used as an actor ("Tehran and Minsk face common threats") is Iran.
Every capitalised word starts a dictionary look-up of up to seven words over every name,
demonym and capital of pactwatch/gazetteer (one regex alternation of all names was ~40 ms an
article; this is well under 1 ms). Short codes (US, UK, UAE) match only as written in
capitals, so "in" and "to" never become India or Tonga.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pycountry

from pactwatch import countries as gazetteer


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    iso3: str
    kind: str  # "name" | "demonym" | "capital"


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, tuple[str, str]]:
    keys: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None)):
            if n and "," not in n and len(n) > 3:
                keys.setdefault(n.lower(), (c.alpha_3, "name"))
    countries, names, demonyms, capitals = gazetteer._index()
    for line in gazetteer._TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, extra, dem, cap = (line.split("\t") + ["", "", ""])[:4]
        for n in extra.split("|"):
            if n:
                keys[n.lower().replace("’", "'")] = (iso3, "name")
        for d in dem.split("|"):
            if d and "(" not in d:
                keys.setdefault(d.lower(), (iso3, "demonym"))
        for c in cap.split("|"):
            if c and c.lower() not in keys:
                keys[c.lower()] = (iso3, "capital")
    for drop in ("georgia", "jordan", "chad", "victoria", "kingston", "georgetown", "luxembourg", "monaco",
                 "djibouti", "san marino", "guatemala city", "washington"):
        if drop in keys and keys[drop][1] == "capital":
            del keys[drop]
    keys["washington"] = ("USA", "capital")
    # spellings news use that the tables lack: "Timor Leste" (no hyphen), "Lao PDR"
    keys.setdefault("timor leste", ("TLS", "name"))
    keys.setdefault("lao pdr", ("LAO", "name"))
    return keys


@functools.lru_cache(maxsize=1)
def _ambiguous_demonyms() -> dict[str, tuple[str, set[str]]]:
    """Demonyms two states share ("Congolese": DR Congo, and "Congolese (Brazzaville)": the Republic of the Congo):
    the demonym -> (the state it names by default, the other states it may name)."""
    keys = _tables()
    out: dict[str, tuple[str, set[str]]] = {}
    for line in gazetteer._TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, _, dem = (line.split("\t") + ["", ""])[:3]
        for d in dem.split("|"):
            m = re.fullmatch(r"\s*(.+?)\s*\(.*\)\s*", d)
            if m and keys.get(m.group(1).lower(), ("", ""))[1] == "demonym" and keys[m.group(1).lower()][0] != iso3:
                default = keys[m.group(1).lower()][0]
                out.setdefault(m.group(1).lower(), (default, set()))[1].add(iso3)
    return out


def _state_words(iso3: str) -> set[tuple[str, ...]]:
    """The words of every name of a state, for telling a shared short name ("Congo") from a distinct one."""
    return {tuple(k.split()) for k, (i, kind) in _tables().items() if i == iso3 and kind == "name"}


def _resolve_shared_demonyms(text: str, out: list[CountryMention]) -> list[CountryMention]:
    """"Congolese" names DR Congo unless the article names the Republic of the Congo ("Brazzaville", "Republic of the
    Congo") and never DR Congo: then it is that state's demonym. A bare name shared by both ("Congo") tells neither."""
    amb = _ambiguous_demonyms()
    if not any(m.kind == "demonym" and m.text.lower() in amb for m in out):
        return out
    every = _find(text, 0, len(text))
    res = []
    for m in out:
        key = m.text.lower()
        if m.kind == "demonym" and key in amb:
            default, others = amb[key]
            def named(iso: str, rival: str) -> bool:
                rival_words = _state_words(rival)
                return any(c.iso3 == iso and c.kind != "demonym" and not (
                    " " not in c.text and any(re.sub(r"[’']s?$", "", c.text.lower()) in w for w in rival_words))
                           for c in every)
            alt = [o for o in others if named(o, default)]
            if len(alt) == 1 and not named(default, alt[0]):
                m = CountryMention(m.start, m.end, m.text, alt[0], m.kind)
        res.append(m)
    return res


_WORDS = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'.&]*|-")


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Country mentions in ``text[start:end]``, offsets into ``text`` (longest match first); a demonym two states share
    names the one the whole text names."""
    return _resolve_shared_demonyms(text, _find(text, start, end))


_POSSESSIVE_END = re.compile(r"(?:[’']s|[’'])$")


def _find(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    keys = _tables()
    end = len(text) if end is None else end
    toks = [(m.start(), m.end()) for m in _WORDS.finditer(text, start, end)]
    out = []
    i = 0
    while i < len(toks):
        s0 = toks[i][0]
        if not text[s0].isupper():
            i += 1
            continue
        hit = None
        for j in range(min(len(toks), i + 7), i, -1):
            e = toks[j - 1][1]
            word = text[s0:e]
            bare = _POSSESSIVE_END.sub("", word)
            if bare.endswith(".") and bare.lower() not in keys:
                bare = bare[:-1]
            key = " ".join(bare.lower().replace("’", "'").split())
            found = keys.get(key)
            if found is None:
                continue
            if len(bare) <= 3 and not bare.replace(".", "").isupper() and found[1] != "demonym":
                continue  # "Us", "Car": codes and short names count only in capitals
            if j < len(toks) and text[toks[j][0]:toks[j][1]] != "-" and toks[j][0] == e:
                continue  # part of a longer word
            if word.endswith(".") and key + "." not in keys and not key.endswith("."):
                word = word[:-1]
            hit = CountryMention(s0, s0 + len(word), word, found[0], found[1])
            i = j
            break
        if hit:
            out.append(hit)
        else:
            i += 1
    return out


def countries_in(text: str, start: int = 0, end: int | None = None, kinds=("name", "demonym", "capital")) -> list[str]:
    """ISO3 codes mentioned in the span, in order of first mention, without repeats."""
    seen: list[str] = []
    for m in find_countries(text, start, end):
        if m.kind in kinds and m.iso3 not in seen:
            seen.append(m.iso3)
    return seen
