"""Scoring automatic extraction against hand-annotated gold articles.

A gold item is ``<slug>.gold.json`` (the annotation format in data/gold/README.md) or a
full record ``*.record.json`` (model.Record.to_dict, e.g. a reviewed record). Metrics:

* persons: canonical names matched one-to-one, tolerant to case, diacritics, middle
  initials and transliteration (rapidfuzz ratio >= 85, or one name's tokens within the
  other's: "Putin" ~ "Vladimir Putin");
* events: an extracted event matches a gold event when their participants overlap and
  their date or place agrees (or both are unknown); one-to-one, greedy;
* event dates: share of matched events whose date value equals the gold value;
* agreements: an extracted agreement counts as right when its document count and its
  parties both equal a gold agreement's;
* sectors: recall of gold sector phrases among the extracted phrases of the article.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from pactwatch.model import Record

_TRANSLIT = [("kh", "h"), ("ou", "u"), ("y", "i"), ("j", "y"), ("ph", "f"), ("ck", "k")]


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"\b[a-z]\.\s*", "", s)          # middle initials
    s = re.sub(r"\b(jr|sr|ii|iii|iv)\b\.?", "", s)
    s = re.sub(r"[^a-z ]+", " ", s)
    return " ".join(s.split())


def _fold(name: str) -> str:
    s = _norm(name)
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    return s


def same_person(a: str, b: str) -> bool:
    na, nb = _fold(a), _fold(b)
    if not na or not nb:
        return False
    if na == nb or fuzz.ratio(na, nb) >= 85:
        return True
    ta, tb = set(na.split()), set(nb.split())
    return bool(ta and tb) and (ta <= tb or tb <= ta) and (na.split()[-1] == nb.split()[-1] or len(ta & tb) >= 2)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "predicted": n_pred, "gold": n_gold}


def load_gold(path: Path) -> dict[str, Any]:
    """A gold item as a plain annotation dict (records are converted)."""
    d = json.loads(path.read_text(encoding="utf-8"))
    if "source" in d and "actors" in d:  # a full record
        rec = Record.from_dict(d)
        names = {a.id: a.name for a in rec.actors}
        return {
            "slug": path.name.split(".")[0], "split": d.get("split", "dev"), "text": rec.source.text,
            "source": {"published": rec.source.published, "url": rec.source.url, "publisher": rec.source.publisher},
            "persons": [{"name": a.name, "country": a.country} for a in rec.actors if a.kind == "person"],
            "events": [{"type": e.type, "participants": [names.get(p.actor_id, p.actor_id) for p in e.participants],
                        "date": e.date.value, "place": e.place, "place_country": e.place_country} for e in rec.events],
            "agreements": [{"count": g.count, "kind": g.kind, "parties": g.parties, "date": g.date.value,
                            "sectors": [s.text for s in g.sectors]} for g in rec.agreements],
        }
    text = None
    for rel in d.get("text_path") or [f"{d.get('slug', path.name.split('.')[0])}.txt"]:
        p = (path.parent / rel)
        if p.exists():
            text = p.read_text(encoding="utf-8")
            break
    d["text"] = text
    d.setdefault("slug", path.name.split(".")[0])
    return d


def score_article(gold: dict[str, Any], record: Record) -> dict[str, Any]:
    names = {a.id: a.name for a in record.actors}
    pred_persons = [a for a in record.actors if a.kind == "person"]
    # persons
    unmatched = list(range(len(pred_persons)))
    person_tp, country_right, country_known = 0, 0, 0
    missed_persons = []
    for gp in gold.get("persons", []):
        hit = next((i for i in unmatched if same_person(gp["name"], pred_persons[i].name)), None)
        if hit is None:
            missed_persons.append(gp["name"])
            continue
        unmatched.remove(hit)
        person_tp += 1
        if gp.get("country"):
            country_known += 1
            country_right += pred_persons[hit].country == gp["country"]
    spurious_persons = [pred_persons[i].name for i in unmatched]
    # events
    pred_events = list(record.events)
    free = list(range(len(pred_events)))
    ev_tp, date_right, matched_pairs = 0, 0, []
    for ge in gold.get("events", []):
        best = None
        for i in free:
            pe = pred_events[i]
            pnames = [names.get(p.actor_id, "") for p in pe.participants]
            overlap = sum(any(same_person(g, n) for n in pnames) for g in ge["participants"])
            if not overlap:
                continue
            date_ok = pe.date.value == ge.get("date")
            place_ok = (pe.place_country or None) == (ge.get("place_country") or None) and (
                ge.get("place") is None or pe.place is None or _fold(pe.place) == _fold(ge["place"]) or pe.place_country == ge.get("place_country"))
            if date_ok or place_ok:
                score = overlap + date_ok + place_ok
                if best is None or score > best[0]:
                    best = (score, i, date_ok)
        if best:
            free.remove(best[1])
            ev_tp += 1
            date_right += best[2]
            matched_pairs.append((ge, pred_events[best[1]].id))
    # agreements
    pred_ag = list(record.agreements)
    ag_free = list(range(len(pred_ag)))
    ag_tp = 0
    for ga in gold.get("agreements", []):
        hit = next((i for i in ag_free if pred_ag[i].count == ga.get("count") and sorted(pred_ag[i].parties) == sorted(ga.get("parties", []))), None)
        if hit is not None:
            ag_free.remove(hit)
            ag_tp += 1
    # sectors
    pred_phrases = [_norm(s.text) for g in record.agreements for s in g.sectors]
    gold_phrases = [_norm(s) for g in gold.get("agreements", []) for s in g.get("sectors", [])]
    sec_hit = sum(any(gp == pp or (gp and gp in pp and len(pp) <= len(gp) + 25) for pp in pred_phrases) for gp in gold_phrases)
    return {
        "slug": gold["slug"], "split": gold.get("split", "dev"),
        "persons": _prf(person_tp, len(pred_persons), len(gold.get("persons", []))),
        "person_country": {"right": country_right, "known": country_known},
        "events": _prf(ev_tp, len(pred_events), len(gold.get("events", []))),
        "event_dates": {"right": date_right, "matched": ev_tp},
        "agreements": _prf(ag_tp, len(pred_ag), len(gold.get("agreements", []))),
        "sectors": {"recalled": sec_hit, "gold": len(gold_phrases)},
        "missed_persons": missed_persons, "spurious_persons": spurious_persons,
    }


def _sum(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("persons", "events", "agreements"):
        tp = sum(r[key]["tp"] for r in rows)
        out[key] = _prf(tp, sum(r[key]["predicted"] for r in rows), sum(r[key]["gold"] for r in rows))
    m = sum(r["event_dates"]["matched"] for r in rows)
    out["event_dates"] = {"accuracy": round(sum(r["event_dates"]["right"] for r in rows) / m, 4) if m else None, "matched": m}
    g = sum(r["sectors"]["gold"] for r in rows)
    out["sectors"] = {"recall": round(sum(r["sectors"]["recalled"] for r in rows) / g, 4) if g else None, "gold": g}
    k = sum(r["person_country"]["known"] for r in rows)
    out["person_country"] = {"accuracy": round(sum(r["person_country"]["right"] for r in rows) / k, 4) if k else None, "known": k}
    out["articles"] = len(rows)
    return out


def sealed_splits(gold_dir: str | Path) -> set[str]:
    """Split names listed in ``gold_dir/SEALED`` (one per line, ``#`` comments): blind sets whose articles
    nobody may look at the scores of before their one honest run, so no rule is written from them."""
    path = Path(gold_dir) / "SEALED"
    if not path.exists():
        return set()
    return {line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()} - {""}


def evaluate_dir(gold_dir: str | Path, unseal: bool = False) -> dict[str, Any]:
    """Extract every gold article in ``gold_dir`` and score it; totals overall, per split and per article.
    Articles of sealed splits (``sealed_splits``) are left out unless ``unseal``."""
    from pactwatch.extract import extract_record

    gold_dir = Path(gold_dir)
    rows, skipped, sealed = [], [], []
    closed = set() if unseal else sealed_splits(gold_dir)
    paths = sorted(gold_dir.glob("*.gold.json")) + sorted(gold_dir.glob("*.record.json"))
    for path in paths:
        gold = load_gold(path)
        if gold.get("split") in closed:
            sealed.append(gold["slug"])
            continue
        if not gold.get("text"):
            skipped.append(gold["slug"])
            continue
        src = gold.get("source") or {}
        record = extract_record(gold["text"], published=src.get("published"), publisher=src.get("publisher"), url=src.get("url"))
        rows.append(score_article(gold, record))
    splits = {s: _sum([r for r in rows if r["split"] == s]) for s in sorted({r["split"] for r in rows})}
    return {"overall": _sum(rows), "splits": splits, "articles": rows, "skipped": skipped, "sealed": sealed}


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table: totals per split, then one line per article."""
    lines = []

    def block(name: str, t: dict[str, Any]) -> None:
        lines.append(f"{name} ({t['articles']} articles)")
        for k in ("persons", "events", "agreements"):
            v = t[k]
            lines.append(f"  {k:<12} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  ({v['tp']} right, {v['predicted']} found, {v['gold']} gold)")
        d, s, c = t["event_dates"], t["sectors"], t["person_country"]
        lines.append(f"  event dates  {'-' if d['accuracy'] is None else format(d['accuracy'], '.3f')} right of {d['matched']} matched events")
        lines.append(f"  sectors      recall {'-' if s['recall'] is None else format(s['recall'], '.3f')} of {s['gold']} gold phrases")
        lines.append(f"  countries    {'-' if c['accuracy'] is None else format(c['accuracy'], '.3f')} of {c['known']} persons with a stated country")

    block("ALL", result["overall"])
    for name, t in result["splits"].items():
        block(name.upper(), t)
    lines.append("")
    lines.append(f"{'article':<44} split persons events agreements dates sectors")
    for r in result["articles"]:
        lines.append(f"{r['slug'][:43]:<44} {r['split']:<5} {r['persons']['f1']:.2f}    {r['events']['f1']:.2f}   {r['agreements']['f1']:.2f}       "
                     f"{r['event_dates']['right']}/{r['event_dates']['matched']}   {r['sectors']['recalled']}/{r['sectors']['gold']}"
                     + (f"  missed {r['missed_persons']}" if r["missed_persons"] else "")
                     + (f"  spurious {r['spurious_persons']}" if r["spurious_persons"] else ""))
    if result.get("sealed"):
        lines.append(f"sealed, not scored ({len(result['sealed'])} articles; --unseal for their one honest run)")
    if result["skipped"]:
        lines.append(f"skipped (text not available here): {', '.join(result['skipped'])}")
    return "\n".join(lines)
