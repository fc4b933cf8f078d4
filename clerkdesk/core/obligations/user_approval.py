"""R4 where the policy approves each person on an account in two steps (Janesville: the
Department/Division Director, then the City Manager's Office): a current term without both
approvals recorded owes them. Approval is prior approval, so it is owed from the day the term
starts — for the initial Authorized Users, the day the account is set up — and not before the
policy's adoption."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from ..vocabulary import ROLES
from .model import Due, Snapshot
from .registry import POLICY, rule, term_edges


@rule(
    "user-approval",
    rule="R4",
    label="User approval",
    basis=POLICY,
    opens="account:people",
    changes_at=term_edges,
)
def user_approval(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    if not profile.term_approvals:
        return
    tz = profile.zone
    director, office = f"the {profile.director_title}", f"the {profile.coordinating_office}"
    for a in snapshot.assignments:
        if not a.active_at(as_of) or (profile.elected_excluded and a.elected):
            continue  # ended; or an elected official's, where the policy leaves them out
        missing = [
            who
            for who, on in ((director, a.director_approved_on), (office, a.office_approved_on))
            if on is None
        ]
        if not missing:
            continue
        role = ROLES.get(a.role, a.role).lower()
        yield Due(
            due=applies_from(a.starts_at.astimezone(tz).date(), snapshot.adopted_on),
            text=f"Approval of {a.person} ({role}) by {' and '.join(missing)} not recorded",
            account=a.url,
            department=a.department,
            person=a.person,
            employee_id=a.employee_id or None,
            account_id=a.account_id,
            person_id=a.person_id,
        )
