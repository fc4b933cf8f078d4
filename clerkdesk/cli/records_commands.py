"""The command line's printouts of the records registers: the public-records request log (R17),
the monthly moderation report (R16), the office's 19.34 notice and the annual request report,
and the retention printouts (Wis. Stat. 19.21): the
disposition list, the notice to the Wisconsin Historical Society, the certificate of
destruction."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.dates import parse_date
from ..core.errors import ClerkDeskError
from ..services.kernel.common import city_row as _city_row
from ..services.kernel.common import city_today, profile_of
from ..services.kernel.database import Database
from ..services.removals import printouts as removal_printouts
from ..services.requests import notice as records_notice
from ..services.requests import printouts as records_printouts
from ..services.retention import printouts as retention_printouts

RECORDS_FORMS = (
    "request-log",
    "moderation",
    "records-notice",
    "request-report",
    "disposition-list",
    "disposition-notice",
    "destruction-certificate",
)


def _today(db: Database) -> date:
    with db.reading() as session:
        profile = profile_of(_city_row(session))
    return city_today(db, profile)


def _month(text: str) -> date:
    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError as exc:
        raise ClerkDeskError(f"--month: {text!r} is not a month (use YYYY-MM)") from exc


def print_records(args: argparse.Namespace, db: Database) -> int:
    out = Path(args.output)
    if args.form == "request-log":
        today = _today(db)
        start = parse_date(args.start) if args.start else today.replace(month=1, day=1)
        end = parse_date(args.end) if args.end else today
        count = records_printouts.print_request_log(db, start, end, out)
        print(f"Wrote the request log {start} to {end} ({count} requests) to {out}")
    elif args.form == "records-notice":
        notice = records_notice.print_records_notice(db, out)
        print(f"Wrote the public records notice ({len(notice.custodians)} custodians) to {out}")
    elif args.form == "request-report":
        year = args.year if args.year is not None else _today(db).year - 1
        report = records_notice.print_request_report(db, year, out)
        print(
            f"Wrote the report of {year}: {report.received} requests received, "
            f"{report.answered} answered, to {out}"
        )
    elif args.form == "disposition-list":
        count = retention_printouts.print_disposition_list(db, out)
        print(f"Wrote the disposition list ({count} records that may be disposed of) to {out}")
    elif args.form == "disposition-notice":
        count = retention_printouts.print_notice(db, args.series, out)
        print(
            f"Wrote the notice to the Wisconsin Historical Society of series {args.series} "
            f"({count} records) to {out}"
        )
    elif args.form == "destruction-certificate":
        count = retention_printouts.print_certificate(db, args.disposition, out)
        print(
            f"Wrote the certificate of destruction of disposition {args.disposition} "
            f"({count} records) to {out}"
        )
    else:
        month = _month(args.month) if args.month else _today(db)
        count = removal_printouts.print_moderation_report(db, month, out)
        print(f"Wrote the moderation report of {month:%B %Y} ({count} removals) to {out}")
    return 0
