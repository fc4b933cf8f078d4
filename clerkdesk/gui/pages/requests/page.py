"""Public-records requests (R17): each request, who answers it, its response target or how
long it took; the accounts it holds while open and for 60 days after a denial."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QWidget

from ....core.obligations.model import DUE_SOON, OVERDUE, Obligation
from ....core.records import OPEN, REQUEST_STATUSES
from ....services.kernel.changes import (
    ACCOUNTS,
    PEOPLE,
    RECORDS_REQUESTS,
    REQUEST_ACCOUNTS,
    REQUEST_FILES,
)
from ....services.requests.files import (
    FILE_KINDS,
    KEPT_KINDS,
    attach_request_file,
    request_file_path,
    request_files,
)
from ....services.requests.views import RequestView
from ....services.requests.writes import count_requests, list_requests
from ...files.scan_files import choose_scan, keep_scan, show_scan
from ...widgets.table_model import Column
from ...window.background import Operation
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND, NEW
from .request_dialog import RequestDialog


def _due(r: RequestView) -> str:
    if r.closed_on is not None:
        return f"closed {r.closed_on.isoformat()}"
    return f"due {r.due_on.isoformat()}"


def columns() -> list[Column[RequestView]]:
    def tone(r: RequestView) -> str | None:
        return r.state if r.state in (OVERDUE, DUE_SOON) else None  # Today's state

    return [
        Column("Number", lambda r: r.number, width=80),
        Column(
            "Received",
            lambda r: r.received_on.isoformat(),
            sort_key=lambda r: r.received_on,
            width=85,
        ),
        Column("Requester", lambda r: r.requester or "(anonymous)", width=120),
        Column("What is asked", lambda r: r.summary, width=180, tooltip=True),
        Column("Accounts", lambda r: " ".join(r.accounts), width=200, tooltip=True),
        Column("Answered by", lambda r: r.answers, width=130),
        Column("Status", lambda r: REQUEST_STATUSES.get(r.status, r.status), width=85),
        Column(
            "Due or closed", _due, sort_key=lambda r: r.closed_on or r.due_on, tone=tone, width=130
        ),
        Column(
            "Files",
            lambda r: str(r.files) if r.files else "",
            sort_key=lambda r: r.files,
            width=45,
            numeric=True,
        ),
        Column(
            "Days",
            lambda r: "" if r.days_taken is None else str(r.days_taken),
            sort_key=lambda r: r.days_taken or 0,
            width=45,
            numeric=True,
        ),
    ]


class RequestsPage(ListPage[RequestView]):
    noun = "requests"
    handles = frozenset({NEW, EDIT, FIND})
    shows = frozenset({RECORDS_REQUESTS, REQUEST_ACCOUNTS, REQUEST_FILES, ACCOUNTS, PEOPLE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "requests",
            columns(),
            row_tone=lambda r: "muted" if r.status != OPEN else None,
            placeholder="No public-records requests yet. Register one with New… (Ctrl+N), or "
            "import them (File > Import CSV…, kind requests).",
            parent=parent,
        )
        self.add_button("&New…", lambda: self.trigger(NEW), "Register a request (Ctrl+N)")
        self.edit_button = self.add_button(
            "&Edit…", lambda: self.trigger(EDIT), "Change the selected request, or close it"
        )
        self.attach_button = self.add_button(
            "&Attach…",
            self.attach,
            "Keep a letter of the selected request, or the records released, with its SHA-256",
        )
        self.letter_button = self.add_button(
            "&Letter…",
            self.write_letter,
            "Write the selected request's acknowledgment, extension, response or denial, and "
            "keep it with the request",
        )
        self.files_button = self.add_button(
            "Open &file…", self.open_file, "Open a file kept with the selected request"
        )
        self.add_button(
            "&Print log…",
            self.print_log,
            "The request log of this year so far, for the council's annual report",
        )
        self.actions_changed.connect(self._update_buttons)
        self.layout_.addWidget(self.table)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(self.can(EDIT))
        self.attach_button.setEnabled(row is not None)
        self.letter_button.setEnabled(row is not None)
        self.files_button.setEnabled(row is not None and row.files > 0)

    def attach(self, kind: str | None = None, path: Path | None = None) -> bool:
        """Keep a file with the selected request: its kind and the file asked for unless
        given."""
        row = self.selected()
        if row is None:
            return False
        if kind is None:
            labels = list(FILE_KINDS.values())
            label, chosen = QInputDialog.getItem(
                self, f"Request {row.number}", "What is the file?", labels, 0, False
            )
            if not chosen:
                return False
            kind = next(k for k, v in FILE_KINDS.items() if v == label)
        path = path or choose_scan(self, self.ctx, f"A file of request {row.number}")
        if path is None:
            return False
        db, request_id, chosen_kind = self.ctx.db, row.id, kind
        return keep_scan(
            self, self.ctx, lambda: attach_request_file(db, request_id, chosen_kind, path), path
        )

    def write_letter(self) -> None:
        """Write a letter of the selected request; it is kept with it and saved as a PDF."""
        from .letter_dialog import LetterDialog

        row = self.selected()
        if row is not None:
            self.open_dialog(LetterDialog(self.ctx, row, parent=self))

    def open_file(self) -> None:
        row = self.selected()
        files = list(request_files(self.ctx.db, row.id)) if row else []
        if not files:
            return
        labels = [f"{KEPT_KINDS.get(f.kind, f.kind)}: {f.original_name}" for f in files]
        label, chosen = QInputDialog.getItem(
            self, f"Request {row.number if row else ''}", "Open which file?", labels, 0, False
        )
        if chosen:
            kept = files[labels.index(label)]
            show_scan(self, lambda: request_file_path(self.ctx.db, kept.id))

    def expected_rows(self) -> int:
        return count_requests(self.ctx.db)

    def read(self) -> list[RequestView]:
        return list(list_requests(self.ctx.db))

    def trigger(self, action: str) -> None:
        row = self.selected()
        if action == NEW:
            self.open_dialog(RequestDialog(self.ctx, parent=self))
        elif action == EDIT and row is not None:
            self.open_dialog(RequestDialog(self.ctx, row, parent=self))
        else:
            super().trigger(action)

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        self.when_read(lambda: self._select_request(obligation.record))

    def _select_request(self, number: str | None) -> None:
        self.filter_edit.clear()
        self.select_where(lambda r: r.number == number)
        self.table.setFocus()

    def print_log(self) -> Operation:
        from ....services.requests.printouts import print_request_log
        from ...files.pdfs import file_name, start_preview

        today = self.ctx.today()
        start = today.replace(month=1, day=1)
        db = self.ctx.db
        return start_preview(
            self,
            self.ctx,
            "Printing the request log…",
            lambda out, progress: print_request_log(db, start, today, out),
            f"Public-records request log {start.year}",
            file_name("Request log", str(start.year)),
        )
