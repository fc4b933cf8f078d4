from datetime import date, timedelta

import keyring
import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import handover
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.credentials.writes import CredentialInput
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput
from clerkdesk.services.obligations import due as obligations
from tests.support.keyrings import LockedKeyring, MemoryKeyring

from ..conftest import NOW
from .helpers import dump

SECRET = "Maple-Falls#2026-parks"


@pytest.fixture
def account(db, parks):  # type: ignore[no-untyped-def]
    view = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks")
    )
    return accounts.approve_account(
        db, view.id, ApprovalInput("mayor", "Mayor", date(2026, 11, 2), None, True, "daily", True)
    )


def store(db, account, **changes):  # type: ignore[no-untyped-def]
    data = {"username": "parks@ci.stoughton.wi.us", "password": SECRET, **changes}
    return credentials.set_credential(db, account.id, CredentialInput(**data))


def test_the_password_goes_to_the_store_and_never_to_the_database(
    db, account, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    view = store(db, account, mfa_enabled=True, mfa_method="authenticator app")
    assert (view.password_on_file, view.username, view.mfa_method) == (
        True,
        "parks@ci.stoughton.wi.us",
        "authenticator app",
    )
    assert SECRET in memory_keyring.items.values()
    assert SECRET not in "\n".join(dump(db))
    assert credentials.reveal(db, account.id) == SECRET
    assert [e.action for e in audit.list_events(db)[:2]] == [
        "credential.reveal",
        "credential.password",
    ]


def test_a_weak_password_is_refused_with_what_it_lacks(db, account, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        store(db, account, password="parks2026")
    assert caught.value.fields["password"] == (
        "needs at least 12 characters (it has 9); an upper-case letter; a symbol such as ! # % or &"
    )
    assert memory_keyring.items == {}
    view = store(db, account, password="parks2026", accept_weak=True)
    assert view.last_change is not None and view.last_change.meets_rule is False


@pytest.mark.parametrize("hours, late", [(23, False), (24, False), (25, True)])
def test_a_change_recorded_after_the_profile_hours_is_late(db, account, hours, late) -> None:  # type: ignore[no-untyped-def]
    view = store(db, account, changed_at=NOW - timedelta(hours=hours))
    assert view.last_change is not None and view.last_change.late is late
    findings = [o for o in obligations.due(db) if o.kind == "credential-recorded-late"]
    assert bool(findings) is late
    if late:
        assert findings[0].rule == "R9"
        assert findings[0].text == "Password change recorded 1 hours late"


def test_credential_missing_until_a_password_is_on_file(db, account) -> None:  # type: ignore[no-untyped-def]
    assert "credential-missing" in {o.kind for o in obligations.due(db)}
    store(db, account)
    assert "credential-missing" not in {o.kind for o in obligations.due(db)}


def test_future_change_and_personal_username_are_refused(db, account) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        store(db, account, changed_at=NOW + timedelta(hours=1), username="parks@gmail.com")
    assert set(caught.value.fields) == {"changed_at", "username"}


def test_recovery_codes_beyond_the_windows_limit_are_refused(db, account, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="2,560 bytes"):
        store(db, account, recovery_codes="ABCD-EFGH-IJKL\n" * 100)
    view = store(db, account, recovery_codes="ABCD-EFGH\nIJKL-MNOP")
    assert view.recovery_codes_on_file
    assert credentials.reveal(db, account.id, "recovery-codes", "copy") == "ABCD-EFGH\nIJKL-MNOP"
    assert audit.list_events(db)[0].action == "credential.copy"


def test_no_credential_store_means_no_record(db, account) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    assert not credentials.vault_status(db).available
    before = dump(db)
    with pytest.raises(ClerkDeskError, match="no credential store is available"):
        store(db, account)
    assert dump(db) == before


def test_plain_text_keyrings_are_refused(db, account) -> None:  # type: ignore[no-untyped-def]
    class PlaintextKeyring(MemoryKeyring):
        """A working store that keeps secrets in plain text: refused for its kind alone."""

    keyring.set_keyring(PlaintextKeyring())
    status = credentials.vault_status(db)
    assert not status.available
    assert "no credential store is available" in status.reason


def test_a_locked_store_gives_a_clear_message_and_nothing_is_half_recorded(db, account) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(LockedKeyring())
    before = dump(db)
    with pytest.raises(ClerkDeskError, match="locked; unlock it"):
        store(db, account)
    assert dump(db) == before


def test_a_failed_database_write_puts_the_old_password_back(
    db, account, memory_keyring, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    store(db, account)
    from clerkdesk.services.credentials import writes as module

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ClerkDeskError("disk full")

    monkeypatch.setattr(module, "record", broken)
    with pytest.raises(ClerkDeskError, match="disk full"):
        store(db, account, password="Another-Pass#2026")
    monkeypatch.undo()
    assert credentials.reveal(db, account.id) == SECRET
    assert len(credentials.credential_view(db, account.id).changes) == 1


def test_delete_removes_the_secret(db, account, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store(db, account, recovery_codes="1111-2222")
    view = credentials.delete_credential(db, account.id)
    assert not view.password_on_file and not view.recovery_codes_on_file
    assert memory_keyring.items == {}
    with pytest.raises(ClerkDeskError, match="no password"):
        credentials.reveal(db, account.id)


def test_handover_round_trip(db, account, memory_keyring, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store(db, account, recovery_codes="1111-2222")
    file = tmp_path / "handover.clerkdesk"
    with pytest.raises(ValidationError):
        handover.export_handover(db, file, "short")
    assert handover.export_handover(db, file, "correct horse battery").written == 1
    raw = file.read_bytes()
    assert SECRET.encode() not in raw and b"1111-2222" not in raw
    # The successor's store is empty until the file is read into it.
    memory_keyring.items.clear()
    with pytest.raises(ClerkDeskError, match="passphrase is wrong"):
        handover.import_handover(db, file, "wrong horse battery")
    assert memory_keyring.items == {}
    report = handover.import_handover(db, file, "correct horse battery")
    assert (report.written, report.skipped) == (1, ())
    assert credentials.reveal(db, account.id) == SECRET
    assert credentials.reveal(db, account.id, "recovery-codes") == "1111-2222"
    actions = {e.action for e in audit.list_events(db)}
    assert {"credential.handover-export", "credential.handover-import"} <= actions


def test_separation_rotation_is_cleared_by_a_new_password(db, account) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.terms import writes as assignments

    assignments.designate(db, account.id, "E100", "custodian", NOW - timedelta(days=10))
    separate(db, "E100", NOW - timedelta(hours=5))
    assert "password-rotation" in {o.kind for o in obligations.due(db)}
    store(db, account, changed_at=NOW - timedelta(hours=1))
    assert "password-rotation" not in {o.kind for o in obligations.due(db)}
