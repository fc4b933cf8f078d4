"""(Issue "Fast in a real office":) the real window on the 10,000-account city held by a
PostgreSQL server reached through the delay of `--latency`: each page's first show and its
reload, timed, with the statements and round trips each costs (bench/latency.py)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import latency as delay
from bench.homes import OUT
from bench.opened_window import settle


@dataclass(frozen=True)
class Measured:
    seconds: float
    statements: int
    round_trips: int

    def text(self) -> str:
        return (
            f"{self.seconds * 1000:.0f} ms, {self.statements} statements, "
            f"{self.round_trips} round trips"
        )


@contextmanager
def counted() -> Iterator[list[Measured]]:
    """What the block cost: its time, the statements sent and their round trips."""
    delay.reset()
    start = time.perf_counter()
    out: list[Measured] = []
    yield out
    seconds = time.perf_counter() - start
    counts = delay.reset()
    out.append(Measured(seconds, counts.statements, counts.round_trips))


def measure_pages(url: str, home: Path) -> dict[str, tuple[Measured, Measured]]:
    """(first show, reload) of each page of the window opened on `url`; Today's first show is
    the window's attaching to the database, where it is painted."""
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from clerkdesk.collection import keep_reads
    from clerkdesk.gui.window.app import after_first_paint
    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.gui.window.main_window import MainWindow
    from clerkdesk.gui.window.refresh import Refresher
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city.writes import get_city
    from clerkdesk.services.kernel.database import Database

    app = QApplication.instance() or QApplication([])
    # The window's look for changes made elsewhere (every 1.5 s, and as the application
    # becomes active) is no page's read: it would be counted in whichever page it fell.
    polling, Refresher.poll = Refresher.poll, lambda self: False  # type: ignore[method-assign]
    paths = resolve_paths(db=url, home=str(home))
    db = Database.open(paths)
    shown: dict[str, Measured] = {}
    measured: dict[str, tuple[Measured, Measured]] = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(paths, settings)
            window.resize(1280, 800)
            window.show()
            ctx = AppContext(paths, db, get_city(db), settings)
            with counted() as first:
                window.attach(ctx)
                _painted(app, window)
            shown[window.entries[0].key] = first[0]
            after_first_paint()  # as the program does once its first page has painted,
            keep_reads()  # and its window (`gui/window/app.py`, `sweep_when_away`)
            for entry in window.entries[1:]:
                with counted() as first:
                    window.go(entry.key)
                    _painted(app, window)
                shown[entry.key] = first[0]
            for entry in window.entries:
                window.go(entry.key)
                settle(app)
                with counted() as again, db.one_read():  # as the window reads a page again
                    window.page(entry.key).reload()
                    _painted(app, window)
                measured[entry.key] = (shown[entry.key], again[0])
            _save_a_person(app, window)  # the dialog's modules loaded, as by a first save
            with counted() as saved:
                _save_a_person(app, window)
            measured["a form save"] = (saved[0], saved[0])
            window.close()
            # Gone, not only closed: its pages would otherwise answer the application's
            # coming back to the front (the credential store looked at again) on a database
            # closed by then, in the measures that follow.
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        db.close()
        Refresher.poll = polling  # type: ignore[method-assign]
    return measured


def _save_a_person(app: Any, window: Any) -> None:
    """The clerk's save of a form: a person's title changed in their dialog on the People
    page and saved, until the dialog has closed and every page the write touched (Today among
    them) has read it again and painted. The rows out of sight, which a page formats while
    the window is idle, are not waited for."""
    from PySide6.QtWidgets import QDialogButtonBox

    window.go("people")
    settle(app)
    page = window.page("people")
    page.select_where(lambda person: True)
    page.trigger("edit")
    dialog = page.dialog
    dialog.ui.title_edit.setText(f"{dialog.ui.title_edit.text()} (acting)")
    models = [shown.model for shown in window.pages.values() if hasattr(shown, "model")]
    idle = [model.idle_formatting for model in models]
    for model in models:
        model.format_when_idle(False)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    _painted(app, window)
    for model, was in zip(models, idle, strict=True):
        model.format_when_idle(was)


def _painted(app: Any, window: Any) -> None:
    window.repaint()
    settle(app)
    window.repaint()


def measure(server: str, latency: float | None) -> None:
    """Print each page's first show and reload on the server, `latency` each round trip."""
    from bench.city import make_city
    from bench.databases import fresh

    home = OUT / "city10k-server"
    make_city(home, url=fresh(server, home).database_url)
    with delay.delayed(server, latency or 0.0) as url:
        measured = measure_pages(url, home)
    at = f"{(latency or 0) * 1000:g} ms round trip"
    save = measured.pop("a form save")[0]
    verdict = "within" if save.seconds <= 0.300 else "OVER"
    print(
        f"a form save with its refresh, 10,000 accounts, PostgreSQL at {at}: {save.text()} "
        f"(budget 300 ms: {verdict})",
        flush=True,
    )
    for key, (first, again) in measured.items():
        print(
            f"page {key}, 10,000 accounts, PostgreSQL at {at}: first show {first.text()}; "
            f"reload {again.text()}",
            flush=True,
        )
