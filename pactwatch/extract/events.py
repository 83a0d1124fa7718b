"""Events: meetings, visits, receptions, multilateral attendance, talks, calls and signings.

One trigger per sentence (the strongest: multilateral > call > reception > visit > talks >
meeting > signing), its participants the persons the sentence names or refers to
("the Iranian president", a sentence-initial "He"), its date the date words nearest the
trigger and its place the nearest location. Mentions of one occasion merge: one
participant set contains the other, the dates do not conflict (equal, or one unknown
or coarser) and neither do the places (same state). Future and intended events
("will meet", "slated to meet", "to attend") are not events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pactwatch.extract.countries import countries_in, find_countries
from pactwatch.model import PartialDate

TRIGGERS: list[tuple[str, re.Pattern]] = [
    ("multilateral_meeting", re.compile(r"\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing) in|t(?:ook|akes|aking|ake) part in)\b(?!\s+by)[^.;]{0,90}?\b(?:Meeting|Summit|Conference|Session|Forum|Ministerial|Council|Assembly|summit|conference|forum)\b")),
    ("call", re.compile(r"\b(?:(?:tele)?phone|video)\s+(?:call|conversation|talks?)|\bspoke\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone|\b[Cc]all\s+with\b|\bspoke\s+(?:(?:today|yesterday|on\s+\w+)\s+)?(?:with|to)\b|\bspoke\s+(?:today|yesterday)\b|\b(?:held|had|received|receives|made|makes|placed)\s+a\s+(?:phone\s+|telephone\s+|video\s+)?call\b|\b(?:tele)?phon(?:ed|es|ing)\b|\btelephonic(?:ally)?\b|\btalk(?:ed|s)?\s+(?:over|by|on|via)\s+(?:the\s+)?(?:tele)?phone\b"
                         # "talked to US President X on the phone"
                         r"|\b(?:talk(?:ed|s)?|conversed|chatted)\s+(?:with|to)\b(?=[^.;]{0,100}?\b(?:over|on|by|via)\s+(?:the\s+)?(?:tele)?phone\b)")),
    ("reception", re.compile(r"\b(?:received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|greeted)\b")),
    ("visit", re.compile(r"\b(?:visit|visits|visited|visiting(?!\s+(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime|Vice|Foreign|Defen[cs]e|"
                         r"Minister|King|Queen|Emir|Amir|Crown|Premier|Chancellor|Secretary|Deputy|Speaker|Governor|"
                         r"(?:head|leader|delegation|dignitar\w*|official|minister|president|premier|prime)\b))|arrived\s+in|arrives\s+in|trip\s+to|tour\s+of|at\s+the\s+invitation\s+of)\b")),
    ("talks", re.compile(r"\b(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations|(?<=held\s)discussions)\b")),
    ("meeting", re.compile(r"\b(?:(?<=[Ii]n\sa\s)conversation(?=\s+with\b)|(?<=[Ii]n\shis\s)conversation(?=\s+with\b)|(?<=[Ii]n\sher\s)conversation(?=\s+with\b)|met\b|meets\b|[Mm]eeting|[Mm]eetings|sat\s+down\s+with|[Bb]ilateral|(?<=[Tt]he\s)(?:\w+\s+)?gathering\b(?=[^.;]{0,160}\bin\s+the\s+presence\s+of\b)|call(?:ed|s)\s+on\s+(?:his\s+|her\s+|the\s+)?(?:visiting\s+)?[A-Z]|(?:paid|pays|paying)\s+(?:a\s+)?courtesy\s+call\s+(?:on|to)\b)")),
    ("signing", re.compile(r"\b(?:signing\s+ceremony|signing\s+of|signed|inked|(?:was|were)\s+exchanged\s+by|witness(?:ed|es)\s+the\s+(?:signing|exchange|inking))\b")),
]
_ANAPHOR = re.compile(r"\b(?:[Tt]he\s+(?:two\s+)?(?:sides|leaders|presidents|ministers|delegations|premiers|heads\s+of\s+state)|"
                      r"[Bb]oth\s+(?:sides|leaders|heads|delegations|ministers|presidents)|[Dd]elegations|"
                      r"[Tt]he\s+(?:signing|ceremony|talks|meeting|visit|discussions)\s+(?:took\s+place|was\s+held|were\s+held|happened))\b")
# "The Agreements were signed on February 26 in ...": the documents of the occasion told before, no new occasion
_DOC_ANAPHOR = re.compile(r"^\W*(?:The|These|Both|All|Those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|[\w-]+)\s+){0,2}"
                          r"(?:[Aa]greements?|[Dd]ocuments?|[Mm]emorand\w*|MoUs?|MOUs?|[Aa]ccords?|[Dd]eals?|[Ii]nstruments?|[Tt]reat(?:y|ies)|[Pp]acts?)"
                          r"\s+(?:was|were)\s+(?:also\s+|formally\s+|officially\s+)?(?:signed|inked|exchanged)\b")
_DELEGATION_OF_STATE = re.compile(r"\W*The\s+delegation\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:includes|included|comprises|comprised|"
                                  r"consists\s+of|consisted\s+of|(?:is|was)\s+composed\s+of|(?:is|was)\s+made\s+up\s+of)\b")
_VISIT_BEGAN = re.compile(r"\W*The\s+(?:(?:state|official|working|two-day|three-day)\s+)?visit\s+(?:began|started|opened|kicked\s+off)\s+with\b")
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*(?:-|–|to|and)\s*\d{1,2}\b")
# "... where the two leaders met", "when the presidents held talks": the leaders' own occasion named in a clause
_LEADERS_MET = re.compile(r"\b(?:where|when|after|as)\s+(?:the\s+two|both|the)\s+(?:leaders|presidents|heads\s+of\s+state|prime\s+ministers|sides)\s+"
                          r"(?:had\s+)?(?:met|held\s+(?:bilateral\s+|official\s+)?(?:talks|a\s+meeting))\b")
# "The meeting was attended by A; B; ...": the delegations at the occasion told before, not another occasion
_ATTENDED = re.compile(r"^\W*(?:(?:The|This|That|Their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|session|ceremony|discussions?|call|conversation|event|audience)"
                       r"\s+(?:was|were)\s+(?:also\s+)?attended\s+by|(?:Also\s+)?(?:present|in\s+attendance)\s+(?:at|during)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|ceremony)\s+(?:was|were))\b")
_ATTENDING_NOW = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:attending|participating\s+in|taking\s+part\s+in)\b")
_CHAIRED_BY = re.compile(r"\W*(?:The|This)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|retreat|forum|session|conference)\s+(?:is|was|will\s+be|is\s+being)\s+"
                         r"(?:co-)?(?:chaired|hosted|presided\s+over)\s+by\b", re.I)
# "Earlier the same day", "later in the day": the day of the occasion told before
_SAME_DAY = re.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s+(?:on\s+)?(?:the\s+same\s+day|in\s+the\s+day|that\s+day|that\s+(?:morning|afternoon|evening))\b|"
                       r"\b[Oo]n\s+the\s+same\s+day\b|\b[Tt]he\s+same\s+day\b")
# "held talks with A the following day", "the next day, X met Y": the day after the occasion told before
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after|(?:on\s+)?the\s+following\s+morning|the\s+next\s+morning)\b(?!\s+(?:of|his|her|their|the)\b)", re.I)
# a sentence about what will happen: "will later in the day hold a news conference on the outcome of the talks"
_FUTURE_CLAUSE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|slated)\s+to)\s+"
                            r"(?:(?:also|later|then|jointly|now|soon|in\s+the\s+\w+|\w+ly)\s+){0,4}"
                            r"(?:hold|have|attend|host|address|give|brief|be|sign|meet|visit|travel|go|participate|take\s+part)\b")
# a modal governing the rest of the clause: what comes after it is planned ("was expected to ..., and later visit ...")
_MODAL = re.compile(r"\b(?:will|shall|(?:is|are|was|were)\s+(?:also\s+)?(?:expected|scheduled|slated|due|likely|supposed)\s+to)\s+")
_NOUN_TRIGGER = re.compile(r"(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations|[Mm]eetings?|[Bb]ilateral|visits?|trip|tour)\b")
_PAST_EVENT_VERB = re.compile(r"\b(?:met|held|had|received|welcomed|signed|hosted|discussed|visited|arrived|called|spoke|talked)\b")
PRIORITY = {name: n for n, (name, _) in enumerate(TRIGGERS)}
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|slated\s+to|expected\s+to|plans?\s+to|planning\s+to|scheduled\s+to|set\s+to|due\s+to|going\s+to|upcoming|next|forward\s+to|agreed\s+to|to|invited\s+(?:\w+\s+){1,3}?(?:to|for)|invitation\s+(?:to|for)|can|could|may|might)\s+(?:\w+\s+){0,2}$", re.I)
_PAST_NEGATED = re.compile(r"\b(?:not\s+yet|never|no)\s+(?:\w+\s+)?$", re.I)


@dataclass
class EventDraft:
    type: str
    participants: list[int]                 # person indices
    roles: dict[int, str] = field(default_factory=dict)
    date: PartialDate = field(default_factory=PartialDate)
    place: str | None = None
    place_kind: str | None = None
    place_country: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # evidence sentences
    first: int = 0
    attach: bool = False                    # signatories of documents of an occasion already described
    umbrella: bool = False                  # a named visit ("during X's state visit") holding other occasions
    ceremony: bool = False                  # a signing ceremony the principals witnessed: signatories join it
    inviters: set = field(default_factory=set)  # hosts named only as having invited the visitor
    signatories: bool = False               # a signing of ministers' signatures at an occasion told before
    caption: bool = False                   # a photo caption ("X being received by Y"): no finite verb, no date of its own
    airport: bool = False                   # a reception at the airport on arrival: an occasion apart from the talks after it
    group: int | None = None                # separate occasions told in one sentence: they share a date and place
    sideline: bool = False                  # a gathering attended, at whose sidelines its attendee held the meetings told
    repeat: int = 1                         # "two phone conversations with X": as many occasions of the same persons
    series: bool = False                    # one of a person's several meetings listed in one sentence ("his meetings with A, B and C")


@dataclass
class _PlaceRef:
    name: str
    kind: str | None
    iso3: str | None


def _trigger(sentence: str) -> tuple[str, int, int] | None:
    best = None
    for name, pat in TRIGGERS:
        for m in pat.finditer(sentence):
            before = sentence[max(0, m.start() - 40):m.start()]
            if (_FUTURE.search(before) and not _PAST_PURPOSE.search(sentence, 0, m.start())) or _PAST_NEGATED.search(before):
                continue
            fc = _NOUN_TRIGGER.match(sentence, m.start()) and _FUTURE_CLAUSE.search(sentence, 0, m.start())
            if fc and not _PAST_EVENT_VERB.search(sentence, fc.end(), m.start()):
                continue
            md = _MODAL.search(sentence, 0, m.start())
            if md and not _PAST_EVENT_VERB.search(sentence, md.end(), m.start()) and not re.search(r"[;:]", sentence[md.end():m.start()]):
                continue  # "He was also expected to call on A, and later in the evening visit B": planned, not reported
            if name == "meeting" and re.match(r"[Mm]eetings?\s+of\b", sentence[m.start():]) and "attend" in before:
                continue
            if name == "meeting" and m.group(0).lower() == "bilateral" and _BILATERAL_ADJ.match(sentence, m.end()) and \
                    not re.search(r"\b(?:was|were|been)\s+(?:also\s+)?(?:signed|exchanged|inked)\b", sentence):
                continue  # "Eight bilateral agreements are as follows": documents, naming no meeting
            if name == "meeting" and m.group(0).lower() == "bilateral" and _BILATERAL_RELATION.match(sentence, m.end()) and \
                    re.search(r"\b(?:in|of)\s+(?:the|their|our)\s+(?:[\w-]+\s+)?$", before):
                continue  # "a juncture in the X-Y bilateral relationship": the relation spoken of, naming no occasion
            if _NOUN_TRIGGER.match(sentence, m.start()) and _FOLLOWED_BY.match(sentence, m.end()):
                continue  # "X's one-day visit is to be followed by talks on Monday in Y": the plan after it is the news
            if name == "reception" and _NOT_HOSTED.match(sentence, m.end()):
                continue  # "who is receiving medical attention in London", "received an award": no guest hosted
            if _NOUN_TRIGGER.match(sentence, m.start()) and _SOON.match(sentence, m.end()):
                continue  # "announced a tripartite meeting soon": planned, not reported
            if best is None or PRIORITY[name] < PRIORITY[best[0]]:
                best = (name, m.start(), m.end())
            break
    if best is not None and best[0] == "call" and re.match(r"spoke\b", sentence[best[1]:]) and \
            not re.search(r"(?:tele)?phone|video|virtual|online|\bcall\b", sentence, re.I) and _IN_PERSON.search(sentence):
        # "During his stay in that city, he spoke with the Chinese Prime Minister", "he traveled to Zhejiang and spoke
        # with A": spoken with where he stays, face to face, not on the phone
        best = ("meeting", best[1], best[2])
    if best is None:
        m = _VISITING_ADJ.search(sentence)  # "a discussion between the visiting Prime Minister X and Y": no other trigger
        if m and not _FUTURE.search(sentence[max(0, m.start() - 40):m.start()]):
            best = ("visit", m.start(), m.end())
    return best


_DAY_BEFORE = re.compile(r"\W*(?:The|On\s+the)\s+(?:day\s+before|previous\s+day|day\s+prior)\s*,")
_IN_PERSON = re.compile(r"\b(?:[Dd]uring\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:stay|visit|trip|tour)|travell?ed\s+to|went\s+to|"
                        r"arrived\s+in|in\s+person|face[\s-]to[\s-]face|on\s+the\s+sidelines|in\s+the\s+margins)\b")
_BILATERAL_ADJ = re.compile(r"\s+(?:agreements?|accords?|treat(?:y|ies)|documents?|instruments?|memorand\w*|MoUs?|MOUs?|deals?|pacts?|"
                            r"protocols?)\b")
# "the Barbados-Jamaica bilateral relationship", "bilateral trade": the adjective of a relation, naming no occasion
_BILATERAL_RELATION = re.compile(r"\s+(?:relations|relationship|ties)\b")
# "He came here to take part in the summit": the purpose of a journey made, not a plan
_PAST_PURPOSE = re.compile(r"\b(?:came|arrived|travelled|traveled|went|flew|met|gathered)\s+(?:here\s+|there\s+|together\s+|to\s+[A-Z][\w-]+\s+)?(?:in\s+order\s+)?to\s+$"
                           # "He also took the opportunity to hold talks with B": done, not planned
                           r"|\b(?:took|seized|used)\s+(?:the|this|that|his|her)\s+(?:opportunity|occasion|chance)\s+to\s+(?:\w+\s+){0,2}$"
                           # "President X was in China to attend the Boao Forum": there, and for that
                           r"|\b(?:was|were)\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+to\s+(?:\w+\s+){0,2}$")
_VISITING_ADJ = re.compile(r"\bvisiting\b")
# "discussions centered on the forthcoming African Union Summit in Addis Ababa": the place of a gathering to come
_UPCOMING_AT = re.compile(r"\b(?:forthcoming|upcoming|coming|next|future|planned)\s+(?:[\w-]+\s+){0,5}?(?:[Ss]ummit|[Cc]onference|[Ff]orum|"
                          r"[Mm]eeting|[Ss]ession|[Gg]ames|[Cc]up|[Ee]lections?|[Vv]isit)\s+(?:(?:to\s+be\s+)?(?:held\s+)?in|at)\s+(?:the\s+)?$")
_REPORT_OPEN = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,5}?(?:(?:further|also|then|later)\s+)?(?P<verb>quoted|disclosed|revealed|"
                          r"told\s+(?:reporters|journalists|newsmen|correspondents))\b")
_DELEGATION_INCLUDED = re.compile(r"\W*(?:(?:The\s+)?[Mm]embers\s+of\s+)?(?P<pos>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s?)\s+"
                                  r"(?:[\w-]+\s+)?delegation\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of|were)\b")
_FOLLOWED_BY = re.compile(r"\s+(?:(?:is|are)\s+(?:to\s+be|being)|will\s+be|would\s+be|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\s+be)\s+"
                          r"(?:immediately\s+)?followed\s+by\b")
_NOT_HOSTED = re.compile(r"\s+(?:(?:an?|the|his|her|their|urgent|further|specialist|emergency)\s+)?(?:medical|hospital|treatment|care|"
                         r"attention|surgery|therapy|award|prize|honou?rary|degree|doctorate|vaccin\w*|jabs?|dose|letters?|message|"
                         r"congratulat\w*|condolences|briefings?|reports?|complaints?|support|assistance|aid|donations?)\b")
_SOON = re.compile(r"\s+(?:soon|shortly|in\s+the\s+(?:near|coming)\s+(?:future|days|weeks|months))\b")
_VISIT_ADJUNCT = re.compile(
    r"\b(?:during|on|in\s+the\s+course\s+of|(?:who|which)\s+(?:is|was)\s+on|is\s+on|was\s+on)\s+"
    r"(?:(?:his|her|their|the|a|an|this|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:’s|'s))\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:state|official|working|first|maiden|two-day|three-day|four-day|five-day|[\w-]+-day)\s+"
    r"(?:[\w-]+\s+)?(?:visit|trip|tour)\b"
    r"|\b(?:[Dd]uring|[Ii]n\s+the\s+course\s+of)\s+(?:(?:his|her|their|the|this|that|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:’s|'s))\s+)(?:visit|trip|tour)\b"
    r"|\bas\s+part\s+of\s+(?:(?:his|her|their|the|a|an|this)\s+)?(?:[\w.-]+(?:’s|'s)\s+)?(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b")
_ARRIVAL_DATE = re.compile(r"\b(?:arrived|arrives|arriving|arrival|reached|landed|landing)\b[^,;.()]{0,40}?"
                           r"(?:\b(?:on|late|early)\s+)?(?:the\s+)?$")
_DATELINE_BEFORE = re.compile(r"[A-Z][\w.'’ -]{1,30}(?:,\s*[A-Z][\w.'’ -]{1,30}){0,2},\s*$")
_DATELINE_AFTER = re.compile(r"(?:,?\s*(?:19|20)\d{2})?\s*\.?\s*(?:\([A-Za-z]{2,10}\)|/[A-Za-z]{2,10}/)?\.?\s*(?:-{1,2}|–|—|:)")
_ALSO_SUBJECT = re.compile(
    r"\s*(?:(?:Meanwhile|Later|Afterwards?|Subsequently|Separately|Besides|Moreover|Also|Earlier|Yesterday|Today|"
    r"(?:Earlier|Later)\s+(?:in\s+the\s+day|today|that\s+day)|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),?\s+)?"
    r"(?:He|She|he|she|[Tt]he\s+(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+){0,3}(?:minister|diplomat|president|premier|leader|official|envoy|"
    r"chancellor|secretary|FM|PM|king|emir|amir|prince|guest|visitor|head\s+of\s+state|top\s+diplomat|Minister|President|Premier|"
    r"Chancellor|Secretary|King|Emir|Amir|Prince))\s+"
    r"(?:has\s+|had\s+)?also\s+(?:met|held|had|talked|spoke|conducted|signed|received|hosted|called|discussed)\b")
# persons named as the owner of something, not as someone present: "support for the government of President X"
# "At the invitation of President X, Y is on a visit": the one who invited is not at the occasion of that sentence
_INVITER = re.compile(r"\binvitation\s+(?:of|from|by)\s+(?:(?:the|his|her|[A-Z][\w.’'-]*)\s+){0,6}$")
# "conveyed the greetings of President X", "on behalf of President X", "a letter (to the Prime Minister) from President X", "Special Envoy of
# President X": someone the sentence speaks for or about, not someone at the occasion
_ABSENT = re.compile(r"\b(?:(?:greetings|regards|wishes|message|messages|letter|congratulations|condolences)"
                     r"(?:\s+to\s+(?:the\s+|his\s+|her\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)?\s+(?:of|from)"
                     r"|[Oo]n\s+behalf\s+of|[Ee]nvoy\s+of)\s+(?P<gap>(?:(?:the|his|her|of|for|and|[A-Z][\w.’'-]*),?\s+){0,16})$")
_ABSENT_HINT = re.compile(r"behalf|nvoy|greetings|regards|wishes|message|letter|congratulations|condolences")
_OFFICE_WORD = re.compile(r"\b(?:Minister|President|Secretary|Premier|King|Emir|Amir|Chancellor|Governor|Ambassador|Director|Chairman|Speaker)\b")
def _absent(text: str, s: int, ms: int, person_at) -> bool:
    """The mention at ``ms`` is the one spoken for ("on behalf of the Minister of X, Secretary General of Y, A B"); no
    other person named between the phrase and the mention ("on behalf of President A, Minister B met ...")."""
    lo = max(s, ms - 160)
    if not _ABSENT_HINT.search(text, lo, ms):
        return False
    m = _ABSENT.search(text, lo, ms)
    if not m:
        return False
    gap = m.group("gap")
    if re.search(r"\b(?:of|for|and)\b|,", gap) and not _OFFICE_WORD.search(gap):
        return False  # "on behalf of the Maldives and A B": the state, then another person
    return not any(q < ms for _, q, _ in person_at(m.start("gap"), ms))


_NOT_PRESENT = re.compile(r"\b(?:government|administration|regime|cabinet|policies|policy|legacy|era|leadership|family|"
                          r"widow|son|daughter|predecessor|successor|passing|death|demise|funeral|memory|loss)\s+of\s+(?:the\s+)?(?:late\s+)?"
                          r"(?:(?:His|Her)\s+(?:Majesty|Highness|Excellency)\s+)?(?:[A-Z][\w.-]*\s+){0,3}$")
# '..., " Lal said': the speaker of a quote is no participant of what the quote tells
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|tweeted|wrote|posted|stated|remarked|explained)\b(?!\s+(?:as|while|when|after|before|upon|during)\b)")
_SPEAKER_BEFORE = re.compile(r"[,.!?…]\s*[\"”]\s*(?:,\s*)?(?:[\w’'-]+\s+){0,6}$")
_DEPARTURE = re.compile(r"\b(?:left|leaving|leaves|departed|departing|departure\s+(?:from|to|for)|returned\s+to|return\s+to|"
                        r"back\s+to|flew\s+back\s+to|headed\s+(?:back\s+)?to)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$")
# "its assistance to Fiji", "gratitude to the people of Fiji": the state something is given or said to, not where the
# occasion is
_BENEFACTIVE = re.compile(r"\b(?:assistance|aid|support|help|contributions?|gratitude|thanks|appreciation|solidarity|"
                          r"condolences|congratulations|greetings|loans?|grants?|donations?|exports?|commitment)\s+"
                          r"(?:(?:it|he|she|they)\s+(?:has|had|have)\s+(?:\w+\s+)?(?:given|provided|extended|offered)\s+)?"
                          r"to\s+(?:the\s+(?:government|people|governments|peoples)\s+(?:and\s+(?:the\s+)?(?:government|people)\s+)?of\s+)?(?:the\s+)?$")
# "the delegation was received in a royal audience by ...": the delegation, whose leader a sentence names ("led by X")
_DELEGATION_RECEIVED = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}delegation\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?"
                                  r"(?:received|welcomed|greeted|hosted)\b")
# "exchanged views on ... the ongoing situation in Ukraine", "the crisis in Sudan": a state talked about, not the venue
_TOPIC_IN = re.compile(r"\b(?:situation|crisis|crises|conflict|war|developments|tensions|fighting|violence|hostilities|"
                       r"humanitarian\s+\w+|peace\s+process|elections?)\s+(?:in|on|around|inside)\s+(?:the\s+)?$")
# "His working visit to Canada, according to Hengari, is ...", "according to press secretary A B": the source of the
# report, not someone at the occasion
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w.’'-]*\s+){0,4})?$")
# "The two sides agreed to hold the 9th Meeting of the Joint Commission in Colombo": the place of a planned gathering
_PLANNED_HOLD = re.compile(r"\b(?:agreed|decided|planned|plans?|proposed|propose|resolved)\s+to\s+(?:hold|host|convene|organi[sz]e)\b[^.;]*$")
_WITNESSED_BY = re.compile(r"\bwitnessed\s+by\b")
_LED_BY = re.compile(r"\bdelegation\s+(?:led|headed)\s+by\s+")
_COMPANIONS = re.compile(r"\baccompanied\s+(?:at|during|in|on|for)\s+(?:the|this|that)\s+$")


# "received his counterpart at ...", "met his Zambian counterpart on ...": a counterpart the sentence does not name
_UNNAMED_COUNTERPART = re.compile(r"\b(?:his|her)\s+(?:(?P<dem>[A-Z][\w’'-]+)\s+)?counterpart\b(?!\s*,?\s*(?:[A-Z]|from\b|of\b|in\b))")
_HEAD_WORD = re.compile(r"\b(?:president|prime\s+minister|minister|premier|king|emir|amir|chancellor|secretary|speaker|governor)\b", re.I)


def _counterpart_before(text: str, s: int, subj: int, persons, person_at, dem: str | None) -> int | None:
    """The person an unnamed "his counterpart" is: the latest one named before the sentence, other than the subject,
    holding the subject's office (and of the state a demonym gives); else the latest one named at all."""
    from pactwatch import countries as gaz

    iso = gaz.resolve_country(dem) if dem else None
    heads = {m.group(0).lower() for t, *_ in getattr(persons[subj], "titles", []) for m in _HEAD_WORD.finditer(t)}
    own = persons[subj].country
    before = [(ms, p) for p, ms, _ in person_at(0, s) if p != subj and (iso is None or persons[p].country in (None, iso))
              and (own is None or persons[p].country != own)]  # a counterpart is of another state
    if not before:
        return None
    same = [(ms, p) for ms, p in before if heads & {m.group(0).lower() for t, *_ in getattr(persons[p], "titles", [])
                                                    for m in _HEAD_WORD.finditer(t)}]
    return max(same or before)[1]


# "High Commissioner to South Africa", "Ambassador of X to Malaysia": the state an envoy is sent to, named in an office,
# not where the occasion is
_ACCREDITED_TO = re.compile(r"\b(?:[Aa]mbassador|[Hh]igh\s+[Cc]ommissioner|[Ee]nvoy|[Cc]onsul(?:[\s-][Gg]eneral)?|[Cc]harg[ée]\s+d[’']\s*[Aa]ffaires)"
                            r"\s+(?:(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+)?(?:to|in)\s+(?:the\s+)?$")
# an evening hour: "at exactly 19:00 hours", "at 8 pm", "at 9.30 p.m."
_EVENING_CLOCK = re.compile(r"\b(?:(?:1[7-9]|2[0-3])[:.h]\d{2}(?:\s*hours|\s*hrs)?|(?:[5-9]|1[01])(?:[:.]\d{2})?\s*(?:p\.?\s?m\.?))", re.I)
_ARRIVAL_WORDS = re.compile(r"\b(?:touched\s+down|landed|arrived|arrival|arriving|airport)\b", re.I)


def _inner_trigger(sentence: str, adj: tuple[int, int]) -> tuple[str, int, int] | None:
    """The strongest non-visit trigger outside a visit adjunct ("signed ... during X's state visit")."""
    best = None
    for name, pat in TRIGGERS:
        if name in ("visit", "multilateral_meeting"):
            continue
        for m in pat.finditer(sentence):
            if adj[0] <= m.start() < adj[1]:
                continue
            before = sentence[max(0, m.start() - 40):m.start()]
            if _FUTURE.search(before) or _PAST_NEGATED.search(before):
                continue
            if best is None or PRIORITY[name] < PRIORITY[best[0]]:
                best = (name, m.start(), m.end())
            break
    return best


def _in_quote(sentence: str, pos: int) -> tuple[int, int] | None:
    """The quoted stretch holding ``pos`` (a quote may open in an earlier sentence), or None."""
    opens = [i for i, c in enumerate(sentence) if c in "“\""]
    before = [i for i in opens if i < pos]
    after = [i for i in opens if i >= pos]
    if "“" in sentence or "”" in sentence:
        lo = max([i for i, c in enumerate(sentence[:pos]) if c in "“”"], default=None)
        hi = min([i for i, c in enumerate(sentence) if c in "“”" and i >= pos], default=None)
        if (lo is not None and sentence[lo] == "“") or (lo is None and hi is not None and sentence[hi] == "”"):
            return (lo if lo is not None else 0, hi if hi is not None else len(sentence))
        return None
    if len(before) % 2 == 1:
        return (before[-1], after[0] if after else len(sentence))
    if not before and len(after) % 2 == 1 and re.match(r"[,.!?]", sentence[after[0] - 1:after[0]] or " "):
        return (0, after[0])
    return None


_FIRST_PERSON = re.compile(r"\bI\s+(?:also\s+|then\s+|later\s+)?(?:had|held|met|received|hosted|signed|spoke|talked|called|paid|visited)\b"
                           # '"Very productive meeting with Fiji PM X ...," Y stated': a leader's own post on his meeting
                           r"|(?<=[\"“])(?:(?:[Vv]ery|[Rr]eally|[Mm]ost|[Aa]n?)\s+)?(?:[Pp]roductive|[Gg]ood|[Gg]reat|[Ff]ruitful|[Ee]xcellent|"
                           r"[Uu]seful|[Cc]onstructive|[Ww]arm|[Cc]ordial|[Ww]onderful|[Pp]ositive)\s+(?:meeting|talks|discussions?|conversation)\s+with\b")
_ATTRIBUTION = re.compile(r"\s*,?\s*(?:(?P<pro>he|she)\s+(?:said|added|noted|stated|wrote|told)|(?P<name>(?:[A-Z][\w’'.-]+\s+){1,4})"
                          r"(?:said|added|noted|stated|wrote|told))\b")


def _in_quote_text(text: str, pos: int) -> bool:
    """``pos`` lies inside curly quotes opened before it (within 1500 characters) and not yet closed."""
    lo = max(0, pos - 1500)
    op, cl = text.rfind("“", lo, pos), text.rfind("”", lo, pos)
    if op < 0 and cl < 0 and '"' in text[lo:pos]:
        # straight quotes: an odd number since the paragraph began
        para = text.rfind("\n", lo, pos) + 1 or lo
        return text.count('"', para, pos) % 2 == 1
    return op >= 0 and op > cl


def _quote_speaker(text: str, pos: int, end: int, person_at, subjects) -> int | None:
    """The speaker of the quote holding ``pos``: the person named in the attribution right after it closes, or for
    "he said" (or none) the subject of the last sentence ended before the quote opened."""
    op = text.rfind("“", max(0, pos - 1500), pos)
    cl = text.find("”", pos, pos + 1500)
    if op < 0 and text.count('"', max(0, pos - 1500), pos) % 2 == 1:
        cl = text.find('"', pos, pos + 1500)  # straight quotes: the one closing the quote that holds pos
    if cl >= 0:
        m = _ATTRIBUTION.match(text, cl + 1)
        if m and m.group("name"):
            named = [p for p, ms, _ in person_at(cl + 1, m.end())]
            if named:
                return named[0]
            return None
    before = [who for se, who in subjects if se <= op]
    return before[-1] if before else None


# "In a press briefing after a meeting between Presidents A and B, Ministers of X from both countries, C and D, signed
# agreements": the leaders' meeting told in the opening adjunct, and the signing of other persons in the main clause
_AFTER_OCCASION = re.compile(r"\W*(?:(?:In|At|During)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:briefing|conference|ceremony|event)\s+)?"
                             r"(?:[Aa]fter|[Ff]ollowing)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,4}?(?:meeting|talks)\s+(?:between|of)\s+"
                             r"[^,;.]{3,80}?,\s+(?=[^;]{0,250}?\b(?:signed|inked)\b)")


_ALSO_SIGNED = re.compile(r"\balso\s+(?:signed|inked)\b")


def _split_after_occasion(text: str, sentences, person_at):
    out, pairs = [], []
    for s, e in sentences:
        m = _AFTER_OCCASION.match(text, s, e) if "signed" in text[s:e] or "inked" in text[s:e] else None
        if m:
            lead = {p for p, _, _ in person_at(s, m.end())}
            rest = {p for p, _, _ in person_at(m.end(), e)}
            if len(lead) >= 2 and rest and not lead & rest:
                out += [(s, m.end() - 2), (m.end(), e)]
                pairs.append(((s, m.end() - 2), (m.end(), e)))
                continue
        out.append((s, e))
    return out, pairs


def find_events(text: str, sentences, persons, person_at, places, dates_in, dateline=None,
                published: str | None = None) -> list[EventDraft]:
    """Event mentions per sentence, then merged into occasions.

    ``person_at(start, end)`` -> [(person index, mention start, mention end)] in the span;
    ``places`` -> Place list; ``dates_in(start, end)`` -> [(start, end, PartialDate)].
    """
    sentences, split_pairs = _split_after_occasion(text, sentences, person_at)
    drafts: list[EventDraft] = []
    recalled_kinds: list[str] = []  # occasions a sentence recalls (not reported), for later "the visit" references
    frame = None  # a series of separate occasions announced in one sentence, told one by one after it
    gathering = None  # the day and place a sentence gives a summit ("The ASEAN summit opened in Vientiane on Tuesday")
    pending = None  # an undated arrival reception in the evening, and its sentence: the next sentence may give its day
    last_person: int | None = None
    subjects: list[tuple[int, int | None]] = []  # (sentence end, the subject so far), for a quote's "I"
    prev: tuple[int, int] | None = None
    for s, e in sentences:
        prev_span, prev = prev, (s, e)
        sent = text[s:e]
        trig = _trigger(sent)
        gh = _GATHERING_HELD.search(sent) if "ummit" in sent or "onference" in sent or "ssembly" in sent or "orum" in sent else None
        if gh and not person_at(s, s + gh.start()):
            gd = next((pd for _, _, pd in dates_in(s, e) if pd.value and not _recalled(pd, published)), None)
            gp = next((p for p in places if s <= p.start < e and p.kind in ("city", "capital", "venue")), None)
            if gd is not None or gp is not None:
                gathering = (gd, gp)
        # "At the invitation of President X, Y arrived ...": X is the host of Y's visit, but at no other occasion the
        # sentence tells ("Y, who is here at the invitation of X, was received by Z at the airport")
        invited = {p for p, ms, _ in person_at(s, e) if _INVITER.search(text[max(s, ms - 80):ms])} if "invitation" in sent else set()
        found = [(p, ms, me) for p, ms, me in person_at(s, e) if not _NOT_PRESENT.search(text[max(s, ms - 60):ms])
                 and not _absent(text, s, ms, person_at)
                 and not _ACCORDING_TO.search(text, max(s, ms - 60), ms)
                 and not (invited and p in invited and (trig is None or trig[0] != "visit") and _INVITER.search(text[max(s, ms - 80):ms]))
                 and not (_SPEAKER_AFTER.match(text, me) and _SPEAKER_BEFORE.search(text[max(s, ms - 80):ms])
                          and (trig is None or trig[1] < ms - s or _in_quote(sent, trig[1]) is not None))]
        if trig and "with" in sent:
            # "had a phone conversation with A, who informed him about her conversation with B": B is at another
            # occasion, the one the possessive recounts
            found = [(p, ms, me) for p, ms, me in found if not (trig[2] < ms - s and _OWN_CONTACT.search(text, max(s, ms - 70), ms)
                                                               and _OWN_CONTACT.search(text, max(s, ms - 70), ms).start() > s + trig[2])]
        people = [p for p, _, _ in found]
        ro = _REPORT_OPEN.match(sent) if trig and len(set(people)) >= 3 else None
        if ro and trig[1] >= ro.end() and not re.search(r"\b(?:he|she|I|we)\b", sent[ro.end():trig[1]]):
            # "Akande quoted the two leaders as making the pledge when A visited B": the one who reports is no one at the
            # occasion the report tells, when he is named only before his verb and two others after it
            rep_ = [p for p, ms, _ in found if ms < s + ro.start("verb")]
            if len(set(rep_)) == 1 and not any(p == rep_[0] and ms >= s + ro.end() for p, ms, _ in found) and \
                    len({p for p, ms, _ in found if ms >= s + ro.end()}) >= 2:
                found = [x for x in found if x[0] != rep_[0]]
                people = [p for p, _, _ in found]
        # "He also held ...", "The Caribbean diplomat also met with ...": the principal of the occasions told before
        also = _ALSO_SUBJECT.match(sent)
        principal = next((d_.participants[0] for d_ in reversed(drafts) if len(d_.participants) >= 2), None)
        if also and principal is not None and principal not in people and \
                not any(ms < s + also.end() for _, ms, _ in found if not re.match(r"(?:He|She)\b", text[ms:ms + 3])):
            found = [(p, ms, me) for p, ms, me in found if ms >= s + also.end()]
            people = [principal] + [p for p, _, _ in found]
            found = [(principal, s, s + also.end())] + found
        # a sentence-initial pronoun is the last person mentioned before it
        pm = re.match(r"\s*(?:He|She)\b", sent)
        if pm and last_person is not None and last_person not in people:
            people.insert(0, last_person)
            found = [(last_person, s, s + pm.end())] + found
        if re.search(r"\b(?:he|she)\s+(?:also\s+)?(?:(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:received|welcomed|greeted|hosted)|told|met|received|thanked|welcomed|held|had|hosted|talked|spoke|signed|called)\b", sent) \
                and last_person is not None and last_person not in people:
            people.insert(0, last_person)
            found = [(last_person, s, s)] + found
        hc = _HIS_CONTACT.search(sent)
        if hc and not any(ms < s + hc.start() for _, ms, _ in found):
            # "A, said during his meeting with B": "his" is A, named before it; no one from an earlier sentence
            # "In his conversation with X, ...": the one whose calls or meetings are being told
            who = frame["subject"] if frame is not None else last_person
            tr = _TITLED_SUBJECT.search(sent) if frame is None and drafts and \
                not re.match(r"\W*(?:In|During|At)\s+(?:his|her)\b", sent[hc.start():]) else None
            if tr:
                # "Meeting his Russian counterpart Y, the Vietnamese leader said": of the persons of the occasions told
                # before, the one the office names (by state), else the one at all of them
                told = [d_ for d_ in drafts if len(d_.participants) >= 2]
                iso = countries_in(tr.group("dem") or "", kinds=("demonym", "name"))
                by_state = [p for p in dict.fromkeys(p for d_ in told for p in d_.participants) if iso and persons[p].country == iso[0]]
                common = set.intersection(*[set(d_.participants) for d_ in told]) if told else set()
                if len(by_state) == 1:
                    who = by_state[0]
                elif len(common) == 1:
                    who = next(iter(common))
                else:
                    lead_p = min(range(len(persons)), key=lambda p: persons[p].mentions[0].start if persons[p].mentions else 10 ** 9, default=None)
                    if lead_p in common:
                        who = lead_p  # the one the article leads with
            if who is not None and who not in people:
                people.insert(0, who)
                found = [(who, s + hc.start(), s + hc.start())] + found
        if trig and len(set(people)) == 1 and "counterpart" in sent and any(pd.value for _, _, pd in dates_in(s, e)):
            cp = _UNNAMED_COUNTERPART.search(sent)
            other = _counterpart_before(text, s, people[0], persons, person_at, cp.group("dem")) if cp else None
            if other is not None:
                # "President X received his counterpart at State House Thursday evening": the counterpart the article
                # named before, at an occasion the sentence dates (an undated one recaps the stay)
                people.append(other)
                found = found + [(other, s + cp.start(), s + cp.end())]
        hh = _HIS_HOST.search(sent) if trig and len(set(people)) == 1 else None
        if hh:
            # "X and his host held talks": the one who received X at the occasion told before
            host = next((p for d_ in reversed(drafts) if people[0] in d_.participants
                         for p, r in d_.roles.items() if r == "host" and p != people[0]), None)
            if host is not None:
                people.append(host)
                found = found + [(host, s + hh.start(), s + hh.end())]
        fi = _FIRST_PERSON.search(sent) if trig and ("“" in text[max(0, s - 1500):e] or '"' in text[max(0, s - 1500):e]) else None
        if fi and _in_quote_text(text, s + fi.start()):
            # '"In this summit, I also had a bilateral meeting with X", he said': the one quoted, named in the
            # attribution after the quote or, for "he said", the subject told before the quote opened
            who = _quote_speaker(text, s + fi.start(), e, person_at, subjects)
            if who is not None and who not in people:
                people.insert(0, who)
                found = [(who, s + fi.start(), s + fi.start() + 1)] + found
        if found:
            last_person = min(found, key=lambda x: x[1])[0]  # the subject, for the next "He"
        subjects.append((e, last_person))
        cr = _CALL_REF.search(sent) if drafts and ("call" in sent or "conversation" in sent) else None
        if cr:
            # "The call between leaders took place this Friday at noon", "... told journalists that the two leaders had a
            # telephone conversation on Monday": the day of the one call told before without one
            calls = [d_ for d_ in drafts if d_.type == "call"]
            when = [(ds, pd) for ds, _, pd in dates_in(s, e) if pd.value and not _recalled(pd, published)
                    and not _UPCOMING.search(text, max(s, ds - 30), ds) and not (published and pd.value[:len(published)] > published[:len(pd.value)])]
            near = [pd for ds, pd in when if s + cr.start() <= ds <= s + cr.end() + 40]
            when = near if len(near) == 1 else [pd for _, pd in when]
            if len(calls) == 1 and not calls[0].date.value and len(when) == 1 and len(when[0].value) == 10:
                calls[0].date = when[0]
        dac = _DAYS_AFTER_CALL.match(sent) if "after" in sent else None
        if dac and _CALLED.search(sent, dac.end()):
            # "A day after phoning President A, Prime Minister X called King B on Sunday": two calls, the first that many
            # days before the second
            first = list(dict.fromkeys(p for p, ms, _ in sorted(found, key=lambda x: x[1]) if ms < s + dac.end()))
            rest = list(dict.fromkeys(p for p, ms, _ in sorted(found, key=lambda x: x[1]) if ms >= s + dac.end() and p not in first))
            if len(first) == 1 and len(rest) >= 2:
                cd = next((pd for ds, _, pd in dates_in(s + dac.end(), e) if pd.value), PartialDate())
                n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(dac.group("n").lower(), 0) or int(dac.group("n"))
                fd = PartialDate()
                if cd.value and len(cd.value) == 10:
                    import datetime as _dt
                    fd = PartialDate(value=(_dt.date.fromisoformat(cd.value) - _dt.timedelta(days=n)).isoformat(), text=dac.group(0).strip(),
                                     inferred=True, rule="days-before-next-call")
                drafts.append(EventDraft("call", [rest[0], first[0]], {}, fd, None, None, None, [(s, e)], s, False))
                drafts.append(EventDraft("call", rest, {}, cd, None, None, None, [(s, e)], s, False))
                continue
        vw = _VISITED_WHERE.search(sent) if "where" in sent else None
        if vw and not _AGO.search(sent) and not _MODAL.search(sent, 0, vw.start()):
            # "He has visited Tajikistan and Kyrgyzstan, where he met with Presidents A and B": as many places as persons
            # met, in the same order: one meeting in each place with its person
            a_, b_ = s + vw.start("places"), s + vw.end("places")
            vplaces = [_PlaceRef(p.name, p.kind, p.iso3) for p in places if a_ <= p.start < b_ and p.kind in ("city", "capital")]
            cities_at = {p.start for p in places if a_ <= p.start < b_ and p.kind in ("city", "capital")}
            if not vplaces:
                vplaces = [_PlaceRef(m.text, "country", m.iso3) for m in find_countries(text, a_, b_)
                           if m.kind == "name" and m.start not in cities_at]
            visitor = next((p for p, ms, _ in sorted(found, key=lambda x: x[1]) if ms < s + vw.start()), None)
            met = list(dict.fromkeys(p for p, ms, _ in sorted(found, key=lambda x: x[1]) if ms >= s + vw.end() and p != visitor))
            if visitor is not None and len(vplaces) >= 2 and len(met) == len(vplaces):
                vd = next((pd for _, _, pd in dates_in(s, e) if pd.value and not _recalled(pd, published)), PartialDate())
                kind = "talks" if vw.group("verb").startswith(("held talks", "had talks")) else "meeting"
                for vp, other in zip(vplaces, met):
                    drafts.append(EventDraft(kind, [visitor, other], {visitor: "guest", other: "host"}, vd, vp.name, vp.kind,
                                             vp.iso3, [(s, e)], s, False))
                continue
        if not people and drafts and dateline is not None and drafts[-1].place is None and drafts[-1].type != "call" and \
                re.search(r"\bhere\b", sent) and re.search(r"\b(?:ceremony|meeting|talks|visit|event|signing|discussions)\b", sent):
            last = drafts[-1]  # "The ceremony was held ... here": the dateline's city
            last.place, last.place_kind, last.place_country = dateline.name, dateline.kind, dateline.iso3
            last.spans.append((s, e))
            continue
        if drafts and _ATTENDED.match(sent):
            drafts[-1].spans.append((s, e))
            continue
        ch = _CHAIRED_BY.match(sent) if drafts and people and drafts[-1].type == "multilateral_meeting" else None
        if ch:
            # "X is attending the Pacific Islands Forum Leaders Retreat. The meeting is chaired by Y": Y at it too
            for p in dict.fromkeys(p for p, ms, _ in found if ms >= s + ch.end()):
                if p not in drafts[-1].participants:
                    drafts[-1].participants.append(p)
            drafts[-1].spans.append((s, e))
            continue
        pa = _PARTICIPATION.search(sent) if drafts and "participation" in sent and _THE_OCCASION.match(sent) else None
        if pa:
            # "The meeting took place at the Casa Rosada, with the participation of Foreign Minister C": the occasion told
            # before, with C at it
            target = drafts[-1]
            before = {p for p, ms, _ in found if ms < s + pa.start()}
            joiners = [p for p, ms, _ in found if ms >= s + pa.end()]
            if joiners and before <= set(target.participants):
                for p in joiners:
                    if p not in target.participants:
                        target.participants.append(p)
                target.spans.append((s, e))
                continue
        jc = _JOINED_OCCASION.search(sent) if drafts and "joined" in sent else None
        if jc:
            # "Jordanian King Abdullah II joined the phone call later": a third participant of the call told before
            kinds = ("call",) if jc.group("noun").lower() in ("call", "conversation") else ("meeting", "talks", "reception")
            target = next((d_ for d_ in reversed(drafts) if d_.type in kinds), None)
            joiners = [p for p, ms, _ in found if ms < s + jc.start()]
            if target is not None and joiners:
                for p in joiners:
                    if p not in target.participants:
                        target.participants.append(p)
                target.spans.append((s, e))
                continue
        acc = re.search(r"\b(?:accompanied|joined|flanked|assisted)\s+by\b", sent)
        if trig and people and drafts and acc and _ANAPHOR.match(sent) and all(ms > s + acc.start() for _, ms, _ in found):
            # "Both heads of state held a meeting ..., accompanied by the foreign ministers, A and B": the last occasion,
            # with A and B at it
            last = drafts[-1]
            for p in people:
                if p not in last.participants:
                    last.participants.append(p)
            ds_ = dates_in(s, e)
            if last.date.value is None and ds_ and ds_[0][2].value:
                last.date = ds_[0][2]
            last.spans.append((s, e))
            continue
        if trig and not people and drafts and (_ANAPHOR.search(sent) or _DOC_ANAPHOR.match(sent)):
            # "Headed by the presidents, the delegations held the meeting today in Ankara": the last occasion
            last = drafts[-1]
            ds_ = dates_in(s, e)
            if (ds_ and all(_recalled(pd, published) for _, _, pd in ds_)) or _LAST_MET.search(sent) or \
                    (not ds_ and _LAST_PERIOD.search(sent)):
                continue  # "The two leaders last met in Lima in 2021", "at a meeting of the two presidents in Nairobi last
                # May": an earlier occasion, not this one's place
            if last.date.value is None and ds_ and ds_[0][2].value:
                last.date = ds_[0][2]
            cands_ = [p for p in places if s <= p.start < e and p.kind in ("city", "capital", "venue")] or \
                [p for p in places if s <= p.start < e and p.kind == "country" and last.type != "call" and
                 re.search(r"\bin\s+(?:the\s+)?$", text[max(s, p.start - 8):p.start]) and not _TOPIC_IN.search(text[max(s, p.start - 50):p.start])]
            cands_ = [p for p in cands_ if not _PLANNED_HOLD.search(text, max(s, p.start - 120), p.start)]
            if last.place is None and cands_:
                last.place, last.place_kind, last.place_country = cands_[0].name, cands_[0].kind, cands_[0].iso3
            last.spans.append((s, e))
            if _PART_OF_GATHERING.search(sent) and last.type in ("meeting", "talks") and len(set(last.participants)) >= 2 and \
                    not any(d_.type == "multilateral_meeting" for d_ in drafts):
                # "X held talks with Y. The meeting took place as part of the Second Consultative Meeting of Heads of
                # Central Asian States": both attend the gathering too, on that day
                drafts.append(EventDraft("multilateral_meeting", list(dict.fromkeys(last.participants)), {}, last.date,
                                         last.place, last.place_kind, last.place_country, [(s, e)], s, sideline=True))
            continue
        vb = _VISIT_BEGAN.match(sent) if drafts and drafts[-1].type == "visit" and people else None
        if vb and re.search(r"\b(?:meeting|talks|ceremony|reception|welcome)\b", sent[vb.end():]):
            # "X paid a state visit to Kazakhstan on March 2-3. The state visit began with the official meeting ceremony
            # with the President of Kazakhstan Y": X's occasion with Y, on the stay's first day
            v = drafts[-1]
            hosts = [p for p in dict.fromkeys(p for p, ms, _ in found if ms >= s + vb.end()) if p not in v.participants]
            if len(set(v.participants)) == 1 and hosts:
                d0 = v.date
                rng = _DAY_RANGE.search(d0.text) if d0.value and len(d0.value) == 7 else None
                if rng:
                    d0 = PartialDate(f"{d0.value}-{int(rng.group(1)):02d}", d0.text, True, "first-day-of-stay")
                kind_ = "talks" if re.search(r"\btalks\b", sent[vb.end():]) else "meeting"
                drafts.append(EventDraft(kind_, [v.participants[0]] + hosts, {}, d0, v.place, v.place_kind, v.place_country,
                                         [(s, e)], s, False))
                continue
        if trig and people and drafts and _DOC_ANAPHOR.match(sent) and len(set(drafts[-1].participants)) >= 2 and \
                set(people) <= set(drafts[-1].participants) and _LEADERS_MET.search(sent):
            # "The MoU was signed on Tuesday at State House Nairobi where the two leaders met during President X's visit,
            # where they held bilateral talks": the documents of the last occasion, and that occasion the leaders' talks,
            # on this sentence's day at its place
            last = drafts[-1]
            ds_ = [x for x in dates_in(s, e) if x[2].value]
            if ds_ and (last.date.value is None or len(ds_[0][2].value) > len(last.date.value)):
                last.date = ds_[0][2]
            cands_ = [p for p in places if s <= p.start < e and p.kind in ("city", "capital", "venue")]
            if cands_ and (last.place is None or last.place_kind == "country"):
                last.place, last.place_kind, last.place_country = cands_[0].name, cands_[0].kind, cands_[0].iso3
            kind_ = "talks" if re.search(r"\btalks\b", _LEADERS_MET.search(sent).group(0) + sent[_LEADERS_MET.search(sent).end():]) else "meeting"
            if last.type == "signing":
                last.type = kind_
            last.spans.append((s, e))
            continue
        if not trig and drafts and len(set(people)) >= 2 and set(people) <= set(drafts[-1].participants):
            # "Cho and Kamikawa spoke for 30 minutes on Tuesday": the same persons, the last occasion's date/place
            last = drafts[-1]
            ds_ = dates_in(s, e)
            if last.date.value is None and ds_ and ds_[0][2].value:
                last.date = ds_[0][2]
                last.spans.append((s, e))
            continue
        defs = _definite_only(sent) if trig and (drafts or recalled_kinds) and (
            sent[trig[1]:trig[2]].lower() == "bilateral" or
            _NOUN_MATCH.search(sent[trig[1]:trig[2]]) and _DEF_BEFORE.search(sent, max(0, trig[1] - 60), trig[1])) else None
        reporter = None
        if defs:
            rep = _REPORTER.match(sent)
            if rep and rep.end() <= defs[0][1]:
                # "He further disclosed that the presentations made by X, during the meeting, ...": the one who reports
                # is no one at the occasion; the persons the report names are
                reporter = next((p for p, ms, _ in found if ms < s + rep.start("verb")), None)
                if reporter is not None and not any(p == reporter and ms >= s + rep.end() for p, ms, _ in found):
                    people = [p for p in people if p != reporter]
                else:
                    reporter = None
        if defs:
            told = {p for d_ in drafts for p in d_.participants}
            new_people = [p for p in dict.fromkeys(people) if p not in told]
            btw = re.search(r"\b(?:meetings?|talks|calls?|conversations?|discussions?)\s+between\s+", sent)
            pair = [p for p, ms, _ in found if btw and ms >= s + btw.end()][:2]
            if len(new_people) >= 2 and len(new_people) == len(set(people)) or _HELD_AT.search(sent) or (
                    # "In the meeting between X and the Prime Minister of B, C, ...": a meeting of its own, with one not told before
                    frame is not None and len(set(pair)) == 2 and frame["subject"] in pair and any(p in new_people for p in pair)):
                # "In the wake of the meetings, A and B adopted ...": two others, at an occasion of their own; "At the
                # meeting held in X, ...": the occasion described anew, with its place (merged as any other mention)
                defs = None
        if defs:
            # "Y told X in the meeting that ...", "X stressed the importance of the visit": the occasion told (or recalled)
            # before, referred to again; no new occasion. Persons "in/at/during the meeting" join the last one of its kind.
            last = drafts[-1] if drafts else None
            for kind, pos in defs:
                if last is None or last.type not in _KIND_TYPES[kind]:
                    continue
                locative = _LOCATIVE_REF.search(sent, 0, pos - len(_DEF_BEFORE.search(sent, 0, pos).group(0)))
                if locative and people and (set(people) & set(last.participants) or reporter is not None):
                    for p in people:
                        if p not in last.participants:
                            last.participants.append(p)
                noun_end = pos + len(_NOUN_WORD.match(sent, pos).group(0)) if _NOUN_WORD.match(sent, pos) else pos
                own = [pd for ds, de, pd in dates_in(s, e) if pd.value and 0 <= ds - (s + noun_end) <= 4
                       and not _recalled(pd, published)]
                if locative and own:
                    # "During the meetings on May 4, the parties discussed ...": the day of the occasion(s) told just
                    # before; a plural noun dates every undated occasion of that sentence
                    plural = sent[pos:noun_end].lower().endswith(("meetings", "talks", "calls", "visits", "conversations"))
                    for d_ in (d_ for d_ in drafts if d_.spans[0] == last.spans[0]) if plural else [last]:
                        if d_.date.value is None:
                            d_.date = own[0]
                last.spans.append((s, e))
                break
            continue
        uniq = list(dict.fromkeys(people))
        if trig and trig[0] in ("call", "talks", "meeting") and len(uniq) == 1 and (_SERIES.search(sent) or _WORLD_LEADERS.search(sent)):
            # "X held separate phone talks on Thursday with his counterparts from A, B and C": the sentences that
            # follow name them one by one, each its own occasion of this kind and day
            fd = [(abs(ds - (s + trig[1])), pd) for ds, de, pd in dates_in(s, e) if pd.value and
                  not (_DATELINE_BEFORE.match(text[s:ds]) and _DATELINE_AFTER.match(text[de:e]))]
            frame = {"type": trig[0], "date": min(fd, key=lambda x: x[0])[1] if fd else PartialDate(), "subject": uniq[0], "left": 6,
                     "place": next((p for p in places if s <= p.start < e and p.kind in ("city", "capital", "venue")), None),
                     "states": set(countries_in(text, s + trig[1], e, kinds=("name", "demonym")))}
        elif frame is not None and len(uniq) >= 3 and uniq[0] == frame["subject"] and frame["type"] in ("meeting", "talks") and \
                (trig is None or trig[0] in ("meeting", "talks")) and _DISCUSS.search(sent) and \
                len({persons[p].country for p in uniq[1:]}) == len(uniq) - 1 and None not in {persons[p].country for p in uniq[1:]} and \
                persons[uniq[0]].country not in {persons[p].country for p in uniq[1:]} and not _JOINT.search(sent):
            # "X held talks with presidents of different African countries ... He conferred with President of A, B, President
            # of C, D and ...": the series told, one occasion with each (one state each), on the series' day
            own = [pd for ds, de, pd in dates_in(s, e) if pd.value]
            for other in uniq[1:]:
                drafts.append(EventDraft(frame["type"], [frame["subject"], other], {}, own[0] if own else frame["date"],
                                         None, None, None, [(s, e)], s, False))
            frame = None
            continue
        elif frame is not None and len(uniq) == 2 and frame["subject"] in uniq and \
                (trig is None or trig[0] in ("meeting", "talks", frame["type"])) and (trig is not None or _DISCUSS.search(sent) or (
                    # "... with his counterparts from A, B and C. ... X also congratulated the Foreign Minister of C ...": a
                    # counterpart of one of the states the series named, told without a verb of talking
                    persons[next(p for p in uniq if p != frame["subject"])].country in frame["states"])):
            # "... discussed disaster relief following Cyclone Pam in April": the month of something else, not of the occasion
            own = [pd for ds, de, pd in dates_in(s, e) if pd.value and not (
                len(pd.value) <= 7 and re.search(r"\b(?:following|after|since|before)\s+(?:[\w-]+\s+){0,4}$", text[max(s, ds - 50):ds]))]
            other = next(p for p in uniq if p != frame["subject"])
            fplace = None if frame["type"] == "call" else next((p for p in places if s <= p.start < e and p.kind in ("city", "capital", "venue")), None)
            fplace = fplace or frame.get("place")
            drafts.append(EventDraft(frame["type"], [frame["subject"], other], {}, own[0] if own else frame["date"],
                                     fplace.name if fplace else None, fplace.kind if fplace else None, fplace.iso3 if fplace else None,
                                     [(s, e)], s, False))
            frame["left"] -= 1
            if frame["left"] <= 0:
                frame = None
            continue
        if not trig or not people:
            continue
        name, ts, te = trig
        if _COMPANIONS.search(sent[:ts]):
            continue  # "X was accompanied at the meeting by A, B": X's delegation, not another occasion
        q = _in_quote(sent, ts)
        if name == "visit" and not re.search(r"\bvisit\s+by\b", sent) and found and all(ms > s + te and re.search(r"\b(?:from|of)\s+(?:[\w.]+\s+){0,3}$", text[max(s, ms - 40):ms])
                                                  for _, ms, _ in found) and \
                not re.search(r"\b(?:on|during|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her)\s+", sent[:ts]):
            continue  # "the Minister also visited the temple and sought blessings from X": the visitor is not named
        if q is not None and found and all(not (s + q[0] <= ms < s + q[1]) for _, ms, _ in found):
            # '"... ahead of his talks with ...," the spokesperson tweeted': the speaker is no participant;
            # a trigger outside the quote ('..., Mitsotakis said, welcoming the Emir') still counts
            trig = _trigger(sent[:q[0]] + " " * (q[1] - q[0]) + sent[q[1]:])
            if trig is None:
                continue
            name, ts, te = trig
        if name == "visit" and _APPRECIATED_VISIT.search(sent[:te]):
            recalled_kinds.append(name)
            continue  # "both leaders appreciated X's visit to Pakistan": an earlier stay spoken of, not one reported
        if name == "visit" and _VISIT_ENDED.search(sent):
            continue  # "X left for Y this afternoon after completing his visit": the end of a stay, not an occasion
        umbrella_of = None
        adj = _VISIT_ADJUNCT.search(sent) if name == "visit" else None
        if adj and adj.start() <= ts < adj.end():
            # "signed five agreements during X's state visit": the visit holds the occasion; both are kept
            inside = [(p, ms) for p, ms, _ in found if s + adj.start() <= ms < s + adj.end()]
            before_adj = [(p, ms) for p, ms, _ in found if ms < s + adj.start()]
            visitor = inside[0][0] if inside else (max(before_adj, key=lambda x: x[1])[0] if before_adj and
                                                    re.match(r"(?:who|which)\b", sent[adj.start():]) else None)
            if visitor is None and re.match(r"(?:during|on|in\s+the\s+course\s+of)\s+(?:his|her)\b", sent[adj.start():]) and found:
                visitor = min(found, key=lambda x: x[1])[0]
            inner = _inner_trigger(sent, adj.span())
            if inner is not None and visitor is not None:
                umbrella_of = visitor
                name, ts, te = inner
            elif inner is not None and len(set(people)) >= 2:
                # "met with King X at the Royal Court upon his arrival ... on an official state visit": the visitor is
                # not named inside the adjunct, so no visit of its own; the occasion is the meeting
                name, ts, te = inner
        if name == "visit" and _VISITED_PERSON.match(sent, ts) and any(
                s + _VISITED_PERSON.match(sent, ts).end() <= ms <= s + _VISITED_PERSON.match(sent, ts).end() + 50 and
                re.fullmatch(r"(?:(?:the|his|her)\s+)?(?:[A-Z][\w’'-]*\s+){0,4}", text[s + _VISITED_PERSON.match(sent, ts).end():ms])
                for _, ms, _ in found):
            name = "meeting"  # "X also visited King A and paid courtesy calls to B": a call on a person, not a stay
        tpos = s + ts
        people = list(dict.fromkeys(people))
        wb = _WITNESSED_BY.search(sent) if name == "signing" and "witnessed by" in sent else None
        if wb and wb.end() <= ts and not re.search(r"\bsigned\s+by\b", sent) and any(d_.type == "signing" for d_ in drafts):
            # "At the ceremony, witnessed by the Statesmen of the two countries, A (X) and B (Y), the two countries also
            # signed ...": after a signing of ministers told before, the witnessing leaders are no signatories of it
            wit = {p for p, ms, _ in found if s + wb.end() <= ms < s + ts}
            people = [p for p in people if p not in wit]
            found = [x for x in found if x[0] not in wit]
        if name in ("meeting", "talks", "call") and re.match(r"s?(?:\s+(?:meetings?|talks|discussions?|call|conversation))?\s+between\s+", sent[te:]):
            # "briefing reporters on the meeting between A and B": the two after "between", not the one who briefs
            pair = list(dict.fromkeys(p for p, ms, _ in found if ms >= s + te))
            if len(pair) >= 2:
                people = pair
                found = [x for x in found if x[0] in pair]
        lone_umbrella = False
        if umbrella_of is not None and len(people) < 2:
            # "A and B signed five agreements during X's state visit": only the visitor is named, so the sentence
            # stays the visit, which still holds (and does not absorb) the signing a later sentence describes
            name, ts, te = trig
            tpos, umbrella_of, lone_umbrella = s + ts, None, True
        arrival_of = None
        if name == "reception" and len(people) == 1 and prev_span is not None and _DELEGATION_RECEIVED.search(sent):
            # "The delegation led by X arrived in Y yesterday. After arrival, the delegation was received by King Z": the
            # reception of the delegation's leader
            for lo, hi in ((s, e), prev_span):
                led = _LED_BY.search(text, lo, hi)
                if led:
                    lead = next((p for p, ms, _ in person_at(lo, hi) if led.end() <= ms <= led.end() + 60), None)
                    if lead is not None and lead not in people:
                        people = [lead] + people
                        found = [(lead, s, s)] + found
                        arrival_of = (lo, hi)
                    break
        if name != "multilateral_meeting" and len(people) < 2 and name in ("meeting", "talks", "call", "signing", "reception"):
            if name in ("signing",):
                continue
            if name == "reception" or name == "call":
                continue
        roles: dict[int, str] = {}
        if name == "reception":
            by = re.search(r"\b(?:welcomed|received|hosted|greeted)\s+by\b", sent)
            for p, ms, me in found:
                if by:
                    roles[p] = "host" if ms > s + by.start() else "guest"
                else:
                    roles[p] = "host" if ms < tpos else "guest"
        elif name == "visit":
            by = re.search(r"\bvisit\s+by\b", sent)
            for p, ms, me in found:
                if by and ms > s + by.start() and ms < s + by.end() + 60:
                    roles[p] = "guest"
                elif not by and ms < tpos and re.search(r"\b(?:visited|visiting|visits|arrived|paying|pays|paid|on)\b", sent[:ts + 10]):
                    roles[p] = "guest"
            if roles and any(r == "guest" for r in roles.values()):
                for p in people:
                    roles.setdefault(p, "host")
        d = PartialDate()
        best = None
        arrival = dateline_date = None
        for ds, de, pd in dates_in(s, e):
            if ds > tpos and _PLANNED_AFTER.search(text, tpos, ds):
                continue  # "Referring to X's meeting with Y, he said Y would visit Cyprus on November 20": another occasion's day
            if name in ("meeting", "talks", "signing", "call") and _ARRIVAL_DATE.search(text[max(s, ds - 60):ds]):
                arrival = arrival or pd  # "where he arrived on Tuesday": when the visit began, not this occasion
                continue
            if _DATELINE_BEFORE.match(text[s:ds]) and _DATELINE_AFTER.match(text[de:e]):
                dateline_date = pd  # "HAVANA, Cuba, Jan 8 (ACN) -": when it was filed; only if nothing else dates it
                continue
            dist = abs(ds - tpos) - (5 if ds > tpos else 0)
            if best is None or dist < best[0]:
                best = (dist, pd, ds)
        if best:
            d = best[1]
        elif arrival is not None and arrival.value and len(arrival.value) == 10 and \
                (published is None or published[:7] == arrival.value[:7]):
            # "reached Mexico on 26th May and held a meeting": on or after that day, before publication: the month
            d = PartialDate(value=arrival.value[:7], text=arrival.text, inferred=True, rule="after-arrival")
        elif dateline_date is not None:
            d = dateline_date
            if name == "visit" and d.value and len(d.value) == 10:
                d = PartialDate(value=d.value[:7], text=d.text, inferred=True, rule="visit-at-dateline")  # a stay spans days
        elif prev_span is not None and re.match(r"\s*(?:[A-Z][\w-]+\s+){0,3}(?:also\s+|then\s+|later\s+)?(?:met|held|received|hosted|called\s+on|paid)\b", sent):
            # "X hailed ... on Friday as he welcomed Y's minister. X met with Y ...": the sentence before, about the
            # same person welcoming or meeting, dates the occasion its successor describes
            pds = [pd for _, _, pd in dates_in(*prev_span) if pd.value and len(pd.value) == 10]
            before = text[prev_span[0]:prev_span[1]]
            fronted = re.match(r"\s*On\s+", before) and any(ds_ - prev_span[0] <= 4 and pd_ is pds[0] for ds_, _, pd_ in dates_in(*prev_span)) \
                if len(pds) == 1 else False  # "On July 3, X arrived in Y on an official visit. He met with ..."
            if len(pds) == 1 and (re.search(r"\b(?:welcom|receiv|met\b|meet|host)", before) or fronted) and \
                    any(p in people for p, _, _ in person_at(*prev_span)):
                d = pds[0]
        after_arrival = arrival_of is not None and re.match(r"\s*(?:After|Upon|On|Following)\s+(?:(?:his|her|their|the|its)\s+)?arrival\b", sent)
        if after_arrival and not d.value:
            arr = [pd for ds, de, pd in dates_in(*arrival_of) if pd.value and _ARRIVAL_DATE.search(text[max(arrival_of[0], ds - 60):ds])]
            if arr:
                d = arr[0]  # "arrived in Y yesterday afternoon. After arrival, ... was received": the day of the arrival
        same_day = None
        if not d.value and drafts and _SAME_DAY.search(sent):
            # "Earlier the same day, X held talks with Y": the day (and, unless stated, the place) of the occasion before
            same_day = next((d_ for d_ in reversed(drafts) if d_.date.value and len(d_.date.value) == 10), None)
            if same_day is not None:
                d = PartialDate(value=same_day.date.value, text=same_day.date.text, inferred=True, rule="same-day-as-previous")
        if not best and same_day is None and drafts and _NEXT_DAY.search(sent):
            # "X held talks with Premier A the following day": the day after the occasion told before it
            prior = next((d_ for d_ in reversed(drafts) if d_.date.value and len(d_.date.value) == 10), None)
            if prior is not None:
                import datetime as _dt
                try:
                    nd = (_dt.date.fromisoformat(prior.date.value) + _dt.timedelta(days=1)).isoformat()
                    if not (published and nd > published):
                        d = PartialDate(value=nd, text=None, inferred=True, rule="day-after-previous")
                except ValueError:
                    pass
        if not d.value and not best and same_day is None and published and len(published) == 10 and _DAY_BEFORE.match(sent):
            # "X has concluded his state visit to China; his jet left Beijing. The day before, X held official talks with
            # Y": the day before the one the report tells of, its publication day
            import datetime as _dt
            try:
                d = PartialDate(value=(_dt.date.fromisoformat(published) - _dt.timedelta(days=1)).isoformat(),
                                text=sent[:_DAY_BEFORE.match(sent).end()].strip(" ,"), inferred=True, rule="day-before-publication")
            except ValueError:
                pass
        if not d.value and same_day is None and drafts and _EARLIER.match(sent):
            # "Earlier, the Prime Minister called on the President": within the stay the article gives as a span of days
            # ("on an official visit on 1-2 September"); the day is not stated, the month is
            prior = next((d_ for d_ in reversed(drafts) if d_.type == "visit" and d_.date.value and len(d_.date.value) == 7
                          and set(d_.participants) & set(people)), None)
            if prior is not None:
                d = PartialDate(value=prior.date.value, text=None, inferred=True, rule="earlier-within-stay")
        # "Tbilisi, May 4, AGENCY" on a line of its own, then the lead: the lead tells what happened where and when
        # the story was filed, like a dateline opening the sentence itself
        lead = dateline is not None and prev_span is not None and prev_span[0] <= dateline.start < prev_span[1] and \
            not any(d_.date.value for d_ in drafts) and "\n" in text[dateline.start:s]
        if lead and not d.value and name != "call":
            dl = [pd for _, _, pd in dates_in(*prev_span) if pd.value and len(pd.value) == 10]
            if len(dl) == 1 and published and dl[0].value <= published:
                d = PartialDate(value=dl[0].value, text=dl[0].text, inferred=True, rule="lead-at-dateline")
        if re.search(r"\b(?:last|previously|had\s+(?:already\s+)?)\s+$", sent[max(0, ts - 20):ts]) or \
                re.search(r"\bhad\s+$", sent[max(0, ts - 20):ts]) and _AGO.search(sent, te):
            continue  # "the two leaders last met in Lima", "had previously visited": an earlier occasion
        if re.search(r",\s+(?:who|which)\s+(?:had\s+)?(?:also\s+)?$", sent[max(0, ts - 20):ts]) and d.value and len(d.value) < 10 and \
                published and d.value < published[:len(d.value)]:
            continue  # "X, who visited Y last month, stressed ...": a relative clause recalling an earlier stay
        if best and d.value and (published and d.value[:len(published)] > published[:len(d.value)] or
                                 _UPCOMING.search(text, max(s, best[2] - 30), best[2]) or
                                 re.match(r"(?:next|coming)\s+(?:week|month|year)|tomorrow", d.text or "", re.I)):
            continue  # "a visit taking place from upcoming Friday, April 1", "the visit of X next week": planned, not reported
        if _recalled(d, published) or re.search(r"\bsince\s+(?:(?:his|her|their|the|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}(?:’s|'s))\s+)?(?:[\w-]+\s+){0,2}$", sent[max(0, ts - 80):ts]):
            recalled_kinds.append(name)
            continue  # "the first visit since X's trip to Ankara in 1996": a recalled occasion, not one reported
        place = None
        cands = [p for p in places if s <= p.start < e and not _DEPARTURE.search(text[max(s, p.start - 40):p.start])
                 and not _TRANSIT.search(text[max(s, p.start - 30):p.start])
                 and not _UPCOMING_AT.search(text, max(s, p.start - 80), p.start)
                 and not _MISSED.search(text, max(s, p.start - 90), p.start)
                 and not (p.start > tpos and _PLANNED_AFTER.search(text, tpos, p.start))
                 and not _WISHED.search(text, max(s, p.start - 80), p.start)
                 and not (p.kind == "country" and re.search(r"\bcounterparts?\s+(?:from|of)\s+(?:the\s+)?$", text[max(s, p.start - 30):p.start]))
                 and not (p.kind == "country" and re.search(r"\b(?:community|communities|businessmen|business\s+people|investors|"
                                                            r"diaspora|delegation|delegations|visitors|companies|firms)\s+from\s+(?:the\s+)?$",
                                                            text[max(s, p.start - 40):p.start]))
                 and not (p.kind == "country" and _BENEFACTIVE.search(text[max(s, p.start - 40):p.start]))
                 and not (p.kind == "country" and _ACCREDITED_TO.search(text[max(s, p.start - 60):p.start]))
                 and not (p.kind == "country" and _TOPIC_IN.search(text[max(s, p.start - 50):p.start]))
                 and not _PLANNED_HOLD.search(text, max(s, p.start - 120), p.start)]
        if name == "call":
            cands = [p for p in cands if p.kind != "country"]  # "discussed peace in Afghanistan" is no call's place
        if cands:
            rank = {"city": 0, "capital": 0, "venue": 1, "country": 2}
            place = min(cands, key=lambda p: (rank.get(p.kind, 3), abs(p.start - tpos)))
            if place.kind == "venue" and any(p.kind in ("city", "capital") for p in cands) and place.name not in ("Pentagon", "White House", "Kremlin", "Elysee Palace", "Élysée Palace"):
                place = min([p for p in cands if p.kind in ("city", "capital")], key=lambda p: abs(p.start - tpos))
        if place is None and name == "reception" and _ARRIVAL_WORDS.search(sent):
            # "X touched down at the airport and was received by A, B and C": met on arrival in the hosts' state
            hosts = {persons[p].country for p, r in roles.items() if r == "host" and persons[p].country}
            guests = {persons[p].country for p, r in roles.items() if r == "guest"}
            if len(hosts) == 1 and not hosts & guests and None not in guests:
                from pactwatch.countries import country_name
                iso = next(iter(hosts))
                place = _PlaceRef(country_name(iso), "country", iso)
        if place is None and dateline is not None and re.search(r"\bhere\b", sent):
            place = dateline  # "held at the Seri Perdana Complex here": the dateline's city
        if place is None and lead and name != "call" and d.rule == "lead-at-dateline":
            place = dateline  # the lead under a dateline of its own line: the occasion it reports took place there
        if place is None and after_arrival:
            place = next((p for p in places if arrival_of[0] <= p.start < arrival_of[1] and p.kind in ("city", "capital")
                          and re.search(r"\b(?:arrived|arrives|landed|reached)\s+(?:in\s+)?$", text[max(arrival_of[0], p.start - 20):p.start])), None)
        if place is None and same_day is not None and same_day.place and name != "call" and same_day.type != "call":
            place = _PlaceRef(same_day.place, same_day.place_kind, same_day.place_country)
        if not d.value and place is None and prev_span is not None and _THE_TALKS.search(sent) and not person_at(*prev_span) and \
                _THE_TALKS_HELD.search(text, *prev_span):
            # "... political consultations held today in Ashgabat. The Turkmen delegation at the talks was headed by A, the
            # Palestinian by B": the occasion the sentence before told without its persons, with its day and place
            pd_ = [pd for _, _, pd in dates_in(*prev_span) if pd.value and not _recalled(pd, published)]
            pp_ = [p for p in places if prev_span[0] <= p.start < prev_span[1] and p.kind in ("city", "capital", "venue")]
            if len(pd_) <= 1 and len(pp_) <= 1 and (pd_ or pp_):
                d = pd_[0] if pd_ else d
                place = pp_[0] if pp_ else place
        name_also = _NAME_ALSO.match(sent) if not also else None
        if (also or name_also) and principal is not None and drafts and people and people[0] == principal:
            # "X also met Y": the same stay as X's occasions before, so their place; their date only when that is a month
            prior_place = next((d_ for d_ in reversed(drafts) if principal in d_.participants and d_.place), None)
            prior_date = next((d_.date for d_ in reversed(drafts) if principal in d_.participants and d_.date.value), None)
            if place is None and prior_place is not None:
                place = _PlaceRef(prior_place.place, prior_place.place_kind, prior_place.place_country)
            if not d.value and prior_date is not None and prior_date.rule == "first-day-of-stay" and \
                    not re.search(r"\b(?:Meanwhile|Separately|Earlier)\b", sent):
                # the stay began with the occasion before: this one is within the stay's days, its month
                d = PartialDate(value=prior_date.value[:7], text=prior_date.text, inferred=True, rule="within-stay")
            elif not d.value and prior_date is not None and len(prior_date.value) == 7 and \
                    not re.search(r"\b(?:Meanwhile|Separately|Earlier)\b", sent):
                d = prior_date
            elif name_also and not d.value and prior_date is not None and len(prior_date.value) == 10 and \
                    not any(d_.sideline for d_ in drafts) and \
                    not any(d_.type == "visit" and principal in d_.participants and re.search(r"\b(?:visit|trip|tour)\b", text[a_:b_])
                            for d_ in drafts for a_, b_ in d_.spans) and not re.search(r"\b(?:Meanwhile|Separately|Earlier)\b", sent):
                # "Dung met A yesterday. ... Dung also visited King B": during the same stay, on a day not stated: its month
                d = PartialDate(value=prior_date.value[:7], text=None, inferred=True, rule="also-within-stay")
        if name == "meeting" and re.match(r"[Bb]ilateral\s+(?:agreements?|accords?|treat(?:y|ies)|memorand|MoUs?|MOUs?|documents?|deals?|pacts?|protocols?)\b",
                                          sent[ts:]) and _SIGNED_BY.search(sent):
            name = "signing"  # "A bilateral agreement on ... was signed by A and B": the adjective names no meeting
        attach = name == "signing" and bool(_SIGNED_BY.search(sent))
        side = (_SIDELINES.search(sent) or _LEADERS_AT.search(sent) or _PART_OF_GATHERING.search(sent)) if name in ("meeting", "talks") else None
        if side and (_SEVERAL.search(sent, 0, side.end()) or len(set(people)) == 1 and _SERIES.search(sent, 0, side.start()) or re.search(r"\bside-?lines?\s+of\b", sent) and len(set(people)) == 2 and
                     _MET_WITH_SIDE.search(sent)) and \
                not any(d_.type == "multilateral_meeting" and people[0] in d_.participants for d_ in drafts):
            # "held a series of bilateral meetings on the sidelines of the UN General Assembly", "during his meetings in
            # New York on the sidelines of the General Assembly": the one holding them attends the gathering too
            drafts.append(EventDraft("multilateral_meeting", [people[0]], {}, d, place.name if place else None,
                                     place.kind if place else None, place.iso3 if place else None, [(s, e)], s, sideline=True))
            if len(set(people)) == 1 and (_LEADERS_AT.search(sent) or _SERIES.search(sent, 0, side.start())):
                continue  # "held discussions with four leaders at the summit": the meetings told one by one after it
        if name == "multilateral_meeting" and not d.value and published and len(published) == 10 and _ATTENDING_NOW.search(sent) and \
                not _recalled(PartialDate(published), published):
            # "X is attending the Pacific Islands Forum Special Leaders Retreat at the Sheraton Resort": at it the day the
            # report is published
            d = PartialDate(value=published, text=_ATTENDING_NOW.search(sent).group(0), inferred=True, rule="attending-at-publication")
        if name == "multilateral_meeting" and gathering is not None and not d.value and place is None and \
                _DEF_GATHERING.search(sent, max(0, te - 60), te):
            # "The ASEAN summit opened in Vientiane on Tuesday. X attended the summit": the day and place told of it
            d = gathering[0] or d
            place = gathering[1] or place
        am = _AND_MET.search(sent, te) if name == "multilateral_meeting" and len(people) >= 2 else None
        if am:
            # "X attended the summit and met Y on the sidelines": the attendance, and a meeting of X and Y at it
            before = list(dict.fromkeys(p for p, ms, _ in found if ms < s + am.start()))
            after = list(dict.fromkeys(p for p, ms, _ in found if ms >= s + am.end() and p not in before))
            if before and after:
                gid = len(drafts)
                for kind, group in (("multilateral_meeting", before), ("meeting", [before[0]] + after)):
                    drafts.append(EventDraft(kind, group, {}, d, place.name if place else None, place.kind if place else None,
                                             place.iso3 if place else None, [(s, e)], s, group=gid))
                continue
        if name in ("meeting", "talks") and len(people) >= 3 and umbrella_of is None and not attach:
            at = _SIDELINES.search(sent) or _AT_GATHERING.search(sent)
            first_at = {p: min(ms for q, ms, _ in found if q == p) for p in people}
            subj = min(people, key=lambda p: first_at[p])
            others = [p for p in sorted(people, key=lambda p: first_at[p]) if p != subj]
            states = [persons[p].country for p in others]
            if at and first_at[subj] < tpos and all(first_at[p] > tpos for p in others) and None not in states and \
                    len(set(states)) == len(states) and persons[subj].country not in states and not _JOINT.search(sent):
                # "X met with Chinese President A, US President B and other leaders at the G20 Summit in Rio", "On the
                # sidelines of the General Assembly, X met her counterparts from Turkey, A, and Japan, B": X attends the
                # gathering and meets each of them apart (one state each); the occasions share a day and place
                gid = len(drafts)
                if not any(d_.type == "multilateral_meeting" and subj in d_.participants for d_ in drafts):
                    drafts.append(EventDraft("multilateral_meeting", [subj], {}, d, place.name if place else None,
                                             place.kind if place else None, place.iso3 if place else None, [(s, e)], s,
                                             sideline=True, group=gid))
                for other in others:
                    drafts.append(EventDraft(name, [subj, other], {}, d, place.name if place else None,
                                             place.kind if place else None, place.iso3 if place else None, [(s, e)], s,
                                             group=gid))
                continue
        if name in ("meeting", "talks", "reception") and len(people) >= 3 and umbrella_of is None:
            pairs = [(k, g) for k, g in _each_callee(sent, s, found, persons) or [] if not _religious(persons[g[-1]], text)]
            if pairs:
                # "paid a courtesy call on President A, and the Speaker B"; "was received by A, with whom he met, as well
                # as with B": one occasion with each, sharing the sentence's (or, merged, the stay's) date and place
                gid = len(drafts)
                for kind, group in pairs:
                    drafts.append(EventDraft(kind, group, {}, d, place.name if place else None, place.kind if place else None,
                                             place.iso3 if place else None, [(s, e)], s, False, group=gid))
                continue
        if name in ("meeting", "talks", "call") and len(people) >= 3 and (_SEPARATE.search(sent) or _hosts_listed(sent, ts, found, persons)):
            # "held a series of bilateral meetings ..., including with A, B and C": one meeting with each
            order = sorted(people, key=lambda p: min(ms for q, ms, _ in found if q == p))
            gid = len(drafts)
            for other in order[1:]:
                if _religious(persons[other], text):
                    continue  # "... and on the Supreme Patriarch": a call on a religious leader is no state-to-state occasion
                # "held talks with A, and met respectively with B and C": each occasion of the verb before its person
                oms = min(ms for q, ms, _ in found if q == other)
                verbs = [(m.start(), m.group(0)) for m in _KIND_VERB.finditer(text, s + te if s + te < oms else s, oms)]
                kind = name
                if verbs and name in ("meeting", "talks"):
                    kind = "talks" if verbs[-1][1].lower().startswith(("talks", "negotiations")) else "meeting"
                drafts.append(EventDraft(kind, [order[0], other], {}, d, place.name if place else None, place.kind if place else None,
                                         place.iso3 if place else None, [(s, e)], s, False, group=gid, series=True))
            continue
        c2 = _CLAUSE2.search(sent, te) if name in ("meeting", "talks", "reception") and umbrella_of is None and not attach \
            and len(people) >= 3 else None
        if c2 is not None:
            # "He called on President A and met Prime Minister B", "X and Y held a meeting ... but Y met with Z earlier in
            # the day": a second verb of meeting with persons of its own is a second occasion
            b = s + c2.start()
            first = list(dict.fromkeys(p for p, ms, _ in found if ms < b))
            subj = [p for p, ms, _ in found if c2.group("subj") and s + c2.start("subj") <= ms < s + c2.end("subj")]
            objs = list(dict.fromkeys(p for p, ms, _ in found if ms >= s + c2.end("verb") and p not in first))
            if not subj and (not c2.group("subj") or re.match(r"(?:he|she)\s", c2.group("subj"))) and first:
                subj = [first[0]]
            if len(first) >= 2 and subj and objs:
                own = [(abs(ds - (s + c2.end("verb"))), pd) for ds, de, pd in dates_in(b, e) if pd.value]
                d2 = min(own, key=lambda x: x[0])[1] if own else d
                p2 = next((p for p in places if b <= p.start < e and p.kind in ("city", "capital", "venue")), None) or place
                drafts.append(EventDraft(name, first, {p: r for p, r in roles.items() if p in first}, d, place.name if place else None,
                                         place.kind if place else None, place.iso3 if place else None, [(s, e)], s))
                second = "meeting" if c2.group("verb").startswith(("met", "called", "paid")) else \
                    "reception" if c2.group("verb") in ("received", "hosted") else "talks"
                drafts.append(EventDraft(second, list(dict.fromkeys(subj[:1] + objs)), {}, d2, p2.name if p2 else None,
                                         p2.kind if p2 else None, p2.iso3 if p2 else None, [(s, e)], s))
                continue
        if umbrella_of is not None:
            vplace = next((p for p in places if s + adj.start() <= p.start < e and p.kind == "country"), None) or place
            drafts.append(EventDraft("visit", [umbrella_of], {umbrella_of: "guest"}, PartialDate(), vplace.name if vplace else None,
                                     vplace.kind if vplace else None, vplace.iso3 if vplace else None, [(s, e)], s, False, True))
        if pending is not None and pending[1] == prev_span and d.value and len(d.value) == 10 and \
                set(pending[0].participants) & set(people) and \
                any(pd is d and re.match(r"\s+(?:evening|night)\b", text[de:e]) for _, de, pd in dates_in(s, e)):
            # "X touched down at 19:00 hours and was received by A", then "B received him ... Thursday evening": that day
            pending[0].date = PartialDate(value=d.value, text=d.text, inferred=True, rule="arrival-same-evening")
        pending = None
        drafts.append(EventDraft(name, people, roles, d, place.name if place else None, place.kind if place else None,
                                 place.iso3 if place else None, [(s, e)], s, attach, lone_umbrella,
                                 bool(re.search(r"\b(?:witness(?:ed|es|ing)|signing\s+ceremony|in\s+the\s+presence\s+of)\b", sent))))
        rp = _REPEATED.search(sent) if name == "call" and len(set(people)) == 2 else None
        if rp and abs(rp.start() - ts) <= 20:
            drafts[-1].repeat = {"two": 2, "three": 3, "four": 4}[rp.group("n")]
        if name == "reception" and _CAPTION.search(sent):
            drafts[-1].caption = True
        if name == "reception" and _AIRPORT.search(sent) and len(people) >= 2:
            drafts[-1].airport = True
        if name == "reception" and not d.value and _ARRIVAL_WORDS.search(sent) and _EVENING_CLOCK.search(sent):
            pending = (drafts[-1], (s, e))
        if name == "visit" and invited & set(people) and len(set(people) - invited) == 1:
            drafts[-1].inviters = invited & set(people)
            for p in drafts[-1].inviters:
                drafts[-1].roles[p] = "host"
    # "The President of Sri Lanka visited Lumbini, the birthplace of ..., and offered prayers": the visitor alone, undated,
    # in a town (not the capital) of the state an earlier sentence has him visit, is a leg of that stay, no occasion
    legs = []
    for n, d in enumerate(drafts):
        if d.type != "visit" or len(set(d.participants)) != 1 or d.date.value or d.place_kind not in ("city", None):
            continue
        vm = next((m for a, b in d.spans for m in [re.compile(r"\bvisited\s+(?P<w>[A-Z][\w’'-]+)").search(text, a, b)] if m), None)
        if vm is None or (d.place is None and (find_countries(vm.group("w")) or person_at(vm.start("w"), vm.end("w")))):
            continue
        if any(o.type == "visit" and d.participants[0] in o.participants and o.place_country and o.place != d.place
               and (o.place_country == d.place_country or d.place is None) for o in drafts[:n]):
            legs.append(n)
    drafts = [d for n, d in enumerate(drafts) if n not in legs]
    out = [d for d in merge_events(drafts) if not _one_family(d, persons)]
    for d in [d for d in out if d.repeat > 1]:
        import copy
        at = out.index(d)
        for n in range(d.repeat - 1):
            out.insert(at + 1, copy.deepcopy(d))
    for m in (m for m in out if m.sideline and m.place):
        # "his meetings in New York on the sidelines of the General Assembly ... He met A and B. ... Referring to his
        # meeting with C, ...": his meetings the article tells without a place of their own are held there, on that
        # day when they state none
        for o in out:
            if o is m or o.type not in ("meeting", "talks") or (o.place and o.place != m.place) or m.participants[0] not in o.participants or \
                    not _dates_compatible(o.date, m.date):
                continue
            o.place, o.place_kind, o.place_country = m.place, m.place_kind, m.place_country
            if o.date.value is None and m.date.value:
                o.date = m.date
    # a meeting, talks, call or reception with one participant, no date and no place, of someone whose occasion with a
    # counterpart is told: a fragment naming no counterpart ("X held separate meetings with leaders of the parties"), not
    # another occasion; a visit, a signing and attendance at a summit stand with one person
    paired = {p for d in out if len(set(d.participants)) >= 2 for p in d.participants}
    out = [d for d in out if d.type not in ("meeting", "talks", "call", "reception") or len(set(d.participants)) >= 2
           or d.date.value or d.place or d.participants[0] not in paired]
    # "X also held talks with Y during his visit": a lone visitor's undated, placeless visit told only in sentences that
    # tell another occasion of his is that occasion's frame, not an occasion of its own
    out = [d for d in out if not (d.type == "visit" and len(set(d.participants)) == 1 and not d.date.value and not d.place
                                  and any(e is not d and d.participants[0] in e.participants and len(set(e.participants)) >= 2
                                          and set(d.spans) <= set(e.spans) for e in out))]
    # "X has signed 11 deals with Y during his official visit to Kenya": a visit told only in the sentences of the one
    # occasion it holds, with no day of its own (or that occasion's) and in a state that occasion shares, is that occasion
    out = [d for d in out if not (d.type == "visit" and d.umbrella and len(set(d.participants)) == 1
                                  and sum(1 for e in out if e is not d and d.participants[0] in e.participants) == 1
                                  and any(e is not d and d.participants[0] in e.participants and len(set(e.participants)) >= 2
                                          and set(d.spans) <= set(e.spans) and d.date.value in (None, e.date.value)
                                          and _places_compatible(d, e) for e in out))]
    # "Turkey and Turkmenistan signed eight deals on Saturday during President X's visit ... X and his counterpart Y met
    # at the palace in Ashgabat": a lone visitor's visit dated to one day, with no place of its own, and the one undated
    # occasion of his with a counterpart told: that occasion, on that day
    # "... signed several agreements on Monday during President X's two-day visit to Kigali. ... after a meeting between
    # Presidents X and Y": with a place of its own too, when that occasion has none (it takes both)
    for v in [d for d in out if d.type == "visit" and d.umbrella and len(set(d.participants)) == 1
              and d.date.value and len(d.date.value) == 10]:
        inner = [o for o in out if o is not v and v.participants[0] in o.participants and len(set(o.participants)) >= 2]
        if len(inner) == 1 and not inner[0].date.value and inner[0].type in ("meeting", "talks", "reception") \
                and not (v.place and inner[0].place):
            inner[0].date = v.date
            if v.place:
                inner[0].place, inner[0].place_kind, inner[0].place_country = v.place, v.place_kind, v.place_country
            inner[0].spans = sorted(set(inner[0].spans) | set(v.spans))
            out.remove(v)
    # "X paid an official visit to Vietnam on Monday and Tuesday, where he was welcomed by A ... X and B witnessed the
    # signing of agreements": a signing of the visitor told with no day and no place of its own, in an article telling
    # one visit of his with both, is held during it (a meeting so told may be another stay's: it keeps what it has)
    # the signing of a sentence opened by "after a meeting between A and B": on that meeting's day, at its place
    for lead, rest in split_pairs:
        o = next((d for d in out if d.type == "signing" and rest in d.spans and not d.date.value and not d.place), None)
        m = next((d for d in out if d is not o and lead in d.spans and d.type in ("meeting", "talks")), None)
        if o is not None and m is not None:
            o.date, o.place, o.place_kind, o.place_country = m.date, m.place, m.place_kind, m.place_country
    # "Ministers A and B signed agreements on X. C and D also signed a memorandum on Y.": the signatories of the next
    # sentence that "also signed", with no day and no place of their own, sign at the same occasion
    for o in [d for d in out if d.type == "signing" and not d.date.value and not d.place]:
        s0 = min(a for a, _ in o.spans)
        if not _ALSO_SIGNED.search(text, s0, max(b for _, b in o.spans)):
            continue
        before = [d for d in out if d is not o and d.type == "signing" and d in out and _dates_compatible(d.date, o.date)
                  and not text[max(b for _, b in d.spans):s0].strip()]
        if len(before) == 1:
            b = before[0]
            b.participants += [p for p in o.participants if p not in b.participants]
            b.spans = sorted(set(b.spans) | set(o.spans))
            out.remove(o)
    for o in [d for d in out if d.type == "signing" and not d.date.value and not d.place
              and len(set(d.participants)) >= 2]:
        stays = [v for v in out if v is not o and v.type == "visit" and v.place and v.date.value and
                 v.participants[0] in o.participants]
        if len(stays) == 1 and not any(v is not o and v.type == "visit" and v not in stays and
                                       set(v.participants) & set(o.participants) for v in out):
            v = stays[0]
            o.place, o.place_kind, o.place_country, o.date = v.place, v.place_kind, v.place_country, v.date
    # "Members of A's delegation included Ghana's Minister of Foreign Affairs, B; Minister of National Security, C": the
    # members named join A's one occasion with a counterpart
    for s, e in sentences:
        dm = _DELEGATION_INCLUDED.match(text, s, e) if "delegation" in text[s:e] else None
        if not dm:
            continue
        head = [p for p, ms, _ in person_at(s, e) if ms < dm.end("pos")]
        members = [p for p, ms, _ in person_at(s, e) if ms >= dm.end()]
        if len(set(head)) != 1 or not members:
            continue
        occ = [d for d in out if head[0] in d.participants and len(set(d.participants)) >= 2 and d.type not in ("call", "multilateral_meeting")]
        if len(occ) == 1:
            occ[0].participants += [p for p in dict.fromkeys(members) if p not in occ[0].participants]
            occ[0].spans = sorted(set(occ[0].spans) | {(s, e)})
    # "X and Y held talks ... as part of the Consultative Meeting of Heads of States. ... The delegation of the Kyrgyz
    # Republic includes A, B and C": the state's delegation at the gathering, with its principal
    for s, e in sentences:
        if not _DELEGATION_OF_STATE.match(text, s, e):
            continue
        members = list(dict.fromkeys(p for p, _, _ in person_at(s, e)))
        states = {persons[p].country for p in members}
        if len(states) != 1 or None in states:
            continue
        occ = [d for d in out if d.type == "multilateral_meeting" and any(persons[p].country in states for p in d.participants)]
        if len(occ) == 1:
            occ[0].participants += [p for p in members if p not in occ[0].participants]
            occ[0].spans = sorted(set(occ[0].spans) | {(s, e)})
    if not published:
        # no publication date: the newest day the article's occasions state stands for it, so an occasion more than two
        # months before it ("the arrangements achieved during the visit ... in January") is recalled, not reported
        newest = max((d.date.value for d in out if d.date.value and len(d.date.value) == 10), default=None)
        if newest:
            out = [d for d in out if not _recalled(d.date, newest)]
    return out


# "in the meeting", "prior to the meeting", "the importance of the visit", "the current visit provided ...": an occasion
# already told (or recalled) referred to by a definite noun, not a new one
_DEF_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:(?:[A-Z][\w’'-]*|current|recent|latest|previous|said|above|"
                         r"bilateral|official|state|working|private|expanded|productive|fruitful|ministerial|[\w]+-(?:day|level|on-one))\s+){0,2}$")
_NOUN_MATCH = re.compile(r"(?:(?:tele)?phone\s+|video\s+)?(?:[Cc]alls?|[Cc]onversations?|[Tt]alks|[Mm]eetings?|[Vv]isits?|[Nn]egotiations|"
                         r"[Cc]onsultations|trip|tour|[Bb]ilateral|gathering)$")
_LOCATIVE_REF = re.compile(r"\b(?:[Ii]n|[Aa]t|[Dd]uring|[Ss]idelines\s+of|[Pp]rior\s+to|[Bb]efore|[Aa]fter|[Ff]ollowing)\s+$")
_HELD_AT = re.compile(r"\b(?:took\s+place|(?:was|were)\s+held|held|happened)\s+(?:\w+\s+)?(?:in|at|on)\b")
_KIND = {"visit": "visit", "visits": "visit", "trip": "visit", "tour": "visit", "call": "call", "calls": "call", "conversation": "call",
         "conversations": "call"}
_KIND_TYPES = {"visit": ("visit",), "call": ("call",), "meeting": ("meeting", "talks", "reception")}


def _definite_only(sent: str) -> list[tuple[str, int]] | None:
    """When every trigger word of the sentence is a noun with a definite determiner ("in the meeting", "the visit of
    X"), the kinds and positions of those nouns; None when the sentence has a verb of meeting or an indefinite one."""
    out = []
    for _, pat in TRIGGERS:
        for m in pat.finditer(sent):
            word = m.group(0)
            before = sent[max(0, m.start() - 40):m.start()]
            if _FUTURE.search(before) or _PAST_NEGATED.search(before) or _MODAL.search(sent, 0, m.start()):
                continue  # "who had to take part in the summit": no occasion (as in _trigger)
            if word.lower() == "bilateral" and not re.match(r"\s+(?:meetings?|talks)\b", sent[m.end():]):
                continue  # "bilateral partnership": an adjective, naming no occasion
            if not _NOUN_MATCH.search(word) or not _DEF_BEFORE.search(sent, 0, m.start()):
                return None
            last = word.split()[-1].lower()
            out.append((_KIND.get(last, "meeting"), m.start()))
    return out or None


def _one_family(d: EventDraft, persons) -> bool:
    """"The Amir Sheikh A B Al-Sabah meets the Crown Prince Sheikh C D Al-Sabah": members of one family meeting each
    other (a ruler and his heir, a leader and a spouse) are no state-to-state occasion."""
    if d.type == "multilateral_meeting" or len(d.participants) < 2:
        return False
    toks = [persons[p].tokens for p in d.participants]
    if any(len(t) < 2 for t in toks):
        return False
    last = {t[-1].lower().replace("’", "'") for t in toks}
    return len(last) == 1


# "was signed by A and B", "was signed between the two governments on ... by A and B": the signatories
_SIGNED_BY = re.compile(r"\b(?:was|were|been)\s+(?:also\s+)?(?:signed|exchanged|inked)\s+(?:by\b|[^;.]{0,250}?\bby\s+(?=[A-Z]|the\s+[A-Z]))")
# "on the sidelines of the General Assembly", "in the margins of the G20 summit": a gathering the bilaterals are held at
_SIDELINES = re.compile(r"\b(?:[Oo]n|[Aa]t|[Ii]n)\s+the\s+(?:side-?lines?|margins?)\s+of\s+(?:the\s+)?[^.;]{0,80}?"
                        r"\b(?:[Ss]ummit|[Aa]ssembly|[Cc]onference|[Ff]orum|[Ss]ession|[Mm]eeting|[Mm]inisterial|UNGA|G20|G7|APEC|BRICS|COP\d*)\b")
# "X held a meeting in Colombo with his Indian counterpart Y on the sidelines of the ministerial meeting": the one
# holding a bilateral at a gathering attends the gathering (its own multilateral_meeting)
_MET_WITH_SIDE = re.compile(r"\b(?:held|had)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:meeting|talks)\s+(?:(?:in|on|at)\s+[\w,-]+\s+(?:[\w,-]+\s+){0,3}?)?with\b|\bmet\s+(?:with\s+)?")
# "even after failing to attend this year's celebrations in Kericho": the place of an occasion the person was not at
_MISSED = re.compile(r"\b(?:fail(?:ed|ing|s)\s+to\s+attend|(?:was|were|is|are)\s+unable\s+to\s+attend|did\s+not\s+attend|"
                     r"didn[’']t\s+attend|could\s+not\s+attend|couldn[’']t\s+attend|(?:missed|missing|skipped|skipping)\s+(?:the|this|last)\b)"
                     r"[^.;,:]{0,80}$")
# "at the G20 Summit in Rio", "during the ASEAN Summit": a gathering named as where the occasion took place
_AT_GATHERING = re.compile(r"\b(?:at|during)\s+the\s+(?:[\w-]+\s+){0,5}?(?:[Ss]ummit|(?:General\s+)?Assembly|Conference|Forum|"
                           r"Ministerial|[Ss]ession)\b")
# "The ASEAN summit opened in Vientiane on Tuesday", "The conference was held in Baku on May 3"
_GATHERING_HELD = re.compile(r"\b(?:[Ss]ummit|Conference|Assembly|Forum|[Ss]ession|Ministerial)\b[^.;]{0,40}?\b(?:opened|began|kicked\s+off|"
                             r"(?:was|is\s+being)\s+held|took\s+place|convened|got\s+under\s*way|(?:was|were)\s+(?:formally\s+)?opened)\b")
# "attended the summit": a gathering referred to by a definite noun (the trigger ends at it)
_DEF_GATHERING = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:[Ss]ummit|[Cc]onference|[Aa]ssembly|[Ff]orum|[Ss]ession|[Mm]inisterial|"
                            r"[Mm]eeting|[Cc]ouncil)$")
# "attended the summit and met Y", "took part in the forum and held talks with Y": a meeting at the gathering
_AND_MET = re.compile(r",?\s+and\s+(?:also\s+|later\s+|then\s+)?(?:met(?:\s+with)?|held\s+(?:bilateral\s+)?(?:talks|a\s+(?:[\w-]+\s+)?meeting)\s+with|"
                      r"had\s+(?:a\s+)?(?:[\w-]+\s+)?(?:talks|meeting)\s+with)\b")
# several persons meeting as one: "a trilateral meeting", "jointly", "together"
_JOINT = re.compile(r"\b(?:trilateral|quadrilateral|joint(?:ly)?|together|tripartite|three-way|four-way)\b", re.I)
# plural occasions of one person: "his meetings", "a series of bilateral meetings", "bilaterals"
_SEVERAL = re.compile(r"\b(?:(?:his|her)\s+(?:[\w-]+\s+)?meetings|(?:a\s+series|a\s+number|several|a\s+flurry)\s+of\s+(?:[\w-]+\s+){0,2}"
                      r"(?:meetings|talks)|bilaterals|separate\s+(?:bilateral\s+)?meetings"
                      r"|\bwith\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of|\d+)\s+(?:other\s+|fellow\s+)?(?:[A-Z][\w-]*\s+)?"
                      r"(?:leaders|counterparts|heads\s+of\s+(?:state|government)))\b")
# "held discussions with four Asean leaders ... at the 42nd Asean Summit": the gathering the talks with several were at
_LEADERS_AT = re.compile(r"\b(?:leaders|counterparts|heads\s+of\s+(?:state|government))\b[^.;]{0,80}?\b(?:at|during)\s+the\s+(?:[\w-]+\s+){0,5}?"
                         r"(?:[Ss]ummit|(?:General\s+)?Assembly|Conference|Forum|Ministerial|[Ss]ession)\b")
# "after a two-hour layover in New York": a place passed through on the way, not where the occasion is
_TRANSIT = re.compile(r"\b(?:layover|stopover|stop-over|transit|refuel(?:l?ing)?\s+stop)\s+(?:in|at)\s+(?:the\s+)?$")
# "... said Y would visit Cyprus on November 20": what follows a verb of the future is a planned occasion's day and place
_PLANNED_AFTER = re.compile(r"\b(?:would|will|shall|(?:is|are|was|were)\s+(?:due|expected|scheduled|set|slated)\s+to)\s+(?:\w+\s+){0,2}?"
                            r"(?:visit|travel|go|come|attend|hold|host|meet|pay)\b")
_VISITED_PERSON = re.compile(r"visited\s+")
# "The call between leaders took place ...", "the two leaders had a telephone conversation on Monday": the call told before
_CALL_REF = re.compile(r"^\W*(?:The|This|Their)\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)\b(?:\s+between\s+(?:the\s+)?(?:two\s+)?(?:leaders|presidents|ministers))?"
                       r"\s+(?:took\s+place|was\s+held|lasted|happened)\b|\bthe\s+two\s+(?:leaders|presidents|ministers|sides)\s+(?:had|held)\s+a\s+"
                       r"(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)\b")
# "last May", "last year": a time before the story's, told without a date the resolver reads
_LAST_PERIOD = re.compile(r"\blast\s+(?:year|month|January|February|March|April|May|June|July|August|September|October|November|December)\b")
# "The Turkmen delegation at the talks was headed by A": the occasion told just before; "consultations held today in X"
_THE_TALKS = re.compile(r"\b(?:at|in|to|during)\s+the\s+(?:talks|consultations|negotiations|meeting)\b")
_THE_TALKS_HELD = re.compile(r"\b(?:talks|consultations|negotiations|meeting)\s+(?:were\s+|was\s+)?held\b")
# "..., the Vietnamese leader said": the subject named by office only
_TITLED_SUBJECT = re.compile(r",\s+the\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?(?:leader|premier|PM|president|prime\s+minister|minister|host|guest|visitor)\b")
# "The meeting took place at ..., with the participation of Minister C": the occasion told before, and one more at it
_THE_OCCASION = re.compile(r"\W*(?:The|This|That|Their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|conversation|call|discussions?|negotiations|audience)\b")
_PARTICIPATION = re.compile(r"\b(?:with|in)\s+the\s+participation\s+of\s+")
# "King A joined the phone call later", "B also joined the talks": the occasion told before, with one more participant
_JOINED_OCCASION = re.compile(r"\s(?:later\s+|also\s+|then\s+|subsequently\s+)?joined\s+(?:the|their|this|that)\s+(?:(?:tele)?phone\s+|video\s+)?"
                              r"(?P<noun>call|conversation|talks|meeting)\b(?!\s+(?:of|on)\b)")
# "A day after phoning A, X called B": an earlier call, counted in days before the one the sentence tells
_DAYS_AFTER_CALL = re.compile(r"\W*(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|\d)\s+days?\s+after\s+(?:(?:tele)?phoning|calling|ringing|"
                              r"(?:speaking|talking)\s+(?:by\s+(?:tele)?phone\s+|over\s+the\s+(?:tele)?phone\s+)?(?:with|to)|"
                              r"(?:holding|having)\s+a\s+(?:(?:tele)?phone\s+)?(?:call|conversation)\s+with)\s+[^,;.]{3,120},")
_CALLED = re.compile(r"\b(?:called|phoned|telephoned|rang|spoke\s+(?:by\s+(?:tele)?phone\s+|over\s+the\s+(?:tele)?phone\s+)?(?:with|to)|"
                     r"held\s+a\s+(?:(?:tele)?phone\s+)?(?:call|conversation)\s+with)\b")
# "from upcoming Friday", "on the coming Monday", "next Tuesday": a day ahead of the story
_UPCOMING = re.compile(r"\b(?:upcoming|coming|next)\s+(?:\w+\s+)?$", re.I)
# "visited A and B, where he met Presidents X and Y": the places of the stay, then the persons met there
_VISITED_WHERE = re.compile(r"\bvisited\s+(?P<places>[A-Z][^.;:()]{2,120}?),?\s+where\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:also\s+)?"
                            r"(?P<verb>met|held\s+talks|had\s+talks|held\s+meetings|had\s+meetings)\s+(?:with\s+)?")
_OWN_CONTACT = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:conversations?|calls?|talks|meetings?)\s+with\s+(?:[\w.’'-]+\s+){0,4}$")
# "had two phone conversations with X": as many occasions as counted
_REPEATED = re.compile(r"\b(?P<n>two|three|four)\s+(?:(?:separate|more|further)\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:calls|conversations)\s+with\b")
# "Dung also visited ...", "Anwar also held a meeting with ...": the one whose occasions were told before, named again
_NAME_ALSO = re.compile(r"\s*(?:[A-Z][\w’'-]+\s+){1,3}also\s+(?:met|held|had|visited|paid|called|received|hosted|talked|spoke)\b")
# "expressed the desire to receive their delegation in Putrajaya": the place of an occasion wished for
_WISHED = re.compile(r"\b(?:desire|wish|hope|keen|eager|willingness|readiness|looks?\s+forward)\s+to\s+[^.;]{0,60}$")
# "had visited Ethiopia months ago": a pluperfect occasion placed well before the story
_AGO = re.compile(r"\b(?:ago|previously|in\s+the\s+past|last\s+(?:year|month))\b")
# "He further disclosed that ...", "X said that ...": a report of what happened, its speaker before "that"
_REPORTER = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,5}?(?:(?:further|also|then|later)\s+)?(?P<verb>disclosed|said|noted|added|explained|revealed|"
                       r"stated|told\s+(?:reporters|journalists|newsmen|correspondents))\s+that\b")
_LAST_MET = re.compile(r"\b(?:last|previously|first|had\s+(?:already\s+)?)\s+(?:met|spoke|talked|held|visited)\b")
_HIS_CONTACT = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:conversation|call|talks?|meeting|discussions?)\s+with\b"
                          # "In a conversation with his Australian counterpart X, the Vietnamese PM ...", "Meeting his Russian
                          # counterpart Y, the leader said ...": the one whose meetings are being told, named by office only
                          r"|^\W*(?:(?:In|During)\s+an?\s+(?:[\w-]+\s+){0,2}(?:conversation|call|talks?|meeting|discussions?)\s+with\s+|"
                          r"(?:Meeting|Talking|Speaking)\s+(?:with\s+)?)(?=(?:his|her)\s)")
_CAPTION = re.compile(r"\bbeing\s+(?:received|welcomed|greeted|hosted)\s+by\b")
_HIS_HOST = re.compile(r"\b(?:his|her)\s+hosts?\b")
_AIRPORT = re.compile(r"\b(?:[Aa]irport|[Aa]irbase|[Aa]ir\s+[Bb]ase|[Aa]irfield)\b")
_EARLIER = re.compile(r"\s*(?:Earlier|Before\s+that|Prior\s+to\s+th(?:is|at))\s*,")
# "appreciated the Special Representative X's visit to Pakistan": a visit the sentence praises is one made before
_APPRECIATED_VISIT = re.compile(r"\b(?:appreciat(?:ed|es|ing)|prais(?:ed|es|ing)|laud(?:ed|s|ing)|commend(?:ed|s|ing)|"
                                r"hail(?:ed|s|ing)|recall(?:ed|s|ing))\s+(?:the\s+)?[^.;]{0,140}?(?:’s|'s)\s+"
                                r"(?:(?:recent|successful|productive|fruitful|historic|first|last|earlier|official)\s+)?(?:visit|trip|tour)$")
_VISIT_ENDED = re.compile(r"\b(?:left|leaves|departed|returned|flew\s+(?:back|home)|headed\s+(?:back|home))\b[^.;]{0,80}?"
                         r"\b(?:after|upon|on)\s+(?:completing|concluding|wrapping\s+up|the\s+(?:conclusion|completion|end)\s+of)\b")
# "held a series of bilateral meetings with regional Leaders as part of the 7th Pacific Islands Leaders Meeting": at a gathering
_PART_OF_GATHERING = re.compile(r"\bas\s+part\s+of\s+the\s+(?:[\w-]+\s+){0,6}?(?:Summit|Meeting|Conference|Forum|Assembly)\b")
# "X met world leaders in Kuala Lumpur on November 21 on the sidelines of ...": the meetings told one by one after it
_WORLD_LEADERS = re.compile(r"\b(?:met|meets|held\s+talks\s+with|held\s+meetings\s+with)\s+(?:with\s+)?(?:several\s+|other\s+)?(?:world|regional|foreign|fellow)\s+leaders\b")
_SERIES = re.compile(r"\b(?:separate(?:ly)?|counterparts|a\s+series\s+of|several|a\s+number\s+of|leaders\s+of|"
                     r"(?:presidents|prime\s+ministers|heads\s+of\s+(?:state|government))\s+of\s+(?:different|various|several|many|other|[\w-]+)\s+[\w-]*\s*(?:countries|states|nations)|"
                     r"(?:his|her)\s+(?:\w+\s+){0,2}counterparts)\b")
_DISCUSS = re.compile(r"\b(?:discuss(?:ed|ing)?|[Tt]alk(?:ed|ing)\s+(?:with|to)|confer(?:red)?|conversation|exchanged\s+views|spoke|"
                      r"review(?:ed)?|reviewing)\b")
_SEPARATE = re.compile(r"\b(?:(?:a\s+series\s+of|several|separate|a\s+number\s+of)\s+(?:bilateral\s+|(?:tele)?phone\s+|video\s+|courtesy\s+)?(?:meetings|talks|calls|conversations)|bilateral\s+meetings|bilaterals"
                       r"|(?:tele)?phone\s+(?:calls|conversations)|video\s+calls"
                       r"|separately\s+(?:met|held)|met\s+(?:respectively|separately|individually)\s+with"
                       r"|(?:had|held)\s+meetings\s+(?:(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?with"
                       # "Marcos' meetings with A, B and C", "his meetings with ...": one person's several meetings, one each
                       r"|(?:[’']s?|\bhis|\bher)\s+(?:(?:bilateral|separate|individual)\s+)?meetings\s+with)\b", re.I)


_NOUN_WORD = re.compile(r"[\w-]+(?:\s+(?:calls?|conversations?))?")
_KIND_VERB = re.compile(r"\b(?:talks|negotiations|met|meetings?)\b")


_CLAUSE2 = re.compile(
    r"(?:,?\s+(?:and|but|while|before|then|whereas|(?:after|following|before)\s+which)\s+|;\s+)(?:(?:then|later|also|subsequently|afterwards|separately)\s+)?"
    r"(?P<subj>(?:(?:[A-Z][\w’'.-]+|bin|al-[\w-]+)\s+){1,5}|(?:he|she)\s+)?(?:(?:also|later|then|subsequently|separately)\s+)?"
    r"(?P<verb>met(?:\s+with)?|called\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+(?:on|to)|"
    r"held\s+(?:[\w-]+\s+)?(?:talks|a\s+(?:[\w-]+\s+)?meeting)\s+with|had\s+(?:a\s+)?(?:[\w-]+\s+)?(?:talks|meeting)\s+with|"
    r"received|hosted)\b")


_RELIGIOUS_TITLE = re.compile(r"\b(?:[Pp]atriarch|[Ss]angharaja\w*|[Pp]ope|[Aa]rchbishop|[Bb]ishop|[Cc]ardinal|[Mm]ufti|[Rr]abbi|[Ll]ama|"
                             r"[Aa]bbot|[Vv]enerable|[Rr]everend|[Mm]etropolitan|[Ii]mam)\b")
_STATE_TITLE = re.compile(r"\b(?:President|Minister|Premier|King|Queen|Emir|Amir|Sultan|Chancellor|Speaker|Chairman|Governor|Leader|Secretary)\b", re.I)


def _religious(person, text: str) -> bool:
    """A person whose titles are all those of a religious office, none of a state's: by the titles found, or by "His
    Holiness" before the name or a religious office in the apposition after it ("A B, Great Supreme Patriarch of ...")."""
    titles = [t for t, *_ in getattr(person, "titles", [])]
    if any(_STATE_TITLE.search(t) for t in titles):
        return False
    if any(_RELIGIOUS_TITLE.search(t) for t in titles):
        return True
    for m in getattr(person, "mentions", []):
        if m.ref != "name":
            continue
        if re.search(r"\bHis\s+Holiness\b", text[max(0, m.start - 100):m.start]) or \
                re.match(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}" + _RELIGIOUS_TITLE.pattern, text[m.end:m.end + 60]):
            return True
    return False


def _hosts_listed(sent: str, ts: int, found, persons) -> bool:
    """ "He met with the Prime Minister of Georgia, A, the Speaker of Parliament, B, and his counterpart, C": a visitor
    meeting three or more officials of one other state, listed after the verb, meets each of them (a meeting each)."""
    if not re.match(r"met\b", sent[ts:ts + 4]) or re.search(r"\b(?:jointly|together|joint|trilateral|delegations?)\b", sent):
        return False
    first = min(found, key=lambda x: x[1])
    subj, others = first[0], {p for p, _, _ in found if p != first[0]}
    base = first[1] - min(ms for _, ms, _ in found)
    if len(others) < 2 or any(ms <= first[1] + 0 and p != subj for p, ms, _ in found):
        return False
    start = min(ms for _, ms, _ in found)
    if any(p != subj and ms - start < ts for p, ms, _ in found):
        return False  # an official named before the verb is a co-subject, not one of the hosts
    states = {persons[p].country for p in others}
    if None in states and len(others) >= 3 and re.search(r",\s+(?:(?:the|his|her)\s+)?[A-Z]", sent[ts:]):
        # "X also met with the first President of Kazakhstan A, Chairman of the Mazhilis B and the Prime Minister C": three
        # officials listed by office, the ones whose state is said all of one state, the others of none said
        states = states - {None}
    return base == 0 and len(states) == 1 and None not in states and persons[subj].country not in (None, *states)


# "paid a courtesy call on A, and B", "called on A and on B": a call on each
_COURTESY_ON = re.compile(r"\b(?:(?:paid|pays|paying|made|makes)\s+(?:a\s+|separate\s+)?courtesy\s+calls?\s+(?:on|to)|called\s+on)\s+")
# "met with A, as well as with B", "with whom he met, as well as with B": a second occasion, with its own host
_ALSO_WITH = re.compile(r",?\s+(?:as\s+well\s+as\s+|and\s+(?:also\s+|later\s+|then\s+|separately\s+)?)with\s+(?=(?:the\s+)?[A-Z])")


def _each_callee(sent: str, s: int, found, persons=None) -> list[tuple[str, list[int]]] | None:
    """Separate occasions of one subject with each person a courtesy call or a repeated "with" names after it."""
    order = sorted({p: min(ms for q, ms, _ in found if q == p) for p, _, _ in found}.items(), key=lambda x: x[1])
    m = _COURTESY_ON.search(sent)
    if m:
        before = [p for p, ms in order if ms < s + m.start()]
        after = [p for p, ms in order if ms >= s + m.end()]
        v = re.search(r"\b(?:visited|met(?:\s+with)?|called\s+on|(?:held|had)\s+(?:bilateral\s+|official\s+)?talks\s+with)\s+", sent[:m.start()])
        if len(before) >= 2 and v and order[0][1] < s + v.start() and \
                all(ms >= s + v.end() for p, ms in order[1:] if p in before) and \
                re.search(r"\s+and\s+(?:also\s+|later\s+|then\s+)?$", sent[:m.start()]):
            # "X visited King A and paid courtesy calls to B and C": one call on each of them; "X held bilateral talks
            # with A on Sunday and called on Prime Minister B today": the talks with A and a call on B
            first_kind = "talks" if "talks" in v.group(0) else "meeting"
            return [(first_kind if p == before[1] else "meeting", [before[0], p]) for p in before[1:] + after]
        if len(before) == 1 and len(after) >= 2 and not re.search(r"\b(?:jointly|together|both)\b", sent):
            if persons is not None and len({persons[p].tokens[-1].lower() for p in after if persons[p].tokens}) == 1 and \
                    all(len(persons[p].tokens) >= 2 for p in after):
                return None  # "a courtesy call on the Sultan A B and Prince C B": a ruler and his heir, received together
            return [("meeting", [before[0], p]) for p in after]
        return None
    m = _ALSO_WITH.search(sent)
    if not m:
        return None
    subj = order[0][0]
    first = [p for p, ms in order[1:] if ms < s + m.start()]
    second = [p for p, ms in order[1:] if ms >= s + m.end()]
    if len(first) == 1 and second and re.search(r"\b(?:met|meet|received|welcomed|talks|meeting|whom)\b", sent[:m.start()]):
        kind = "reception" if re.search(r"\b(?:received|welcomed|greeted)\s+by\b", sent[:m.start()]) else "meeting"
        return [(kind, [subj] + first), ("meeting", [subj] + second)]
    return None


def _recalled(d: PartialDate, published: str | None) -> bool:
    """True when the occasion's date lies well before publication (more than 60 days): a recalled occasion."""
    if not d.value or not published or len(published) < 7:
        return False
    import datetime as dt
    parts = [int(x) for x in d.value.split("-")]
    # the latest day the partial date allows
    if len(parts) == 1:
        last = dt.date(parts[0], 12, 31)
    elif len(parts) == 2:
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
    else:
        last = dt.date(*parts)
    pp = [int(x) for x in published.split("-")] + [1]
    return (dt.date(pp[0], pp[1], pp[2] if len(pp) > 3 else 1) - last).days > 60


def _dates_compatible(a: PartialDate, b: PartialDate) -> bool:
    if a.value is None or b.value is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _places_compatible(a: EventDraft, b: EventDraft) -> bool:
    if a.place is None or b.place is None:
        return True
    if a.place == b.place:
        return True
    if a.place_kind == "country" or b.place_kind == "country":
        return a.place_country == b.place_country
    if a.place_kind == "venue" or b.place_kind == "venue":
        return a.place_country == b.place_country
    return False


def merge_events(drafts: list[EventDraft]) -> list[EventDraft]:
    out: list[EventDraft] = []
    for d in drafts:
        target = None
        if d.attach:
            # "The first MoU was signed by X and Y": signatories at the ceremony of the occasion described before
            for o in reversed(out):
                if o.type != "multilateral_meeting" and _dates_compatible(d.date, o.date) and _places_compatible(d, o):
                    target = o
                    break
            if target is not None and target.signatories and target.type == "signing":
                pass  # more documents signed by other ministers at the same occasion: the same signing of the ministers
            elif target is not None and not target.ceremony and len(d.participants) >= 2 and not set(d.participants) & set(target.participants):
                # signatories who are none of the occasion's principals: their own signing, on the occasion's day and place
                d.signatories = True
                if d.date.value is None:
                    d.date = target.date
                if d.place is None:
                    d.place, d.place_kind, d.place_country = target.place, target.place_kind, target.place_country
                out.append(d)
                continue
        for o in ([] if target is not None else out):
            a, b = set(d.participants), set(o.participants)
            if not (a <= b or b <= a):
                continue
            if (d.type == "multilateral_meeting") != (o.type == "multilateral_meeting"):
                continue
            if (d.umbrella or o.umbrella) and (d.type != "visit" or o.type != "visit"):
                continue  # a named visit and the meetings/signings inside it stay apart
            if d.type == "visit" and len(d.participants) == 1 and o.type != "visit" and len(o.participants) >= 2 and \
                    o.date.value is None and d.date.value:
                continue  # "X embarked Friday on a state visit": the start of the stay does not date an undated occasion in it
            if o.type == "visit" and len(o.participants) == 1 and not o.umbrella and d.type in ("meeting", "talks", "signing") and \
                    len(d.participants) >= 2 and d.date.value is None and o.date.value:
                continue  # "X arrived on Wednesday. ... X also met Y": nor does an arrival told before it
            if d.airport != o.airport and len(set(d.participants)) >= 2 and len(set(o.participants)) >= 2 and \
                    (d if o.airport else o).type in ("meeting", "talks"):
                continue  # "X was welcomed by Y on arrival at the airport" and "X and Y held talks": two occasions
            if _dates_compatible(d.date, o.date) and _places_compatible(d, o):
                target = o
        if target is None:
            out.append(d)
            continue
        o = target
        for p in d.participants:
            if p not in o.participants:
                o.participants.append(p)
        if o.inviters and d.type in ("meeting", "talks", "reception", "signing", "call") and len(set(d.participants)) >= 2:
            # "X was in New Delhi on the invitation of A ... X held bilateral talks with A": the inviter met him
            o.inviters = o.inviters - set(d.participants)
        for p, r in d.roles.items():
            o.roles.setdefault(p, r)
        if PRIORITY[d.type] < PRIORITY[o.type] and not (d.type == "reception" and o.type == "visit") or (o.type == "reception" and d.type == "visit"):
            o.type = d.type
        if o.date.value is None or (d.date.value and len(d.date.value) > len(o.date.value)):
            if d.date.value or not o.date.text:
                o.date = d.date
        if o.place is None or (o.place_kind == "country" and d.place_kind in ("city", "capital", "venue")):
            if d.place:
                o.place, o.place_kind, o.place_country = d.place, d.place_kind, d.place_country
        o.spans += d.spans
        o.umbrella = o.umbrella or d.umbrella
        o.repeat = max(o.repeat, d.repeat)
        o.ceremony = o.ceremony or d.ceremony
        if o.group is None:
            o.group = d.group
    return _share_groups(_fold_captions(_date_umbrellas(_fold_arrivals(out))))


def _share_groups(events: list[EventDraft]) -> list[EventDraft]:
    """Separate occasions told in one sentence ("called on A, and on B") share the date and place one of them took
    from the stay it merged with."""
    for e in events:
        if e.group is None:
            continue
        sib = [o for o in events if o is not e and o.group == e.group]
        if e.date.value is None:
            dated = next((o for o in sib if o.date.value), None)
            if dated is not None and e.series and len(dated.date.value) == 10:
                # "his meetings with A, B and C ... The first, with A, was on Sept. 6": the others' days are not told,
                # only that the series was held then: its month
                e.date = PartialDate(value=dated.date.value[:7], text=dated.date.text, inferred=True, rule="series-month")
            elif dated is not None:
                e.date = dated.date
        if e.place is None:
            placed = next((o for o in sib if o.place), None)
            if placed is not None:
                e.place, e.place_kind, e.place_country = placed.place, placed.place_kind, placed.place_country
    return events


def _fold_captions(events: list[EventDraft]) -> list[EventDraft]:
    """An undated photo caption ("President X being received by President Y in Z") shows the occasion the story
    tells: when exactly one dated occasion of the same person is told, the caption is part of it."""
    out = []
    for e in events:
        if e.caption and e.date.value is None:
            others = [o for o in events if o is not e and o.date.value and set(o.participants) & set(e.participants)
                      and o.type != "multilateral_meeting" and (o.place_country is None or e.place_country in (None, o.place_country))]
            if len(others) == 1:
                o = others[0]
                for p in e.participants:
                    if p not in o.participants:
                        o.participants.append(p)
                for p, r in e.roles.items():
                    o.roles.setdefault(p, r)
                o.spans += e.spans
                continue
        out.append(e)
    return out


def _date_umbrellas(events: list[EventDraft]) -> list[EventDraft]:
    """A named visit that holds occasions of its visitor on other days (or on days it does not state) spans them:
    its date is their common month."""
    for v in events:
        if not v.umbrella or v.type != "visit":
            continue
        inner = [o for o in events if o is not v and o.type != "visit" and set(v.participants) & set(o.participants)
                 and o.date.value and (v.place_country is None or o.place_country in (None, v.place_country))]
        days = {o.date.value for o in inner if len(o.date.value) == 10}
        if v.date.value and len(v.date.value) == 10:
            days.add(v.date.value)
        months = {dv[:7] for dv in days}
        if len(months) == 1 and (v.date.value is None or len(days) > 1):
            v.date = PartialDate(value=months.pop(), text=v.date.text, inferred=True, rule="visit-holds-occasions")
    return events


def _fold_arrivals(events: list[EventDraft]) -> list[EventDraft]:
    """A lone visitor's arrival ("X arrived here on Thursday") is part of the occasion where X meets
    someone in that state: it joins that occasion (whose date stays the meeting's) instead of standing alone."""
    out = []
    for e in events:
        host = None
        lone = [p for p in e.participants if p not in e.inviters]
        if e.type == "visit" and len(lone) == 1 and not e.umbrella:
            p = lone[0]  # a lone visitor, or one named with only the host who invited them
            cands = [o for o in events if o is not e and len(o.participants) >= 2 and p in o.participants and o.type != "multilateral_meeting"
                     and (e.place_country is None or o.place_country is None or e.place_country == o.place_country)]
            # "a visit which started on Friday": the first occasion of the stay on that day (or undated), not the
            # reception of the arrival the evening before
            host = next((o for o in cands if _dates_compatible(o.date, e.date)), cands[0] if cands else None)
            if host is not None and host.date.value is None and e.date.value and len(e.date.value) == 10 and \
                    any(o.date.value and len(o.date.value) == 10 and o.date.value < e.date.value and o.airport for o in cands):
                host.date = PartialDate(value=e.date.value, text=e.date.text, inferred=True, rule="stay-begins-after-arrival")
        if host is None:
            out.append(e)
            continue
        if host.type == "reception" and host.date.value is None and e.date.value and len(e.date.value) == 10 and \
                0 <= min(a for a, _ in host.spans) - max(b for _, b in e.spans) <= 3:
            # "X arrived on Monday in Y. X was received by Z ...": received on arrival, that day
            host.date = PartialDate(value=e.date.value, text=e.date.text, inferred=True, rule="received-on-arrival")
        host.spans += e.spans
        if host.place is None and e.place:
            host.place, host.place_kind, host.place_country = e.place, e.place_kind, e.place_country
    return out
