"""A form's save is refused when another workstation or window changed the record after the
form opened it: the other change stays, nothing of the refused save is written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.kernel.versions import ChangedMeanwhileError
from clerkdesk.services.people import writes as people
from clerkdesk.store.models.audit import AuditEvent

URL = "https://facebook.com/stoughtonparks"


def _events(db) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


def test_an_account_changed_meanwhile_is_not_overwritten(db, parks) -> None:  # type: ignore[no-untyped-def]
    created = accounts.create_account(db, AccountInput(URL, "facebook", "Parks", purpose="News"))
    view, version = accounts.editing_account(db, created.id)
    assert view.purpose == "News"
    # Another workstation changes the purpose while the form is open.
    changed = AccountInput(URL, "facebook", "Parks", purpose="Events")
    accounts.update_account(db, created.id, changed)
    before = _events(db)
    with pytest.raises(ChangedMeanwhileError, match="changed on another workstation"):
        accounts.update_account(
            db,
            created.id,
            AccountInput(URL, "facebook", "Parks", handle="@parks", purpose="News"),
            version=version,
        )
    assert accounts.get_account(db, created.id).purpose == "Events"
    assert accounts.get_account(db, created.id).handle is None
    assert _events(db) == before
    # Opened again, the form sees the change, and its save goes through.
    view, version = accounts.editing_account(db, created.id)
    assert view.purpose == "Events"
    saved = accounts.update_account(
        db, created.id, AccountInput(URL, "facebook", "Parks", handle="@parks", purpose="Events"),
        version=version,
    )  # fmt: skip
    assert saved.handle == "@parks"
    # A second save from the same, now spent, version is refused.
    with pytest.raises(ChangedMeanwhileError):
        accounts.update_account(
            db, created.id, AccountInput(URL, "facebook", "Parks", purpose="Old"), version=version
        )


def test_a_person_and_a_department_changed_meanwhile(db, parks) -> None:  # type: ignore[no-untyped-def]
    person = people.list_people(db)[0]
    _, person_version = people.editing_person(db, person.id)
    _, department_version = departments.editing_department(db, parks.id)
    people.update_person(db, person.id, PersonInput("E100", "Priya Raman", "Director", "Parks"))
    departments.update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    with pytest.raises(ChangedMeanwhileError, match="This person was changed"):
        people.update_person(
            db,
            person.id,
            PersonInput("E100", "Priya R.", "Director", "Parks"),
            version=person_version,
        )
    with pytest.raises(ChangedMeanwhileError, match="This department was changed"):
        departments.update_department(
            db, parks.id, DepartmentInput("Parks & Rec"), version=department_version
        )
    assert people.get_person(db, person.id).name == "Priya Raman"
    assert departments.get_department(db, parks.id).name == "Parks"


def test_an_unchanged_record_saves_with_its_version(db, parks) -> None:  # type: ignore[no-untyped-def]
    _, version = departments.editing_department(db, parks.id)
    assert departments.editing_department(db, parks.id)[1] == version  # reading changes nothing
    saved = departments.update_department(db, parks.id, DepartmentInput("Parks"), version=version)
    assert saved.name == "Parks"
