"""The registers, each declared once, in its own folder's `__init__.py`.

A register is one folder in each layer under the same noun. Its services folder declares what
the rest of the program needs to know of it: the tables that hold it, the kinds of file
(INTERFACE.md) it is imported and exported as, each with its columns and the module that plans
its rows and exports them, and the module that gathers the facts its obligation rules read.
Every list that names the registers — the file kinds, their import order, the tables a write
can touch, the facts of the obligations snapshot — is derived from these declarations, never
kept by hand.

A declaration is plain data: reading it imports no database, no planner and no other register.
The module a file kind names is imported only when a file of that kind is read or written.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from .replayed import Replayed

SERVICES = __name__.rpartition(".")[0].rpartition(".")[0]  # clerkdesk.services

# Tables of the machinery, which belong to no register: the audit log and its anchor, the
# events the calendar export has published, and the publications of the public list.
MACHINERY_TABLES = frozenset(
    {"audit_event", "audit_anchor", "calendar_event", "public_list_publication"}
)


@dataclass(frozen=True)
class CsvKind:
    """A kind of file of INTERFACE.md: its columns, those required, and those a row's record is
    matched by. `module` (of the declaring register's folder) plans its rows (`plan(file,
    progress)`, into `MODEL`'s table, matched on `KEY`) and exports them (`rows(session, tz)`,
    in `columns`' order)."""

    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    key: tuple[str, ...]
    # Longest text of a column, where it is not the one core.validation gives every column
    # of that name: (column, characters).
    limits: tuple[tuple[str, int], ...] = ()
    module: str = ""
    # A plan's field, by the file's column where their names differ (for messages).
    fields: tuple[tuple[str, str], ...] = ()

    def rows_module(self) -> ModuleType:
        """The module that plans and exports this kind's rows, imported on first use."""
        return importlib.import_module(self.module)


@dataclass(frozen=True)
class Register:
    """One register as its folder declares it. `after`: the registers whose records its files
    name (a term names an account and a person), which are imported before it. `facts`: the
    module (of its folder) whose `facts(session, profile, as_of)` gathers what its obligation
    rules read, put in the obligations snapshot under its noun (`Snapshot.facts_of`)."""

    noun: str
    tables: frozenset[str]
    files: tuple[CsvKind, ...] = ()
    after: tuple[str, ...] = ()
    facts: str = ""
    replayed: str = ""  # the module (of its folder) whose REPLAYED `check` replays
    # The audit entities whose events may come with a write to its tables (an account's
    # approval designates its custodian: "account" writes the terms): what another program's
    # write touched, read from its events (`tables_written_by`).
    written_by: frozenset[str] = frozenset()
    # (entity, table, column): an event of `entity` has for its key the `column` of the row
    # of `table` it wrote (a person's employee ID), so that the rows another program wrote
    # are known from its events (`rows_named_by`).
    event_rows: tuple[tuple[str, str, str], ...] = ()

    def replayed_tables(self) -> tuple[Replayed, ...]:
        """The tables of the register `check` replays from the audit log (`Replayed`s)."""
        return tuple(importlib.import_module(self.replayed).REPLAYED) if self.replayed else ()

    def facts_module(self) -> ModuleType | None:
        """The module that gathers the register's facts for its rules, imported on first use."""
        return importlib.import_module(self.facts) if self.facts else None


def declare(
    package: str,
    noun: str,
    tables: set[str],
    files: tuple[CsvKind, ...] = (),
    after: tuple[str, ...] = (),
    facts: str = "",
    replayed: str = "",
    written_by: set[str] | None = None,
    event_rows: dict[str, tuple[str, str]] | None = None,
) -> Register:
    """A register's declaration; its file kinds' modules, and `facts` (the module that gathers
    its rules' facts, e.g. "facts"), are named within `package`."""
    kinds = tuple(
        CsvKind(**{**vars(k), "module": f"{package}.{k.module or k.name.replace('-', '_')}_file"})
        for k in files
    )
    return Register(
        noun,
        frozenset(tables),
        kinds,
        after,
        f"{package}.{facts}" if facts else "",
        f"{package}.{replayed}" if replayed else "",
        frozenset(written_by or ()),
        tuple((entity, *row) for entity, row in (event_rows or {}).items()),
    )


@cache
def registers() -> tuple[Register, ...]:
    """Every register, each after those it names: found as the folders of the services that
    declare a REGISTER."""
    found: dict[str, Register] = {}
    for module in pkgutil.iter_modules(importlib.import_module(SERVICES).__path__):
        if module.ispkg:
            register = getattr(
                importlib.import_module(f"{SERVICES}.{module.name}"), "REGISTER", None
            )
            if register is not None:
                found[register.noun] = register
    ordered: list[Register] = []

    def place(noun: str, path: tuple[str, ...]) -> None:
        if noun in path:
            raise ValueError(f"registers name each other in a circle: {' -> '.join(path)}")
        if noun not in found:
            raise ValueError(
                f"register {path[-1]!r} comes after {noun!r}, which no folder declares"
            )
        register = found[noun]
        if register in ordered:
            return
        for before in register.after:
            place(before, (*path, noun))
        ordered.append(register)

    for noun in sorted(found):
        place(noun, ())
    return tuple(ordered)


def tables_written_by(entities: Iterable[str]) -> frozenset[str] | None:
    """The tables that writes whose events name these audit entities may have touched: those
    of every register that says it is `written_by` one of them, and the machinery's. None
    when an entity is no register's (a later version's event): anything may have changed."""
    named = frozenset(entities)
    tables: set[str] = set(MACHINERY_TABLES)
    known: set[str] = set()
    for register in registers():
        if not register.written_by.isdisjoint(named):
            tables |= register.tables
            known |= register.written_by & named
    return frozenset(tables) if known == named else None


def rows_named_by(entities: Iterable[str]) -> tuple[tuple[str, str, str], ...]:
    """(entity, table, column) of each table whose rows written by events of these entities
    their keys name, one by one: a register says so of the entity (`event_rows`), and none
    of the other entities comes with writes to that table."""
    named = frozenset(entities)
    return tuple(
        (entity, table, column)
        for register in registers()
        for entity, table, column in register.event_rows
        if entity in named and _writers_of(table) & named == {entity}
    )


def _writers_of(table: str) -> frozenset[str]:
    """The entities whose events may come with a write to `table`."""
    return frozenset(e for r in registers() if table in r.tables for e in r.written_by)


@cache
def file_kinds() -> dict[str, CsvKind]:
    """Every file kind, in the order files are imported: a kind after those it names."""
    return {kind.name: kind for register in registers() for kind in register.files}


def register_tables() -> dict[str, str]:
    """Each table of a register, with the register's noun."""
    return {table: r.noun for r in registers() for table in r.tables}
