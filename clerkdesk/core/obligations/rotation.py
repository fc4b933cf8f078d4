"""R10: when someone who could use an account leaves the city, its password changes within
the profile's hours (48 by default); so too, when the profile says so, after an access review
removes someone. A password change at or after that moment clears it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..dates import add_hours, zone
from .model import AssignmentFacts, Due, RemovalFacts, Snapshot
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


@rule("password-rotation/review")
def password_rotation_after_review(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = zone(snapshot.profile.timezone)
    hours = snapshot.profile.rotation_hours
    earliest: dict[tuple[int, int], RemovalFacts] = {}
    for removal in snapshot.removals:
        key = (removal.account_id, removal.person_id)
        if key not in earliest or removal.at < earliest[key].at:
            earliest[key] = removal
    for removal in earliest.values():
        changed = snapshot.password_changed.get(removal.account_id)
        if changed is not None and changed >= removal.at:
            continue
        removed = removal.at.astimezone(tz)
        yield Due(
            kind="password-rotation",
            rule="R10",
            due=add_hours(removed, hours),
            text=f"Change the password: {removal.person}'s access was removed in a review on "
            f"{removed:%Y-%m-%d}",
            account=removal.url,
            department=removal.department,
            person=removal.person,
            account_id=removal.account_id,
            person_id=removal.person_id,
        )
