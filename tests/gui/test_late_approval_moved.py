"""An account approved after its grandfathering deadline still shows the finding in its
details on the accounts page once its web address changed."""

from __future__ import annotations

from datetime import date

from clerkdesk.services.accounts.writes import get_account, update_account
from clerkdesk.services.kernel.inputs import AccountInput

from .conftest import add_account, approve

FINDING = "approved 2,642 days after the deadline (2019-08-09, R5)"


def test_the_details_keep_a_late_approval_under_its_new_address(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    late = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    approve(city_db, late.id, date(2026, 11, 2))
    view = get_account(city_db, late.id)
    update_account(
        city_db,
        late.id,
        AccountInput(
            "https://facebook.com/stoughtonparks", "facebook", view.department, status="approved"
        ),
    )
    page = window.page("accounts")
    window.go("accounts")
    page.show_record(late.id)
    assert "https://facebook.com/stoughtonparks" in page.details.toPlainText()
    assert FINDING in page.details.toPlainText()
