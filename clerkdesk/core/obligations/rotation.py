"""R10: when someone who could use an account leaves the city, its password changes within
the profile's hours (48 by default); so too, when the profile says so, after an access review
removes someone. A password change at or after that moment clears it. The hours count from
the end of access, but not from before the policy's adoption."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..dates import add_hours
from ..deadlines import applies_from
from .model import Due, RemovalFacts, Snapshot
from .registry import PRACTICE, rule


@rule(
    "password-rotation",
    rule="R10",
    label="Password change",
    basis=PRACTICE,
    opens="account:credential",
)
def password_rotation(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = snapshot.profile.zone
    hours = snapshot.profile.rotation_hours
    # Two roles of one person on one account ending together owe one change.
    ends: dict[tuple[int, int, datetime], RemovalFacts] = {}
    for removal in snapshot.removals:
        if removal.at <= as_of:
            ends.setdefault((removal.account_id, removal.person_id, removal.at), removal)
    for removal in ends.values():
        changed = snapshot.password_changed.get(removal.account_id)
        if changed is not None and changed >= removal.at:
            continue
        ended = removal.at.astimezone(tz)
        if removal.reason == "review":
            text = (
                f"Change the password: {removal.person}'s access was removed in a review "
                f"on {ended:%Y-%m-%d}"
            )
        else:
            text = f"Change the password: {removal.person} left on {ended:%Y-%m-%d %H:%M}"
        yield Due(
            due=add_hours(applies_from(ended, snapshot.adopted_on, tz=tz), hours),
            text=text,
            account=removal.url,
            department=removal.department,
            person=removal.person,
            employee_id=removal.employee_id or None,
            account_id=removal.account_id,
            person_id=removal.person_id,
        )
