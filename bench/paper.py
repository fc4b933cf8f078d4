"""The benchmark's office parts: a 10,000-row import, agreements printed, the first preview
page on screen, the inventory of the 10,000-account city."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.homes import big_home


def importing(server: str | None, runs: int = 3) -> None:
    median = _importing(None, runs)
    print(f"import, 10,000-row accounts CSV: {median:.2f} s (budget 10 s)")
    if server:
        from bench.databases import side_by_side

        print(side_by_side("import, 10,000-row accounts CSV", median, _importing(server, runs)))


def _importing(url: str | None, runs: int) -> float:
    from bench.databases import fresh
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city import writes as city
    from clerkdesk.services.kernel.database import Database
    from clerkdesk.services.transfer import csv_import

    work = Path(tempfile.mkdtemp(prefix="clerkdesk-bench-"))
    try:
        deps = work / "departments.csv"
        deps.write_text("name\n" + "".join(f"Department {i:03d}\n" for i in range(500)))
        accounts = work / "accounts.csv"
        with accounts.open("w") as out:
            out.write(
                "url,platform,handle,department,purpose,city_email,status,authority,approved_by,approved_on,reference\n"
            )
            for i in range(10_000):
                approved = i % 2 == 0
                out.write(
                    f"https://facebook.com/import{i:05d},facebook,@import{i:05d},"
                    f"Department {i % 500:03d},"
                    f"News,social{i}@benchcity.gov,{'approved' if approved else 'pre-existing'},"
                    f"{'mayor,Mayor,2020-01-02,Res 1' if approved else ',,,'}\n"
                )
        times = []
        for run in range(runs):
            home = work / f"run{run}"
            paths = fresh(url, home) if url else resolve_paths(home=str(home))
            db = Database.open(paths, create=True)
            city.init_city(db, "Bench City")
            csv_import.import_csv(db, "departments", deps)
            start = time.perf_counter()
            report = csv_import.import_csv(db, "accounts", accounts)
            times.append(time.perf_counter() - start)
            assert report.added == 10_000
            db.close()
        return statistics.median(times)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def printing(runs: int = 5) -> None:
    from datetime import date

    from clerkdesk.printing.layout import PrintHeader
    from clerkdesk.printing.terms import AgreementData, render_agreements
    from clerkdesk.services.terms.printouts import agreement_clauses, default_agreement_text

    header = PrintHeader("City of Bench", "City Clerk", "Authorized User Agreement", date.today())
    clauses = agreement_clauses(default_agreement_text(), "Bench", "City Clerk", 24)

    def item(i: int) -> AgreementData:
        return AgreementData(
            city="City of Bench",
            office="City Clerk",
            name=f"Nguyễn Thị Minh Khai {i}",
            employee_id=f"E{i:05d}",
            title="Public Education Officer",
            department="Fire and EMS",
            division="Outreach",
            role="Administrator",
            platform="Facebook",
            handle="@benchfire",
            url="https://facebook.com/benchfire",
            username="bench.fire",
            clauses=clauses,
            credential_note="Kept by the City Clerk in the City's credential store.",
        )

    work = Path(tempfile.mkdtemp(prefix="clerkdesk-print-"))
    try:
        render_agreements([item(0)], header, work / "warm.pdf")  # ReportLab and fonts loaded
        one, batch = [], []
        for _ in range(runs):
            start = time.perf_counter()
            render_agreements([item(1)], header, work / "one.pdf")
            one.append(time.perf_counter() - start)
        for _ in range(3):
            start = time.perf_counter()
            render_agreements([item(i) for i in range(200)], header, work / "batch.pdf")
            batch.append(time.perf_counter() - start)
        print(
            f"print, one agreement: {statistics.median(one) * 1000:.0f} ms (budget 50 ms); "
            f"200 agreements in one PDF: {statistics.median(batch):.2f} s (budget 3 s)"
        )
        preview(work / "batch.pdf")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def preview(pdf: Path, runs: int = 7) -> None:
    """The first page of a written PDF on screen: drawn by PDFium, made a pixmap, shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    from clerkdesk.gui.files.pdf_pages import prepare_preview
    from clerkdesk.gui.files.pdf_printing import qimage

    app = QApplication.instance() or QApplication([])
    label = QLabel()
    label.show()
    cold_start = time.perf_counter()
    prepare_preview(pdf)  # the first call loads pypdfium2 and PDFium
    cold = time.perf_counter() - cold_start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        shown = prepare_preview(pdf)
        assert shown.first is not None
        label.setPixmap(QPixmap.fromImage(qimage(shown.first)))
        app.processEvents()
        times.append(time.perf_counter() - start)
    print(
        f"preview, first page of the {shown.total}-page batch on screen: "
        f"{statistics.median(times) * 1000:.0f} ms (budget 300 ms; the first of the session "
        f"{cold * 1000:.0f} ms, loading PDFium)"
    )


def inventory(runs: int = 3) -> None:
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.accounts.inventory import inventory as gather
    from clerkdesk.services.accounts.inventory import print_inventory
    from clerkdesk.services.kernel.database import Database

    db = Database.open(resolve_paths(home=str(big_home())))
    work = Path(tempfile.mkdtemp(prefix="clerkdesk-inventory-"))
    try:
        gathered, printed, pages = [], [], 0
        for _ in range(runs):
            start = time.perf_counter()
            data = gather(db)
            gathered.append(time.perf_counter() - start)
            start = time.perf_counter()
            print_inventory(db, work / "inventory.pdf")
            printed.append(time.perf_counter() - start)
        pages = (work / "inventory.pdf").read_bytes().count(b"/Type /Page\n")
        print(
            f"inventory, 10,000-account city ({data.total} accounts, "
            f"{len(data.departments)} departments): data {statistics.median(gathered):.2f} s, "
            f"data and PDF {statistics.median(printed):.2f} s (budget 10 s)"
            + (f", {pages} pages" if pages else "")
        )
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)


def disposition_list(runs: int = 3) -> None:
    """The disposition list of everything past retention in the 10,000-account city (its
    50,000 removals under two series, the requests' holds, two dispositions), printed."""
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.kernel.database import Database
    from clerkdesk.services.retention.dispositions import disposition_list_now
    from clerkdesk.services.retention.printouts import print_disposition_list

    db = Database.open(resolve_paths(home=str(big_home())))
    work = Path(tempfile.mkdtemp(prefix="clerkdesk-disposition-"))
    try:
        gathered, printed, listed = [], [], 0
        for _ in range(runs):
            start = time.perf_counter()
            disposition_list_now(db)
            gathered.append(time.perf_counter() - start)
            start = time.perf_counter()
            listed = print_disposition_list(db, work / "disposition-list.pdf")
            printed.append(time.perf_counter() - start)
        pages = (work / "disposition-list.pdf").read_bytes().count(b"/Type /Page\n")
        print(
            f"disposition list, 10,000-account city ({listed:,} records to dispose of): "
            f"data {statistics.median(gathered):.2f} s, data and PDF "
            f"{statistics.median(printed):.2f} s (budget 10 s), {pages} pages"
        )
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)
