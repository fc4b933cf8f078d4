"""The duties tab of Settings: how long a department head has to answer an access review (R7),
how often each site is checked and when an account counts as abandoned (R13-R15), the notices
each site shows (R15) and their words (the city's own, kept with the approval the policy
asks for), the page of the City's website that also posts one where the policy asks it, the
offices that approve exceptions (R19), the days nomination papers
begin to circulate (R18) and the day posts must be accessible (R21). Saved at once by its own
button, as the public-records tab is; the service validates and audits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from ....core.duties import EXCEPTION_OFFICES
from ....core.notices import city_notices, one_line
from ....core.profile import PolicyProfile
from ...window.context import AppContext
from .notice_actions import NoticeButtons, WebsitePostingRow
from .records import lay_out_tab, save_parameters

# The parameter each list edits, with the choices and their words: the notices are the city's
# own, read from its profile when it is shown.
LISTS = ("site_notices", "exception_offices")
# The rule each parameter serves: where the city's profile has it off, the parameter means
# nothing and is shown disabled, as on the first tab.
RULES = {
    "review_response_days": "R7",
    "site_check_days": "R15",
    "abandoned_days": "R15",
    "site_notices": "R15",
    "exception_offices": "R19",
    "spring_papers_from": "R18",
    "partisan_papers_from": "R18",
    "accessible_from": "R21",
}


class DutiesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duties_tab")
        self.spins = {
            "review_response_days": _days(1, 90),
            "site_check_days": _days(1, 3650),
            "abandoned_days": _days(1, 3650),
        }
        self.papers = {"spring_papers_from": QLineEdit(), "partisan_papers_from": QLineEdit()}
        for edit in self.papers.values():
            edit.setPlaceholderText("MM-DD")
            edit.setMaximumWidth(160)
        self.accessible_from = QLineEdit()
        self.accessible_from.setObjectName("accessible_from_edit")
        self.accessible_from.setPlaceholderText("YYYY-MM-DD")
        self.accessible_from.setMaximumWidth(160)
        self.lists: dict[str, QListWidget] = {}
        for name in LISTS:
            box = QListWidget()
            box.setObjectName(f"{name}_list")
            self.lists[name] = box
        form = QFormLayout()
        form.addRow("Department heads &answer a review within", self.spins["review_response_days"])
        form.addRow("&Check each site every", self.spins["site_check_days"])
        form.addRow("A site counts as a&bandoned after no post for", self.spins["abandoned_days"])
        form.addRow("Notices each site &shows", self.lists["site_notices"])
        self.notice_buttons = NoticeButtons(ctx, self.lists["site_notices"], self)
        form.addRow("", self.notice_buttons)
        self.website = WebsitePostingRow(ctx, self)
        self.website_label = QLabel("Posted on the City website a&t")
        self.website_label.setBuddy(self.website.address)
        form.addRow(self.website_label, self.website)
        form.addRow("", self.website.state)
        form.addRow("Offices that approve &exceptions", self.lists["exception_offices"])
        form.addRow("Nomination papers circulate from: s&pring", self.papers["spring_papers_from"])
        form.addRow("pa&rtisan elections", self.papers["partisan_papers_from"])
        form.addRow("Posts must be accessib&le (WCAG 2.1 AA) from", self.accessible_from)
        self.save_button = lay_out_tab(
            self,
            "The city's other duties: a department head's answer to an access review (R7); "
            "the periodic check of each site, what it must show, and when a site without posts "
            "counts as abandoned (R13-R15); who approves an exception to the policy (R19); and "
            "when a candidate's blackout begins (R18): the election calendar's first day for "
            "nomination papers, for spring elections and for partisan ones; and the day what "
            "the city posts must be accessible (R21: 28 CFR 35.200, by the city's population).",
            form,
            "Save &duties",
            stretch=True,
        )
        self.save_button.clicked.connect(self.save)
        self.show_profile(ctx.city.profile)

    def show_profile(self, profile: PolicyProfile) -> None:
        widgets: dict[str, QWidget] = {
            **self.spins,
            **self.papers,
            **self.lists,
            "accessible_from": self.accessible_from,
        }
        for name, widget in widgets.items():
            on = profile.applies(RULES[name])
            widget.setEnabled(on)
            widget.setToolTip("" if on else f"{RULES[name]} is off in this city's profile")
        for name, spin in self.spins.items():
            spin.setValue(getattr(profile, name))
        for name, edit in self.papers.items():
            edit.setText(getattr(profile, name))
        day = profile.accessible_from
        self.accessible_from.setText(day.isoformat() if day else "")
        choices = {"site_notices": city_notices(profile), "exception_offices": EXCEPTION_OFFICES}
        for name, box in self.lists.items():
            chosen = set(getattr(profile, name))
            box.clear()
            for key, words in choices[name].items():
                item = QListWidgetItem(one_line(words))
                item.setToolTip(words)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                item.setCheckState(ticked)
                box.addItem(item)
            rows = box.fontMetrics().height() * max(len(choices[name]), 2)
            bar = box.horizontalScrollBar().sizeHint().height() if name == "site_notices" else 0
            box.setFixedHeight(rows + 16 + bar)  # the notices' long words scroll sideways
        self._show_notices(profile)

    def _show_notices(self, profile: PolicyProfile) -> None:
        """Say which notices are in the city's own words, and the website's posting."""
        box = self.lists["site_notices"]
        notices = self.notice_buttons.show_notices()
        for item in (box.item(i) for i in range(box.count())):
            notice = notices.get(item.data(Qt.ItemDataRole.UserRole))
            if notice is not None and notice.changed:
                approved = (
                    f" Approved by {notice.approved_by} on {notice.approved_on}."
                    if notice.approved_by
                    else ""
                )
                item.setText(f"{item.text()}  [the city's own words]")
                item.setToolTip(
                    f"{notice.words}\n\nThe policy's words: {notice.policy_words}{approved}"
                )
        shown = bool(profile.website_notice)
        for widget in (self.website_label, self.website, self.website.state):
            widget.setVisible(shown)
        self.website.setEnabled(shown and profile.applies("R15"))
        if shown:
            self.website.show_posting()

    def changes(self) -> dict[str, object]:
        """The parameters as the tab shows them."""
        values: dict[str, object] = {name: spin.value() for name, spin in self.spins.items()}
        values.update({name: edit.text().strip() for name, edit in self.papers.items()})
        values["accessible_from"] = self.accessible_from.text().strip()
        for name, box in self.lists.items():
            items = [box.item(i) for i in range(box.count())]
            values[name] = tuple(
                item.data(Qt.ItemDataRole.UserRole)
                for item in items
                if item.checkState() == Qt.CheckState.Checked
            )
        return values

    def save(self) -> bool:
        return save_parameters(self, self.ctx, self.changes())


def _days(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(" days")
    spin.setMaximumWidth(160)
    return spin
