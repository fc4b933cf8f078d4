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
    "load_demo": ("Try the &demonstration city…", "", "Open a sample city to try ClerkDesk with"),
    "quit": ("&Quit", "Ctrl+Q", ""),
    "open": ("&Open", "", "Show the selected record in full (Enter)"),
    "new": ("&New…", "Ctrl+N", "Add a record to the list shown"),
    "edit": ("&Edit…", "", "Edit the selected record"),
    "approve": ("&Approve…", "Ctrl+Shift+A", "Record the approval of the selected account"),
    "discontinue": ("&Discontinue…", "Ctrl+Shift+D", "Discontinue the selected account"),
    "find": ("&Find", "Ctrl+F", "Filter the list shown"),
    "about": ("&About ClerkDesk", "", ""),
}
# menu: its title and what it holds ("" a separator)
_MENUS = {
    "file": ("&File", ("import", "export", "", "load_demo", "", "quit")),
    "record": ("&Record", ("open", "new", "edit", "approve", "discontinue", "", "find")),
    "go": ("&Go", ()),
    "help": ("&Help", ("about",)),
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
    action_about: QAction
    menu_file: QMenu
    menu_record: QMenu
    menu_go: QMenu
    menu_help: QMenu

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
        for name, (title, items) in _MENUS.items():
            menu = QMenu(title, self.menubar)
            menu.setObjectName(f"menu_{name}")
            for item in items:
                if item:
                    menu.addAction(getattr(self, f"action_{item}"))
                else:
                    menu.addSeparator()
            self.menubar.addAction(menu.menuAction())
            setattr(self, f"menu_{name}", menu)
        window.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(window)
        self.statusbar.setObjectName("statusbar")
        window.setStatusBar(self.statusbar)
        self.action_quit.triggered.connect(window.close)
