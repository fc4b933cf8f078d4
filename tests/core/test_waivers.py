"""What exceptions waive, looked up by account: the same answer as going through every
exception for each site, on a city with many exceptions and checks, on the day before an
exception's approval, its first day, its last day and the day after."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from clerkdesk.core.duties import FINDINGS, DutyFacts, ExceptionFacts, SiteCheckFacts
from clerkdesk.core.obligations import kind_of
from clerkdesk.core.obligations.model import Snapshot
from clerkdesk.core.obligations.site_finding import open_findings
from clerkdesk.resources import load_profile

KEYS = tuple(FINDINGS)
ACCOUNTS = 600


def every_exception_waives(facts: DutyFacts, account_id: int, day: date) -> frozenset[str]:
    """The answer as it was first written: every exception gone through for each question."""
    allowed: set[str] = set()
    for exception in facts.exceptions:
        if exception.allows and exception.in_force(day) and account_id in exception.account_ids:
            allowed.update(exception.allows)
    return frozenset(allowed)


@pytest.fixture(scope="module")
def city() -> DutyFacts:
    pick = random.Random(30)
    exceptions = []
    for n in range(400):
        filed = date(2026, 1, 1) + timedelta(days=pick.randrange(300))
        approved = None if n % 7 == 0 else filed + timedelta(days=pick.randrange(10))
        expires = None if n % 5 == 0 else filed + timedelta(days=pick.randrange(20, 200))
        exceptions.append(
            ExceptionFacts(
                n,
                f"E-{n}",
                "tips",
                "cio",
                filed,
                approved,
                expires,
                frozenset(pick.sample(range(ACCOUNTS), pick.randrange(0, 6))),
                frozenset(pick.sample(KEYS, pick.randrange(0, 4))) if n % 9 else frozenset(),
            )
        )
    checks = []
    for account_id in range(ACCOUNTS):
        checked = date(2026, 1, 1) + timedelta(days=pick.randrange(320))
        checks.append(
            SiteCheckFacts(
                account_id,
                f"https://x.com/site{account_id:04d}",
                "Parks",
                date(2025, 6, 1),
                None if account_id % 11 == 0 else checked,
                frozenset(pick.sample(tuple(k[7:] for k in KEYS if k.startswith("notice-")), 5)),
                pick.choice(("off", "on", "archived")),
                pick.choice(("on", "off", "unavailable")),
                checked - timedelta(days=pick.randrange(200)),
            )
        )
    return DutyFacts(exceptions=tuple(exceptions), site_checks=tuple(checks))


def edges(facts: DutyFacts) -> list[date]:
    """The day before, of and after the approval and the expiry of some of the exceptions."""
    days: set[date] = set()
    for e in facts.exceptions[:25]:
        for day in (e.approved_on, e.expires_on):
            if day is not None:
                days.update((day - timedelta(days=1), day, day + timedelta(days=1)))
    return sorted(days)


def test_each_account_is_waived_what_every_exception_says(city) -> None:
    days = edges(city)
    assert len(days) > 40
    waived_somewhere = 0
    for day in days:
        waivers = city.waivers(day)
        for account_id in range(ACCOUNTS):
            expected = every_exception_waives(city, account_id, day)
            assert city.waived(account_id, day) == expected, (account_id, day)
            assert waivers.get(account_id, frozenset()) == expected, (account_id, day)
            waived_somewhere += bool(expected)
    assert waived_somewhere > 1000, "the city has waivers to find"


def test_the_findings_rule_answers_as_each_site_asked_alone(city) -> None:
    """The Site checks page groups the items of Today's rule by site: the findings each site
    has when asked on its own (as the checklist and the account's notes ask)."""
    profile = load_profile("janesville")
    for day in edges(city)[::6]:
        as_of = datetime(day.year, day.month, day.day, 18, tzinfo=UTC)
        snap = Snapshot(profile=profile, adopted_on=date(2019, 6, 25), duties=city)
        grouped: dict[int, list[str]] = {}
        for item in kind_of("site-finding").function(snap, as_of):
            grouped.setdefault(item.account_id, []).append(item.record)
        today = profile.day_at(as_of)
        alone = {}
        for s in city.site_checks:
            waived = every_exception_waives(city, s.account_id, today)
            if found := open_findings(s, profile, waived):
                alone[s.account_id] = found
        assert grouped == alone, day
        assert len(alone) > ACCOUNTS // 2
