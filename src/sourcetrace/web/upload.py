"""Adding reports from the browser, with the CLI's guarantees: the same readers and error lines,
size limits, and files kept only inside the store's own folder under names we choose."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from starlette.datastructures import UploadFile

from sourcetrace import ingest
from sourcetrace.errors import InputError
from sourcetrace.ingest import IngestReport
from sourcetrace.settings import Settings
from sourcetrace.store import open_store

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_UPLOAD_FILES = 50


def safe_name(filename: str) -> str:
    """A file name that cannot leave the uploads folder: no path parts, no dots in front."""
    name = _SAFE.sub("_", Path(filename.replace("\\\\", "/")).name).lstrip(".") or "upload"
    return f"{uuid.uuid4().hex[:8]}-{name}"


async def save_and_ingest(db_path: Path, files: list[UploadFile], settings: Settings) -> IngestReport:
    """Save each upload beside the store, then ingest them as `sourcetrace add` would; errors name
    the file as the user called it."""
    report = IngestReport()
    folder = db_path.parent / "uploads"
    folder.mkdir(exist_ok=True)
    saved: dict[str, str] = {}   # path written → the name the user gave
    for upload in files[:MAX_UPLOAD_FILES]:
        name = upload.filename or "upload"
        data = await upload.read(settings.max_file_bytes + 1)   # never more than the limit into memory
        if len(data) > settings.max_file_bytes:
            report.errors.append(InputError(name, f"too large (limit {settings.max_file_bytes:,} bytes)"))
            continue
        target = folder / safe_name(name)
        target.write_bytes(data)
        saved[str(target)] = name
    if len(files) > MAX_UPLOAD_FILES:
        report.errors.append(InputError("upload", f"only the first {MAX_UPLOAD_FILES} files were taken"))
    if saved:
        with open_store(db_path) as store:
            result = ingest.ingest_paths(store, [Path(path) for path in saved], settings)
        report.added, report.duplicates, report.unchanged = result.added, result.duplicates, result.unchanged
        for error in result.errors:
            path, _, record = error.origin.partition(":")
            report.errors.append(InputError(saved.get(path, path) + (f":{record}" if record else ""), error.problem))
            if error.origin in saved:   # a file refused whole is not kept (a JSONL with one bad line is)
                Path(error.origin).unlink(missing_ok=True)
    return report
