"""Keep a removal of content (R16): the account, when, the poster, the content, the policy's
reason, what was done (hidden where the platform allows), and who did it; and the clerk's
decision on a repeat violator."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ....core.records import HIDDEN, REMOVAL_ACTIONS, REMOVAL_CATEGORIES
from ....services.accounts.writes import list_accounts
from ....services.kernel.views import PersonView
from ....services.people.writes import list_people
from ....services.removals.corrections import correct_removal
from ....services.removals.decisions import decide_repeat
from ....services.removals.writes import RemovalInput, add_deletion_reason, record_removal
from ....services.requests.views import RemovalView
from ...dialogs.code_form import CodeFormDialog
from ...dialogs.form_dialog import offer_completion
from ...files.scan_files import choose_scan
from ...widgets.date_field import DateTimeField
from ...widgets.qdates import MomentField
from ...window.context import AppContext


def staff_text(name: str, employee_id: str) -> str:
    """How a member of staff reads: "Dana Whitfield (E100)"."""
    return f"{name} ({employee_id})"


def offer_people(combo: QComboBox, people: Sequence[PersonView]) -> None:
    """The people offered as "Name (ID)", each item's data its employee ID."""
    offer_completion(combo, [staff_text(p.name, p.employee_id) for p in people])
    for index, person in enumerate(people):
        combo.setItemData(index, person.employee_id)


def employee_id_in(combo: QComboBox) -> str:
    """The employee ID of the person picked, or typed as an ID or as "Name (ID)"."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0 and combo.itemData(index):
        return str(combo.itemData(index))
    found = re.fullmatch(r".*\(([^()]+)\)", text)
    return found.group(1).strip() if found else text


class RemovalDialog(CodeFormDialog):
    def __init__(
        self, ctx: AppContext, removal: RemovalView | None = None, parent: QWidget | None = None
    ) -> None:
        self.ctx, self.removal = ctx, removal
        super().__init__("Correct a removal" if removal else "Keep a removal", parent=parent)
        profile = ctx.city.profile
        self.account = QComboBox()
        self.account.setEditable(True)
        offer_completion(self.account, [a.url for a in list_accounts(ctx.db)])
        edit = DateTimeField()
        self.moment = MomentField(edit, ctx.now(), ctx.tz())
        self.poster = QLineEdit()
        self.poster.setPlaceholderText("the poster's handle or name")
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(70)
        self.content.setTabChangesFocus(True)
        self.category = QComboBox()
        for key in profile.removal_categories:
            self.category.addItem(REMOVAL_CATEGORIES[key], key)
        self.action = QComboBox()
        for key, label in REMOVAL_ACTIONS.items():
            self.action.addItem(label, key)
        self.action.setCurrentIndex(self.action.findData(HIDDEN))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("why it was deleted rather than hidden")
        self.staff = QComboBox()
        self.staff.setEditable(True)
        now = ctx.now()
        offer_people(
            self.staff,
            [
                p
                for p in list_people(ctx.db)
                if p.separated_at is None
                or p.separated_at > now
                or (removal is not None and p.employee_id == removal.staff_employee_id)
            ],
        )
        self.staff.lineEdit().setPlaceholderText("name or employee ID of who removed it")
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText("file name of a screenshot (optional)")
        self.screenshot: Path | None = None  # a file chosen, kept with its SHA-256 on save
        evidence_box = QWidget()
        row = QHBoxLayout(evidence_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.evidence, 1)
        choose = QPushButton("C&hoose…")
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_screenshot)
        row.addWidget(choose)
        self.say(
            f"The {profile.title} lets the city remove content for the reasons below; what was "
            "removed is kept: when, whose, why, and by whom. Hide rather than delete where the "
            "platform allows."
        )
        self.add_field("account_url", "&Account", self.account)
        self.add_field("removed_at", "Removed &at", edit)
        self.add_field("poster", "&Poster", self.poster)
        self.add_field("content", "C&ontent", self.content)
        self.add_field("category", "&Reason", self.category)
        self.add_field("action", "Ac&tion", self.action)
        self.add_field("action_reason", "&Why deleted", self.reason)
        self.add_field("staff_employee_id", "Removed &by", self.staff)
        self.add_field("evidence", "&Screenshot", evidence_box)
        self.set_ok_text("Save" if removal else "Keep")
        if removal is not None:
            self.fill(removal)
        self.finish()
        self.setMinimumWidth(560)

    def fill(self, r: RemovalView) -> None:
        """The kept removal, to be corrected."""
        self.account.setCurrentText(r.account_url)
        self.moment.set(r.removed_at)
        self.poster.setText(r.poster)
        self.content.setPlainText(r.content)
        self.category.setCurrentIndex(self.category.findData(r.category))
        self.action.setCurrentIndex(self.action.findData(r.action))
        self.reason.setText(r.action_reason or "")
        index = self.staff.findData(r.staff_employee_id)
        if index >= 0:
            self.staff.setCurrentIndex(index)
        else:
            self.staff.setCurrentText(r.staff_employee_id)
        self.evidence.setText(r.evidence or "")

    def choose_screenshot(self) -> None:
        path = choose_scan(self, self.ctx, "The screenshot of the removed content")
        if path is not None:
            self.attach_screenshot(path)

    def attach_screenshot(self, path: Path) -> None:
        self.screenshot = path
        self.evidence.setText(path.name)
        self.evidence.setReadOnly(True)

    def input(self) -> RemovalInput:
        return RemovalInput(
            account_url=self.account.currentText(),
            removed_at=self.moment.value(),
            poster=self.poster.text(),
            content=self.content.toPlainText(),
            category=self.category.currentData(),
            action=self.action.currentData(),
            staff_employee_id=employee_id_in(self.staff),
            action_reason=self.reason.text(),
            evidence=self.evidence.text(),
        )

    def save(self) -> RemovalView:
        if self.removal is not None:
            return correct_removal(self.ctx.db, self.removal.id, self.input(), self.screenshot)
        return record_removal(self.ctx.db, self.input(), self.screenshot)


class RepeatDecisionDialog(CodeFormDialog):
    """Block a repeat violator, or not, and why (R16)."""

    def __init__(
        self, ctx: AppContext, removal: RemovalView, parent: QWidget | None = None
    ) -> None:
        self.ctx, self.removal = ctx, removal
        super().__init__(f"Decide on {removal.poster}", parent=parent)
        self.block = QCheckBox("Block the poster from the account")
        self.reason = QLineEdit()
        self.say(
            f"{removal.poster} has had content removed {removal.repeat} times from "
            f"{removal.account_url}. The policy lets the city block a repeat violator: record "
            "the decision and why."
        )
        self.add_field("poster", "", self.block)
        self.add_field("reason", "&Reason", self.reason)
        self.set_ok_text("Record")
        self.finish()

    def save(self) -> RemovalView:
        decide_repeat(
            self.ctx.db,
            self.removal.account_url,
            self.removal.poster,
            self.block.isChecked(),
            self.reason.text(),
        )
        return self.removal


class DeletionReasonDialog(CodeFormDialog):
    """Why a removal was deleted rather than hidden, where the file it came from left it out."""

    def __init__(
        self, ctx: AppContext, removal: RemovalView, parent: QWidget | None = None
    ) -> None:
        self.ctx, self.removal = ctx, removal
        super().__init__("Why it was deleted", parent=parent)
        self.reason = QLineEdit()
        self.say(
            f"The content of {removal.poster} on {removal.account_url} was deleted, and the file "
            "it came from did not say why. The policy prefers hiding where the platform allows: "
            "record why it was deleted."
        )
        self.add_field("action_reason", "&Why deleted", self.reason)
        self.set_ok_text("Record")
        self.finish()

    def save(self) -> RemovalView:
        return add_deletion_reason(self.ctx.db, self.removal.id, self.reason.text())
