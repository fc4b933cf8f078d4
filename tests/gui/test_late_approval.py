"""An account approved after its grandfathering deadline shows the finding in its details."""

from __future__ import annotations

from datetime import date

from .conftest import add_account, approve


def test_the_details_keep_a_late_approval(qtbot, window, city_db) -> None:
    late = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    approve(city_db, late.id, date(2026, 11, 2))
    on_time = add_account(city_db, "https://x.com/parks", platform="x")
    approve(city_db, on_time.id)
    page = window.page("accounts")
    window.go("accounts")
    page.show_record(late.id)
    assert "approved 2,642 days after the deadline (2019-08-09, R5)" in (page.details.toPlainText())
    page.show_record(on_time.id)
    assert "after the deadline" not in page.details.toPlainText()
