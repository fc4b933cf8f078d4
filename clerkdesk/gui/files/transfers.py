"""The File menu's slow work: CSV and workbook import and export, each run in the background
with its outcome told on the UI thread. What they write reaches the pages by the database's
own notice of each write (`AppContext.changed`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from ...core.errors import ClerkDeskError, ImportProblems
from ..dialogs.import_dialog import FILES, WORKBOOK, ImportRequest
from ..widgets import messages
from ..window.background import Operation, Progress, run_in_background
from ..window.context import AppContext


def start_import(
    parent: QWidget, ctx: AppContext, kind: str, path: Path, dry_run: bool
) -> Operation:
    return start_import_request(parent, ctx, ImportRequest(kind, (path,), dry_run))


def start_import_request(
    parent: QWidget,
    ctx: AppContext,
    request: ImportRequest,
    refused: Callable[[list[str]], None] | None = None,
    imported: Callable[[], None] | None = None,
) -> Operation:
    """Import a CSV file, several CSV files together, or a workbook. The import dialog passes
    `refused` (it lists the problems beside the file it keeps) and `imported` (it closes);
    without them the problems are shown in a message."""
    name, dry_run = request.name, request.dry_run

    def work(progress: Progress) -> Any:
        if request.kind == WORKBOOK:
            from ...services.transfer.workbook_read import import_workbook

            return import_workbook(ctx.db, request.paths[0], dry_run=dry_run, progress=progress)
        if request.kind == FILES:
            from ...services.transfer.file_kinds import import_files

            return import_files(ctx.db, request.paths, dry_run=dry_run, progress=progress)
        from ...services.transfer.csv_import import import_csv

        path = request.paths[0]
        return import_csv(ctx.db, request.kind, path, dry_run=dry_run, progress=progress)

    def done(report: Any) -> None:
        if imported is not None:
            imported()
        summary = report.summary()
        if dry_run:
            summary = f"Checked {name}; nothing was changed.\n\n{summary}"
        else:
            summary = f"Imported {name}.\n\n{summary}"
        if report.lines:
            messages.show_details(parent, summary, report.lines, title="Import")
        else:
            messages.show_info(parent, summary, title="Import")

    def failed(error: ClerkDeskError) -> None:
        problems = error.problems if isinstance(error, ImportProblems) else [error.message]
        if refused is not None:
            refused(problems)
        elif isinstance(error, ImportProblems):
            count = len(error.problems)
            messages.show_details(
                parent,
                f"{name} has {count:,} problem{'s' if count != 1 else ''}; nothing was "
                "imported. Correct the file and import it again.",
                error.problems,
                title="Import",
                problems=True,
            )
        else:
            messages.show_error(parent, error.message, title="Import")

    return run_in_background(parent, f"Importing {name}…", work, done, failed, cancellable=True)


def start_export(parent: QWidget, ctx: AppContext, kind: str, path: Path) -> Operation:
    """The message says where the rows went and that the export is in the audit log."""
    from ...services.transfer.csv_export import EXPORT_RECORDED, export_csv

    def work(progress: Progress) -> int:
        return export_csv(ctx.db, kind, path)

    def done(count: int) -> None:
        messages.show_info(
            parent, f"Wrote {count:,} {kind} rows to {path}.\n\n{EXPORT_RECORDED}", title="Export"
        )

    return run_in_background(parent, f"Exporting {kind}…", work, done)


def start_export_workbook(parent: QWidget, ctx: AppContext, path: Path) -> Operation:
    """Every kind to one workbook, a sheet each."""
    from ...services.transfer.csv_export import EXPORT_RECORDED
    from ...services.transfer.workbook_write import export_workbook

    def work(progress: Progress) -> dict[str, int]:
        return export_workbook(ctx.db, path)

    def done(counts: dict[str, int]) -> None:
        rows = ", ".join(f"{count:,} {kind}" for kind, count in counts.items())
        messages.show_info(parent, f"Wrote {rows} to {path}.\n\n{EXPORT_RECORDED}", title="Export")

    return run_in_background(parent, "Exporting the workbook…", work, done)
