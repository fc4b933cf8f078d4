"""A change to the credential store is announced before the store is touched and the note
taken away in the transaction that records it: after a write that commits, or one that fails
and puts the store back, nothing is left to report; after a write cut off between the two,
the note is reported until the account's credential is recorded again."""

from __future__ import annotations

from datetime import date

import keyring
import pytest
from sqlalchemy import func, select

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.credentials.intents import pending_said
from clerkdesk.services.credentials.writes import CredentialInput
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput
from clerkdesk.store.models.credentials import PendingChange

SECRET = "Maple-Falls#2026-parks"
URL = "https://facebook.com/parks"


@pytest.fixture
def account(db, parks):  # type: ignore[no-untyped-def]
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    return accounts.approve_account(
        db, view.id, ApprovalInput("mayor", "Mayor", date(2026, 11, 2), None, True, "daily", True)
    )


def _pending(db) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(PendingChange)).scalar_one()


def test_a_recorded_change_leaves_no_note(db, account) -> None:  # type: ignore[no-untyped-def]
    credentials.set_credential(db, account.id, CredentialInput(password=SECRET))
    credentials.delete_credential(db, account.id)
    assert _pending(db) == 0 and maintenance.check(db) == []


def test_a_change_the_store_refused_leaves_no_note(db, account) -> None:  # type: ignore[no-untyped-def]
    from tests.support.keyrings import LockedKeyring

    keyring.set_keyring(LockedKeyring())
    with pytest.raises(ClerkDeskError, match="locked"):
        credentials.set_credential(db, account.id, CredentialInput(password=SECRET))
    assert _pending(db) == 0


def test_a_change_cut_off_is_reported_until_recorded_and_holds_no_secret(db, account) -> None:  # type: ignore[no-untyped-def]
    # Cut off as a killed process is: the note was committed; its withdrawal never ran.
    with db.writing() as session:
        session.add(
            PendingChange(account_url=URL, what="password", started_at=db.clock(), actor=db.actor)
        )
    said = pending_said(db)
    assert said == [
        f"credential store: a new password for {URL} was being stored at 2026-11-20 15:00 CST "
        f"by {db.actor} but was not recorded; was it changed on the platform? Record the "
        "password the platform has now (`clerkdesk credential set`, or Credentials… on the "
        "account's page)"
    ]
    assert said[0] in maintenance.check(db)
    with db.reading() as session:
        row = session.execute(select(PendingChange)).scalar_one()
        assert SECRET not in repr(vars(row))
    credentials.set_credential(db, account.id, CredentialInput(password=SECRET))
    assert pending_said(db) == [] and maintenance.check(db) == []
