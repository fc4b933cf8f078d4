"""Wis. Stat. 19.21: records past their series' retention, under no hold, with no disposition
begun: give the Wisconsin Historical Society notice (or keep them, if the schedule allows, by
a longer series). Due the first day the earliest of them was past its retention."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from ..records import keep_until
from ..retention import RetentionFacts
from .model import Due, Snapshot
from .registry import LAW, only_the_day, rule


@rule(
    "retention-past",
    rule="R17",
    label="Past retention",
    basis=LAW,
    opens="retention",
    changes_at=only_the_day,
)
def retention_past(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    facts = snapshot.facts_of("retention")
    if not isinstance(facts, RetentionFacts) or not facts.series:
        return
    today = snapshot.profile.day_at(as_of)
    for series, pending in facts.pending_on(today):
        past = keep_until(pending.first, series.years) + timedelta(days=1)
        yield Due(
            due=past,
            text=(
                f"Series {series.code} ({series.title}): {pending.count:,} record(s) past "
                f"their {series.years}-year retention, with no disposition begun: print "
                "the disposition list and send notice to the Wisconsin Historical Society"
            ),
            record=series.code,
        )
