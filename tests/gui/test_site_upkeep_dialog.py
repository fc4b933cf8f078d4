"""R14's upkeep in the site-check window: Janesville's check asks whether the site was
monitored each work day and whether questions were answered within 48 hours, each yes, no or
not recorded; Madison's does not ask, and keeps what a file recorded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from clerkdesk.gui.pages.site_checks.site_check_dialog import SiteCheckDialog
from clerkdesk.services.city.writes import get_city, init_city
from clerkdesk.services.site_checks.writes import (
    SiteCheckInput,
    list_site_checks,
    save_site_check,
)
from tests.services.duties_city import PARKS, small_city

TODAY = date(2026, 11, 20)


def a_city(db, key: str):  # type: ignore[no-untyped-def]
    init_city(db, key.title(), key, date(2026, 1, 1))
    small_city(db, authority="city-manager" if key == "janesville" else "mayor")
    return db


def _dialog(qtbot, db, check=None) -> SiteCheckDialog:  # type: ignore[no-untyped-def]
    dialog = SiteCheckDialog(db, get_city(db).profile, TODAY, PARKS, check)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(qtbot, dialog: SiteCheckDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()


def test_janesville_s_check_asks_both_and_records_the_answers(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    dialog = _dialog(qtbot, db)
    monitored, answered = dialog.upkeep["monitored_daily"], dialog.upkeep["answered_48h"]
    assert [monitored.itemText(i) for i in range(monitored.count())] == [
        "Not recorded",
        "Yes",
        "No",
    ]
    assert (monitored.currentText(), answered.currentText()) == ("Not recorded", "Not recorded")
    assert "within 48 hours" in answered.toolTip()
    dialog.checked_on.set(date(2026, 11, 19))
    dialog.checker.setText("E100")
    monitored.setFocus()
    qtbot.keyClick(monitored, Qt.Key.Key_Down)
    qtbot.keyClick(monitored, Qt.Key.Key_Down)  # "No"
    answered.setFocus()
    qtbot.keyClick(answered, Qt.Key.Key_Down)  # "Yes"
    _ok(qtbot, dialog)
    (check,) = list_site_checks(db)
    assert (check.monitored_daily, check.answered_48h) == ("no", "yes")
    # Opened again, it shows them; set back to not recorded, it records none.
    again = _dialog(qtbot, db, check)
    assert again.upkeep["monitored_daily"].currentText() == "No"
    again.upkeep["monitored_daily"].setCurrentIndex(0)
    _ok(qtbot, again)
    (check,) = list_site_checks(db)
    assert (check.monitored_daily, check.answered_48h) == (None, "yes")


def test_madison_s_check_does_not_ask_and_keeps_what_was_recorded(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "madison")
    save_site_check(
        db,
        None,
        SiteCheckInput(PARKS, date(2026, 11, 2), "E100", monitored_daily="no", answered_48h="no"),
    )
    (check,) = list_site_checks(db)
    dialog = _dialog(qtbot, db, check)
    assert dialog.upkeep == {}
    assert dialog.findChild(QComboBox, "monitored_daily_combo") is None
    assert dialog.findChild(QComboBox, "answered_48h_combo") is None
    assert dialog.findChild(QComboBox, "mfa_combo") is not None
    dialog.mfa.setCurrentIndex(dialog.mfa.findData("off"))
    _ok(qtbot, dialog)
    (check,) = list_site_checks(db)
    assert (check.mfa, check.monitored_daily, check.answered_48h) == ("off", "no", "no")
