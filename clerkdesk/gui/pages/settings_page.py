"""Settings: the city's details and its policy parameters. Every change goes through the
services, which validate and audit it."""

from __future__ import annotations

from html import escape
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtWidgets import QCheckBox, QInputDialog, QSpinBox, QWidget

from ...core.errors import ClerkDeskError, ValidationError
from ...core.profile import AUTHORITIES
from ...resources import load_profile, profile_keys
from ...services.city import apply_profile, update_city, update_profile
from .. import messages
from ..context import AppContext
from ..field_errors import FieldErrors
from ..forms.ui_settings_page import Ui_SettingsPage
from ..qdates import from_qdate, to_qdate
from .page import Page

NUMBERS = (
    "grandfather_days",
    "review_interval_days",
    "warning_days",
    "password_min_length",
    "credential_record_hours",
    "rotation_hours",
    "max_authorized_users",
)


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_SettingsPage()
        ui.setupUi(self)
        self.spins: dict[str, QSpinBox] = {name: getattr(ui, f"{name}_spin") for name in NUMBERS}
        self.authority_checks: dict[str, QCheckBox] = {
            key: getattr(ui, f"authority_{key.replace('-', '_')}_check") for key in AUTHORITIES
        }
        ui.timezone_combo.addItems(sorted(available_timezones()))
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
            },
            ui.form_error,
        )
        ui.save_button.clicked.connect(self.save)
        ui.revert_button.clicked.connect(self.reload)
        ui.apply_profile_button.clicked.connect(self.choose_profile)
        ctx.city_changed.connect(self._show_profile)

    def reload(self) -> None:
        super().reload()
        city = self.ctx.city
        ui = self.ui
        self.errors.clear()
        ui.saved_label.clear()
        ui.city_edit.setText(city.name)
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
        self._show_profile()

    def _show_profile(self) -> None:
        profile = self.ctx.city.profile
        self.ui.profile_label.setText(f"<b>{escape(profile.title)}</b>")
        self.ui.profile_notes_label.setText(escape(profile.notes))

    def profile_changes(self) -> dict[str, Any]:
        ui = self.ui
        return {
            **{name: spin.value() for name, spin in self.spins.items()},
            "timezone": ui.timezone_combo.currentText().strip(),
            "coordinating_office": ui.coordinating_office_edit.text().strip(),
            "authorities": tuple(
                k for k, check in self.authority_checks.items() if check.isChecked()
            ),
        }

    def save(self) -> bool:
        """Save the city's details and the parameters; on a problem, save neither."""
        ui = self.ui
        changes = self.profile_changes()
        db, city = self.ctx.db, self.ctx.city
        try:
            # Checked before anything is written, so that a bad parameter does not leave the
            # city's details saved alone.
            city.profile.with_changes(**changes)
            update_city(
                db,
                ui.city_edit.text(),
                from_qdate(ui.adopted_date.date()),
                ui.email_domain_edit.text(),
            )
            update_profile(db, **changes)
        except ValidationError as error:
            self.errors.show(error.fields)
            return False
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return False
        self.ctx.reload_city()
        self.ctx.notify_changed()
        self.reload()
        ui.saved_label.setText("Saved.")
        return True

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
        self.ctx.reload_city()
        self.ctx.notify_changed()
        self.reload()
        self.ui.saved_label.setText(f"Applied the {profile.title}.")
        return True
