"""The benchmark city's records registers: 2,000 public-records requests and 50,000 removals
of content, with repeat violators among the posters; a retention schedule of three series
(the accounts split between a one-year and a two-year series, the requests' letters and
releases in a third), under which most removals are past retention, and two dispositions
(one whose Historical Society's 60 days have passed, one destroyed)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from clerkdesk.core.retention import covered_through
from clerkdesk.store.models.removals import Removal
from clerkdesk.store.models.requests import RecordsRequest, RequestAccount
from clerkdesk.store.models.retention import Disposition, RetentionAccount, RetentionSeries

STATUSES = ("open", "granted", "granted", "partly-granted", "denied", "withdrawn")
CATEGORIES = ("profanity", "threat", "advertising", "discrimination", "security")


def add_records(
    session: Session,
    rng: random.Random,
    now: datetime,
    accounts: int,
    people: int,
    requests: int = 2_000,
    removals: int = 50_000,
) -> None:
    today = now.date()
    rows = []
    for i in range(requests):
        received = today - timedelta(days=rng.randrange(700))
        status = STATUSES[i % len(STATUSES)]
        closed = None
        if status != "open":
            closed = min(today, received + timedelta(days=rng.randrange(1, 40)))
        rows.append(
            {
                "number": f"R-{i:05d}",
                "received_on": received,
                "requester": None if i % 4 == 0 else f"Requester {i}",
                "summary": f"Posts and comments, request {i}",
                "status": status,
                "closed_on": closed,
                "recorded_at": now,
            }
        )
    session.execute(insert(RecordsRequest), rows)
    links = {
        (1 + i, 1 + rng.randrange(accounts)) for i in range(requests) for _ in range(1 + i % 3)
    }
    session.execute(
        insert(RequestAccount), [{"request_id": r, "account_id": a} for r, a in sorted(links)]
    )
    start = datetime(now.year - 2, 1, 1, tzinfo=now.tzinfo)
    span = int((now - start).total_seconds())
    seen: set[tuple[int, datetime]] = set()
    batch = []
    while len(batch) < removals:
        account = 1 + rng.randrange(accounts)
        moment = start + timedelta(seconds=rng.randrange(span))
        if (account, moment) in seen:
            continue
        seen.add((account, moment))
        batch.append(
            {
                "account_id": account,
                "removed_at": moment,
                "poster": f"@poster{rng.randrange(30_000):05d}",
                "content": "Removed content",
                "category": CATEGORIES[len(batch) % len(CATEGORIES)],
                "action": "hidden",
                "staff_person_id": 1 + rng.randrange(people),
                "recorded_at": now,
            }
        )
    session.execute(insert(Removal), batch)


SCHEDULE = "Wisconsin Municipal Records Schedule (2018)"


def add_retention(session: Session, today: date, accounts: int) -> None:
    """Series SM-1 (one year: the even accounts), SM-2 (two years: the odd ones), RQ-1 (seven
    years: the requests' letters and releases); dispositions of SM-1 (notice 200 days ago, the
    60 days passed, not destroyed) and SM-2 (waived and destroyed 100 days ago): what passed
    its retention since is due."""
    session.execute(
        insert(RetentionSeries),
        [
            {"code": "SM-1", "title": "Social media content", "years": 1, "schedule": SCHEDULE},
            {"code": "SM-2", "title": "Social media accounts", "years": 2, "schedule": SCHEDULE},
            {
                "code": "RQ-1",
                "title": "Public records requests",
                "years": 7,
                "schedule": SCHEDULE,
                "covers": "releases letters",
            },
        ],
    )
    session.execute(
        insert(RetentionAccount),
        [{"account_id": a, "series_id": 1 + a % 2} for a in range(1, accounts + 1)],
    )
    noticed, waived = today - timedelta(days=200), today - timedelta(days=100)
    session.execute(
        insert(Disposition),
        [
            {
                "number": f"SM-1-{noticed.isoformat()}",
                "series_id": 1,
                "through": covered_through(noticed),
                "notice_on": noticed,
            },
            {
                "number": f"SM-2-{waived.isoformat()}",
                "series_id": 2,
                "through": covered_through(waived),
                "waived_on": waived,
                "destroyed_on": waived,
                "destroyed_by": "City Clerk",
                "method": "Deleted from the archive",
            },
        ],
    )
