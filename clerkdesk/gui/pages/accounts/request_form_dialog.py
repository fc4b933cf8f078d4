"""Milwaukee's Social Media Account Request Form and Strategy Plan (R1): the day it was completed
and its scan, recorded before the account is approved. Saved through the accounts service,
which keeps the scan by its SHA-256 and audits it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ....services.accounts.request_form import record_request_form
from ....services.kernel.common import city_today
from ....services.kernel.views import AccountView
from ...dialogs.code_form import CodeFormDialog
from ...files.scan_files import choose_scan
from ...window.context import AppContext


class RequestFormDialog(CodeFormDialog):
    def __init__(
        self, ctx: AppContext, account: AccountView, parent: QWidget | None = None
    ) -> None:
        super().__init__("Account Request Form and Strategy Plan", ctx.settings, parent)
        self.ctx, self.account = ctx, account
        self.source: Path | None = None
        today = city_today(ctx.db, ctx.city.profile)
        self.say(
            f"<p>The Social Media Account Request Form and Strategy Plan of "
            f"<b>{escape(account.url)}</b>: its audience, platform, goals and measures of "
            "success, completed before the account is approved (R1).</p>"
        )
        self.completed = self.add_date(
            "request_form_on", "&Completed on:", account.request_form_on, today
        )
        self.completed.setMaximumDate(today, "today")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scan_edit")
        self.scan_edit.setReadOnly(True)
        self.scan_edit.setPlaceholderText("the scanned form, a PDF or an image")
        choose = QPushButton("C&hoose…")
        choose.setObjectName("choose_scan_button")
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose)
        line.addWidget(self.scan_edit, 1)
        line.addWidget(choose)
        self.add_field("scan", "&Scan:", row, focus=choose)
        self.set_ok_text("&Record")
        self.finish()

    def choose(self) -> None:
        path = choose_scan(self, self.ctx, "The scanned Account Request Form and Strategy Plan")
        if path is not None:
            self.use_scan(path)

    def use_scan(self, path: Path) -> None:
        self.source = path
        self.scan_edit.setText(str(path))

    def save(self) -> AccountView:
        return record_request_form(
            self.ctx.db, self.account.id, self.completed.value(), self.source
        )
