"""What the self-test's checks share: how a check says it failed, and the words of a line."""

from __future__ import annotations

OK, FAIL, INFO = "ok", "FAIL", "info"


class CheckFailed(Exception):
    """A check found the installation lacking; the message says what."""


def describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")
