"""A date that may not be known yet: a check box that says it is, beside the date edit that
holds it (a date edit cannot be blank). Not after today, unless it is a day still to come.
The one optional date of every dialog: those of Designer forms hold one, and so does a
coded form's `DateField`."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDateEdit

from ..widgets.qdates import from_qdate, to_qdate


class OptionalDate:
    def __init__(
        self, check: QCheckBox, edit: QDateEdit, today: date, *, past_only: bool = True
    ) -> None:
        self.check, self.edit, self.today = check, edit, today
        if past_only:
            edit.setMaximumDate(to_qdate(today))
        check.toggled.connect(edit.setEnabled)
        self.set(None)

    def set(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(to_qdate(day if day is not None else self.today))
        self.edit.setEnabled(day is not None)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None
