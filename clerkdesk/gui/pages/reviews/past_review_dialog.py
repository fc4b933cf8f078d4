"""Enter an access review done on paper before it was entered (R7), with its own date: who had
access that day, as the register has it, kept or removed as the signed worksheet says. Its
removals end that day, and the next review falls due from it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from PySide6.QtWidgets import QWidget

from ....core.errors import ValidationError
from ....services.people.writes import list_people
from ....services.reviews.writes import ReviewView, past_review_lines, record_past_review
from ...dialogs.form_dialog import FormDialog
from ...dialogs.people_picker import PersonPicker, person_text
from ...forms.ui_past_review_dialog import Ui_PastReviewDialog
from ...widgets.qdates import from_qdate
from ...window.context import AppContext
from .outcome_dialog import DecisionLines

# The earliest day a date field takes (INTERFACE.md: years before 1900 are mistakes).
EARLIEST = date(1900, 1, 1)


def date_range(
    today: date, reviews: Sequence[ReviewView], tz_date: date | None
) -> tuple[date, date]:
    """The days a past review may have: after the last completed review, not after today nor
    on or after the day the review under way started (`tz_date`, its day in the city)."""
    done = [r.completed_on for r in reviews if r.completed_on is not None]
    first = max(done) + timedelta(days=1) if done else EARLIEST
    last = min(today, tz_date - timedelta(days=1)) if tz_date is not None else today
    return first, max(first, last)


class PastReviewDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        department: str,
        reviews: Sequence[ReviewView],
        head: tuple[str, str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`reviews`: the department's reviews so far; `head`: its head's employee ID and
        name, the usual reviewer."""
        super().__init__(parent)
        self.ctx, self.department = ctx, department
        self.ui = ui = Ui_PastReviewDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Enter a past access review of {department}")
        under_way = next((r for r in reviews if not r.completed), None)
        started = under_way.started_at.astimezone(ctx.tz()).date() if under_way else None
        first, last = date_range(ctx.today(), reviews, started)
        profile = ctx.city.profile
        rotation = (
            f" and, unless a password change was recorded after it, the account's password "
            f"must change within {profile.rotation_hours} hours (R10)"
            if profile.review_removal_rotates
            else ""
        )
        open_note = (
            f" It must be dated before review {under_way.number} started "
            f"({started.isoformat()}), which stays under way."
            if under_way is not None and started is not None
            else ""
        )
        ui.explanation_label.setText(
            f"A review of <b>{escape(department)}</b> done on paper, entered with the date the "
            "department head signed it. The lines are the people who had access that day, as "
            f"the register has them. Removing someone ends their term on that day{rotation}; "
            "the next review falls due from that day." + escape(open_note)
        )
        self.reviewer = PersonPicker(ui.reviewer_edit, list_people(ctx.db), everyone=True)
        if head is not None:
            ui.reviewer_edit.setText(person_text(*head))
        today = ctx.today()
        ui.on_date.setMinimumDate(first, "" if first == EARLIEST else "the last review's day")
        ui.on_date.setMaximumDate(
            last, "today" if last == today else "the day before the review under way"
        )
        ui.on_date.setDate(last)
        self.lines = DecisionLines(ui.lines_layout, ui.keep_all_button)
        self.rows = self.lines.rows
        ui.keep_all_button.clicked.connect(self.lines.keep_all)
        self.watch_fields(
            ui,
            {"reviewer": ui.reviewer_edit, "on": ui.on_date, "decisions": ui.scroll_area},
            ui.form_error,
        )
        ui.on_date.dateChanged.connect(self.load_lines)
        self.load_lines()

    def on(self) -> date:
        return from_qdate(self.ui.on_date.date())

    def load_lines(self) -> None:
        """The lines of the day chosen; what is wrong with the day, beside it."""
        assert self.errors is not None
        try:
            lines = past_review_lines(self.ctx.db, self.department, self.on())
        except ValidationError as error:
            self.lines.fill(())
            self.errors.show(error.fields)
            self.ui.on_date.setFocus()
            self.ui.keep_all_button.setEnabled(False)
            return
        self.errors.clear_field("on")
        self.lines.fill(lines)
        self.ui.keep_all_button.setEnabled(bool(lines))

    def decide(self, term_id: int, decision: str, notes: str = "") -> None:
        self.lines.decide(term_id, decision, notes)

    def save(self) -> ReviewView:
        return record_past_review(
            self.ctx.db,
            self.department,
            self.reviewer.employee_id(),
            self.on(),
            self.lines.decisions(),
        )
