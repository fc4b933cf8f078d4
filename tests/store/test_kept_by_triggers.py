"""What the database keeps by its own triggers for the obligations to read: the count of each
poster's removals on each account (R16) and each account's latest approval (R1). Right after
every kind of write, by ClerkDesk or by anything else, on SQLite and on PostgreSQL; filled from
the rows already kept when an older database is upgraded; and `check` says where they differ."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from clerkdesk.paths import resolve_paths
from clerkdesk.services.integrity.maintenance import check
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.removals.writes import RemovalInput, list_removals, record_removal
from clerkdesk.services.transfer import csv_import
from tests.store.test_migrations import _database_at

PARKS = "https://facebook.com/stoughtonparks"
LIBRARY = "https://facebook.com/stoughtonlibrary"
AT = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def city(db, tmp_path):  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "d.csv", "name\nParks\n"))
    csv_import.import_csv(
        db, "people", write(tmp_path, "p.csv", "employee_id,name,department\nE1,Ann Lee,Parks\n")
    )
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            "a.csv",
            "url,platform,department,status,authority,approved_by,approved_on\n"
            f"{PARKS},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n"
            f"{LIBRARY},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
        ),
    )
    return db


def remove(db: Database, poster: str, minutes: int, url: str = PARKS) -> None:
    record_removal(
        db,
        RemovalInput(
            account_url=url,
            removed_at=AT + timedelta(minutes=minutes),
            poster=poster,
            content="Buy my boat!",
            category="advertising",
            action="hidden",
            staff_employee_id="E1",
        ),
    )


def outside(db: Database, sql: str) -> None:
    """A write by another program, straight to the database."""
    with db.engine.begin() as conn:
        conn.execute(text(sql))


def kept(db: Database) -> dict[tuple[str, str], int]:
    """The count as the database keeps it, by account URL and poster; checked against the
    removals themselves, grouped."""
    with db.engine.connect() as conn:
        counted = conn.execute(
            text(
                "SELECT a.url, c.poster, c.removals FROM poster_removals c "
                "JOIN account a ON a.id = c.account_id"
            )
        ).all()
        grouped = conn.execute(
            text(
                "SELECT a.url, r.poster, count(*) FROM removal r "
                "JOIN account a ON a.id = r.account_id GROUP BY a.url, r.poster"
            )
        ).all()
    assert sorted(map(tuple, counted)) == sorted(map(tuple, grouped))
    return {(url, poster): n for url, poster, n in counted}


def approve(db: Database, url: str, day: str) -> None:
    """An approval written by another program."""
    outside(
        db,
        "INSERT INTO approval (account_id, authority, approved_by, approved_on, "
        "determinations_recorded, recorded_at) SELECT id, 'mayor', 'Tim Swadley', "
        f"'{day}', false, '2026-11-03 00:00:00' FROM account WHERE url = '{url}'",
    )


def latest(db: Database) -> dict[str, str]:
    """Each account's latest approval as the database keeps it, by URL; checked against the
    approvals themselves, grouped."""
    with db.engine.connect() as conn:
        kept_days = conn.execute(
            text(
                "SELECT a.url, l.approved_on FROM latest_approval l "
                "JOIN account a ON a.id = l.account_id"
            )
        ).all()
        grouped = conn.execute(
            text(
                "SELECT a.url, max(p.approved_on) FROM approval p "
                "JOIN account a ON a.id = p.account_id GROUP BY a.url"
            )
        ).all()
    assert sorted((url, str(day)) for url, day in kept_days) == sorted(
        (url, str(day)) for url, day in grouped
    )
    return {url: str(day) for url, day in kept_days}


def test_every_removal_is_counted_as_it_is_kept(city) -> None:  # type: ignore[no-untyped-def]
    assert kept(city) == {}
    remove(city, "@troll", 0)
    remove(city, "@troll", 10)
    remove(city, "@other", 20)
    remove(city, "@troll", 30, url=LIBRARY)
    assert kept(city) == {(PARKS, "@troll"): 2, (PARKS, "@other"): 1, (LIBRARY, "@troll"): 1}
    # The Removed content page reads its "removals of this poster" from the count.
    assert sorted((r.account_url, r.poster, r.repeat) for r in list_removals(city)) == [
        (LIBRARY, "@troll", 1),
        (PARKS, "@other", 1),
        (PARKS, "@troll", 2),
        (PARKS, "@troll", 2),
    ]


def test_changes_made_outside_the_program_are_counted_too(city) -> None:  # type: ignore[no-untyped-def]
    remove(city, "@troll", 0)
    remove(city, "@troll", 10)
    remove(city, "@other", 20)
    # Another poster's name written over one of the two: one each.
    outside(
        city,
        "UPDATE removal SET poster = '@other' WHERE removed_at = ("
        "SELECT min(removed_at) FROM removal WHERE poster = '@troll')",
    )
    assert kept(city) == {(PARKS, "@troll"): 1, (PARKS, "@other"): 2}
    # Moved to another account.
    outside(
        city,
        "UPDATE removal SET account_id = (SELECT id FROM account WHERE url = "
        f"'{LIBRARY}') WHERE poster = '@troll'",
    )
    assert kept(city) == {(LIBRARY, "@troll"): 1, (PARKS, "@other"): 2}
    # A change that touches neither account nor poster counts nothing again.
    outside(city, "UPDATE removal SET content = 'Sold'")
    assert kept(city) == {(LIBRARY, "@troll"): 1, (PARKS, "@other"): 2}
    # Deleted one at a time: the count goes down, and a poster with none left is gone.
    outside(city, "DELETE FROM removal WHERE poster = '@troll'")
    assert kept(city) == {(PARKS, "@other"): 2}


def test_an_account_deleted_takes_its_counts_and_latest_approval_with_it(city) -> None:  # type: ignore[no-untyped-def]
    remove(city, "@troll", 0)
    remove(city, "@troll", 10)
    remove(city, "@troll", 20, url=LIBRARY)
    approve(city, PARKS, "2020-01-05")  # two approvals, deleted one by one after the account
    outside(city, f"DELETE FROM account WHERE url = '{PARKS}'")
    assert kept(city) == {(LIBRARY, "@troll"): 1}
    assert latest(city) == {LIBRARY: "2019-07-01"}


def test_each_accounts_latest_approval_is_kept_through_every_change(city) -> None:  # type: ignore[no-untyped-def]
    assert latest(city) == {PARKS: "2019-07-01", LIBRARY: "2019-07-01"}
    approve(city, PARKS, "2020-01-05")  # approved again, later
    approve(city, PARKS, "2018-03-01")  # an earlier approval entered afterwards
    assert latest(city) == {PARKS: "2020-01-05", LIBRARY: "2019-07-01"}
    outside(city, "UPDATE approval SET approved_on = '2017-01-01' WHERE approved_on = '2020-01-05'")
    assert latest(city)[PARKS] == "2019-07-01"
    outside(
        city,
        "DELETE FROM approval WHERE approved_on = '2019-07-01' AND account_id = "
        f"(SELECT id FROM account WHERE url = '{PARKS}')",
    )
    assert latest(city)[PARKS] == "2018-03-01"
    # Moved to the other account: both worked out again.
    outside(
        city,
        "UPDATE approval SET account_id = (SELECT id FROM account WHERE url = "
        f"'{LIBRARY}') WHERE approved_on = '2018-03-01'",
    )
    assert latest(city) == {PARKS: "2017-01-01", LIBRARY: "2019-07-01"}
    outside(
        city,
        f"DELETE FROM approval WHERE account_id = (SELECT id FROM account WHERE url = '{PARKS}')",
    )
    assert latest(city) == {LIBRARY: "2019-07-01"}  # no approval left: none kept


def test_an_older_database_has_its_removals_and_approvals_kept_when_upgraded(
    tmp_path: Path,
) -> None:
    paths = resolve_paths(home=str(tmp_path))
    _database_at(paths, "0010")
    assert paths.database_file is not None
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute(
            "INSERT INTO city (id, name, profile_key, profile_json, created_at) VALUES "
            "(1, 'Stoughton', 'stoughton', '{\"timezone\": \"America/Chicago\"}', "
            "'2026-01-01 00:00:00')"
        )
        conn.execute("INSERT INTO department (id, name) VALUES (1, 'Parks')")
        conn.execute(
            "INSERT INTO person (id, employee_id, name, kind) VALUES (1, 'E1', 'Ann Lee', "
            "'employee')"
        )
        conn.execute(
            "INSERT INTO account (id, url, platform, department_id, status, created_at, "
            f"updated_at) VALUES (1, '{PARKS}', 'facebook', 1, 'approved', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        for day in ("2019-07-01", "2021-02-03"):
            conn.execute(
                "INSERT INTO approval (account_id, authority, approved_by, approved_on, "
                "determinations_recorded, recorded_at) VALUES (1, 'mayor', 'Tim Swadley', ?, "
                "0, '2026-01-01 00:00:00')",
                (day,),
            )
        for minute, poster in ((0, "@troll"), (10, "@troll"), (20, "@other")):
            conn.execute(
                "INSERT INTO removal (account_id, removed_at, poster, content, category, "
                "action, staff_person_id, recorded_at) VALUES (1, ?, ?, 'Boat', "
                "'advertising', 'hidden', 1, '2026-11-03 00:00:00')",
                (f"2026-11-02 15:{30 + minute:02d}:00", poster),
            )
    db = Database.open(paths)
    try:
        assert kept(db) == {(PARKS, "@troll"): 2, (PARKS, "@other"): 1}
        assert latest(db) == {PARKS: "2021-02-03"}
        outside(  # and counted from then on
            db,
            "INSERT INTO removal (account_id, removed_at, poster, content, category, action, "
            "staff_person_id, recorded_at) VALUES (1, '2026-11-02 16:00:00', '@other', 'Boat', "
            "'advertising', 'hidden', 1, '2026-11-03 00:00:00')",
        )
        assert kept(db) == {(PARKS, "@troll"): 2, (PARKS, "@other"): 2}
    finally:
        db.close()


def test_check_reports_a_count_that_differs_from_the_removals(city) -> None:  # type: ignore[no-untyped-def]
    remove(city, "@troll", 0)
    remove(city, "@troll", 10)
    assert not [p for p in check(city) if p.startswith("removal count")]
    outside(city, "UPDATE poster_removals SET removals = 1")  # the repeat hidden by hand
    outside(city, "DELETE FROM poster_removals WHERE poster = '@nobody'")
    assert [p for p in check(city) if p.startswith("removal count")] == [
        f"removal count: @troll on {PARKS}: 1 counted, 2 removal(s) kept"
    ]


def test_check_reports_a_latest_approval_that_differs_from_the_approvals(city) -> None:  # type: ignore[no-untyped-def]
    assert not [p for p in check(city) if p.startswith("latest approval")]
    outside(city, "UPDATE latest_approval SET approved_on = '2001-01-01'")
    outside(
        city,
        "DELETE FROM latest_approval WHERE account_id = "
        f"(SELECT id FROM account WHERE url = '{LIBRARY}')",
    )
    assert sorted(p for p in check(city) if p.startswith("latest approval")) == [
        f"latest approval: {LIBRARY}: none kept, 2019-07-01 in its approvals",
        f"latest approval: {PARKS}: 2001-01-01 kept, 2019-07-01 in its approvals",
    ]
