"""R11, R13-R15, R21: what the last check of a site found, each finding on its own until a
later check no longer finds it: a required notice missing, direct messages on and not
archived, MFA off where the platform offers it, no post for longer than the profile allows, a
site not monitored each work day or questions not answered within 48 hours where the city's
policy asks (Janesville) or not monitored as the approving Department Head directed (Stoughton),
and from the city's accessibility date what its posts fail of WCAG's
asks. What an exception in force allows is not a finding, and a finding whose rule is off is
none."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..duties import FINDING_NOT_DIRECTED, SiteCheckFacts, directed_finding, findings_of
from ..notices import checked_notices, finding_rule, finding_words, findings_on
from ..profile import PolicyProfile
from .model import Due, Snapshot
from .registry import PRACTICE, only_the_day, rule


def _rule_of(due: Due) -> str:
    """A finding's own rule (its key is the item's record): MFA off is R11's, direct messages
    R13's, a stale site R14's, a missing notice R15's, a post not accessible R21's."""
    return finding_rule(due.record or "")


@rule(
    "site-finding",
    rule="R15",
    label="Site finding",
    basis=PRACTICE,
    opens="site-check",
    item_rule=_rule_of,
    changes_at=only_the_day,
)
def site_finding(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    # Of the moment only its day counts (the exceptions in force): worked out once a day.
    today = snapshot.profile.day_at(as_of)
    yield from snapshot.duties.kept(
        "site-finding", snapshot.profile, today, lambda: tuple(_findings(snapshot, today))
    )


def _findings(snapshot: Snapshot, today: date) -> Iterator[Due]:
    profile, duties = snapshot.profile, snapshot.duties
    waivers = duties.waivers(today)
    asked = _asked(profile)
    for s in duties.site_checks:
        if s.checked_on is None:
            continue
        for found in _open(s, profile, asked, waivers.get(s.account_id, frozenset())):
            yield Due(
                due=s.checked_on,
                text=f"{finding_text(profile, s, found)} (site check of {s.checked_on})",
                account=s.url,
                department=s.department,
                account_id=s.account_id,
                record=found,
            )


def finding_text(profile: PolicyProfile, s: SiteCheckFacts, found: str) -> str:
    """What a finding of the check `s` says, in the city's words; not monitored as directed
    names the frequency the Department Head directed (Today, the checklist)."""
    if found == FINDING_NOT_DIRECTED:
        return directed_finding(s.monitoring)
    return finding_words(profile, found)


def open_findings(
    s: SiteCheckFacts, profile: PolicyProfile, waived: frozenset[str] = frozenset()
) -> list[str]:
    """What the site's last check found that the city's profile asks about (FINDINGS keys; a
    missing notice is `notice-` and the city's name for it, of the city's notices only): a
    finding whose own rule is off in the city is none (a city without R15 still hears of MFA
    off, which is R11's), and one an exception in force allows is none. Today, the Site checks
    page, the checklist and the inventory read it from here."""
    return _open(s, profile, _asked(profile), waived)


def accessible_since(profile: PolicyProfile) -> date | None:
    """The day from which a site check asks what the posts meet of WCAG's asks (R21): the
    city's accessibility date where it has one and the rule is on; else None."""
    return profile.accessible_from if profile.applies("R21", PRACTICE) else None


def _asked(profile: PolicyProfile) -> tuple[tuple[str, ...], frozenset[str]]:
    """The city's own notices it asks each site to show (none where R15 is off), and the findings
    whose rule is on: worked out once for a city's thousands of sites."""
    notices = tuple(checked_notices(profile))
    on = findings_on(profile)
    return notices, on


def _open(
    s: SiteCheckFacts,
    profile: PolicyProfile,
    asked: tuple[tuple[str, ...], frozenset[str]],
    waived: frozenset[str],
) -> list[str]:
    notices, on = asked
    found = findings_of(
        s,
        notices,
        profile.abandoned_days,
        waived,
        profile.accessible_from,
        profile.upkeep_questions,
        profile.monitoring_directed,
    )
    return [f for f in found if f in on]
