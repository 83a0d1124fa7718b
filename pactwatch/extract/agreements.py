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

from pactwatch.extract.countries import find_countries
from pactwatch.model import PartialDate

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "a dozen": 12, "dozen": 12, "a pair of": 2, "a couple of": 2, "both": 2,
}
_NUM = r"(?P<num>(?:two|three|four|five|six|seven|eight|nine|ten)\s+dozen|\d{1,3}|a\s+dozen|a\s+pair\s+of|a\s+couple\s+of|" + "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True)) + r"(?:-\w+)?)"
_DOC = (r"(?P<doc>exchanges?\s+of\s+notes?|exchanges?\s+of\s+letters?|notes?\s+verbales?|memorand(?:a|ums?)\s+of\s+understandings?|memos?\s+of\s+understandings?|memorand(?:a|ums?)\s+of\s+cooperation|memorand(?:a|ums?)|MoUs?|MOUs?|"
        r"agreements?|accords?|treat(?:y|ies)|protocols?|road\s*maps?|roadmaps?|joint\s+statements?|joint\s+declarations?|declarations?|"
        r"statements?\s+of\s+(?:partnership|intent|principles|cooperation|co-operation)|minutes\s+of\b|documents?|contracts?|deals?|pacts?|programmes?|programs?|action\s+plans?|plans?\s+of\s+action|(?:co-?operation|work|joint)\s+plans?|conventions?|communiqu[ée]s?|letters?\s+of\s+(?:intent|cooperation|exchange|agreement)|instruments?)")
# words between a number and its document noun are modifiers ("two bilateral cooperation agreements"), never
# the subject, a verb or another determiner: "The two sides signed an agreement" does not count two agreements
_FILLER = r"(?:(?!(?:sides|countries|nations|states|parties|leaders|governments|delegations|heads|presidents|ministers|officials|of|have|has|had|were|was|will|also|then|an?|the|this|these|" \
          r"sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed)|adopt(?:s|ed)|seal(?:s|ed)|exchang(?:e|ed)(?!\s+programmes?\b|\s+programs?\b)|forged|finali[sz]ed)\b)[\w-]+\s+)"
# a document noun used as a modifier ("agreement commitments", "treaty negotiations") names no document
_MODIFIED = r"(?!\s+(?:commitments?|negotiations?|talks|texts?|drafts?|process|implementation|framework|co-?operation)\b)"
# "27 intergovernmental, interdepartmental and interregional agreements": adjectives listed with commas
_FILLER_LIST = r"(?:(?:[\w-]+(?:al|ary|ive|ic|ian|ese|ish),\s+){1,3}(?:and\s+)?)"
DOC_PHRASE = re.compile(rf"\b(?:(?P<det>the|these|those|this|that|other|all)\s+[\u201c\u2018\x22]?)?(?:{_NUM}\s+)?(?:{_FILLER_LIST}?{_FILLER}{{0,3}}?)?{_DOC}\b{_MODIFIED}", re.I)
SIGN_VERB = re.compile(r"\b(?:reach(?:ed)?(?=\s+(?:[\w-]+\s+){0,4}?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\s+(?:[\w-]+\s+){0,2}(?:deals|agreements|accords|documents|memorand))|sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed)|adopt(?:s|ed)|seal(?:s|ed)|exchanged\b(?!\s+of\b)|exchanges?\s+(?=the\s+(?:signed\s+)?(?:memorand|MoU|MOU|agreement|accord|document|instrument|protocol))|(?:exchanges?|conclusion|announcement)\s+of\s+(?=(?:the\s+|these\s+)?(?:[\w-]+\s+){0,2}(?:memorand|MoU|MOU|agreement|accord|document|instrument|protocol|treat|notes?\b|letters?\b|contract))|initial(?:l)?ed|forged|finali[sz]ed)\b", re.I)
# a signing recalled from before the reported occasion
_RECALLED_SENTENCE = re.compile(
    r"^\s*(?:Earlier\s+(?:this|last)\s+(?:year|month)|Last\s+(?:year|month)|Previously|In\s+(?:19|20)\d\d|Since\s+(?:19|20)\d\d)\b|"
    r"\bhad\s+(?:previously|already|once|earlier|so\s+far)\s+(?:signed|inked|concluded)\b|"
    r"\b(?:have|has)\s+(?:so\s+far|to\s+date|previously|already)\s+(?:signed|inked|concluded)\b|"
    # "The president of Guinea had visited Ethiopia months ago and they signed an agreement ..."
    r"\b(?:months|years|decades)\s+ago\b|"
    # "the 15th anniversary of the signing of the treaty of friendship"
    r"\banniversary\s+of\s+the\s+(?:signing|conclusion)\b", re.I)
# "work towards having this agreement signed by May", "to get the deal signed": not signed yet
_CAUSATIVE = re.compile(r"\b(?:having|have|get|getting|see|seeing)\s+(?:this|the|these|those|that|an?|its|their)\s+(?:[\w-]+\s+){0,3}$", re.I)
_PURPOSE = re.compile(r"\b(?:event|ceremony|occasion|gathering)\s+to\s+$", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|to|expected\s+to|plans?\s+to|agreed\s+to|ready\s+to|readiness\s+to|not\s+yet|yet\s+to|set\s+to|due\s+to)\s+(?:\w+\s+)?$|"
                     r"\b(?:will|would|shall|to)\s+(?:also\s+)?(?:witness|oversee|attend|observe|host|hold)\s+the\s+$", re.I)  # "will witness the signing of", "preparing to host the signing of"
KIND_NAMES = [
    ("memorand", "memorandum of understanding"), ("memo", "memorandum of understanding"), ("mou", "memorandum of understanding"), ("road", "roadmap"),
    ("joint statement", "joint statement"), ("statement of", "statement"), ("minutes", "minutes"), ("joint declaration", "declaration"), ("declaration", "declaration"),
    ("treat", "treaty"), ("protocol", "protocol"), ("letter of agreement", "letter of agreement"),
    ("letters of agreement", "letter of agreement"), ("accord", "agreement"), ("agreement", "agreement"),
    ("letter of arrangement", "letter of arrangement"), ("exchange of note", "exchange of notes"), ("exchanges of note", "exchange of notes"), ("note", "exchange of notes"),
    ("exchange of letter", "exchange of letters"), ("exchanges of letter", "exchange of letters"),
    ("contract", "contract"), ("deal", "agreement"), ("pact", "agreement"), ("communiqu", "joint statement"), ("programme", "programme"), ("program", "programme"), ("action plan", "action plan"), ("plan of action", "action plan"),
    ("plan", "plan"),
    ("convention", "convention"), ("decision", "decision"), ("resolution", "decision"), ("letters of exchange", "letter of exchange"), ("letter of exchange", "letter of exchange"), ("letter", "letter of intent"), ("document", "document"), ("instrument", "document"),
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
    part: bool = False              # "also", "more", "another", ordinals: one of a package already counted
    named: bool = False             # "the X-Y Action Plan": one named document
    fresh: bool = False             # "two other deals": not the documents counted before
    heading: bool = False           # "MoU on tourism signed by ...": a sentence that opens with a bare document noun
    parts: list = field(default_factory=list)  # (count, kind, as written, offset): the set broken down by kind
    listed: bool = False            # one of single documents listed side by side ("a MoU on X and an agreement on Y")
    itemises: int = 0               # one of N items that list a counted set of N told before
    own_range: tuple[int, int] | None = None  # an item of a semicolon list: the text it is about
    package: bool = False           # "a series of documents", "several MoUs": an uncounted set
    follows: bool = False           # a single document told after an uncounted set (one of its items, maybe)
    doc_span: tuple[int, int] = (0, 0)


#: what specifies a document after its noun: "on cooperation between ...", "for the avoidance of ..." (not "on Monday",
#: "on behalf of", "on the sidelines")
_SPECIFIED_AFTER = re.compile(r"\s+(?:on|for|concerning|regarding)\s+(?!(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                              r"January|February|March|April|May|June|July|August|September|October|November|December|behalf|"
                              r"sidelines|margins|occasion|day|same|this|that|their|his|her|its|\d))\w+", re.I)


def _kind(doc: str) -> str:
    low = doc.lower()
    for key, kind in KIND_NAMES:
        if key in low:
            return kind
    return "document"


# a sentence that lists the documents of a signing just reported ("This included a memorandum ... as well as an
# agreement ...", "The documents include ...")
_LISTING = re.compile(r"^\s*(?:This|These|They|Those|It|The\s+(?:[\w-]+\s+){0,2}(?:agreements|documents|deals|accords|memoranda|MoUs|instruments))"
                      r"\s+(?:also\s+)?includ(?:e|es|ed)\b", re.I)
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|another|other|remaining)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PART = re.compile(r"\b(?:also|as\s+well|more|another|other|additional|further|among\s+(?:them|the|these)|include[sd]?|including)\b", re.I)
_PACKAGE = re.compile(r"\b(?:(?:a\s+)?(?:package|series|number|range|raft|set|host|slew)\s+of|several|multiple|various|a\s+total\s+of)\s+(?:[\w-]+\s+){0,2}$", re.I)
_ANOTHER = re.compile(r"[^.;]*?(?:,\s*|\s)(?:and|as\s+well\s+as|plus)\s+(?P<another>another)\s+(?:one\s+)?(?:on|about|regarding|concerning|for|to|in)\b", re.I)
_INNER_NUMBER = re.compile(r"\b(\d{1,3}|" + "|".join(k for k in NUMBER_WORDS if " " not in k and k not in ("a", "an", "both")) + r")\b", re.I)
_APPROX = re.compile(r"\b(?:more\s+than|over|nearly|almost|around|about|some|approximately|roughly|at\s+least|up\s+to|upwards\s+of|in\s+excess\s+of)\s+$", re.I)
_VAGUE = re.compile(r"\b(?:several|various|multiple|numerous|many|some|(?:a\s+)?(?:number|series|raft|host|slew|range|package|set)\s+of)\b", re.I)


def _plural(doc: str) -> bool:
    """ "memoranda of understanding", "MoUs", "agreements": more than one document."""
    head = doc.split()[0].lower()
    return head.endswith("s") or head == "memoranda"


def _count_of(num: str | None) -> tuple[int | None, bool]:
    if not num:
        return None, False
    n = re.sub(r"\s+", " ", num.lower())
    n = re.sub(r"^0+(?=\d)", "", n)
    if re.search(r"-(?:point|year|day|month|week|member|nation|party|way|page|article|hour|km|mile|storey|sided)s?$", n):
        return None, False  # "a five-year plan", "a nine-point statement": the number is a modifier, not the count
    dozens = re.fullmatch(r"(\w+) dozen", n)
    if dozens and dozens.group(1) in NUMBER_WORDS:  # "four dozen agreements": 48
        return NUMBER_WORDS[dozens.group(1)] * 12, False
    tens, _, unit = n.partition("-")
    if unit and NUMBER_WORDS.get(tens, 0) >= 20 and 1 <= NUMBER_WORDS.get(unit, 0) <= 9:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit], False  # "twenty-one"
    count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, NUMBER_WORDS.get(n.split("-")[0]))
    return count, n in ("a", "an")


def find_signings(text: str, start: int, end: int) -> list[SigningDraft]:
    """Signing mentions in one sentence: the document phrase nearest a signing verb, plus documents
    coordinated with it ("five MoUs and three exchanges of notes")."""
    sent = text[start:end]
    if _RECALLED_SENTENCE.search(sent):
        return []  # "Earlier this year, X signed ...", "had previously signed 15 other agreements": not this occasion
    verbs = [m for m in SIGN_VERB.finditer(sent)
             if (not _FUTURE.search(sent[max(0, m.start() - 30):m.start()]) or _PURPOSE.search(sent[max(0, m.start() - 30):m.start()]))
             and not _CAUSATIVE.search(sent[max(0, m.start() - 50):m.start()])]
    listing = False
    if not verbs:  # "These included a memorandum ..., as well as an agreement ...": the documents just mentioned, listed
        verbs = list(_LISTING.finditer(sent))
        listing = bool(verbs)
    if not verbs:
        if re.search(r"\bsigning\s+ceremony\b", sent, re.I):
            return [SigningDraft("document", "", None, False, [], spans=[(start, end)], anaphoric=True)]
        return []
    best = None
    docs = [m for m in DOC_PHRASE.finditer(sent) if not re.match(r"(?i)one\s+of", sent[m.start():]) and sent[max(0, m.start() - 1):m.start()] != "("
            and not re.match(r"\s+such\s+as\s+(?:the|this|that|these|ours?)\b", sent[m.end():], re.I)]  # "agreements such as the one we signed": a kind
    for v in verbs:
        for m in docs:
            if listing and m.start() < v.end():
                continue  # "The four documents include ...": the subject is what the listed items make up
            dist = m.start() - v.end() if m.start() >= v.end() else (v.start() - m.end()) + 15
            if m.end() <= v.start() and re.fullmatch(r"\s+(?:that|which)\s+(?:[\w-]+\s+){0,3}", sent[m.end():v.start()], re.I):
                dist = 0  # "the agreements that we have signed": the verb's object is the noun before it
            if dist > 80:
                continue
            if best is None or dist < best[0]:
                best = (dist, m)
    # "MoU on cultural exchange programme signed by A": a sentence opening with a bare document names it
    head = next((m for m in docs if not m.group("det") and not m.group("num") and re.fullmatch(
        r"\s*(?:(?:These|They|Those)\s+(?:are|were|include[sd]?)\s*:\s*)?", sent[:m.start()], re.I)), None)
    if head is not None and best is not None and best[1] is not head and any(v.start() >= head.end() for v in verbs):
        best = (0, head)
    if best is None:
        # "A bilateral agreement on <a long subject> was also signed by ...": the sentence's subject document
        passive = re.search(r"\b(?:was|were)\s+(?:also\s+)?(?:signed|inked|concluded)\b", sent, re.I)
        subject = [m for m in docs if passive and m.end() <= passive.start() and m.start() <= 3]
        if not subject and passive:
            # "As a result of the talks, a Program of consultations between A and B for 2023-2024 was signed": the
            # passive verb's subject, however long its complement
            subject = [m for m in docs if m.end() <= passive.start() and passive.start() - m.end() <= 200
                       and not re.search(r"[.;:]|\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", sent[m.end():passive.start()], re.I)][-1:]
        if subject:
            best = (0, subject[0])
    if best is None:
        if re.search(r"\bsigning\s+ceremony\b|\bwere\s+(?:also\s+)?signed\b|\bwas\s+(?:also\s+)?signed\b", sent, re.I):
            return [SigningDraft("document", "", None, False, [], spans=[(start, end)], anaphoric=True)]
        return []
    chosen = [best[1]]
    # documents counted side by side ("five MoUs (...) and three Exchange of Notes"), each with its own number
    def coordinated(a: re.Match, b: re.Match) -> bool:
        gap = re.sub(r"\([^()]{0,40}\)", " ", sent[a.end():b.start("doc")])
        return len(gap.split()) <= 6 and bool(re.fullmatch(rf"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus)\s+{_NUM}\s+(?:[\w-]+\s+){{0,3}}", gap + " ", re.I)
                                               or re.fullmatch(rf"\s*,\s*{_NUM}\s+(?:[\w-]+\s+){{0,2}}", gap + " ", re.I))
    # single documents of different kinds listed with what each is about ("a memorandum of understanding on X,
    # a joint statement to Y, as well as an agreement on Z")
    # ... and a listing sentence names them with "the" too ("The four documents include the Agreement on X, the
    # Letter of Intent for Y and an Agreement concerning Z")
    art = r"(?:a|an|one|the)" if listing else r"(?:a|an|one)"

    def enumerated(a: re.Match, b: re.Match, any_kind: bool = False) -> bool:
        gap = re.sub(r"\([^()]{0,40}\)", " ", sent[a.end():b.start("doc")])
        return bool(re.fullmatch(r"\s+(?:on|to|for|in|of|regarding|concerning|between|with|aimed)\b[^.;:]{0,180}?"
                                 r"(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+|besides\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                                 + art + r"\s+(?:[\w-]+\s+){0,2}", gap, re.I)) \
            and (any_kind or _kind(a.group("doc")) != _kind(b.group("doc"))) and _kind(b.group("doc")) != "document" \
            and bool(re.search(r"\b" + art + r"\s+(?:[\w-]+\s+){0,2}$", sent[max(0, a.start("doc") - 45):a.start("doc")], re.I))

    def titled(a: re.Match, b: re.Match) -> bool:  # "signed the Joint Statement and the Agreement on Strategic Partnership"
        return bool(re.fullmatch(r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+the\s+", sent[a.end():b.start("doc")], re.I)) \
            and a.group("doc")[:1].isupper() and b.group("doc")[:1].isupper() and not _plural(a.group("doc")) and not _plural(b.group("doc"))

    def passive_pair(a: re.Match, b: re.Match) -> bool:
        # "27 agreements were signed, as well as about eight commercial contracts": the verb between the two
        gap = sent[a.end():b.start()]
        return bool(a.group("num")) and bool(re.fullmatch(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:signed|inked|concluded)\s*,?\s*"
                                                           r"(?:as\s+well\s+as|and|plus|along\s+with)\s+", gap, re.I))

    def linked(a: re.Match, b: re.Match) -> bool:  # a listing sentence lists documents of one kind too
        return coordinated(a, b) or enumerated(a, b, any_kind=listing) or titled(a, b) or passive_pair(a, b)
    idx = docs.index(best[1])
    for k in range(idx + 1, len(docs)):
        if linked(docs[k - 1], docs[k]):
            chosen.append(docs[k])
        else:
            break
    for k in range(idx - 1, -1, -1):
        if linked(docs[k], docs[k + 1]):
            chosen.insert(0, docs[k])
        else:
            break
    # "signed a series of documents, including one agreement, four MoUs and a programme": the set is its items
    inc = re.search(r"\bincluding\s+", sent[best[1].end():]) if len(chosen) == 1 else None
    if inc is not None and _draft(sent, best[1], start, end).count is None:  # an uncounted set ("a number of")
        after = [m for m in docs if m.start() >= best[1].end()]
        if after and after[0].start() <= best[1].end() + inc.end() <= after[0].start("doc"):
            items = [after[0]]
            for k in range(1, len(after)):  # items of one kind too: "including an agreement on X, an agreement on Y"
                if coordinated(after[k - 1], after[k]) or enumerated(after[k - 1], after[k], any_kind=True):
                    items.append(after[k])
                else:
                    break
            parts = [_draft(sent, m, start, end) for m in items]
            if len(parts) >= 2 and all(d.count for d in parts):
                for d in parts:
                    d.listed = True
                return parts
    drafts = [_draft(sent, m, start, end) for m in chosen]
    if len(drafts) == 1 and drafts[0].count == 1 and not drafts[0].anaphoric:
        # "a joint statement about X and another on Y": a second document of the same kind
        again = _ANOTHER.search(sent, chosen[0].end())
        if again and not any(again.start() > x.start() >= chosen[0].end() for x in docs):
            other = _draft(sent, chosen[0], start, end)
            other.doc_span = (start + again.start("another"), start + again.end("another"))
            drafts[0].weak = other.weak = False  # "a ... and another": two, exactly
            drafts.append(other)
    if listing and len(drafts) >= 2:  # "include the Agreement on X, the Letter of Intent for Y": one each,
        for d, m in zip(drafts, chosen):  # whatever number came before them
            if not m.group("num"):
                d.count, d.weak = 1, False
    if len(drafts) >= 2 and all(d.count == 1 for d in drafts):
        for d in drafts:
            d.listed = True  # one document each, listed: what an uncounted "several agreements" was
        # "The four documents include the Agreement on X, the Letter of Intent for Y, ...": the counted set told
        # before, item by item; each item is one document of its own
        subject = docs[0] if listing and docs[0] not in chosen else None
        if subject is not None and subject.end() <= verbs[0].end() and _count_of(subject.group("num"))[0] == len(drafts):
            for d in drafts:
                d.itemises, d.fresh = len(drafts), True
    # "two agreements and a Memorandum of Understanding", "an agreement and two memoranda": documents of
    # different kinds, each with its own number, stay apart even when one number is "a"
    distinct = len(drafts) >= 2 and len({d.kind for d in drafts}) == len(drafts) and all(d.count for d in drafts)
    # "an extradition treaty and a mutual legal assistance treaty": one kind, but each with its own article and
    # its own modifiers, two documents
    modified = len(chosen) >= 2 and len(drafts) == len(chosen) and all(
        d.weak and m.group("num") and sent[m.end("num"):m.start("doc")].strip() for d, m in zip(drafts, chosen))
    if modified:
        for d in drafts:
            d.weak = False
    paired = any(passive_pair(a, b) for a, b in zip(chosen, chosen[1:]))  # each its own set, counted or not
    if len([d for d in drafts if d.count and not d.weak]) < 2 and not distinct and not (listing and len(drafts) >= 2) and not paired:
        drafts = [_draft(sent, best[1], start, end)]
    return drafts


def _draft(sent: str, m: re.Match, start: int, end: int) -> SigningDraft:
    num = m.group("num")
    num_at = m.start("num")
    if num and _VAGUE.search(sent[m.end("num"):m.start("doc")]):
        num = None  # "the two sides signed several memoranda": the number is not the documents'
    vague = not num and bool(_PACKAGE.search(sent[max(0, m.start() - 40):m.start()] + sent[m.start():m.start("doc")]))
    if not num and not vague:  # "several MoUs": no number, not even one further back ("the two sides signed several")
        lo = max(0, m.start("doc") - 40)
        before = sent[lo:m.start("doc")]
        for k in range(4):  # the nearest number: "three agreements and four Memoranda" -> four
            nm = re.search(r"(?<![\w-])" + _NUM + r"\s+" + r"(?:[\w-]+\s+)" * k + "$", before, re.I)
            if nm:
                num, num_at = nm.group("num"), lo + nm.start("num")
                break
    count, weak = _count_of(num)
    if weak and m.group("num") and _plural(m.group("doc")):  # "signed a seven point bilateral agreements": the number
        inner = _INNER_NUMBER.search(sent, m.end("num"), m.start("doc"))  # among the modifiers counts ("a nine-point statement" is one)
        if inner:
            count, weak = _count_of(inner.group(1))
    det = m.group("det")
    before = sent[max(0, m.start() - 40):m.start()]
    # "more than 30 deals", "nearly 20 agreements": how many exactly is not stated
    approx = count is not None and not weak and num_at >= 0 and bool(_APPROX.search(sent[max(0, num_at - 30):num_at]))
    doc = m.group("doc")
    phrase = sent[m.start():m.end()]
    ordinal = bool(_ORDINAL.search(sent[max(0, m.start("doc") - 30):m.start("doc")]))
    # "the Vietnam-New Zealand Action Plan", "the Treaty on ...": a named document is one document
    # ... but "The MoU signed by ..." (an abbreviation, capitalised as always) refers back
    # "the signing of Memorandum of Understanding": a bare capitalised singular document is one document too
    # ... and so is a headline's "X and Y sign Declaration on ...", which drops the article
    bare = not det and not m.group("num") and (bool(re.search(r"(?i)\bsigning\s+of\s+$|\b(?:sign|signs|signed|ink|inks|inked|adopt|adopts|adopted)\s+$",
                                                              sent[max(0, m.start() - 20):m.start()])) or m.start() == 0) \
        and not _plural(doc) and not _PACKAGE.search(sent[max(0, m.start() - 40):m.start()] + sent[m.start():m.start("doc")])
    # ... unless a capitalised title follows ("the Agreement on Commercial Exchange")
    only_det = bool(det) and re.fullmatch(r"(?i)the\s+" + re.escape(doc), phrase.strip()) is not None \
        and not re.match(r"(?:\s*\([A-Za-z]{2,8}\))?\s+(?:on|for|of|between|concerning)\s+(?:the\s+)?[A-Z]", sent[m.end():m.end() + 40])
    named = (bool(det) and det.lower() == "the" and not only_det or bare) and (doc[:1].isupper() or bare) and count is None and not ordinal and \
        not re.match(r"(?i)(?:agreements|documents|memoranda|MoUs|deals|accords|pacts)\b", doc) and (bare or not re.match(r"MOUs?\b|MoUs?\b", doc)
                                                                                          or bool(re.match(r"\s+(?:on|for)\s+(?:the\s+)?[A-Z]", sent[m.end():m.end() + 30])))
    # "signed the 2024-2026 cultural exchange programme": the signing verb's object, singular and specified by its own
    # modifiers, is one document (a bare "the agreement" refers back)
    named = named or (bool(det) and det.lower() == "the" and count is None and not ordinal and not _plural(doc)
                      and bool(re.search(r"\b(?:sign(?:s|ed)?|ink(?:s|ed)?|conclude[sd]?|adopt(?:s|ed)?|exchange[sd]?|signing\s+of)\s+$", sent[max(0, m.start() - 20):m.start()], re.I))
                      and (bool(re.search(r"(?:\d|[a-z]{3,})", sent[m.end("det"):m.start("doc")]))
                           # "exchange the MoU on cooperation between the two ministries": specified by what follows
                           or bool(_SPECIFIED_AFTER.match(sent, m.end())))
                      and not re.search(r"(?i)\b(?:same|said|above|aforementioned|relevant|respective|bilateral|new|latest|first|final)\b", sent[m.end("det"):m.start("doc")]))
    # "signed the Joint Statement": the occasion's own statement or declaration is one document
    named = named or (bool(det) and det.lower() == "the" and count is None and not _plural(doc)
                      and _kind(doc) in ("joint statement", "declaration")
                      and bool(re.search(r"\b(?:sign(?:s|ed)?|ink(?:s|ed)?|adopt(?:s|ed)?|issued?)\s+$", sent[max(0, m.start() - 20):m.start()], re.I)))
    # "signed the minutes of the fifth session of the Joint Commission": the minutes of one meeting are one document
    named = named or (bool(det) and det.lower() == "the" and _kind(doc) == "minutes" and count is None
                      and bool(re.match(r"\s+(?:of\s+)?the\s+(?:[\w-]+\s+){0,3}(?:session|meeting|sitting|round)\b", sent[m.end():m.end() + 60], re.I)))
    if named:
        count, weak = 1, False
    if approx:
        count = None
    package = count is None and (approx or bool(_PACKAGE.search(before + sent[m.start():m.start("doc")])))
    # "signed two other deals": a further set, other than the documents already mentioned
    fresh = not det and count is not None and count >= 2 and not weak and \
        bool(re.search(r"\bother\s+(?:[\w-]+\s+){0,2}$", sent[m.start():m.start("doc")], re.I))
    if fresh:
        ordinal = False
    anaphoric = (bool(det) and count is None) or (ordinal and not package)
    # "Other MoUs signed during the visit include ...": a further set, uncounted, not the one told before
    other_set = bool(det) and det.lower() == "other" and count is None and _plural(doc) and not re.search(r"(?i)\bthe\s+$", before) \
        and bool(re.search(r"(?i)\binclud(?:e|ed|es)\b\s*[;:]?|\bcover(?:s|ed)?\b|\bin\s+the\s+(?:fields?|areas?)\s+of\b", sent[m.end():]))
    if other_set:
        anaphoric, package, fresh = False, True, True
    # bare uncounted "documents" ("a ceremony of signing and exchanging documents") names no set of its own
    anaphoric = anaphoric or (count is None and not package and _kind(doc) == "document" and doc.lower().endswith("s"))
    part = bool(_PART.search(sent)) or weak or ordinal
    if package:
        count, weak = None, False  # "several MoUs", "a number of agreements": how many is not stated
    d = SigningDraft(_kind(doc), phrase, count, weak, [], spans=[(start, end)], anaphoric=anaphoric and not package)
    d.part = part and not fresh
    d.named = named
    d.heading = not det and not m.group("num") and bool(re.fullmatch(r"\s*(?:(?:These|They|Those)\s+(?:are|were|include[sd]?)\s*:\s*)?", sent[:m.start()], re.I))
    d.package = package
    d.fresh = fresh
    d.doc_span = (start + m.start(), start + m.end())
    return d


# --- sector phrases -------------------------------------------------------------------
_DOCS_RE = r"(?:(?:joint\s+statements?|letters?\s+of\s+intent|agreements?|memorand\w+|MoUs?|MOUs?|documents?|instruments?|accords?|deals?|pacts?|notes?|protocols?|plans?|programmes?|programs?|contracts?|declarations?)(?:\s+of\s+(?:understanding|intent|cooperation))?)"
_LIST_INTRO = re.compile(
    r"(?:(?:sectors|areas|fields|spheres|domains|issues|topics|matters)\s*,?\s*(?:including|such\s+as|like|namely|:)|"
    # "The documents cover almost the entire spectrum of Belarus-China cooperation, including investment, ..."
    r"\b(?:cover|covers|covered|covering|span|spans|spanned|spanning)\s+(?:[^.;:,]{0,80}?),?\s+(?:including|such\s+as)\s+|"
    # "a large block of these documents deals with interregional cooperation, finance, ..."
    rf"{_DOCS_RE}\s+(?:deal|deals|dealt)\s+with\s+|"
    # "covering different sectors of bilateral cooperation such as transportation, biotechnology ..."
    r"(?:sectors|areas|fields|spheres|domains)\s+of\s+(?:(?!and\b)[\w-]+\s+){1,3}?(?:such\s+as|including|like)\s+|"
    # "in areas of common interest, including economic, commercial ... fields"
    r"(?:sectors|areas|fields|spheres|domains)\s+of\s+(?:common|mutual|shared)\s+(?:interest|concern)\s*,?\s*(?:including|such\s+as|like|namely|:)\s*|"
    # "The areas touched upon included energy, ...", "the fields covered are ..."
    r"\b(?:sectors|areas|fields|spheres|domains|topics)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,3}?(?:include[sd]?|were|are|covered)\s+(?!(?:also|not|the\s+same)\b)|"
    r"(?:in|across)\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+of(?!\s+(?:common|mutual|shared)\s+(?:interest|concern))|"
    r"(?:focus(?:ed|es)?|centred|centered)\s+on\s+|"
    r"(?:co-?operation|collaboration|partnership)\s+(?:in|on)\s+(?!(?:the\s+)?(?:fields?|areas?|spheres?|sectors?)\b)|"
    # "an MoU for political deliberations" (not "for the", "for a", "for two years")
    rf"{_DOCS_RE}\s+for\s+(?!(?:the|a|an|their|its|his|her|this|that|both|each|all|\d+|two|three|five|ten|years?|months?|days?)\b|(?:enhanced\s+|bilateral\s+|closer\s+|further\s+)*(?:co-?operation|collaboration|partnership)\b)|"
    # "The MoU signed by the Minister of ..., was for the promotion and protection of investments"
    rf"{_DOCS_RE}\s+signed\s+by\b[^.;]{{0,200}}?,\s+(?:is|are|was|were)\s+(?:on|in|about|for)\s+(?:the\s+)?|"
    rf"{_DOCS_RE}(?:\s*\([A-Za-z]{{2,8}}\))?(?:\s+(?:yesterday|today|this\s+(?:morning|afternoon|evening)))?\s*,?\s+(?:on(?!\s+behalf\b)|covering|in(?-i:(?!\s+[A-Z][a-z]+\b(?!\s+(?:and|&)\s)))(?!\s+the\s+(?:presence|capital|city|margins?|framework|context|course|wake|run-up|name)\b)|regarding|concerning)\s+(?!the\s+(?:fields?|areas?)\b|(?:(?:different|various|several|many|key|diverse)\s+)(?:sectors|areas|fields|spheres|domains)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d)|"
    rf"{_DOCS_RE}\s+(?:\w+\s+){{0,4}}?(?:is|are|was|were)\s+(?:on|in|about|for|regarding|concerning|related\s+to)\s+|"
    r"(?:reached|reach)\s+agreements?\s+on\s+|"
    rf"{_DOCS_RE}\s+(?:seeks?|aims?|is\s+aimed|are\s+aimed|was\s+aimed|were\s+aimed)\s+(?:to|at)\s+(?:(?:address|cover|promote|boost|enhance|strengthen|further|furthering|promoting|boosting|enhancing|strengthening|developing|develop)\b\s*)?(?:the\s+)?|"
    rf"{_DOCS_RE}\s+(?:signed\s+)?(?:\w+\s+){{0,5}}?(?:also\s+)?(?:included|include[s]?)\s*[;:]?\s+(?!(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?:the\s+)?"
    r"(?!(?:[\w-]+\s+){0,3}(?:agreements?|memorand\w*|MoUs?|letters?\s+of|protocols?|treat(?:y|ies)|conventions?|declarations?|programmes?|plans?|exchanges?\s+of)\b)|"
    rf"{_DOCS_RE}\s+(?:pertaining|relating|related|relate[sd]?)\s+to\s+|"
    # "a joint statement about strengthening X and another on promoting Y"
    rf"{_DOCS_RE}\s+about\s+|\banother\s+(?:one\s+)?(?:on|about|regarding|concerning)\s+|"
    # "Among the agreements signed were those on education, health and customs"
    r"\bthose\s+(?:on|in|about|concerning|regarding|related\s+to|relating\s+to)\s+(?:the\s+)?|"
    # "signed 9 pacts to deepen ties in defence, trade and energy"
    r"\b(?:ties|relations)\s+in\s+(?!(?:the\s+)?(?:region|world|past|future|recent|years?|decades?)\b)(?:the\s+)?|"
    # "Other agreements touched on the health and training of ..."
    rf"{_DOCS_RE}\s+(?:also\s+)?(?:touched|touch|touches)\s+(?:up)?on\s+(?:the\s+)?|"
    # "Two of them concern trade and the others cover health, culture and sport"
    r"\b(?:of\s+them|others|the\s+rest|which|they)\s+(?:concern|cover|relate\s+to|deal\s+with)\s+(?:the\s+)?|"
    # "An MoU (was signed) between the ICCR and Kathmandu University on the establishment of ...": an institutional
    # document names its signatories first, then its subject ("[For a joint degree programme]" in brackets too)
    rf"{_DOCS_RE}(?:\s*\([A-Za-z]{{2,8}}\))?\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?:signed|inked|concluded)\s+)?between\s+"
    r"(?:(?![.;]|\bsigned\b|\bbetween\b)[^.;]){3,160}?\band\b(?:(?![.;]|\bsigned\b)[^.;]){2,120}?\s*(?:\[\s*)?"
    r"\b(?-i:(?:on|for|regarding|concerning|to\s+promote|to\s+strengthen|in\s+the\s+(?:fields?|areas?)\s+of)|(?i:For))\s+"
    r"(?!(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|occasion|sidelines|first\s+time|purpose)\b|\d)|"
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b[^,;.]{0,90}?\s+(?:concerned|concerns|covered|covers|related\s+to|relates\s+to|dealt\s+with|deals\s+with|(?:is|was)\s+(?:on|about))\s+(?:the\s+)?(?:co-?operation\s+(?:in|on)\s+(?:the\s+(?:fields?|areas?)\s+of\s+)?)?|"
    r"(?:promote|strengthen|enhance|boost|develop|expand)\s+(?:co-?operation\s+in\s+)?the\s+(?:fields?|areas?|sectors?)\s+of\s+|"
    r"^\s*(?:One|Another)\b(?:,[^,]{0,120},)?\s+(?:concerns|covers|deals\s+with|is\s+(?:on|about)|aims\s+to\s+(?:tackle|promote|strengthen|boost|develop|support|improve))\s+(?:the\s+)?|"
    # "two agreements: one on defence cooperation and the other on trade"
    r"(?:[:;,]\s*|\band\s+)(?:one|the\s+other|the\s+second|the\s+first|the\s+third|the\s+last)\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?|"
    rf"{_DOCS_RE}\s*,?\s+including\s+(?!(?:a|an|the|one|two|three|four|five)\b)|"
    # "A total of nine agreements were signed, including on tourism, ..."
    r"\b(?:signed|inked|exchanged|concluded)\s*,\s*including\s+(?=on\s)|"
    rf"{_DOCS_RE}\s+for\s+the\s+(?-i:(?=[A-Z]))|"
    # "an agreement for the exemption of visa requirements ...": a document for an action is about that action
    rf"{_DOCS_RE}\s+for\s+the\s+(?=(?:[\w-]+\s+){{0,2}}?[\w-]+(?:ion|ment|ance|ence|ing)\s+of\b)|"
    # "five agreements to boost trade and investment"
    rf"{_DOCS_RE}\s+to\s+(?:boost|enhance|strengthen|promote|expand|deepen|increase|develop)\s+(?:bilateral\s+)?(?!(?:the\s+)?(?:bilateral\s+)?(?:relations|ties|co-?operation|cooperation|partnership|friendship)\b)|"
    rf"{_DOCS_RE}\s+(?:was|were)\s+(?:signed|inked)\s+(?:on|for|regarding|concerning)\s+(?!(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|sidelines|occasion)\b|\d)|"
    r"(?:on|for|to)\s+(?:strengthening|promoting|enhancing|boosting|expanding|deepening|developing)\s+(?!(?:the\s+)?(?:bilateral\s+)?(?:relations|ties|cooperation\s+between)\b)|"
    r"(?:signed|inked)\s+(?:as\s+well\s+)?(?:promoting|to\s+promote|boosting|to\s+boost)\s+|"
    r"related\s+to\s+(?:co-?operation\s+in\s+)?|"
    r"cover(?:s|ing|ed)?\s+(?!a\s+wide|a\s+broad|a\s+range|various|several|many|numerous|multiple|diverse)|"
    r"cover(?:s|ing|ed)?\s+(?:a\s+(?:wide\s+|broad\s+)?range\s+of\s+|various\s+|several\s+|many\s+|numerous\s+|multiple\s+|diverse\s+)(?:issues|areas|fields|sectors|spheres)\s*,?\s*(?:including|such\s+as|like|namely|:)|"
    r"for\s+strengthening\s+co-?operation\s+in\s+the\s+field\s+of)\s*", re.I)
_LIST_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMt)(?<!\bNo)\.(?!\d)|[;:\]]|\((?![A-Za-z0-9-]{2,12}\))|(?-i:\s+and\s+the\s+(?=[A-Z]))|(?<![A-Za-z0-9])\)|(?-i:(?<!, cooperation)(?<!, co-operation)(?<!, collaboration)(?<!, a partnership)(?<! and cooperation)(?<! and co-operation)(?<! and collaboration)(?<! and a partnership)(?<! on cooperation)(?<! on co-operation)(?<! on Cooperation)(?<! for cooperation)(?<! for collaboration)(?<! of cooperation)(?<!: cooperation)(?<! on collaboration))\s+between\b|\s+(?:with(?!\s+(?:disabilities|special\s+needs|disability)\b)|(?<!in addition )to\s+(?!\w+\s+co)|for\s+the(?-i:(?!\s+[A-Z]))|as\s+well\s+as(?=\s+(?:an?|the|two|three|four|five|six|\d+|other|several|various)\s)|which|that|among|during|in\s+order|so\s+as|"
    r"(?:committed|granted|provided|extended|offered)\s+by|"
    r"at\s+the|by\s+the|signed|under|were|was|while|whereas|including|in\s+the\s+(?:fields?|areas?|spheres?)\s+of|"
    r"and\s+(?:another|the\s+others?|others)|and\s+(?:promoting|strengthening|enhancing|expanding|deepening|developing|boosting|supporting)|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:the\s+)?presence|after|before|aimed|aiming|to\s+(?:further|boost|enhance|strengthen)|"
    r"and\s+(?:(?:a|an|the)\s+)?(?=(?:(?!\w+ing\s)[\w-]+\s+){0,2}(?:MoUs?|MOUs?|memorand\w*|agreements?|letters?|protocols?|treat(?:y|ies)|contracts?|pacts?|accords?|joint\s+(?:statement|declaration)s?|declarations?|plans?|programmes?)\b)|"
    r"and\s+so\s+on|etc\b|"
    r",?\s*(?:and\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other)\b|"
    r"and\s+(?:agreed|decided|discussed|welcomed|expressed|reaffirmed|noted|vowed|pledged|stressed|underlined|called))\b|"
    r"[”\"]|,\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,6}?(?:said|says|added|noted|stated|reported|tweeted|announced|told)\b|,\s+according\s+to\b", re.I)
_NOT_SECTOR = re.compile(
    r"^(?:various|several|many|all|other|different|diverse|multiple|key|a\s+range\s+of|a\s+wide\s+range\s+of|the\s+two\s+countries|both\s+countries|"
    r"(?:mutual|common|shared)\s+interest)(?:\s+(?:fields|areas|sectors|spheres|domains|issues|of\s+cooperation|areas\s+of\s+cooperation|sectors\s+of\s+cooperation))?$|"
    r"^(?:various|several|many|all|other|different|diverse|multiple|key)\s+(?:fields|areas|sectors|spheres|domains|issues)\s+of\s+(?:bilateral\s+|mutual\s+|joint\s+)?(?:co-?operation|interest)$|"
    r"^(?:various|several|many|all|other|different|diverse|multiple|key|important|a\s+number\s+of)(?:\s+(?:other|key|important|related|relevant|priority|vital))+(?:\s+(?:fields|areas|sectors|spheres|domains|issues))?$|"
    r"^(?:on\s+|in\s+)?(?:all\s+)?(?:issues|matters|areas|fields|questions)\s+of\s+(?:mutual|common|shared)\s+(?:interest|concern)\b|"
    r"^(?:fields|areas|sectors|spheres|was|were|is|are|also|them|it|this|that|others?|co-?operation|collaboration|partnership)$|"
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$|^(?:the\s+)?following$|"
    r"^(?:a|an)\s|^(?:the\s+)?said\s|^according\b", re.I)


def sector_phrases(text: str, start: int, end: int, normalise) -> list[tuple[int, int]]:
    """Offsets of sector phrases as written in the sentence ``text[start:end]``."""
    sent = text[start:end]
    out: list[tuple[int, int]] = []
    for intro in _LIST_INTRO.finditer(sent):
        rest_start = intro.end()
        colon = re.match(r"\s*:\s*", sent[rest_start:])
        if colon:  # "a broad range of issues including: trade and investment; education, youth ...; health"
            rest_start += colon.end()
        full = re.search(r"\.(?!\d)|$", sent[rest_start:])
        if len([x for x in sent[rest_start:rest_start + full.start()].split(";") if x.strip()]) >= 3:
            # a list whose items are separated by semicolons: each part is a list of its own
            for part in re.finditer(r"[^;]+", sent[rest_start:rest_start + full.start()]):
                p0 = rest_start + part.start()
                piece = re.sub(r"^(\s*)and\s", r"\1    ", part.group(0))  # "; and livestock development"
                cut = _LIST_END.search(piece)  # "medicine and health between China's National Health Commission and ..."
                piece = piece[:cut.start()] if cut else piece
                for a, b in _split_list(piece, p0, normalise):
                    span = (start + a, start + b)
                    if span not in out:
                        out.append(span)
            continue
        m_end = _LIST_END.search(sent, rest_start)
        stop = m_end.start() if m_end else len(sent)
        pair = _BETWEEN_STATES.match(sent, stop) if m_end and len(sent[rest_start:stop].split()) >= 2 \
            and sent[rest_start:stop].lstrip()[:1].islower() else None  # (a capitalised title ends before the pair)
        if pair and _states_only(pair.group("pair")):
            # "expanding the strategic partnership between Azerbaijan and Hungary": the pair is part of the subject
            stop = pair.end()
        seg = sent[rest_start:stop]
        lead = len(seg) - len(seg.lstrip())
        between = _COOPERATION_BETWEEN.match(seg[lead:])
        if between:
            # "on cooperation between the Institute of Geology, Earthquake Resistant Construction and Seismology of ...
            # and the Institute of Seismology of ...": two institutions' long names are one subject, commas and all
            whole = re.search(r"[.;:](?!\d)|,\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:said|says|added|noted|stated)\b|\s+as\s+well\s+as\s+|"
                              r",?\s+(?:and|as\s+well\s+as)\s+(?:a|an|the|one|two|three)\s+(?:[\w-]+\s+){0,2}(?:MoUs?|MOUs?|memorand\w*|agreements?|"
                              r"protocols?|treat(?:y|ies)|conventions?|declarations?|programmes?|plans?|letters?)\b|$", sent[rest_start:])
            span = (rest_start + lead, rest_start + whole.start())
            if len(sent[span[0]:span[1]].split()) <= 40 and _names_institutions(sent[span[0]:span[1]][between.end():]):
                span = (start + span[0], start + span[1])
                out = [x for x in out if not (span[0] <= x[0] and x[1] <= span[1])]
                if not any(x[0] <= span[0] and span[1] <= x[1] for x in out):
                    out.append(span)
                if re.match(r"\s+as\s+well\s+as\s+", whole.group(0)):
                    # "... between the Investment Authority and the Investment Centre as well as housing and urban
                    # development": what follows is one more subject
                    more_at = rest_start + whole.end()
                    more_end = re.search(r"[.;:](?!\d)|$", sent[more_at:])
                    for a2, b2 in _split_list(sent[more_at:more_at + more_end.start()], more_at, normalise):
                        out.append((start + a2, start + b2))
                continue
        if not seg.strip():
            continue
        # a document's own subject ("an MoU on promoting the development of ...") may be long; a list item may not
        subject = bool(_SUBJECT_INTRO.search(intro.group(0))) and "," not in seg
        items = _split_list(seg, rest_start, normalise, max_words=16 if subject else 8)
        for a, b in items:
            span = (start + a, start + b)
            if span not in out and not any(x[0] <= span[0] and span[1] <= x[1] for x in out):
                out = [x for x in out if not (span[0] <= x[0] and x[1] <= span[1])]
                out.append(span)
    for t in _PAIR_TITLE.finditer(sent):
        # "the Latvia-India Culture Cooperation Programme for 2019-2021": the words between the pair and the document
        # noun are what it is about ("Action Plan", "Cooperation Agreement" say nothing more)
        rest = list(re.finditer(r"\S+", t.group("rest")))
        for k in (1, 2):
            if len(rest) <= k or len({c.iso3 for c in find_countries(t.group("left") + "-" + " ".join(w.group(0) for w in rest[:k]))}) != 2:
                continue
            a, b = t.start("rest") + rest[k].start(), t.start("rest") + rest[-1].end()
            words = re.sub(r"(?i)\s*\b(?:action|work|joint|framework|general|bilateral)$", "", sent[a:b])
            if words and not re.fullmatch(r"(?i)(?:co-?operation|partnership|friendship)", words):
                span = (start + a, start + a + len(words))
                if not any(x[0] <= span[0] and span[1] <= x[1] for x in out):
                    out.append(span)
            break
    if not out:
        # "A Memorandum of understanding between the Ministry of Energy of A and the Ministry of Energy of B;": a
        # document with no subject of its own is written down by the institutions that signed it
        pair = _PAIR_SUBJECT.search(sent)
        if pair and len(pair.group("pair").split()) <= 30 and re.search(r"\sand\s", pair.group("pair")) \
                and len(_INSTITUTION.findall(pair.group("pair"))) >= 2:
            out.append((start + pair.start("pair"), start + pair.end("pair")))
    return sorted(out)


def _states_only(pair: str, names_only: bool = False) -> bool:
    """True for "Kenya and Turkey", "the Republic of Kenya and Turkey": two states and nothing of their own;
    ``names_only``: states by name, not by capital or demonym ("Tehran and Accra" are two cities)."""
    found = [c for c in find_countries(pair) if not names_only or c.kind == "name"]
    if len({c.iso3 for c in found}) < 2:
        return False
    rest = pair
    for c in sorted(found, key=lambda c: -c.start):
        rest = rest[:c.start] + " " + rest[c.end:]
    return not [w for w in re.findall(r"[A-Za-z]+", rest) if w.lower() not in ("the", "and", "of", "s", "republic", "kingdom", "state", "states")]


_BETWEEN_STATES = re.compile(r"\s+between\s+(?P<pair>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s*(?:[.,;:]|$|\s+(?:and|as|was|were|in|on)\b))")
def _names_institutions(pair: str) -> bool:
    """The "between ..." of "cooperation between ..." says something of its own: not "the two countries", not two states."""
    return not re.match(r"(?i)(?:the\s+)?(?:two|both)\b", pair) and not _states_only(pair)


_COOPERATION_BETWEEN = re.compile(r"(?:an?\s+)?(?:co-?operation|collaboration|partnership|exchanges?)\s+between\s+", re.I)
_PAIR_TITLE = re.compile(r"\b(?P<left>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[-–](?P<rest>(?:[A-Z][\w-]*\s+){2,6}?)"
                         r"(?:Agreement|Programme|Program|Plan|Treaty|Memorandum|MoU|MOU|Protocol|Accord|Roadmap)\b")
_PAIR_SUBJECT = re.compile(rf"(?i:{_DOCS_RE}(?:\s*\([A-Za-z]{{2,8}}\))?\s+(?:(?:was|were)\s+(?:signed|inked|concluded)\s+)?between\s+(?:the\s+)?)"
                           r"(?P<pair>[A-Z][^.;:\[\]]{3,300}?)\s*(?:[.;:\[]|,?\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|inked)\b|$)")
_INSTITUTION = re.compile(r"\b(?:Ministry|Ministries|Academy|Council|University|Institute|Authority|Agency|Office|Court|Commission|Committee|"
                          r"Chamber|Bank|Corporation|Company|Ltd|Limited|Television|Radio|Board|Service|Department|Bureau|Fund|Centre|Center|"
                          r"Administration|Cabinet|Police|Secretariat|Directorate|Agencies|Inc|Group|Association|Federation|Chambers|School|College|Hospital)\b")


_ADJ = r"[a-z-]+(?:ic|al|ary|ive|ous|ian)"
#: generic heads two modifiers share ("trade and investment cooperation", "human and economic development")
_HEAD = r"(?:co-?operation|collaboration|development|integration|relations|ties|partnership|affairs|matters|issues)"


_SUBJECT_INTRO = re.compile(rf"^{_DOCS_RE}\b|^another\b", re.I)


def _split_list(seg: str, offset: int, normalise, max_words: int = 8) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    # "... technology sectors": the trailing sector noun is not part of the last item
    tail = re.search(r"\s+(?:sectors?|fields?|areas?|spheres?|domains?|industries)\s*,?\s*$", seg, re.I)
    if tail and len(seg[:tail.start()].split()) >= 1:
        seg = seg[:tail.start()]
    # a document's title ("on Migration and Mobility", "on Science and Technology and Agriculture") is one topic:
    # a run of capitalised words is not split at "and" or commas
    if re.fullmatch(r"\s*(?:[A-Z][\w’'-]*|and|of|&|the|for|in|on)(?:[\s,]+(?:[A-Z][\w’'-]*|and|of|&|the|for|in|on))*\s*", seg) \
            and len(re.findall(r"\b[A-Z]", seg)) >= 2 and len(seg.split()) <= 10:
        a = len(seg) - len(seg.lstrip())
        a += len(re.match(r"(?:the\s+)?", seg[a:]).group(0))  # "on the Promotion of ...": the article is no part of the title
        b = len(seg.rstrip())
        return [(offset + a, offset + b)] if b > a and not _NOT_SECTOR.match(seg.strip()) else []
    oxford = "," in seg
    # items end at commas and at "as well as", "in addition to" ("agriculture as well as science and technology")
    cuts = [0] + [x for m in re.finditer(r",|\s+(?:as\s+well\s+as|in\s+addition\s+to)\s+", seg) for x in (m.start(), m.end())] + [len(seg)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i + 1] > cuts[i]]
    for k, (a, b) in enumerate(pieces):
        p_start, p_end = a, b
        piece = seg[a:b]
        # "including on defence", "in areas such as energy": the preposition and the area word are not the sector
        lead = re.match(r"\s*(?:and\s+|or\s+)?(?:(?:on|in)\s+(?=\w))?(?:the\s+|their\s+|its\s+)?(?:co-?operation\s+(?:in|on)\s+)?(?:the\s+)?"
                        r"(?:(?:fields?|areas?|spheres?|sectors?)\s+(?:of|such\s+as|like|including)\s+)?", piece, re.I)
        a += lead.end()
        # "... defence in Nairobi": a place after the last sector is not part of it
        place = re.search(r"\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*$", seg[a:b], re.I)
        # ... but "standards in Belarus" keeps its state: a country is part of what a document is about
        if place and set(normalise(place.group(0))) <= {"other"} and len(seg[a:a + place.start()].split()) >= 1 \
                and not any(c.kind != "capital" for c in find_countries(place.group(0))):
            b = a + place.start()
        piece = seg[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if b <= a:
            continue
        item = seg[a:b]
        # "establishment of a joint task force on investment" -> "investment"
        on = re.search(r"\s+(?:on|regarding|concerning)\s+(?!the\s+(?:basis|part|occasion|sidelines)\b)(?:the\s+)?", item)
        if on and len(item[:on.start()].split()) >= 3:
            a += on.end()
            item = seg[a:b]
        between = _COOPERATION_BETWEEN.match(item)
        if between:
            art = re.match(r"(?i)an?\s+", item)
            if art:
                a += art.end()
                item = seg[a:b]
                between = _COOPERATION_BETWEEN.match(item)
            # "cooperation between the foreign service academies", "a partnership between A and B": the pair is the
            # subject; "cooperation between the two countries" or between two states says nothing
            pair = item[between.end():]
            if _names_institutions(pair) and len(item.split()) <= 25:
                parts.append((offset + a, offset + b))
            continue
        if _NOT_SECTOR.match(item.strip()):
            continue
        andm = re.search(r"\s+and\s+", item)
        # the last item of "a, b and c" is "b and c"; after "as well as", "science and technology" is one item
        last_plain = k == len(pieces) - 1 and not re.match(r"\s*and\s", seg[p_start:p_end]) \
            and not re.search(r"(?:as\s+well\s+as|in\s+addition\s+to)\s+$", seg[:p_start])
        ands = list(re.finditer(r"\s+and\s+", item)) if last_plain or not oxford else []
        words = re.split(r"\s+and\s+", item)
        if len(ands) >= 2 and all(len(w.split()) <= 2 for w in words[:-1]) and len(words[-1].split()) == 1:
            andm = ands[-1]  # "public health, youth and sports and culture": the list ends at the last "and"
            if not oxford:  # "regional and international relations and infrastructure": two items
                parts.append((offset + a, offset + a + andm.start()))
                parts.append((offset + a + andm.end(), offset + b))
                continue
        # "promotion and protection of investments": two nouns sharing one complement stay together
        shared = bool(andm) and bool(re.fullmatch(r"\w+(?:ion|ment|ing|ance|ence)\s+and\s+\w+(?:ion|ment|ing|ance|ence)\s+(?:of|in)\s+.+", item, re.I))
        # "establishing and operating programmes of ...": two verbs sharing one object
        shared = shared or bool(andm) and bool(re.fullmatch(r"\w+ing\s+and\s+\w+ing\s+\S.*", item, re.I))
        # "economic and financial integration", "scientific and technical cooperation": two adjectives, one noun
        shared = shared or bool(andm) and bool(re.fullmatch(rf"{_ADJ}\s+and\s+{_ADJ}(?:\s+[\w-]+){{1,2}}", item, re.I))
        # ... when the first is a modifier, not a sector of its own ("Trade and Agricultural cooperation" splits)
        shared = shared or bool(andm) and bool(re.fullmatch(rf"(?:\w+ing\s+)?[\w-]+\s+and\s+[\w-]+\s+{_HEAD}", item, re.I)) \
            and (bool(re.fullmatch(_ADJ, item[:andm.start()].split()[-1], re.I)) or set(normalise(item[:andm.start()])) <= {"other"})
        # "information and communication technologies": a first word that is no sector of its own shares the head
        shared = shared or bool(andm) and bool(re.fullmatch(r"[\w-]+\s+and\s+[\w-]+\s+[\w-]+(?:\s*\([A-Za-z]{2,8}\))?", item, re.I)) \
            and set(normalise(item[:andm.start()])) <= {"other"} and not set(normalise(item)) <= {"other"}
        if andm and (not oxford or last_plain) and not shared:
            left, right = item[:andm.start()], item[andm.end():]
            if (last_plain and oxford or set(normalise(left)) != set(normalise(right))) and not re.match(r"(?i)other\b", right.strip()) and len(left.split()) <= 3 \
                    and not _NOT_SECTOR.match(right.strip()):
                parts.append((offset + a, offset + a + andm.start()))
                again = re.match(r"(?:(?:on|in|for)\s+)?(?:the\s+)?(?=\w)", item[andm.end():])  # "on health and on youth affairs"
                parts.append((offset + a + andm.end() + (again.end() if again else 0), offset + b))
                continue
        if len(item.split()) <= max_words:
            parts.append((offset + a, offset + b))
    return parts



def _other_subjects(a: SigningDraft, b: SigningDraft, text: str | None) -> bool:
    """True when two single documents ("A memorandum ... was signed on X", "A memorandum ... was signed on Y") each say
    what they are about and neither's subject holds the other's: two documents, not one told twice."""
    if text is None or not a.sectors or not b.sectors:
        return False
    xs = [text[p:q].lower() for p, q in a.sectors]
    ys = [text[p:q].lower() for p, q in b.sectors]
    return not any(x in y or y in x for x in xs for y in ys)


def merge_signings(drafts: list[SigningDraft], text: str | None = None) -> list[SigningDraft]:
    """One signing per occasion and kind of package.

    * the same count of documents again (headline and body) is the same signing;
    * "the documents", "the first MoU" refer back: to the signing of that kind, else the latest;
    * a smaller count, "also"/"more"/"another", or a single document stated after a counted
      package of the same occasion is one of that package ("Two more agreements ...");
    * documents counted side by side in one sentence ("three agreements and four MoUs") stay apart;
    * two single documents told with different subjects ("A memorandum ... on X." "A memorandum ... on Y.") stay
      apart (``text`` gives their subjects' words).
    """
    out: list[SigningDraft] = []

    def clash(a: SigningDraft, b: SigningDraft) -> bool:  # two stated dates that differ: two occasions
        va, vb = a.date.value, b.date.value
        return bool(va and vb) and not (va.startswith(vb) or vb.startswith(va))
    for d in drafts:
        target = None
        if d.fresh:
            out.append(d)
            continue
        single = (d.weak or d.named) and d.count == 1 and not d.anaphoric
        if (d.listed or single) and _resolves_package(d, out):
            d.follows = not d.listed
            d.listed = True
            out.append(d)
            continue
        same_sentence = [o for o in out if o.spans[0] == d.spans[0]]
        # "These are: MoU on X signed by A and B": an item of the counted set before, whoever signed it
        cands = [o for o in out if (d.event is None or o.event is None or d.event == o.event or d.heading and o.count and o.count >= 2)
                 and o not in same_sentence and not clash(d, o)
                 and (d.anaphoric or not (len(d.parties) >= 2 and len(o.parties) >= 2 and set(d.parties) != set(o.parties)))
                 and not (d.package and not d.anaphoric and o.weak and o.count == 1)]  # a set is not one document
        if d.anaphoric:
            kind_match = [o for o in cands if o.kind == d.kind and d.kind not in ("agreement", "document")]
            target = (kind_match or cands or [None])[-1]
        if target is None and not d.anaphoric:
            ranked: list[tuple[int, SigningDraft]] = []  # the best rule wins; among equals, the latest mention
            for o in cands:
                if o.count is not None and d.count is not None and o.count == d.count and not (o.weak and d.weak and o.kind != d.kind) \
                        and not (o.count == 1 and o.weak and d.weak and _other_subjects(o, d, text)):
                    ranked.append((0, o))
                elif o.kind == d.kind and (o.count is None or d.count is None) and not d.named and not o.named:
                    ranked.append((1, o))
                elif ((o.count is None and not o.weak) and d.count in (None, 1) or (d.count is None and o.count in (None, 1)) and o.weak) \
                        and (o.kind == d.kind or "document" in (o.kind, d.kind) or not d.weak):
                    ranked.append((2, o))
            if ranked:
                best_rank = min(r for r, _ in ranked)
                target = [o for r, o in ranked if r == best_rank][-1]
            if target is None:
                totals = [o for o in cands if o.count is not None and o.count >= 2 and not o.weak]
                if totals:
                    tot = totals[-1]
                    kind_ok = d.kind == tot.kind or tot.kind in ("agreement", "document") or d.kind in ("agreement", "document") or len(totals) == 1
                    smaller = d.count is not None and d.count < tot.count
                    other_pair = len(d.parties) >= 2 and len(tot.parties) >= 2 and set(d.parties) != set(tot.parties)
                    if kind_ok and not other_pair and (d.part or smaller or d.count is None or d.weak) and (d.count is None or d.count <= tot.count):
                        target = tot
                        d.absorbed = True
            if target is None and d.count == 1 and d.weak and not d.listed and not d.fresh and not d.named:
                # "Zambia signed six MoUs ..." then "Mines minister X signed an MoU on mining": one of the six, even when
                # its signing is an occasion of its own
                sets = [o for o in out if o.count is not None and o.count >= 2 and not o.weak and not clash(d, o)
                        and o.spans[0] != d.spans[0] and o.spans[0][0] < d.spans[0][0]
                        and set(d.parties) == set(o.parties) and (d.kind == o.kind or o.kind in ("agreement", "document"))]
                if sets:
                    target = sets[-1]
                    d.absorbed = True
        if target is None:
            if d.anaphoric:
                continue
            out.append(d)
            continue
        o = target
        if not d.anaphoric and not getattr(d, "absorbed", False):
            if o.count is None and d.count is not None and not d.weak:
                o.count, o.weak = d.count, d.weak
            elif o.weak and d.count is None and re.search(r"(?:s|memoranda)\W*$", d.kind_text, re.I):
                o.count, o.weak = None, False
            if (o.kind in ("agreement", "document") and d.kind not in ("agreement", "document")):
                o.kind, o.kind_text = d.kind, d.kind_text
        for p in d.parties if not d.anaphoric or len(o.parties) < 2 else []:  # "these agreements" adds no party
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
    _share_sectors(out)
    # a counted set listed item by item later ("four documents were signed ... The four documents include ...") is
    # its items: they take its sentences, and it is not a signing of its own
    for n in sorted({d.itemises for d in out if d.itemises}):
        items = [d for d in out if d.itemises == n]
        first = min(items, key=lambda d: d.spans[0][0])
        sets = [o for o in out if o.count == n and not o.itemises and o.spans[0][0] < first.spans[0][0]
                and (set(o.parties) <= set(first.parties) or set(first.parties) <= set(o.parties))]
        if sets:
            o = sets[-1]
            first.spans += [sp for sp in o.spans if sp not in first.spans]
            if first.date.value is None and o.date.value:
                first.date = o.date
            for d in items:
                d.event = d.event if d.event is not None else o.event
            out.remove(o)
    # an uncounted package ("signed several agreements") whose documents are then listed one by one is those
    # documents: it gives them its sentences and is not a signing of its own
    listed = [o for o in out if o.listed]
    for o in [o for o in out if _uncounted_package(o)]:
        # items of the set: listed with it, or told after it and of its kind ("several MoUs" is not itemised
        # by two agreements told later; "a series of documents" is by any single document)
        items = [x for x in listed if _same_parties(o, x) and x.spans[0][0] >= o.spans[0][0]  # listed before: another set
                 and (not x.follows or x.kind == o.kind or o.kind in ("agreement", "document"))]
        told = [x for x in items if x.follows and x.spans[0][0] > o.spans[0][0]]
        if len(items) == 1 and told:  # "several agreements ..., an agreement on trade": one of them, not all
            x = told[0]
            o.spans += [sp for sp in x.spans if sp not in o.spans]
            o.sectors += [sp for sp in x.sectors if sp not in o.sectors]
            if o.kind in ("agreement", "document") and x.kind not in ("agreement", "document"):
                o.kind, o.kind_text = x.kind, x.kind_text
            out.remove(x)
            listed.remove(x)
            continue
        first = items[0] if items else None
        if first is not None:
            first.spans += [sp for sp in o.spans if sp not in first.spans]
            first.sectors += [sp for sp in o.sectors if sp not in first.sectors]
            if first.date.value is None and o.date.value:
                first.date = o.date
            out.remove(o)
    return out


def _share_sectors(out: list[SigningDraft]) -> None:
    """Documents listed in one sentence ("a letter of intent on X, a memorandum on Y and an agreement on Z")
    each keep the phrases written after them, up to the next listed document, not the whole sentence's."""
    by_sentence: dict[tuple[int, int], list[SigningDraft]] = {}
    for o in out:
        if o.listed:
            by_sentence.setdefault(o.spans[0], []).append(o)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda o: o.doc_span[0])
        lo, hi = group[0].spans[0]
        for k, o in enumerate(group):
            start = o.doc_span[0]
            stop = group[k + 1].doc_span[0] if k + 1 < len(group) else hi
            o.sectors = [sp for sp in o.sectors if not (lo <= sp[0] < hi) or start <= sp[0] < stop]


def _uncounted_package(o: SigningDraft) -> bool:
    return o.count is None and not o.named and not o.listed and not o.anaphoric


def _same_parties(a: SigningDraft, b: SigningDraft) -> bool:
    return not (len(a.parties) >= 2 and len(b.parties) >= 2 and set(a.parties) != set(b.parties))


def _resolves_package(d: SigningDraft, out: list[SigningDraft]) -> bool:
    """A listed single document stays apart when an uncounted package of the same signing is what it lists."""
    return any(_uncounted_package(o) and _same_parties(o, d)
               and (d.event is None or o.event is None or d.event == o.event or (d.named and d.kind == o.kind))  # "The MOU on
               and (d.listed or d.kind == o.kind or o.kind in ("agreement", "document")) for o in out)       # X was signed by ..."


# --- documents listed one by one --------------------------------------------------------
#: a list item line: "- Memorandum of ...", "• Agreement on ...", "2) Protocol ...", "> Agreement between ..."
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–>▪◦·]|\d{1,2}[.)])\s*")
#: a list marker the sentence splitter left on its own ("1.", "2)")
_MARKER_ONLY = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s*$")
#: a line that opens a list of the documents just reported: "These include:", "The documents are as follows:"
_LIST_OPENER = re.compile(r"^\s*(?:(?:These|They|Those|The\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|instruments|memoranda|MoUs|deals|accords))"
                          r"\s+(?:are|were|include[sd]?|comprise[sd]?)(?:\s+as\s+follows)?\s*:|(?:[^.:]{0,120}\b(?:signed|inked|following)\b[^.:]{0,80}:))\s*$", re.I)
#: "Here are the key bilateral agreements signed ...", "The following documents were signed": a list follows
_LIST_HERE = re.compile(r"^\s*(?:Here\s+(?:are|is)|Below\s+(?:are|is)|(?:The\s+)?following\s+(?:is|are))\b[^.]{0,80}\b(?:agreements|documents|instruments|memoranda|MoUs|deals|accords|pacts)\b"
                        r"|^\s*The\s+following\s+(?:[\w-]+\s+){0,2}(?:agreements|documents|instruments|memoranda|MoUs|deals|accords|pacts)\s+(?:were|have\s+been)\s+(?:signed|inked|exchanged)", re.I)
#: a titled plan in a list item, which DOC_PHRASE leaves to context ("the Plan for the celebration of ...")
#: ... and "1. Decision of the Supreme Interstate Council on the establishment of ...": a signed decision
_ITEM_PLAN = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?P<doc>Plan|Programme|Program|(?:Decision|Resolution)(?=\s+of\s+the\b))\b")


#: "Among the agreements signed were ...", "The documents signed are ...": a list of the documents themselves
_DOCUMENTS_WERE = re.compile(r"^\s*(?:Among\s+(?:the\s+)?(?P<a>agreements|documents|instruments|memoranda|MoUs|deals|accords)\s+(?:signed\s+)?(?:were|are|was)|"
                             r"The\s+(?:[\w-]+\s+){0,2}(?P<b>agreements|documents|instruments|memoranda|MoUs|deals|accords)\s+(?:signed\s+)?(?:were|are|include[sd]?)\s*:?)\s",
                             re.I)


#: the number counting a document noun that follows ("and three Memoranda of ...": three)
_NUMBER_BEFORE = re.compile(r"(?<![\w-])" + _NUM + r"\s+(?:[\w-]+\s+){0,2}$", re.I)


def _semicolon_documents(sent: str, s: int, e: int) -> list:
    """One draft per item of a semicolon-separated list of documents ("Among the agreements signed were an agreement
    on X; Vietnam-Laos Cooperation in 2021-2025; Cooperation between ...; and a number of contracts"), or []. Items
    without a number of their own ("a number of economic contracts") are not counted."""
    m = _DOCUMENTS_WERE.match(sent)
    if m is None:
        return []
    body = sent[m.end():]
    parts = [p for p in re.finditer(r"[^;]+", body) if p.group(0).strip(" .")]
    if len(parts) < 3:
        return []
    kind = _kind(m.group("a") or m.group("b"))
    out = []
    counted = None  # "three Memoranda of Understanding on A; B; and C": the parts after a counted item are its subjects
    for p in parts:
        item = p.group(0)
        if re.match(r"\s*(?:and\s+)?(?:a\s+number\s+of|several|various|many|some|other)\b", item, re.I):
            continue
        doc = DOC_PHRASE.search(item, 0, 60)
        if counted is not None and doc is None:
            if counted.own_range:
                counted.own_range = (counted.own_range[0], s + m.end() + p.start() + len(item.rstrip(" .")))
            continue
        num = _NUMBER_BEFORE.search(item[:doc.start("doc")]) if doc is not None else None
        n = _count_of(num.group("num"))[0] if num else None
        d = SigningDraft(_kind(doc.group("doc")) if doc else kind, item.strip(), n if n and n >= 2 else 1, False, [], spans=[(s, e)])
        at = s + m.end() + p.start() + (len(item) - len(item.lstrip()))
        d.doc_span = (at, at + 1)
        # the item's subject: without "and", "an agreement on" and a final full stop
        lead = re.match(r"\s*(?:and\s+)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|protocol|treaty|accord)\s+(?:on|for|in|of|regarding|concerning)\s+)?(?:the\s+)?", item, re.I)
        a, b = s + m.end() + p.start() + lead.end(), s + m.end() + p.start() + len(item.rstrip(" ."))
        d.own_range = (a, b) if b > a and len(sent[a - s:b - s].split()) <= 30 else None
        d.listed, d.named, d.fresh = True, True, True
        counted = d if d.count >= 2 else None
        out.append(d)
    if len(out) >= 2 and any(d.count >= 2 for d in out):
        for d in out:  # "four agreements" told before are these items: a framework agreement and three MoUs
            d.itemises = sum(x.count for x in out)
        return out
    return out if len(out) >= 3 else []


def _last_counted(signings: list, here: tuple[int, int]):
    """The counted set (two or more documents) told last before this sentence, unless an uncounted set came after it."""
    for x in reversed([x for x in signings if x.spans[0] != here]):
        if x.anaphoric:
            continue
        return x if x.count and x.count >= 2 and not x.weak else None
    return None


def _item_document(sent: str, at: int):
    """The document a list item names near its start, or None."""
    m = DOC_PHRASE.search(sent, at, min(len(sent), at + 100))
    plan = _ITEM_PLAN.match(sent, at)
    if plan is not None and plan.group("doc").startswith(("Decision", "Resolution")) and (m is None or m.start() > plan.end()):
        return plan  # "Decision of the Council on the Agreement ...": the decision is the item
    if m is not None and not re.search(r"[.;:]", sent[at:m.start()]):
        return m
    return plan


def _listed_document(sent: str, m, s: int, e: int):
    """A one-document draft for a list item that names its document without a verb."""
    d = SigningDraft(_kind(m.group("doc")), sent[m.start():m.end()], 1, False, [], spans=[(s, e)])
    d.doc_span = (s + m.start(), s + m.end())
    return d
#: a sentence about one of the documents just signed: "One concerns ...", "Another, signed by ..., aims to ..."
_ONE_OF_THEM = re.compile(r"^\s*(?:One|Another|The\s+(?:first|second|third|fourth|fifth|other|last)(?:\s+(?:one|document|memorandum|agreement))?|"
                          r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}|Some|Most|Many|Several|All|Each)\s+of\s+them)\b")


# --- a counted set told document by document ------------------------------------------------
#: one document named with what it is about: "an MOU on cooperation in tourism", "the Agreement on Economic and
#: Technical Cooperation", "Framework Agreement for Cooperation", "the first between the Ministry of ..."
_ONE_DOC = (r"(?P<one>declaration\s+of\s+intent|memorand(?:um|a)\s+of\s+(?:understanding|co-?operation|intent)|memo\s+of\s+understanding|memorandum|"
            r"MoU|MOU|Mou|agreement|accord|treaty|protocol|programme|program|joint\s+statement|joint\s+declaration|declaration|"
            r"action\s+plan|plan\s+of\s+action|work\s+plan|roadmap|road\s+map|convention|"
            r"letter\s+of\s+(?:intent|arrangement|exchange|co-?operation|agreement|understanding)|statement\s+of\s+intent|"
            r"exchange\s+of\s+(?:notes|letters)|(?-i:Decision|Resolution))")
_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last"
_TOLD_DOC = re.compile(
    rf"(?<![\w-])(?:(?:an?|the|one|this)\s+)?(?:(?P<ord>{_ORDINALS})\s+(?:(?:one|document|instrument)\s+)?)?"
    rf"(?:(?:(?-i:[A-Z][\w’'-]*)(?:\s+and(?=\s+(?-i:[A-Z])))?|[Ee]xtension\s+of|(?:bilateral|framework|cooperation|co-operation|joint|general|basic|"
    rf"intergovernmental|inter-governmental|executive|cultural|exchange|implementing|implementation)\b)\s+){{0,3}}?"
    rf"{_ONE_DOC}(?!\w)(?:\s*\([A-Za-z]{{2,8}}\))?\s+"
    # "Decision of the Supreme Interstate Council on ...": the body that decided stands before the subject
    r"(?:(?<=Decision\s)of\s+the\s+(?:[A-Z][\w-]*\s+){1,4}|(?<=Resolution\s)of\s+the\s+(?:[A-Z][\w-]*\s+){1,4})?"
    # "A MoU was signed on conduct of ...": the subject after the verb (not "was signed on Monday")
    r"(?:(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:signed|inked)\s+(?!on\s+(?:behalf|the\s+sidelines|the\s+margins|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))(?=on\s|for\s|to\s|between\s))?"
    r"(?P<rel>on(?!\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|behalf|sidelines|margins|occasion|same\s+day|\d))|for(?!\s+(?:the\s+)?(?:\d{4}|years?\b))|in\s+the\s+fields?\s+of|in\s+the\s+areas?\s+of|concerning|regarding|between|about|to\s+(?:establish|promote|strengthen|enhance|develop|boost|undertake|tackle|finali[sz]e)|"
    r"(?:that|which)\s+(?:expresses|aims|seeks|provides|establishes|sets|covers|concerns|envisages|calls|commits|reaffirms|outlines))\b",
    re.I)
#: "the first between ...", "the second on ...": an ordinal standing for one of the set's documents
_TOLD_ORDINAL = re.compile(rf"(?<![\w-])the\s+(?P<ord>{_ORDINALS})\s+(?:one\s+)?(?P<rel>on|between|for|concerning)\b", re.I)
#: "The first Memorandum of Cooperation signed between the two governments concerned ...", "the fourth related to ...",
#: "the sixth was a Letter of Intent to ...": an ordinal told with what its document is about
_TOLD_ORDINAL_VERB = re.compile(
    rf"(?<![\w-])the\s+(?P<ord>{_ORDINALS})\s+(?:(?:one|document|instrument|deal|pact|{_ONE_DOC})(?:\s+signed(?:\s+between\s+[^,;.]{{0,60}}?)?)?\s+)?"
    r"(?P<rel>concern(?:ed|s)|cover(?:ed|s)|relat(?:ed|es)\s+to|deal(?:t|s)\s+with|agreed\s+to|aim(?:ed|s)\s+to|(?:is|was)\s+(?:on|about|an?|the)|"
    r"focus(?:es|ses|ed|sed)?\s+on|involv(?:es|ed)|provid(?:es|ed)\s+for|address(?:es|ed)|target(?:s|ed))\b", re.I)
_NAMED_AFTER = re.compile(r"\s*(?:(?-i:[A-Z][\w’'-]*)\s+){0,3}" + _ONE_DOC + r"(?!\w)", re.I)
#: "One concerns ...", "Another, signed between the two police forces, aims to ...", "One of the agreements features ...",
#: "... signed the other document to boost ...": one of a set, told without its name
_ONE_ANOTHER = re.compile(r"(?:^\s*(?P<ord>One|Another)\b(?:\s+of\s+(?:them|the\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|memoranda|MoUs|deals|instruments)))?"
                          r"(?:,[^,]{0,120},)?\s+(?P<rel>concerns|concerned|covers|covered|features|featured|deals\s+with|dealt\s+with|is\s+(?:on|about)|was\s+(?:on|about)|aims\s+to|aimed\s+to|relates\s+to|related\s+to|(?:was|were)\s+(?:signed|inked)\s+by)\b"
                          r"|\bthe\s+(?P<ord2>other)\s+(?:one|document|agreement|memorandum|MoU|deal)\s+(?P<rel2>to|on|for|concerning|regarding)\b)", re.I)
#: where an item's own words stop: a verb or a new clause after it
_ITEM_STOP = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would|shall|signed|inked|which|that|while|whereby|aimed|aims|aiming|seeks|to\s+be)\b"
                        r"|;|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bNo)(?<!\bMt)[.:]\s|[.:]?$|,\s+(?:which|while|signed|was|and\s+the\s+two|as\s+well\s+as)\b|\s+[–—-]\s+")
#: a number counting the document noun that follows, with nothing but words between ("four Memorandum of": four; not
#: "two MoUs - a Declaration": that names one of the two)
_COUNTED_JUST_BEFORE = re.compile(r"(?<![\w-])" + _NUM + r"\s+(?:(?!(?:and|or|of|the|countries|sides|nations|states|leaders|governments|parties)\b)"
                                  r"\w+(?:-\w+)*\s+){0,2}$", re.I)
_NOT_SIGNED_YET = re.compile(r"\b(?:will|would|to)\s+be\s+signed\b|\bat\s+a\s+later\s+date\b|\bnot\s+(?:yet\s+)?(?:been\s+)?signed\b", re.I)
_KEY_STOP = {"the", "of", "on", "in", "and", "for", "a", "an", "to", "field", "fields", "area", "areas", "between", "cooperation",
             "co-operation", "mutual", "bilateral", "republic", "government", "governments", "people’s", "people's", "s", "two", "countries"}


#: documents talked about, not signed: "discussed the free trade agreement", "reviewed the implementation of ..."
_TALKED_ABOUT = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|review(?:ed|s|ing)?|recall(?:ed|s|ing)?|negotiat\w*|implement\w*|"
                           r"existing|previous(?:ly)?|earlier|former|ratif\w*|under\s+the|in\s+line\s+with|within\s+the\s+framework\s+of|pursuant\s+to)\b", re.I)
#: a document of another time: "... of 2010", "... signed in 2015", "... signed last year"
_OF_ANOTHER_TIME = re.compile(r"\b(?:of|from|signed\s+(?:in|on|back\s+in)|concluded\s+in)\s+(?:(?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December)\s+)?(?:19|20)\d\d\b(?!\s*(?:[-–]|to|until|till)\s*(?:19|20)?\d\d)|\bsigned\s+(?:last|earlier|previously|years)\b", re.I)


def _item_end(sent: str, m) -> int:
    """Where a named document's own words stop, for what follows them."""
    stop = _ITEM_STOP.search(sent, m.end())
    return stop.start() if stop else len(sent)


@dataclass
class ToldDocument:
    """One document of a counted set, told on its own: its kind, its sentence, its own words and what it is about."""
    kind: str
    sentence: tuple[int, int]
    item: tuple[int, int]
    subject: tuple[int, int] | None
    key: str
    in_list: bool = False  # one subject of a list of subjects ("The MoUs are on A, B and C"): its phrases are the list's


def _subject_key(words: str) -> str:
    """What makes two mentions the same document: the first content words of its subject ("joint commission
    comprehensive"), so "the MoU on the joint commission (JCC)" told again later is not a new document."""
    toks = [w for w in re.findall(r"[\w’'-]+", words.lower()) if w not in _KEY_STOP]
    return " ".join(toks[:3])


def _same_key(a: str, b: str) -> bool:
    """Two subject keys name one document when one's words begin the other's ("energy" and "energy philippines
    china": "the MoU ... on Energy Cooperation", then "the MOU on Energy Cooperation between the Philippines and China")."""
    x, y = a.split(), b.split()
    n = min(len(x), len(y))
    return x[:n] == y[:n]


#: the words that join one item of a list to the next: ", ", " and ", "; ", "– ", "ii) "
_JOIN = r"(?:\s*[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*[–—:]\s*)(?:\(?[ivx]{1,4}\)\s*|\(?\d{1,2}[.)]\s*)?"
_JOINS_NEXT = re.compile(_JOIN + "$")
#: ... and the article the next item opens with, where an item's own words end
_JOINS_ITEM = re.compile(_JOIN + r"(?:an?\s+|the\s+)?$")


def _subject_start(m) -> int:
    """Where what a named document is about starts: after "on", "for", "to establish" ...; after "between" the pair
    itself ("MoU between A and B on X": "A and B on X")."""
    return m.end("rel") if m.group("rel").lower() != "between" else m.start("rel") + len("between")


def told_documents(text: str, sentences: list[tuple[int, int]], kind: str) -> list[ToldDocument]:
    """The distinct single documents these sentences name with a subject, in order ("an MOU on cooperation in tourism,
    an MOU on cooperation in transport-related matters and MOU on ..."; "The first to be signed was the Agreement on X.
    ... The third agreement signed was the Memorandum of Understanding ... on Energy Cooperation"; "One concerns ...
    Another ... aims to ..."). A document told again ("The MoU on X was signed by ...") is not counted twice; one still
    to be signed is not counted at all. ``kind``: the set's kind, for documents told by ordinal alone."""
    # a line that wraps inside a sentence ("..., MoU" / "on cooperation in ...") is read with the line before it
    runs: list[tuple[int, int]] = []
    for s, e in sentences:
        if runs and re.match(r"\s*[a-z(]", text[s:s + 3]) and not re.search(r"[.!?:]\s*$", text[runs[-1][0]:runs[-1][1]]):
            runs[-1] = (runs[-1][0], e)
        else:
            runs.append((s, e))
    out: list[ToldDocument] = []
    for s, e in runs:
        sent = text[s:e]
        if _RECALLED_SENTENCE.search(sent):
            continue
        # (start, match, kind of its own or None, where its subject starts, its key when it has no name)
        # a document talked about ("They reviewed the implementation of the agreement on trade") or of another time
        # ("the treaty on borders of 1999") is not one of the set; "The MOU was signed between A and B": the signers
        # of a document told before, not a new one
        hits = [(m.start(), m, None, None, None) for m in _TOLD_DOC.finditer(sent)
                if not _TALKED_ABOUT.search(sent, 0, m.start()) and not _OF_ANOTHER_TIME.search(sent, m.end(), _item_end(sent, m) + 40)
                and not (re.search(r"(?i)\bsigned\s+between$", m.group(0)) and not re.match(r"(?i)an?\s", m.group(0)))]
        hits += [(m.start(), m, kind, None, None) for m in _TOLD_ORDINAL.finditer(sent)]
        for m in _TOLD_ORDINAL_VERB.finditer(sent):
            own = m.group("one") if "one" in m.groupdict() and m.group("one") else None
            # "the sixth was a Letter of Intent to ...": the document it names is its kind
            named = _NAMED_AFTER.match(sent, m.end("rel")) if re.match(r"(?i)(?:is|was)\s+(?:an?|the)$", m.group("rel")) else None
            hits.append((m.start(), m, _kind(own) if own else (_kind(named.group("one")) if named else kind),
                         m.end(), "#" + m.group("ord").lower()))
        for m in _ONE_ANOTHER.finditer(sent):
            word = (m.group("ord") or m.group("ord2")).lower()
            hits.append((m.start(), m, kind, m.end(), "#first" if word == "one" else f"#{word}@{s + m.start()}"))
        hits.sort(key=lambda h: (h[0], h[3] is not None))
        kept: list = []
        for h in hits:
            at, m = h[0], h[1]
            # an ordinal's own words end before its verb: "The third agreement signed was | the Memorandum ..."
            if kept and at < (kept[-1][1].end() if kept[-1][3] is None else kept[-1][1].start("rel") if "rel" in kept[-1][1].groupdict()
                              and kept[-1][1].group("rel") else kept[-1][1].end()):
                continue
            if kept:
                stop = _ITEM_STOP.search(sent, kept[-1][1].end())
                gap = sent[kept[-1][1].end():at]
                if kept[-1][3] is None and (stop is None or stop.start() >= at) and not _JOINS_NEXT.search(gap if gap.endswith(" ") else gap.rstrip()):
                    continue  # "MoU on cultural exchange program (CEP) for ...": inside the item before, not an item
                if kept[-1][3] is not None and h[3] is None and not re.search(r"[.;]", gap):
                    kept.pop()  # "The third agreement signed was the Memorandum ... on X": one document, told by its name
            num = _COUNTED_JUST_BEFORE.search(sent[max(0, at - 20):at])
            if num and num.group("num").lower() != "both" or _FUTURE.search(sent[max(0, at - 40):at]):
                continue  # "four Memorandum of Understanding": the set itself; "will sign an agreement on": not yet
            kept.append(h)
        for k, (at, m, own_kind, subj_at, fixed_key) in enumerate(kept):
            nxt = kept[k + 1][0] if k + 1 < len(kept) else len(sent)
            body_end = nxt
            stop = _ITEM_STOP.search(sent, subj_at if subj_at is not None else m.end())
            if stop is not None and stop.start() < nxt:
                body_end = stop.start()
            elif k + 1 < len(kept):
                # the item runs to the words that join it to the next one (", and", " and ", "; ii)")
                j = _JOINS_ITEM.search(sent[m.end():nxt])
                body_end = m.end() + j.start() if j else nxt
            if _NOT_SIGNED_YET.search(sent[m.start():(stop.end() + 40) if stop else len(sent)]):
                continue
            if subj_at is not None:  # told by ordinal or "One ...": its words after the verb say what it is about
                subj_a = subj_at
                key_words = ""
            else:
                rel = m.group("rel").lower()
                subj_a = _subject_start(m)
            subj_a += len(sent[subj_a:body_end]) - len(sent[subj_a:body_end].lstrip())
            subj = sent[subj_a:body_end]
            if fixed_key is not None:
                key = fixed_key
            else:
                if rel == "between":  # "MoU between the DOE and the NEA on Energy Cooperation": what it is about is "Energy Cooperation"
                    on = re.search(r"\s+on\s+(?=\S)", subj)
                    key_words = subj[on.end():] if on else subj
                else:
                    key_words = re.split(r"\s+between\s+", subj)[0]
                    if rel.startswith("to "):
                        key_words = rel[3:] + " " + key_words
                key = _subject_key(key_words) or _subject_key(sent[m.start():m.end("one")]) or m.group("one").lower()
            if any(_same_key(key, d.key) for d in out):
                continue
            subject = (s + subj_a, s + body_end) if body_end > subj_a and len(subj.split()) <= 30 else None
            out.append(ToldDocument(own_kind or _kind(m.group("one")), (s, e), (s + m.start(), s + body_end), subject, key))
    return out


#: "The five MoUs are on ...", "The documents signed in the gathering include ...", "The agreements are related to ...",
#: "The MOUs covered ...": a list of what the documents are about, one subject per document
_SUBJECTS_OPENER = re.compile(
    r"^\s*(?:The\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|instruments|memoranda|memorandums|MoUs|MOUs|accords|deals|pacts)"
    r"(?:\s+(?:signed|inked)(?:\s+[^,.;:]{0,40}?)?)?|They|These|Those)\s+"
    r"(?:(?:are|were)\s+(?:related\s+to|regarding)|are|were|include[sd]?|cover(?:s|ed)?|concern(?:s|ed)?|relate[sd]?\s+to|deal\s+with|dealt\s+with)\s+"
    r"(?!(?:aimed|expected|meant|designed|intended|set|likely|signed|seen|also|not|being|to|part|valid|worth)\b)"
    # "The agreements cover areas such as trade, tourism ...": areas of the set, not one subject per document
    r"(?!(?:(?:on|in|to)\s+)?(?:various\s+|several\s+|many\s+|key\s+|different\s+|a\s+(?:range|number|variety)\s+of\s+|such\s+)?(?:the\s+)?(?:areas?|fields?|sectors?|spheres?|issues|domains)\b)"
    # "The MoUs were for mutual cooperation in healthcare, education, sports ...": areas of the set
    r"(?!(?:for|on|in)\s+(?:mutual\s+|bilateral\s+|closer\s+|enhanced\s+)?(?:co-?operation|collaboration)\s+(?:in|on)\b)"
    r"(?:(?:on|regarding|about|in|to)\s+)?", re.I)
#: "signed three agreements, one on X, Y, and on Z", "signed four instruments namely A, B, C, and D": the subjects
#: follow the count in its own sentence
_SUBJECTS_INLINE = re.compile(r",\s+(?:one|the\s+first)\s+(?:on|for|regarding|concerning)\s+|,?\s+(?:namely|viz\.?|that\s+is)\s*[:,]?\s+|"
                              r":\s+(?=(?:an?|the)\s)", re.I)
_KIND_LEAD = re.compile(r"^(?:and\s+|as\s+well\s+as\s+)?(?:(?:an?|the)\s+)?(?:(?:[\w\u2010\u2011-]+\s+){0,2}?)(?P<doc>" + _ONE_DOC[7:-1] + r"|memoranda|memorandums|MoUs|MOUs|agreements|documents)"
                        r"(?!\w)(?:\s*\([A-Za-z]{2,8}\))?(?:\s+(?:on|for|regarding|concerning|in\s+the\s+fields?\s+of)\s+|\s*$)?", re.I)


def subject_list_documents(text: str, sentences: list[tuple[int, int]], n: int, kind: str) -> list[ToldDocument]:
    """The ``n`` documents of a counted set told as a list of subjects, one per document ("The five MoUs are on Child
    Protection, Cooperation in the field of tourism, ... and Cooperation on Youth Development"; "three agreements, one
    on X, Y, and on Z"), or [] when no list of exactly ``n`` subjects follows within the set's sentence and the four
    after it. A list that reads short splits at "and" before a document noun or before a word that opens another
    subject ("... on development and cooperation in the field of ...")."""
    for k, (s, e) in enumerate(sentences[:5]):
        sent = text[s:e]
        m = _SUBJECTS_INLINE.search(sent) if k == 0 else _SUBJECTS_OPENER.match(sent)
        if m is None or (k == 0 and not _NUMBER_BEFORE.search(sent[:m.start()].split(",")[-1] + " ") and not DOC_PHRASE.search(sent[max(0, m.start() - 40):m.start()])):
            continue
        end = len(sent.rstrip().rstrip("."))
        parts = [(x.start(), x.end()) for x in re.finditer(r"[^,;]+", sent[m.end():end])]
        parts = [(m.end() + a, m.end() + b) for a, b in parts]
        # ", as well as a document on ..." and " and on ..." open a part of their own
        def strip(a, b):
            w = sent[a:b]
            lead = re.match(r"\s*(?:and\s+|as\s+well\s+as\s+)?(?:on\s+)?", w)
            a2 = a + lead.end()
            return (a2, a2 + len(sent[a2:b].rstrip()))
        parts = [strip(a, b) for a, b in parts if sent[a:b].strip()]
        while len(parts) < n:
            firsts = {sent[a:b].split()[0].lower() for a, b in parts if sent[a:b].split()}
            cut = None
            for i, (a, b) in enumerate(parts):
                for j in re.finditer(r"\s+(?:and|as\s+well\s+as)\s+(?=(?P<w>[\w-]+))", sent[a:b]):
                    w = j.group("w").lower()
                    if w in firsts or _KIND_LEAD.match(sent[a + j.end():b]):
                        cut = (i, a + j.start(), a + j.end())
                        break
                if cut:
                    break
            if cut is None:
                break
            i, x, y = cut
            a, b = parts[i]
            parts[i:i + 1] = [(a, x), (y, b)]
        if len(parts) != n or any(re.search(r"\b(?:said|says|added|adds|stated|noted|according|told)\b", sent[a:b]) for a, b in parts):
            return []  # "..., Defence Ministry officials said on Friday": no list of documents
        out = []
        for a, b in parts:
            lead = _KIND_LEAD.match(sent[a:b])
            own_kind = _kind(lead.group("doc")) if lead else kind
            sa = a + (lead.end() if lead else 0)
            sb = sa + len(re.sub(r"\s*\((?![A-Z&]{2,8}\))[^)]*\)\s*$", "", sent[sa:b]))  # "(Economy–Apex-Brasil)": who signed it; "(APP)" stays
            if lead and sb <= sa:  # "an investment-promotion memorandum": what it is about stands before its noun
                det = re.match(r"(?:and\s+|as\s+well\s+as\s+)?(?:(?:an?|the)\s+)?", sent[a:b])
                sa, sb = a + det.end(), a + lead.start("doc")
                sb = sa + len(sent[sa:sb].rstrip())
            subject = (s + sa, s + sb) if sb > sa else None
            out.append(ToldDocument(own_kind, (s, e), (s + a, s + b), subject, f"#list{a}", in_list=True))
        return out
    return []


def line_subject(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """What a list line's document is about ("- Memorandum of Understanding on cooperation in tourism;": "cooperation
    in tourism"; "- MoU between A and B": "A and B"), or None when the line names none."""
    m = _TOLD_DOC.search(text, span[0], span[1])
    if m is None:
        return None
    a = _subject_start(m)
    words = text[a:span[1]]
    a += len(words) - len(words.lstrip())
    b = a + len(words.strip().rstrip(" .;,"))
    return (a, b) if b > a and len(text[a:b].split()) <= 30 else None


#: a subject that lists areas rather than naming one: "cooperation in the fields of women, youth and sport"
_AREA_LIST = re.compile(r"^(?:the\s+)?(?:(?:co-?operation|collaboration)\s+(?:in|on)\s+)?(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\b|,|"
                        # "co-operation on infrastructure development and public works": two areas
                        r"^(?:the\s+)?(?:co-?operation|collaboration)\s+(?:in|on)\s+.*\band\b|"
                        # "cooperation between the two countries in the sphere of defense"
                        r"\b(?:in|on)\s+the\s+(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\b", re.I)


def _whole_subject(text: str, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """The words that say what one document is about, as one phrase, or None when they list areas (split by the
    sector rules instead). "Economic and Technical Cooperation between the Government of A and the Government of B"
    is about "Economic and Technical Cooperation"; "the DOE and the NEA on Energy Cooperation" about "Energy
    Cooperation"; a subject of more than 25 words is no title."""
    if subject is None:
        return None
    a, b = subject
    words = text[a:b]
    when = re.search(r"\s+(?:on|in|this|last)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                     r"April|May|June|July|August|September|October|November|December|\d).*$", words)
    if when:  # "... cooperation on Monday": when, not what
        words = words[:when.start()]
    on = re.search(r"\s+[\[(]?(?i:on|for|regarding|concerning)\s+(?=\S)", words)
    if on and re.search(r"\band\b", words[:on.start()]) and not re.search(r"\s+between\s+", words[on.end():]):
        a, words = a + on.end(), words[on.end():]  # "A and B on X", "A and B for X": X
    # "education cooperation between the Hanoi Tourism College and ...": about "education cooperation"; but
    # "cooperation between the two diplomatic academies" is about nothing else than the pair
    cut = re.search(r"\s+between\s+", words)
    if cut and cut.start() > 0 and not re.fullmatch(r"(?i)(?:an?\s+|the\s+)?(?:co-?operation|collaboration|partnership|relations|exchanges?|twinning)",
                                                    words[:cut.start()]) and not _states_only(words[cut.end():], names_only=True):
        words = words[:cut.start()]
    # "sharing white shipping information to improve data sharing on ...": what it is for is not what it is about
    purpose = re.search(r"\s+(?:in\s+order\s+|so\s+as\s+)?to\s+(?:improve|boost|promote|enhance|strengthen|facilitate|develop|ensure|support|"
                        r"allow|enable|increase|expand|foster|deepen|help)\b", words)
    if purpose and purpose.start() > 0:
        words = words[:purpose.start()]
    words = words.rstrip(" ,;.")
    if words.endswith(("]", ")")) and words.count(words[-1]) > words.count("[" if words[-1] == "]" else "("):
        words = words[:-1].rstrip()  # "... [For joint degree programme]": the bracket the subject opened in
    article = re.match(r"(?i)(?:the|an?)\s+", words)
    if article and article.end() < len(words):  # "the establishment of ...": "establishment of ..."
        a, words = a + article.end(), words[article.end():]
    if not words or len(words.split()) > 25 or _AREA_LIST.search(words) or not re.search(r"[A-Za-z]{3,}", words):
        return None
    pair = re.match(r"(?i)(?:(?:co-?operation|collaboration|relations)\s+)?between\s+", words)
    if pair and _states_only(words[pair.end():], names_only=True) or _states_only(words, names_only=True):
        return None  # "an MoU between Kenya and Turkey": its parties, not its subject
    return (a, a + len(words))


#: "cooperation in X": about the areas the sector rules find in X, not one phrase
_AREAS_IN = re.compile(r"(?i)(?:the\s+)?(?:co-?operation|collaboration)\s+(?:in|on)\s")


def own_subject(text: str, d: SigningDraft) -> tuple[int, int] | None:
    """The whole subject of one document told with it ("A memorandum of understanding was signed on the development
    of sustainable industries ..."; "signed an Agreement on the Establishment of a Joint Commission"), or None."""
    if d.count != 1 or d.doc_span[1] <= d.doc_span[0]:
        return None
    m = _TOLD_DOC.match(text, max(0, d.doc_span[0] - 2) if text[d.doc_span[0]:d.doc_span[0] + 1].isspace() else d.doc_span[0])
    if m is None:
        m = _TOLD_DOC.search(text, d.doc_span[0], min(len(text), d.doc_span[1] + 60))
        if m is None or m.start() > d.doc_span[1]:
            return None
    rel = m.group("rel").lower()
    if rel.startswith(("that", "which", "to ")):  # what it is for ("to enhance ties") is not what it is about
        return None
    a = _subject_start(m)
    stop = _ITEM_STOP.search(text, m.end())
    b = stop.start() if stop else len(text)
    a += len(text[a:b]) - len(text[a:b].lstrip())
    return _whole_subject(text, (a, b)) if b > a else None


def itemise(o: SigningDraft, docs: list[ToldDocument], sectors_in, text: str = "") -> list[SigningDraft]:
    """A counted set whose documents are then told one by one is those documents: one draft of count 1 each, with
    the set's parties, date, occasion and evidence plus its own sentence, and the sector phrases written in its own
    words (else its subject as written). The set's other phrases ("four MoUs in areas including fisheries") go to the
    item whose words hold them, else to the first item, so no phrase is lost. ``sectors_in(start, end)``: the sector
    phrases of ``text[start:end]`` read as a sentence."""
    out = []
    placed: set = set()
    for d in docs:
        x = SigningDraft(d.kind, d.kind, 1, False, list(o.parties), o.date, o.place, o.place_country, o.event,
                         spans=list(o.spans) + ([d.sentence] if d.sentence not in o.spans else []))
        x.doc_span, x.listed, x.named = d.item, True, True
        # the item read on its own: "an MOU on ... women, youth and sport, an MOU on ..." lists three areas, not two;
        # one subject of a list of subjects keeps the phrases the list gave it
        within = [sp for sp in o.sectors if d.item[0] <= sp[0] < d.item[1]]
        own = (within or sectors_in(*d.item)) if d.in_list else (sectors_in(*d.item) or within)
        whole = _whole_subject(text, d.subject)
        # a document's own subject is one phrase ("the Establishment of a Joint Commission"); "cooperation in X" is
        # about the area(s) the sector rules find in it, a list after "in the fields of" one phrase per area
        if whole and own and _AREAS_IN.match(text, whole[0]):
            whole = None
        x.sectors = [whole] if whole else (list(dict.fromkeys(own)) or ([d.subject] if d.subject else []))
        placed.update(x.sectors)
        out.append(x)
    for sp in o.sectors:
        if out and not any(sp[0] < b and a < sp[1] for a, b in placed):
            home = next((x for x, d in zip(out, docs) if d.item[0] <= sp[0] < d.item[1]), out[0])
            home.sectors.append(sp)
    return out


def retells_items(x: SigningDraft, items: list[SigningDraft], text: str) -> bool:
    """True when an uncounted draft told after a set's documents only names some of them again ("Tourism Minister X
    signed the Cooperation in the field of tourism MoU while Y signed MoUs on Agriculture and Food Security and Water
    Cooperation"): each of its phrases holds, or is held by, a phrase of one of the items."""
    if x.count is not None or not x.sectors or not items or set(x.parties) - set(items[0].parties):
        return False
    if min(a for a, _ in x.spans) <= min(a for a, _ in items[0].spans):
        return False
    mine = [text[a:b].lower() for a, b in x.sectors]
    theirs = [text[a:b].lower() for it in items for a, b in it.sectors]
    return all(any(t in m or m in t for t in theirs) for m in mine)


def with_own_subject(text: str, d: SigningDraft, sentence_start: int) -> list[tuple[int, int]]:
    """``d``'s sector phrases with its own subject as one phrase: always for a list line that opens with its document
    ("2. Agreement ... on joint management and use of transboundary water bodies"), else where the sector rules
    found no phrase in it; a subject that is "cooperation in X" keeps the rules' areas."""
    whole = own_subject(text, d)
    if whole is None:
        return d.sectors
    line_item = d.listed and d.doc_span[0] - sentence_start <= 8 and not _AREAS_IN.match(text, whole[0])
    if not line_item and any(whole[0] <= sp[0] < whole[1] for sp in d.sectors):
        return d.sectors
    return [whole] + [sp for sp in d.sectors if not (whole[0] <= sp[0] < whole[1])]


def itemise_told_sets(merged: list[SigningDraft], text: str, sentences: list[tuple[int, int]], itemlists: list,
                      sectors_in) -> list[SigningDraft]:
    """Replace each counted set whose documents are then listed (``itemlists``: (set draft, [(kind, line span)]))
    or told one by one (``told_documents``, ``subject_list_documents``) in ``sentences`` by those documents, when
    exactly as many are found as the set counts; single drafts made from an item's words, and later mentions that
    only name items again, go. ``sectors_in(start, end)``: the sector phrases of a span."""
    listed_sets = {}
    for draft, items in itemlists:  # a counted set listed item by item: those items
        target = next((x for x in merged if draft.spans[0] in x.spans), None)
        if target is not None and target.count == len(items):
            listed_sets[id(target)] = [ToldDocument(k, sp, sp, line_subject(text, sp), str(n)) for n, (k, sp) in enumerate(items)]
    for o in [x for x in merged if x.count and 2 <= x.count <= 40 and not x.weak]:
        first = min(a for a, _ in o.spans)
        after = [(s, e) for s, e in sentences if s >= first]
        docs = listed_sets.get(id(o)) or told_documents(text, after, o.kind)
        if any(x is not o and x.spans[0] == o.spans[0] and x.kind != o.kind for x in merged):
            docs = [d for d in docs if d.kind == o.kind]  # "two agreements and a memorandum": the set's own kind
        if len(docs) != o.count:  # "The five MoUs are on A, B, C, D and E": one subject per document
            for a0, _ in sorted(set(o.spans)):  # the list follows one of the sentences that tell the set
                listed = subject_list_documents(text, [(s, e) for s, e in after if s >= a0], o.count, o.kind)
                if listed:
                    docs = listed
                    break
        if len(docs) != o.count:
            continue
        items = itemise(o, docs, sectors_in, text)
        at = merged.index(o)
        ranges = [d.item for d in docs]
        merged[at:at + 1] = items
        # a single document drafted on its own from an item's words is that item
        merged = [x for x in merged if x in items or not (x.count in (1, None) and x.doc_span[1] > x.doc_span[0]
                                                          and any(a <= x.doc_span[0] < b for a, b in ranges))
                  and not retells_items(x, items, text)]
    return merged

# --- a total broken down by kind ----------------------------------------------------------
_WORD_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_BREAK_ITEM = re.compile(
    rf"(?:(?<![\w-])(?P<num>{_WORD_NUM})\s+(?:of\s+(?:them|these|those|the\s+[\w-]+)\s+)?|"
    rf"\bthe\s+(?:(?P<onum>{_WORD_NUM})\s+)?(?:others?|remaining|rest)\s+(?:[\w-]+\s+)?)"
    r"(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?(?P<what>[^,;.()]{2,80}?)(?=\s*(?:\(|,|;|\.|$|\s+and\s+|\s+while\s+|\s+whereas\s+))",
    re.I)
_BREAK_CUE = re.compile(r"^\s*(?:(?:Of|Among)\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}(?:documents|instruments|agreements|deals|accords|pacts|memoranda|MoUs)\b|"
                        r"(?:One|Two|Three|Four|Five|\d+)\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}(?:documents|instruments|agreements|deals|accords|pacts|memoranda|MoUs)\b)",
                        re.I)


def breakdown(text: str, start: int, end: int, total_kind: str = "agreement") -> list[tuple[int, str, str, list]]:
    """A sentence that breaks a counted set down by kind ("Of the instruments, four are MoUs, one is a
    standard operating procedure and the other is a renewal of a programme"; "One of the agreements is on
    X, while the six others are memoranda of understanding"): ``(count, kind, as written, ranges)`` per
    part, or [] when the sentence is no such breakdown. ``total_kind``: the set's kind, for "One of the
    agreements is on ..." (a part described by topic, not by kind)."""
    sent = text[start:end]
    if not _BREAK_CUE.search(sent):
        return []
    parts: list[tuple[int, str, str, int]] = []
    for m in _BREAK_ITEM.finditer(sent):
        raw = m.group("num") or m.group("onum") or ("one" if re.match(r"(?i)the\s+other\b", m.group(0)) and not m.group("onum") else None)
        if raw is None and re.match(r"(?i)the\s+(?:others|remaining|rest)\b", m.group(0)):
            return []  # "the others are ..." without a number: the split cannot be counted
        count, _ = _count_of(raw)
        what = m.group("what").strip()
        if not count:
            continue
        if re.match(r"(?i)(?:on|about|for|regarding|concerning|in)\b", what):  # described by topic: the set's own kind
            kind, written = total_kind, sent[m.start():m.end()]
        else:
            doc = DOC_PHRASE.search(what)
            kind = _kind(doc.group("doc")) if doc and doc.start() <= 12 else what.lower()
            written = what
        parts.append((count, kind, written, start + m.start()))
    if len(parts) < 2 or len({k for _, k, _, _ in parts}) < 2:
        return []
    # each part owns the text from its own words to the next part's (for the sector phrases written there)
    ends = [o for *_, o in parts[1:]] + [end]
    return [(c, k, w, [(o, ends[i])]) for i, (c, k, w, o) in enumerate(parts)]
