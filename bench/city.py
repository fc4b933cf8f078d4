"""Generate a city at the scale of BENCHMARKS: 500 departments, 20,000 people, 10,000 accounts
(with the records registers and a retention schedule, bench/records_city.py) and 200,000 audit
events, written straight into a migrated database, with an event adding each
record and a valid audit chain, so that `clerkdesk check` passes on it (city_events)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from clerkdesk.core.vocabulary import PLATFORMS
from clerkdesk.paths import resolve_paths
from clerkdesk.services.city import writes as city
from clerkdesk.services.kernel.database import Database
from clerkdesk.store.models.accounts import Account, Approval
from clerkdesk.store.models.departments import Department
from clerkdesk.store.models.people import Person

from .city_events import write_log
from .records_city import add_records, add_retention

# Raised whenever what a city holds changes, so that a city made before is made again.
VERSION = "3: a retention schedule and dispositions"
STATUSES = ("approved", "approved", "approved", "pre-existing", "proposed", "discontinued")


def make_city(
    home: Path,
    *,
    departments: int = 500,
    people: int = 20_000,
    accounts: int = 10_000,
    events: int = 200_000,
    url: str | None = None,
    requests: int = 2_000,
    removals: int = 50_000,
    elected: int = 40,
    exceptions: int = 200,
    now: datetime | None = None,
) -> Path:
    """The city in `home` (or on the server at `url`); `now` the moment its records are dated
    from (the clock's now by default)."""
    rng = random.Random(20261120)
    paths = resolve_paths(db=url, home=str(home))
    db = Database.open(paths, create=True, actor="bench")
    if city.get_city(db) is None:
        city.init_city(db, "Bench City", "stoughton", date(2026, 10, 20))
    now = now or datetime.now(UTC)
    platforms = list(PLATFORMS)
    with db.writing() as session:
        session.execute(
            insert(Department), [{"name": f"Department {i:03d}"} for i in range(departments)]
        )
        session.execute(
            insert(Person),
            [
                {
                    "employee_id": f"E{i:06d}",
                    "name": f"Person {i:06d}",
                    "title": "Staff",
                    "department_id": 1 + i % departments,
                    "kind": "employee" if i % 10 else "contractor",
                    "email": f"p{i}@benchcity.gov",
                }
                for i in range(people)
            ],
        )
        rows = []
        for i in range(accounts):
            platform = platforms[i % len(platforms)]
            rows.append(
                {
                    "url": f"https://{platform}.example.com/benchcity{i:05d}",
                    "platform": platform,
                    "handle": f"@benchcity{i:05d}",
                    "department_id": 1 + i % departments,
                    "purpose": "News and events",
                    "city_email": f"social{i}@benchcity.gov",
                    "status": STATUSES[i % len(STATUSES)],
                    "created_at": now,
                    "updated_at": now,
                }
            )
        session.execute(insert(Account), rows)
        session.execute(
            insert(Approval),
            [
                {
                    "account_id": i + 1,
                    "authority": "mayor",
                    "approved_by": "Mayor",
                    "approved_on": date(2020, 1, 1) + timedelta(days=rng.randrange(2000)),
                    "reference": f"Res {i}",
                    "can_administer": True,
                    "monitoring": "daily",
                    "it_notified": True,
                    "determinations_recorded": True,
                    "recorded_at": now,
                }
                for i in range(accounts)
                if rows[i]["status"] == "approved"
            ],
        )
        add_records(session, rng, now, accounts, people, requests, removals)
        add_retention(session, now.date(), accounts)
    approved = [i + 1 for i, row in enumerate(rows) if row["status"] == "approved"]
    _duties(db, rng, now, people, approved, elected, exceptions)
    write_log(db, events)
    if db.engine.dialect.name == "postgresql":
        # The statistics a server's autovacuum gathers within a minute of such a load: the
        # benchmark measures the plans a city in use gets, not a fresh load's guesses.
        with db.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    db.close()
    paths.home.mkdir(parents=True, exist_ok=True)  # a server's city has no file of its own there
    (paths.home / "bench-city-version").write_text(VERSION)
    return paths.home


def made_by_this_version(home: Path) -> bool:
    """Whether a city at `home` was made as this version makes them."""
    marker = home / "bench-city-version"
    return marker.exists() and marker.read_text() == VERSION and (home / "clerkdesk.db").exists()


def _duties(
    db: Database,
    rng: random.Random,
    now: datetime,
    people: int,
    approved: list[int],
    elected_people: int = 40,
    exceptions: int = 200,
) -> None:
    """Four elections with `elected_people` elected officials running (40 by default), each
    holding a term on five accounts; `exceptions` (200) covering three accounts each; a site
    check of every approved account, as of `now`."""
    from clerkdesk.core.duties import NOTICES
    from clerkdesk.store.models.elections import Candidate, Election
    from clerkdesk.store.models.exceptions import ExceptionAccount, PolicyException
    from clerkdesk.store.models.site_checks import SiteCheck
    from clerkdesk.store.models.terms import Assignment

    today = now.date()
    notices = list(NOTICES)
    with db.writing() as session:
        session.execute(
            insert(Election),
            [
                {
                    "name": f"Election {n}",
                    "papers_from": today + timedelta(days=30 * n - 60),
                    "election_on": today + timedelta(days=30 * n + 60),
                }
                for n in range(4)
            ],
        )
        elected = list(range(people - elected_people, people))
        session.execute(
            Person.__table__.update()
            .where(Person.id > people - elected_people)
            .values(kind="elected")
        )
        session.execute(
            insert(Assignment),
            [
                {
                    "account_id": rng.choice(approved),
                    "person_id": p + 1,
                    "role": "authorized-user",
                    "starts_at": now - timedelta(days=400),
                }
                for p in elected
                for _ in range(5)
            ],
        )
        session.execute(
            insert(Candidate),
            [{"election_id": 1 + i % 4, "person_id": p + 1} for i, p in enumerate(elected)],
        )
        session.execute(
            insert(PolicyException),
            [
                {
                    "number": f"X-{n:04d}",
                    "summary": "Direct messages kept on for tips",
                    "office": "cio",
                    "filed_on": today - timedelta(days=100),
                    "approved_by": "CIO" if n % 5 else None,
                    "approved_on": today - timedelta(days=90) if n % 5 else None,
                    "expires_on": today + timedelta(days=rng.randrange(400)),
                    "allows": "direct-messages",
                }
                for n in range(exceptions)
            ],
        )
        session.execute(
            insert(ExceptionAccount),
            [
                {"exception_id": n + 1, "account_id": a}
                for n in range(exceptions)
                for a in rng.sample(approved, 3)
            ],
        )
        session.execute(
            insert(SiteCheck),
            [
                {
                    "account_id": a,
                    "checked_on": today - timedelta(days=rng.randrange(500)),
                    "checked_by_id": 1 + rng.randrange(people),
                    "notices": " ".join(n for n in notices if rng.random() < 0.9),
                    "direct_messages": rng.choice(("off", "off", "archived", "on")),
                    "mfa": rng.choice(("on", "on", "on", "off", "unavailable")),
                    "last_post_on": today - timedelta(days=rng.randrange(60)),
                    "recorded_at": now,
                }
                for a in approved
            ],
        )
