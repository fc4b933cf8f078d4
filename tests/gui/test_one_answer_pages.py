"""One rule, one answer, on the pages of each city: every register's page that shows a due day
or a state (Requests, Site checks, Access reviews, Accounts, Exceptions, Elections) shows each
item as Today (the obligations engine) has it, and nothing Today does not ask for. The same
scenario's printouts, calendar and command line: tests/services/test_one_answer_cities.py."""

from __future__ import annotations

from typing import Any

import pytest

from clerkdesk.core.obligations.model import DUE_SOON, OVERDUE
from tests.services.one_answer_city import (
    CITIES,
    CLOSED_REQUEST,
    EARLY_DUE,
    EARLY_REQUEST,
    NOW,
    PRE_EXISTING,
    build_city,
    check_edges,
    today_answers,
)

PRESSING = (OVERDUE, DUE_SOON)  # the states a page colours


def shown(page: Any) -> list[dict[str, Any]]:
    """Each row the page's table shows: its cells' text by column header, and the row itself
    under "row" and each column's tone under "tone <header>"."""
    page.reload()
    model = page.model
    rows = []
    for position in range(model.rowCount()):
        row = model.row(position)
        cells: dict[str, Any] = {"row": row}
        for column, spec in enumerate(model.columns):
            cells[spec.header] = model.text(position, column)
            cells[f"tone {spec.header}"] = spec.tone(row) if spec.tone else None
        rows.append(cells)
    return rows


def pressing(state: str | None) -> str | None:
    return state if state in PRESSING else None


@pytest.fixture(params=CITIES)
def city_ctx(request: pytest.FixtureRequest, empty_db, clock, paths, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.services.city.writes import get_city

    clock.now = NOW
    build_city(empty_db, request.param)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    ctx = AppContext(paths, empty_db, get_city(empty_db), settings)
    yield request.param, ctx
    ctx.close()


def test_every_register_page_shows_today_s_due_day_and_state(qtbot, city_ctx) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.accounts.page import AccountsPage
    from clerkdesk.gui.pages.elections.page import ElectionsPage
    from clerkdesk.gui.pages.exceptions.page import ExceptionsPage
    from clerkdesk.gui.pages.requests.page import RequestsPage
    from clerkdesk.gui.pages.reviews.page import ReviewsPage
    from clerkdesk.gui.pages.site_checks.page import SiteChecksPage

    key, ctx = city_ctx
    answers = today_answers(ctx.db)
    check_edges(key, answers)
    pages, instances = {}, {}
    for cls in (
        RequestsPage,
        SiteChecksPage,
        ReviewsPage,
        AccountsPage,
        ExceptionsPage,
        ElectionsPage,
    ):
        page = cls(ctx)
        qtbot.addWidget(page)
        pages[cls.__name__] = shown(page)
        instances[cls.__name__] = page

    # Requests: each open request's due day and its colour; a closed one has neither.
    requests = {r["Number"]: r for r in pages["RequestsPage"]}
    today = answers.requests()
    assert set(requests) == {*today, CLOSED_REQUEST}
    for number, (due, state) in today.items():
        cell = requests[number]
        assert (cell["Due or closed"], cell["tone Due or closed"]) == (
            f"due {due}",
            pressing(state),
        ), (key, number)
        assert cell["row"].state == state
    assert requests[EARLY_REQUEST]["Due or closed"] == f"due {EARLY_DUE}"
    assert requests[CLOSED_REQUEST]["Due or closed"] == "closed 2026-03-02"

    # Site checks: the next check and the open findings, only where Today asks for them.
    sites = answers.site_checks()
    for cell in pages["SiteChecksPage"]:
        url = cell["Account"]
        due, state = sites.get(url, (None, None))
        assert (cell["Next due"], cell["tone Next due"]) == (
            due.isoformat() if due else "",
            pressing(state),
        ), (key, url)
        found = set(cell["Open findings"].split("; ")) - {""}
        assert found == answers.findings(url), (key, url)

    # Access reviews: the next review of each department.
    [review] = answers.of("access-review")
    [parks] = pages["ReviewsPage"]
    assert parks["Next review due"] == review.due.isoformat()
    assert parks["row"].due.state == review.state

    # Accounts: by when an account in use before the policy is approved or discontinued: the
    # grandfathering deadline (R5) where the city has one, else R1's, due from the adoption.
    [pre] = [r for r in pages["AccountsPage"] if r["URL"] == PRE_EXISTING]
    owed = answers.of("grandfather-approval") or [
        o for o in answers.of("account-approval") if o.account == PRE_EXISTING
    ]
    [item] = owed
    assert pre["Approval or deadline"].startswith(f"approve by {item.due}, ")
    assert pre["tone Approval or deadline"] == pressing(item.state)

    # Exceptions: awaiting approval exactly when Today asks for the approval, and each one
    # that ends on the day Today says it does.
    exceptions = {r["Number"]: r for r in pages["ExceptionsPage"]}
    unapproved = {str(o.record) for o in answers.of("exception-approval")}
    assert {n for n, r in exceptions.items() if r["State"] == "awaiting approval"} == unapproved
    ending = {str(o.record): o.due.isoformat() for o in answers.of("exception-expiring")}
    assert {n: r["Until"] for n, r in exceptions.items() if r["Until"]} == ending

    # Elections: the candidate's blackout, on the days Today gives for it.
    elections = instances["ElectionsPage"]
    elections.select_where(lambda row: True)
    model = elections.candidates
    [candidate] = [model.row(n) for n in range(model.rowCount())]
    [blackout] = answers.of("blackout")
    no_posting = model.text(0, [c.header for c in model.columns].index("No posting"))
    assert no_posting.startswith(f"{blackout.due} to ")
    assert f", {no_posting})" in blackout.text
    assert candidate.state == "to suspend"
