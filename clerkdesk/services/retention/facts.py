"""The facts of the retention register its obligation rules read (Wis. Stat. 19.21): the
series, the records kept under them, the holds on the day, and the dispositions begun.
Gathered for the obligations snapshot under "retention"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.profile import PolicyProfile
from ...core.retention import RetentionFacts
from ...store.models.retention import RetentionSeries
from ..requests.holds import holds_by_account
from .records import counted_removals, records_of, request_holds, series_of, started_of


def facts(session: Session, profile: PolicyProfile, as_of: datetime) -> RetentionFacts:
    if session.execute(select(RetentionSeries.id).limit(1)).first() is None:
        return RetentionFacts()  # no schedule entered: nothing to dispose of
    day = profile.day_at(as_of)
    series, started = series_of(session), started_of(session)
    holds = holds_by_account(session, day)
    # The removals (tens of thousands) counted by the database; the few other records read.
    counted = counted_removals(session, profile, series, started, holds, day)
    records = records_of(session, profile, removals=False)
    return RetentionFacts(
        series, records, holds, request_holds(session, day), started, counted=counted
    )
