"""The pandas frames behind each view, built in SQL from the store.

Every page, export and CLI command reads these functions, so the dashboard,
a downloaded CSV and ``python -m pactwatch export`` always agree. Filtering
happens in DuckDB (filters.event_where), never on whole frames in pandas.

Column names follow the documented export format (docs/record-format.md):
``location``/``location_country`` for the place, ``participants`` as canonical
names, ``countries`` as ISO3 codes, ``source`` the article title, ``evidence``
the sentence that states the fact.
"""
from __future__ import annotations

import datetime as dt
import json
import tempfile
import threading
from typing import Any

import numpy as np
import pandas as pd

from .countries import country_name
from .filters import FILTER_NAMES, Filters, agreement_where, event_where
from .model import EVENT_TYPES
from .store import Store
from .taxonomy import load_taxonomy

EVENT_COLUMNS = [
    "event_id", "cluster_id", "type", "type_label", "label", "date", "date_precision", "date_text", "date_inferred", "date_rule",
    "start", "end", "location", "location_country", "participants", "roles", "countries", "pair",
    "source", "sources", "source_count", "source_id", "source_url", "evidence", "evidence_start", "evidence_end", "reviewed", "status",
]


def pair_label(countries: list[str] | None) -> str:
    """"Belarus – Iran" for a pair, names joined for more, "(no country stated)" for none."""
    names = sorted(country_name(c) for c in (countries or []))
    return " – ".join(names) if names else "(no country stated)"


def _query(store: Store, sql: str, params: list[Any]) -> pd.DataFrame:
    return store.cursor().execute(sql, params).df()


#: Rows a table page shows (tables are paginated in SQL: LIMIT/OFFSET).
PAGE_SIZE = 500
_ORDER = "start_date NULLS LAST, end_date NULLS LAST, event_id, source_id"


def _multi_clusters(store: Store) -> list[str]:
    """Clusters with more than one report (merged occasions), per store state.

    Most occasions have one report; only these few need ranking to pick the
    report that speaks for them, so the ranking window runs over them alone
    and a million singletons cost a plain scan. A cluster has several members
    only if some event points at a cluster other than its own default id.
    """
    version = store.version()
    cache = getattr(store, "_multi_cache", None)
    if cache and cache[0] == version:
        return cache[1]
    multi = [r[0] for r in store.cursor().execute(
        "SELECT DISTINCT cluster_id FROM events WHERE cluster_id <> source_id || '/' || event_id").fetchall()]
    store._multi_cache = (version, multi)
    return multi


# -- the occasion index: the timeline's filters as numpy masks ---------------------------------------

_INDEX_LOCK = threading.Lock()
_NO_START = np.iinfo(np.int32).max  # undated: sorts last, never <= a date
_NO_END = np.iinfo(np.int32).min    # (never stored with a start; fails every ">= from")
_EPOCH = dt.date(1970, 1, 1)
_ORDER_SQL = "start_date NULLS LAST, end_date NULLS LAST, event_id, source_id"


def _csr(table) -> tuple[list, list[np.ndarray]]:
    """(keys, row-id arrays) of an Arrow table with columns k (any) and r (list of BIGINT)."""
    keys = table.column("k").to_pylist()
    out: list[np.ndarray] = []
    for chunk in table.column("r").chunks:
        offsets = chunk.offsets.to_numpy()
        values = chunk.values.to_numpy(zero_copy_only=False)
        out += [values[offsets[i]:offsets[i + 1]] for i in range(len(chunk))]
    return keys, out


class OccasionIndex:
    """Every events row of one store version as narrow numpy arrays, in timeline order
    (``start_date NULLS LAST, end_date, event_id, source_id``), so the timeline's filters are boolean
    masks: headline counts, weekly counts and a page's row ids come from one vectorised pass, and only
    the page's rows are then read in full (by rowid). Built once per store version (``occasion_index``);
    gives exactly what the SQL of ``_occasions`` gives (tests/test_scale.py checks it on random filters).

    Positions (0..n-1) index the arrays; ``rid`` maps a position to the events rowid and ``key`` to
    ``hash(source_id, event_id)`` (checked when rows are read, so a stale rowid can never show a wrong row).
    """

    def __init__(self, store: Store, version: int):
        self.version = version
        cur = store.cursor()
        cur.execute("BEGIN TRANSACTION")  # one snapshot for every array
        try:
            self._build(cur)
        finally:
            cur.execute("ROLLBACK")
            cur.close()
        self._participants: tuple | None = None
        self._actors: tuple | None = None

    def _build(self, cur) -> None:
        main = cur.execute(f"""
            SELECT rowid AS rid, hash(source_id, event_id) AS key,
                   coalesce(date_diff('day', DATE '1970-01-01', start_date), {_NO_START})::INTEGER AS s,
                   coalesce(date_diff('day', DATE '1970-01-01', end_date), {_NO_END})::INTEGER AS e
            FROM events ORDER BY {_ORDER_SQL}""").fetchnumpy()
        self.rid = np.asarray(main["rid"], dtype=np.int64)
        self.key = np.asarray(main["key"], dtype=np.uint64)
        self.start = np.asarray(main["s"], dtype=np.int32)
        self.end = np.asarray(main["e"], dtype=np.int32)
        n = self.n = len(self.rid)
        self.n_dated = int(np.searchsorted(self.start, _NO_START))
        pos_of = np.full(int(self.rid.max()) + 1 if n else 1, -1, dtype=np.int64)
        pos_of[self.rid] = np.arange(n)
        self._pos_of = pos_of
        d = self.start[:self.n_dated].astype(np.int64)
        self.week = (d - (d + 3) % 7).astype(np.int32)  # the Monday of the ISO week (1970-01-01 is a Thursday)

        def groups(sql: str) -> tuple[list, list[np.ndarray]]:
            keys, rows = _csr(cur.sql(sql).to_arrow_table())
            return keys, [np.sort(pos_of[r]) for r in rows]

        types, rows = groups("SELECT type AS k, list(rowid) AS r FROM events GROUP BY type")
        self.types = {t: i for i, t in enumerate(types)}
        self.type_code = np.zeros(n, dtype=np.int16)
        for i, r in enumerate(rows):
            self.type_code[r] = i
        keys, rows = groups("SELECT c AS k, list(DISTINCT rid) AS r FROM (SELECT rowid AS rid, unnest(countries) AS c "
                            "FROM events) WHERE c IS NOT NULL GROUP BY c")
        self.country_rows = dict(zip(keys, rows))
        keys, rows = groups("""
            SELECT x.sector AS k, list(DISTINCT e.rowid) AS r
            FROM events e JOIN agreements g ON g.source_id = e.source_id AND g.event_id = e.event_id
            JOIN agreement_sectors x ON x.source_id = g.source_id AND x.agreement_id = g.agreement_id
            WHERE x.sector IS NOT NULL GROUP BY x.sector""")
        self.sector_rows = dict(zip(keys, rows))
        # country-pair lane keys (array_to_string(countries, ',')), coded in the store's string order, NULL last
        keys, rows = groups("SELECT array_to_string(countries, ',') AS k, list(rowid) AS r FROM events "
                            "GROUP BY k ORDER BY k NULLS LAST")
        self.pair_keys = keys
        self.pair_code = np.zeros(n, dtype=np.int32)
        for i, r in enumerate(rows):
            self.pair_code[r] = i
        self.pair_null = len(keys) - 1 if keys and keys[-1] is None else -1  # counted by no count(DISTINCT)
        # merged occasions: members in ranking order, the best report of each cluster first
        multi = cur.execute("""
            SELECT e.rowid, e.cluster_id, s.title FROM events e JOIN sources s USING (source_id)
            WHERE e.cluster_id IN (SELECT cluster_id FROM events WHERE cluster_id <> source_id || '/' || event_id)
            ORDER BY e.cluster_id, e.reviewed DESC,
                     CASE e.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END,
                     e.source_id, e.event_id""").fetchall()
        self.multi_pos = np.array([pos_of[r[0]] for r in multi], dtype=np.int64)
        self.multi_cluster = pd.factorize(pd.Series([r[1] for r in multi], dtype=object))[0].astype(np.int64)
        self.multi_title = [r[2] for r in multi]

    # -- filtering --------------------------------------------------------------------------------------
    def _rows_mask(self, f: Filters) -> np.ndarray:
        """Events rows ``event_where(f)`` matches (before occasions are picked)."""
        m = np.zeros(self.n, dtype=bool)
        hi = int(np.searchsorted(self.start[:self.n_dated], (f.date_to - _EPOCH).days, side="right")) \
            if f.date_to else self.n_dated
        m[:hi] = True
        if f.date_from:
            m[:hi] &= self.end[:hi] >= (f.date_from - _EPOCH).days
        if f.include_undated:
            m[self.n_dated:] = True
        if f.countries:
            m &= self._any_of(self.country_rows, f.countries)
        if f.types:
            codes = [self.types[t] for t in f.types if t in self.types]
            m &= np.isin(self.type_code, np.array(codes, dtype=np.int16))
        if f.sectors:
            m &= self._any_of(self.sector_rows, f.sectors)
        return m

    def _any_of(self, rows_by_key: dict[str, np.ndarray], keys) -> np.ndarray:
        """Rows listed under any of ``keys`` (a country's or a sector's rows), as a mask."""
        hit = np.zeros(self.n, dtype=bool)
        for key in keys:
            if key in rows_by_key:
                hit[rows_by_key[key]] = True
        return hit

    def select(self, f: Filters) -> tuple[np.ndarray, dict[int, list[str]]]:
        """Positions of the occasions ``f`` matches, in timeline order, and the source titles of each
        merged occasion among them (position -> titles of its matched reports)."""
        m = self._rows_mask(f)
        titles: dict[int, list[str]] = {}
        if len(self.multi_pos):
            hit = np.flatnonzero(m[self.multi_pos])
            m[self.multi_pos] = False
            if len(hit):
                clusters = self.multi_cluster[hit]
                _, first = np.unique(clusters, return_index=True)
                best = self.multi_pos[hit[first]]
                m[best] = True
                by_cluster: dict[int, list[str]] = {}
                for i in hit:
                    t = self.multi_title[i]
                    lst = by_cluster.setdefault(int(self.multi_cluster[i]), [])
                    if t not in lst:
                        lst.append(t)
                titles = {int(p): by_cluster[int(c)] for p, c in zip(best, clusters[first])}
        return np.flatnonzero(m), titles

    def count(self, f: Filters) -> int:
        return len(self.select(f)[0])

    def digest(self, f: Filters, lane: str = "pair", top: int = 10) -> tuple[dict[str, int], pd.DataFrame, tuple]:
        """``timeline_digest`` of ``f`` (and the selection, for the page that follows)."""
        sel, titles = self.select(f)
        nd = int(np.searchsorted(sel, self.n_dated))
        dated = sel[:nd]
        pcodes = self.pair_code[sel]
        seen = np.bincount(pcodes, minlength=len(self.pair_keys)) > 0 if len(self.pair_keys) else np.zeros(0, bool)
        if self.pair_null >= 0:
            seen[self.pair_null] = False
        summary = {"events": int(len(sel)), "dated": nd, "undated": int(len(sel) - nd), "pairs": int(seen.sum())}
        if lane == "participant":
            ppos, pcode, names = self._participant_lanes()
            em = np.zeros(self.n, dtype=bool)
            em[dated] = True
            hit = em[ppos]
            keys, weeks, names_, null = pcode[hit], self.week[ppos[hit]], names, -1
            other = "other actors"
        else:
            keys, weeks, names_, null = self.pair_code[dated], self.week[dated], self.pair_keys, self.pair_null
            other = "other pairs"
        tot = np.bincount(keys, minlength=len(names_)) if len(names_) else np.zeros(0, np.int64)
        present = np.flatnonzero(tot)
        order = present[np.lexsort((present, -tot[present]))]  # n DESC, key (codes follow the string order)
        tops = [int(k) for k in order[:top] if k != null]
        lane_of = np.full(len(names_) + 1, len(tops), dtype=np.int64)  # "other" sorts after every key
        for i, k in enumerate(sorted(tops)):
            lane_of[k] = i
        labels = [names_[k] for k in sorted(tops)]
        if lane != "participant":
            labels = [pair_label(k.split(",") if k else []) for k in labels]
        labels.append(other)
        if len(keys):
            w0 = int(weeks.min())
            widx = (weeks.astype(np.int64) - w0) // 7
            nl = len(tops) + 1
            bins = np.bincount(widx * nl + lane_of[keys], minlength=0)
            nz = np.flatnonzero(bins)
            week_days = w0 + (nz // nl) * 7
            df = pd.DataFrame({"lane": pd.Series([labels[i] for i in nz % nl], dtype=object),
                               "week": pd.to_datetime(week_days, unit="D"),
                               "events": bins[nz].astype("int64")})
        else:
            df = pd.DataFrame({"lane": pd.Series([], dtype=object), "week": pd.to_datetime(pd.Series([], dtype="int64"), unit="D"),
                               "events": pd.Series([], dtype="int64")})
        df.attrs["lanes"] = int(len(present))
        return summary, df, (sel, titles, nd)

    def _participant_lanes(self) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(position, name code) for every participant of every dated row, "(no participant stated)" for none;
        built on the first view by actor."""
        if self._participants is None:
            raise LookupError  # filled by occasion_index's caller (needs the store)
        return self._participants

    def load_participants(self, store: Store) -> None:
        if self._participants is not None:
            return
        cur = store.cursor()
        try:
            keys, rows = _csr(cur.sql("""
                SELECT k, list(rid) AS r FROM (
                    SELECT rowid AS rid, unnest(CASE WHEN len(participants) > 0 THEN participants
                                                     ELSE ['(no participant stated)'] END) AS k
                    FROM events WHERE start_date IS NOT NULL)
                GROUP BY k ORDER BY k NULLS LAST""").to_arrow_table())
        finally:
            cur.close()
        pos = [self._pos_of[r] for r in rows]
        codes = [np.full(len(r), i, dtype=np.int32) for i, r in enumerate(rows)]
        ppos = np.concatenate(pos) if pos else np.zeros(0, np.int64)
        pcode = np.concatenate(codes) if codes else np.zeros(0, np.int32)
        self._participants = (ppos, pcode, keys)

    def actor_event_counts(self, store: Store, f: Filters) -> pd.DataFrame:
        """Per actor id, the events rows ``f`` matches that it takes part in (``actor_id, n``; rows, not
        occasions, as ``_actors_filtered`` counts them). The (row, actor) pairs are read on first use."""
        self.load_actors(store)
        pos, code, keys = self._actors
        n = np.bincount(code[self._rows_mask(f)[pos]], minlength=len(keys))
        hit = np.flatnonzero(n)
        return pd.DataFrame({"actor_id": pd.Series([keys[i] for i in hit], dtype=object), "n": n[hit]})

    def load_actors(self, store: Store) -> None:
        """Read the (events row, actor) pairs once (``actor_event_counts``); the actor page's first visit does
        it, so that its first filter change does not."""
        if self._actors is None:
            cur = store.cursor()
            try:
                keys, rows = _csr(cur.sql("""
                    SELECT k, list(DISTINCT rid) AS r FROM (
                        SELECT rowid AS rid, unnest(participant_ids) AS k FROM events)
                    WHERE k IS NOT NULL GROUP BY k""").to_arrow_table())
            finally:
                cur.close()
            pos = np.concatenate([self._pos_of[r] for r in rows]) if rows else np.zeros(0, np.int64)
            code = np.repeat(np.arange(len(rows), dtype=np.int32), [len(r) for r in rows])
            self._actors = (pos, code, keys)

    def page(self, sel: np.ndarray, titles: dict[int, list[str]], nd: int, limit: int, offset: int,
             part: str) -> tuple[list[tuple], np.ndarray]:
        """(rowid, sources) of one page of the selection, and the page's row keys (for the check)."""
        part_sel = {"all": sel, "dated": sel[:nd], "undated": sel[nd:]}[part]
        pos = part_sel[offset:offset + limit] if limit else part_sel[offset:]
        return [(int(self.rid[p]), titles.get(int(p))) for p in pos], self.key[pos]


def occasion_index(store: Store, version: int | None = None) -> OccasionIndex:
    """The ``OccasionIndex`` of the store's current version (built on first use, then kept on the store)."""
    version = store.version() if version is None else version
    idx = getattr(store, "_occasion_index", None)
    if idx is not None and idx.version == version:
        return idx
    with _INDEX_LOCK:
        idx = getattr(store, "_occasion_index", None)
        if idx is None or idx.version != version:
            store._occasion_index = None  # let the old arrays go before the new ones are built
            idx = OccasionIndex(store, version)
            store._occasion_index = idx
    return idx

def _occasions(store: Store, f: Filters, cols: str = "e.*") -> tuple[str, list[Any]]:
    """SQL selecting one events row per occasion the filters match (plus ``sources``: titles, or NULL for
    an occasion with one report), and its parameters. ``cols`` is the select list of events columns
    (``e.*`` by default; fewer columns make a cheaper scan)."""
    where, params = event_where(f)
    multi = _multi_clusters(store)
    if not multi:
        return f"SELECT {cols}, NULL::VARCHAR[] AS sources FROM events e WHERE {where}", params
    return f"""
        SELECT {cols}, NULL::VARCHAR[] AS sources FROM events e
        WHERE ({where}) AND e.cluster_id NOT IN (SELECT unnest(?::VARCHAR[]))
        UNION ALL BY NAME
        SELECT * EXCLUDE (rn) FROM (
            SELECT {cols}, row_number() OVER w AS rn,
                   list_distinct(list(s.title) OVER (PARTITION BY e.cluster_id)) AS sources
            FROM events e JOIN sources s USING (source_id)
            WHERE ({where}) AND e.cluster_id IN (SELECT unnest(?::VARCHAR[]))
            WINDOW w AS (PARTITION BY e.cluster_id ORDER BY e.reviewed DESC,
                         CASE e.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END,
                         e.source_id, e.event_id))
        WHERE rn = 1""", params + [multi] + params + [multi]


def _timeline_sql(store: Store, f: Filters, limit: int | None = None, offset: int = 0,
                  part: str = "all", event_id: str | None = None, ordered: bool = True) -> tuple[str, list[Any]]:
    """SQL of timeline rows (``ordered=False``: in no particular order, for a caller that sorts once itself)."""
    occ, params = _occasions(store, f)
    cond = {"all": "TRUE", "dated": "start_date IS NOT NULL", "undated": "start_date IS NULL"}[part]
    if event_id is not None:
        cond += " AND event_id = ?"
        params = params + [event_id]
    page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    return f"""
        WITH occ AS ({occ}),
        page AS (SELECT * FROM occ WHERE {cond} {f"ORDER BY {_ORDER}" if ordered or page else ""} {page})
        SELECT event_id, cluster_id, type, label, date, date_precision, date_text, date_inferred, date_rule,
               start_date AS start, end_date AS "end", place AS location, place_country AS location_country,
               participants, roles, countries, s.title AS source, coalesce(p.sources, [s.title]) AS sources,
               source_id, s.url AS source_url, evidence, evidence_start, evidence_end, reviewed, s.status
        FROM page p JOIN sources s USING (source_id)
        {f"ORDER BY {_ORDER}" if ordered else ""}""", params


def _finish_events(df: pd.DataFrame) -> pd.DataFrame:
    df["type_label"] = df["type"].map(lambda t: EVENT_TYPES.get(t, {}).get("label", t))
    labels: dict[tuple, str] = {}

    def label(c) -> str:
        key = tuple(c) if c is not None else ()
        if key not in labels:
            labels[key] = pair_label(list(key))
        return labels[key]
    df["pair"] = df["countries"].map(label)
    for col in ("participants", "roles", "countries", "sources"):
        df[col] = df[col].map(lambda v: sorted(v) if col == "sources" and v is not None
                              else (list(v) if v is not None else []))
    df["source_count"] = df["sources"].map(len).astype("int64")
    df["start"] = pd.to_datetime(df["start"])
    df["end"] = pd.to_datetime(df["end"])
    return df[EVENT_COLUMNS]


def timeline_frame(store: Store, f: Filters = Filters(), limit: int | None = None, offset: int = 0,
                   part: str = "all") -> pd.DataFrame:
    """One row per occasion the filters match, earliest first, undated last.

    Reports of one occasion by several sources (merge clusters, pactwatch.merge)
    are one row: the most trustworthy report (reviewed first, then the most
    precise date) speaks for it, and ``sources`` lists every source's title.
    ``start``/``end`` are the first and last day the partial date may denote
    (equal for day precision, NaT when undated): a month is drawn as a span.
    ``limit``/``offset`` give one page of rows (pages never load the whole
    frame); ``part`` is ``all``, ``dated`` or ``undated``.
    """
    if limit or part != "all":
        return timeline_parts(store, f, {"rows": (limit, offset, part)})["rows"]
    sql, params = _timeline_sql(store, f, limit, offset, part)
    return _finish_events(_query(store, sql, params))


def timeline_parts(store: Store, f: Filters, parts: dict[str, tuple[int | None, int, str]]) -> dict[str, pd.DataFrame]:
    """Several slices of one view's timeline frame — ``{name: (limit, offset, part)}`` as in
    ``timeline_frame`` — read with one statement.

    A page shows a table page, the undated page and (for a small view) every dated
    occasion for its chart; their rows overlap and come from the same events table,
    so one read of their union replaces three scans of its wide columns.
    """
    cur = store.cursor()
    cur.execute("BEGIN TRANSACTION")  # one snapshot: the row ids of the index hold in the read
    try:
        idx = occasion_index(store, store.version(cur))
        sel, titles = idx.select(f)
        nd = int(np.searchsorted(sel, idx.n_dated))
        wanted = {name: idx.page(sel, titles, nd, limit or 0, offset, part)
                  for name, (limit, offset, part) in parts.items()}
        union: dict[int, tuple] = {}
        for keys, check in wanted.values():
            for k, c in zip(keys, check):
                union.setdefault(k[0], (k, c))
        rows = _timeline_rows(cur, [u[0] for u in union.values()], with_key=True)
        check = np.array([u[1] for u in union.values()], dtype=np.uint64)
        order = {rid: i for i, rid in enumerate(union)}
        got = rows["_rid"].map(order).to_numpy() if len(rows) else np.zeros(0, np.int64)
        if len(rows) == len(union) and np.array_equal(rows.pop("_key").to_numpy(dtype=np.uint64), check[got]):
            done = _finish_events(rows.drop(columns="_rid"))
            at = pd.Series(np.arange(len(rows)), index=rows["_rid"].to_numpy())
            return {name: done.iloc[at.loc[[k[0] for k in keys]].to_numpy() if keys else []].reset_index(drop=True)
                    for name, (keys, _) in wanted.items()}
        store._occasion_index = None  # rowids moved under the index: rebuild it next time, SQL this time
        return {name: _finish_events(_timeline_rows(cur, _page_keys(store, cur, f, limit, offset, part)))
                if limit else _finish_events(_query(store, *_timeline_sql(store, f, None, offset, part)))
                for name, (limit, offset, part) in parts.items()}
    finally:
        cur.execute("ROLLBACK")
        cur.close()


_KEY_COLS = "e.rowid AS rid, e.start_date, e.end_date, e.event_id"
_PART = {"all": "TRUE", "dated": "start_date IS NOT NULL", "undated": "start_date IS NULL"}


def _page_keys(store: Store, cur, f: Filters, limit: int, offset: int = 0, part: str = "all") -> list[tuple]:
    """(rowid, sources) of one page of occasions, in timeline order: the sort runs over four narrow
    columns, and only the page's rows are read in full afterwards (``_timeline_rows``)."""
    occ, params = _occasions(store, f, _KEY_COLS)
    return cur.execute(f"""
        SELECT rid, sources FROM ({occ}) WHERE {_PART[part]}
        ORDER BY {_ORDER} LIMIT {int(limit)} OFFSET {int(offset)}""", params).fetchall()


def _timeline_rows(cur, keys: list[tuple], with_key: bool = False) -> pd.DataFrame:
    """The timeline columns of the events rows ``keys`` ((rowid, sources) pairs), in timeline order
    (``with_key``: and ``_key``, hash(source_id, event_id), to check the rows are the ones meant)."""
    rids = [k[0] for k in keys]
    srcs = [k[1] for k in keys]
    return cur.execute(f"""
        SELECT {'hash(e.source_id, e.event_id) AS _key, p.rid AS _rid,' if with_key else ''} event_id, cluster_id, type, label, date, date_precision, date_text, date_inferred, date_rule,
               start_date AS start, end_date AS "end", place AS location, place_country AS location_country,
               participants, roles, countries, s.title AS source, coalesce(p.sources, [s.title]) AS sources,
               source_id, s.url AS source_url, evidence, evidence_start, evidence_end, reviewed, s.status
        FROM (SELECT unnest(?::BIGINT[]) AS rid, unnest(?::VARCHAR[][]) AS sources) p
        JOIN events e ON e.rowid = p.rid JOIN sources s USING (source_id)
        ORDER BY {_ORDER}""", [rids, srcs]).df()


def occasion_frame(store: Store, event_id: str, f: Filters = Filters()) -> pd.DataFrame:
    """The timeline row of one occasion (by the id of the report that speaks for it), if the filters match it."""
    sql, params = _timeline_sql(store, f, event_id=event_id)
    return _finish_events(_query(store, sql, params))


def iter_timeline_chunks(store: Store, f: Filters = Filters(), rows: int = 100_000):
    """The whole timeline frame in chunks of about ``rows`` rows (for exports of any size)."""
    sql, params = _timeline_sql(store, f)
    res = store.cursor().execute(sql, params)
    while True:
        chunk = res.fetch_df_chunk(max(1, rows // 2048))
        if chunk is None or chunk.empty:
            break
        yield _finish_events(chunk)


def events_csv(store: Store, f: Filters = Filters()) -> bytes:
    """CSV of the whole filtered events frame, byte for byte ``exports.frame_to_csv(for_table(timeline_frame))``,
    written by DuckDB: every row becomes one CSV line in SQL (lists joined with "; ", formula cells
    neutralised as ``exports.neutralise_cell`` does, fields quoted as Python's csv module quotes them), so a
    million rows never pass through pandas (about 10x faster, a fifth of the memory).

    ``tests/test_scale.py`` holds it to the pandas reference on hostile and multi-source data.
    """
    sql, params = _timeline_sql(store, f, ordered=False)
    cur = store.cursor()
    try:
        lists = cur.execute(f"SELECT DISTINCT countries FROM ({sql})", params).fetchall()
        keys = ["|".join(r[0] or []) for r in lists]
        labels = [pair_label(list(r[0] or [])) for r in lists]
        cur.register("csv_pairs", pd.DataFrame({"k": keys, "pair": labels}, dtype=object))
        line = " || ',' || ".join(_CSV_COLUMNS[c] for c in EVENT_COLUMNS)
        res = cur.execute(f"""
            SELECT {line} AS line FROM ({sql}) t
            LEFT JOIN csv_pairs pl ON pl.k = array_to_string(coalesce(t.countries, []), '|')
            ORDER BY t.start NULLS LAST, t."end" NULLS LAST, t.event_id, t.source_id""", params)
        with tempfile.TemporaryFile() as out:  # batches go to disk: only the finished file is held at once
            out.write(",".join(EVENT_COLUMNS).encode() + b"\r\n")
            while batch := res.fetchmany(50_000):
                out.write(("\r\n".join(r[0] for r in batch) + "\r\n").encode("utf-8"))
            out.seek(0)
            return out.read()
    finally:
        cur.close()


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _csv_text(x: str) -> str:
    """SQL for a text cell as ``frame_to_csv`` writes it: neutralised, then quoted when it holds , " CR or LF."""
    from .exports import DANGEROUS_PREFIXES
    danger = "[" + ", ".join(f"chr({ord(p)})" for p in DANGEROUS_PREFIXES) + "]"
    n = f"(CASE WHEN list_contains({danger}, left({x}, 1)) THEN chr(39) || {x} ELSE {x} END)"
    return (f"(CASE WHEN {x} IS NULL THEN '' WHEN regexp_matches({n}, '[,\"\\r\\n]') "
            f"THEN chr(34) || replace({n}, chr(34), chr(34) || chr(34)) || chr(34) ELSE {n} END)")


def _csv_joined(x: str) -> str:
    return _csv_text(f"array_to_string(coalesce({x}, []), '; ')")


def _csv_bool(x: str) -> str:
    return f"(CASE WHEN {x} THEN 'True' WHEN NOT {x} THEN 'False' ELSE '' END)"


_TYPE_LABELS = " ".join(f"WHEN {_sql_str(k)} THEN {_sql_str(v.get('label', k))}" for k, v in EVENT_TYPES.items())
#: SQL of each events-CSV cell (over ``_timeline_sql`` as ``t`` and the pair labels as ``pl``).
_CSV_COLUMNS = {
    "event_id": _csv_text("t.event_id"), "cluster_id": _csv_text("t.cluster_id"), "type": _csv_text("t.type"),
    "type_label": _csv_text(f"(CASE t.type {_TYPE_LABELS} ELSE t.type END)"), "label": _csv_text("t.label"),
    "date": _csv_text("t.date"), "date_precision": _csv_text("t.date_precision"),
    "date_text": _csv_text("t.date_text"), "date_inferred": _csv_bool("t.date_inferred"),
    "date_rule": _csv_text("t.date_rule"), "start": "coalesce(strftime(t.start, '%Y-%m-%d'), '')",
    "end": "coalesce(strftime(t.\"end\", '%Y-%m-%d'), '')", "location": _csv_text("t.location"),
    "location_country": _csv_text("t.location_country"), "participants": _csv_joined("t.participants"),
    "roles": _csv_joined("t.roles"), "countries": _csv_joined("t.countries"), "pair": _csv_text("pl.pair"),
    "source": _csv_text("t.source"), "sources": _csv_joined("list_sort(t.sources)"),
    "source_count": "CAST(len(t.sources) AS VARCHAR)", "source_id": _csv_text("t.source_id"),
    "source_url": _csv_text("t.source_url"), "evidence": _csv_text("t.evidence"),
    "evidence_start": "coalesce(CAST(t.evidence_start AS VARCHAR), '')",
    "evidence_end": "coalesce(CAST(t.evidence_end AS VARCHAR), '')", "reviewed": _csv_bool("t.reviewed"),
    "status": _csv_text("t.status"),
}


def timeline_summary(store: Store, f: Filters = Filters()) -> dict[str, int]:
    """Headline counts of the timeline, in SQL: occasions, dated, undated, country pairs."""
    return timeline_digest(store, f)[0]


def timeline_counts(store: Store, f: Filters = Filters(), lane: str = "pair", top: int = 10) -> pd.DataFrame:
    """Weekly counts of dated occasions per lane, in SQL (the timeline above ``charts.MAX_POINTS``).

    Lanes are the ``top`` busiest country pairs (or actors, ``lane="participant"``);
    the rest are summed into one lane "other pairs"/"other actors". A week is the
    ISO week (from Monday) holding the first day of the date's span. Columns:
    ``lane, week, events``; ``attrs["lanes"]`` counts all lanes.
    """
    return timeline_digest(store, f, lane, top)[1]


def timeline_digest(store: Store, f: Filters = Filters(), lane: str = "pair",
                    top: int = 10) -> tuple[dict[str, int], pd.DataFrame]:
    """``timeline_summary`` and ``timeline_counts`` of one view, from one vectorised pass over the store's
    ``OccasionIndex`` (``_digest_sql`` is the same in SQL)."""
    idx = occasion_index(store)
    if lane == "participant":
        idx.load_participants(store)
    summary, df, _ = idx.digest(f, lane, top)
    return summary, df


def _digest_sql(store: Store, f: Filters = Filters(), lane: str = "pair",
                top: int = 10) -> tuple[dict[str, int], pd.DataFrame]:
    """``timeline_digest`` in SQL: the matched occasions are read once (narrow columns, materialised) and
    both aggregates run over them (the reference the index is tested against)."""
    cols = "e.start_date, e.countries" + (", e.participants" if lane == "participant" else "")
    occ, params = _occasions(store, f, cols)
    if lane == "participant":
        key = "unnest(CASE WHEN len(participants) > 0 THEN participants ELSE ['(no participant stated)'] END)"
        other = "other actors"
    else:
        key = "array_to_string(countries, ',')"
        other = "other pairs"
    rows = store.cursor().execute(f"""
        WITH o AS MATERIALIZED ({occ}),
        agg AS MATERIALIZED (SELECT k, week, count(*) AS n
                             FROM (SELECT {key} AS k, date_trunc('week', start_date) AS week
                                   FROM o WHERE start_date IS NOT NULL) GROUP BY ALL),
        tot AS MATERIALIZED (SELECT k, sum(n) AS n FROM agg GROUP BY k),
        tops AS (SELECT k FROM tot ORDER BY n DESC, k LIMIT {int(top)})
        SELECT 0 AS kind, NULL::VARCHAR AS lane, NULL::DATE AS week, count(*) AS a, count(start_date) AS b,
               count(DISTINCT countries) AS c, (SELECT count(*) FROM tot) AS d FROM o
        UNION ALL
        SELECT 1, CASE WHEN k IN (SELECT k FROM tops) THEN k ELSE NULL END AS lane, week, sum(n), NULL, NULL, NULL
        FROM agg GROUP BY ALL
        ORDER BY kind, week, lane NULLS LAST""", params).fetchall()
    n, dated, pairs, lanes = rows[0][3:7]
    summary = {"events": int(n), "dated": int(dated), "undated": int(n - dated), "pairs": int(pairs or 0)}
    df = pd.DataFrame([r[1:4] for r in rows[1:]], columns=["lane", "week", "events"])
    if lane == "participant":
        df["lane"] = df["lane"].fillna(other)
    else:
        labels = {k: pair_label(k.split(",") if k else []) if isinstance(k, str) else other
                  for k in df["lane"].drop_duplicates()}
        df["lane"] = df["lane"].map(labels)
    df["lane"] = df["lane"].astype(object)
    df["week"] = pd.to_datetime(df["week"])
    df["events"] = df["events"].astype("int64")
    df.attrs["lanes"] = int(lanes or 0)
    return summary, df


def event_reports(store: Store, cluster_id: str) -> pd.DataFrame:
    """Every source's report of one occasion, side by side (dates and words as each source gives them)."""
    return _query(store, """
        SELECT e.source_id, e.event_id, s.title AS source, s.status, e.type, e.date, e.date_precision, e.date_text,
               e.place AS location, e.participants, e.evidence, e.reviewed
        FROM events e JOIN sources s USING (source_id) WHERE e.cluster_id = ?
        ORDER BY e.reviewed DESC, e.source_id""", [cluster_id])


def count_events(store: Store, f: Filters = Filters()) -> int:
    """Occasions (merge clusters) the filters match."""
    return occasion_index(store).count(f)


def _count_events_sql(store: Store, f: Filters = Filters()) -> int:
    where, params = event_where(f)
    return store.cursor().execute(f"SELECT count(DISTINCT e.cluster_id) FROM events e WHERE {where}",
                                  params).fetchone()[0]


def explain_empty(store: Store, f: Filters) -> list[str]:
    """For each active filter, how many more events would show without it.

    Used when a view is empty, so the analyst sees which filter hides what.
    """
    out = []
    base = count_events(store, f)
    active = {
        "dates": f.date_from or f.date_to, "countries": f.countries, "types": f.types, "sectors": f.sectors,
        "undated": not f.include_undated,
    }
    for name, on in active.items():
        if on:
            hidden = count_events(store, f.without(name)) - base
            out.append(f"{FILTER_NAMES[name]} filter hides {hidden} event{'s' if hidden != 1 else ''}.")
    total = count_events(store, Filters())
    out.append(f"The store holds {total} event{'s' if total != 1 else ''} in all.")
    return out


AGREEMENT_COLUMNS = [
    "agreement_id", "count", "kind", "kind_text", "parties", "pair", "date", "date_precision", "date_text",
    "date_inferred", "location", "location_country", "sectors", "sectors_normalised", "event_id",
    "source", "source_id", "evidence", "reviewed", "other_reports",
]


def agreements_frame(store: Store, f: Filters = Filters(), limit: int | None = None,
                     offset: int = 0) -> pd.DataFrame:
    """One row per signing: the documents' count and kind, parties, and sector phrases as written.

    ``limit``/``offset`` give one page (the sector lists are gathered for that page only)."""
    where, params = agreement_where(f)
    page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    other = """, orp AS (
            SELECT g.source_id, g.agreement_id,
                   list(DISTINCT coalesce(CAST(g2.count AS VARCHAR), 'unstated number of') || ' × ' || g2.kind
                                 || ' — ' || s2.title) AS other_reports
            FROM (SELECT DISTINCT source_id, agreement_id, event_id FROM g) g
            JOIN events e ON e.source_id = g.source_id AND e.event_id = g.event_id
            JOIN events e2 ON e2.cluster_id = e.cluster_id AND e2.source_id <> e.source_id
            JOIN agreements g2 ON g2.source_id = e2.source_id AND g2.event_id = e2.event_id
            JOIN sources s2 ON s2.source_id = g2.source_id
            GROUP BY g.source_id, g.agreement_id)"""
    if not _multi_clusters(store):  # no occasion has several reports: no other source can report a signing
        other = ", orp AS (SELECT NULL::VARCHAR AS source_id, NULL::VARCHAR AS agreement_id, " \
                "NULL::VARCHAR[] AS other_reports WHERE FALSE)"
    # The sector lists and other reports are gathered for the page's signings only (joined on their ids).
    sql = f"""
        WITH g AS MATERIALIZED (SELECT g.* FROM agreements g WHERE {where}
                   ORDER BY g.start_date NULLS LAST, g.agreement_id {page}),
        x AS MATERIALIZED (SELECT x.source_id, x.agreement_id, x.phrase, x.sector, x.evidence, x.evidence_start
                           FROM agreement_sectors x SEMI JOIN g USING (source_id, agreement_id)),
        ph AS (SELECT source_id, agreement_id, list(phrase ORDER BY pos) AS sectors
               FROM (SELECT source_id, agreement_id, phrase, min(evidence_start + strpos(evidence, phrase)) AS pos
                     FROM x GROUP BY source_id, agreement_id, phrase)
               GROUP BY source_id, agreement_id),
        ns AS (SELECT source_id, agreement_id, list(DISTINCT sector ORDER BY sector) AS sectors_normalised
               FROM x GROUP BY source_id, agreement_id){other}
        SELECT g.agreement_id, g.count, g.kind, g.kind_text, g.parties, g.date, g.date_precision, g.date_text,
               g.date_inferred, g.place AS location, g.place_country AS location_country, g.event_id,
               s.title AS source, g.source_id, g.evidence, g.reviewed,
               ph.sectors, ns.sectors_normalised, orp.other_reports
        FROM g JOIN sources s USING (source_id)
        LEFT JOIN ph ON ph.source_id = g.source_id AND ph.agreement_id = g.agreement_id
        LEFT JOIN ns ON ns.source_id = g.source_id AND ns.agreement_id = g.agreement_id
        LEFT JOIN orp ON orp.source_id = g.source_id AND orp.agreement_id = g.agreement_id
        ORDER BY g.start_date NULLS LAST, g.agreement_id"""
    df = _query(store, sql, params)
    df["sectors"] = df["sectors"].map(lambda v: list(v) if v is not None else [])  # in the article's order
    df["sectors_normalised"] = df["sectors_normalised"].map(lambda v: list(v) if v is not None else [])
    df["parties"] = df["parties"].map(lambda v: list(v) if v is not None else [])
    df["pair"] = df["parties"].map(pair_label)
    df["count"] = df["count"].astype("Int64")
    df["other_reports"] = df["other_reports"].map(lambda v: sorted(v) if hasattr(v, "__len__") else [])  # NULL: NA
    return df[AGREEMENT_COLUMNS]


def agreements_summary(store: Store, f: Filters = Filters()) -> dict[str, int]:
    """Headline counts of the sectors page, in SQL: signings, documents signed, sector phrases as written
    (distinct phrases per signing, summed)."""
    where, params = agreement_where(f)
    n, docs, phrases = store.cursor().execute(f"""
        WITH g AS (SELECT g.source_id, g.agreement_id, g.count FROM agreements g WHERE {where})
        SELECT (SELECT count(*) FROM g), (SELECT coalesce(sum(count), 0) FROM g),
               (SELECT count(*) FROM (SELECT DISTINCT x.source_id, x.agreement_id, x.phrase
                                      FROM agreement_sectors x JOIN g USING (source_id, agreement_id)))""",
        params).fetchone()
    return {"signings": int(n), "documents": int(docs), "phrases": int(phrases)}


SECTOR_COLUMNS = ["sector", "sector_label", "signings", "documents", "pairs", "phrases"]


def sector_breakdown(store: Store, f: Filters = Filters()) -> pd.DataFrame:
    """Agreements by normalised sector.

    ``signings`` counts signings whose documents, together, cover the sector;
    ``documents`` is the number of documents signed at those signings, NOT the
    number of documents on that sector: sources rarely say which document covers
    which sector, so PactWatch never splits them. The counts do not add up
    across sectors: one signing covering eight sectors counts once in each.
    ``phrases`` are the sector phrases as written that map to the sector.
    """
    where, params = agreement_where(f)
    tax = load_taxonomy()
    df = _query(store, f"""
        WITH sel AS MATERIALIZED (
            SELECT DISTINCT x.sector, x.phrase, g.source_id, g.agreement_id, g.count, g.parties
            FROM agreements g JOIN agreement_sectors x USING (source_id, agreement_id) WHERE {where}),
        a AS (SELECT sector, count(DISTINCT (source_id, agreement_id)) AS signings,
                     list(DISTINCT phrase ORDER BY phrase) AS phrases
              FROM sel GROUP BY sector),
        d AS (SELECT sector, sum(count) AS documents, list(DISTINCT parties) AS parties
              FROM (SELECT DISTINCT sector, source_id, agreement_id, count, parties FROM sel) GROUP BY sector)
        SELECT a.*, d.documents, d.parties FROM a LEFT JOIN d USING (sector)""", params)
    df["sector_label"] = df["sector"].map(tax.label)
    df["phrases"] = df["phrases"].map(list)
    labels: dict[tuple, str] = {}

    def label(p) -> str:
        key = tuple(p)
        if key not in labels:
            labels[key] = pair_label(list(key))
        return labels[key]
    df["pairs"] = df["parties"].map(lambda ps: sorted({label(p) for p in ps}))
    df["documents"] = df["documents"].astype("Int64")
    rank = {k: i for i, k in enumerate(tax.labels)}
    df = df.sort_values(["signings", "sector"], ascending=[False, True], key=lambda s: s if s.name != "sector"
                        else s.map(lambda k: rank.get(k, 999)))
    return df[SECTOR_COLUMNS].reset_index(drop=True)


def sector_pair_frame(store: Store, f: Filters = Filters(), top: int | None = None) -> pd.DataFrame:
    """Signings by (country pair, normalised sector): the sector-by-pair matrix, long form.

    With ``top``, only the ``top`` pairs with most signings; ``attrs["pairs"]`` counts all pairs."""
    where, params = agreement_where(f)
    tax = load_taxonomy()
    df = _query(store, f"""
        WITH m AS (SELECT g.parties, x.sector, count(DISTINCT (g.source_id, g.agreement_id)) AS signings
                   FROM agreements g JOIN agreement_sectors x USING (source_id, agreement_id)
                   WHERE {where} GROUP BY g.parties, x.sector),
             r AS (SELECT parties, dense_rank() OVER (ORDER BY total DESC, parties) AS rank, count(*) OVER () AS pairs
                   FROM (SELECT parties, sum(signings) AS total FROM m GROUP BY parties))
        SELECT m.*, r.pairs FROM m JOIN r USING (parties) WHERE r.rank <= ?""", params + [top or 2**31])
    pairs = int(df["pairs"].iloc[0]) if len(df) else 0
    df["pair"] = df["parties"].map(lambda p: pair_label(list(p)))
    df["sector_label"] = df["sector"].map(tax.label)
    out = df.groupby(["pair", "sector", "sector_label"], as_index=False)["signings"].sum()
    out.attrs["pairs"] = pairs
    return out


ACTOR_COLUMNS = ["actor_id", "name", "kind", "country", "country_name", "titles", "aliases", "sources", "events"]


def actors_frame(store: Store, f: Filters = Filters()) -> pd.DataFrame:
    """One row per actor (merged across sources by id).

    With filters in force, an actor shows when it takes part in a matched
    event or, for a country filter, belongs to a selected country.
    """
    if not f.is_default():
        return _actors_filtered(store, f)
    occasion_index(store).load_actors(store)  # what the first filter change will need
    return _actor_dimension(store)[ACTOR_COLUMNS].copy()


def _actors_all(store: Store, f: Filters = Filters(), with_countries: bool = False) -> pd.DataFrame:
    """``actors_frame`` in SQL (the reference the index-backed filtered view is tested against);
    ``with_countries``: plus ``countries``, every country a source gives the actor."""
    where, params = event_where(f)
    country_clause = ""
    cparams: list[Any] = []
    if f.countries:
        country_clause = "OR bool_or(a.country IN (SELECT unnest(?::VARCHAR[])))"
        cparams = [list(f.countries)]
    # Aliases are gathered from their own unnested rows: flattening a list of lists per actor costs three
    # times as much over the two million rows of a million-event store.
    df = _query(store, f"""
        WITH ev AS (SELECT unnest(list_distinct(e.participant_ids)) AS actor_id FROM events e WHERE {where}),
             counts AS (SELECT actor_id, count(*) AS events FROM ev GROUP BY actor_id),
             al AS (SELECT actor_id, list(DISTINCT alias) AS aliases
                    FROM (SELECT actor_id, unnest(aliases) AS alias FROM actors) WHERE alias IS NOT NULL GROUP BY actor_id),
             base AS (
                SELECT a.actor_id, first(a.name ORDER BY a.source_id) AS name, first(a.kind) AS kind,
                       mode(a.country) AS country, list_distinct(list(a.country)) AS countries,
                       list_distinct(flatten(list(a.titles))) AS titles,
                       count(DISTINCT a.source_id) AS sources, coalesce(max(c.events), 0) AS events
                FROM actors a LEFT JOIN counts c USING (actor_id)
                GROUP BY a.actor_id
                HAVING {'TRUE' if f.is_default() else f'max(c.events) > 0 {country_clause}'})
        SELECT base.actor_id, name, kind, country, countries, titles, al.aliases, sources, events
        FROM base LEFT JOIN al USING (actor_id)
        ORDER BY kind DESC, name""", params + cparams)
    df["titles"] = df["titles"].map(lambda v: sorted(v) if v is not None else [])
    df["aliases"] = df["aliases"].map(lambda v: sorted(v) if v is not None else [])
    df["country_name"] = df["country"].map(country_name)
    df["events"] = df["events"].astype("int64")
    return df[ACTOR_COLUMNS + (["countries"] if with_countries else [])]


def _actor_dimension(store: Store) -> pd.DataFrame:
    """Every actor merged across sources (``actors_frame`` of the default view, plus ``countries``: every
    country a source gives), kept per store version: filtered views only count events and join it."""
    return _actor_dimension_and_countries(store)[0]


def _actor_dimension_and_countries(store: Store) -> tuple[pd.DataFrame, pd.Series]:
    """``_actor_dimension`` and its ``countries`` exploded (index: the dimension's row)."""
    version = store.version()
    cache = getattr(store, "_actor_cache", None)
    if cache and cache[0] == version:
        return cache[1], cache[2]
    dim = _actors_all(store, with_countries=True).reset_index(drop=True)
    exploded = dim["countries"].map(lambda cs: list(cs) if cs is not None else []).explode()
    store._actor_cache = (version, dim, exploded)
    return dim, exploded


def _actors_filtered(store: Store, f: Filters) -> pd.DataFrame:
    counts = occasion_index(store).actor_event_counts(store, f)  # numpy masks over the events rows
    dim, ex = _actor_dimension_and_countries(store)
    df = dim.merge(counts, on="actor_id", how="left")
    df["events"] = df["n"].fillna(0).astype("int64")
    keep = df["events"].to_numpy() > 0
    if f.countries:  # or belongs to a selected country (any source's country; vectorised over the exploded lists)
        keep[ex.index[ex.isin(set(f.countries)).to_numpy()].unique()] = True
    return df[keep][ACTOR_COLUMNS].reset_index(drop=True)


def actor_profile(store: Store, actor_id: str) -> dict[str, Any]:
    """Everything PactWatch holds on one actor, each fact with its source sentence."""
    cur = store.cursor()
    rows = cur.execute("""SELECT a.source_id, s.title, a.name, a.kind, a.country, a.aliases, a.titles
                          FROM actors a JOIN sources s USING (source_id) WHERE actor_id = ?""", [actor_id]).fetchall()
    if not rows:
        return {}
    titles = []  # titles as stated, each with the sentence and source that state it
    with_titles = [r[0] for r in rows if r[6] is not None and len(r[6])]
    records = dict(cur.execute("SELECT source_id, record_json FROM sources WHERE source_id IN "
                               "(SELECT unnest(?::VARCHAR[]))", [with_titles]).fetchall()) if with_titles else {}
    for source_id, source_title, *_ in rows:
        rec = json.loads(records[source_id]) if source_id in records else {}  # the record as stored (model.Record)
        for a in rec.get("actors", []):
            if a.get("id") == actor_id:
                titles += [{"title": t["text"], "evidence": t["evidence"]["sentence"], "source": source_title}
                           for t in a.get("titles", [])]
    titles = pd.DataFrame(titles, columns=["title", "evidence", "source"]).drop_duplicates()
    events = cur.execute("""
        SELECT e.event_id, e.type, e.label, e.date, e.date_precision, e.date_text, e.place AS location,
               e.participants, e.roles, list_position(e.participant_ids, ?) AS pos, e.participant_ids,
               e.countries, e.evidence, s.title AS source, e.source_id
        FROM events e JOIN sources s USING (source_id)
        WHERE list_contains(e.participant_ids, ?) ORDER BY e.start_date NULLS LAST""", [actor_id, actor_id]).df()
    counterparts: dict[str, int] = {}
    roles = []
    for _, ev in events.iterrows():
        ids, names, rl = list(ev["participant_ids"]), list(ev["participants"]), list(ev["roles"])
        roles.append(rl[int(ev["pos"]) - 1])
        for i, n in zip(ids, names):
            if i != actor_id:
                counterparts[n] = counterparts.get(n, 0) + 1
    if len(events):
        events["role"] = roles
    events = events.drop(columns=["pos", "participant_ids", "roles"], errors="ignore")
    agreements = cur.execute("""
        SELECT DISTINCT g.agreement_id, g.count, g.kind_text, g.parties, g.date, g.date_text, s.title AS source
        FROM agreements g JOIN events e ON e.source_id = g.source_id AND e.event_id = g.event_id
        JOIN sources s ON s.source_id = g.source_id
        WHERE list_contains(e.participant_ids, ?)""", [actor_id]).df()
    statements = cur.execute("""
        SELECT st.mode, st.text, st.evidence, s.title AS source FROM statements st JOIN sources s USING (source_id)
        WHERE list_contains(st.speaker_ids, ?) ORDER BY st.source_id, st.evidence_start""", [actor_id]).df()
    mentions = cur.execute("""
        SELECT DISTINCT m.sentence, m.start_offset, s.title AS source FROM mentions m JOIN sources s USING (source_id)
        WHERE m.actor_id = ? ORDER BY source, m.start_offset""", [actor_id]).df()
    first = rows[0]
    aliases = sorted({a for r in rows for a in (r[5] or [])})
    countries = [r[4] for r in rows if r[4]]
    return {
        "actor_id": actor_id, "name": first[2], "kind": first[3],
        "country": max(set(countries), key=countries.count) if countries else None,
        "aliases": aliases, "titles": titles, "events": events, "agreements": agreements,
        "statements": statements, "mentions": mentions.drop(columns=["start_offset"]),
        "counterparts": sorted(counterparts.items(), key=lambda kv: (-kv[1], kv[0])),
        "sources": sorted({r[1] for r in rows}),
    }


def statements_frame(store: Store, f: Filters = Filters()) -> pd.DataFrame:
    """Statements linked to matched events (and unlinked ones with default filters)."""
    where, params = event_where(f)
    return _query(store, f"""
        SELECT st.statement_id, st.mode, st.text,
               (SELECT list(a.name) FROM actors a WHERE a.source_id = st.source_id
                  AND list_contains(st.speaker_ids, a.actor_id)) AS speakers,
               st.event_id, st.evidence, s.title AS source
        FROM statements st JOIN sources s USING (source_id)
        WHERE st.event_id IN (SELECT e.event_id FROM events e WHERE {where})
              {'OR st.event_id IS NULL' if f.is_default() else ''}
        ORDER BY st.source_id, st.evidence_start""", params)


def headline(store: Store, f: Filters = Filters()) -> dict[str, int]:
    """The headline figures of a filtered view, counted in SQL: events, undated events, countries,
    signings, documents signed."""
    occ, params = _occasions(store, f)
    gwhere, gparams = agreement_where(f)
    row = store.cursor().execute(f"""
        WITH occ AS ({occ}), ag AS (SELECT g.count, g.parties FROM agreements g WHERE {gwhere})
        SELECT (SELECT count(*) FROM occ), (SELECT count(*) FROM occ WHERE date IS NULL),
               (SELECT count(DISTINCT c) FROM (SELECT unnest(countries) AS c FROM occ
                                               UNION ALL SELECT unnest(parties) FROM ag)),
               (SELECT count(*) FROM ag), (SELECT coalesce(sum(count), 0) FROM ag)""", params + gparams).fetchone()
    keys = ("events", "undated events", "countries", "signings", "documents signed")
    return dict(zip(keys, (int(v) for v in row)))


def filter_options(store: Store) -> dict[str, Any]:
    """What the sidebar offers: countries, types and sectors present, and the date extent."""
    cur = store.cursor()
    countries = [r[0] for r in cur.execute("""
        SELECT DISTINCT c FROM (SELECT unnest(countries) AS c FROM events
                                UNION ALL SELECT unnest(parties) FROM agreements) WHERE c IS NOT NULL""").fetchall()]
    types = [r[0] for r in cur.execute("SELECT DISTINCT type FROM events").fetchall()]
    sectors = [r[0] for r in cur.execute("SELECT DISTINCT sector FROM agreement_sectors").fetchall()]
    lo, hi = cur.execute("SELECT min(start_date), max(end_date) FROM events").fetchone()
    tax = load_taxonomy()
    return {
        "countries": sorted(countries, key=country_name),
        "types": [t for t in EVENT_TYPES if t in types],
        "sectors": [s for s in tax.labels if s in sectors],
        "date_min": lo, "date_max": hi,
    }


def for_table(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with list cells joined by "; " (for tables, CSV and XLSX)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, (list, tuple))).any():
            out[col] = out[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def participant_lanes(events: pd.DataFrame) -> pd.DataFrame:
    """Timeline rows laid out by actor: one row per (event, participant), lane column ``participant``.

    An event with no stated participant keeps one row in the lane "(no participant stated)".
    """
    out = events.copy()
    out["participant"] = out["participants"].map(lambda ps: list(ps) or ["(no participant stated)"])
    return out.explode("participant").reset_index(drop=True)


def sources_frame(store: Store, limit: int | None = None, offset: int = 0) -> pd.DataFrame:
    """One row per stored article: drafts first (they await review), then newest first, then by title.

    ``limit``/``offset`` give one page; events and agreements are counted for that page only."""
    page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    return _query(store, f"""
        WITH p AS (SELECT source_id, title, status, publisher, published, url, saved_at FROM sources
                   ORDER BY status = 'reviewed', saved_at DESC, title, source_id {page})
        SELECT p.*,
               (SELECT count(*) FROM events e WHERE e.source_id = p.source_id) AS events,
               (SELECT count(*) FROM agreements g WHERE g.source_id = p.source_id) AS agreements
        FROM p ORDER BY status = 'reviewed', saved_at DESC, title, source_id""", [])


def join_candidates(store: Store, source_id: str, per_event: int = 50) -> pd.DataFrame:
    """For each event of one source: occasions of other sources it might be joined with (Review page).

    Candidates share a state with the event and are nearest to it in date (undated last); one row per
    (``event_id``, candidate ``cluster_id``) with the candidate's ``label`` and ``date``. One query for the
    whole source, so the cost does not grow with the number of its events.
    """
    return _query(store, """
        WITH mine AS (SELECT event_id, cluster_id, countries, start_date FROM events WHERE source_id = ?),
        mc AS (SELECT event_id, cluster_id, start_date, unnest(countries) AS c FROM mine),
        ec AS (SELECT source_id, event_id, cluster_id, label, date, start_date, unnest(countries) AS c FROM events
               WHERE source_id <> ?),
        cand AS (
            SELECT m.event_id, e.cluster_id, e.label, e.date,
                   row_number() OVER (PARTITION BY m.event_id, e.cluster_id ORDER BY e.source_id, e.event_id) AS k,
                   coalesce(abs(date_diff('day', e.start_date, m.start_date)), 1e9) AS distance
            FROM mc m JOIN ec e ON e.c = m.c AND e.cluster_id <> m.cluster_id
            WHERE m.start_date IS NULL OR e.start_date BETWEEN m.start_date - INTERVAL 92 DAY
                                                          AND m.start_date + INTERVAL 92 DAY)
        SELECT event_id, cluster_id, label, date FROM cand WHERE k = 1
        QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY distance, cluster_id) <= ?
        ORDER BY event_id, distance, cluster_id""", [source_id, source_id, per_event])


def sources_summary(store: Store) -> dict[str, int]:
    """How many stored articles are drafts and how many reviewed."""
    n, drafts = store.cursor().execute(
        "SELECT count(*), count(*) FILTER (WHERE status = 'draft') FROM sources").fetchone()
    return {"sources": int(n), "drafts": int(drafts), "reviewed": int(n - drafts)}
