"""Every background job, driven to its result message: once the message is up, no progress
window shows again (its own timer used to bring it back over the message box), and the
message answers its button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from clerkdesk.gui.files import transfers

from .conftest import go

GOOD = "url,platform,department,status\nhttps://facebook.com/parks,facebook,Parks,pre-existing\n"
BAD = "url,platform,department,status\nhttps://x.com/other,x,Nowhere,proposed\n"


class Watcher:
    """Waits for the result's message box; once it has been up longer than a progress
    dialog's delay, notes which progress windows are visible, then presses its button."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.progress_seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            return
        self.timer.stop()
        pause = QEventLoop()
        QTimer.singleShot(900, pause.quit)  # longer than the progress dialog's 400 ms
        pause.exec()
        self.progress_seen += [
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        self.messages.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()


def run_to_message(qtbot, start) -> Watcher:
    watcher = Watcher()
    operation = start()
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert watcher.messages, "no result message was shown"
    assert watcher.progress_seen == []
    return watcher


@pytest.mark.parametrize(
    ("content", "said"),
    [(GOOD, "Imported"), (BAD, "nothing was imported")],
    ids=["good file", "bad file"],
)
def test_import_good_or_bad(qtbot, window, ctx, tmp_path: Path, content: str, said: str) -> None:
    csv = tmp_path / "accounts.csv"
    csv.write_text(content, encoding="utf-8")
    watcher = run_to_message(
        qtbot, lambda: transfers.start_import(window, ctx, "accounts", csv, dry_run=False)
    )
    assert said in watcher.messages[0]


def test_import_a_missing_file(qtbot, window, ctx, tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    watcher = run_to_message(
        qtbot, lambda: transfers.start_import(window, ctx, "accounts", missing, dry_run=True)
    )
    assert "missing.csv" in watcher.messages[0]


def test_export(qtbot, window, ctx, tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    watcher = run_to_message(qtbot, lambda: transfers.start_export(window, ctx, "people", target))
    assert "Wrote 2 people rows" in watcher.messages[0]


def test_audit_export(qtbot, window, ctx, tmp_path: Path) -> None:
    audit = go(qtbot, window, "audit")
    target = tmp_path / "audit.csv"
    watcher = run_to_message(qtbot, lambda: transfers.start_export(audit, ctx, "audit", target))
    assert "audit rows" in watcher.messages[0]


def test_demonstration_city(qtbot, paths) -> None:
    """Its result is its window, not a message: no progress window over it either."""
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.app import Startup
    from clerkdesk.gui.window.main_window import MainWindow

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    shell = MainWindow(paths, settings)
    shell.show()
    startup = Startup(QApplication.instance(), shell, settings, exit_when_ready=False, demo=True)
    try:
        operation = startup.open_demo()
        with qtbot.waitSignal(operation.finished, timeout=30_000):
            pass
        qtbot.wait(900)  # longer than the progress dialog's 400 ms
        assert startup.window.demonstration
        assert [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ] == []
    finally:
        startup.window.close()
        startup.close()
