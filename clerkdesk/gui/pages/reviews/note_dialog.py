"""Add a note to an access review: the only change a completed review takes."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ....services.reviews.writes import ReviewView, annotate
from ...dialogs.form_dialog import FormDialog
from ...forms.ui_note_dialog import Ui_NoteDialog
from ...window.context import AppContext


class NoteDialog(FormDialog):
    def __init__(self, ctx: AppContext, review: ReviewView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.review = ctx, review
        self.ui = ui = Ui_NoteDialog()
        ui.setupUi(self)
        ui.explanation_label.setText(
            f"A note on access review {review.number} of <b>{escape(review.department)}</b>, "
            "kept with your name and the time."
        )
        ui.note_edit.setAccessibleName("The note")
        self.watch_fields(ui, {"note": ui.note_edit}, ui.form_error)

    def save(self) -> ReviewView:
        return annotate(self.ctx.db, self.review.id, self.ui.note_edit.toPlainText())
