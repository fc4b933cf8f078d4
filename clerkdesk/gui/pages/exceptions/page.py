"""Exceptions to the policy (R19): what each allows, who approved it, until when, and the
accounts it covers."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from ....core.duties import AWAITING_APPROVAL, EXPIRED, NOT_YET_IN_FORCE
from ....core.obligations.model import Obligation
from ....services.exceptions.writes import ExceptionView, list_exceptions
from ....services.kernel.changes import ACCOUNTS, EXCEPTION_ACCOUNTS, EXCEPTIONS
from ...widgets.table_model import Column
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND, NEW
from .exception_dialog import ExceptionDialog


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


class ExceptionsPage(ListPage[ExceptionView]):
    noun = "exceptions"
    handles = frozenset({NEW, EDIT, FIND})
    shows = frozenset({EXCEPTIONS, EXCEPTION_ACCOUNTS, ACCOUNTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        # Read at each painting, so that a page left open overnight says what is true today.
        tones = {AWAITING_APPROVAL: "due-soon", NOT_YET_IN_FORCE: "muted", EXPIRED: "muted"}
        columns: list[Column[ExceptionView]] = [
            Column("Number", lambda e: e.number, width=90),
            Column("Allows", lambda e: e.summary, width=260, tooltip=True),
            Column("Office", lambda e: e.office_label, width=170),
            Column(
                "State",
                lambda e: e.state(ctx.today()),
                tone=lambda e: tones.get(e.state(ctx.today())),
                width=130,
            ),
            Column(
                "Approved",
                lambda e: " ".join(
                    filter(None, (_day(e.approved_on), e.approved_by and f"by {e.approved_by}"))
                ),
                width=200,
            ),
            Column(
                "Until",
                lambda e: _day(e.expires_on),
                sort_key=lambda e: e.expires_on or date.max,
                width=100,
            ),
            Column("Accounts", lambda e: ", ".join(e.accounts), width=300, tooltip=True),
        ]
        offices = ctx.city.profile.exception_offices
        super().__init__(
            ctx,
            "exceptions",
            columns,
            placeholder="No exceptions on file. File one with New… (Ctrl+N)."
            if offices
            else f"The {ctx.city.profile.title} has no exceptions clause.",
            parent=parent,
        )
        self.add_button("&New…", lambda: self.trigger(NEW), "File an exception (Ctrl+N)")
        self.edit_button = self.add_button(
            "&Edit…",
            lambda: self.trigger(EDIT),
            "Edit the selected exception, or record its approval",
        )
        self.actions_changed.connect(lambda: self.edit_button.setEnabled(self.can(EDIT)))
        self.layout_.addWidget(self.table)

    def read(self) -> list[ExceptionView]:
        return list(list_exceptions(self.ctx.db))

    def trigger(self, action: str) -> None:
        row = self.selected()
        profile, today = self.ctx.city.profile, self.ctx.today()
        if action == NEW:
            self.open_dialog(ExceptionDialog(self.ctx.db, profile, today, parent=self))
        elif action == EDIT and row is not None:
            self.open_dialog(ExceptionDialog(self.ctx.db, profile, today, row, parent=self))
        else:
            super().trigger(action)

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """An exception to approve or renew: selected, open for editing."""
        if self.stale:
            self.reload()
        if self.select_where(lambda row: row.number == obligation.record):
            self.trigger(EDIT)
