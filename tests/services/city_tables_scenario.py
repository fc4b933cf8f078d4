"""The one scenario the per-city tables (test_city_tables.py) are written for: two departments,
five people, four accounts, records requests, removals, an election with a candidate, a site
check and a separation, recorded through the services on a fixed day in each of the five
cities' policies.

The day is Wednesday 2026-03-04, 15:00 in Chicago; every city's policy was adopted on Monday
2026-02-16 (`init --adopted`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from clerkdesk.resources import load_profile
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.elections.writes import (
    CandidateInput,
    ElectionInput,
    save_candidate,
    save_election,
)
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.people import separation
from clerkdesk.services.people import writes as people
from clerkdesk.services.removals.writes import RemovalInput, record_removal
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.site_checks.writes import SiteCheckInput, save_site_check
from clerkdesk.services.terms import writes as terms

CITIES = ("stoughton", "milwaukee", "wausau", "janesville", "madison")

ADOPTED = date(2026, 2, 16)  # a Monday
NOW = datetime(2026, 3, 4, 21, 0, tzinfo=UTC)  # Wednesday 2026-03-04, 15:00 in Chicago
TERMS_FROM = datetime(2026, 1, 6, 15, 0, tzinfo=UTC)

PARKS, LIBRARY = "Parks", "Library"
# The five people: two department heads, two staff members (one leaves), an alderperson.
PEOPLE = (
    ("E100", "Priya Raman", "Parks Director", PARKS, "employee"),
    ("E200", "Lee Chen", "Library Director", LIBRARY, "employee"),
    ("E300", "Sam Ortiz", "Parks Aide", PARKS, "employee"),
    ("E400", "Kim Park", "Librarian", LIBRARY, "employee"),
    ("A7", "Dana Alder", "Alderperson", None, "elected"),
)
LEAVER = "E300"
LEFT_AT = datetime(2026, 3, 3, 15, 0, tzinfo=UTC)  # Tuesday 2026-03-03, 09:00 in Chicago

# The four accounts: two approved (one before the policy, one after it), one proposed, one in
# use before the policy.
PARKS_FB = "https://facebook.com/cityparks"  # approved 2026-01-05, before the adoption
LIBRARY_X = "https://x.com/citylibrary"  # approved 2026-02-20, after it
PARKS_IG = "https://instagram.com/cityparks"  # proposed, not approved, nothing shows its use
PARKS_TIKTOK = "https://tiktok.com/cityparks"  # in use before the policy ("pre-existing")
APPROVED_ON = {PARKS_FB: date(2026, 1, 5), LIBRARY_X: date(2026, 2, 20)}

# Requests: one received before the adoption, one after it, one today, one answered.
REQUESTS = {
    "R-1": date(2026, 2, 10),
    "R-2": date(2026, 2, 20),
    "R-3": date(2026, 3, 4),
}
ANSWERED = "R-4"

REPEAT_POSTER = "@boatdeals"  # two removals on the Parks page: a repeat violator (R16)
ELECTION = "Spring 2026"  # papers from 2025-12-01, the election on 2026-04-07; A7 a candidate
CHECKED_ON = date(2026, 3, 2)  # the Parks page checked: MFA off, messages on, no notices


# Madison's departments' policies: filed on, copy to the IT Director on (None: not yet).
FILINGS = {PARKS: (date(2026, 1, 2), date(2026, 1, 2)), LIBRARY: (date(2026, 2, 18), None)}


def build(db: Database, key: str) -> None:
    """The scenario, recorded through the services as the window records it."""
    profile = load_profile(key)
    city.init_city(db, key.title(), key, ADOPTED)
    for name in (PARKS, LIBRARY):
        departments.create_department(db, DepartmentInput(name))
    for employee_id, name, title, department, kind in PEOPLE:
        people.create_person(db, PersonInput(employee_id, name, title, department, kind=kind))
    for name, head in ((PARKS, "E100"), (LIBRARY, "E200")):
        made = next(d for d in departments.list_departments(db) if d.name == name)
        departments.update_department(db, made.id, DepartmentInput(name, head))
    authority = profile.authorities[0]
    if profile.approver_in_department_policy:
        # Madison (madison.txt:35): each department's filed policy names its approving
        # authority, so it is filed before its first account is approved: Parks's with its copy
        # to the IT Director, the Library's without one yet.
        for name, (filed, copy) in FILINGS.items():
            made = next(d for d in departments.list_departments(db) if d.name == name)
            departments.update_department(
                db,
                made.id,
                DepartmentInput(
                    name,
                    given=frozenset(
                        {"name", "policy_filed_on", "policy_it_copy_on", "policy_approver"}
                    ),
                    policy_filed_on=filed,
                    policy_it_copy_on=copy,
                    policy_approver=f"{name} Director",
                ),
            )
        authority = "department-head"
    owners = {PARKS_FB: ("E100", PARKS, "E300"), LIBRARY_X: ("E200", LIBRARY, "E400")}
    for url, (head, department, staff) in owners.items():
        account = accounts.create_account(
            db, AccountInput(url, url.split("/")[2].split(".")[0], department)
        )
        accounts.approve_account(
            db,
            account.id,
            ApprovalInput(
                authority,
                # Madison: by the approver the department's filed policy names (R1).
                f"{department} Director"
                if profile.approver_in_department_policy
                else "Pat Approver",
                APPROVED_ON[url],
                "Memo 1",
                True,
                "daily",
                True,
                designated_employee_id=head if profile.designates(authority) else None,
                it_notified_on=APPROVED_ON[url],
            ),
        )
        terms.designate(db, account.id, head, "custodian", TERMS_FROM)
        terms.designate(db, account.id, staff, "authorized-user", TERMS_FROM)
        if url == PARKS_FB:
            terms.designate(db, account.id, "A7", "authorized-user", TERMS_FROM)
    accounts.create_account(db, AccountInput(PARKS_IG, "instagram", PARKS))
    accounts.create_account(db, AccountInput(PARKS_TIKTOK, "tiktok", PARKS, status="pre-existing"))
    for number, received in REQUESTS.items():
        save_request(db, None, RequestInput(number, received, "Posts", accounts=(PARKS_FB,)))
    save_request(
        db,
        None,
        RequestInput(
            ANSWERED, date(2026, 2, 17), "Comments", status="granted", closed_on=date(2026, 3, 2)
        ),
    )
    category = profile.removal_categories[0]
    for day in (20, 27):
        record_removal(
            db,
            RemovalInput(
                PARKS_FB,
                datetime(2026, 2, day, 16, 0, tzinfo=UTC),
                REPEAT_POSTER,
                "Best prices on boats",
                category,
                "hidden",
                "E100",
            ),
        )
    save_site_check(
        db,
        None,
        SiteCheckInput(
            PARKS_FB,
            CHECKED_ON,
            "E100",
            (),
            direct_messages="on",
            mfa="off",
            last_post_on=date(2025, 11, 2),
        ),
    )
    save_election(db, None, ElectionInput(ELECTION, date(2025, 12, 1), date(2026, 4, 7)))
    save_candidate(db, None, CandidateInput(ELECTION, "A7"))
    separation.separate(db, LEAVER, LEFT_AT)
