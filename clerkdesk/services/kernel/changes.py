"""What a write changed, so that a window reloads only what shows it (Anki's `OpChanges`).

Every write transaction of a `Database` gathers the tables it inserted into, updated or
deleted from, whether through the ORM or a bulk statement; once it commits, the database hands
the `Changes` to whoever listens (the window). A reveal that only appends an audit event
changes `audit` and nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
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

# More rows written than this are read again with the whole list: one look-up for each would
# cost more.
FEW = 200

_KEY = "clerkdesk.changed"
_ROWS = "clerkdesk.changed_rows"  # (table, id) of each record written
_UNNAMED = "clerkdesk.changed_unnamed"  # tables written without naming each row
_EVENTS = "clerkdesk.changed_events"  # the audit events appended


@dataclass(frozen=True, slots=True)
class Changes:
    """The tables one committed write touched; and, of those whose every row it wrote is
    known by its id (`named`: written as records, not by a statement over many), which rows:
    a page may then read those rows alone again (`rows_of`)."""

    tables: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()
    rows: frozenset[tuple[str, int]] = frozenset()
    events: frozenset[int] = frozenset()  # the numbers of the audit events it appended

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def rows_of(self, table: str) -> frozenset[int] | None:
        """The ids of the rows of `table` written (none when it was not), or None when they
        are not all known."""
        if table not in self.tables:
            return frozenset()
        if table not in self.named:
            return None
        return frozenset(key for name, key in self.rows if name == table)

    def __or__(self, other: Changes) -> Changes:
        # A table stays named only where neither write touched it without naming its rows.
        unnamed = (self.tables - self.named) | (other.tables - other.named)
        named = (self.named | other.named) - unnamed
        rows, events = self.rows | other.rows, self.events | other.events
        return Changes(self.tables | other.tables, named, rows, events)

    def __bool__(self) -> bool:
        return bool(self.tables)


def track(factory: sessionmaker[Session]) -> None:
    """Have every session `factory` makes note the tables its writes touch."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)


def taken(session: Session) -> Changes:
    """What the session's writes touched so far (and forget it)."""
    tables = session.info.pop(_KEY, None)
    rows = session.info.pop(_ROWS, set())
    unnamed = session.info.pop(_UNNAMED, set())
    events = session.info.pop(_EVENTS, set())
    if not tables:
        return Changes()
    return Changes(
        frozenset(tables), frozenset(tables - unnamed), frozenset(rows), frozenset(events)
    )


def note_events(session: Session, numbers: Iterable[int]) -> None:
    """The audit events the session's write appends, by their numbers."""
    session.info.setdefault(_EVENTS, set()).update(numbers)


def _note(session: Session, names: Iterable[str], named: bool = False) -> None:
    session.info.setdefault(_KEY, set()).update(names)
    if not named:
        session.info.setdefault(_UNNAMED, set()).update(names)


def _after_flush(session: Session, _context: Any) -> None:
    objects = (*session.new, *session.dirty, *session.deleted)
    rows = session.info.setdefault(_ROWS, set())
    for obj in objects:
        # A stored record's key as the session knows it, a new one's as its insert gave it:
        # nothing is loaded (a record deleted meanwhile cannot be).
        state = inspect(obj)
        identity = state.identity
        key = identity[0] if identity is not None and len(identity) == 1 else state.dict.get("id")
        table = type(obj).__tablename__
        if isinstance(key, int):
            rows.add((table, key))
            _note(session, (table,), named=True)
        else:
            _note(session, (table,))


# A write statement run with these options names its rows itself, by `name_rows`.
NAMED = {"clerkdesk_named": True}


def name_rows(session: Session, table: str, ids: Iterable[int]) -> None:
    """The rows of `table` written by statements run with `NAMED`, by their ids."""
    session.info.setdefault(_ROWS, set()).update((table, key) for key in ids)


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            named = bool(state.execution_options.get("clerkdesk_named", False))
            _note(state.session, (name,), named=named)
