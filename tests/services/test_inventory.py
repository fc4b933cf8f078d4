"""The account inventory (R20): every account not discontinued, by department, with its
approval, who answers for it, where its records are archived, whether its credential is on
file (never the password) and the access reviews; and the PDF read back for every field."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.accounts.inventory import inventory, print_inventory
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.credentials.writes import CredentialInput
from clerkdesk.services.departments.writes import create_department, update_department
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer.csv_export import export_csv
from clerkdesk.services.transfer.csv_import import import_csv

from ..conftest import NOW

SECRET = "Maple-Falls#2026-parks"


@pytest.fixture
def register(db, parks):  # type: ignore[no-untyped-def]
    """Parks: an approved Facebook account with a custodian and a user, its password on file
    with MFA; a proposed X account nobody holds; a discontinued one. Library: one Instagram."""
    create_department(db, DepartmentInput("Library"))
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    people.create_person(
        db,
        PersonInput(
            "E200",
            "Tom Łukasiewicz",
            "Recreation Supervisor",
            "Parks",
            "tl@ci.stoughton.wi.us",
            "608-555-0142",
        ),
    )
    fb = accounts.create_account(
        db,
        AccountInput(
            "https://facebook.com/stoughtonparks",
            "facebook",
            "Parks",
            handle="@stoughtonparks",
            purpose="Park events & closures",
            archived_in="ArchiveSocial (city subscription)",
        ),
    )
    accounts.approve_account(
        db,
        fb.id,
        ApprovalInput("mayor", "Ann Lee", date(2026, 3, 10), "Memo 2026-14", True),
    )
    start = NOW - timedelta(days=40)
    assignments.designate(db, fb.id, "E100", "custodian", start)
    assignments.designate(db, fb.id, "E200", "authorized-user", start)
    credentials.set_credential(
        db,
        fb.id,
        CredentialInput(
            username="parks", password=SECRET, mfa_enabled=True, mfa_method="authenticator app"
        ),
    )
    accounts.create_account(db, AccountInput("https://x.com/stoughtonparks", "x", "Parks"))
    gone = accounts.create_account(
        db, AccountInput("https://youtube.com/@oldparks", "youtube", "Parks")
    )
    accounts.discontinue_account(db, gone.id, date(2026, 11, 1), "no longer used")
    accounts.create_account(
        db,
        AccountInput(
            "https://instagram.com/stoughtonlibrary",
            "instagram",
            "Library",
            status="pre-existing",
        ),
    )
    return fb


def test_every_account_not_discontinued_grouped_by_department(db, register) -> None:  # type: ignore[no-untyped-def]
    data = inventory(db)
    assert data.as_of == date(2026, 11, 20)
    assert [d.name for d in data.departments] == ["Library", "Parks"]
    library, parks = data.departments
    assert [a.url for a in parks.accounts] == [
        "https://facebook.com/stoughtonparks",
        "https://x.com/stoughtonparks",
    ]
    every = accounts.list_accounts(db)
    assert data.total == len([a for a in every if a.status != "discontinued"]) == 3
    assert sorted(data.platforms) == ["Facebook", "Instagram", "X"]
    fb = parks.accounts[0]
    assert (fb.platform, fb.handle, fb.purpose) == (
        "Facebook",
        "@stoughtonparks",
        "Park events & closures",
    )
    assert fb.status == "Approved"
    assert fb.approval == "Mayor: Ann Lee, Mar 10, 2026, Memo 2026-14"
    assert [(p.role, p.name, p.title) for p in fb.people] == [
        ("Custodian", "Priya Raman", "Director"),
        ("Authorized user", "Tom Łukasiewicz", "Recreation Supervisor"),
    ]
    assert fb.people[1].contact == "tl@ci.stoughton.wi.us · 608-555-0142"
    assert fb.archived_in == "ArchiveSocial (city subscription)"
    assert fb.credential_on_file and fb.mfa == "on (authenticator app)"
    x = parks.accounts[1]
    assert not x.credential_on_file and x.mfa == "not recorded" and x.people == ()
    overdue = [o for o in obligations.due(db) if o.state == "overdue"]
    for account in (*library.accounts, *parks.accounts):
        assert account.overdue == len([o for o in overdue if o.account == account.url])
    assert library.accounts[0].overdue >= 1  # pre-existing, not approved in time (R5)
    assert parks.head == "Priya Raman" and parks.last_review is None
    assert parks.next_review is not None  # people have access: a review is owed (R7)
    assert library.next_review is None  # nobody has access to the library's account
    assert dict(data.overdue)  # the summary's count of what is overdue


def test_the_printed_inventory_carries_every_field_and_never_the_password(
    db, register, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "inventory.pdf"
    data = print_inventory(db, out)
    reader = PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    summary, rest = pages[0], "\n".join(pages[1:])
    flat = " ".join(rest.split())
    assert "Accounts by department and platform" in summary and "All departments" in summary
    assert "As of November 20, 2026: 3 accounts in 2 departments" in " ".join(summary.split())
    for text in (
        "Parks",
        "Library",
        "@stoughtonparks",
        "https://facebook.com/stoughtonparks",
        "Park events & closures",
        "Approved",
        "Mayor: Ann Lee, Mar 10, 2026, Memo 2026-14",
        "Custodian: Priya Raman, Director",
        "Authorized user: Tom Łukasiewicz, Recreation Supervisor",
        "tl@ci.stoughton.wi.us · 608-555-0142",
        "ArchiveSocial (city subscription)",
        "On file",
        "MFA on (authenticator app)",
        "Not on file",
        "nobody designated",
        "https://instagram.com/stoughtonlibrary",
        "Pre-existing",
    ):
        assert text in flat.replace("/ ", "/"), text
    assert "youtube.com/@oldparks" not in flat  # discontinued
    assert SECRET not in "\n".join(pages)
    for number, page in enumerate(pages, start=1):  # the frame on every page, landscape
        assert f"Page {number} of {len(pages)}" in page
        assert "Account inventory as of November 20, 2026" in page
        box = reader.pages[number - 1].mediabox
        assert float(box.width) > float(box.height)
    assert data.total == 3
    [event] = [e for e in audit.list_events(db) if e.action == "inventory.print"]
    assert "3 accounts" in event.summary


def test_an_empty_register_prints_a_summary_that_says_so(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "inventory.pdf"
    data = print_inventory(db, out)
    assert data.total == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "As of November 20, 2026: 0 accounts" in " ".join(text.split())


def test_archived_in_goes_through_the_accounts_csv_both_ways(db, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "accounts.csv"
    export_csv(db, "accounts", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert list(rows[0])[-7:] == [
        "archived_in",
        "discontinued_on",
        "discontinue_reason",
        # Added after them: what the archive captures, and its last capture.
        "archive_comments",
        "archive_messages",
        "archive_subscribers",
        "archive_captured_on",
    ]
    [fb] = [r for r in rows if r["url"] == "https://facebook.com/stoughtonparks"]
    assert fb["archived_in"] == "ArchiveSocial (city subscription)"
    changed = tmp_path / "changed.csv"
    changed.write_text(
        "url,platform,department,status,archived_in\n"
        "https://x.com/stoughtonparks,x,Parks,proposed,City records server\n",
        encoding="utf-8",
    )
    import_csv(db, "accounts", changed)
    [x] = [a for a in accounts.list_accounts(db) if a.url == "https://x.com/stoughtonparks"]
    assert x.archived_in == "City records server"
    # A file without the column leaves the stored value as it is.
    without = tmp_path / "without.csv"
    without.write_text(
        "url,platform,department,status\nhttps://x.com/stoughtonparks,x,Parks,proposed\n",
        encoding="utf-8",
    )
    import_csv(db, "accounts", without)
    [x] = [a for a in accounts.list_accounts(db) if a.url == "https://x.com/stoughtonparks"]
    assert x.archived_in == "City records server"


def test_archived_in_has_a_limit(db, register) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        accounts.update_account(
            db,
            register.id,
            AccountInput(
                register.url, "facebook", "Parks", handle="@stoughtonparks", archived_in="x" * 301
            ),
        )
    assert caught.value.fields["archived_in"] == "at most 300 characters"


def test_holds_and_site_checks_show_on_the_inventory(db, register) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.city.writes import switch_rule
    from clerkdesk.services.requests.writes import RequestInput, save_request
    from clerkdesk.services.site_checks.writes import SiteCheckInput, save_site_check

    def row(url: str):  # type: ignore[no-untyped-def]
        return next(a for d in inventory(db).departments for a in d.accounts if a.url == url)

    url = "https://facebook.com/stoughtonparks"
    assert (row(url).records, row(url).site_check) == (None, None)  # R15 is off in Stoughton
    save_request(db, None, RequestInput("2026-031", NOW.date(), "Posts of 2025", accounts=(url,)))
    assert "request 2026-031" in (row(url).records or "")
    switch_rule(db, "R15", True)
    assert row(url).site_check == "never checked, next by Mar 10, 2026"
    save_site_check(
        db, None, SiteCheckInput(url, date(2026, 11, 2), "E100", direct_messages="on", mfa="on")
    )
    words = row(url).site_check or ""
    assert words.startswith("checked Nov 2, 2026, next by Nov 2, 2027; open: ")
    # Stoughton's policy is silent on direct messages (R13 off): Today does not ask, nor does
    # the inventory, until the rule is switched on.
    assert "direct messages" not in words.lower()
    switch_rule(db, "R13", True)
    assert "direct messages" in (row(url).site_check or "").lower()
