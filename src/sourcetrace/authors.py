"""Who wrote a document: its outlet and byline, and the name it gives itself.

A press release opens "Human Rights Watch said today"; wire copy carries its agency in the
dateline, "BRAGA, Portugal (CPA) -". Reuse uses these names to read attributions ("HRW said"),
quotes to match a quote attributed to an organization against that organization's own release.
"""

from __future__ import annotations

import re

_SELF_NAME = re.compile(
    r"((?:[A-Z][\w.&’'-]*)(?:\s+(?:of|for|the|and|on|[A-Z][\w.&’'-]*))*)"
    r"(?:\s*\(([A-Z]{2,8})\))?\s+"
    r"(?:said|says) (?:today|in a (?:statement|press release) (?:today|on \w+day))"
)
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:, [A-Z][\w .'-]+)?\s*\(([A-Z][\w&.-]{1,15})\)\s*[-—–]", re.M)
_SELF_NAME_SPAN = 600


def author_names(text: str, outlet: str | None = None, byline: str | None = None) -> set[str]:
    """Who speaks in a document: its outlet and byline, and the name it gives itself, with acronyms."""
    head = text[:_SELF_NAME_SPAN]
    names = [outlet, byline] + [g for m in _SELF_NAME.finditer(head) for g in m.groups()]
    names += [m.group(1) for m in _WIRE_DATELINE.finditer(head)]
    expanded: set[str] = set()
    for name in names:
        name = (name or "").strip()
        name = name[4:] if name.startswith("The ") else name  # "the Coastal Rights Forum said"
        if len(name) >= 3:
            expanded |= expand_name(name)
    return expanded


def expand_name(name: str) -> set[str]:
    """A name and its initials ("Human Rights Watch" → "HRW"), which texts use interchangeably."""
    initials = "".join(word[0] for word in name.split() if word[0].isupper())
    return {name, initials} if len(initials) >= 2 and " " in name else {name}
