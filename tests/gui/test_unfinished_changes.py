"""The window asks, once it is open, about each credential change a crash left unrecorded."""

from __future__ import annotations

from datetime import date

from clerkdesk.gui.widgets import messages
from clerkdesk.services.city.writes import init_city
from clerkdesk.services.demo import city as demo
from clerkdesk.services.kernel.database import Database
from clerkdesk.store.models.credentials import PendingChange

URL = "https://facebook.com/maplefallsfire"


class FakeApp:
    def exit(self, status: int) -> None:
        self.status = status


def test_an_unrecorded_password_is_asked_about_when_the_window_opens(  # type: ignore[no-untyped-def]
    qtbot, paths, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.app import Startup
    from clerkdesk.gui.window.main_window import MainWindow

    db = Database.open(paths, create=True)
    init_city(db, "Maple Falls", "stoughton", date(2019, 6, 25))
    demo.load_demo(db)

    # What a process killed after the store changed leaves: its announcement.
    with db.writing() as session:
        session.add(
            PendingChange(account_url=URL, what="password", started_at=db.clock(), actor="clerk")
        )
    db.close()
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "show_info", lambda parent, text, title="": said.append((title, text))
    )
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    window.show()
    startup = Startup(FakeApp(), window, settings, exit_when_ready=False)  # type: ignore[arg-type]
    startup.open()
    try:
        qtbot.waitUntil(lambda: bool(said))
        title, text = said[0]
        assert title == "Unfinished credential changes"
        assert text.startswith(f"credential store: a new password for {URL} was being stored")
        assert "was it changed on the platform?" in text
    finally:
        startup.close()
