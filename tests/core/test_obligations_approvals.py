"""The approvals each policy asks for, as the engine reads them from plain facts: Janesville's
two approvals of each term (R4), Madison's department policy on file and the IT Director's
approval of each account's tool (R1). Each is owed only where the profile asks for it, and
never before the policy's adoption."""

from datetime import UTC, date, datetime

import pytest

from clerkdesk.core.obligations import AccountFacts, AssignmentFacts, Snapshot, compute
from clerkdesk.core.obligations.model import DepartmentPolicyFacts
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.resources import load_profile

AS_OF = datetime(2026, 11, 20, 18, tzinfo=UTC)
ACCOUNT = AccountFacts(7, "https://x.com/parks", "Parks", "approved", date(2026, 1, 5))


def term(**kw) -> AssignmentFacts:  # type: ignore[no-untyped-def]
    values = {
        "id": 1,
        "account_id": 7,
        "url": ACCOUNT.url,
        "department": "Parks",
        "person_id": 3,
        "person": "Ann Lee",
        "role": "custodian",
        "starts_at": datetime(2026, 2, 2, 15, tzinfo=UTC),
        "ends_at": None,
        "signed": True,
        "employee_id": "E1",
        **kw,
    }
    return AssignmentFacts(**values)


def items(profile: PolicyProfile, kind: str, adopted: date | None = None, **facts):  # type: ignore[no-untyped-def]
    snap = Snapshot(profile=profile, adopted_on=adopted, accounts=(ACCOUNT,), **facts)
    return [(o.due, o.text) for o in compute(snap, AS_OF) if o.kind == kind]


JANESVILLE = load_profile("janesville").with_changes(term_approvals=True)
MADISON = load_profile("madison").with_changes(department_policy=True, tool_approval=True)


def test_a_term_owes_the_approvals_it_lacks_from_its_start() -> None:
    owed = items(JANESVILLE, "user-approval", assignments=(term(),))
    assert owed == [
        (
            date(2026, 2, 2),
            "Approval of Ann Lee (custodian) by the Department/Division Director and the City "
            "Manager's Office not recorded",
        )
    ]
    half = term(director_approved_on=date(2026, 2, 1))
    assert items(JANESVILLE, "user-approval", assignments=(half,))[0][1].endswith(
        "by the City Manager's Office not recorded"
    )
    both = term(director_approved_on=date(2026, 2, 1), office_approved_on=date(2026, 2, 2))
    assert items(JANESVILLE, "user-approval", assignments=(both,)) == []
    ended = term(ends_at=datetime(2026, 3, 1, tzinfo=UTC))
    assert items(JANESVILLE, "user-approval", assignments=(ended,)) == []


def test_a_term_begun_before_the_policy_owes_its_approvals_from_the_adoption() -> None:
    [(due, _text)] = items(
        JANESVILLE, "user-approval", adopted=date(2026, 6, 1), assignments=(term(),)
    )
    assert due == date(2026, 6, 1)


@pytest.mark.parametrize("key", ["stoughton", "milwaukee", "wausau", "madison"])
def test_only_a_profile_that_asks_for_term_approvals_owes_them(key: str) -> None:
    assert items(load_profile(key), "user-approval", assignments=(term(),)) == []


def test_a_department_with_an_account_owes_its_policy_then_the_copy_to_it() -> None:
    [(due, text)] = items(MADISON, "department-policy", adopted=date(2012, 6, 1))
    assert due == date(2026, 1, 5)  # its first account's approval
    assert "with the Mayor's Office" in text
    filed = (DepartmentPolicyFacts("Parks", date(2026, 2, 1), None),)
    assert items(MADISON, "department-policy", department_policies=filed) == [
        (date(2026, 2, 1), "Send the IT Director a copy of the department's social media policy")
    ]
    copied = (DepartmentPolicyFacts("Parks", date(2026, 2, 1), date(2026, 2, 1)),)
    assert items(MADISON, "department-policy", department_policies=copied) == []


def test_an_account_in_use_before_the_policy_counts_from_the_adoption() -> None:
    account = AccountFacts(8, "https://x.com/library", "Library", "pre-existing", None)
    snap = Snapshot(profile=MADISON, adopted_on=date(2026, 9, 1), accounts=(account,))
    kinds = {(o.kind, o.due) for o in compute(snap, AS_OF)}
    assert {("department-policy", date(2026, 9, 1)), ("tool-approval", date(2026, 9, 1))} <= kinds


def test_an_account_owes_the_tool_approval_until_it_is_recorded() -> None:
    assert [t for _d, t in items(MADISON, "tool-approval")] == [
        "Get the IT Director's determination that the tool lets the City meet the public "
        "records law, at a Department Head's request: https://x.com/parks"
    ]
    approved = AccountFacts(
        7, ACCOUNT.url, "Parks", "approved", date(2026, 1, 5), tool_approved_on=date(2026, 1, 4)
    )
    snap = Snapshot(profile=MADISON, adopted_on=None, accounts=(approved,))
    assert [o for o in compute(snap, AS_OF) if o.kind == "tool-approval"] == []


@pytest.mark.parametrize("key", ["stoughton", "milwaukee", "wausau", "janesville"])
def test_only_a_profile_that_asks_owes_the_filings(key: str) -> None:
    profile = load_profile(key)
    assert items(profile, "department-policy") == items(profile, "tool-approval") == []
