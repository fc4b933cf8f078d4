"""Handing the office's credentials to a deputy or successor (Wausau: on separation).

The credential store belongs to one user on one computer, so ClerkDesk can write every
credential into one file encrypted with a passphrase (scrypt, then AES-256-GCM), and read such a
file into another user's store. Both are in the audit log; the file is the only place the
secrets leave the store, and only encrypted.
"""

from __future__ import annotations

import base64
import json
import os
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError, ValidationError
from ...core.words import counted
from ...store.models.accounts import Account
from ...store.models.credentials import Credential
from ..integrity.anchor import AUDIT_KEY
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..requests.holds import hold_refusal, holds_by_account
from .intents import announced
from .replay import credentials_block, said_of
from .writes import password_key, recovery_key, restoring, vault_of

FORMAT = "clerkdesk-credential-handover"
VERSION = 1
MIN_PASSPHRASE = 12
SCRYPT = {"n": 2**15, "r": 8, "p": 1}


@dataclass(frozen=True)
class HandoverReport:
    written: int
    skipped: tuple[str, ...] = ()
    # What accounts on hold kept that the file would have removed, naming the request.
    kept: tuple[str, ...] = ()


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            {"passphrase": f"use at least {MIN_PASSPHRASE} characters; a few words work well"}
        )


def export_handover(db: Database, path: Path, passphrase: str) -> HandoverReport:
    """Write every credential on file to `path`, encrypted with `passphrase`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    _check_passphrase(passphrase)
    with db.reading() as session:
        city = city_row(session)
        vault = vault_of(city)
        rows = session.execute(
            select(Account.id, Account.url, Credential)
            .join(Credential, Credential.account_id == Account.id)
            .where(Credential.password_on_file.is_(True))
            .order_by(Account.url)
        ).all()
        city_name = city.name
    entries = []
    for account_id, url, cred in rows:
        entries.append(
            {
                "url": url,
                "username": cred.username,
                "mfa_enabled": cred.mfa_enabled,
                "mfa_method": cred.mfa_method,
                "password": vault.get(password_key(account_id)),
                "recovery_codes": vault.get(recovery_key(account_id)),
            }
        )
    missing = [e["url"] for e in entries if e["password"] is None]
    if missing:
        raise ClerkDeskError(
            f"{counted(len(missing), 'password')} recorded as on file "
            f"{'is' if len(missing) == 1 else 'are'} not in this computer's "
            f"credential store (first: {missing[0]}); nothing was written"
        )
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "city": city_name,
        "kdf": {"name": "scrypt", "salt": _b64(salt), **SCRYPT},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
    }
    aad = json.dumps(header, sort_keys=True).encode()
    # The audit log's key goes along, so that the successor's `check` can vouch for the log.
    audit_key = vault.get(AUDIT_KEY)
    plain = json.dumps(
        {"accounts": entries, **({"audit_key": audit_key} if audit_key else {})}
    ).encode("utf-8")
    sealed = AESGCM(_key(passphrase, salt, **SCRYPT)).encrypt(nonce, plain, aad)
    path = Path(path)
    document = json.dumps({**header, "ciphertext": _b64(sealed)}, indent=1)
    write_recorded(
        db,
        path,
        lambda partial: partial.write_text(document, encoding="utf-8"),
        Change(
            "credential.handover-export",
            "database",
            str(path),
            f"Exported {counted(len(entries), 'credential')} for handover to {path}",
            {"accounts": [e["url"] for e in entries]},
        ),
    )
    return HandoverReport(len(entries))


# What a handover file may ask of scrypt: a file is read before it is trusted, and a cost
# beyond these would take the computer's memory or hours (the file's own is SCRYPT).
SCRYPT_LIMITS = {"n": (2**10, 2**20), "r": (1, 32), "p": (1, 16)}
SCRYPT_MEMORY = 256 * 2**20  # bytes: scrypt needs 128 * n * r * p of them
MAX_FILE = 64 * 2**20


def _check_kdf(kdf: dict[str, Any]) -> None:
    """A handover file's key derivation as ClerkDesk writes it, within bounds, or ValueError."""
    if kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    for name, (low, high) in SCRYPT_LIMITS.items():
        value = kdf.get(name)
        if type(value) is not int or not low <= value <= high:
            raise ValueError(f"scrypt {name} out of bounds")
    if kdf["n"] & (kdf["n"] - 1) or 128 * kdf["n"] * kdf["r"] * kdf["p"] > SCRYPT_MEMORY:
        raise ValueError("scrypt cost out of bounds")


def read_handover(path: Path, passphrase: str) -> list[dict[str, Any]]:
    """The entries of a handover file, or a plain error (wrong passphrase, damaged file)."""
    return list(_read(path, passphrase)["accounts"])


def _read(path: Path, passphrase: str) -> dict[str, Any]:
    """A handover file's content: its entries, and the audit log's key when it has one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        if Path(path).stat().st_size > MAX_FILE:
            raise ValueError("too large for a handover file")
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        sealed = _unb64(document.pop("ciphertext"))
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise ValueError("not a handover file")
        kdf = document["kdf"]
        _check_kdf(kdf)
        key = _key(passphrase, _unb64(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
        aad = json.dumps(document, sort_keys=True).encode()
        plain = AESGCM(key).decrypt(_unb64(document["nonce"]), sealed, aad)
        content = json.loads(plain)
        if not isinstance(content, dict) or not isinstance(content["accounts"], list):
            raise ValueError("not a handover file")
    except FileNotFoundError as exc:
        raise ClerkDeskError(f"no file {path}") from exc
    except OSError as exc:
        raise ClerkDeskError(f"could not read {path}: {exc.strerror or exc}") from exc
    except InvalidTag as exc:
        raise ClerkDeskError("the passphrase is wrong, or the file was changed") from exc
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ClerkDeskError(f"{Path(path).name} is not a ClerkDesk handover file") from exc
    return content


def import_handover(db: Database, path: Path, passphrase: str) -> HandoverReport:
    """Put the credentials of a handover file into this user's credential store, for the
    accounts of the register; all of them or, on any failure, none.

    An account whose records a public-records request holds (R17) loses nothing: what the
    file brings is put in, and what the file lacks (e.g. the recovery codes an older file
    predates) stays as it is, and the report says so, naming the request."""
    content = _read(path, passphrase)
    entries = list(content["accounts"])
    with db.reading() as session:
        city = city_row(session)
        vault = vault_of(city)
        profile = profile_of(city)
        ids = {url: id_ for url, id_ in session.execute(select(Account.url, Account.id))}
    if isinstance(content.get("audit_key"), str) and vault.get(AUDIT_KEY) is None:
        vault.set(AUDIT_KEY, content["audit_key"])
    known = [e for e in entries if e["url"] in ids]
    skipped = tuple(e["url"] for e in entries if e["url"] not in ids)
    kept: list[str] = []
    left: dict[str, dict[str, object]] = {}  # each credential as the import leaves it
    with ExitStack() as stack:
        done = stack.enter_context(announced(db, [e["url"] for e in known], "handover"))
        with db.writing() as session:
            today = city_today(db, profile)
            held = holds_by_account(session, today, [ids[e["url"]] for e in known])
            for entry in known:
                account_id = ids[entry["url"]]
                cred = session.get(Credential, account_id) or Credential(account_id=account_id)
                password, codes = entry.get("password"), entry.get("recovery_codes") or None
                username, mfa = entry.get("username"), bool(entry.get("mfa_enabled"))
                method = entry.get("mfa_method")
                if account_id in held:
                    account = session.get_one(Account, account_id)
                    kept += _kept(session, account, today, cred, password, codes)
                    username = username or cred.username
                    if not mfa and cred.mfa_enabled:
                        mfa, method = True, cred.mfa_method
                # The store is touched inside the transaction, and put back if it does not
                # commit.
                if password is not None or account_id not in held:
                    stack.enter_context(restoring(vault, password_key(account_id), password))
                if codes is not None or account_id not in held:
                    stack.enter_context(restoring(vault, recovery_key(account_id), codes))
                cred.username, cred.mfa_enabled, cred.mfa_method = username, mfa, method
                cred.password_on_file = password is not None or (
                    account_id in held and bool(cred.password_on_file)
                )
                cred.recovery_codes_on_file = codes is not None or (
                    account_id in held and bool(cred.recovery_codes_on_file)
                )
                cred.updated_at = db.clock()
                session.add(cred)
                left[entry["url"]] = said_of(cred)
            done(session)
            details: dict[str, object] = {
                "accounts": [e["url"] for e in known],
                "skipped": list(skipped),
                **credentials_block(left),
            }
            if kept:
                details["kept"] = kept
            record(
                session,
                db,
                Change(
                    "credential.handover-import",
                    "database",
                    str(path),
                    f"Imported {counted(len(known), 'credential')} from the handover file "
                    f"{Path(path).name}",
                    details,
                ),
            )
    return HandoverReport(len(known), skipped, tuple(kept))


def _kept(
    session: Session,
    account: Account,
    today: date,
    cred: Credential,
    password: str | None,
    codes: str | None,
) -> list[str]:
    """What an account on hold keeps that the file would have removed, each in the hold's
    own words."""
    kept = []
    if password is None and cred.password_on_file:
        refusal = hold_refusal(session, account, today, "Removing the password of")
        kept.append(f"{refusal}; the one on file was kept")
    if codes is None and cred.recovery_codes_on_file:
        refusal = hold_refusal(session, account, today, "Removing the recovery codes of")
        kept.append(f"{refusal}; the ones on file were kept")
    return kept


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
