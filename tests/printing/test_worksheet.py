"""The access-review worksheet: every line listed, headers and the review on every page."""

import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from clerkdesk.printing.layout import PrintHeader
from clerkdesk.printing.review import WorksheetData, WorksheetLine, render_worksheet

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
    for i in range(300):
        assert f"Person {i:03d} (E{i:04d})" in everything
    assert "Department head" in pages[-1]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)  # landscape Letter
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "2", "-png", str(out), str(tmp_path / "page")],
        check=True,
    )
    assert len(list(tmp_path.glob("page*.png"))) == 2
