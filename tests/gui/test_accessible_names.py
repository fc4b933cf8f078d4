"""Every interactive control of every page and of the dialogs each page opens has a name a
screen reader says; pages registered by any package are walked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from clerkdesk.gui.pages.page import APPROVE, DISCONTINUE, EDIT, NEW, OPEN

from .accessible import unnamed
from .conftest import add_account, approve, loaded


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_every_page_and_its_dialogs(qtbot, window, ctx, city_db, answers) -> None:
    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    approve(
        city_db,
        add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x").id,
    )
    missing: dict[str, list[str]] = {}
    if found := unnamed(window):
        missing["window"] = found
    for entry in window.entries:
        window.go(entry.key)
        page = window.page(entry.key)
        loaded(qtbot, page)
        if hasattr(page, "select_where"):
            page.select_where(lambda row: True)
        if found := unnamed(window):
            missing[entry.key] = found
        for action in (OPEN, NEW, EDIT, APPROVE, DISCONTINUE):
            if not page.can(action):
                continue
            before = set(open_dialogs())
            page.trigger(action)
            for dialog in set(open_dialogs()) - before:
                if found := unnamed(dialog):
                    missing[f"{entry.key} {action}: {type(dialog).__name__}"] = found
                dialog.reject()
    assert account.id
    assert missing == {}, "\n".join(f"{k}: {', '.join(v)}" for k, v in missing.items())


def test_the_dialogs_opened_from_dialogs_and_menus(qtbot, window, ctx, city_db, answers) -> None:
    """The account's own dialogs (designate, add, signatures, password, site check), the
    person's, a candidate's, the file dialogs and the first-run dialog."""
    from clerkdesk.gui.dialogs.export_dialog import ExportDialog
    from clerkdesk.gui.dialogs.first_run_dialog import FirstRunDialog
    from clerkdesk.gui.dialogs.import_dialog import ImportDialog
    from clerkdesk.gui.pages.elections.election_dialogs import CandidateDialog

    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    missing: dict[str, list[str]] = {}

    def check(name: str, dialog: QDialog) -> None:
        dialog.show()
        if found := unnamed(dialog):
            missing[name] = found
        dialog.reject()

    accounts = window.page("accounts")
    window.go("accounts")
    detail = accounts.open_account(account.id)
    for opener in (
        "designate_custodian",
        "add_user",
        "set_password",
        "record_change",
        "site_check",
    ):
        getattr(detail, opener)()
        check(opener, detail.dialog)
    detail.ui.tabs.setCurrentWidget(detail.ui.credential_tab)
    check("account credential", detail)
    people = window.page("people")
    window.go("people")
    people.select_where(lambda row: row.employee_id == "E100")
    person = people.open_person(people.selected().id)
    person.separate()
    check("separate", person.dialog)
    person.reject()
    from clerkdesk.services.terms.writes import designate

    designate(city_db, account.id, "E100", "custodian")
    reviews = window.page("reviews")
    window.go("reviews")
    reviews.show_record("Parks")
    reviews.start()
    for opener in ("record_outcome", "enter_past", "add_note"):
        getattr(reviews, opener)()
        check(f"reviews {opener}", reviews.dialog)
    settings_page = window.page("settings")
    window.go("settings")
    for mode in ("export", "import"):
        settings_page.handover(mode)
        check(f"handover {mode}", settings_page.dialog)
    for name, dialog in (
        ("candidate", CandidateDialog(city_db, ctx.city.profile, ctx.today(), parent=window)),
        (
            "candidate with staff",  # the staff list and the links' day (Milwaukee's)
            CandidateDialog(
                city_db,
                replace(ctx.city.profile, blackout_staff=True, blackout_links=True),
                ctx.today(),
                parent=window,
            ),
        ),
        ("import", ImportDialog(window)),
        ("export", ExportDialog(window, "")),
        ("first run", FirstRunDialog(city_db, window)),
    ):
        check(name, dialog)
    assert missing == {}, "\n".join(f"{k}: {', '.join(v)}" for k, v in missing.items())


def test_state_is_said_in_words_not_only_in_colour(qtbot, window, city_db) -> None:
    """Each coloured row of Today says its state in words (Overdue, Due soon)."""
    from clerkdesk.core.obligations.model import STATES

    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    today = window.page("today")
    model = today.model
    state = [c.header for c in model.columns].index("State")
    toned = [
        row
        for row in range(model.rowCount())
        if model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert toned
    for row in toned:
        said = model.text(row, state)
        assert said in (STATES["overdue"], STATES["due-soon"]), said
        described = model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleDescriptionRole)
        assert described == said  # each coloured cell says it too
