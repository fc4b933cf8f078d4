"""The demonstration city's public-records requests and removed content."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from ..accounts.writes import list_accounts
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database
from ..removals.writes import RemovalInput, record_removal
from ..requests.writes import RequestInput, save_request


def load_records_demo(db: Database, moderator: str) -> None:
    """A few requests (one open and overdue soon, one denied and holding its account) and a
    repeat violator."""
    with db.reading() as session:
        profile = profile_of(city_row(session))
    tz, today = profile.zone, city_today(db, profile)
    approved = [
        a
        for a in list_accounts(db)
        if a.approval is not None and a.approval.approved_on <= today - timedelta(days=10)
    ]
    if len(approved) < 2:
        return
    first, second = approved[0].url, approved[1].url
    requests = [
        RequestInput(
            "2026-R-01",
            today - timedelta(days=30),
            "Posts and comments of the spring festival",
            "granted",
            "M. Alvarez",
            (first,),
            closed_on=today - timedelta(days=22),
        ),
        RequestInput(
            "2026-R-02",
            today - timedelta(days=20),
            "Direct messages with a contractor",
            "denied",
            None,
            (second,),
            closed_on=today - timedelta(days=12),
            note="Denied: a pending investigation (Wis. Stat. 19.35(1)(a))",
            reasons="The messages are part of a pending investigation; the public interest in "
            "completing it outweighs the interest in their release now (Wis. Stat. 19.35(1)(a))",
            acknowledged_on=today - timedelta(days=19),
        ),
        RequestInput(
            "2026-R-03",
            today - timedelta(days=6),
            "Every comment hidden in the last month",
            "open",
            "Maple Falls Courier",
            (first, second),
        ),
        RequestInput(
            "2026-R-04",
            today - timedelta(days=1),
            "The photos posted at the parade",
            "open",
            None,
            (first,),
        ),
    ]
    for data in requests:
        save_request(db, None, data)
    earliest = max(a.approval.approved_on for a in approved[:2] if a.approval)
    day = min(max(today - timedelta(days=25), earliest), today - timedelta(days=6))
    removals = [
        (first, 0, "@boatdeals", "Best prices on boats, DM me", "advertising", "hidden", None),
        (
            first,
            2,
            "@boatdeals",
            "Boats! Boats! Link in bio",
            "advertising",
            "deleted",
            "the platform cannot hide a reply to a reply",
        ),
        (second, 3, "anon4471", "(a threat against a council member)", "threat", "hidden", None),
        (first, 5, "J Smith", "(profanity)", "profanity", "hidden", None),
    ]
    for url, days, poster, content, category, action, reason in removals:
        category = _own_category(category, profile.removal_categories)
        moment = datetime.combine(day + timedelta(days=days), time(10, 15), tz)
        record_removal(
            db,
            RemovalInput(url, moment, poster, content, category, action, moderator, reason),
        )


def _own_category(category: str, own: tuple[str, ...]) -> str:
    """The demonstration's category if the city's policy lists it (R16), else the policy's
    catch-all ("violation" in Madison's: a post that violates a policy or law), else its
    first."""
    if category in own:
        return category
    return "violation" if "violation" in own else own[0]
