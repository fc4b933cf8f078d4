"""Milwaukee's blackout (R18, milwaukee-2023.txt:320-322 and :359-363): the staff acting for a
candidate are suspended with them, and the links on the official's pages come down; other
cities' blackouts are the candidate's alone."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.accounts.notes import account_notes
from clerkdesk.services.accounts.views import find_account
from clerkdesk.services.city import writes as city
from clerkdesk.services.elections.blackouts import (
    list_blackouts,
    restore_candidate,
    suspend_candidate,
)
from clerkdesk.services.elections.writes import (
    CandidateInput,
    ElectionInput,
    list_candidates,
    save_candidate,
    save_election,
)
from clerkdesk.services.integrity import audit, maintenance
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import PersonInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_export, csv_import

from .duties_city import PARKS, POOL, small_city
from .helpers import dump

CHICAGO = ZoneInfo("America/Chicago")
SPRING = ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6))
FIRST, LAST = date(2026, 12, 1), date(2027, 4, 6)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, tzinfo=CHICAGO)


def kinds(db: Database, day: date, kind: str) -> list:  # type: ignore[type-arg]
    return [o for o in obligations.due(db, at(day)) if o.kind == kind]


def running_with_aide(db: Database, staff: tuple[str, ...] = ("S5",)) -> int:
    """The small city, an aide of the alderperson who posts on the pool's account, and the
    alderperson running in the spring election with the aide acting for them."""
    small_city(db)
    people.create_person(db, PersonInput("S5", "Sam Reyes", "Legislative aide", "Parks"))
    pool = find_account(db, POOL)
    assignments.designate(db, pool.id, "S5", "authorized-user", datetime(2026, 2, 1, tzinfo=UTC))
    save_election(db, None, SPRING)
    return save_candidate(
        db, None, CandidateInput("Spring 2027", "A7", staff_employee_ids=staff)
    ).id


@pytest.fixture
def milwaukee(empty_db: Database) -> Database:
    city.init_city(empty_db, "Milwaukee", "milwaukee", date(2023, 8, 1))
    return empty_db


def test_the_aide_owes_a_blackout_item_from_the_first_day_papers_circulate(
    milwaukee: Database,
) -> None:
    running_with_aide(milwaukee)
    items = {
        d: kinds(milwaukee, d, "blackout") for d in (date(2026, 11, 30), FIRST, date(2026, 12, 2))
    }
    for day, found in items.items():
        assert [o.employee_id for o in found] == ["A7", "S5"], day
    assert [o.state for o in items[date(2026, 11, 30)]] == ["due-soon", "due-soon"]
    assert [o.state for o in items[FIRST]] == ["due-soon", "due-soon"]
    assert [o.state for o in items[date(2026, 12, 2)]] == ["overdue", "overdue"]
    candidate, aide = items[FIRST]
    assert (aide.due, aide.rule, aide.basis, aide.person, aide.record) == (
        FIRST,
        "R18",
        "policy",
        "Sam Reyes",
        "Spring 2027/A7",
    )
    assert aide.text == (
        "Suspend Sam Reyes's posting access to the City's accounts: they act for Dana Alder, "
        f"a candidate (Spring 2027, {FIRST} to {LAST}): {POOL}"
    )
    # The aide's item is theirs: it names only their account, the candidate's names both.
    assert PARKS in candidate.text and POOL in candidate.text
    # Over after the election day.
    assert not kinds(milwaukee, date(2027, 4, 7), "blackout")


def test_suspending_the_candidate_suspends_their_aide_and_restores_them_together(
    milwaukee: Database,
) -> None:
    candidate_id = running_with_aide(milwaukee)
    view = suspend_candidate(milwaukee, candidate_id)
    (aide,) = view.staff
    assert (view.state, aide.employee_id, aide.unsuspended, aide.unrestored) == (
        "suspended",
        "S5",
        (),
        (POOL,),
    )
    assert not kinds(milwaukee, FIRST, "blackout")
    # The clock reads 2026-11-20: move it into the blackout to read the account's window.
    milwaukee.machine_clock.now = datetime(2026, 12, 2, 15, tzinfo=UTC)  # type: ignore[attr-defined]
    assert (
        "Election blackout: Sam Reyes (S5), acting for Dana Alder, a candidate in Spring 2027, "
        f"may not post through {LAST} (suspended)"
    ) in account_notes(milwaukee, find_account(milwaukee, POOL).id, POOL)
    assert not any(
        "Sam Reyes" in n for n in account_notes(milwaukee, find_account(milwaukee, PARKS).id, PARKS)
    )
    event = audit.list_events(milwaukee)[0]
    assert event.action == "candidate.suspend" and POOL in json.loads(event.details)["accounts"]
    restores = kinds(milwaukee, LAST, "blackout-restore")
    assert [(o.employee_id, o.due) for o in restores] == [
        ("A7", date(2027, 4, 7)),
        ("S5", date(2027, 4, 7)),
    ]
    assert restores[1].text == (
        f"Restore Sam Reyes's posting access after Spring 2027 (they act for Dana Alder): {POOL}"
    )
    restore_candidate(milwaukee, candidate_id)
    assert not kinds(milwaukee, date(2027, 4, 8), "blackout-restore")
    assert list_blackouts(milwaukee)[0].state == "restored"
    assert maintenance.check(milwaukee) == []


def test_the_links_come_down_the_day_the_blackout_starts_until_recorded(
    milwaukee: Database,
) -> None:
    candidate_id = running_with_aide(milwaukee)
    states = [
        [(o.state, o.due, o.record) for o in kinds(milwaukee, day, "blackout-links")]
        for day in (date(2026, 11, 30), FIRST, date(2026, 12, 2))
    ]
    assert states == [
        [("due-soon", FIRST, "Spring 2027/A7")],
        [("due-soon", FIRST, "Spring 2027/A7")],
        [("overdue", FIRST, "Spring 2027/A7")],
    ]
    (item,) = kinds(milwaukee, FIRST, "blackout-links")
    assert (item.rule, item.basis, item.employee_id) == ("R18", "policy", "A7")
    assert "Dana Alder's official pages" in item.text
    # The clock reads 2026-11-20: the links taken down a day early, as the clerk records it.
    save_candidate(
        milwaukee,
        candidate_id,
        CandidateInput(
            "Spring 2027",
            "A7",
            given=frozenset({"election", "employee_id", "links_removed_on"}),
            links_removed_on=date(2026, 11, 19),
        ),
    )
    assert not kinds(milwaukee, FIRST, "blackout-links")
    (candidate,) = list_candidates(milwaukee)
    assert candidate.links_removed_on == date(2026, 11, 19)
    # The staff were left as they were: the form did not give them.
    assert [s.employee_id for s in list_blackouts(milwaukee)[0].staff] == ["S5"]
    event = audit.list_events(milwaukee)[0]
    assert json.loads(event.details) == {"links_removed_on": [None, "2026-11-19"]}
    assert maintenance.check(milwaukee) == []


def test_a_day_not_yet_come_or_an_unknown_aide_is_refused(milwaukee: Database) -> None:
    candidate_id = running_with_aide(milwaukee)
    before = dump(milwaukee)
    with pytest.raises(ValidationError) as caught:
        save_candidate(
            milwaukee,
            candidate_id,
            CandidateInput("Spring 2027", "A7", links_removed_on=date(2026, 11, 21)),
        )
    assert caught.value.fields == {"links_removed_on": "is after today (2026-11-20): not done yet"}
    with pytest.raises(ValidationError) as caught:
        save_candidate(
            milwaukee, candidate_id, CandidateInput("Spring 2027", "A7", staff_employee_ids=("Z9",))
        )
    assert caught.value.fields == {"staff_employee_ids": "no person with employee ID 'Z9'"}
    with pytest.raises(ValidationError) as caught:
        save_candidate(
            milwaukee, candidate_id, CandidateInput("Spring 2027", "A7", staff_employee_ids=("A7",))
        )
    assert caught.value.fields == {
        "staff_employee_ids": "A7 is the candidate: staff act for someone else"
    }
    assert dump(milwaukee) == before


def test_removing_the_aide_ends_their_items_and_check_follows_the_change(
    milwaukee: Database,
) -> None:
    candidate_id = running_with_aide(milwaukee)
    save_candidate(milwaukee, candidate_id, CandidateInput("Spring 2027", "A7"))
    assert [o.employee_id for o in kinds(milwaukee, FIRST, "blackout")] == ["A7"]
    event = audit.list_events(milwaukee)[0]
    assert (event.action, json.loads(event.details)) == (
        "candidate.update",
        {"staff": [["S5"], []]},
    )
    assert maintenance.check(milwaukee) == []


def test_an_aide_s_new_employee_id_moves_with_the_staff_check_replays(
    milwaukee: Database,
) -> None:
    running_with_aide(milwaukee)
    aide = next(p for p in people.list_people(milwaukee) if p.employee_id == "S5")
    people.update_person(milwaukee, aide.id, PersonInput("S55", "Sam Reyes", "Aide", "Parks"))
    assert [s.employee_id for s in list_blackouts(milwaukee)[0].staff] == ["S55"]
    assert maintenance.check(milwaukee) == []


def test_other_cities_owe_no_staff_or_links_items(db: Database) -> None:
    """Stoughton's policy says nothing of staff or pages: the candidate's item alone."""
    candidate_id = running_with_aide(db)
    for day in (date(2026, 11, 30), FIRST, date(2026, 12, 2)):
        assert [o.employee_id for o in kinds(db, day, "blackout")] == ["A7"]
        assert not kinds(db, day, "blackout-links")
    view = suspend_candidate(db, candidate_id)
    assert view.staff == () and view.state == "suspended"
    (aide,) = [
        t
        for t in assignments.account_assignments(db, find_account(db, POOL).id)
        if t.employee_id == "S5"
    ]
    restores = kinds(db, LAST, "blackout-restore")
    assert [o.employee_id for o in restores] == ["A7"]
    assert aide.ends_at is None


def test_the_candidates_file_carries_the_staff_and_the_links_day(
    milwaukee: Database, tmp_path: Path
) -> None:
    running_with_aide(milwaukee, staff=())
    people.create_person(milwaukee, PersonInput("S6", "Lee Park", "Aide"))
    rows = tmp_path / "candidates.csv"
    rows.write_text(
        "election,employee_id,staff_employee_ids,links_removed_on\n"
        "Spring 2027,A7,S6 S5,2026-11-18\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(milwaukee, "candidates", rows).updated == 1
    out = tmp_path / "out.csv"
    csv_export.export_csv(milwaukee, "candidates", out)
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "election,employee_id,until_on,staff_employee_ids,links_removed_on",
        "Spring 2027,A7,,S5 S6,2026-11-18",
    ]
    assert csv_import.import_csv(milwaukee, "candidates", out).unchanged == 1
    assert maintenance.check(milwaukee) == []
