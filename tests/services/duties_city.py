"""A small city for the tests of elections, exceptions and site checks: Parks with an approved
account, its custodian, and an alderperson who posts on it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments

from .helpers import approver_in_policy

PARKS = "https://facebook.com/parks"
POOL = "https://x.com/citypool"


def small_city(db: Database, authority: str = "department-head") -> None:
    departments.create_department(db, DepartmentInput("Parks"))
    authority = approver_in_policy(db, "Parks", authority)
    people.create_person(db, PersonInput("E100", "Priya Raman", "Director", "Parks"))
    people.create_person(db, PersonInput("A7", "Dana Alder", "Alderperson", kind="elected"))
    for url, platform in ((PARKS, "facebook"), (POOL, "x")):
        account = accounts.create_account(db, AccountInput(url, platform, "Parks"))
        accounts.approve_account(
            db,
            account.id,
            ApprovalInput(
                authority, "Priya Raman", date(2026, 1, 5), "Memo 1", True, "daily", True
            ),
        )
        assignments.designate(db, account.id, "E100", "custodian", datetime(2026, 1, 6, tzinfo=UTC))
        assignments.designate(
            db, account.id, "A7", "authorized-user", datetime(2026, 1, 6, tzinfo=UTC)
        )
