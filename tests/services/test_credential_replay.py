"""`check` replays what the credentials register knows of each login (never a secret): the
username, MFA and its method, and whether a password and recovery codes are on file, changed in
the table without an event, are each reported in words, on SQLite and PostgreSQL; storing,
changing, removing, a handover file's import and an account's new web address leave it clean;
credentials written before the events named them are noted."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import handover
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.credentials.writes import CredentialInput
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import Change, record
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput
from clerkdesk.store.models.credentials import Credential

URL = "https://facebook.com/parks"
SECRET = "Maple-Falls#2026-parks"
CODES = "1111-2222 3333-4444"
USER = "parks@ci.stoughton.wi.us"


@pytest.fixture
def stored(db, parks, memory_keyring):  # type: ignore[no-untyped-def]
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    accounts.approve_account(
        db, view.id, ApprovalInput("mayor", "Mayor", date(2026, 11, 2), None, True, "daily", True)
    )
    credentials.set_credential(
        db,
        view.id,
        CredentialInput(USER, SECRET, None, True, "authenticator app", CODES),
    )
    assert maintenance.check(db) == []
    return db


def _log(db) -> str:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return "\n".join(session.execute(text("SELECT details FROM audit_event")).scalars())


CHANGED = [
    ("username = 'someone@gmail.com'", f"username is someone@gmail.com in the table, {USER}"),
    ("mfa_enabled = :no", "mfa_enabled is False in the table, True"),
    ("mfa_method = NULL", "mfa_method is empty in the table, authenticator app"),
    ("password_on_file = :no", "password_on_file is False in the table, True"),
    ("recovery_codes_on_file = :no", "recovery_codes_on_file is False in the table, True"),
]


@pytest.mark.parametrize(("change", "said"), CHANGED, ids=[c[0].split()[0] for c in CHANGED])
def test_a_credential_changed_without_an_event_is_reported(stored, change, said) -> None:  # type: ignore[no-untyped-def]
    with stored.engine.begin() as conn:
        conn.execute(text(f"UPDATE credential SET {change}"), {"no": False})
    assert maintenance.check(stored) == [f"credential {URL}: {said} in the audit log"]


def test_a_credential_added_by_hand_is_reported(stored) -> None:  # type: ignore[no-untyped-def]
    other = accounts.create_account(stored, AccountInput("https://x.com/parks", "x", "Parks"))
    with stored.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO credential (account_id, username, mfa_enabled, password_on_file, "
                "recovery_codes_on_file, updated_at) VALUES (:a, 'x', :no, :yes, :no, "
                "'2026-11-20 21:00:00')"
            ),
            {"a": other.id, "no": False, "yes": True},
        )
    assert maintenance.check(stored) == [
        "credential https://x.com/parks: in the table with no event in the audit log"
    ]


def test_every_write_of_a_credential_leaves_it_clean_and_no_secret_in_the_log(  # type: ignore[no-untyped-def]
    stored, tmp_path, memory_keyring
) -> None:
    account_id = accounts.list_accounts(stored)[0].id
    file = tmp_path / "handover.clerkdesk"
    handover.export_handover(stored, file, "correct horse battery")
    credentials.set_credential(stored, account_id, CredentialInput(USER, recovery_codes=""))
    assert maintenance.check(stored) == []
    credentials.delete_credential(stored, account_id)
    assert maintenance.check(stored) == []
    memory_keyring.items.clear()
    handover.import_handover(stored, file, "correct horse battery")
    assert maintenance.check(stored) == []
    new = "https://facebook.com/cityparks"
    accounts.update_account(
        stored, account_id, AccountInput(new, "facebook", "Parks", status="approved")
    )
    assert maintenance.check(stored) == []
    log = _log(stored)
    assert SECRET not in log and "1111-2222" not in log
    # What the import left is what the log holds it to.
    with stored.engine.begin() as conn:
        conn.execute(text("UPDATE credential SET recovery_codes_on_file = :no"), {"no": False})
    assert maintenance.check(stored) == [
        f"credential {new}: recovery_codes_on_file is False in the table, True in the audit log"
    ]


def test_an_empty_credential_is_recorded_when_it_is_made(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    credentials.set_credential(db, view.id, CredentialInput())
    with db.reading() as session:
        assert session.get(Credential, view.id) is not None
    assert maintenance.check(db) == []


def test_a_credential_written_before_its_events_named_it_is_noted(db, parks) -> None:  # type: ignore[no-untyped-def]
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    with db.writing() as session:
        session.add(
            Credential(
                account_id=view.id,
                username=USER,
                mfa_enabled=False,
                password_on_file=True,
                recovery_codes_on_file=False,
                updated_at=datetime(2026, 11, 20, 21, tzinfo=UTC),
            )
        )
        record(
            session,
            db,
            Change(
                "credential.password",
                "account",
                URL,
                f"Recorded a new password for {URL}",
                {"username": USER, "mfa": False, "method": None},
            ),
        )
    report = maintenance.check_report(db)
    assert report.problems == []
    assert (
        "1 credential(s) recorded before the audit log named each credential on its own: "
        "checked from their next change"
    ) in report.notes
