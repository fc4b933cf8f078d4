"""The only code that touches `keyring`.

Windows Credential Manager on the clerk's workstation, Secret Service on Linux, Keychain on
macOS. When none is usable ClerkDesk says so and refuses to store: there is no fallback to a
file, and plain-text keyrings are refused even when one is installed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import ClerkDeskError

# Windows keeps at most 2,560 bytes in one credential (as UTF-16).
WINDOWS_LIMIT_BYTES = 2560

_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class VaultUnavailableError(ClerkDeskError):
    """No usable credential store on this computer (or it refused to open)."""


@dataclass(frozen=True)
class VaultStatus:
    available: bool
    backend: str
    reason: str

    def describe(self) -> str:
        if self.available:
            return f"available ({self.backend})"
        return f"not available: {self.reason}"


def _keyring():  # type: ignore[no-untyped-def]
    import keyring

    return keyring


def _backends(backend: object) -> list[object]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner is not None else [backend]


def _name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _refused(backend: object) -> bool:
    return _name(backend).startswith(_REFUSED_MODULES) or "plaintext" in _name(backend).lower()


class Vault:
    """Secrets of one ClerkDesk database, under the service name `ClerkDesk/<vault id>` so that
    two databases on one workstation never read each other's entries."""

    def __init__(self, vault_id: str) -> None:
        self.service = f"ClerkDesk/{vault_id}"

    def status(self) -> VaultStatus:
        keyring = _keyring()
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001  (a broken backend is a status, not a crash)
            return VaultStatus(False, "none", f"the credential store failed to load ({exc})")
        usable = [b for b in _backends(backend) if not _refused(b)]
        if not usable:
            return VaultStatus(
                False,
                _name(backend),
                "no credential store is available on this computer (ClerkDesk keeps passwords "
                "only in the operating system's credential store, never in a file)",
            )
        try:
            keyring.get_password(self.service, "clerkdesk-probe")
        except Exception as exc:  # noqa: BLE001
            return VaultStatus(False, _name(usable[0]), _plain(exc))
        return VaultStatus(True, _name(usable[0]), "")

    def _require(self) -> None:
        status = self.status()
        if not status.available:
            raise VaultUnavailableError(f"The credential store is {status.describe()}.")

    def get(self, key: str) -> str | None:
        self._require()
        try:
            value: str | None = _keyring().get_password(self.service, key)
        except Exception as exc:
            raise VaultUnavailableError(_plain(exc)) from exc
        return value

    def set(self, key: str, secret: str) -> None:
        check_size(secret)
        self._require()
        try:
            _keyring().set_password(self.service, key, secret)
        except Exception as exc:
            raise VaultUnavailableError(_plain(exc)) from exc

    def delete(self, key: str) -> None:
        self._require()
        keyring = _keyring()
        try:
            if keyring.get_password(self.service, key) is not None:
                keyring.delete_password(self.service, key)
        except Exception as exc:
            raise VaultUnavailableError(_plain(exc)) from exc


def check_size(secret: str) -> None:
    size = len(secret.encode("utf-16-le"))
    if size > WINDOWS_LIMIT_BYTES:
        raise ClerkDeskError(
            f"this secret takes {size:,} bytes; Windows Credential Manager keeps at most "
            f"{WINDOWS_LIMIT_BYTES:,} bytes ({WINDOWS_LIMIT_BYTES // 2:,} characters) in one "
            "credential. Keep fewer recovery codes, or store the rest on paper in the safe."
        )


def _plain(exc: Exception) -> str:
    from keyring.errors import KeyringLocked

    if isinstance(exc, KeyringLocked) or "locked" in str(exc).lower():
        return "the credential store is locked; unlock it and try again (nothing was recorded)"
    if "dismissed" in str(exc).lower() or "denied" in str(exc).lower():
        return "the credential store was not unlocked (nothing was recorded)"
    return f"the credential store could not be used: {exc} (nothing was recorded)"
