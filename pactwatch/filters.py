"""The one filter model every view shares, and its round trip through the URL.

A view's filter state lives in the query string (``?from=2025-08-01&to=2025-08-31
&country=BLR&undated=0``) so a copied link reproduces the view. Parsing never
raises: a bad parameter becomes a warning and is ignored.

Semantics (what "matches" means):
- dates: an event matches when the span of days its date may denote overlaps
  ``[date_from, date_to]``; a month-precision "2025-08" matches any range touching
  August 2025. Undated events match only while ``include_undated`` is on.
- countries: an event matches when any selected country is among its ``countries``.
- types: the event's type is one of those selected.
- sectors: the event is linked to an agreement covering one of the sectors.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from .countries import country_name, resolve_country
from .model import EVENT_TYPES
from .taxonomy import load_taxonomy

MAX_PARAM_ITEMS = 50
MAX_PARAM_LENGTH = 200


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    include_undated: bool = True

    def is_default(self) -> bool:
        return self == Filters()

    def describe(self) -> list[tuple[str, str]]:
        """(name, value) pairs for the filters in force, for captions and briefings."""
        tax = load_taxonomy()
        out = [
            ("Dates", f"{self.date_from or 'any'} to {self.date_to or 'any'}"),
            ("Countries", ", ".join(f"{country_name(c)} ({c})" for c in self.countries) or "all"),
            ("Event types", ", ".join(EVENT_TYPES[t]["label"] for t in self.types) or "all"),
            ("Sectors", ", ".join(tax.label(s) for s in self.sectors) or "all"),
            ("Undated events", "shown" if self.include_undated else "hidden"),
        ]
        return out

    def without(self, name: str) -> "Filters":
        """The same filters with one of them lifted (to explain what hides events)."""
        default = Filters()
        if name == "dates":
            return replace(self, date_from=None, date_to=None)
        if name == "undated":
            return replace(self, include_undated=True)
        return replace(self, **{name: getattr(default, name)})


def _values(raw: Any) -> list[str]:
    """Query parameter value(s) as a flat list of comma-separated items."""
    items = raw if isinstance(raw, (list, tuple)) else [raw]
    out: list[str] = []
    for item in items:
        out += [p.strip() for p in str(item).split(",") if p.strip()]
    return out


def _clip(text: str) -> str:
    text = str(text)
    return text if len(text) <= 40 else text[:40] + "…"


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD, or YYYY-MM / YYYY (taken as the first day for ``from``)."""
    text = text.strip()
    if len(text) == 4:
        return dt.date(int(text), 1, 1)
    if len(text) == 7:
        return dt.date(int(text[:4]), int(text[5:7]), 1)
    return dt.date.fromisoformat(text)


def from_query_params(params: Mapping[str, Any]) -> tuple[Filters, list[str]]:
    """Filters from URL parameters, and a warning for each parameter ignored."""
    warnings: list[str] = []
    kw: dict[str, Any] = {}
    tax = load_taxonomy()
    known = {"from", "to", "country", "type", "sector", "undated"}
    for key in params:
        if key not in known and key not in ("q", "event", "actor", "source"):
            warnings.append(f"Unknown URL parameter '{_clip(key)}' was ignored.")
    for key, attr in (("from", "date_from"), ("to", "date_to")):
        if key in params:
            vals = _values(params[key])
            if len(vals) != 1:
                warnings.append(f"URL parameter '{key}' must be one date (YYYY-MM-DD); it was ignored.")
                continue
            try:
                d = parse_date(vals[0])
                if key == "to" and len(vals[0].strip()) < 10:  # "to=2025-08" means the end of August
                    nxt = parse_date(str(int(vals[0][:4]) + 1)) if len(vals[0].strip()) == 4 else \
                        (dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1))
                    d = nxt - dt.timedelta(days=1)
                kw[attr] = d
            except (ValueError, TypeError):
                warnings.append(f"URL parameter '{key}={_clip(vals[0])}' is not a date (YYYY-MM-DD); it was ignored.")
    if kw.get("date_from") and kw.get("date_to") and kw["date_from"] > kw["date_to"]:
        warnings.append("URL dates 'from' is after 'to'; both were ignored.")
        kw.pop("date_from"), kw.pop("date_to")
    multi = {
        "country": ("countries", resolve_country, "a country name, ISO code or demonym"),
        "type": ("types", lambda v: v if v in EVENT_TYPES else None, "one of " + ", ".join(EVENT_TYPES)),
        "sector": ("sectors", lambda v: v if v in tax.labels else None, "a sector key such as 'health'"),
    }
    for key, (attr, resolve, what) in multi.items():
        if key not in params:
            continue
        vals = _values(params[key])
        if len(vals) > MAX_PARAM_ITEMS:
            warnings.append(f"URL parameter '{key}' has more than {MAX_PARAM_ITEMS} values; the rest were ignored.")
            vals = vals[:MAX_PARAM_ITEMS]
        good: list[str] = []
        for v in vals:
            r = resolve(v[:MAX_PARAM_LENGTH])
            if r is None:
                warnings.append(f"URL {key} '{_clip(v)}' is not {what}; it was ignored.")
            elif r not in good:
                good.append(r)
        kw[attr] = tuple(good)
    if "undated" in params:
        vals = _values(params["undated"])
        v = vals[0].lower() if len(vals) == 1 else ""
        if v in ("1", "true", "yes", "show"):
            kw["include_undated"] = True
        elif v in ("0", "false", "no", "hide"):
            kw["include_undated"] = False
        else:
            warnings.append("URL parameter 'undated' must be 1 or 0; it was ignored.")
    return Filters(**kw), warnings


def to_query_params(f: Filters) -> dict[str, str]:
    """The URL parameters that reproduce ``f`` (defaults are left out)."""
    out: dict[str, str] = {}
    if f.date_from:
        out["from"] = f.date_from.isoformat()
    if f.date_to:
        out["to"] = f.date_to.isoformat()
    if f.countries:
        out["country"] = ",".join(f.countries)
    if f.types:
        out["type"] = ",".join(f.types)
    if f.sectors:
        out["sector"] = ",".join(f.sectors)
    if not f.include_undated:
        out["undated"] = "0"
    return out


def _date_clause(f: Filters, alias: str) -> tuple[list[str], list[Any]]:
    """The date rule shared by events and agreements: the span of days a date may denote overlaps the
    range; undated rows pass only while ``include_undated`` is on."""
    params: list[Any] = []
    parts = []
    if f.date_from:
        parts.append(f"{alias}.end_date >= ?")
        params.append(f.date_from)
    if f.date_to:
        parts.append(f"{alias}.start_date <= ?")
        params.append(f.date_to)
    dated = f"({alias}.start_date IS NOT NULL AND {' AND '.join(parts) or 'TRUE'})"
    return [f"({dated} OR {alias}.start_date IS NULL)" if f.include_undated else dated], params


def event_where(f: Filters, alias: str = "e") -> tuple[str, list[Any]]:
    """SQL WHERE clause (and its parameters) selecting the events ``f`` matches."""
    clauses, params = _date_clause(f, alias)
    if f.countries:
        clauses.append(f"list_has_any({alias}.countries, ?::VARCHAR[])")
        params.append(list(f.countries))
    if f.types:
        clauses.append(f"{alias}.type IN (SELECT unnest(?::VARCHAR[]))")
        params.append(list(f.types))
    if f.sectors:
        clauses.append(
            f"EXISTS (SELECT 1 FROM agreements g JOIN agreement_sectors s USING (source_id, agreement_id) "
            f"WHERE g.source_id = {alias}.source_id AND g.event_id = {alias}.event_id "
            f"AND s.sector IN (SELECT unnest(?::VARCHAR[])))")
        params.append(list(f.sectors))
    return " AND ".join(clauses), params


def agreement_where(f: Filters, alias: str = "g") -> tuple[str, list[Any]]:
    """SQL WHERE clause for agreements: same date/country/undated rules; sectors on the agreement.

    Event types do not apply: an agreement is what was signed, whatever kind of
    occasion it was signed at.
    """
    clauses, params = _date_clause(f, alias)
    if f.countries:
        clauses.append(f"list_has_any({alias}.parties, ?::VARCHAR[])")
        params.append(list(f.countries))
    if f.sectors:
        clauses.append(f"EXISTS (SELECT 1 FROM agreement_sectors s WHERE s.source_id = {alias}.source_id "
                       f"AND s.agreement_id = {alias}.agreement_id AND s.sector IN (SELECT unnest(?::VARCHAR[])))")
        params.append(list(f.sectors))
    return " AND ".join(clauses), params


FILTER_NAMES = {"dates": "Date range", "countries": "Countries", "types": "Event types", "sectors": "Sectors",
                "undated": "Undated events hidden"}
