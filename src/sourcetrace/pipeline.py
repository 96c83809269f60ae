"""The stages in order, with what each reads and writes in the store (the contract between them)."""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace import ingest, reuse


@dataclass(frozen=True)
class Stage:
    name: str
    algorithm: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("ingest", ingest.ALGORITHM, ("origins", "meta"), ("documents", "origins", "documents_fts", "meta")),
    Stage("reuse", reuse.ALGORITHM, ("documents", "fingerprints", "analyzed"),
          ("fingerprints", "passages", "relations", "families", "analyzed")),
    Stage("quotes", "quotes.extract.v1+quotes.track.v1", ("documents", "quotes_analyzed"),
          ("quotes", "entities", "entity_titles", "quotes_analyzed", "quote_groups", "quote_variants")),
    Stage("facts", "events-1+incidents-1",
          ("documents", "origins", "passages", "relations", "families", "facts_analyzed"),
          ("mentions", "events", "event_participants", "facts_analyzed", "incidents", "incident_events",
           "incident_facts", "fact_sources")),
)
