"""The retention page's dialogs: a series of the city's schedule; the notice sent to the
Wisconsin Historical Society (or its waiver) that begins a series' disposition; and the
destruction recorded. Each calls one service; the rules are the services' and core's."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ....core.errors import ValidationError
from ....core.retention import ACCOUNTS, RECORD_KINDS
from ....services.kernel.database import Database
from ....services.retention.dispositions import (
    DispositionView,
    begin_disposition,
    record_destruction,
)
from ....services.retention.series import SeriesInput, SeriesView, save_series
from ...dialogs.code_form import CodeFormDialog

_KINDS = {k: v for k, v in RECORD_KINDS.items() if k != ACCOUNTS}
NOTICE, WAIVER = "notice", "waiver"


class SeriesDialog(CodeFormDialog):
    def __init__(
        self, db: Database, series: SeriesView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "Edit retention series" if series else "Add a retention series", parent=parent
        )
        self.db, self.series = db, series
        s = series
        self.say(
            "Enter the series as the city's retention schedule gives it: ClerkDesk ships none."
        )
        self.code = self.add_line("code", "&Code:", s.code if s else "", "e.g. the schedule's")
        self.title = self.add_line("title", "&Title:", s.title if s else "")
        self.years = self.add_line("years", "&Years kept:", str(s.years) if s else "", "7")
        self.schedule = self.add_line(
            "schedule",
            "&Schedule:",
            s.schedule if s else "",
            "e.g. Wisconsin Municipal Records Schedule (2018)",
        )
        self.accounts = QPlainTextEdit("\n".join(s.accounts) if s else "")
        self.accounts.setPlaceholderText("One web address a line")
        self.accounts.setTabChangesFocus(True)
        self.accounts.setFixedHeight(70)
        self._add("accounts", "A&ccounts:", self.accounts)
        self.covers = self.add_checks("covers", "Also &covers:", _KINDS, s.covers if s else ())
        self.finish()

    def save(self) -> SeriesView:
        text = self.years.text().strip()
        if text and not text.isdigit():
            raise ValidationError({"years": f"{text!r} is not a whole number of years"})
        data = SeriesInput(
            code=self.code.text(),
            title=self.title.text(),
            years=int(text) if text else None,
            schedule=self.schedule.text(),
            accounts=tuple(self.accounts.toPlainText().split()),
            covers=tuple(k for k, box in self.covers.items() if box.isChecked()),
        )
        return save_series(self.db, self.series.id if self.series else None, data)


class NoticeDialog(CodeFormDialog):
    """Begin the disposition of a series: the day notice went to the Historical Society, or
    the day it waived notice."""

    def __init__(self, db: Database, code: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(f"Notice sent for series {code}", parent=parent)
        self.db, self.code_ = db, code
        self.say(
            "Records are destroyed only 60 days after written notice to the Wisconsin "
            "Historical Society, unless it waived notice (Wis. Stat. 19.21(4)(a))."
        )
        self.kind = self.add_combo(
            "kind",
            "&What:",
            {NOTICE: "Notice sent to the Society", WAIVER: "The Society waived notice"},
            NOTICE,
        )
        self.day = self.add_date("notice_on", "&On:", today, today)
        self.finish()

    def save(self) -> DispositionView:
        day = self.day.value()
        assert day is not None  # not optional
        if self.kind.currentData() == WAIVER:
            return begin_disposition(self.db, self.code_, waived_on=day)
        return begin_disposition(self.db, self.code_, notice_on=day)


class DestructionDialog(CodeFormDialog):
    """Record that a disposition's records were destroyed (the certificate of destruction)."""

    def __init__(
        self,
        db: Database,
        dispositions: list[DispositionView],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Record a destruction", parent=parent)
        self.db = db
        self.number = self.add_combo(
            "number",
            "&Disposition:",
            {d.number: d.number for d in dispositions},
            dispositions[0].number if dispositions else None,
        )
        self.day = self.add_date("destroyed_on", "Destroyed &on:", today, today)
        self.by = self.add_line("destroyed_by", "Destroyed &by:")
        self.method = self.add_line("method", "&How:", "", "e.g. deleted from the archive")
        self.finish()

    def save(self) -> DispositionView:
        day = self.day.value()
        assert day is not None  # not optional
        return record_destruction(
            self.db,
            self.number.currentData() or "",
            day,
            self.by.text(),
            self.method.text(),
        )
