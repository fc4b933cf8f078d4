"""Printouts a department head reads without help: dates as people write them, room to sign
and a line for each signer's printed name and date, boxes big enough to tick with a pen, and
a department's heading on every page its table runs onto."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
from reportlab.lib.units import inch

from clerkdesk.core.dates import long_date, short_date
from clerkdesk.printing.accounts import render_inventory
from clerkdesk.printing.accounts_data import (
    InventoryAccount,
    InventoryData,
    InventoryDepartment,
    InventoryPerson,
)
from clerkdesk.printing.layout import PrintHeader
from clerkdesk.printing.reviews import WorksheetData, render_worksheet
from clerkdesk.printing.site_checks import ChecklistData, render_checklist
from clerkdesk.printing.terms import render_agreements

from .test_agreement import agreement
from .test_worksheet import lines

HEADER = PrintHeader("City of Stoughton", "City Clerk", "A printout", date(2026, 12, 5))


def page_texts(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    return [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]


def paths(path: Path, number: int = 0) -> list[tuple[float, float, float, float]]:
    """The bounds (left, bottom, right, top) of every drawn path on a page."""
    pdf = pypdfium2.PdfDocument(str(path))
    return [
        o.get_bounds() for o in pdf[number].get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_PATH
    ]


def test_dates_read_as_people_write_them() -> None:
    assert long_date(date(2026, 12, 5)) == "December 5, 2026"
    assert short_date(date(2026, 12, 5)) == "Dec 5, 2026"
    assert long_date(date(2027, 1, 31)) == "January 31, 2027"
    assert short_date(date(2026, 9, 1)) == "Sep 1, 2026"


def test_the_footer_says_the_day_printed_in_words(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    render_agreements([agreement()], HEADER, out)
    [text] = page_texts(out)
    assert "Printed December 5, 2026" in text and "2026-12-05" not in text


def test_each_signer_has_room_and_a_line_for_signature_printed_name_and_date(
    tmp_path: Path,
) -> None:
    out = tmp_path / "a.pdf"
    render_agreements(
        [agreement(director_name="Karen Dietz", office_name="Dana Whitfield")], HEADER, out
    )
    [text] = page_texts(out)
    assert "Karen Dietz" in text and "Dana Whitfield" in text
    # The signature block's rules: thin horizontal lines below the clauses, grouped by row.
    rules = [b for b in paths(out) if b[3] - b[1] < 2 and b[2] - b[0] > 40 and b[1] < 300]
    rows: dict[int, list[tuple[float, float, float, float]]] = {}
    for bounds in rules:
        rows.setdefault(round(bounds[1]), []).append(bounds)
    signer_rows = sorted((y, r) for y, r in rows.items() if len(r) == 3)
    assert len(signer_rows) == 3, rows  # the user, the director, the office
    for _y, row in signer_rows:
        row.sort()
        for left, right in itertools.pairwise(row):
            assert right[0] - left[2] > 4  # three lines apart: signature, name, date
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(signer_rows)]
    assert min(gaps) >= 0.5 * inch  # room to sign by hand


def test_keep_and_remove_boxes_are_big_enough_to_tick_with_a_pen(tmp_path: Path) -> None:
    out = tmp_path / "w.pdf"
    data = WorksheetData(
        department="Parks",
        number=4,
        started_on="December 5, 2026",
        head="Priya Raman",
        office="City Clerk",
        lines=lines(5),
    )
    render_worksheet(data, HEADER, out)
    boxes = [
        b
        for b in paths(out)
        if abs((b[2] - b[0]) - (b[3] - b[1])) < 1 and b[2] - b[0] >= 0.2 * inch
    ]
    assert len(boxes) == 10


def _account(i: int) -> InventoryAccount:
    return InventoryAccount(
        platform="Facebook",
        handle=f"@parks{i}",
        url=f"https://facebook.com/parks{i:03d}",
        purpose="Programs and closures",
        status="Approved",
        approval="Common Council: Ann Lee, Jan 5, 2026",
        people=(InventoryPerson("Custodian", "Priya Raman", "Director", "praman@example.org"),),
        archived_in="ArchiveSocial",
        credential_on_file=True,
        mfa="on",
        overdue=0,
        site_check="checked Nov 2, 2026, next by Nov 2, 2027",
    )


def test_a_departments_heading_is_repeated_on_each_page_it_runs_onto(tmp_path: Path) -> None:
    out = tmp_path / "i.pdf"
    parks = InventoryDepartment(
        "Parks and Recreation",
        "Priya Raman",
        date(2026, 3, 1),
        date(2027, 3, 1),
        False,
        tuple(_account(i) for i in range(30)),
    )
    data = InventoryData(date(2026, 12, 5), (parks,), ("Facebook",), ())
    render_inventory(data, HEADER, out)
    pages = page_texts(out)
    assert len(pages) >= 4  # the summary, then the department over several pages
    assert "As of December 5, 2026" in pages[0]
    assert pages[1].startswith("Parks and Recreation 30 accounts; head: Priya Raman.")
    assert "Access review: last March 1, 2026; next due March 1, 2027." in pages[1]
    for text in pages[2:]:
        assert text.startswith("Parks and Recreation (continued) Account Status and approval")
    everything = " ".join(pages)
    assert all(f"parks{i:03d}" in everything for i in range(30))


def test_the_site_checklist_has_boxes_to_tick_with_a_pen(tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    data = ChecklistData(
        account="Parks on Facebook",
        platform="Facebook",
        handle="@parks",
        department="Parks",
        custodian="Priya Raman (E100)",
        office="City Clerk",
        last_check="never checked",
        open_findings=(),
        notices=("That its content is a public record", "The city's comment policy"),
        exceptions=(),
        abandoned_days=90,
    )
    render_checklist(data, HEADER, out)
    [text] = page_texts(out)
    assert "\u2610" not in text and "Checked by" in text
    boxes = [
        b
        for b in paths(out)
        if abs((b[2] - b[0]) - (b[3] - b[1])) < 1 and b[2] - b[0] >= 0.17 * inch
    ]
    # Shown and Missing for each notice; direct messages 3, MFA 3; no upkeep questions asked.
    assert len(boxes) == 2 * 2 + 3 + 3
    # A city that asks its upkeep (Janesville): yes and no for each of its two questions.
    asked = tmp_path / "asked.pdf"
    render_checklist(replace(data, upkeep=("Monitored each work day", "Answered")), HEADER, asked)
    ticks = [
        b
        for b in paths(asked)
        if abs((b[2] - b[0]) - (b[3] - b[1])) < 1 and b[2] - b[0] >= 0.17 * inch
    ]
    assert len(ticks) == len(boxes) + 2 * 2
