"""The two approvals of a person's term on an account where the policy has them (R1, R4:
Janesville's Department/Division Director, then its City Manager's Office): who approved and
when, in the words of the agreement form. The office does not approve before the director."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLineEdit, QWidget

from ....services.kernel.inputs import TermApprovalsInput
from ....services.terms.writes import AssignmentView, record_term_approvals
from ...dialogs.form_dialog import FormDialog
from ...forms.ui_term_approvals_dialog import Ui_TermApprovalsDialog
from ...widgets.date_field import optional_date
from ...window.context import AppContext
from ..terms import describe

STEPS = ("director", "office")  # in the order they approve


class TermApprovalsDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, term: AssignmentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.term = ctx, term
        self.ui = ui = Ui_TermApprovalsDialog()
        ui.setupUi(self)
        profile = ctx.city.profile
        director, office = profile.director_title, profile.coordinating_office
        ui.director_box.setTitle(f"Approved by {director}")
        ui.office_box.setTitle(f"Approved by {office}")
        self.setWindowTitle(f"Approvals of {term.person}")
        started = term.starts_at.astimezone(ctx.tz()).date()
        ui.explanation_label.setText(
            f"<b>{escape(describe(term))}</b>, from {started.isoformat()}. Each Authorized User "
            f"is approved by the {escape(director)} and then by the {escape(office)} before "
            "being given access (R4). Give who approved, and tick the date of each approval once "
            "it is given."
        )
        today = ctx.today()
        self.names: dict[str, QLineEdit] = {
            "director": ui.director_by_edit,
            "office": ui.office_by_edit,
        }
        self.days = {
            "director": optional_date(ui.director_check, ui.director_date, today),
            "office": optional_date(ui.office_check, ui.office_date, today),
        }
        fields: dict[str, QWidget] = {}
        for step in STEPS:
            self.names[step].setText(getattr(term, f"{step}_approved_by") or "")
            self.days[step].set(getattr(term, f"{step}_approved_on"))
            fields[f"{step}_approved_by"] = self.names[step]
            fields[f"{step}_approved_on"] = self.days[step]
        self.watch_fields(ui, fields, ui.form_error)

    def input(self) -> TermApprovalsInput:
        return TermApprovalsInput(
            director_approved_by=self.names["director"].text().strip() or None,
            director_approved_on=self.days["director"].value(),
            office_approved_by=self.names["office"].text().strip() or None,
            office_approved_on=self.days["office"].value(),
        )

    def save(self) -> AssignmentView:
        return record_term_approvals(self.ctx.db, self.term.id, self.input())
