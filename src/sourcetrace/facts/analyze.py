"""The facts stage over the store: events of documents not yet read (incremental, in worker
processes), then incidents and their facts rebuilt for the whole collection.

Reads: documents, origins, passages, relations, families, facts_analyzed. Writes: mentions,
events, event_participants, facts_analyzed, incidents, incident_events, incident_facts,
fact_sources. A document counts as read only when its events are written, so an interrupted
run is finished by the next; incidents are rebuilt from the stored events every run.
"""

from __future__ import annotations

import json
import logging
import pickle
import sqlite3
import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sourcetrace.facts import events as events_module
from sourcetrace.facts.corroborate import Fact, FactEvent, incident_facts, incident_type
from sourcetrace.facts.extract import ReportFacts, is_story, report_facts
from sourcetrace.facts.incidents import (
    Case,
    CaseEvent,
    CaseGrouper,
    case_features,
    report_countries,
    surnames,
    victim_words,
)
from sourcetrace.facts.temporal import DateValue
from sourcetrace.nlp import load
from sourcetrace.parallel import ordered_map, worker_count
from sourcetrace.settings import Settings
from sourcetrace.store import Store

ALGORITHM = f"{events_module.ALGORITHM}+incidents-1"
Progress = Callable[[str, int, int], None]
_model: dict[str, str] = {}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FactsReport:
    documents: int
    events: int
    incidents: int


def analyze_facts(store: Store, settings: Settings, on_progress: Progress | None = None) -> FactsReport:
    run_id = store.start_run("facts", ALGORITHM, settings.as_dict())
    done, found = _extract_new(store, settings, run_id, on_progress)
    incidents = rebuild_incidents(store.db)
    report = FactsReport(done, found, incidents)
    store.finish_run(run_id, report.__dict__)
    return report


def _extract_new(store: Store, settings: Settings, run_id: int, on_progress: Progress | None) -> tuple[int, int]:
    pending = "FROM documents d WHERE d.id NOT IN (SELECT doc_id FROM facts_analyzed)"
    total = store.db.execute(f"SELECT count(*) {pending}").fetchone()[0]
    reader = sqlite3.connect(store.path)
    # An undated report resolves "April 28" against the latest dated report it copies from: it
    # cannot be older than its source.
    rows = reader.execute(
        "SELECT d.id, d.text, coalesce(CASE WHEN d.date_precision = 'day' THEN d.published END, "
        " (SELECT max(s.published) FROM relations r JOIN documents s ON s.id = r.source_doc"
        "  WHERE (r.a_doc = d.id OR r.b_doc = d.id) AND r.source_doc != d.id AND s.date_precision = 'day')), "
        " coalesce(d.outlet, d.byline, d.title, (SELECT min(origin) FROM origins o WHERE o.doc_id = d.id)), d.byline "
        f"{pending} ORDER BY d.id")
    workers = min(worker_count(settings.workers), max(1, total // 20))
    done = found = 0
    batch: list[tuple[int, ReportFacts]] = []
    for result in ordered_map(_extract, rows, workers, max_pending=8 * workers, initializer=_init,
                              initargs=(settings.spacy_model,)):
        batch.append(result)
        done += 1
        found += len(result[1].events)
        if len(batch) >= 50:
            _write(store.db, run_id, batch)
            if on_progress:
                on_progress("facts", done, total)
    _write(store.db, run_id, batch)
    reader.close()
    return done, found


def _init(model: str) -> None:
    _model["name"] = model
    load(model)


def _extract(row: tuple[int, str, str | None, str | None, str | None]) -> tuple[int, ReportFacts]:
    doc_id, text, published, fallback, byline = row
    day = date.fromisoformat(published) if published else None
    voice = Path(fallback).name if fallback and fallback.startswith("/") else fallback
    return doc_id, report_facts(load(_model["name"]), text, day, voice or f"document {doc_id}", byline)


def _write(db: sqlite3.Connection, run_id: int, batch: list[tuple[int, ReportFacts]]) -> None:
    with db:
        for doc_id, facts in batch:
            _forget(db, doc_id)
            db.executemany("INSERT INTO mentions(doc_id, kind, start, end, text, value) VALUES (?,?,?,?,?,?)",
                           [(doc_id, m.kind, m.start, m.end, m.text, m.value) for m in facts.mentions])
            for event, stands_for, case in zip(facts.events, facts.stands_for, facts.cases, strict=True):
                event_id = db.execute(
                    "INSERT INTO events(doc_id, type, happened, specific, trigger_start, trigger_end, sentence_start,"
                    " sentence_end, date_start, date_end, date_precision, date_span_start, date_span_end, place_name,"
                    " place_country, place_start, place_end, count_value, count_vague, count_start, count_end, ages,"
                    " confidence, stands_for, case_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    _event_row(doc_id, event, stands_for, case)).lastrowid
                db.executemany("INSERT INTO event_participants(event_id, role, start, end, text) VALUES (?,?,?,?,?)",
                               [(event_id, p.role, p.start, p.end, p.text) for p in event.participants])
            db.executemany("INSERT INTO at_risk(doc_id, kind, start, end, text) VALUES (?,?,?,?,?)",
                           [(doc_id, r.kind, r.start, r.end, r.text) for r in facts.at_risk])
            db.execute("INSERT INTO facts_analyzed(doc_id, voice, run_id) VALUES (?,?,?)",
                       (doc_id, facts.voice, run_id))


def _forget(db: sqlite3.Connection, doc_id: int) -> None:
    db.execute("DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)", (doc_id,))
    db.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM at_risk WHERE doc_id = ?", (doc_id,))


def _event_row(doc_id: int, e: events_module.Event, stands_for: str, case: int | None) -> tuple:
    d, p, c = e.date, e.place, e.count
    return (doc_id, e.type, int(e.happened), int(e.specific and is_story(e)), e.trigger_start, e.trigger_end,
            e.sentence_start, e.sentence_end,
            d and d.value.start.isoformat(), d and d.value.end.isoformat(), d and d.value.precision,
            d and d.start, d and d.end,
            p and p.name, p and p.country, p and p.start, p and p.end,
            c and c.value, c and int(c.vague), c and c.start, c and c.end,
            json.dumps([[a.low, a.high, a.start, a.end, a.text] for a in e.ages]), e.confidence, stands_for, case)


# --- incidents ------------------------------------------------------------------------------------

DOCS_PER_READ = 2_000        # reports whose case events are read in one query
EVENTS_PER_READ = 20_000     # incident events whose facts are built from one set of reads


def rebuild_incidents(db: sqlite3.Connection) -> int:
    """Group every stored case into incidents and rebuild their facts.

    Memory stays bounded whatever the archive's size: cases are read by blocks of reports and
    set down in a temporary table, grouped in order of time (the grouper keeps only the last
    months' evidence), and incidents are written block by block from that table; no query runs
    per case or incident."""
    clock = time.perf_counter()
    total = _set_down_cases(db)
    log.info("incidents: %d cases read in %.1f s", total, time.perf_counter() - clock)
    clock = time.perf_counter()
    related = {(a, b) for a, b in db.execute("SELECT a_doc, b_doc FROM relations WHERE verdict != 'independent'")}
    grouper = CaseGrouper(related)
    for index, features in db.execute("SELECT idx, features FROM temp.incident_cases"
                                      " WHERE first_month IS NOT NULL ORDER BY first_month, idx"):
        grouper.add(index, pickle.loads(features))
    db.execute("CREATE TEMP TABLE IF NOT EXISTS incident_roots (idx INTEGER PRIMARY KEY, root INTEGER)")
    db.execute("DELETE FROM temp.incident_roots")
    db.executemany("INSERT INTO temp.incident_roots VALUES (?,?)", ((i, grouper.root(i)) for i in range(total)))
    del grouper, related
    db.execute("CREATE INDEX IF NOT EXISTS temp.incident_roots_root ON incident_roots(root, idx)")
    log.info("incidents: %d cases grouped in %.1f s", total, time.perf_counter() - clock)
    clock = time.perf_counter()
    voices = dict(db.execute("SELECT doc_id, voice FROM facts_analyzed"))
    families = dict(db.execute("SELECT doc_id, family_id FROM families"))
    written = 0
    with db:
        for table in ("fact_sources", "incident_facts", "incident_events", "incidents"):
            db.execute(f"DELETE FROM {table}")
        family = _family_key(voices, families)   # once: it indexes every report's voice
        for block in _blocks(_stored_groups(db)):
            reads = _FactReads.load(db, block, voices)
            for group in block:
                _write_incident(db, group, reads, family)
            written += len(block)
        db.execute("DELETE FROM temp.incident_cases")
        db.execute("DELETE FROM temp.incident_roots")
    log.info("incidents: facts of %d incidents built and written in %.1f s", written, time.perf_counter() - clock)
    return written


@dataclass(frozen=True)
class _CaseRef:
    """What writing an incident needs of a case once it is grouped."""

    doc_id: int
    event_ids: tuple[int, ...]
    date: DateValue | None


def _set_down_cases(db: sqlite3.Connection) -> int:
    """Every case with its matching features into a temporary table, numbered; returns how many."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS incident_cases"
               " (idx INTEGER PRIMARY KEY, first_month INTEGER, ref BLOB, features BLOB)")
    db.execute("DELETE FROM temp.incident_cases")
    total = 0
    for block in _case_blocks(db):
        countries = report_countries(block)   # a report's cases are all in its block
        rows = []
        for case in block:
            features = case_features(case, countries[case.doc_id])
            ref = _CaseRef(case.doc_id, tuple(e.id for e in case.events), case.date)
            rows.append((total, features.months[0] if features else None, pickle.dumps(ref),
                         pickle.dumps(features) if features else None))
            total += 1
        db.executemany("INSERT INTO temp.incident_cases VALUES (?,?,?,?)", rows)
    return total


def _stored_groups(db: sqlite3.Connection) -> Iterator[list[_CaseRef]]:
    group: list[_CaseRef] = []
    current = None
    for root, ref in db.execute("SELECT r.root, c.ref FROM temp.incident_roots r"
                                " JOIN temp.incident_cases c ON c.idx = r.idx ORDER BY r.root, r.idx"):
        if root != current and group:
            yield group
            group = []
        current = root
        group.append(pickle.loads(ref))
    if group:
        yield group


def _blocks(groups: Iterable[list[_CaseRef]]) -> Iterator[list[list[_CaseRef]]]:
    block: list[list[_CaseRef]] = []
    size = 0
    for group in groups:
        block.append(group)
        size += sum(len(case.event_ids) for case in group)
        if size >= EVENTS_PER_READ:
            yield block
            block, size = [], 0
    if block:
        yield block


def _case_blocks(db: sqlite3.Connection) -> Iterator[list[Case]]:
    """Cases by blocks of reports, with the victims' words and the surnames each event's sentence names."""
    published = {doc_id: date.fromisoformat(day) for doc_id, day in db.execute(
        "SELECT id, published FROM documents WHERE date_precision = 'day'")}
    first, last = db.execute("SELECT min(doc_id), max(doc_id) FROM events WHERE case_no IS NOT NULL").fetchone()
    if first is None:
        return
    for low in range(first, last + 1, DOCS_PER_READ):
        yield list(_cases_between(db, low, low + DOCS_PER_READ - 1, published))


def _cases_between(db: sqlite3.Connection, low: int, high: int, published: dict[int, date]) -> Iterator[Case]:
    victims: dict[int, list[str]] = defaultdict(list)
    for event_id, text in db.execute(
            "SELECT p.event_id, p.text FROM events e JOIN event_participants p ON p.event_id = e.id"
            " WHERE e.doc_id BETWEEN ? AND ? AND e.case_no IS NOT NULL AND p.role = 'victim'", (low, high)):
        victims[event_id].append(text)
    people: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for doc_id, start, text in db.execute(
            "SELECT doc_id, start, text FROM mentions WHERE doc_id BETWEEN ? AND ? AND kind = 'person'", (low, high)):
        people[doc_id].extend((start, key) for key in surnames(text))
    named_in = {doc_id: {key for _, key in found} for doc_id, found in people.items()}
    cases: dict[tuple[int, int], Case] = {}
    for (event_id, doc_id, type_name, position, start, end, precision, place, country, count, case_no,
         sentence_start, sentence_end) in db.execute(
            "SELECT id, doc_id, type, trigger_start, date_start, date_end, date_precision, place_name, place_country,"
            " count_value, case_no, sentence_start, sentence_end FROM events"
            " WHERE doc_id BETWEEN ? AND ? AND case_no IS NOT NULL ORDER BY doc_id, case_no, trigger_start",
            (low, high)):
        case = cases.get((doc_id, case_no))
        if case is None:
            case = cases[doc_id, case_no] = Case(doc_id, case_no, published=published.get(doc_id))
        value = DateValue(date.fromisoformat(start), date.fromisoformat(end), precision) if start else None
        names = frozenset(key for at, key in people[doc_id] if sentence_start <= at < sentence_end)
        words = victim_words(victims[event_id])
        case.events.append(CaseEvent(event_id, doc_id, type_name, position, 0, value, place, country, count,
                                     words, True, names, victims_named=words & named_in.get(doc_id, set())))
    yield from cases.values()


def _id_set(db: sqlite3.Connection, name: str, ids: object) -> str:
    """A temporary table of ids, for `IN` over sets larger than SQLite's limit on bound variables."""
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY)")
    db.execute(f"DELETE FROM temp.{name}")
    db.executemany(f"INSERT OR IGNORE INTO temp.{name}(id) VALUES (?)", ((i,) for i in ids))
    return f"(SELECT id FROM temp.{name})"


@dataclass
class _FactReads:
    """What the facts of a block of incidents are built from, read once for the whole block."""

    events: dict[int, FactEvent]
    copied: dict[int, list[tuple[int, int, int, int, int]]]     # copying report → (start, end, source, s_start, s_end)
    attributions: dict[int, list[tuple[int, int, str]]]          # report → (sentence start, end, stands for)
    upstream: dict[int, set[int]]                                # report → the reports it derives from
    voices: dict[int, str]                                       # report → whom it speaks for

    @classmethod
    def load(cls, db: sqlite3.Connection, block: list[list[_CaseRef]], voices: dict[int, str]) -> _FactReads:
        events = {e.id: e for e in _fact_events(db, [i for group in block for case in group for i in case.event_ids])}
        doc_ids = {e.doc_id for e in events.values()}
        chosen = _id_set(db, "incident_docs", doc_ids)
        return cls(events, _copied(db, chosen), _attributions(db, chosen), _upstream(db, chosen, doc_ids), voices)

    def echo(self, event: FactEvent) -> tuple[int | None, str]:
        """An event inside a passage copied from an earlier report is an echo of that report."""
        doc, position, stands_for, origin = event.doc_id, event.trigger_start, event.stands_for, None
        for _ in range(5):   # follow a copy of a copy back to the first report
            hit = next(((src, s_start + (position - start) * (s_end - s_start) // max(1, end - start))
                        for start, end, src, s_start, s_end in self.copied.get(doc, ())
                        if start <= position < end), None)
            if hit is None:
                break
            origin, (doc, position) = hit[0], hit
            stands_for = _stands_for_at(self.attributions.get(doc, []), position) or self.voices.get(doc, stands_for)
        return origin, stands_for

    def upstream_of(self, doc_id: int) -> set[int]:
        return self.upstream.get(doc_id, set())


def _write_incident(db: sqlite3.Connection, group: list[_CaseRef], reads: _FactReads,
                    family: Callable[[str, int], str]) -> None:
    event_ids = [i for case in group for i in case.event_ids]
    fact_events = [reads.events[i] for i in event_ids if i in reads.events]
    facts = incident_facts(fact_events, reads.echo, family, reads.upstream_of, reads.voices.get)
    type_name = incident_type([e.type for e in fact_events])
    dated = [c.date for c in group if c.date is not None]
    span = min(dated, key=lambda d: (d.days, d.start)) if dated else None
    place = next((f.conservative for f in facts if f.attribute == "place"), None)
    country = next((e.country for e in fact_events if e.country), None)
    sources = {s.family for f in facts for values in f.values.values() for s in values}
    incident_id = db.execute(
        "INSERT INTO incidents(type, date_start, date_end, date_precision, place, country, reports,"
        " independent_sources, conflicts) VALUES (?,?,?,?,?,?,?,?,?)",
        (type_name, span and span.start.isoformat(), span and span.end.isoformat(), span and span.precision,
         place, country, len({c.doc_id for c in group}), len(sources),
         sum(f.conflict == "conflict" for f in facts))).lastrowid
    db.executemany("INSERT INTO incident_events(incident_id, event_id) VALUES (?,?)",
                   [(incident_id, event_id) for event_id in event_ids])
    for fact in facts:
        _write_fact(db, incident_id, fact)


def _write_fact(db: sqlite3.Connection, incident_id: int, fact: Fact) -> None:
    fact_id = db.execute(
        "INSERT INTO incident_facts(incident_id, attribute, conflict, conservative, independent_sources)"
        " VALUES (?,?,?,?,?)", (incident_id, fact.attribute, fact.conflict, fact.conservative,
                                fact.independent_sources)).lastrowid
    db.executemany(
        "INSERT INTO fact_sources(fact_id, value, doc_id, event_id, start, end, stands_for, echo_of)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [(fact_id, value, s.doc_id, s.event_id, s.start, s.end, s.stands_for, s.echo_of)
         for value, sources in fact.values.items() for s in sources])


def _fact_events(db: sqlite3.Connection, event_ids: list[int]) -> Iterator[FactEvent]:
    chosen = _id_set(db, "incident_events_chosen", event_ids)
    authorities: dict[int, str] = {}
    for event_id, text in db.execute(
            f"SELECT event_id, text FROM event_participants WHERE role = 'authority' AND event_id IN {chosen}"):
        authorities.setdefault(event_id, text)
    for row in db.execute(
            "SELECT id, doc_id, type, trigger_start, sentence_start, sentence_end, date_start, date_end,"
            f" date_precision, place_name, place_country, count_value, count_vague, ages, stands_for"
            f" FROM events WHERE id IN {chosen}"):
        (event_id, doc_id, type_name, trigger, s_start, s_end, d_start, d_end, precision, place, country, count,
         vague, ages, stands_for) = row
        value = DateValue(date.fromisoformat(d_start), date.fromisoformat(d_end), precision) if d_start else None
        yield FactEvent(event_id, doc_id, type_name, trigger, s_start, s_end, value, place, country, count,
                        bool(vague), tuple((low, high, text) for low, high, _, _, text in json.loads(ages)),
                        authorities.get(event_id), stands_for)


def _upstream(db: sqlite3.Connection, chosen: str, doc_ids: set[int]) -> dict[int, set[int]]:
    """Each report → the reports it derives from, by the reuse stage's direction. (One side is
    looked up in SQL, the other tested here: `IN` on both would make SQLite probe every pair.)"""
    found: dict[int, set[int]] = defaultdict(set)
    for a_doc, b_doc, source in db.execute(
            f"SELECT a_doc, b_doc, source_doc FROM relations WHERE source_doc IS NOT NULL AND verdict != 'independent'"
            f" AND a_doc IN {chosen}"):
        if b_doc in doc_ids:
            found[b_doc if source == a_doc else a_doc].add(source)
    return found


def _copied(db: sqlite3.Connection, chosen: str) -> dict[int, list[tuple[int, int, int, int, int]]]:
    """The passages the chosen reports copied, keyed by the copying report."""
    copied: dict[int, list[tuple[int, int, int, int, int]]] = defaultdict(list)
    for chosen_side in (f"p.a_doc IN {chosen}", f"p.b_doc IN {chosen} AND p.a_doc NOT IN {chosen}"):
        for a_doc, a_start, a_end, b_doc, b_start, b_end, source in db.execute(
                "SELECT p.a_doc, p.a_start, p.a_end, p.b_doc, p.b_start, p.b_end, r.source_doc FROM passages p"
                " JOIN relations r ON r.a_doc = p.a_doc AND r.b_doc = p.b_doc"
                f" WHERE r.source_doc IS NOT NULL AND {chosen_side}"):
            if source == a_doc:
                copied[b_doc].append((b_start, b_end, a_doc, a_start, a_end))
            else:
                copied[a_doc].append((a_start, a_end, b_doc, b_start, b_end))
    return copied


def _attributions(db: sqlite3.Connection, chosen: str) -> dict[int, list[tuple[int, int, str]]]:
    found: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for doc_id, start, end, stands_for in db.execute(
            f"SELECT doc_id, sentence_start, sentence_end, stands_for FROM events WHERE doc_id IN {chosen}"
            " ORDER BY doc_id, sentence_start"):
        found[doc_id].append((start, end, stands_for))
    return found


def _stands_for_at(sentences: list[tuple[int, int, str]], position: int) -> str | None:
    index = bisect_right([s for s, _, _ in sentences], position) - 1
    if index >= 0 and sentences[index][0] <= position < sentences[index][1]:
        return sentences[index][2]
    return None


def _family_key(voices: dict[int, str], families: dict[int, int]) -> Callable[[str, int], str]:
    """A report's own voice counts as its source family; a named source counts as itself."""
    by_voice: dict[str, int] = {}
    for doc_id, voice in voices.items():
        by_voice.setdefault(voice.casefold(), families.get(doc_id, doc_id))

    def key(stands_for: str, doc_id: int) -> str:
        if voices.get(doc_id) == stands_for:
            return f"family:{families.get(doc_id, doc_id)}"
        family = by_voice.get(stands_for.casefold())
        return f"family:{family}" if family is not None else f"source:{stands_for.casefold()}"

    return key
