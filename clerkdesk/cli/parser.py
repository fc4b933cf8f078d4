"""The command line's grammar (INTERFACE.md). Only the standard library is imported here, and
the registers' declarations (plain data) for the kinds of file they are imported and exported
as."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from .. import __version__
from ..services.kernel.registers import file_kinds
from .window_options import WINDOW_OPTIONS

PROFILES = ("stoughton", "milwaukee", "wausau", "janesville", "madison")


class Parser(argparse.ArgumentParser):
    """Bad arguments give one plain line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        # What was typed is echoed: never a control character a terminal would run.
        shown = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in message)
        print(f"clerkdesk: error: {shown} (see `clerkdesk --help`)", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> Parser:
    parser = Parser(
        prog="clerkdesk",
        description="The city clerk's register of official social media accounts. "
        "Without a command, opens the desktop window.",
    )
    for option in WINDOW_OPTIONS:
        if option.metavar is None:
            parser.add_argument(option.flag, action="store_true", help=option.help)
        else:
            parser.add_argument(option.flag, metavar=option.metavar, help=option.help)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (database, printing, credential store, "
        "window) and exit 0 when all required checks pass",
    )
    parser.add_argument("--version", action="version", version=f"clerkdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    kinds = tuple(file_kinds())  # every register's, in import order

    p = sub.add_parser("init", help="create the database for a city")
    p.add_argument("--city", required=True, help="the city's name")
    p.add_argument("--profile", default="stoughton", choices=PROFILES, help="policy profile")
    p.add_argument("--adopted", metavar="DATE", help="the date the policy was approved")
    p.add_argument("--timezone", metavar="TZ", help="the city's time zone (America/Chicago)")
    p.add_argument("--email-domain", metavar="DOMAIN", help="the city's e-mail domain (R12)")

    sub.add_parser("demo", help="fill an empty database with a demonstration city")

    p = sub.add_parser("import", help="import a CSV file (or a workbook), whole or not at all")
    p.add_argument("kind", choices=(*kinds, "workbook"))
    p.add_argument("file", metavar="FILE.csv", help="`workbook` reads FILE.xlsx, a sheet per kind")
    p.add_argument("--dry-run", action="store_true", help="report what would change")

    p = sub.add_parser("export", help="export records as CSV")
    p.add_argument("kind", choices=(*kinds, "audit", "calendar", "workbook", "public-list"))
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE.csv",
        help="file to write (default stdout); `calendar` writes an iCalendar file (FILE.ics), "
        "`workbook` every kind to FILE.xlsx, a sheet each, `public-list` the public list of "
        "the city's accounts (HTML, CSV, JSON) and the inventory page into the folder DIR",
    )

    p = sub.add_parser("obligations", help="what is due, soonest first")
    p.add_argument("--as-of", metavar="DATE|MOMENT", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    p.add_argument("--json", action="store_true", help="one JSON array")

    p = sub.add_parser("backup", help="a consistent copy of the database")
    p.add_argument("-o", "--output", metavar="FILE", required=True)

    p = sub.add_parser("separate", help="record that a person left the city")
    p.add_argument("--person", required=True, metavar="EMPLOYEE_ID")
    p.add_argument("--at", required=True, metavar="MOMENT", help="YYYY-MM-DDTHH:MM")

    p = sub.add_parser("print", help="print a form to PDF")
    forms = p.add_subparsers(dest="form", metavar="FORM", parser_class=Parser, required=True)
    f = forms.add_parser("agreement", help="the Authorized User Agreement of one assignment")
    f.add_argument("--account", required=True, metavar="URL")
    f.add_argument("--person", required=True, metavar="EMPLOYEE_ID")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "review",
        help="the access-review worksheet of a department (starting a review when none is open)",
    )
    f.add_argument("--department", required=True, metavar="NAME")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser("inventory", help="the inventory of every account not discontinued (R20)")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser("agreements", help="every unsigned agreement of a department")
    f.add_argument("--department", required=True, metavar="NAME")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "checklist", help="the site checklist of an account, for its custodian to fill in"
    )
    f.add_argument("--account", required=True, metavar="URL")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "request-log", help="the public-records requests of a period (default: this year)"
    )
    f.add_argument("--from", dest="start", metavar="DATE", help="first day (default 1 January)")
    f.add_argument("--to", dest="end", metavar="DATE", help="last day (default today)")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser("moderation", help="the removals of content of one month (R16)")
    f.add_argument("--month", metavar="YYYY-MM", help="default: this month")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "records-notice",
        help="the office's public notice of its custodians and how to ask for records (19.34)",
    )
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "request-report", help="the annual report of public-records requests for the council"
    )
    f.add_argument("--year", type=int, metavar="YYYY", help="default: last year")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "disposition-list", help="the records past their retention, by series (Wis. Stat. 19.21)"
    )
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "disposition-notice",
        help="the notice to the Wisconsin Historical Society of a series' records past retention",
    )
    f.add_argument("--series", required=True, metavar="CODE")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f = forms.add_parser(
        "destruction-certificate", help="the certificate of destruction of a disposition"
    )
    f.add_argument("--disposition", required=True, metavar="NUMBER")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    p = sub.add_parser("review", help="access reviews by department heads")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    a = actions.add_parser("record", help="record a completed access review")
    a.add_argument("--department", required=True, metavar="NAME")
    a.add_argument("--reviewer", required=True, metavar="EMPLOYEE_ID")
    a.add_argument(
        "--on",
        required=True,
        metavar="DATE",
        help="the day on the signed worksheet; a day before the review under way started (or "
        "before today, with none under way) enters a review done on paper, whose removals end "
        "that day",
    )
    a.add_argument("--keep", nargs="*", default=[], metavar="URL:EMPLOYEE_ID")
    a.add_argument("--revoke", nargs="*", default=[], metavar="URL:EMPLOYEE_ID")
    a = actions.add_parser("remind", help="a mailto: link asking the department head to review")
    a.add_argument("--department", required=True, metavar="NAME")

    p = sub.add_parser("credential", help="account passwords in the credential store")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    a = actions.add_parser("set", help="store a password read from standard input")
    a.add_argument("--account", required=True, metavar="URL")
    a.add_argument("--username", metavar="NAME")
    a.add_argument(
        "--changed-at", metavar="MOMENT", help="when it changed on the platform (default now)"
    )
    a.add_argument("--mfa", metavar="METHOD", help="multi-factor method, e.g. 'authenticator app'")
    a.add_argument(
        "--accept-weak",
        action="store_true",
        help="record a password that does not meet the city's rule (it is flagged)",
    )
    a = actions.add_parser("reveal", help="print the password (written to the audit log)")
    a.add_argument("--account", required=True, metavar="URL")
    a = actions.add_parser("delete", help="remove the account's secrets from the store")
    a.add_argument("--account", required=True, metavar="URL")
    a = actions.add_parser(
        "export-handover",
        help="all credentials, encrypted with a passphrase read from standard input",
    )
    a.add_argument("-o", "--output", required=True, metavar="FILE")
    a = actions.add_parser(
        "import-handover", help="credentials from a handover file (passphrase from standard input)"
    )
    a.add_argument("file", metavar="FILE")

    sub.add_parser("check", help="integrity, schema revision and audit log; exit 1 on problems")
    return parser
