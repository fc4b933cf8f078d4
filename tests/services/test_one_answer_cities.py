"""One rule, one answer, in each city: the printouts (the request log, the inventory, the site
checklists), the calendar and the command line show each item with the due date and state Today
(the obligations engine) gives it, and nothing Today does not ask for. The pages are checked in
tests/gui/test_one_answer_pages.py, on the same scenario (one_answer_city.py)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from clerkdesk.core.dates import short_date
from clerkdesk.core.notices import finding_rules, finding_words
from clerkdesk.core.obligations.model import OVERDUE
from clerkdesk.resources import load_profile
from clerkdesk.services.accounts.inventory import print_inventory
from clerkdesk.services.obligations.calendar import export_calendar, summary_of
from clerkdesk.services.requests.printouts import print_request_log
from clerkdesk.services.site_checks.checklists import print_checklist

from .ical_readers import read_both
from .one_answer_city import (
    CITIES,
    CLOSED_REQUEST,
    EARLY_DUE,
    EARLY_REQUEST,
    FOUND_SITE,
    NOW,
    PLATFORMS,
    TODAY,
    build_city,
    check_edges,
    today_answers,
)

DAY = r"[A-Z][a-z]{2} \d{1,2}, \d{4}"  # as a printout's table writes it: "Mar 2, 2026"


def pdf_text(path: Path) -> str:
    """The words of every page of the PDF, as PDFium reads them, in one spaced line."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
    return " ".join(" ".join(pages).split())


@pytest.fixture(params=CITIES)
def city(request: pytest.FixtureRequest, empty_db, clock):  # type: ignore[no-untyped-def]
    clock.now = NOW
    build_city(empty_db, request.param)
    answers = today_answers(empty_db)
    check_edges(request.param, answers)
    return request.param, empty_db, answers


def test_the_printed_request_log_gives_each_request_today_s_due_day(city, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _key, db, answers = city
    out = tmp_path / "log.pdf"
    print_request_log(db, date(2026, 1, 1), TODAY, out)
    text = pdf_text(out)
    # Each row: number, received, requester, what is asked, accounts, status, "due DAY" or the
    # day it closed.
    rows = re.findall(rf"(R[-\w]+) ({DAY}) \(anonymous\) .*? (Open due|Granted) ({DAY})", text)
    printed = {number: day for number, _received, status, day in rows if status == "Open due"}
    assert printed == {number: short_date(due) for number, (due, _s) in answers.requests().items()}
    assert printed[EARLY_REQUEST] == short_date(EARLY_DUE)  # not counted from its receipt
    assert [r[3] for r in rows if r[0] == CLOSED_REQUEST] == ["Mar 2, 2026"]


def test_the_inventory_gives_today_s_next_checks_findings_reviews_and_overdue_counts(  # type: ignore[no-untyped-def]
    city, tmp_path: Path
) -> None:
    key, db, answers = city
    out = tmp_path / "inventory.pdf"
    data = print_inventory(db, out)
    sites = answers.site_checks()
    late = answers.overdue_by_account()
    [review] = answers.of("access-review")
    [parks] = data.departments
    assert (parks.next_review, parks.review_overdue) == (review.due, review.state == OVERDUE)
    assert data.overdue  # the scenario has items overdue in every city
    ids = {o.account: o.account_id for o in answers.items if o.account_id is not None}
    for account in parks.accounts:
        assert account.overdue == late.get(ids.get(account.url, -1), 0), account.url
        words = account.site_check or ""
        next_by = re.findall(rf"next by ({DAY})", words)
        expected = sites.get(account.url)
        assert next_by == ([short_date(expected[0])] if expected else []), (key, account.url)
        found = words.split("; open: ", 1)[1].split("; ") if "; open: " in words else []
        assert set(found) == answers.findings(account.url), (key, account.url)
    text = pdf_text(out)
    assert f"next due {short_date(review.due)}" in text
    for account in parks.accounts:
        if account.url in sites:
            assert f"next by {short_date(sites[account.url][0])}" in text
    profile = load_profile(key)
    for words in {finding_words(profile, f) for f in finding_rules(profile)}:
        assert (words in text) == bool(answers.findings(FOUND_SITE) & {words}), (key, words)


def test_each_printed_site_checklist_lists_today_s_findings_and_no_other(
    city, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    key, db, answers = city
    profile = load_profile(key)
    # What a check of this city can find, in its words (its own notices among them).
    findable = {finding_words(profile, f) for f in finding_rules(profile)}
    for url in PLATFORMS:
        out = tmp_path / f"{PLATFORMS[url]}.pdf"
        print_checklist(db, url, out)
        text = pdf_text(out)
        found = {words for words in findable if f"\u2022 {words}" in text}
        assert found == answers.findings(url), (key, url)


def test_the_calendar_has_each_of_today_s_items_on_its_due_day(city, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    key, db, answers = city
    out = tmp_path / "deadlines.ics"
    export_calendar(db, out)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    shown = sorted((str(e["summary"]), e.decoded("dtstart")) for e in events)
    assert shown == sorted((summary_of(o), o.due) for o in answers.items)
    zone = load_profile(key).zone
    # Read by ical.js too; a reminder never in the past at the export (test_calendar_true.py).
    for read in read_both(out, zone):
        assert all(moment > NOW for moment in read.alarms), read


def test_the_command_line_lists_today_s_items(  # type: ignore[no-untyped-def]
    city, paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from clerkdesk.cli.commands import run
    from clerkdesk.cli.parser import build_parser

    key, _db, answers = city
    zone = load_profile(key).zone
    monkeypatch.setenv("CLERKDESK_NOW", NOW.isoformat())  # the program's own clock
    capsys.readouterr()
    assert run(build_parser().parse_args(["obligations", "--json"]), paths) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [o.to_json(zone) for o in answers.items]
    as_of = build_parser().parse_args(["obligations", "--json", "--as-of", TODAY.isoformat()])
    assert run(as_of, paths) == 0
    # The start of the day: the same days and, today's items not yet due, the same states.
    again = json.loads(capsys.readouterr().out)
    assert [(i["kind"], i["due"], i["state"]) for i in again] == [
        (o.kind, o.due_text, o.state) for o in answers.items
    ]
