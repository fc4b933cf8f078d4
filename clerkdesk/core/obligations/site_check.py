"""R13-R15: someone looks at each site at the profile's interval and records what it shows;
an account never checked is due from its approval or the policy's adoption, whichever is
later."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from ..deadlines import applies_from
from .model import Due, Snapshot
from .registry import OPENS_SITE_CHECK, PRACTICE, rule


@rule("site-check", rule="R15", label="Site check", basis=PRACTICE, opens=OPENS_SITE_CHECK)
def site_check(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    interval = timedelta(days=snapshot.profile.site_check_days)
    for s in snapshot.duties.site_checks:
        if s.checked_on is not None:
            due, text = (
                s.checked_on + interval,
                f"Check the site again (last checked {s.checked_on})",
            )
        else:
            begins = s.approved_on or snapshot.adopted_on
            if begins is None:
                continue
            due, text = applies_from(begins, snapshot.adopted_on), "Check the site (never checked)"
        yield Due(
            due=due, text=text, account=s.url, department=s.department, account_id=s.account_id
        )
