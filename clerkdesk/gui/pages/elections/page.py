"""Elections, and below the selected one its candidates: the accounts each one's blackout
covers, and whether their posting access is suspended or restored (R18)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core.duties import blackout_days
from ....core.errors import ClerkDeskError
from ....core.obligations.model import Obligation
from ....core.words import counted
from ....services.elections.blackouts import (
    BlackoutView,
    list_blackouts,
    restore_candidate,
    suspend_candidate,
)
from ....services.elections.writes import ElectionView, list_elections
from ....services.kernel.changes import ASSIGNMENTS, CANDIDATES, ELECTIONS, PEOPLE, SUSPENSIONS
from ...widgets import messages
from ...widgets.table_model import Column, RecordTableModel
from ...widgets.table_view import RecordTableView
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND, NEW
from .election_dialogs import CandidateDialog, ElectionDialog

COLUMNS: list[Column[ElectionView]] = [
    Column("Election", lambda e: e.name, width=240),
    Column("Papers from", lambda e: e.papers_from.isoformat(), width=110),
    Column("Election day", lambda e: e.election_on.isoformat(), width=110),
    Column(
        "Candidates",
        lambda e: f"{e.candidates:,}",
        sort_key=lambda e: e.candidates,
        width=90,
        numeric=True,
        searchable=False,
    ),
]

_STATE_TONES = {"to suspend": "due-soon", "restored": "muted", "holds no account": "muted"}


def _blackout(b: BlackoutView) -> str:
    first, last = blackout_days(
        b.candidate.papers_from, b.candidate.election_on, b.candidate.until_on
    )
    return f"{first} to {last}"


CANDIDATE_COLUMNS: list[Column[BlackoutView]] = [
    Column("Candidate", lambda b: f"{b.candidate.person} ({b.candidate.employee_id})", width=220),
    Column("No posting", _blackout, width=190),
    Column(
        "Posting access",
        lambda b: b.state,
        tone=lambda b: _STATE_TONES.get(b.state),
        width=120,
    ),
    Column("Accounts", lambda b: ", ".join(b.accounts), width=380, tooltip=True),
    # Where the blackout covers them (Milwaukee): the staff acting for the candidate, and the
    # day the links on the official's pages came down.
    Column("Staff", lambda b: ", ".join(s.person for s in b.staff), width=200, tooltip=True),
    Column(
        "Links removed",
        lambda b: b.candidate.links_removed_on.isoformat() if b.candidate.links_removed_on else "",
        width=110,
    ),
]
_STAFF_COLUMN, _LINKS_COLUMN = 4, 5


def _opened_by(b: BlackoutView, obligation: Obligation) -> bool:
    """The candidacy an item opens: the one it names (an item about their staff or their
    pages), else the candidate's."""
    if obligation.record:
        return f"{b.candidate.election}/{b.candidate.employee_id}" == obligation.record
    return b.candidate.employee_id == obligation.employee_id


class ElectionsPage(ListPage[ElectionView]):
    noun = "elections"
    handles = frozenset({NEW, EDIT, FIND})
    shows = frozenset({ELECTIONS, CANDIDATES, SUSPENSIONS, ASSIGNMENTS, PEOPLE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "elections",
            COLUMNS,
            placeholder="No elections yet. Add one with New… (Ctrl+N) once its calendar is "
            "known, or import them (File > Import CSV…).",
            parent=parent,
        )
        self.add_button("&New…", lambda: self.trigger(NEW), "Add an election (Ctrl+N)")
        self.edit_button = self.add_button(
            "&Edit…", lambda: self.trigger(EDIT), "Edit the selected election"
        )
        self.blackouts: list[BlackoutView] = []
        self.candidates: RecordTableModel[BlackoutView] = RecordTableModel(
            CANDIDATE_COLUMNS, parent=self
        )
        self.candidate_table = RecordTableView()
        self.candidate_table.setObjectName("candidates_table")
        self.candidate_table.setAccessibleName("Candidates in the selected election")
        self.candidate_table.setModel(self.candidates)
        self.candidate_table.restore_state(ctx.settings, "candidates")
        self.candidate_table.placeholder = "No candidates in this election."
        self.candidate_table.open_requested.connect(self.edit_candidate)
        self.candidate_table.selectionModel().selectionChanged.connect(self._update_buttons)
        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("candidates_summary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        self.add_candidate_button = self._button(row, "Add &candidate…", self.add_candidate)
        self.edit_candidate_button = self._button(row, "Edit c&andidate…", self.edit_candidate)
        self.suspend_button = self._button(row, "&Suspend posting", self.suspend)
        self.restore_button = self._button(row, "&Restore posting", self.restore)
        row.addStretch(1)
        column.addWidget(self.summary)
        column.addLayout(row)
        column.addWidget(self.candidate_table)
        self.actions_changed.connect(self._update_buttons)
        self.add_details(details)

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def read(self) -> list[ElectionView]:
        return list(list_elections(self.ctx.db))

    def reload(self) -> None:
        self.blackouts = list(list_blackouts(self.ctx.db))
        profile = self.ctx.city.profile
        self.candidate_table.setColumnHidden(_STAFF_COLUMN, not profile.blackout_staff)
        self.candidate_table.setColumnHidden(_LINKS_COLUMN, not profile.blackout_links)
        super().reload()

    def selection_moved(self) -> None:
        election = self.selected()
        rows = [b for b in self.blackouts if election and b.candidate.election_id == election.id]
        self.candidates.set_rows(rows)
        if election is None:
            self.summary.setText("Select an election to see its candidates.")
        else:
            waiting = sum(1 for b in rows if b.state == "to suspend")
            self.summary.setText(
                f"{election.name}: no posting by a candidate from {election.papers_from}; "
                f"{counted(len(rows), 'candidate')}"
                + (f", {waiting} still to suspend" if waiting else "")
                + "."
            )
        self._update_buttons()

    def candidate(self) -> BlackoutView | None:
        rows = self.candidate_table.selectionModel().selectedRows()
        return self.candidates.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.can(EDIT))
        self.add_candidate_button.setEnabled(self.selected() is not None)
        chosen = self.candidate()
        self.edit_candidate_button.setEnabled(chosen is not None)
        self.suspend_button.setEnabled(chosen is not None and chosen.to_suspend)
        # Posting access comes back the day after the blackout, not before.
        over = chosen is not None and self.ctx.today() > chosen.candidate.blackout[1]
        self.restore_button.setEnabled(chosen is not None and chosen.to_restore and over)

    def trigger(self, action: str) -> None:
        row = self.selected()
        profile, today = self.ctx.city.profile, self.ctx.today()
        if action == NEW:
            self.open_dialog(ElectionDialog(self.ctx.db, profile, today, parent=self))
        elif action == EDIT and row is not None:
            self.open_dialog(ElectionDialog(self.ctx.db, profile, today, row, parent=self))
        else:
            super().trigger(action)

    def add_candidate(self) -> None:
        election = self.selected()
        if election is not None:
            self.open_dialog(
                CandidateDialog(
                    self.ctx.db,
                    self.ctx.city.profile,
                    self.ctx.today(),
                    election=election.name,
                    parent=self,
                )
            )

    def edit_candidate(self) -> None:
        chosen = self.candidate()
        if chosen is not None:
            self.open_dialog(
                CandidateDialog(
                    self.ctx.db,
                    self.ctx.city.profile,
                    self.ctx.today(),
                    chosen.candidate,
                    staff=[(s.employee_id, s.person) for s in chosen.staff],
                    parent=self,
                )
            )

    def _saved(self, view: object) -> None:
        election_id = getattr(view, "election_id", None)
        super()._saved(view if election_id is None else None)
        if election_id is not None:
            self.show_record(election_id)

    def suspend(self) -> None:
        chosen = self.candidate()
        if chosen is None:
            return
        c = chosen.candidate
        staff = [s for s in chosen.staff if s.unsuspended]
        helpers = counted(sum(len(s.unsuspended) for s in staff), "account")
        also = f", and that of the staff acting for them to {helpers}," if staff else ""
        if messages.confirm(
            self,
            "Suspend posting access",
            f"Record that {c.person}'s posting access to "
            f"{counted(len(chosen.unsuspended), 'account')}{also} is "
            f"suspended for the election blackout of {c.election}? Their terms are kept and "
            "resume when restored.",
            "Suspend",
        ):
            self._act(lambda: suspend_candidate(self.ctx.db, c.id))

    def restore(self) -> None:
        chosen = self.candidate()
        if chosen is not None:
            self._act(lambda: restore_candidate(self.ctx.db, chosen.candidate.id))

    def _act(self, write: Callable[[], object]) -> None:
        try:
            write()
        except ClerkDeskError as error:
            messages.show_error(self, error.message)

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """A blackout to suspend or restore, or the links on an official's pages: its election,
        the candidate selected."""
        if self.stale:
            self.reload()
        chosen = next((b for b in self.blackouts if _opened_by(b, obligation)), None)
        if chosen is None:
            return
        self.show_record(chosen.candidate.election_id)
        position = self.candidates.position_of(lambda b: b.candidate.id == chosen.candidate.id)
        if position is not None:
            self.candidate_table.selectRow(position)
            self.candidate_table.setFocus()

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        self.candidate_table.save_state(settings, "candidates")
