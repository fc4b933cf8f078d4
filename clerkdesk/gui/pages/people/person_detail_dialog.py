"""One person in full: the accounts they hold and held, by role, and their separation from the
city (R10)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ....core.dates import format_moment
from ....core.vocabulary import PERSON_KINDS
from ....services.kernel.views import PersonView
from ....services.people.handover import handover_of
from ....services.people.writes import get_person
from ....services.terms.writes import AssignmentView, person_assignments
from ...dialogs.layout_dialog import LayoutDialog
from ...forms.ui_person_detail_dialog import Ui_PersonDetailDialog
from ...widgets.table_model import RecordTableModel
from ...window.context import AppContext
from ..terms import PERSON_COLUMNS, TermRow, row_tone, term_rows


class PersonDetailDialog(LayoutDialog):
    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx.settings, "person-detail", parent)
        self.ctx, self.person_id = ctx, person_id
        self.person: PersonView | None = None
        self.dialog: QDialog | None = None  # the last dialog opened from here (tests drive it)
        self.ui = ui = Ui_PersonDetailDialog()
        ui.setupUi(self)
        # Escaped names in markup: never left to Qt's guess, which reads a line without a tag
        # as plain text and shows its escapes ("Mayor&#x27;s Office").
        for label in (ui.title_label, ui.details_label):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.terms: RecordTableModel[TermRow] = RecordTableModel(
            PERSON_COLUMNS, row_tone=row_tone, parent=self
        )
        ui.terms_table.setModel(self.terms)
        ui.terms_table.setAccessibleName("Accounts the person holds and held")
        ui.terms_table.placeholder = "No access to any account, now or before."
        ui.terms_table.open_requested.connect(self.open_account)
        ui.terms_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.open_account_button.clicked.connect(self.open_account)
        ui.edit_button.clicked.connect(self.edit)
        ui.separate_button.clicked.connect(self.separate)
        # Where the profile asks for it (R10, Wausau): what the person handed over on leaving.
        self.handover_button = QPushButton("&Hand-over…", self)
        self.handover_button.setObjectName("handover_button")
        self.handover_button.setAutoDefault(False)
        self.handover_button.setToolTip("Record the log-ins handed over on leaving (R10)")
        self.handover_button.clicked.connect(self.handover)
        ui.buttons_layout.insertWidget(
            ui.buttons_layout.indexOf(ui.separate_button) + 1, self.handover_button
        )
        self.handover_button.setVisible(ctx.city.profile.handover_at_separation)
        self.refresh()
        ui.terms_table.setFocus()

    def refresh(self) -> None:
        ctx, ui = self.ctx, self.ui
        tz = ctx.tz()
        person = self.person = get_person(ctx.db, self.person_id)
        self.setWindowTitle(f"{person.name} — ClerkDesk")
        ui.title_label.setText(
            f"<span style='font-size:large'><b>{escape(person.name)}</b></span> "
            f"({escape(person.employee_id)})"
        )
        facts = [
            person.title,
            person.department,
            person.division,
            PERSON_KINDS.get(person.kind, person.kind),
            person.email,
            person.phone,
        ]
        text = " · ".join(escape(f) for f in facts if f)
        if person.separated_at is not None:
            text += f"<br><b>Left the city {escape(format_moment(person.separated_at, tz))}</b>"
        elif person.separated_on is not None:
            text += f"<br><b>Left the city {person.separated_on.isoformat()}</b>"
        if self.handover_button.isVisibleTo(self):
            given = handover_of(ctx.db, person.employee_id)
            if given.handover_at is not None:
                text += (
                    f"<br>Handed over (recorded {escape(format_moment(given.handover_at, tz))}): "
                    f"{escape(given.handover or '')}"
                )
            elif person.separated_at is not None:
                text += "<br><b>Log-ins handed over: not recorded</b>"
        ui.details_label.setText(text)
        self.terms.set_rows(term_rows(list(person_assignments(ctx.db, person.id)), ctx.now(), tz))
        if self.terms.rowCount():
            ui.terms_table.selectRow(0)
        left = person.separated_at is not None or person.separated_on is not None
        ui.separate_button.setEnabled(not left)
        ui.separate_button.setToolTip(
            "Already recorded as separated" if left else "Record that this person left the city"
        )
        self._update_buttons()

    def selected(self) -> TermRow | None:
        rows = self.ui.terms_table.selectionModel().selectedRows()
        return self.terms.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.ui.open_account_button.setEnabled(self.selected() is not None)

    def current_assignments(self) -> list[AssignmentView]:
        return [row.term for row in self.terms.rows() if row.current]

    # -- actions -------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()

    def open_account(self) -> None:
        from ..accounts.account_detail_dialog import AccountDetailDialog

        row = self.selected()
        if row is None:
            return
        self.dialog = dialog = AccountDetailDialog(self.ctx, row.term.account_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self.refresh())
        dialog.open()

    def edit(self) -> None:
        from .person_dialog import PersonDialog

        assert self.person is not None
        self._open(PersonDialog(self.ctx.db, self.ctx.city, self.person, parent=self))

    def handover(self) -> None:
        from .handover_dialog import HandoverDialog

        assert self.person is not None
        self._open(HandoverDialog(self.ctx, self.person, self))

    def separate(self) -> None:
        from .separate_dialog import SeparateDialog

        assert self.person is not None
        self._open(SeparateDialog(self.ctx, self.person, self.current_assignments(), self))
