"""A date field offers only the years a date is taken in (1900 to 2200), keeping a field's
own narrower range."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QVBoxLayout, QWidget

from clerkdesk.gui.widgets.qdates import plausible_years


def test_a_date_field_is_kept_to_plausible_years(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    wide, narrow = QDateEdit(), QDateEdit()
    narrow.setMinimumDate(QDate(2019, 6, 25))
    layout.addWidget(wide)
    layout.addWidget(narrow)
    plausible_years(form)
    assert (wide.minimumDate(), wide.maximumDate()) == (QDate(1900, 1, 1), QDate(2200, 12, 31))
    assert narrow.minimumDate() == QDate(2019, 6, 25)
    wide.setDate(QDate(1752, 9, 14))
    assert wide.date() == QDate(1900, 1, 1)
