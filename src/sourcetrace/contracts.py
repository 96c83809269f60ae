"""The JSON contracts outside evaluators rely on. Changing a key here is a breaking change:
the golden files in tests/golden/ must be updated on purpose, never silently."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sourcetrace.reuse.compare import Comparison

if TYPE_CHECKING:  # the quotes package loads spaCy; only its types are needed here
    from sourcetrace.quotes import Quote


def compare_json(comparison: Comparison) -> dict[str, Any]:
    """`sourcetrace compare A B --format json`."""
    relation = comparison.relation
    return {
        "passages": [
            {
                "a_start": p.a_start,
                "a_end": p.a_end,
                "b_start": p.b_start,
                "b_end": p.b_end,
                "kind": p.kind,
                "score": p.score,
            }
            for p in comparison.passages
        ],
        "relation": {
            "verdict": relation.verdict,
            "source": relation.source,
            "a_covered": relation.a_covered,
            "b_covered": relation.b_covered,
            "confidence": relation.confidence,
            "evidence": [e.as_dict() for e in relation.evidence],
        },
    }


def quotes_json(quotes: list[Quote]) -> dict[str, Any]:
    """`sourcetrace quotes FILE --format json`."""
    return {
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "speaker": {"name": q.speaker.name, "start": q.speaker.start, "end": q.speaker.end}
                if q.speaker
                else None,
                "cue": {"start": q.cue.start, "end": q.cue.end, "text": q.cue.text} if q.cue else None,
            }
            for q in quotes
        ]
    }
