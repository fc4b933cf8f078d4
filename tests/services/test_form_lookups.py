"""A form's save looks up the people it names, one by one, instead of reading every person of
a register of tens of thousands; a file's import reads them all once. Either way the answer is
the same: an employee ID taken by someone else is refused, an unknown one is unknown."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.kernel.lookups import Lookups
from clerkdesk.services.people.writes import create_person, update_person


@contextmanager
def statements(db: Any) -> Iterator[list[str]]:
    """The SQL the block sends."""
    sent: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        sent.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def every_person_read(sent: list[str]) -> list[str]:
    return [
        s
        for s in sent
        if s.startswith("SELECT person.employee_id, person.id FROM person") and "WHERE" not in s
    ]


@pytest.fixture
def people(db: Any) -> dict[str, int]:
    return {
        employee_id: create_person(db, PersonInput(employee_id, name)).id
        for employee_id, name in (("E100", "Dana Whitfield"), ("E200", "Robert Hale"))
    }


def test_a_form_save_reads_only_the_people_it_names(db: Any, people: dict[str, int]) -> None:
    with statements(db) as sent:
        update_person(db, people["E200"], PersonInput("E200", "Robert Hale", title="Chief"))
        create_department(db, DepartmentInput("Library", head_employee_id="E100"))
    assert every_person_read(sent) == []


def test_a_form_still_refuses_an_employee_id_taken_and_an_unknown_head(
    db: Any, people: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as taken:
        update_person(db, people["E200"], PersonInput("E100", "Robert Hale"))
    assert taken.value.fields == {"employee_id": "employee ID 'E100' is already someone else's"}
    with pytest.raises(ValidationError) as unknown:
        create_department(db, DepartmentInput("Library", head_employee_id="E999"))
    assert "E999" in str(unknown.value.fields)


def test_one_record_s_lookup_answers_as_the_whole_table_would(
    db: Any, people: dict[str, int]
) -> None:
    with db.reading() as session:
        asked, whole = Lookups(session, one=True).people, Lookups(session).people
        assert "E100" in asked and "E999" not in asked and 100 not in asked
        assert asked["E200"] == whole["E200"] == people["E200"]
        assert asked.get("E999") is None and whole.get("E999") is None
        with pytest.raises(KeyError):
            asked["E999"]
        assert dict(asked.items()) == dict(whole.items()) == people
        assert len(asked) == len(whole) == 2


def test_a_form_looks_up_the_one_account_it_names(db) -> None:  # type: ignore[no-untyped-def]
    """As for people, the account a form names by its web address, however typed."""
    from clerkdesk.core.errors import ClerkDeskError
    from clerkdesk.services.accounts.writes import create_account
    from clerkdesk.services.kernel.inputs import AccountInput

    create_department(db, DepartmentInput("Parks"))
    parks = create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))
    create_account(db, AccountInput("https://x.com/library", "x", "Parks"))
    with db.reading() as session:
        one, whole = Lookups(session, one=True), Lookups(session)
        assert one.account_at("X.com/parks/") == whole.account_at("X.com/parks/")
        assert one.account_at("X.com/parks/") == (parks.id, "https://x.com/parks")
        assert one.account_id("https://x.com/library") == whole.account_id("https://x.com/library")
        assert one.account_id("https://x.com/nobody") is whole.account_id("https://x.com/nobody")
        assert one.urls_of([parks.id, parks.id]) == {parks.id: "https://x.com/parks"}
        assert whole.urls_of([parks.id, parks.id]) == {parks.id: "https://x.com/parks"}
        assert "accounts" not in vars(one) and "accounts" in vars(whole)  # none read whole
        for lookups in (one, whole):
            with pytest.raises(ClerkDeskError, match=r"no account https://x\.com/nobody"):
                lookups.account_at("https://x.com/nobody")
            # pasted with a NUL, which a server will not be asked about: no account either
            assert lookups.account_id("https://x.com/par\x00ks") is None


def test_a_form_says_the_one_person_it_names_by_employee_id(db) -> None:  # type: ignore[no-untyped-def]
    create_department(db, DepartmentInput("Parks"))
    ann = create_person(db, PersonInput("E1", "Ann Lee", department="Parks"))
    create_person(db, PersonInput("E2", "Bo Park", department="Parks"))
    with db.reading() as session:
        one, whole = Lookups(session, one=True), Lookups(session)
        for lookups in (one, whole):
            assert lookups.employee_id_of(ann.id) == "E1"
            assert lookups.employee_id_of(ann.id + 100) is None
            assert lookups.employee_id_of(None) is None
        assert "employee_ids" not in vars(one) and "employee_ids" in vars(whole)
