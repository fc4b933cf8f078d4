"""The Letters tab of Settings (R17): the text of each letter of a public-records request,
ClerkDesk's own unless the city replaces it, as it replaces the agreement text. Saved at once
by its own button; the service validates and audits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from ....core.errors import ClerkDeskError
from ....core.records import LETTER_KINDS
from ....services.kernel.printouts import city_title
from ....services.requests.letter_texts import (
    PLACEHOLDERS,
    default_letter_text,
    letter_text,
    update_letter_text,
)
from ...widgets import messages
from ...widgets.wrapping import keep_fitted
from ...window.context import AppContext
from .records import lay_out_tab


class LettersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("letters_tab")
        self.kind = QComboBox()
        for key, label in LETTER_KINDS.items():
            self.kind.addItem(label, key)
        self.state = QLabel()
        self.reset_button = QPushButton("Use ClerkDesk's te&xt")
        self.reset_button.setAutoDefault(False)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.kind, 1)
        line.addWidget(self.state)
        line.addWidget(self.reset_button)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("letter_text_edit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(160)
        city = city_title(ctx.city.name)
        names = ", ".join(
            f"<b>{{{escape(name)}}}</b> {escape(what.replace('City of Stoughton', city))}"
            for name, what in PLACEHOLDERS.items()
        )
        self.placeholders = QLabel(
            "Paragraphs are separated by a blank line. When a letter is printed, "
            f"{names}. Whatever the text, the letter adds the request's number, what was "
            "asked and the accounts, an extension's two dates and why, what is withheld and "
            "why, a denial's reasons and how it can be reviewed (Wis. Stat. 19.35(4)(b)), the "
            "custodian of each account, and the signature."
        )
        self.placeholders.setTextFormat(Qt.TextFormat.RichText)
        self.placeholders.setWordWrap(True)
        keep_fitted(self.placeholders)
        form = QFormLayout()
        form.addRow("&Letter", row)
        form.addRow("&Text", self.edit)
        form.addRow("", self.placeholders)
        self.save_button = lay_out_tab(
            self,
            "The letters of a public-records request (Requests, Letter…): ClerkDesk's wording, "
            "or the city's own for each letter.",
            form,
            "&Save letter text",
        )
        self.own: str | None = None  # the city's own text of the letter shown, as saved
        self.kind.currentIndexChanged.connect(self.reload)
        self.edit.textChanged.connect(self._show_state)
        self.reset_button.clicked.connect(
            lambda: self.edit.setPlainText(default_letter_text(self.letter))
        )
        self.save_button.clicked.connect(self.save)
        self.reload()

    @classmethod
    def added(cls, ctx: AppContext, parent: QWidget, tabs: QTabWidget) -> LettersTab:
        """The tab, added to Settings' `tabs` after Public records."""
        tab = cls(ctx, parent)
        tabs.addTab(tab, "Letters")
        return tab

    @property
    def letter(self) -> str:
        return str(self.kind.currentData())

    def reload(self) -> None:
        text, own = letter_text(self.ctx.db, self.letter)
        self.own = text if own else None
        self.edit.setPlainText(text)

    def wanted(self) -> str | None:
        """The city's own text in the editor, or None when it holds ClerkDesk's."""
        text = self.edit.toPlainText().strip()
        return None if not text or text == default_letter_text(self.letter).strip() else text

    def _show_state(self) -> None:
        wanted = self.wanted()
        state = "the city's own text" if wanted is not None else "ClerkDesk's text"
        edited = ", not saved yet" if wanted != self.own else ""
        self.state.setText(f"<i>{state}{edited}</i>")
        self.reset_button.setEnabled(wanted is not None)

    def save(self) -> bool:
        try:
            update_letter_text(self.ctx.db, self.letter, self.wanted())
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return False
        self.reload()
        return True
