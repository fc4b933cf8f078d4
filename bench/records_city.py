"""The benchmark city's records registers: 2,000 public-records requests and 50,000 removals
of content, with repeat violators among the posters."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from clerkdesk.store.models.removals import Removal
from clerkdesk.store.models.requests import RecordsRequest, RequestAccount

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
    start = datetime(date.today().year - 2, 1, 1, tzinfo=now.tzinfo)
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
