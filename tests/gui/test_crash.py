"""Bugs are logged with their traceback and shown in the crash dialog; errors the user can act
on are shown plainly."""

from __future__ import annotations

import sys

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.gui.window import crash
from clerkdesk.logs import LOGGER, setup_logging


@pytest.mark.expects_log_warning  # the bug's traceback goes to the log as an ERROR
def test_a_bug_is_logged_and_shown(qtbot, paths, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        crash.CrashDialog, "exec", lambda self: shown.append(self.ui.details_edit.toPlainText())
    )
    monkeypatch.setattr(LOGGER, "handlers", [])  # the log set up once per process: here
    setup_logging(paths.log_file)
    try:
        raise KeyError("no such column")
    except KeyError as error:
        crash.report(error)
    for handler in LOGGER.handlers:
        handler.flush()
    log = paths.log_file.read_text(encoding="utf-8")
    assert "unexpected error" in log and "KeyError: 'no such column'" in log
    assert "Traceback" in log
    assert len(shown) == 1 and "KeyError" in shown[0]


def test_crash_dialog_says_the_data_is_safe(qtbot, paths) -> None:
    dialog = crash.CrashDialog("Traceback …", paths.log_file)
    qtbot.addWidget(dialog)
    text = dialog.ui.message_label.text()
    assert "untouched" in text and str(paths.log_file) in text
    dialog.ui.copy_button.click()
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == "Traceback …"


def test_an_error_the_user_can_act_on_is_shown_plainly(qtbot, answers) -> None:
    crash.handle(ClerkDeskError, ClerkDeskError("the database is busy"), None)
    assert answers.errors == ["the database is busy"]


def test_install_replaces_and_returns_the_hook(qtbot) -> None:
    previous = crash.install()
    try:
        assert sys.excepthook is crash.handle
    finally:
        sys.excepthook = previous


@pytest.mark.expects_log_warning  # the bug's traceback goes to the log as an ERROR
def test_no_transaction_is_held_open_while_the_crash_dialog_waits(
    qtbot, window, city_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # A page's slot that raises within the window's shared read (a write's delivery, say):
    # Qt hands the error to the hook while the block is still open. On a server the
    # transaction would sit idle holding its snapshot; on SQLite it keeps the log from its
    # checkpoint; and a refresh during the dialog would read the moment before it.
    from clerkdesk.services.city.writes import get_city

    open_while_shown: list[bool] = []
    monkeypatch.setattr(
        crash.CrashDialog,
        "exec",
        lambda self: open_while_shown.append(city_db._shared.session is not None),
    )
    with city_db.one_read():
        get_city(city_db)
        assert city_db._shared.session is not None  # the read shared, open
        try:
            raise KeyError("a bug in a slot")
        except KeyError as error:
            crash.report(error)
    assert open_while_shown == [False]
