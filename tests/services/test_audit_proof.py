"""The audit log proves itself: its head is anchored (and keyed with a secret from the
credential store), so that removing the last events, appending a forged one or rewriting the
chain shows; and every replayed record's row is what its last event says."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, text

from clerkdesk.services.city import writes as city
from clerkdesk.services.demo import city as demo
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.anchor import AUDIT_KEY, current_head, mac_of
from clerkdesk.services.integrity.audit import event_hash
from clerkdesk.services.transfer import csv_import
from clerkdesk.store.models.audit import AuditEvent


@pytest.fixture
def town(db):  # type: ignore[no-untyped-def]
    demo.load_demo(db)
    assert maintenance.check(db) == []
    return db


def _sql(db, statement: str, **params: object) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def _events(db) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    with db.reading() as session:
        return [
            (e.seq, e.at, e.actor, e.action, e.entity, e.entity_key, e.summary, e.details,
             e.prev_hash, e.hash)
            for e in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
        ]  # fmt: skip


def test_a_sound_register_checks_out_and_its_head_is_anchored_and_keyed(
    town, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    head = current_head(town)
    with town.engine.connect() as conn:
        count, last, mac = conn.execute(text("SELECT count, head, mac FROM audit_anchor")).one()
    assert (count, last) == (head.count, head.hash) == (len(_events(town)), _events(town)[-1][-1])
    (_service, name), key = next(iter(memory_keyring.keys.items()))
    assert name == AUDIT_KEY and mac == mac_of(bytes.fromhex(key), count, last)
    # The key is in the credential store only: nowhere in the database.
    assert key not in "\n".join(str(row) for row in _events(town))


@pytest.mark.parametrize("removed", [1, 5, "all"])
def test_the_last_events_removed_show(town, removed) -> None:  # type: ignore[no-untyped-def]
    events = _events(town)
    keep = 0 if removed == "all" else len(events) - int(removed)
    _sql(town, "DELETE FROM audit_event WHERE seq > :keep", keep=keep)
    gone = len(events) - keep
    assert f"the last {gone} were removed" in "\n".join(maintenance.check(town))


def test_a_forged_event_with_the_published_algorithm_shows(town) -> None:  # type: ignore[no-untyped-def]
    seq, at, actor, *_rest, last = _events(town)[-1]
    forged = ["account.approve", "account", "https://x.com/forged", "Approved", "{}"]
    digest = event_hash(seq + 1, at, actor, *forged, last)
    _sql(
        town,
        "INSERT INTO audit_event (seq, at, actor, action, entity, entity_key, summary, details, "
        "prev_hash, hash) VALUES (:seq, :at, :actor, :a, :e, :k, :s, :d, :p, :h)",
        seq=seq + 1, at=at, actor=actor, a=forged[0], e=forged[1], k=forged[2], s=forged[3],
        d=forged[4], p=last, h=digest,
    )  # fmt: skip
    problems = maintenance.check(town)
    assert problems == [
        f"audit log: the anchor counts {seq} event(s), the log has {seq + 1}: 1 were added "
        "outside ClerkDesk"
    ]


def _rewrite_from(db, seq: int) -> str:  # type: ignore[no-untyped-def]
    """Alter event `seq` and recompute the chain after it, as the published algorithm says;
    the new head."""
    prev = None
    for row in _events(db):
        s, at, actor, action, entity, key, summary, details, _prev, digest = row
        if s < seq:
            prev = digest
            continue
        if s == seq:
            summary = "Nothing to see here"
        assert prev is not None
        digest = event_hash(s, at, actor, action, entity, key, summary, details, prev)
        _sql(
            db,
            "UPDATE audit_event SET summary = :s, prev_hash = :p, hash = :h WHERE seq = :q",
            s=summary, p=prev, h=digest, q=s,
        )  # fmt: skip
        prev = digest
    assert prev is not None
    return prev


def test_an_event_altered_and_the_chain_recomputed_after_it_shows(town) -> None:  # type: ignore[no-untyped-def]
    _rewrite_from(town, 5)
    assert maintenance.check(town) == [
        "audit log: the last event's hash differs from the anchored one: the log was "
        "rewritten after ClerkDesk wrote it"
    ]


@pytest.mark.parametrize(
    "text_",
    ['Ñúñez "quoted"', "line\nbreak\ttab\x1f", "\u2028 separator \u00a0", "🏛 city hall", ""],
)
def test_an_events_hash_covers_its_fields_as_compact_json(text_: str) -> None:
    """The hash `check` recomputes for every event is that of the fields as
    json.dumps([...], ensure_ascii=False, separators=(",", ":")) spells them."""
    from datetime import UTC, datetime

    at = datetime(2026, 3, 8, 8, 0, tzinfo=UTC)
    fields = ("clerk", "person.update", "person", text_, text_, json.dumps({"t": text_}), "0" * 64)
    spelled = json.dumps([7, at.isoformat(), *fields], ensure_ascii=False, separators=(",", ":"))
    expected = hashlib.sha256(spelled.encode("utf-8")).hexdigest()
    assert event_hash(7, at, *fields) == expected


@pytest.mark.parametrize(
    "column, value, sqlite_only",
    [("details", "", False), ("summary", "", False), ("at", "noon", True), ("at", "", True)],
)
def test_an_event_emptied_or_garbled_by_hand_is_reported_plainly(
    town, column, value, sqlite_only
) -> None:  # type: ignore[no-untyped-def]
    if sqlite_only and town.engine.dialect.name != "sqlite":
        pytest.skip("the server refuses a moment that is not one")
    _sql(town, f"UPDATE audit_event SET {column} = :v WHERE seq = 3", v=value)
    assert maintenance.check(town) == ["audit log: event 3 was altered after it was written"]


def test_the_anchor_rewritten_without_the_key_shows(town) -> None:  # type: ignore[no-untyped-def]
    head = _rewrite_from(town, 5)
    _sql(town, "UPDATE audit_anchor SET head = :h", h=head)
    rewritten = [
        "audit log: this computer's anchor does not match its key: the anchor was rewritten "
        "after ClerkDesk wrote it"
    ]
    assert maintenance.check(town) == rewritten
    _sql(town, "UPDATE audit_anchor SET mac = NULL")
    assert maintenance.check(town) == rewritten
    _sql(town, "DELETE FROM audit_anchor")
    assert "no anchor of the chain's head" in maintenance.check(town)[0]


def test_without_a_credential_store_the_anchor_is_unkeyed_and_check_says_so(db) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends.fail import Keyring as NoKeyring

    from clerkdesk.services.kernel.database import Database

    keyring.set_keyring(NoKeyring())
    here = Database(db.paths, clock=db.clock)  # a workstation without a credential store
    try:
        demo.load_demo(here)
        report = maintenance.check_report(here)
        assert report.problems == []
        assert any("the anchor is not keyed" in note for note in report.notes)
        with here.engine.connect() as conn:
            unkeyed = text("SELECT count, mac FROM audit_anchor WHERE key_id = ''")
            assert conn.execute(unkeyed).one() == (maintenance.current_head(here).count, None)
    finally:
        here.close()


TAMPERED = [
    (
        "an approval's date",
        "UPDATE approval SET approved_on = :d WHERE account_id = "
        "(SELECT id FROM account WHERE url = 'https://facebook.com/maplefallswi')",
        {"d": date(2019, 7, 1)},
        "account https://facebook.com/maplefallswi: approved_on is 2019-07-01 in the table, ",
    ),
    (
        "a pre-existing account set to approved",
        "UPDATE account SET status = 'approved' WHERE url = 'https://facebook.com/maplefallsparks'",
        {},
        "account https://facebook.com/maplefallsparks: status is approved in the table, "
        "pre-existing in the audit log",
    ),
    (
        "the city's adoption date",
        "UPDATE city SET adopted_on = :d",
        {"d": date(2019, 1, 1)},
        "the city: adopted_on is 2019-01-01 in the table, 2019-06-25 in the audit log",
    ),
    (
        "a person's title",
        "UPDATE person SET title = 'Mayor' WHERE employee_id = 'E1041'",
        {},
        "person E1041: title is Mayor in the table, Office Manager in the audit log",
    ),
    (
        "a department's head",
        "UPDATE department SET head_person_id = NULL WHERE name = 'Public Works'",
        {},
        "department Public Works: head_employee_id is empty in the table, E10",
    ),
    (
        "a person added without an event",
        "INSERT INTO person (employee_id, name, kind) VALUES ('E9999', 'Ghost', 'employee')",
        {},
        "person E9999: in the table with no event in the audit log",
    ),
]


@pytest.mark.parametrize(("case", "sql", "params", "said"), TAMPERED, ids=[t[0] for t in TAMPERED])
def test_a_row_changed_without_an_event_is_reported(town, case, sql, params, said) -> None:  # type: ignore[no-untyped-def]
    _sql(town, sql, **params)
    problems = maintenance.check(town)
    assert len(problems) == 1 and problems[0].startswith(said), problems


def test_writes_through_the_program_replay_clean(town, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.accounts import writes as accounts
    from clerkdesk.services.people import writes as people

    city.update_city(town, "Stoughton", date(2019, 6, 26), "maplefallswi.gov")
    listed = {a.url: a for a in accounts.list_accounts(town)}
    accounts.discontinue_account(
        town, listed["https://flickr.com/photos/maplefalls"].id, date(2026, 11, 19), "unused"
    )
    person = next(p for p in people.list_people(town) if p.employee_id == "E1041")
    assert person
    path = tmp_path / "accounts.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on,reference\n"
        "https://x.com/newone,x,Public Works,pre-existing,,,,\n"
        "https://facebook.com/maplefallsparks,facebook,Parks and Recreation,approved,mayor,"
        "Margaret Olsen,2019-07-03,Memo 7\n"
    )
    csv_import.import_csv(town, "accounts", path)
    assert maintenance.check(town) == []
    details = json.loads(_events(town)[-1][7])
    assert details["approved_on"] == "2019-07-03"


def test_the_audit_key_goes_along_with_a_handover(town, memory_keyring, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.credentials import handover
    from clerkdesk.services.kernel.database import Database

    file = tmp_path / "handover.clerkdesk"
    handover.export_handover(town, file, "correct horse battery")
    assert memory_keyring.keys
    memory_keyring.keys.clear()  # the successor's own store
    successor = Database(town.paths, clock=town.clock)
    try:
        report = maintenance.check_report(successor)
        assert report.problems == []
        assert report.notes == [
            "audit log: the anchor's key is not in this computer's credential store"
        ]
        handover.import_handover(successor, file, "correct horse battery")
        report = maintenance.check_report(successor)
        assert (report.problems, report.notes) == ([], [])
    finally:
        successor.close()


def test_workstations_with_their_own_keys_each_vouch_for_their_writes(town, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    """Two workstations on one shared database, each with its own credential store (so its own
    key) until a handover: neither's check calls the other's writes a rewrite, and a truncation
    below either's last write shows on both."""
    from clerkdesk.services.departments.writes import create_department
    from clerkdesk.services.kernel.database import Database
    from clerkdesk.services.kernel.inputs import DepartmentInput
    from tests.support.keyrings import MemoryKeyring

    clerks_store = keyring.get_keyring()
    deputys_store = MemoryKeyring()
    keyring.set_keyring(deputys_store)
    deputy = Database(town.paths, clock=town.clock)
    try:
        create_department(deputy, DepartmentInput("Deputy's department"))
        deputys = maintenance.check_report(deputy)
        keyring.set_keyring(clerks_store)
        clerks = maintenance.check_report(town)
        assert deputys.problems == [] and clerks.problems == []
        assert any("1 event(s) since this computer's last write" in n for n in clerks.notes)
        create_department(town, DepartmentInput("Clerk's department"))
        assert maintenance.check_report(town).notes == []
        # Events the deputy's key anchored, removed: both see it.
        last = maintenance.current_head(town).count
        _sql(town, "DELETE FROM audit_event WHERE seq >= :s", s=last - 1)
        assert any("were removed" in p for p in maintenance.check(town))
        keyring.set_keyring(deputys_store)
        assert any("were removed" in p for p in maintenance.check(deputy))
    finally:
        keyring.set_keyring(clerks_store)
        deputy.close()
