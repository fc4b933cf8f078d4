"""Choosing a person in a line edit: completion on any part of a name or employee ID, read
back as the employee ID the services ask for."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ...services.kernel.views import PersonView

SEPARATOR = " — "  # between an employee ID and a name in the completions


def person_text(employee_id: str, name: str | None) -> str:
    """How a picked person reads in the field: "E100 — Dana Whitfield"."""
    return f"{employee_id}{SEPARATOR}{name or ''}" if name else employee_id


def employee_id_of(text: str) -> str:
    """The employee ID typed, or picked from a completion "ID — Name"."""
    return text.split(SEPARATOR, 1)[0].strip()


class PersonPicker:
    """Offers the people (those still with the city unless `everyone`) to a line edit."""

    def __init__(
        self, edit: QLineEdit, people: Sequence[PersonView], *, everyone: bool = False
    ) -> None:
        self.edit = edit
        chosen = [p for p in people if everyone or p.separated_on is None]
        self._by_name: dict[str, list[str]] = {}
        for p in chosen:
            self._by_name.setdefault(p.name.casefold(), []).append(p.employee_id)
        completer = QCompleter([person_text(p.employee_id, p.name) for p in chosen], edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        if not edit.placeholderText():
            edit.setPlaceholderText("type part of a name or employee ID")
        edit.setToolTip("Type part of a name or employee ID and pick the person")

    def employee_id(self) -> str:
        """The employee ID picked or typed; a whole name that only one person has counts too."""
        text = self.edit.text().strip()
        ids = self._by_name.get(text.casefold(), [])
        return ids[0] if len(ids) == 1 else employee_id_of(text)
