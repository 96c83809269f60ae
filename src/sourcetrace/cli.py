"""Command line: parses arguments, calls one stage, prints. The one error boundary of the tool."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sourcetrace import __version__, contracts, ingest, reuse
from sourcetrace.errors import InputError, SourcetraceError
from sourcetrace.ingest.readers import Limits, read_file
from sourcetrace.quotes import extract_quotes
from sourcetrace.render import render_comparison, render_quotes, render_show
from sourcetrace.settings import SETTINGS, Settings
from sourcetrace.store import Store, open_store, queries

app = typer.Typer(
    help="sourcetrace: who copied whom in a pile of reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help and errors: readable in any terminal, log and the README
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", metavar="PATH", help="Store file (default ./sourcetrace.db).", envvar="SOURCETRACE_DB"),
]
SetOption = Annotated[
    list[str] | None,
    typer.Option("--set", metavar="NAME=VALUE", help="Override a setting (repeatable; see 'sourcetrace settings')."),
]
_state: dict[str, Path] = {}
INTERRUPTED = 130  # the exit code typer gives Ctrl-C


@app.callback()
def main_options(
    db: DbOption = None, version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False
) -> None:
    """Options given before the command apply to every command."""
    if version:
        out.print(f"sourcetrace {__version__}")
        raise typer.Exit
    if db:
        _state["db"] = db


def _store(db: Path | None, *, create: bool = True) -> Store:
    return open_store(db or _state.get("db") or Path("sourcetrace.db"), create=create)


def _settings(overrides: list[str] | None) -> Settings:
    pairs = {}
    for item in overrides or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--set")
        pairs[name.strip()] = value.strip()
    return Settings.from_overrides(pairs)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


@app.command()
def add(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Files or folders (searched recursively).")],
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Add reports (.txt .md .html .htm .jsonl .warc .warc.gz) to the store."""
    settings = _settings(set_)
    with _store(db) as store, _progress() as bar:
        task = bar.add_task("reading", total=None)
        report = ingest.ingest_paths(
            store,
            paths,
            settings,
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
            on_error=lambda error: err.print(str(error), markup=False, highlight=False),
        )
    for notice in report.notices:
        err.print(notice, markup=False, highlight=False)
    out.print(
        f"added {report.added} documents, {report.duplicates} duplicates of stored texts, "
        f"{report.unchanged} already stored, {len(report.errors)} failed"
    )
    if report.errors:
        raise typer.Exit(InputError.exit_code)


@app.command()
def analyze(db: DbOption = None, set_: SetOption = None) -> None:
    """Compare documents not yet analyzed with the whole collection; update relations and families."""
    settings = _settings(set_)
    with _store(db, create=False) as store, _progress() as bar:
        tasks: dict[str, int] = {}

        def progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        report = reuse.analyze(store, settings, on_progress=progress)
    out.print(
        f"analyzed {report.new_documents} new documents: {report.candidate_pairs} candidate pairs, "
        f"{report.related_pairs} related, {report.passages} passages; "
        f"{report.documents} reports, {report.families} independent sources"
    )


@app.command()
def show(db: DbOption = None, limit: Annotated[int, typer.Option(help="Rows per table.")] = 50) -> None:
    """Documents, source families and the strongest relations, as readable tables."""
    with _store(db, create=False) as store:
        render_show(
            out,
            queries.summary(store.db),
            list(queries.documents(store.db, limit)),
            list(queries.relations(store.db, limit)),
        )


@app.command()
def compare(
    file_a: Annotated[Path, typer.Argument(metavar="A", help="First report (text, Markdown or HTML).")],
    file_b: Annotated[Path, typer.Argument(metavar="B", help="Second report.")],
    format_: Annotated[str, typer.Option("--format", help="json or text.")] = "text",
    set_: SetOption = None,
) -> None:
    """Align two files without a store: passages (verbatim, near, paraphrase) and their relation."""
    if format_ not in ("json", "text"):
        raise typer.BadParameter("choose json or text", param_hint="--format")
    result = reuse.compare_files(file_a, file_b, _settings(set_))
    for doc in (result.a, result.b):
        if doc.encoding_note:
            err.print(f"{doc.origin}: {doc.encoding_note}", markup=False, highlight=False)
    if format_ == "json":
        sys.stdout.write(json.dumps(contracts.compare_json(result.comparison), ensure_ascii=False) + "\n")
    else:
        render_comparison(out, result.a.text, result.b.text, result.comparison, str(file_a), str(file_b))


@app.command()
def quotes(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A report (text, Markdown or HTML).")],
    format_: Annotated[str, typer.Option("--format", help="json or text.")] = "text",
    set_: SetOption = None,
) -> None:
    """Quotations in a file without a store: direct, mixed and indirect, with speaker and cue spans."""
    if format_ not in ("json", "text"):
        raise typer.BadParameter("choose json or text", param_hint="--format")
    settings = _settings(set_)
    limits = Limits(settings.max_file_bytes, settings.max_document_chars, settings.min_document_words)
    document = read_file(file, limits)
    if document.encoding_note:
        err.print(f"{document.origin}: {document.encoding_note}", markup=False, highlight=False)
    found = extract_quotes(document.text, settings.spacy_model)
    if format_ == "json":
        sys.stdout.write(json.dumps(contracts.quotes_json(found), ensure_ascii=False) + "\n")
    else:
        render_quotes(out, found, str(file))


@app.command()
def export(
    db: DbOption = None,
    format_: Annotated[str, typer.Option("--format", help="json or csv.")] = "json",
    table: Annotated[str, typer.Option(help="For csv: documents, relations or passages.")] = "relations",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default stdout).")] = None,
) -> None:
    """Export documents, relations, passages and families (JSON: everything; CSV: one table)."""
    if format_ not in ("json", "csv"):
        raise typer.BadParameter("choose json or csv", param_hint="--format")
    with _store(db, create=False) as store:
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            if format_ == "json":
                _export_json(store, stream)
            else:
                _export_csv(store, table, stream)
        finally:
            if output:
                stream.close()


def _export_json(store: Store, stream: typer.FileTextWrite) -> None:
    """Streamed one record at a time, so a large store exports in bounded memory."""
    stream.write('{"summary": ' + json.dumps(queries.summary(store.db)))
    sections = {
        "documents": (vars(row) for row in queries.documents(store.db)),
        "relations": (vars(row) for row in queries.relations(store.db, order_by_strength=False)),
        "passages": queries.passages(store.db),
    }
    for name, rows in sections.items():
        stream.write(f', "{name}": [')
        for index, row in enumerate(rows):
            stream.write(("," if index else "") + "\n" + json.dumps(row, ensure_ascii=False))
        stream.write("]")
    stream.write("}\n")


def _export_csv(store: Store, table: str, stream: typer.FileTextWrite) -> None:
    rows = {
        "documents": lambda: (vars(r) for r in queries.documents(store.db)),
        "relations": lambda: (
            vars(r) | {"evidence": json.dumps(r.evidence)} for r in queries.relations(store.db, order_by_strength=False)
        ),
        "passages": lambda: queries.passages(store.db),
    }
    if table not in rows:
        raise typer.BadParameter("choose documents, relations or passages", param_hint="--table")
    writer: csv.DictWriter | None = None
    for row in rows[table]():
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)


@app.command("settings")
def list_settings() -> None:
    """Every setting with its default and meaning (override with --set NAME=VALUE)."""
    for setting in SETTINGS:
        out.print(f"{setting.name} = {setting.default!r}  [dim]{setting.help}[/dim]")


def main() -> None:
    """Entry point: turns expected errors into one line naming the file and the problem."""
    try:
        app(prog_name="sourcetrace")
    except SourcetraceError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except SystemExit as exc:
        if exc.code == INTERRUPTED:
            err.print("interrupted; run the same command again to finish", highlight=False)
        raise
