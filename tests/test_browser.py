"""The workbench in a real browser: Debian's Chromium driven by Playwright, against `serve`'s app on a
free port. Screenshots go to screenshots/ (ignored by git). Skipped only where /usr/bin/chromium is
missing (.ci/run installs it)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from sourcetrace import ingest, reuse
from sourcetrace.facts.analyze import analyze_facts
from sourcetrace.quotes.analyze import analyze_quotes
from sourcetrace.settings import Settings
from sourcetrace.store import open_store
from sourcetrace.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "screenshots"
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
HOSTILE = ("<html><body><article><h1>Harbour notice</h1><p>The harbour master read the notice aloud to the crews "
           "waiting on the quay before dawn on Monday morning.</p><p>&lt;script&gt;alert('x')&lt;/script&gt; "
           "&lt;img src=x onerror=alert(1)&gt; &lt;a href=\"javascript:alert(1)\"&gt;tap&lt;/a&gt;</p>"
           "<p onclick=\"alert(2)\">Unclosed <b>markup <i>everywhere</p></article></body></html>")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    (folder / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    (folder / "rtl.txt").write_text("‮ text that runs right to left ‬ " + "longword" * 3000, encoding="utf-8")
    settings = Settings.from_overrides({"workers": "1"})
    with open_store(folder / "s.db") as store:
        ingest.ingest_paths(store, [ROOT / "examples", folder], settings)
        reuse.analyze(store, settings)
        analyze_quotes(store, settings)
        analyze_facts(store, settings)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(folder / "s.db"), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    opened = browser.new_page()
    opened.dialogs = []
    opened.errors = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("console", lambda message: message.type == "error" and opened.errors.append(message.text))
    yield opened
    opened.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize(("path", "name"), [("/", "collection"), ("/documents/2", "document"),
                                            ("/compare/1/2", "compare"), ("/graph", "graph"),
                                            ("/quotes", "quotes"), ("/speakers", "speakers"),
                                            ("/incidents", "incidents"), ("/incidents/1", "incident")])
def test_each_page_loads(server: str, page, path: str, name: str) -> None:
    response = page.goto(server + path)
    assert response.status == 200
    assert page.locator("h1").count() == 1
    shot(page, name)
    assert page.errors == []


def test_search_shows_highlighted_hits(server: str, page) -> None:
    page.goto(server + "/")
    page.fill("input[name=q]", "flash floods")
    page.click("button[type=submit]")
    page.wait_for_url("**/?q=flash*")
    assert page.locator("mark").count() >= 3


def test_clicking_a_passage_highlights_its_twin(server: str, page) -> None:
    page.goto(server + "/compare/1/2")
    page.click("#a1")
    page.wait_for_url("**#b1")
    twin_colour = page.eval_on_selector("#b1", "e => getComputedStyle(e).backgroundColor")
    other_colour = page.eval_on_selector("#b2", "e => getComputedStyle(e).backgroundColor")
    assert twin_colour != other_colour   # :target marks the passage clicked to


def test_graph_edge_opens_compare(server: str, page) -> None:
    page.goto(server + "/graph")
    page.locator("svg a[href='/compare/1/2'] line.hit").click(force=True)   # the wide, invisible hit line
    page.wait_for_url("**/compare/**")
    assert "aligned passages" in page.inner_text("h1")


def test_hostile_documents_run_nothing(server: str, page) -> None:
    page.goto(server + "/")
    for label in ("hostile.html", "rtl.txt"):
        page.goto(server + "/")
        page.click(f"text={label}" if label == "rtl.txt" else "text=Harbour notice")
        page.wait_for_load_state()
        page.mouse.click(200, 300)
        for link in page.locator("article a").all():
            assert not (link.get_attribute("href") or "").startswith("javascript")
        shot(page, f"hostile-{label}")
    assert page.dialogs == [] and page.errors == []


def test_upload_from_the_browser(server: str, page, tmp_path: Path) -> None:
    report = tmp_path / "ferry.txt"
    report.write_text("The night ferry to the islands was cancelled because of the gale, the port authority said.",
                      encoding="utf-8")
    page.goto(server + "/add")
    page.set_input_files("input[type=file]", str(report))
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "added 1 documents" in page.inner_text("main")
    shot(page, "add")


def test_a_fact_leads_to_its_sentence(server: str, page) -> None:
    page.goto(server + "/incidents")
    page.locator("table.incidents a").first.click()
    page.wait_for_url("**/incidents/*")
    link = page.locator("table.facts td a").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_url("**/documents/**")
    anchor = target.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").count() == 1   # the sentence stating the value
    shot(page, "incident-source")
