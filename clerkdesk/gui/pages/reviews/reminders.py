"""The e-mail asking a department head to review who has access: handed to the mail program,
or, on a computer without one, copied as text to paste into a message."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtWidgets import QApplication, QWidget

from ....core.errors import ClerkDeskError
from ...files import desktop
from ...widgets import messages
from ...window.context import AppContext


def send_reminder(parent: QWidget, ctx: AppContext, department: str) -> None:
    from ....services.reviews.writes import reminder_mailto

    try:
        address = reminder_mailto(ctx.db, department)
    except ClerkDeskError as error:
        messages.show_error(parent, error.message)
        return
    if not desktop.open_address(address) and messages.confirm(
        parent,
        "E-mail reminder",
        "No e-mail program is set up on this computer. Copy the reminder to paste it into a "
        "message yourself?",
        "Copy the text",
    ):
        QApplication.clipboard().setText(mail_text(address))


def mail_text(address: str) -> str:
    """A mailto: link as the text of a message: To, Subject, then the body."""
    parts = urlsplit(address)
    query = parse_qs(parts.query)
    to = unquote(parts.path)
    subject = query.get("subject", [""])[0]
    body = query.get("body", [""])[0]
    head = f"To: {to}\nSubject: {subject}" if to else f"Subject: {subject}"
    return f"{head}\n\n{body}"
