"""Register or change a public-records request (R17): when it came, who asked (blank for an
anonymous request), what is asked, the accounts it concerns, who answers, and how it ended."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ....core.records import OPEN, REQUEST_STATUSES
from ....services.accounts.writes import list_accounts
from ....services.requests.views import RequestView
from ....services.requests.writes import RequestInput, save_request
from ...dialogs.code_form import CodeFormDialog
from ...dialogs.form_dialog import offer_completion
from ...widgets.date_field import DateField
from ...window.context import AppContext


class RequestDialog(CodeFormDialog):
    def __init__(
        self, ctx: AppContext, request: RequestView | None = None, parent: QWidget | None = None
    ) -> None:
        self.ctx, self.request = ctx, request
        super().__init__(
            f"Request {request.number}" if request else "Register a request", parent=parent
        )
        today = ctx.today()
        self.number = QLineEdit()
        self.received = DateField()
        self.received.setMaximumDate(today, "today")
        self.received.setDate(today)
        self.requester = QLineEdit()
        self.requester.setPlaceholderText("blank: an anonymous request")
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(60)
        self.summary.setTabChangesFocus(True)
        self.accounts = QComboBox()
        self.accounts.setEditable(True)
        offer_completion(self.accounts, [a.url for a in list_accounts(ctx.db)])
        self.accounts.lineEdit().setPlaceholderText("web addresses, separated by spaces")
        self.custodian = QLineEdit()
        office = ctx.city.profile.records_office
        self.custodian.setPlaceholderText(
            f"employee ID; blank: {office or 'the custodian of the accounts'}"
        )
        self.status = QComboBox()
        for key, label in REQUEST_STATUSES.items():
            self.status.addItem(label, key)
        self.closed = self.closed_date = DateField()
        self.closed_date.setMaximumDate(today, "today")
        self.closed_date.make_optional("on", today)
        assert self.closed_date.check is not None
        self.closed_check = self.closed_date.check
        self.note = QLineEdit()
        self.reasons = QPlainTextEdit()
        self.reasons.setFixedHeight(48)
        self.reasons.setTabChangesFocus(True)
        self.reasons.setPlaceholderText("why it was denied or partly granted: the letter says so")
        self.acknowledged = self._optional_day("on", today)
        self.extended = self._optional_day("to", today, latest=False)
        self.confined = QCheckBox("committed or incarcerated: a denial holds the records 90 days")
        self.action_notice = self._optional_day("received on", today)
        self.action_ended = self._optional_day("on", today)
        days = ctx.city.profile.records_response_days
        self.say(
            "A request is answered as soon as practicable and without delay (Wis. Stat. "
            f"19.35(4)); ClerkDesk's target is {days} work days. While it is open, for 60 "
            "days after a denial (90 for a requester committed or incarcerated), and while an "
            "action under 19.37 lasts, the accounts it names may not be discontinued nor their "
            "records destroyed."
        )
        self.add_field("number", "&Number", self.number)
        self.add_field("received_on", "&Received on", self.received)
        self.add_field("requester", "Re&quester", self.requester)
        self.add_field("summary", "&What is asked", self.summary)
        self.add_field("accounts", "&Accounts", self.accounts)
        self.add_field("custodian_employee_id", "Answered &by", self.custodian)
        self.add_field("status", "&Status", self.status)
        self.add_field("closed_on", "&Closed", self.closed_date)
        self.add_field("reasons", "Reaso&ns", self.reasons)
        self.add_field("note", "N&ote", self.note)
        self.add_field("acknowledged_on", "Ac&knowledged", self.acknowledged)
        self.add_field("extended_to", "&Extended", self.extended)
        self.add_field("requester_confined", "Requester &is", self.confined)
        self.add_field("action_notice_on", "Action no&tice", self.action_notice)
        self.add_field("action_ended_on", "Action en&ded", self.action_ended)
        self.finish()
        self.setMinimumWidth(560)
        self.status.currentIndexChanged.connect(self._status_changed)
        if request is not None:
            self._fill(request)

    @staticmethod
    def _optional_day(word: str, today: date, *, latest: bool = True) -> DateField:
        """A day that may not be known (yet): ticked, it is; `latest`: not after today."""
        field = DateField()
        if latest:
            field.setMaximumDate(today, "today")
        field.make_optional(word, today)
        return field

    def _status_changed(self) -> None:
        if self.status.currentData() != OPEN and not self.closed_check.isChecked():
            self.closed_check.setChecked(True)

    def _fill(self, r: RequestView) -> None:
        self.number.setText(r.number)
        self.received.setDate(r.received_on)
        self.requester.setText(r.requester or "")
        self.summary.setPlainText(r.summary)
        self.accounts.setCurrentText(" ".join(r.accounts))
        self.custodian.setText(r.custodian_employee_id or "")
        self.status.setCurrentIndex(max(0, self.status.findData(r.status)))
        self.closed.set(r.closed_on)
        self.note.setText(r.note or "")
        self.reasons.setPlainText(r.reasons or "")
        self.acknowledged.set(r.acknowledged_on)
        self.extended.set(r.extended_to)
        self.confined.setChecked(r.requester_confined)
        self.action_notice.set(r.action_notice_on)
        self.action_ended.set(r.action_ended_on)

    def input(self) -> RequestInput:
        return RequestInput(
            number=self.number.text(),
            received_on=self.received.day(),
            summary=self.summary.toPlainText(),
            status=self.status.currentData(),
            requester=self.requester.text(),
            accounts=tuple(self.accounts.currentText().split()),
            custodian_employee_id=self.custodian.text(),
            closed_on=self.closed.value(),
            note=self.note.text(),
            reasons=self.reasons.toPlainText(),
            acknowledged_on=self.acknowledged.value(),
            extended_to=self.extended.value(),
            requester_confined=self.confined.isChecked(),
            action_notice_on=self.action_notice.value(),
            action_ended_on=self.action_ended.value(),
        )

    def save(self) -> RequestView:
        return save_request(self.ctx.db, self.request.id if self.request else None, self.input())
