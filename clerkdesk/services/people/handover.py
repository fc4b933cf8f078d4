"""The hand-over on leaving (R10, where the profile asks for it: Wausau): what a person handed
over of the log-ins of the accounts they created, used or managed, recorded on their separation
with the moment it was recorded; audited. Never the passwords themselves: where they went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ...core.errors import ClerkDeskError, ValidationError
from ..integrity.audit import Change, record
from ..kernel.common import person_by_employee_id
from ..kernel.database import Database

HANDOVER_MAX = 500


@dataclass(frozen=True)
class HandoverView:
    employee_id: str
    name: str
    handover: str | None
    handover_at: datetime | None
    separated_at: datetime | None


def record_handover(db: Database, employee_id: str, what: str) -> HandoverView:
    """Record what `employee_id` handed over (a sentence: which log-ins, to whom), now by the
    register's clock. Recorded again, it replaces the last one; the audit log keeps both."""
    text = " ".join(what.split())
    if not text:
        raise ValidationError({"handover": "say what was handed over, and to whom"})
    if len(text) > HANDOVER_MAX:
        raise ValidationError({"handover": f"at most {HANDOVER_MAX} characters"})
    with db.writing() as session:
        person = person_by_employee_id(session, employee_id)
        if person is None:
            raise ClerkDeskError(f"no person with employee ID {employee_id!r}")
        before = (person.handover, person.handover_at)
        at = db.clock()
        person.handover, person.handover_at = text, at
        record(
            session,
            db,
            Change(
                "person.handover",
                "person",
                person.employee_id,
                f"{person.name} handed over: {text}",
                {"handover": [before[0], text], "handover_at": [before[1], at]},
            ),
        )
        return HandoverView(person.employee_id, person.name, text, at, person.separated_at)


def handover_of(db: Database, employee_id: str) -> HandoverView:
    """What the person handed over, if it is recorded."""
    with db.reading() as session:
        person = person_by_employee_id(session, employee_id)
        if person is None:
            raise ClerkDeskError(f"no person with employee ID {employee_id!r}")
        return HandoverView(
            person.employee_id,
            person.name,
            person.handover,
            person.handover_at,
            person.separated_at,
        )
