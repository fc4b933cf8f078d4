"""The IT Director's determinations per tool (R1, Madison): each platform the city's accounts
use, with what the IT Director determined on it, and a form to record a Department Head's
request and the determination. The obligation it settles is the engine's (`tool-approval`)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.vocabulary import PLATFORMS
from ....services.accounts.tools import (
    ToolDeterminationInput,
    ToolView,
    department_heads,
    list_tools,
    save_tool_determination,
)
from ....services.kernel.common import city_today
from ....services.kernel.database import Database
from ....services.kernel.views import CityView
from ...dialogs.form_dialog import FormDialog
from ...widgets.date_field import DateField, optional_date

# The determination, as the form offers it, and its value.
VERDICTS = (
    ("not yet determined", None),
    ("permits compliance with the public records law", True),
    ("does not permit compliance", False),
)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class ToolsDialog(FormDialog):
    def __init__(self, db: Database, city: CityView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Tool determinations (R1)")
        today = city_today(db, city.profile)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "On a Department Head's request, the IT Director determines whether a social "
            "media tool lets the City meet the public records law. One determination per "
            "platform covers every account on it."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tools = list(list_tools(db))
        self.table = QTableWidget(len(self.tools), 3)
        self.table.setObjectName("tools_table")
        self.table.setAccessibleName("Platforms and their determinations")
        self.table.setHorizontalHeaderLabels(["Platform", "Accounts in use", "Determination"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setMinimumWidth(600)
        for row, tool in enumerate(self.tools):
            for column, words in enumerate((tool.label, str(len(tool.accounts)), tool.state)):
                self.table.setItem(row, column, QTableWidgetItem(words))
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table)

        ui = SimpleNamespace()
        form = QFormLayout()
        ui.platform_combo = QComboBox()
        for key, label in PLATFORMS.items():
            ui.platform_combo.addItem(label, key)
        ui.requested_by_combo = QComboBox()
        ui.requested_by_combo.setPlaceholderText("choose the Department Head who asked…")
        for employee_id, name, department in department_heads(db):
            ui.requested_by_combo.addItem(f"{name} ({employee_id}), {department}", employee_id)
        ui.requested_by_combo.setCurrentIndex(-1)
        ui.requested_on_date = DateField()
        ui.requested_on_date.setMaximumDate(today, "today")
        ui.requested_on_date.setDate(today)
        ui.determined_by_edit = QLineEdit()
        ui.determined_by_edit.setPlaceholderText("the IT Director")
        ui.determined_check = QCheckBox("Determined &on:")
        ui.determined_on_date = DateField()
        optional_date(ui.determined_check, ui.determined_on_date, today)
        ui.permits_combo = QComboBox()
        for words, value in VERDICTS:
            ui.permits_combo.addItem(words, value)
        for name in ("platform", "requested_by", "requested_on", "determined_by"):
            setattr(ui, f"{name}_error", _error_label())
        ui.determined_on_error, ui.permits_error = _error_label(), _error_label()
        rows = (
            ("&Platform:", ui.platform_combo, ui.platform_error),
            ("&Requested by:", ui.requested_by_combo, ui.requested_by_error),
            ("Re&quested on:", ui.requested_on_date, ui.requested_on_error),
            ("Determined &by:", ui.determined_by_edit, ui.determined_by_error),
            (ui.determined_check, ui.determined_on_date, ui.determined_on_error),
            ("De&termination:", ui.permits_combo, ui.permits_error),
        )
        for label, field, error in rows:
            if isinstance(label, str):
                buddy = QLabel(label)
                buddy.setBuddy(field)
                form.addRow(buddy, field)
            else:
                form.addRow(label, field)
            field.setAccessibleName(label if isinstance(label, str) else label.text())
            form.addRow("", error)
        layout.addLayout(form)
        ui.form_error = _error_label()
        layout.addWidget(ui.form_error)
        self.ui = ui
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Re&cord")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.watch_fields(
            ui,
            {
                "platform": ui.platform_combo,
                "requested_by": ui.requested_by_combo,
                "requested_on": ui.requested_on_date,
                "determined_by": ui.determined_by_edit,
                "determined_on": ui.determined_on_date,
                "permits": ui.permits_combo,
            },
            ui.form_error,
        )
        self.table.itemSelectionChanged.connect(self._show_selected)
        if self.tools:
            self.table.selectRow(0)

    def _show_selected(self) -> None:
        """The selected platform's record, in the form, to complete or correct."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        tool: ToolView = self.tools[rows[0].row()]
        ui = self.ui
        ui.platform_combo.setCurrentIndex(ui.platform_combo.findData(tool.platform))
        ui.requested_by_combo.setCurrentIndex(ui.requested_by_combo.findData(tool.requested_by))
        if tool.requested_on is not None:
            ui.requested_on_date.setDate(tool.requested_on)
        ui.determined_by_edit.setText(tool.determined_by or "")
        ui.determined_on_date.set(tool.determined_on)
        ui.permits_combo.setCurrentIndex([v for _w, v in VERDICTS].index(tool.permits))

    def input(self) -> ToolDeterminationInput:
        ui = self.ui
        return ToolDeterminationInput(
            platform=str(ui.platform_combo.currentData() or ""),
            requested_by=ui.requested_by_combo.currentData(),
            requested_on=ui.requested_on_date.value(),
            determined_by=ui.determined_by_edit.text(),
            determined_on=ui.determined_on_date.value(),
            permits=ui.permits_combo.currentData(),
        )

    def save(self) -> ToolView:
        return save_tool_determination(self.db, self.input())
