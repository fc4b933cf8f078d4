"""What `check` replays of the accounts register beyond the accounts themselves (those are
replayed with the machinery's own tables, services/integrity/replay.py): the IT Director's
determination on each tool (R1, Madison). A determination turned favourable, or its day moved,
by hand, so that a tool's accounts stop owing it, is reported."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.accounts import ToolDetermination
from ...store.models.people import Person
from ..kernel.replayed import Replayed, State, person_named_in
from .tools import FIELDS


def _tools(session: Session) -> dict[str, State]:
    t = ToolDetermination
    rows = session.execute(
        select(
            t.platform,
            Person.employee_id,
            t.requested_on,
            t.determined_by,
            t.determined_on,
            t.permits,
        ).outerjoin(Person, Person.id == t.requested_by_person_id)
    ).all()
    return {row[0]: dict(zip(FIELDS, row[1:], strict=True)) for row in rows}


REPLAYED = (
    Replayed(
        "tool",
        "tool determination",
        "platform",
        FIELDS,
        ("tool.record",),
        _tools,
        follows=(person_named_in("requested_by"),),
    ),
)
