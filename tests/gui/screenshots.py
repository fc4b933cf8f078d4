"""Screenshots of every page and dialog, on the demonstration city, for looking at the window
(and for the README). Not a test.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.gui.screenshots shots/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clerkdesk.core.errors import ValidationError
from clerkdesk.gui.context import AppContext
from clerkdesk.gui.main_window import MainWindow
from clerkdesk.paths import resolve_paths
from clerkdesk.services.city import get_city
from clerkdesk.services.csv_import import import_csv
from clerkdesk.services.database import Database
from clerkdesk.services.demo import load_demo

IMPORTED = (
    "url,platform,handle,department,purpose,status,authority,approved_by,approved_on,reference\n"
    "https://linkedin.com/company/maplefalls,linkedin,Maple Falls,Mayor's Office,"
    "Jobs at the city,approved,mayor,Margaret Olsen,2024-03-01,Res. 2024-07\n"
)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    widget.grab().save(str(out / f"{name}.png"))
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

    load_demo(db)
    csv = home / "imported.csv"
    csv.write_text(IMPORTED, encoding="utf-8")
    import_csv(db, "accounts", csv)
    city = get_city(db)
    assert city is not None
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    window.resize(1280, 800)
    window.show()
    save(window, out, "shell")
    ctx = AppContext(paths, db, city, settings)
    window.attach(ctx)
    for index, name in enumerate(
        ("today", "accounts", "people", "departments", "audit", "settings")
    ):
        window.ui.navigation.setCurrentRow(index)
        page = window.page(index)
        while getattr(page, "loading", None) is not None:
            QApplication.processEvents()
        if name in ("accounts", "people", "departments", "audit"):
            page.table.selectRow(1)  # type: ignore[attr-defined]
        save(window, out, name)

    accounts = window.page(1)
    window.ui.navigation.setCurrentRow(1)
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

    people = window.page(2)
    window.ui.navigation.setCurrentRow(2)
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

    departments = window.page(3)
    window.ui.navigation.setCurrentRow(3)
    departments.table.selectRow(0)  # type: ignore[attr-defined]
    departments.trigger("edit")  # type: ignore[attr-defined]
    save(departments.dialog, out, "department_edit")  # type: ignore[attr-defined]
    departments.dialog.reject()  # type: ignore[attr-defined]

    settings_page = window.page(5)
    window.ui.navigation.setCurrentRow(5)
    settings_page.ui.email_domain_edit.setText("clerk@maplefalls")  # type: ignore[attr-defined]
    for check in settings_page.authority_checks.values():  # type: ignore[attr-defined]
        check.setChecked(False)
    settings_page.save()  # type: ignore[attr-defined]
    save(window, out, "settings_errors")
    settings_page.reload()

    from clerkdesk.gui.crash import CrashDialog
    from clerkdesk.gui.dialogs.export_dialog import ExportDialog
    from clerkdesk.gui.dialogs.import_dialog import ImportDialog

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


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots")))
