"""`check` replays the password changes the R9 and R10 clocks read: a change added in the table
without an event (a rotation made to look done), its recording moved earlier (a late change made
to look on time), its note, who recorded it and whether it met the city's rule, each changed by
hand, are reported in words on SQLite and PostgreSQL; recording a change either way, and an
account's new web address, leave it clean; changes recorded before the events named them are
noted."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.credentials.passwords import password_changes, record_password_change
from clerkdesk.services.credentials.writes import CredentialInput
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import Change, record
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput
from clerkdesk.store.models.credentials import PasswordChange

from ..conftest import NOW

URL = "https://facebook.com/parks"
SECRET = "Maple-Falls#2026-parks"
CHANGED_AT = datetime(2026, 11, 19, 22, 30, tzinfo=UTC)  # 16:30 in Chicago
KEY = f"password change {URL} 2026-11-19 22:30:00+00:00"


@pytest.fixture
def changed(db, parks, memory_keyring):  # type: ignore[no-untyped-def]
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    accounts.approve_account(
        db, view.id, ApprovalInput("mayor", "Mayor", date(2026, 11, 2), None, True, "daily", True)
    )
    record_password_change(db, view.id, CHANGED_AT, "after Tom left")
    assert maintenance.check(db) == []
    return db


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            "recorded_at = '2026-11-19 23:00:00'",
            f"recorded_at is 2026-11-19 23:00:00+00:00 in the table, {NOW.astimezone(UTC)}",
        ),
        ("note = 'routine'", "note is routine in the table, after Tom left"),
        ("recorded_by = 'mayor'", "recorded_by is mayor in the table, "),
        ("meets_rule = :yes", "meets_rule is True in the table, empty"),
    ],
    ids=["recorded_at", "note", "recorded_by", "meets_rule"],
)
def test_a_change_altered_without_an_event_is_reported(changed, change, said) -> None:  # type: ignore[no-untyped-def]
    with changed.engine.begin() as conn:
        conn.execute(text(f"UPDATE password_change SET {change}"), {"yes": True})
    [problem] = maintenance.check(changed)
    assert problem.startswith(f"{KEY}: {said}"), problem
    assert problem.endswith(" in the audit log")


def test_a_rotation_made_to_look_done_by_hand_is_reported(changed) -> None:  # type: ignore[no-untyped-def]
    account_id = accounts.list_accounts(changed)[0].id
    with changed.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO password_change (account_id, changed_at, recorded_at, recorded_by) "
                "VALUES (:a, '2026-11-20 15:00:00', '2026-11-20 15:05:00', 'clerk')"
            ),
            {"a": account_id},
        )
    assert maintenance.check(changed) == [
        f"password change {URL} 2026-11-20 15:00:00+00:00: in the table with no event in the "
        "audit log"
    ]


def test_every_way_of_recording_a_change_leaves_it_clean(changed) -> None:  # type: ignore[no-untyped-def]
    account_id = accounts.list_accounts(changed)[0].id
    credentials.set_credential(
        changed, account_id, CredentialInput("parks@ci.stoughton.wi.us", SECRET, note="rotated")
    )
    assert len(password_changes(changed, account_id)) == 2
    assert maintenance.check(changed) == []
    new = "https://facebook.com/cityparks"
    accounts.update_account(
        changed, account_id, AccountInput(new, "facebook", "Parks", status="approved")
    )
    assert maintenance.check(changed) == []
    # The keys moved with the address: a change altered now is named by the new one.
    with changed.engine.begin() as conn:
        conn.execute(text("UPDATE password_change SET note = 'x' WHERE note = 'rotated'"))
    [problem] = maintenance.check(changed)
    assert problem.startswith(f"password change {new} ") and "note is x in the table" in problem


def test_a_change_recorded_before_its_events_named_it_is_noted(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    with db.writing() as session:
        session.add(
            PasswordChange(
                account_id=view.id,
                changed_at=CHANGED_AT,
                recorded_at=NOW,
                recorded_by="clerk",
            )
        )
        # As the event was written before it carried the block, with the moment in the
        # city's zone.
        record(
            session,
            db,
            Change(
                "password.changed",
                "account",
                URL,
                f"Recorded a password change of {URL}",
                {"changed_at": "2026-11-19 16:30:00-06:00", "note": None},
            ),
        )
    report = maintenance.check_report(db)
    assert report.problems == []
    assert (
        "1 password change(s) recorded before the audit log named each password change on its "
        "own: checked from their next change"
    ) in report.notes
    # Another row with no event at all is still reported.
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO password_change (account_id, changed_at, recorded_at, recorded_by) "
                "VALUES (:a, '2026-11-20 15:00:00', '2026-11-20 15:05:00', 'clerk')"
            ),
            {"a": view.id},
        )
    assert maintenance.check(db) == [
        f"password change {URL} 2026-11-20 15:00:00+00:00: in the table with no event in the "
        "audit log"
    ]
