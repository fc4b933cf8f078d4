"""The main window: navigation, pages created the first time they are shown, the menus, and
the status bar. It imports no data layer itself, so that it can appear before the database
is opened; the pages it shows are those registered in `pages.registry`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..paths import Paths
from .backup_file import add_backup_action
from .context import AppContext, database_label
from .folders import remembered_folder
from .forms.ui_main_window import Ui_MainWindow
from .layout_state import saved_state
from .pages.page import APPROVE, DISCONTINUE, EDIT, FIND, IMPORT, NEW, OPEN, Page
from .pages.registry import PageEntry, page_entries, page_opening
from .refresh import Refresher
from .screen_fit import fit_to_screen, page_scroller

if TYPE_CHECKING:
    from ..core.obligations.model import Obligation


class MainWindow(QMainWindow):
    demo_asked = Signal()  # File → Try the demonstration city
    leave_demo_asked = Signal()  # File → Leave the demonstration

    def __init__(self, paths: Paths, settings: QSettings) -> None:
        super().__init__()
        self.demonstration = False
        self.paths, self.settings = paths, settings
        self.ctx: AppContext | None = None
        self.entries: list[PageEntry] = page_entries()
        self.pages: dict[str, Page] = {}  # by key, once created
        self.containers: dict[str, QWidget] = {}
        self.go_actions: dict[str, QAction] = {}
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)
        self.setWindowTitle("ClerkDesk")
        self.opening_label = QLabel("Opening the register…")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for entry in self.entries:
            self._add_page(entry)
        self.containers[self.entries[0].key].layout().addWidget(self.opening_label)
        ui.navigation.setAccessibleName("Pages")
        ui.navigation.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        ui.navigation.setCurrentRow(0)
        ui.navigation.currentRowChanged.connect(self.show_page)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([170, 1100])
        self._restore()

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
        self._add_office_actions()
        self.action_backup = add_backup_action(self)
        self.leave_demo_action = QAction("&Leave the demonstration", self)
        self.leave_demo_action.setObjectName("action_leave_demo")
        self.leave_demo_action.setVisible(False)
        self.leave_demo_action.triggered.connect(self.leave_demo_asked)
        ui.menu_file.insertAction(ui.action_load_demo, self.leave_demo_action)
        ui.action_load_demo.setText("Try the &demonstration city…")
        ui.action_about.triggered.connect(self.about)

        self.city_label, self.profile_label, self.database_label = QLabel(), QLabel(), QLabel()
        for label in (self.city_label, self.profile_label, self.database_label):
            label.setContentsMargins(6, 0, 6, 0)
            ui.statusbar.addPermanentWidget(label)
        self._add_view_menu()
        self.database_label.setText(database_label(paths))
        self.database_label.setToolTip("The database this window works on")
        self._enable_data_actions(False)

    def _add_view_menu(self) -> None:
        """View → Refresh (F5): read everything again from the database."""
        menu = QMenu("&View", self)
        menu.setObjectName("menu_view")
        self.menuBar().insertMenu(self.ui.menu_go.menuAction(), menu)
        self.refresh_action = menu.addAction("&Refresh")
        self.refresh_action.setObjectName("action_refresh")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setStatusTip("Read everything again from the database")
        self.refresh_action.setEnabled(False)
        self.refresh_action.triggered.connect(self.refresh)
        self.refresher: Refresher | None = None

    def refresh(self) -> None:
        if self.refresher is not None:
            self.refresher.refresh()

    def _add_page(self, entry: PageEntry) -> None:
        """The page's place in the navigation, the stack (empty until it is first shown) and
        the Go menu."""
        ui = self.ui
        ui.navigation.addItem(entry.title)
        container = QWidget()
        container.setObjectName(f"{entry.key}_container")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        ui.pages.addWidget(page_scroller(container))
        self.containers[entry.key] = container
        action = QAction(entry.menu_text, self)
        action.setObjectName(f"action_go_{entry.key}")
        if entry.shortcut:
            action.setShortcut(QKeySequence(entry.shortcut))
        action.triggered.connect(lambda _=False, key=entry.key: self.go(key))
        ui.menu_go.addAction(action)
        self.go_actions[entry.key] = action

    # -- start-up ------------------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        """The database is open: fill the page shown, and follow changes from now on."""
        self.ctx = ctx
        self.refresher = Refresher(ctx, self)
        self.refresh_action.setEnabled(True)
        ctx.city_changed.connect(self._show_city)
        self.opening_label.hide()
        self._show_city()
        self._enable_data_actions(True)
        self.show_page(self.ui.navigation.currentRow())

    def _show_city(self) -> None:
        assert self.ctx is not None
        city = self.ctx.city
        self.city_label.setText(city.name)
        self.profile_label.setText(city.profile.title)
        demo = "Demonstration — " if self.demonstration else ""
        self.setWindowTitle(f"{demo}{city.name} — ClerkDesk")

    def _enable_data_actions(self, enabled: bool) -> None:
        ui = self.ui
        for action in (ui.action_import, ui.action_export, ui.action_load_demo):
            action.setEnabled(enabled)
        for action in (
            self.action_print_inventory,
            self.action_export_calendar,
            self.action_backup,
        ):
            action.setEnabled(enabled)
        for action in self.record_actions.values():
            action.setEnabled(False)

    # -- pages ---------------------------------------------------------------------------------

    def index_of(self, key: str) -> int:
        return next(i for i, entry in enumerate(self.entries) if entry.key == key)

    def page(self, key: str) -> Page:
        """The page registered as `key`, created (and its module imported) on first use."""
        page = self.pages.get(key)
        if page is None:
            assert self.ctx is not None, "pages need the open database"
            entry = self.entries[self.index_of(key)]
            module = importlib.import_module(entry.module)
            page = getattr(module, entry.class_name)(self.ctx)
            self.containers[key].layout().addWidget(page)
            page.show()  # now, not on the next turn of the event loop
            page.actions_changed.connect(self._update_actions)
            page.obligation_opened.connect(self.open_obligation)
            page.step_asked.connect(self.take_step)
            self.pages[key] = page
        return page

    def go(self, key: str) -> None:
        """Show the page registered as `key`."""
        self.ui.navigation.setCurrentRow(self.index_of(key))

    def show_page(self, index: int) -> None:
        shown = self.current_page()
        if (
            index != self.ui.pages.currentIndex()
            and shown is not None
            and not self.may_leave(shown)
        ):
            navigation = self.ui.navigation
            navigation.blockSignals(True)  # back to the page with the edits, asking nothing
            navigation.setCurrentRow(self.ui.pages.currentIndex())
            navigation.blockSignals(False)
            return
        self.ui.pages.setCurrentIndex(index)
        if self.ctx is None:
            return
        page = self.page(self.entries[index].key)
        if page.stale:
            self.setCursor(Qt.CursorShape.WaitCursor)
            try:
                page.reload()
            finally:
                self.unsetCursor()
        self._update_actions()

    def may_leave(self, page: Page, closing: bool = False) -> bool:
        """Edits not saved on `page`: ask to save them, drop them, or stay (False)."""
        from . import messages

        what = page.unsaved()
        if what is None:
            return True
        answer = messages.ask_unsaved(self, what)
        if answer == messages.SAVE:
            return page.save_edits()
        if answer == messages.DISCARD:
            if not closing:
                page.reload()  # the form shows what is saved again
            return True
        return False

    def current_key(self) -> str:
        return self.entries[self.ui.pages.currentIndex()].key

    def current_page(self) -> Page | None:
        return self.pages.get(self.current_key())

    def open_obligation(self, obligation: Obligation) -> None:
        """Show where the work of an obligation on Today is done: the page registered as
        opening its kind's place (`@rule(opens=...)`)."""
        from ..core.obligations import kind_of

        place = kind_of(obligation.kind).opens
        entry = page_opening(place)
        if entry is not None:
            self.go(entry.key)
            self.page(entry.key).open_obligation(obligation, place)

    def take_step(self, key: str, action: str) -> None:
        """A page asked for another page's action (Today's first steps): show it, do it."""
        if not key:
            if action == IMPORT:
                self.import_csv()
            return
        self.go(key)
        page = self.page(key)
        if page.can(action):
            page.trigger(action)

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
        dialog = ImportDialog(self, remembered_folder(self.settings, "folders/csv"))
        if dialog.exec():
            self.settings.setValue("folders/csv", str(dialog.path.parent))
            start_import(self, self.ctx, dialog.kind, dialog.path, dialog.dry_run)

    def export_csv(self) -> None:
        from .dialogs.export_dialog import ExportDialog
        from .transfers import start_export

        assert self.ctx is not None
        dialog = ExportDialog(self, remembered_folder(self.settings, "folders/csv"))
        if dialog.exec():
            self.settings.setValue("folders/csv", str(dialog.path.parent))
            start_export(self, self.ctx, dialog.kind, dialog.path)

    def _add_office_actions(self) -> None:
        """File → Print → Inventory and File → Export → Calendar, after Export CSV."""
        menu = self.ui.menu_file
        before = self.ui.action_load_demo
        self.menu_print = menu.addMenu("&Print")
        self.menu_print.setObjectName("menu_print")
        self.action_print_inventory = self.menu_print.addAction("&Inventory of accounts…")
        self.action_print_inventory.setObjectName("action_print_inventory")
        self.action_print_inventory.setStatusTip(
            "Every account not discontinued, by department, with who answers for it (R20)"
        )
        self.action_print_inventory.triggered.connect(self.print_inventory)
        self.menu_export = menu.addMenu("E&xport")
        self.menu_export.setObjectName("menu_export")
        self.action_export_calendar = self.menu_export.addAction("&Calendar (.ics)…")
        self.action_export_calendar.setObjectName("action_export_calendar")
        self.action_export_calendar.setStatusTip(
            "Every deadline as an iCalendar file that Outlook opens, with reminders"
        )
        self.action_export_calendar.triggered.connect(self.export_calendar)
        for item in (self.menu_print.menuAction(), self.menu_export.menuAction()):
            menu.removeAction(item)
            menu.insertAction(menu.actions()[menu.actions().index(before) - 1], item)

    def print_inventory(self) -> None:
        from .office_files import print_inventory

        assert self.ctx is not None
        print_inventory(self, self.ctx)

    def export_calendar(self) -> None:
        from .office_files import calendar_file, export_calendar

        assert self.ctx is not None
        path = calendar_file(self, self.ctx, "ClerkDesk deadlines.ics")
        if path is not None:
            export_calendar(self, self.ctx, path)

    def load_demo(self) -> None:
        """Try the demonstration city: a register of its own; this one stays as it is."""
        self.demo_asked.emit()

    def show_demonstration(self) -> None:
        """This window shows the demonstration city: said in its title and a banner, with
        the way back."""
        self.demonstration = True
        banner = QLabel(
            "<b>Demonstration</b>: the fictional city in a register of its own, made afresh "
            "each time. Nothing here is real, and nothing here reaches your register. "
            "<a href='leave'>Leave the demonstration</a>"
        )
        banner.setObjectName("demo_banner")
        banner.setWordWrap(True)
        banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        banner.setStyleSheet("QLabel { background: #fff3c4; color: #3d3000; padding: 6px; }")
        banner.linkActivated.connect(lambda _: self.leave_demo_asked.emit())
        self.ui.central_layout.setDirection(QBoxLayout.Direction.TopToBottom)
        self.ui.central_layout.insertWidget(0, banner)
        self.ui.central_layout.setStretchFactor(self.ui.splitter, 1)
        banner.show()
        self.leave_demo_action.setVisible(True)
        self.ui.action_load_demo.setVisible(False)
        if self.ctx is not None:
            self._show_city()

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
        else:  # the first start: fitted to the screen (kept from then on)
            fit_to_screen(self)
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
        if not all(self.may_leave(page, closing=True) for page in self.pages.values()):
            event.ignore()
            return
        if self.refresher is not None:
            self.refresher.close()
        self.save_layout()
        super().closeEvent(event)
