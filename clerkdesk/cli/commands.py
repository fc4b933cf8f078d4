"""What each command does: parse its arguments into service calls and print the result."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.dates import parse_date
from ..core.errors import ClerkDeskError, DatabaseDamagedError, ValidationError
from ..core.vocabulary import ROLES
from ..paths import Paths
from ..services.city import writes as city
from ..services.credentials.intents import pending_said
from ..services.demo import city as demo
from ..services.integrity import maintenance
from ..services.integrity.anchor import current_head
from ..services.kernel.database import Database
from ..services.obligations import due as obligations
from ..services.people import separation
from ..services.reviews import printouts as review_printouts
from ..services.terms import printouts
from ..services.transfer import csv_export, csv_import
from .records_commands import RECORDS_FORMS, print_records
from .table import obligations_table


def run(args: argparse.Namespace, paths: Paths) -> int:
    if args.command == "init":
        return _init(args, paths)
    if args.command == "check":
        return _check_open(paths)
    db = Database.open(paths, create=args.command == "demo")
    try:
        for line in pending_said(db):
            print(f"clerkdesk: warning: {line}", file=sys.stderr)
        return _COMMANDS[args.command](args, db)
    finally:
        db.close()


def _init(args: argparse.Namespace, paths: Paths) -> int:
    adopted = parse_date(args.adopted) if args.adopted else None
    file = paths.database_file
    created = file is not None and not file.exists()
    db = Database.open(paths, create=created)
    try:
        try:
            view = city.init_city(
                db, args.city, args.profile, adopted, args.timezone, args.email_domain
            )
        except ValidationError as exc:
            raise ClerkDeskError(
                "; ".join(f"--{k.replace('_', '-')}: {v}" for k, v in exc.fields.items())
            ) from exc
    except ClerkDeskError:
        db.close()
        if created and file is not None:
            # Only a file this very command made is taken away again.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{file}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
    deadline = view.grandfather_deadline
    print(f"Set up {view.name} under the {view.profile.title}.")
    if deadline:
        print(f"Accounts in use on {view.adopted_on} must be approved by {deadline} (R5).")
    return 0


def _demo(args: argparse.Namespace, db: Database) -> int:
    demo.load_demo(db)
    view = city.get_city(db)
    assert view is not None
    print(f"Loaded the demonstration city into {view.name}.")
    return 0


def _import(args: argparse.Namespace, db: Database) -> int:
    if args.kind == "workbook":
        from .workbook_commands import import_workbook

        return import_workbook(args, db)
    report = csv_import.import_csv(db, args.kind, Path(args.file), dry_run=args.dry_run)
    for line in report.lines:
        print(line)
    print(report.summary())
    return 0


def _export(args: argparse.Namespace, db: Database) -> int:
    if args.kind == "calendar":
        from ..services.obligations import calendar as calendar_export

        if not args.output:
            raise ClerkDeskError("export calendar: give the file to write with -o FILE.ics")
        events = calendar_export.export_calendar(db, Path(args.output))
        print(f"Wrote {events} dated obligation(s) to {args.output}", file=sys.stderr)
        return 0
    if args.kind == "workbook":
        from .workbook_commands import export_workbook

        return export_workbook(args, db)
    if args.kind == "public-list":
        from .workbook_commands import export_public_list

        return export_public_list(args, db)
    if args.output:
        count = csv_export.export_csv(db, args.kind, Path(args.output))
        print(f"Wrote {count} {args.kind} to {args.output}", file=sys.stderr)
        print(csv_export.EXPORT_RECORDED, file=sys.stderr)
        return 0
    sys.stdout.reconfigure(newline="")  # type: ignore[union-attr]
    csv_export.export_stream(db, args.kind, sys.stdout, "standard output")
    sys.stdout.flush()
    print(csv_export.EXPORT_RECORDED, file=sys.stderr)
    return 0


def _obligations(args: argparse.Namespace, db: Database) -> int:
    as_of = obligations.as_of_moment(db, args.as_of) if args.as_of is not None else None
    items = obligations.due(db, as_of)
    if args.json:
        print(json.dumps(obligations.as_json(db, items), indent=1, ensure_ascii=False))
    else:
        print(obligations_table(items))
    return 0


def _backup(args: argparse.Namespace, db: Database) -> int:
    copy = maintenance.backup(db, Path(args.output))
    print(f"Backed up to {copy}")
    print(current_head(db).describe())
    return 0


def _check_open(paths: Paths) -> int:
    """`check` says a damaged database as a problem found (exit 1), with the last backup."""
    try:
        db = Database.open(paths)
        try:
            return _check(argparse.Namespace(), db)
        finally:
            db.close()
    except DatabaseDamagedError as exc:
        print(exc.message)
        print(maintenance.last_backup_said(paths))
        print("1 problem(s) found", file=sys.stderr)
        return 1


def _check(args: argparse.Namespace, db: Database) -> int:
    report = maintenance.check_report(db)
    for problem in report.problems:
        print(problem)
    if report.problems:
        if any(p.startswith("integrity:") for p in report.problems):
            print(f"{db.where} is damaged.")
            print(maintenance.last_backup_said(db.paths))
    else:
        print("Database is sound: integrity, schema and audit log all check out.")
        from ..services.credentials.writes import vault_status

        print(f"Credential store: {vault_status(db).describe()}")
    for note in report.notes:
        print(f"note: {note}")
    # For an auditor to compare with the head printed on an earlier backup, export or check.
    print(report.head.describe())
    if report.problems:
        print(f"{len(report.problems)} problem(s) found", file=sys.stderr)
        return 1
    return 0


def _separate(args: argparse.Namespace, db: Database) -> int:
    at = obligations.as_of_moment(db, args.at)
    if len(args.at.strip()) <= 10:
        raise ClerkDeskError("--at: give the moment, YYYY-MM-DDTHH:MM (the 48 hours start there)")
    view = separation.separate(db, args.person, at)
    print(f"{view.name} separated at {args.at}; ended {len(view.accounts)} term(s).")
    for url in view.accounts:
        print(f"  change the password of {url}")
    return 0


def _print(args: argparse.Namespace, db: Database) -> int:
    if args.form in RECORDS_FORMS:
        return print_records(args, db)
    out = Path(args.output)
    if args.form == "review":
        review = review_printouts.print_review(db, args.department, out)
        print(
            f"Wrote the worksheet of access review {review.number} of {review.department} "
            f"({len(review.lines)} lines) to {out}"
        )
        return 0
    if args.form == "checklist":
        from ..services.site_checks.checklists import print_checklist

        print_checklist(db, args.account, out)
        print(f"Wrote the site checklist of {args.account} to {out}")
        return 0
    if args.form == "inventory":
        from ..services.accounts.inventory import print_inventory

        data = print_inventory(db, out)
        print(
            f"Wrote the inventory of {data.total} account(s) in {len(data.departments)} "
            f"department(s) to {out}"
        )
        return 0
    if args.form == "agreement":
        printouts.print_agreement(db, args.account, args.person, out)
        print(f"Wrote the agreement to {out}")
    else:
        count = printouts.print_unsigned(db, args.department, out)
        print(f"Wrote {count} agreement(s) to {out}")
    return 0


def _secret_from_stdin(what: str) -> str:
    """A secret from standard input (a prompt when it is a terminal); never from arguments."""
    from .console import stdin_is_console

    if sys.stdin is None:
        raise ClerkDeskError(f"give the {what} on standard input")
    if stdin_is_console():
        import getpass

        return getpass.getpass(f"{what.capitalize()}: ")
    try:
        text = sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ClerkDeskError(
            f"the {what} on standard input is not UTF-8 text; nothing was stored"
        ) from exc
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise ClerkDeskError(f"no {what} given on standard input")
    return text


def _review(args: argparse.Namespace, db: Database) -> int:
    from ..services.reviews import writes as reviews

    if args.action == "remind":
        print(reviews.reminder_mailto(db, args.department))
        return 0
    view = reviews.record_by_pairs(
        db, args.department, args.reviewer, parse_date(args.on), args.keep, args.revoke
    )
    removed = [line for line in view.lines if line.decision == "remove"]
    done = view.completed_on.isoformat() if view.completed_on else args.on
    print(
        f"Recorded access review {view.number} of {view.department}, done on {done}: "
        f"{len(view.lines) - len(removed)} kept, {len(removed)} removed."
    )
    for line in removed:
        print(f"  removed {line.person} ({ROLES[line.role].lower()}) from {line.url}")
    return 0


def _credential(args: argparse.Namespace, db: Database) -> int:
    from ..services.accounts.writes import find_account
    from ..services.credentials import handover
    from ..services.credentials import writes as credentials

    if args.action == "export-handover":
        report = handover.export_handover(db, Path(args.output), _secret_from_stdin("passphrase"))
        print(f"Wrote {report.written} credential(s), encrypted, to {args.output}")
        return 0
    if args.action == "import-handover":
        report = handover.import_handover(db, Path(args.file), _secret_from_stdin("passphrase"))
        print(f"Put {report.written} credential(s) in this computer's credential store")
        for url in report.skipped:
            print(f"  skipped {url}: not in this register")
        for kept in report.kept:
            print(f"  {kept}")
        return 0
    account = find_account(db, args.account)
    if args.action == "reveal":
        print(credentials.reveal(db, account.id))
        return 0
    if args.action == "delete":
        credentials.delete_credential(db, account.id)
        print(f"Removed the credential of {account.url} from the credential store")
        return 0
    current = credentials.credential_view(db, account.id)
    changed_at = obligations.as_of_moment(db, args.changed_at) if args.changed_at else None
    if args.changed_at and len(args.changed_at.strip()) <= 10:
        raise ClerkDeskError("--changed-at: give the moment, YYYY-MM-DDTHH:MM")
    password = _secret_from_stdin("password")
    view = credentials.set_credential(
        db,
        account.id,
        credentials.CredentialInput(
            username=args.username if args.username is not None else current.username,
            password=password,
            changed_at=changed_at,
            mfa_enabled=bool(args.mfa) or current.mfa_enabled,
            mfa_method=args.mfa or current.mfa_method,
            accept_weak=args.accept_weak,
        ),
    )
    last = view.last_change
    note = (
        " (recorded late: more than the profile's hours after the change)"
        if (last and last.late)
        else ""
    )
    print(f"Stored the password of {account.url} in the credential store{note}")
    return 0


_COMMANDS = {
    "demo": _demo,
    "import": _import,
    "export": _export,
    "obligations": _obligations,
    "backup": _backup,
    "check": _check,
    "separate": _separate,
    "print": _print,
    "credential": _credential,
    "review": _review,
}
