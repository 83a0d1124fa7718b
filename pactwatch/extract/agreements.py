"""Signed documents: how many, of what kind, between which states, and the sectors they cover.

A signing is a signing verb (sign, ink, conclude, adopt, seal) near a document noun
(memoranda of understanding, agreements, a roadmap, a joint statement ...), with the
number written before it ("12", "twelve", "a", "a dozen"). Several mentions of one
signing in an article merge (the headline "Iran-Belarus sign 12 agreements" and
"the signing of 12 memoranda of understanding"); "the documents" and "the agreements"
refer back and only add place, date or sectors. Sector phrases are kept as written,
one per list item ("politics and international law, tourism and cultural exchange,
..."), each normalised with the sector taxonomy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pactwatch.model import PartialDate

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "a dozen": 12, "dozen": 12, "a pair of": 2, "a couple of": 2, "both": 2,
}
_NUM = r"(?P<num>\d{1,3}|a\s+dozen|a\s+pair\s+of|a\s+couple\s+of|" + "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True)) + r"(?:-\w+)?)"
_DOC = (r"(?P<doc>memorand(?:a|ums?)\s+of\s+understanding|memorand(?:a|ums?)\s+of\s+cooperation|memorand(?:a|ums?)|MoUs?|MOUs?|"
        r"agreements?|accords?|treat(?:y|ies)|protocols?|road\s*maps?|roadmaps?|joint\s+statements?|joint\s+declarations?|declarations?|"
        r"documents?|contracts?|deals?|programmes?|action\s+plans?|plans?\s+of\s+action|conventions?|letters?\s+of\s+intent|instruments?)")
DOC_PHRASE = re.compile(rf"\b(?:(?P<det>the|these|those|other|all)\s+)?(?:{_NUM}\s+)?(?:(?:[\w-]+\s+){{0,3}}?)?{_DOC}\b", re.I)
SIGN_VERB = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)|adopt(?:s|ed)|seal(?:s|ed)|exchang(?:e|ed)|initial(?:l)?ed)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|to|expected\s+to|plans?\s+to|agreed\s+to|ready\s+to|readiness\s+to|not\s+yet|yet\s+to|set\s+to|due\s+to)\s+(?:\w+\s+)?$", re.I)
KIND_NAMES = [
    ("memorand", "memorandum of understanding"), ("mou", "memorandum of understanding"), ("road", "roadmap"),
    ("joint statement", "joint statement"), ("joint declaration", "declaration"), ("declaration", "declaration"),
    ("treat", "treaty"), ("protocol", "protocol"), ("accord", "agreement"), ("agreement", "agreement"),
    ("contract", "contract"), ("deal", "agreement"), ("programme", "programme"), ("plan", "action plan"),
    ("convention", "convention"), ("letter", "letter of intent"), ("document", "document"), ("instrument", "document"),
]


@dataclass
class SigningDraft:
    kind: str
    kind_text: str
    count: int | None
    weak: bool                      # count from "a"/"an" only
    parties: list[str]
    date: PartialDate = field(default_factory=PartialDate)
    place: str | None = None
    place_country: str | None = None
    event: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    sectors: list[tuple[int, int]] = field(default_factory=list)  # phrase offsets
    anaphoric: bool = False


def _kind(doc: str) -> str:
    low = doc.lower()
    for key, kind in KIND_NAMES:
        if key in low:
            return kind
    return "document"


def find_signings(text: str, start: int, end: int) -> list[SigningDraft]:
    """Signing mentions in one sentence (at most one per sentence: the document nearest the verb)."""
    sent = text[start:end]
    verbs = [m for m in SIGN_VERB.finditer(sent) if not _FUTURE.search(sent[max(0, m.start() - 30):m.start()])]
    if not verbs:
        if re.search(r"\bsigning\s+ceremony\b", sent, re.I):
            return [SigningDraft("document", "", None, False, [], spans=[(start, end)], anaphoric=True)]
        return []
    best = None
    for v in verbs:
        for m in DOC_PHRASE.finditer(sent):
            if re.match(r"(?i)one\s+of", sent[m.start():]):
                continue
            dist = m.start() - v.end() if m.start() >= v.end() else (v.start() - m.end()) + 15
            if dist > 80:
                continue
            if best is None or dist < best[0]:
                best = (dist, m)
    if best is None:
        if re.search(r"\bsigning\s+ceremony\b|\bwere\s+signed\b|\bwas\s+signed\b", sent, re.I):
            return [SigningDraft("document", "", None, False, [], spans=[(start, end)], anaphoric=True)]
        return []
    m = best[1]
    num = m.group("num")
    if not num:
        before = sent[max(0, m.start("doc") - 40):m.start("doc")]
        nms = list(re.finditer(r"\b" + _NUM + r"\s+(?:[\w-]+\s+){0,3}$", before, re.I))
        if nms:
            num = nms[-1].group("num")
    count = None
    weak = False
    if num:
        n = num.lower()
        n = re.sub(r"\s+", " ", n)
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, NUMBER_WORDS.get(n.split("-")[0]))
        weak = n in ("a", "an")
    det = m.group("det")
    anaphoric = bool(det) and count is None
    doc = m.group("doc")
    return [SigningDraft(_kind(doc), sent[m.start():m.end()], count, weak, [], spans=[(start, end)], anaphoric=anaphoric)]


# --- sector phrases -------------------------------------------------------------------
_LIST_INTRO = re.compile(
    r"(?:(?:sectors|areas|fields|spheres|domains)\s*,?\s*(?:including|such\s+as|like|namely|:)|"
    r"in\s+the\s+(?:fields?|areas?|spheres?|sectors?|domains?)\s+of|"
    r"(?:co-?operation|collaboration|partnership)\s+(?:in|on)\s+(?!the\s+(?:fields?|areas?)\b)|"
    r"(?:agreements?|memorand\w+|MoUs?|MOUs?|documents?|accords?|deals?)\s+(?:on|covering|in)\s+(?!the\s+(?:fields?|areas?)\b)|"
    r"related\s+to\s+(?:co-?operation\s+in\s+)?|"
    r"cover(?:s|ing|ed)?\s+(?!a\s+wide)|"
    r"in\s+the\s+(?:fields?|areas?)\s+of|for\s+strengthening\s+co-?operation\s+in\s+the\s+field\s+of)\s*", re.I)
_LIST_END = re.compile(r"[.;:()]|\s+(?:between|with|to\s+(?!\w+\s+co)|for\s+the|as\s+well\s+as|which|that|among|during|in\s+order|so\s+as|at\s+the|by\s+the|signed|under)\b", re.I)


def sector_phrases(text: str, start: int, end: int, normalise) -> list[tuple[int, int]]:
    """Offsets of sector phrases as written in the sentence ``text[start:end]``."""
    sent = text[start:end]
    out: list[tuple[int, int]] = []
    for intro in _LIST_INTRO.finditer(sent):
        rest_start = intro.end()
        m_end = _LIST_END.search(sent, rest_start)
        stop = m_end.start() if m_end else len(sent)
        seg = sent[rest_start:stop]
        if not seg.strip():
            continue
        items = _split_list(seg, rest_start, normalise)
        for a, b in items:
            span = (start + a, start + b)
            if span not in out and not any(x[0] <= span[0] and span[1] <= x[1] for x in out):
                out = [x for x in out if not (span[0] <= x[0] and x[1] <= span[1])]
                out.append(span)
    return sorted(out)


def _split_list(seg: str, offset: int, normalise) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    oxford = "," in seg
    pieces = list(re.finditer(r"[^,]+", seg))
    for k, p in enumerate(pieces):
        a, b = p.start(), p.end()
        piece = seg[a:b]
        lead = re.match(r"\s*(?:and\s+|or\s+)?(?:the\s+|their\s+|its\s+)?(?:co-?operation\s+in\s+)?", piece)
        a += lead.end()
        piece = seg[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if b <= a:
            continue
        item = seg[a:b]
        andm = re.search(r"\s+and\s+", item)
        if andm and (not oxford or k == len(pieces) - 1 and not re.match(r"\s*and\s", seg[p.start():p.end()])):
            left, right = item[:andm.start()], item[andm.end():]
            if set(normalise(left)) != set(normalise(right)) and "other" not in normalise(left) + normalise(right) and len(left.split()) <= 3:
                parts.append((offset + a, offset + a + andm.start()))
                parts.append((offset + a + andm.end(), offset + b))
                continue
        if len(item.split()) <= 8:
            parts.append((offset + a, offset + b))
    return parts


def merge_signings(drafts: list[SigningDraft]) -> list[SigningDraft]:
    out: list[SigningDraft] = []
    for d in drafts:
        target = None
        for o in out:
            same_event = d.event is None or o.event is None or d.event == o.event
            if not same_event:
                continue
            if d.anaphoric:
                target = o
                continue
            if o.count is not None and d.count is not None and o.count == d.count and not (o.weak and d.weak and o.kind != d.kind):
                target = o
            elif o.kind == d.kind and (o.count is None or d.count is None):
                target = o
            elif (o.count is None and not o.weak) and d.count in (None, 1) or (d.count is None and o.count in (None, 1)) and o.weak:
                target = o
        if target is None:
            if d.anaphoric:
                continue
            out.append(d)
            continue
        o = target
        if not d.anaphoric:
            if o.count is None and d.count is not None and not d.weak:
                o.count, o.weak = d.count, d.weak
            elif o.weak and d.count is None:
                o.count, o.weak = None, False
            if (o.kind in ("agreement", "document") and d.kind not in ("agreement", "document")):
                o.kind, o.kind_text = d.kind, d.kind_text
        for p in d.parties:
            if p not in o.parties:
                o.parties.append(p)
        if o.event is None:
            o.event = d.event
        if o.date.value is None and d.date.value:
            o.date = d.date
        if o.place is None and d.place:
            o.place, o.place_country = d.place, d.place_country
        o.spans += d.spans
        o.sectors += [s for s in d.sectors if s not in o.sectors]
    return out
