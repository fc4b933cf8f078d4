"""Checks on what a clerk types: URLs, e-mail addresses, names."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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
