"""Register a new account or edit one (R1, R12, R20): where its records are archived and what
the archive captures (comments, direct messages, the subscriber list) and when it last did;
where the policy asks for it (Madison), with the IT Director's approval of its tool for
public-records compliance (R1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....core.vocabulary import ACCOUNT_STATUSES, PLATFORMS, platform_of
from ....services.accounts.writes import (
    NEW_STATUSES,
    create_account,
    editing_account,
    update_account,
)
from ....services.city.writes import get_city
from ....services.departments.writes import department_names
from ....services.kernel.common import city_today
from ....services.kernel.database import Database
from ....services.kernel.inputs import AccountInput
from ....services.kernel.views import AccountView
from ...dialogs.form_dialog import FormDialog, offer_completion
from ...forms.ui_account_dialog import Ui_AccountDialog
from ...widgets.date_field import optional_date
from ..departments.new_department import offer_new_department

# What the archive captures, as each of its three choices says it (None: not recorded).
CAPTURES = ((None, "not recorded"), (True, "captured"), (False, "not captured"))


class AccountDialog(FormDialog):
    def __init__(
        self, db: Database, account: AccountView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.version: str | None = None
        if account is not None:  # as it is now, not as the page last showed it
            account, self.version = editing_account(db, account.id)
        self.db, self.account = db, account
        self.ui = ui = Ui_AccountDialog()
        ui.setupUi(self)
        self.setWindowTitle("Edit account" if account else "Register an account")
        for key, label in PLATFORMS.items():
            ui.platform_combo.addItem(label, key)
        ui.platform_combo.setPlaceholderText("choose…")
        ui.platform_combo.setCurrentIndex(-1)
        offer_completion(ui.department_combo, department_names(db))
        ui.department_combo.lineEdit().setPlaceholderText("choose or type a department")
        statuses = (
            NEW_STATUSES if account is None or account.status in NEW_STATUSES else (account.status,)
        )
        for key in statuses:
            ui.status_combo.addItem(ACCOUNT_STATUSES[key], key)
        ui.status_combo.setEnabled(len(statuses) > 1)
        ui.status_combo.setToolTip(
            "Proposed: a new account asking for approval. Pre-existing: in use before the "
            "policy was adopted; it must be approved within the grandfathering window (R5)."
        )
        self.watch_fields(
            ui,
            {
                "url": ui.url_edit,
                "platform": ui.platform_combo,
                "handle": ui.handle_edit,
                "department": ui.department_combo,
                "purpose": ui.purpose_edit,
                "city_email": ui.city_email_edit,
                "status": ui.status_combo,
                "tool_approved_by": ui.tool_approved_by_edit,
                "tool_approved_on": ui.tool_approved_date,
                "archived_in": ui.archived_in_edit,
                "archive_captured_on": ui.archive_captured_date,
            },
            ui.form_error,
        )
        city = get_city(db)
        assert city is not None
        own = city_slug(city.name)  # examples in the city's own name
        ui.url_edit.setPlaceholderText(f"https://facebook.com/{own}parks")
        ui.handle_edit.setPlaceholderText(f"@{own}parks")
        self.tool_day = optional_date(
            ui.tool_approved_check, ui.tool_approved_date, city_today(db, city.profile)
        )
        self.captures = {
            "archive_comments": ui.archive_comments_combo,
            "archive_messages": ui.archive_messages_combo,
            "archive_subscribers": ui.archive_subscribers_combo,
        }
        for combo in self.captures.values():
            for value, words in CAPTURES:
                combo.addItem(words, value)
        self.captured_day = optional_date(
            ui.archive_captured_check, ui.archive_captured_date, city_today(db, city.profile)
        )
        recorded = account is not None and account.tool_approved_on is not None
        ui.tool_box.setVisible(city.profile.tool_approval or recorded)
        if account is not None:
            self._fill(account)
        else:
            ui.url_edit.textEdited.connect(self._guess_platform)

    def _fill(self, a: AccountView) -> None:
        ui = self.ui
        ui.url_edit.setText(a.url)
        ui.platform_combo.setCurrentIndex(ui.platform_combo.findData(a.platform))
        ui.handle_edit.setText(a.handle or "")
        ui.department_combo.setCurrentText(a.department)
        ui.purpose_edit.setPlainText(a.purpose or "")
        ui.city_email_edit.setText(a.city_email or "")
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(a.status))
        ui.tool_approved_by_edit.setText(a.tool_approved_by or "")
        self.tool_day.set(a.tool_approved_on)
        ui.archived_in_edit.setText(a.archived_in or "")
        for name, combo in self.captures.items():
            combo.setCurrentIndex([v for v, _w in CAPTURES].index(getattr(a, name)))
        self.captured_day.set(a.archive_captured_on)

    def _guess_platform(self, url: str) -> None:
        platform = platform_of(url)
        if platform is not None:
            self.ui.platform_combo.setCurrentIndex(self.ui.platform_combo.findData(platform))

    def accept(self) -> None:
        offer_new_department(self, self.db, self.ui.department_combo)
        super().accept()

    def input(self) -> AccountInput:
        ui = self.ui
        return AccountInput(
            url=ui.url_edit.text(),
            platform=ui.platform_combo.currentData() or "",
            department=ui.department_combo.currentText(),
            handle=ui.handle_edit.text(),
            purpose=ui.purpose_edit.toPlainText(),
            city_email=ui.city_email_edit.text(),
            status=ui.status_combo.currentData() or "",
            tool_approved_by=ui.tool_approved_by_edit.text(),
            tool_approved_on=self.tool_day.value(),
            archived_in=ui.archived_in_edit.text(),
            archive_comments=ui.archive_comments_combo.currentData(),
            archive_messages=ui.archive_messages_combo.currentData(),
            archive_subscribers=ui.archive_subscribers_combo.currentData(),
            archive_captured_on=self.captured_day.value(),
        )

    def save(self) -> AccountView:
        if self.account is None:
            return create_account(self.db, self.input())
        return update_account(self.db, self.account.id, self.input(), version=self.version)


def city_slug(name: str) -> str:
    """ "City of Maple Falls" → "maplefalls", as cities name their accounts."""
    words = name.lower().split()
    if len(words) > 2 and words[1] == "of" and words[0] in ("city", "town", "village"):
        words = words[2:]
    return "".join(c for c in "".join(words) if c.isascii() and c.isalnum()) or "city"
