"""Settings: the city and its policy parameters, changed only through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clerkdesk.services.city.writes import get_city

from .conftest import audit_actions, go


def test_save_city_details_and_parameters(qtbot, window, ctx, city_db) -> None:
    page = go(qtbot, window, "settings")
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
    page = go(qtbot, window, "settings")
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
    page = go(qtbot, window, "settings")
    before = audit_actions(city_db)
    page.ui.email_domain_edit.setText("clerk@stoughton")
    page.spins["grandfather_days"].setValue(60)
    assert not page.save()
    assert set(page.errors.shown()) == {"email_domain"}
    assert get_city(city_db).profile.grandfather_days == 45
    assert audit_actions(city_db) == before


def test_a_bad_detail_and_a_bad_parameter_are_both_shown_and_nothing_saved(
    qtbot, window, city_db
) -> None:
    page = go(qtbot, window, "settings")
    before = audit_actions(city_db)
    page.ui.city_edit.clear()
    page.spins["grandfather_days"].setValue(60)
    for check in page.authority_checks.values():
        check.setChecked(False)
    assert not page.save()
    assert page.errors.shown() == {
        "city": "Required",
        "authorities": "Name at least one approving authority",
    }
    city = get_city(city_db)
    assert (city.name, city.profile.grandfather_days) == ("Stoughton", 45)
    assert audit_actions(city_db) == before


def test_apply_another_profile_after_confirming(qtbot, window, city_db, answers) -> None:
    page = go(qtbot, window, "settings")
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
    from clerkdesk.services.city.writes import agreement_text

    page = go(qtbot, window, "settings")
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
    from clerkdesk.services.city.writes import agreement_text

    page = go(qtbot, window, "settings")
    page.ui.agreement_edit.setPlainText("x" * 20_001)
    assert not page.save()
    assert page.errors.shown() == {"agreement_text": "At most 20,000 characters"}
    assert page.ui.agreement_edit.toPlainText() == "x" * 20_001  # kept to shorten
    assert page.ui.saved_label.text() == "Saved, except the agreement text."
    assert agreement_text(city_db)[1] is False


# -- the rules and their basis ---------------------------------------------------------------


def rules_tab(qtbot, window):  # type: ignore[no-untyped-def]
    """Settings, on the rules tab reached with its mnemonic (Alt+B)."""
    page = go(qtbot, window, "settings")
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert page.ui.tabs.currentWidget() is page.ui.rules_tab
    return page


def cells(page, header: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    model = page.rules.model
    column = [c.header for c in model.columns].index(header)
    return {model.text(row, 0): model.text(row, column) for row in range(model.rowCount())}


def select_rule(qtbot, page, rule: str) -> None:  # type: ignore[no-untyped-def]
    """Down the table from the top with the arrow keys to `rule`."""
    table = page.ui.rules_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(int(rule[1:]) - 1):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.rules.selected().rule == rule


def test_every_rule_is_shown_with_its_basis(qtbot, window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = rules_tab(qtbot, window)
    qtmodeltester.check(page.rules.model)
    basis = cells(page, "Basis")
    assert list(basis) == [f"R{n}" for n in range(1, 22)]
    assert (basis["R5"], basis["R17"], basis["R10"], basis["R13"]) == (
        "Stoughton policy",
        "Wis. Stat.; 10 work days: DOJ guidance (practice)",
        "good practice; 48 hours: ClerkDesk's figure",
        "off",
    )
    # Stoughton's policy asks for access reviews; only their interval is ClerkDesk's.
    assert basis["R7"] == "Stoughton policy; every 180 days: ClerkDesk's figure"
    assert cells(page, "What it asks")["R10"] == "Passwords changed after a separation"
    assert "Stoughton Social Media Policy" in page.ui.rules_intro_label.text()
    assert not page.ui.save_bar.isVisible()  # a switch is saved at once
    page.ui.tabs.setCurrentWidget(page.ui.parameters_tab)
    assert page.ui.save_bar.isVisible()


def test_a_good_practice_rule_is_switched_off_and_on_from_the_keyboard(
    qtbot, window, city_db, answers
) -> None:  # type: ignore[no-untyped-def]
    page = rules_tab(qtbot, window)
    assert page.ui.rules_table.hasFocus()  # the tab's mnemonic leads to the table
    select_rule(qtbot, page, "R10")
    assert page.ui.rule_switch_button.isEnabled()
    assert page.ui.rule_switch_button.text() == "Switch &off"
    answers.confirm_with = False
    qtbot.keyClick(page.ui.rules_table, Qt.Key.Key_Return)
    assert "Switch off R10 (Passwords changed after a separation)?" in answers.confirmations[-1]
    assert get_city(city_db).profile.basis("R10") == "practice"

    answers.confirm_with = True
    qtbot.keyClick(page.ui.rules_table, Qt.Key.Key_Return)
    assert get_city(city_db).profile.basis("R10") == "off"
    assert audit_actions(city_db)[0] == "profile.rule"
    assert cells(page, "Basis")["R10"] == "off"
    assert cells(page, "Switch")["R10"] == "switched off here; can be switched on as good practice"
    assert page.rules.selected().rule == "R10"
    assert "Switched R10 off." in page.ui.rule_detail_label.text()
    assert page.ui.rule_switch_button.text() == "Switch &on"
    # Its parameters mean nothing now.
    assert not page.spins["rotation_hours"].isEnabled()
    assert not page.ui.review_removal_rotates_check.isEnabled()
    assert "R10 is off in this city" in page.spins["rotation_hours"].toolTip()

    asked = len(answers.confirmations)
    qtbot.mouseClick(page.ui.rule_switch_button, Qt.MouseButton.LeftButton)
    assert len(answers.confirmations) == asked  # switching on asks nothing
    assert get_city(city_db).profile.basis("R10") == "practice"
    assert page.spins["rotation_hours"].isEnabled()


def test_a_rule_of_the_policy_or_of_law_cannot_be_switched(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    page = rules_tab(qtbot, window)
    before = audit_actions(city_db)
    for rule, why in (
        ("R5", "Stoughton policy: the Stoughton Social Media Policy (2019) contains it"),
        ("R17", "Wis. Stat.: Wisconsin law binds the city whatever its policy says"),
        ("R7", "Stoughton policy: the Stoughton Social Media Policy (2019) contains it"),
    ):
        select_rule(qtbot, page, rule)
        assert why in page.ui.rule_detail_label.text()
        assert not page.ui.rule_switch_button.isEnabled()
        qtbot.keyClick(page.ui.rules_table, Qt.Key.Key_Return)
        assert not page.switch_rule()
    assert cells(page, "Switch")["R17"] == "always on: binds whatever the policy says"
    # The figure no policy or statute gives is said to be whose it is.
    assert "Its figure, every 180 days: ClerkDesk&#x27;s figure." in (
        page.ui.rule_detail_label.text()
    )
    assert audit_actions(city_db) == before


def test_the_service_refuses_what_the_page_would_allow(
    qtbot, window, city_db, answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The rule lives in the service: a page that offered to switch R5 off is told no."""
    from dataclasses import replace

    from clerkdesk.gui.pages.settings import rules
    from clerkdesk.services.city.writes import city_rules

    monkeypatch.setattr(
        rules,
        "city_rules",
        lambda db: [replace(r, basis="practice", switchable=True) for r in city_rules(db)],
    )
    page = rules_tab(qtbot, window)
    page.rules.reload()
    select_rule(qtbot, page, "R5")
    assert not page.switch_rule()
    assert "a rule of the city's own policy cannot be switched off" in answers.errors[-1]
    assert get_city(city_db).profile.basis("R5") == "policy"


def test_what_is_typed_stays_when_a_rule_is_switched(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "settings")
    page.ui.city_edit.setText("City of Stoughton")
    page.spins["warning_days"].setValue(21)
    page.ui.tabs.setCurrentWidget(page.ui.rules_tab)
    select_rule(qtbot, page, "R13")
    assert page.switch_rule()
    assert get_city(city_db).profile.basis("R13") == "practice"
    assert page.ui.city_edit.text() == "City of Stoughton"
    assert page.spins["warning_days"].value() == 21
    assert page.save()
    city = get_city(city_db)
    assert (city.name, city.profile.warning_days, city.profile.basis("R13")) == (
        "City of Stoughton",
        21,
        "practice",
    )


def test_a_problem_is_shown_on_the_tab_of_its_field(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "settings")
    page.ui.email_domain_edit.setText("clerk@stoughton")
    page.ui.tabs.setCurrentWidget(page.ui.agreement_tab)
    assert not page.save()
    assert page.ui.tabs.currentWidget() is page.ui.parameters_tab
    assert page.ui.email_domain_error.isVisible()


def test_a_parameter_of_a_rule_that_is_off_is_disabled(qtbot, window, city_db, answers) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "settings")
    assert page.spins["grandfather_days"].isEnabled()  # R5 is Stoughton's
    assert page.apply("wausau")
    assert not page.spins["grandfather_days"].isEnabled()  # and not Wausau's
    assert page.spins["credential_record_hours"].isEnabled()


def test_each_tab_fits_a_small_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "settings")
    for width, height in ((1024, 740), (1366, 740)):
        for index in range(page.ui.tabs.count()):
            page.ui.tabs.setCurrentIndex(index)
            for _ in range(3):  # wrapped labels take their height at the new width first
                window.resize(width, height)
                qtbot.wait(30)
            assert (window.width(), window.height()) == (width, height), index
            assert window.minimumSizeHint().width() <= 1024


def test_settings_reads_as_it_is_shown_and_on_refresh_in_one_transaction(
    qtbot, window, city_db
) -> None:  # type: ignore[no-untyped-def]
    # Its parts (the rules, the letters, the records notice, the agreement…) each read the
    # city: on a server at a distance, each its own BEGIN and ROLLBACK cost a frame or two.
    import threading

    from sqlalchemy import event

    begun: list[str] = []

    def on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Neither the store's look (on its own thread) nor the window's look for writes made
        # elsewhere, on a connection of its own.
        watching = conn is window.refresher.watch._connection
        if threading.current_thread() is threading.main_thread() and not watching:
            begun.append("begin")

    event.listen(city_db.engine, "begin", on_begin)
    try:
        page = go(qtbot, window, "settings")
        shown = len(begun)
        page.ui.city_edit.setText("City of Stoughton")
        assert page.save()
        begun.clear()
        qtbot.keyClick(window, Qt.Key.Key_F5)  # View > Refresh: everything read again
        refreshed = len(begun)
    finally:
        event.remove(city_db.engine, "begin", on_begin)
    assert shown == 1
    assert refreshed == 2  # the city the window keeps; the page, all its parts at once
    assert page.ui.city_edit.text() == "City of Stoughton"  # read after the save
    assert page.ui.rules_table.model().rowCount() > 0
