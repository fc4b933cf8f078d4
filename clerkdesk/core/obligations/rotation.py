"""R10: when someone who could use an account leaves the city, its password changes within
the profile's hours (48 by default). A password change at or after the separation clears it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..dates import add_hours, zone
from .model import AssignmentFacts, Due, Snapshot
from .registry import rule


@rule("password-rotation")
def password_rotation(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = zone(snapshot.profile.timezone)
    hours = snapshot.profile.rotation_hours
    by_person: dict[int, list[AssignmentFacts]] = {}
    for a in snapshot.assignments:
        by_person.setdefault(a.person_id, []).append(a)
    for separation in snapshot.separations:
        seen: set[int] = set()
        for a in by_person.get(separation.person_id, ()):
            could_use = a.starts_at <= separation.at and (
                a.ends_at is None or a.ends_at >= separation.at
            )
            if not could_use or a.account_id in seen:
                continue
            seen.add(a.account_id)
            changed = snapshot.password_changed.get(a.account_id)
            if changed is not None and changed >= separation.at:
                continue
            left = separation.at.astimezone(tz)
            yield Due(
                kind="password-rotation",
                rule="R10",
                due=add_hours(left, hours),
                text=f"Change the password: {separation.person} left on {left:%Y-%m-%d %H:%M}",
                account=a.url,
                department=a.department,
                person=separation.person,
                account_id=a.account_id,
                person_id=separation.person_id,
            )
