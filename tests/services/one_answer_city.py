"""One scenario for each city's policy, on a fixed day, for the tests that check every screen,
printout, the calendar and the command line give Today's answer (tests/*/test_one_answer_*).

The day is Wednesday 2026-03-04, 15:00 in Chicago; the policy was adopted on Monday 2026-02-16
and warns 14 days ahead. Its items fall due on each side of every edge: a request received
before the adoption (due ten work days after the adoption, 2026-03-02), requests due the day
before, the day of and each day after today, and sites whose next check is due 13, 14 and 15
days ahead (the day before, of and after the warning threshold)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from clerkdesk.core.duties import (
    FINDING_ABANDONED,
    FINDING_DIRECT_MESSAGES,
    FINDING_MFA,
    FINDINGS,
)
from clerkdesk.core.obligations.model import DUE_SOON, OVERDUE, UPCOMING, Obligation
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
from clerkdesk.services.exceptions.writes import ExceptionInput, save_exception
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.site_checks.writes import SiteCheckInput, save_site_check
from clerkdesk.services.terms import writes as terms

from .helpers import approver_in_policy

# The five policies ClerkDesk ships (resources/profiles/).
CITIES = ("janesville", "madison", "milwaukee", "stoughton", "wausau")

ADOPTED = date(2026, 2, 16)
TODAY = date(2026, 3, 4)
NOW = datetime(2026, 3, 4, 21, 0, tzinfo=UTC)  # 15:00 in Chicago
WARNING_DAYS = 14

EARLY_REQUEST = "R-EARLY"  # received before the policy's adoption
EARLY_DUE = date(2026, 3, 2)  # ten work days from the adoption, not from its receipt
CLOSED_REQUEST = "R-CLOSED"

# Sites whose last check makes the next one due 13, 14 and 15 days from today.
EDGE_SITES = {
    "https://facebook.com/parks": date(2026, 3, 17),
    "https://x.com/citypool": date(2026, 3, 18),
    "https://instagram.com/cityparks": date(2026, 3, 19),
}
# A site checked this week that showed every kind of finding: direct messages on and not
# archived (R13), MFA off (R11), no post for months (R14), no notice (R15).
FOUND_SITE = "https://youtube.com/cityparks"
PRE_EXISTING = "https://tiktok.com/cityparks"  # in use before the policy (R5)
PLATFORMS = {
    "https://facebook.com/parks": "facebook",
    "https://x.com/citypool": "x",
    "https://instagram.com/cityparks": "instagram",
    FOUND_SITE: "youtube",
}


def request_number(received: date) -> str:
    return f"R{received:%m%d}"


def build_city(db: Database, key: str) -> None:
    """The scenario, recorded through the services as the window records it."""
    profile = load_profile(key)
    city.init_city(db, key.title(), key, ADOPTED)
    departments.create_department(db, DepartmentInput("Parks"))
    people.create_person(db, PersonInput("E100", "Priya Raman", "Director", "Parks"))
    people.create_person(db, PersonInput("A7", "Dana Alder", "Alderperson", kind="elected"))
    authority = approver_in_policy(db, "Parks", profile.authorities[0])
    for url, platform in PLATFORMS.items():
        account = accounts.create_account(db, AccountInput(url, platform, "Parks"))
        accounts.approve_account(
            db,
            account.id,
            ApprovalInput(
                authority,
                "Priya Raman",
                date(2026, 1, 5),
                "Memo 1",
                True,
                "daily",
                True,
                designated_employee_id="E100" if profile.designates(authority) else None,
            ),
        )
        terms.designate(db, account.id, "E100", "custodian", datetime(2026, 1, 6, tzinfo=UTC))
        terms.designate(db, account.id, "A7", "authorized-user", datetime(2026, 1, 6, tzinfo=UTC))
    accounts.create_account(
        db, AccountInput(PRE_EXISTING, "tiktok", "Parks", status="pre-existing")
    )
    for url, next_due in EDGE_SITES.items():
        checked = next_due - timedelta(days=profile.site_check_days)
        notices = tuple(profile.site_notices)
        save_site_check(db, None, SiteCheckInput(url, checked, "E100", notices))
    save_site_check(
        db,
        None,
        SiteCheckInput(
            FOUND_SITE,
            date(2026, 3, 2),
            "E100",
            (),
            direct_messages="on",
            mfa="off",
            last_post_on=date(2025, 11, 2),
        ),
    )
    save_request(db, None, RequestInput(EARLY_REQUEST, date(2026, 2, 2), "Every post"))
    save_request(
        db,
        None,
        RequestInput(
            CLOSED_REQUEST,
            date(2026, 2, 17),
            "Comments",
            status="granted",
            closed_on=date(2026, 3, 2),
        ),
    )
    day = date(2026, 2, 17)
    while day <= TODAY:  # answers due from 2026-03-03 (yesterday) to 2026-03-18 (+14 days)
        save_request(
            db, None, RequestInput(request_number(day), day, "Posts", accounts=(FOUND_SITE,))
        )
        day += timedelta(days=1)
    for office in profile.exception_offices:
        save_exception(
            db,
            None,
            ExceptionInput(
                "X-1",
                "Messages kept elsewhere",
                office,
                "Pat Office",
                date(2026, 2, 20),
                date(2026, 3, 18),
                (FOUND_SITE,),
                ("direct-messages",),
            ),
        )
        save_exception(db, None, ExceptionInput("X-2", "A second tool", office))
    save_election(db, None, ElectionInput("Spring 2026", date(2026, 3, 18), date(2026, 4, 7)))
    save_candidate(db, None, CandidateInput("Spring 2026", "A7"))


class Answers:
    """Today's answer (the obligations engine's), looked up as each screen shows it."""

    def __init__(self, items: list[Obligation]) -> None:
        self.items = items

    def of(self, kind: str) -> list[Obligation]:
        return [o for o in self.items if o.kind == kind]

    def requests(self) -> dict[str, tuple[date, str]]:
        """Each open request's (due day, state), by number."""
        return {str(o.record): (_day(o.due), o.state) for o in self.of("records-request")}

    def site_checks(self) -> dict[str, tuple[date, str]]:
        return {str(o.account): (_day(o.due), o.state) for o in self.of("site-check")}

    def findings(self, url: str) -> set[str]:
        """The words of the site's open findings, as Today has them."""
        return {
            o.text.split(" (site check of")[0] for o in self.of("site-finding") if o.account == url
        }

    def overdue_by_account(self) -> dict[int, int]:
        found: dict[int, int] = {}
        for o in self.items:
            if o.state == OVERDUE and o.account_id is not None:
                found[o.account_id] = found.get(o.account_id, 0) + 1
        return found


def _day(due: date | datetime) -> date:
    assert not isinstance(due, datetime), due
    return due


def today_answers(db: Database) -> Answers:
    return Answers(obligations.due(db))


def check_edges(key: str, answers: Answers) -> None:
    """The edges every screen is then checked against, stated outright."""
    profile = load_profile(key)
    assert profile.warning_days == WARNING_DAYS
    requests = answers.requests()
    assert requests[EARLY_REQUEST] == (EARLY_DUE, OVERDUE)  # counted from the adoption
    assert requests[request_number(date(2026, 2, 17))] == (date(2026, 3, 3), OVERDUE)
    assert requests[request_number(date(2026, 2, 18))] == (TODAY, DUE_SOON)
    assert requests[request_number(TODAY)] == (date(2026, 3, 18), DUE_SOON)
    assert CLOSED_REQUEST not in requests
    sites = answers.site_checks()
    found = answers.findings(FOUND_SITE)
    # Each finding by its own rule (RULES.md: MFA off is R11's, not part of R15), so a city
    # that switches the periodic checks and the notices off (R15) still hears of MFA off.
    for finding, rule in (
        (FINDING_MFA, "R11"),
        (FINDING_DIRECT_MESSAGES, "R13"),
        (FINDING_ABANDONED, "R14"),
    ):
        # Where the approving Department Head directs the monitoring (Stoughton), no fixed
        # staleness figure makes a site look abandoned: a `no` to the directed monitoring does.
        directed = finding == FINDING_ABANDONED and profile.monitoring_directed
        assert (FINDINGS[finding] in found) == (profile.applies(rule) and not directed), (
            key,
            finding,
        )
    assert FINDINGS[FINDING_MFA] in found  # R11 is on in every city
    rules = {o.text.split(" (site check of")[0]: o.rule for o in answers.of("site-finding")}
    assert rules[FINDINGS[FINDING_MFA]] == "R11"
    if not profile.applies("R15"):
        assert not sites
        assert not [words for words, rule in rules.items() if rule == "R15"]
        return
    assert [words for words, rule in rules.items() if rule == "R15"]  # the notices missing
    states = {DUE_SOON: (13, 14), UPCOMING: (15,)}
    for url, due in EDGE_SITES.items():
        ahead = (due - TODAY).days
        assert sites[url] == (due, DUE_SOON if ahead in states[DUE_SOON] else UPCOMING), url
