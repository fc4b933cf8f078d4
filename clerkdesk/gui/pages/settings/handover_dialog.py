"""The credential handover file: every password and recovery code on file, written encrypted
with a passphrase for a deputy or successor, or read into this user's credential store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from ....core.errors import ValidationError
from ....services.credentials.handover import HandoverReport, export_handover, import_handover
from ...dialogs.form_dialog import FormDialog
from ...forms.ui_handover_dialog import Ui_HandoverDialog
from ...window.context import AppContext

EXPORT, IMPORT = "export", "import"
FILTER = "ClerkDesk handover files (*.clerkdesk-handover);;All files (*)"
SUFFIX = ".clerkdesk-handover"

EXPORT_WARNING = (
    "<p><b>This file holds every account password and recovery code on file.</b> They are "
    "encrypted with the passphrase below; anyone who has both the file and the passphrase can "
    "read them all.</p><p>Give the passphrase separately from the file (in person or by "
    "phone, never in the same e-mail), and delete the file once it has been imported. The "
    "export is written to the audit log.</p>"
)
IMPORT_TEXT = (
    "<p>Read a handover file into this computer's credential store, for the accounts of this "
    "register. Passwords already on file for those accounts are replaced. Accounts the "
    "register does not have are skipped.</p>"
)


class HandoverDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, mode: str, folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.mode, self.folder = ctx, mode, folder
        self.ui = ui = Ui_HandoverDialog()
        ui.setupUi(self)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        fields = {"file": ui.file_edit, "passphrase": ui.passphrase_edit}
        if mode == EXPORT:
            self.setWindowTitle("Export the credential handover file")
            ui.explanation_label.setText(EXPORT_WARNING)
            ok.setText("&Export")
            fields["again"] = ui.again_edit
            ui.passphrase_edit.setPlaceholderText("at least 12 characters; a few words work well")
        else:
            self.setWindowTitle("Import a credential handover file")
            ui.explanation_label.setText(IMPORT_TEXT)
            ok.setText("&Import")
            for widget in (ui.again_label, ui.again_edit, ui.again_error):
                widget.hide()
        ui.browse_button.clicked.connect(self._browse)
        self.watch_fields(ui, fields, ui.form_error)

    @property
    def path(self) -> Path:
        return Path(self.ui.file_edit.text().strip())

    def _browse(self) -> None:
        if self.mode == EXPORT:
            name, _ = QFileDialog.getSaveFileName(
                self, "Export credential handover file", self.folder, FILTER
            )
            if name and not name.endswith(SUFFIX):
                name += SUFFIX
        else:
            name, _ = QFileDialog.getOpenFileName(
                self, "Import credential handover file", self.folder, FILTER
            )
        if name:
            self.ui.file_edit.setText(name)

    def save(self) -> HandoverReport:
        ui = self.ui
        if not ui.file_edit.text().strip():
            raise ValidationError({"file": "choose the file"})
        passphrase = ui.passphrase_edit.text()
        if self.mode == EXPORT:
            if passphrase != ui.again_edit.text():
                raise ValidationError({"again": "the two passphrases differ; type it again"})
            return export_handover(self.ctx.db, self.path, passphrase)
        if not self.path.is_file():
            raise ValidationError({"file": f"there is no file {self.path}"})
        return import_handover(self.ctx.db, self.path, passphrase)

    def done(self, result: int) -> None:
        self.ui.passphrase_edit.clear()
        self.ui.again_edit.clear()
        super().done(result)
