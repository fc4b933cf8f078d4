"""The File menu's office papers: the account inventory (R20), the public records notice
(Wis. Stat. 19.34) and the annual report of records requests, shown in the print preview, and
the deadlines as a calendar file for Outlook. All are made off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ...core.words import counted
from ..widgets import messages
from ..window.background import Operation, Progress, run_in_background
from ..window.context import AppContext
from .pdfs import file_name, start_preview

if TYPE_CHECKING:
    from ...core.obligations.model import Obligation
    from ..dialogs.pdf_preview_dialog import PdfPreviewDialog

CALENDAR_FILTER = "iCalendar files (*.ics)"


def print_inventory(
    parent: QWidget, ctx: AppContext, shown: Callable[[PdfPreviewDialog], None] | None = None
) -> Operation:
    from ...services.accounts.inventory import print_inventory as make

    def work(pdf: Path, progress: Progress) -> object:
        return make(ctx.db, pdf, progress)

    today = ctx.today().isoformat()
    return start_preview(
        parent,
        ctx,
        "Gathering the inventory…",
        work,
        "Account inventory",
        file_name("Account inventory", today),
        shown,
    )


def print_records_notice(
    parent: QWidget, ctx: AppContext, shown: Callable[[PdfPreviewDialog], None] | None = None
) -> Operation:
    from ...services.requests.notice import print_records_notice as make

    return start_preview(
        parent,
        ctx,
        "Gathering the custodians…",
        lambda pdf, _progress: make(ctx.db, pdf),
        "Public records notice",
        file_name("Public records notice", ctx.today().isoformat()),
        shown,
    )


def print_request_report(
    parent: QWidget,
    ctx: AppContext,
    shown: Callable[[PdfPreviewDialog], None] | None = None,
    year: int | None = None,
) -> Operation | None:
    """The annual report of the year asked (last year offered); None when it is not given."""
    from ...services.requests.notice import print_request_report as make

    if year is None:
        this_year = ctx.today().year
        year, ok = QInputDialog.getInt(
            parent,
            "Annual request report",
            "The records requests of the &year:",
            this_year - 1,
            1900,
            this_year,
        )
        if not ok:
            return None
    chosen = year
    return start_preview(
        parent,
        ctx,
        "Counting the requests…",
        lambda pdf, _progress: make(ctx.db, chosen, pdf),
        f"Public-records requests in {chosen}",
        file_name("Request report", str(chosen)),
        shown,
    )


def calendar_file(parent: QWidget, ctx: AppContext, name: str) -> Path | None:
    """Where to write a calendar file, asked in a save dialog (None: cancelled)."""
    folder = str(ctx.settings.value("folders/calendar", ""))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Export to a calendar file", str(Path(folder) / name), CALENDAR_FILTER
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    ctx.settings.setValue("folders/calendar", str(path.parent))
    return path


def event_file_name(obligation: Obligation) -> str:
    """ "Designate a custodian - 2026-12-04.ics": a file name safe on Windows."""
    return file_name(obligation.text, obligation.due_text[:10]).removesuffix(".pdf") + ".ics"


def export_calendar(
    parent: QWidget,
    ctx: AppContext,
    path: Path,
    only: Obligation | None = None,
) -> Operation:
    """Write every dated obligation (or `only` that one) to `path` as an iCalendar file."""
    from ...services.obligations.calendar import export_calendar as write

    keep = None if only is None else (lambda o: o == only)

    def done(count: int) -> None:
        what = "the deadline" if only is not None else counted(count, "deadline")
        if only is not None and count == 0:
            messages.show_error(parent, "that item is no longer due; nothing was written")
            return
        messages.show_info(
            parent,
            f"Wrote {what} to {path}. Open the file in Outlook (or import it into another "
            "calendar): exporting again later updates the same events.",
            title="Calendar",
        )

    return run_in_background(
        parent, "Writing the calendar file…", lambda _p: write(ctx.db, path, keep), done
    )
