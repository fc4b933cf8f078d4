"""File → Back up the database…: a copy of the register, and the audit log's head in the
message as `clerkdesk backup` prints it."""

from __future__ import annotations

import sqlite3

import pytest

from clerkdesk.gui.files import backup_file
from clerkdesk.services.integrity.anchor import current_head

from .conftest import add_account, audit_actions


def test_the_file_menu_offers_the_backup_after_the_exports(window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.ui.menu_file.actions()]
    assert texts.index("&Back up the database…") == texts.index("E&xport") + 1
    assert window.ui.action_backup.isEnabled()


@pytest.mark.sqlite_only  # a server database is backed up with pg_dump
def test_back_up_from_the_file_menu(
    qtbot, window, ctx, city_db, tmp_path, monkeypatch, answers
) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, "https://facebook.com/parks")
    asked = []

    def save_as(parent, title, proposed, *rest):  # type: ignore[no-untyped-def]
        asked.append(proposed)
        return str(tmp_path / "copy.db"), ""

    monkeypatch.setattr(backup_file.QFileDialog, "getSaveFileName", save_as)
    window.ui.action_backup.trigger()
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=30_000)
    assert asked[0].endswith("ClerkDesk backup 2026-11-20.db")
    head = current_head(city_db)  # after the backup's own event, as `clerkdesk backup` says
    assert audit_actions(city_db)[0] == "database.backup"
    copy = (tmp_path / "copy.db").resolve()
    assert answers.infos == [
        f"Backed up to {copy}.\n\naudit log head: {head.count} event(s), last hash {head.hash[:16]}"
    ]
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT url FROM account").fetchall() == [
            ("https://facebook.com/parks",)
        ]
    assert ctx.settings.value(backup_file.FOLDER) == str(copy.parent)


def test_a_cancelled_save_dialog_backs_nothing_up(window, ctx, monkeypatch, answers) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(backup_file.QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert backup_file.ask_backup(window, ctx) is None
    assert answers.infos == []
