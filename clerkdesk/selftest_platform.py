"""The self-test's checks of what the installed program needs from the platform's libraries:
the holiday calendar (whose country module and names a bundle can leave behind),
`cryptography` (its compiled core, which a bundle can carry unloadable) and the credential
store (written, read and deleted, under a throw-away name of its own)."""

from __future__ import annotations

import os
import uuid

from .selftest_base import INFO, OK, CheckFailed

# Credential stores keyring falls back to when there is none; the vault refuses them too.
NO_STORE = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def check_holidays() -> str:
    """A records request received the day before Thanksgiving 2031 is answered ten work days
    later: the calendar's United States and Wisconsin holidays for that year must load."""
    from datetime import date

    from .core.records import response_due
    from .core.workdays import DaysOff

    calendar = DaysOff("US-WI")
    thanksgiving = date(2031, 11, 27)
    due = response_due(date(2031, 11, 26), 10, calendar)
    if calendar.name(thanksgiving) is None or due != date(2031, 12, 11):
        raise CheckFailed(f"a request of 2031-11-26 came out due {due} (Thanksgiving not skipped)")
    return f"a request of 2031-11-26 is due {due} ({calendar.name(thanksgiving)} skipped)"


def check_cryptography() -> str:
    """What handover files use: a key from a passphrase with scrypt, then AES-256-GCM, sealed
    and opened again (a wrong key must be refused)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(b"self-test passphrase")
    sealed = AESGCM(key).encrypt(nonce, "Nguyễn's password".encode(), b"clerkdesk")
    if AESGCM(key).decrypt(nonce, sealed, b"clerkdesk").decode() != "Nguyễn's password":
        raise CheckFailed("AES-GCM did not give back what it sealed")
    try:
        AESGCM(bytes(32)).decrypt(nonce, sealed, b"clerkdesk")
    except InvalidTag:
        pass
    else:
        raise CheckFailed("AES-GCM opened a sealed text with the wrong key")
    import cryptography

    return f"scrypt and AES-256-GCM round trip (cryptography {cryptography.__version__})"


def check_credential_store() -> tuple[str, str]:
    """Where one is available: a throw-away entry written, read back and deleted, so that
    nothing is left behind. Where none is (a build machine), a note, not a failure."""
    import keyring
    from keyring.backend import get_all_keyring

    chosen = keyring.get_keyring()
    inner = list(getattr(chosen, "backends", None) or [chosen])
    names = [f"{type(b).__module__}.{type(b).__name__}" for b in inner]
    usable = [n for n in names if not n.startswith(NO_STORE) and "plaintext" not in n.lower()]
    if not usable:
        known = sorted({type(b).__module__ for b in get_all_keyring()})
        return INFO, (
            f"not available (keyring chose {', '.join(names)}; backends found: "
            f"{', '.join(known) or 'none'})"
        )
    from .vault.store import Vault

    vault = Vault(f"self-test-{uuid.uuid4().hex}")
    secret = f"self-test {uuid.uuid4().hex} Łódź"
    try:
        vault.set("self-test/probe", secret)
        read = vault.get("self-test/probe")
    finally:
        vault.delete("self-test/probe")
    if read != secret:
        raise CheckFailed(f"the entry read back differs from the one written ({', '.join(usable)})")
    if vault.get("self-test/probe") is not None:
        raise CheckFailed(f"the throw-away entry was not deleted ({', '.join(usable)})")
    return OK, f"wrote, read and deleted a throw-away entry ({', '.join(usable)})"
