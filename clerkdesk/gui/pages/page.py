"""What the main window asks of a page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from ..window.context import AppContext

if TYPE_CHECKING:
    from ...core.obligations.model import Obligation
    from ...services.kernel.changes import Changes

# The record actions of the main window's menu; a page handles those it lists in `handles`.
NEW, EDIT, APPROVE, DISCONTINUE, FIND = "new", "edit", "approve", "discontinue", "find"
OPEN = "open"  # the selected record in full (Enter)
IMPORT = "import"  # File → Import CSV (asked of the window, with no page key)


class Page(QWidget):
    actions_changed = Signal()  # what the page can do now changed (e.g. the selection moved)
    obligation_opened = Signal(object)  # an Obligation: show where its work is done
    step_asked = Signal(str, str)  # show the page with that key, then carry out that action

    handles: frozenset[str] = frozenset()
    # The tables whose records the page shows (`services.kernel.changes`): a write that touches one
    # of them has the page read again, now if it is shown, else when it is next shown.
    shows: frozenset[str] = frozenset()
    # Or, for a page that shows something of every register (Today), the tables it does not
    # show: any other table a write touches has it read again, a table added later included.
    shows_all_but: frozenset[str] | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        ctx.changed.connect(self._records_changed)

    def _records_changed(self, changes: Changes) -> None:
        if self.shows_all_but is not None:
            if not changes.tables - self.shows_all_but:
                return
        elif not changes.touches(*self.shows):
            return
        self.stale = True
        if self.isVisible():
            with self.ctx.db.one_read():  # its reads, one transaction
                self.reload()

    def reload(self) -> None:
        """Read the page's records again from the services."""
        self.stale = False

    def unsaved(self) -> str | None:
        """What holds edits not saved yet ("Settings"), or None. A page with a form says so,
        and the window asks before they would be lost."""
        return None

    def save_edits(self) -> bool:
        """Save what `unsaved` names; False when it could not (its problems are shown)."""
        return True

    def can(self, action: str) -> bool:
        """Whether `action` applies now (e.g. Approve needs a selected, unapproved account)."""
        return action in self.handles

    def trigger(self, action: str) -> None:
        """Carry out one of the main window's record actions."""

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """Show where the work of `obligation` is done; `place` is one of the registered
        `opens` of the page (e.g. an account's credential)."""

    def save_state(self, settings: QSettings) -> None:
        """Keep column widths, splitter positions and the like."""
