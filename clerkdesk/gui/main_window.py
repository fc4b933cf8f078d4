"""The main window: navigation, pages created the first time they are shown, the menus, and
the status bar. It imports no data layer itself, so that it can appear before the database
is opened."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from .. import __version__
from ..paths import Paths
from .context import AppContext, database_label
from .forms.ui_main_window import Ui_MainWindow
from .layout_state import saved_state
from .pages.page import APPROVE, DISCONTINUE, EDIT, FIND, NEW, OPEN, Page

if TYPE_CHECKING:
    from ..core.obligations.model import Obligation

# Navigation order: (module, class) of each page.
PAGES = (
    ("today_page", "TodayPage"),
    ("accounts_page", "AccountsPage"),
    ("people_page", "PeoplePage"),
    ("departments_page", "DepartmentsPage"),
    ("reviews_page", "ReviewsPage"),
    ("audit_page", "AuditPage"),
    ("settings_page", "SettingsPage"),
)
TODAY, ACCOUNTS, PEOPLE, DEPARTMENTS, REVIEWS, AUDIT, SETTINGS = range(len(PAGES))

# Which part of an account an obligation on Today is about.
PEOPLE_SECTION, CREDENTIAL_SECTION = "people", "credential"
SECTIONS = {
    "custodian-missing": PEOPLE_SECTION,
    "agreement-unsigned": PEOPLE_SECTION,
    "credential-missing": CREDENTIAL_SECTION,
    "credential-recorded-late": CREDENTIAL_SECTION,
    "password-rotation": CREDENTIAL_SECTION,
}


class MainWindow(QMainWindow):
    def __init__(self, paths: Paths, settings: QSettings) -> None:
        super().__init__()
        self.paths, self.settings = paths, settings
        self.ctx: AppContext | None = None
        self.pages: dict[int, Page] = {}
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)
        self.setWindowTitle("ClerkDesk")
        self.containers: list[QWidget] = [
            ui.today_page,
            ui.accounts_page,
            ui.people_page,
            ui.departments_page,
            ui.reviews_page,
            ui.audit_page,
            ui.settings_page,
        ]
        ui.navigation.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        ui.navigation.setCurrentRow(TODAY)
        ui.navigation.currentRowChanged.connect(self.show_page)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([170, 1100])
        self._restore()

        go = (
            ui.action_go_today,
            ui.action_go_accounts,
            ui.action_go_people,
            ui.action_go_departments,
            ui.action_go_reviews,
            ui.action_go_audit,
            ui.action_go_settings,
        )
        for index, action in enumerate(go):
            action.triggered.connect(lambda _=False, i=index: ui.navigation.setCurrentRow(i))
        self.record_actions = {
            OPEN: ui.action_open,
            NEW: ui.action_new,
            EDIT: ui.action_edit,
            APPROVE: ui.action_approve,
            DISCONTINUE: ui.action_discontinue,
            FIND: ui.action_find,
        }
        for name, action in self.record_actions.items():
            action.triggered.connect(lambda _=False, n=name: self._trigger(n))
        ui.action_import.triggered.connect(self.import_csv)
        ui.action_export.triggered.connect(self.export_csv)
        ui.action_load_demo.triggered.connect(self.load_demo)
        ui.action_about.triggered.connect(self.about)

        self.city_label, self.profile_label, self.database_label = QLabel(), QLabel(), QLabel()
        for label in (self.city_label, self.profile_label, self.database_label):
            label.setContentsMargins(6, 0, 6, 0)
            ui.statusbar.addPermanentWidget(label)
        self.database_label.setText(database_label(paths))
        self.database_label.setToolTip("The database this window works on")
        self._enable_data_actions(False)

    # -- start-up ------------------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        """The database is open: fill the page shown, and follow changes from now on."""
        self.ctx = ctx
        ctx.city_changed.connect(self._show_city)
        self.ui.opening_label.hide()
        self._show_city()
        self._enable_data_actions(True)
        self.show_page(self.ui.navigation.currentRow())

    def _show_city(self) -> None:
        assert self.ctx is not None
        city = self.ctx.city
        self.city_label.setText(city.name)
        self.profile_label.setText(city.profile.title)
        self.setWindowTitle(f"{city.name} — ClerkDesk")

    def _enable_data_actions(self, enabled: bool) -> None:
        ui = self.ui
        for action in (ui.action_import, ui.action_export, ui.action_load_demo):
            action.setEnabled(enabled)
        for action in self.record_actions.values():
            action.setEnabled(False)

    # -- pages ---------------------------------------------------------------------------------

    def page(self, index: int) -> Page:
        """The page at `index`, created (and its module imported) on first use."""
        page = self.pages.get(index)
        if page is None:
            assert self.ctx is not None, "pages need the open database"
            module_name, class_name = PAGES[index]
            module = importlib.import_module(f"{__package__}.pages.{module_name}")
            page = getattr(module, class_name)(self.ctx)
            self.containers[index].layout().addWidget(page)
            page.show()  # now, not on the next turn of the event loop
            page.actions_changed.connect(self._update_actions)
            if index == TODAY:
                page.obligation_opened.connect(self.open_obligation)
            self.pages[index] = page
        return page

    def show_page(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        if self.ctx is None:
            return
        page = self.page(index)
        if page.stale:
            self.setCursor(Qt.CursorShape.WaitCursor)
            try:
                page.reload()
            finally:
                self.unsetCursor()
        self._update_actions()

    def current_page(self) -> Page | None:
        return self.pages.get(self.ui.pages.currentIndex())

    def open_account(
        self, account_id: int, section: str | None = None, person_id: int | None = None
    ) -> None:
        """Show the account in the register; with a section, open it at its People or
        Credential part (and the person's term, if given)."""
        self.ui.navigation.setCurrentRow(ACCOUNTS)
        accounts = self.page(ACCOUNTS)
        accounts.show_record(account_id)  # type: ignore[attr-defined]
        if section is not None:
            accounts.open_account(account_id, section, person_id)  # type: ignore[attr-defined]

    def open_review(self, department: str) -> None:
        self.ui.navigation.setCurrentRow(REVIEWS)
        self.page(REVIEWS).show_record(department)  # type: ignore[attr-defined]

    def open_obligation(self, obligation: Obligation) -> None:
        """Where the work of an obligation on Today is done."""
        if obligation.kind == "access-review" and obligation.department:
            self.open_review(obligation.department)
        elif obligation.account_id is not None:
            self.open_account(
                obligation.account_id, SECTIONS.get(obligation.kind), obligation.person_id
            )

    def _update_actions(self) -> None:
        page = self.current_page()
        for name, action in self.record_actions.items():
            action.setEnabled(page is not None and page.can(name))

    def _trigger(self, name: str) -> None:
        page = self.current_page()
        if page is not None and page.can(name):
            page.trigger(name)

    # -- File and Help -------------------------------------------------------------------------

    def import_csv(self) -> None:
        from .dialogs.import_dialog import ImportDialog
        from .transfers import start_import

        assert self.ctx is not None
        dialog = ImportDialog(self, str(self.settings.value("folders/csv", "")))
        if dialog.exec():
            self.settings.setValue("folders/csv", str(dialog.path.parent))
            start_import(self, self.ctx, dialog.kind, dialog.path, dialog.dry_run)

    def export_csv(self) -> None:
        from .dialogs.export_dialog import ExportDialog
        from .transfers import start_export

        assert self.ctx is not None
        dialog = ExportDialog(self, str(self.settings.value("folders/csv", "")))
        if dialog.exec():
            self.settings.setValue("folders/csv", str(dialog.path.parent))
            start_export(self, self.ctx, dialog.kind, dialog.path)

    def load_demo(self) -> None:
        from . import messages
        from .transfers import start_demo

        assert self.ctx is not None
        if messages.confirm(
            self,
            "Load the demonstration city",
            "Fill this register with the demonstration city's departments, people and "
            "accounts? They are fictional. This works only on a register that has no people "
            "or accounts yet.",
            "Load demonstration city",
        ):
            start_demo(self, self.ctx)

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About ClerkDesk",
            f"<h3>ClerkDesk {__version__}</h3>"
            "<p>The city clerk's register of official social media accounts: who approved "
            "them, who answers for them, and what is due.</p>"
            f"<p>Database: {database_label(self.paths)}<br>"
            f"Settings and log: {self.paths.home}</p>",
        )

    # -- remembering the layout ----------------------------------------------------------------

    def _restore(self) -> None:
        if geometry := saved_state(self.settings, "window/geometry"):
            self.restoreGeometry(geometry)
        if state := saved_state(self.settings, "window/state"):
            self.restoreState(state)
        if splitter := saved_state(self.settings, "window/splitter"):
            self.ui.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.ui.splitter.saveState())
        for page in self.pages.values():
            page.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
