"""Record the outcome of an access review (R7) from the worksheet the department head signed:
keep or remove, and notes, for every line. A removal ends that term."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ....core.vocabulary import ROLES
from ....services.people.writes import list_people
from ....services.reviews.writes import ReviewLineView, ReviewView, record_outcome
from ...dialogs.form_dialog import FormDialog
from ...dialogs.people_picker import PersonPicker, person_text
from ...forms.ui_outcome_dialog import Ui_OutcomeDialog
from ...widgets.qdates import from_qdate, to_qdate
from ...window.context import AppContext

KEEP, REMOVE = "keep", "remove"
HEADERS = ("Account", "Person", "Role", "Agreement", "Keep", "Remove", "Notes")


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DecisionRow:
    """One line of the worksheet: its Keep and Remove buttons and its notes."""

    def __init__(self, keep: QRadioButton, remove: QRadioButton, notes: QLineEdit) -> None:
        self.keep, self.remove, self.notes = keep, remove, notes
        self.group = QButtonGroup(keep)
        self.group.addButton(keep)
        self.group.addButton(remove)

    @property
    def decision(self) -> str:
        if self.keep.isChecked():
            return KEEP
        return REMOVE if self.remove.isChecked() else ""


class DecisionLines:
    """The worksheet's lines in a grid, each with Keep, Remove and notes, reached with Tab
    after `first` (the Keep all button). The outcome dialog and the past-review dialog hold
    one; the past review's lines change with its date."""

    def __init__(self, grid: QGridLayout, first: QWidget) -> None:
        self.grid, self.first = grid, first
        self.rows: dict[int, DecisionRow] = {}
        self.headers = [QLabel(f"<b>{header}</b>") for header in HEADERS]
        for column, label in enumerate(self.headers):
            grid.addWidget(label, 0, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(6, 2)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)

    def fill(self, lines: Sequence[ReviewLineView]) -> None:
        """Show `lines`, keeping what was decided on a line shown before (by its id)."""
        before = {line_id: (row.decision, row.notes.text()) for line_id, row in self.rows.items()}
        self.clear()
        grid = self.grid
        previous = self.first
        for number, line in enumerate(lines, start=1):
            keep, remove = QRadioButton("Keep"), QRadioButton("Remove")
            notes = QLineEdit()
            notes.setPlaceholderText("notes (optional)")
            account = _plain(line.url)
            account.setToolTip(line.url)
            signed = line.agreement_signed_on
            cells: list[QWidget] = [
                account,
                _plain(f"{line.person} ({line.employee_id})"),
                _plain(ROLES.get(line.role, line.role)),
                _plain(f"signed {signed.isoformat()}" if signed else "not signed"),
                keep,
                remove,
                notes,
            ]
            for column, cell in enumerate(cells):
                grid.addWidget(cell, number, column)
            for button in (keep, remove):
                button.setAccessibleName(f"{button.text()} {line.person} on {line.url}")
            notes.setAccessibleName(f"Notes on {line.person} on {line.url}")
            row = self.rows[line.id] = DecisionRow(keep, remove, notes)
            decision, text = before.get(line.id, ("", ""))
            if decision:
                (keep if decision == KEEP else remove).setChecked(True)
            notes.setText(text)
            QWidget.setTabOrder(previous, keep)
            QWidget.setTabOrder(keep, remove)
            QWidget.setTabOrder(remove, notes)
            previous = row.notes
        for r in range(grid.rowCount()):
            grid.setRowStretch(r, 0)
        grid.setRowStretch(len(lines) + 1, 1)
        for label in self.headers:
            label.setVisible(bool(lines))

    def clear(self) -> None:
        """Take every line off the grid (its headers stay)."""
        for row in self.rows.values():
            for widget in (row.keep, row.remove, row.notes):
                self._drop_row_of(widget)
        self.rows.clear()

    def _drop_row_of(self, widget: QWidget) -> None:
        index = self.grid.indexOf(widget)
        if index < 0:
            return
        r, _, _, _ = self.grid.getItemPosition(index)
        for column in range(self.grid.columnCount()):
            item = self.grid.itemAtPosition(r, column)
            if item is not None and (cell := item.widget()) is not None:
                self.grid.removeWidget(cell)
                cell.deleteLater()

    def keep_all(self) -> None:
        for row in self.rows.values():
            row.keep.setChecked(True)

    def decide(self, line_id: int, decision: str, notes: str = "") -> None:
        row = self.rows[line_id]
        (row.keep if decision == KEEP else row.remove).setChecked(True)
        row.notes.setText(notes)

    def decisions(self) -> dict[int, tuple[str, str | None]]:
        return {
            line_id: (row.decision, row.notes.text() or None) for line_id, row in self.rows.items()
        }


class OutcomeDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        review: ReviewView,
        head: tuple[str, str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`head`: the department head's employee ID and name, the usual reviewer."""
        super().__init__(parent)
        self.ctx, self.review = ctx, review
        self.ui = ui = Ui_OutcomeDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Record the outcome of access review {review.number}")
        rotates = ctx.city.profile.review_removal_rotates
        hours = ctx.city.profile.rotation_hours
        ui.explanation_label.setText(
            f"Access review {review.number} of <b>{escape(review.department)}</b>. Mark each "
            "line as the department head did on the signed worksheet. Removing someone ends "
            "their term now"
            + (
                f", and the account's password must then change within {hours} hours (R10)."
                if rotates
                else "."
            )
        )
        self.reviewer = PersonPicker(ui.reviewer_edit, list_people(ctx.db), everyone=True)
        if head is not None:
            ui.reviewer_edit.setText(person_text(*head))
        today = to_qdate(ctx.today())
        ui.on_date.setMaximumDate(today, "today")
        ui.on_date.setMinimumDate(
            review.started_at.astimezone(ctx.tz()).date(), "the day the review started"
        )
        ui.on_date.setDate(today)
        self.lines = DecisionLines(ui.lines_layout, ui.keep_all_button)
        self.lines.fill(review.lines)
        self.rows = self.lines.rows
        ui.keep_all_button.clicked.connect(self.keep_all)
        self.watch_fields(
            ui,
            {"reviewer": ui.reviewer_edit, "on": ui.on_date, "decisions": ui.scroll_area},
            ui.form_error,
        )

    def keep_all(self) -> None:
        self.lines.keep_all()

    def decide(self, line_id: int, decision: str, notes: str = "") -> None:
        self.lines.decide(line_id, decision, notes)

    def decisions(self) -> dict[int, tuple[str, str | None]]:
        return self.lines.decisions()

    def save(self) -> ReviewView:
        return record_outcome(
            self.ctx.db,
            self.review.id,
            self.reviewer.employee_id(),
            from_qdate(self.ui.on_date.date()),
            self.decisions(),
        )
