"""Generate a city at the scale of BENCHMARKS: 500 departments, 20,000 people, 10,000 accounts
and 200,000 audit events, written straight into a migrated database (with a valid audit chain,
so `clerkdesk check` passes on it)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from clerkdesk.core.vocabulary import PLATFORMS
from clerkdesk.paths import resolve_paths
from clerkdesk.services import city
from clerkdesk.services.audit import GENESIS, event_hash
from clerkdesk.services.database import Database
from clerkdesk.store.models import Account, Approval, AuditEvent, Department, Person

from .records_city import add_records

STATUSES = ("approved", "approved", "approved", "pre-existing", "proposed", "discontinued")


def make_city(
    home: Path,
    *,
    departments: int = 500,
    people: int = 20_000,
    accounts: int = 10_000,
    events: int = 200_000,
) -> Path:
    rng = random.Random(20261120)
    paths = resolve_paths(home=str(home))
    db = Database.open(paths, create=True, actor="bench")
    if city.get_city(db) is None:
        city.init_city(db, "Bench City", "stoughton", date(2026, 10, 20))
    now = datetime.now(UTC)
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
        add_records(session, rng, now, accounts, people)
    _audit(db, events, now)
    db.close()
    return paths.home


def _audit(db: Database, count: int, now: datetime) -> None:
    with db.writing() as session:
        last = (
            session.query(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).first()
        )
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        batch = []
        for i in range(count):
            seq += 1
            at = now - timedelta(seconds=count - i)
            key = f"https://facebook.example.com/benchcity{i % 10_000:05d}"
            summary = f"Changed {key}"
            details = '{"purpose": ["News", "News and events"]}'
            digest = event_hash(
                seq, at, "bench", "account.update", "account", key, summary, details, prev
            )
            batch.append(
                {
                    "seq": seq,
                    "at": at,
                    "actor": "bench",
                    "action": "account.update",
                    "entity": "account",
                    "entity_key": key,
                    "summary": summary,
                    "details": details,
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
            if len(batch) == 20_000:
                session.execute(insert(AuditEvent), batch)
                batch = []
        if batch:
            session.execute(insert(AuditEvent), batch)
