"""What is due, computed on facts kept between computations: the same answer as facts read
afresh, at every moment (a term's end within the day, midnight in the city's zone), after every
write of this program, of another connection and, on SQLite, of `sqlite3` itself."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import clerkdesk
from clerkdesk.core import obligations as engine
from clerkdesk.core.obligations.review import ACCESS_REVIEW
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.credentials import passwords
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.obligations.due import due
from clerkdesk.services.obligations.kept import kept_facts
from clerkdesk.services.obligations.snapshot import snapshot
from clerkdesk.services.people import separation
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as terms

from ..conftest import NOW as LATER
from .city_tables_scenario import NOW, build


def _afresh(db: Database, at: datetime) -> list[engine.Obligation]:
    """What is due at `at`, every fact read from the database again."""
    with db.reading() as session:
        return engine.compute(snapshot(session, at), at)


@pytest.fixture
def city(empty_db: Database, clock: Any) -> Database:
    """Janesville's scenario of the city tables (requests, removals, an election, a site check
    and a separation), recorded at its fixed day."""
    clock.now = NOW
    build(empty_db, "janesville")
    return empty_db


def test_nothing_changed_nothing_read_again_and_the_same_answer(city: Database) -> None:
    kept = kept_facts(city)
    first = due(city, NOW)
    reads = kept.reads
    again = due(city, NOW + timedelta(minutes=5))
    assert kept.reads == reads  # read once, kept
    assert again == _afresh(city, NOW + timedelta(minutes=5))
    assert first == _afresh(city, NOW)


def test_every_moment_of_two_days_gives_the_answer_read_afresh(city: Database) -> None:
    """Each hour from the scenario's day to two days on, and the minutes about midnight in
    Chicago: the kept facts give what facts read afresh give, and the answers do change over
    the hours (the comparison sees something move)."""
    moments = [NOW + timedelta(hours=h) for h in range(49)]
    midnight = datetime(2026, 3, 5, 6, 0, tzinfo=UTC)  # 00:00 in Chicago
    moments += [midnight + timedelta(minutes=m) for m in (-1, 0, 1)]
    answers = []
    for at in moments:
        kept = due(city, at)
        assert kept == _afresh(city, at), at
        answers.append(kept)
    assert len({tuple(a) for a in answers}) > 1


def test_a_term_ending_within_the_day_is_seen_at_its_moment(city: Database, clock: Any) -> None:
    """A separation ends the person's terms at a moment of the day (recorded an hour after):
    the access reviews read whose terms are current at each moment, from the kept rows, and
    the items the engine keeps are made again at that moment."""
    create_department(city, DepartmentInput("Museum"))
    people.create_person(city, PersonInput("E900", "Ada Moss", "Curator", "Museum"))
    museum = accounts.create_account(
        city, AccountInput("https://x.com/museum", "x", "Museum", status="pre-existing")
    )
    terms.designate(city, museum.id, "E900", "custodian", NOW - timedelta(days=30))
    left = NOW + timedelta(hours=2)
    clock.now = left + timedelta(hours=1)
    separation.separate(city, "E900", left)
    due(city, left)  # read after the write, then kept
    kept = kept_facts(city)
    reads = kept.reads
    reviewed, owed = [], []
    second = timedelta(seconds=1)
    for at in (left - second, left, left + second, left - second, left, left - second):
        items = due(city, at)
        assert items == _afresh(city, at), at
        reviewed.append({o.department for o in items if o.kind == ACCESS_REVIEW})
        owed.append({o.kind for o in items if o.person == "Ada Moss"})
    assert kept.reads == reads
    # Someone could use the Museum's account until the moment she left, and nobody after.
    assert [("Museum" in r) for r in reviewed] == [True, False, False, True, False, True]
    # Her agreement is owed while her term lasts: the items kept for the day (R6) follow the
    # moment her term ended, whichever way the moments come.
    assert [("agreement-unsigned" in o) for o in owed] == [True, False, False, True, False, True]


def test_this_programs_write_is_seen_at_once(city: Database, clock: Any) -> None:
    before = due(city, NOW)
    rotations = [o for o in before if o.kind == "password-rotation"]
    assert rotations, "the separation owes a password change"
    target = rotations[0]
    assert target.account_id is not None
    clock.now = NOW + timedelta(minutes=10)
    passwords.record_password_change(city, target.account_id, NOW + timedelta(minutes=5))
    after = due(city, NOW + timedelta(minutes=20))
    assert after == _afresh(city, NOW + timedelta(minutes=20))
    assert target.account not in {o.account for o in after if o.kind == "password-rotation"}


def test_another_connections_write_is_seen(city: Database, clock: Any) -> None:
    """Another window or workstation (another database object on the same database) records
    the password change: the first sees it at its next computation."""
    before = due(city, NOW)
    target = next(o for o in before if o.kind == "password-rotation")
    assert target.account_id is not None
    other = Database.open(city.paths, clock=clock, actor="deputy")
    try:
        clock.now = NOW + timedelta(minutes=10)
        passwords.record_password_change(other, target.account_id, NOW + timedelta(minutes=5))
    finally:
        other.close()
    after = due(city, NOW + timedelta(minutes=20))
    assert after == _afresh(city, NOW + timedelta(minutes=20))
    assert target.account not in {o.account for o in after if o.kind == "password-rotation"}


@pytest.mark.sqlite_only
def test_a_change_made_with_sqlite3_itself_is_seen(city: Database) -> None:
    """A change made outside the program (`sqlite3` on the file) is shown as it is, not what
    was kept before it: `check` reports it as a change with no event, and Today agrees with
    the table meanwhile."""
    before = due(city, NOW)
    assert any(o.kind == "site-finding" for o in before)
    file = city.paths.database_file
    assert file is not None
    with sqlite3.connect(file) as raw:
        raw.execute("DELETE FROM site_check")
    after = due(city, NOW)
    assert after == _afresh(city, NOW)
    assert not any(o.kind == "site-finding" for o in after)


def test_every_write_of_the_program_goes_through_the_one_write_path() -> None:
    """What is kept is read again after each write transaction `Database.writing` ends, so no
    module writes another way: no other engine transaction than the schema's upgrade (made
    before anything is kept) and the connections that only read a change token."""
    root = Path(clerkdesk.__file__).parent
    allowed = {
        "services/kernel/database.py",  # the write path itself
        "services/kernel/outside_changes.py",  # reads the change token
        "services/obligations/kept.py",  # reads the change token
        "store/schema.py",  # the upgrade, when the database is opened
    }
    found = set()
    for module in root.rglob("*.py"):
        where = module.relative_to(root).as_posix()
        if where.startswith("store/migrations/"):
            continue
        text = module.read_text(encoding="utf-8")
        if re.search(r"engine\.(begin|connect)\(|\b_write\(\)|raw_connection\(", text):
            found.add(where)
    assert found == allowed


class _Compared:
    """After each write `db` commits: what is due on the kept facts (only the parts the write
    touched read again) beside the answer on facts read afresh."""

    def __init__(self, db: Database, at: datetime) -> None:
        self.db, self.at = db, at
        self.writes = 0
        self.differed: list[str] = []
        db.listeners.append(self)

    def __call__(self, changes: Any) -> None:
        from clerkdesk.core.errors import ClerkDeskError

        try:
            kept = due(self.db, self.at)
        except ClerkDeskError:  # no city yet
            return
        self.writes += 1
        if kept != _afresh(self.db, self.at):
            self.differed.append(f"write {self.writes}: {sorted(changes.tables)}")


@pytest.mark.parametrize("key", ["janesville", "madison", "stoughton"])
def test_after_every_write_of_a_city_the_parts_kept_give_the_answer_read_afresh(
    empty_db: Database, clock: Any, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every write the scenario makes (the city, departments, people, accounts and their
    approvals, terms, requests, removals, an election, a site check, a separation; reviews
    begun, completed and noted): the parts of the facts no write since touched are kept, the
    others read again, and what is due is at once the same as on facts read afresh, though
    the rules that read only kept parts were not run again. Most writes keep some parts, and
    some rules' items."""
    from .review_city import grow

    runs = _rules_run(monkeypatch)
    clock.now = NOW
    kept = kept_facts(empty_db)
    compared = _Compared(empty_db, NOW)
    build(empty_db, key)
    clock.now = compared.at = LATER  # the reviews' day
    grow(empty_db, 1, 2)
    assert compared.differed == []
    assert compared.writes > 30
    parts = len(kept._read.parts)  # type: ignore[union-attr]
    assert kept.parts_read < kept.reads * parts * 0.8
    # each computation on the kept facts ran fewer rules than it would have afresh
    kinds = sum(1 for k in engine.load_kinds().values() if k.changes_at is not None)
    assert runs[0] < compared.writes * kinds * 0.8


def _rules_run(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the engine has run a rule whose items it keeps (each run watched), in
    the computations on kept facts (`due`), from now on."""
    from clerkdesk.core.obligations.watched import Watched

    runs = [0]

    class Counted(Watched):
        __slots__ = ()

        def __init__(self, snapshot: Any) -> None:
            super().__init__(snapshot)
            runs[0] += 1

    monkeypatch.setattr(engine, "Watched", Counted)
    return runs


def test_within_one_read_the_facts_are_read_no_older_than_their_key(
    city: Database, clock: Any
) -> None:
    """The window's refresh reads the city first, then Today what is due, in one shared read
    (`Database.one_read`). The facts are kept under the change token read as `due` begins:
    read in the moment the city was read at, a colleague's write in between would be kept as
    not written, and never shown. `due` reads in a transaction of its own."""
    from clerkdesk.services.city.writes import get_city

    before = due(city, NOW)
    target = next(o for o in before if o.kind == "password-rotation")
    colleague = Database.open(city.paths, clock=clock, actor="deputy")
    try:
        with city.one_read():
            get_city(city)
            clock.now = NOW + timedelta(minutes=10)
            passwords.record_password_change(
                colleague, target.account_id, NOW + timedelta(minutes=5)
            )
            due(city, NOW + timedelta(minutes=20))
    finally:
        colleague.close()
    at = NOW + timedelta(minutes=20)
    fresh = _afresh(city, at)
    assert target.account not in {o.account for o in fresh if o.kind == "password-rotation"}
    assert due(city, at) == fresh


@pytest.mark.sqlite_only
def test_a_hand_edit_beside_a_write_of_the_program_is_read_on_refresh(city: Database) -> None:
    """A change made with `sqlite3` beside one of the program's own writes: the events since
    name only the write's register, whose parts alone are read again (as its pages are); View
    > Refresh keeps nothing (`close`), and every fact is read again."""
    from clerkdesk.services.requests.writes import RequestInput, save_request

    assert any(o.kind == "site-finding" for o in due(city, NOW))
    file = city.paths.database_file
    assert file is not None
    with sqlite3.connect(file) as raw:
        raw.execute("DELETE FROM site_check")
    save_request(city, None, RequestInput("2026-999", date(2026, 3, 3), "Anything"))
    assert any(o.kind == "site-finding" for o in due(city, NOW))  # the site checks kept
    kept_facts(city).close()
    after = due(city, NOW)
    assert after == _afresh(city, NOW)
    assert not any(o.kind == "site-finding" for o in after)
