"""The monthly moderation report of removed content (R16), for the department head; the PDF
made by `clerkdesk.printing.removals` (imported only when printed)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ...core.records import REMOVAL_CATEGORIES
from ...store.models.removals import Removal
from ..integrity.audit import Change
from ..kernel.common import city_zone
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.printouts import print_header
from .writes import removal_views


def print_moderation_report(db: Database, month: date, out: Path) -> int:
    """The removals of the month that `month` falls in; how many."""
    from ...printing.removals import ModerationData, render_moderation_report

    first = month.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    with db.reading() as session:
        tz = city_zone(session)
        begin = datetime.combine(first, time(0), tz)
        stop = datetime.combine(after, time(0), tz)
        removals = removal_views(
            session, (Removal.removed_at >= begin) & (Removal.removed_at < stop)
        )
        header = print_header(db, session, f"Moderation report, {first:%B %Y}")

    def counted(values: list[str]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(Counter(values).items(), key=lambda item: (-item[1], item[0])))

    repeats = {(r.account_url, r.poster): r for r in removals if r.repeat >= 2}
    data = ModerationData(
        month=f"{first:%B %Y}",
        total=len(removals),
        by_account=counted([r.account_url for r in removals]),
        by_category=counted([REMOVAL_CATEGORIES.get(r.category, r.category) for r in removals]),
        by_staff=counted([f"{r.staff} ({r.staff_employee_id})" for r in removals]),
        repeat_violators=tuple(
            (url, poster, r.repeat, r.decision or "no decision recorded yet")
            for (url, poster), r in sorted(repeats.items())
        ),
    )
    write_recorded(
        db,
        out,
        lambda partial: render_moderation_report(data, header, partial),
        Change(
            "removal.print",
            "removal",
            f"{first:%Y-%m}",
            f"Printed the moderation report of {first:%B %Y} to {out}",
            {"removals": len(removals), "file": str(out)},
        ),
    )
    return len(removals)
