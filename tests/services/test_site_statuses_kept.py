"""The Site checks page's statuses taken from the snapshot Today keeps: the same rows as read
afresh, with the accounts never checked too (where the city asks for no periodic check, R15,
the snapshot leaves them out), and read again once a check is recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from clerkdesk.services.city import writes as city
from clerkdesk.services.kernel.common import city_row, profile_of
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.obligations.kept import kept_facts
from clerkdesk.services.site_checks import status
from clerkdesk.services.site_checks.status import SiteStatus, site_statuses, statuses_in
from clerkdesk.services.site_checks.writes import SiteCheckInput, save_site_check

from .duties_city import PARKS, POOL, small_city

NOW = datetime(2026, 11, 3, 15, tzinfo=UTC)


def _afresh(db: Database) -> list[SiteStatus]:
    with db.reading() as session:
        row = city_row(session)
        return list(statuses_in(session, row, profile_of(row), db.clock()))


@pytest.mark.parametrize(
    ("profile", "authority", "periodic"),
    [("janesville", "city-manager", True), ("stoughton", "department-head", False)],
)
def test_the_kept_snapshot_gives_the_rows_read_afresh_and_a_new_check_is_seen(
    empty_db: Database,
    clock: Any,
    monkeypatch: pytest.MonkeyPatch,
    profile: str,
    authority: str,
    periodic: bool,
) -> None:
    clock.now = NOW
    city.init_city(empty_db, "Testville", profile, date(2026, 1, 1))
    small_city(empty_db, authority)
    save_site_check(
        empty_db,
        None,
        SiteCheckInput(PARKS, date(2026, 11, 2), "E100", (), direct_messages="on", mfa="off"),
    )
    assert profile_of_db(empty_db).applies("R15") is periodic
    obligations.due(empty_db)  # Today: the snapshot read and kept
    kept = kept_facts(empty_db)
    reads = kept.reads

    def read_afresh(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the sites were read again")

    monkeypatch.setattr(status, "duty_facts", read_afresh)
    shown = list(site_statuses(empty_db))
    monkeypatch.undo()
    assert kept.reads == reads  # nothing read again
    assert shown == _afresh(empty_db)
    by_url = {s.url: s for s in shown}
    assert set(by_url) == {PARKS, POOL}  # the site never checked is listed too
    assert by_url[PARKS].checked_on == date(2026, 11, 2) and by_url[PARKS].findings
    assert by_url[POOL].checked_on is None and by_url[POOL].findings == ()
    # A check recorded after Today read its snapshot: the page sees it, not the kept rows.
    save_site_check(empty_db, None, SiteCheckInput(POOL, date(2026, 11, 3), "E100", ()))
    again = {s.url: s for s in site_statuses(empty_db)}
    assert again[POOL].checked_on == date(2026, 11, 3)
    assert list(again.values()) == _afresh(empty_db)


def profile_of_db(db: Database) -> Any:
    with db.reading() as session:
        return profile_of(city_row(session))
