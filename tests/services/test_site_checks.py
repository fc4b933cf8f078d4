"""Site checks (R11, R13-R15): each site is checked at the profile's interval; what the last
check found is owed until a later check no longer finds it, except what an exception allows."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.errors import ImportProblems, ValidationError
from clerkdesk.core.notices import city_notices
from clerkdesk.resources import load_profile
from clerkdesk.services.city import writes as city
from clerkdesk.services.exceptions.writes import ExceptionInput, save_exception
from clerkdesk.services.integrity import audit
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.site_checks.checklists import print_checklist
from clerkdesk.services.site_checks.writes import SiteCheckInput, list_site_checks, save_site_check
from clerkdesk.services.transfer import csv_export, csv_import

from .duties_city import PARKS, POOL, small_city
from .helpers import dump

CHICAGO = ZoneInfo("America/Chicago")
ALL = tuple(city_notices(load_profile("janesville")))  # Janesville's own notices (R15)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, tzinfo=CHICAGO)


def due(db, day: date, kind: str, url: str = PARKS):  # type: ignore[no-untyped-def]
    return [o for o in obligations.due(db, at(day)) if o.kind == kind and o.account == url]


@pytest.fixture
def janesville(empty_db):  # type: ignore[no-untyped-def]
    city.init_city(empty_db, "Janesville", "janesville", date(2026, 1, 1))
    small_city(empty_db, authority="city-manager")
    city.switch_rule(empty_db, "R13", on=True)  # direct messages, as good practice
    return empty_db


def check(on: date, **kw) -> SiteCheckInput:  # type: ignore[no-untyped-def]
    values = {"notices": ALL, "direct_messages": "off", "mfa": "on", "last_post_on": on}
    values.update(kw)
    return SiteCheckInput(PARKS, on, "E100", **values)  # type: ignore[arg-type]


def test_a_site_never_checked_is_due_from_its_approval(janesville) -> None:  # type: ignore[no-untyped-def]
    (item,) = due(janesville, date(2026, 11, 20), "site-check")
    assert (item.due, item.state, item.rule) == (date(2026, 1, 5), "overdue", "R15")
    assert item.text == "Check the site (never checked)"


def test_the_next_check_is_due_the_interval_after_the_last(janesville) -> None:  # type: ignore[no-untyped-def]
    save_site_check(janesville, None, check(date(2026, 11, 2)))
    assert not due(janesville, date(2026, 11, 20), "site-finding")
    (item,) = due(janesville, date(2027, 11, 2), "site-check")
    assert (item.due, item.state) == (date(2027, 11, 2), "due-soon")
    assert due(janesville, date(2027, 11, 3), "site-check")[0].state == "overdue"
    assert due(janesville, date(2027, 10, 18), "site-check")[0].state == "upcoming"
    assert audit.list_events(janesville)[0].action == "site_check.create"


def test_each_finding_is_owed_until_a_later_check_no_longer_finds_it(janesville) -> None:  # type: ignore[no-untyped-def]
    save_site_check(
        janesville,
        None,
        check(
            date(2026, 11, 2),
            notices=ALL[1:],
            direct_messages="on",
            mfa="off",
            last_post_on=date(2026, 10, 2),
        ),
    )
    texts = [o.text for o in due(janesville, date(2026, 11, 20), "site-finding")]
    # In the engine's one order for items due together: by their rules (R11, R13, R14, R15).
    assert texts == [
        "Multi-factor authentication off (site check of 2026-11-02)",
        "Direct messages on and not archived (site check of 2026-11-02)",
        "No recent post (site check of 2026-11-02)",
        "Notice missing: An introductory statement that clearly specifies the work-related "
        "purpose and topical scope of the site, accompanied by the City's website link "
        "(site check of 2026-11-02)",
    ]
    # Janesville updates "once each week" (janesville.txt:82): a post 7 days before the check
    # is kept current; 8 is not.
    save_site_check(janesville, None, check(date(2026, 11, 10), last_post_on=date(2026, 11, 3)))
    assert not due(janesville, date(2026, 11, 20), "site-finding")
    save_site_check(janesville, None, check(date(2026, 11, 11), last_post_on=date(2026, 11, 3)))
    (item,) = due(janesville, date(2026, 11, 20), "site-finding")
    assert item.text.startswith("No recent post")


def test_what_an_exception_allows_is_not_a_finding(janesville) -> None:  # type: ignore[no-untyped-def]
    save_site_check(janesville, None, check(date(2026, 11, 2), direct_messages="on"))
    save_exception(
        janesville,
        None,
        ExceptionInput(
            "J-1",
            "Direct messages kept on for tips",
            "city-manager",
            "City Manager",
            date(2026, 11, 1),
            date(2026, 12, 31),
            (PARKS,),
            ("direct-messages",),
        ),
    )
    assert not due(janesville, date(2026, 12, 31), "site-finding")
    (item,) = due(janesville, date(2027, 1, 1), "site-finding")
    assert item.text.startswith("Direct messages on")


def test_archived_messages_and_no_mfa_offered_are_no_finding(janesville) -> None:  # type: ignore[no-untyped-def]
    save_site_check(
        janesville, None, check(date(2026, 11, 2), direct_messages="archived", mfa="unavailable")
    )
    assert not due(janesville, date(2026, 11, 20), "site-finding")


def test_a_check_in_the_future_and_unknown_words_are_refused(janesville) -> None:  # type: ignore[no-untyped-def]
    before = dump(janesville)
    with pytest.raises(ValidationError) as caught:
        save_site_check(janesville, None, check(date(2026, 11, 21), last_post_on=None))
    assert caught.value.fields == {
        "checked_on": "is in the future (today is 2026-11-20): record a check once it is made"
    }
    with pytest.raises(ValidationError) as caught:
        save_site_check(
            janesville,
            None,
            SiteCheckInput("x.com/none", date(2026, 11, 2), "Z9", ("motto",), "maybe", "yes"),
        )
    assert set(caught.value.fields) == {
        "account_url",
        "checked_by_employee_id",
        "notices",
        "direct_messages",
        "mfa",
    }
    assert dump(janesville) == before


def test_site_checks_import_with_line_errors_and_export(janesville, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "checks.csv"
    header = (
        "account_url,checked_on,checked_by_employee_id,notices,direct_messages,mfa,"
        "last_post_on,archived_in\n"
    )
    path.write_text(
        header
        + f"{PARKS},2026-11-02,E100,contact purpose,off,on,2026-11-01,ArchiveSocial\n"
        + f"{POOL},2026-12-02,E100,,off,on,,\n"
        + f"{PARKS},11/2/2026,E100,,off,on,,\n",
        encoding="utf-8",
    )
    before = dump(janesville)
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(janesville, "site-checks", path)
    assert caught.value.problems == [
        "checks.csv:3: checked_on: is in the future (today is 2026-11-20): record a check once "
        "it is made",
        "checks.csv:4: checked_on: the same account and day as line 2",
    ]
    assert dump(janesville) == before
    path.write_text(
        header + f"{PARKS},2026-11-02,E100,contact purpose,off,on,2026-11-01,ArchiveSocial\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(janesville, "site-checks", path).added == 1
    assert csv_import.import_csv(janesville, "site-checks", path).unchanged == 1
    (view,) = list_site_checks(janesville)
    assert (view.notices, view.archived_in) == (("purpose", "contact"), "ArchiveSocial")
    out = tmp_path / "out.csv"
    csv_export.export_csv(janesville, "site-checks", out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == (
        f"{PARKS},2026-11-02,E100,purpose contact,off,on,2026-11-01,ArchiveSocial,,,,"
    )  # in the profile's order; accessibility and the upkeep not recorded: blank


def test_the_checklist_prints_the_profile_notices_and_the_open_findings(
    janesville, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    save_site_check(janesville, None, check(date(2026, 11, 2), mfa="off"))
    out = tmp_path / "checklist.pdf"
    print_checklist(janesville, "facebook.com/parks", out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Site checklist" in text
    assert "Multi-factor authentication off" in text
    assert "This forum is not monitored at all times." in text  # Janesville's own words
    assert "That its content is a public record" not in text  # ClerkDesk's generic words
    assert "Priya Raman (E100)" in text
    assert "November 2, 2026 by Priya Raman (E100)" in text
    assert audit.list_events(janesville)[0].action == "site_check.print"
