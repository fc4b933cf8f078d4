"""The public-records tab of Settings (R16, R17): the response target in work days, the days
the city's offices close, the office that answers requests, its hours and where to ask (the
19.34 notice), the retention period, and the categories of content the policy lets the city
remove. Saved at once by its own button, as a
rule's switch is; the service validates and audits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....core.dates import parse_date
from ....core.errors import ClerkDeskError, ValidationError
from ....core.profile import PolicyProfile
from ....core.records import REMOVAL_CATEGORIES
from ....services.city.notice import (
    notice_settings,
    record_retention_directive,
    retention_directive_on,
    update_notice_settings,
)
from ....services.city.writes import update_profile
from ...widgets import messages
from ...widgets.date_field import DateField, optional_date
from ...window.context import AppContext


class RecordsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("records_tab")
        self.response = QSpinBox()
        self.response.setRange(1, 90)
        self.response.setSuffix(" work days")
        self.retention = QSpinBox()
        self.retention.setRange(1, 100)
        self.retention.setSuffix(" years")
        for spin in (self.response, self.retention):
            spin.setMaximumWidth(160)
        self.office = QLineEdit()
        self.office.setPlaceholderText("blank: the custodian of the accounts concerned")
        self.holidays = QPlainTextEdit()
        self.holidays.setPlaceholderText("one date a line, YYYY-MM-DD")
        self.holidays.setFixedHeight(110)
        self.holidays.setTabChangesFocus(True)
        self.hours = QPlainTextEdit()
        self.hours.setObjectName("office_hours_edit")
        self.hours.setPlaceholderText("Monday to Friday, 8:00 a.m. to 4:30 p.m.")
        self.contact = QPlainTextEdit()
        self.contact.setObjectName("records_contact_edit")
        self.contact.setPlaceholderText("the office's address, e-mail and telephone")
        for edit in (self.hours, self.contact):
            edit.setFixedHeight(48)
            edit.setTabChangesFocus(True)
        self.directive_check = QCheckBox("Latest retention &directive")
        self.directive = optional_date(self.directive_check, DateField(), ctx.today())
        self.directive.setObjectName("retention_directive_date")
        self.categories = QListWidget()
        self.categories.setObjectName("removal_categories_list")
        form = QFormLayout()
        form.addRow("&Answer a request within", self.response)
        form.addRow("The city's own &holidays", self.holidays)
        form.addRow("Requests go to the &office", self.office)
        form.addRow("The office is open (19.34 &notice)", self.hours)
        form.addRow("&Where and how to ask", self.contact)
        form.addRow("&Keep a discontinued account's records", self.retention)
        form.addRow(self.directive_check, self.directive)
        self.form = form
        form.addRow("Content the policy lets the city &remove", self.categories)
        self.save_button = lay_out_tab(
            self,
            "Public records (R17): a request is answered as soon as practicable and without "
            "delay (Wis. Stat. 19.35(4)); its target here counts work days, skipping weekends, "
            "the year's United States federal and Wisconsin state holidays, and the city's own "
            "days listed. The office's hours and where to ask are printed on its public "
            "records notice (Wis. Stat. 19.34; File, Print). Removed content (R16) is kept "
            "with one of the categories ticked, in the words of the city's policy.",
            form,
            "&Save public records",
        )
        self.save_button.clicked.connect(self.save)
        self.directive.set(retention_directive_on(ctx.db))
        self.show_profile(ctx.city.profile)
        notice = notice_settings(ctx.db)
        self.hours.setPlainText(notice.office_hours or "")
        self.contact.setPlainText(notice.records_contact or "")

    def show_profile(self, profile: PolicyProfile) -> None:
        # The day of the latest retention directive, where the policy asks for them (Wausau).
        asked = profile.retention_directive_days > 0 or self.directive_check.isChecked()
        self.form.setRowVisible(self.directive, asked)
        self.response.setValue(profile.records_response_days)
        self.retention.setValue(profile.retention_years)
        self.office.setText(profile.records_office)
        self.holidays.setPlainText("\n".join(d.isoformat() for d in profile.holidays))
        self.categories.clear()
        chosen = set(profile.removal_categories)
        keys = [*profile.removal_categories, *(k for k in REMOVAL_CATEGORIES if k not in chosen)]
        for key in keys:
            item = QListWidgetItem(f"{REMOVAL_CATEGORIES[key]} ({key})")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.categories.addItem(item)

    def changes(self) -> dict[str, object]:
        """The parameters as the tab shows them; a date that cannot be read is said."""
        days = []
        for line in self.holidays.toPlainText().splitlines():
            if line.strip():
                try:
                    days.append(parse_date(line))
                except ClerkDeskError as exc:
                    raise ValidationError({"holidays": exc.message}) from exc
        items = [self.categories.item(i) for i in range(self.categories.count())]
        return {
            "records_response_days": self.response.value(),
            "retention_years": self.retention.value(),
            "records_office": self.office.text().strip(),
            "holidays": tuple(sorted(set(days))),
            "removal_categories": tuple(
                item.data(Qt.ItemDataRole.UserRole)
                for item in items
                if item.checkState() == Qt.CheckState.Checked
            ),
        }

    def save(self) -> bool:
        try:
            changes = self.changes()
        except ValidationError as error:
            return said(self, error)
        if not save_parameters(self, self.ctx, changes):
            return False
        try:
            update_notice_settings(
                self.ctx.db, self.hours.toPlainText(), self.contact.toPlainText()
            )
            record_retention_directive(self.ctx.db, self.directive.value())
        except ValidationError as error:
            return said(self, error)
        return True


class OpensRecords:
    """What Settings opens from Today: the retention directive's day on this tab (R17); the
    page of the City's website posting a notice on the duties tab (R15)."""

    records: RecordsTab
    duties: Any
    ui: Any

    def open_obligation(self, obligation: object, place: str) -> None:
        if place == "settings:duties":
            self.ui.tabs.setCurrentWidget(self.duties)
            self.duties.website.address.setFocus()
            return
        self.ui.tabs.setCurrentWidget(self.records)
        self.records.directive_check.setFocus()


def lay_out_tab(
    tab: QWidget, intro: str, form: QFormLayout, save: str, stretch: bool = False
) -> QPushButton:
    """A parameters tab: its words, its form, and below them its own save button (returned);
    with `stretch`, the button at the foot of the tab."""
    words = QLabel(intro)
    words.setWordWrap(True)
    button = QPushButton(save)
    button.setAutoDefault(False)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(button)
    layout = QVBoxLayout(tab)
    layout.addWidget(words)
    layout.addLayout(form)
    if stretch:
        layout.addStretch(1)
    layout.addLayout(buttons)
    return button


def save_parameters(tab: QWidget, ctx: AppContext, changes: dict[str, object]) -> bool:
    """A tab's parameters saved through the service, which validates and audits them; what is
    wrong is said, and nothing is saved."""
    try:
        update_profile(ctx.db, **changes)
    except ValidationError as error:
        return said(tab, error)
    except ClerkDeskError as error:
        messages.show_error(tab, error.message)
        return False
    return True


def said(tab: QWidget, error: ValidationError) -> bool:
    messages.show_error(
        tab, "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in error.fields.items())
    )
    return False
