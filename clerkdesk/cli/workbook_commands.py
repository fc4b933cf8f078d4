"""`import workbook FILE.xlsx` and `export workbook -o FILE.xlsx` (INTERFACE.md)."""

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
