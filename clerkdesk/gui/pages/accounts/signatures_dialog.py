"""The dates on a signed Authorized User Agreement (R6): the user's, the department director's
and the approving office's, each recorded once it is on the paper."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QCheckBox, QWidget

from ....services.terms.printouts import signer_labels
from ....services.terms.writes import AssignmentView, record_signatures
from ...dialogs.form_dialog import FormDialog
from ...forms.ui_signatures_dialog import Ui_SignaturesDialog
from ...widgets.date_field import DateField, optional_date
from ...window.context import AppContext
from ..terms import describe


class SignaturesDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, term: AssignmentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.term = ctx, term
        self.ui = ui = Ui_SignaturesDialog()
        ui.setupUi(self)
        ui.explanation_label.setText(
            f"The agreement of <b>{escape(describe(term))}</b>. Tick each signature that is on "
            "the paper and give its date; the agreement counts as signed once all three are."
        )
        # The same words as the printed form's rows (services.terms.printouts.signer_labels).
        user, director, office = signer_labels(ctx.city.profile)
        ui.user_check.setText(f"Signed by the {_key(user.lower(), 'u')} on:")
        ui.director_check.setText(f"Signed by the {_key(director, 'd')} on:")
        ui.office_check.setText(f"Signed for the {_key(office, 'o')} on:")
        today = ctx.today()
        self.pairs: dict[str, tuple[QCheckBox, DateField]] = {
            "user_signed_on": (ui.user_check, ui.user_date),
            "director_signed_on": (ui.director_check, ui.director_date),
            "office_signed_on": (ui.office_check, ui.office_date),
        }
        for name, (check, edit) in self.pairs.items():
            optional_date(check, edit, today).set(getattr(term, name))
        self.watch_fields(ui, {name: edit for name, (_, edit) in self.pairs.items()}, ui.form_error)

    def value(self, name: str) -> date | None:
        return self.pairs[name][1].value()

    def save(self) -> AssignmentView:
        return record_signatures(
            self.ctx.db,
            self.term.id,
            self.value("user_signed_on"),
            self.value("director_signed_on"),
            self.value("office_signed_on"),
        )


def _key(words: str, letter: str) -> str:
    """`words` with its first `letter` (either case) marked as the Alt key ("&Director"), or
    its first letter where it has none."""
    words = words.replace("&", "&&")
    at = max(words.lower().find(letter), 0)
    return f"{words[:at]}&{words[at:]}"
