"""Settings: the city and its policy parameters, changed only through the services."""

from __future__ import annotations

from datetime import date

from clerkdesk.services.city import get_city

from .conftest import audit_actions, go


def test_save_city_details_and_parameters(qtbot, window, ctx, city_db) -> None:
    page = go(qtbot, window, 6)
    ui = page.ui
    assert ui.city_edit.text() == "Stoughton"
    assert page.spins["grandfather_days"].value() == 45
    assert ui.authority_mayor_check.isChecked() and not ui.authority_coordinator_check.isChecked()
    ui.city_edit.setText("City of Stoughton")
    ui.email_domain_edit.setText("ci.stoughton.wi.us")
    page.spins["warning_days"].setValue(30)
    ui.authority_coordinator_check.setChecked(True)
    assert page.save()
    city = get_city(city_db)
    assert (city.name, city.email_domain, city.profile.warning_days) == (
        "City of Stoughton",
        "ci.stoughton.wi.us",
        30,
    )
    assert city.profile.authorities == ("mayor", "council", "department-head", "coordinator")
    assert audit_actions(city_db)[:2] == ["profile.update", "city.update"]
    assert window.city_label.text() == "City of Stoughton"
    assert ctx.city.profile.warning_days == 30
    assert ui.saved_label.text() == "Saved."


def test_a_bad_parameter_saves_nothing(qtbot, window, city_db) -> None:
    page = go(qtbot, window, 6)
    before = audit_actions(city_db)
    page.ui.city_edit.setText("Renamed")
    for check in page.authority_checks.values():
        check.setChecked(False)
    assert not page.save()
    assert page.errors.shown() == {"authorities": "Name at least one approving authority"}
    assert page.ui.authorities_error.isVisible()
    assert get_city(city_db).name == "Stoughton"
    assert audit_actions(city_db) == before


def test_a_bad_city_detail_saves_nothing(qtbot, window, city_db) -> None:
    page = go(qtbot, window, 6)
    before = audit_actions(city_db)
    page.ui.email_domain_edit.setText("clerk@stoughton")
    page.spins["grandfather_days"].setValue(60)
    assert not page.save()
    assert set(page.errors.shown()) == {"email_domain"}
    assert get_city(city_db).profile.grandfather_days == 45
    assert audit_actions(city_db) == before


def test_apply_another_profile_after_confirming(qtbot, window, city_db, answers) -> None:
    page = go(qtbot, window, 6)
    answers.confirm_with = False
    assert not page.apply("janesville")
    assert get_city(city_db).profile_key == "stoughton"
    answers.confirm_with = True
    assert page.apply("janesville")
    city = get_city(city_db)
    assert (city.profile_key, city.profile.authorities) == ("janesville", ("city-manager",))
    assert "Janesville" in answers.confirmations[-1]
    assert page.ui.authority_city_manager_check.isChecked()
    assert not page.ui.authority_mayor_check.isChecked()
    assert window.profile_label.text() == city.profile.title
    assert city.adopted_on == date(2019, 6, 25)
