"""The retention register (Wis. Stat. 19.21): the city's series and what each covers, the
disposition list, the notice to the Historical Society and its 60 days at their edges, a hold
that blocks a destruction naming the request, and `check` clean after every write."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.removals.writes import record_removal
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.retention.dispositions import (
    begin_disposition,
    disposition_list_now,
    list_dispositions,
    record_destruction,
)
from clerkdesk.services.retention.printouts import (
    print_certificate,
    print_disposition_list,
    print_notice,
)
from clerkdesk.services.retention.series import SeriesInput, list_series, save_series

from . import test_removals
from .helpers import dump
from .test_removals import URL, removal

TODAY = date(2026, 11, 20)  # the tests' "now"
city = test_removals.city  # the fixture: one approved account
SCHEDULE = "Wisconsin Municipal Records Schedule (2018)"


def _series(db, years: int = 1, **changes):  # type: ignore[no-untyped-def]
    values = {
        "code": "SM-1",
        "title": "Social media content",
        "years": years,
        "schedule": SCHEDULE,
        "accounts": (URL,),
        "covers": ("removals",),
    } | changes
    return save_series(db, None, SeriesInput(**values))  # type: ignore[arg-type]


def _removed_long_ago(db) -> None:  # type: ignore[no-untyped-def]
    record_removal(db, removal(datetime(2025, 3, 2, 15, tzinfo=UTC)))
    record_removal(db, removal(datetime(2025, 6, 9, 15, tzinfo=UTC), "@other"))
    record_removal(db, removal(datetime(2026, 11, 2, 15, tzinfo=UTC)))  # still kept


def _kinds(db, *kinds: str) -> list[tuple[str, object, str | None]]:  # type: ignore[no-untyped-def]
    return [(o.kind, o.due, o.record) for o in obligations.due(db) if o.kind in kinds]


def test_a_series_is_entered_by_the_city_and_checked(city) -> None:  # type: ignore[no-untyped-def]
    view = _series(city)
    assert (view.code, view.years, view.schedule, view.accounts, view.covers) == (
        "SM-1",
        1,
        SCHEDULE,
        (URL,),
        ("removals",),
    )
    with pytest.raises(ValidationError) as caught:
        save_series(
            city,
            None,
            SeriesInput("SM-2", "Web pages", None, "", accounts=(URL,), covers=("removals",)),
        )
    assert caught.value.fields == {
        "years": "required: how many years its records are kept",
        "schedule": "required: the schedule it comes from (e.g. the Wisconsin Municipal "
        "Records Schedule, or the city's own)",
        "covers": "removed content are already kept under series SM-1",
        "accounts": f"{URL} is already kept under series SM-1",
    }
    assert [s.code for s in list_series(city)] == ["SM-1"]
    assert maintenance.check(city) == []


def test_the_list_holds_what_is_past_retention_grouped_by_series(city) -> None:  # type: ignore[no-untyped-def]
    _series(city)
    _removed_long_ago(city)
    today, parts = disposition_list_now(city)
    assert today == TODAY
    [part] = parts
    assert part.series.code == "SM-1"
    [item] = part.due
    # 2025-03-02 and 2025-06-09 are past a year's retention; 2026-11-02 is not.
    assert (item.kind, item.label, item.count, item.first, item.last, item.kept_until) == (
        "removals",
        URL,
        2,
        date(2025, 3, 2),
        date(2025, 6, 9),
        date(2026, 6, 9),
    )
    assert (part.held, part.begun) == ((), ())
    assert _kinds(city, "retention-past") == [("retention-past", date(2026, 3, 3), "SM-1")]


@pytest.mark.parametrize(("days", "allowed"), [(59, False), (60, True), (61, True)])
def test_destruction_waits_for_the_historical_societys_60_days(city, days, allowed) -> None:  # type: ignore[no-untyped-def]
    _series(city)
    _removed_long_ago(city)
    notice = TODAY - timedelta(days=days)
    started = begin_disposition(city, "SM-1", notice_on=notice)
    # It covers what was past its retention the day the notice was sent, not what came since.
    assert (started.number, started.through, started.allowed_from) == (
        "SM-1-2026-11-20",
        notice - timedelta(days=1),
        notice + timedelta(days=60),
    )
    # Begun: no longer "past retention with no disposition begun".
    assert _kinds(city, "retention-past") == []
    assert disposition_list_now(city)[1][0].begun[0].disposition == "SM-1-2026-11-20"
    if not allowed:
        assert _kinds(city, "disposition-notice") == []
        before = dump(city)
        with pytest.raises(ClerkDeskError) as caught:
            record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted from the archive")
        assert caught.value.message == (
            "disposition SM-1-2026-11-20: the Wisconsin Historical Society was sent notice on "
            "Sep 22, 2026; the records may be destroyed from Nov 21, 2026, 60 days after it "
            "(Wis. Stat. 19.21(4)(a))"
        )
        assert dump(city) == before
        return
    assert _kinds(city, "disposition-notice") == [
        ("disposition-notice", notice + timedelta(days=60), "SM-1-2026-11-20")
    ]
    done = record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted from the archive")
    assert (done.destroyed_on, done.destroyed_by, done.method) == (
        TODAY,
        "Ann Lee",
        "Deleted from the archive",
    )
    assert _kinds(city, "disposition-notice", "retention-past") == []
    assert disposition_list_now(city)[1] == ()  # destroyed: off the list
    assert maintenance.check(city) == []


def test_a_waiver_lets_destruction_proceed_at_once(city) -> None:  # type: ignore[no-untyped-def]
    _series(city)
    _removed_long_ago(city)
    started = begin_disposition(city, "SM-1", waived_on=TODAY)
    assert _kinds(city, "disposition-notice") == [("disposition-notice", TODAY, started.number)]
    record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted")
    assert [d.destroyed_on for d in list_dispositions(city)] == [TODAY]
    with pytest.raises(ClerkDeskError, match="was recorded on Nov 20, 2026 already"):
        record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted")


def test_a_hold_blocks_the_destruction_naming_the_request(city) -> None:  # type: ignore[no-untyped-def]
    _series(city)
    _removed_long_ago(city)
    started = begin_disposition(city, "SM-1", notice_on=TODAY - timedelta(days=61))
    save_request(
        city,
        None,
        RequestInput(
            "2026-014",
            date(2026, 11, 2),
            "Every comment removed",
            status="denied",
            closed_on=date(2026, 11, 5),
            accounts=(URL,),
            reasons="Part of a pending investigation",
        ),
    )
    [part] = disposition_list_now(city)[1]
    assert [(i.count, i.holds[0].number) for i in part.held] == [(2, "2026-014")]
    before = dump(city)
    with pytest.raises(ClerkDeskError) as caught:
        record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted")
    assert caught.value.message == (
        f"disposition SM-1-2026-11-20: {URL} is on hold through Jan 4, 2027: public-records "
        "request 2026-014 was denied (60 days, Wis. Stat. 19.35(5)); its records may not be "
        "destroyed while public-records request 2026-014 holds them"
    )
    assert dump(city) == before


def test_nothing_past_retention_gives_no_notice_and_a_notice_needs_its_day(city) -> None:  # type: ignore[no-untyped-def]
    _series(city, years=7)
    _removed_long_ago(city)
    assert disposition_list_now(city)[1] == ()
    with pytest.raises(ClerkDeskError, match="nothing of series SM-1 is past its retention"):
        begin_disposition(city, "SM-1", notice_on=TODAY)
    with pytest.raises(ValidationError) as caught:
        begin_disposition(city, "SM-1")
    assert list(caught.value.fields) == ["notice_on"]


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_the_list_the_notice_and_the_certificate_are_printed(city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _series(city)
    _removed_long_ago(city)
    listed, notice, certificate = (tmp_path / f"{n}.pdf" for n in ("list", "notice", "cert"))
    assert print_disposition_list(city, listed) == 2
    text = pdf_text(listed)
    assert "Disposition list" in text
    assert "SM-1 Social media content: kept 1 year" in text
    assert "Removed content" in text and URL in text.replace("/ ", "/")
    assert "2 Mar 2, 2025 to Jun 9, 2025 Jun 9, 2026" in text
    assert print_notice(city, "SM-1", notice) == 2
    text = pdf_text(notice)
    assert "Notice of intent to destroy public records" in text
    assert "Wisconsin Historical Society" in text and "19.21(4)(a)" in text
    started = begin_disposition(city, "SM-1", notice_on=TODAY - timedelta(days=60))
    with pytest.raises(ClerkDeskError, match="record the destruction first"):
        print_certificate(city, started.number, certificate)
    record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted from the archive")
    assert print_certificate(city, started.number, certificate) == 2
    text = pdf_text(certificate)
    assert "Certificate of destruction" in text
    assert "Destroyed on Nov 20, 2026" in text and "Deleted from the archive" in text
    assert f"{URL} 2" in text.replace("/ ", "/")
    with pytest.raises(ClerkDeskError, match="nothing of series SM-1"):
        print_notice(city, "SM-1", notice)
    assert maintenance.check(city) == []


def test_a_waiver_after_the_notice_shortens_the_wait(city) -> None:  # type: ignore[no-untyped-def]
    _series(city)
    _removed_long_ago(city)
    started = begin_disposition(city, "SM-1", notice_on=TODAY - timedelta(days=10))
    with pytest.raises(ClerkDeskError, match="may be destroyed from Jan 9, 2027"):
        record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted")
    waived = begin_disposition(city, "SM-1", waived_on=TODAY - timedelta(days=2))
    assert (waived.number, waived.allowed_from) == (started.number, date(2026, 11, 18))
    assert [d.number for d in list_dispositions(city)] == [started.number]
    record_destruction(city, started.number, TODAY, "Ann Lee", "Deleted")
    assert maintenance.check(city) == []


def test_a_notice_covers_only_what_was_past_retention_when_it_was_sent(city) -> None:  # type: ignore[no-untyped-def]
    """Sent on 2026-06-01: the removal kept until 2026-03-02 was past its retention, the one
    kept until 2026-06-09 was not: it is left for a notice of its own."""
    _series(city)
    _removed_long_ago(city)
    started = begin_disposition(city, "SM-1", notice_on=date(2026, 6, 1))
    assert started.through == date(2026, 5, 31)
    [part] = disposition_list_now(city)[1]
    [(begun_first, begun_count)] = [(i.first, i.count) for i in part.begun]
    assert (begun_first, begun_count) == (date(2025, 3, 2), 1)
    [(due_first, due_count)] = [(i.first, i.count) for i in part.due]
    assert (due_first, due_count) == (date(2025, 6, 9), 1)
    assert maintenance.check(city) == []


def test_words_longer_than_their_column_are_refused_by_name(city) -> None:  # type: ignore[no-untyped-def]
    """Refused here, on both databases alike (a server would cut them off with an error)."""
    with pytest.raises(ValidationError) as caught:
        _series(city, title="T" * 301, schedule="S" * 301)
    assert caught.value.fields == {
        "title": "at most 300 characters",
        "schedule": "at most 300 characters",
    }
    _series(city)
    _removed_long_ago(city)
    started = begin_disposition(city, "SM-1", waived_on=TODAY)
    before = dump(city)
    with pytest.raises(ValidationError) as caught:
        record_destruction(city, started.number, TODAY, "A" * 201, "M" * 201)
    assert caught.value.fields == {
        "destroyed_by": "at most 200 characters",
        "method": "at most 200 characters",
    }
    assert dump(city) == before


def test_a_discontinued_account_is_kept_for_its_series_years_everywhere(city) -> None:  # type: ignore[no-untyped-def]
    """The account window's "records kept until" and the disposition list give one day: the
    series' years where the city put the account under one, the profile's 7 otherwise."""
    from clerkdesk.services.accounts.writes import discontinue_account, list_accounts
    from clerkdesk.services.requests.holds import account_records

    [account] = [a for a in list_accounts(city) if a.url == URL]
    discontinue_account(city, account.id, date(2026, 11, 2), "merged with the city page")
    assert account_records(city)[account.id].keep_until == date(2033, 11, 2)
    _series(city, years=3)
    assert account_records(city)[account.id].keep_until == date(2029, 11, 2)
