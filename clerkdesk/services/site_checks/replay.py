"""What `check` replays of the site checks register: what each check found — the notices
shown, direct messages, multi-factor authentication, the last post, where the records are
archived, what the posts meet of WCAG's asks, the upkeep (monitored each work day, questions
answered within 48 hours) — and who checked. A finding changed by hand, which would clear an
item on Today, is reported. A check is named by its account and day, as its events name it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..kernel.common import driver_rows
from ..kernel.replayed import (
    Follows,
    Replayed,
    State,
    person_named_in,
    url_moved,
)
from .writes import checks_query

FIELDS = (
    "checked_by",
    "notices",
    "direct_messages",
    "mfa",
    "last_post_on",
    "archived_in",
    "accessible",
    "monitored_daily",
    "answered_48h",
    "monitored_as_directed",
)


def _checks(session: Session) -> dict[str, State]:
    # The rows as the page reads them: id, account id, url, day, employee ID, name, then the
    # findings.
    rows = driver_rows(session, checks_query())
    return {
        f"{row[2]} {row[3]}": dict(zip(FIELDS, (row[4], *row[6:]), strict=True)) for row in rows
    }


REPLAYED = (
    Replayed(
        "site_check",
        "site check",
        "account_url",
        FIELDS,
        ("site_check.create",),
        _checks,
        follows=(Follows("account", "url", url_moved), person_named_in("checked_by")),
    ),
)
