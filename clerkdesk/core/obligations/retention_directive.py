"""R17 where the policy has retention directives issued to departments on a schedule (Wausau:
the CCITC Director "will inform departments no less than annually" of the options for
retaining social media content, wausau.txt:129): the next directive is due the profile's
interval after the latest one recorded, or after the policy's adoption when none is."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "retention-directive",
    rule="R17",
    label="Retention directive",
    basis=POLICY,
    opens="settings:records",
    changes_at=only_the_day,
)
def retention_directive(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    days = snapshot.profile.retention_directive_days
    last = snapshot.retention_directive_on or snapshot.adopted_on
    if not days or last is None:
        return
    since = (
        f"the last was issued {snapshot.retention_directive_on}"
        if snapshot.retention_directive_on
        else "none recorded since the policy's adoption"
    )
    yield Due(
        due=last + timedelta(days=days),
        text=f"Record the retention directive to departments ({since})",
    )
