"""Wausau's hand-over (R10) on screen: Today's item opens the person who left, whose window
records what they handed over through the people service; the item then leaves Today."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.obligations.due import due

from .conftest import add_account, audit_actions


@pytest.fixture
def city_db(db: Any) -> Any:
    """Wausau, with a police officer who held an account and has left."""
    from clerkdesk.services.accounts.writes import approve_account
    from clerkdesk.services.city.writes import apply_profile
    from clerkdesk.services.departments.writes import create_department
    from clerkdesk.services.kernel.inputs import ApprovalInput, DepartmentInput, PersonInput
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.people.writes import create_person
    from clerkdesk.services.terms.writes import designate

    apply_profile(db, "wausau")
    create_department(db, DepartmentInput("Police"))
    create_person(db, PersonInput("E200", "Robert Hale", "Officer", "Police"))
    account = add_account(db, "https://x.com/wausaupd", department="Police", platform="x")
    approve_account(
        db, account.id, ApprovalInput("coordinator", "Ann Coordinator", date(2026, 1, 5), None)
    )
    designate(db, account.id, "E200", "authorized-user", db.clock() - timedelta(days=30))
    separate(db, "E200", db.clock() - timedelta(hours=3))
    return db


def test_today_opens_the_person_whose_hand_over_is_recorded_there(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    [item] = [o for o in due(city_db) if o.kind == "login-handover"]
    window.open_obligation(item)
    people = window.page("people")
    detail = people.detail
    assert detail is not None and detail.isVisible()
    assert "Log-ins handed over: not recorded" in detail.ui.details_label.text()
    assert detail.handover_button.isVisible()
    qtbot.mouseClick(detail.handover_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Record"
    before = audit_actions(city_db)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing said: refused, nothing written
    assert dialog.isVisible() and dialog.ui.handover_error.text()
    assert audit_actions(city_db) == before
    dialog.text.setPlainText("User name and password of x.com/wausaupd, to the Coordinator")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert audit_actions(city_db)[0] == "person.handover"  # newest first
    assert "to the Coordinator" in detail.ui.details_label.text()
    assert [o for o in due(city_db) if o.kind == "login-handover"] == []


def test_no_hand_over_button_where_the_policy_asks_for_none(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.city.writes import apply_profile, get_city

    apply_profile(city_db, "stoughton")
    window.ctx.city = get_city(city_db)
    people = window.page("people")
    people.reload()
    dialog = people.open_person(people.model.row(0).id)
    assert not dialog.handover_button.isVisibleTo(dialog)
    assert "Log-ins handed over" not in dialog.ui.details_label.text()
