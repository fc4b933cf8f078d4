"""What a write changed, so that a window reloads only what shows it (Anki's `OpChanges`).

Every write transaction of a `Database` gathers the tables it inserted into, updated or
deleted from, whether through the ORM or a bulk statement; once it commits, the database hands
the `Changes` to whoever listens (the window). A reveal that only appends an audit event
changes `audit` and nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

# The registers a page can show, by the tables that hold them.
CITY = "city"
DEPARTMENTS = "department"
PEOPLE = "person"
ACCOUNTS = "account"
APPROVALS = "approval"
ASSIGNMENTS = "assignment"
CREDENTIALS = "credential"
PASSWORD_CHANGES = "password_change"
REVIEWS = "review"
REVIEW_LINES = "review_line"
REVIEW_NOTES = "review_note"
AUDIT = "audit_event"
# What the calendar export published (services/obligations/published.py): no page shows it.
CALENDAR_EVENTS = "calendar_event"
ELECTIONS = "election"
CANDIDATES = "candidate"
SUSPENSIONS = "suspension"
EXCEPTIONS = "policy_exception"
EXCEPTION_ACCOUNTS = "exception_account"
SITE_CHECKS = "site_check"
RECORDS_REQUESTS = "records_request"
REQUEST_ACCOUNTS = "request_account"
REMOVALS = "removal"
REPEAT_DECISIONS = "repeat_decision"
REQUEST_FILES = "request_file"

_KEY = "clerkdesk.changed"


@dataclass(frozen=True, slots=True)
class Changes:
    """The tables one committed write touched."""

    tables: frozenset[str] = frozenset()

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables)

    def __bool__(self) -> bool:
        return bool(self.tables)


def track(factory: sessionmaker[Session]) -> None:
    """Have every session `factory` makes note the tables its writes touch."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)


def taken(session: Session) -> Changes:
    """What the session's writes touched so far (and forget it)."""
    tables = session.info.pop(_KEY, None)
    return Changes(frozenset(tables)) if tables else Changes()


def _note(session: Session, names: Iterable[str]) -> None:
    session.info.setdefault(_KEY, set()).update(names)


def _after_flush(session: Session, _context: Any) -> None:
    objects = (*session.new, *session.dirty, *session.deleted)
    _note(session, {type(obj).__tablename__ for obj in objects})


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            _note(state.session, (name,))
