"""The first start on an empty database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.gui.dialogs.first_run_dialog import FirstRunDialog
from clerkdesk.services.accounts.writes import list_accounts
from clerkdesk.services.city.writes import get_city

OK = QDialogButtonBox.StandardButton.Ok


def open_dialog(qtbot, db) -> FirstRunDialog:
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_demonstration_is_offered_and_writes_nothing_here(qtbot, empty_db) -> None:
    dialog = open_dialog(qtbot, empty_db)
    assert not dialog.ui.demo_check.isVisible() and dialog.ui.city_box.isEnabled()
    assert dialog.demo_button.text() == "&Try the demonstration city"
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.demo and dialog.result_value is None
    assert get_city(empty_db) is None and list_accounts(empty_db) == []


def test_own_city_under_a_chosen_profile(qtbot, empty_db) -> None:
    dialog = open_dialog(qtbot, empty_db)
    ui = dialog.ui
    ui.demo_check.setChecked(False)
    assert ui.city_box.isEnabled()
    keys = [ui.profile_combo.itemData(i) for i in range(ui.profile_combo.count())]
    assert keys[0] == "stoughton" and "janesville" in keys
    assert ui.adopted_date.date().toPython() == date(2019, 6, 25)  # Stoughton's adoption
    assert "45 days" in ui.profile_notes_label.text()
    ui.profile_combo.setCurrentIndex(keys.index("janesville"))  # no adoption date of its own
    assert "City Manager" in ui.profile_notes_label.text()
    assert ui.adopted_date.line.text() == ""  # asked for, not today
    ui.adopted_date.setDate(date(2021, 3, 1))
    qtbot.mouseClick(ui.button_box.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.shown() == {"city": "Required"}
    assert get_city(empty_db) is None

    qtbot.keyClicks(ui.city_edit, "City of Janesville")
    ui.email_domain_edit.setText("janesvillewi.gov")
    qtbot.mouseClick(ui.button_box.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    city = get_city(empty_db)
    assert (city.name, city.profile_key, city.adopted_on, city.email_domain) == (
        "City of Janesville",
        "janesville",
        date(2021, 3, 1),
        "janesvillewi.gov",
    )
    assert list_accounts(empty_db) == []


def test_a_profile_without_an_adoption_date_asks_for_it(qtbot, empty_db) -> None:
    dialog = open_dialog(qtbot, empty_db)
    ui = dialog.ui
    keys = [ui.profile_combo.itemData(i) for i in range(ui.profile_combo.count())]
    ui.profile_combo.setCurrentIndex(keys.index("wausau"))
    assert ui.adopted_date.line.text() == ""  # not today: everything would be due at once
    qtbot.keyClicks(ui.city_edit, "City of Wausau")
    qtbot.mouseClick(ui.button_box.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "adopted" in dialog.errors.shown()
    assert get_city(empty_db) is None
    ui.profile_combo.setCurrentIndex(keys.index("stoughton"))  # its own date comes back
    assert ui.adopted_date.day() == date(2019, 6, 25)
    ui.profile_combo.setCurrentIndex(keys.index("wausau"))
    qtbot.keyClicks(ui.adopted_date.line, "2024-02-12")
    qtbot.mouseClick(ui.button_box.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    city = get_city(empty_db)
    assert (city.profile_key, city.adopted_on) == ("wausau", date(2024, 2, 12))


def test_the_city_typed_picks_its_profile(qtbot, empty_db) -> None:
    dialog = open_dialog(qtbot, empty_db)
    ui = dialog.ui
    qtbot.keyClicks(ui.city_edit, "City of Wausau")
    assert ui.profile_combo.currentData() == "wausau"
    ui.city_edit.clear()
    qtbot.keyClicks(ui.city_edit, "MILWAUKEE, Wisconsin")
    assert ui.profile_combo.currentData() == "milwaukee"
    qtbot.keyClicks(ui.city_edit, " (town of nowhere)")  # no other city named: it stays
    assert ui.profile_combo.currentData() == "milwaukee"


def test_the_e_mail_domain_example_is_no_city_s_own(qtbot, empty_db) -> None:
    dialog = open_dialog(qtbot, empty_db)
    ui = dialog.ui
    for index in range(ui.profile_combo.count()):
        ui.profile_combo.setCurrentIndex(index)
        example = ui.email_domain_edit.placeholderText()
        assert "city.example.gov" in example and "stoughton" not in example


class FakeApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def test_cancel_quits_and_sets_nothing_up(qtbot, paths, monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.app import Startup
    from clerkdesk.gui.window.main_window import MainWindow

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    app = FakeApp()
    startup = Startup(app, window, settings, exit_when_ready=False)  # type: ignore[arg-type]
    startup.open()
    try:
        dialog = startup.first_run
        assert dialog is not None and dialog.isVisible()
        qtbot.mouseClick(
            dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )
        assert app.codes == [0]
        assert get_city(startup.db) is None
        assert window.ctx is None
    finally:
        startup.close()


def test_start_fills_the_window_after_the_first_run(qtbot, paths) -> None:
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.app import Startup
    from clerkdesk.gui.window.main_window import MainWindow

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    window.show()
    startup = Startup(FakeApp(), window, settings, exit_when_ready=False)  # type: ignore[arg-type]
    startup.open()
    try:
        dialog = startup.first_run
        dialog.ui.city_edit.setText("City of Stoughton")
        qtbot.mouseClick(dialog.ui.button_box.button(OK), Qt.MouseButton.LeftButton)
        assert window.ctx is not None
        assert window.city_label.text() == window.ctx.city.name == "City of Stoughton"
        assert not window.page("today").first_steps.isHidden()  # a new register's first steps
    finally:
        startup.close()


def test_an_adoption_date_still_to_come_is_refused_as_it_is_typed(qtbot, empty_db) -> None:
    dialog = open_dialog(qtbot, empty_db)
    ui = dialog.ui
    today = empty_db.clock().astimezone(ui.adopted_date.zone).date()
    qtbot.keyClicks(ui.city_edit, "City of Wausau")
    tomorrow = date.fromordinal(today.toordinal() + 1)
    qtbot.keyClicks(ui.adopted_date.line, tomorrow.isoformat())
    assert (
        ui.adopted_date.problem() == f"{tomorrow.isoformat()} is after today ({today.isoformat()})"
    )
    qtbot.mouseClick(ui.button_box.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "adopted" in dialog.errors.shown()
    assert get_city(empty_db) is None
    ui.adopted_date.line.clear()
    qtbot.keyClicks(ui.adopted_date.line, today.isoformat())  # the day of: kept
    qtbot.mouseClick(ui.button_box.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert get_city(empty_db).adopted_on == today


def test_the_adoption_date_hint_is_shown_whole(qtbot, empty_db) -> None:
    dialog = open_dialog(qtbot, empty_db)
    dialog.resize(dialog.minimumSizeHint())  # as small as it gets, as on a 1024×768 screen
    qtbot.keyClicks(dialog.ui.city_edit, "City of Wausau")  # no adoption date of its own
    line = dialog.ui.adopted_date.line
    assert line.text() == "" and line.placeholderText() == "M/D/YYYY"
    assert line.fontMetrics().horizontalAdvance(line.placeholderText()) + 8 < line.width()
    assert "YYYY-MM-DD" in line.toolTip()
