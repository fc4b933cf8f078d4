"""The Authorized User Agreement as a department head reads it: every field there, nothing
spilling, no password, markup printed as typed."""

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from clerkdesk.printing.agreement import AgreementData, render_agreements
from clerkdesk.printing.layout import PrintHeader
from clerkdesk.services.printouts import agreement_clauses, default_agreement_text

HEADER = PrintHeader(
    city="City of Stoughton",
    office="City Clerk",
    title="Authorized User Agreement",
    printed_on=date(2026, 11, 20),
)
LONG = "Maximilian Alexander Bartholomew Fitzgerald-Montgomery-Worthington the Third Esq."


def agreement(**changes: object) -> AgreementData:
    values = dict(
        city="City of Stoughton",
        office="City Clerk",
        name="Nguyễn Thị Minh Khai",
        employee_id="E1031",
        title="Public Education Officer",
        department="Fire and EMS",
        division="Community Risk Reduction",
        role="Administrator",
        platform="Facebook",
        handle="@stoughtonfire",
        url="https://facebook.com/stoughtonfire",
        username="sfd.social",
        clauses=agreement_clauses(default_agreement_text(), "Stoughton", "City Clerk", 24),
        credential_note="The password is kept by the City Clerk in the City's credential store.",
    )
    values.update(changes)
    return AgreementData(**values)  # type: ignore[arg-type]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_prefilled_field_is_printed(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    item = agreement()
    render_agreements([item], HEADER, out)
    text = pdf_text(out)
    for value in (
        item.city,
        item.office,
        item.name,
        item.employee_id,
        item.title,
        item.department,
        item.division,
        item.role,
        item.platform,
        item.handle,
        item.url,
        item.username,
        "Authorized user",
        "Department director",
        "For the City Clerk",
        "Page 1 of 1",
        "Printed 2026-11-20",
    ):
        assert squash(str(value)) in squash(text), value
    assert "within 24 hours" in " ".join(text.split())
    assert len(PdfReader(out).pages) == 1


def test_no_password_field_and_the_credential_note(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    render_agreements([agreement()], HEADER, out)
    text = " ".join(pdf_text(out).split())
    assert "credential store" in text
    assert not re.search(r"password\s*:", text, re.IGNORECASE)
    assert "password" not in {f.lower() for f in AgreementData.__dataclass_fields__}


def test_markup_characters_print_as_typed(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    render_agreements(
        [agreement(title="Parks <Interim> & Recreation", name="A&B <b>Bold</b>")], HEADER, out
    )
    text = pdf_text(out)
    assert "Parks <Interim> & Recreation" in text
    assert "A&B <b>Bold</b>" in text


def test_long_names_wrap_inside_their_box_and_stay_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    long_title = (
        "Deputy Assistant Coordinator of Community Engagement and Digital Outreach Programs"
    )
    assert len(LONG) >= 80
    render_agreements([agreement(name=LONG, title=long_title, department=LONG)], HEADER, out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert squash(LONG) in squash(pdf_text(out))


@pytest.mark.parametrize("name", ["Nguyễn Thị Minh Khai", "Zoë Ångström-Łukasiewicz"])
def test_names_beyond_latin1_survive(tmp_path: Path, name: str) -> None:
    out = tmp_path / "a.pdf"
    render_agreements([agreement(name=name)], HEADER, out)
    assert name in pdf_text(out)


def test_a_batch_of_200_is_one_pdf_with_a_page_each(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    seen: list[tuple[int, int]] = []
    items = [agreement(name=f"Person {i:03d}", employee_id=f"E{i:04d}") for i in range(200)]
    render_agreements(items, HEADER, out, progress=lambda done, total: seen.append((done, total)))
    reader = PdfReader(out)
    assert len(reader.pages) == 200
    assert "Person 137" in reader.pages[137].extract_text()
    assert "Page 200 of 200" in reader.pages[199].extract_text()
    assert seen[-1] == (200, 200)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_renders_to_a_letter_page_image(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    render_agreements([agreement()], HEADER, out)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(out), str(tmp_path / "page")], check=True)
    [png] = tmp_path.glob("page*.png")
    header = png.read_bytes()[16:24]
    width, height = int.from_bytes(header[:4], "big"), int.from_bytes(header[4:], "big")
    assert (width, height) == (425, 550)  # 8.5 x 11 inches at 50 dpi


def test_city_text_replaces_only_the_known_placeholders() -> None:
    clauses = agreement_clauses(
        "I serve the {city} {and} the {office}.\n\nSecond {x}.", "Stoughton", "City Clerk", 24
    )
    assert clauses == ("I serve the City of Stoughton {and} the City Clerk.", "Second {x}.")
