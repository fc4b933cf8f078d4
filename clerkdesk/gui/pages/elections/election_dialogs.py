"""Add or edit an election (R18), with the profile's calendar offered for the day nomination
papers may circulate; add or edit a candidate, and the day they stopped being one (with their
staff and the links on their pages, where the city's blackout covers them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton, QWidget

from ....core.errors import ValidationError
from ....core.profile import PolicyProfile, papers_from_default
from ....core.vocabulary import PersonKind
from ....services.elections.writes import (
    CandidateInput,
    CandidateView,
    ElectionInput,
    ElectionView,
    list_elections,
    save_candidate,
    save_election,
)
from ....services.kernel.database import Database
from ....services.people.writes import list_people
from ...dialogs.code_form import CodeFormDialog
from ...dialogs.people_picker import PersonPicker, person_text
from ...widgets.date_field import DateField
from .staff_list import STAFF, StaffList


class ElectionDialog(CodeFormDialog):
    def __init__(
        self,
        db: Database,
        profile: PolicyProfile,
        today: date,
        election: ElectionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit election" if election else "Add an election", parent=parent)
        self.db, self.profile, self.election = db, profile, election
        self.say(
            "The blackout of every candidate runs from the first day nomination papers may "
            "circulate through the election (Wis. Stat. 11.1205)."
        )
        self.name = self.add_line(
            "name", "&Name:", election.name if election else "", "Spring 2027"
        )
        self.election_on = self.add_date(
            "election_on", "&Election day:", election.election_on if election else None, today
        )
        self.papers_from = self.add_date(
            "papers_from", "&Papers from:", election.papers_from if election else None, today
        )
        self.spring = QPushButton(f"Spring calendar ({profile.spring_papers_from})")
        self.partisan = QPushButton(f"Partisan calendar ({profile.partisan_papers_from})")
        for button, spring in ((self.spring, True), (self.partisan, False)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=spring: self.use_calendar(s))
            self.buttons.addButton(button, self.buttons.ButtonRole.ResetRole)
        self.finish()

    def use_calendar(self, spring: bool) -> None:
        """The first day papers circulate by Wisconsin's calendar for the election day typed."""
        try:
            election_on = self.election_on.day()
        except ValidationError as refused:  # nothing to count from yet: said under the field
            assert self.errors is not None
            self.errors.show(refused.fields)
            return
        self.papers_from.set(papers_from_default(self.profile, election_on, spring))

    def save(self) -> ElectionView:
        data = ElectionInput(self.name.text(), self.papers_from.value(), self.election_on.value())
        return save_election(self.db, self.election.id if self.election else None, data)


class CandidateDialog(CodeFormDialog):
    """Where the city's blackout covers them (Milwaukee), also the staff acting for the
    candidate and the day the links on their pages were removed."""

    def __init__(
        self,
        db: Database,
        profile: PolicyProfile,
        today: date,
        candidate: CandidateView | None = None,
        election: str | None = None,
        staff: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit candidate" if candidate else "Add a candidate", parent=parent)
        self.db, self.candidate = db, candidate
        self.given = {"election", "employee_id", "until_on"}
        self.say(
            "An elected official running for office may not post from the day papers circulate"
            + (", nor may the staff acting for them." if profile.blackout_staff else ".")
        )
        names = {e.name: e.name for e in list_elections(db)}
        self.election = self.add_combo(
            "election", "&Election:", names, candidate.election if candidate else election
        )
        self.person = self.add_line(
            "employee_id",
            "&Candidate:",
            person_text(candidate.employee_id, candidate.person) if candidate else "",
            "An elected official's name or employee ID",
        )
        elected = [p for p in list_people(db) if p.kind == PersonKind.ELECTED]
        self.picker = PersonPicker(self.person, elected)
        self.until = self.add_date(
            "until_on",
            "&Until:",
            candidate.until_on if candidate else None,
            today,
            optional=True,
            check_text="Stopped being a candidate on",
        )
        self.staff: StaffList | None = None
        if profile.blackout_staff:
            self.staff = StaffList(list_people(db), staff or [])
            self.add_field(STAFF, "&Staff:", self.staff, self.staff.person)
            self.given.add(STAFF)
        self.links: DateField | None = None
        if profile.blackout_links:
            self.links = self.add_date(
                "links_removed_on",
                "&Links:",
                candidate.links_removed_on if candidate else None,
                today,
                optional=True,
                check_text="Removed from the official's pages on",
            )
            self.given.add("links_removed_on")
        if candidate is not None:
            self.election.setEnabled(False)
            self.person.setReadOnly(True)
        self.finish()

    def save(self) -> CandidateView:
        data = CandidateInput(
            self.election.currentData() or "",
            self.picker.employee_id(),
            self.until.value(),
            given=frozenset(self.given),
            staff_employee_ids=self.staff.employee_ids() if self.staff else (),
            links_removed_on=self.links.value() if self.links else None,
        )
        return save_candidate(self.db, self.candidate.id if self.candidate else None, data)
