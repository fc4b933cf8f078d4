"""A date field takes only the years a date is taken in (1900 to 2200), and a field's own
narrower range is said when it refuses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from clerkdesk.gui.widgets.date_field import DateField


def test_a_date_field_is_kept_to_plausible_years(qtbot) -> None:  # type: ignore[no-untyped-def]
    wide, narrow = DateField(), DateField()
    qtbot.addWidget(wide)
    qtbot.addWidget(narrow)
    narrow.setMinimumDate(date(2019, 6, 25), "the policy's adoption")
    assert (wide.minimumDate(), wide.maximumDate()) == (QDate(1900, 1, 1), QDate(2200, 12, 31))
    assert narrow.minimumDate() == QDate(2019, 6, 25)
    wide.line.setText("9/14/1752")
    assert "the year 1752 is not plausible" in (wide.problem() or "")
    narrow.setDate(date(2019, 6, 24))
    assert narrow.problem() == "2019-06-24 is before the policy's adoption (2019-06-25)"
