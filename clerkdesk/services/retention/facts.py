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
from .records import kept


def facts(session: Session, profile: PolicyProfile, as_of: datetime) -> RetentionFacts:
    if session.execute(select(RetentionSeries.id).limit(1)).first() is None:
        return RetentionFacts()  # no schedule entered: nothing to dispose of
    k = kept(session, profile, profile.day_at(as_of))
    return RetentionFacts(k.series, k.records, k.holds, k.request_holds, k.dispositions)
