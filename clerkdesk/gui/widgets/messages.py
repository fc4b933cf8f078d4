"""Message boxes. Pages and dialogs call these through the module (`messages.confirm(...)`)
so that one place decides how ClerkDesk asks and tells, and tests can answer for the user."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str, title: str = "ClerkDesk") -> None:
    """A problem the user can act on, stated plainly."""
    _tell(QMessageBox.Icon.Warning, parent, title, message)


def show_info(parent: QWidget | None, message: str, title: str = "ClerkDesk") -> None:
    _tell(QMessageBox.Icon.Information, parent, title, message)


def _tell(icon: QMessageBox.Icon, parent: QWidget | None, title: str, message: str) -> None:
    # Plain text: a message naming "Parks <Rec> & Trails" shows it as written.
    box = QMessageBox(icon, title, _sentence(message), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_details(
    parent: QWidget | None,
    summary: str,
    lines: Sequence[str],
    title: str = "ClerkDesk",
    *,
    problems: bool = False,
) -> None:
    """A summary, the first few lines, and all of them under "Show Details…"."""
    icon = QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, summary, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n".join(lines[:5]) + ("\n…" if len(lines) > 5 else ""))
    box.setDetailedText("\n".join(lines))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing something that cannot be taken back; Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> str:
    """Edits not saved yet, and the user is leaving them: SAVE, DISCARD or CANCEL (stay).
    Save is the default; Escape stays."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Unsaved changes",
        f"{what} has changes that are not saved yet. Save them?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Discard).setText("&Don't save")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def _sentence(message: str) -> str:
    """Service messages start in lower case (they also follow `clerkdesk: error:`)."""
    return message[:1].upper() + message[1:] if message else message
