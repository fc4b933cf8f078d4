"""The words of the register, each written once: an account's status, a person's role on an
account, the kinds of people and the platforms, with the labels people read; and which
platform a web address belongs to."""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import urlsplit


class Basis(StrEnum):
    """Why a rule binds the city (RULES.md): its own policy says so, a Wisconsin statute does
    whatever the policy says, or it is good practice the city's profile switches on though the
    policy is silent; or it is off."""

    POLICY = "policy"
    LAW = "law"
    PRACTICE = "practice"
    OFF = "off"


# The rules ClerkDesk tracks (RULES.md), with the few words the Settings page shows.
RULES: dict[str, str] = {
    "R1": "Approval by a named authority",
    "R2": "Findings before approval",
    "R3": "A custodian for every account",
    "R4": "Authorized users only",
    "R5": "Grandfathering of accounts in use",
    "R6": "Authorized User Agreement",
    "R7": "Access reviews",
    "R8": "Credentials reported",
    "R9": "Password change recorded in time",
    "R10": "Passwords changed after a separation",
    "R11": "Strong passwords",
    "R12": "City e-mail address",
    "R13": "Direct messages off or archived",
    "R14": "Upkeep of each site",
    "R15": "Required notices",
    "R16": "Removed content kept",
    "R17": "Public records",
    "R18": "Election blackout",
    "R19": "Approved exceptions",
    "R20": "Inventory of accounts",
    "R21": "Accessible posts and documents",
}


class AccountStatus(StrEnum):
    PROPOSED = "proposed"
    PRE_EXISTING = "pre-existing"
    APPROVED = "approved"
    DISCONTINUED = "discontinued"


ACCOUNT_STATUSES: dict[str, str] = {
    AccountStatus.PROPOSED: "Proposed",
    AccountStatus.PRE_EXISTING: "Pre-existing",
    AccountStatus.APPROVED: "Approved",
    AccountStatus.DISCONTINUED: "Discontinued",
}

# An account that can still be approved: proposed, or in use before the policy (R1, R5).
APPROVABLE = frozenset({AccountStatus.PROPOSED, AccountStatus.PRE_EXISTING})
# An account in use: approved, or in use before the policy; not one merely proposed, nor one
# discontinued. The public list of the city's accounts lists these, and only these.
IN_USE = frozenset({AccountStatus.APPROVED, AccountStatus.PRE_EXISTING})


class Role(StrEnum):
    CUSTODIAN = "custodian"
    AUTHORIZED_USER = "authorized-user"
    ADMINISTRATOR = "administrator"


ROLES: dict[str, str] = {
    Role.CUSTODIAN: "Custodian",
    Role.AUTHORIZED_USER: "Authorized user",
    Role.ADMINISTRATOR: "Administrator",
}


class PersonKind(StrEnum):
    EMPLOYEE = "employee"
    CONTRACTOR = "contractor"
    VENDOR = "vendor"
    AGENT = "agent"
    ELECTED = "elected"


PERSON_KINDS: dict[str, str] = {
    PersonKind.EMPLOYEE: "Employee",
    PersonKind.CONTRACTOR: "Contractor",
    PersonKind.VENDOR: "Vendor",
    PersonKind.AGENT: "Agent",
    PersonKind.ELECTED: "Elected official",
}

PLATFORMS: dict[str, str] = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "youtube": "YouTube",
    "linkedin": "LinkedIn",
    "nextdoor": "Nextdoor",
    "tiktok": "TikTok",
    "flickr": "Flickr",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "blog": "Blog",
    "other": "Other",
}

# Which platform a web address belongs to, by its host.
_HOSTS = {
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "instagram.com": "instagram",
    "x.com": "x",
    "twitter.com": "x",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "linkedin.com": "linkedin",
    "nextdoor.com": "nextdoor",
    "tiktok.com": "tiktok",
    "flickr.com": "flickr",
    "threads.net": "threads",
    "threads.com": "threads",
    "bsky.app": "bluesky",
}


def platform_of(url: str) -> str | None:
    """The platform a web address is on, when its host says so (`m.` and `www.` aside)."""
    text = url.strip()
    try:
        host = urlsplit(text if "://" in text else f"https://{text}").hostname or ""
    except ValueError:
        return None
    host = host.lower().removeprefix("www.").removeprefix("m.")
    return _HOSTS.get(host)
