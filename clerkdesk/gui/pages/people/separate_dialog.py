"""A person leaves the city (R10). The dialog is its own confirmation: it says which terms end
and that those accounts' passwords must then change; Enter and Escape cancel."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ....core.vocabulary import ROLES
from ....services.kernel.views import PersonView
from ....services.people.separation import SeparationView, separate
from ....services.terms.writes import AssignmentView
from ...dialogs.form_dialog import FormDialog, cancel_by_default
from ...forms.ui_separate_dialog import Ui_SeparateDialog
from ...widgets.qdates import MomentField
from ...window.context import AppContext


class SeparateDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        person: PersonView,
        current: list[AssignmentView],
        parent: QWidget | None = None,
    ) -> None:
        """`current`: the terms the person holds now."""
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.ui = ui = Ui_SeparateDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Separate {person.name}")
        hours = ctx.city.profile.rotation_hours
        name = escape(person.name)
        text = (
            f"<p><b>{name}</b> ({escape(person.employee_id)}) will be recorded as having left "
            "the city at the moment below. This cannot be undone here.</p>"
        )
        if current:
            items = "".join(
                f"<li>{escape(t.url)} ({escape(ROLES.get(t.role, t.role).lower())})</li>"
                for t in current
            )
            accounts = len({t.account_id for t in current})
            which = "this account" if accounts == 1 else f"each of these {accounts} accounts"
            text += (
                f"<p>Every term {name} holds ends at that moment:</p><ul>{items}</ul>"
                f"<p>The password of {which} must then be changed within <b>{hours} hours</b> "
                "(R10); Today lists it until the change is recorded.</p>"
            )
            if ctx.city.profile.handover_at_separation:
                text += (
                    f"<p>Before leaving, {name} hands over the log-ins of every account they "
                    "created, used or managed (R10): Today lists it until what was handed over "
                    "is recorded (<i>Hand-over…</i>).</p>"
                )
        else:
            text += f"<p>{name} holds no access to any account now; nothing else changes.</p>"
        ui.explanation_label.setText(text)
        self.at = MomentField(ui.at_edit, ctx.now(), ctx.tz())
        self.separate_button = ui.button_box.addButton(
            "&Separate", QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel_by_default(ui.button_box, self.separate_button)
        self.watch_fields(ui, {"at": ui.at_edit}, ui.form_error)

    def save(self) -> SeparationView:
        return separate(self.ctx.db, self.person.employee_id, self.at.value())
