"""Settings: the city and its policy parameters, changed only through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clerkdesk.services.city import get_city

from .conftest import audit_actions, go


def test_save_city_details_and_parameters(qtbot, window, ctx, city_db) -> None:
    page = go(qtbot, window, 7)
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
    page = go(qtbot, window, 7)
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
    page = go(qtbot, window, 7)
    before = audit_actions(city_db)
    page.ui.email_domain_edit.setText("clerk@stoughton")
    page.spins["grandfather_days"].setValue(60)
    assert not page.save()
    assert set(page.errors.shown()) == {"email_domain"}
    assert get_city(city_db).profile.grandfather_days == 45
    assert audit_actions(city_db) == before


def test_apply_another_profile_after_confirming(qtbot, window, city_db, answers) -> None:
    page = go(qtbot, window, 7)
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


def test_agreement_text_and_review_parameters(qtbot, window, city_db) -> None:
    from clerkdesk.services.city import agreement_text

    page = go(qtbot, window, 7)
    ui = page.ui
    default, own = agreement_text(city_db)
    assert not own and ui.agreement_edit.toPlainText() == default
    assert "ClerkDesk's text" in ui.agreement_state_label.text()
    assert not ui.agreement_reset_button.isEnabled()
    assert "{city}" in ui.placeholders_label.text() and "City of Stoughton" in (
        ui.placeholders_label.text()
    )
    assert ui.review_removal_rotates_check.isChecked()

    ui.review_removal_rotates_check.setChecked(False)
    page.spins["max_authorized_users"].setValue(3)
    ui.agreement_edit.setPlainText("I will post only for {city}.\n\nI will tell {office}.")
    assert "the city's own text, not saved yet" in ui.agreement_state_label.text()
    assert page.save()
    city = get_city(city_db)
    assert city.profile.review_removal_rotates is False
    assert city.profile.max_authorized_users == 3
    assert agreement_text(city_db) == (
        "I will post only for {city}.\n\nI will tell {office}.",
        True,
    )
    assert "agreement.text" in audit_actions(city_db)[:2]
    assert "not saved yet" not in ui.agreement_state_label.text()

    qtbot.mouseClick(ui.agreement_reset_button, Qt.MouseButton.LeftButton)
    assert ui.agreement_edit.toPlainText() == default
    assert page.save()
    assert agreement_text(city_db) == (default, False)


def test_too_long_an_agreement_text_is_refused_beside_it(qtbot, window, city_db) -> None:
    from clerkdesk.services.city import agreement_text

    page = go(qtbot, window, 7)
    page.ui.agreement_edit.setPlainText("x" * 20_001)
    assert not page.save()
    assert page.errors.shown() == {"agreement_text": "At most 20,000 characters"}
    assert page.ui.agreement_edit.toPlainText() == "x" * 20_001  # kept to shorten
    assert page.ui.saved_label.text() == "Saved, except the agreement text."
    assert agreement_text(city_db)[1] is False
