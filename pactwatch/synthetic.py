"""Synthetic corpora, for measuring PactWatch at scale. NOT data about the world.

Every source a corpus holds is titled ``SYNTHETIC story …`` and published by
``pactwatch-synthetic``; every sentence starts with ``SYNTHETIC:``; actors are
``person:synthetic-…``/``org:synthetic-…`` with made-up names. Never mix a
synthetic corpus into a store analysts read: generate into a store of its own.

The shapes follow what coded-event data looks like: about 200 countries, whose
activity follows a power law; country pairs drawn from a power law over a few
thousand pairs (a handful of pairs dominate); 20,000 actors spread over the
countries by the same weights; a mix of date precisions (day 80 %, month 12 %,
year 5 %, unknown 3 %); ten events per source; signings carry agreements with
1–3 sectors. Everything is seeded: the same size and seed give the same store.

The corpus is written straight into the store's tables in bulk (Arrow tables
inserted by DuckDB), never one record at a time: a million events take well
under a minute. The record JSON of each source (``sources.record_json``, the
truth the other tables derive from) is assembled in SQL from the same rows,
so ``Store.record`` and the Review page work on synthetic sources too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from .countries import all_countries, capital_of
from .model import EVENT_TYPES
from .store import Store
from .taxonomy import load_taxonomy

PUBLISHER = "pactwatch-synthetic"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
EVENTS_PER_SOURCE = 10
START = np.datetime64("2000-01-01")
SPAN_DAYS = 26 * 365

#: Share of each event type (the coded-event mix: meetings and talks dominate).
TYPE_MIX = {"meeting": 0.30, "visit": 0.18, "reception": 0.10, "multilateral_meeting": 0.05, "talks": 0.15,
            "call": 0.12, "signing": 0.10}
PRECISION_MIX = {"day": 0.80, "month": 0.12, "year": 0.05, "unknown": 0.03}
VERBS = {"meeting": "met", "visit": "visited", "reception": "received", "multilateral_meeting":
         "met at a multilateral summit with", "talks": "held talks with", "call": "spoke by phone with",
         "signing": "signed memoranda with"}
_SYLLABLES = ("ka", "lo", "mi", "ra", "sen", "tu", "vo", "an", "bel", "dor", "el", "fa", "gri", "ha", "is",
              "jan", "ko", "lun", "mar", "nel", "or", "pa", "qui", "ros", "sa", "tem", "ul", "vin", "wen", "ya",
              "zo", "ber", "cha", "de", "fin", "gol", "hel", "ir", "ju", "kel")


def _names(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Made-up (full name, surname) pairs, seeded."""
    syl = np.array(_SYLLABLES)
    pick = rng.integers(0, len(syl), (n, 5))
    given = pd.Series(syl[pick[:, 0]]).str.cat(syl[pick[:, 1]]).str.capitalize()
    family = pd.Series(syl[pick[:, 2]]).str.cat([syl[pick[:, 3]], syl[pick[:, 4]]]).str.capitalize()
    return (given + " " + family).to_numpy(), family.to_numpy()


def _list_array(columns: list[np.ndarray]) -> pa.ListArray:
    """A list column whose rows are the given equal-length columns side by side."""
    n = len(columns[0])
    values = np.empty(n * len(columns), dtype=object)
    for i, c in enumerate(columns):
        values[i::len(columns)] = c
    return pa.ListArray.from_arrays(pa.array(np.arange(0, n * len(columns) + 1, len(columns), dtype=np.int32)),
                                    pa.array(values, type=pa.string()))


def build_tables(n_events: int, seed: int = 7, n_actors: int = 20_000) -> dict[str, pa.Table]:
    """The synthetic corpus as Arrow tables named like the store's (plus ``syn_actors``)."""
    rng = np.random.default_rng(seed)
    countries = sorted(c.iso3 for c in all_countries() if capital_of(c.iso3))[:200]
    nc = len(countries)
    cweights = 1.0 / np.arange(1, nc + 1) ** 1.1
    cweights = cweights[rng.permutation(nc)]
    cweights /= cweights.sum()
    capitals = np.array([capital_of(c) for c in countries], dtype=object)
    iso = np.array(countries, dtype=object)

    # Actors: spread over countries by the same weights (every country has some).
    actor_country = np.concatenate([np.arange(nc), rng.choice(nc, n_actors - nc, p=cweights)])
    kind_org = rng.random(n_actors) < 0.15
    names, family = _names(rng, n_actors)
    org_words = np.array(["Ministry of Foreign Affairs", "Ministry of Defence", "Chamber of Commerce",
                          "State Committee", "National Council"], dtype=object)
    names = np.where(kind_org, org_words[rng.integers(0, len(org_words), n_actors)] + " " + family, names)
    num = pd.Series(np.arange(n_actors)).astype(str).str.zfill(5)
    actor_ids = np.where(kind_org, "org:synthetic-" + num, "person:synthetic-" + num).astype(object)
    order = np.argsort(actor_country, kind="stable")
    starts = np.searchsorted(actor_country[order], np.arange(nc))
    counts = np.bincount(actor_country, minlength=nc)
    syn_actors = pa.table({
        "actor_id": actor_ids, "name": names, "kind": np.where(kind_org, "organisation", "person"),
        "country": iso[actor_country],
        "aliases": _list_array([names, family]),
    })

    # Country pairs: a power law over a pool of a few thousand pairs.
    n_pairs = 6000
    pa_ = rng.choice(nc, n_pairs, p=cweights)
    pb_ = rng.choice(nc, n_pairs, p=cweights)
    pb_ = np.where(pa_ == pb_, (pa_ + 1 + rng.integers(0, nc - 1, n_pairs)) % nc, pb_)
    pweights = 1.0 / np.arange(1, n_pairs + 1) ** 1.2
    pair = rng.choice(n_pairs, n_events, p=pweights / pweights.sum())
    ca, cb = pa_[pair], pb_[pair]

    def member(c: np.ndarray) -> np.ndarray:
        return order[starts[c] + rng.integers(0, 1 << 30, len(c)) % counts[c]]

    a1, a2 = member(ca), member(cb)
    types = np.array(list(TYPE_MIX), dtype=object)[rng.choice(len(TYPE_MIX), n_events, p=list(TYPE_MIX.values()))]
    precision = np.array(list(PRECISION_MIX), dtype=object)[
        rng.choice(len(PRECISION_MIX), n_events, p=list(PRECISION_MIX.values()))]
    day = START + (rng.random(n_events) ** 0.6 * SPAN_DAYS).astype("timedelta64[D]")
    month = day.astype("datetime64[M]")
    year = day.astype("datetime64[Y]")
    is_day, is_month, is_year = precision == "day", precision == "month", precision == "year"
    start = np.where(is_day, day, np.where(is_month, month.astype("datetime64[D]"), year.astype("datetime64[D]")))
    end = np.where(is_day, day, np.where(is_month, (month + 1).astype("datetime64[D]") - 1,
                                         (year + 1).astype("datetime64[D]") - 1))
    value = np.where(is_day, np.datetime_as_string(day), np.where(is_month, np.datetime_as_string(month),
                                                                  np.datetime_as_string(year))).astype(object)
    undated = precision == "unknown"
    value[undated] = None
    date_text = np.where(undated, "on Thursday", np.where(is_day, "on ", "in ").astype(object) + value.astype(str))
    rule = np.where(undated, "weekday-without-publication-date", "explicit")

    # Signings: a count of documents and 1-3 sectors, named in the sentence.
    tax = load_taxonomy()
    sector_keys = np.array([k for k in tax.labels if k != "other"], dtype=object)
    sector_phrase = np.array([tax.label(k).lower() for k in sector_keys], dtype=object)
    sw = 1.0 / np.arange(1, len(sector_keys) + 1)
    sig = np.flatnonzero(types == "signing")
    n_sig = len(sig)
    doc_count = rng.integers(1, 13, n_sig)
    n_sectors = rng.integers(1, 4, n_sig)
    sec = rng.choice(len(sector_keys), (n_sig, 3), p=sw / sw.sum())

    place_side = np.where(np.isin(types, ["visit"]), cb, ca)  # a visit happens in the host's country
    place = capitals[place_side]
    name1, name2 = names[a1], names[a2]
    verb = pd.Series(types).map(VERBS).to_numpy()
    covering = np.full(n_events, "", dtype=object)
    if n_sig:
        phr = sector_phrase[sec]
        cov = phr[:, 0] + np.where(n_sectors >= 2, "; " + phr[:, 1], "") + np.where(n_sectors >= 3, "; " + phr[:, 2], "")
        covering[sig] = " covering " + cov
        verb[sig] = "signed " + doc_count.astype(str) + " memoranda with"
    sentence = ("SYNTHETIC: " + name1 + " (" + iso[ca] + ") " + verb + " " + name2 + " (" + iso[cb] + ") in "
                + place + " " + date_text + covering + ".")
    sentence = pd.Series(sentence, dtype=object)
    length = sentence.str.len().to_numpy()

    # Sources: ten consecutive events per source; evidence offsets into the joined text.
    src = np.arange(n_events) // EVENTS_PER_SOURCE
    cs = np.cumsum(length + 1) - (length + 1)
    ev_start = cs - cs[src * EVENTS_PER_SOURCE]
    texts = sentence.groupby(src).agg("\n".join)
    hashes = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    source_ids = np.array([h[:16] for h in hashes], dtype=object)
    n_src = len(texts)
    reviewed_src = rng.random(n_src) < 0.9
    sources = pa.table({
        "source_id": source_ids, "status": np.where(reviewed_src, "reviewed", "draft"),
        "title": "SYNTHETIC story " + pd.Series(np.arange(n_src)).astype(str).str.zfill(7) +
                 f" (measurement only; seed {seed})",
        "publisher": [PUBLISHER] * n_src, "url": pa.nulls(n_src, pa.string()), "published": pa.nulls(n_src, pa.string()),
        "content_hash": hashes, "text": texts.to_numpy(), "licence": ["synthetic: generated for benchmarks"] * n_src,
        "saved_at": [dt.datetime(2026, 1, 1)] * n_src,
    })

    eid = "event:synthetic-" + pd.Series(np.arange(n_events)).astype(str).str.zfill(7)
    sid = source_ids[src]
    lo, hi = np.minimum(ca, cb), np.maximum(ca, cb)
    roles1 = np.where(types == "visit", "guest", np.where(types == "reception", "host", "participant")).astype(object)
    roles2 = np.where(types == "visit", "host", np.where(types == "reception", "guest", "participant")).astype(object)
    label = (pd.Series(types).map(lambda t: EVENT_TYPES[t]["label"].split(" (")[0]) + ": " + name1 + " and " + name2)
    events = pa.table({
        "source_id": sid, "event_id": eid, "type": types, "label": label, "date": pa.array(value, pa.string()),
        "date_precision": precision, "date_text": date_text, "date_inferred": np.zeros(n_events, bool),
        "date_rule": rule,
        "start_date": pa.array(np.where(undated, np.datetime64("NaT"), start).astype("datetime64[D]"),
                               mask=undated, type=pa.date32()),
        "end_date": pa.array(np.where(undated, np.datetime64("NaT"), end).astype("datetime64[D]"),
                             mask=undated, type=pa.date32()),
        "place": place, "place_country": iso[place_side],
        "countries": _list_array([iso[lo], iso[hi]]), "participant_ids": _list_array([actor_ids[a1], actor_ids[a2]]),
        "participants": _list_array([name1, name2]), "roles": _list_array([roles1, roles2]),
        "evidence": sentence.to_numpy(), "evidence_start": ev_start.astype(np.int32),
        "evidence_end": (ev_start + length).astype(np.int32), "reviewed": reviewed_src[src],
        "cluster_id": sid + "/" + eid.to_numpy(),
    })
    ag_ids = "agreement:synthetic-" + pd.Series(sig).astype(str).str.zfill(7)
    agreements = events.take(pa.array(sig)).select(
        ["source_id", "date", "date_precision", "date_text", "date_inferred", "start_date", "end_date", "place",
         "place_country", "evidence", "evidence_start", "evidence_end", "reviewed"]).append_column(
        "agreement_id", pa.array(ag_ids, pa.string())).append_column(
        "event_id", events["event_id"].take(pa.array(sig))).append_column(
        "parties", events["countries"].take(pa.array(sig))).append_column(
        "count", pa.array(doc_count.astype(np.int32))).append_column(
        "kind", pa.array(["memorandum of understanding"] * n_sig, pa.string())).append_column(
        "kind_text", pa.array(["memoranda"] * n_sig, pa.string()))
    rows = np.repeat(np.arange(n_sig), n_sectors)
    slot = np.concatenate([np.arange(k) for k in n_sectors]) if n_sig else np.array([], int)
    sec_key = sector_keys[sec[rows, slot]] if n_sig else np.array([], object)
    agreement_sectors = pa.table({
        "source_id": sid[sig][rows] if n_sig else np.array([], object), "agreement_id": ag_ids.to_numpy()[rows],
        "phrase": sector_phrase[sec[rows, slot]] if n_sig else np.array([], object), "sector": sec_key,
        "evidence": sentence.to_numpy()[sig][rows] if n_sig else np.array([], object),
        "evidence_start": ev_start[sig][rows].astype(np.int32), "evidence_end": (ev_start + length)[sig][rows].astype(np.int32),
    })
    return {"sources": sources, "events": events, "agreements": agreements, "agreement_sectors": agreement_sectors,
            "syn_actors": syn_actors}


_RECORD_JSON = """
WITH ev AS (
    SELECT source_id, list({id: event_id, type: type, label: label,
        date: {value: date, text: date_text, inferred: date_inferred, rule: date_rule, precision: date_precision},
        place: place, place_country: place_country,
        participants: list_transform(range(1, len(participant_ids) + 1),
                                     lambda i: {actor_id: participant_ids[i], role: roles[i]}),
        countries: countries,
        evidence: [{source_id: source_id, "start": evidence_start, "end": evidence_end, sentence: evidence}],
        reviewed: reviewed} ORDER BY event_id) AS events
    FROM syn_events GROUP BY source_id),
ac AS (
    SELECT source_id, list({id: actor_id, name: name, kind: kind, country: country, aliases: aliases, titles: [],
                            evidence: ev, reviewed: reviewed} ORDER BY actor_id) AS actors
    FROM (SELECT m.source_id, m.actor_id, a.name, a.kind, a.country, a.aliases, bool_and(m.reviewed) AS reviewed,
                 list({source_id: m.source_id, "start": m.s, "end": m.e, sentence: m.sentence} ORDER BY m.s) AS ev
          FROM (SELECT source_id, unnest(participant_ids) AS actor_id, evidence AS sentence, evidence_start AS s,
                       evidence_end AS e, reviewed FROM syn_events) m
          JOIN syn_actors a USING (actor_id)
          GROUP BY ALL)
    GROUP BY source_id),
sec AS (
    SELECT source_id, agreement_id, list({text: phrase, sectors: [sector],
        evidence: {source_id: source_id, "start": evidence_start, "end": evidence_end, sentence: evidence}}) AS sectors
    FROM syn_agreement_sectors GROUP BY ALL),
ag AS (
    SELECT g.source_id, list({id: g.agreement_id, kind: g.kind, count: g.count, kind_text: g.kind_text,
        parties: g.parties,
        date: {value: g.date, text: g.date_text, inferred: g.date_inferred, rule: 'explicit', precision: g.date_precision},
        place: g.place, place_country: g.place_country, event_id: g.event_id, sectors: coalesce(sec.sectors, []),
        evidence: [{source_id: g.source_id, "start": g.evidence_start, "end": g.evidence_end, sentence: g.evidence}],
        reviewed: g.reviewed} ORDER BY g.agreement_id) AS agreements
    FROM syn_agreements g LEFT JOIN sec USING (source_id, agreement_id) GROUP BY g.source_id)
SELECT s.source_id, s.status, s.title, s.publisher, s.url, s.published, s.content_hash,
       to_json({source: {id: s.source_id, text: s.text, title: s.title, publisher: s.publisher, url: s.url,
                         published: s.published, content_hash: s.content_hash, licence: s.licence},
                actors: coalesce(ac.actors, []), events: coalesce(ev.events, []),
                agreements: coalesce(ag.agreements, []), statements: [], status: s.status,
                format_version: 1})::VARCHAR AS record_json,
       s.saved_at
FROM syn_sources s LEFT JOIN ev USING (source_id) LEFT JOIN ac USING (source_id) LEFT JOIN ag USING (source_id)
"""


def write_corpus(store: Store, n_events: int, seed: int = 7, n_actors: int = 20_000) -> dict[str, int]:
    """Generate a synthetic corpus and bulk-insert it into ``store`` (one transaction); returns row counts."""
    tables = build_tables(n_events, seed=seed, n_actors=n_actors)
    cur = store.cursor()
    for name, table in tables.items():
        cur.register(name if name.startswith("syn_") else f"syn_{name}", table)
    cur.execute("BEGIN TRANSACTION")
    try:
        cur.execute(f"INSERT INTO sources BY NAME ({_RECORD_JSON})")
        cur.execute("INSERT INTO events BY NAME SELECT * FROM syn_events")
        cur.execute("INSERT INTO agreements BY NAME SELECT * FROM syn_agreements")
        cur.execute("INSERT INTO agreement_sectors BY NAME SELECT * FROM syn_agreement_sectors")
        cur.execute("""INSERT INTO actors BY NAME
            SELECT DISTINCT m.source_id, a.actor_id, a.name, a.kind, a.country, a.aliases, []::VARCHAR[] AS titles,
                   m.reviewed
            FROM (SELECT source_id, unnest(participant_ids) AS actor_id, reviewed FROM syn_events) m
            JOIN syn_actors a USING (actor_id)""")
        cur.execute("""INSERT INTO mentions
            SELECT DISTINCT source_id, actor_id, evidence, evidence_start, evidence_end
            FROM (SELECT source_id, unnest(participant_ids) AS actor_id, evidence, evidence_start, evidence_end
                  FROM syn_events)""")
        cur.execute("COMMIT")
    except Exception:
        cur.execute("ROLLBACK")
        raise
    finally:
        for name in tables:
            cur.unregister(name if name.startswith("syn_") else f"syn_{name}")
        cur.close()
    return {name: t.num_rows for name, t in tables.items()}


def synthetic_store(path: str | Path, n_events: int, seed: int = 7) -> Path:
    """A store file at ``path`` holding only a synthetic corpus (made once; reused if present)."""
    path = Path(path)
    if path.exists():
        return path
    tmp = path.with_suffix(".partial.duckdb")
    tmp.unlink(missing_ok=True)
    with Store.open(tmp, seed_corpus=None) as store:
        write_corpus(store, n_events, seed=seed)
        store.cursor().execute("CHECKPOINT")
    tmp.rename(path)
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pactwatch.synthetic",
                                description="Write a SYNTHETIC corpus (for benchmarks only) into a new store.")
    p.add_argument("db", type=Path, help="store file to create (must not exist)")
    p.add_argument("--events", type=int, default=10_000, help="number of events (default 10,000)")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = p.parse_args(argv)
    if args.db.exists():
        p.error(f"{args.db} exists; synthetic corpora go into a store of their own")
    t = time.perf_counter()
    synthetic_store(args.db, args.events, seed=args.seed)
    print(f"wrote {args.events:,} synthetic events to {args.db} in {time.perf_counter() - t:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
