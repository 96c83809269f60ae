"""The workbench: Starlette routes over the store, each page with a JSON twin under /api/.

Documents come from the web and are untrusted: templates autoescape everything, no document text
is marked safe, and every response carries a Content-Security-Policy that forbids inline script,
remote resources and framing. Bound to a non-loopback address, every request needs the token.
"""

from __future__ import annotations

import hmac
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from sourcetrace.facts.redact import NO_REDACTION, Redactor, load_redactor, redact_data
from sourcetrace.settings import Settings
from sourcetrace.store import queries
from sourcetrace.web import views
from sourcetrace.web.upload import MAX_UPLOAD_FILES, save_and_ingest

HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class _Guard(BaseHTTPMiddleware):
    """Security headers on every response; the token on every request when one is set."""

    def __init__(self, app: Any, token: str | None) -> None:
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if self.token and not self._authorized(request):
            response: Response = PlainTextResponse("a token is required: add ?token=… from the serve command", 401)
        else:
            response = await call_next(request)
            if self.token and request.query_params.get("token"):
                response.set_cookie("sourcetrace_token", self.token, httponly=True, samesite="strict")
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"   # "no-referrer" would send "Origin: null" on POST
        return response

    def _authorized(self, request: Request) -> bool:
        offered = (request.query_params.get("token") or request.cookies.get("sourcetrace_token")
                   or request.headers.get("authorization", "").removeprefix("Bearer ").strip())
        return bool(offered) and hmac.compare_digest(offered, self.token or "")


def create_app(db_path: Path, token: str | None = None, settings: Settings | None = None,
               redact: bool = False) -> Starlette:
    """The workbench over one store file, opened read-only per request (uploads go through ingest).

    With `redact`, every page and API answer goes through the collection's redactor, and a search
    for a protected name finds nothing."""
    settings = settings or Settings(workers=1)
    redactors: dict[tuple[int, int], Redactor] = {}

    def redactor_for(db: sqlite3.Connection) -> Redactor:
        if not redact:
            return NO_REDACTION
        try:
            key = db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM at_risk").fetchone()
        except sqlite3.OperationalError:
            return NO_REDACTION
        if key not in redactors:
            redactors.clear()
            redactors[key] = load_redactor(db)
        return redactors[key]
    # Autoescape everything, whatever the file name: document text must never become markup.
    templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                                       autoescape=True))

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)

    def page(name: str, build: Callable[[sqlite3.Connection, Request], dict[str, Any] | None]) -> Callable:
        def redacted(db: sqlite3.Connection, request: Request) -> dict[str, Any] | None:
            redactor = redactor_for(db)
            if redactor.hides(request.query_params.get("q", "")):
                unfiltered = build(db, _without_search(request)) or {}
                return redact_data({**unfiltered, "documents": [], "total": 0, "search": "", "hidden_search": True},
                                   redactor)
            return redact_data(build(db, request), redactor)

        async def html(request: Request) -> Response:
            data = _build(redacted, connect, request)
            if data is None:
                return templates.TemplateResponse(request, "missing.html", {}, status_code=404)
            return templates.TemplateResponse(request, name, {"data": data})

        async def api(request: Request) -> Response:
            data = _build(redacted, connect, request)
            return JSONResponse(data if data is not None else {"error": "not found"}, 200 if data else 404)

        return html, api

    routes = []
    for path, name, build in _PAGES:
        html, api = page(name, build)
        routes += [Route(path, html), Route("/api" + (path if path != "/" else "/documents"), api)]
    routes.append(Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"))
    routes.append(Route("/favicon.ico", _no_icon))

    async def add_reports(request: Request) -> Response:
        """Upload form (GET) and upload (POST); the store is written by the ingest stage itself."""
        if request.method == "GET":
            return templates.TemplateResponse(request, "add.html", {"data": None})
        origin = request.headers.get("origin")
        if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
            return PlainTextResponse("uploads are taken from this workbench's own pages only", 403)
        if int(request.headers.get("content-length", "0")) > settings.max_file_bytes * MAX_UPLOAD_FILES:
            return PlainTextResponse("upload too large", 413)
        async with request.form(max_files=MAX_UPLOAD_FILES + 1) as form:
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
            report = await save_and_ingest(db_path, files, settings)
        return templates.TemplateResponse(request, "add.html", {"data": report})

    routes.append(Route("/add", add_reports, methods=["GET", "POST"]))
    return Starlette(routes=routes, middleware=[Middleware(_Guard, token=token)])


async def _no_icon(request: Request) -> Response:
    return Response(status_code=204)   # browsers ask for it; answering keeps their consoles clean


def _build(build: Callable, connect: Callable[[], sqlite3.Connection], request: Request) -> dict[str, Any] | None:
    db = connect()
    try:
        return build(db, request)
    except ValueError:
        return None
    finally:
        db.close()


def _without_search(request: Request) -> Request:
    scope = dict(request.scope)
    scope["query_string"] = b""
    return Request(scope)


def _filter(request: Request) -> queries.DocumentFilter:
    params = request.query_params
    family = params.get("family", "")
    return queries.DocumentFilter(outlet=params.get("outlet") or None, family=int(family) if family else None,
                                  published_from=params.get("from") or None, published_to=params.get("to") or None)


def _int(request: Request, name: str) -> int:
    return int(request.path_params[name])


_PAGES: list[tuple[str, str, Callable[[sqlite3.Connection, Request], dict[str, Any] | None]]] = [
    ("/", "collection.html", lambda db, r: views.collection(db, r.query_params.get("q", ""), _filter(r),
                                                             r.query_params.get("sort", "id"),
                                                             int(r.query_params.get("page", "0") or 0))),
    ("/documents/{doc_id:int}", "document.html", lambda db, r: views.document(db, _int(r, "doc_id"))),
    ("/compare/{a:int}/{b:int}", "compare.html", lambda db, r: views.compare(db, _int(r, "a"), _int(r, "b"))),
    ("/quotes", "quotes.html", lambda db, r: views.quote_groups(db, r.query_params.get("severity"))),
    ("/speakers", "speakers.html", lambda db, r: views.speakers(db)),
    ("/graph", "graph.html", lambda db, r: views.graph(db)),
    ("/incidents", "incidents.html", lambda db, r: views.incidents(db, r.query_params.get("type"))),
    ("/incidents/{incident_id:int}", "incident.html", lambda db, r: views.incident(db, _int(r, "incident_id"))),
]
