"""Write a letter of a public-records request (R17): which letter, why more time is needed (a
letter of extension), and where to save it. The service writes it, keeps it with the request
with its SHA-256, and saves the copy; a letter the request does not allow (a denial without
its reasons) is refused beside its field, and nothing is written."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ....core.errors import ValidationError
from ....core.records import (
    ACKNOWLEDGMENT,
    DENIAL,
    DENIED,
    EXTENSION,
    GRANTED,
    LETTER_KINDS,
    PARTLY_GRANTED,
    RESPONSE,
)
from ....services.requests.files import RequestFileView
from ....services.requests.letters import write_letter
from ....services.requests.views import RequestView
from ...dialogs.code_form import CodeFormDialog
from ...files.folders import remembered_folder
from ...files.pdfs import file_name
from ...window.context import AppContext

FOLDER = "folders/letters"


def likely_letter(request: RequestView) -> str:
    """The letter a request most likely wants now, offered first."""
    if request.status == DENIED:
        return DENIAL
    if request.status in (GRANTED, PARTLY_GRANTED):
        return RESPONSE
    if request.extended_to is not None and request.acknowledged_on is not None:
        return EXTENSION
    return ACKNOWLEDGMENT


class LetterDialog(CodeFormDialog):
    def __init__(
        self, ctx: AppContext, request: RequestView, parent: QWidget | None = None
    ) -> None:
        self.ctx, self.request = ctx, request
        super().__init__(f"Letter of request {request.number}", parent=parent)
        self.kept: RequestFileView | None = None
        self.folder = Path(remembered_folder(ctx.settings, FOLDER))
        self.kind = QComboBox()
        for key, label in LETTER_KINDS.items():
            self.kind.addItem(label, key)
        self.why = QPlainTextEdit()
        self.why.setFixedHeight(56)
        self.why.setTabChangesFocus(True)
        self.why.setPlaceholderText("a letter of extension: why more time is needed")
        self.file = QLineEdit()
        self.file.setMinimumWidth(360)
        self.browse = QPushButton("C&hoose…")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(self.browse)
        self.say(
            "The letter is kept with the request, with its SHA-256, and a copy saved where you "
            "say. A denial gives its reasons and says how it can be reviewed (Wis. Stat. "
            "19.35(4)(b)); the texts are ClerkDesk's unless the city gave its own (Settings, "
            "Letters)."
        )
        self.add_field("letter", "&Letter", self.kind)
        self.add_field("why", "&Why more time", self.why)
        self.add_field("file", "Save &to", row, self.file)
        self.finish()
        self.set_ok_text("Write and &keep")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(self.kind.findData(likely_letter(request)))
        self._kind_changed()

    @property
    def letter(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        self.why.setEnabled(self.letter == EXTENSION)
        folder = Path(self.file.text()).parent if self.file.text().strip() else self.folder
        self.file.setText(
            str(folder / file_name(LETTER_KINDS[self.letter], f"request {self.request.number}"))
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the letter", self.file.text(), "PDF files (*.pdf)"
        )
        if name:
            self.file.setText(name)

    def save(self) -> SimpleNamespace:
        typed = self.file.text().strip()
        if not typed:
            raise ValidationError({"file": "say where to save the letter"})
        path = Path(typed)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            raise ValidationError({"file": f"there is no folder {path.parent}"})
        why = self.why.toPlainText() if self.letter == EXTENSION else ""
        self.kept = write_letter(self.ctx.db, self.request.id, self.letter, path, why)
        self.ctx.settings.setValue(FOLDER, str(path.parent))
        self.path = path
        return SimpleNamespace(id=self.request.id)  # the page selects the request again
