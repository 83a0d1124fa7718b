"""The sector taxonomy: mapping sector phrases as written to normalised sectors.

The taxonomy lives in ``data/sectors.toml`` so an analyst can edit it without
touching code. A phrase maps to every sector one of whose terms it contains as
whole words; the longest terms are tried first so "special economic zones" is
one match, not three. A phrase nothing matches maps to ``other``: never dropped.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent / "data" / "sectors.toml"
OTHER = "other"


@dataclass(frozen=True)
class Taxonomy:
    labels: dict[str, str]           # sector key -> display label, in display order
    terms: tuple[tuple[str, str], ...]  # (term, sector key), longest term first

    def normalise(self, phrase: str) -> list[str]:
        """Normalised sector keys for a phrase as written, in taxonomy order."""
        text = " " + re.sub(r"[^a-z0-9\- ]+", " ", phrase.lower()) + " "
        found: set[str] = set()
        for term, key in self.terms:
            pat = f" {term} "
            if pat in text:
                found.add(key)
                text = text.replace(pat, " " + "_" * len(term) + " ")
        if not found:
            return [OTHER]
        return [k for k in self.labels if k in found]

    def label(self, key: str) -> str:
        return self.labels.get(key, key)


def parse_taxonomy(toml_text: str) -> Taxonomy:
    data = tomllib.loads(toml_text)
    labels: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for key, entry in data.items():
        labels[key] = str(entry.get("label", key))
        for term in entry.get("terms", []):
            pairs.append((" ".join(str(term).lower().split()), key))
    if OTHER not in labels:
        labels[OTHER] = "Other"
    pairs.sort(key=lambda p: -len(p[0]))
    return Taxonomy(labels=labels, terms=tuple(pairs))


@functools.lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The taxonomy at ``path`` (default ``data/sectors.toml``), parsed once per process."""
    return parse_taxonomy(Path(path or DEFAULT_TAXONOMY).read_text(encoding="utf-8"))
