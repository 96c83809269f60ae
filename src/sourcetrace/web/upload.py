"""Adding reports from the browser, with the CLI's guarantees: the same readers and error lines,
size limits, and files kept only inside the store's own folder under names we choose."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from starlette.datastructures import UploadFile

from sourcetrace import ingest
from sourcetrace.ingest.readers import is_supported
from sourcetrace.settings import Settings
from sourcetrace.store import open_store

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_UPLOAD_FILES = 50


@dataclass
class UploadReport:
    added: int = 0
    duplicates: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def safe_name(filename: str) -> str:
    """A file name that cannot leave the uploads folder: no path parts, no dots in front."""
    name = _SAFE.sub("_", Path(filename.replace("\\\\", "/")).name).lstrip(".") or "upload"
    return f"{uuid.uuid4().hex[:8]}-{name}"


async def save_and_ingest(db_path: Path, files: list[UploadFile], settings: Settings) -> UploadReport:
    report = UploadReport()
    folder = db_path.parent / "uploads"
    folder.mkdir(exist_ok=True)
    saved: list[Path] = []
    for upload in files[:MAX_UPLOAD_FILES]:
        name = upload.filename or "upload"
        target = folder / safe_name(name)
        if not is_supported(target):
            report.errors.append(f"{name}: unsupported file type; expected .txt .md .html .htm .jsonl .warc .warc.gz")
            continue
        data = await upload.read(settings.max_file_bytes + 1)
        if len(data) > settings.max_file_bytes:
            report.errors.append(f"{name}: too large (limit {settings.max_file_bytes:,} bytes)")
            continue
        target.write_bytes(data)
        saved.append(target)
    if len(files) > MAX_UPLOAD_FILES:
        report.errors.append(f"only the first {MAX_UPLOAD_FILES} files were taken")
    if saved:
        with open_store(db_path) as store:
            result = ingest.ingest_paths(store, saved, settings)
        report.added, report.duplicates, report.unchanged = result.added, result.duplicates, result.unchanged
        report.errors += [str(error).replace(str(folder) + "/", "") for error in result.errors]
        refused = {error.origin for error in result.errors}
        for path in saved:   # a file refused whole is not kept (a JSONL with one bad line is)
            if str(path) in refused:
                path.unlink(missing_ok=True)
    return report
