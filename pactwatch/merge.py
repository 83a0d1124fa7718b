"""Merging across sources: one person, one occasion, however many articles report it.

*Actors* merge by id: a new record's actor takes the id of a stored actor of the
same kind whose name or alias matches (transliteration-tolerant, pactwatch.names)
and whose country does not contradict it. Each record keeps its own evidence.

*Events* merge into clusters: an event joins a stored event's cluster when they
share two participants, or one participant and the place, and their dates are
compatible (the spans of days they may denote overlap). An undated event joins
only with two shared participants *and* the same place. Nothing is overwritten:
each source's report stays a row of its own, and conflicting figures (12
memoranda here, 13 documents there) stay side by side.

Analysts correct the machine with overrides (``Store.set_event_cluster``): a
split puts an event in a cluster of its own, a join puts it in another's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Record
from .names import fold_name, name_score

if TYPE_CHECKING:
    from .store import Store

#: Minimum name_score (0–100) for two actor names to be taken as one actor.
ACTOR_MATCH = 92.0


@dataclass(frozen=True)
class EventKey:
    """What event matching looks at."""

    cluster_id: str
    participants: frozenset[str]
    start: dt.date | None
    end: dt.date | None
    place: str | None


def dates_compatible(a: EventKey, b: EventKey) -> bool:
    if a.start is None or b.start is None:
        return True
    return a.start <= b.end and b.start <= a.end


def same_occasion(a: EventKey, b: EventKey) -> bool:
    """True when two reports describe one occasion (see module docstring)."""
    shared = len(a.participants & b.participants)
    same_place = bool(a.place and b.place and fold_name(a.place) == fold_name(b.place))
    if not dates_compatible(a, b):
        return False
    if a.start is None or b.start is None:
        return shared >= 2 and same_place
    return shared >= 2 or (shared >= 1 and same_place)


def best_cluster(new: EventKey, stored: list[EventKey]) -> str | None:
    """The cluster of the stored event that best matches ``new`` (most shared participants), or None."""
    best, best_shared = None, 0
    for s in stored:
        if same_occasion(new, s):
            shared = len(new.participants & s.participants)
            if shared > best_shared:
                best, best_shared = s.cluster_id, shared
    return best


def match_actor(name: str, kind: str, country: str | None,
                stored: list[tuple[str, str, str, str | None, list[str]]]) -> str | None:
    """Id of the stored actor (id, name, kind, country, aliases) that ``name`` denotes, or None.

    A one-word name ("Pantus") only matches a stored name or alias exactly: a
    surname alone is too weak to merge people across articles. Organisations
    merge only within one state (or both stateless, like the SCO).
    """
    one_word = len(fold_name(name).split()) < 2
    best, best_score = None, 0.0
    for actor_id, s_name, s_kind, s_country, aliases in stored:
        if s_kind != kind or (country and s_country and country != s_country):
            continue
        if kind == "organisation" and country != s_country:
            continue  # "Ministry of Defense" of one state is not another's
        for form in [s_name, *aliases]:
            if one_word or len(fold_name(form).split()) < 2:
                score = 100.0 if fold_name(form) == fold_name(name) and fold_name(name) else 0.0
            else:
                score = name_score(name, form)
            if score > best_score:
                best, best_score = actor_id, score
    return best if best_score >= ACTOR_MATCH else None


def rename_actor(record: Record, old: str, new: str) -> None:
    """Give an actor of ``record`` another id everywhere it is referred to."""
    for a in record.actors:
        if a.id == old:
            a.id = new
    for e in record.events:
        for p in e.participants:
            if p.actor_id == old:
                p.actor_id = new
    for s in record.statements:
        s.speaker_ids = [new if x == old else x for x in s.speaker_ids]


def merge_into_store(store: "Store", record: Record) -> str:
    """Point ``record``'s actors at the stored actors they denote; say what was merged.

    Event clusters are assigned by the store when the record is saved.
    """
    stored = store.actor_index(exclude_source=record.source.id)
    merged = []
    taken = {a.id for a in record.actors}
    for a in list(record.actors):
        target = a.id if any(a.id == s[0] for s in stored) else match_actor(a.name, a.kind, a.country, stored)
        if target and target != a.id and target not in taken:
            rename_actor(record, a.id, target)
            taken.add(target)
        if target:
            merged.append(a.name)
    return ", ".join(merged)
