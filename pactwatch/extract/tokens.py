"""Word tokens with character offsets: the unit every rule in extraction matches on."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from pactwatch.extract.sentences import ABBREVIATIONS

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_][\w]*(?:[-’'`][\w]+)*\.?|\d+(?:[.,]\d+)*|[^\w\s]")
POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")


@dataclass
class Token:
    text: str    # as written, trailing sentence period removed unless abbreviation/initial
    start: int   # offset in the article
    end: int

    @cached_property
    def bare(self) -> str:
        """Text without a possessive ending ("Belarus’s" -> "Belarus", "Mattis'" -> "Mattis").
        Plain string tests: rules ask for it about 150,000 times per 60 articles."""
        t = self.text
        if t.endswith(("’s", "'s")):
            return t[:-2]
        if t.endswith(("s’", "s'")):
            return t[:-1]
        return t

    @property
    def possessive(self) -> bool:
        return bool(POSSESSIVE.search(self.text))

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @cached_property
    def low(self) -> str:
        return self.bare.lower().rstrip(".")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _WORD.finditer(text, start, end):
        t, s, e = m.group(0), m.start(), m.end()
        if t.endswith(".") and len(t) > 1:
            core = t[:-1]
            keep = (len(core) == 1 and core.isupper()) or core.lower() in ABBREVIATIONS or "." in core
            if not keep:
                t, e = core, e - 1
        out.append(Token(t, s, e))
    # a possessive written as a separate quote mark ("Mattis' ") stays on the word
    merged: list[Token] = []
    for tok in out:
        if tok.text in ("'", "’") and merged and merged[-1].end == tok.start and merged[-1].text.endswith("s"):
            merged[-1] = Token(merged[-1].text + tok.text, merged[-1].start, tok.end)
        else:
            merged.append(tok)
    return merged
