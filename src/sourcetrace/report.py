"""The self-contained HTML report: one file to send to a colleague, making no request of any kind.

It carries the collection summary, the provenance graph (inline SVG), every derived pair's aligned
passages, the quote groups and the incidents with their facts; the stylesheet is inlined and a
Content-Security-Policy meta tag forbids scripts and remote resources. People at risk are
redacted unless the caller passes no redactor. Reads the store only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import jinja2

from sourcetrace.facts.redact import NO_REDACTION, Redactor, redact_data
from sourcetrace.store import queries
from sourcetrace.web import views

TEMPLATES = Path(__file__).parent / "web" / "templates"
STYLE = Path(__file__).parent / "web" / "static" / "style.css"


def render_report(db: sqlite3.Connection, redactor: Redactor = NO_REDACTION) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    pairs = []
    for rel in queries.relations(db):
        if rel.verdict != "independent":
            compared = views.compare(db, rel.a_doc, rel.b_doc) or {}
            pairs.append({"relation": rel, "passages": compared.get("passages", [])})
    incidents = [views.incident(db, row.id) for row in queries.incidents(db, limit=200)]
    content = redact_data({
        "summary": queries.summary(db), "documents": list(queries.documents(db)), "graph": views.graph(db),
        "pairs": pairs, "groups": views.quote_groups(db)["groups"], "incidents": [i for i in incidents if i]},
        redactor)
    return env.get_template("report.html").render(**content, redacted=bool(redactor),
                                                  style=STYLE.read_text(encoding="utf-8"))


def write_report(db: sqlite3.Connection, output: Path, redactor: Redactor = NO_REDACTION) -> None:
    output.write_text(render_report(db, redactor), encoding="utf-8")
