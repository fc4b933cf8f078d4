"""`import workbook FILE.xlsx`, `export workbook -o FILE.xlsx` and `export public-list -o DIR`
(INTERFACE.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import ClerkDeskError
from ..services.kernel.database import Database


def import_workbook(args: argparse.Namespace, db: Database) -> int:
    from ..services.transfer.workbook_read import import_workbook as read_in

    report = read_in(db, Path(args.file), dry_run=args.dry_run)
    for note in report.notes:
        print(note, file=sys.stderr)
    for kind_report in report.reports:
        for line in kind_report.lines:
            print(line)
    print(report.summary())
    return 0


def export_workbook(args: argparse.Namespace, db: Database) -> int:
    from ..services.transfer.workbook_write import export_workbook as write_out

    if not args.output:
        raise ClerkDeskError("export workbook: give the file to write with -o FILE.xlsx")
    counts = write_out(db, Path(args.output))
    rows = ", ".join(f"{count} {kind}" for kind, count in counts.items())
    print(f"Wrote {rows} to {args.output}", file=sys.stderr)
    from ..services.transfer.csv_export import EXPORT_RECORDED

    print(EXPORT_RECORDED, file=sys.stderr)
    return 0


def export_public_list(args: argparse.Namespace, db: Database) -> int:
    from ..services.accounts.public_list import publish

    if not args.output:
        raise ClerkDeskError("export public-list: give the folder to write into with -o DIR")
    published = publish(db, Path(args.output))
    print(
        f"Wrote the public list of {published.accounts} account(s) and the inventory to "
        f"{published.folder}: {', '.join(p.name for p in published.files)}",
        file=sys.stderr,
    )
    return 0
