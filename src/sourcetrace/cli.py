"""Command line: parses arguments, calls one stage, prints. The one error boundary of the tool."""

from __future__ import annotations

import ipaddress
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sourcetrace import __version__, contracts, ingest, reuse
from sourcetrace.errors import InputError, SourcetraceError
from sourcetrace.export import CSV_TABLES, export_csv, export_json
from sourcetrace.facts.redact import NO_REDACTION, load_redactor, redact_data
from sourcetrace.ingest.readers import Limits, read_file
from sourcetrace.render import (
    render_comparison,
    render_events,
    render_incident,
    render_incidents,
    render_quote_groups,
    render_quotes,
    render_show,
    render_speakers,
)
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


STAGES = ("reuse", "quotes", "facts")
REDACT_HELP = ("Replace names and identifying details of private people at risk by role placeholders, and "
               "hiding places by [location withheld].")


@app.command()
def analyze(
    db: DbOption = None,
    stages: Annotated[str, typer.Option(help="Comma-separated stages to run: reuse, quotes, facts.")
                      ] = "reuse,quotes,facts",
    set_: SetOption = None,
) -> None:
    """Compare new documents with the collection (reuse), read their quotations (quotes), and their
    events, grouped into incidents with every fact's sources (facts)."""
    chosen = [stage.strip() for stage in stages.split(",") if stage.strip()]
    if not chosen or set(chosen) - set(STAGES):
        raise typer.BadParameter(f"choose from {', '.join(STAGES)}", param_hint="--stages")
    settings = _settings(set_)
    with _store(db, create=False) as store, _progress() as bar:
        tasks: dict[str, int] = {}

        def progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        if "reuse" in chosen:
            report = reuse.analyze(store, settings, on_progress=progress)
            out.print(f"analyzed {report.new_documents} new documents: {report.candidate_pairs} candidate pairs, "
                      f"{report.related_pairs} related, {report.passages} passages; "
                      f"{report.documents} reports, {report.families} independent sources")
        if "quotes" in chosen:
            from sourcetrace.quotes.analyze import analyze_quotes  # spaCy loads only when quotes are read

            found = analyze_quotes(store, settings, on_progress=progress)
            out.print(f"read quotations in {found.documents} new documents: {found.quotes} quotations; "
                      f"{found.groups} utterances followed across the collection")
        if "facts" in chosen:
            from sourcetrace.facts.analyze import analyze_facts  # spaCy loads only when events are read

            facts = analyze_facts(store, settings, on_progress=progress)
            out.print(f"read events in {facts.documents} new documents: {facts.events} events; "
                      f"{facts.incidents} incidents in the collection")


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
    file: Annotated[Path | None, typer.Argument(metavar="[FILE]", help="A report to read without a store.")] = None,
    format_: Annotated[str, typer.Option("--format", help="json or text.")] = "text",
    severity: Annotated[str | None, typer.Option(help="Only groups whose worst change is this severity.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also quotes carried by one document only.")] = False,
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Quotations. With FILE: every quotation in it (direct, mixed, indirect) with speaker and cue spans,
    no store needed. Without: each utterance followed across the store's documents, its variants, word
    diffs and severity (typographic, truncated, words changed, meaning changed)."""
    if format_ not in ("json", "text"):
        raise typer.BadParameter("choose json or text", param_hint="--format")
    if file is None:
        with _store(db, create=False) as store:
            groups = list(queries.quote_groups(store.db, severity, 1 if all_ else 2))
        if format_ == "json":
            sys.stdout.write(json.dumps({"quote_groups": [asdict(g) for g in groups]}, ensure_ascii=False) + "\n")
        else:
            render_quote_groups(out, groups)
        return
    settings = _settings(set_)
    limits = Limits(settings.max_file_bytes, settings.max_document_chars, settings.min_document_words)
    document = read_file(file, limits)
    if document.encoding_note:
        err.print(f"{document.origin}: {document.encoding_note}", markup=False, highlight=False)
    from sourcetrace.quotes import extract_quotes  # spaCy loads only when quotes are read

    found = extract_quotes(document.text, settings.spacy_model)
    if format_ == "json":
        sys.stdout.write(json.dumps(contracts.quotes_json(found), ensure_ascii=False) + "\n")
    else:
        render_quotes(out, found, str(file))


@app.command()
def events(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Reports to read without a store.")],
    format_: Annotated[str, typer.Option("--format", help="json or text.")] = "text",
    set_: SetOption = None,
) -> None:
    """Events in files, no store needed: type, whether it happened, trigger, date, place, count and
    participants; then the incidents over all files with every fact, its sources, echoes and conflicts."""
    if format_ not in ("json", "text"):
        raise typer.BadParameter("choose json or text", param_hint="--format")
    from sourcetrace.facts.files import events_for_files  # spaCy loads only when events are read

    failed: list[InputError] = []

    def refuse(error: InputError) -> None:
        failed.append(error)
        err.print(str(error), markup=False, highlight=False)

    result = events_for_files(files, _settings(set_), on_error=refuse)
    if format_ == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        render_events(out, result)
    if failed:
        raise typer.Exit(InputError.exit_code)


@app.command("incidents")
def list_incidents(
    db: DbOption = None,
    format_: Annotated[str, typer.Option("--format", help="json or text.")] = "text",
    type_: Annotated[str | None, typer.Option("--type", help="Only incidents of this type (e.g. detention).")] = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 100,
    redact: Annotated[bool, typer.Option("--redact/--no-redact", help=REDACT_HELP)] = False,
) -> None:
    """Incidents in the store, the best-sourced first: type, date, place, reports, independent sources,
    conflicts, and how many facts rest on one source."""
    with _store(db, create=False) as store:
        rows = redact_data(list(queries.incidents(store.db, limit, type_)),
                           load_redactor(store.db) if redact else NO_REDACTION)
    if format_ == "json":
        sys.stdout.write(json.dumps({"incidents": [asdict(r) for r in rows]}, ensure_ascii=False) + "\n")
    else:
        render_incidents(out, rows)


@app.command("incident")
def show_incident(
    incident_id: Annotated[int, typer.Argument(metavar="ID", help="Incident number (see `incidents`).")],
    db: DbOption = None,
    format_: Annotated[str, typer.Option("--format", help="json or text.")] = "text",
    redact: Annotated[bool, typer.Option("--redact/--no-redact", help=REDACT_HELP)] = False,
) -> None:
    """One incident: every fact with each value stated, the sentence stating it, who stands behind it
    (echoes shown as such), independent sources, conflicts and the conservative value."""
    with _store(db, create=False) as store:
        found = queries.incident(store.db, incident_id)
        redactor = load_redactor(store.db) if redact else NO_REDACTION
    if found is None:
        raise SourcetraceError(f"no incident {incident_id} in the store; see 'sourcetrace incidents'")
    row, facts = redact_data(found, redactor)
    if format_ == "json":
        sys.stdout.write(json.dumps({"incident": asdict(row), "facts": [asdict(f) for f in facts]},
                                    ensure_ascii=False) + "\n")
    else:
        render_incident(out, row, facts)


@app.command("speakers")
def list_speakers(db: DbOption = None, format_: Annotated[str, typer.Option("--format", help="json or text.")] = "text",
                  ) -> None:
    """Everyone quoted in the store: how often, in how many documents, and every title used for them."""
    with _store(db, create=False) as store:
        rows = list(queries.speakers(store.db))
    if format_ == "json":
        sys.stdout.write(json.dumps({"speakers": [asdict(r) for r in rows]}, ensure_ascii=False) + "\n")
    else:
        render_speakers(out, rows)


@app.command()
def export(
    db: DbOption = None,
    format_: Annotated[str, typer.Option("--format", help="json or csv.")] = "json",
    table: Annotated[str, typer.Option(help="For csv: " + ", ".join(CSV_TABLES) + ".")] = "relations",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default stdout).")] = None,
    redact: Annotated[bool, typer.Option("--redact/--no-redact", help=REDACT_HELP)] = False,
) -> None:
    """Export documents, relations, passages, quotes, events, incidents and facts (JSON: everything;
    CSV: one table)."""
    if format_ not in ("json", "csv"):
        raise typer.BadParameter("choose json or csv", param_hint="--format")
    with _store(db, create=False) as store:
        redactor = load_redactor(store.db) if redact else NO_REDACTION
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            if format_ == "json":
                export_json(store.db, stream, redactor)
            elif table in CSV_TABLES:
                export_csv(store.db, table, stream, redactor)
            else:
                raise typer.BadParameter(f"choose one of {', '.join(CSV_TABLES)}", param_hint="--table")
        finally:
            if output:
                stream.close()


@app.command()
def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("report.html"),
    db: DbOption = None,
    redact: Annotated[bool, typer.Option("--redact/--no-redact", help=REDACT_HELP + " On by default here.")] = True,
) -> None:
    """One self-contained HTML file (no external requests): summary, provenance graph, every derived
    pair's aligned passages, the quote groups and the incidents — for sending to a colleague."""
    from sourcetrace.report import write_report

    with _store(db, create=False) as store:
        write_report(store.db, output, load_redactor(store.db) if redact else NO_REDACTION)
    out.print(f"wrote {output}", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind (127.0.0.1 keeps it on this machine).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    token: Annotated[str | None, typer.Option(help="Access token (default: generated when not on loopback).",
                                              envvar="SOURCETRACE_TOKEN")] = None,
    redact: Annotated[bool, typer.Option("--redact/--no-redact", help=REDACT_HELP)] = False,
) -> None:
    """The workbench in a browser: collection, documents with reused passages, compare, quotes, speakers,
    incidents."""
    import secrets

    import uvicorn

    from sourcetrace.web import create_app

    with _store(db, create=False) as store:
        path = store.path
    loopback = host == "localhost" or _is_loopback(host)
    if not loopback and not token:
        token = secrets.token_urlsafe(24)
    address = f"http://{host}:{port}/" + (f"?token={token}" if token else "")
    out.print(f"sourcetrace workbench on {address}", highlight=False)
    uvicorn.run(create_app(path.resolve(), token, redact=redact), host=host, port=port, log_level="warning")


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
