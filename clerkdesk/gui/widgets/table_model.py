"""One table model for every list in the window.

Rows are frozen values from the services. Each row's cell texts, colour tones and a folded
"haystack" for filtering (lower case, accents off: `nunez` finds Ñúñez) are computed once per
row, and the model keeps the list of visible rows itself: filtering a keystroke is a substring
scan over plain strings, and data() is two list look-ups. (A QSortFilterProxyModel would call
data() for every row on each keystroke, far too slow at city scale.)

A long list (`FORMAT_FIRST` rows and more) read on the UI thread is not formatted before it is
shown: a row is formatted when the view first asks for it, and the rest in slices of a few
milliseconds while the window is idle, so that the first filter finds them ready; a filter
typed before then formats what is left first. A list read on a background thread is formatted
there, whole.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from ...core.search import fold, search_words
from .tones import TONE_WORDS, TONES

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = frozenset(
    (_DISPLAY, _FOREGROUND, _BACKGROUND, _DESCRIPTION, _ALIGNMENT, _TOOLTIP, int(ROW_ROLE))
)
_NATURAL = -1

# A list this long is formatted row by row as it is shown (see the module's docstring).
FORMAT_FIRST = 1_000
# How long one idle slice of formatting may hold the UI thread, in seconds (under a frame).
SLICE = 0.008


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a row: its text, how it sorts, how wide it starts."""

    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None  # default: the text, case-insensitive
    tone: Callable[[T], str | None] | None = None  # colours this cell (see TONES)
    width: int = 120
    numeric: bool = False  # right-aligned
    searchable: bool = True
    tooltip: bool = False  # show the whole text on hover (long cells)
    # A web address: cut in the middle when too long, so that both its site and the end that
    # tells one account from another stay in sight.
    address: bool = False


@dataclass(frozen=True)
class Prepared(Generic[T]):
    """Rows and what the model shows of them; a row whose `text` is None is not formatted yet
    (its tones and haystack then mean nothing)."""

    rows: list[T]
    text: list[tuple[str, ...] | None]
    tones: list[tuple[str | None, ...] | None]
    haystack: list[str]


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        row_tone: Callable[[T], str | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._row_tone = row_tone
        self._rows: list[T] = []
        self._text: list[tuple[str, ...] | None] = []
        self._tones: list[tuple[str | None, ...] | None] = []
        self._haystack: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._order: list[int] = []  # every row, in the current sort order
        self._visible: list[int] = []  # rows passing the filter, in sort order
        self._words: tuple[str, ...] = ()  # the filter's words, folded
        self._typed = ""
        self._sort_column = _NATURAL
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._searchable = [i for i, c in enumerate(self.columns) if c.searchable]
        self._cell_tones = any(c.tone for c in self.columns)
        self._whole_rows: dict[str, tuple[str | None, ...]] = {}
        self._cold = 0  # every row before this one is formatted
        self.idle_formatting = True  # format rows not shown yet while the window is idle
        self._warming = QTimer(self)
        self._warming.setSingleShot(True)
        self._warming.setInterval(0)
        self._warming.timeout.connect(self._warm)

    # -- filling -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.set_prepared(self.prepare(rows))

    def prepare(self, rows: Sequence[T], whole: bool = False) -> Prepared[T]:
        """The cell texts, tones and haystacks of `rows` (of a long list, unless `whole`: none
        yet, each made when first needed). Plain Python that touches no Qt object, so a long
        list can be prepared on a background thread."""
        rows = list(rows)
        if len(rows) >= FORMAT_FIRST and not whole:
            return Prepared(rows, [None] * len(rows), [None] * len(rows), [""] * len(rows))
        # Column by column, the rows' tuples then made at once: quicker than row by row.
        cells = [list(map(c.text, rows)) for c in self.columns]
        searched = zip(*[cells[i] for i in self._searchable], strict=True)
        hay = list(map(fold, map("\x1f".join, searched))) if self._searchable else [""] * len(rows)
        text = list[tuple[str, ...] | None](zip(*cells, strict=True))
        return Prepared(rows, text, self._all_tones(rows), hay)

    def _all_tones(self, rows: list[T]) -> list[tuple[str | None, ...] | None]:
        """`_tones_of` each row, made only for the rows a column by column look finds toned."""
        if not self._cell_tones:
            return [self._tones_of(row) for row in rows]
        toned = {i for c in self.columns if c.tone for i, t in enumerate(map(c.tone, rows)) if t}
        if self._row_tone:
            toned.update(i for i, t in enumerate(map(self._row_tone, rows)) if t)
        return [self._tones_of(row) if i in toned else None for i, row in enumerate(rows)]

    def set_prepared(self, prepared: Prepared[T]) -> None:
        self.beginResetModel()
        self._rows, self._text = prepared.rows, prepared.text
        self._tones, self._haystack = prepared.tones, prepared.haystack
        self._cold = 0 if prepared.text and prepared.text[0] is None else len(prepared.text)
        if self._words:
            self._format_all()
        self._sort_keys = {}
        self._order = self._sorted(self._sort_column, self._sort_order)
        self._visible = self._matching(self._order, self._words)
        self.endResetModel()
        if self._cold < len(self._text) and self.idle_formatting:
            self._warming.start()

    def replace(self, changed: dict[int, T]) -> None:
        """Rows given anew (a record saved), by their places among the rows set: each
        formatted again where it stands; a filter and a column's order then applied again."""
        for source, row in changed.items():
            self._rows[source] = row
            self._format(source)
        for column, keys in self._sort_keys.items():
            for source, key in zip(changed, self._keys_of(column, changed), strict=True):
                keys[source] = key
        if self.natural_order() and not self._words:  # each row shown at its place
            last = len(self.columns) - 1
            for source in changed:
                self.dataChanged.emit(self.index(source, 0), self.index(source, last))
        else:
            self.sort(self._sort_column, self._sort_order)

    def _texts(self, source: int) -> tuple[str, ...]:
        """The row's cell texts, the row formatted now if it was not yet."""
        texts = self._text[source]
        if texts is None:
            texts = self._format(source)
        return texts

    def _format(self, source: int) -> tuple[str, ...]:
        row = self._rows[source]
        texts = self._text[source] = tuple(c.text(row) for c in self.columns)
        self._tones[source] = self._tones_of(row)
        self._haystack[source] = fold("\x1f".join([texts[i] for i in self._searchable]))
        return texts

    def _format_all(self) -> None:
        """Every row formatted (a filter looks at them all)."""
        text = self._text
        for source in range(self._cold, len(text)):
            if text[source] is None:
                self._format(source)
        self._cold = len(text)

    def _warm(self) -> None:
        """Format the rows not formatted yet for a few milliseconds, and again on the next
        idle turn of the event loop until none is left."""
        text, end = self._text, len(self._text)
        source, done = self._cold, 0
        until = time.perf_counter() + SLICE
        while source < end:
            if text[source] is None:
                self._format(source)
                done += 1
                if not done % 32 and time.perf_counter() > until:
                    source += 1
                    break
            source += 1
        self._cold = source
        if source < end and self.idle_formatting:
            self._warming.start()

    def format_when_idle(self, on: bool) -> None:
        """Format the rows not shown yet while the window is idle (a page does while it is
        in sight: a page out of sight leaves the time to the one in sight)."""
        self.idle_formatting = on
        if not on:
            self._warming.stop()
        elif self._cold < len(self._text):
            self._warming.start()

    def formatted(self) -> int:
        """How many rows are formatted (the others are formatted when first needed)."""
        return sum(1 for texts in self._text if texts is not None)

    def _tones_of(self, row: T) -> tuple[str | None, ...] | None:
        base = self._row_tone(row) if self._row_tone else None
        if not self._cell_tones:  # the row's tone in every cell: one tuple per tone, shared
            if base is None:
                return None
            whole = self._whole_rows.get(base)
            if whole is None:
                whole = self._whole_rows[base] = (base,) * len(self.columns)
            return whole
        tones = tuple((c.tone(row) if c.tone else None) or base for c in self.columns)
        return tones if any(tones) else None

    # -- what the views ask --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for each role of each cell at every paint: the roles this model has nothing
        # for are turned away first, the others compared as plain numbers.
        if role not in _ANSWERED or not index.isValid():
            return None
        source = self._visible[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._texts(source)[column]
        if self._text[source] is None:
            self._format(source)
        if role in (_FOREGROUND, _BACKGROUND):
            tones = self._tones[source]
            tone = tones[column] if tones is not None else None
            if tone is None:
                return None
            background, foreground = TONES[tone]
            return foreground if role == _FOREGROUND else background
        if role == _DESCRIPTION:
            tones = self._tones[source]
            tone = tones[column] if tones is not None else None
            return TONE_WORDS.get(tone) if tone else None
        if role == _ALIGNMENT:
            return _RIGHT if self.columns[column].numeric else None
        if role == _TOOLTIP:
            return self._texts(source)[column] if self.columns[column].tooltip else None
        return self._rows[source]  # ROW_ROLE

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    # -- rows ----------------------------------------------------------------------------------

    def row(self, position: int) -> T:
        """The row shown at `position`."""
        return self._rows[self._visible[position]]

    def rows(self) -> list[T]:
        """Every row, shown or filtered out, in the order they were set."""
        return list(self._rows)

    def visible_rows(self) -> list[T]:
        return [self._rows[i] for i in self._visible]

    def total(self) -> int:
        return len(self._rows)

    def position_of(self, predicate: Callable[[T], bool]) -> int | None:
        """Where the first shown row matching `predicate` is, or None."""
        for position, source in enumerate(self._visible):
            if predicate(self._rows[source]):
                return position
        return None

    def text(self, position: int, column: int) -> str:
        return self._texts(self._visible[position])[column]

    # -- filtering -----------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        """The filter as typed (its words, not folded)."""
        return self._typed

    def set_filter(self, text: str) -> None:
        """Show only rows containing every word of `text` in a searchable column, case and
        accents aside (`fold`)."""
        self._typed = " ".join(text.split())
        words = search_words(text)
        if words == self._words:
            return
        # When every old word lies inside a new word, the new matches are a subset of the
        # rows shown now: scan only those.
        narrower = all(any(old in new for new in words) for old in self._words)
        source = self._visible if narrower else self._order
        if words:
            self._format_all()
        self.beginResetModel()
        self._words = words
        self._visible = self._matching(source, words)
        self.endResetModel()

    def _matching(self, source: list[int], words: tuple[str, ...]) -> list[int]:
        hay = self._haystack
        if not words:
            return list(source)
        if len(words) == 1:
            word = words[0]
            return [i for i in source if word in hay[i]]
        return [i for i in source if all(w in hay[i] for w in words)]

    # -- sorting -------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        anchors = [(self._visible[i.row()], i.column()) for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted(column, order)
        self._visible = self._matching(self._order, self._words)
        if persistent:
            where = {source: position for position, source in enumerate(self._visible)}
            moved = [
                self.index(where[source], col) if source in where else QModelIndex()
                for source, col in anchors
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def natural_order(self) -> bool:
        """Whether the rows are shown in the order they were given (no column sorts them)."""
        return self._sort_column == _NATURAL

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        if column == _NATURAL:
            return list(range(len(self._rows)))
        keys = self._keys(column)
        return sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = self._keys_of(column, range(len(self._rows)))
        return keys

    def _keys_of(self, column: int, sources: Iterable[int]) -> list[Any]:
        """The sort keys in `column` of the rows at `sources`."""
        spec, rows, text = self.columns[column], self._rows, self._text
        if spec.sort_key is None:  # the column's text, of a row not formatted yet too
            make = spec.text
            return [
                (texts[column] if (texts := text[i]) is not None else make(rows[i])).lower()
                for i in sources
            ]
        # (is-missing, value): rows without a value sort last, and None is never compared
        # with a value.
        sort_key = spec.sort_key
        return [_key(sort_key(rows[i])) for i in sources]


def _key(value: Any) -> tuple[bool, Any]:
    return (value is None, value)
