"""Scanned copies of signed papers (agreements, review worksheets), kept under the home folder
by their SHA-256, which the database records, so a changed or missing file is noticed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from ...core.errors import ClerkDeskError, ValidationError
from .database import Database

SCAN_TYPES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
SCAN_MAX_BYTES = 50 * 1024 * 1024


def scans_folder(db: Database) -> Path:
    return db.paths.home / "scans"


def keep_scan(db: Database, source: Path) -> tuple[str, str]:
    """Copy a scan into the home folder; its file name there and its SHA-256."""
    source = Path(source)
    if source.suffix.lower() not in SCAN_TYPES:
        raise ValidationError({"scan": f"attach a PDF or an image ({', '.join(SCAN_TYPES)})"})
    try:
        size = source.stat().st_size
        data = source.read_bytes() if size <= SCAN_MAX_BYTES else b""
    except OSError as exc:
        raise ClerkDeskError(f"cannot read {source}: {exc.strerror}") from exc
    if size > SCAN_MAX_BYTES:
        raise ValidationError({"scan": "the file is larger than 50 MB"})
    digest = hashlib.sha256(data).hexdigest()
    name = f"{digest}{source.suffix.lower()}"
    folder = scans_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        partial = target.with_name(name + ".partial")
        shutil.copyfile(source, partial)
        partial.replace(target)
    return name, digest


def kept_scan(db: Database, name: str | None, digest: str | None) -> Path:
    """A kept scan, after checking it is the file that was attached."""
    if not name or not digest:
        raise ClerkDeskError("no scanned copy is attached")
    path = scans_folder(db) / name
    if not path.is_file():
        raise ClerkDeskError(f"the scanned copy is missing from {path.parent}")
    if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise ClerkDeskError(f"the scanned copy {path.name} was changed after it was attached")
    return path
