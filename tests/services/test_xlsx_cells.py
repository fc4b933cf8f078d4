"""Reading a workbook's cells straight from its XML, as Excel writes them: shared strings,
dates counted from 1904, a formula's last value, booleans, gaps between rows and cells."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import pytest

from clerkdesk.services.transfer.xlsx_cells import NotAWorkbook, Workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def excel_file(date1904: bool = False) -> io.BytesIO:
    """A workbook with the parts Excel writes, made by hand."""
    parts = {
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f'<workbookPr date1904="{int(date1904)}"/><sheets>'
        '<sheet name="Notes" sheetId="1" r:id="rId2"/>'
        '<sheet name="people" sheetId="2" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/notes.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}"><si><t>employee_id</t></si>'
        "<si><t>separated_on</t></si><si><t>00123</t></si>"
        "<si><r><t>Priya </t></r><r><t>Raman</t></r><rPh><t>ぷりや</t></rPh></si></sst>",
        "xl/styles.xml": f'<styleSheet xmlns="{MAIN}"><numFmts count="1">'
        '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="49"/>'
        "</cellXfs></styleSheet>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{MAIN}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s" s="2"><v>2</v></c><c r="B2" s="1"><v>45352</v></c>'
        '<c r="D2"><f>1+1</f><v>2</v></c><c r="E2" t="b"><v>1</v></c>'
        '<c r="F2" t="e"><v>#N/A</v></c><c r="G2" t="s"><v>3</v></c></row>'
        '<row r="5"><c t="inlineStr"><is><t>E7</t></is></c><c><v>1.5</v></c></row>'
        "</sheetData></worksheet>",
        "xl/worksheets/notes.xml": f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>',
    }
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    data.seek(0)
    return data


def test_cells_as_excel_writes_them() -> None:
    book = Workbook(excel_file())
    assert [title for title, _part in book.sheets] == ["Notes", "people"]
    assert list(book.rows(book.sheets[0][1])) == []
    rows = list(book.rows(book.sheets[1][1]))
    assert rows == [
        (1, ["employee_id", "separated_on"]),
        (2, ["00123", datetime(2024, 3, 1), None, 2, True, "#N/A", "Priya Raman"]),
        (5, ["E7", 1.5]),
    ]


def test_dates_counted_from_1904() -> None:
    book = Workbook(excel_file(date1904=True))
    rows = dict(book.rows(book.sheets[1][1]))
    assert rows[2][1] == datetime(2028, 3, 2)


def test_a_file_that_is_no_workbook() -> None:
    with pytest.raises(NotAWorkbook):
        Workbook(io.BytesIO(b"\xd0\xcf\x11\xe0 an old .xls"))
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(NotAWorkbook):
        Workbook(empty)
