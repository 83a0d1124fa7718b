"""Sentence spans over the unchanged article text.

Every line break ends a sentence (headlines and photo captions are their own), except inside a paragraph of
hard-wrapped text, where most breaks fall mid-sentence;
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


def _lines(text: str) -> list[tuple[int, int]]:
    """The text's lines as (start, end); in hard-wrapped text (a plain-text release broken at ~70 characters, most
    breaks inside a sentence) a single line break inside a paragraph is no line end: the paragraph is the line."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    breaks = [(a, b) for a, b in zip(lines, lines[1:]) if text[a[1]:b[0]] == "\n"]
    inside = [1 for a, b in breaks if not re.search(r"[.!?:;\"”’)]\s*$", text[a[0]:a[1]])
              or text[b[0]:b[0] + 1].islower() and not re.match(r"[ivxa-h]{1,4}[.)]", text[b[0]:b[0] + 5])]
    # ... and many a line goes on in lower case (a list's items, one per line, each start with a capital)
    lower = [1 for a, b in breaks if text[b[0]:b[0] + 1].islower() and not re.match(r"[ivxa-h]{1,4}[.)]", text[b[0]:b[0] + 5])]
    if len(breaks) < 6 or len(inside) < 0.6 * len(breaks) or len(lower) < 0.4 * len(breaks):
        return lines
    out = [lines[0]] if lines else []
    for prev, cur in zip(lines, lines[1:]):
        if text[prev[1]:cur[0]] == "\n":
            out[-1] = (out[-1][0], cur[1])  # same paragraph: one line
        else:
            out.append(cur)
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence in ``text``, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for ls, le in _lines(text):
        line, base = text[ls:le], ls
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
