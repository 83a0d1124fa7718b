"""Organisations named in the text: ministries, committees, alliances (SCO, NATO ...).

A capitalised phrase ending in an institutional head noun ("State Military-Industrial
Committee", "Lao Ministry of Foreign Affairs") or a known alliance acronym. The state is
the country mention right before it ("Belarus’s State ..."), if any.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pactwatch.extract.countries import CountryMention

_HEADS = r"(?:Ministry|Committee|Organization|Organisation|Council|Commission|Agency|Department|University|Academy|Bank|Assembly|Alliance|Union|Forum|Institute|Corporation|Company|Parliament|Administration)"
_ORG = re.compile(
    rf"(?:[A-Z][\w’'-]*\s+){{0,5}}{_HEADS}(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,5}})?(?:\s+\(([A-Z]{{2,6}})\))?")
ACRONYMS = {"NATO", "SCO", "BRICS", "ASEAN", "EU", "UN", "G20", "G7", "CSTO", "OPEC", "AU", "ECOWAS", "GCC", "CIS", "EAEU", "OSCE", "IAEA", "WHO", "WTO", "IMF"}
_STOP_LEAD = {"The", "A", "An", "In", "On", "At", "Both", "During", "After", "With", "From", "Head", "Chairman", "President", "Minister", "Secretary"}


@dataclass(frozen=True)
class Organisation:
    start: int
    end: int
    name: str
    acronym: str | None
    country: str | None


def find_organisations(text: str, countries: list[CountryMention]) -> list[Organisation]:
    out: dict[str, Organisation] = {}
    for m in _ORG.finditer(text):
        name = m.group(0)
        acr = m.group(1)
        if acr:
            name = name[: name.rfind("(")].rstrip()
        words = name.split()
        while words and (words[0] in _STOP_LEAD or words[0].rstrip("’'s") in _STOP_LEAD):
            words = words[1:]
        country = None
        for c in countries:
            if c.end <= m.start() + len(name) and c.start >= m.start() - 12:
                country = c.iso3
                break
        words = [w for w in words if not any(c.text == w and c.start >= m.start() for c in countries)] or words
        name = " ".join(words)
        if len(words) < 2 or name.split()[-1] in ("Union",) and len(words) < 2:
            continue
        start = text.find(name, m.start())
        if start < 0:
            continue
        key = name.lower()
        if key not in out:
            out[key] = Organisation(start, start + len(name), name, acr, country)
    for m in re.finditer(r"\b(" + "|".join(sorted(ACRONYMS, key=len, reverse=True)) + r")\b", text):
        if not any(o.acronym == m.group(1) for o in out.values()) and m.group(1).lower() not in out:
            out[m.group(1).lower()] = Organisation(m.start(), m.end(), m.group(1), m.group(1), None)
    return sorted(out.values(), key=lambda o: o.start)
