"""The two kinds of error: ones the user can act on, and bugs.

A `ClerkDeskError` carries a plain message for the user. Anything else that escapes is a bug.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class ClerkDeskError(Exception):
    """Something the user can act on; its message is shown as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ClerkDeskError):
    """A form's input is wrong; `fields` maps each field name to what is wrong with it."""

    def __init__(self, fields: Mapping[str, str]) -> None:
        self.fields = dict(fields)
        text = "; ".join(f"{name}: {msg}" for name, msg in self.fields.items())
        super().__init__(text or "invalid input")


class NotFoundError(ClerkDeskError):
    """The record asked for does not exist (or no longer does)."""


class DatabaseBusyError(ClerkDeskError):
    """Another window or command holds the database's write lock."""


class SchemaError(ClerkDeskError):
    """The database's schema is not one this program can use (e.g. written by a newer one)."""


class ImportProblems(ClerkDeskError):
    """A CSV file has problems; none of it was imported.

    Each problem reads `FILE:LINE: column: message`.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))
