"""Checks on what a clerk types: URLs, e-mail addresses, names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from .dates import FIRST_YEAR, LAST_YEAR
from .errors import InvalidValueError

# Domains of free mail services: an account registered with one is tied to a person, not the city
# (R12).
PERSONAL_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "msn.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "mail.com",
        "ymail.com",
        "comcast.net",
        "att.net",
        "charter.net",
    }
)

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
_HOST = re.compile(r"^([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")


def normalize_url(text: str) -> str:
    """The canonical form of an account URL, or InvalidValueError saying what is wrong.

    Scheme and host are lower-cased, `www.` and a trailing slash dropped, so that the same
    account typed two ways is found as a duplicate.
    """
    text = text.strip()
    if not text:
        raise InvalidValueError("required")
    if " " in text:
        raise InvalidValueError("a web address has no spaces")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidValueError("must start with https://")
    host = (parts.hostname or "").lower()
    if not _HOST.match(host):
        raise InvalidValueError("is not a web address (e.g. https://facebook.com/cityparks)")
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"https://{host}{path}{query}"


def check_email(text: str) -> str | None:
    """What is wrong with an e-mail address, or None."""
    if not _EMAIL.match(text.strip()):
        return "is not an e-mail address"
    return None


def is_personal_email(text: str) -> bool:
    return text.strip().rsplit("@", 1)[-1].lower() in PERSONAL_MAIL_DOMAINS


def email_domain(text: str) -> str:
    return text.strip().rsplit("@", 1)[-1].lower()


# --- Text and dates anywhere: every column of every CSV kind and every form field. ---------

# Every text field's length unless a column below (or a CSV kind) says otherwise.
DEFAULT_TEXT_LIMIT = 200
# Columns by name that take more (or less); a register's new column of the same name gets the
# same limit without saying so.
TEXT_LIMITS: dict[str, int] = {
    # As long as the database columns that hold them (store.models), so that a value taken
    # here is never cut or refused by the database.
    "url": 500,
    "account_url": 500,
    "employee_id": 60,
    "phone": 60,
    "kind": 20,
    "platform": 20,
    "status": 20,
    "role": 20,
    "authority": 40,
    "mfa_method": 100,
    "reference": 300,
    "note": 300,
    "end_reason": 300,
    "scan_file": 300,
    "evidence": 300,  # a file name, with its folder
    # Longer text.
    "accounts": 20_000,  # web addresses separated by spaces
    "purpose": 2000,
    "summary": 2000,
    "content": 10_000,
    "reason": 2000,
    "notes": 2000,
    "notices": 2000,
    "description": 2000,
    "comment": 2000,
    "comments": 2000,
    "finding": 2000,
    "findings": 2000,
    "archived_in": 300,
    "action_reason": 2000,
    "details": 100_000,
    "agreement_text": 100_000,
}
# Fields whose text may run over several lines (a spreadsheet shows a line break in a cell).
MULTILINE = frozenset(
    {
        "purpose",
        "summary",
        "content",
        "reason",
        "note",
        "notes",
        "details",
        "agreement_text",
        "description",
        "comment",
        "comments",
        "finding",
        "findings",
    }
)
# Columns a program fills, not a clerk (JSON, digests): not checked as typed text.
_MACHINE_SUFFIXES = ("_json", "hash", "sha256")

# Characters a clerk cannot see: C0 controls but tab, DEL, C1 controls, and the line and
# paragraph separators (and other format characters) that only some programs show.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\ufeff]")
_LINE_BREAK = re.compile("\r\n|\n|\r")


def text_problem(name: str, value: str, limit: int | None = None) -> str | None:
    """What is wrong with the text `value` of field `name` (control characters, length), or
    None. `limit` overrides the field's limit."""
    longest = limit if limit is not None else TEXT_LIMITS.get(name, DEFAULT_TEXT_LIMIT)
    if len(value) > longest:
        return f"is {len(value)} characters long; at most {longest} are taken"
    rest = _LINE_BREAK.sub("", value) if name in MULTILINE else value
    bad = _CONTROL.search(rest) or _LINE_BREAK.search(rest)
    if bad:
        return (
            f"holds a control character (U+{ord(bad.group()[0]):04X}) at position "
            f"{bad.start() + 1}; only printable text (and tabs) is taken"
        )
    return None


def year_problem(value: object) -> str | None:
    """A date or moment before 1900 or after 2200 is a mistake (a year typed short)."""
    year = getattr(value, "year", None)
    if isinstance(year, int) and not FIRST_YEAR <= year <= LAST_YEAR:
        return f"the year {year} is not plausible (give a year from {FIRST_YEAR} to {LAST_YEAR})"
    return None


def value_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """Each field of `values` whose text or date cannot be right, with what is wrong."""
    problems: dict[str, str] = {}
    for name, value in values.items():
        if name.endswith(_MACHINE_SUFFIXES):
            continue
        problem = (
            text_problem(name, value)
            if isinstance(value, str)
            else year_problem(value)
            if isinstance(value, date)
            else None
        )
        if problem:
            problems[name] = problem
    return problems


class ZerosLost:
    """Identifiers that are all digits, by their value without leading zeros: an identifier a
    spreadsheet turned into a number (00123 became 123) is found as the one it was."""

    def __init__(self) -> None:
        self._by_value: dict[str, str] = {}

    def add(self, key: str) -> None:
        if key.isdigit() and key.startswith("0") and key.lstrip("0"):
            self._by_value.setdefault(key.lstrip("0"), key)

    def original(self, key: str) -> str | None:
        """The identifier with leading zeros that `key` is once a spreadsheet dropped them
        (`123` for `00123`), or None. Only zeros lost count: `00123` where `123` is kept is
        an identifier of its own, and so is one of zeros alone."""
        if not key.isdigit() or key.startswith("0"):
            return None
        return self._by_value.get(key)


def zeros_lost_problem(key: str, other: str, whose: str) -> str:
    return (
        f"`{key}`: looks like `{other}` ({whose}) with its leading zeros lost — a spreadsheet "
        "drops them; format the column as text"
    )
