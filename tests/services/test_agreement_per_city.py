"""Each city's Authorized User Agreement says what its own policy asks of an authorized user
(R6), printed from the shipped text for its profile, with its policy's title for the director
who signs: Janesville's form's commitments, Stoughton's Department Head and no 24-hour rule,
Wausau's 24 hours, and nothing of another city's policy anywhere."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments.writes import create_department, update_department
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import printouts
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW

CITIES = {
    "janesville": "Janesville",
    "stoughton": "Stoughton",
    "wausau": "Wausau",
    "milwaukee": "Milwaukee",
    "madison": "Madison",
}

# Words each city's agreement has and no other city's has: its own policy's commitments.
OWN = {
    "janesville": (
        "review the social media site at least once each work day",
        "update it at least once per work week",
        "forward every public records request I receive to the City Manager's Office at once",
        "hide or remove at once all content that violates it",
        "I have no privacy rights or interests",
        "grounds for disciplinary action, including discharge",
    ),
    "stoughton": (
        "as often as the authorizing Department Head directs",
        "prior authorization of my Department Head",
        "legal custodian of its content",
    ),
    "wausau": (
        "record every password change with the Social Media Coordinator within 24 hours",
        "give the City the log-in information of each City account",
        "never install extra applications",
    ),
    "milwaukee": (
        "at least 12 characters",
        "nomination papers may circulate",
        "transfer the City records I create for social media to the City's systems",
    ),
    "madison": (
        "keep the account fresh and current",
        "personal civil liability",
        "release emergency information only through the City website",
    ),
}

# The generic text's clauses no city's policy says as it does.
GENERIC = ("monitor the account each work day", "within the purpose recorded")


def print_for(empty_db, key: str, tmp_path: Path) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """The agreement of one authorized user in a city on `key`'s profile: its text, flattened,
    and its number of pages."""
    db = empty_db
    city.init_city(db, CITIES[key], key, date(2021, 3, 1))
    parks = create_department(db, DepartmentInput("Parks"))
    people.create_person(db, PersonInput("E100", "Priya Raman", "Director", "Parks"))
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    people.create_person(db, PersonInput("E200", "Tom Becker", "Recreation Aide", "Parks"))
    url = f"https://facebook.com/{key}parks"
    account = accounts.create_account(db, AccountInput(url, "facebook", "Parks"))
    assignments.designate(db, account.id, "E200", "authorized-user", NOW - timedelta(days=3))
    out = tmp_path / f"agreement-{key}.pdf"
    printouts.print_agreement(db, url, "E200", out)
    pages = PdfReader(out).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split()), len(pages)


@pytest.mark.parametrize("key", list(CITIES))
def test_each_city_prints_its_own_commitments_only(empty_db, tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    text, pages = print_for(empty_db, key, tmp_path)
    assert pages == 1
    assert f"City of {CITIES[key]}" in text
    for words in OWN[key]:
        assert words in text, words
    for other, phrases in OWN.items():
        if other != key:
            for words in phrases:
                assert words not in text, (other, words)
    for words in GENERIC:
        assert words not in text
    # A password-report time limit only where the policy sets one (R9: Wausau's alone).
    assert ("hours" in text) is (key == "wausau")


@pytest.mark.parametrize(
    ("key", "director"),
    [
        ("stoughton", "Department Head"),
        ("wausau", "Department Head"),
        ("madison", "Department/Division Head"),
        ("janesville", "Approved by Department/Division Director"),
    ],
)
def test_the_director_signs_under_the_policys_title(empty_db, tmp_path, key, director) -> None:  # type: ignore[no-untyped-def]
    text, _ = print_for(empty_db, key, tmp_path)
    signatures = text[text.rindex("Signatures") :]
    assert f"{director} Priya Raman" in signatures
    if key != "janesville":
        assert "Division Director" not in text


def test_a_city_on_its_own_profile_prints_the_generic_text(db) -> None:  # type: ignore[no-untyped-def]
    """An unknown profile's city has ClerkDesk's generic text; a shipped one its policy's."""
    generic = printouts.default_agreement_text("maple-falls")
    assert generic == printouts.default_agreement_text()
    assert "monitor the account each work day" in generic
    assert city.agreement_text(db) == (printouts.default_agreement_text("stoughton"), False)
    shipped = printouts.default_agreement_text("stoughton")
    assert "#" not in shipped and "\n\n\n" not in shipped
    assert shipped.startswith("1. I have the prior authorization of my Department Head")


@pytest.mark.parametrize("key", list(CITIES))
def test_each_citys_agreement_fits_one_page_with_every_field_and_a_notice(tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    """The longest an agreement gets: every field filled, a purpose, and the election
    blackout's notice (R18); still one page, the signatures on it."""
    from clerkdesk.printing.layout import PrintHeader
    from clerkdesk.printing.terms import AgreementData, render_agreements
    from clerkdesk.resources import load_profile

    profile = load_profile(key)
    office, town = profile.coordinating_office, f"City of {CITIES[key]}"
    item = AgreementData(
        city=town,
        office=office,
        name="Tom Becker",
        employee_id="E200",
        title="Recreation Aide",
        department="Parks and Recreation",
        division="Recreation Programs",
        role="Authorized user",
        platform="Facebook",
        handle="@parksandrec",
        url="https://facebook.com/parksandrec",
        username="parks.social",
        clauses=printouts.agreement_clauses(
            printouts.default_agreement_text(key), CITIES[key], office, 24
        ),
        credential_note=printouts.CREDENTIAL_NOTE.format(office=office),
        purpose="Park news, events and closures for the whole city, with photographs of parks",
        notice="Printed during an election blackout: Tom Becker, a candidate in the election "
        "\u201cSpring 2027\u201d, may not post to the City's accounts from December 1, 2026 "
        "through April 6, 2027 (Wis. Stat. 11.1205). Their posting access is suspended until "
        "then; this agreement takes effect when it is restored.",
        director_label=profile.director_title,
        office_label=f"For the {office}",
    )
    out = tmp_path / "a.pdf"
    header = PrintHeader(town, office, "Authorized User Agreement", date(2026, 11, 20))
    render_agreements([item], header, out)
    [page] = PdfReader(out).pages
    text = " ".join(page.extract_text().split())
    assert "Signatures" in text and "Page 1 of 1" in text


def test_a_city_saved_with_the_generic_title_signs_under_the_policys(empty_db) -> None:  # type: ignore[no-untyped-def]
    import json

    from sqlalchemy import text

    from clerkdesk.services.kernel.common import city_row, profile_of

    city.init_city(empty_db, "Stoughton", "stoughton", date(2019, 6, 25))
    with empty_db.reading() as session:
        saved = json.loads(city_row(session).profile_json)
    # As every copy of a profile was saved before profiles gave each policy's title.
    saved["director_title"] = "Department/Division Director"
    with empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE city SET profile_json = :p"), {"p": json.dumps(saved)})
    with empty_db.reading() as session:
        assert profile_of(city_row(session)).director_title == "Department Head"
