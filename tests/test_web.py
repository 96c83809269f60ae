"""The workbench routes in-process (Starlette's TestClient) on the example collection plus hostile
documents: every page and its JSON twin, search, and that nothing from a document runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from sourcetrace import ingest, reuse
from sourcetrace.quotes.analyze import analyze_quotes
from sourcetrace.settings import Settings
from sourcetrace.store import open_store
from sourcetrace.web import CSP, create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
HOSTILE = {
    "script.html": "<html><body><article><h1>Harbour news</h1><p>The harbour reopened on Monday after the storm, "
                   "officials said.</p><p>&lt;script&gt;alert('x')&lt;/script&gt; and "
                   "&lt;img src=x onerror=alert(1)&gt; plus &lt;a href=\"javascript:alert(1)\"&gt;link&lt;/a&gt; "
                   "stayed in the text as words the harbour master read aloud.</p></article></body></html>",
    "rtl.txt": "‮ reversed text ‭ and a very long line " + "word " * 5000,
}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    for name, text in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings.from_overrides({"workers": "1"})
    path = folder / "s.db"
    with open_store(path) as store:
        ingest.ingest_paths(store, [EXAMPLES, folder], settings)
        reuse.analyze(store, settings)
        analyze_quotes(store, settings)
    return path


@pytest.fixture(scope="module")
def client(store_path: Path) -> TestClient:
    return TestClient(create_app(store_path))


@pytest.mark.parametrize("path", ["/", "/documents/1", "/compare/1/2", "/quotes", "/speakers", "/?q=flood", "/graph"])
def test_every_page_renders_with_strict_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in response.text.lower()


@pytest.mark.parametrize("path", ["/api/documents", "/api/documents/1", "/api/compare/1/2", "/api/quotes",
                                  "/api/speakers", "/api/graph"])
def test_every_page_has_a_json_twin(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"


def test_search_highlights_the_words_found(client: TestClient) -> None:
    data = client.get("/api/documents?q=flash floods").json()
    assert data["total"] >= 3
    assert any(part["hit"] for doc in data["documents"] for part in doc["snippet"])
    assert "<mark>" in client.get("/?q=flash floods").text


def test_search_input_is_never_query_syntax(client: TestClient) -> None:
    assert client.get('/?q=" OR NEAR( *').status_code == 200


def test_document_page_marks_passages_from_its_source(client: TestClient) -> None:
    data = client.get("/api/documents/2").json()   # a2 reuses a1
    assert data["sources"] and data["sources"][0]["doc"] == 1
    assert any(seg["others"] == [1] for seg in data["segments"])
    assert 'class="reused' in client.get("/documents/2").text


def test_compare_links_each_passage_to_the_other_side(client: TestClient) -> None:
    page = client.get("/compare/1/2").text
    assert 'id="a1"' in page and 'href="#b1"' in page and 'id="b1"' in page


def test_hostile_document_is_escaped_text(client: TestClient) -> None:
    doc_id = next(d["id"] for d in client.get("/api/documents").json()["documents"] if d["label"] == "script.html")
    page = client.get(f"/documents/{doc_id}").text
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert 'href="javascript' not in page


def test_missing_document_is_404(client: TestClient) -> None:
    assert client.get("/documents/99999").status_code == 404
    assert client.get("/api/documents/99999").status_code == 404


def test_token_is_required_when_set(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db"):
        pass
    guarded = TestClient(create_app(tmp_path / "s.db", token="s3cret"))
    assert guarded.get("/").status_code == 401
    assert guarded.get("/api/documents").status_code == 401
    assert guarded.get("/?token=wrong").status_code == 401
    assert guarded.get("/?token=s3cret").status_code == 200
    assert guarded.get("/api/documents", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_graph_draws_every_document_and_each_derivation(client: TestClient) -> None:
    data = client.get("/api/graph").json()
    assert len(data["nodes"]) == 14 and data["families"] == 2
    directed = {(e["source"], e["derived"]) for e in data["edges"] if e["directed"]}
    assert (1, 2) in directed and (1, 3) in directed
    assert 'href="/compare/1/2"' in client.get("/graph").text


def test_report_is_one_self_contained_file(store_path: Path, tmp_path: Path) -> None:
    import re
    import sqlite3

    from sourcetrace.report import write_report

    output = tmp_path / "report.html"
    db = sqlite3.connect(store_path)
    write_report(db, output)
    db.close()
    html = output.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "Content-Security-Policy" in html
    assert "<svg" in html and "Who copied whom" in html and "Quotes followed" in html


def test_upload_adds_good_files_and_names_the_bad_ones(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db"):
        pass
    app = TestClient(create_app(tmp_path / "s.db", settings=Settings.from_overrides({"workers": "1",
                                                                                    "max_file_bytes": "5000"})))
    ferry = b"The ferry left the harbour at dawn with forty passengers."
    files = [("files", ("../../escape.txt", ferry, "text/plain")),
             ("files", ("empty.txt", b"   ", "text/plain")),
             ("files", ("big.txt", b"word " * 2000, "text/plain")),
             ("files", ("tool.exe", b"MZ", "application/octet-stream"))]
    page = app.post("/add", files=files).text
    assert "added 1 documents" in page
    assert "empty document" in page and "too large" in page and "tool.exe: unsupported" in page
    stored = list((tmp_path / "uploads").iterdir())
    assert len(stored) == 1 and stored[0].parent == tmp_path / "uploads" and stored[0].name.endswith("escape.txt")
    assert not (tmp_path.parent / "escape.txt").exists()
    assert app.get("/api/documents").json()["total"] == 1


def test_upload_from_another_site_is_refused(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db"):
        pass
    app = TestClient(create_app(tmp_path / "s.db"))
    response = app.post("/add", files=[("files", ("a.txt", b"Some words here.", "text/plain"))],
                        headers={"Origin": "http://evil.example"})
    assert response.status_code == 403


def test_collection_filters_and_sorts_in_sql(client: TestClient) -> None:
    by_date = client.get("/api/documents?sort=published").json()["documents"]
    dates = [d["published"] for d in by_date if d["published"]]
    assert dates == sorted(dates)
    march = client.get("/api/documents?from=2024-03-01&to=2024-03-31").json()
    assert march["total"] == 4 and all(d["published"].startswith("2024-03") for d in march["documents"])
    family = client.get("/api/documents?family=1").json()
    assert {d["label"] for d in family["documents"]} == {"a1_release.txt", "a2_news_daily.html", "a3_news_wire.html"}
    assert "sort=published" in client.get("/").text


def test_compare_shows_reordering_and_word_diffs(client: TestClient) -> None:
    data = client.get("/api/compare/1/2").json()
    assert any(p["moved"] for p in data["passages"])   # a2 reorders a1's paragraphs
    near = [p for p in data["passages"] if p["kind"] == "near"]
    assert near and any(run["op"] != "same" for run in near[0]["diff"])
    page = client.get("/compare/1/2").text
    assert "<strong>moved</strong>" in page and ("<ins>" in page or "<del>" in page)
