"""The clerk's other duties, as plain values: election blackouts (R18), exceptions to the policy
(R19) and the checks a person makes of each site (R11, R13-R15). Which words each register
uses, the window of a blackout, and what a site check found, each written once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import NamedTuple, TypeVar, cast

T = TypeVar("T")

# The offices that may approve an exception to the policy (R19), by the key a file uses.
EXCEPTION_OFFICES: dict[str, str] = {
    "cio": "Chief Information Officer",
    "city-manager": "City Manager",
}

# The notices a site shows (R15), by the key a file uses, with the words a checklist prints.
NOTICES: dict[str, str] = {
    "city-maintained": "Maintained by the City, with a link to the City's website and policy",
    "department": "The department that runs it",
    "purpose": "Its purpose and scope",
    "comment-policy": "The comment policy / terms of use",
    "removal": "That violations lead to removal or blocking",
    "contact": "An official contact",
    "links-disclaimer": "A disclaimer for external links",
    "public-records": "That its content is a public record",
}

# What WCAG 2.1 AA asks of a post (R21), by the key a file uses, with the question a checklist
# prints: a check from the city's compliance date looks at the posts since that date.
ACCESSIBILITY: dict[str, str] = {
    "alt-text": "Images have alternative text",
    "captions": "Videos are captioned",
    "documents": "Linked documents are accessible",
    "link-text": "Link text says where the link leads",
}
ACCESSIBILITY_MISSING: dict[str, str] = {
    "alt-text": "images without alternative text",
    "captions": "videos without captions",
    "documents": "linked documents not accessible",
    "link-text": "link text that does not say where it leads",
}

DIRECT_MESSAGES: dict[str, str] = {"off": "Off", "archived": "On, archived", "on": "On"}
MFA_STATES: dict[str, str] = {"on": "On", "off": "Off", "unavailable": "Not offered"}

# What a site check can find, by the key an exception's `allows` names.
FINDING_DIRECT_MESSAGES = "direct-messages"
FINDING_MFA = "mfa"
FINDING_ABANDONED = "abandoned"
# The upkeep a city's policy may ask its Authorized Users (R14, Janesville), by the column of
# a site-checks file, with the question a checklist prints and the finding a `no` makes.
UPKEEP: dict[str, str] = {
    "monitored_daily": "Monitored at least once each work day",
    "answered_48h": "Citizens' questions answered within 48 hours, when practical",
}
UPKEEP_FINDINGS: dict[str, str] = {
    "monitored_daily": "not-monitored-daily",
    "answered_48h": "not-answered-48h",
}
# Where the approving Department Head directs how often the site is monitored (R14, Stoughton:
# the frequency found under R2), the column of a site-checks file and the finding a `no` makes.
DIRECTED = "monitored_as_directed"
FINDING_NOT_DIRECTED = "not-monitored-as-directed"
FINDINGS: dict[str, str] = {
    FINDING_DIRECT_MESSAGES: "Direct messages on and not archived",
    FINDING_MFA: "Multi-factor authentication off",
    FINDING_ABANDONED: "No recent post",
    "not-monitored-daily": "Not monitored each work day",
    "not-answered-48h": "Citizens' questions and comments not answered within 48 hours",
    FINDING_NOT_DIRECTED: "Not monitored as the Department Head directed",
    **{f"notice-{key}": f"Notice missing: {label}" for key, label in NOTICES.items()},
    **{
        f"access-{key}": f"Posts since the accessibility date: {words}"
        for key, words in ACCESSIBILITY_MISSING.items()
    },
}

# The rule each finding comes from (RULES.md).
FINDING_RULES: dict[str, str] = {
    FINDING_DIRECT_MESSAGES: "R13",
    FINDING_MFA: "R11",
    FINDING_ABANDONED: "R14",
    **dict.fromkeys((*UPKEEP_FINDINGS.values(), FINDING_NOT_DIRECTED), "R14"),
    **{f"notice-{key}": "R15" for key in NOTICES},
    **{f"access-{key}": "R21" for key in ACCESSIBILITY},
}


def directed_frequency(frequency: str | None) -> str:
    """The frequency the Department Head directed at the account's latest approval (R2), as a
    question or a finding names it, or that none is recorded there."""
    said = (frequency or "").strip()
    return said or "no frequency recorded at the account's latest approval"


def directed_question(frequency: str | None) -> str:
    """What a check asks where the approving Department Head directs the monitoring (R14)."""
    return f"Monitored as the Department Head directed ({directed_frequency(frequency)})?"


def directed_finding(frequency: str | None) -> str:
    """What a `no` to that question finds, naming the frequency."""
    return f"{FINDINGS[FINDING_NOT_DIRECTED]} ({directed_frequency(frequency)})"


BLACKOUT_REASON = "election blackout"


def blackout_days(papers_from: date, election_on: date, until_on: date | None) -> tuple[date, date]:
    """The first and the last day a candidate may not post (R18): from the day nomination
    papers may circulate through the day they are no longer a candidate (the election day
    when they stay one)."""
    return papers_from, until_on if until_on is not None else election_on


def in_blackout(day: date, papers_from: date, election_on: date, until_on: date | None) -> bool:
    first, last = blackout_days(papers_from, election_on, until_on)
    return first <= day <= last


def restore_on(papers_from: date, election_on: date, until_on: date | None) -> date:
    """The day posting access comes back: the day after the blackout's last day."""
    return blackout_days(papers_from, election_on, until_on)[1] + timedelta(days=1)


class StaffFacts(NamedTuple):
    """A person acting for a candidate (R18 where the profile has `blackout_staff`), with the
    accounts they held a term on in the blackout and how far their suspension has gone."""

    person_id: int
    person: str
    employee_id: str
    accounts: tuple[str, ...] = ()
    unsuspended: tuple[str, ...] = ()
    unrestored: tuple[str, ...] = ()


class CandidateFacts(NamedTuple):
    """An elected official running in an election, with the accounts they held a term on when
    the blackout began and which of those terms are suspended and restored."""

    id: int
    election: str
    person_id: int
    person: str
    employee_id: str
    papers_from: date
    election_on: date
    until_on: date | None
    accounts: tuple[str, ...] = ()  # the URLs of the terms active on papers_from
    unsuspended: tuple[str, ...] = ()  # of those, the ones no suspension covers yet
    unrestored: tuple[str, ...] = ()  # suspended for this candidacy and not yet restored
    # The day the links on the official's pages were removed (R18, `blackout_links`).
    links_removed_on: date | None = None
    staff: tuple[StaffFacts, ...] = ()  # where the blackout covers them (`blackout_staff`)


def candidacy_key(c: CandidateFacts) -> str:
    """A candidacy as its register keys it, "ELECTION/EMPLOYEE_ID": the record an item about
    someone else than the candidate (their staff, their pages) opens."""
    return f"{c.election}/{c.employee_id}"


# What an exception is on a day (R19), in the words the Exceptions page shows.
AWAITING_APPROVAL, NOT_YET_IN_FORCE, IN_FORCE, EXPIRED = (
    "awaiting approval",
    "approved, not yet in force",
    "in force",
    "expired",
)


def exception_state(approved_on: date | None, expires_on: date | None, day: date) -> str:
    """An exception on `day`: awaiting its approval, approved for a later day, in force
    (from its approval through its last day), or expired."""
    if approved_on is None:
        return AWAITING_APPROVAL
    if day < approved_on:
        return NOT_YET_IN_FORCE
    if expires_on is not None and day > expires_on:
        return EXPIRED
    return IN_FORCE


class ExceptionFacts(NamedTuple):
    id: int
    number: str
    summary: str
    office: str
    filed_on: date
    approved_on: date | None
    expires_on: date | None
    account_ids: frozenset[int] = frozenset()
    allows: frozenset[str] = frozenset()

    def in_force(self, day: date) -> bool:
        """Approved by `day` and not yet expired (in force through its last day)."""
        return exception_state(self.approved_on, self.expires_on, day) == IN_FORCE


class SiteCheckFacts(NamedTuple):
    """An account's last site check (None for an account never checked)."""

    account_id: int
    url: str
    department: str
    approved_on: date | None
    checked_on: date | None = None
    notices: frozenset[str] = frozenset()
    direct_messages: str = "off"
    mfa: str = "on"
    last_post_on: date | None = None
    archived_in: str | None = None  # where the check found the records archived
    # What the posts since the city's accessibility date meet (ACCESSIBILITY keys); None: the
    # check did not record it.
    accessible: frozenset[str] | None = None
    # The upkeep the check found (UPKEEP keys): "yes", "no", or None: not recorded.
    monitored_daily: str | None = None
    answered_48h: str | None = None
    # Monitored as the approving Department Head directed (R14, Stoughton): "yes", "no", None;
    # and, where the check answered `no`, the frequency found at the latest approval (R2).
    monitored_as_directed: str | None = None
    monitoring: str | None = None


@dataclass(frozen=True)
class DutyFacts:
    candidates: tuple[CandidateFacts, ...] = ()
    exceptions: tuple[ExceptionFacts, ...] = ()
    site_checks: tuple[SiteCheckFacts, ...] = ()

    def waived(self, account_id: int, day: date) -> frozenset[str]:
        """What the exceptions in force on `day` that cover the account allow: the account's
        own exceptions only, not every exception again."""
        allowed: set[str] = set()
        for exception in self._waiving.get(account_id, ()):
            if exception.in_force(day):
                allowed.update(exception.allows)
        return frozenset(allowed)

    @cached_property
    def _waiving(self) -> dict[int, tuple[ExceptionFacts, ...]]:
        """The exceptions that allow something, by the account they cover: made once, when
        first asked."""
        by_account: dict[int, list[ExceptionFacts]] = {}
        for exception in self.exceptions:
            if exception.allows:
                for account_id in exception.account_ids:
                    by_account.setdefault(account_id, []).append(exception)
        return {account_id: tuple(found) for account_id, found in by_account.items()}

    def kept(self, name: str, profile: object, key: object, make: Callable[[], T]) -> T:
        """What `make` works out of these facts for `profile` (the very one) and `key` (a day,
        say), kept with them: a snapshot kept between computations of what is due does not
        work its thousands of sites out again while its facts, profile and key are the same.
        Only the latest key of each `name` is kept."""
        found = self._kept.get(name)
        if found is None or found[0] is not profile or found[1] != key:
            found = self._kept[name] = (profile, key, make())
        return cast(T, found[2])

    @cached_property
    def _kept(self) -> dict[str, tuple[object, object, object]]:
        return {}

    def waivers(self, day: date) -> dict[int, frozenset[str]]:
        """Each covered account's waivers on `day`, worked out once for every account."""
        allowed: dict[int, set[str]] = {}
        for exception in self.exceptions:
            if exception.allows and exception.in_force(day):
                for account_id in exception.account_ids:
                    allowed.setdefault(account_id, set()).update(exception.allows)
        return {account_id: frozenset(found) for account_id, found in allowed.items()}


def findings_of(
    check: SiteCheckFacts,
    notices: tuple[str, ...],
    abandoned_days: int,
    waived: frozenset[str] = frozenset(),
    accessible_from: date | None = None,
    upkeep: bool = False,
    directed: bool = False,
) -> list[str]:
    """What the check found, as FINDINGS keys, less what an exception in force allows: a
    notice of the profile's list missing, direct messages on and not archived, MFA off where
    the platform offers it, no post for longer than `abandoned_days` before the check, and
    from the city's accessibility date (R21, None where it has none) what a post since then
    fails of WCAG's asks, where the check recorded them; and where the city's policy asks about
    its upkeep (`upkeep`, R14), what the check answered `no` of it; and where the approving
    Department Head directs the monitoring (`directed`, R14), a `no` to it."""
    if check.checked_on is None:
        return []
    found = [f"notice-{key}" for key in notices if key not in check.notices]
    met = check.accessible
    if accessible_from is not None and met is not None and check.checked_on >= accessible_from:
        found += [f"access-{key}" for key in ACCESSIBILITY if key not in met]
    if check.direct_messages == "on":
        found.append(FINDING_DIRECT_MESSAGES)
    if check.mfa == "off":
        found.append(FINDING_MFA)
    last = check.last_post_on
    if last is not None and (check.checked_on - last).days > abandoned_days:
        found.append(FINDING_ABANDONED)
    if upkeep:
        found += [UPKEEP_FINDINGS[key] for key in UPKEEP if getattr(check, key) == "no"]
    if directed and check.monitored_as_directed == "no":
        found.append(FINDING_NOT_DIRECTED)
    return [f for f in found if f not in waived]
