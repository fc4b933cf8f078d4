"""Credential-store backends for tests only. The program itself never stores a secret outside
the operating system's credential store."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A per-test credential store in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        # The accounts' secrets, which tests look at; the audit log's key apart in `keys`.
        self.items: dict[tuple[str, str], str] = {}
        self.keys: dict[tuple[str, str], str] = {}

    def _of(self, username: str) -> dict[tuple[str, str], str]:
        return self.keys if username.startswith("audit-log/") else self.items

    def get_password(self, service: str, username: str) -> str | None:
        return self._of(username).get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._of(username)[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._of(username).pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A store the user declined to unlock."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")


class FileKeyring(KeyringBackend):
    """A store shared by the processes of one CLI test (PYTHON_KEYRING_BACKEND points here and
    CLERKDESK_TEST_KEYRING_FILE names the file, inside the test's temporary folder)."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["CLERKDESK_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x1f{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}\x1f{username}"] = password
        self._save(items)

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        if items.pop(f"{service}\x1f{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._save(items)

    def _save(self, items: dict[str, str]) -> None:
        # Whole or not at all, as a real store is: a process killed mid-write leaves the old.
        # A name of this process's own: two processes may save at once.
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(items))
        partial.replace(self.path)
