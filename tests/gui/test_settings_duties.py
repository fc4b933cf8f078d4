"""Settings' duties tab: the parameters of access reviews, site checks, exceptions and the
election calendar, which before lived only in the profile files; changed through the service,
which validates and audits them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerkdesk.services.city.writes import get_city

from .conftest import audit_actions, go


def ticked(box) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        box.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


def test_the_duties_are_shown_saved_and_audited(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "settings")
    tab = page.duties
    page.ui.tabs.setCurrentWidget(tab)
    assert not page.ui.save_bar.isVisible()  # the tab has its own button
    profile = get_city(city_db).profile
    assert tab.spins["site_check_days"].value() == profile.site_check_days
    assert tab.papers["spring_papers_from"].text() == "12-01"
    assert ticked(tab.lists["site_notices"]) == list(profile.site_notices)
    # Stoughton's policy has no site checks (R15) or exceptions (R19): shown, disabled.
    assert tab.spins["review_response_days"].isEnabled()
    assert not tab.lists["exception_offices"].isEnabled()
    assert not tab.spins["site_check_days"].isEnabled()
    assert "R15 is off" in tab.spins["site_check_days"].toolTip()
    tab.spins["site_check_days"].setValue(180)
    tab.spins["review_response_days"].setValue(21)
    tab.papers["partisan_papers_from"].setText("04-16")
    notices = tab.lists["site_notices"]
    notices.item(0).setCheckState(Qt.CheckState.Unchecked)
    tab.lists["exception_offices"].item(1).setCheckState(Qt.CheckState.Checked)
    assert tab.save()
    after = get_city(city_db).profile
    assert (after.site_check_days, after.review_response_days) == (180, 21)
    assert after.partisan_papers_from == "04-16"
    assert notices.item(0).data(Qt.ItemDataRole.UserRole) not in after.site_notices
    assert "city-manager" in after.exception_offices
    assert audit_actions(city_db)[0] == "profile.update"


def test_a_day_that_is_not_a_month_and_day_saves_nothing(qtbot, window, city_db, answers) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "settings")
    tab = page.duties
    before, abandoned = audit_actions(city_db), get_city(city_db).profile.abandoned_days
    tab.spins["abandoned_days"].setValue(abandoned + 60)
    tab.papers["spring_papers_from"].setText("December 1")
    assert not tab.save()
    assert answers.errors == ["spring papers from: must be a month and day, MM-DD"]
    assert get_city(city_db).profile.abandoned_days == abandoned
    assert audit_actions(city_db) == before


def test_the_accessibility_date_is_shown_typed_and_refused_plainly(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, answers
) -> None:
    page = go(qtbot, window, "settings")
    tab = page.duties
    page.ui.tabs.setCurrentWidget(tab)
    edit = tab.accessible_from
    assert edit.text() == "2028-04-26"  # Stoughton: under 50,000 people (R21)
    assert edit.isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "April 2028")
    before = audit_actions(city_db)
    assert not tab.save()
    assert answers.errors == ["accessible from: must be a date, YYYY-MM-DD"]
    assert audit_actions(city_db) == before
    edit.clear()
    qtbot.keyClicks(edit, "2028-01-02")
    assert tab.save()
    assert str(get_city(city_db).profile.accessible_from) == "2028-01-02"
