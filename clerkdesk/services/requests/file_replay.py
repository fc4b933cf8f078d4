"""What `check` replays of a request's kept files (its letters and the records released): each
file's kind, its name as it was chosen and its SHA-256, from the request's events. A file
added, swapped or relabelled in the table without an event is reported.

A kept file is known by its request's number and its name under scans/ (`file_key`), which is
its SHA-256 and its type: one request keeps a file once. The request's "request.file" events
carry a `request_files` block ({key: {"added": true, field: value}}); files kept before the
events named them so (the event gave only the kind, the name and the digest) are noted, and
checked from their next change."""

from __future__ import annotations

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ...store.models.audit import AuditEvent
from ...store.models.requests import RecordsRequest, RequestFile
from ..kernel.replayed import Replayed, State, keyed_states, logged

BLOCK = "request_files"
FIELDS = ("kind", "original_name", "sha256")


def file_key(number: str, scan_file: str) -> str:
    """A kept file's key: its request's number and its name under scans/ (no space in it)."""
    return f"{number} {scan_file}"


def _files(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            RecordsRequest.number,
            RequestFile.scan_file,
            RequestFile.kind,
            RequestFile.original_name,
            RequestFile.scan_sha256,
        ).join(RecordsRequest, RecordsRequest.id == RequestFile.request_id)
    )
    return keyed_states(rows, file_key, FIELDS)


def _kept_before_blocks(session: Session) -> set[str]:
    """The files kept before the request's events named each, as their keys are."""
    keys: set[str] = set()
    rows = session.execute(
        select(AuditEvent.entity_key, AuditEvent.details).where(
            and_(
                AuditEvent.entity == "records_request",
                AuditEvent.action == "request.file",
                ~AuditEvent.details.like(f'%"{BLOCK}": {{%'),
            )
        )
    )
    for number, details in logged(rows):
        if isinstance(details.get("file"), str):
            keys.add(file_key(number, details["file"]))
    return keys


REQUEST_FILES = Replayed(
    "request_file",
    "request file",
    "request_file",  # named only by its request's events' block; a request keeps its number
    FIELDS,
    (),
    _files,
    earlier=_kept_before_blocks,
    block=BLOCK,
    block_of=("records_request",),
)
