"""`check` replays the removals register: a removal's fields, changed in the table without an
event (a poster or a screenshot altered by hand), are each reported in words, on SQLite and
PostgreSQL; a removal corrected on its form, moved to another moment, or whose account's web
address changes, stays clean."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from clerkdesk.services.accounts.writes import update_account
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.kernel.inputs import AccountInput
from clerkdesk.services.removals.corrections import correct_removal
from clerkdesk.services.removals.writes import RemovalInput, add_deletion_reason, list_removals
from clerkdesk.services.transfer import csv_import

PARKS = "https://facebook.com/stoughtonparks"
AT = datetime(2026, 3, 2, 15, tzinfo=UTC)
LATER = datetime(2026, 3, 2, 16, tzinfo=UTC)
KEY = f"{PARKS} 2026-03-02 16:00:00+00:00"
HEADER = "account_url,removed_at,poster,content,category,action,staff_employee_id,evidence\n"


def removal(at: datetime, **changes: str) -> RemovalInput:
    values = {
        "account_url": PARKS,
        "removed_at": at,
        "poster": "@troll",
        "content": "Buy my boat!",
        "category": "advertising",
        "action": "hidden",
        "staff_employee_id": "E1",
        "evidence": "boat.png",
    } | changes
    return RemovalInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def removals_city(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    files = {
        "departments": "name\nParks\n",
        "people": "employee_id,name,department\nE1,Ann Lee,Parks\nE2,Bo Chan,Parks\n",
        "accounts": "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{PARKS},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
    }
    for kind, content in files.items():
        path = tmp_path / f"{kind}.csv"
        path.write_text(content, encoding="utf-8")
        csv_import.import_csv(db, kind, path)
    # Kept from a file without why it was deleted, then why, then moved to another moment on
    # its form, then the file's row again, with who removed it and what was removed changed.
    path = tmp_path / "removals.csv"
    row = f"{PARKS},{{at}},@troll,{{content}},advertising,deleted,{{staff}},boat.png\n"
    path.write_text(HEADER + row.format(at=AT.isoformat(), content="Buy my boat!", staff="E1"))
    csv_import.import_csv(db, "removals", path)
    (kept,) = list_removals(db)
    add_deletion_reason(db, kept.id, "Threatened staff")
    correct_removal(db, kept.id, removal(LATER, action="deleted", action_reason="Threatened staff"))
    path.write_text(
        HEADER + row.format(at=LATER.isoformat(), content="Buy my boat now!", staff="E2")
    )
    csv_import.import_csv(db, "removals", path)
    assert maintenance.check(db) == []
    return db


CHANGED = [
    (
        "UPDATE removal SET poster = '@other'",
        "poster is @other in the table, @troll in the audit log",
    ),
    (
        "UPDATE removal SET content = 'Nothing'",
        "content is Nothing in the table, Buy my boat now! in the audit log",
    ),
    (
        "UPDATE removal SET category = 'threat'",
        "category is threat in the table, advertising in the audit log",
    ),
    (
        "UPDATE removal SET action = 'hidden'",
        "action is hidden in the table, deleted in the audit log",
    ),
    (
        "UPDATE removal SET action_reason = NULL",
        "action_reason is empty in the table, Threatened staff in the audit log",
    ),
    (
        "UPDATE removal SET staff_person_id = (SELECT id FROM person WHERE employee_id = 'E1')",
        "staff_employee_id is E1 in the table, E2 in the audit log",
    ),
    (
        "UPDATE removal SET evidence = 'other.png'",
        "evidence is other.png in the table, boat.png in the audit log",
    ),
    (
        "UPDATE removal SET evidence_sha256 = 'abc'",
        "evidence_sha256 is abc in the table, empty in the audit log",
    ),
]


@pytest.mark.parametrize(("statement", "said"), CHANGED, ids=[s[1].split()[0] for s in CHANGED])
def test_a_removal_changed_without_an_event_is_reported(removals_city, statement, said) -> None:  # type: ignore[no-untyped-def]
    with removals_city.engine.begin() as conn:
        conn.execute(text(statement))
    # A digest without its screenshot under scans/ is also said by the files' check.
    found = [p for p in maintenance.check(removals_city) if not p.startswith("files:")]
    assert found == [f"removal {KEY}: {said}"]


def test_a_removal_added_by_hand_is_reported(removals_city) -> None:  # type: ignore[no-untyped-def]
    with removals_city.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO removal (account_id, removed_at, poster, content, category, action, "
                "staff_person_id, recorded_at) SELECT a.id, '2026-03-03 10:00:00', '@x', 'Hi', "
                "'advertising', 'hidden', p.id, '2026-03-03 10:00:00' FROM account a, person p "
                "WHERE p.employee_id = 'E1'"
            )
        )
    assert maintenance.check(removals_city) == [
        f"removal {PARKS} 2026-03-03 10:00:00+00:00: in the table with no event in the audit log"
    ]


def test_a_removal_moved_by_hand_is_reported(removals_city) -> None:  # type: ignore[no-untyped-def]
    with removals_city.engine.begin() as conn:
        conn.execute(text("UPDATE removal SET removed_at = '2026-03-02 17:00:00'"))
    assert maintenance.check(removals_city) == [
        f"removal {PARKS} 2026-03-02 17:00:00+00:00: in the table with no event in the audit log"
    ]


def test_an_account_s_new_address_moves_its_removals(removals_city) -> None:  # type: ignore[no-untyped-def]
    with removals_city.reading() as session:
        account_id = session.execute(text("SELECT id FROM account")).scalar_one()
    update_account(
        removals_city,
        account_id,
        AccountInput(
            "https://facebook.com/stoughtonparks2", "facebook", "Parks", status="approved"
        ),
    )
    assert maintenance.check(removals_city) == []


def test_a_removal_recorded_under_its_account_is_noted_not_reported(removals_city) -> None:  # type: ignore[no-untyped-def]
    """A register written before removals were named in the log on their own: its removals'
    events are under their account. `check` notes them and reports nothing."""
    from clerkdesk.services.integrity.audit import Change, record

    earlier = datetime(2026, 2, 1, 18, tzinfo=UTC)
    with removals_city.writing() as session:
        from clerkdesk.store.models.removals import Removal

        account_id = session.execute(text("SELECT id FROM account")).scalar_one()
        staff = session.execute(text("SELECT id FROM person WHERE employee_id = 'E1'")).scalar_one()
        session.add(
            Removal(
                account_id=account_id,
                removed_at=earlier,
                poster="@old",
                content="Spam",
                category="advertising",
                action="hidden",
                staff_person_id=staff,
                recorded_at=earlier,
            )
        )
        record(
            session,
            removals_city,
            Change(
                "removal.create",
                "account",
                PARKS,
                f"Recorded content of @old removed from {PARKS}",
                {"removed_at": earlier, "poster": "@old", "content": "Spam"},
            ),
        )
    noted = (
        "1 removal(s) recorded before the audit log named each removal on its own: checked "
        "from their next change"
    )
    report = maintenance.check_report(removals_city)
    assert report.problems == [] and noted in report.notes
    # Still noted, not reported, once its account's address has changed.
    with removals_city.reading() as session:
        account_id = session.execute(text("SELECT id FROM account")).scalar_one()
    update_account(
        removals_city,
        account_id,
        AccountInput("https://facebook.com/cityparks", "facebook", "Parks", status="approved"),
    )
    report = maintenance.check_report(removals_city)
    assert report.problems == [] and noted in report.notes
