"""A department whose head left: Today says so, and Enter opens the department for a new head."""

from __future__ import annotations

from datetime import timedelta

from clerkdesk.services.departments.writes import list_departments, update_department
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.obligations.due import due
from clerkdesk.services.people.separation import separate

from ..conftest import NOW


def test_a_head_who_left_is_asked_to_be_replaced(qtbot, window, city_db) -> None:
    parks = {d.name: d for d in list_departments(city_db)}["Parks"]
    update_department(city_db, parks.id, DepartmentInput("Parks", "E100"))
    separate(city_db, "E100", NOW - timedelta(hours=3))
    [item] = [o for o in due(city_db) if o.kind == "department-head-left"]
    assert item.text.startswith("Name a new head of Parks: Dana Whitfield left on ")

    window.open_obligation(item)
    page = window.page("departments")
    assert window.current_key() == "departments"
    assert page.selected().name == "Parks"
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.name_edit.text() == "Parks"

    update_department(city_db, parks.id, DepartmentInput("Parks", "E200"))
    assert [o for o in due(city_db) if o.kind == "department-head-left"] == []
    dialog.reject()
