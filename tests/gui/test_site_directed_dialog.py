"""R14 for Stoughton in the site-check window: the check asks whether the site was monitored as
the approving Department Head directed, naming the frequency found at the account's latest
approval (or that none is recorded there): yes, no or not recorded. Janesville's does not ask
it, and keeps what a file recorded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel

from clerkdesk.gui.pages.site_checks.site_check_dialog import SiteCheckDialog
from clerkdesk.services.accounts.views import find_account
from clerkdesk.services.accounts.writes import create_account
from clerkdesk.services.city.writes import get_city, init_city
from clerkdesk.services.kernel.inputs import AccountInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.site_checks.writes import SiteCheckInput, list_site_checks, save_site_check
from clerkdesk.services.transfer import csv_import
from tests.services.duties_city import PARKS, small_city

TODAY = date(2026, 11, 20)
DIRECTED = "monitored_as_directed"


def a_city(db, key: str):  # type: ignore[no-untyped-def]
    init_city(db, key.title(), key, date(2026, 1, 1))
    small_city(db, authority="city-manager" if key == "janesville" else "department-head")
    return db


def _dialog(qtbot, db, url=PARKS, check=None) -> SiteCheckDialog:  # type: ignore[no-untyped-def]
    dialog = SiteCheckDialog(db, get_city(db).profile, TODAY, url, check)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _label_of(dialog: SiteCheckDialog, combo: QComboBox) -> str:
    """The question over the answer, and the short label of its row naming the same field."""
    [label] = [w for w in dialog.findChildren(QLabel) if w.buddy() is combo]
    assert label.text() == "Monitored as &directed:"
    words = dialog.findChild(QLabel, f"{DIRECTED}_question")
    assert words is not None and words.isVisible()
    return " ".join(words.text().split())  # the frequency on a line of its own


def _ok(qtbot, dialog: SiteCheckDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()


def test_stoughton_asks_at_the_approval_s_frequency_and_records_a_no(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "stoughton")
    dialog = _dialog(qtbot, db)
    combo = dialog.upkeep[DIRECTED]
    assert _label_of(dialog, combo) == "Monitored as the Department Head directed (daily)?"
    assert combo.toolTip() == "Monitored as the Department Head directed (daily)?"
    assert [combo.itemText(i) for i in range(combo.count())] == ["Not recorded", "Yes", "No"]
    assert combo.currentText() == "Not recorded"
    assert "monitored_daily" not in dialog.upkeep  # Janesville's questions are not asked
    dialog.checked_on.set(date(2026, 11, 19))
    dialog.checker.setText("E100")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "No"
    _ok(qtbot, dialog)
    (check,) = list_site_checks(db)
    assert check.monitored_as_directed == "no"
    found = [o.text for o in obligations.due(db) if o.kind == "site-finding"]
    assert "Not monitored as the Department Head directed (daily) (site check of 2026-11-19)" in (
        found
    )
    # Opened again it shows the no; set back to not recorded, it records none.
    again = _dialog(qtbot, db, check=check)
    assert again.upkeep[DIRECTED].currentText() == "No"
    again.upkeep[DIRECTED].setCurrentIndex(0)
    _ok(qtbot, again)
    (check,) = list_site_checks(db)
    assert check.monitored_as_directed is None


def test_an_approval_without_a_frequency_is_asked_as_such(qtbot, empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "stoughton")
    url = "https://facebook.com/library"
    path = tmp_path / "accounts.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{url},facebook,Parks,approved,department-head,Priya Raman,2026-03-02\n",
        encoding="utf-8",
    )
    csv_import.import_csv(db, "accounts", path)
    assert find_account(db, url).status == "approved"
    dialog = _dialog(qtbot, db, url)
    assert _label_of(dialog, dialog.upkeep[DIRECTED]) == (
        "Monitored as the Department Head directed "
        "(no frequency recorded at the account's latest approval)?"
    )


def test_a_proposed_account_is_asked_with_no_frequency(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "stoughton")
    create_account(db, AccountInput("https://x.com/newpool", "x", "Parks"))
    dialog = _dialog(qtbot, db, "https://x.com/newpool")
    assert "no frequency recorded" in _label_of(dialog, dialog.upkeep[DIRECTED])


def test_janesville_does_not_ask_and_keeps_what_was_recorded(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(
        db, None, SiteCheckInput(PARKS, date(2026, 11, 2), "E100", monitored_as_directed="no")
    )
    (check,) = list_site_checks(db)
    dialog = _dialog(qtbot, db, check=check)
    assert DIRECTED not in dialog.upkeep
    assert dialog.findChild(QComboBox, "monitored_as_directed_combo") is None
    dialog.mfa.setCurrentIndex(dialog.mfa.findData("off"))
    _ok(qtbot, dialog)
    (check,) = list_site_checks(db)
    assert (check.mfa, check.monitored_as_directed) == ("off", "no")


def test_stoughton_is_asked_no_notice_and_keeps_those_a_file_recorded(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    """Stoughton's policy names no notice (R15 off): the check asks about none, and notices a
    file recorded on a check stay as they were when it is saved again."""
    db = a_city(empty_db, "stoughton")
    assert not get_city(db).profile.applies("R15")
    save_site_check(
        db, None, SiteCheckInput(PARKS, date(2026, 11, 2), "E100", notices=("comment-policy",))
    )
    (check,) = list_site_checks(db)
    dialog = _dialog(qtbot, db, check=check)
    assert dialog.notices == {}
    assert not [w for w in dialog.findChildren(QLabel) if "Notices" in w.text()]
    dialog.mfa.setCurrentIndex(dialog.mfa.findData("off"))
    _ok(qtbot, dialog)
    (check,) = list_site_checks(db)
    assert (check.mfa, check.notices) == ("off", ("comment-policy",))


def test_janesville_is_asked_its_notices(qtbot, empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    dialog = _dialog(qtbot, db)
    assert dialog.notices and set(dialog.notices) == set(get_city(db).profile.site_notices)
    assert [w for w in dialog.findChildren(QLabel) if w.text() == "&Notices shown:"]
