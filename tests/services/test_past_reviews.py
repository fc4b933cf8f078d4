"""Access reviews done on paper before they were entered (R7): recorded with their own date,
their removals ending that day, the next review due from it."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments.writes import update_department
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.reviews import writes as reviews
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW

CHICAGO = ZoneInfo("America/Chicago")
FB, X = "https://facebook.com/parks", "https://x.com/parks"


def midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=CHICAGO)


@pytest.fixture
def parks_accounts(db, parks):  # type: ignore[no-untyped-def]
    """Tom has run both Parks accounts since January; Ruth joined X in June."""
    for employee_id, name in (("E200", "Tom Becker"), ("E300", "Ruth Castillo")):
        people.create_person(db, PersonInput(employee_id, name, "Staff", "Parks"))
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    made = {
        url: accounts.create_account(
            db, AccountInput(url, platform, "Parks", status="pre-existing")
        )
        for url, platform in ((FB, "facebook"), (X, "x"))
    }
    january = datetime(2026, 1, 5, 9, tzinfo=CHICAGO)
    assignments.designate(db, made[FB].id, "E200", "custodian", january)
    assignments.designate(db, made[X].id, "E200", "authorized-user", january)
    assignments.designate(
        db, made[X].id, "E300", "administrator", datetime(2026, 6, 1, 9, tzinfo=CHICAGO)
    )
    return made


def by_term(lines, remove=()):  # type: ignore[no-untyped-def]
    return {
        line.id: ("remove" if (line.url, line.employee_id) in remove else "keep", None)
        for line in lines
    }


def review_due(db) -> date:  # type: ignore[no-untyped-def]
    [item] = [
        o for o in obligations.due(db) if o.kind == "access-review" and o.department == "Parks"
    ]
    return item.due


def test_a_past_review_lists_who_had_access_that_day(db, parks_accounts) -> None:  # type: ignore[no-untyped-def]
    lines = reviews.past_review_lines(db, "Parks", date(2026, 3, 2))
    assert sorted((line.url, line.employee_id) for line in lines) == [(FB, "E200"), (X, "E200")]
    later = reviews.past_review_lines(db, "Parks", date(2026, 7, 1))
    assert len(later) == 3


def test_its_removals_end_on_its_date_and_the_next_review_is_due_from_it(
    db, parks_accounts
) -> None:  # type: ignore[no-untyped-def]
    assert review_due(db) == date(2026, 1, 5) + timedelta(days=180)
    on = date(2026, 3, 2)
    lines = reviews.past_review_lines(db, "Parks", on)
    done = reviews.record_past_review(db, "Parks", "E100", on, by_term(lines, remove={(X, "E200")}))
    assert done.completed_on == on and done.reviewer == "Priya Raman" and done.number == 1
    [removed] = [line for line in done.lines if line.decision == "remove"]
    assert removed.removed_at == midnight(on)
    [term] = [
        t
        for t in assignments.account_assignments(db, parks_accounts[X].id)
        if t.employee_id == "E200"
    ]
    assert term.ends_at == midnight(on)  # not the day it was typed in (NOW)
    assert review_due(db) == on + timedelta(days=180)
    # The removal's password change was owed 48 hours after that day, not after today.
    [rotation] = [o for o in obligations.due(db) if o.kind == "password-rotation"]
    assert rotation.due == midnight(on) + timedelta(hours=48)
    event = audit.list_events(db)[0]
    assert event.action == "review.past"
    assert "done on paper on 2026-03-02" in event.summary


def test_a_past_review_after_a_later_one_is_refused(db, parks_accounts) -> None:  # type: ignore[no-untyped-def]
    first = date(2026, 6, 15)
    reviews.record_past_review(
        db, "Parks", "E100", first, by_term(reviews.past_review_lines(db, "Parks", first))
    )
    for day in (date(2026, 6, 15), date(2026, 3, 2)):
        with pytest.raises(ValidationError) as caught:
            reviews.past_review_lines(db, "Parks", day)
        assert caught.value.fields == {
            "on": "must be after the previous recorded review (review 1, 2026-06-15)"
        }
    events = len(audit.list_events(db))
    with pytest.raises(ValidationError, match="after the previous recorded review"):
        reviews.record_past_review(db, "Parks", "E100", date(2026, 3, 2), {})
    assert len(audit.list_events(db)) == events
    # The next one, later, is taken.
    second = date(2026, 9, 1)
    done = reviews.record_past_review(
        db, "Parks", "E100", second, by_term(reviews.past_review_lines(db, "Parks", second))
    )
    assert done.number == 2
    assert [r.completed_on for r in reviews.review_history(db, "Parks")] == [second, first]


def test_a_past_review_in_the_future_or_before_anyone_had_access_is_refused(
    db, parks_accounts
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        reviews.past_review_lines(db, "Parks", NOW.date() + timedelta(days=1))
    assert caught.value.fields == {"on": "cannot be in the future"}
    with pytest.raises(ValidationError) as caught:
        reviews.past_review_lines(db, "Parks", date(2025, 12, 1))
    assert caught.value.fields == {
        "on": "nobody had access to the accounts of Parks on 2025-12-01, as the register has "
        "it; nothing to review"
    }
    with pytest.raises(ValidationError) as caught:
        reviews.record_past_review(db, "Parks", "E100", None, {})
    assert set(caught.value.fields) == {"on"}
    assert reviews.review_history(db, "Parks") == []


def test_every_line_needs_a_decision_and_a_reviewer(db, parks_accounts) -> None:  # type: ignore[no-untyped-def]
    on = date(2026, 3, 2)
    lines = reviews.past_review_lines(db, "Parks", on)
    with pytest.raises(ValidationError) as caught:
        reviews.record_past_review(db, "Parks", "E999", on, dict(list(by_term(lines).items())[:1]))
    assert set(caught.value.fields) == {"reviewer", "decisions"}
    assert reviews.review_history(db, "Parks") == []


def test_the_review_under_way_stays_open_and_loses_the_access_a_past_review_ended(
    db, parks_accounts, clock
) -> None:  # type: ignore[no-untyped-def]
    under_way = reviews.start_review(db, "Parks")  # started at NOW, 2026-11-20
    assert len(under_way.lines) == 3
    with pytest.raises(ValidationError) as caught:
        reviews.past_review_lines(db, "Parks", NOW.date())
    assert caught.value.fields == {
        "on": "review 1 has been under way since 2026-11-20; record its outcome for this date "
        "instead"
    }
    on = date(2026, 8, 3)
    lines = reviews.past_review_lines(db, "Parks", on)
    past = reviews.record_past_review(db, "Parks", "E100", on, by_term(lines, remove={(X, "E300")}))
    assert past.number == 2
    still = reviews.get_review(db, under_way.id)
    assert not still.completed
    assert sorted((line.url, line.employee_id) for line in still.lines) == [
        (FB, "E200"),
        (X, "E200"),
    ]
    history = reviews.review_history(db, "Parks")
    assert [r.number for r in history] == [1, 2]  # the one under way first, then by date
    assert review_due(db) == on + timedelta(days=180)
    assert [e.action for e in audit.list_events(db)[:2]] == ["review.lines", "review.past"]


def test_the_command_lines_pairs_enter_a_past_review(db, parks_accounts) -> None:  # type: ignore[no-untyped-def]
    on = date(2026, 3, 2)
    done = reviews.record_by_pairs(db, "Parks", "E100", on, [f"{FB}:E200"], [f"{X}:E200"])
    assert done.completed_on == on
    [removed] = [line for line in done.lines if line.decision == "remove"]
    assert removed.removed_at == midnight(on)
    # A review signed today, with none under way, is started and recorded now, as before.
    today = reviews.record_by_pairs(
        db, "Parks", "E100", NOW.date(), [f"{FB}:E200", f"{X}:E300"], []
    )
    assert today.started_at == NOW and today.number == 2
