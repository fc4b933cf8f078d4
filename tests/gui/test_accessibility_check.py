"""R21 in the site check window: where the city has an accessibility date, the check asks
whether the posts since then were looked at and what they meet; what they fail shows on the
Site checks page as Today has it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from clerkdesk.services.city import writes as city
from clerkdesk.services.site_checks.writes import list_site_checks

from .conftest import add_account, approve
from .test_duties_pages import go_to, ok

PARKS = "https://facebook.com/parks"


def _dialog(qtbot, window, ctx, db):  # type: ignore[no-untyped-def]
    account = add_account(db, PARKS)
    approve(db, account.id)
    from clerkdesk.gui.pages.accounts.account_detail_dialog import AccountDetailDialog

    detail = AccountDetailDialog(ctx, account.id, parent=window)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.mouseClick(detail.site_check_button, Qt.MouseButton.LeftButton)
    return detail, detail.dialog


def test_posts_looked_at_are_recorded_and_what_they_fail_is_a_finding(  # type: ignore[no-untyped-def]
    qtbot, window, ctx, city_db
) -> None:
    city.update_profile(city_db, accessible_from="2026-11-01")
    detail, dialog = _dialog(qtbot, window, ctx, city_db)
    assert dialog.looked.currentText() == "Not looked at (not recorded)"
    assert not any(box.isEnabled() for box in dialog.accessible.values())
    dialog.checked_on.set(date(2026, 11, 19))
    dialog.checker.setText("E100")
    dialog.looked.setFocus()
    qtbot.keyClick(dialog.looked, Qt.Key.Key_Down)  # "Looked at for accessibility"
    assert all(box.isEnabled() for box in dialog.accessible.values())
    for key in ("alt-text", "link-text"):
        dialog.accessible[key].setFocus()
        qtbot.keyClick(dialog.accessible[key], Qt.Key.Key_Space)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    (check,) = list_site_checks(city_db)
    assert check.accessible == ("alt-text", "link-text")
    detail.reject()
    page = go_to(qtbot, window, Qt.Key.Key_K)
    assert page.select_where(lambda s: s.url == PARKS)
    assert page.selected().findings == (
        "Posts since the accessibility date: videos without captions",
        "Posts since the accessibility date: linked documents not accessible",
    )


def test_a_city_without_a_date_is_not_asked(qtbot, window, ctx, city_db) -> None:  # type: ignore[no-untyped-def]
    city.update_profile(city_db, accessible_from="")
    detail, dialog = _dialog(qtbot, window, ctx, city_db)
    assert dialog.accessible == {}
    assert dialog.findChild(QComboBox, "accessible_looked_combo") is None
    assert dialog.findChild(QComboBox, "mfa_combo") is not None
    dialog.reject()
    detail.reject()
