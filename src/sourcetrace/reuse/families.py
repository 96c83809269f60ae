"""Source families: documents linked by derivation (either direction) form one family.

Reads: relations. Writes: families. Rebuilt whole after each analysis, which costs one pass over
the relations (linear), never over document pairs.
"""

from __future__ import annotations

import sqlite3

ALGORITHM = "reuse.families.v1"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:   # path compression keeps later finds near constant time
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)   # the smallest id names the family


def rebuild_families(db: sqlite3.Connection) -> int:
    """Recompute every document's family; returns the number of families (independent sources)."""
    groups = _UnionFind()
    for (doc_id,) in db.execute("SELECT id FROM documents"):
        groups.find(doc_id)
    for a_doc, b_doc in db.execute("SELECT a_doc, b_doc FROM relations WHERE verdict != 'independent'"):
        groups.union(a_doc, b_doc)
    rows = [(doc_id, groups.find(doc_id)) for doc_id in list(groups.parent)]
    with db:
        db.execute("DELETE FROM families")
        db.executemany("INSERT INTO families(doc_id, family_id) VALUES (?, ?)", rows)
    return len({family for _, family in rows})
