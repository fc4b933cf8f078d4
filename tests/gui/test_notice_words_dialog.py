"""Settings → Duties edits a notice's words (R15): the dialog keeps what is typed exactly, says at
once why words are refused, Escape cancels; in Janesville the Terms of Use in other words need
the City Attorney's approval (janesville.txt:56), and the page of the City's website posting
them is recorded there (janesville.txt:89). The site-check dialog then shows the new words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.core.notices import MAX_WORDS
from clerkdesk.gui.pages.settings.duties import DutiesTab
from clerkdesk.gui.pages.site_checks.site_check_dialog import SiteCheckDialog
from clerkdesk.gui.window.context import AppContext
from clerkdesk.services.accounts.writes import approve_account
from clerkdesk.services.city.notice_words import notice_words, website_posting
from clerkdesk.services.city.writes import get_city, init_city
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import ApprovalInput, DepartmentInput
from clerkdesk.services.obligations import due as obligations

from .conftest import add_account

PARKS = "https://facebook.com/parks"
POLICY_TERMS = "The approved Terms of Use Agreement, conspicuously posted"


def janesville_tab(qtbot, empty_db, paths):  # type: ignore[no-untyped-def]
    init_city(empty_db, "Janesville", "janesville", date(2026, 1, 1))
    create_department(empty_db, DepartmentInput("Parks"))
    approve_account(
        empty_db,
        add_account(empty_db, PARKS).id,
        ApprovalInput("city-manager", "City Manager", date(2026, 1, 5)),
    )
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    ctx = AppContext(paths, empty_db, get_city(empty_db), settings)
    tab = DutiesTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def pick(tab, name: str) -> None:  # type: ignore[no-untyped-def]
    box = tab.lists["site_notices"]
    row = next(i for i in range(box.count()) if box.item(i).data(Qt.ItemDataRole.UserRole) == name)
    box.setCurrentRow(row)


def words(db, name: str):  # type: ignore[no-untyped-def]
    return next(n for n in notice_words(db) if n.name == name)


def test_the_terms_of_use_edited_with_the_city_attorney_s_approval(qtbot, empty_db, paths) -> None:  # type: ignore[no-untyped-def]
    tab = janesville_tab(qtbot, empty_db, paths)
    buttons = tab.notice_buttons
    pick(tab, "comment-policy")
    assert buttons.edit.isEnabled() and not buttons.restore.isEnabled()
    qtbot.mouseClick(buttons.edit, Qt.MouseButton.LeftButton)
    dialog = buttons.dialog
    qtbot.waitExposed(dialog)
    assert dialog.words.toPlainText() == POLICY_TERMS
    assert not dialog.approved_by.isEnabled()  # the policy's words need no approval
    # Emptied: refused on the spot.
    dialog.words.selectAll()
    qtbot.keyClick(dialog.words, Qt.Key.Key_Delete)
    assert dialog.ui.words_error.text() == "Give the words the checklist prints"
    qtbot.keyClicks(dialog.words, "x" * (MAX_WORDS + 1))
    assert dialog.ui.words_error.text() == f"At most {MAX_WORDS} characters (these are 601)"
    dialog.words.selectAll()
    qtbot.keyClicks(dialog.words, "Be civil.")
    qtbot.keyClick(dialog.words, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.words, "  No threats. ")
    assert dialog.ui.words_error.isHidden()
    assert dialog.approved_by.isEnabled()
    # OK without the approval: refused, saying why; nothing saved.
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.approved_by_error.text() == (
        "Words other than the policy's need the City Attorney's approval"
    )
    assert dialog.ui.approved_on_error.text() == (
        "Give the day the City Attorney approved these words"
    )
    assert words(empty_db, "comment-policy").words == POLICY_TERMS
    qtbot.keyClicks(dialog.approved_by, "W. Wellnitz")
    dialog.approved_on.set(date(2026, 11, 19))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    kept = words(empty_db, "comment-policy")
    assert (kept.words, kept.approved_by, kept.approved_on) == (
        "Be civil.\n  No threats. ",
        "W. Wellnitz",
        date(2026, 11, 19),
    )
    # The tab, shown again, marks it; the site-check dialog asks for the new words.
    profile = get_city(empty_db).profile
    tab.show_profile(profile)
    pick(tab, "comment-policy")
    assert buttons.restore.isEnabled()
    check = SiteCheckDialog(empty_db, profile, date(2026, 11, 20), PARKS)
    qtbot.addWidget(check)
    assert check.notices["comment-policy"].text() == "Be civil. No threats."  # on one line
    assert check.notices["comment-policy"].toolTip() == "Be civil.\n  No threats. "
    # Restored: the policy's words, the approval dropped.
    qtbot.mouseClick(buttons.restore, Qt.MouseButton.LeftButton)
    back = words(empty_db, "comment-policy")
    assert (back.words, back.approved_by) == (POLICY_TERMS, None)


def test_escape_cancels_and_saves_nothing(qtbot, empty_db, paths) -> None:  # type: ignore[no-untyped-def]
    tab = janesville_tab(qtbot, empty_db, paths)
    pick(tab, "purpose")
    dialog = tab.notice_buttons.edit_words()
    qtbot.waitExposed(dialog)
    assert not hasattr(dialog, "approved_on")  # the purpose statement needs no approval
    qtbot.keyClicks(dialog.words, " Parks news.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not words(empty_db, "purpose").changed


def test_the_website_posting_is_recorded_on_the_tab(qtbot, empty_db, paths) -> None:  # type: ignore[no-untyped-def]
    tab = janesville_tab(qtbot, empty_db, paths)
    row = tab.website
    assert row.isVisible() and row.address.text() == ""
    assert [o.kind for o in obligations.due(empty_db)].count("terms-on-website") == 1
    qtbot.keyClicks(row.address, "www.ci.janesville.wi.us/terms-of-use")
    row.seen.set(date(2026, 11, 2))
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    posting = website_posting(empty_db)
    assert posting is not None and posting.seen_on == date(2026, 11, 2)
    assert posting.address == "https://www.ci.janesville.wi.us/terms-of-use"
    assert "terms-on-website" not in [o.kind for o in obligations.due(empty_db)]
