"""Readable terminal tables for `show` and `compare --format text` (rich); no logic lives here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from sourcetrace.reuse.compare import Comparison
from sourcetrace.store.queries import (
    DocumentRow,
    FactRow,
    IncidentRow,
    QuoteGroupRow,
    RelationRow,
    SpeakerRow,
)

if TYPE_CHECKING:  # the quotes package loads spaCy; only its types are needed here
    from sourcetrace.quotes import Quote


def render_show(
    console: Console, summary: dict[str, int], documents: list[DocumentRow], relations: list[RelationRow]
) -> None:
    console.print(
        f"[bold]{summary['documents']} reports, {summary['independent_sources']} independent "
        f"sources[/bold] ({summary['derived_pairs']} derived pairs; {summary['analyzed']} analyzed)"
    )
    table = Table(title="Documents", show_lines=False)
    for column in ("id", "document", "outlet", "published", "words", "family"):
        table.add_column(column, overflow="fold")
    for doc in documents:
        copies = doc.origins - 1
        label = doc.label + (f" (+{copies} identical cop{'y' if copies == 1 else 'ies'})" if copies else "")
        published = f"{doc.published} ({doc.date_precision})" if doc.published else "unknown"
        table.add_row(
            str(doc.id),
            label,
            doc.outlet or "",
            published,
            str(doc.words),
            str(doc.family) if doc.family is not None else "",
        )
    console.print(table)
    table = Table(title="Strongest relations")
    for column in ("source → derived", "verdict", "share copied", "confidence", "evidence"):
        table.add_column(column, overflow="fold")
    for rel in relations:
        label, shares = _pair_label(rel)
        table.add_row(label, rel.verdict, shares, f"{rel.confidence:.2f}", "; ".join(e["kind"] for e in rel.evidence))
    console.print(table)


def _pair_label(rel: RelationRow) -> tuple[str, str]:
    """The pair written source first, with the share of each text found in the other, in that order."""
    if rel.source_doc == rel.b_doc:
        return f"{rel.b_label} → {rel.a_label}", f"{rel.b_covered:.0%} / {rel.a_covered:.0%}"
    arrow = "→" if rel.source_doc == rel.a_doc else "—"
    return f"{rel.a_label} {arrow} {rel.b_label}", f"{rel.a_covered:.0%} / {rel.b_covered:.0%}"


def render_comparison(
    console: Console, text_a: str, text_b: str, comparison: Comparison, name_a: str, name_b: str
) -> None:
    relation = comparison.relation
    source = {"a": name_a, "b": name_b}.get(relation.source or "", "unknown")
    console.print(
        f"[bold]{relation.verdict}[/bold]; source: {source} (confidence {relation.confidence:.2f}); "
        f"covered: a {relation.a_covered:.0%}, b {relation.b_covered:.0%}",
        highlight=False,
    )
    for evidence in relation.evidence:
        console.print(
            f"  evidence ({evidence.kind}, favours {evidence.favours}): {evidence.detail}",
            markup=False,
            highlight=False,
        )
    table = Table(title=f"{len(comparison.passages)} passages")
    for column in ("kind", "score", "a", "b"):
        table.add_column(column, overflow="fold")
    for p in comparison.passages:
        table.add_row(
            p.kind,
            f"{p.score:.2f}",
            f"[{p.a_start}:{p.a_end}] {text_a[p.a_start : p.a_end]}",
            f"[{p.b_start}:{p.b_end}] {text_b[p.b_start : p.b_end]}",
        )
    console.print(table, markup=False)


def render_quotes(console: Console, quotes: list[Quote], name: str) -> None:
    table = Table(title=f"{len(quotes)} quotations in {name}")
    for column in ("kind", "speaker", "cue", "quote"):
        table.add_column(column, overflow="fold")
    for q in quotes:
        speaker = q.speaker.name if q.speaker else ""
        table.add_row(q.kind, speaker, q.cue.text if q.cue else "", f"[{q.start}:{q.end}] {q.text}")
    console.print(table, markup=False)


def render_quote_groups(console: Console, groups: list[QuoteGroupRow]) -> None:
    console.print(f"[bold]{len(groups)} utterances followed across documents[/bold]")
    for group in groups:
        conflict = "  [red]attributed to different speakers[/red]" if group.speaker_conflict else ""
        console.print(
            f"\n[bold]#{group.id}[/bold] {', '.join(group.speakers) or 'no speaker'} — first in "
            f"{group.earliest_label}; worst change: {group.worst_severity}{conflict}",
            highlight=False,
        )
        console.print(f"  “{group.base_text}”", markup=False, highlight=False)
        for variant in group.variants:
            source = "quote" if variant.is_quote else "author's own words"
            changes = "; ".join(variant.changes) if variant.changes else ""
            console.print(
                f"  - {variant.label} ({source}): {variant.severity}" + (f" — {changes}" if changes else ""),
                markup=False,
                highlight=False,
            )
            for op, before, after in variant.diff:
                console.print(f"      {op}: “{before}” → “{after}”", markup=False, highlight=False)


def render_speakers(console: Console, rows: list[SpeakerRow]) -> None:
    table = Table(title=f"{len(rows)} speakers")
    for column in ("speaker", "kind", "quotes", "documents", "titles used"):
        table.add_column(column, overflow="fold")
    for row in rows:
        titles = "; ".join(f"{title} ({label})" for title, label in row.titles)
        table.add_row(row.name, row.kind, str(row.quotes), str(row.documents), titles)
    console.print(table, markup=False)


def render_events(console: Console, result: dict[str, Any]) -> None:
    """The `events` contract as tables: events per file, then incidents with their facts."""
    for document in result["documents"]:
        table = Table(title=f"{len(document['events'])} events in {document['file']}")
        for column in ("type", "happened", "trigger", "date", "place", "count", "participants"):
            table.add_column(column, overflow="fold")
        for event in document["events"]:
            date, place, count = event["date"], event["place"], event["count"]
            table.add_row(
                event["type"], "yes" if event["happened"] else "no", event["trigger"]["text"],
                f"{date['start']}…{date['end']} ({date['precision']})" if date else "",
                f"{place['name']} ({place['country'] or '?'})" if place else "",
                str(count["value"]) if count else "",
                "; ".join(f"{p['role']}: {p['text']}" for p in event["participants"]))
        console.print(table, markup=False)
    files = [d["file"] for d in result["documents"]]
    console.print(f"\n{len(result['incidents'])} incidents", markup=False)
    for number, incident in enumerate(result["incidents"], 1):
        date = incident["date"]
        when = f"{date['start']}…{date['end']} ({date['precision']})" if date else "undated"
        console.print(f"\n#{number} {incident['type']}, {when}, {len(incident['events'])} events", markup=False)
        for fact in incident["facts"]:
            mark = "" if fact["conflict"] == "none" else f" [{fact['conflict']}; conservative: {fact['conservative']}]"
            console.print(f"  {fact['attribute']}: {fact['independent_sources']} independent sources{mark}",
                          markup=False, highlight=False)
            for value in fact["values"]:
                backers = ", ".join(s["stands_for"] + (f" (echo of {Path(files[s['echo_of']]).name})"
                                                       if s["echo_of"] is not None else "") for s in value["sources"])
                console.print(f"    {value['value']}: {backers}", markup=False, highlight=False)


def render_incidents(console: Console, rows: list[IncidentRow]) -> None:
    table = Table(title=f"{len(rows)} incidents (independent sources = source families after echoes)")
    for column in ("id", "type", "date", "place", "reports", "independent sources", "conflicts", "one-source facts"):
        table.add_column(column, overflow="fold")
    for r in rows:
        when = (r.date_start if r.date_start == r.date_end else f"{r.date_start} – {r.date_end}") if r.date_start \
            else "undated"
        table.add_row(str(r.id), r.type, when, r.place or "", str(r.reports), str(r.independent_sources),
                      str(r.conflicts), str(r.single_source_facts))
    console.print(table, markup=False)


def render_incident(console: Console, row: IncidentRow, facts: list[FactRow]) -> None:
    when = f"{row.date_start} – {row.date_end} ({row.date_precision})" if row.date_start else "undated"
    console.print(f"Incident {row.id}: {row.type}, {when}, {row.place or 'place unknown'} — {row.reports} reports, "
                  f"{row.independent_sources} independent sources", markup=False, highlight=False)
    for fact in facts:
        agreement = "" if fact.conflict == "none" else f" [{fact.conflict}; conservative: {fact.conservative}]"
        alone = " — rests on one source" if fact.independent_sources == 1 else ""
        console.print(f"\n{fact.attribute}: {fact.independent_sources} independent sources{alone}{agreement}",
                      markup=False, highlight=False)
        for value in fact.values:
            console.print(f"  {value.value}", markup=False, highlight=False)
            for s in value.sources:
                echo = f" (echo of {s.echo_label})" if s.echo_of is not None else ""
                console.print(f"    {s.label} [{s.start}:{s.end}] for {s.stands_for}{echo}: “{s.sentence.strip()}”",
                              markup=False, highlight=False)
