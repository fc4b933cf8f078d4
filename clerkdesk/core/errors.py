"""The two kinds of error: ones the user can act on, and bugs.

A `ClerkDeskError` carries a plain message for the user. Anything else that escapes is a bug.
Code that is called wrongly by other code (a naive datetime where an aware one is needed)
raises `ValueError` or `TypeError`: that is a bug too, not something the user can act on.
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


class InvalidValueError(ClerkDeskError):
    """A value typed or read from a file is not one the field takes (a web address with a
    space, a date that is not a date); the message says what is wrong, to be shown beside the
    field."""


class NotFoundError(ClerkDeskError):
    """The record asked for does not exist (or no longer does)."""


class ConflictError(ClerkDeskError):
    """The change would duplicate a record already there, or refer to one that is gone."""


class DatabaseBusyError(ClerkDeskError):
    """Another window or command holds the database's write lock."""


class DatabaseFullError(ClerkDeskError):
    """The disk (or the server's storage) holding the database is full."""


class DatabaseReadOnlyError(ClerkDeskError):
    """The database can be read but not written: the file, its folder or the server says so."""


class DatabaseRefusedError(ClerkDeskError):
    """A rule set in the database itself (a trigger IT added, say) refused the write."""


class DatabaseDamagedError(ClerkDeskError):
    """The database file is damaged, or is not a database at all."""


class DatabaseUnavailableError(ClerkDeskError):
    """The database cannot be reached: the file cannot be opened or read, the disk fails, or
    the server is down, refuses this user or has gone away."""


class SchemaError(ClerkDeskError):
    """The database's schema is not one this program can use (e.g. written by a newer one)."""


class ImportProblems(ClerkDeskError):
    """A CSV file has problems; none of it was imported.

    Each problem reads `FILE:LINE: column: message`.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))
