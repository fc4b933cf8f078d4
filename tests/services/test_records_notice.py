"""The office's public notice of its records (Wis. Stat. 19.34) and the annual request report
for the council, printed and read back: the custodians, the office hours and where to ask as
Settings has them; the year's counts, the median in work days skipping a holiday, the denials
by reason."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.services.city.notice import notice_settings, update_notice_settings
from clerkdesk.services.integrity.audit import list_events
from clerkdesk.services.requests.notice import (
    annual_report,
    print_records_notice,
    print_request_report,
)
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request

from .duties_city import small_city


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_the_notice_names_the_custodians_the_hours_and_where_to_ask(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(db)
    update_notice_settings(
        db, "Monday to Friday,\n8:00 a.m. to 4:30 p.m.", "City Hall, 381 E Main St  "
    )
    assert notice_settings(db).office_hours == "Monday to Friday,\n8:00 a.m. to 4:30 p.m."
    assert notice_settings(db).records_contact == "City Hall, 381 E Main St"
    out = tmp_path / "notice.pdf"
    data = print_records_notice(db, out)
    text = pdf_text(out)
    assert [c.name for c in data.custodians] == ["Priya Raman"]
    assert len(data.custodians[0].accounts) == 2
    assert "Priya Raman" in text and "Director" in text
    assert "Monday to Friday, 8:00 a.m. to 4:30 p.m." in text
    assert "City Hall, 381 E Main St" in text
    assert "Where to ask City Clerk" in text  # Stoughton's records office: its coordinating one
    assert "Wis. Stat. 19.34" in text
    # The statute gives no number: the 10 days are the DOJ's guidance, and the notice says so.
    assert "within 10 work days (DOJ guidance (practice))." in text


def test_the_notice_says_what_is_not_recorded_and_changes_are_audited(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "notice.pdf"
    data = print_records_notice(db, out)
    assert data.custodians == ()
    text = pdf_text(out)
    assert text.count("(not recorded: enter it in Settings, Public records)") == 2
    assert "No account has a custodian designated." in text
    with pytest.raises(ValidationError) as error:
        update_notice_settings(db, "x" * 2001, None)
    assert set(error.value.fields) == {"office_hours"}
    update_notice_settings(db, "9 to 5", None)
    update_notice_settings(db, "9 to 5", "")  # nothing changed: nothing recorded
    assert [e.action for e in list_events(db)].count("city.notice") == 1


def test_the_annual_report_counts_the_year_and_skips_the_holiday(db, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 1, 15, 18, tzinfo=UTC)
    requests = [
        # Wednesday 2 July 2025 to Tuesday 8 July: Friday 4 July is a holiday, 3 work days.
        RequestInput("R-1", date(2025, 7, 2), "Posts", "granted", closed_on=date(2025, 7, 8)),
        RequestInput("R-2", date(2025, 3, 3), "Posts", "granted", closed_on=date(2025, 3, 4)),
        RequestInput(
            "R-3",
            date(2025, 3, 3),
            "Messages",
            "denied",
            closed_on=date(2025, 3, 17),
            reasons="A pending investigation",
        ),
        RequestInput(
            "R-4",
            date(2025, 4, 1),
            "Messages",
            "partly-granted",
            closed_on=date(2025, 4, 3),
            reasons="A pending investigation",
        ),
        RequestInput("R-5", date(2025, 12, 30), "Comments"),  # open at the year's end
        RequestInput("R-6", date(2024, 12, 30), "Comments", "granted", closed_on=date(2025, 1, 2)),
    ]
    for request in requests:
        save_request(db, None, request)
    days = {r.number: r.days_taken for r in list_requests(db)}
    assert days["R-1"] == 3  # the Requests page's count, the report's own
    report = annual_report(db, 2025)
    assert (report.received, report.answered, report.open_at_end) == (5, 5, 1)
    # Taken: R-6 1 (New Year's Eve and Day, Wisconsin holidays, skipped), R-2 1, R-4 2, R-1 3,
    # R-3 10: the middle is 2.
    assert sorted(d for d in days.values() if d is not None) == [1, 1, 2, 3, 10]
    assert report.median_days == 2
    assert report.denials == (("A pending investigation", 2),)
    out = tmp_path / "report.pdf"
    print_request_report(db, 2025, out)
    text = pdf_text(out)
    assert "Public-records requests in 2025" in text
    assert "Requests received 5" in text and "Median work days to answer 2" in text
    assert "Still open on December 31, 2025 1" in text
    assert "A pending investigation 2" in text
    with pytest.raises(ClerkDeskError):
        annual_report(db, 1776)


def test_a_retention_directive_to_come_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.city.notice import record_retention_directive, retention_directive_on

    with pytest.raises(ValidationError) as refused:
        record_retention_directive(db, date(2026, 11, 21))  # the day after the clock's today
    assert refused.value.fields == {"retention_directive_on": "cannot be in the future"}
    record_retention_directive(db, date(2026, 11, 20))
    record_retention_directive(db, date(2026, 11, 20))  # the same: nothing recorded again
    assert retention_directive_on(db) == date(2026, 11, 20)
    assert [e.action for e in list_events(db)].count("city.directive") == 1
