"""Ingest: every format in, documents with their origins out; bad inputs reported, never fatal."""

from __future__ import annotations

import gzip
import json
import pickle
import sqlite3
from pathlib import Path

import pytest

from sourcetrace import ingest
from sourcetrace.errors import InputError
from sourcetrace.ingest import ingest_paths
from sourcetrace.settings import Settings

ONE_WORKER = ("--set", "workers=1")  # parse in-process; see test_bad_file_with_two_workers_is_reported

ARTICLE_HTML = """<!doctype html>
<html><head>
<title>Seven detained near border | Example News</title>
<meta name="author" content="Jane Reporter">
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Seven detained near border">
<meta property="article:published_time" content="2019-05-14T09:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">Zebra navigation menu</a></li></ul></nav>
<article><h1>Seven detained near border</h1>
<p>Seven people were detained by police near the border on Tuesday, a rights group said in a statement.</p>
<p>The group urged the authorities to release them and to let their relatives visit the detention centre.</p>
<p>Officials declined to comment on the arrests when reached by telephone on Wednesday morning.</p>
</article>
<footer><p>Copyright walrus footer, all rights reserved.</p></footer>
</body></html>
"""


def page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>".encode()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def warc_record(kind: str, number: int, block: bytes, **headers: str) -> bytes:
    lines = [b"WARC/1.0", f"WARC-Type: {kind}".encode(), f"WARC-Record-ID: <urn:uuid:0000-{number}>".encode(),
             b"WARC-Date: 2019-05-14T10:00:00Z"]
    lines += [f"{name.replace('_', '-')}: {value}".encode() for name, value in headers.items()]
    lines.append(f"Content-Length: {len(block)}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"


def http_response(content_type: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


WARC_PAGES = {
    "https://example.org/detained": page("Detained", "Seven people were detained near the border, a rights "
                                         "group said on Tuesday in a statement sent to reporters."),
    "https://example.org/released": page("Released", "Two of the seven detainees were released on Friday "
                                         "after their relatives paid a fine, the group said."),
}


def warc_records() -> list[bytes]:
    """A warcinfo record, two HTML responses, and a PNG response between them (to be ignored)."""
    http = {"Content_Type": "application/http; msgtype=response"}
    (url_a, html_a), (url_b, html_b) = WARC_PAGES.items()
    return [
        warc_record("warcinfo", 1, b"software: sourcetrace tests\r\n", Content_Type="application/warc-fields"),
        warc_record("response", 2, http_response("text/html; charset=utf-8", html_a), WARC_Target_URI=url_a, **http),
        warc_record("response", 3, http_response("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
                    WARC_Target_URI="https://example.org/logo.png", **http),
        warc_record("response", 4, http_response("text/html", html_b), WARC_Target_URI=url_b, **http),
    ]


def write_warc(path: Path) -> Path:
    records = warc_records()
    if path.name.endswith(".gz"):
        return write(path, b"".join(gzip.compress(record) for record in records))  # one member per record
    return write(path, b"".join(records))


def query(db, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows as plain tuples, from a store or from a store file (opened read-only)."""
    if isinstance(db, Path):
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return [tuple(row) for row in connection.execute(sql, params)]
        finally:
            connection.close()
    return [tuple(row) for row in db.db.execute(sql, params)]


def one_document(store) -> dict:
    rows = store.db.execute("SELECT * FROM documents").fetchall()
    assert len(rows) == 1
    return dict(rows[0])


def origins(db) -> dict[str, str | None]:
    return dict(query(db, "SELECT origin, external_id FROM origins"))


# --- formats ----------------------------------------------------------------------------------

def test_txt_file_is_stored_with_its_text(store, settings, tmp_path):
    path = write(tmp_path / "a.txt", "Seven people were detained near the border.\n")
    report = ingest_paths(store, [path], settings)
    assert (report.added, report.errors) == (1, [])
    doc = one_document(store)
    assert doc["text"] == "Seven people were detained near the border.\n"
    assert (doc["format"], doc["word_count"], doc["title"]) == ("txt", 7, None)
    assert origins(store) == {str(path): None}


def test_txt_dateline_gives_publication_date_from_text(store, settings, tmp_path):
    path = write(tmp_path / "a.txt", "14 May 2019 New York\nSeven people were detained.\n")
    ingest_paths(store, [path], settings)
    doc = one_document(store)
    assert (doc["published"], doc["date_precision"], doc["date_source"]) == ("2019-05-14", "day", "text")


def test_md_title_comes_from_first_heading(store, settings, tmp_path):
    path = write(tmp_path / "a.md", "\n# Seven detained near border\n\nPolice gave no reason.\n")
    ingest_paths(store, [path], settings)
    doc = one_document(store)
    assert (doc["title"], doc["format"]) == ("Seven detained near border", "md")


def test_md_without_leading_heading_has_no_title(store, settings, tmp_path):
    path = write(tmp_path / "a.md", "Police gave no reason.\n\n# Later heading\n")
    ingest_paths(store, [path], settings)
    assert one_document(store)["title"] is None


def test_html_main_text_and_metadata(store, settings, tmp_path):
    path = write(tmp_path / "a.html", ARTICLE_HTML)
    report = ingest_paths(store, [path], settings)
    assert report.errors == []
    doc = one_document(store)
    assert doc["title"] == "Seven detained near border"
    assert doc["byline"] == "Jane Reporter"
    assert doc["outlet"] == "Example News"
    assert (doc["published"], doc["date_precision"], doc["date_source"]) == ("2019-05-14", "day", "metadata")
    assert doc["format"] == "html"
    assert "Officials declined to comment" in doc["text"]
    assert "Zebra navigation" not in doc["text"]
    assert "walrus footer" not in doc["text"]


def test_jsonl_records_keep_metadata_and_external_id(store, settings, tmp_path):
    records = [
        {"id": "wire-1", "text": "Seven people were detained.", "title": "Detained", "outlet": "Wire",
         "url": "https://example.org/1", "published": "2019-05-14"},
        {"id": 2, "text": "Two were released.", "published": "2019-05"},
        {"text": "No metadata at all."},
    ]
    path = write(tmp_path / "a.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    report = ingest_paths(store, [path], settings)
    assert (report.added, report.errors) == (3, [])
    assert origins(store) == {f"{path}:1": "wire-1", f"{path}:2": "2", f"{path}:3": None}
    rows = query(store, "SELECT title, outlet, url, published, date_precision, format FROM documents ORDER BY id")
    assert rows == [
        ("Detained", "Wire", "https://example.org/1", "2019-05-14", "day", "jsonl"),
        (None, None, None, "2019-05", "month", "jsonl"),
        (None, None, None, None, "unknown", "jsonl"),
    ]


def test_jsonl_blank_lines_are_skipped_and_line_numbers_kept(store, settings, tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "First."}\n\n   \n{"text": "Fourth."}\n')
    report = ingest_paths(store, [path], settings)
    assert report.errors == []
    assert set(origins(store)) == {f"{path}:1", f"{path}:4"}


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_are_stored_and_image_ignored(store, settings, tmp_path, name):
    path = write_warc(tmp_path / name)
    report = ingest_paths(store, [path], settings)
    assert (report.added, report.errors) == (2, [])
    assert origins(store) == {f"{path}#record 1": "https://example.org/detained",
                              f"{path}#record 3": "https://example.org/released"}
    rows = query(store, "SELECT format, url, text FROM documents ORDER BY id")
    assert [(fmt, url) for fmt, url, _ in rows] == [("warc", "https://example.org/detained"),
                                                    ("warc", "https://example.org/released")]
    assert "Seven people were detained" in rows[0][2]
    assert "Two of the seven detainees" in rows[1][2]


def test_folder_is_searched_recursively_and_unsupported_files_skipped(store, settings, tmp_path):
    folder = tmp_path / "reports"
    write(folder / "a.txt", "Report one about the border.")
    write(folder / "deep" / "er" / "b.md", "# Two\n\nReport two about the river.")
    write(folder / "deep" / "c.html", ARTICLE_HTML)
    write(folder / "deep" / "scan.pdf", b"%PDF-1.4 not read")
    write(folder / "notes", "no suffix, not read")
    report = ingest_paths(store, [folder], settings)
    assert (report.added, report.errors) == (3, [])
    assert sorted(Path(origin).name for origin in origins(store)) == ["a.txt", "b.md", "c.html"]


def test_exact_duplicates_are_stored_once_with_both_origins(store, settings, tmp_path):
    first = write(tmp_path / "a.txt", "He said “we were  taken away”.\n")
    second = write(tmp_path / "b.txt", "He said \"we were taken away\".")
    report = ingest_paths(store, [first, second], settings)
    assert (report.added, report.duplicates) == (1, 1)
    assert store.count("documents") == 1
    doc_ids = query(store, "SELECT DISTINCT doc_id FROM origins")
    assert len(doc_ids) == 1
    assert set(origins(store)) == {str(first), str(second)}


def test_duplicate_in_a_later_run_adds_only_an_origin(store, settings, tmp_path):
    ingest_paths(store, [write(tmp_path / "a.txt", "Seven people were detained.")], settings)
    report = ingest_paths(store, [write(tmp_path / "b.jsonl", '{"text": "Seven  people were detained."}\n')],
                          settings)
    assert (report.added, report.duplicates) == (0, 1)
    assert (store.count("documents"), store.count("origins")) == (1, 2)


def test_rerun_of_same_paths_changes_nothing(store, settings, tmp_path):
    write(tmp_path / "in" / "a.txt", "Report one about the border.")
    write(tmp_path / "in" / "b.jsonl", '{"text": "Report two."}\n{"text": "Report three."}\n')
    write_warc(tmp_path / "in" / "c.warc")
    first = ingest_paths(store, [tmp_path / "in"], settings)
    counts = (store.count("documents"), store.count("origins"))
    again = ingest_paths(store, [tmp_path / "in"], settings)
    assert (first.added, again.added, again.duplicates, again.errors) == (5, 0, 0, [])
    assert (store.count("documents"), store.count("origins")) == counts == (5, 5)


def test_fts_finds_a_stored_word(store, settings, tmp_path):
    write(tmp_path / "in" / "a.txt", "Seven people were detained near Tumen.")
    write(tmp_path / "in" / "b.txt", "The river was high in spring.")
    ingest_paths(store, [tmp_path / "in"], settings)
    rows = query(store, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", ("tumen",))
    expected = query(store, "SELECT id FROM documents WHERE text LIKE '%Tumen%'")
    assert rows == expected and len(rows) == 1


def test_cp1252_file_is_stored_with_an_encoding_notice(store, settings, tmp_path):
    text = ("Le président a déclaré que la réunion était très importante pour l'économie française. "
            "Les élèves ont étudié à l'école pendant l'été.\n")
    path = write(tmp_path / "a.txt", text.encode("cp1252"))
    report = ingest_paths(store, [path], settings)
    assert one_document(store)["text"] == text
    assert report.notices == [f"{path}: decoded as cp1252"]


def test_progress_reaches_the_total_bytes(store, settings, tmp_path):
    write(tmp_path / "in" / "a.txt", "Report one.")
    write(tmp_path / "in" / "b.jsonl", '{"text": "Report two."}\n')
    calls: list[tuple[int, int]] = []
    ingest_paths(store, [tmp_path / "in"], settings, on_progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] > 0


def test_batch_size_bounds_documents_per_transaction(store, tmp_path, monkeypatch):
    sizes: list[int] = []
    real_write = ingest.write_documents

    def spy(target, batch):
        sizes.append(len(batch))
        return real_write(target, batch)

    monkeypatch.setattr(ingest, "write_documents", spy)
    path = write(tmp_path / "a.jsonl", "".join(json.dumps({"text": f"Report number {i}."}) + "\n" for i in range(120)))
    ingest_paths(store, [path], Settings.from_overrides({"workers": "1", "batch_size": "50"}))
    assert store.count("documents") == 120
    assert max(sizes) <= 50


# --- the CLI `add` ------------------------------------------------------------------------------

def test_cli_add_mixed_folder_reports_counts(run_cli, tmp_path):
    write(tmp_path / "in" / "a.txt", "Seven people were detained.")
    write(tmp_path / "in" / "b.txt", "Seven people  were detained.")
    write(tmp_path / "in" / "c.html", ARTICLE_HTML)
    write_warc(tmp_path / "in" / "d.warc.gz")
    db = tmp_path / "store.db"
    code, out, err = run_cli("--db", db, "add", tmp_path / "in", *ONE_WORKER)
    assert (code, err) == (0, "")
    assert "added 4 documents, 1 duplicates of stored texts" in out
    assert query(db, "SELECT count(*) FROM documents") == [(4,)]
    assert query(db, "SELECT count(*) FROM origins") == [(5,)]


def test_cli_add_rerun_changes_nothing(run_cli, tmp_path):
    write(tmp_path / "in" / "a.txt", "Report one about the border.")
    write(tmp_path / "in" / "b.jsonl", '{"text": "Report two."}\n{"text": "Report three."}\n')
    db = tmp_path / "store.db"
    assert run_cli("--db", db, "add", tmp_path / "in", *ONE_WORKER)[0] == 0
    before = query(db, "SELECT d.content_hash, o.origin FROM origins o JOIN documents d ON d.id = o.doc_id")
    code, out, _ = run_cli("--db", db, "add", tmp_path / "in", *ONE_WORKER)
    assert code == 0
    assert "added 0 documents, 0 duplicates" in out
    after = query(db, "SELECT d.content_hash, o.origin FROM origins o JOIN documents d ON d.id = o.doc_id")
    assert sorted(after) == sorted(before) and len(after) == 3


def test_cli_add_rerun_counts_what_is_already_stored(run_cli, tmp_path):
    write(tmp_path / "in" / "a.txt", "Report one about the border.")
    write(tmp_path / "in" / "b.jsonl", '{"text": "Report two."}\n{"text": "Report three."}\n')
    db = tmp_path / "store.db"
    run_cli("--db", db, "add", tmp_path / "in", *ONE_WORKER)
    _, out, _ = run_cli("--db", db, "add", tmp_path / "in", *ONE_WORKER)
    assert "3 already stored" in out


# --- bad input: one kind per test; the batch goes on, the store keeps what it had -----------------

EARLIER = "Earlier report: the council met on Monday and approved the budget."
GOOD = "Good report: seven people were detained near the border."


@pytest.fixture
def db(run_cli, tmp_path) -> Path:
    """A store that already holds one document (EARLIER) before the bad batch arrives."""
    path = tmp_path / "store.db"
    code, _, _ = run_cli("--db", path, "add", write(tmp_path / "earlier.txt", EARLIER), *ONE_WORKER)
    assert code == 0
    return path


@pytest.fixture
def good(tmp_path) -> Path:
    return write(tmp_path / "batch" / "good.txt", GOOD)


def reported(stderr: str, line: str) -> bool:
    """One whole line of stderr starts with `line` ("FILE: problem", details may follow)."""
    return any(printed.startswith(line) for printed in stderr.splitlines())


def add_batch(run_cli, db: Path, *paths: Path, extra: tuple[str, ...] = ()) -> tuple[int, str, str]:
    return run_cli("--db", db, "add", *paths, *ONE_WORKER, *extra)


def assert_batch_outcome(result: tuple[int, str, str], db: Path, error_line: str, good_texts=(GOOD,)) -> None:
    code, out, err = result
    assert code == 2, (out, err)
    assert reported(err, error_line), err
    texts = {text for (text,) in query(db, "SELECT text FROM documents")}
    assert texts == {EARLIER, *good_texts}
    assert "Traceback" not in err


def test_binary_txt_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: binary file (contains NUL bytes), not a text document")


def test_undecodable_txt_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "noise.txt", bytes(range(128, 256)))
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: undecodable: not UTF-8 and no text encoding detected")


def test_empty_file_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "empty.txt", b"")
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: empty document (no words)")


def test_whitespace_only_file_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "blank.md", " \n\t\n   \n")
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: empty document (no words)")


def test_file_over_size_limit_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "long.txt", "word " * 40)
    result = add_batch(run_cli, db, bad, good, extra=("--set", "max_file_bytes=100"))
    assert_batch_outcome(result, db, f"{bad}: too large (200 bytes; limit 100)")


def test_html_without_main_text_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "empty.html",
                "<html><head><title>Only a title</title></head><body><script>var x = 1;</script></body></html>")
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: malformed or empty HTML: no main text found")


def test_malformed_html_bytes_are_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "broken.htm", "<<<>>> </ <!-- ")
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: malformed or empty HTML: no main text found")


def test_malformed_json_line_is_rejected_and_other_lines_stored(run_cli, db, tmp_path):
    bad = write(tmp_path / "batch" / "wire.jsonl",
                '{"text": "Line one is fine."}\n{"text": "unterminated\n{"text": "Line three is fine."}\n')
    result = add_batch(run_cli, db, bad)
    assert_batch_outcome(result, db, f"{bad}:2: malformed JSON",
                         good_texts=("Line one is fine.", "Line three is fine."))
    assert set(origins(db)) == {str(tmp_path / "earlier.txt"), f"{bad}:1", f"{bad}:3"}


def test_json_line_without_text_is_rejected(run_cli, db, tmp_path):
    bad = write(tmp_path / "batch" / "wire.jsonl",
                '{"title": "No text here", "id": "x1"}\n{"text": "Line two is fine."}\n')
    result = add_batch(run_cli, db, bad)
    assert_batch_outcome(result, db, f"{bad}:1: JSONL record has no 'text' string",
                         good_texts=("Line two is fine.",))


def test_json_line_that_is_not_an_object_is_rejected(run_cli, db, tmp_path):
    bad = write(tmp_path / "batch" / "wire.jsonl", '["a", "list"]\n{"text": "Line two is fine."}\n')
    result = add_batch(run_cli, db, bad)
    assert_batch_outcome(result, db, f"{bad}:1: malformed JSONL record: expected an object",
                         good_texts=("Line two is fine.",))


def test_warc_without_response_records_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "info-only.warc", warc_records()[0])
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: malformed WARC: no WARC response records found")


def test_malformed_warc_is_rejected(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "crawl.warc", b"this is not a WARC file\n" + bytes(range(256)))
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: malformed WARC")


def test_missing_path_is_reported(run_cli, db, good, tmp_path):
    bad = tmp_path / "batch" / "missing.txt"
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: no such file or folder")


def test_unsupported_suffix_given_explicitly_is_reported(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "report.pdf", b"%PDF-1.4")
    result = add_batch(run_cli, db, bad, good)
    assert_batch_outcome(result, db, f"{bad}: unsupported file type '.pdf'")


def test_several_bad_files_are_each_reported(run_cli, db, good, tmp_path):
    empty = write(tmp_path / "batch" / "empty.txt", b"")
    binary = write(tmp_path / "batch" / "photo.txt", b"a\x00b")
    code, out, err = add_batch(run_cli, db, empty, binary, good)
    assert code == 2
    assert reported(err, f"{empty}: empty document") and reported(err, f"{binary}: binary file")
    assert "added 1 documents" in out and "2 failed" in out


def test_long_error_stays_one_line_on_stderr(run_cli, db, good, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    bad = write(tmp_path / "batch" / ("a-rather-long-folder-name-" * 3) / "photo.txt", b"a\x00b")
    _, _, err = add_batch(run_cli, db, bad, good)
    assert f"{bad}: binary file (contains NUL bytes), not a text document" in err.splitlines()


def test_input_error_keeps_origin_and_problem():
    error = InputError("a.txt", "empty document (no words)")
    assert (error.origin, error.problem, str(error)) == ("a.txt", "empty document (no words)",
                                                         "a.txt: empty document (no words)")


def test_input_error_survives_pickling():
    error = pickle.loads(pickle.dumps(InputError("a.txt", "empty document (no words)")))
    assert (error.origin, error.problem) == ("a.txt", "empty document (no words)")


def test_bad_file_with_two_workers_is_reported(run_cli, db, good, tmp_path):
    bad = write(tmp_path / "batch" / "empty.txt", b"")
    result = run_cli("--db", db, "add", bad, good, "--set", "workers=2")
    assert_batch_outcome(result, db, f"{bad}: empty document (no words)")


def test_malformed_set_option_is_a_usage_error(run_cli, db, good):
    code, _, err = run_cli("--db", db, "add", good, "--set", "max_file_bytes")
    assert code == 2
    assert "expected NAME=VALUE" in err


def test_unknown_setting_is_reported(run_cli, db, good):
    code, _, err = run_cli("--db", db, "add", good, "--set", "no_such_setting=1")
    assert code == 4
    assert reported(err, "error: unknown setting 'no_such_setting'")
