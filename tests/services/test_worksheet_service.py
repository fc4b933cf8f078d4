"""The worksheet as the service fills it: the "Return by" day (the profile's response days
after printing) and the clerk to return it to, found by the office's title."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments.writes import update_department
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.services.reviews import printouts
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW


def test_the_worksheet_says_by_when_and_to_whom(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    people.create_person(
        db,
        PersonInput(
            "E900",
            "Dana Whitfield",
            "City Clerk",
            "Parks",
            "clerk@ci.stoughton.wi.us",
            "608-555-0101",
        ),
    )
    people.create_person(db, PersonInput("E200", "Tom Becker", "Staff", "Parks"))
    account = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks")
    )
    assignments.designate(db, account.id, "E200", "authorized-user", NOW - timedelta(days=3))
    out = tmp_path / "review.pdf"
    printouts.print_review(db, "Parks", out)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    # Printed November 20, 2026; the profile gives 14 days.
    assert "by December 4, 2026 to Dana Whitfield, City Clerk" in text
    assert "(clerk@ci.stoughton.wi.us · 608-555-0101)" in text
    assert "Tom Becker (E200)" in text and "Priya Raman" in text
    # Stoughton's policy asks for the review; the 180 days are ClerkDesk's, as Today says.
    assert "The review's basis: Stoughton policy; every 180 days: ClerkDesk's figure." in text


def test_without_a_clerk_on_file_it_goes_back_to_the_office(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    people.create_person(db, PersonInput("E200", "Tom Becker", "Staff", "Parks"))
    account = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks")
    )
    assignments.designate(db, account.id, "E200", "authorized-user", NOW - timedelta(days=3))
    out = tmp_path / "review.pdf"
    printouts.print_review(db, "Parks", out)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "by December 4, 2026 to the City Clerk." in text
