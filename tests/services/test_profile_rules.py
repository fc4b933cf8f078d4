"""The same small city under each of the five policies: which rules give obligations, and on
what basis (RULES.md). One row per rule, one column per profile; None: the rule is off."""

from datetime import date, timedelta

import pytest

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.credentials import passwords
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.people.separation import separate
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW
from .helpers import approver_in_policy

PROFILES = ("stoughton", "milwaukee", "wausau", "janesville", "madison")
P, L, PR = "policy", "law", "practice"
TABLE: dict[str, tuple[str | None, ...]] = {
    #      stoughton milwaukee wausau janesville madison
    # A pre-existing account in use: approve or discontinue it in every city (R1); Stoughton's
    # is its grandfathering window (R5). Madison also: the department's policy, the tool's.
    "R1": (None, P, P, P, P),
    "R4": (None, None, None, P, None),  # Janesville: each user approved twice
    "R3": (P, PR, PR, P, PR),
    "R5": (P, None, None, None, None),
    "R6": (PR, PR, PR, P, PR),
    "R7": (P, P, P, PR, PR),  # "should routinely review": S, M, W
    "R8": (PR, PR, P, P, P),
    "R9": (PR, PR, P, PR, PR),
    "R10": (PR, PR, P, PR, PR),
    "R12": (PR, PR, P, P, P),
}


def small_city(db, profile: str) -> None:  # type: ignore[no-untyped-def]
    """An approved account with no custodian, credential or city address; a pre-existing
    one; an unsigned authorized user; one who left; a password change recorded late."""
    view = city.init_city(db, "Testville", profile, date(2020, 1, 6))
    departments.create_department(db, DepartmentInput("Parks"))
    authority = approver_in_policy(db, "Parks", view.profile.authorities[0])
    for employee_id, name in (("E1", "Ann"), ("E2", "Bo"), ("E3", "Cy")):
        people.create_person(db, PersonInput(employee_id, name, "Staff", "Parks"))
    approved = accounts.create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))
    accounts.approve_account(
        db,
        approved.id,
        ApprovalInput(authority, "Someone", date(2026, 1, 5), None, True, "daily", True),
    )
    accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks", status="pre-existing")
    )
    assignments.designate(db, approved.id, "E2", "authorized-user", NOW - timedelta(days=40))
    assignments.designate(db, approved.id, "E3", "authorized-user", NOW - timedelta(days=40))
    separate(db, "E3", NOW - timedelta(hours=5))
    passwords.record_password_change(db, approved.id, NOW - timedelta(hours=60))


@pytest.mark.parametrize("profile", PROFILES)
def test_each_rule_is_on_or_off_with_its_basis_as_the_policy_says(empty_db, profile) -> None:  # type: ignore[no-untyped-def]
    small_city(empty_db, profile)
    found: dict[str, set[str]] = {}
    for item in obligations.due(empty_db):
        found.setdefault(item.rule, set()).add(str(item.basis))
    column = PROFILES.index(profile)
    assert {rule: found.get(rule) for rule in TABLE} == {
        rule: {row[column]} if row[column] else None for rule, row in TABLE.items()
    }


def test_a_city_profile_saved_before_rules_had_a_basis_takes_its_policys(db) -> None:  # type: ignore[no-untyped-def]
    import json

    from clerkdesk.resources import load_profile
    from clerkdesk.store.models.city import City

    with db.writing() as session:
        row = session.get(City, 1)
        data = json.loads(row.profile_json)
        del data["rules"]
        row.profile_json = json.dumps(data)
    profile = city.get_city(db).profile
    assert profile.rules == load_profile("stoughton").rules
    assert profile.basis("R5") == "policy" and profile.basis("R9") == "practice"
