"""The access-review worksheet: every line listed, headers and the review on every page."""

import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from clerkdesk.printing.layout import PrintHeader
from clerkdesk.printing.reviews import WorksheetData, WorksheetLine, render_worksheet

HEADER = PrintHeader(
    city="City of Stoughton",
    office="City Clerk",
    title="Access review 4: Parks & Recreation, started 2026-11-20",
    printed_on=date(2026, 11, 20),
)


def lines(count: int) -> tuple[WorksheetLine, ...]:
    return tuple(
        WorksheetLine(
            account=f"https://facebook.com/parks{i:03d}",
            platform="Facebook",
            person=f"Person {i:03d}",
            employee_id=f"E{i:04d}",
            role="Authorized user",
            since="2026-01-05",
            agreement="not signed" if i % 3 else "2026-01-06",
            last_change="never recorded",
        )
        for i in range(count)
    )


def test_three_hundred_lines_fill_several_pages_with_repeated_headers(tmp_path: Path) -> None:
    out = tmp_path / "worksheet.pdf"
    data = WorksheetData(
        department="Parks & Recreation",
        number=4,
        started_on="2026-11-20",
        head="Priya Raman",
        office="City Clerk",
        lines=lines(300),
    )
    render_worksheet(data, HEADER, out)
    reader = PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 5
    for number, text in enumerate(pages, start=1):
        assert "Account" in text and "Person" in text and "Remove" in text, number
        assert "Access review 4: Parks & Recreation, started 2026-11-20" in text
        assert f"Page {number} of {len(pages)}" in text
    everything = "\n".join(pages)
    flat = " ".join(everything.split())
    for i in range(300):
        assert f"Person {i:03d} (E{i:04d})" in flat
    assert "Department head" in pages[-1]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)  # landscape Letter
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "2", "-png", str(out), str(tmp_path / "page")],
        check=True,
    )
    assert len(list(tmp_path.glob("page*.png"))) == 2


NAMES = ("Zoë Ångström-Łukasiewicz", "Bartholomew Fitzgerald-Montgomery", "Nguyễn Thị Minh Khai")
URLS = (
    "https://facebook.com/maplefallsparksandrecreation",
    "https://www.instagram.com/maplefallsparks",
)


def long_lines(count: int) -> tuple[WorksheetLine, ...]:
    return tuple(
        WorksheetLine(
            account=URLS[i % 2],
            platform="Facebook" if i % 2 == 0 else "Instagram",
            person=NAMES[i % 3],
            employee_id=f"E{1000 + i}",
            role="Administrator",
            since="2026-01-05",
            agreement="not signed",
            last_change="never recorded",
        )
        for i in range(count)
    )


def worksheet(count: int, **changes: object) -> WorksheetData:
    values: dict[str, object] = dict(
        department="Parks and Recreation",
        number=4,
        started_on="2026-11-20",
        head="Priya Raman",
        office="City Clerk",
        lines=long_lines(count),
        return_by="2026-12-04",
        clerk="Dana Whitfield",
        clerk_contact="dwhitfield@maplefallswi.gov · 608-555-0101",
    )
    values.update(changes)
    return WorksheetData(**values)  # type: ignore[arg-type]


def test_no_word_is_cut_in_two(tmp_path: Path) -> None:
    out = tmp_path / "worksheet.pdf"
    render_worksheet(worksheet(12), HEADER, out)
    lines = "\n".join(p.extract_text() for p in PdfReader(out).pages).splitlines()
    for word in ("Administrator", "Łukasiewicz", "Ångström-Łukasiewicz", "Fitzgerald-Montgomery"):
        assert any(word in line for line in lines), word
    assert any("maplefallsparksandrecreation" in line for line in lines)
    # A web address that does not fit breaks after a / or a . only.
    for line in lines:
        if line.startswith("https://") and line not in URLS:
            assert line.endswith(("/", ".")), line


def test_the_signature_block_stays_with_the_last_rows(tmp_path: Path) -> None:
    for count in range(26, 40):  # around where the block would fall to a page of its own
        out = tmp_path / f"worksheet-{count}.pdf"
        render_worksheet(worksheet(count), HEADER, out)
        last = PdfReader(out).pages[-1].extract_text()
        assert "Department head" in last and "Printed name" in last
        # At least the last rows are on the signature's page, with the table's header.
        assert f"(E{1000 + count - 1})" in last and f"(E{1000 + count - 2})" in last, count
        assert "Remove" in last


def test_return_by_and_the_clerk_are_on_the_worksheet(tmp_path: Path) -> None:
    out = tmp_path / "worksheet.pdf"
    render_worksheet(worksheet(3), HEADER, out)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "by 2026-12-04 to Dana Whitfield, City Clerk" in text
    assert "dwhitfield@maplefallswi.gov · 608-555-0101" in text
    assert "Priya Raman" in text and "Notes" in text
