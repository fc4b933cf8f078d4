"""Approval as each policy wants it (R1, R2): Stoughton's findings differ by the approving
authority, and the Council designates the Authorized User at approval; a policy without R2
asks for none."""

from datetime import UTC, date, datetime

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_import

from .helpers import dump

ON = date(2026, 11, 2)


def proposed(db, url="https://facebook.com/parks"):  # type: ignore[no-untyped-def]
    return accounts.create_account(db, AccountInput(url, "facebook", "Parks"))


def approval(authority: str, **kw) -> ApprovalInput:  # type: ignore[no-untyped-def]
    return ApprovalInput(authority, "Someone", ON, "Res. 2026-40", **kw)


@pytest.mark.parametrize(
    "authority, asked",
    [
        ("department-head", {"can_administer", "monitoring", "it_notified"}),
        ("mayor", {"can_administer"}),
        ("council", {"can_administer", "designated_employee_id"}),
    ],
)
def test_stoughton_asks_each_authority_for_its_own_determinations(
    db, parks, authority, asked
) -> None:  # type: ignore[no-untyped-def]
    view = proposed(db)
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        accounts.approve_account(db, view.id, approval(authority))
    assert set(caught.value.fields) == asked
    assert dump(db) == before


def test_the_mayor_finds_the_authorized_user_can_administer_and_nothing_more(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = accounts.approve_account(db, proposed(db).id, approval("mayor", can_administer=True))
    assert view.status == "approved"
    assert view.approval is not None and view.approval.determinations_recorded
    assert (view.approval.monitoring, view.approval.designated) == (None, None)


def test_the_council_designates_the_authorized_user_who_becomes_custodian(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = proposed(db)
    with pytest.raises(ValidationError) as caught:
        accounts.approve_account(
            db, view.id, approval("council", can_administer=True, designated_employee_id="E9")
        )
    assert caught.value.fields == {"designated_employee_id": "no person with employee ID 'E9'"}
    approved = accounts.approve_account(
        db, view.id, approval("council", can_administer=True, designated_employee_id="E100")
    )
    assert approved.approval is not None
    assert approved.approval.designated == "Priya Raman (E100)"
    [term] = assignments.account_assignments(db, view.id)
    assert (term.employee_id, term.role, term.designated_by) == (
        "E100",
        "custodian",
        "Common Council (Res. 2026-40)",
    )
    assert term.starts_at == datetime(2026, 11, 2, 6, 0, tzinfo=UTC)  # the approval's day
    events = audit.list_events(db)
    assert [e.action for e in events[:2]] == ["assignment.create", "account.approve"]
    assert "E100" in events[1].details


def test_the_council_may_designate_the_custodian_already_serving(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks", status="pre-existing")
    )
    assignments.designate(db, view.id, "E100", "custodian", datetime(2026, 1, 5, tzinfo=UTC))
    approved = accounts.approve_account(
        db, view.id, approval("council", can_administer=True, designated_employee_id="E100")
    )
    assert approved.approval is not None and approved.approval.designated
    assert len(assignments.account_assignments(db, view.id)) == 1


def test_a_designated_person_who_left_is_refused_beside_the_field(db, parks) -> None:  # type: ignore[no-untyped-def]
    people.create_person(db, PersonInput("E200", "Bo Left", "Clerk", "Parks", separated_on=ON))
    with pytest.raises(ValidationError) as caught:
        accounts.approve_account(
            db,
            proposed(db).id,
            approval("council", can_administer=True, designated_employee_id="E200"),
        )
    assert "left the city" in caught.value.fields["designated_employee_id"]


def test_a_policy_without_r2_asks_no_determinations(empty_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.departments import writes as departments
    from clerkdesk.services.kernel.inputs import DepartmentInput

    city.init_city(empty_db, "Janesville", "janesville", date(2021, 3, 1))
    departments.create_department(empty_db, DepartmentInput("Parks"))
    view = accounts.approve_account(empty_db, proposed(empty_db).id, approval("city-manager"))
    assert view.approval is not None and view.approval.determinations_recorded


def test_an_imported_approval_owes_only_what_its_authority_owes(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.departments import writes as departments
    from clerkdesk.services.kernel.inputs import DepartmentInput

    city.init_city(empty_db, "Janesville", "janesville", date(2021, 3, 1))
    departments.create_department(empty_db, DepartmentInput("Parks"))
    path = tmp_path / "a.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        "https://x.com/parks,x,Parks,approved,city-manager,Office,2026-01-05\n",
        encoding="utf-8",
    )
    csv_import.import_csv(empty_db, "accounts", path)
    [view] = accounts.list_accounts(empty_db)
    assert view.approval is not None and view.approval.determinations_recorded


def test_an_imported_council_approval_is_completed_with_its_designation(
    db, parks, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        "https://x.com/parks,x,Parks,approved,council,Common Council,2026-01-05\n",
        encoding="utf-8",
    )
    csv_import.import_csv(db, "accounts", path)
    [view] = accounts.list_accounts(db)
    assert view.approval is not None and not view.approval.determinations_recorded
    with pytest.raises(ValidationError) as caught:
        accounts.record_determinations(db, view.id, True, None, False)
    assert set(caught.value.fields) == {"designated_employee_id"}
    done = accounts.record_determinations(db, view.id, True, None, False, "E100")
    assert done.approval is not None and done.approval.determinations_recorded
    assert done.approval.designated == "Priya Raman (E100)"
    [term] = assignments.account_assignments(db, view.id)
    assert term.role == "custodian"
