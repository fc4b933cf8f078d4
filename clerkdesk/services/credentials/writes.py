"""Account credentials (R8, R9, R11): the password and recovery codes go to the operating
system's credential store; the database keeps only that they are on file, the username, MFA,
and when the password changed and was recorded.

A write is all or nothing across both stores: the secret is put in the credential store inside
the database transaction, and put back as it was if the transaction does not commit. A process
killed between the two leaves its announcement (services.credentials.intents), which is reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError, NotFoundError, ValidationError
from ...core.passwords import describe_problems, load_common, nist_advice, rule_problems
from ...core.validation import email_domain, is_personal_email, text_problem
from ...resources import resource_dir
from ...store.models.accounts import Account
from ...store.models.city import City
from ...store.models.credentials import Credential, PasswordChange
from ...vault.store import Vault, VaultStatus, check_size
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, clean, profile_of
from ..kernel.database import Database
from ..requests.holds import refuse_if_held
from .intents import announced
from .password_replay import password_changes_block
from .passwords import PasswordChangeView, password_change_view
from .replay import credentials_block, said_of


@dataclass(frozen=True)
class CredentialInput:
    username: str | None = None
    password: str | None = None  # None keeps the one on file
    changed_at: datetime | None = None  # when it changed on the platform; default now
    mfa_enabled: bool = False
    mfa_method: str | None = None
    recovery_codes: str | None = None  # None keeps them; "" removes them
    note: str | None = None
    accept_weak: bool = False  # record a password the platform has though it breaks the rule

    def __repr__(self) -> str:  # never show a secret, even in a traceback
        return f"CredentialInput(username={self.username!r}, password=<hidden>)"


@dataclass(frozen=True, slots=True)
class CredentialView:
    account_id: int
    url: str
    username: str | None
    mfa_enabled: bool
    mfa_method: str | None
    password_on_file: bool
    recovery_codes_on_file: bool
    changes: tuple[PasswordChangeView, ...]

    @property
    def last_change(self) -> PasswordChangeView | None:
        return self.changes[0] if self.changes else None


def password_key(account_id: int) -> str:
    return f"account-{account_id}/password"


def recovery_key(account_id: int) -> str:
    return f"account-{account_id}/recovery-codes"


def vault_of(city: City) -> Vault:
    if not city.vault_id:
        raise ClerkDeskError("this database has no credential store identity; run a migration")
    return Vault(city.vault_id)


def vault_status(db: Database) -> VaultStatus:
    with db.reading() as session:
        return vault_of(city_row(session)).status()


@cache
def common_passwords() -> frozenset[str]:
    return load_common((resource_dir() / "passwords" / "common.txt").read_text("utf-8"))


def strength(db: Database, password: str, mfa: bool) -> tuple[list[str], list[str]]:
    """What the password lacks under the city's rule, and NIST-style advice."""
    with db.reading() as session:
        profile = profile_of(city_row(session))
    return rule_problems(password, profile), nist_advice(password, common_passwords(), mfa)


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError("that account is no longer in the register")
    return account


@contextmanager
def restoring(vault: Vault, key: str, new: str | None) -> Iterator[None]:
    """Put `new` (None: remove) in the vault; put the old value back if the block fails."""
    old = vault.get(key)
    if new is None:
        vault.delete(key)
    else:
        vault.set(key, new)
    try:
        yield
    except BaseException:
        if old is None:
            vault.delete(key)
        else:
            vault.set(key, old)
        raise


def set_credential(db: Database, account_id: int, data: CredentialInput) -> CredentialView:
    """Record an account's login: username, MFA, and (when given) a new password and recovery
    codes, which go to the credential store."""
    problems: dict[str, str] = {}
    now = db.clock()
    changed_at = data.changed_at or now
    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        domain = city.email_domain
        url = _account(session, account_id).url
    if data.password is not None:
        if not data.password:
            problems["password"] = "type the password, or leave it as it is"
        elif data.password != data.password.strip():
            problems["password"] = "begins or ends with a space; check what was typed"
        elif (missing := rule_problems(data.password, profile)) and not data.accept_weak:
            problems["password"] = describe_problems(missing)
        else:
            try:
                check_size(data.password)
            except ClerkDeskError as exc:
                problems["password"] = exc.message
        if changed_at.tzinfo is None:
            raise ValueError("changed_at must be aware")
        if changed_at > now:
            problems["changed_at"] = "cannot be in the future"
    if data.recovery_codes:
        try:
            check_size(data.recovery_codes)
        except ClerkDeskError as exc:
            problems["recovery_codes"] = exc.message
    username = clean(data.username)
    for name, given in (("username", data.username), ("mfa_method", data.mfa_method)):
        if given and (bad := text_problem(name, given)):
            problems[name] = bad
    if username and "@" in username and profile.applies("R12"):
        if is_personal_email(username):
            problems["username"] = "must be a city address, not a personal one (R12)"
        elif domain and email_domain(username) != domain.lower():
            problems["username"] = f"must be an address at {domain} (R12)"
    if data.mfa_enabled and not clean(data.mfa_method):
        problems["mfa_method"] = "say which method (e.g. authenticator app)"
    if problems:
        raise ValidationError(problems)

    vault = vault_of(city)
    touches_store = data.password is not None or data.recovery_codes is not None
    with (
        announced(db, [url] if touches_store else [], "password") as done,
        ExitStack() as store,
        db.writing() as session,
    ):
        account = _account(session, account_id)
        existing = session.get(Credential, account_id)
        was = said_of(existing) if existing is not None else None
        cred = existing or Credential(account_id=account_id)
        if data.recovery_codes == "" and cred.recovery_codes_on_file:
            # Recovery codes are records of the account; a request holding them keeps them.
            # A new password or new codes replace what is there and are allowed.
            refuse_if_held(
                session,
                account,
                city_today(db, profile),
                "Removing the recovery codes of",
            )
        # The store is touched once the transaction may go on, and put back if it does not
        # commit.
        store.enter_context(_restoring_all(vault, account_id, data))
        done(session)
        before = (cred.username, cred.mfa_enabled, cred.mfa_method)
        cred.username, cred.mfa_enabled = username, data.mfa_enabled
        cred.mfa_method = clean(data.mfa_method) if data.mfa_enabled else None
        cred.updated_at = now
        if data.password is not None:
            cred.password_on_file = True
        if data.recovery_codes is not None:
            cred.recovery_codes_on_file = bool(data.recovery_codes)
        cred.password_on_file = bool(cred.password_on_file)
        cred.recovery_codes_on_file = bool(cred.recovery_codes_on_file)
        session.add(cred)
        details: dict[str, object] = {}
        if before != (cred.username, cred.mfa_enabled, cred.mfa_method):
            details.update(username=cred.username, mfa=cred.mfa_enabled, method=cred.mfa_method)
        if data.recovery_codes is not None:
            details["recovery_codes"] = "stored" if data.recovery_codes else "removed"
        if data.password is not None:
            meets = not rule_problems(data.password, profile)
            change = PasswordChange(
                account_id=account_id,
                changed_at=changed_at,
                recorded_at=now,
                recorded_by=db.actor,
                note=clean(data.note),
                meets_rule=meets,
            )
            session.add(change)
            details.update(changed_at=changed_at, meets_rule=meets)
            details |= credentials_block({account.url: said_of(cred)})
            details |= password_changes_block(account.url, change)
            late = now - changed_at > timedelta(hours=profile.credential_record_hours)
            summary = (
                f"Recorded a new password for {account.url}"
                + (" (recorded late)" if late else "")
                + ("" if meets else " (does not meet the city's rule)")
            )
            record(
                session, db, Change("credential.password", "account", account.url, summary, details)
            )
        elif details or was != said_of(cred):
            details |= credentials_block({account.url: said_of(cred)})
            record(
                session,
                db,
                Change(
                    "credential.update",
                    "account",
                    account.url,
                    f"Changed the login details of {account.url}",
                    details,
                ),
            )
        session.flush()
    return credential_view(db, account_id)


@contextmanager
def _restoring_all(vault: Vault, account_id: int, data: CredentialInput) -> Iterator[None]:
    if data.password is None and data.recovery_codes is None:
        yield
        return
    if data.password is not None and data.recovery_codes is not None:
        with (
            restoring(vault, password_key(account_id), data.password),
            restoring(vault, recovery_key(account_id), data.recovery_codes or None),
        ):
            yield
    elif data.password is not None:
        with restoring(vault, password_key(account_id), data.password):
            yield
    else:
        with restoring(vault, recovery_key(account_id), data.recovery_codes or None):
            yield


def reveal(db: Database, account_id: int, what: str = "password", purpose: str = "reveal") -> str:
    """The password (or recovery codes) from the credential store; written to the audit log
    with who and why ("reveal", "copy"), before the secret is handed out."""
    if what not in ("password", "recovery-codes") or purpose not in ("reveal", "copy"):
        raise ValueError("unknown secret or purpose")
    with db.reading() as session:
        vault = vault_of(city_row(session))
        url = _account(session, account_id).url
    # The store may ask the user to unlock it: no database lock is held meanwhile.
    key = password_key(account_id) if what == "password" else recovery_key(account_id)
    secret = vault.get(key)
    if secret is None:
        raise ClerkDeskError(f"no {what.replace('-', ' ')} of {url} is on file")
    with db.writing() as session:
        record(
            session,
            db,
            Change(
                f"credential.{purpose}",
                "account",
                url,
                f"{'Revealed' if purpose == 'reveal' else 'Copied'} the "
                f"{what.replace('-', ' ')} of {url}",
                {},
            ),
        )
    return secret


def delete_credential(db: Database, account_id: int) -> CredentialView:
    """Remove an account's secrets from the credential store (e.g. when it is discontinued).

    A request holding the account's records keeps its credential too (R17): the hold is asked
    in the transaction that records the removal, before the store is touched, so a request
    recorded meanwhile cannot be missed."""
    with db.reading() as session:
        city = city_row(session)
        vault = vault_of(city)
        profile = profile_of(city)
        url = _account(session, account_id).url
    with (
        announced(db, [url], "removal") as done,
        ExitStack() as store,
        db.writing() as session,
    ):
        account = _account(session, account_id)
        refuse_if_held(session, account, city_today(db, profile), "Deleting the credential of")
        store.enter_context(restoring(vault, password_key(account_id), None))
        store.enter_context(restoring(vault, recovery_key(account_id), None))
        done(session)
        cred = session.get(Credential, account_id)
        details: dict[str, object] = {}
        if cred is not None:
            cred.password_on_file = cred.recovery_codes_on_file = False
            cred.updated_at = db.clock()
            details = credentials_block({account.url: said_of(cred)})
        record(
            session,
            db,
            Change(
                "credential.delete",
                "account",
                account.url,
                f"Removed the credential of {account.url} from the store",
                details,
            ),
        )
    return credential_view(db, account_id)


def credential_view(db: Database, account_id: int) -> CredentialView:
    with db.reading() as session:
        profile = profile_of(city_row(session))
        account = _account(session, account_id)
        cred = session.get(Credential, account_id)
        rows = session.execute(
            select(PasswordChange)
            .where(PasswordChange.account_id == account_id)
            .order_by(PasswordChange.changed_at.desc())
        ).scalars()
        changes = tuple(password_change_view(c, profile) for c in rows)
        return CredentialView(
            account_id=account.id,
            url=account.url,
            username=cred.username if cred else None,
            mfa_enabled=bool(cred and cred.mfa_enabled),
            mfa_method=cred.mfa_method if cred else None,
            password_on_file=bool(cred and cred.password_on_file),
            recovery_codes_on_file=bool(cred and cred.recovery_codes_on_file),
            changes=changes,
        )
