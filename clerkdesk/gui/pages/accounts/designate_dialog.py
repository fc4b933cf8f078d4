"""Give a person a role on an account (R3, R4): a new custodian, or an authorized user or
administrator. A new custodian ends the term of the one before."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ....core.vocabulary import ROLES, Role
from ....services.kernel.views import AccountView
from ....services.people.writes import list_people
from ....services.terms.writes import AssignmentView, designate
from ...dialogs.form_dialog import FormDialog
from ...dialogs.people_picker import PersonPicker
from ...forms.ui_designate_dialog import Ui_DesignateDialog
from ...widgets.qdates import MomentField
from ...window.context import AppContext

OTHER_ROLES = (Role.AUTHORIZED_USER, Role.ADMINISTRATOR)


class DesignateDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        account: AccountView,
        role: str,
        current_custodian: AssignmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`role` is "custodian", or any other role to offer the two others."""
        super().__init__(parent)
        self.ctx, self.account = ctx, account
        self.ui = ui = Ui_DesignateDialog()
        ui.setupUi(self)
        self.person = PersonPicker(ui.person_edit, list_people(ctx.db))
        roles = (Role.CUSTODIAN,) if role == Role.CUSTODIAN else OTHER_ROLES
        for key in roles:
            ui.role_combo.addItem(ROLES[key], key)
        ui.role_combo.setEnabled(len(roles) > 1)
        self.starts = MomentField(ui.starts_at_edit, ctx.now(), ctx.tz())
        url = f"<b>{escape(account.url)}</b>"
        if role == Role.CUSTODIAN:
            self.setWindowTitle("Designate the custodian")
            text = (
                f"The custodian monitors and administers {url} and answers for its content "
                "(R3). There is one at a time"
            )
            if current_custodian is not None:
                text += (
                    f": {escape(current_custodian.person)}'s term as custodian ends when the "
                    "new one starts"
                )
            ui.explanation_label.setText(text + ".")
        else:
            self.setWindowTitle("Add an authorized user or administrator")
            ui.explanation_label.setText(
                f"Everyone who may post on {url} is an authorized user with prior approval; "
                "contractors, vendors and agents count as employees (R4). Keep the number "
                "small, with more than one administrator for continuity."
            )
        profile = ctx.city.profile
        # Who designates, in the policy's words: Wausau's Social Media Coordinator authorizes
        # access, Milwaukee's department management designates.
        ui.designated_by_edit.setPlaceholderText(
            f"who decided, e.g. {profile.designated_by_hint()} (optional)"
        )
        if profile.term_approvals:
            ui.explanation_label.setText(
                ui.explanation_label.text() + f" The {escape(profile.director_title)} and then the "
                f"{escape(profile.coordinating_office)} approve each Authorized User: record "
                "their approvals with Approvals… once given."
            )
        self.watch_fields(
            ui,
            {
                "employee_id": ui.person_edit,
                "role": ui.role_combo,
                "starts_at": ui.starts_at_edit,
            },
            ui.form_error,
        )

    def save(self) -> AssignmentView:
        ui = self.ui
        return designate(
            self.ctx.db,
            self.account.id,
            self.person.employee_id(),
            ui.role_combo.currentData() or "",
            self.starts.value(),
            ui.designated_by_edit.text(),
        )
