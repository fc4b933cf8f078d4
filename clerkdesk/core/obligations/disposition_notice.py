"""Wis. Stat. 19.21(4)(a): records are destroyed only after 60 days' written notice to the
Wisconsin Historical Society, unless it waived notice. Once the 60 days of a disposition's
notice have passed (or on the waiver), its destruction may proceed: record it (the
certificate of destruction). Due the first day it may."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..retention import RetentionFacts, destruction_from
from .model import Due, Snapshot
from .registry import LAW, only_the_day, rule


@rule(
    "disposition-notice",
    rule="R17",
    label="Records may be destroyed",
    basis=LAW,
    opens="retention",
    changes_at=only_the_day,
)
def disposition_notice(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    facts = snapshot.facts_of("retention")
    if not isinstance(facts, RetentionFacts):
        return
    today = snapshot.profile.day_at(as_of)
    codes = {s.id: s.code for s in facts.series}
    for d in facts.dispositions:
        allowed = destruction_from(d.notice_on, d.waived_on)
        if d.destroyed_on is not None or allowed is None or today < allowed:
            continue
        why = (
            f"the Historical Society waived notice on {d.waived_on.isoformat()}"
            if d.waived_on
            else f"60 days have passed since notice to the Historical Society on "
            f"{d.notice_on.isoformat() if d.notice_on else ''}"
        )
        yield Due(
            due=allowed,
            text=(
                f"Disposition {d.number} (series {codes.get(d.series_id, '?')}): {why}; "
                "destroy its records and record the certificate of destruction"
            ),
            record=d.number,
        )
