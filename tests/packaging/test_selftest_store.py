"""The self-test leaves nothing in the credential store, and exercises what the installed
program needs of it and of `cryptography`; the demonstration's audit key goes with it too."""

from __future__ import annotations

import json
from pathlib import Path

from tests.packaging.test_selftest import run_python
from tests.support.keyrings import MemoryKeyring


def store_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
        "CLERKDESK_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }


def entries(tmp_path: Path) -> dict[str, str]:
    file = tmp_path / "keyring.json"
    return json.loads(file.read_text()) if file.exists() else {}


def test_the_self_test_uses_the_credential_store_and_leaves_nothing_in_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "keyring.json").write_text(json.dumps({"Other\x1fkept": "x"}))
    result = run_python(tmp_path, "-m", "clerkdesk", "--self-test", env=store_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    credential store: wrote, read and deleted a throw-away entry" in result.stdout
    assert entries(tmp_path) == {"Other\x1fkept": "x"}


def test_the_self_test_checks_cryptography(tmp_path: Path) -> None:
    result = run_python(tmp_path, "-m", "clerkdesk", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    cryptography: scrypt and AES-256-GCM round trip" in result.stdout


BROKEN_CRYPTOGRAPHY = """
import sys
sys.modules["cryptography.hazmat.primitives.ciphers.aead"] = None  # its library unloadable
import clerkdesk.selftest as selftest
from clerkdesk.paths import resolve_paths
sys.exit(selftest.run(resolve_paths()))
"""


def test_the_self_test_fails_when_cryptography_cannot_load(tmp_path: Path) -> None:
    result = run_python(tmp_path, "-c", BROKEN_CRYPTOGRAPHY, env=store_env(tmp_path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  cryptography: " in result.stdout
    assert "self-test: FAILED (" in result.stdout and "cryptography" in result.stdout


def test_the_demonstration_leaves_nothing_in_the_credential_store(
    paths, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.demo.register import open_demonstration
    from clerkdesk.services.integrity.maintenance import check

    db = open_demonstration(paths)
    try:
        assert check(db) == []  # its audit log is anchored, under a key of its own
    finally:
        db.close()
    assert memory_keyring.keys == {} and memory_keyring.items == {}
