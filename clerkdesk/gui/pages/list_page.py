"""A page listing records: a filter line, a count, buttons, and the shared table; a long list's
rows read off the UI thread, the page in sight meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ...collection import paused
from ...core.errors import ClerkDeskError
from ..widgets import messages
from ..widgets.table_model import Column, Prepared, RecordTableModel
from ..widgets.table_view import RecordTableView
from ..window.background import Operation, Progress, run_in_background
from ..window.context import AppContext
from .list_count import count_text
from .list_layout import ListLayout, filter_line
from .page import EDIT, FIND, OPEN
from .written_rows import Written, places, rows_to_read

if TYPE_CHECKING:
    from ...services.kernel.changes import Changes
    from ..dialogs.form_dialog import FormDialog

T = TypeVar("T")
R = TypeVar("R")

# A list this long is read on a background thread, so that neither showing the page nor a
# write elsewhere freezes the window: its first read when counted so (`expected_rows`), and on.
LONG_LIST = 2_000
# A page that reads its first rows cheaply (`reads_first`) shows this many of a long list first.
FIRST_ROWS = 100


class ListPage(ListLayout, Generic[T]):
    noun = "records"  # "12 of 40 accounts"
    one = ""  # one of them ("No account matches …"); default: the noun less its "s"
    reading = "Reading…"  # in the empty table while the rows are read in the background
    model_type: type[RecordTableModel[Any]] = RecordTableModel  # a page may show its own
    reads_first = False  # whether `read_first` reads the first rows of `read`'s list
    # The table of the page's rows, where `read_rows` reads some again by their ids: a write
    # that changed only some of them has those alone read again (`written_rows`).
    row_table: str | None = None
    linked: frozenset[str] = frozenset()  # tables whose rows belong to its rows (`rows_written`)

    def __init__(
        self,
        ctx: AppContext,
        key: str,
        columns: Sequence[Column[T]],
        *,
        row_tone: Callable[[T], str | None] | None = None,
        placeholder: str = "",
        row_key: Callable[[T], Any] = lambda row: row.id,  # type: ignore[attr-defined]
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.key = key
        self.row_key = row_key
        self.dialog: FormDialog | None = None  # the last dialog opened (tests drive it)
        self.splitter: QSplitter | None = None
        self.loading: Operation | None = None  # a read under way on a background thread
        self._read_again = False  # records changed while it was under way
        self._then: Callable[[], None] | None = None  # to do once the read is done
        self._expected = 0  # how many rows the first read will give, once counted
        self._first_of = 0  # while the first rows alone are shown: how many the list has
        self.model: RecordTableModel[T] = self.model_type(columns, row_tone=row_tone, parent=self)
        self.model.idle_formatting = False  # until the page is shown

        self.filter_edit = filter_line(key, self.noun)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{key}_count")

        self.table = RecordTableView()
        self.table.setObjectName(f"{key}_table")
        self.table.setAccessibleName(self.noun.capitalize())
        self.table.placeholder = self.placeholder = placeholder
        self.table.setModel(self.model)
        self.table.restore_state(ctx.settings, key)
        self.table.open_requested.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_moved)
        self.filter_edit.returnPressed.connect(self._to_table)
        self.filter_edit.installEventFilter(self)

        self.top = QHBoxLayout()
        self.top.addWidget(self.filter_edit)
        self.top.addWidget(self.count_label)
        self.top.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.top)

    def _to_table(self) -> None:
        """Return in the filter: the one row left open, else on to the rows, the first one
        selected if none is."""
        if self.selected() is None and self.model.rowCount():
            self.select_where(lambda row: True)
        self.table.setFocus()
        if self.model.filter_text and self.model.rowCount() == 1:
            self.open_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter moves into the rows."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            if self.selected() is None:
                self.select_where(lambda row: True)
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.format_when_idle(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.model.format_when_idle(False)  # the page in sight has the idle time

    # -- reading -------------------------------------------------------------------------------

    def read(self) -> Sequence[T]:
        """The page's rows, from the services (perhaps on another thread: it reads no widget)."""
        return []

    def expected_rows(self) -> int:
        """How long a read would be, counted cheaply (0: not known): the rows it gives, or
        those it goes through to give them; a page whose read grows with the city counts them,
        so that its first read of a long list is off the UI thread."""
        return 0

    def read_first(self, limit: int) -> Sequence[T]:
        """The first `limit` rows of `read`'s list, in its order (a page whose `reads_first`)."""
        return []

    def read_rows(self, ids: frozenset[int]) -> Sequence[T]:
        """Those of `read`'s rows with these ids (a page with a `row_table`)."""
        return []

    def rows_written(self, written: Written[T]) -> frozenset[int] | None:
        """The ids of the rows a write changed: those it named, and those showing its linked
        tables' rows or something of the rows it named (None: the whole list is read)."""
        return None if written.linked else written.ids

    def _records_changed(self, changes: Changes) -> None:
        found = None
        if self.isVisible() and not self.stale and self.loading is None and not self._first_of:
            found = rows_to_read(
                changes, self.shows, self.row_table, self.linked, self.model.rows, self.row_key
            )
        if found is None:
            super()._records_changed(changes)
        elif self.read_in_background():  # as the whole list would be
            written, read = found, self._read_written
            self._in_background(lambda: read(written), lambda got: self._rows_read(*got))
        else:
            self._rows_read(*self._read_written(found))

    def _read_written(self, written: Written[T]) -> tuple[frozenset[int] | None, Sequence[T]]:
        with self.ctx.db.one_read():  # which rows, and the rows, in one moment
            ids = self.rows_written(written)
            return ids, () if ids is None else self.read_rows(ids)

    def _rows_read(self, ids: frozenset[int] | None, rows: Sequence[T]) -> None:
        self.loading = None
        where = places(self.model.rows(), self.row_key, ids or frozenset())
        if ids is None or self._read_again or len(rows) != len(ids) or len(where) != len(ids):
            self.reload()  # written again meanwhile, or a row gone: the whole list
            return
        current = self.selected()
        self.model.replace({where[self.row_key(row)]: row for row in rows})
        self._shown_again(current)
        self.selection_moved()  # the selected record's details, as written
        self._then_done()

    def read_in_background(self) -> bool:
        """Whether the list is long: as shown, or as counted before its first read (its first
        rows alone may be shown)."""
        if not self.model.total():
            self._expected = self.expected_rows()
        return max(self.model.total(), self._expected) >= LONG_LIST

    def reload(self) -> None:
        super().reload()
        if self.loading is not None:
            self._read_again = True
            return
        self._read_again = False
        if not self.read_in_background():
            self.show_rows(self.model.prepare(self.read()))
            return
        # Rows are shown as read, formatted as shown and the rest while the window is idle; but
        # a filter or a column's order looks at every row: formatted off the UI thread first.
        natural = self._natural()
        if not self.model.total():
            self.table.placeholder = self.reading
            if self.reads_first and natural:
                model, read_first = self.model, self.read_first
                self._in_background(lambda: model.prepare(read_first(FIRST_ROWS)), self._first)
                return
        self._read_whole(not natural)

    def _read_whole(self, whole: bool) -> None:
        model, read = self.model, self.read
        self._in_background(lambda: model.prepare(read(), whole=whole), self._read)

    def _in_background(self, read: Callable[[], R], then: Callable[[R], None]) -> None:
        def work(progress: Progress) -> R:
            with paused():  # thousands of rows, none of them in a cycle (`collection.paused`)
                return read()

        operation = self.loading = run_in_background(
            self, self.reading, work, then, self._not_read, quiet=True
        )
        operation.finished.connect(lambda: self._finished(operation))

    def _first(self, prepared: Prepared[T]) -> None:
        """The first rows read: shown, and the whole list read behind them."""
        self.loading = None
        if self._read_again:  # the records changed meanwhile: read them from the start
            self.reload()
            return
        self._read_whole(False)
        if self.model.natural_order():  # not sorted by a column meanwhile
            self._first_of = max(self._expected, len(prepared.rows))
            self.set_rows(prepared)

    def _finished(self, operation: Operation) -> None:
        if self.loading is operation:  # it failed with a bug (the crash dialog told of it)
            self.loading = None
            self.stale = True
            self._update_count()  # the first rows alone may be shown: no longer "reading"

    def _natural(self) -> bool:
        return self.model.natural_order() and not self.model.filter_text

    def _read(self, prepared: Prepared[T]) -> None:
        self.loading = None
        if self._read_again:
            self.reload()
            return
        if prepared.text and prepared.text[0] is None and not self._natural():
            # A filter typed or a column's order asked for meanwhile: formatted first, off it.
            model = self.model
            self._in_background(lambda: model.prepare(prepared.rows, whole=True), self._read)
            return
        self._first_of = 0
        self.table.placeholder = self.placeholder
        self.show_rows(prepared)
        self._then_done()

    def _then_done(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            then()

    def when_read(self, then: Callable[[], None]) -> None:
        """Do `then` (e.g. select a record) now, or once the rows being read in the background
        are shown (reading them first if the page is stale)."""
        if self.stale:
            self.reload()
        if self.loading is not None:
            self._then = then
        else:
            then()

    def _not_read(self, error: ClerkDeskError) -> None:
        self.loading, self._then = None, None
        self.stale = True  # read again when next shown
        self._update_count()
        self.table.placeholder = self.placeholder
        messages.show_error(self, error.message)

    def show_rows(self, rows: Prepared[T]) -> None:
        """Show the rows just read (a page adds what goes with them, e.g. a summary)."""
        self.set_rows(rows)
        self.selection_moved()
        self._say_no_match()

    # -- rows ----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T] | Prepared[T]) -> None:
        """Show `rows` (or rows prepared on another thread), keeping the selected record
        selected when it is still there."""
        current = self.selected()
        self.model.set_prepared(rows if isinstance(rows, Prepared) else self.model.prepare(rows))
        self._shown_again(current)

    def selected(self) -> T | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.model.row(rows[0].row())

    def select_where(self, predicate: Callable[[T], bool]) -> bool:
        position = self.model.position_of(predicate)
        if position is None:
            return False
        index = self.model.index(position, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def apply_filter(self, text: str) -> None:
        current = self.selected()
        self.model.set_filter(text)
        self._shown_again(current)
        self._say_no_match()

    def _say_no_match(self) -> None:
        """A filter nothing matches says so, not that there is nothing at all."""
        text = self.model.filter_text.strip()
        if text and self.model.total() and not self.model.rowCount():
            among = f" among the first {self.model.total():,}" if self._first_of else ""
            self.table.placeholder = f"No {self._one()}{among} matches “{text}”."
        elif self.loading is None:
            self.table.placeholder = self.placeholder
        self.table.viewport().update()

    def _shown_again(self, previous: T | None) -> None:
        """After the rows shown changed: the count, and the previous selection if still shown."""
        self._update_count()
        if previous is not None:
            key = self.row_key(previous)
            self.select_where(lambda row: self.row_key(row) == key)
        self.actions_changed.emit()

    def _one(self) -> str:
        return self.one or (self.noun[:-1] if self.noun.endswith("s") else self.noun)

    def _update_count(self) -> None:
        model, reading = self.model, self.loading is not None
        shown = (self.noun, self._one(), model.rowCount(), model.total(), self._first_of)
        self.count_label.setText(count_text(*shown, bool(model.filter_text), reading))

    def _selection_moved(self) -> None:
        self.selection_moved()
        self.actions_changed.emit()

    def selection_moved(self) -> None:
        """Called when another row is selected (e.g. to show its details)."""

    # -- actions -------------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Enter or double-click on a row: open the record in full where the page can, else
        edit it."""
        if self.can(OPEN):
            self.trigger(OPEN)
        elif self.can(EDIT):
            self.trigger(EDIT)

    def can(self, action: str) -> bool:
        if action in (EDIT, OPEN):
            return action in self.handles and self.selected() is not None
        return action in self.handles or action == FIND

    def trigger(self, action: str) -> None:
        if action == FIND:
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.selectAll()

    def open_dialog(self, dialog: FormDialog) -> None:
        """Open an editing dialog window-modally; when it saves, reload and show the record."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        dialog.open()

    def _saved(self, view: object) -> None:
        key = getattr(view, "id", None)
        if key is not None:
            self.show_record(key)

    def show_record(self, key: object) -> None:
        """Select the record with `key`, clearing a filter that hides it (once the rows are
        read, when they are being read in the background)."""
        self.when_read(lambda: self._select_record(key))

    def _select_record(self, key: object) -> None:
        if not self.select_where(lambda row: self.row_key(row) == key):
            self.filter_edit.clear()
            self.select_where(lambda row: self.row_key(row) == key)
        self.table.setFocus()
