"""Which rows of a list a write changed (`written_rows.rows_to_read`): the rows of the page's
table it named, and of the tables whose rows belong to them (`linked`); the whole list (None)
whenever it touched anything else the page shows, or rows it did not name one by one."""

from __future__ import annotations

from types import SimpleNamespace

from clerkdesk.gui.pages.written_rows import Written, rows_to_read
from clerkdesk.services.kernel.changes import FEW, Changes

SHOWS = frozenset({"account", "approval", "department"})
LISTED = [SimpleNamespace(id=n) for n in (1, 2, 3)]


def _read(changes: Changes, linked: frozenset[str] = frozenset({"approval"})) -> Written | None:
    return rows_to_read(changes, SHOWS, "account", linked, lambda: LISTED, lambda r: r.id)


def _named(*rows: tuple[str, int], unnamed: frozenset[str] = frozenset()) -> Changes:
    tables = frozenset(t for t, _ in rows) | unnamed | {"audit_event"}
    return Changes(tables, tables - unnamed, frozenset(rows))


def test_the_rows_named_of_the_page_s_table_and_of_its_linked_tables() -> None:
    second = (LISTED[1],)  # as listed before the write
    assert _read(_named(("account", 2))) == Written(frozenset({2}), {}, second)
    assert _read(_named(("account", 2), ("approval", 7))) == Written(
        frozenset({2}), {"approval": frozenset({7})}, second
    )
    # an approval written alone: its account is found from it as it is read
    assert _read(_named(("approval", 7))) == Written(frozenset(), {"approval": frozenset({7})}, ())


def test_the_whole_list_otherwise() -> None:
    # a table the page shows that is not linked to its rows
    assert _read(_named(("account", 2), ("department", 1))) is None
    # the approval not linked on this page
    assert _read(_named(("account", 2), ("approval", 7)), linked=frozenset()) is None
    # approvals written without naming their rows (another program's write, a file)
    assert _read(_named(("account", 2), unnamed=frozenset({"approval"}))) is None
    # a row added, which the list does not hold yet
    assert _read(_named(("account", 4))) is None
    # more rows than are worth reading one by one
    many = [("approval", n) for n in range(FEW + 1)]
    assert _read(_named(("account", 2), *many)) is None
    # nothing the page shows
    assert _read(_named(("person", 5))) is None
