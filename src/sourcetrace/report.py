"""The self-contained HTML report: one file to send to a colleague, making no request of any kind.

It carries the collection summary, the provenance graph (inline SVG), every derived pair's aligned
passages and the quote groups; the stylesheet is inlined and a Content-Security-Policy meta tag
forbids scripts and remote resources. Reads the store only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import jinja2

from sourcetrace.store import queries
from sourcetrace.web import views

TEMPLATES = Path(__file__).parent / "web" / "templates"
STYLE = Path(__file__).parent / "web" / "static" / "style.css"


def render_report(db: sqlite3.Connection) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    pairs = []
    for rel in queries.relations(db):
        if rel.verdict != "independent":
            compared = views.compare(db, rel.a_doc, rel.b_doc) or {}
            pairs.append({"relation": rel, "passages": compared.get("passages", [])})
    return env.get_template("report.html").render(
        summary=queries.summary(db), documents=list(queries.documents(db)), graph=views.graph(db),
        pairs=pairs, groups=views.quote_groups(db)["groups"], style=STYLE.read_text(encoding="utf-8"))


def write_report(db: sqlite3.Connection, output: Path) -> None:
    output.write_text(render_report(db), encoding="utf-8")
