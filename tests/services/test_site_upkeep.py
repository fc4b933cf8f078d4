"""R14's upkeep where the city's policy asks it (Janesville, janesville.txt:82-83; :165): each
site check records whether the site was monitored each work day and whether citizens'
questions were answered within 48 hours when practical. A `no` is a finding until a later check
answers yes, unless an exception allows it; blank is not recorded and never a finding. Another
city is not asked, finds nothing of it, and its checklist prints no 48-hour question."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from clerkdesk.core.errors import ImportProblems, ValidationError
from clerkdesk.core.notices import city_notices
from clerkdesk.resources import load_profile
from clerkdesk.services.city import writes as city
from clerkdesk.services.exceptions.writes import ExceptionInput, save_exception
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.site_checks.checklists import print_checklist
from clerkdesk.services.site_checks.writes import SiteCheckInput, list_site_checks, save_site_check
from clerkdesk.services.transfer import csv_export, csv_import

from .duties_city import PARKS, POOL, small_city
from .helpers import dump

CHICAGO = ZoneInfo("America/Chicago")
CHECKED = date(2026, 11, 2)
AUTHORITY = {"janesville": "city-manager", "madison": "mayor"}
NOT_MONITORED = "Not monitored each work day (site check of {})"
NOT_ANSWERED = "Citizens' questions and comments not answered within 48 hours (site check of {})"


def a_city(db, key: str):  # type: ignore[no-untyped-def]
    city.init_city(db, key.title(), key, date(2026, 1, 1))
    small_city(db, authority=AUTHORITY[key])
    return db


def check(key: str, on: date = CHECKED, **upkeep: str | None) -> SiteCheckInput:
    # Nothing else wrong with the site: every notice of the city shown, a post the day before.
    notices = tuple(city_notices(load_profile(key)))
    return SiteCheckInput(PARKS, on, "E100", notices, "off", "on", on, **upkeep)  # type: ignore[arg-type]


def findings(db, day: date = date(2026, 11, 20)):  # type: ignore[no-untyped-def]
    moment = datetime(day.year, day.month, day.day, 23, 59, tzinfo=CHICAGO)
    return [
        o for o in obligations.due(db, moment) if o.kind == "site-finding" and o.account == PARKS
    ]


def checklist(db, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / "checklist.pdf"
    print_checklist(db, PARKS, out)
    return subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("monitored", "answered", "found"),
    [
        ("no", "yes", [NOT_MONITORED]),
        ("yes", "no", [NOT_ANSWERED]),
        ("no", "no", [NOT_MONITORED, NOT_ANSWERED]),
        ("yes", "yes", []),
        (None, None, []),  # not recorded: never a finding
        (None, "no", [NOT_ANSWERED]),
    ],
)
def test_janesville_finds_a_no_and_nothing_of_a_yes_or_a_blank(
    empty_db, monitored: str | None, answered: str | None, found: list[str]
) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(db, None, check("janesville", monitored_daily=monitored, answered_48h=answered))
    items = findings(db)
    assert sorted(o.text for o in items) == sorted(f.format(CHECKED) for f in found)
    assert {(o.rule, o.basis, o.due) for o in items} <= {("R14", "policy", CHECKED)}
    (view,) = list_site_checks(db)
    assert (view.monitored_daily, view.answered_48h) == (monitored, answered)


def test_a_later_check_that_answers_yes_clears_the_finding(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(db, None, check("janesville", monitored_daily="no", answered_48h="no"))
    assert [o.record for o in findings(db, date(2026, 11, 9))] == [
        "not-answered-48h",  # items due together in the engine's order: by rule, then words
        "not-monitored-daily",
    ]
    # The day before the next check its finding still stands; from that check's day it is gone.
    later = date(2026, 11, 10)
    save_site_check(db, None, check("janesville", later, monitored_daily="yes", answered_48h="no"))
    assert [o.text for o in findings(db, later)] == [NOT_ANSWERED.format(later)]
    save_site_check(
        db, None, check("janesville", date(2026, 11, 11), monitored_daily="yes", answered_48h="yes")
    )
    assert findings(db, date(2026, 11, 11)) == []


def test_an_exception_allows_a_no_while_it_is_in_force(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(db, None, check("janesville", monitored_daily="no", answered_48h="no"))
    save_exception(
        db,
        None,
        ExceptionInput(
            "J-1",
            "Parks is looked at on Mondays only while its staff is on leave",
            "city-manager",
            "City Manager",
            date(2026, 11, 1),
            date(2026, 12, 31),
            (PARKS,),
            ("not-monitored-daily",),
        ),
    )
    assert [o.record for o in findings(db, date(2026, 12, 31))] == ["not-answered-48h"]
    assert [o.record for o in findings(db, date(2027, 1, 1))] == [
        "not-answered-48h",  # items due together in the engine's order: by rule, then words
        "not-monitored-daily",
    ]


def test_a_word_other_than_yes_or_no_is_refused(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        save_site_check(db, None, check("janesville", monitored_daily="mostly"))
    assert caught.value.fields == {"monitored_daily": "`yes`, `no` or blank (not recorded)"}
    assert dump(db) == before


def test_madison_is_not_asked_finds_nothing_and_prints_no_48_hours(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "madison")
    assert not load_profile("madison").upkeep_questions
    # A file may still carry the answers (another city's spreadsheet): kept, never a finding.
    save_site_check(db, None, check("madison", monitored_daily="no", answered_48h="no"))
    assert findings(db) == []
    with pytest.raises(ValidationError) as caught:
        save_exception(
            db,
            None,
            ExceptionInput(
                "M-1",
                "x",
                "mayor",
                "Mayor",
                date(2026, 11, 1),
                None,
                (PARKS,),
                ("not-answered-48h",),
            ),
        )
    assert "unknown finding 'not-answered-48h'" in caught.value.fields["allows"]
    printed = checklist(db, tmp_path)
    assert "Multi-factor authentication" in printed  # the checklist, with its settings
    assert "48 hours" not in printed
    assert "Not always" not in printed
    assert "each work day" not in printed


def test_janesville_s_checklist_asks_both_questions(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(db, None, check("janesville", monitored_daily="no"))
    printed = " ".join(checklist(db, tmp_path).split())
    assert "Found by the last check, still open • Not monitored each work day" in printed
    assert "Monitored at least once each work day Yes No" in printed
    assert "Citizens' questions answered within 48 hours, when practical Yes No" in printed
    assert "Not always" not in printed


HEADER = (
    "account_url,checked_on,checked_by_employee_id,notices,direct_messages,mfa,last_post_on,"
    "archived_in,accessibility,monitored_daily,answered_48h\n"
)


def test_the_two_columns_round_trip_through_a_site_checks_file(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    path = tmp_path / "checks.csv"
    path.write_text(
        HEADER
        + f"{PARKS},2026-11-02,E100,purpose,off,on,2026-11-01,,,no,YES\n"
        + f"{POOL},2026-11-02,E100,purpose,off,on,2026-11-01,,,,\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(db, "site-checks", path).added == 2
    answers = {v.url: (v.monitored_daily, v.answered_48h) for v in list_site_checks(db)}
    assert answers == {PARKS: ("no", "yes"), POOL: (None, None)}
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "site-checks", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    # Exported with Stoughton's column after them too (R14 as directed), blank here.
    assert lines[0] + "\n" == HEADER.replace("\n", ",monitored_as_directed\n")
    assert lines[1:] == [
        f"{PARKS},2026-11-02,E100,purpose,off,on,2026-11-01,,,no,yes,",
        f"{POOL},2026-11-02,E100,purpose,off,on,2026-11-01,,,,,",
    ]
    before = dump(db)
    again = csv_import.import_csv(db, "site-checks", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert dump(db) == before
    # A file written to the contract alone, without the two columns, keeps what was recorded.
    path.write_text(
        "account_url,checked_on,checked_by_employee_id,notices,direct_messages,mfa\n"
        + f"{PARKS},2026-11-02,E100,purpose,off,on\n",
        encoding="utf-8",
    )
    csv_import.import_csv(db, "site-checks", path)
    answers = {v.url: (v.monitored_daily, v.answered_48h) for v in list_site_checks(db)}
    assert answers[PARKS] == ("no", "yes")


def test_a_file_with_another_answer_names_its_line(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    path = tmp_path / "checks.csv"
    path.write_text(HEADER + f"{PARKS},2026-11-02,E100,,off,on,,,,sometimes,\n", encoding="utf-8")
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "site-checks", path)
    assert caught.value.problems == [
        "checks.csv:2: monitored_daily: `yes`, `no` or blank (not recorded)"
    ]


CHECK = f"site check {PARKS} {CHECKED}"


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        (
            "UPDATE site_check SET monitored_daily = 'yes'",
            f"{CHECK}: monitored_daily is yes in the table, no in the audit log",
        ),
        (
            "UPDATE site_check SET answered_48h = NULL",
            f"{CHECK}: answered_48h is empty in the table, yes in the audit log",
        ),
    ],
    ids=["monitored_daily", "answered_48h"],
)
def test_check_replays_the_answers(empty_db, statement: str, said: str) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db, "janesville")
    save_site_check(db, None, check("janesville", monitored_daily="no", answered_48h="no"))
    save_site_check(
        db,
        list_site_checks(db)[0].id,
        check("janesville", monitored_daily="no", answered_48h="yes"),
    )  # a change, recorded: the replay follows it
    assert maintenance.check(db) == []
    with db.engine.begin() as conn:
        conn.execute(text(statement))
    assert maintenance.check(db) == [said]
