"""Screenshots of every page and dialog, on the demonstration city, for looking at the window
(and for the README). Not a test.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.gui.screenshots shots/
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clerkdesk.core.errors import ValidationError
from clerkdesk.gui.window.context import AppContext
from clerkdesk.gui.window.main_window import MainWindow
from clerkdesk.paths import resolve_paths
from clerkdesk.services.city.writes import get_city
from clerkdesk.services.demo.city import load_demo
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.transfer.csv_import import import_csv

IMPORTED = (
    "url,platform,handle,department,purpose,status,authority,approved_by,approved_on,reference\n"
    "https://linkedin.com/company/maplefalls,linkedin,Maple Falls,Mayor's Office,"
    "Jobs at the city,approved,mayor,Margaret Olsen,2024-03-01,Res. 2024-07\n"
)


def settle() -> None:
    import time

    for _ in range(5):
        QApplication.processEvents()
    time.sleep(0.25)  # the window manager frames new windows, and they fit themselves to it
    for _ in range(5):
        QApplication.processEvents()


def wait_for(predicate: Any, seconds: float = 30) -> None:
    """Turn the event loop until `predicate()` holds (background work has finished)."""
    import time

    end = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the background work did not finish")
        QApplication.processEvents()
        time.sleep(0.01)


def add_people_and_credentials(db: Database) -> None:
    """Terms, signatures, a separation, a credential and reviews on the demonstration city."""
    from clerkdesk.services.accounts.writes import find_account
    from clerkdesk.services.credentials.writes import CredentialInput, set_credential
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.reviews.writes import record_outcome, start_review
    from clerkdesk.services.terms.writes import designate, record_signatures

    now = db.clock()
    fire = find_account(db, "https://facebook.com/maplefallsfire").id
    parks = find_account(db, "https://instagram.com/maplefallsparks").id
    council = find_account(db, "https://youtube.com/@maplefallscouncil").id
    days = lambda n: now - timedelta(days=n)  # noqa: E731
    dietz = designate(db, fire, "E1030", "custodian", days(110), "Chief Karen Dietz")
    record_signatures(db, dietz.id, days(108).date(), days(107).date(), days(105).date())
    khai = designate(db, fire, "E1031", "authorized-user", days(90), "Chief Karen Dietz")
    record_signatures(db, khai.id, days(88).date(), None, None)
    designate(db, parks, "E1010", "custodian", days(60), "Priya Raman")
    designate(db, parks, "C2001", "authorized-user", days(30), "Priya Raman")
    designate(db, parks, "E1012", "authorized-user", days(25), "Priya Raman")
    designate(db, parks, "E1011", "custodian", days(20), "Priya Raman")
    for employee_id, role in (("E1001", "custodian"), ("E1002", "administrator")):
        # Where the approval designated the head already (R2), it is there.
        with contextlib.suppress(ValidationError):
            designate(db, council, employee_id, role, days(150), "Common Council")
    separate(db, "E1012", now - timedelta(hours=20))
    set_credential(
        db,
        fire,
        CredentialInput(
            username="social.fire@maplefallswi.gov",
            password="Ember-Truck-42-Ladder",
            changed_at=days(100),
            mfa_enabled=True,
            mfa_method="authenticator app",
        ),
    )
    set_credential(
        db,
        fire,
        CredentialInput(
            username="social.fire@maplefallswi.gov",
            password="burnban2026",
            changed_at=days(3),
            mfa_enabled=True,
            mfa_method="authenticator app",
            note="changed by the vendor",
            accept_weak=True,
        ),
    )
    review = start_review(db, "Fire and EMS")
    record_outcome(
        db,
        review.id,
        "E1030",
        now.date(),
        {line.id: ("keep", "still posts burn bans") for line in review.lines},
    )
    start_review(db, "Parks and Recreation")


def save(widget: QWidget, out: Path, name: str) -> None:
    """The whole screen, as the clerk sees it (what is cut off by its edge shows so), and the
    widget on its own."""
    settle()
    if widget.isWindow():
        frame = widget.frameGeometry()
        room = widget.screen().availableGeometry()
        if not room.contains(frame):
            least = widget.minimumSizeHint().toTuple()
            print(f"{name}: {frame.width()}x{frame.height()} does not fit", room.size(), least)
    screen = widget.screen()
    screen.grabWindow(0).save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="clerkdesk-shots-"))
    paths = resolve_paths(home=str(home))

    from clerkdesk.gui.dialogs.first_run_dialog import FirstRunDialog

    db = Database.open(paths, create=True)
    first = FirstRunDialog(db)
    first.show()
    save(first, out, "first_run")
    first.ui.demo_check.setChecked(False)
    first.ui.email_domain_edit.setText("stoughton")
    save(first, out, "first_run_own_city")
    first.close()

    from tests.gui.screenshots_new_register import shoot_a_new_register

    shoot_a_new_register(home, out, save)

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    load_demo(db)
    csv = home / "imported.csv"
    csv.write_text(IMPORTED, encoding="utf-8")
    import_csv(db, "accounts", csv)
    add_people_and_credentials(db)
    city = get_city(db)
    assert city is not None
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)  # sized as on a first start, to the screen
    window.show()
    save(window, out, "shell")
    ctx = AppContext(paths, db, city, settings)
    window.show_demonstration()  # as `clerkdesk --demo` shows it
    window.attach(ctx)
    for name in ("today", "accounts", "people", "departments", "reviews", "audit", "settings"):
        window.go(name)
        page = window.page(name)
        while getattr(page, "loading", None) is not None:
            QApplication.processEvents()
        if name in ("accounts", "people", "departments", "reviews", "audit"):
            page.table.selectRow(1)  # type: ignore[attr-defined]
        save(window, out, name)

    accounts = window.page("accounts")
    window.go("accounts")
    accounts.filter_edit.setText("parks")  # type: ignore[attr-defined]
    save(window, out, "accounts_filtered")
    accounts.filter_edit.clear()  # type: ignore[attr-defined]
    accounts.select_where(lambda r: r.view.url.startswith("https://linkedin"))  # type: ignore[attr-defined]
    save(window, out, "accounts_determinations")
    accounts.select_where(lambda r: r.view.status == "pre-existing")  # type: ignore[attr-defined]

    def dialog(action: str, name: str, errors: bool = False) -> QDialog:
        accounts.trigger(action)  # type: ignore[attr-defined]
        d = accounts.dialog  # type: ignore[attr-defined]
        save(d, out, name)
        if errors:
            d.accept()
            save(d, out, f"{name}_errors")
        return d

    dialog("new", "account_new", errors=True).reject()
    d = dialog("edit", "account_edit")
    d.ui.city_email_edit.setText("parks@gmail.com")
    d.accept()
    save(d, out, "account_edit_errors")
    d.reject()
    dialog("approve", "approve", errors=True).reject()
    dialog("discontinue", "discontinue", errors=True).reject()
    accounts.select_where(lambda r: r.view.url.startswith("https://linkedin"))  # type: ignore[attr-defined]
    accounts.record_determinations()  # type: ignore[attr-defined]
    save(accounts.dialog, out, "determinations")  # type: ignore[attr-defined]
    accounts.dialog.reject()  # type: ignore[attr-defined]

    people = window.page("people")
    window.go("people")
    people.trigger("new")  # type: ignore[attr-defined]
    d = people.dialog  # type: ignore[attr-defined]
    d.ui.email_edit.setText("not-an-address")
    d.accept()
    save(d, out, "person_new_errors")
    d.reject()
    people.table.selectRow(0)  # type: ignore[attr-defined]
    people.trigger("edit")  # type: ignore[attr-defined]
    save(people.dialog, out, "person_edit")  # type: ignore[attr-defined]
    people.dialog.reject()  # type: ignore[attr-defined]

    departments = window.page("departments")
    window.go("departments")
    departments.table.selectRow(0)  # type: ignore[attr-defined]
    departments.trigger("edit")  # type: ignore[attr-defined]
    save(departments.dialog, out, "department_edit")  # type: ignore[attr-defined]
    departments.dialog.reject()  # type: ignore[attr-defined]

    settings_page = window.page("settings")
    window.go("settings")
    settings_page.ui.email_domain_edit.setText("clerk@maplefalls")  # type: ignore[attr-defined]
    for check in settings_page.authority_checks.values():  # type: ignore[attr-defined]
        check.setChecked(False)
    settings_page.save()  # type: ignore[attr-defined]
    save(window, out, "settings_errors")
    settings_page.reload()

    shoot_people_and_credentials(window, ctx, out)

    from clerkdesk.gui.dialogs.export_dialog import ExportDialog
    from clerkdesk.gui.dialogs.import_dialog import ImportDialog
    from clerkdesk.gui.window.crash import CrashDialog

    d = ImportDialog(window)
    d.show()
    save(d, out, "import")
    d = ExportDialog(window, str(home))
    d.show()
    save(d, out, "export")
    try:
        raise ValidationError({"x": "y"})
    except ValidationError:
        import traceback

        details = traceback.format_exc()
    d = CrashDialog(details, paths.log_file, window)
    d.show()
    save(d, out, "crash")
    window.close()
    db.close()
    app.processEvents()
    return 0


def shoot_people_and_credentials(window: MainWindow, ctx: AppContext, out: Path) -> None:
    """The account and person views, their dialogs, printing, reviews and credentials."""
    accounts = window.page("accounts")
    window.go("accounts")

    def account(url: str, section: str | None = None) -> Any:
        accounts.select_where(lambda r: r.view.url == url)  # type: ignore[attr-defined]
        return accounts.open_account(  # type: ignore[attr-defined]
            accounts.selected().view.id,
            section,  # type: ignore[attr-defined]
        )

    detail = account("https://facebook.com/maplefallsfire")
    detail.terms_table_select(lambda r: r.term.employee_id == "E1031")
    save(detail, out, "account_people")
    detail.ui.tabs.setCurrentWidget(detail.ui.credential_tab)
    detail.reveal()
    save(detail, out, "account_credential")
    detail.hide_secret()
    detail.set_password()
    d = detail.dialog
    d.ui.password_edit.setText("summer2024")
    save(d, out, "password_weak")
    d.accept()
    save(d, out, "password_weak_refused")
    d.generate()
    save(d, out, "password_generated")
    d.reject()
    detail.record_change()
    save(detail.dialog, out, "password_change")
    detail.dialog.reject()
    detail.ui.tabs.setCurrentWidget(detail.ui.people_tab)
    detail.print_agreement()
    wait_for(lambda: detail.preview is not None)
    save(detail.preview, out, "agreement_preview")
    detail.preview.reject()
    detail.reject()

    import keyring
    import keyring.backends.fail

    working = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    detail = account("https://facebook.com/maplefallsfire", "credential")
    save(detail, out, "account_no_credential_store")
    detail.reject()
    keyring.set_keyring(working)

    detail = account("https://instagram.com/maplefallsparks")
    save(detail, out, "account_parks")
    detail.designate_custodian()
    save(detail.dialog, out, "designate_custodian")
    detail.dialog.reject()
    detail.add_user()
    detail.dialog.ui.person_edit.setText("nobody")
    detail.dialog.accept()
    save(detail.dialog, out, "add_user_errors")
    detail.dialog.reject()
    detail.terms_table_select(lambda r: r.term.employee_id == "C2001")
    detail.end_assignment()
    save(detail.dialog, out, "end_assignment")
    detail.dialog.reject()
    detail.signatures()
    save(detail.dialog, out, "signatures")
    detail.dialog.reject()
    detail.reject()

    people = window.page("people")
    window.go("people")
    people.select_where(lambda p: p.employee_id == "E1011")  # type: ignore[attr-defined]
    person = people.open_person(people.selected().id)  # type: ignore[attr-defined]
    save(person, out, "person")
    person.separate()
    save(person.dialog, out, "separate")
    person.dialog.reject()
    person.reject()

    departments = window.page("departments")
    window.go("departments")
    departments.select_where(lambda d: d.name == "Parks and Recreation")  # type: ignore[attr-defined]
    save(window, out, "departments_print")
    departments.print_unsigned()  # type: ignore[attr-defined]
    wait_for(lambda: departments.preview is not None)  # type: ignore[attr-defined]
    save(departments.preview, out, "unsigned_preview")  # type: ignore[attr-defined]
    departments.preview.reject()  # type: ignore[attr-defined]

    reviews = window.page("reviews")
    window.go("reviews")
    reviews.show_record("Parks and Recreation")  # type: ignore[attr-defined]
    save(window, out, "reviews_open")
    reviews.record_outcome()  # type: ignore[attr-defined]
    d = reviews.dialog  # type: ignore[attr-defined]
    save(d, out, "review_outcome")
    d.accept()
    save(d, out, "review_outcome_errors")
    d.reject()
    reviews.show_record("Fire and EMS")  # type: ignore[attr-defined]
    save(window, out, "reviews_completed")
    reviews.add_note()  # type: ignore[attr-defined]
    save(reviews.dialog, out, "review_note")  # type: ignore[attr-defined]
    reviews.dialog.reject()  # type: ignore[attr-defined]
    reviews.print_worksheet()  # type: ignore[attr-defined]
    wait_for(lambda: reviews.preview is not None)  # type: ignore[attr-defined]
    save(reviews.preview, out, "worksheet_preview")  # type: ignore[attr-defined]
    reviews.preview.reject()  # type: ignore[attr-defined]

    settings_page = window.page("settings")
    window.go("settings")
    settings_page.reload()
    save(window, out, "settings")
    settings_page.handover("export")  # type: ignore[attr-defined]
    save(settings_page.dialog, out, "handover_export")  # type: ignore[attr-defined]
    settings_page.dialog.reject()  # type: ignore[attr-defined]
    window.go("today")
    window.page("today").reload()
    save(window, out, "today")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots")))
