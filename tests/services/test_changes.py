"""Each committed write says which tables it touched, so that the window reloads only those."""

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.credentials.writes import CredentialInput
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.changes import (
    ACCOUNTS,
    AUDIT,
    CREDENTIALS,
    DEPARTMENTS,
    PEOPLE,
    Changes,
)
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput
from clerkdesk.services.transfer import csv_import


@pytest.fixture
def seen(db):  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    db.listeners.append(heard.append)
    return heard


def test_a_form_write_names_its_tables(db, parks, seen) -> None:  # type: ignore[no-untyped-def]
    accounts.create_account(db, AccountInput("https://facebook.com/parks", "facebook", "Parks"))
    assert len(seen) == 1
    assert seen[0].touches(ACCOUNTS) and seen[0].touches(AUDIT)
    assert not seen[0].touches(PEOPLE, DEPARTMENTS)


def test_a_reveal_changes_only_the_audit_log(db, parks, seen, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    account = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks")
    )
    credentials.set_credential(db, account.id, CredentialInput(password="Maple-Falls#2026-parks"))
    assert seen[-1].touches(CREDENTIALS)
    seen.clear()
    credentials.reveal(db, account.id)
    assert [c.tables for c in seen] == [frozenset({AUDIT})]


def test_a_bulk_import_names_its_tables_and_a_failed_write_says_nothing(  # type: ignore[no-untyped-def]
    db, seen, tmp_path
) -> None:
    file = tmp_path / "departments.csv"
    file.write_text("name\nParks\nLibrary\n")
    csv_import.import_csv(db, "departments", file)
    assert seen and seen[-1].touches(DEPARTMENTS)
    seen.clear()
    with pytest.raises(ClerkDeskError):
        departments.create_department(db, DepartmentInput("Parks"))
    assert seen == []


def test_a_record_written_is_named_by_its_id_and_a_bulk_write_is_not(  # type: ignore[no-untyped-def]
    db, parks, seen, tmp_path
) -> None:
    """A page reads again only the rows a write names (`rows_of`); a table written by a
    statement over many rows names none, and the page reads its whole list."""
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import create_person, update_person

    person = create_person(db, PersonInput("E1", "Dana Whitfield", department="Parks"))
    assert seen[-1].rows_of(PEOPLE) == {person.id}
    assert seen[-1].rows_of(ACCOUNTS) == frozenset()  # not written at all
    seen.clear()
    update_person(db, person.id, PersonInput("E1", "Dana Whitfield", title="Director"))
    assert [c.rows_of(PEOPLE) for c in seen] == [{person.id}]
    file = tmp_path / "departments.csv"
    file.write_text("name\nLibrary\n")
    csv_import.import_csv(db, "departments", file)  # a file's rows, one as many: not named
    assert seen[-1].touches(DEPARTMENTS) and seen[-1].rows_of(DEPARTMENTS) is None
    file.write_text("name,head_employee_id\nLibrary,E1\nParks,E1\n")
    csv_import.import_csv(db, "departments", file)  # both updated
    assert seen[-1].touches(DEPARTMENTS) and seen[-1].rows_of(DEPARTMENTS) is None
    named = Changes(
        frozenset({DEPARTMENTS}), frozenset({DEPARTMENTS}), frozenset({(DEPARTMENTS, 7)})
    )
    assert named.rows_of(DEPARTMENTS) == {7}
    # Together with one that did not name its rows, none of the table's are known.
    unnamed = Changes(frozenset({DEPARTMENTS}))
    assert (named | unnamed).rows_of(DEPARTMENTS) is None
    assert (unnamed | named).rows_of(DEPARTMENTS) is None
    assert (named | Changes(frozenset({PEOPLE}))).rows_of(DEPARTMENTS) == {7}
