"""Wausau's hand-over (R10): a person who leaves owes, beside the password change within 48
hours, the log-ins of every account they created, used or managed; an item from the moment they
left until what they handed over is recorded (audited). Not where the policy does not ask."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.people.handover import handover_of, record_handover
from clerkdesk.services.people.separation import separate
from clerkdesk.services.terms import writes as terms

from ..conftest import NOW
from .helpers import approver_in_policy

LEFT = NOW - timedelta(hours=5)


def leaving_city(db, profile: str) -> None:  # type: ignore[no-untyped-def]
    view = city.init_city(db, "Testville", profile, date(2020, 1, 6))
    departments.create_department(db, DepartmentInput("Police"))
    authority = approver_in_policy(db, "Police", view.profile.authorities[0])
    for employee_id, name in (("E1", "Ann Reed"), ("E2", "Bo Lind")):
        people.create_person(db, PersonInput(employee_id, name, "Officer", "Police"))
    for url, platform in (("https://x.com/wausaupd", "x"), ("https://fb.com/wausaupd", "facebook")):
        account = accounts.create_account(db, AccountInput(url, platform, "Police"))
        accounts.approve_account(
            db,
            account.id,
            ApprovalInput(authority, "Someone", date(2026, 1, 5), None, True, "daily", True),
        )
        terms.designate(db, account.id, "E1", "authorized-user", NOW - timedelta(days=40))
    separate(db, "E1", LEFT)


def items(db, kind: str, at: datetime | None = None):  # type: ignore[no-untyped-def]
    return [o for o in obligations.due(db, at) if o.kind == kind]


def test_a_separation_in_wausau_owes_the_log_ins_beside_the_password_change(empty_db) -> None:  # type: ignore[no-untyped-def]
    leaving_city(empty_db, "wausau")
    rotations = items(empty_db, "password-rotation")
    assert {(o.due, o.basis) for o in rotations} == {(LEFT + timedelta(hours=48), "policy")}
    [item] = items(empty_db, "login-handover")
    assert (item.rule, item.basis, item.due, item.person, item.employee_id) == (
        "R10",
        "policy",
        LEFT,  # before leaving: due the moment they left
        "Ann Reed",
        "E1",
    )
    assert item.department == "Police" and "each of the 2 accounts" in item.text
    # The minute before the separation nothing is owed yet; from then on it is overdue.
    assert items(empty_db, "login-handover", LEFT - timedelta(minutes=1)) == []
    assert [o.state for o in items(empty_db, "login-handover", LEFT)] == ["due-soon"]
    assert [o.state for o in items(empty_db, "login-handover", LEFT + timedelta(minutes=1))] == [
        "overdue"
    ]


def test_recording_the_hand_over_clears_it_and_is_audited(empty_db) -> None:  # type: ignore[no-untyped-def]
    leaving_city(empty_db, "wausau")
    with pytest.raises(ValidationError) as refused:
        record_handover(empty_db, "E1", "  ")
    assert refused.value.fields == {"handover": "say what was handed over, and to whom"}
    assert items(empty_db, "login-handover")
    view = record_handover(
        empty_db, "E1", "User names and passwords of both accounts, to the Coordinator"
    )
    assert items(empty_db, "login-handover") == []
    # The password change is still owed: handing over is not changing.
    assert len(items(empty_db, "password-rotation")) == 2
    assert handover_of(empty_db, "E1") == view
    assert view.handover_at == NOW
    event = audit.list_events(empty_db)[0]
    assert (event.action, event.entity_key) == ("person.handover", "E1")
    assert event.summary == (
        "Ann Reed handed over: User names and passwords of both accounts, to the Coordinator"
    )


@pytest.mark.parametrize("profile", ["stoughton", "milwaukee", "janesville", "madison"])
def test_no_other_policy_asks_for_a_hand_over(empty_db, profile) -> None:  # type: ignore[no-untyped-def]
    leaving_city(empty_db, profile)
    assert items(empty_db, "login-handover") == []
    assert items(empty_db, "password-rotation")


def test_check_finds_a_hand_over_changed_without_its_event(empty_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.integrity.maintenance import check
    from clerkdesk.store.models.people import Person

    leaving_city(empty_db, "wausau")
    record_handover(empty_db, "E1", "Both log-ins, to the Coordinator")
    assert not [p for p in check(empty_db) if "handover" in p]
    with empty_db.writing() as session:
        person = session.query(Person).filter_by(employee_id="E1").one()
        person.handover = "Nothing"
    [problem] = [p for p in check(empty_db) if "handover" in p]
    assert "E1" in problem, problem
