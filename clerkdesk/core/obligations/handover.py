"""R10, where the profile asks for it (Wausau): before leaving the city, a person hands over the
log-ins of every account they created, used or managed. Beside the password change after the
separation, an item from the moment they left (never before the policy applied) until what they
handed over is recorded on their separation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from ..deadlines import applies_from
from .model import Due, Snapshot
from .registry import POLICY, rule


class HandoverFacts(NamedTuple):
    """A person who left the city, held a term on an account, and whose hand-over is not
    recorded: gathered by the people register (`Snapshot.facts_of("people")`)."""

    person_id: int
    person: str
    employee_id: str
    department: str | None
    separated_at: datetime
    accounts: int


@rule("login-handover", rule="R10", label="Log-ins handed over", basis=POLICY, opens="person")
def login_handover(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    if not profile.handover_at_separation:
        return
    tz = profile.zone
    left: HandoverFacts
    for left in snapshot.facts_of("people"):
        if left.separated_at > as_of:
            continue
        ended = left.separated_at.astimezone(tz)
        which = "the account" if left.accounts == 1 else f"each of the {left.accounts} accounts"
        yield Due(
            due=applies_from(ended, snapshot.adopted_on, tz=tz),
            text=f"Record the log-ins {left.person} handed over on leaving "
            f"({ended:%Y-%m-%d %H:%M}): {which} they created, used or managed",
            department=left.department,
            person=left.person,
            person_id=left.person_id,
            employee_id=left.employee_id or None,
        )
