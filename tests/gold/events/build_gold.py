"""Build an event gold set (``NNN_<style>.json``) from the marked-up sources in its folder.

The documents are invented and live in ``_*.py`` modules as text where ``[[N:...]]`` marks
the trigger of event N, so that nobody counts offsets by hand; GUIDELINES.md says what is
annotated and how values are written. Run ``python tests/gold/events/build_gold.py [FOLDER]``
to rewrite the JSON files and print a summary; the tests check that the files are what this
script builds, and that every source follows the guidelines' mechanical rules.
"""

from __future__ import annotations

import calendar
import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
TYPES = ("detention", "forced_return", "flight", "imprisonment", "torture", "killing", "death",
         "disappearance", "release", "asylum", "policy", "statement")
PRECISIONS = ("day", "month", "year", "range")
STYLES = ("ngo", "wire", "news", "statement")
KEYS = {"type", "happened", "date", "place", "country", "count", "incident"}
MARKER = re.compile(r"\[\[(\d+):(.+?)\]\]", re.S)
NAME = re.compile(rf"^\d{{3}}_({'|'.join(STYLES)})$")


class GoldError(ValueError):
    """A marked-up source breaks a rule; the message names the document."""


def parse_markup(markup: str, doc_id: str) -> tuple[str, dict[int, tuple[int, int]]]:
    """Strip the trigger markers; return the plain text and each event's trigger span."""
    parts: list[str] = []
    triggers: dict[int, tuple[int, int]] = {}
    length = last = 0
    for match in MARKER.finditer(markup):
        before = markup[last : match.start()]
        parts.append(before)
        length += len(before)
        number, trigger = int(match.group(1)), match.group(2)
        if number in triggers:
            raise GoldError(f"{doc_id}: event {number} has two trigger markers")
        if "[[" in trigger or trigger != trigger.strip():
            raise GoldError(f"{doc_id}: malformed trigger for event {number}: {trigger!r}")
        triggers[number] = (length, length + len(trigger))
        parts.append(trigger)
        length += len(trigger)
        last = match.end()
    parts.append(markup[last:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise GoldError(f"{doc_id}: stray marker near {text[max(0, text.find('[[') - 30):][:60]!r}")
    return text, triggers


def _check_date(doc_id: str, number: int, value: object) -> dict | None:
    if value is None:
        return None
    if not (isinstance(value, tuple) and len(value) == 3 and value[2] in PRECISIONS):
        raise GoldError(f"{doc_id} event {number}: date must be (start, end, precision), got {value!r}")
    start, end, precision = value
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if first > last:
        raise GoldError(f"{doc_id} event {number}: date starts after it ends")
    whole_month = first.day == 1 and last == first.replace(day=calendar.monthrange(first.year, first.month)[1])
    expected = {
        "day": first == last,
        "month": whole_month,
        "year": (first.month, first.day, last.month, last.day, first.year) == (1, 1, 12, 31, last.year),
        "range": first != last,
    }[precision]
    if not expected:
        raise GoldError(f"{doc_id} event {number}: {start}..{end} is not a {precision}")
    return {"start": start, "end": end, "precision": precision}


def _event(doc_id: str, number: int, spec: dict, text: str, span: tuple[int, int]) -> dict:
    unknown = set(spec) - KEYS
    if unknown:
        raise GoldError(f"{doc_id} event {number}: unknown keys {sorted(unknown)}")
    if spec.get("type") not in TYPES:
        raise GoldError(f"{doc_id} event {number}: unknown type {spec.get('type')!r}")
    happened = spec.get("happened", True)
    incident = spec.get("incident")
    if incident is not None and (not happened or spec["type"] == "statement"):
        raise GoldError(f"{doc_id} event {number}: only happened, non-statement events belong to an incident")
    count = spec.get("count")
    if count is not None and (not isinstance(count, int) or count < 1):
        raise GoldError(f"{doc_id} event {number}: count must be a positive int")
    place = spec.get("place")
    if place is not None and place not in text:
        raise GoldError(f"{doc_id} event {number}: place {place!r} is not written in the text")
    return {
        "id": number, "type": spec["type"], "happened": happened,
        "trigger": {"start": span[0], "end": span[1], "text": text[span[0] : span[1]]},
        "date": _check_date(doc_id, number, spec.get("date")),
        "place": place, "country": spec.get("country"), "count": count, "incident": incident,
    }


def _published(doc_id: str, text: str) -> str:
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from sourcetrace.ingest.dates import from_text

    published = from_text(text)
    if published.precision != "day":
        raise GoldError(f"{doc_id}: the first lines hold no dateline with a day")
    return published.iso


def build_document(source: dict) -> dict:
    doc_id = source["name"]
    if not NAME.match(doc_id):
        raise GoldError(f"{doc_id}: name must be NNN_<{'|'.join(STYLES)}>")
    text, triggers = parse_markup(source["text"].strip("\n") + "\n", doc_id)
    if "\n\n\n" in text or "\n" in text.replace("\n\n", "").rstrip("\n"):
        raise GoldError(f"{doc_id}: paragraphs must be separated by exactly one blank line")
    specs = source["events"]
    if set(specs) != set(triggers):
        raise GoldError(f"{doc_id}: events without marker {sorted(set(specs) - set(triggers))}, "
                        f"markers without event {sorted(set(triggers) - set(specs))}")
    events = [_event(doc_id, n, specs[n], text, triggers[n]) for n in sorted(triggers, key=triggers.get)]
    return {"name": doc_id, "outlet": source["outlet"], "published": _published(doc_id, text),
            "text": text, "events": events}


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(folder: Path) -> list[dict]:
    documents = [build_document(doc) for path in sorted(folder.glob("_*.py")) for doc in _load(path).DOCS]
    names = Counter(doc["name"] for doc in documents)
    if duplicated := [name for name, n in names.items() if n > 1]:
        raise GoldError(f"{folder.name}: duplicate document names {duplicated}")
    return sorted(documents, key=lambda doc: doc["name"])


def summary(documents: list[dict]) -> str:
    events = [e for doc in documents for e in doc["events"]]
    types = Counter(e["type"] for e in events)
    incidents = {e["incident"] for e in events if e["incident"]}
    with_date = sum(e["date"] is not None for e in events)
    with_count = sum(e["count"] is not None for e in events)
    return (f"{len(documents)} documents, {len(events)} events "
            f"({sum(not e['happened'] for e in events)} not happened), {len(incidents)} incidents, "
            f"{with_date} dated, {with_count} counted\n" + ", ".join(f"{t} {n}" for t, n in types.most_common()))


def main(folder: Path = HERE) -> None:
    documents = build(folder)
    for old in folder.glob("[0-9][0-9][0-9]_*.json"):
        old.unlink()
    for doc in documents:
        (folder / f"{doc['name']}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    print(summary(documents))


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
