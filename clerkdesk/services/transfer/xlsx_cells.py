"""The cell values of an .xlsx workbook's sheets, read straight from its XML.

openpyxl builds an object for every cell, which makes a 10,000-account workbook several times
slower to read than the same rows as CSV; this reads only what an import needs (each cell's
value as openpyxl's `values_only` would give it: text, number, bool, date or time, a formula's
last value) with the standard library's streaming XML parser, taking from openpyxl only its
rules for which number formats are dates and how Excel counts days. Excel's, LibreOffice's and
openpyxl's files alike (shared or inline strings, the transitional or the strict namespace)."""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, iterparse, parse

from openpyxl.utils.datetime import (
    CALENDAR_MAC_1904,
    CALENDAR_WINDOWS_1900,
    from_excel,
    from_ISO8601,
)

from ...core.errors import ClerkDeskError

_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REL_STRICT = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"

SheetRows = Iterator[tuple[int, list[Any]]]  # (row number, its values from column A)


def _local(tag: str) -> str:
    return tag[tag.rfind("}") + 1 :]


def _children(element: Element, name: str) -> list[Element]:
    return [e for e in element if _local(e.tag) == name]


def _text(element: Element) -> str:
    """A string item's text: its runs' text, without phonetic guides (<rPh>)."""
    parts: list[str] = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


class Workbook:
    """An open .xlsx file: its sheets by title, in the workbook's order."""

    def __init__(self, file: IO[bytes] | str) -> None:
        try:
            self.zip = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, OSError) as exc:
            raise NotAWorkbook from exc
        try:
            self._read()
        except (zipfile.BadZipFile, KeyError, ValueError, ParseError) as exc:
            self.zip.close()
            raise NotAWorkbook from exc

    def _read(self) -> None:
        book_path = self._office_document(set(self.zip.namelist()))
        root = self._xml(book_path)
        targets = self._relations(book_path)
        pr = next((e for e in root if _local(e.tag) == "workbookPr"), None)
        self.date1904 = pr is not None and pr.get("date1904", "0") in ("1", "true")
        self.sheets: list[tuple[str, str]] = []
        for sheets in _children(root, "sheets"):
            for sheet in _children(sheets, "sheet"):
                rel = sheet.get(_REL) or sheet.get(_REL_STRICT) or ""
                if targets.get(rel, ("", ""))[0].endswith("/worksheet") and rel in targets:
                    self.sheets.append((sheet.get("name", ""), targets[rel][1]))
        self.epoch = CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900
        by_type = {kind.rsplit("/", 1)[-1]: path for kind, path in targets.values()}
        self.shared = self._shared(by_type.get("sharedStrings"))
        self.dates, self.times = self._date_styles(by_type.get("styles"))

    def close(self) -> None:
        self.zip.close()

    def _office_document(self, names: set[str]) -> str:
        if "_rels/.rels" in names:
            for rel in self._xml("_rels/.rels"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    return rel.get("Target", "").lstrip("/")
        return "xl/workbook.xml"

    def _relations(self, part: str) -> dict[str, tuple[str, str]]:
        """The part's relationships: id → (type, the target's path in the archive)."""
        folder, name = posixpath.split(part)
        path = posixpath.join(folder, "_rels", name + ".rels")
        if path not in self.zip.namelist():
            return {}
        found = {}
        for rel in self._xml(path):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            full = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(full))
        return found

    def _xml(self, path: str) -> Element:
        with self.zip.open(path) as file:
            return parse(file).getroot()

    def _shared(self, path: str | None) -> list[str]:
        if path is None or path not in self.zip.namelist():
            return []
        return [_text(si) for si in self._xml(path) if _local(si.tag) == "si"]

    def _date_styles(self, path: str | None) -> tuple[set[int], set[int]]:
        """The cell styles (by index) whose number format shows a date, and those of them
        that show a duration."""
        from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

        if path is None or path not in self.zip.namelist():
            return set(), set()
        root = self._xml(path)
        formats: dict[int, str] = dict(BUILTIN_FORMATS)
        for numfmts in _children(root, "numFmts"):
            for fmt in _children(numfmts, "numFmt"):
                formats[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
        dates, times = set(), set()
        for xfs in _children(root, "cellXfs"):
            for i, xf in enumerate(_children(xfs, "xf")):
                code = formats.get(int(xf.get("numFmtId", "0")), "")
                if code and is_date_format(code):
                    dates.add(i)
                    if is_timedelta_format(code):
                        times.add(i)
        return dates, times

    def rows(self, path: str) -> SheetRows:
        """The sheet's rows that hold something, each with its number."""
        number = 0
        with self.zip.open(path) as file:
            for _event, element in iterparse(file):
                if _local(element.tag) != "row":
                    continue
                number = int(element.get("r") or number + 1)
                values: list[Any] = []
                for cell in element:
                    if _local(cell.tag) != "c":
                        continue
                    ref = cell.get("r")
                    column = _column(ref) if ref else len(values)
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                    values.append(self._value(cell))
                element.clear()
                yield number, values

    def _value(self, cell: Element) -> Any:
        """The cell's value as openpyxl's `values_only` gives it (a formula: its last value)."""
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = next((e for e in cell if _local(e.tag) == "is"), None)
            return _text(inline) if inline is not None else None
        raw = next((e.text for e in cell if _local(e.tag) == "v"), None)
        if raw is None:
            return None
        if kind == "s":
            return self.shared[int(raw)]
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            return from_ISO8601(raw)
        if kind in ("str", "e"):
            return raw
        value = _number(raw)
        style = int(cell.get("s", "0"))
        if style in self.dates:
            try:
                return from_excel(value, self.epoch, timedelta=style in self.times)
            except (OverflowError, ValueError):
                return value  # a number no calendar has: read as the number
        return value


def _column(ref: str) -> int:
    """The 0-based column of a cell reference ("C5" → 2)."""
    column = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            column = column * 26 + ord(ch) - 64
        else:
            break
    return column - 1


def _number(raw: str) -> int | float:
    try:
        return int(raw)
    except ValueError:
        return float(raw)


class NotAWorkbook(ClerkDeskError):
    """The file is not an .xlsx workbook (an old .xls, a CSV renamed, a damaged file)."""

    def __init__(self) -> None:
        super().__init__("not an Excel workbook (.xlsx)")
