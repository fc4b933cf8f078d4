"""Record a check of an account's site (R11, R13-R15, R21): who looked and when, which of the
profile's notices it shows, direct messages, MFA, the last post, where its records are
archived, where the city has an accessibility date what its posts since then meet, and where
its policy asks it the site's upkeep (R14, Janesville): each a yes, a no, or not recorded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from ....core.duties import (
    ACCESSIBILITY,
    DIRECT_MESSAGES,
    DIRECTED,
    MFA_STATES,
    UPKEEP,
    directed_question,
)
from ....core.errors import ClerkDeskError
from ....core.notices import checked_notices, one_line
from ....core.obligations.site_finding import accessible_since
from ....core.profile import PolicyProfile
from ....services.accounts.views import find_account
from ....services.kernel.database import Database
from ....services.people.writes import list_people
from ....services.site_checks.directed import directed_frequency
from ....services.site_checks.writes import SiteCheckInput, SiteCheckView, save_site_check
from ...dialogs.code_form import CodeFormDialog
from ...dialogs.people_picker import PersonPicker, person_text

# What the form offers of each question of the upkeep.
ANSWERS = {"": "Not recorded", "yes": "Yes", "no": "No"}
UPKEEP_LABELS = {
    "monitored_daily": "Monitored each &work day:",
    "answered_48h": "Questions answered in 4&8 hours:",
}


class SiteCheckDialog(CodeFormDialog):
    def __init__(
        self,
        db: Database,
        profile: PolicyProfile,
        today: date,
        account_url: str,
        check: SiteCheckView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"Site check: {account_url}", parent=parent)
        self.db, self.url, self.check = db, account_url, check
        c = check
        self.say(f"What the site {account_url} showed when it was checked.")
        self.checked_on = self.add_date(
            "checked_on", "Checked &on:", c.checked_on if c else None, today
        )
        self.checker = self.add_line(
            "checked_by_employee_id",
            "Checked &by:",
            person_text(c.checked_by_employee_id, c.checked_by) if c else "",
            "Name or employee ID",
        )
        self.picker = PersonPicker(self.checker, list_people(db))
        # The city's own, in its policy's words; none asked where R15 is off (a check's
        # notices recorded before are kept as they were).
        notices = checked_notices(profile)
        self.notices: dict[str, QCheckBox] = {}
        if notices:
            self.notices = self.add_checks(
                "notices",
                "&Notices shown:",
                {name: one_line(words) for name, words in notices.items()},
                c.notices if c else (),
            )
        for name, box in self.notices.items():
            box.setToolTip(notices[name])
        self.dms = self.add_combo(
            "direct_messages",
            "&Direct messages:",
            DIRECT_MESSAGES,
            c.direct_messages if c else "off",
        )
        self.mfa = self.add_combo("mfa", "&MFA:", MFA_STATES, c.mfa if c else "on")
        self.last_post = self.add_date(
            "last_post_on", "&Last post:", c.last_post_on if c else None, today, True, "On"
        )
        self.archived = self.add_line(
            "archived_in",
            "&Records archived in:",
            (c.archived_in or "") if c else _archived_in(db, account_url),
            "e.g. ArchiveSocial",
        )
        self.accessible: dict[str, QCheckBox] = {}
        if (since := accessible_since(profile)) is not None:
            self._add_accessibility(since, c.accessible if c else None)
        self.upkeep: dict[str, QComboBox] = {}
        if profile.upkeep_questions:
            for name, label in UPKEEP_LABELS.items():
                self.upkeep[name] = self.add_combo(
                    name, label, ANSWERS, (getattr(c, name) or "") if c else ""
                )
                self.upkeep[name].setToolTip(UPKEEP[name])
        if profile.monitoring_directed:  # R14, Stoughton: the latest approval's frequency
            self._add_directed(db, account_url, (c.monitored_as_directed or "") if c else "")
        if c is not None:
            self.checked_on.setEnabled(False)
        self.finish()

    def _add_accessibility(self, since: date, met: tuple[str, ...] | None) -> None:
        """Whether the posts since the city's accessibility date were looked at, and what they
        meet (R21): nothing ticked is none met; not looked at is not recorded."""
        self.looked = self.add_combo(
            "accessible_looked",
            f"&Posts since {since}:",
            {"": "Not looked at (not recorded)", "yes": "Looked at for accessibility"},
            "" if met is None else "yes",
        )
        self.accessible = self.add_checks("accessible", "They &meet:", ACCESSIBILITY, met or ())

        def follow() -> None:
            for box in self.accessible.values():
                box.setEnabled(bool(self.looked.currentData()))

        self.looked.currentIndexChanged.connect(follow)
        follow()

    def save(self) -> SiteCheckView:
        c = self.check
        kept = tuple(n for n in (c.notices if c else ()) if n not in self.notices)
        data = SiteCheckInput(
            account_url=self.url,
            checked_on=self.checked_on.value(),
            checked_by_employee_id=self.picker.employee_id(),
            notices=kept + tuple(k for k, box in self.notices.items() if box.isChecked()),
            direct_messages=self.dms.currentData(),
            mfa=self.mfa.currentData(),
            last_post_on=self.last_post.value(),
            archived_in=self.archived.text() or None,
            accessible=self._met() if self.accessible else (c.accessible if c else None),
            monitored_daily=self._answer("monitored_daily"),
            answered_48h=self._answer("answered_48h"),
            monitored_as_directed=self._answer(DIRECTED),
        )
        return save_site_check(self.db, c.id if c else None, data)

    def _add_directed(self, db: Database, account_url: str, answer: str) -> None:
        """The question of the monitoring the approving Department Head directed, in words
        over its answer, the frequency on a line of its own (it can be long) beside a short
        label."""
        question = directed_question(directed_frequency(db, account_url))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        words = QLabel(question.replace(" (", "\n(", 1))
        words.setObjectName(f"{DIRECTED}_question")
        combo = QComboBox()
        combo.setObjectName(f"{DIRECTED}_combo")
        for key, text in ANSWERS.items():
            combo.addItem(text, key)
        combo.setCurrentIndex(max(combo.findData(answer), 0))
        combo.setToolTip(question)
        column.addWidget(words)
        column.addWidget(combo, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_field(DIRECTED, "Monitored as &directed:", holder, combo)
        self.upkeep[DIRECTED] = combo

    def _answer(self, name: str) -> str | None:
        """The upkeep's answer as the form gives it; a city that does not ask keeps the
        check's own."""
        if name in self.upkeep:
            return self.upkeep[name].currentData() or None
        return getattr(self.check, name) if self.check else None

    def _met(self) -> tuple[str, ...] | None:
        if not self.looked.currentData():
            return None
        return tuple(k for k, box in self.accessible.items() if box.isChecked())


def _archived_in(db: Database, account_url: str) -> str:
    """Where the account's records are archived, as its register has it: a new check starts
    from it."""
    try:
        return find_account(db, account_url).archived_in or ""
    except ClerkDeskError:
        return ""
