"""R21 (28 CFR 35 subpart H): what a city publishes meets WCAG 2.1 AA from its compliance date,
26 April 2027 for a city of 50,000 people or more and 26 April 2028 below. Each shipped profile
has its date and the rule as law; Today shows the date coming through that day; from it each
site check asks what the posts since then meet, and what they fail is a finding of R21."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from clerkdesk.core.duties import ACCESSIBILITY
from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.core.notices import city_notices
from clerkdesk.resources import load_profile
from clerkdesk.services.city import writes as city
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.site_checks.checklists import print_checklist
from clerkdesk.services.site_checks.writes import SiteCheckInput, list_site_checks, save_site_check
from clerkdesk.services.transfer import csv_export, csv_import

from .duties_city import PARKS, small_city

CHICAGO = ZoneInfo("America/Chicago")
MADISON_NOTICES = tuple(city_notices(load_profile("madison")))  # R15: every one shown
ASKS = tuple(ACCESSIBILITY)

# RULES.md R21: the compliance date by the city's population (2020 Census).
DATES = {
    "milwaukee": date(2027, 4, 26),
    "madison": date(2027, 4, 26),
    "janesville": date(2027, 4, 26),
    "wausau": date(2028, 4, 26),
    "stoughton": date(2028, 4, 26),
}


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=CHICAGO)


@pytest.mark.parametrize(("key", "day"), sorted(DATES.items()))
def test_each_shipped_profile_has_its_population_s_date_and_the_rule_as_law(key, day) -> None:  # type: ignore[no-untyped-def]
    profile = load_profile(key)
    assert profile.accessible_from == day
    assert profile.basis("R21") == "law"


@pytest.fixture
def madison(empty_db, clock):  # type: ignore[no-untyped-def]
    city.init_city(empty_db, "Madison", "madison", date(2026, 1, 1))
    small_city(empty_db, authority="department-head")
    return empty_db


def _dated(db, day: date):  # type: ignore[no-untyped-def]
    return [o for o in obligations.due(db, at(day)) if o.kind == "accessibility-date"]


@pytest.mark.parametrize(
    ("day", "state"),
    [
        (date(2027, 4, 11), "upcoming"),  # 15 days before: outside the 14-day warning
        (date(2027, 4, 12), "due-soon"),
        (date(2027, 4, 25), "due-soon"),  # the day before
        (date(2027, 4, 26), "due-soon"),  # the day itself
    ],
)
def test_today_shows_the_date_coming_through_the_day_itself(madison, day, state) -> None:  # type: ignore[no-untyped-def]
    (item,) = _dated(madison, day)
    assert (item.due, item.state, item.rule, item.basis) == (date(2027, 4, 26), state, "R21", "law")
    assert item.text.startswith("From 2027-04-26, what the city posts must meet WCAG 2.1 AA")
    assert "videos are captioned" in item.text


def test_the_day_after_the_date_the_site_checks_take_over(madison) -> None:  # type: ignore[no-untyped-def]
    assert _dated(madison, date(2027, 4, 27)) == []


@pytest.mark.parametrize(("day", "shown"), [(date(2024, 6, 23), False), (date(2024, 6, 24), True)])
def test_nothing_is_owed_before_the_rule_took_effect(madison, day, shown) -> None:  # type: ignore[no-untyped-def]
    assert bool(_dated(madison, day)) is shown


def test_a_city_with_no_account_yet_has_nothing_to_post(empty_db) -> None:  # type: ignore[no-untyped-def]
    city.init_city(empty_db, "Madison", "madison", date(2026, 1, 1))
    assert _dated(empty_db, date(2027, 4, 26)) == []


def test_a_city_may_set_its_own_date_and_a_wrong_one_is_refused(madison) -> None:  # type: ignore[no-untyped-def]
    city.update_profile(madison, accessible_from="2027-01-15")
    assert [o.due for o in _dated(madison, date(2027, 1, 1))] == [date(2027, 1, 15)]
    with pytest.raises(ValidationError) as caught:
        city.update_profile(madison, accessible_from="April 2027")
    assert caught.value.fields == {"accessible_from": "must be a date, YYYY-MM-DD"}
    city.update_profile(madison, accessible_from="")  # none: no item
    assert _dated(madison, date(2027, 1, 1)) == []


def _check(db, clock, day: date, met):  # type: ignore[no-untyped-def]
    clock.now = at(day)
    data = SiteCheckInput(
        PARKS, day, "E100", MADISON_NOTICES, "off", "on", day, None, accessible=met
    )
    return save_site_check(db, None, data)


def _findings(db, day: date) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (o.record or "", o.rule, o.basis)
        for o in obligations.due(db, at(day))
        if o.kind == "site-finding" and o.account == PARKS
    )


@pytest.mark.parametrize(
    ("day", "found"),
    [
        (date(2027, 4, 25), []),  # a check the day before looks at posts the rule spares
        (
            date(2027, 4, 26),
            [("access-captions", "R21", "law"), ("access-documents", "R21", "law")],
        ),
        (
            date(2027, 4, 27),
            [("access-captions", "R21", "law"), ("access-documents", "R21", "law")],
        ),
    ],
)
def test_what_posts_fail_from_the_date_is_a_finding_of_r21(madison, clock, day, found) -> None:  # type: ignore[no-untyped-def]
    _check(madison, clock, day, ("alt-text", "link-text"))
    assert _findings(madison, day) == found


def test_a_check_that_did_not_look_finds_nothing_and_says_not_recorded(madison, clock) -> None:  # type: ignore[no-untyped-def]
    view = _check(madison, clock, date(2027, 5, 3), None)
    assert view.accessible is None
    assert _findings(madison, date(2027, 5, 3)) == []
    # A later check that looks and finds none met: all four.
    _check(madison, clock, date(2027, 6, 1), ())
    assert [f[0] for f in _findings(madison, date(2027, 6, 1))] == [
        f"access-{k}" for k in sorted(ASKS)
    ]
    assert [c.accessible for c in list_site_checks(madison)] == [(), None]
    assert maintenance.check(madison) == []


def test_the_rule_is_law_and_cannot_be_switched_off(madison) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClerkDeskError) as caught:
        city.switch_rule(madison, "R21", on=False)
    assert caught.value.message.startswith(
        "R21 (Accessible posts and documents) is federal law (the ADA's title II, 28 CFR 35 "
        "subpart H), which binds the city whatever its policy says"
    )


def test_an_unknown_ask_is_refused_by_name(madison, clock) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        _check(madison, clock, date(2027, 5, 3), ("alt-text", "colour"))
    assert caught.value.fields["accessible"].startswith("unknown 'colour' (one of: alt-text")


def test_the_file_column_round_trips_none_blank_and_asks(madison, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock.now = at(date(2027, 7, 1))
    head = "account_url,checked_on,checked_by_employee_id,notices,accessibility\n"
    source = tmp_path / "checks.csv"
    source.write_text(
        head
        + f"{PARKS},2027-05-03,E100,,none\n"
        + f"{PARKS},2027-06-01,E100,,\n"
        + f"{PARKS},2027-07-01,E100,,captions alt-text\n"
    )
    csv_import.import_csv(madison, "site-checks", source)
    assert [c.accessible for c in list_site_checks(madison)] == [
        ("alt-text", "captions"),
        None,
        (),
    ]
    out = tmp_path / "out.csv"
    csv_export.export_csv(madison, "site-checks", out)
    lines = out.read_text().splitlines()
    assert lines[0].endswith(
        ",archived_in,accessibility,monitored_daily,answered_48h,monitored_as_directed"
    )
    assert [line.split(",")[8] for line in lines[1:]] == ["none", "", "alt-text captions"]
    # A file without the column (the contract before R21) is read, the answer not recorded.
    old = tmp_path / "old.csv"
    old.write_text("account_url,checked_on,checked_by_employee_id\n" + f"{PARKS},2027-07-02,E100\n")
    clock.now = at(date(2027, 7, 2))
    csv_import.import_csv(madison, "site-checks", old)
    assert list_site_checks(madison)[0].accessible is None
    bad = tmp_path / "bad.csv"
    bad.write_text(head + f"{PARKS},2027-07-02,E100,,braille\n")
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(madison, "site-checks", bad)
    assert "bad.csv:2: accessible: unknown 'braille'" in str(caught.value)
    assert list_site_checks(madison)[0].accessible is None  # nothing written


def test_a_finding_changed_by_hand_is_reported_by_check(madison, clock) -> None:  # type: ignore[no-untyped-def]
    _check(madison, clock, date(2027, 5, 3), ())
    with madison.engine.begin() as conn:
        conn.execute(text("UPDATE site_check SET accessible = 'alt-text captions'"))
    assert maintenance.check(madison) == [
        f"site check {PARKS} 2027-05-03: accessible is alt-text captions in the table, "
        "empty in the audit log"
    ]


def test_the_checklist_asks_about_the_posts_since_the_date(madison, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _check(madison, clock, date(2027, 5, 3), ("alt-text",))
    out = tmp_path / "checklist.pdf"
    print_checklist(madison, PARKS, out)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Accessibility of the posts since April 26, 2027" in text
    assert "Do they meet WCAG 2.1 AA, as the law asks (28 CFR 35.200)?" in text
    for ask in ACCESSIBILITY.values():
        assert ask in text
    # Today's open findings, printed above.
    assert "Posts since the accessibility date: videos without captions" in text
    # A city without a date is not asked.
    city.update_profile(madison, accessible_from="")
    print_checklist(madison, PARKS, out)
    plain = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "WCAG" not in plain


@pytest.mark.parametrize(("key", "day"), sorted(DATES.items()))
def test_each_city_sees_its_own_date_on_its_eve_and_not_after(empty_db, key, day) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.accounts import writes as accounts
    from clerkdesk.services.departments import writes as departments
    from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput

    city.init_city(empty_db, key.title(), key, date(2026, 1, 1))
    departments.create_department(empty_db, DepartmentInput("Parks"))
    accounts.create_account(
        empty_db, AccountInput(PARKS, "facebook", "Parks", status="pre-existing")
    )
    (item,) = _dated(empty_db, day - timedelta(days=1))
    assert (item.due, item.rule, item.basis, item.state) == (day, "R21", "law", "due-soon")
    assert [o.due for o in _dated(empty_db, day)] == [day]
    assert _dated(empty_db, day + timedelta(days=1)) == []


def test_a_city_s_copy_from_before_takes_the_new_settings_of_its_policy(madison) -> None:  # type: ignore[no-untyped-def]
    """A database whose copy of the profile predates R21 (and the other settings added with
    it) reads them from the shipped profile it came from, not as their empty defaults."""
    import json

    from clerkdesk.services.kernel.common import city_row, profile_of

    with madison.engine.begin() as conn:
        stored = json.loads(conn.execute(text("SELECT profile_json FROM city")).scalar_one())
        for name in ("accessible_from", "department_policy_by", "elected_excluded"):
            stored.pop(name)
        conn.execute(text("UPDATE city SET profile_json = :p"), {"p": json.dumps(stored)})
    with madison.reading() as session:
        profile = profile_of(city_row(session))
    assert profile.accessible_from == date(2027, 4, 26)
    assert profile.department_policy_by == date(2013, 1, 1)
    assert profile.elected_excluded is True
    assert [o.due for o in _dated(madison, date(2027, 4, 1))] == [date(2027, 4, 26)]
