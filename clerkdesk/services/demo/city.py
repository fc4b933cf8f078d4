"""The demonstration city: a small, believable register to try the program on."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from ...core.errors import ClerkDeskError
from ...core.vocabulary import AccountStatus, PersonKind
from ...store.models.accounts import Account
from ...store.models.people import Person
from ..accounts import writes as accounts
from ..accounts.approvals import POLICY_AUTHORITY
from ..city import writes as city
from ..departments import writes as departments
from ..kernel.common import city_today
from ..kernel.database import Database
from ..kernel.inputs import AccountInput, ApprovalInput, DepartmentInput, PersonInput
from ..people import writes as people
from .elections import load_duties_demo
from .records import load_records_demo

DEMO_CITY = "City of Maple Falls"
DEMO_DOMAIN = "maplefallswi.gov"

_DEPARTMENTS = [
    ("City Clerk", "E1001"),
    ("Parks and Recreation", "E1010"),
    ("Police", "E1020"),
    ("Fire and EMS", "E1030"),
    ("Public Works", "E1040"),
    ("Library", "E1050"),
    ("Mayor's Office", "E1000"),
]

_PEOPLE = [
    ("E1000", "Margaret Olsen", "Mayor", "Mayor's Office", "elected"),
    ("E1001", "Dana Whitfield", "City Clerk", "City Clerk", "employee"),
    ("E1002", "Luis Ortega", "Deputy Clerk", "City Clerk", "employee"),
    ("E1010", "Priya Raman", "Parks Director", "Parks and Recreation", "employee"),
    ("E1011", "Tom Becker", "Recreation Coordinator", "Parks and Recreation", "employee"),
    ("E1012", "Zoë Ångström-Łukasiewicz", "Program Assistant", "Parks and Recreation", "employee"),
    ("E1020", "Chief Robert Hale", "Chief of Police", "Police", "employee"),
    ("E1021", "Sgt. Amy Kowalski", "Community Liaison", "Police", "employee"),
    ("E1030", "Chief Karen Dietz", "Fire Chief", "Fire and EMS", "employee"),
    ("E1031", "Nguyễn Thị Minh Khai", "Public Education Officer", "Fire and EMS", "employee"),
    ("E1040", "Greg Lindqvist", "Public Works Director", "Public Works", "employee"),
    ("E1041", "Hannah Moore", "Office Manager", "Public Works", "employee"),
    ("E1050", "Samuel Adeyemi", "Library Director", "Library", "employee"),
    ("E1051", "Ruth Castillo", "Outreach Librarian", "Library", "employee"),
    (
        "C2001",
        "Brightline Media LLC",
        "Social media contractor",
        "Parks and Recreation",
        "contractor",
    ),
    ("V3001", "Northwoods Web Services", "Website vendor", "Library", "vendor"),
]

# url, platform, handle, department, purpose, status, approval (authority, by, days ago, ref)
_ACCOUNTS = [
    (
        "https://facebook.com/maplefallswi",
        "facebook",
        "@maplefallswi",
        "Mayor's Office",
        "City news, meetings and emergencies",
        "approved",
        ("mayor", "Margaret Olsen", 400, "Resolution 2025-14"),
    ),
    (
        "https://x.com/maplefallswi",
        "x",
        "@maplefallswi",
        "Mayor's Office",
        "City news and meeting notices",
        "approved",
        ("council", "Common Council", 380, "Resolution 2025-15"),
    ),
    (
        "https://facebook.com/maplefallsparks",
        "facebook",
        "@maplefallsparks",
        "Parks and Recreation",
        "Programs, closures and events",
        "pre-existing",
        None,
    ),
    (
        "https://instagram.com/maplefallsparks",
        "instagram",
        "@maplefallsparks",
        "Parks and Recreation",
        "Photos of parks and events",
        "pre-existing",
        None,
    ),
    (
        "https://facebook.com/maplefallspolice",
        "facebook",
        "@maplefallspolice",
        "Police",
        "Public safety notices",
        "approved",
        ("department-head", "Chief Robert Hale", 300, "Memo PD-2025-03"),
    ),
    (
        "https://nextdoor.com/agency/maplefallspd",
        "nextdoor",
        "Maple Falls Police",
        "Police",
        "Neighborhood safety alerts",
        "pre-existing",
        None,
    ),
    (
        "https://facebook.com/maplefallsfire",
        "facebook",
        "@maplefallsfire",
        "Fire and EMS",
        "Fire safety education & burn bans",
        "approved",
        ("department-head", "Chief Karen Dietz", 120, "Memo FD-2026-01"),
    ),
    (
        "https://youtube.com/@maplefallscouncil",
        "youtube",
        "@maplefallscouncil",
        "City Clerk",
        "Recordings of Common Council meetings",
        "approved",
        ("council", "Common Council", 200, "Resolution 2026-02"),
    ),
    (
        "https://x.com/maplefallsdpw",
        "x",
        "@maplefallsdpw",
        "Public Works",
        "Snow emergencies, street closures <detours>",
        "proposed",
        None,
    ),
    (
        "https://facebook.com/maplefallslibrary",
        "facebook",
        "@maplefallslibrary",
        "Library",
        "Story times, book clubs and events",
        "pre-existing",
        None,
    ),
    (
        "https://tiktok.com/@maplefallslibrary",
        "tiktok",
        "@maplefallslibrary",
        "Library",
        "Short book reviews for teens",
        "proposed",
        None,
    ),
    (
        "https://flickr.com/photos/maplefalls",
        "flickr",
        "maplefalls",
        "Mayor's Office",
        "Photo archive of city events",
        "approved",
        ("mayor", "Margaret Olsen", 30, "Memo MO-2026-09"),
    ),
]


def load_demo(db: Database) -> None:
    """Fill an empty database with the demonstration city (setting the city up if needed)."""
    existing = city.get_city(db)
    if existing is None:
        from ...resources import load_profile

        profile = load_profile("stoughton")
        adopted = city_today(db, profile) - timedelta(days=35)
        existing = city.init_city(db, DEMO_CITY, "stoughton", adopted, email_domain=DEMO_DOMAIN)
    with db.reading() as session:
        count = session.execute(select(func.count()).select_from(Account)).scalar_one()
        count += session.execute(select(func.count()).select_from(Person)).scalar_one()
    if count:
        raise ClerkDeskError(
            "the database already holds accounts or people; the demonstration city goes into "
            "an empty database (start with --home on a new folder)"
        )
    today = city_today(db, existing.profile)
    domain = existing.email_domain or DEMO_DOMAIN
    made = {}
    for name, _head in _DEPARTMENTS:
        made[name] = departments.create_department(db, DepartmentInput(name))
    for employee_id, name, title, department, kind in _PEOPLE:
        local = mail_name(name.split()[-1]) or "staff"
        people.create_person(
            db,
            PersonInput(
                employee_id,
                name,
                title,
                department,
                email=f"{local}@{domain}"
                if kind in (PersonKind.EMPLOYEE, PersonKind.ELECTED)
                else None,
                phone="608-555-01" + employee_id[-2:],
                kind=kind,
            ),
        )
    for name, head in _DEPARTMENTS:
        departments.update_department(db, made[name].id, DepartmentInput(name, head))
    if existing.profile.approver_in_department_policy:
        _file_policies(db, made, today)
    for url, platform, handle, department, purpose, status, approval in _ACCOUNTS:
        account = accounts.create_account(
            db,
            AccountInput(
                url,
                platform,
                department,
                handle,
                purpose,
                city_email=f"social.{department.split()[0].lower().strip('‘’')}@{domain}".replace(
                    "'s", ""
                ),
                status=AccountStatus.PROPOSED if status == AccountStatus.APPROVED else status,
            ),
        )
        if approval:
            authority, by, days_ago, reference = approval
            if existing.profile.approver_in_department_policy:
                authority, by = POLICY_AUTHORITY, _policy_approver(department)
            elif authority not in existing.profile.authorities:
                authority = existing.profile.authorities[0]
            accounts.approve_account(
                db,
                account.id,
                ApprovalInput(
                    authority,
                    by,
                    today - timedelta(days=days_ago),
                    reference,
                    can_administer=True,
                    monitoring="Each work day",
                    it_notified=True,
                    # Where the authority designates the Authorized User (R2): the head.
                    designated_employee_id=dict(_DEPARTMENTS)[department]
                    if existing.profile.designates(authority)
                    else None,
                ),
            )
    load_records_demo(db, moderator="E1001")
    load_duties_demo(db, candidate="E1000")


def _policy_approver(department: str) -> str:
    return f"{department} Director"


def _file_policies(db: Database, made: dict[str, Any], today: date) -> None:
    """Where each department's filed policy names who approves its accounts (Madison, R1):
    every department's policy, filed with its copy to the IT Director before its accounts."""
    filed = today - timedelta(days=max(a[6][2] for a in _ACCOUNTS if a[6]) + 30)
    for name, _head in _DEPARTMENTS:
        departments.update_department(
            db,
            made[name].id,
            DepartmentInput(
                name,
                given=frozenset(
                    {"name", "policy_filed_on", "policy_it_copy_on", "policy_approver"}
                ),
                policy_filed_on=filed,
                policy_it_copy_on=filed,
                policy_approver=_policy_approver(name),
            ),
        )


def mail_name(word: str) -> str:
    """A name as the local part of an e-mail address: "Ångström-Łukasiewicz" becomes
    "angstrom-lukasiewicz", not "ngstrm-ukasiewicz"."""
    import unicodedata

    letters: dict[str, str | int | None] = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss"}
    plain = word.lower().translate(str.maketrans(letters))
    decomposed = unicodedata.normalize("NFKD", plain)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-."))
