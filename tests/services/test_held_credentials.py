"""A public-records request holds an account's credential as it holds its other records (R17):
while it holds, the recovery codes are not cleared, the credential is not deleted and a
handover file does not take away what it lacks; once the request is granted, all three are
allowed."""

from contextlib import contextmanager
from datetime import date

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import handover
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.credentials.writes import CredentialInput
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput
from clerkdesk.services.requests.writes import RequestInput, save_request

from .helpers import dump

URL = "https://facebook.com/parks"
TODAY = date(2026, 11, 20)  # the tests' "now"
SECRET = "Maple-Falls#2026-parks"
CODES = "1111-2222\n3333-4444"
PASSPHRASE = "correct horse battery"


@pytest.fixture
def account_id(db, parks) -> int:  # type: ignore[no-untyped-def]
    view = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    accounts.approve_account(
        db, view.id, ApprovalInput("mayor", "Mayor", date(2026, 11, 2), None, True, "daily", True)
    )
    return view.id


def _store(db, account_id: int, **changes) -> None:  # type: ignore[no-untyped-def]
    data = {"username": "parks@ci.stoughton.wi.us", "password": SECRET, **changes}
    credentials.set_credential(db, account_id, CredentialInput(**data))


def _open_request(db):  # type: ignore[no-untyped-def]
    return save_request(db, None, RequestInput("2026-R-03", TODAY, "Messages", accounts=(URL,)))


def _grant(db, request) -> None:  # type: ignore[no-untyped-def]
    save_request(
        db,
        request.id,
        RequestInput("2026-R-03", TODAY, "Messages", "granted", closed_on=TODAY, accounts=(URL,)),
    )


def test_clearing_the_recovery_codes_of_an_account_on_hold_is_refused(  # type: ignore[no-untyped-def]
    db, account_id, memory_keyring
) -> None:
    _store(db, account_id, recovery_codes=CODES)
    request = _open_request(db)
    before, store = dump(db), dict(memory_keyring.items)
    with pytest.raises(
        ClerkDeskError,
        match=r"Removing the recovery codes of .* is refused: it is on hold: public-records "
        r"request 2026-R-03 is open",
    ):
        _store(db, account_id, password=None, recovery_codes="")
    assert dump(db) == before  # the refusal wrote nothing
    assert memory_keyring.items == store
    assert credentials.reveal(db, account_id, "recovery-codes") == CODES

    # A new password and new codes are not a destruction: they are recorded on hold too.
    _store(db, account_id, password="Another-Pass#2026-parks", recovery_codes="5555-6666")
    assert credentials.reveal(db, account_id, "recovery-codes") == "5555-6666"

    _grant(db, request)
    view = credentials.set_credential(
        db, account_id, CredentialInput(username="parks@ci.stoughton.wi.us", recovery_codes="")
    )
    assert not view.recovery_codes_on_file and view.password_on_file
    with pytest.raises(ClerkDeskError, match="no recovery codes"):
        credentials.reveal(db, account_id, "recovery-codes")


def test_the_credential_of_an_account_on_hold_is_not_deleted(  # type: ignore[no-untyped-def]
    db, account_id, memory_keyring
) -> None:
    _store(db, account_id, recovery_codes=CODES)
    request = _open_request(db)
    before, store = dump(db), dict(memory_keyring.items)
    with pytest.raises(
        ClerkDeskError, match=r"Deleting the credential of .* request 2026-R-03 is open"
    ):
        credentials.delete_credential(db, account_id)
    assert dump(db) == before
    assert memory_keyring.items == store

    _grant(db, request)
    view = credentials.delete_credential(db, account_id)
    assert not view.password_on_file and not view.recovery_codes_on_file
    assert memory_keyring.items == {}


def test_a_request_recorded_while_a_deletion_begins_still_holds(  # type: ignore[no-untyped-def]
    db, account_id, memory_keyring, monkeypatch
) -> None:
    """The hold is asked in the transaction that deletes: a request recorded from another
    workstation after the deletion began, and before it writes, keeps the credential."""
    _store(db, account_id, recovery_codes=CODES)
    store = dict(memory_keyring.items)
    from clerkdesk.services.credentials import writes as module

    announced = module.announced

    @contextmanager
    def meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        _open_request(db)
        with announced(*args, **kwargs) as done:
            yield done

    monkeypatch.setattr(module, "announced", meanwhile)
    with pytest.raises(ClerkDeskError, match=r"request 2026-R-03 is open"):
        credentials.delete_credential(db, account_id)
    assert memory_keyring.items == store
    assert credentials.credential_view(db, account_id).password_on_file


def test_a_failed_deletion_puts_the_secrets_back(  # type: ignore[no-untyped-def]
    db, account_id, memory_keyring, monkeypatch
) -> None:
    _store(db, account_id, recovery_codes=CODES)
    store = dict(memory_keyring.items)
    from clerkdesk.services.credentials import writes as module

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ClerkDeskError("disk full")

    monkeypatch.setattr(module, "record", broken)
    with pytest.raises(ClerkDeskError, match="disk full"):
        credentials.delete_credential(db, account_id)
    monkeypatch.undo()
    assert memory_keyring.items == store
    assert credentials.credential_view(db, account_id).recovery_codes_on_file


def test_an_older_handover_file_leaves_the_recovery_codes_of_an_account_on_hold(  # type: ignore[no-untyped-def]
    db, account_id, memory_keyring, tmp_path
) -> None:
    _store(db, account_id)
    older = tmp_path / "older.clerkdesk"
    handover.export_handover(db, older, PASSPHRASE)  # before the recovery codes were stored
    _store(db, account_id, password=None, recovery_codes=CODES)
    request = _open_request(db)

    report = handover.import_handover(db, older, PASSPHRASE)
    assert report.written == 1
    (kept,) = report.kept
    assert kept.startswith(f"Removing the recovery codes of {URL} is refused: it is on hold")
    assert "public-records request 2026-R-03 is open" in kept
    assert kept.endswith("the ones on file were kept")
    assert credentials.reveal(db, account_id, "recovery-codes") == CODES
    assert credentials.credential_view(db, account_id).recovery_codes_on_file
    assert credentials.reveal(db, account_id) == SECRET
    event = next(e for e in audit.list_events(db) if e.action == "credential.handover-import")
    assert "2026-R-03" in str(event.details)

    # Once the request is granted, the file is read as it is: it has no recovery codes.
    _grant(db, request)
    report = handover.import_handover(db, older, PASSPHRASE)
    assert report.kept == ()
    assert not credentials.credential_view(db, account_id).recovery_codes_on_file
    with pytest.raises(ClerkDeskError, match="no recovery codes"):
        credentials.reveal(db, account_id, "recovery-codes")
