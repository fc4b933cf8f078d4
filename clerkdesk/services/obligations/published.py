"""What the calendar export has published, kept in the register (`calendar_event`), and what
the next export sends because of it: each event in force with a SEQUENCE higher than the one it
was last sent with, and each event whose obligation has ended sent again as cancelled, with a
higher SEQUENCE still, for as long as the profile's warning window (`warning_days`) from the
export that first found it ended; after that it is dropped from the file and from the memory.

The memory is written only in the transaction that records the export in the audit log
(`kernel.files.write_recorded`), so that no row of it changes without an event that says so."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ...store.models.calendar import CalendarEvent

# RFC 5545 orders versions of an event by SEQUENCE. An export sends at least the minutes
# counted from a fixed day, so that events sent before the calendar kept its memory (every
# export then counted so) are still older than the ones sent now.
_EPOCH = datetime(2020, 1, 1).timestamp()
# UIDs in one statement's list, well under what SQLite allows.
_CHUNK = 500


@dataclass(frozen=True)
class Sent:
    """An event as an export sends it: its UID, words, due date or moment (`due_text`) and
    SEQUENCE; `ended_at` is set for an event sent as cancelled (the export that first found
    its obligation ended)."""

    uid: str
    summary: str
    due: str
    sequence: int
    ended_at: datetime | None = None
    # When it was last sent in force (None: by this export).
    published_at: datetime | None = None

    @property
    def due_value(self) -> date | datetime:
        """The due day, or the aware moment, that `due` spells."""
        return datetime.fromisoformat(self.due) if "T" in self.due else date.fromisoformat(self.due)


@dataclass(frozen=True)
class ExportPlan:
    """What an export sends (`in_force`, then `cancelled`) and the UIDs it forgets; `whole`
    when it is every obligation, not one picked alone."""

    in_force: tuple[Sent, ...]
    cancelled: tuple[Sent, ...]
    dropped: tuple[str, ...]
    whole: bool = True


def floor_sequence(now: datetime) -> int:
    return max(0, int((now.timestamp() - _EPOCH) // 60))


def remembered(session: Session) -> dict[str, Sent]:
    """Every event the calendar export has published and not yet forgotten, by UID."""
    c = CalendarEvent
    rows = session.execute(
        select(c.uid, c.summary, c.due, c.sequence, c.ended_at, c.published_at)
    ).all()
    return {row[0]: Sent(*row) for row in rows}


def plan_export(
    memory: dict[str, Sent],
    current: Iterable[tuple[str, str, str]],
    now: datetime,
    window_days: int,
    whole: bool = True,
) -> ExportPlan:
    """The events of an export at `now` of `current` (uid, summary, due text) given what was
    published before. Only a `whole` export (every obligation, not one picked alone) cancels
    and forgets: an event left out of a file of one item has not ended."""
    floor = floor_sequence(now)
    in_force = []
    for uid, summary, due in current:
        before = memory.get(uid)
        sequence = floor if before is None else max(floor, before.sequence + 1)
        in_force.append(Sent(uid, summary, due, sequence))
    cancelled: list[Sent] = []
    dropped: list[str] = []
    if whole:
        sending = {sent.uid for sent in in_force}
        window = timedelta(days=window_days)
        for uid, before in sorted(memory.items()):
            if uid in sending:
                continue
            ended_at = before.ended_at or now
            if now > ended_at + window:
                dropped.append(uid)
                continue
            sequence = max(floor, before.sequence + 1)
            cancelled.append(
                Sent(uid, before.summary, before.due, sequence, ended_at, before.published_at)
            )
    return ExportPlan(tuple(in_force), tuple(cancelled), tuple(dropped), whole)


def remember(session: Session, plan: ExportPlan, now: datetime) -> None:
    """Keep what `plan` sent, in the caller's transaction (the one that records the export):
    its rows written afresh in two statements, as a city's thousands of events want."""
    sent = (*plan.in_force, *plan.cancelled)
    if plan.whole:
        session.execute(delete(CalendarEvent))
    else:
        uids = [s.uid for s in sent]
        for first in range(0, len(uids), _CHUNK):
            chunk = uids[first : first + _CHUNK]
            session.execute(delete(CalendarEvent).where(CalendarEvent.uid.in_(chunk)))
    if sent:
        session.execute(
            insert(CalendarEvent),
            [
                {
                    "uid": s.uid,
                    "summary": s.summary,
                    "due": s.due,
                    "sequence": s.sequence,
                    "published_at": s.published_at or now,
                    "ended_at": s.ended_at,
                }
                for s in sent
            ],
        )
