"""Issue 28: in each of the five cities, the same scenario (city_tables_scenario.py: two
departments, five people, four accounts, requests, removals, an election, a site check, a
separation) gives every item the kind, rule, basis and due date a table written from RULES.md
and the city's policy says, and nothing else.

Each row is (kind, rule, basis, due, account URL, what else it is about: the request's number,
the finding's or poster's key, the person's employee ID, or the department), with the line of
the policy (policies/ beside RULES.md), the profile or the statute it comes from. Two habits of
RULES.md hold throughout ("Days are calendar days ..." and the paragraph after it): an account's
duties are owed from its approval, never before the policy's adoption (2026-02-16); moments
(R10) are counted in hours from a timestamp in the city's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from clerkdesk.core.obligations.model import Obligation
from clerkdesk.resources import load_profile
from clerkdesk.services.obligations.due import due

from .city_tables_scenario import (
    ADOPTED,
    ANSWERED,
    CHECKED_ON,
    LIBRARY,
    LIBRARY_X,
    NOW,
    PARKS,
    PARKS_FB,
    PARKS_TIKTOK,
    REPEAT_POSTER,
    REQUESTS,
    build,
)

D = date
FB, X, TT = PARKS_FB, LIBRARY_X, PARKS_TIKTOK
X_APPROVED = D(2026, 2, 20)  # the Library account's approval, after the adoption
SECOND_REMOVAL = D(2026, 2, 27)  # @boatdeals's second removal from the Parks page
# Sam Ortiz (E300) left at 2026-03-03 09:00 in Chicago; 48 hours later (R10).
ROTATE_BY = datetime(2026, 3, 5, 15, 0, tzinfo=UTC)
LEFT = datetime(2026, 3, 3, 15, 0, tzinfo=UTC)
# R7: ClerkDesk's 180 days (each profile's review_interval_days), from the adoption.
REVIEW_BY = ADOPTED + timedelta(days=180)  # 2026-08-15
# R20: the public list, ClerkDesk's 12 months from the day the city began to use ClerkDesk
# (public_list.py; the scenario's city is set up on 2026-03-04).
PUBLISH_BY = D(2027, 3, 4)
# R15: a site is checked again a year after its last check (ClerkDesk's site_check_days).
CHECK_AGAIN = D(2027, 3, 2)
# R18: A7 is a candidate in the spring election, papers from 2025-12-01 (the election
# calendar's date: a parameter, not a policy's); RULES.md: a deadline never falls before the
# day the rule began to apply, the policy's adoption, unless the policy itself sets the date.


def blackout(basis: str) -> Any:
    return ("blackout", "R18", basis, ADOPTED, None, "A7")


def work_days_after(day: date, count: int) -> date:
    """`count` work days after `day`: no Wisconsin or federal holiday falls between 2026-02-17
    and 2026-03-18 (Presidents' Day is 2026-02-16, the adoption itself), so Saturdays and
    Sundays are the days skipped."""
    while count:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


def requests() -> list[tuple[Any, ...]]:
    """R17, law in every city: Wis. Stat. 19.35(4)(a) "as soon as practicable and without
    delay"; the figure is the DOJ's "10 business days may be reasonable" (each profile's
    records_response_days = 10, figures R17 = "doj"), counted from the receipt or, received
    before the adoption, from the adoption. The answered request (R-4) owes nothing."""
    assert ANSWERED not in REQUESTS
    rows = [
        ("records-request", "R17", "law", work_days_after(max(r, ADOPTED), 10), FB, n)
        for n, r in REQUESTS.items()
    ]
    # Written out: R-1 (2026-02-10) from the adoption 02-16 -> 03-02; R-2 (02-20) -> 03-06;
    # R-3 (today, 03-04) -> 03-18.
    assert [row[3] for row in rows] == [D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 18)]
    return rows


def per_account(kind: str, rule: str, basis: str) -> list[tuple[Any, ...]]:
    """A duty of each approved account (R8, R12): owed from its approval, not before the
    adoption (the Parks page, approved 2026-01-05, from 2026-02-16)."""
    return [(kind, rule, basis, ADOPTED, FB, None), (kind, rule, basis, X_APPROVED, X, None)]


def terms(kind: str, rule: str, basis: str, elected: bool = True) -> list[tuple[Any, ...]]:
    """A duty of each current term (R4, R6): the Parks page's custodian E100 and A7 (Sam
    Ortiz's term ended when he left), the Library's E200 and E400; owed from the account's
    approval, not before the adoption."""
    rows = [(kind, rule, basis, ADOPTED, FB, "E100"), (kind, rule, basis, X_APPROVED, X, "E200")]
    rows.append((kind, rule, basis, X_APPROVED, X, "E400"))
    if elected:
        rows.append((kind, rule, basis, ADOPTED, FB, "A7"))
    return rows


def reviews(basis: str) -> list[tuple[Any, ...]]:
    return [("access-review", "R7", basis, REVIEW_BY, None, d) for d in (LIBRARY, PARKS)]


def notices(key: str, rule: str = "R15") -> list[tuple[Any, ...]]:
    """R15: each notice of the city's own list ([notices] of its profile, each with its policy
    line) missing from the Parks page on its check (it recorded none)."""
    return [
        ("site-finding", rule, "policy", CHECKED_ON, FB, f"notice-{name}")
        for name in load_profile(key).site_notices
    ]


def site_checks() -> list[tuple[Any, ...]]:
    """R15 where the city has notices to check: an account never checked is owed a check from
    its approval or, in use before the policy, from the adoption; the Parks page again a year
    after its check."""
    return [
        ("site-check", "R15", "policy", ADOPTED, TT, None),
        ("site-check", "R15", "policy", X_APPROVED, X, None),
        ("site-check", "R15", "policy", CHECK_AGAIN, FB, None),
    ]


def common(basis_r11: str, accessible_from: date, basis_r10: str = "practice") -> list[Any]:
    """Rows alike in every city, each with its own basis where the cities differ."""
    return [
        # R10: the password of the page Sam Ortiz used, within 48 hours of his leaving (each
        # profile's rotation_hours: Wausau's policy, ClerkDesk's figure elsewhere).
        ("password-rotation", "R10", basis_r10, ROTATE_BY, FB, "E300"),
        # R11: multi-factor authentication off on the Parks page's check (a finding of its own,
        # RULES.md R11), due the day it was found.
        ("site-finding", "R11", basis_r11, CHECKED_ON, FB, "mfa"),
        # R21: law, 28 CFR 35.200(b): WCAG 2.1 AA from the city's compliance date.
        ("accessibility-date", "R21", "law", accessible_from, None, None),
        *requests(),
    ]


STOUGHTON = [
    # stoughton-2019.txt:88-96 (stoughton.toml grandfather_days, :94): an account in use before
    # the policy is approved within 45 days of the Council's approval: 2026-02-16 + 45.
    ("grandfather-approval", "R5", "policy", D(2026, 4, 2), TT, None),
    *terms("agreement-unsigned", "R6", "practice"),  # stoughton.toml R6: no agreement (practice)
    *reviews("policy"),  # stoughton-2019.txt:120-124 "should routinely review"
    *per_account("credential-missing", "R8", "practice"),  # stoughton.toml R8: silent
    *per_account("city-email-missing", "R12", "practice"),  # stoughton.toml R12: silent
    # stoughton-2019.txt:347-355: remove, then ban a repeat violator (keeping the record:
    # practice, stoughton.toml R16); due the day of the second removal.
    ("repeat-violator", "R16", "practice", SECOND_REMOVAL, FB, REPEAT_POSTER),
    blackout("practice"),  # stoughton.toml R18: practice citing Wis. Stat. 11.1205
    ("public-list", "R20", "practice", PUBLISH_BY, None, None),  # stoughton.toml R20: practice
    # R11: stoughton-2019.txt:181-185 ("strong", two-factor encouraged): practice.
    # R21: 28 CFR 35.200(b)(2), under 50,000 people (stoughton.toml accessible_from).
    *common("practice", D(2028, 4, 26)),
    # No R2 item: each approval recorded its findings (stoughton-2019.txt:104-114). No R15
    # item: the policy asks for no notices (stoughton.toml R15 off); R13, R14 off.
]

MILWAUKEE = [
    # milwaukee-2023.txt:56-62: prior authorization by department management, after the
    # Account Request Form and Strategy Plan; in use before the policy: from the adoption.
    ("account-approval", "R1", "policy", ADOPTED, TT, None),
    *terms("agreement-unsigned", "R6", "practice"),  # milwaukee.toml R6: no agreement
    *reviews("policy"),  # milwaukee-2023.txt:72-76 "should routinely review"
    *per_account("credential-missing", "R8", "practice"),  # milwaukee-2023.txt:70, no office
    *per_account("city-email-missing", "R12", "practice"),  # milwaukee.toml R12: silent
    # milwaukee-2023.txt:182-206, User Responsibilities; :218-225, Record Keeping.
    ("repeat-violator", "R16", "policy", SECOND_REMOVAL, FB, REPEAT_POSTER),
    blackout("policy"),  # milwaukee-2023.txt:312-363, Political Activity
    # milwaukee-2023.txt:361-363: the links on aldermanic pages come down with the blackout.
    ("blackout-links", "R18", "policy", ADOPTED, None, "Spring 2026/A7"),
    # milwaukee-2023.txt:100-104: accounts listed on milwaukee.gov/connect.
    ("public-list", "R20", "policy", PUBLISH_BY, None, None),
    # milwaukee-2023.txt:255-261: records moved from the platform to City systems, each account
    # from its approval (the TikTok page, in use before the policy, from the adoption).
    ("records-on-platform", "R20", "policy", ADOPTED, FB, None),
    ("records-on-platform", "R20", "policy", ADOPTED, TT, None),
    ("records-on-platform", "R20", "policy", X_APPROVED, X, None),
    # R11: milwaukee-2023.txt:302-308, Security (MFA whenever possible): policy.
    # R21: 28 CFR 35.200(b)(1), 50,000 people or more (milwaukee.toml accessible_from).
    *common("policy", D(2027, 4, 26)),
    # No R15 item: its one notice is for elected officials' accounts (milwaukee.toml R15 off);
    # R13, R14 off.
]

WAUSAU = [
    # wausau.txt:38: "express prior authorization"; in use before the policy: from the adoption.
    ("account-approval", "R1", "policy", ADOPTED, TT, None),
    *terms("agreement-unsigned", "R6", "practice"),  # wausau.toml R6: no agreement
    *reviews("policy"),  # wausau.txt:67, Authorization and Access: reviewed "routinely"
    *per_account("credential-missing", "R8", "policy"),  # wausau.txt:38 (to the Coordinator)
    *per_account("city-email-missing", "R12", "policy"),  # wausau.txt:38, :46
    # wausau.txt:44-46: before leaving, the log-ins handed over: due the moment he left.
    ("login-handover", "R10", "policy", LEFT, None, "E300"),
    *site_checks(),  # wausau.txt:50-61, General Practices
    *notices("wausau"),  # wausau.txt:52-59 (wausau.toml [notices])
    # wausau.txt:103-119 (what is kept of a removal); :56 (blocking).
    ("repeat-violator", "R16", "policy", SECOND_REMOVAL, FB, REPEAT_POSTER),
    # wausau.txt:129: the CCITC Director's retention directive "no less than annually", from
    # the adoption (wausau.toml retention_directive_days = 365).
    ("retention-directive", "R17", "law", D(2027, 2, 16), None, None),
    blackout("practice"),  # wausau.toml R18: practice citing Wis. Stat. 11.1205
    ("public-list", "R20", "practice", PUBLISH_BY, None, None),  # wausau.toml R20: practice
    # R11: practice (wausau.toml: no password rule). R21: 28 CFR 35.200(b)(2), under 50,000.
    # R10: wausau.txt:42, the passwords changed within 48 hours after a termination: policy.
    *common("practice", D(2028, 4, 26), basis_r10="policy"),
]

JANESVILLE = [
    # janesville.txt:24, :48, :69: the City Manager's Office approves; in use before the
    # policy: from the adoption.
    ("account-approval", "R1", "policy", ADOPTED, TT, None),
    # janesville.txt:35, :70, :126: each Authorized User approved by the Director and the City
    # Manager's Office, named before the account is set up: owed from the terms' start
    # (2026-01-06), not before the adoption.
    *[(k, r, b, ADOPTED, u, e) for k, r, b, _, u, e in terms("user-approval", "R4", "policy")],
    *terms("agreement-unsigned", "R6", "policy"),  # janesville.txt:71, :135-169
    *reviews("practice"),  # janesville.toml R7: no access review in the policy
    *per_account("credential-missing", "R8", "policy"),  # janesville.txt:51, :72
    *per_account("city-email-missing", "R12", "policy"),  # janesville.txt:72
    # janesville.txt:82-83: updated at least once per work week; the last post 2025-11-02 on
    # the check of 2026-03-02.
    ("site-finding", "R14", "policy", CHECKED_ON, FB, "abandoned"),
    *site_checks(),  # janesville.txt:40, :76-78, :89
    *notices("janesville"),  # janesville.txt:76, :78, :95, :99, :111, :116 (janesville.toml)
    # janesville.txt:89: the Terms of Use Agreement "will also be posted on the City's
    # website"; the scenario records no posting: owed from the adoption.
    ("terms-on-website", "R15", "policy", ADOPTED, None, None),
    # janesville.txt:80 (hide rather than delete); :93 (blocked after a second time).
    ("repeat-violator", "R16", "policy", SECOND_REMOVAL, FB, REPEAT_POSTER),
    blackout("practice"),  # janesville.toml R18: practice citing Wis. Stat. 11.1205
    ("public-list", "R20", "practice", PUBLISH_BY, None, None),  # janesville.toml R20: practice
    # R11: practice (janesville.toml). R21: 28 CFR 35.200(b)(1), 50,000 or more.
    *common("practice", D(2027, 4, 26)),
]

# madison.txt:35: each department files its policy with the Mayor's Office, "with a copy to
# the IT Director"; the policy names the department's approving authority, so each department
# filed it before its first approval (city_tables_scenario.FILINGS): Parks with its copy, the
# Library on 2026-02-18 without one, owed from the filing.
MADISON = [
    # madison.txt:35, :39: the department's approving authority; from the adoption.
    ("account-approval", "R1", "policy", ADOPTED, TT, None),
    ("department-policy", "R1", "policy", D(2026, 2, 18), None, LIBRARY),  # madison.txt:35
    # madison.txt:77: the IT Director approves each tool, owed from the account's approval.
    *per_account("tool-approval", "R1", "policy"),
    ("tool-approval", "R1", "policy", ADOPTED, TT, None),
    # madison.txt:9: the policy does not apply to elected officials (madison.toml
    # elected_excluded): no agreement for A7.
    *terms("agreement-unsigned", "R6", "practice", elected=False),
    *reviews("practice"),  # madison.toml R7: no access review in the policy
    *per_account("credential-missing", "R8", "policy"),  # madison.txt:39-40
    *per_account("city-email-missing", "R12", "policy"),  # madison.txt:16
    # madison.txt:61: direct messages off unless archived; on and not archived on the check.
    ("site-finding", "R13", "policy", CHECKED_ON, FB, "direct-messages"),
    # madison.txt:57, :70-73: kept current; no post since 2025-11-02.
    ("site-finding", "R14", "policy", CHECKED_ON, FB, "abandoned"),
    *site_checks(),  # madison.txt:14, :55, :65
    *notices("madison"),  # madison.txt:55, :65 (madison.toml [notices])
    # madison.txt:70-75, The Role of Information Technology (madison.toml R16).
    ("repeat-violator", "R16", "policy", SECOND_REMOVAL, FB, REPEAT_POSTER),
    blackout("practice"),  # madison.toml R18: practice citing Wis. Stat. 11.1205
    # madison.txt:39-42, :48-51: each account and who answers for it (madison.toml R20).
    ("public-list", "R20", "policy", PUBLISH_BY, None, None),
    # R11: practice (madison.toml). R21: 28 CFR 35.200(b)(1), 50,000 or more.
    *common("practice", D(2027, 4, 26)),
]

TABLES = {
    "stoughton": STOUGHTON,
    "milwaukee": MILWAUKEE,
    "wausau": WAUSAU,
    "janesville": JANESVILLE,
    "madison": MADISON,
}


def _row(item: Any) -> tuple[Any, ...]:
    return item.values[0] if hasattr(item, "values") else item  # type: ignore[no-any-return]


def _about(o: Obligation) -> str | None:
    """What an item is about besides its account: its record (a request's number, a finding's
    or a poster's key), its person, or, owed by a department, the department."""
    return o.record or o.employee_id or (o.department if o.account is None else None)


def _yielded(db: Any, key: str) -> list[tuple[Any, ...]]:
    build(db, key)
    return [(o.kind, o.rule, o.basis, o.due, o.account, _about(o)) for o in due(db)]


# What each city's scenario gave, on each database: built once (on a real, empty database)
# for all the rows of its table.
_GIVEN: dict[tuple[str, str], list[tuple[Any, ...]]] = {}


@pytest.fixture
def scenario(request: pytest.FixtureRequest, database_url: str | None, clock):  # type: ignore[no-untyped-def]
    def given(key: str) -> list[tuple[Any, ...]]:
        backend = request.node.callspec.params["database_url"]
        if (backend, key) not in _GIVEN:
            clock.now = NOW
            _GIVEN[backend, key] = _yielded(request.getfixturevalue("empty_db"), key)
        return _GIVEN[backend, key]

    return given


ROWS = [
    pytest.param(key, _row(item), marks=getattr(item, "marks", ()), id=f"{key}-{n}-{_row(item)[0]}")
    for key, table in TABLES.items()
    for n, item in enumerate(table)
]


@pytest.mark.parametrize(("key", "row"), ROWS)
def test_each_row_of_the_table_is_given(scenario, key: str, row: tuple[Any, ...]) -> None:  # type: ignore[no-untyped-def]
    assert row in scenario(key)


@pytest.mark.parametrize("key", TABLES)
def test_nothing_is_given_the_table_lacks(scenario, key: str) -> None:  # type: ignore[no-untyped-def]
    """Every item is in the table and every row is given once; the due dates are each row's
    (above), so that a row marked as a disagreement is still one item, owed once."""
    yielded = sorted(map(_undated, scenario(key)), key=repr)
    table = sorted((_undated(_row(item)) for item in TABLES[key]), key=repr)
    assert yielded == table
    assert len(set(yielded)) == len(yielded)


def _undated(row: tuple[Any, ...]) -> tuple[Any, ...]:
    kind, rule, basis, _due, account, about = row
    return kind, rule, basis, account, about
