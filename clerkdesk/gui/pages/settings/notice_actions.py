"""What Settings → Duties does with the city's notices besides picking them (R15): edit the words
of the one chosen in the list, or put them back in the policy's words; and, where the policy
also posts a notice on the City's website (Janesville's Terms of Use), record the page and the
day it was seen there. Each goes through the service at once, which validates and audits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from ....core.errors import ClerkDeskError, ValidationError
from ....core.notices import one_line
from ....services.city.notice_words import (
    NoticeWords,
    WebsitePosting,
    notice_words,
    record_website_posting,
    restore_notice_words,
    website_posting,
)
from ...widgets import messages
from ...widgets.date_field import DateField, optional_date
from ...window.context import AppContext
from .notice_dialog import NoticeWordsDialog


class NoticeButtons(QWidget):
    """Edit or restore the words of the notice current in `box` (its item's data is its name)."""

    def __init__(self, ctx: AppContext, box: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.box = ctx, box
        self.dialog: NoticeWordsDialog | None = None  # the last one opened (tests drive it)
        self.edit = QPushButton("Edit the notice's &words…")
        self.edit.setObjectName("edit_notice_button")
        self.restore = QPushButton("Restore the polic&y's words")
        self.restore.setObjectName("restore_notice_button")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.edit, self.restore):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.edit.clicked.connect(self.edit_words)
        self.restore.clicked.connect(self.restore_words)
        box.currentRowChanged.connect(lambda *_: self._enable())
        box.itemDoubleClicked.connect(lambda *_: self.edit_words())
        self.notices: dict[str, NoticeWords] = {}

    def show_notices(self) -> dict[str, NoticeWords]:
        """Read the city's notices again (after the list is filled), and return them."""
        self.notices = {n.name: n for n in notice_words(self.ctx.db)}
        self._enable()
        return self.notices

    def current(self) -> NoticeWords | None:
        item = self.box.currentItem()
        return self.notices.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _enable(self) -> None:
        notice = self.current()
        on = self.box.isEnabled()
        self.edit.setEnabled(on and notice is not None)
        self.restore.setEnabled(on and notice is not None and notice.changed)

    def edit_words(self) -> NoticeWordsDialog | None:
        """Open the dialog for the current notice, window-modally; the tab shows the words
        again when the city's profile is read again after the save."""
        notice = self.current()
        if notice is None or not self.box.isEnabled():
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()  # the last one, closed
        self.dialog = dialog = NoticeWordsDialog(self.ctx, notice, self.window())
        dialog.open()
        return dialog

    def restore_words(self) -> bool:
        notice = self.current()
        if notice is None or not notice.changed:
            return False
        try:
            restore_notice_words(self.ctx.db, notice.name)
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return False
        return True


class WebsitePostingRow(QWidget):
    """The page of the City's website that posts the notice, and the day it was seen there;
    hidden where the city's policy posts none there."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.address = QLineEdit()
        self.address.setObjectName("website_address_edit")
        self.address.setPlaceholderText("https://…")
        self.address.setAccessibleName("Posted on the City website at")
        self.seen_check = QCheckBox("seen there o&n")
        self.seen = optional_date(self.seen_check, DateField(), ctx.today())
        self.seen.setObjectName("website_seen_on_date")
        self.button = QPushButton("Rec&ord")
        self.button.setObjectName("record_website_button")
        self.button.setAutoDefault(False)
        self.state = QLabel()
        self.state.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.address, 1)
        row.addWidget(self.seen_check)
        row.addWidget(self.seen)
        row.addWidget(self.button)
        self.button.clicked.connect(self.record)

    def show_posting(self) -> WebsitePosting | None:
        posting = website_posting(self.ctx.db)
        self.address.setText(posting.address or "" if posting else "")
        self.seen.set(posting.seen_on if posting else None)
        what = one_line(posting.words, 60) if posting else ""
        self.state.setText(
            ""
            if posting is None
            else f"“{what}”: seen posted there on {posting.seen_on}."
            if posting.seen_on
            else f"“{what}” is not recorded as posted there yet: Today shows it as owed from "
            "the policy's adoption (R15)."
        )
        return posting

    def record(self) -> bool:
        try:
            seen = self.seen.value()
            record_website_posting(self.ctx.db, self.address.text(), seen)
        except ValidationError as error:
            messages.show_error(self, "; ".join(error.fields.values()))
            return False
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return False
        return True
