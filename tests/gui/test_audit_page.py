"""The audit log page: newest first, in the city's time, filterable, read in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerkdesk.services.audit import list_events

from .conftest import add_account, go, loaded


def test_events_newest_first_in_the_city_time(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    page = loaded(qtbot, go(qtbot, window, 6))
    events = list_events(city_db)
    assert [r.view.seq for r in page.model.visible_rows()] == [e.seq for e in events]
    assert page.model.text(0, 3) == "account.create"
    # Events are stamped 21:00 UTC by the test clock: 15:00 in Stoughton (CST).
    assert page.model.text(0, 1) == "2026-11-20 15:00 CST"
    assert page.count_label.text() == f"{len(events)} events"


def test_filter_and_details(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    page = loaded(qtbot, go(qtbot, window, 6))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter_edit, "facebook.com/parks")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    details = page.details.toPlainText()
    assert details.startswith("Registered https://facebook.com/parks")
    assert '"department": "Parks"' in details


def test_a_change_while_reading_reads_again(qtbot, window, ctx, city_db) -> None:
    page = loaded(qtbot, go(qtbot, window, 6))
    before = page.model.total()
    add_account(city_db, "https://facebook.com/parks")
    add_account(city_db, "https://x.com/stoughton", platform="x")  # while the first read runs
    loaded(qtbot, page)
    assert page.model.total() == before + 2


def test_export_from_the_audit_page(qtbot, window, ctx, tmp_path, answers, monkeypatch) -> None:
    from clerkdesk.gui.dialogs.export_dialog import ExportDialog

    page = loaded(qtbot, go(qtbot, window, 6))
    target = tmp_path / "audit.csv"

    def chosen(dialog: ExportDialog) -> int:
        assert dialog.kind == "audit"
        dialog.ui.file_edit.setText(str(target))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", chosen)
    page.export()
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=10_000)
    assert target.read_text(encoding="utf-8-sig").startswith("seq,at,actor,action")
    assert answers.infos[0].startswith("Wrote ")
