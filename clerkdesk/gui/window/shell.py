"""The main window's frame, built in code: the menus and their actions, the page list beside
the page stack, and the status bar. It is what shows before anything else is loaded, so it
touches as little of Qt as it can (no `Qt` namespace, whose enumerations take longer to make
than the rest of the frame together)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

# name: (text, shortcut, status tip)
_ACTIONS = {
    "import": ("&Import CSV…", "", "Add or update records from a CSV file"),
    "export": ("&Export CSV…", "", "Write records or the audit log to a CSV file"),
    "import_workbook": (
        "&Workbook…",
        "",
        "Add or update records of every kind from an Excel workbook, a sheet each",
    ),
    "load_demo": ("Try the &demonstration city…", "", "Open a sample city to try ClerkDesk with"),
    "quit": ("&Quit", "Ctrl+Q", ""),
    "open": ("&Open", "", "Show the selected record in full (Enter)"),
    "new": ("&New…", "Ctrl+N", "Add a record to the list shown"),
    "edit": ("&Edit…", "", "Edit the selected record"),
    "approve": ("&Approve…", "Ctrl+Shift+A", "Record the approval of the selected account"),
    "discontinue": ("&Discontinue…", "Ctrl+Shift+D", "Discontinue the selected account"),
    "find": ("&Find", "Ctrl+F", "Filter the list shown"),
    "user_guide": ("&User guide", "F1", "The guide for the clerk, at the page shown"),
    "about": ("&About ClerkDesk", "", ""),
    "print_inventory": (
        "&Inventory of accounts…",
        "",
        "Every account not discontinued, by department, with who answers for it (R20)",
    ),
    "print_records_notice": (
        "Public &records notice…",
        "",
        "The custodians, office hours and how to ask for records, to post (Wis. Stat. 19.34)",
    ),
    "print_request_report": (
        "&Annual request report…",
        "",
        "Last year's records requests for the council: answered, median work days, denials",
    ),
    "export_calendar": (
        "&Calendar (.ics)…",
        "",
        "Every deadline as an iCalendar file that Outlook opens, with reminders",
    ),
    "backup": (
        "&Back up the database…",
        "",
        "Write a copy of the whole register to a file, with the audit log's head",
    ),
    "export_workbook": (
        "&Workbook (.xlsx)…",
        "",
        "Write every kind to an Excel workbook, a sheet each, that imports back",
    ),
    "export_public_list": (
        "&Public list of accounts…",
        "",
        "The city's official accounts as a page to post (HTML), with CSV and JSON, and the "
        "inventory as a page",
    ),
    "leave_demo": ("&Leave the demonstration", "", ""),
    "refresh": ("&Refresh", "", "Read everything again from the database"),
}
# menu: its title and what it holds ("" a separator, "menu_…" a menu of its own)
_MENUS = {
    "file": (
        "&File",
        (
            "import",
            "menu_import",
            "export",
            "menu_print",
            "menu_export",
            "backup",
            "",
            "leave_demo",
            "load_demo",
            "",
            "quit",
        ),
    ),
    "record": ("&Record", ("open", "new", "edit", "approve", "discontinue", "", "find")),
    "view": ("&View", ("refresh",)),
    "go": ("&Go", ()),
    "help": ("&Help", ("user_guide", "", "about")),
}
_SUBMENUS = {
    "print": ("&Print", ("print_inventory", "print_records_notice", "print_request_report")),
    "import": ("I&mport", ("import_workbook",)),
    "export": ("E&xport", ("export_calendar", "export_workbook", "export_public_list")),
}


def set_keys(action: QAction, keys: str | QKeySequence.StandardKey) -> None:
    """Give `action` its shortcut: "Ctrl+Shift+E", or a standard key in every binding the
    platform has for it. (`setShortcut` would make the `Qt` namespace to choose among its
    overloads; `setShortcuts` with key sequences does not.)"""
    if isinstance(keys, str):
        action.setShortcuts([QKeySequence.fromString(keys)])
    else:
        action.setShortcuts(QKeySequence.keyBindings(keys))


class ShellUi:
    """The frame's widgets and actions, by name (`action_find`, `menu_go`, `navigation`,
    `pages`, …) for the window to fill."""

    action_import: QAction
    action_export: QAction
    action_load_demo: QAction
    action_quit: QAction
    action_open: QAction
    action_new: QAction
    action_edit: QAction
    action_approve: QAction
    action_discontinue: QAction
    action_find: QAction
    action_user_guide: QAction
    action_about: QAction
    action_print_inventory: QAction
    action_print_records_notice: QAction
    action_print_request_report: QAction
    action_export_calendar: QAction
    action_import_workbook: QAction
    action_export_workbook: QAction
    action_export_public_list: QAction
    action_backup: QAction
    action_leave_demo: QAction
    action_refresh: QAction
    menu_file: QMenu
    menu_record: QMenu
    menu_view: QMenu
    menu_go: QMenu
    menu_help: QMenu
    menu_print: QMenu
    menu_import: QMenu
    menu_export: QMenu

    def setup(self, window: QMainWindow) -> None:
        window.setObjectName("MainWindow")
        window.resize(1280, 800)
        for name, (text, shortcut, tip) in _ACTIONS.items():
            action = QAction(text, window)
            action.setObjectName(f"action_{name}")
            if shortcut:
                set_keys(action, shortcut)
            if tip:
                action.setStatusTip(tip)
            setattr(self, f"action_{name}", action)
        self.central = QWidget(window)
        self.central.setObjectName("central")
        self.central_layout = QHBoxLayout(self.central)
        self.central_layout.setContentsMargins(6, 6, 6, 0)
        self.splitter = QSplitter()  # side by side, as a splitter is made (parent: the layout)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.navigation = QListWidget(self.splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(260)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("pages")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.central_layout.addWidget(self.splitter)
        window.setCentralWidget(self.central)
        self.menubar = QMenuBar(window)
        self.menubar.setObjectName("menubar")
        for name, (title, items) in _SUBMENUS.items():
            self._menu(name, title, items, window)
        for name, (title, items) in _MENUS.items():
            self.menubar.addAction(self._menu(name, title, items, self.menubar).menuAction())
        self.action_leave_demo.setVisible(False)  # in the demonstration only
        set_keys(self.action_refresh, QKeySequence.StandardKey.Refresh)
        window.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(window)
        self.statusbar.setObjectName("statusbar")
        window.setStatusBar(self.statusbar)
        self.action_quit.triggered.connect(window.close)

    def _menu(self, name: str, title: str, items: tuple[str, ...], parent: QWidget) -> QMenu:
        menu = QMenu(title, parent)
        menu.setObjectName(f"menu_{name}")
        for item in items:
            if not item:
                menu.addSeparator()
            elif item.startswith("menu_"):
                menu.addMenu(getattr(self, item))
            else:
                menu.addAction(getattr(self, f"action_{item}"))
        setattr(self, f"menu_{name}", menu)
        return menu
