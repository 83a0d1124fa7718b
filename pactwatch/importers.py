"""Imports of machine-coded event data (ICEWS, GDELT 2.0) into the PactWatch record model.

Coded-event datasets give one row per event: who (source actor) did what (a
CAMEO code) to whom (target actor), when and where, coded from a news story.
They carry no article text, so each imported story becomes a *source* whose
text is one line per coded row, written from the row's own fields; the row's
event cites its line as evidence (offsets into that text stay valid, as for
any article). See docs/record-format.md, "Imported coded events".

Every well-formed row is stored as an event. CAMEO codes map to PactWatch's
event types (``CAMEO_TYPES``); codes outside them are kept as type ``other``
with the CAMEO code and its text in the label, so an import loses no row and a
type filter hides them. A malformed row is reported with its file and line
number and skipped; the rest of the file still imports. Imported records are
``draft``: machine coding, not checked by an analyst.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlparse

from .countries import resolve_country
from .model import (EVENT_TYPES, Actor, Agreement, Event, Evidence, Participant, PartialDate, Record, Source,
                    content_hash)
from .store import Store, StoreError

#: CAMEO (first three digits) -> PactWatch event type. Every other code -> "other".
CAMEO_TYPES = {
    "040": "meeting",               # consult, not specified
    "041": "call",                  # discuss by telephone
    "042": "visit",                 # make a visit (source visits target)
    "043": "reception",             # host a visit (source hosts target)
    "044": "meeting",               # meet at a "third" location
    "045": "talks",                 # mediate
    "046": "talks",                 # engage in negotiation
    "057": "signing",               # sign formal agreement
    "060": "cooperation", "061": "cooperation", "062": "cooperation", "063": "cooperation",
    "064": "cooperation",           # material cooperation: economic, military, judicial, intelligence
}
#: Roles of (source actor, target actor) by CAMEO code; others are both "participant".
CAMEO_ROLES = {"042": ("guest", "host"), "043": ("host", "guest")}

ICEWS_COLUMNS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                 "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                 "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"]
GDELT_COLUMNS = 61

#: GDELT's geographic country codes are FIPS 10-4, not ISO: these are mapped (FIPS -> ISO3);
#: any other FIPS code is kept as null rather than guessed (FIPS "BO" is Belarus, ISO "BO" Bolivia).
FIPS_ISO3 = {
    "AF": "AFG", "AG": "DZA", "AM": "ARM", "AJ": "AZE", "AS": "AUS", "AU": "AUT", "BA": "BHR", "BG": "BGD",
    "BO": "BLR", "BE": "BEL", "BL": "BOL", "BR": "BRA", "BU": "BGR", "BM": "MMR", "CA": "CAN", "CB": "KHM",
    "CH": "CHN", "CI": "CHL", "CO": "COL", "CS": "CRI", "CU": "CUB", "CY": "CYP", "DA": "DNK", "EG": "EGY",
    "EN": "EST", "ET": "ETH", "FI": "FIN", "FR": "FRA", "GG": "GEO", "GM": "DEU", "GR": "GRC", "GH": "GHA",
    "HU": "HUN", "IC": "ISL", "IN": "IND", "ID": "IDN", "IR": "IRN", "IZ": "IRQ", "EI": "IRL", "IS": "ISR",
    "IT": "ITA", "JA": "JPN", "JO": "JOR", "KZ": "KAZ", "KE": "KEN", "KN": "PRK", "KS": "KOR", "KU": "KWT",
    "KG": "KGZ", "LE": "LBN", "LY": "LBY", "LH": "LTU", "LG": "LVA", "MY": "MYS", "MX": "MEX", "MO": "MAR",
    "NL": "NLD", "NZ": "NZL", "NI": "NGA", "NO": "NOR", "MU": "OMN", "PK": "PAK", "PE": "PER", "RP": "PHL",
    "PL": "POL", "PO": "PRT", "QA": "QAT", "RO": "ROU", "RS": "RUS", "SA": "SAU", "SG": "SEN", "RI": "SRB",
    "SN": "SGP", "SF": "ZAF", "SP": "ESP", "CE": "LKA", "SU": "SDN", "SW": "SWE", "SZ": "CHE", "SY": "SYR",
    "TW": "TWN", "TI": "TJK", "TZ": "TZA", "TH": "THA", "TS": "TUN", "TU": "TUR", "TX": "TKM", "UG": "UGA",
    "UP": "UKR", "AE": "ARE", "UK": "GBR", "US": "USA", "UY": "URY", "UZ": "UZB", "VE": "VEN", "VM": "VNM",
    "YM": "YEM", "ZA": "ZMB", "ZI": "ZWE", "AO": "AGO", "CG": "COD", "CF": "COG", "IV": "CIV", "SO": "SOM",
}
#: CAMEO actor country codes that are not ISO3 (the rest are ISO3 and resolve as such).
CAMEO_COUNTRY = {"ROM": "ROU", "DRC": "COD", "ZAR": "COD", "SAF": "ZAF", "KOS": "XKX", "BAG": None}

_ORG_WORDS = re.compile(r"\b(ministry|government|party|council|court|army|police|union|agency|bank|committee|"
                        r"commission|organi[sz]ation|association|forces|parliament|company|corporation|group|office|"
                        r"department|university|media|news|nations|federation|congress|assembly|senate|military|"
                        r"rebels?|insurgents?|citizens?|militia|cabinet|state|navy|embassy|people|opposition|"
                        r"protesters?|students?|business|industry|legislature|judiciary)\b", re.I)


@dataclass
class ImportReport:
    """What an import did: rows read, events stored, rows skipped (with file:line and why)."""

    rows: int = 0
    events: int = 0
    sources: int = 0
    problems: list[str] = field(default_factory=list)
    by_type: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        types = ", ".join(f"{n} {t}" for t, n in sorted(self.by_type.items(), key=lambda kv: -kv[1]))
        return (f"{self.rows} rows read: {self.events} events imported from {self.sources} stories"
                f"{' (' + types + ')' if types else ''}; {len(self.problems)} rows skipped")


@dataclass
class _Row:
    """One coded event, format-neutral."""

    line: int
    event_id: str
    date: str
    code: str
    event_text: str
    source_name: str
    source_country: str | None
    target_name: str
    target_country: str | None
    place: str | None
    place_country: str | None
    story: str
    title: str
    publisher: str | None
    url: str | None
    cite: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "unnamed"


def _actor_for(name: str, country: str | None) -> tuple[str, str] | None:
    """(id, kind) of the actor a coded name denotes, or None when the name is a state itself."""
    name = name.strip()
    if not name or name.lower() in ("na", "none"):
        return None
    if "(" not in name and resolve_country(name):
        return None
    kind = "organisation" if "(" in name or _ORG_WORDS.search(name) or len(name.split()) > 5 else "person"
    return (("org:" if kind == "organisation" else "person:") + _slug(name), kind)


def _line(r: _Row) -> str:
    who = f"{r.source_name or 'unnamed'}{' (' + r.source_country + ')' if r.source_country else ''}"
    whom = f"{r.target_name or 'unnamed'}{' (' + r.target_country + ')' if r.target_country else ''}"
    where = f"; {r.place}" if r.place else ""
    return f"{who} — {r.event_text or 'CAMEO ' + r.code} (CAMEO {r.code}) — {whom}; {r.date}{where}. [{r.cite}]"


def records_from_rows(rows: Iterable[_Row], dataset: str) -> Iterator[tuple[Record, list[_Row]]]:
    """One draft record per story (rows grouped in file order), each row an event citing its line."""
    stories: OrderedDict[str, list[_Row]] = OrderedDict()
    for r in rows:
        stories.setdefault(r.story, []).append(r)
    for story, group in stories.items():
        lines = [_line(r) for r in group]
        text = "\n".join(lines)
        sid = content_hash(text)[:16]
        first = group[0]
        source = Source(id=sid, text=text, title=first.title, publisher=first.publisher, url=first.url,
                        licence=f"{dataset} coded events (see its licence)")
        actors: dict[str, Actor] = {}
        events, agreements = [], []
        pos = 0
        for r, line in zip(group, lines):
            ev = Evidence(sid, pos, pos + len(line), line)
            pos += len(line) + 1
            base = r.code[:3]
            etype = CAMEO_TYPES.get(base, "other")
            roles = CAMEO_ROLES.get(base, ("participant", "participant"))
            participants = []
            for name, country, role in ((r.source_name, r.source_country, roles[0]),
                                        (r.target_name, r.target_country, roles[1])):
                found = _actor_for(name, country)
                if not found:
                    continue
                aid, kind = found
                a = actors.setdefault(aid, Actor(id=aid, name=name.strip(), kind=kind, country=country,
                                                 aliases=[name.strip()]))
                if not a.evidence or a.evidence[-1].start != ev.start:
                    a.evidence.append(ev)
                if all(p.actor_id != aid for p in participants):
                    participants.append(Participant(aid, role))
            countries = sorted({c for c in (r.source_country, r.target_country) if c})
            what = r.event_text or f"CAMEO {r.code}"
            label = f"{what}: {r.source_name or '?'} → {r.target_name or '?'}"
            if etype == "other":
                label = f"{what} (CAMEO {r.code}): {r.source_name or '?'} → {r.target_name or '?'}"
            date = PartialDate(value=r.date, text=r.date, rule="coded-event-date")
            eid = f"event:{dataset.lower()}-{r.event_id}"
            events.append(Event(id=eid, type=etype, label=label[:300], date=date, place=r.place,
                                place_country=r.place_country, participants=participants, countries=countries,
                                evidence=[ev]))
            if etype == "signing":
                agreements.append(Agreement(id=f"agreement:{dataset.lower()}-{r.event_id}", kind="agreement",
                                            kind_text=r.event_text, parties=countries, date=date, place=r.place,
                                            place_country=r.place_country, event_id=eid, evidence=[ev]))
        yield Record(source=source, actors=list(actors.values()), events=events, agreements=agreements,
                     status="draft"), group


# --------------------------------------------------------------------------- readers

def _date_ok(text: str) -> bool:
    try:
        PartialDate(value=text)
        return len(text) == 10
    except ValueError:
        return False


def read_icews(path: Path, report: ImportReport) -> Iterator[_Row]:
    """Rows of an ICEWS tab-separated file (header line first); malformed rows reported, not raised."""
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        header = fh.readline().rstrip("\r\n").split("\t")
        if header[:len(ICEWS_COLUMNS)] != ICEWS_COLUMNS:
            report.problems.append(f"{path}:1: not an ICEWS events file (header is not {', '.join(ICEWS_COLUMNS[:4])}, …)")
            return
        for lineno, raw in enumerate(fh, start=2):
            raw = raw.rstrip("\r\n")
            if not raw.strip():
                continue
            report.rows += 1
            cells = raw.split("\t")
            if len(cells) != len(ICEWS_COLUMNS):
                report.problems.append(f"{path}:{lineno}: {len(cells)} columns, expected {len(ICEWS_COLUMNS)}")
                continue
            c = dict(zip(ICEWS_COLUMNS, (x.strip() for x in cells)))
            if not c["Event ID"]:
                report.problems.append(f"{path}:{lineno}: no Event ID")
                continue
            if not _date_ok(c["Event Date"]):
                report.problems.append(f"{path}:{lineno}: Event Date {c['Event Date'][:30]!r} is not YYYY-MM-DD")
                continue
            if not re.fullmatch(r"\d{2,4}", c["CAMEO Code"]):
                report.problems.append(f"{path}:{lineno}: CAMEO Code {c['CAMEO Code'][:20]!r} is not a CAMEO code")
                continue

            def na(v: str) -> str | None:
                return None if not v or v == "NA" else v
            place = na(c["City"]) or na(c["District"]) or na(c["Province"])
            story = c["Story ID"] or f"row-{c['Event ID']}"
            yield _Row(
                line=lineno, event_id=c["Event ID"], date=c["Event Date"], code=c["CAMEO Code"].zfill(3),
                event_text=c["Event Text"], source_name=c["Source Name"],
                source_country=_icews_country(c["Source Country"]),
                target_name=c["Target Name"],
                target_country=_icews_country(c["Target Country"]),
                place=place, place_country=_icews_country(c["Country"]),
                story=f"icews:{story}", title=f"ICEWS story {story}" + (f" ({c['Publisher']})" if c["Publisher"] else ""),
                publisher=na(c["Publisher"]), url=None,
                cite=f"ICEWS event {c['Event ID']}, story {story}, sentence {c['Sentence Number'] or '?'}")


#: ICEWS country names pactwatch.countries does not know.
ICEWS_COUNTRY_NAMES = {"occupied palestinian territory": "PSE"}


def _icews_country(name: str) -> str | None:
    if not name or name == "NA":
        return None
    return ICEWS_COUNTRY_NAMES.get(name.strip().lower()) or resolve_country(name)


def _cameo_country(code: str) -> str | None:
    code = code.strip().upper()
    if not code:
        return None
    if code in CAMEO_COUNTRY:
        return CAMEO_COUNTRY[code]
    iso = resolve_country(code) if len(code) == 3 else None
    return iso if iso == code else None


def read_gdelt(path: Path, report: ImportReport) -> Iterator[_Row]:
    """Rows of a GDELT 2.0 events export (61 tab-separated columns, no header; codes kept as strings)."""
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for lineno, raw in enumerate(fh, start=1):
            raw = raw.rstrip("\r\n")
            if not raw.strip():
                continue
            report.rows += 1
            c = raw.split("\t")
            if len(c) != GDELT_COLUMNS:
                report.problems.append(f"{path}:{lineno}: {len(c)} columns, expected {GDELT_COLUMNS} (GDELT 2.0)")
                continue
            gid, day, code, url = c[0].strip(), c[1].strip(), c[26].strip(), c[60].strip()
            if not gid:
                report.problems.append(f"{path}:{lineno}: no GLOBALEVENTID")
                continue
            date = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if re.fullmatch(r"\d{8}", day) else ""
            if not _date_ok(date):
                report.problems.append(f"{path}:{lineno}: SQLDATE {day[:20]!r} is not YYYYMMDD")
                continue
            if not re.fullmatch(r"\d{2,4}", code):
                report.problems.append(f"{path}:{lineno}: EventCode {code[:20]!r} is not a CAMEO code")
                continue
            place = c[52].strip() or None
            host = urlparse(url).netloc if url else ""
            yield _Row(
                line=lineno, event_id=gid, date=date, code=code.zfill(3), event_text="",
                source_name=c[6].strip().title(), source_country=_cameo_country(c[7]),
                target_name=c[16].strip().title(), target_country=_cameo_country(c[17]),
                place=place, place_country=FIPS_ISO3.get(c[53].strip().upper()),
                story=f"gdelt:{url or gid}", title=f"GDELT events coded from {url or 'event ' + gid}"[:300],
                publisher=host or None, url=url or None, cite=f"GDELT event {gid}" + (f", {url}" if url else ""))


READERS = {"icews": read_icews, "gdelt": read_gdelt}


def import_files(store: Store, paths: Iterable[Path], fmt: str) -> ImportReport:
    """Import coded-event files of format ``icews`` or ``gdelt`` into ``store``; returns the report.

    Each story is one draft record saved in one transaction; importing the same
    file again replaces those records with identical ones (nothing doubles).
    """
    report = ImportReport()
    reader = READERS[fmt]
    for path in paths:
        path = Path(path)
        if not path.is_file():
            report.problems.append(f"{path}: no such file")
            continue
        for record, group in records_from_rows(reader(path, report), fmt.upper()):
            try:
                store.save_record(record)
            except (StoreError, ValueError) as exc:
                report.problems += [f"{path}:{r.line}: not stored: {exc}" for r in group]
                continue
            report.sources += 1
            report.events += len(record.events)
            for e in record.events:
                report.by_type[e.type] = report.by_type.get(e.type, 0) + 1
    return report


assert set(CAMEO_TYPES.values()) <= set(EVENT_TYPES)
if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: python -m pactwatch import --format icews|gdelt FILE...")
