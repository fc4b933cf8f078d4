"""The rules tab of Settings: every rule ClerkDesk tracks with its basis in this city, and the
switch of a rule the policy does not contain. Which rules may be switched is the service's to
say (`services.city.writes`); the tab shows what it says and asks it to switch."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ....core.bases import figure_text
from ....core.errors import ClerkDeskError
from ....core.profile import PolicyProfile
from ....core.vocabulary import Basis
from ....services.city.writes import RuleView, city_rules, switch_rule
from ...forms.ui_settings_page import Ui_SettingsPage
from ...widgets import messages
from ...widgets.table_model import Column, RecordTableModel
from ...window.context import AppContext


def _number(rule: RuleView) -> int:
    return int(rule.rule.removeprefix("R"))


def state_text(rule: RuleView) -> str:
    """Whether the rule can be switched, and whether the city switched it."""
    if rule.basis == Basis.POLICY:
        return "always on: the policy's own rule"
    if rule.basis == Basis.LAW:
        return "always on: binds whatever the policy says"
    if rule.basis == Basis.PRACTICE:
        here = "switched on here" if rule.shipped == Basis.OFF else "on"
        return f"{here}; can be switched off"
    here = "switched off here" if rule.shipped == Basis.PRACTICE else "off"
    return f"{here}; can be switched on as good practice"


def columns(profile: Callable[[], PolicyProfile]) -> list[Column[RuleView]]:
    return [
        Column("Rule", lambda r: r.rule, sort_key=_number, width=60),
        Column("What it asks", lambda r: r.title, width=250),
        Column("Basis", lambda r: profile().basis_label(r.basis, r.rule), width=380),
        Column("Switch", state_text),
    ]


def _tone(rule: RuleView) -> str | None:
    return "muted" if rule.basis == Basis.OFF else None


class RulesTab:
    """Shows the rules in the tab's table and switches the selected one (the page connects
    the button and Enter, so that it keeps what is typed on its other tabs)."""

    def __init__(self, ctx: AppContext, ui: Ui_SettingsPage, parent: QWidget) -> None:
        self.ctx, self.ui, self.parent = ctx, ui, parent
        self.model: RecordTableModel[RuleView] = RecordTableModel(
            columns(lambda: ctx.city.profile), row_tone=_tone, parent=parent
        )
        self.status = ""  # what the last switch did, shown under the table
        ui.rules_table.setModel(self.model)
        ui.rules_table.restore_state(ctx.settings, "rules")
        ui.rules_table.selectionModel().selectionChanged.connect(self._show_selected)

    def reload(self) -> None:
        city = self.ctx.city
        self.ui.rules_intro_label.setText(
            f"Each rule ClerkDesk tracks, and why it binds {escape(city.name)}: the "
            f"<b>{escape(city.profile.title)}</b> contains it "
            f"({escape(city.profile.basis_label(Basis.POLICY))}), a Wisconsin statute binds "
            "every city whatever its policy says (Wis.&nbsp;Stat.), or it is good practice that "
            "ClerkDesk tracks though the policy does not require it. Good practice can be "
            "switched off, and a rule that is off switched on as good practice; a rule of the "
            "policy or of law cannot be switched. A switch is saved at once and kept in the "
            "audit log."
        )
        current = self.selected()
        self.model.set_rows(city_rules(self.ctx.db))
        key = current.rule if current is not None else "R1"
        position = self.model.position_of(lambda r: r.rule == key) or 0
        self.ui.rules_table.selectRow(position)
        self._show_selected()

    def selected(self) -> RuleView | None:
        rows = self.ui.rules_table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        ui, rule = self.ui, self.selected()
        if rule is None:
            ui.rule_detail_label.setText(f"<i>{escape(self.status)}</i>")
            ui.rule_switch_button.setEnabled(False)
            return
        profile = self.ctx.city.profile
        basis = profile.basis_label(rule.basis)
        if rule.basis == Basis.POLICY:
            why = f"the {escape(profile.title)} contains it, so it binds the city."
        elif rule.basis == Basis.LAW:
            why = "Wisconsin law binds the city whatever its policy says."
        elif rule.basis == Basis.PRACTICE:
            why = (
                f"not a requirement of the {escape(profile.title)}; ClerkDesk tracks it until "
                "it is switched off."
            )
        else:
            why = "ClerkDesk does not track it, and no obligation or warning comes of it."
        text = f"<b>{rule.rule} · {escape(rule.title)}</b> — {escape(basis)}: {why}"
        if rule.basis != Basis.OFF and (whose := figure_text(profile, rule.rule)):
            text += f" Its figure, {escape(whose)}."
        ui.rule_detail_label.setText(
            f"{text} <i>{escape(self.status)}</i>" if self.status else text
        )
        ui.rule_switch_button.setEnabled(rule.switchable)
        ui.rule_switch_button.setText("Switch &on" if rule.basis == Basis.OFF else "Switch &off")

    def switch(self) -> bool:
        """Switch the selected rule on as good practice, or off (asking first: its obligations
        leave Today)."""
        rule = self.selected()
        if rule is None or not rule.switchable:
            return False
        on = rule.basis == Basis.OFF
        if not on and not messages.confirm(
            self.parent,
            f"Switch off {rule.rule}",
            f"Switch off {rule.rule} ({rule.title})?\n\nClerkDesk stops tracking it: its "
            "obligations leave Today and no warning comes of it. It can be switched on again "
            "here.",
            "Switch off",
        ):
            return False
        try:
            switch_rule(self.ctx.db, rule.rule, on)
        except ClerkDeskError as error:
            messages.show_error(self.parent, error.message)
            return False
        self.status = f"Switched {rule.rule} {'on as good practice' if on else 'off'}."
        self._show_selected()
        return True

    def save_state(self, settings: QSettings) -> None:
        self.ui.rules_table.save_state(settings, "rules")
