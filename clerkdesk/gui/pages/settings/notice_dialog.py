"""A notice's words (R15), edited from Settings → Duties: a multi-line box kept exactly as typed,
what is wrong with the words said under it as they are typed, and where the city's policy has a
change approved (Janesville's City Attorney, for its Terms of Use) who approved other words than
the policy's, and the day. The service refuses what is wrong and saves and audits the rest."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ....core.notices import MAX_WORDS, words_problem
from ....services.city.notice_words import NoticeWords, update_notice_words
from ...dialogs.code_form import CodeFormDialog
from ...window.context import AppContext


class NoticeWordsDialog(CodeFormDialog):
    def __init__(self, ctx: AppContext, notice: NoticeWords, parent: QWidget | None = None) -> None:
        super().__init__("The notice's words", ctx.settings, parent)
        self.setObjectName("notice_words_dialog")
        self.ctx, self.notice = ctx, notice
        approval = (
            f" Words other than the policy's are kept only with the {notice.approver}'s "
            "approval: who approved them, and the day."
            if notice.approver
            else ""
        )
        self.say(
            "What the site checklist prints and each site check asks for, exactly as typed "
            f"(at most {MAX_WORDS} characters).{approval}"
        )
        self.words = QPlainTextEdit(notice.words)
        self.words.setObjectName("notice_words_edit")
        self.words.setTabChangesFocus(True)
        self.words.setMinimumSize(480, 120)
        self.add_field("words", "The notice's &words", self.words)
        self.policy = QPushButton("Use the polic&y's words")
        self.policy.setObjectName("policy_words_button")
        self.policy.setAutoDefault(False)
        self.policy.setToolTip(notice.policy_words)
        self.policy.clicked.connect(lambda: self.words.setPlainText(notice.policy_words))
        self.add_field("policy_words", "", self.policy)
        self.approved_by: QLineEdit | None = None
        if notice.approver:
            self.approved_by = self.add_line(
                "approved_by",
                f"Approved &by (the {notice.approver})",
                notice.approved_by or "",
                "the name of who approved these words",
            )
            self.approved_on = self.add_date(
                "approved_on",
                "Approved &on",
                notice.approved_on,
                ctx.today(),
                optional=True,
                check_text="Approved",
            )
        self.finish()
        self.words.textChanged.connect(self._typed)
        self._typed()

    def _typed(self) -> None:
        """Say at once what is wrong with the words, and whether they need the approval."""
        assert self.errors is not None
        words = self.words.toPlainText()
        problem = words_problem(words)
        if problem:
            self.errors.show_one("words", problem)
        else:
            self.errors.clear_field("words")
        self.policy.setEnabled(words != self.notice.policy_words)
        if self.approved_by is not None:
            needed = words != self.notice.policy_words
            self.approved_by.setEnabled(needed)
            self.approved_on.setEnabled(needed)

    def save(self) -> NoticeWords:
        by = self.approved_by.text() if self.approved_by is not None else None
        on = self.approved_on.value() if self.approved_by is not None else None
        return update_notice_words(self.ctx.db, self.notice.name, self.words.toPlainText(), by, on)
