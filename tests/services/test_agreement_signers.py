"""The agreement as the service fills it: every signer's row has a printed name, the office's
that of the person holding it (titled as the office)."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments.writes import update_department
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import printouts
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW


def test_the_offices_row_names_who_holds_the_office(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    people.create_person(
        db, PersonInput("E900", "Dana Whitfield", "City Clerk", "Parks", "clerk@example.org")
    )
    people.create_person(db, PersonInput("E200", "Tom Becker", "Staff", "Parks"))
    account = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks")
    )
    assignments.designate(db, account.id, "E200", "authorized-user", NOW - timedelta(days=3))
    out = tmp_path / "agreement.pdf"
    printouts.print_agreement(db, "https://facebook.com/parks", "E200", out)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "For the City Clerk Dana Whitfield" in text
    assert "Tom Becker" in text and "Priya Raman" in text
    assert "Printed November 20, 2026" in text
