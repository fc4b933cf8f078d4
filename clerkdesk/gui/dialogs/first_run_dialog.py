"""The first start on an empty database: the clerk's own city under one of the shipped policy
profiles, or a try of the demonstration city in a register of its own. Quit quits."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...core.profile import AUTHORITIES
from ...resources import load_profile, profile_keys
from ...services.city.writes import init_city
from ...services.demo.city import DEMO_CITY
from ...services.kernel.database import Database
from ...services.kernel.views import CityView
from ..forms.ui_first_run_dialog import Ui_FirstRunDialog
from ..widgets.wrapping import keep_fitted
from .form_dialog import FormDialog


class FirstRunDialog(FormDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = ui = Ui_FirstRunDialog()
        ui.setupUi(self)
        self.demo = False  # the demonstration city was asked for, not the clerk's own
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("&Set up my city")
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("&Quit")
        self.demo_button = ui.button_box.addButton(
            "&Try the demonstration city", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.demo_button.setObjectName("demo_button")
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.try_demo)
        ui.intro_label.setText(
            "This register is new. Set up your city: say which city it is for and which "
            "social media policy it follows (all of it can be changed later under Settings). "
            "Or try ClerkDesk on the demonstration city first."
        )
        ui.demo_check.setChecked(False)
        ui.demo_check.hide()
        ui.demo_label.setText(
            f"The demonstration city is the fictional {DEMO_CITY}, with departments, people "
            "and accounts in every state, under the Stoughton policy adopted a few weeks ago. "
            "It opens in a register of its own, made afresh each time; this one stays as it "
            "is, and File → Leave the demonstration comes back here."
        )
        keep_fitted(ui.profile_notes_label)
        self.profiles = {key: load_profile(key) for key in profile_keys()}
        for key, profile in self.profiles.items():
            ui.profile_combo.addItem(profile.title, key)
        ui.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        ui.city_edit.textEdited.connect(self._city_typed)
        ui.demo_check.toggled.connect(self._demo_toggled)
        self.watch_fields(
            ui,
            {
                "city": ui.city_edit,
                "profile": ui.profile_combo,
                "adopted": ui.adopted_date,
                "email_domain": ui.email_domain_edit,
            },
            ui.form_error,
        )
        self._profile_chosen()
        self._demo_toggled(ui.demo_check.isChecked())
        ui.demo_label.setEnabled(True)  # it explains the button, which is always there

    def _profile_chosen(self) -> None:
        profile = self.profiles[self.ui.profile_combo.currentData()]
        approvers = ", ".join(AUTHORITIES.get(a, a) for a in profile.authorities)
        self.ui.profile_notes_label.setText(
            f"<small>{escape(profile.notes)}<br>Approved by: {escape(approvers)}. "
            f"Coordinating office: {escape(profile.coordinating_office)}.</small>"
        )
        # The policy's adoption date is asked for: the shipped profile's where its text gives
        # one, else none (today would make everything due on the first day).
        self.ui.adopted_date.setMaximumDate(profile.day_at(self.db.clock()), "today")
        if profile.adopted is not None:
            self.ui.adopted_date.setDate(profile.adopted)
        else:
            self.ui.adopted_date.clear()

    def _city_typed(self, text: str) -> None:
        """The city typed picks its own policy's profile ("City of Wausau": Wausau's)."""
        key = profile_for_city(text, list(self.profiles))
        if key is not None and key != self.ui.profile_combo.currentData():
            self.ui.profile_combo.setCurrentIndex(self.ui.profile_combo.findData(key))

    def _demo_toggled(self, demo: bool) -> None:
        self.ui.city_box.setEnabled(not demo)
        self.ui.demo_label.setEnabled(demo)
        if self.errors is not None:
            self.errors.clear()

    def try_demo(self) -> None:
        """Open the demonstration city instead; nothing is written to this register."""
        self.demo = True
        self.result_value = None
        QDialog.accept(self)

    def save(self) -> CityView | None:
        ui = self.ui
        return init_city(
            self.db,
            ui.city_edit.text(),
            ui.profile_combo.currentData(),
            ui.adopted_date.day(),
            email_domain=ui.email_domain_edit.text() or None,
        )


def profile_for_city(name: str, keys: list[str]) -> str | None:
    """The shipped profile of the city `name` speaks of: the one whose city (a shipped
    profile's key is its city's name) is in it, whatever the case; None if none is."""
    typed = name.casefold()
    found = [key for key in keys if key.casefold() in typed]
    return max(found, key=len) if found else None
