"""File or edit an exception to the policy (R19): what it allows, the office the profile names
to approve it, who approved it and when, until when, and the accounts it covers."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ....core.duties import EXCEPTION_OFFICES
from ....core.profile import PolicyProfile
from ....services.exceptions.writes import ExceptionInput, ExceptionView, save_exception
from ....services.kernel.database import Database
from ...dialogs.code_form import CodeFormDialog

# What a site check may be told not to flag, in the few words the dialog shows.
_ALLOWS = {
    "direct-messages": "Direct messages kept on",
    "mfa": "Multi-factor authentication off",
    "abandoned": "No regular posts",
}


class ExceptionDialog(CodeFormDialog):
    def __init__(
        self,
        db: Database,
        profile: PolicyProfile,
        today: date,
        exception: ExceptionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit exception" if exception else "File an exception", parent=parent)
        self.db, self.exception = db, exception
        e = exception
        offices = {o: EXCEPTION_OFFICES[o] for o in profile.exception_offices}
        if not offices:
            self.say(f"The {profile.title} has no exceptions clause: no office approves one.")
        self.number = self.add_line("number", "&Number:", e.number if e else "", "E-2026-1")
        self.summary = self.add_line(
            "summary", "&Allows:", e.summary if e else "", "e.g. direct messages kept on for tips"
        )
        self.office = self.add_combo("office", "&Office:", offices, e.office if e else None)
        self.approved_by = self.add_line(
            "approved_by", "Approved &by:", (e.approved_by or "") if e else ""
        )
        self.approved_on = self.add_date(
            "approved_on", "Approved o&n:", e.approved_on if e else None, today, True, "Approved"
        )
        self.expires_on = self.add_date(
            "expires_on", "&Until:", e.expires_on if e else None, today, True, "Ends after"
        )
        self.accounts = QPlainTextEdit("\n".join(e.accounts) if e else "")
        self.accounts.setPlaceholderText("One web address a line")
        self.accounts.setTabChangesFocus(True)
        self.accounts.setFixedHeight(70)
        self._add("accounts", "A&ccounts:", self.accounts)
        self.allows = self.add_checks(
            "allows", "Site check &skips:", _ALLOWS, e.allows if e else ()
        )
        self.finish()

    def save(self) -> ExceptionView:
        kept = tuple(
            a for a in (self.exception.allows if self.exception else ()) if a not in _ALLOWS
        )
        data = ExceptionInput(
            number=self.number.text(),
            summary=self.summary.text(),
            office=self.office.currentData() or "",
            approved_by=self.approved_by.text() or None,
            approved_on=self.approved_on.value(),
            expires_on=self.expires_on.value(),
            accounts=tuple(self.accounts.toPlainText().split()),
            allows=kept + tuple(k for k, box in self.allows.items() if box.isChecked()),
        )
        return save_exception(self.db, self.exception.id if self.exception else None, data)
