"""One rule, one answer: a deadline, a state and a finding shown on a register's page, in its
printout and on Today are the same, worked out once in core/obligations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from clerkdesk.core.duties import FINDINGS
from clerkdesk.services.accounts.notes import account_notes
from clerkdesk.services.city import writes as city
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.requests.printouts import print_request_log
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request
from clerkdesk.services.site_checks.checklists import print_checklist
from clerkdesk.services.site_checks.status import site_statuses
from clerkdesk.services.site_checks.writes import SiteCheckInput, save_site_check

from .duties_city import PARKS, POOL, small_city


def test_a_request_received_before_the_policy_is_due_alike_on_its_page_and_today(  # type: ignore[no-untyped-def]
    empty_db, clock, tmp_path: Path
) -> None:
    # Adopted 2026-02-16 (Presidents' Day is no holiday of the profile's), received two weeks
    # before: the ten work days count from the adoption, so the answer is due 2026-03-02.
    clock.now = datetime(2026, 3, 2, 15, tzinfo=UTC)  # the register's day, from its start
    city.init_city(empty_db, "Stoughton", "stoughton", date(2026, 2, 16))
    save_request(empty_db, None, RequestInput("R-1", date(2026, 2, 2), "Every post"))
    save_request(
        empty_db,
        None,
        RequestInput(
            "R-2", date(2026, 2, 17), "Comments", status="granted", closed_on=date(2026, 3, 2)
        ),
    )
    [item] = [o for o in obligations.due(empty_db) if o.kind == "records-request"]
    views = {r.number: r for r in list_requests(empty_db)}
    assert (item.due, item.state) == (date(2026, 3, 2), "due-soon")
    assert (views["R-1"].due_on, views["R-1"].state) == (item.due, item.state)
    # A closed request has no state; its days are work days, as its target counts them.
    assert (views["R-2"].state, views["R-2"].days_taken) == (None, 9)
    out = tmp_path / "log.pdf"
    print_request_log(empty_db, date(2026, 1, 1), date(2026, 3, 2), out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "due Mar 2, 2026" in text
    assert "The target's basis: Wis. Stat.; 10 work days: DOJ guidance (practice)." in text
    assert "Median work days taken" in text


def test_the_day_after_the_due_day_the_page_and_today_both_say_overdue(empty_db, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 2, 20, 15, tzinfo=UTC)  # the register's clock only moves on
    city.init_city(empty_db, "Stoughton", "stoughton", date(2026, 2, 16))
    save_request(empty_db, None, RequestInput("R-1", date(2026, 2, 2), "Every post"))
    for moment, state in (
        (datetime(2026, 3, 1, 15, tzinfo=UTC), "due-soon"),  # the day before
        (datetime(2026, 3, 3, 5, 59, tzinfo=UTC), "due-soon"),  # 23:59 of the day, in Chicago
        (datetime(2026, 3, 3, 6, 0, tzinfo=UTC), "overdue"),  # the day after
    ):
        clock.now = moment
        [item] = [o for o in obligations.due(empty_db) if o.kind == "records-request"]
        [view] = list_requests(empty_db)
        assert (view.due_on, view.state) == (item.due, item.state) == (date(2026, 3, 2), state)


def test_a_site_s_findings_and_next_check_are_today_s_in_a_city_whose_rules_are_off(  # type: ignore[no-untyped-def]
    empty_db, tmp_path: Path
) -> None:
    # Wausau's policy is silent on direct messages (R13) and on upkeep (R14): Today asks for
    # neither, so neither is an open finding on the Site checks page or the inventory.
    city.init_city(empty_db, "Wausau", "wausau", date(2026, 1, 1))
    small_city(empty_db, authority="coordinator")
    save_site_check(
        empty_db,
        None,
        SiteCheckInput(
            PARKS,
            date(2026, 11, 2),
            "E100",
            (),
            direct_messages="on",
            mfa="on",
            last_post_on=date(2026, 1, 2),
        ),
    )
    items = obligations.due(empty_db)
    statuses = {s.url: s for s in site_statuses(empty_db)}
    for url in (PARKS, POOL):
        findings = {
            o.text.split(" (site check of")[0]
            for o in items
            if o.kind == "site-finding" and o.account == url
        }
        assert set(statuses[url].findings) == findings, url
        [check] = [o for o in items if o.kind == "site-check" and o.account == url]
        assert (statuses[url].next_due, statuses[url].state) == (check.due, check.state)
    assert FINDINGS["direct-messages"] not in statuses[PARKS].findings
    assert FINDINGS["abandoned"] not in statuses[PARKS].findings
    assert statuses[PARKS].findings  # the notices Wausau asks for are still found missing
    # The account window's notes and the printed checklist say the same.
    parks = statuses[PARKS]
    notes = [n for n in account_notes(empty_db, parks.account_id, PARKS) if "Site check" in n]
    assert {n.split(": ", 1)[1] for n in notes} == set(parks.findings)
    out = tmp_path / "checklist.pdf"
    print_checklist(empty_db, PARKS, out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert FINDINGS["direct-messages"] not in text and FINDINGS["abandoned"] not in text
