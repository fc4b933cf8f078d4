"""The File menu's slow work: CSV import and export, each run in the background with its
outcome told on the UI thread. What they write reaches the pages by the database's own notice
of each write (`AppContext.changed`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from ..core.errors import ClerkDeskError, ImportProblems
from . import messages
from .background import Operation, Progress, run_in_background
from .context import AppContext


def start_import(
    parent: QWidget, ctx: AppContext, kind: str, path: Path, dry_run: bool
) -> Operation:
    from ..services.csv_import import import_csv

    def work(progress: Progress) -> Any:
        return import_csv(ctx.db, kind, path, dry_run=dry_run, progress=progress)

    def done(report: Any) -> None:
        summary = report.summary()
        if dry_run:
            summary = f"Checked {path.name}; nothing was changed.\n\n{summary}"
        else:
            summary = f"Imported {path.name}.\n\n{summary}"
        if report.lines:
            messages.show_details(parent, summary, report.lines, title="Import")
        else:
            messages.show_info(parent, summary, title="Import")

    def failed(error: ClerkDeskError) -> None:
        if isinstance(error, ImportProblems):
            count = len(error.problems)
            messages.show_details(
                parent,
                f"{path.name} has {count:,} problem{'s' if count != 1 else ''}; nothing was "
                "imported. Correct the file and import it again.",
                error.problems,
                title="Import",
                problems=True,
            )
        else:
            messages.show_error(parent, error.message, title="Import")

    return run_in_background(
        parent, f"Importing {path.name}…", work, done, failed, cancellable=True
    )


def start_export(parent: QWidget, ctx: AppContext, kind: str, path: Path) -> Operation:
    """The message says the audit chain's head after the export, as `clerkdesk export` prints
    it, so that whoever keeps it can compare it with a later `check`."""
    from ..services.anchor import Head, current_head
    from ..services.csv_export import export_csv

    def work(progress: Progress) -> tuple[int, Head]:
        count = export_csv(ctx.db, kind, path)
        return count, current_head(ctx.db)

    def done(result: tuple[int, Head]) -> None:
        count, head = result
        messages.show_info(
            parent, f"Wrote {count:,} {kind} rows to {path}.\n\n{head.describe()}", title="Export"
        )

    return run_in_background(parent, f"Exporting {kind}…", work, done)
