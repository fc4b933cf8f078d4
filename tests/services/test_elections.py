"""Elections and candidates (R18): an elected official who runs may not post from the first
day nomination papers circulate until they are no longer a candidate; their terms are
suspended, not ended, and restored the day after."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.services.elections.blackouts import (
    blackout_on,
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
from clerkdesk.services.integrity import audit
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_export, csv_import

from .duties_city import PARKS, POOL, small_city
from .helpers import dump

CHICAGO = ZoneInfo("America/Chicago")
SPRING = ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6))


def at(day: date) -> datetime:
    """The end of `day` in Stoughton, as `--as-of DATE` reads it."""
    return datetime(day.year, day.month, day.day, 23, 59, tzinfo=CHICAGO)


def kinds(db, day: date, kind: str):  # type: ignore[no-untyped-def]
    return [o for o in obligations.due(db, at(day)) if o.kind == kind]


@pytest.fixture
def running(db):  # type: ignore[no-untyped-def]
    small_city(db)
    save_election(db, None, SPRING)
    return save_candidate(db, None, CandidateInput("spring 2027", "A7"))


def test_a_candidate_owes_a_blackout_from_the_first_day_papers_circulate(db, running) -> None:  # type: ignore[no-untyped-def]
    before = kinds(db, date(2026, 11, 30), "blackout")
    first = kinds(db, date(2026, 12, 1), "blackout")
    after = kinds(db, date(2026, 12, 2), "blackout")
    assert [o.state for o in before + first + after] == ["due-soon", "due-soon", "overdue"]
    (item,) = first
    assert (item.due, item.rule, item.basis, item.employee_id) == (
        date(2026, 12, 1),
        "R18",
        "practice",  # Milwaukee's reading of Wis. Stat. 11.1205; practice in Stoughton
        "A7",
    )
    assert PARKS in item.text and POOL in item.text
    assert "Dana Alder" in item.text
    assert blackout_on(db, "A7", date(2026, 12, 1)) is not None
    assert blackout_on(db, "A7", date(2026, 11, 30)) is None
    assert blackout_on(db, "A7", date(2027, 4, 6)) is not None
    assert blackout_on(db, "A7", date(2027, 4, 7)) is None
    assert blackout_on(db, "E100", date(2026, 12, 1)) is None


def test_suspension_is_recorded_on_the_terms_and_restored_the_day_after_the_election(
    db, running
) -> None:  # type: ignore[no-untyped-def]
    view = suspend_candidate(db, running.id)
    assert (view.state, view.unsuspended, view.unrestored) == ("suspended", (), (PARKS, POOL))
    assert not kinds(db, date(2026, 12, 1), "blackout")
    # The terms are not ended: the alderperson still holds them.
    held = [t for t in assignments.account_assignments(db, 1) if t.employee_id == "A7"]
    assert held and all(t.ends_at is None for t in held)
    (restore,) = kinds(db, date(2027, 4, 6), "blackout-restore")
    assert (restore.due, restore.state) == (date(2027, 4, 7), "due-soon")
    assert kinds(db, date(2027, 4, 7), "blackout-restore")[0].state == "due-soon"
    assert kinds(db, date(2027, 4, 8), "blackout-restore")[0].state == "overdue"
    event = audit.list_events(db)[0]
    assert event.action == "candidate.suspend"
    assert "election blackout" in event.summary
    with pytest.raises(ClerkDeskError, match="comes back on 2027-04-07 at the earliest"):
        restore_candidate(db, running.id, date(2027, 4, 6))
    view = restore_candidate(db, running.id)
    assert view.state == "restored"
    assert not kinds(db, date(2027, 4, 8), "blackout-restore")
    assert audit.list_events(db)[0].action == "candidate.restore"


def test_a_candidate_who_withdrew_is_restored_the_day_after(db, running) -> None:  # type: ignore[no-untyped-def]
    save_candidate(db, running.id, CandidateInput("Spring 2027", "A7", date(2027, 1, 15)))
    suspend_candidate(db, running.id)
    (restore,) = kinds(db, date(2027, 1, 10), "blackout-restore")
    assert restore.due == date(2027, 1, 16)
    assert blackout_on(db, "A7", date(2027, 1, 16)) is None


def test_only_an_elected_official_can_be_a_candidate(db) -> None:  # type: ignore[no-untyped-def]
    small_city(db)
    save_election(db, None, SPRING)
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        save_candidate(db, None, CandidateInput("Spring 2027", "E100"))
    assert caught.value.fields["employee_id"].startswith("Priya Raman is not an elected official")
    with pytest.raises(ValidationError) as caught:
        save_candidate(db, None, CandidateInput("Fall 2027", "A7", date(2027, 5, 1)))
    assert caught.value.fields == {"election": "no election named 'Fall 2027' in the register"}
    with pytest.raises(ValidationError) as caught:
        save_candidate(db, None, CandidateInput("Spring 2027", "A7", date(2027, 4, 7)))
    assert caught.value.fields["until_on"].startswith("is after election day (2027-04-06)")
    assert dump(db) == before


def test_papers_after_election_day_are_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        save_election(db, None, ElectionInput("Spring 2027", date(2027, 4, 7), date(2027, 4, 6)))
    assert caught.value.fields == {
        "papers_from": "is after election day (2027-04-06): nomination papers circulate before "
        "the election"
    }
    # The same day is an election whose papers circulate on the day itself: allowed.
    save_election(db, None, ElectionInput("Special", date(2027, 4, 6), date(2027, 4, 6)))


def test_the_blackout_is_practice_in_stoughton_which_may_switch_it_off(db, running) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.city import writes as city

    city.switch_rule(db, "R18", on=False)
    assert kinds(db, date(2026, 12, 1), "blackout") == []
    city.switch_rule(db, "R18", on=True)
    assert kinds(db, date(2026, 12, 1), "blackout")


def test_elections_and_candidates_import_whole_with_line_errors(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    small_city(db)
    elections = tmp_path / "elections.csv"
    elections.write_text(
        "name,papers_from,election_on\n"
        "Spring 2027,2026-12-01,2027-04-06\n"
        "Fall 2027,2027-11-09,2027-11-02\n"
        "spring 2027,12/1/2026,4/6/2027\n",
        encoding="utf-8",
    )
    before = dump(db)
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "elections", elections)
    assert caught.value.problems == [
        "elections.csv:3: papers_from: is after election day (2027-11-02): nomination papers "
        "circulate before the election",
        "elections.csv:4: name: the same election as line 2",
    ]
    assert dump(db) == before
    elections.write_text(
        "name,papers_from,election_on\nSpring 2027,2026-12-01,2027-04-06\n", encoding="utf-8"
    )
    assert csv_import.import_csv(db, "elections", elections).added == 1
    candidates = tmp_path / "candidates.csv"
    candidates.write_text(
        "election,employee_id,until_on\nSpring 2027,E100,\nSpring 2027,A7,\n", encoding="utf-8"
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "candidates", candidates)
    (line,) = caught.value.problems
    assert line.startswith("candidates.csv:2: employee_id: Priya Raman is not an elected official")
    candidates.write_text("election,employee_id,until_on\nSpring 2027,A7,\n", encoding="utf-8")
    assert csv_import.import_csv(db, "candidates", candidates).added == 1
    candidates.write_text(
        "election,employee_id,until_on\nSpring 2027,A7,2027-02-01\n", encoding="utf-8"
    )
    assert csv_import.import_csv(db, "candidates", candidates).updated == 1
    assert [c.until_on for c in list_candidates(db)] == [date(2027, 2, 1)]
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "candidates", out)
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "election,employee_id,until_on,staff_employee_ids,links_removed_on",
        "Spring 2027,A7,2027-02-01,,",
    ]
    assert [b.state for b in list_blackouts(db)] == ["to suspend"]


def test_an_agreement_printed_during_the_blackout_notes_it(db, running, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from clerkdesk.services.terms.printouts import print_agreement

    def words(path: Path) -> str:
        return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())

    before = print_agreement(db, PARKS, "A7", tmp_path / "before.pdf")
    assert "election blackout" not in words(before)  # 2026-11-20: papers circulate from 12-01
    db.machine_clock = lambda: at(date(2026, 12, 1))  # the blackout's first day
    during = words(print_agreement(db, PARKS, "A7", tmp_path / "during.pdf"))
    assert (
        "Printed during an election blackout: Dana Alder, a candidate in the election "
        "\u201cSpring 2027\u201d, may not post to the City's accounts from December 1, 2026 "
        "through April 6, 2027"
    ) in during
    custodian = words(print_agreement(db, PARKS, "E100", tmp_path / "custodian.pdf"))
    assert "election blackout" not in custodian
