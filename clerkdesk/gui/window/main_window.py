"""The main window: navigation, pages created the first time they are shown, the menus, and
the status bar. It imports no data layer itself, so that it can appear before the database
is opened; the pages it shows are those registered in `pages.registry`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ... import __version__
from ...collection import forget_sources
from ...paths import Paths, database_label
from ..pages.page import APPROVE, DISCONTINUE, EDIT, FIND, IMPORT, NEW, OPEN, Page
from ..pages.registry import PageEntry, page_entries, page_opening
from .demo_banner import demo_banner
from .layout_state import saved_state
from .screen_fit import fit_to_screen, page_scroller, restore_on_screen
from .shell import ShellUi, set_keys

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ...core.obligations.model import Obligation
    from .context import AppContext
    from .refresh import Refresher


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
        self.ui = ui = ShellUi()
        ui.setup(self)
        self.setWindowTitle("ClerkDesk")
        for entry in self.entries:
            self._add_page(entry)
        self.opening_label = self._opening(self.containers[self.entries[0].key])
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
        ui.action_export.triggered.connect(lambda: self.export_csv())
        ui.action_import_workbook.triggered.connect(self.import_workbook)
        ui.action_export_workbook.triggered.connect(lambda: self.export_csv("workbook"))
        ui.action_load_demo.triggered.connect(self.load_demo)
        for paper in ("print_inventory", "print_records_notice", "print_request_report"):
            getattr(ui, f"action_{paper}").triggered.connect(lambda _=0, p=paper: self.paper(p))
        ui.action_export_calendar.triggered.connect(self.export_calendar)
        ui.action_export_public_list.triggered.connect(self.export_public_list)
        ui.action_backup.triggered.connect(self.back_up)
        self.leave_demo_action = ui.action_leave_demo
        self.leave_demo_action.triggered.connect(self.leave_demo_asked)
        ui.action_about.triggered.connect(self.about)
        ui.action_user_guide.triggered.connect(self.open_guide)
        self.refresh_action = ui.action_refresh
        self.refresh_action.setEnabled(False)
        self.refresh_action.triggered.connect(self.refresh)
        self.refresher: Refresher | None = None

        self.city_label, self.profile_label, self.database_label = QLabel(), QLabel(), QLabel()
        for label in (self.city_label, self.profile_label, self.database_label):
            label.setContentsMargins(6, 0, 6, 0)
            ui.statusbar.addPermanentWidget(label)
        self.database_label.setText(database_label(paths))
        self.database_label.setToolTip("The database this window works on")
        self._enable_data_actions(False)

    @staticmethod
    def _opening(container: QWidget) -> QWidget:
        """The first page's place while the register opens: its heading, and what goes on."""
        opening = QWidget()
        opening.setObjectName("opening")
        layout = QVBoxLayout(opening)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Today</b>: opening the register…"))
        layout.addStretch(1)
        container.layout().addWidget(opening)
        return opening

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
        ui.pages.addWidget(page_scroller(container, entry.title))
        self.containers[entry.key] = container
        action = QAction(entry.menu_text, self)
        action.setObjectName(f"action_go_{entry.key}")
        if entry.shortcut:
            set_keys(action, entry.shortcut)
        action.triggered.connect(lambda _=False, key=entry.key: self.go(key))
        ui.menu_go.addAction(action)
        self.go_actions[entry.key] = action

    # -- start-up ------------------------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        """The database is open: fill the page shown, and follow changes from now on."""
        from PySide6.QtCore import Qt

        from .refresh import Refresher

        self.ctx = ctx
        self.refresher = Refresher(ctx, self)
        self.ui.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        ui.action_import_workbook.setEnabled(enabled)
        ui.action_export_workbook.setEnabled(enabled)
        ui.action_export_public_list.setEnabled(enabled)
        for action in (ui.action_print_inventory, ui.action_export_calendar, ui.action_backup):
            action.setEnabled(enabled)
        for action in (ui.action_print_records_notice, ui.action_print_request_report):
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
            forget_sources()  # what PySide's import hook read of the page's modules
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
        with self.ctx.db.one_read():  # the page's reads, one transaction
            page = self.page(self.entries[index].key)
            if page.stale:
                from PySide6.QtCore import Qt

                self.setCursor(Qt.CursorShape.WaitCursor)
                try:
                    page.reload()
                finally:
                    self.unsetCursor()
        self._update_actions()

    def may_leave(self, page: Page, closing: bool = False) -> bool:
        """Edits not saved on `page`: ask to save them, drop them, or stay (False)."""
        from ..widgets import messages

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
        from ...core.obligations import kind_of

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
        from ..files.transfer_dialogs import open_import

        assert self.ctx is not None
        open_import(self, self.ctx, self.settings, workbook=False)

    def import_workbook(self) -> None:
        from ..files.transfer_dialogs import open_import

        assert self.ctx is not None
        open_import(self, self.ctx, self.settings, workbook=True)

    def export_csv(self, kind: str = "") -> None:
        from ..files.transfer_dialogs import open_export

        assert self.ctx is not None
        open_export(self, self.ctx, self.settings, kind)

    def paper(self, name: str) -> None:
        """Print one of the office's papers (File, Print) to the preview."""
        from ..files import office_files

        assert self.ctx is not None
        getattr(office_files, name)(self, self.ctx)

    def export_calendar(self) -> None:
        from ..files.office_files import calendar_file, export_calendar

        assert self.ctx is not None
        path = calendar_file(self, self.ctx, "ClerkDesk deadlines.ics")
        if path is not None:
            export_calendar(self, self.ctx, path)

    def export_public_list(self) -> None:
        from ..files.public_list_file import ask_public_list

        assert self.ctx is not None
        ask_public_list(self, self.ctx)

    def back_up(self) -> None:
        from ..files.backup_file import ask_backup

        ask_backup(self, self.ctx)

    def load_demo(self) -> None:
        """Try the demonstration city: a register of its own; this one stays as it is."""
        self.demo_asked.emit()

    def show_demonstration(self) -> None:
        """This window shows the demonstration city: said in its title and a banner, with
        the way back."""
        from PySide6.QtWidgets import QBoxLayout

        self.demonstration = True
        banner = demo_banner(self.leave_demo_asked.emit)
        self.ui.central_layout.setDirection(QBoxLayout.Direction.TopToBottom)
        self.ui.central_layout.insertWidget(0, banner)
        self.ui.central_layout.setStretchFactor(self.ui.splitter, 1)
        banner.show()
        self.leave_demo_action.setVisible(True)
        self.ui.action_load_demo.setVisible(False)
        if self.ctx is not None:
            self._show_city()

    def open_guide(self) -> None:
        """The user guide at the section about the page shown (F1)."""
        from ..files.guide import open_guide

        open_guide(self, self.entries[self.ui.pages.currentIndex()].guide)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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

    def open_on_screen(self) -> None:
        """Show the window; maximized the first time on a screen smaller than its size."""
        if self.opens_maximized:
            self.showMaximized()
        else:
            self.show()

    def _restore(self) -> None:
        self.opens_maximized = False
        if geometry := saved_state(self.settings, "window/geometry"):
            self.opens_maximized = restore_on_screen(self, geometry)
        else:  # the first start: fitted to the screen (kept from then on)
            self.opens_maximized = fit_to_screen(self)
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
