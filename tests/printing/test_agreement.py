"""The Authorized User Agreement as a department head reads it: every field there, nothing
spilling, no password, markup printed as typed."""

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from clerkdesk.printing.layout import PrintHeader
from clerkdesk.printing.terms import AgreementData, BatchCover, render_agreements, signer_rows
from clerkdesk.services.terms.printouts import agreement_clauses, default_agreement_text

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
        "Department/Division Director",
        "For the City Clerk",
        "Page 1 of 1",
        "Printed November 20, 2026",
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
    last = reader.pages[199].extract_text()
    assert "Agreement 200 of 200: Person 199" in last
    # Each agreement is numbered on its own, so it can be filed by itself.
    assert all("Page 1 of 1" in page.extract_text() for page in reader.pages)
    assert seen[-1] == (200, 200)


def test_a_batch_has_a_cover_sheet_listing_who_is_in_it(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    items = [
        agreement(),
        agreement(name="Zoë Ångström-Łukasiewicz", employee_id="E1012", role="Authorized user"),
    ]
    cover = BatchCover("Authorized User Agreements: Fire and EMS", "Sign each on its row.")
    render_agreements(items, HEADER, out, cover=cover)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) == 3
    first = pages[0]
    assert "Authorized User Agreements: Fire and EMS" in first
    assert "2 agreements for signing" in first and "Sign each on its row." in first
    for value in ("Nguyễn Thị Minh Khai", "E1031", "Zoë Ångström-Łukasiewicz", "E1012"):
        assert value in first
    assert "https://facebook.com/stoughtonfire" in squash_url(first)
    assert "Public Education Officer" in first and "Authorized user" in " ".join(first.split())
    assert all("Page 1 of 1" in page for page in pages)
    assert "Agreement 2 of 2: Zoë Ångström-Łukasiewicz" in pages[2]


def squash_url(text: str) -> str:
    return text.replace("/\n", "/").replace("/ ", "/")


def test_each_signer_has_its_row_with_the_director_and_office_named(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    item = agreement(
        director_label="Department/Division Director",
        director_name="Karen Dietz",
        office_label="Approved by City Manager's Office",
        account_department="Fire and EMS",
        purpose="Fire safety education & burn bans",
    )
    render_agreements([item], HEADER, out)
    text = pdf_text(out)
    lines = text.splitlines()
    for label in ("Signed by", "Signature", "Printed name", "Date"):
        assert label in lines
    flat = " ".join(text.split())
    for row in ("Authorized user", "Department/Division Director", "City Manager's Office"):
        assert row in flat
    assert "Karen Dietz" in text
    assert "Purpose" in lines and "Fire safety education & burn bans" in text
    assert [signer for signer, _ in signer_rows(item)] == [
        "Authorized user",
        "Department/Division Director",
        "Approved by City Manager's Office",
    ]
    assert signer_rows(agreement())[2] == ("For the City Clerk", "")


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("Maple Falls", "City of Maple Falls' social media policy"),
        ("Stoughton", "City of Stoughton's social media policy"),
        ("City of Des Moines", "City of Des Moines' social media policy"),
    ],
)
def test_the_citys_possessive_reads_naturally(city: str, expected: str) -> None:
    """A city's own text may say "{city}'s" (the shipped one says "of the {city}")."""
    own = "I have read the {city}'s social media policy.\n\nI work for the {city}\u2019s clerk."
    clauses = " ".join(agreement_clauses(own, city, "City Clerk", 24))
    assert expected in clauses
    assert "s's" not in clauses and "s\u2019s" not in clauses
    shipped = " ".join(agreement_clauses(default_agreement_text(), city, "City Clerk", 24))
    assert "social media policy of the City of" in shipped and "'s social" not in shipped


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
