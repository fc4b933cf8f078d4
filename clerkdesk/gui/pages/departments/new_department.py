"""A department typed on a form that the register does not have yet: offer to add it on the
spot (its head is optional), so that the first account or person of a new city can be saved."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from ....services.departments.writes import department_known, department_names
from ....services.kernel.database import Database
from ...dialogs.form_dialog import offer_completion
from ...widgets import messages


def offer_new_department(parent: QWidget, db: Database, combo: QComboBox) -> None:
    """When `combo` names an unknown department, ask to add it; when added, the combo lists
    it. Declined, the form's own check then says the department is unknown."""
    from .department_dialog import DepartmentDialog

    name = " ".join(combo.currentText().split())
    # One the combo offers was read from the register as the form opened: not asked again.
    offered = {combo.itemText(i) for i in range(combo.count())}
    if not name or name in offered or department_known(db, name):
        return
    if not messages.confirm(
        parent,
        "New department",
        f"There is no department “{name}” yet. Add it now? You can name its head later.",
        "Add department…",
    ):
        return
    dialog = DepartmentDialog(db, parent=parent)
    dialog.ui.name_edit.setText(name)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        added = dialog.result_value.name
        offer_completion(combo, department_names(db))
        combo.setCurrentText(added)
