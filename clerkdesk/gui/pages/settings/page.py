"""Settings: the city's details, its policy parameters, the agreement text, and each rule's
basis. Every change goes through the services, which validate and audit it."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QInputDialog, QSpinBox, QWidget

from ....core.dates import zone_names
from ....core.errors import ClerkDeskError, ValidationError
from ....core.profile import AUTHORITIES
from ....core.words import counted
from ....resources import load_profile, profile_keys
from ....services.city.writes import (
    agreement_text,
    apply_profile,
    update_agreement_text,
    update_settings,
)
from ....services.kernel.changes import CITY
from ....services.kernel.printouts import city_title
from ....services.terms.printouts import default_agreement_text as shipped_text
from ...files.folders import remembered_folder
from ...forms.ui_settings_page import Ui_SettingsPage
from ...widgets import messages
from ...widgets.columns import StackWhenNarrow
from ...widgets.field_errors import FieldErrors
from ...widgets.qdates import from_qdate, to_qdate
from ...widgets.wrapping import keep_fitted
from ...window.context import AppContext
from ..credential_store import StoreLook, StoreWatch, available_text, unavailable_text
from ..page import Page
from .duties import DutiesTab
from .letters import LettersTab
from .records import OpensRecords, RecordsTab
from .rules import RulesTab

if TYPE_CHECKING:
    from ....services.credentials.handover import HandoverReport
    from ....services.credentials.writes import VaultStatus
    from ....services.kernel.changes import Changes

NUMBERS = (
    "grandfather_days",
    "review_interval_days",
    "warning_days",
    "password_min_length",
    "credential_record_hours",
    "rotation_hours",
    "max_authorized_users",
)
# The rule each parameter serves: where the city's profile has the rule off, the parameter
# means nothing and is shown disabled.
PARAMETER_RULES = {
    "grandfather_days": "R5",
    "review_interval_days": "R7",
    "password_min_length": "R11",
    "credential_record_hours": "R9",
    "rotation_hours": "R10",
    "review_removal_rotates": "R10",
    "max_authorized_users": "R4",
}


class SettingsPage(OpensRecords, Page):
    shows = frozenset({CITY})  # read again into the form after every save

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_SettingsPage()
        ui.setupUi(self)
        self.store_look = StoreLook(self, ctx.db, self._vault_is, self._vault_unknown)
        self.store_watch = StoreWatch(self, self.store_look.ask)
        self.columns = StackWhenNarrow(ui.parameters_scroll, ui.columns_layout)
        # Both columns side by side in a 1024-pixel window, without a sideways scroll.
        ui.columns_layout.setSpacing(6)
        ui.columns_layout.setContentsMargins(2, 6, 2, 6)
        self.spins: dict[str, QSpinBox] = {name: getattr(ui, f"{name}_spin") for name in NUMBERS}
        self.authority_checks: dict[str, QCheckBox] = {
            key: getattr(ui, f"authority_{key.replace('-', '_')}_check") for key in AUTHORITIES
        }
        ui.timezone_combo.addItems(zone_names())  # read as the window opened (`app`)
        ui.profile_notes_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (ui.vault_label, ui.profile_label, ui.placeholders_label):
            label.setTextFormat(Qt.TextFormat.RichText)  # markup, with escaped names
        self.errors = FieldErrors(
            ui,
            {
                "city": ui.city_edit,
                "adopted": ui.adopted_date,
                "email_domain": ui.email_domain_edit,
                **self.spins,
                "timezone": ui.timezone_combo,
                "coordinating_office": ui.coordinating_office_edit,
                "authorities": ui.authority_mayor_check,
                "review_removal_rotates": ui.review_removal_rotates_check,
                "agreement_text": ui.agreement_edit,
            },
            ui.form_error,
        )
        self.own_text: str | None = None  # the city's own agreement text as saved
        self.as_saved: tuple[Any, ...] | None = None  # the form as last read (`unsaved`)
        self.dialog: QDialog | None = None  # the last dialog opened (tests drive it)
        for label in (ui.placeholders_label, ui.vault_label, ui.handover_label):
            keep_fitted(label)
        ui.save_button.clicked.connect(self.save)
        ui.revert_button.clicked.connect(self.reload)
        ui.apply_profile_button.clicked.connect(self.choose_profile)
        ui.agreement_reset_button.clicked.connect(self.use_default_text)
        ui.agreement_edit.textChanged.connect(self._show_text_state)
        ui.export_handover_button.clicked.connect(lambda: self.handover("export"))
        ui.import_handover_button.clicked.connect(lambda: self.handover("import"))
        ctx.city_changed.connect(self._show_profile)
        self.rules = RulesTab(ctx, ui, self)
        self.records = RecordsTab(ctx, self)
        ui.tabs.addTab(self.records, "Public records")  # Ctrl+Tab: its letters are taken
        ctx.city_changed.connect(lambda: self.records.show_profile(ctx.city.profile))
        self.letters = LettersTab.added(ctx, self, ui.tabs)  # the letters' texts (R17)
        self.duties = DutiesTab(ctx, self)
        ui.tabs.addTab(self.duties, "Duties")
        ctx.city_changed.connect(lambda: self.duties.show_profile(ctx.city.profile))
        self._switching = False  # a rule is being switched: the form keeps what is typed
        self.tips = {name: self._parameter(name).toolTip() for name in PARAMETER_RULES}
        ui.rule_switch_button.clicked.connect(self.switch_rule)
        ui.rules_table.open_requested.connect(self.switch_rule)
        ui.tabs.currentChanged.connect(self._tab_shown)

    def _tab_shown(self) -> None:
        # Save and Revert are for the first two tabs; a rule's switch is saved at once.
        tabs = self.ui.tabs
        rules = tabs.currentWidget() in (self.ui.rules_tab, self.records, self.letters, self.duties)
        self.ui.save_bar.setVisible(not rules)
        if rules:
            self.ui.rules_table.setFocus()

    def switch_rule(self) -> bool:
        """Switch the selected rule; what is typed on the other tabs and not yet saved stays."""
        self._switching = True
        try:
            return self.rules.switch()
        finally:
            self._switching = False

    def reload(self) -> None:
        if self._switching:
            # Only the rules changed: show them, and which parameters they leave in use.
            Page.reload(self)
            self.rules.reload()
            self._enable_parameters()
            return
        super().reload()
        self.rules.status = ""
        city = self.ctx.city
        ui = self.ui
        self.errors.clear()
        ui.saved_label.clear()
        ui.city_edit.setText(city.name)
        ui.adopted_date.setMaximumDate(self.ctx.today(), "today")
        if city.adopted_on is not None:
            ui.adopted_date.setDate(to_qdate(city.adopted_on))
        ui.email_domain_edit.setText(city.email_domain or "")
        profile = city.profile
        for name, spin in self.spins.items():
            spin.setValue(getattr(profile, name))
        ui.timezone_combo.setCurrentText(profile.timezone)
        ui.coordinating_office_edit.setText(profile.coordinating_office)
        for key, check in self.authority_checks.items():
            check.setChecked(key in profile.authorities)
        ui.review_removal_rotates_check.setChecked(profile.review_removal_rotates)
        text, own = agreement_text(self.ctx.db)
        self.own_text = text if own else None
        ui.agreement_edit.setPlainText(text)
        self._show_profile()
        self.store_look.ask()
        self.rules.reload()
        self.letters.reload()
        self._enable_parameters()
        self.as_saved = self.form_values()

    # -- edits not saved yet -------------------------------------------------------------------

    def form_values(self) -> tuple[Any, ...]:
        ui = self.ui
        return (
            ui.city_edit.text().strip(),
            ui.adopted_date.typed_value(),
            ui.email_domain_edit.text().strip(),
            self.profile_changes(),
            self._text_wanted(),
        )

    def unsaved(self) -> str | None:
        if self.as_saved is None or self.form_values() == self.as_saved:
            return None
        return "Settings"

    def save_edits(self) -> bool:
        return self.save()

    def _records_changed(self, changes: Changes) -> None:
        """The city changed elsewhere while edits are under way: they stay, read later."""
        if self.unsaved() is not None and changes.touches(*self.shows):
            self.stale = True
            return
        super()._records_changed(changes)

    def _parameter(self, name: str) -> QWidget:
        return self.spins.get(name) or self.ui.review_removal_rotates_check

    def _enable_parameters(self) -> None:
        profile = self.ctx.city.profile
        for name, rule in PARAMETER_RULES.items():
            widget, on = self._parameter(name), profile.applies(rule)
            widget.setEnabled(on)
            off = f" ({rule} is off in this city: see Rules and their basis)"
            widget.setToolTip(self.tips[name] + ("" if on else off))

    def _show_profile(self) -> None:
        city = self.ctx.city
        profile = city.profile
        self.ui.profile_label.setText(f"<b>{escape(profile.title)}</b>")
        self.ui.profile_notes_label.setText(profile.notes)
        self.ui.placeholders_label.setText(
            "Paragraphs are separated by a blank line. When it is printed, "
            f"<b>{{city}}</b> becomes “{escape(city_title(city.name))}”, <b>{{office}}</b> the "
            f"coordinating office (“{escape(profile.coordinating_office)}”) and "
            "<b>{record_hours}</b> the hours within which a password change is recorded "
            f"({profile.credential_record_hours}). The form adds the person's and the "
            "account's details, the three signature lines, and a note that the password is "
            "never written on paper."
        )

    # -- the agreement text --------------------------------------------------------------------

    def _text_wanted(self) -> str | None:
        """The city's own text in the editor, or None when it holds ClerkDesk's."""
        text = self.ui.agreement_edit.toPlainText().strip()
        return None if not text or text == shipped_text(self.ctx.city.profile_key).strip() else text

    def _show_text_state(self) -> None:
        own = self._text_wanted() is not None
        edited = self._text_wanted() != self.own_text
        state = "the city's own text" if own else "ClerkDesk's text"
        self.ui.agreement_state_label.setText(
            f"<i>{state}{', not saved yet' if edited else ''}</i>"
        )
        self.ui.agreement_reset_button.setEnabled(own)

    def use_default_text(self) -> None:
        self.ui.agreement_edit.setPlainText(shipped_text(self.ctx.city.profile_key))

    # -- credentials ---------------------------------------------------------------------------

    def _vault_is(self, status: VaultStatus) -> None:
        self.store_watch.waiting = not status.available
        self.ui.vault_label.setText(
            f"{available_text(status)} They belong to the user signed in to this computer."
            if status.available
            else f"{unavailable_text(status)} Passwords cannot be stored or handed over here."
        )
        self.ui.export_handover_button.setEnabled(status.available)
        self.ui.import_handover_button.setEnabled(status.available)

    def _vault_unknown(self, message: str) -> None:
        self.store_watch.waiting = True  # asked again when the clerk comes back
        self.ui.vault_label.setText(f"The credential store could not be asked: {escape(message)}")

    def handover(self, mode: str) -> None:
        from .handover_dialog import HandoverDialog

        folder = remembered_folder(self.ctx.settings, "folders/handover")
        self.dialog = dialog = HandoverDialog(self.ctx, mode, folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._handed_over(mode, dialog.path, dialog.result_value))
        dialog.open()

    def _handed_over(self, mode: str, path: Path, report: HandoverReport) -> None:
        self.ctx.settings.setValue("folders/handover", str(path.parent))
        written = counted(report.written, "credential")
        if mode == "export":
            text = (
                f"Wrote {written} to {path}. Hand the passphrase over separately, and delete "
                "the file once it is imported."
            )
        else:
            text = f"Put {written} into this computer's credential store."
            if report.skipped:
                skipped = len(report.skipped)
                were = "was" if skipped == 1 else "were"
                text += f" {counted(skipped, 'account')} not in this register {were} skipped."
            for kept in report.kept:
                text += f"\n\n{kept}."
        messages.show_info(self, text, title="Credential handover")

    def profile_changes(self) -> dict[str, Any]:
        ui = self.ui
        return {
            **{name: spin.value() for name, spin in self.spins.items()},
            "timezone": ui.timezone_combo.currentText().strip(),
            "coordinating_office": ui.coordinating_office_edit.text().strip(),
            "authorities": tuple(
                k for k, check in self.authority_checks.items() if check.isChecked()
            ),
            "review_removal_rotates": ui.review_removal_rotates_check.isChecked(),
        }

    def save(self) -> bool:
        """Save the city's details and the parameters; on a problem, save neither."""
        ui = self.ui
        changes = self.profile_changes()
        typed = ui.agreement_edit.toPlainText()
        text = self._text_wanted()
        db = self.ctx.db
        try:  # the details and the parameters in one transaction: both saved, or neither
            update_settings(
                db,
                ui.city_edit.text(),
                from_qdate(ui.adopted_date.date()),
                ui.email_domain_edit.text(),
                **changes,
            )
        except ValidationError as error:
            self._show_problems(error.fields)
            return False
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return False
        # The agreement text is saved on its own, after the rest: a text that cannot be saved
        # stays in the editor with its message, and the other settings are kept.
        text_problems: dict[str, str] = {}
        if text != self.own_text:
            try:
                update_agreement_text(db, text)
            except ValidationError as error:
                text_problems = error.fields
        with db.one_read():  # its parts' reads, one transaction
            self.reload()
        if text_problems:
            ui.agreement_edit.setPlainText(typed)
            self._show_problems(text_problems)
            ui.saved_label.setText("Saved, except the agreement text.")
            return False
        ui.saved_label.setText("Saved.")
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        """Each problem beside its field, on the tab that holds the first of them."""
        first = next((self.errors.fields[n] for n in problems if n in self.errors.fields), None)
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            if first is not None and tabs.widget(index).isAncestorOf(first):
                tabs.setCurrentIndex(index)
        self.errors.show(problems)

    def save_state(self, settings: QSettings) -> None:
        self.rules.save_state(settings)

    def choose_profile(self) -> None:
        keys = profile_keys()
        titles = [load_profile(key).title for key in keys]
        current = keys.index(self.ctx.city.profile_key) if self.ctx.city.profile_key in keys else 0
        title, ok = QInputDialog.getItem(
            self,
            "Apply another profile",
            "Replace the parameters with those of:",
            titles,
            current,
            False,
        )
        if ok:
            self.apply(keys[titles.index(title)])

    def apply(self, key: str) -> bool:
        profile = load_profile(key)
        if not messages.confirm(
            self,
            "Apply another profile",
            f"Replace the city's policy parameters with those of the {profile.title}?\n\n"
            "Every parameter changes to the profile's value, except the time zone. Changes made "
            "here since are lost (the audit log keeps the old values).",
            "Apply profile",
        ):
            return False
        try:
            apply_profile(self.ctx.db, key)
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return False
        self.reload()
        self.ui.saved_label.setText(f"Applied the {profile.title}.")
        return True
