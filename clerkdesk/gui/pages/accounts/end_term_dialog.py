"""End a person's term on an account. The dialog is its own confirmation: Enter and Escape
cancel; only "End term" goes ahead."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ....services.terms.writes import AssignmentView, end_assignment
from ...dialogs.form_dialog import FormDialog, cancel_by_default
from ...forms.ui_end_term_dialog import Ui_EndTermDialog
from ...widgets.qdates import MomentField
from ...window.context import AppContext
from ..terms import describe


class EndTermDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, term: AssignmentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.term = ctx, term
        self.ui = ui = Ui_EndTermDialog()
        ui.setupUi(self)
        ui.explanation_label.setText(
            f"The term of <b>{escape(describe(term))}</b> ends at the moment below; it stays "
            "in the account's history. To give the access back later, designate the person "
            "again."
        )
        self.ends = MomentField(ui.ends_at_edit, ctx.now(), ctx.tz())
        self.end_button = ui.button_box.addButton(
            "&End term", QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel_by_default(ui.button_box, self.end_button)
        self.watch_fields(
            ui, {"ends_at": ui.ends_at_edit, "end_reason": ui.reason_edit}, ui.form_error
        )
        ui.reason_edit.setFocus()

    def save(self) -> AssignmentView:
        return end_assignment(
            self.ctx.db, self.term.id, self.ends.value(), self.ui.reason_edit.text()
        )
