"""R13-R15: someone looks at each site at the profile's interval and records what it shows;
an account never checked is due from its approval or the policy's adoption, whichever is
later."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..dates import add_days
from ..deadlines import applies_from
from ..duties import FINDING_RULES, SiteCheckFacts
from ..profile import PolicyProfile
from .model import Due, Snapshot
from .registry import PRACTICE, only_the_day, rule


@rule(
    "site-check",
    rule="R15",
    label="Site check",
    basis=PRACTICE,
    opens="site-check",
    changes_at=only_the_day,
)
def site_check(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    # Each site's next check is of its facts alone, not of the moment: worked out once.
    yield from snapshot.duties.kept(
        "site-check", snapshot.profile, snapshot.adopted_on, lambda: tuple(_next_checks(snapshot))
    )


def _next_checks(snapshot: Snapshot) -> Iterator[Due]:
    for s in snapshot.duties.site_checks:
        next_check = next_check_due(s, snapshot.profile, snapshot.adopted_on)
        if next_check is None:
            continue
        due, text = next_check
        yield Due(
            due=due, text=text, account=s.url, department=s.department, account_id=s.account_id
        )


def next_check_due(
    s: SiteCheckFacts, profile: PolicyProfile, adopted_on: date | None
) -> tuple[date, str] | None:
    """When the site is next to be checked (the profile's interval after its last check),
    and what Today says of it; None before anything says when (an account never approved, in
    a city with no adoption date). The Site checks page and the inventory read it from here."""
    if s.checked_on is not None:
        due = add_days(s.checked_on, profile.site_check_days)
        return due, f"Check the site again (last checked {s.checked_on})"
    begins = s.approved_on or adopted_on
    if begins is None:
        return None
    return applies_from(begins, adopted_on), "Check the site (never checked)"


def site_checks_read(profile: PolicyProfile) -> bool:
    """Whether a rule of the city reads its site checks: the periodic check (R15), or one of
    the findings' own rules (MFA off is R11's, a finding where R15 is off too). Where none
    does, the snapshot and the inventory leave the checks out."""
    return any(profile.applies(rule) for rule in {"R15", *FINDING_RULES.values()})
