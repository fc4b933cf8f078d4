"""The files of the records registers, kept under scans/ by their SHA-256 as scans are: a
request's letters and the records released (R17), a removal's screenshot (R16); and the check
that each is still the file that was kept."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError, NotFoundError
from ...core.records import LETTER_KINDS
from ...store.models.removals import Removal
from ...store.models.requests import RecordsRequest, RequestFile
from ..integrity.audit import Change, record
from ..kernel.database import Database
from ..kernel.scans import keep_scan, kept_scan, scans_folder
from .file_replay import BLOCK, file_key

FILE_KINDS: dict[str, str] = {
    "request": "The request",
    "answer": "The answer",
    "released": "Records released",
}
# What a kept file is: one attached, or a letter ClerkDesk wrote (`letters`).
KEPT_KINDS: dict[str, str] = {**FILE_KINDS, **LETTER_KINDS}


@dataclass(frozen=True, slots=True)
class RequestFileView:
    id: int
    kind: str
    original_name: str
    kept_at: datetime
    sha256: str = ""


def attach_request_file(db: Database, request_id: int, kind: str, source: Path) -> RequestFileView:
    """Keep a letter or the records released with a request; audited."""
    if kind not in FILE_KINDS:
        raise ClerkDeskError(f"a request's file is one of: {', '.join(FILE_KINDS)}")
    name, digest = keep_scan(db, Path(source))
    with db.writing() as session:
        request = session.get(RecordsRequest, request_id)
        if request is None:
            raise NotFoundError("that request is no longer in the register")
        return keep_request_file(session, db, request, kind, Path(source).name, name, digest)


def keep_request_file(
    session: Session,
    db: Database,
    request: RecordsRequest,
    kind: str,
    original_name: str,
    name: str,
    digest: str,
    details: dict[str, object] | None = None,
) -> RequestFileView:
    """Keep the file already under scans/ as `name` with `request`, and record the event that
    `check` replays it from (a file attached, or a letter written: `details` adds to it)."""
    kept = session.execute(
        select(RequestFile.kind, RequestFile.original_name).where(
            RequestFile.request_id == request.id, RequestFile.scan_file == name
        )
    ).first()
    if kept is not None:
        raise ClerkDeskError(
            f"request {request.number} keeps this file already, as "
            f"{KEPT_KINDS.get(kept[0], kept[0]).lower()} ({kept[1]})"
        )
    row = RequestFile(
        request_id=request.id,
        kind=kind,
        original_name=original_name[:300],
        scan_file=name,
        scan_sha256=digest,
        kept_at=db.clock(),
    )
    session.add(row)
    session.flush()
    record(
        session,
        db,
        Change(
            "request.file",
            "records_request",
            request.number,
            f"Kept {KEPT_KINDS[kind].lower()} of request {request.number}: {row.original_name}",
            {
                "kind": kind,
                "file": name,
                "sha256": digest,
                **(details or {}),
                BLOCK: {
                    file_key(request.number, name): {
                        "added": True,
                        "kind": kind,
                        "original_name": row.original_name,
                        "sha256": digest,
                    }
                },
            },
        ),
    )
    return RequestFileView(row.id, kind, row.original_name, row.kept_at, digest)


def request_files(db: Database, request_id: int) -> Sequence[RequestFileView]:
    with db.reading() as session:
        rows = session.execute(
            select(RequestFile).where(RequestFile.request_id == request_id).order_by(RequestFile.id)
        ).scalars()
        return [
            RequestFileView(r.id, r.kind, r.original_name, r.kept_at, r.scan_sha256) for r in rows
        ]


def request_file_path(db: Database, file_id: int) -> Path:
    """A request's kept file, after checking it is the file that was kept."""
    with db.reading() as session:
        row = session.get(RequestFile, file_id)
        if row is None:
            raise NotFoundError("that file is no longer kept")
        return kept_scan(db, row.scan_file, row.scan_sha256)


def file_problems(db: Database) -> list[str]:
    """Each kept file of the records registers that is missing or no longer the one kept."""
    folder = scans_folder(db)
    problems: list[str] = []
    with db.reading() as session:
        kept = [
            (f"request {number}: {original}", name, digest)
            for number, original, name, digest in session.execute(
                select(
                    RecordsRequest.number,
                    RequestFile.original_name,
                    RequestFile.scan_file,
                    RequestFile.scan_sha256,
                ).join(RecordsRequest, RecordsRequest.id == RequestFile.request_id)
            )
        ]
        kept += [
            (f"removal screenshot {evidence}", evidence, digest)
            for evidence, digest in session.execute(
                select(Removal.evidence, Removal.evidence_sha256).where(
                    Removal.evidence_sha256.is_not(None)
                )
            )
        ]
    for what, name, digest in kept:
        path = folder / name
        if not path.is_file():
            problems.append(f"files: {what} is missing from {folder}")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"files: {what} ({name}) was changed after it was kept")
    return problems
