"""The PactWatch record model, declared once; every other module reads it.

A *record* is what one source article says: the source itself plus the actors,
events, agreements and statements it states. Every fact carries ``evidence``:
the source it came from and the sentence that states it, as character offsets
into the unchanged source text (``source.text[start:end] == sentence``).

Dates are partial (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``); their precision is
implied by their length and stated again in ``precision`` for readers. A date
whose year (or month) the sentence does not state is ``inferred`` and says which
rule filled it in. Nothing is invented: a month-only date stays a month.

The JSON form (``Record.to_dict`` / ``Record.from_dict``) is the documented
record format (docs/record-format.md): the store holds it, ``extract`` prints
it, ``export`` reads frames derived from it.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Literal

RECORD_FORMAT_VERSION = 1

ActorKind = Literal["person", "organisation"]
Role = Literal["host", "guest", "participant"]
Precision = Literal["day", "month", "year", "unknown"]
StatementMode = Literal["quoted", "reported"]
RecordStatus = Literal["draft", "reviewed"]

#: Event types PactWatch extracts, with their PLOVER event type / mode and
#: CAMEO code used on export. Order is the display order.
EVENT_TYPES: dict[str, dict[str, str]] = {
    "meeting": {"label": "Meeting", "plover": "CONSULT", "plover_mode": "meet", "cameo": "043"},
    "visit": {"label": "Visit", "plover": "CONSULT", "plover_mode": "visit", "cameo": "042"},
    "reception": {"label": "Reception (hosting a visit)", "plover": "CONSULT", "plover_mode": "visit", "cameo": "043"},
    "multilateral_meeting": {"label": "Multilateral meeting", "plover": "CONSULT", "plover_mode": "third-party", "cameo": "044"},
    "talks": {"label": "Talks / negotiation", "plover": "CONSULT", "plover_mode": "negotiate", "cameo": "046"},
    "call": {"label": "Phone or video call", "plover": "CONSULT", "plover_mode": "phone", "cameo": "040"},
    "signing": {"label": "Signing of agreements", "plover": "AGREE", "plover_mode": "sign", "cameo": "057"},
    # Imported coded events (pactwatch.importers): CAMEO 060-064 (economic, military, judicial cooperation,
    # intelligence sharing), and every other CAMEO code, kept so an import loses no row.
    "cooperation": {"label": "Cooperation (economic, military, judicial, intelligence)", "plover": "COOPERATE",
                    "plover_mode": "", "cameo": "060"},
    "other": {"label": "Other coded event (CAMEO code outside these types)", "plover": "", "plover_mode": "",
              "cameo": ""},
}

_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def content_hash(text: str) -> str:
    """SHA-256 of the article text as received (UTF-8); identifies a source."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Evidence:
    """Where a fact is stated: a sentence of a source, by character offsets."""

    source_id: str
    start: int
    end: int
    sentence: str

    def check(self, text: str) -> bool:
        """True when the offsets still point at the quoted sentence."""
        return text[self.start : self.end] == self.sentence


@dataclass
class PartialDate:
    """A date as precise as the source makes it, and no more.

    ``value`` is ``None`` when the words cannot be resolved (e.g. "Thursday" in
    an article with no publication date); ``text`` keeps those words either way.
    ``rule`` names how the value was obtained (``explicit``, ``year-from-article``,
    ``weekday-before-publication`` ...), so a reader can judge it.
    """

    value: str | None = None
    text: str = ""
    inferred: bool = False
    rule: str = "explicit"

    def __post_init__(self) -> None:
        if self.value is not None and not _ISO_PARTIAL.match(self.value):
            raise ValueError(f"not a partial ISO date: {self.value!r}")
        if self.value is not None:
            try:
                self.bounds()  # validates month and day
            except ValueError:
                raise ValueError(f"not a partial ISO date: {self.value!r} is not a day of the calendar") from None

    @property
    def precision(self) -> Precision:
        if self.value is None:
            return "unknown"
        return {4: "year", 7: "month", 10: "day"}[len(self.value)]

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        """First and last day the date may denote (inclusive), or None if unknown."""
        if self.value is None:
            return None
        parts = [int(p) for p in self.value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        day = dt.date(*parts)
        return day, day

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["precision"] = self.precision
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "PartialDate":
        if not d:
            return cls()
        return cls(value=d.get("value"), text=d.get("text", ""), inferred=bool(d.get("inferred", False)),
                   rule=d.get("rule", "explicit"))


@dataclass
class Source:
    """An article as received. ``text`` is never altered after ingestion."""

    id: str
    text: str
    title: str = ""
    publisher: str | None = None
    url: str | None = None
    published: str | None = None  # partial ISO date, or None when not known
    content_hash: str = ""
    licence: str | None = None

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)


@dataclass
class Title:
    """A title, office or rank as the source states it ("Brigadier General")."""

    text: str
    evidence: Evidence


@dataclass
class Actor:
    """A person or organisation. ``country`` is ISO 3166-1 alpha-3 or None."""

    id: str
    name: str
    kind: ActorKind = "person"
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    reviewed: bool = False


@dataclass
class Participant:
    actor_id: str
    role: Role = "participant"


@dataclass
class Event:
    """One occasion: who met whom, when and where.

    ``countries`` are the ISO3 codes of the states involved (participants'
    countries, and the host state of the place where the source says so).
    """

    id: str
    type: str
    label: str
    date: PartialDate = field(default_factory=PartialDate)
    place: str | None = None
    place_country: str | None = None
    participants: list[Participant] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    reviewed: bool = False

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}; expected one of {sorted(EVENT_TYPES)}")


@dataclass
class SectorMention:
    """A sector phrase as written and the normalised sectors it maps to."""

    text: str
    sectors: list[str]
    evidence: Evidence


@dataclass
class Agreement:
    """A signing of one or more documents.

    ``count`` is the number of documents the source states (None if it gives
    none). ``sectors`` list what the documents cover *together*: the source may
    not say which document covers which sector, and PactWatch never splits it.
    """

    id: str
    kind: str
    count: int | None = None
    kind_text: str = ""
    parties: list[str] = field(default_factory=list)
    date: PartialDate = field(default_factory=PartialDate)
    place: str | None = None
    place_country: str | None = None
    event_id: str | None = None
    sectors: list[SectorMention] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    reviewed: bool = False


@dataclass
class Statement:
    """Words attributed to one or more speakers, quoted verbatim or reported."""

    id: str
    speaker_ids: list[str]
    text: str
    mode: StatementMode = "reported"
    event_id: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    reviewed: bool = False


@dataclass
class Record:
    """Everything one source states, in the documented record format."""

    source: Source
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    status: RecordStatus = "draft"
    format_version: int = RECORD_FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        for ev, obj in zip(d["events"], self.events):
            ev["date"] = obj.date.to_dict()
        for ag, obj in zip(d["agreements"], self.agreements):
            ag["date"] = obj.date.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        version = int(d.get("format_version", 1))
        if version > RECORD_FORMAT_VERSION:
            raise ValueError(f"record format {version} is newer than this PactWatch ({RECORD_FORMAT_VERSION})")
        src = Source(**d["source"])

        def ev(items: list[dict]) -> list[Evidence]:
            return [Evidence(**e) for e in items or []]

        actors = [
            Actor(id=a["id"], name=a["name"], kind=a.get("kind", "person"), country=a.get("country"),
                  aliases=list(a.get("aliases", [])),
                  titles=[Title(text=t["text"], evidence=Evidence(**t["evidence"])) for t in a.get("titles", [])],
                  evidence=ev(a.get("evidence")), reviewed=bool(a.get("reviewed", False)))
            for a in d.get("actors", [])
        ]
        events = [
            Event(id=e["id"], type=e["type"], label=e.get("label", ""), date=PartialDate.from_dict(e.get("date")),
                  place=e.get("place"), place_country=e.get("place_country"),
                  participants=[Participant(**p) for p in e.get("participants", [])],
                  countries=list(e.get("countries", [])), evidence=ev(e.get("evidence")),
                  reviewed=bool(e.get("reviewed", False)))
            for e in d.get("events", [])
        ]
        agreements = [
            Agreement(id=a["id"], kind=a["kind"], count=a.get("count"), kind_text=a.get("kind_text", ""),
                      parties=list(a.get("parties", [])), date=PartialDate.from_dict(a.get("date")),
                      place=a.get("place"), place_country=a.get("place_country"), event_id=a.get("event_id"),
                      sectors=[SectorMention(text=s["text"], sectors=list(s["sectors"]), evidence=Evidence(**s["evidence"]))
                               for s in a.get("sectors", [])],
                      evidence=ev(a.get("evidence")), reviewed=bool(a.get("reviewed", False)))
            for a in d.get("agreements", [])
        ]
        statements = [
            Statement(id=s["id"], speaker_ids=list(s["speaker_ids"]), text=s["text"], mode=s.get("mode", "reported"),
                      event_id=s.get("event_id"), evidence=ev(s.get("evidence")), reviewed=bool(s.get("reviewed", False)))
            for s in d.get("statements", [])
        ]
        return cls(source=src, actors=actors, events=events, agreements=agreements, statements=statements,
                   status=d.get("status", "draft"), format_version=RECORD_FORMAT_VERSION)

    def all_evidence(self) -> list[Evidence]:
        """Every evidence span in the record (for integrity checks and highlighting)."""
        out: list[Evidence] = []
        for a in self.actors:
            out += a.evidence + [t.evidence for t in a.titles]
        for e in self.events:
            out += e.evidence
        for g in self.agreements:
            out += g.evidence + [s.evidence for s in g.sectors]
        for s in self.statements:
            out += s.evidence
        return out

    def problems(self) -> list[str]:
        """Integrity problems: evidence that does not match the text, dangling ids."""
        out = []
        for e in self.all_evidence():
            if e.source_id != self.source.id:
                out.append(f"evidence points at source {e.source_id}, not {self.source.id}")
            elif not e.check(self.source.text):
                out.append(f"evidence offsets {e.start}:{e.end} do not match {e.sentence[:40]!r}")
        ids = {a.id for a in self.actors}
        event_ids = {e.id for e in self.events}
        for e in self.events:
            out += [f"event {e.id}: unknown participant {p.actor_id}" for p in e.participants if p.actor_id not in ids]
        for s in self.statements:
            out += [f"statement {s.id}: unknown speaker {a}" for a in s.speaker_ids if a not in ids]
            if s.event_id and s.event_id not in event_ids:
                out.append(f"statement {s.id}: unknown event {s.event_id}")
        for g in self.agreements:
            if g.event_id and g.event_id not in event_ids:
                out.append(f"agreement {g.id}: unknown event {g.event_id}")
        return out


class RecordFormatError(ValueError):
    """A record file that is not in the documented format; the message says where."""


#: Limits on one record (a news article states far less): refuse, never truncate.
MAX_RECORD_TEXT = 200_000
MAX_RECORD_ITEMS = 5_000

_LIST_FIELDS = {"actors", "events", "agreements", "statements"}


def _expect(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise RecordFormatError(f"{where}: {what}")


def parse_record(data: Any) -> Record:
    """A Record from decoded JSON, checked against the documented format.

    Raises RecordFormatError naming the first problem (wrong type, missing
    field, bad date, evidence that does not match the text, too large) so a
    bad file is refused whole, never stored in part.
    """
    _expect(isinstance(data, dict), "record", "must be a JSON object")
    src = data.get("source")
    _expect(isinstance(src, dict), "source", "must be an object")
    for key in ("id", "text"):
        _expect(isinstance(src.get(key), str) and src.get(key), f"source.{key}", "must be a non-empty string")
    _expect(len(src["text"]) <= MAX_RECORD_TEXT, "source.text", f"longer than {MAX_RECORD_TEXT:,} characters")
    for key in ("title", "publisher", "url", "published", "content_hash", "licence"):
        _expect(src.get(key) is None or isinstance(src.get(key), str), f"source.{key}", "must be a string or null")
    unknown = set(src) - {"id", "text", "title", "publisher", "url", "published", "content_hash", "licence"}
    _expect(not unknown, "source", f"unknown fields {sorted(unknown)}")
    for key in _LIST_FIELDS:
        items = data.get(key, [])
        _expect(isinstance(items, list), key, "must be a list")
        _expect(len(items) <= MAX_RECORD_ITEMS, key, f"more than {MAX_RECORD_ITEMS:,} items")
        for i, item in enumerate(items):
            _expect(isinstance(item, dict), f"{key}[{i}]", "must be an object")
            _check_strings(item, f"{key}[{i}]")
    _expect(data.get("status", "draft") in ("draft", "reviewed"), "status", "must be 'draft' or 'reviewed'")
    try:
        rec = Record.from_dict(data)
    except RecordFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RecordFormatError(f"record: {type(exc).__name__}: {exc}") from None
    if src.get("content_hash") and src["content_hash"] != content_hash(src["text"]):
        raise RecordFormatError("source.content_hash: does not match source.text")
    for e in rec.all_evidence():
        _expect(isinstance(e.sentence, str) and isinstance(e.source_id, str) and isinstance(e.start, int)
                and isinstance(e.end, int), "evidence", "needs source_id, start, end and sentence")
    for item in rec.actors + rec.events + rec.agreements + rec.statements:
        _expect(isinstance(item.id, str) and item.id, "id", "every fact needs a non-empty string id")
    problems = rec.problems()
    _expect(not problems, "evidence", problems[0] if problems else "")
    return rec


_STR_LISTS = {"aliases", "countries", "parties", "speaker_ids"}
_STRS = {"id", "name", "kind", "country", "type", "label", "place", "place_country", "text", "mode", "event_id",
         "kind_text", "role", "actor_id", "sentence", "source_id", "rule", "value", "precision"}


def _check_strings(obj: Any, where: str) -> None:
    """Shallow type checks of the record's string and list-of-string fields (recursively)."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            w = f"{where}.{k}"
            if k == "sectors" and isinstance(v, list) and not any(isinstance(x, dict) for x in v):
                _expect(all(isinstance(x, str) for x in v), w, "must be a list of sector keys (strings)")
            elif k in _STR_LISTS:
                _expect(isinstance(v, list) and all(isinstance(x, str) for x in v), w, "must be a list of strings")
            elif k in _STRS:
                _expect(v is None or isinstance(v, str), w, "must be a string or null")
            elif k in ("start", "end", "count"):
                _expect(v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0), w,
                        "must be a whole number ≥ 0")
            elif k in ("reviewed", "inferred"):
                _expect(isinstance(v, bool), w, "must be true or false")
            elif isinstance(v, (dict, list)):
                _check_strings(v, w)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            _check_strings(v, f"{where}[{i}]")
