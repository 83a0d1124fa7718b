"""Review: a record as editable tables, and the edited tables back as a record.

The analyst sees the draft as four tables (events, actors, agreements,
statements), fixes, adds and deletes rows, ticks ``checked`` on what they
verified, and saves. ``apply_tables`` rebuilds the record and refuses (with
every reason) rather than store a fact without evidence: each row's
``evidence`` must be a sentence, or a passage, found verbatim in the article.
Saving marks the record reviewed and each checked fact ``reviewed``.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace

import pandas as pd

from .countries import resolve_country
from .model import (EVENT_TYPES, Actor, Agreement, Event, Evidence, Participant, PartialDate, Record,
                    SectorMention, Statement, Title)
from .names import fold_name
from .taxonomy import load_taxonomy

TABLES = ("events", "actors", "agreements", "statements")


def _join(items) -> str:
    return "; ".join(str(i) for i in items if i)


def _split(cell) -> list[str]:
    if cell is None or (isinstance(cell, float) and pd.isna(cell)):
        return []
    return [p.strip() for p in str(cell).split(";") if p.strip()]


def _s(cell) -> str:
    """A cell as clean text ('' for empty/NaN)."""
    if cell is None or (isinstance(cell, float) and pd.isna(cell)) or cell is pd.NA:
        return ""
    return str(cell).strip()


def record_tables(record: Record) -> dict[str, pd.DataFrame]:
    """The record as one editable frame per kind of fact (lists joined with '; ')."""
    names = {a.id: a.name for a in record.actors}
    events = pd.DataFrame([{
        "checked": e.reviewed, "id": e.id, "type": e.type, "label": e.label, "date": e.date.value or "",
        "date_text": e.date.text, "place": e.place or "", "place_country": e.place_country or "",
        "participants": _join(f"{names.get(p.actor_id, p.actor_id)} ({p.role})" for p in e.participants),
        "countries": _join(e.countries), "evidence": e.evidence[0].sentence if e.evidence else "",
    } for e in record.events], columns=["checked", "id", "type", "label", "date", "date_text", "place",
                                       "place_country", "participants", "countries", "evidence"])
    actors = pd.DataFrame([{
        "checked": a.reviewed, "id": a.id, "name": a.name, "kind": a.kind, "country": a.country or "",
        "aliases": _join(a.aliases), "titles": _join(dict.fromkeys(t.text for t in a.titles)),
        "evidence": a.evidence[0].sentence if a.evidence else "",
    } for a in record.actors], columns=["checked", "id", "name", "kind", "country", "aliases", "titles", "evidence"])
    agreements = pd.DataFrame([{
        "checked": g.reviewed, "id": g.id, "count": g.count, "kind": g.kind, "kind_text": g.kind_text,
        "parties": _join(g.parties), "date": g.date.value or "", "date_text": g.date.text, "place": g.place or "",
        "event_id": g.event_id or "", "sectors": _join(s.text for s in g.sectors),
        "evidence": g.evidence[0].sentence if g.evidence else "",
    } for g in record.agreements], columns=["checked", "id", "count", "kind", "kind_text", "parties", "date",
                                            "date_text", "place", "event_id", "sectors", "evidence"])
    statements = pd.DataFrame([{
        "checked": s.reviewed, "id": s.id, "speakers": _join(names.get(i, i) for i in s.speaker_ids),
        "mode": s.mode, "text": s.text, "event_id": s.event_id or "",
        "evidence": s.evidence[0].sentence if s.evidence else "",
    } for s in record.statements], columns=["checked", "id", "speakers", "mode", "text", "event_id", "evidence"])
    agreements["count"] = agreements["count"].astype("Int64")
    return {"events": events, "actors": actors, "agreements": agreements, "statements": statements}


class _Builder:
    def __init__(self, record: Record):
        self.record = record
        self.text = record.source.text
        self.errors: list[str] = []

    def evidence(self, passage: str, where: str, keep: list[Evidence]) -> list[Evidence]:
        """The row's evidence: unchanged when the first sentence is unchanged, else found in the text."""
        passage = _s(passage)
        if keep and keep[0].sentence == passage:
            return keep
        if not passage:
            self.errors.append(f"{where}: give the sentence from the article that states it (evidence)")
            return []
        pos = self.text.find(passage)
        if pos < 0:
            self.errors.append(f"{where}: the evidence is not found word for word in the article: "
                               f"“{passage[:80]}”")
            return []
        return [Evidence(self.record.source.id, pos, pos + len(passage), passage)] + keep[1:]

    def date(self, value: str, text: str, old: PartialDate, where: str) -> PartialDate:
        value, text = _s(value), _s(text)
        if value == (old.value or "") and text == old.text:
            return old
        try:
            return PartialDate(value or None, text, False, "analyst")
        except ValueError:
            self.errors.append(f"{where}: date “{value}” is not YYYY, YYYY-MM or YYYY-MM-DD")
            return old

    def country(self, cell: str, where: str) -> str | None:
        c = _s(cell)
        if not c:
            return None
        iso = resolve_country(c)
        if not iso:
            self.errors.append(f"{where}: unknown country “{c}”")
        return iso


_ROLE = re.compile(r"^(.*?)\s*\((host|guest|participant)\)\s*$")


def apply_tables(record: Record, tables: dict[str, pd.DataFrame]) -> tuple[Record, list[str]]:
    """A new record from edited tables, and the reasons it cannot be saved (empty when it can)."""
    b = _Builder(record)
    tax = load_taxonomy()
    sid = record.source.id
    old_actors = {a.id: a for a in record.actors}
    actors: list[Actor] = []
    for i, row in tables["actors"].reset_index(drop=True).iterrows():
        name = _s(row.get("name"))
        where = f"actor row {i + 1}"
        if not name:
            b.errors.append(f"{where}: a name is needed")
            continue
        kind = _s(row.get("kind")) or "person"
        if kind not in ("person", "organisation"):
            b.errors.append(f"{where}: kind must be person or organisation")
            kind = "person"
        aid = _s(row.get("id")) or f"{'person' if kind == 'person' else 'org'}:" + \
            re.sub(r"[^a-z0-9]+", "-", fold_name(name) or name.lower()).strip("-")
        old = old_actors.get(aid)
        ev = b.evidence(row.get("evidence"), f"{where} ({name})", old.evidence if old else [])
        titles = []
        for t in _split(row.get("titles")):
            kept = [x for x in (old.titles if old else []) if x.text == t]
            if kept:
                titles += kept
                continue
            found = next((e for e in ev if t in e.sentence), None)
            pos = b.text.find(t) if found is None else found.start
            if found is None and pos >= 0:
                found = _sentence_at(record, pos)
            if found is None:
                b.errors.append(f"{where}: title “{t}” is not in the article")
            else:
                titles.append(Title(t, found))
        actors.append(Actor(id=aid, name=name, kind=kind, country=b.country(row.get("country"), where),
                            aliases=_split(row.get("aliases")) or [name], titles=titles, evidence=ev,
                            reviewed=bool(row.get("checked"))))
    by_name: dict[str, str] = {}
    for a in actors:
        for form in [a.name, *a.aliases]:
            by_name.setdefault(fold_name(form), a.id)

    def actor_id(name: str, where: str) -> str | None:
        aid = by_name.get(fold_name(name))
        if aid is None:
            b.errors.append(f"{where}: “{name}” is not in the actors table (add them there first)")
        return aid

    old_events = {e.id: e for e in record.events}
    events: list[Event] = []
    for i, row in tables["events"].reset_index(drop=True).iterrows():
        where = f"event row {i + 1}"
        etype = _s(row.get("type"))
        eid = _s(row.get("id")) or f"event:analyst-{i + 1}"
        if etype not in EVENT_TYPES:
            b.errors.append(f"{where}: type must be one of {', '.join(EVENT_TYPES)}")
            etype = old_events[eid].type if eid in old_events else "meeting"  # keep going: report all errors
        old = old_events.get(eid) or Event(id=eid, type=etype, label="")
        parts = []
        for p in _split(row.get("participants")):
            m = _ROLE.match(p)
            name, role = (m.group(1), m.group(2)) if m else (p, "participant")
            aid = actor_id(name, where)
            if aid:
                parts.append(Participant(aid, role))
        countries = [c for c in (b.country(c, where) for c in _split(row.get("countries"))) if c]
        events.append(replace(old, type=etype, label=_s(row.get("label")) or old.label or etype,
                              date=b.date(row.get("date"), row.get("date_text"), old.date, where),
                              place=_s(row.get("place")) or None,
                              place_country=b.country(row.get("place_country"), where),
                              participants=parts, countries=sorted(set(countries)),
                              evidence=b.evidence(row.get("evidence"), where, old.evidence),
                              reviewed=bool(row.get("checked"))))
    event_ids = {e.id for e in events}

    old_agreements = {g.id: g for g in record.agreements}
    agreements: list[Agreement] = []
    for i, row in tables["agreements"].reset_index(drop=True).iterrows():
        where = f"agreement row {i + 1}"
        gid = _s(row.get("id")) or f"agreement:analyst-{i + 1}"
        old = old_agreements.get(gid) or Agreement(id=gid, kind="agreement")
        count = row.get("count")
        try:
            count = None if count is None or pd.isna(count) or _s(count) == "" else int(count)
            if count is not None and count < 0:
                raise ValueError
        except (TypeError, ValueError):
            b.errors.append(f"{where}: count must be a whole number or empty")
            count = old.count
        ev = b.evidence(row.get("evidence"), where, old.evidence)
        sectors = []
        old_sectors = {s.text: s for s in old.sectors}
        for phrase in _split(row.get("sectors")):
            if phrase in old_sectors:
                sectors.append(old_sectors[phrase])
                continue
            pos = b.text.find(phrase)
            if pos < 0:
                b.errors.append(f"{where}: sector phrase “{phrase}” is not in the article")
                continue
            sectors.append(SectorMention(phrase, tax.normalise(phrase), _sentence_at(record, pos)))
        event_id = _s(row.get("event_id")) or None
        if event_id and event_id not in event_ids:
            b.errors.append(f"{where}: event “{event_id}” is not in the events table")
            event_id = None
        parties = [c for c in (b.country(c, where) for c in _split(row.get("parties"))) if c]
        agreements.append(replace(old, count=count, kind=_s(row.get("kind")) or old.kind,
                                  kind_text=_s(row.get("kind_text")), parties=sorted(set(parties)),
                                  date=b.date(row.get("date"), row.get("date_text"), old.date, where),
                                  place=_s(row.get("place")) or None, event_id=event_id, sectors=sectors,
                                  evidence=ev, reviewed=bool(row.get("checked"))))

    old_statements = {s.id: s for s in record.statements}
    statements: list[Statement] = []
    for i, row in tables["statements"].reset_index(drop=True).iterrows():
        where = f"statement row {i + 1}"
        sid_ = _s(row.get("id")) or f"statement:analyst-{i + 1}"
        old = old_statements.get(sid_) or Statement(id=sid_, speaker_ids=[], text="")
        speakers = [a for a in (actor_id(n, where) for n in _split(row.get("speakers"))) if a]
        mode = _s(row.get("mode")) or "reported"
        if mode not in ("quoted", "reported"):
            b.errors.append(f"{where}: mode must be quoted or reported")
            mode = "reported"
        event_id = _s(row.get("event_id")) or None
        if event_id and event_id not in event_ids:
            b.errors.append(f"{where}: event “{event_id}” is not in the events table")
            event_id = None
        statements.append(replace(old, speaker_ids=speakers, text=_s(row.get("text")), mode=mode,
                                  event_id=event_id, evidence=b.evidence(row.get("evidence"), where, old.evidence),
                                  reviewed=bool(row.get("checked"))))
    for kind, items in (("actor", actors), ("event", events), ("agreement", agreements), ("statement", statements)):
        ids = [x.id for x in items]
        dupes = sorted({x for x in ids if ids.count(x) > 1})
        if dupes:
            b.errors.append(f"two {kind} rows share the id {dupes[0]}")
    new = Record(source=record.source, actors=actors, events=events, agreements=agreements,
                 statements=statements, status="reviewed")
    if not b.errors:
        b.errors += new.problems()
    return new, b.errors


def _sentence_at(record: Record, pos: int) -> Evidence:
    """The sentence of the article holding character ``pos``, as evidence."""
    from .extract.sentences import split_sentences
    text = record.source.text
    start, end = next(((s, e) for s, e in split_sentences(text) if s <= pos < e), (pos, pos + 1))
    return Evidence(record.source.id, start, end, text[start:end])


HIGHLIGHT_STYLES = {
    "person": "background:#ffe08a", "organisation": "background:#c9e7ff", "date": "background:#d8f5c8",
    "place": "background:#f3d1ff", "sector": "background:#ffd3c2",
}


def highlight_html(record: Record) -> str:
    """The article text, escaped, with the record's mentions marked by kind (safe to show as HTML)."""
    text = record.source.text
    spans: list[tuple[int, int, str]] = []

    def mark(needle: str, kind: str) -> None:
        if not needle or len(needle) < 2:
            return
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            spans.append((m.start(), m.end(), kind))

    for a in record.actors:
        for form in sorted({a.name, *a.aliases}, key=len, reverse=True):
            mark(form, a.kind)
    for e in record.events:
        mark(e.date.text, "date")
        if e.place:
            mark(e.place, "place")
    for g in record.agreements:
        mark(g.date.text, "date")
        for s in g.sectors:
            mark(s.text, "sector")
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, pos = [], 0
    for start, end, kind in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark style='{HIGHLIGHT_STYLES[kind]};padding:0 2px' title='{kind}'>"
                   f"{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")
