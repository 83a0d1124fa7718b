"""Country names, ISO codes, demonyms and capitals, resolved to ISO 3166-1 alpha-3.

pycountry gives official names and codes but not demonyms ("Iranian"),
possessives ("Belarus's") or capitals (../shared/PLATFORM.md), so PactWatch
keeps its own table, ``gazetteer/countries.tsv``, and folds pycountry's names in.
``resolve_country`` is exact (after normalising case, accents and possessives):
a filter must never match the wrong state by fuzzy guess.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pycountry

_TABLE = Path(__file__).resolve().parent / "gazetteer" / "countries.tsv"


def fold(text: str) -> str:
    """Lower-case, strip accents, possessive 's and surrounding punctuation."""
    t = text.replace("\u2019", "'").replace("\u2018", "'")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").strip().lower()
    t = re.sub(r"(?:'s|s'|')$", lambda m: "s" if m.group(0) == "s'" else "", t)
    t = re.sub(r"^the\s+", "", t)
    return " ".join(t.split()).strip(" .,;:")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Country], dict[str, str], dict[str, str], dict[str, str]]:
    """(iso3 -> Country, folded name -> iso3, folded demonym -> iso3, folded capital -> iso3)."""
    countries: dict[str, Country] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), c.alpha_2, c.alpha_3):
            if n:
                names.setdefault(fold(n), c.alpha_3)
        countries[c.alpha_3] = Country(c.alpha_3, getattr(c, "common_name", None) or c.name, (), ())
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, extra, dem, cap = (line.split("\t") + ["", "", ""])[:4]
        extra_names = [n for n in extra.split("|") if n]
        for n in extra_names:
            names[fold(n)] = iso3
        for d in dem.split("|"):
            if d:
                demonyms[fold(d)] = iso3
        for c in cap.split("|"):
            if c:
                capitals[fold(c)] = iso3
        display = extra_names[0] if extra_names else countries.get(iso3, Country(iso3, iso3, (), ())).name
        countries[iso3] = Country(iso3, display, tuple(d for d in dem.split("|") if d),
                                  tuple(c for c in cap.split("|") if c))
    return countries, names, demonyms, capitals


def resolve_country(text: str) -> str | None:
    """ISO3 for a country name, ISO2/ISO3 code or demonym; None when unknown.

    >>> resolve_country("Belarus's"), resolve_country("iranian"), resolve_country("BY")
    ('BLR', 'IRN', 'BLR')
    """
    if not text or not text.strip():
        return None
    _, names, demonyms, _ = _index()
    key = fold(text)
    if text.strip().isupper() and len(text.strip()) in (2, 3):
        key = text.strip().lower()
    return names.get(key) or demonyms.get(key)


def capital_country(text: str) -> str | None:
    """ISO3 of the state whose capital is named ``text`` (e.g. "Minsk" -> BLR)."""
    return _index()[3].get(fold(text))


def capital_of(iso3: str) -> str | None:
    """The first-listed capital of a state, e.g. BLR -> "Minsk"."""
    c = _index()[0].get(iso3)
    return c.capitals[0] if c and c.capitals else None


def country_name(iso3: str | None) -> str:
    """Display name of an ISO3 code ("IRN" -> "Iran"); the code itself if unknown."""
    if not iso3:
        return ""
    c = _index()[0].get(iso3)
    return c.name if c else iso3


def all_countries() -> list[Country]:
    return sorted(_index()[0].values(), key=lambda c: c.name)


def demonym_table() -> dict[str, str]:
    """Folded demonym -> ISO3 (for extraction)."""
    return dict(_index()[2])


def name_table() -> dict[str, str]:
    """Folded country name or code -> ISO3 (for extraction)."""
    return dict(_index()[1])
