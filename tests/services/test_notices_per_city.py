"""Each city's own notices (R15): a site check asks for the notices of the city's policy, in its
words; a missing one is a finding only for that city's notices, and a site-checks file names
them by the city's names."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.errors import ImportProblems, ValidationError
from clerkdesk.services.city import writes as city
from clerkdesk.services.exceptions.writes import ExceptionInput, save_exception
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.site_checks.checklists import print_checklist
from clerkdesk.services.site_checks.writes import SiteCheckInput, list_site_checks, save_site_check
from clerkdesk.services.transfer import csv_import

from .duties_city import PARKS, small_city

CHICAGO = ZoneInfo("America/Chicago")
CHECKED = date(2026, 11, 2)
# Each city's notices, by the names its profile gives them (resources/profiles/*.toml).
WAUSAU = ("city-maintained", "department", "comment-policy", "purpose", "removal", "contact")
WAUSAU += ("website-link",)
JANESVILLE = ("purpose", "comment-policy", "not-monitored", "public-records")
JANESVILLE += ("links-disclaimer", "contact")
MADISON = ("limited-subject", "links-disclaimer")
AUTHORITY = {"wausau": "coordinator", "janesville": "city-manager", "madison": "mayor"}


def a_city(db, key: str):  # type: ignore[no-untyped-def]
    city.init_city(db, key.title(), key, date(2026, 1, 1))
    small_city(db, authority=AUTHORITY[key])
    return db


def check(notices: tuple[str, ...] = (), on: date = CHECKED) -> SiteCheckInput:
    # Nothing else wrong with the site: only notices can be missing.
    return SiteCheckInput(PARKS, on, "E100", notices, "off", "on", on)


def findings(db, day: date = date(2026, 11, 20)):  # type: ignore[no-untyped-def]
    moment = datetime(day.year, day.month, day.day, 23, 59, tzinfo=CHICAGO)
    return [
        o for o in obligations.due(db, moment) if o.kind == "site-finding" and o.account == PARKS
    ]


def test_wausau_asks_for_its_seven_and_no_links_disclaimer_or_public_records(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "wausau")
    save_site_check(db, None, check())
    found = findings(db)
    assert sorted(o.record for o in found) == sorted(f"notice-{n}" for n in WAUSAU)
    assert {o.rule for o in found} == {"R15"}
    texts = [o.text for o in found]
    assert (
        "Notice missing: A link back to the City's official website for forms, documents, online "
        "services and other information necessary to conduct business with the City "
        "(site check of 2026-11-02)"
    ) in texts
    assert (
        "Notice missing: Notification that violations of the comment policy will result in "
        "blocking the user (site check of 2026-11-02)"
    ) in texts
    assert not any("external links" in t or "public record" in t for t in texts)


def test_madison_asks_for_its_own_two_not_the_generic_ones(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "madison")
    save_site_check(db, None, check())
    found = findings(db)
    assert sorted(o.record for o in found) == ["notice-limited-subject", "notice-links-disclaimer"]
    found.sort(key=lambda o: o.record or "")
    assert found[0].text.startswith(
        "Notice missing: A clear and conspicuous notice that the City is using the medium as a "
        "means of communicating with the public on the limited subject matter at hand, with the "
        "IT approved Terms of Use, Social Media Guidelines and Social Media Comments Policy"
    )
    assert "The City of Madison, Wisconsin is not responsible" in found[1].text


def test_janesville_asks_that_the_forum_is_not_monitored_nor_for_emergencies(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(db, None, check())
    found = findings(db)
    assert sorted(o.record for o in found) == sorted(f"notice-{n}" for n in JANESVILLE)
    assert (
        "Notice missing: This forum is not monitored at all times. Do NOT use this forum to "
        "report emergency situations or time-sensitive issues. (site check of 2026-11-02)"
    ) in [o.text for o in found]


@pytest.mark.parametrize(("key", "names"), [("wausau", WAUSAU), ("madison", MADISON)])
def test_a_site_showing_all_the_city_s_notices_has_no_finding_and_one_less_has_one(
    empty_db, key, names
) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, key)
    save_site_check(db, None, check(names))
    assert findings(db) == []
    save_site_check(db, None, check(names[1:], on=date(2026, 11, 3)))
    assert [o.record for o in findings(db)] == [f"notice-{names[0]}"]
    (latest, _) = list_site_checks(db)
    assert latest.notices == names[1:]  # stored in the policy's order


def test_an_unknown_notice_is_refused_naming_the_city_s_notices(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "madison")
    with pytest.raises(ValidationError) as caught:
        save_site_check(db, None, check(("department",)))
    assert caught.value.fields == {
        "notices": "unknown notice 'department': the Madison Social Media Policy names "
        "limited-subject, links-disclaimer"
    }
    source = tmp_path / "checks.csv"
    source.write_text(
        "account_url,checked_on,checked_by_employee_id,notices,direct_messages,mfa\n"
        f"{PARKS},2026-11-02,E100,limited-subject public-records,off,on\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblems) as problems:
        csv_import.import_csv(db, "site-checks", source)
    assert problems.value.problems == [
        "checks.csv:2: notices: unknown notice 'public-records': the Madison Social Media Policy "
        "names limited-subject, links-disclaimer"
    ]
    source.write_text(
        "account_url,checked_on,checked_by_employee_id,notices,direct_messages,mfa\n"
        f"{PARKS},2026-11-02,E100,LINKS-disclaimer limited-subject,off,on\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(db, "site-checks", source).added == 1
    assert list_site_checks(db)[0].notices == MADISON


def test_an_exception_may_allow_a_missing_notice_of_the_city_s_own(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(db, None, check(JANESVILLE[:2] + JANESVILLE[3:]))  # not-monitored missing
    exception = ExceptionInput(
        "J-2",
        "Staffed around the clock during the flood",
        "city-manager",
        "City Manager",
        date(2026, 11, 1),
        date(2026, 11, 30),
        (PARKS,),
        ("notice-not-monitored",),
    )
    save_exception(db, None, exception)
    assert findings(db, date(2026, 11, 30)) == []  # its last day
    (item,) = findings(db, date(2026, 12, 1))  # the day after
    assert item.record == "notice-not-monitored"
    with pytest.raises(ValidationError) as caught:
        save_exception(db, None, replace(exception, number="J-3", allows=("notice-website-link",)))
    assert caught.value.fields["allows"].startswith("unknown finding 'notice-website-link'")


def test_the_checklist_prints_madison_s_notices_in_its_words(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "madison")
    save_site_check(db, None, check(("limited-subject",)))
    out = tmp_path / "checklist.pdf"
    print_checklist(db, PARKS, out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    assert "on the limited subject matter at hand" in words
    assert "Social Media Comments Policy" in words
    assert "The City of Madison, Wisconsin is not responsible for the content" in words
    assert "do not reflect the opinions and position of City of Madison government" in words
    # The open finding, in Madison's words; none of ClerkDesk's generic notices.
    assert "Notice missing: Wherever links to external sources are posted" in words
    for generic in ("An official contact", "The department that runs it", "a public record"):
        assert generic not in words


def test_a_city_saved_before_its_own_notices_is_checked_for_them(empty_db) -> None:  # type: ignore[no-untyped-def]
    import json

    from sqlalchemy import text

    from clerkdesk.core.duties import NOTICES
    from clerkdesk.services.kernel.common import city_row, profile_of

    city.init_city(empty_db, "Janesville", "janesville", date(2026, 1, 1))
    # As a copy of the profile was saved before profiles named the city's notices: the generic
    # list, with one the clerk unticked in Settings.
    with empty_db.reading() as session:
        saved = json.loads(city_row(session).profile_json)
    saved.pop("notices")
    saved["site_notices"] = [name for name in NOTICES if name != "contact"]
    with empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE city SET profile_json = :p"), {"p": json.dumps(saved)})
    with empty_db.reading() as session:
        profile = profile_of(city_row(session))
    assert tuple(profile.notices) == JANESVILLE
    # The city's own notices are checked; the generic one the clerk unticked stays unticked.
    assert profile.site_notices == tuple(n for n in JANESVILLE if n != "contact")
