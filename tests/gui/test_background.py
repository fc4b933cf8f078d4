"""The background-operation helper: work off the UI thread, result or error back on it."""

from __future__ import annotations

import threading

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.gui.window import background, crash


def run(qtbot, work, **kw):
    seen: dict[str, object] = {}
    operation = background.run_in_background(
        None,
        "Working…",
        work,
        lambda result: seen.update(result=result, thread=threading.get_ident()),
        **kw,
    )
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    return seen, operation


def test_result_comes_back_on_the_ui_thread(qtbot) -> None:
    from PySide6.QtWidgets import QProgressBar

    worker: list[int] = []
    go = threading.Event()

    def work(progress):
        worker.append(threading.get_ident())
        go.wait(5)
        progress(1, 2)
        progress(2, 2)
        return 42

    seen: dict[str, object] = {}
    operation = background.run_in_background(
        None,
        "Working…",
        work,
        lambda result: seen.update(result=result, thread=threading.get_ident()),
    )
    shown: list[int] = []
    operation.dialog.findChild(QProgressBar).valueChanged.connect(shown.append)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        go.set()
    assert seen["result"] == 42
    assert seen["thread"] == threading.get_ident() != worker[0]
    assert operation.dialog.maximum() == 2 and shown[:2] == [1, 2]
    assert not operation.dialog.isVisible()
    assert operation not in background.Operation._running


def test_a_clerkdesk_error_goes_to_the_error_handler(qtbot) -> None:
    errors: list[str] = []

    def work(progress):
        raise ClerkDeskError("the database is busy")

    seen, _ = run(qtbot, work, on_error=lambda error: errors.append(error.message))
    assert errors == ["the database is busy"] and "result" not in seen


def test_a_plain_clerkdesk_error_is_shown(qtbot, answers) -> None:
    def work(progress):
        raise ClerkDeskError("no file x.csv")

    run(qtbot, work)
    assert answers.errors == ["no file x.csv"]


def test_a_bug_goes_to_the_crash_dialog(qtbot, monkeypatch) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(crash, "report", lambda error, parent=None: reported.append(error))

    def work(progress):
        raise ZeroDivisionError("oops")

    run(qtbot, work)
    assert [type(e) for e in reported] == [ZeroDivisionError]


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot, answers) -> None:
    started, release = threading.Event(), threading.Event()
    steps: list[int] = []

    def work(progress):
        started.set()
        release.wait(5)
        for step in range(3):
            progress(step, 3)
            steps.append(step)
        return "finished"

    seen: dict[str, object] = {}
    operation = background.run_in_background(None, "Working…", work, seen.update, cancellable=True)
    assert started.wait(5)
    operation.dialog.canceled.emit()  # the Cancel button
    release.set()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert steps == [] and seen == {}
    assert answers.infos == ["Cancelled; nothing was changed."]


@pytest.mark.parametrize("args", [(0.5,), (5, 10), ("Reading the file",)])
def test_progress_in_any_of_its_shapes(qtbot, args) -> None:
    seen, _operation = run(qtbot, lambda progress: progress(*args) or "done")
    assert seen["result"] == "done"  # the work ran to its end whatever shape it reported in


def test_closing_stops_running_work_and_waits_for_it(qtbot, answers) -> None:
    import time

    stopped: list[str] = []

    def work(progress):
        try:
            for step in range(1000):
                progress(step, 1000)
                time.sleep(0.01)
        except background.Cancelled:
            stopped.append("cancelled")
            raise
        return "finished"

    operation = background.run_in_background(None, "Importing…", work, lambda _: None)
    time.sleep(0.05)
    background.Operation.finish_all()
    assert stopped == ["cancelled"]  # finished (by cancelling) before finish_all returned
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass


@pytest.mark.parametrize("fails", [False, True])
def test_a_result_for_a_page_closed_meanwhile_is_let_go(qtbot, fails) -> None:
    """The page the work read for was deleted (its window closed or replaced) before the work
    ended: nothing is handed to it, its end is not signalled to it, and no error reaches the
    clerk; an error of the work is let go the same way."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
    from shiboken6 import isValid

    page = QWidget()
    count = QLabel("reading…", page)
    QVBoxLayout(page).addWidget(count)
    go = threading.Event()
    shown: list[str] = []

    def work(progress):
        go.wait(5)
        if fails:
            raise ClerkDeskError("the database is busy")
        return "read"

    operation = background.run_in_background(
        page, "", work, lambda result: shown.append(count.text()), quiet=True
    )
    operation.finished.connect(lambda: count.setText("read"))  # as a list page listens
    page.deleteLater()
    qtbot.waitUntil(lambda: not isValid(page))
    go.set()
    qtbot.waitUntil(lambda: operation not in background.Operation._running, timeout=5000)
    assert shown == []
