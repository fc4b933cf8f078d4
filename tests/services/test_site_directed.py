"""R14 for Stoughton (stoughton-2019.txt:110-112, :250-254): an Authorized User monitors the
site as often as the approving Department Head directs, the frequency found under R2 and
recorded with the approval. Each site check asks whether the site was monitored at the
frequency found at the account's latest approval; a `no` is an R14 finding (basis: policy)
naming that frequency until a later check answers yes. An approval with no frequency recorded
is asked about as such (its R2 findings-missing item stands). Another city is not asked."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.duties import directed_question
from clerkdesk.core.errors import ValidationError
from clerkdesk.resources import load_profile
from clerkdesk.services.accounts.approvals import record_determinations
from clerkdesk.services.accounts.views import find_account
from clerkdesk.services.city import writes as city_writes
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.site_checks.checklists import print_checklist
from clerkdesk.services.site_checks.directed import directed_frequency
from clerkdesk.services.site_checks.writes import SiteCheckInput, list_site_checks, save_site_check
from clerkdesk.services.transfer import csv_export, csv_import

from .duties_city import small_city
from .helpers import dump
from .test_site_upkeep import PARKS, POOL, check

CHICAGO = ZoneInfo("America/Chicago")
CHECKED = date(2026, 11, 2)
AUTHORITY = {"stoughton": "department-head", "janesville": "city-manager", "madison": "mayor"}
NOT_DIRECTED = "Not monitored as the Department Head directed (daily) (site check of 2026-11-02)"
LIBRARY = "https://facebook.com/library"


def city(db, key: str):  # type: ignore[no-untyped-def]
    city_writes.init_city(db, key.title(), key, date(2026, 1, 1))
    small_city(db, authority=AUTHORITY[key])
    return db


def items(db, day: date = date(2026, 11, 20), kind: str = "site-finding"):  # type: ignore[no-untyped-def]
    moment = datetime(day.year, day.month, day.day, 23, 59, tzinfo=CHICAGO)
    return [o for o in obligations.due(db, moment) if o.kind == kind]


def checklist(db, tmp_path: Path, url: str = PARKS) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / "checklist.pdf"
    print_checklist(db, url, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    return " ".join(text.stdout.split())


def test_the_shipped_profiles_ask_it_of_stoughton_alone() -> None:
    asked = {k: load_profile(k).monitoring_directed for k in AUTHORITY | {"wausau": ""}}
    assert asked == {"stoughton": True, "janesville": False, "madison": False, "wausau": False}
    assert load_profile("stoughton").rules["R14"] == "policy"


@pytest.mark.parametrize(("answer", "found"), [("no", [NOT_DIRECTED]), ("yes", []), (None, [])])
def test_stoughton_finds_a_no_naming_the_frequency(empty_db, answer, found) -> None:  # type: ignore[no-untyped-def]
    db = city(empty_db, "stoughton")
    save_site_check(db, None, check("stoughton", monitored_as_directed=answer))
    assert list_site_checks(db)[0].monitored_as_directed == answer
    got = items(db)
    assert [o.text for o in got] == found
    for o in got:  # due the day of the check, by R14, the policy's
        assert (o.rule, o.basis, o.due, o.account, o.record) == (
            "R14",
            "policy",
            CHECKED,
            PARKS,
            "not-monitored-as-directed",
        )


def test_a_no_is_owed_from_the_check_until_a_later_check_answers_yes(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = city(empty_db, "stoughton")
    save_site_check(db, None, check("stoughton", monitored_as_directed="no"))
    assert [o.text for o in items(db, date(2026, 11, 2))] == [NOT_DIRECTED]  # the day of it
    later = date(2026, 11, 10)
    save_site_check(db, None, check("stoughton", later, monitored_as_directed="no"))
    assert [o.due for o in items(db, later)] == [later]  # the last check's
    save_site_check(db, None, check("stoughton", date(2026, 11, 11), monitored_as_directed="yes"))
    assert items(db, date(2026, 11, 11)) == []


def test_stoughton_has_no_fixed_staleness_figure(empty_db) -> None:  # type: ignore[no-untyped-def]
    """A site without a post for longer than ClerkDesk's 30 days is no finding in Stoughton:
    how often it is looked after is the Department Head's to direct."""
    db = city(empty_db, "stoughton")
    stale = SiteCheckInput(PARKS, CHECKED, "E100", (), "off", "on", date(2026, 8, 1))
    save_site_check(db, None, stale)
    assert items(db) == []


def test_an_approval_without_a_frequency_is_asked_as_such(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An imported Department Head approval records no findings: the question says no
    frequency is recorded, a `no` says so too, and R2's findings-missing item stands."""
    db = city(empty_db, "stoughton")
    path = tmp_path / "accounts.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{LIBRARY},facebook,Parks,approved,department-head,Priya Raman,2026-03-02\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(db, "accounts", path).added == 1
    assert directed_frequency(db, LIBRARY) is None
    assert directed_frequency(db, PARKS) == "daily"
    none = "no frequency recorded at the account's latest approval"
    assert directed_question(None) == f"Monitored as the Department Head directed ({none})?"
    printed = checklist(db, tmp_path, LIBRARY)
    assert f"Monitored as the Department Head directed ({none})?" in printed
    blank = SiteCheckInput(LIBRARY, CHECKED, "E100", (), "off", "on", CHECKED)
    save_site_check(db, None, blank)
    assert items(db) == []  # not recorded: no finding
    said_no = replace(blank, checked_on=date(2026, 11, 4), monitored_as_directed="no")
    save_site_check(db, None, said_no)
    assert [o.text for o in items(db)] == [
        f"Not monitored as the Department Head directed ({none}) (site check of 2026-11-04)"
    ]
    missing = items(db, kind="findings-missing")
    assert [o.account for o in missing] == [LIBRARY]


def test_the_latest_approval_s_frequency_is_the_one_asked(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A later approval (a file's, its findings not recorded) is the one asked about, not the
    earlier one's `daily`; once its findings are recorded, their frequency is."""
    db = city(empty_db, "stoughton")
    assert directed_frequency(db, PARKS) == "daily"
    path = tmp_path / "accounts.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{PARKS},facebook,Parks,approved,department-head,Priya Raman,2026-06-01\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(db, "accounts", path).updated == 1
    assert directed_frequency(db, PARKS) is None
    record_determinations(db, find_account(db, PARKS).id, True, "twice a week", True)
    assert directed_frequency(db, PARKS) == "twice a week"
    save_site_check(db, None, check("stoughton", monitored_as_directed="no"))
    assert [o.text for o in items(db)] == [
        "Not monitored as the Department Head directed (twice a week) (site check of 2026-11-02)"
    ]


@pytest.mark.parametrize("key", ["janesville", "madison"])
def test_another_city_is_not_asked_and_finds_nothing_of_it(empty_db, tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    db = city(empty_db, key)
    # A file may still carry the answer (another city's spreadsheet): kept, never a finding.
    save_site_check(db, None, check(key, monitored_as_directed="no"))
    assert list_site_checks(db)[0].monitored_as_directed == "no"
    assert [o for o in items(db) if o.record == "not-monitored-as-directed"] == []
    assert "Department Head directed" not in checklist(db, tmp_path)


def test_stoughton_s_checklist_asks_at_the_frequency(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = city(empty_db, "stoughton")
    printed = checklist(db, tmp_path)
    assert "Monitored as the Department Head directed (daily)?" in printed
    assert "each work day" not in printed  # Janesville's questions are not Stoughton's
    assert "Required notices" not in printed  # Stoughton's policy names none (R15 off)
    assert "looks abandoned" not in printed  # no staleness figure where monitoring is directed
    save_site_check(db, None, check("stoughton", monitored_as_directed="no"))
    assert "Not monitored as the Department Head directed (daily)" in checklist(db, tmp_path)


def test_janesville_s_checklist_asks_its_notices(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = city(empty_db, "janesville")
    printed = checklist(db, tmp_path)
    assert "Required notices: does the site show..." in printed
    days = city_writes.get_city(db).profile.abandoned_days
    assert f"(a site without a post for more than {days} days looks abandoned)" in printed


def test_a_word_other_than_yes_or_no_is_refused(empty_db) -> None:  # type: ignore[no-untyped-def]
    db = city(empty_db, "stoughton")
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        save_site_check(db, None, check("stoughton", monitored_as_directed="weekly"))
    assert caught.value.fields == {"monitored_as_directed": "`yes`, `no` or blank (not recorded)"}
    assert dump(db) == before


HEADER = (
    "account_url,checked_on,checked_by_employee_id,notices,direct_messages,mfa,last_post_on,"
    "archived_in,accessibility,monitored_daily,answered_48h"
)


def test_the_column_round_trips_and_a_file_without_it_is_never_refused(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = city(empty_db, "stoughton")
    old = tmp_path / "old.csv"  # written before the column: not recorded
    old.write_text(f"{HEADER}\n{PARKS},2026-11-02,E100,,off,on,2026-11-01,,,,\n", encoding="utf-8")
    assert csv_import.import_csv(db, "site-checks", old).added == 1
    assert list_site_checks(db)[0].monitored_as_directed is None
    new = tmp_path / "new.csv"
    new.write_text(
        f"{HEADER},monitored_as_directed\n"
        f"{PARKS},2026-11-03,E100,,off,on,2026-11-01,,,,,No\n"
        f"{POOL},2026-11-03,E100,,off,on,2026-11-01,,,,,\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(db, "site-checks", new).added == 2
    answers = {(v.url, v.checked_on): v.monitored_as_directed for v in list_site_checks(db)}
    assert answers == {
        (PARKS, date(2026, 11, 2)): None,
        (PARKS, date(2026, 11, 3)): "no",
        (POOL, date(2026, 11, 3)): None,
    }
    assert [o.account for o in items(db) if o.record == "not-monitored-as-directed"] == [PARKS]
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "site-checks", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == f"{HEADER},monitored_as_directed"
    assert f"{PARKS},2026-11-03,E100,,off,on,2026-11-01,,,,,no" in lines
    before = dump(db)
    again = csv_import.import_csv(db, "site-checks", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert dump(db) == before
