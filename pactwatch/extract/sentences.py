"""Sentence spans over the unchanged article text.

Every line break ends a sentence (headlines and photo captions are their own);
a sentence also ends at . ! ? (after any closing quote or bracket) before an
upper-case letter or an opening quote, even with no space between them
(``nations.“Such``). Abbreviations (U.S., Gen., Mr., Jan.) and initials (J.) do not
end a sentence.
"""
from __future__ import annotations

import re

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "col", "lt", "cmdr", "capt", "maj", "sgt", "adm", "gov",
    "sen", "rep", "st", "mt", "ft", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "amb",
    "hon", "rev", "fr", "pres", "sec", "min", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "a.m", "p.m", "approx", "est", "u.s", "u.k", "u.n", "e.u", "d.c",
}
_END = re.compile(r"[.!?]+[\"”’')\]]*")


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", line[:dot])
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Antony J. Blinken"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return True  # U.S, U.N, D.C
    return word.lower() in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence in ``text``, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for line_m in re.finditer(r"[^\n]+", text):
        line, base = line_m.group(0), line_m.start()
        start = 0
        for m in _END.finditer(line):
            end = m.end()
            rest = line[end:]
            nxt = re.match(r"\s*([“\"‘'(]?)(\S)", rest)
            if not nxt:
                continue
            opening, first = nxt.group(1), nxt.group(2)
            if not (first.isupper() or first.isdigit() or opening):
                continue
            if rest[:1] not in (" ", "\t") and not opening and not first.isupper():
                continue
            if line[m.start()] == "." and _is_abbreviation(line, m.start()) and m.group(0) == ".":
                continue
            _add(spans, text, base + start, base + end)
            start = end
        _add(spans, text, base + start, base + len(line))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and re.search(r"\w", text[start:end]):
        spans.append((start, end))
