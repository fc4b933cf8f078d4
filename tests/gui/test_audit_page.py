"""The audit log page: newest first, in the city's time, filterable, read in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerkdesk.services.integrity.audit import list_events

from .conftest import add_account, go, loaded


def test_events_newest_first_in_the_city_time(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    page = loaded(qtbot, go(qtbot, window, "audit"))
    events = list_events(city_db)
    assert [r.view.seq for r in page.model.visible_rows()] == [e.seq for e in events]
    assert page.model.text(0, 3) == "Account added"
    # Events are stamped 21:00 UTC by the test clock: 15:00 in Stoughton (CST).
    assert page.model.text(0, 1) == "2026-11-20 15:00 CST"
    assert page.count_label.text() == f"{len(events)} events"


def test_filter_and_details(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    page = loaded(qtbot, go(qtbot, window, "audit"))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter_edit, "facebook.com/parks")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    details = page.details.toPlainText()
    assert details.startswith("Registered https://facebook.com/parks")
    assert "Department: Parks" in details
    assert '"department": "Parks"' in details  # the raw details stay, below


def test_a_change_while_reading_reads_again(qtbot, window, ctx, city_db) -> None:
    page = loaded(qtbot, go(qtbot, window, "audit"))
    before = page.model.total()
    add_account(city_db, "https://facebook.com/parks")
    add_account(city_db, "https://x.com/stoughton", platform="x")  # while the first read runs
    loaded(qtbot, page)
    assert page.model.total() == before + 2


def test_export_from_the_audit_page(qtbot, window, ctx, tmp_path, answers, monkeypatch) -> None:
    from clerkdesk.gui.dialogs.export_dialog import ExportDialog

    page = loaded(qtbot, go(qtbot, window, "audit"))
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
    assert answers.infos[0].endswith("The export is recorded in the audit log.")


def test_events_read_as_sentences_with_before_and_after() -> None:
    import json
    from datetime import UTC, datetime

    from clerkdesk.gui.pages.audit.words import action_words, details_text, record_words
    from clerkdesk.services.kernel.views import AuditView

    def event(action, entity, key, summary, details):
        fields = AuditView.__dataclass_fields__
        values = dict(
            seq=7,
            at=datetime(2026, 11, 20, 21, tzinfo=UTC),
            actor="clerk",
            action=action,
            entity=entity,
            entity_key=key,
            summary=summary,
            details=json.dumps(details),
        )
        return AuditView(**{k: v for k, v in values.items() if k in fields})

    changed = event(
        "department.update",
        "department",
        "Parks",
        "Changed department Parks",
        {"head_employee_id": [None, "E100"], "name": ["parks", "Parks"]},
    )
    text = details_text(changed)
    assert "Head (employee ID): — → E100" in text and "Name: parks → Parks" in text
    assert action_words("department.update") == "Department changed"
    separated = event(
        "person.separate",
        "assignment",
        "6,8,10,12",
        "A person's terms on 2 accounts ended: separated",
        {"removed_terms": [6, 8], "employee_id": "E100"},
    )
    assert record_words(separated) == "4 terms"
    assert "Removed terms: 2 records" in details_text(separated)
    assert action_words("person.separate") == "Person separated"
    # The terms as `check` replays them are for IT: in the details as recorded, not in words.
    term = "https://x.com/parks E100 custodian 2026-01-05T15:00:00+00:00"
    ended = event(
        "assignment.end",
        "assignment",
        "6",
        "Ended the term of Priya Raman as custodian of https://x.com/parks: moved",
        {"ends_at": "2026-11-20 21:00:00+00:00", "terms": {term: {"end_cause": [None, "ended"]}}},
    )
    words, recorded = details_text(ended).split("As recorded")
    assert "Ends: 2026-11-20 21:00:00+00:00" in words and "Terms" not in words
    assert term in recorded
    # So are the other registers' blocks (a blackout's suspensions).
    key = "https://x.com/parks authorized-user 2026-01-05T15:00:00+00:00 Spring 2027/E1"
    suspended = event(
        "candidate.suspend",
        "candidate",
        "Spring 2027/E1",
        "Suspended Dana Alder's posting access from 2026-12-01",
        {"on": "2026-12-01", "suspensions": {key: {"added": True, "reason": "blackout"}}},
    )
    words, recorded = details_text(suspended).split("As recorded")
    assert "On: 2026-12-01" in words and "Suspensions" not in words
    assert key in recorded


def test_export_says_it_writes_more_than_the_filter_shows(
    qtbot, window, ctx, city_db, answers
) -> None:
    add_account(city_db, "https://facebook.com/parks")
    page = loaded(qtbot, go(qtbot, window, "audit"))
    page.filter_edit.setText("facebook.com/parks")
    answers.confirm_with = False
    page.export()
    total = page.model.total()
    assert answers.confirmations == [
        f"The filter shows 1 of {total} events. The export writes the whole log: all {total} "
        "events."
    ]


def test_a_long_log_shows_its_newest_events_and_is_searched_whole(
    qtbot, window, ctx, city_db, monkeypatch
) -> None:
    """Past the page's share, the newest events are held and the count says how many the log
    has; the filter's words are then found in the whole log, older events too, and clearing
    the filter shows the newest again."""
    from clerkdesk.gui.pages.audit import page as audit_page

    add_account(city_db, "https://facebook.com/parks")  # the oldest of these four
    for n in range(3):
        add_account(city_db, f"https://x.com/stoughton{n}", platform="x")
    total = len(list_events(city_db))
    monkeypatch.setattr(audit_page, "SHOWN", 3)
    page = loaded(qtbot, go(qtbot, window, "audit"))
    assert page.model.total() == 3
    assert page.count_label.text() == f"3 events · the newest of {total} in the log"
    assert page.search_button.isVisible() and not page.search_button.isEnabled()

    qtbot.keyClicks(page.filter_edit, "facebook.com/parks")
    assert page.model.rowCount() == 0  # not among the newest three
    assert page.search_button.isEnabled()
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, page)
    assert [r.view.entity_key for r in page.model.visible_rows()] == ["https://facebook.com/parks"]
    assert page.count_label.text() == f"1 of 1 event · 1 found in the whole log of {total}"
    page.table.selectRow(0)
    assert page.details.toPlainText().startswith("Registered https://facebook.com/parks")

    page.filter_edit.clear()
    loaded(qtbot, page)
    assert page.model.total() == 3
    assert page.count_label.text() == f"3 events · the newest of {total} in the log"


def test_the_search_takes_a_word_as_it_is(city_db) -> None:
    """% and _ in what is searched are the characters themselves, not patterns."""
    add_account(city_db, "https://facebook.com/parks")
    assert list_events(city_db, words=("%",)) == []
    assert list_events(city_db, words=("_",)) == []
    found = list_events(city_db, words=("FACEBOOK.COM/PARKS", "registered"))
    assert [e.entity_key for e in found] == ["https://facebook.com/parks"]


def test_a_log_formatted_as_it_is_shown_reads_and_filters_the_same(
    qtbot, window, ctx, city_db, monkeypatch
) -> None:
    """A long log read in the background is formatted as its rows are shown, not all before
    the first paint: each row still reads the same, and the filter finds the oldest at once."""
    from clerkdesk.gui.widgets import table_model

    monkeypatch.setattr(table_model, "FORMAT_FIRST", 2)  # "long" from two events on
    add_account(city_db, "https://facebook.com/parks")  # the oldest of these four
    for n in range(3):
        add_account(city_db, f"https://x.com/stoughton{n}", platform="x")
    page = go(qtbot, window, "audit")
    page.model.format_when_idle(False)  # nothing formatted but what is asked for
    loaded(qtbot, page)
    events = list_events(city_db)
    assert page.model.total() == len(events) > 2
    assert [r.view.seq for r in page.model.visible_rows()] == [e.seq for e in events]
    for position in range(len(events)):
        assert page.model.text(position, 1) == "2026-11-20 15:00 CST"
    assert page.model.text(0, 3) == "Account added"
    qtbot.keyClicks(page.filter_edit, "facebook.com/parks")
    assert page.model.rowCount() == 1
    assert page.model.row(0).view.entity_key == "https://facebook.com/parks"
