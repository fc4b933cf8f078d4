"""Time never runs backwards for a register, and the actor is the system's account: a clock
set back (the machine's, or CLERKDESK_NOW) lifts no hold and dates no event before the one it
follows; events written while CLERKDESK_NOW sets the clock say so; `USER=mayor` is no one."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.integrity import audit, maintenance
from clerkdesk.services.kernel.database import Database, os_user
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput
from clerkdesk.services.requests.writes import RequestInput, save_request

URL = "https://facebook.com/stoughtonparks"
TODAY = date(2026, 11, 20)


def test_a_clock_set_back_a_month_does_not_lift_a_hold(db, clock) -> None:  # type: ignore[no-untyped-def]
    create_department(db, DepartmentInput("Parks"))
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    save_request(db, None, RequestInput("R-1", TODAY, "Posts of 2025", accounts=(URL,)))
    clock.now = clock.now - timedelta(days=31)  # before the request was received
    assert db.clock() >= datetime(2026, 11, 20, tzinfo=UTC) - timedelta(days=1)
    with pytest.raises(ClerkDeskError, match="request R-1 is open"):
        accounts.discontinue_account(db, view.id, TODAY - timedelta(days=31), "gone")
    # And the events written meanwhile are dated no earlier than the ones before them.
    create_department(db, DepartmentInput("Library"))
    events = audit.list_events(db)
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
    assert maintenance.check(db) == []


def test_an_event_dated_before_the_one_it_follows_is_reported(db) -> None:  # type: ignore[no-untyped-def]
    create_department(db, DepartmentInput("Parks"))
    create_department(db, DepartmentInput("Library"))
    last = audit.list_events(db)[0]
    # An event dated back by hand: `check` says so (besides that it was altered).
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET at = :at WHERE seq = :seq"),
            {"at": datetime(2019, 1, 1, tzinfo=UTC), "seq": last.seq},
        )
    problems = maintenance.check(db)
    assert (
        f"audit log: event {last.seq} is dated 2019-01-01 00:00:00 UTC, before the event it follows"
    ) in "\n".join(problems)


def test_events_written_while_clerkdesk_now_sets_the_clock_say_so(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.city.writes import init_city

    monkeypatch.setenv("CLERKDESK_NOW", "2026-11-20T09:00-06:00")
    db = Database.open(paths, create=True)
    try:
        init_city(db, "Stoughton", "stoughton", date(2019, 6, 25))
        [event] = audit.list_events(db)
        assert json.loads(event.details)["clock_set"] == "CLERKDESK_NOW=2026-11-20T09:00-06:00"
        report = maintenance.check_report(db)
        assert report.problems == []
        assert any(
            "1 event(s) were written while CLERKDESK_NOW set the clock" in n for n in report.notes
        )
    finally:
        db.close()
    monkeypatch.delenv("CLERKDESK_NOW")
    db = Database.open(paths)
    try:
        create_department(db, DepartmentInput("Parks"))
        assert "clock_set" not in json.loads(audit.list_events(db)[0].details)
    finally:
        db.close()


@pytest.mark.skipif(os.name == "nt", reason="the POSIX account table")
def test_the_actor_is_the_system_account_not_an_environment_variable(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pwd

    for name in ("USER", "LOGNAME", "USERNAME", "LNAME"):
        monkeypatch.setenv(name, "mayor")
    assert os_user() == pwd.getpwuid(os.getuid()).pw_name != "mayor"
