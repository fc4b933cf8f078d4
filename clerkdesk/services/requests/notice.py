"""The office's public notice of its records (Wis. Stat. 19.34) and the annual report of
records requests (R17) for the council. The data gathered here, in one read each; the figures
of the report computed in `core.request_report`; the PDFs made by
`clerkdesk.printing.records_notice` (imported only when something is printed); each printout
recorded in the audit log."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...core.bases import figure_source
from ...core.errors import ClerkDeskError
from ...core.request_report import ReportRow, RequestReport, request_report
from ...core.validation import year_problem
from ...core.vocabulary import PLATFORMS, AccountStatus, Role
from ...core.workdays import CALENDARS
from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..integrity.audit import Change
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.printouts import city_title, print_header
from .writes import list_requests

if TYPE_CHECKING:
    from ...printing.records_notice import NoticeCustodian, NoticeData, ReportData


def _custodians(session: Session, now: datetime) -> tuple[NoticeCustodian, ...]:
    """Each person who is custodian of an account not discontinued, with those accounts."""
    from ...printing.records_notice import NoticeCustodian

    rows = session.execute(
        select(
            Person.name,
            Person.title,
            Person.email,
            Person.phone,
            Account.platform,
            Account.handle,
            Account.url,
        )
        .join(Assignment, Assignment.person_id == Person.id)
        .join(Account, Account.id == Assignment.account_id)
        .where(
            Assignment.role == Role.CUSTODIAN,
            Assignment.starts_at <= now,
            or_(Assignment.ends_at.is_(None), Assignment.ends_at > now),
            Account.status != AccountStatus.DISCONTINUED,
        )
    ).all()
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for name, title, email, phone, platform, handle, url in rows:
        contact = " · ".join(c for c in (email, phone) if c)
        where = PLATFORMS.get(platform, platform)
        found[(name, title or "", contact)].append(f"{where} {handle}" if handle else url)
    return tuple(
        NoticeCustodian(name, title, contact, tuple(sorted(accounts, key=str.casefold)))
        for (name, title, contact), accounts in sorted(
            found.items(), key=lambda item: item[0][0].casefold()
        )
    )


def records_notice(db: Database) -> NoticeData:
    """The notice as it stands now."""
    from ...printing.records_notice import NoticeData

    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        return NoticeData(
            city=city_title(city.name),
            records_office=profile.records_office or profile.coordinating_office,
            office_hours=city.office_hours or "",
            contact=city.records_contact or "",
            custodians=_custodians(session, db.clock()),
            response_days=profile.records_response_days,
            response_source=figure_source(profile, "R17") or "",
        )


def print_records_notice(db: Database, out: Path) -> NoticeData:
    from ...printing.records_notice import render_records_notice

    data = records_notice(db)
    with db.reading() as session:
        header = print_header(db, session, "Public records notice (Wis. Stat. 19.34)")
    write_recorded(
        db,
        out,
        lambda partial: render_records_notice(data, header, partial),
        Change(
            "request.print",
            "records_request",
            "notice",
            f"Printed the public records notice (19.34) to {out}",
            {"custodians": len(data.custodians), "file": str(out)},
        ),
    )
    return data


def annual_report(db: Database, year: int) -> RequestReport:
    """The year's figures, from every request as the Requests page lists it (its work days
    counted as its target counts them)."""
    problem = "not a year" if not 1 <= year <= 9999 else year_problem(date(year, 1, 1))
    if problem:
        raise ClerkDeskError(f"the report's year {year}: {problem}")
    rows = (
        ReportRow(r.received_on, r.closed_on, r.status, r.reasons, r.days_taken)
        for r in list_requests(db)
    )
    return request_report(year, rows)


def report_data(db: Database, year: int) -> tuple[RequestReport, ReportData]:
    """The year's figures and their lines as the report shows them, printed or as a page."""
    from ...printing.records_notice import ReportData

    report = annual_report(db, year)
    with db.reading() as session:
        profile = profile_of(city_row(session))
    days = "-" if report.median_days is None else f"{report.median_days:g}"
    data = ReportData(
        year=year,
        figures=(
            ("Requests received", str(report.received)),
            ("Requests answered (granted, partly granted or denied)", str(report.answered)),
            ("Requests withdrawn", str(report.withdrawn)),
            ("Median work days to answer", days),
            (
                "Longest, in work days",
                "-" if report.longest_days is None else str(report.longest_days),
            ),
            (f"Still open on December 31, {year}", str(report.open_at_end)),
        ),
        denials=tuple((reasons, str(count)) for reasons, count in report.denials),
        basis=(
            "Work days are counted from the day a request was received to the day it was "
            "answered, as its target is counted: weekends, "
            f"{CALENDARS[profile.holiday_calendar].split(' (')[0]} and the city's own days off "
            "skipped. A request "
            "answered in the year counts in it, whenever it was received."
        ),
    )
    return report, data


def print_request_report(db: Database, year: int, out: Path) -> RequestReport:
    from ...printing.records_notice import render_request_report

    report, data = report_data(db, year)
    with db.reading() as session:
        header = print_header(db, session, f"Public-records requests in {year}")
    write_recorded(
        db,
        out,
        lambda partial: render_request_report(data, header, partial),
        Change(
            "request.print",
            "records_request",
            str(year),
            f"Printed the annual report of public-records requests of {year} to {out}",
            {"received": report.received, "answered": report.answered, "file": str(out)},
        ),
    )
    return report
