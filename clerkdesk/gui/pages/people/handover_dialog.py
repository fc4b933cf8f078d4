"""What a person handed over on leaving (R10, where the profile asks for it: Wausau): the log-ins
of each account they created, used or managed, and to whom — said in words, never the passwords
themselves (those go to the credential store). Saved through the people service, audited."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ....services.kernel.views import PersonView
from ....services.people.handover import HANDOVER_MAX, HandoverView, handover_of, record_handover
from ...dialogs.code_form import CodeFormDialog
from ...window.context import AppContext


class HandoverDialog(CodeFormDialog):
    def __init__(self, ctx: AppContext, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(f"Log-ins handed over by {person.name}", ctx.settings, parent)
        self.ctx, self.person = ctx, person
        known = handover_of(ctx.db, person.employee_id)
        self.say(
            f"<p>Before leaving, <b>{escape(person.name)}</b> hands over the log-ins of every "
            "account they created, used or managed (R10). Say which, and to whom; never write "
            "a password here: record it in the account's credentials.</p>"
        )
        self.text = QPlainTextEdit(known.handover or "")
        self.text.setObjectName("handover_edit")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            "e.g. user names and passwords of x.com/wausaupd and facebook.com/wausaupd, given "
            f"to the Social Media Coordinator (at most {HANDOVER_MAX} characters)"
        )
        self.text.setFixedHeight(90)
        self.add_field("handover", "&Handed over", self.text)
        self.set_ok_text("&Record")
        self.finish()

    def save(self) -> HandoverView:
        return record_handover(self.ctx.db, self.person.employee_id, self.text.toPlainText())
