"""People: employees, contractors, vendors, agents and elected officials."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ....core.obligations.model import Obligation
from ....core.vocabulary import PERSON_KINDS, PersonKind
from ....services.kernel.changes import DEPARTMENTS, PEOPLE
from ....services.kernel.views import PersonView
from ....services.people.writes import count_people, list_people, people_with_ids
from ...widgets.table_model import Column
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND, NEW, OPEN
from .person_dialog import PersonDialog


def last_name_first(name: str, kind: str) -> tuple[str, str]:
    """People sort by their last name ("Dietz" for "Chief Karen Dietz"); a contractor's or a
    vendor's name is a firm's, sorted as it is written."""
    words = name.split()
    if kind in (PersonKind.CONTRACTOR, PersonKind.VENDOR) or len(words) < 2:
        return (name.casefold(), "")
    return (words[-1].casefold(), name.casefold())


COLUMNS: list[Column[PersonView]] = [
    Column("Name", lambda p: p.name, sort_key=lambda p: last_name_first(p.name, p.kind), width=190),
    Column("Employee ID", lambda p: p.employee_id, width=90),
    Column("Title", lambda p: p.title or "", width=160),
    Column("Department", lambda p: p.department or "", width=150),
    Column("Kind", lambda p: PERSON_KINDS.get(p.kind, p.kind), width=100),
    Column("E-mail", lambda p: p.email or "", width=195),
    Column("Phone", lambda p: p.phone or "", width=105),
    Column(
        "Separated",
        lambda p: p.separated_on.isoformat() if p.separated_on else "",
        sort_key=lambda p: p.separated_on,
        width=100,
    ),
]


def _tone(person: PersonView) -> str | None:
    return "muted" if person.separated_on else None


class PeoplePage(ListPage[PersonView]):
    noun = "people"
    one = "person"
    reads_first = True
    handles = frozenset({OPEN, NEW, EDIT, FIND})
    shows = frozenset({PEOPLE, DEPARTMENTS})
    row_table = PEOPLE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "people",
            COLUMNS,
            row_tone=_tone,
            placeholder="No people yet. Add one with New… (Ctrl+N), or import "
            "the HR export (File > Import CSV…).",
            parent=parent,
        )
        self.detail: QDialog | None = None  # the person shown in full
        self.open_button = self.add_button(
            "&Open…",
            lambda: self.trigger(OPEN),
            "The selected person in full: the accounts they hold and held; separation (Enter)",
        )
        self.add_button("&New…", lambda: self.trigger(NEW), "Add a person (Ctrl+N)")
        self.edit_button = self.add_button(
            "&Edit…", lambda: self.trigger(EDIT), "Edit the selected person"
        )
        self.actions_changed.connect(self._update_buttons)
        self.layout_.addWidget(self.table)

    def expected_rows(self) -> int:
        return count_people(self.ctx.db)

    def read(self) -> list[PersonView]:
        return list(list_people(self.ctx.db))

    def read_first(self, limit: int) -> list[PersonView]:
        return list(list_people(self.ctx.db, limit))

    def read_rows(self, ids: frozenset[int]) -> list[PersonView]:
        return people_with_ids(self.ctx.db, ids)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.can(OPEN))
        self.edit_button.setEnabled(self.can(EDIT))

    def trigger(self, action: str) -> None:
        row = self.selected()
        if action == OPEN and row is not None:
            self.open_person(row.id)
        elif action == NEW:
            self.open_dialog(PersonDialog(self.ctx.db, self.ctx.city, parent=self))
        elif action == EDIT and row is not None:
            self.open_dialog(PersonDialog(self.ctx.db, self.ctx.city, row, parent=self))
        else:
            super().trigger(action)

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """A person's obligation (the log-ins they handed over on leaving): the person, open in
        full, where the hand-over is recorded."""
        person_id = obligation.person_id
        if person_id is not None:
            self.when_read(lambda: self._open_if_listed(person_id))

    def _open_if_listed(self, person_id: int) -> None:
        if self.select_where(lambda row: row.id == person_id):
            self.open_person(person_id)

    def open_person(self, person_id: int) -> QDialog:
        from .person_detail_dialog import PersonDetailDialog

        self.detail = dialog = PersonDetailDialog(self.ctx, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
