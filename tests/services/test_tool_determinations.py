"""Madison (R1): the IT Director determines per tool (platform), on a Department Head's
request, whether it lets the City meet the public records law; one city-wide record per
platform, audited, replayed by `check`, and read by the `tool-approval` obligation: a platform
in use without a favourable determination owes one item naming its accounts, from the earliest
approval among them. And each department's filed policy names the authority that approves its
accounts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.accounts.approvals import NO_POLICY_APPROVER, policy_approver
from clerkdesk.services.accounts.inventory import inventory
from clerkdesk.services.accounts.tools import (
    ToolDeterminationInput,
    list_tools,
    save_tool_determination,
)
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import audit, maintenance
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.transfer import csv_export, csv_import

PARKS = "https://facebook.com/madisonparks"
LIBRARY = "https://facebook.com/madisonlibrary"
VIDEO = "https://youtube.com/@madisonparks"
FILED = dict(policy_filed_on=date(2012, 11, 5), policy_it_copy_on=date(2012, 11, 6))


@pytest.fixture
def madison(empty_db):  # type: ignore[no-untyped-def]
    """Madison: Parks and Library with their policies filed, each naming its approver, and
    their accounts approved by it; the Parks Superintendent heads Parks."""
    db = empty_db
    city.init_city(db, "Madison", "madison", date(2012, 6, 1))
    parks = departments.create_department(
        db, DepartmentInput("Parks", **FILED, policy_approver="Parks Superintendent")
    )
    departments.create_department(
        db, DepartmentInput("Library", **FILED, policy_approver="Library Director")
    )
    people.create_person(db, PersonInput("E10", "Eric Knepp", "Superintendent", "Parks"))
    people.create_person(db, PersonInput("E11", "Ann Clerk", "Clerk", "Parks"))
    departments.update_department(
        db,
        parks.id,
        DepartmentInput("Parks", "E10", **FILED, policy_approver="Parks Superintendent"),
    )
    for url, platform, department, day in (
        (PARKS, "facebook", "Parks", date(2026, 3, 2)),
        (LIBRARY, "facebook", "Library", date(2026, 2, 9)),
        (VIDEO, "youtube", "Parks", date(2026, 4, 1)),
    ):
        account = accounts.create_account(db, AccountInput(url, platform, department))
        accounts.approve_account(
            db, account.id, ApprovalInput("department-head", "Someone", day, "Memo")
        )
    return db


def tool_items(db, at: datetime | None = None):  # type: ignore[no-untyped-def]
    return [
        (o.due, o.account, o.text) for o in obligations.due(db, at) if o.kind == "tool-approval"
    ]


def asked(**kw) -> ToolDeterminationInput:  # type: ignore[no-untyped-def]
    values = {"platform": "facebook", "requested_by": "E10", "requested_on": date(2026, 1, 12)}
    return ToolDeterminationInput(**{**values, **kw})


def test_one_item_per_platform_until_the_it_director_determines_it(madison) -> None:  # type: ignore[no-untyped-def]
    db = madison
    items = tool_items(db)
    assert [(d, a) for d, a, _t in items] == [
        (date(2026, 2, 9), LIBRARY),
        (date(2026, 4, 1), VIDEO),
    ]
    assert items[0][2].endswith(f": {LIBRARY}, {PARKS}")
    view = save_tool_determination(db, asked())
    assert view.state == "requested 2026-01-12, not yet determined"
    assert "(asked for on 2026-01-12)" in tool_items(db)[0][2]
    save_tool_determination(
        db, asked(determined_by="Sarah Edgerton", determined_on=date(2026, 1, 20), permits=False)
    )
    assert tool_items(db)[0][2].startswith("The IT Director determined on 2026-01-20")
    view = save_tool_determination(
        db, asked(determined_by="Sarah Edgerton", determined_on=date(2026, 1, 21), permits=True)
    )
    assert view.accounts == (LIBRARY, PARKS)
    assert view.state == "permits compliance (Sarah Edgerton, 2026-01-21)"
    assert [a for _d, a, _t in tool_items(db)] == [VIDEO]
    events = [e for e in audit.list_events(db) if e.entity == "tool"]
    assert [e.action for e in events] == ["tool.update", "tool.update", "tool.record"]
    assert maintenance.check(db) == []


@pytest.mark.parametrize(
    ("day", "state"),
    [
        (date(2026, 2, 8), "due-soon"),
        (date(2026, 2, 9), "due-soon"),
        (date(2026, 2, 10), "overdue"),
    ],
)
def test_due_from_the_earliest_approval_among_the_platform_s_accounts(madison, day, state) -> None:  # type: ignore[no-untyped-def]
    at = datetime.combine(day, datetime.min.time(), tzinfo=UTC).replace(hour=20)
    [item] = [
        o
        for o in obligations.due(madison, at)
        if o.kind == "tool-approval" and o.account == LIBRARY
    ]
    assert (item.due, item.state) == (date(2026, 2, 9), state)


def test_an_account_s_own_tool_approval_still_counts_for_it(madison) -> None:  # type: ignore[no-untyped-def]
    [library] = [a for a in accounts.list_accounts(madison) if a.url == LIBRARY]
    accounts.update_account(
        madison,
        library.id,
        AccountInput(
            LIBRARY,
            "facebook",
            "Library",
            status="approved",
            tool_approved_by="Sarah Edgerton",
            tool_approved_on=date(2026, 2, 1),
        ),
    )
    due, account, words = tool_items(madison)[0]
    assert (due, account) == (date(2026, 3, 2), PARKS)
    assert LIBRARY not in words


@pytest.mark.parametrize(
    ("given", "field", "message"),
    [
        ({"requested_by": None}, "requested_by", "required"),
        ({"requested_by": "E99"}, "requested_by", "no person with employee ID 'E99'"),
        ({"requested_by": "E11"}, "requested_by", "E11 heads no department"),
        ({"requested_on": None}, "requested_on", "required"),
        ({"platform": "myspace"}, "platform", "unknown platform 'myspace'"),
        ({"determined_by": "Sarah Edgerton"}, "determined_on", "required"),
        (
            {"determined_by": "S", "determined_on": date(2026, 1, 20)},
            "permits",
            "required",
        ),
        (
            {"determined_by": "S", "determined_on": date(2026, 1, 2), "permits": True},
            "determined_on",
            "is before the request (2026-01-12)",
        ),
        ({"requested_on": date(2026, 11, 21)}, "requested_on", "cannot be in the future"),
    ],
)
def test_a_determination_is_checked_before_it_is_written(madison, given, field, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        save_tool_determination(madison, asked(**given))
    assert caught.value.fields[field].startswith(message)
    assert [t.requested_on for t in list_tools(madison)] == [None, None]


CHANGED = [
    ("UPDATE tool_determination SET permits = TRUE", "permits is True in the table, False in"),
    (
        "UPDATE tool_determination SET determined_on = '2026-01-25'",
        "determined_on is 2026-01-25 in the table, 2026-01-20 in",
    ),
    (
        "UPDATE tool_determination SET requested_by_person_id = "
        "(SELECT id FROM person WHERE employee_id = 'E11')",
        "requested_by is E11 in the table, E10 in",
    ),
]


@pytest.mark.parametrize(("statement", "said"), CHANGED, ids=[s[1].split()[0] for s in CHANGED])
def test_a_determination_changed_by_hand_is_reported(madison, statement, said) -> None:  # type: ignore[no-untyped-def]
    save_tool_determination(
        madison,
        asked(determined_by="Sarah Edgerton", determined_on=date(2026, 1, 20), permits=False),
    )
    assert maintenance.check(madison) == []
    with madison.engine.begin() as conn:
        conn.execute(text(statement))
    assert maintenance.check(madison) == [f"tool determination facebook: {said} the audit log"]


def test_a_determination_added_by_hand_is_reported(madison) -> None:  # type: ignore[no-untyped-def]
    with madison.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO tool_determination (platform, determined_by, determined_on, permits) "
                "VALUES ('youtube', 'Someone', '2026-04-02', TRUE)"
            )
        )
    assert maintenance.check(madison) == [
        "tool determination youtube: in the table with no event in the audit log"
    ]


def test_the_approval_is_by_the_authority_the_department_s_policy_names(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = empty_db
    city.init_city(db, "Madison", "madison", date(2012, 6, 1))
    parks = departments.create_department(db, DepartmentInput("Parks"))
    account = accounts.create_account(db, AccountInput(PARKS, "facebook", "Parks"))
    assert policy_approver(db, account.id) is None
    with pytest.raises(ValidationError) as caught:
        accounts.approve_account(
            db, account.id, ApprovalInput("mayor", "Paul Soglin", date(2026, 3, 2))
        )
    assert caught.value.fields == {"authority": NO_POLICY_APPROVER}
    with pytest.raises(ValidationError) as caught:
        departments.update_department(
            db, parks.id, DepartmentInput("Parks", policy_approver="Parks Superintendent")
        )
    assert caught.value.fields == {"policy_approver": "give the day the policy was filed first"}
    view = departments.update_department(
        db, parks.id, DepartmentInput("Parks", **FILED, policy_approver=" Parks Superintendent ")
    )
    assert view.policy_approver == "Parks Superintendent"
    assert policy_approver(db, account.id) == "Parks Superintendent"
    with pytest.raises(ValidationError) as caught:
        accounts.approve_account(
            db, account.id, ApprovalInput("mayor", "Paul Soglin", date(2026, 3, 2))
        )
    assert caught.value.fields == {
        "authority": "the department's filed policy names who approves: Parks Superintendent"
    }
    approved = accounts.approve_account(
        db, account.id, ApprovalInput("department-head", "Eric Knepp", date(2026, 3, 2))
    )
    assert approved.status == "approved"
    [department] = inventory(db).departments
    assert department.approver == "Parks Superintendent"
    assert maintenance.check(db) == []


def test_stoughton_approves_as_before(db) -> None:  # type: ignore[no-untyped-def]
    departments.create_department(db, DepartmentInput("Parks"))
    account = accounts.create_account(db, AccountInput(PARKS, "facebook", "Parks"))
    view = accounts.approve_account(
        db, account.id, ApprovalInput("mayor", "Tim Swadley", date(2026, 3, 2), can_administer=True)
    )
    assert view.status == "approved"


def test_the_departments_file_carries_the_approver(madison, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.csv"
    csv_export.export_csv(madison, "departments", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",policy_approver")
    assert "Parks,E10,2012-11-05,2012-11-06,Parks Superintendent" in lines
    path = tmp_path / "in.csv"
    path.write_text("name,policy_approver\nLibrary,City Librarian\n", encoding="utf-8")
    assert csv_import.import_csv(madison, "departments", path).updated == 1
    library = [d for d in departments.list_departments(madison) if d.name == "Library"]
    assert library[0].policy_approver == "City Librarian"
    assert maintenance.check(madison) == []
