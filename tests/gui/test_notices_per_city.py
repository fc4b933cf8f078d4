"""The site-check dialog and Settings' duties tab show the city's own notices (R15): Madison's
two, in its policy's words, not ClerkDesk's generic eight."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.gui.pages.settings.duties import DutiesTab
from clerkdesk.gui.pages.site_checks.site_check_dialog import SiteCheckDialog
from clerkdesk.gui.window.context import AppContext
from clerkdesk.services.accounts.writes import approve_account
from clerkdesk.services.city.writes import get_city, init_city
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import ApprovalInput, DepartmentInput, PersonInput
from clerkdesk.services.people.writes import create_person
from clerkdesk.services.site_checks.writes import list_site_checks

from ..services.helpers import approver_in_policy
from .conftest import add_account

PARKS = "https://facebook.com/parks"


def madison(db):  # type: ignore[no-untyped-def]
    init_city(db, "Madison", "madison", date(2026, 1, 1))
    create_department(db, DepartmentInput("Parks"))
    create_person(db, PersonInput("E100", "Dana Whitfield", "City Clerk", "Parks"))
    # Approved by the authority the department's filed policy names (madison.txt:35).
    authority = approver_in_policy(db, "Parks", "mayor")
    approve_account(
        db, add_account(db, PARKS).id, ApprovalInput(authority, "Parks Director", date(2026, 1, 5))
    )
    return db


def test_the_dialog_shows_and_saves_madison_s_notices(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    db = madison(empty_db)
    profile = get_city(db).profile
    dialog = SiteCheckDialog(db, profile, date(2026, 11, 20), PARKS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.notices) == ["limited-subject", "links-disclaimer"]
    subject, links = dialog.notices["limited-subject"], dialog.notices["links-disclaimer"]
    assert subject.text().startswith("A clear and conspicuous notice that the City is using")
    assert subject.text().endswith("…")  # one line; the whole on its tooltip
    assert subject.toolTip().endswith("Social Media Guidelines and Social Media Comments Policy")
    assert "The City of Madison, Wisconsin is not responsible" in links.toolTip()
    dialog.checked_on.set(date(2026, 11, 19))
    dialog.checker.setText("E100")
    links.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (check,) = list_site_checks(db)
    assert check.notices == ("links-disclaimer",)


def test_settings_lists_madison_s_notices_and_saves_a_pick(qtbot, empty_db, paths) -> None:  # type: ignore[no-untyped-def]
    db = madison(empty_db)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    tab = DutiesTab(AppContext(paths, db, get_city(db), settings))
    qtbot.addWidget(tab)
    box = tab.lists["site_notices"]
    items = [box.item(i) for i in range(box.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == [
        "limited-subject",
        "links-disclaimer",
    ]
    assert all(i.checkState() == Qt.CheckState.Checked for i in items)
    assert items[1].toolTip().startswith("Wherever links to external sources are posted")
    assert box.isEnabled()  # R15 is Madison's policy
    items[1].setCheckState(Qt.CheckState.Unchecked)
    assert tab.save()
    assert get_city(db).profile.site_notices == ("limited-subject",)
