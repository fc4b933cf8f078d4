"""The 10,000-account city's departments, people and accounts imported from one workbook
beside the same rows from three CSV files, each into a new register (budget: 2x the CSV).
Both go through the same batch import; the difference is reading the cells."""

from __future__ import annotations

import csv
import io
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.homes import big_home

KINDS = ("departments", "people", "accounts")


def measure(runs: int = 3) -> tuple[float, float, int]:
    """Median seconds from the workbook, from the CSV files, and the rows imported."""
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city import writes as city
    from clerkdesk.services.kernel.database import Database
    from clerkdesk.services.transfer import csv_export
    from clerkdesk.services.transfer.file_kinds import import_files
    from clerkdesk.services.transfer.workbook_read import import_workbook
    from clerkdesk.services.transfer.workbook_write import workbook_rows, write_tables

    work = Path(tempfile.mkdtemp(prefix="clerkdesk-bench-"))
    try:
        source = Database.open(resolve_paths(home=str(big_home())))
        files = []
        for kind in KINDS:
            buffer = io.StringIO()
            csv_export.write_csv(source, kind, buffer)
            lines = list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
            with (work / f"{kind}.csv").open("w", encoding="utf-8-sig", newline="") as out:
                csv.writer(out, lineterminator="\r\n").writerows(lines)
            files.append(work / f"{kind}.csv")
        tables = {
            kind: (columns, rows)
            for kind, (columns, rows) in workbook_rows(source).items()
            if kind in KINDS
        }
        rows = sum(len(r) for _c, r in tables.values())
        book = work / "city.xlsx"
        write_tables(tables, book)
        source.close()

        def one(name: str, run: int) -> float:
            db = Database.open(resolve_paths(home=str(work / f"{name}{run}")), create=True)
            city.init_city(db, "Bench City", "stoughton", date(2026, 10, 20))
            start = time.perf_counter()
            report = import_workbook(db, book) if name == "workbook" else import_files(db, files)
            took = time.perf_counter() - start
            assert sum(r.added for r in report.reports) == rows, report.summary()
            db.close()
            return took

        from_book, from_csv = [], []
        for run in range(runs):  # side by side, alternating
            from_csv.append(one("csv", run))
            from_book.append(one("workbook", run))
        return statistics.median(from_book), statistics.median(from_csv), rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def workbook() -> None:
    book, csv, rows = measure()
    ratio = book / csv
    verdict = "within" if ratio <= 2 else "OVER"
    print(
        f"import, 10,000-account city's departments, people and accounts ({rows:,} rows): "
        f"workbook {book:.2f} s, CSV files {csv:.2f} s, ratio {ratio:.2f}x "
        f"(budget 2x: {verdict})"
    )
