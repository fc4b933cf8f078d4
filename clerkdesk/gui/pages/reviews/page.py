"""Access reviews (R7): every department with when its next review is due, its last one and
the one under way; for the department selected, its reviews line by line."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ClerkDeskError
from ....core.obligations.model import Obligation
from ....core.words import counted
from ....services.kernel.changes import (
    ACCOUNTS,
    ASSIGNMENTS,
    CITY,
    DEPARTMENTS,
    PASSWORD_CHANGES,
    PEOPLE,
    REVIEW_LINES,
    REVIEW_NOTES,
    REVIEWS,
)
from ....services.reviews.board import review_board
from ....services.reviews.writes import (
    ReviewView,
    attach_worksheet,
    start_review,
    worksheet_scan,
)
from ...files.scan_files import choose_scan, keep_scan, show_scan
from ...widgets import messages
from ...widgets.table_model import RecordTableModel
from ...widgets.table_view import RecordTableView
from ...window.background import Operation
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import FIND
from ..terms import short_moment
from .rows import COLUMNS, LINE_COLUMNS, LineRow, ReviewRow, line_rows, line_tone, review_rows


class ReviewsPage(ListPage[ReviewRow]):
    noun = "departments"
    handles = frozenset({FIND})
    # Departments and their heads, their reviews, and when the next is due (R7), with what
    # the lines say of each person's term, agreement and password.
    shows = frozenset(
        {
            DEPARTMENTS,
            PEOPLE,
            ACCOUNTS,
            ASSIGNMENTS,
            PASSWORD_CHANGES,
            REVIEWS,
            REVIEW_LINES,
            REVIEW_NOTES,
            CITY,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "reviews",
            COLUMNS,
            row_tone=lambda r: None if r.due or r.reviews else "muted",
            placeholder="No departments yet.",
            parent=parent,
        )
        self.dialog: QDialog | None = None  # type: ignore[assignment]
        self.preview: QDialog | None = None  # the last print preview
        self.start_button = self.add_button(
            "&Start review",
            self.start,
            "List everyone with access to the department's accounts now, for its head to "
            "review (R7)",
        )
        self.past_button = self.add_button(
            "Enter a pas&t review…",
            self.enter_past,
            "Enter a review done on paper before, with its own date: its removals end that day "
            "and the next review falls due from it",
        )
        self.remind_button = self.add_button(
            "E-&mail reminder…",
            self.email_reminder,
            "Write an e-mail to the department head: what to review, and by when",
        )

        # The department's reviews, below the list.
        panel = QWidget()
        panel.setObjectName("review_panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.review_combo = QComboBox()
        self.review_combo.setObjectName("review_combo")
        self.review_combo.setMinimumContentsLength(40)
        self.review_combo.currentIndexChanged.connect(self._show_review)
        choose = QLabel("Re&view:")
        choose.setBuddy(self.review_combo)
        top.addWidget(choose)
        top.addWidget(self.review_combo)
        self.status_label = QLabel()
        self.status_label.setObjectName("review_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.status_label, 1)
        layout.addLayout(top)
        self.lines: RecordTableModel[LineRow] = RecordTableModel(
            LINE_COLUMNS, row_tone=line_tone, parent=self
        )
        self.lines_table = RecordTableView()
        self.lines_table.setObjectName("review_lines_table")
        self.lines_table.setAccessibleName("Who has access, as the review lists them")
        self.lines_table.setModel(self.lines)
        self.lines_table.restore_state(ctx.settings, "review-lines")
        self.lines_table.placeholder = "Select a department to see its access reviews."
        layout.addWidget(self.lines_table, 1)
        self.notes_browser = QTextBrowser()
        self.notes_browser.setObjectName("review_notes")
        self.notes_browser.setAccessibleName("Notes on the review")
        self.notes_browser.setMaximumHeight(70)
        self.notes_browser.setPlaceholderText("No notes.")
        layout.addWidget(self.notes_browser)
        buttons = QHBoxLayout()
        self.print_button = self._panel_button(
            buttons,
            "&Print worksheet…",
            self.print_worksheet,
            "The worksheet the department head marks and signs",
        )
        self.outcome_button = self._panel_button(
            buttons,
            "Record &outcome…",
            self.record_outcome,
            "Keep or remove each line, as the signed worksheet says",
        )
        self.note_button = self._panel_button(
            buttons, "Add &note…", self.add_note, "A note on this review"
        )
        self.attach_button = self._panel_button(
            buttons,
            "Attach signed &worksheet…",
            self.attach_scan,
            "Keep a scan of the signed worksheet with the review",
        )
        self.scan_button = self._panel_button(
            buttons, "Open s&can", self.open_scan, "Open the scanned worksheet"
        )
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_details(panel)
        if self.splitter is not None and not self.ctx.settings.contains("splitters/reviews"):
            self.splitter.setSizes([300, 380])
        self.actions_changed.connect(self._update_buttons)
        self.selection_moved()

    def _panel_button(
        self, row: QHBoxLayout, text: str, slot: Callable[[], object], tip: str
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- reading -------------------------------------------------------------------------------

    def read(self) -> list[ReviewRow]:
        board = review_board(self.ctx.db)  # one read, whatever the number of departments
        return review_rows(board.departments, board.due, board.history, self.ctx.now())

    def selection_moved(self) -> None:
        row = self.selected()
        combo = self.review_combo
        wanted = self.shown_review()
        combo.blockSignals(True)
        combo.clear()
        if row is not None:
            for review in row.reviews:
                combo.addItem(self._review_title(review), review.id)
            index = combo.findData(wanted.id) if wanted else -1
            combo.setCurrentIndex(index if index >= 0 else 0 if row.reviews else -1)
        combo.blockSignals(False)
        combo.setEnabled(combo.count() > 0)
        self._show_review()

    def _review_title(self, review: ReviewView) -> str:
        started = review.started_at.astimezone(self.ctx.tz()).date().isoformat()
        if review.completed_on is None:
            return f"Review {review.number}: under way since {started}"
        return f"Review {review.number}: completed {review.completed_on.isoformat()}"

    def shown_review(self) -> ReviewView | None:
        row, review_id = self.selected(), self.review_combo.currentData()
        if row is None or review_id is None:
            return None
        return next((r for r in row.reviews if r.id == review_id), None)

    def _show_review(self) -> None:
        row, review = self.selected(), self.shown_review()
        tz = self.ctx.tz()
        self.lines.set_rows(line_rows(review, tz) if review else [])
        if row is None:
            self.lines_table.placeholder = "Select a department to see its access reviews."
            self.status_label.clear()
        elif review is None:
            self.lines_table.placeholder = (
                "No access review yet. Start one (Alt+S) when it is due, print its worksheet "
                "for the department head, then record the signed outcome."
            )
            self.status_label.clear()
        else:
            self.status_label.setText(self._status(review, tz))
        self.notes_browser.setHtml(
            "".join(
                f"<p><b>{escape(short_moment(n.at, tz))}, {escape(n.by)}:</b> {escape(n.text)}</p>"
                for n in (review.notes if review else ())
            )
        )
        self.lines_table.viewport().update()
        self._update_buttons()

    def _status(self, review: ReviewView, tz: ZoneInfo) -> str:
        started = short_moment(review.started_at, tz)
        if review.completed_on is None:
            return (
                f"Started {started}; {counted(len(review.lines), 'line')} to decide. Print the "
                "worksheet for the department head, then record the signed outcome."
            )
        kept = sum(1 for line in review.lines if line.decision == "keep")
        removed = sum(1 for line in review.lines if line.decision == "remove")
        scan = "attached" if review.scan_file else "not attached"
        return (
            f"Completed {review.completed_on.isoformat()} by {escape(review.reviewer or '?')}: "
            f"{kept} kept, {removed} removed. Recorded {short_moment(review.recorded_at, tz)} "
            f"by {escape(review.recorded_by or '?')}. Signed worksheet {scan}."
        )

    def _update_buttons(self) -> None:
        row, review = self.selected(), self.shown_review()
        self.start_button.setEnabled(row is not None and row.open is None)
        self.past_button.setEnabled(row is not None)
        self.remind_button.setEnabled(row is not None)
        self.print_button.setEnabled(review is not None)
        self.outcome_button.setEnabled(review is not None and not review.completed)
        self.note_button.setEnabled(review is not None)
        self.attach_button.setEnabled(review is not None)
        self.scan_button.setEnabled(review is not None and bool(review.scan_file))

    # -- doing it ------------------------------------------------------------------------------

    def _reviewed(self, department: str, review_id: int) -> None:
        """After a change (which the page has read already): show the department and the
        review."""
        self.show_record(department)
        index = self.review_combo.findData(review_id)
        if index >= 0:
            self.review_combo.setCurrentIndex(index)

    def start(self) -> ReviewView | None:
        row = self.selected()
        if row is None:
            return None
        try:
            review = start_review(self.ctx.db, row.department.name)
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return None
        self._reviewed(row.department.name, review.id)
        return review

    def email_reminder(self) -> None:
        from .reminders import send_reminder

        row = self.selected()
        if row is not None:
            send_reminder(self, self.ctx, row.department.name)

    def print_worksheet(self) -> Operation | None:
        from ....services.reviews.printouts import print_worksheet
        from ...files.pdfs import file_name, start_preview

        review = self.shown_review()
        if review is None:
            return None
        db = self.ctx.db

        def shown(dialog: QDialog) -> None:
            self.preview = dialog

        return start_preview(
            self,
            self.ctx,
            "Printing the worksheet…",
            lambda out, progress: print_worksheet(db, review.id, out),
            f"Access review {review.number}: {review.department}",
            file_name(f"Access review {review.number}", review.department),
            shown,
        )

    def _open(self, dialog: QDialog, department: str, review_id: int | None) -> QDialog:
        """Open `dialog`; once it is accepted, show the review (`review_id`, or the one the
        dialog wrote)."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._reviewed(department, review_id or dialog.result_value.id)
        )
        dialog.open()
        return dialog

    def record_outcome(self) -> None:
        from .outcome_dialog import OutcomeDialog

        row, review = self.selected(), self.shown_review()
        if row is None or review is None or review.completed:
            return
        d = row.department
        head = (d.head_employee_id, d.head_name) if d.head_employee_id else None
        self._open(OutcomeDialog(self.ctx, review, head, self), d.name, review.id)

    def enter_past(self) -> None:
        from .past_review_dialog import PastReviewDialog

        row = self.selected()
        if row is None:
            return
        d = row.department
        head = (d.head_employee_id, d.head_name) if d.head_employee_id else None
        dialog = PastReviewDialog(self.ctx, d.name, row.reviews, head, self)
        self._open(dialog, d.name, None)

    def add_note(self) -> None:
        from .note_dialog import NoteDialog

        review = self.shown_review()
        if review is not None:
            self._open(NoteDialog(self.ctx, review, self), review.department, review.id)

    def attach_scan(self) -> None:
        if self.shown_review() is not None and (
            path := choose_scan(self, self.ctx, "Attach the signed worksheet")
        ):
            self.attach_scan_file(path)

    def attach_scan_file(self, path: Path) -> bool:
        review = self.shown_review()
        if review is None:
            return False
        if not keep_scan(
            self, self.ctx, lambda: attach_worksheet(self.ctx.db, review.id, path), path
        ):
            return False
        self._reviewed(review.department, review.id)
        return True

    def open_scan(self) -> None:
        review = self.shown_review()
        if review is not None:
            show_scan(self, lambda: worksheet_scan(self.ctx.db, review))

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        if obligation.department:
            self.show_record(obligation.department)

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        self.lines_table.save_state(settings, "review-lines")
