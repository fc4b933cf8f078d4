"""The Removed content page: who removed it by name and employee ID, the people in office
offered in its dialog, and a kept removal opened and corrected."""

from __future__ import annotations

from datetime import UTC, datetime

from clerkdesk.services.removals.writes import RemovalInput, record_removal

from .conftest import add_account, approve, go

URL = "https://facebook.com/stoughtonparks"
AT = datetime(2026, 11, 2, 15, tzinfo=UTC)


def kept(city_db, staff: str = "E100") -> None:  # type: ignore[no-untyped-def]
    account = add_account(city_db, URL)
    approve(city_db, account.id)
    record_removal(city_db, RemovalInput(URL, AT, "@troll", "Buy!", "advertising", "hidden", staff))


def cell(page, header: str, row: int = 0) -> str:  # type: ignore[no-untyped-def]
    model = page.model
    column = [c.header for c in model.columns].index(header)
    return str(model.text(row, column))


def test_who_removed_it_reads_by_name_and_employee_id(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    kept(city_db)
    page = go(qtbot, window, "removals")
    assert cell(page, "Removed by") == "Dana Whitfield (E100)"
