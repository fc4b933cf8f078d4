"""The obligations snapshot: built in one place, read back with aware moments, and one
department's review read without the whole city's facts."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from clerkdesk.core.obligations.review import ACCESS_REVIEW
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import passwords
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.obligations.snapshot import review_facts, snapshot
from clerkdesk.services.people import writes as people
from clerkdesk.services.reviews import writes as reviews
from clerkdesk.services.reviews.views import department_named
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW


def _city(db):  # type: ignore[no-untyped-def]
    """Parks and Library, each with one account someone can use since a month ago."""
    for name in ("Parks", "Library"):
        create_department(db, DepartmentInput(name))
    people.create_person(db, PersonInput("E200", "Tom Becker", "Staff", "Parks"))
    made = {}
    for url, dep in (("https://x.com/parks", "Parks"), ("https://x.com/library", "Library")):
        made[dep] = accounts.create_account(db, AccountInput(url, "x", dep, status="pre-existing"))
        assignments.designate(db, made[dep].id, "E200", "custodian", NOW - timedelta(days=30))
    return made


def test_moments_come_back_aware_in_utc_even_from_max(db) -> None:  # type: ignore[no-untyped-def]
    made = _city(db)
    changed = NOW - timedelta(hours=5)
    passwords.record_password_change(db, made["Parks"].id, changed)
    passwords.record_password_change(db, made["Parks"].id, changed - timedelta(days=3))
    with db.reading() as session:
        snap = snapshot(session, NOW)
    assert snap.password_changed == {made["Parks"].id: changed}
    assert snap.password_changed[made["Parks"].id].tzinfo is UTC
    assert all(a.starts_at.tzinfo is UTC for a in snap.assignments)
    review = reviews.start_review(db, "Parks")
    [line] = review.lines
    assert line.last_password_change == changed
    assert line.last_password_change is not None and line.last_password_change.tzinfo is UTC


def test_one_departments_review_facts_are_the_citys_for_that_department(db) -> None:  # type: ignore[no-untyped-def]
    _city(db)
    with db.reading() as session:
        city = snapshot(session, NOW)
        parks = department_named(session, "Parks")
        one = review_facts(session, city.profile, NOW, parks.id)
    assert [f.department for f in city.reviews] == ["Parks", "Library"]
    assert one == tuple(f for f in city.reviews if f.department == "Parks")


def test_next_due_is_the_date_the_whole_city_shows(db) -> None:  # type: ignore[no-untyped-def]
    _city(db)
    [shown] = [
        o for o in obligations.due(db) if o.kind == ACCESS_REVIEW and o.department == "Parks"
    ]
    assert reviews.next_due(db, "Parks") == shown.due == date(2026, 10, 21) + timedelta(days=180)
    assert reviews.next_due(db, "Nowhere") is None
    create_department(db, DepartmentInput("Fisheries"))
    assert reviews.next_due(db, "Fisheries") is None
