"""Resolving date words in news text to partial dates, never more precise than the words.

``dateparser`` turns "in August" into a day and "Thursday" into the wrong week
(../shared/PLATFORM.md), so PactWatch resolves the handful of forms news uses
with its own rules, each named in ``PartialDate.rule``:

=========================  ===============================================================
rule                        meaning
=========================  ===============================================================
explicit                    the words state the whole value ("June 26, 2025", "August 2025")
year-from-publication       month without a year: the latest such month not after publication (a day may be up to 90 days after it)
year-from-article           the year of the latest full date the article itself states
weekday-before-publication  "Thursday": the latest such day on or before publication
relative-to-publication     today / yesterday / tomorrow / earlier this month / last month ...
unresolved                  the words are kept, the value is None (e.g. a weekday, no publication date)
=========================  ===============================================================

A date without a stated year is ``inferred``. "last week" resolves to a month only
when the whole week lies in one month; nothing ever invents a day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from pactwatch.model import PartialDate

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_RELATIVE = (r"(?:the\s+day\s+before\s+yesterday|today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|last\s+evening|this week|last week|next week|earlier this week|"
             r"this month|last month|earlier this month|later this month|this year|last year|earlier this year|"
             r"later this year)")

#: One pattern for every date expression extraction looks for, most specific first.
DATE_PATTERN = re.compile(
    rf"\b(?:"
    rf"(?P<iso>{_YEAR}-[01]\d-[0-3]\d)"
    rf"|(?P<mdy>(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY}|\s+(?:to|until|till|through)\s+(?:{_MONTH}\s+)?{_DAY}(?![\w:.%]\w)|\s+and\s+{_DAY}(?![\w:.%]\w)(?!\s+[a-z]))?(?:,?\s+{_YEAR})?)"
    rf"|(?P<dmy>(?:{_WEEKDAY},?\s+)?{_DAY}(?:\s*[-–]\s*{_DAY}|\s+(?:to|until|till|through|and)\s+{_DAY})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)"
    rf"|(?P<my>(?:(?:early|mid|late|earlier in|later in)[ -])?{_MONTH}(?:,?\s+{_YEAR})?)"
    rf"|(?P<wdr>{_WEEKDAY}\s*(?:and|to|until|till|through|-|–)\s*{_WEEKDAY})"
    rf"|(?P<wd>(?:(?<!\bthe\s)last\s+)?{_WEEKDAY}(?:\s+(?:of\s+)?last\s+week)?)"
    rf"|(?P<rel>{_RELATIVE})"
    rf"|(?P<year>(?<=in )(?:{_YEAR})(?!\s*[-–/]\s*(?:19|20)?\d{{2}}\b)|(?<=since )(?:{_YEAR}))"
    rf")\b",
    re.IGNORECASE,
)
# "May" and "March" are also words; accept them only when a day or year goes with them or
# capitalised after "in"/"of"/"since".
_AMBIGUOUS_MONTHS = {"may", "march"}


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every date expression in ``text``, in order."""
    out = []
    for m in DATE_PATTERN.finditer(text):
        words = m.group(0)
        if m.group("my"):
            bare = re.sub(r"^(?:early|mid|late|earlier in|later in)[ -]", "", words, flags=re.I).lower()
            if bare.rstrip(".") in _AMBIGUOUS_MONTHS and not re.search(_YEAR, words):
                before = text[max(0, m.start() - 6):m.start()].lower()
                if not words[0].isupper() or not re.search(r"\b(in|of|since|until|by)\s$", before):
                    continue
            if not words[0].isupper() and not re.match(r"(early|mid|late|earlier|later)", words, re.I):
                continue
            if re.fullmatch(r"(?:Jan|Mar|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|May)", words) and \
                    re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):
                continue  # "Jan Hamacek", "Dec Anders": an abbreviation without its period before a capitalised word is a name
        if m.group("wdr") and len(re.findall(r"\b[A-Z][a-z]+day\b", words)) < 2:
            continue
        if m.group("wd") and not re.search(r"\b[A-Z][a-z]+day\b", words):
            continue
        if _ATTRIBUTION.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "state media reported on Saturday": when it was told, not when it happened
        if _DEADLINE.search(text[max(0, m.start() - 100):m.start()]):
            continue  # "pending MoUs should be finalised and signed by December": a deadline, not when anything happened
        out.append((m.start(), m.end(), words))
    return out


_DEADLINE = re.compile(r"\b(?:should|must|shall|will|would|need\s+to|needs\s+to|ought\s+to|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|"
                       r"aims?\s+to|plans?\s+to|intends?\s+to|target(?:s|ed)?\s+to)\s+[^.;:!?]{0,80}?\bby\s+(?:the\s+end\s+of\s+|end[- ]|mid[- ])?$", re.I)
_ATTRIBUTION = re.compile(r"\b(?:reported|said|says|announced|told\s+(?:\w+\s+){0,2}|stated|added|quoted|confirmed)\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def _latest_not_after(month: int, day: int | None, ref: dt.date) -> tuple[int, int]:
    """Year for month(/day) so that the date is the latest one not after ``ref``."""
    year = ref.year
    first = (month, day or 1)
    if first > (ref.month, ref.day):
        year -= 1
    return year, month


def resolve_date(words: str, *, published: str | None = None, anchor: str | None = None) -> PartialDate:
    """Resolve date ``words`` as found in an article.

    ``published`` is the publication date (partial ISO) when known; ``anchor`` the latest
    full date the article itself states, used for a missing year when there is no
    publication date. The result is never more precise than the words.
    """
    text = words.strip()
    low = re.sub(r"\s+", " ", text.lower()).replace("–", "-")
    pub = _parse_iso(published) if published and len(published) == 10 else None
    pub_month = _parse_iso(published) if published and len(published) >= 7 else None
    ref, ref_rule = (pub, "year-from-publication") if pub else (_parse_iso(anchor), "year-from-article")
    if ref is None and pub_month is not None:
        ref, ref_rule = pub_month, "year-from-publication"

    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", low)
    if m:
        return PartialDate(value=low, text=text, rule="explicit")
    m = re.search(rf"(?P<year>{_YEAR})", low)
    year = int(m.group("year")) if m else None
    month = None
    for name, num in MONTHS.items():
        if re.search(rf"\b{name}\b\.?", low):
            month = num
            break
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", re.sub(_YEAR, "", low))
    day = int(day_m.group(1)) if day_m else None
    # "Oct. 28-31" spans several days: no single day is stated, so the month is the precise claim.
    # so is "from March 16 to 17", "March 11 until March 14"
    day_range = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|\s(?:to|until|till|through|and)\s(?:[a-z]+\.?\s)?)\s*\d{1,2}(?:st|nd|rd|th)?\b", re.sub(_YEAR, "", low))
    if day_range:
        day = None
    if month is not None:
        if day is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
            day = None
        if year is not None:
            value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
            return PartialDate(value=value, text=text, rule="explicit-day-range" if day_range else "explicit")
        if ref is None:
            return PartialDate(value=None, text=text, rule="unresolved")
        if ref_rule == "year-from-article":
            y = ref.year  # the article's own year: its events may follow the anchor date
        else:
            y, _ = _latest_not_after(month, day, ref)
            if day is not None and (dt.date(ref.year, month, min(day, 28)) - ref).days <= 90:
                y = ref.year  # announced dates shortly after publication ("on May 3-4")
        value = f"{y:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        return PartialDate(value=value, text=text, inferred=True, rule=ref_rule + ("-day-range" if day_range else ""))
    if year is not None:
        return PartialDate(value=f"{year:04d}", text=text, rule="explicit")
    days = [WEEKDAYS[w] for w in re.findall(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", low)]
    if len(days) == 2 and days[0] != days[1] and not re.search(r"\blast\b", low):
        # "on Monday and Tuesday", "from Monday to Wednesday": a stay over several days; the month is the precise claim
        if pub is None:
            return PartialDate(value=None, text=text, rule="unresolved")
        first = pub - dt.timedelta(days=(pub.weekday() - days[0]) % 7)
        last = pub - dt.timedelta(days=(pub.weekday() - days[1]) % 7)
        if last < first:
            last = first + dt.timedelta(days=(days[1] - days[0]) % 7)
        if (first.year, first.month) == (last.year, last.month):
            return PartialDate(value=f"{first.year:04d}-{first.month:02d}", text=text, inferred=True, rule="weekday-span")
        return PartialDate(value=None, text=text, rule="unresolved")
    for name, num in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            if pub is None:
                return PartialDate(value=None, text=text, rule="unresolved")
            delta = (pub.weekday() - num) % 7
            if re.search(r"last\s+week", low):
                # "on Monday last week": that weekday in the week before publication's
                day = pub - dt.timedelta(days=pub.weekday() + 7) + dt.timedelta(days=num)
                return PartialDate(value=day.isoformat(), text=text, inferred=True, rule="weekday-last-week")
            if low.startswith("last ") and delta == 0:
                delta = 7  # "last Monday" on a Monday: a week before
            return PartialDate(value=(pub - dt.timedelta(days=delta)).isoformat(), text=text, inferred=True,
                               rule="weekday-before-publication")
    return _relative(low, text, pub, pub_month)


def _relative(low: str, text: str, pub: dt.date | None, pub_month: dt.date | None) -> PartialDate:
    rule = "relative-to-publication"
    if pub is not None:
        offsets = {"the day before yesterday": -2, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "yesterday": -1, "tomorrow": 1, "last night": -1, "last evening": -1}
        for w, off in offsets.items():
            if re.search(rf"\b{w}\b", low):
                return PartialDate(value=(pub + dt.timedelta(days=off)).isoformat(), text=text, inferred=True, rule=rule)
        for phrase, off in (("last week", -7), ("this week", 0), ("earlier this week", 0), ("next week", 7)):
            if phrase in low:
                start = pub + dt.timedelta(days=off - pub.weekday())
                end = start + dt.timedelta(days=6)
                if off == 0 or "earlier" in phrase:
                    end = pub
                if start.month == end.month and start.year == end.year:
                    return PartialDate(value=f"{start.year:04d}-{start.month:02d}", text=text, inferred=True, rule=rule)
                return PartialDate(value=None, text=text, rule="unresolved")
    if pub_month is not None:
        if re.search(r"\b(this|earlier this|later this) month\b", low):
            return PartialDate(value=f"{pub_month.year:04d}-{pub_month.month:02d}", text=text, inferred=True, rule=rule)
        if "last month" in low:
            y, mth = (pub_month.year, pub_month.month - 1) if pub_month.month > 1 else (pub_month.year - 1, 12)
            return PartialDate(value=f"{y:04d}-{mth:02d}", text=text, inferred=True, rule=rule)
        if re.search(r"\b(this|earlier this|later this) year\b", low):
            return PartialDate(value=f"{pub_month.year:04d}", text=text, inferred=True, rule=rule)
        if "last year" in low:
            return PartialDate(value=f"{pub_month.year - 1:04d}", text=text, inferred=True, rule=rule)
    return PartialDate(value=None, text=text, rule="unresolved")


def latest_full_date(text: str) -> str | None:
    """The latest fully stated date (day, month and year) in ``text``: the anchor for missing years."""
    best = None
    for _, _, words in find_date_expressions(text):
        pd = resolve_date(words)
        if pd.value and len(pd.value) == 10 and not pd.inferred:
            best = max(best or pd.value, pd.value)
    return best


_DATELINE_LEAD = re.compile(r"(?:^|\n)[^\n]{0,60}?(?:\(|\b)[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Za-z.'’-]+){0,3}(?:,[ \t]*[A-Z][\w.'’ -]{1,30}){0,2},[ \t]*$")
_DATELINE_TAIL = re.compile(r"(?:,?[ \t]*(?:19|20)\d{2})?[ \t]*\.?[ \t]*(?:\([A-Za-z]{2,12}\)|/[A-Za-z]{2,12}/|\)?\.?[ \t]*(?:-{1,2}|–|—|:|\|)|,[ \t]*[A-Z][A-Za-z]*[A-Z][A-Za-z-]*[ \t]*(?=\n))")


def dateline_date(text: str, published: str | None) -> str | None:
    """The day of a news dateline ("TEHRAN, Dec. 20 (MNA) –", "Site (KATHMANDU, 13 November 2019) –") when it lies
    within a week before the publication date: "today", "this morning" and weekdays in a wire story count from the
    day it was filed, not the day a site published it."""
    pub = _parse_iso(published) if published and len(published) == 10 else None
    for ds, de, words in find_date_expressions(text[:400]):
        if not _DATELINE_LEAD.search(text[:ds]) or not _DATELINE_TAIL.match(text, de):
            continue
        if pub is None:
            # no publication date: a dateline with a full date ("Brasilia, May 23, 2025 (Lusa) -") stands for it
            d = resolve_date(words)
            return d.value if d.value and len(d.value) == 10 and not d.inferred else None
        d = resolve_date(words, published=published)
        day = _parse_iso(d.value) if d.value and len(d.value) == 10 else None
        if day is not None and 0 <= (pub - day).days <= 7:
            return d.value
        return None
    return None


_NUMERIC_DATE = r"(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>(?:19|20)?\d{2})\b"
_PUB_LABEL = re.compile(r"(?im)^[ \t]*(?:published|posted|date|updated|last\s+update[d]?|publication\s+date)(?:[ \t]+on)?[ \t]*[:\-]?[ \t]*(?P<rest>[^\n]{4,40})")
_NUMERIC_DATELINE = re.compile(rf"(?m)^[ \t]*[A-Z][\w.'’ -]{{1,30}}?[ \t]*/[ \t]*{_NUMERIC_DATE}[ \t]*/")


def _numeric(m: re.Match) -> str | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    y = y + 2000 if y < 100 else y
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)  # day first unless only month-first fits ("05/19/2023")
    try:
        return dt.date(y, month, day).isoformat()
    except ValueError:
        return None


def text_publication_date(text: str) -> str | None:
    """A publication day the page itself states near its top: "Published On: 19/05/2023", "Posted 18.05.2023",
    "Date: 2023-05-18", a numeric dateline ("Baku / 31.10.17 / Turan") or a dateline with a full date."""
    head = text[:600]
    m = _PUB_LABEL.search(head)
    if m:
        rest = m.group("rest")
        n = re.match(rf"\s*{_NUMERIC_DATE}", rest)
        if n:
            v = _numeric(n)
            if v:
                return v
        for _, _, words in find_date_expressions(rest):
            d = resolve_date(words)
            if d.value and len(d.value) == 10 and not d.inferred:
                return d.value
    m = _NUMERIC_DATELINE.search(head)
    if m:
        v = _numeric(m)
        if v:
            return v
    v = dateline_date(text, None)
    if v:
        return v
    m = _IBERIAN_DATE.search(head)
    if m and m.group("m").lower() in _IBERIAN_MONTHS:
        # a caption in Spanish or Portuguese near the top: "este domingo 8 de mayo de 2022", "em 8 de maio de 2022"
        try:
            return dt.date(int(m.group("y")), _IBERIAN_MONTHS[m.group("m").lower()], int(m.group("d"))).isoformat()
        except ValueError:
            return None
    return None


_IBERIAN_MONTHS = {"enero": 1, "janeiro": 1, "febrero": 2, "fevereiro": 2, "marzo": 3, "março": 3, "abril": 4, "mayo": 5, "maio": 5,
                   "junio": 6, "junho": 6, "julio": 7, "julho": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "setembro": 9,
                   "octubre": 10, "outubro": 10, "noviembre": 11, "novembro": 11, "diciembre": 12, "dezembro": 12}
_IBERIAN_DATE = re.compile(r"\b(?P<d>[12]\d|3[01]|0?[1-9])\s+de\s+(?P<m>[A-Za-zç]+)\s+(?:de|del)\s+(?P<y>(?:19|20)\d{2})\b")
