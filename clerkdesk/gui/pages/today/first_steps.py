"""The first steps of a new register, shown on an empty Today as buttons: departments, then
people, then accounts, or all of them from CSV files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....services.city.first_steps import Progress
from ..page import IMPORT, NEW


def _counted(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many} so far" if n else "none yet"


class FirstSteps(QFrame):
    """Each button asks the window to show a page and start its New (or File → Import)."""

    step = Signal(str, str)  # page key ("" for the window), action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_first_steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel("<b>First steps</b>: set up the register in this order.")
        layout.addWidget(title)
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        for key, text, tip in (
            ("departments", "1. Add the &departments", "The city's departments and their heads"),
            ("people", "2. Add the p&eople", "Employees, contractors and officials"),
            ("accounts", "3. Register the &accounts", "The city's social media accounts"),
        ):
            row = QHBoxLayout()
            button = QPushButton(text)
            button.setObjectName(f"first_step_{key}")
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.step.emit(k, NEW))
            note = QLabel()
            note.setBuddy(button)
            row.addWidget(button)
            row.addWidget(note)
            row.addStretch(1)
            layout.addLayout(row)
            self.buttons[key], self.notes[key] = button, note
        row = QHBoxLayout()
        button = QPushButton("Or &import them from CSV files…")
        button.setObjectName("first_step_import")
        button.setToolTip("File → Import CSV: departments, people, accounts, in that order")
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.step.emit("", IMPORT))
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons["import"] = button

    def show_progress(self, progress: Progress) -> None:
        self.notes["departments"].setText(
            _counted(progress.departments, "department", "departments")
        )
        self.notes["people"].setText(_counted(progress.people, "person", "people"))
        self.notes["accounts"].setText(_counted(progress.accounts, "account", "accounts"))
        for key, button in self.buttons.items():
            button.setAccessibleDescription(self.notes[key].text() if key in self.notes else "")
