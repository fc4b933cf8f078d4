"""An account approved after its grandfathering deadline keeps the finding when its web
address changes afterwards: its approval's event is found under the address it had then."""

from __future__ import annotations

from datetime import date

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput
from clerkdesk.services.obligations.ending import addresses_had, late_approval

from ..conftest import NOW

OLD = "https://facebook.com/parks"
NEW = "https://facebook.com/stoughtonparks"
LATER = "https://facebook.com/stoughtonparksandrec"
FINDING = "approved 2,660 days after the deadline (2019-08-09, R5)"


def _approve(db, account_id: int) -> None:  # type: ignore[no-untyped-def]
    accounts.approve_account(
        db,
        account_id,
        ApprovalInput("mayor", "Mayor Jones", NOW.date(), "Res. 1", True, "Every work day", True),
    )


def _move(db, account_id: int, url: str) -> None:  # type: ignore[no-untyped-def]
    view = accounts.get_account(db, account_id)
    accounts.update_account(
        db, account_id, AccountInput(url, "facebook", view.department, status="approved")
    )


def test_a_late_approval_keeps_its_finding_once_the_address_changed(db, parks) -> None:  # type: ignore[no-untyped-def]
    late = accounts.create_account(
        db, AccountInput(OLD, "facebook", "Parks", status="pre-existing")
    )
    _approve(db, late.id)
    assert late_approval(db, late.id) == FINDING
    _move(db, late.id, NEW)
    assert late_approval(db, late.id) == FINDING
    _move(db, late.id, LATER)
    assert late_approval(db, late.id) == FINDING
    with db.reading() as session:
        assert [url for url, _, _ in addresses_had(session, LATER)] == [LATER, NEW, OLD]


def test_an_address_another_account_had_does_not_lend_it_its_finding(db, parks) -> None:  # type: ignore[no-untyped-def]
    late = accounts.create_account(
        db, AccountInput(OLD, "facebook", "Parks", status="pre-existing")
    )
    _approve(db, late.id)
    _move(db, late.id, NEW)
    # A new account under the address the late one left, approved in time: no finding.
    other = accounts.create_account(db, AccountInput(OLD, "facebook", "Parks"))
    _approve(db, other.id)
    assert late_approval(db, other.id) is None
    assert late_approval(db, late.id) == FINDING
    on_time = accounts.create_account(db, AccountInput(LATER, "facebook", "Parks"))
    _approve(db, on_time.id)
    assert late_approval(db, on_time.id) is None
    assert date(2019, 8, 9) < NOW.date()


def test_an_account_a_file_adds_approved_under_a_left_address_has_no_finding(
    db, parks, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A file adds an account already approved under the address a late one left: it has no
    approval event of its own, and the late one's is not its."""
    from clerkdesk.services.transfer.csv_import import import_csv

    late = accounts.create_account(
        db, AccountInput(OLD, "facebook", "Parks", status="pre-existing")
    )
    _approve(db, late.id)
    _move(db, late.id, NEW)
    path = tmp_path / "accounts.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{OLD},facebook,Parks,approved,mayor,Mayor Jones,{NOW.date()}\n",
        encoding="utf-8",
    )
    import_csv(db, "accounts", path)
    other = accounts.find_account(db, OLD)
    assert other.id != late.id and other.status == "approved"
    assert late_approval(db, other.id) is None
    assert late_approval(db, late.id) == FINDING
