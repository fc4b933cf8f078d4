"""A page's several reads, as it is shown, are one transaction (`Database.one_read`): on a
server one BEGIN and ROLLBACK rather than one pair for each, and the city's row, which each part
of Settings reads, read once. They are one moment as a single read is; a write of the program's
own within the block is seen by the reads after it, and a statement that failed leaves the
next read to begin afresh."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.city.notice import notice_settings, update_notice_settings
from clerkdesk.services.city.writes import agreement_text, city_rules, get_city
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.requests.letter_texts import letter_text


@contextmanager
def sent(db: Database) -> Iterator[dict[str, Any]]:
    """The transactions begun and the city's rows read while the block runs."""
    seen: dict[str, Any] = {"transactions": 0, "city reads": 0}

    def begun(conn: Any) -> None:
        seen["transactions"] += 1

    def statement(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        if " ".join(sql.split()).startswith("SELECT city.id"):
            seen["city reads"] += 1

    event.listen(db.engine, "begin", begun)
    event.listen(db.engine, "before_cursor_execute", statement)
    try:
        yield seen
    finally:
        event.remove(db.engine, "begin", begun)
        event.remove(db.engine, "before_cursor_execute", statement)


def _settings_reads(db: Database) -> tuple[Any, ...]:
    """What the Settings page reads as it is shown, each through its own service."""
    return (
        notice_settings(db),
        agreement_text(db),
        city_rules(db),
        letter_text(db, "acknowledgment"),
        get_city(db),
    )


def test_a_page_s_reads_in_one_read_are_one_transaction_reading_the_city_once(db) -> None:  # type: ignore[no-untyped-def]
    with sent(db) as apart:
        alone = _settings_reads(db)
    assert apart == {"transactions": 5, "city reads": 5}
    with sent(db) as together, db.one_read():
        shared = _settings_reads(db)
    assert together == {"transactions": 1, "city reads": 1}
    assert shared == alone  # the same answers


def test_the_reads_of_one_read_are_one_moment_and_the_next_sees_a_colleague_s_write(db) -> None:  # type: ignore[no-untyped-def]
    colleague = Database(db.paths)  # another workstation on the same register
    try:
        with db.one_read():
            before = notice_settings(db)
            update_notice_settings(colleague, "Monday to Friday, 8 to 4", None)
            assert notice_settings(db) == before  # the colleague's write: out of this moment
        assert notice_settings(db).office_hours == "Monday to Friday, 8 to 4"
    finally:
        colleague.close()


def test_the_program_s_own_write_within_one_read_is_seen_by_the_reads_after_it(db) -> None:  # type: ignore[no-untyped-def]
    with sent(db) as seen, db.one_read():
        assert notice_settings(db).office_hours is None
        update_notice_settings(db, "Weekdays, 9 to 5", "Clerk's office")
        after = notice_settings(db)
        agreement_text(db)
    assert after.office_hours == "Weekdays, 9 to 5"
    assert after.records_contact == "Clerk's office"
    # the read before, the write, and one read after it for both services
    assert seen["transactions"] == 3


def test_a_read_opened_inside_another_after_a_write_is_one_of_its_own_and_sees_it(db) -> None:  # type: ignore[no-untyped-def]
    with db.one_read(), db.reading() as outer:
        assert notice_settings(db).office_hours is None  # the outer read's session
        update_notice_settings(db, "Weekdays", None)
        with db.reading() as inner:  # the outer still open: a session of its own
            assert inner is not outer
        assert notice_settings(db).office_hours == "Weekdays"
        assert outer.is_active


def test_a_one_read_within_another_begins_afresh(db) -> None:  # type: ignore[no-untyped-def]
    # A refresh while a dialog opened within a page's read is on screen: it reads what a
    # colleague wrote meanwhile, not the moment the page's read began at.
    colleague = Database(db.paths)
    try:
        with db.one_read():
            assert notice_settings(db).office_hours is None
            update_notice_settings(colleague, "Weekdays", None)
            with db.one_read():
                assert notice_settings(db).office_hours == "Weekdays"
    finally:
        colleague.close()


def test_a_one_read_within_another_leaves_no_read_of_its_moment_to_the_outer(db) -> None:  # type: ignore[no-untyped-def]
    colleague = Database(db.paths)
    try:
        with db.one_read():
            with db.one_read():
                assert notice_settings(db).office_hours is None
            update_notice_settings(colleague, "Weekdays", None)
            assert notice_settings(db).office_hours == "Weekdays"  # a read of its own
    finally:
        colleague.close()


def test_a_shared_read_begun_a_while_ago_is_not_taken_up_again(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel import shared_read

    colleague = Database(db.paths)
    try:
        with db.one_read():
            assert notice_settings(db).office_hours is None
            update_notice_settings(colleague, "Weekdays", None)
            assert notice_settings(db).office_hours is None  # a moment later: the same read
            monkeypatch.setattr(shared_read, "SHARED_FOR_S", -1.0)  # as if long ago
            assert notice_settings(db).office_hours == "Weekdays"
    finally:
        colleague.close()


def test_a_statement_that_failed_leaves_the_next_read_of_one_read_to_begin_afresh(db) -> None:  # type: ignore[no-untyped-def]
    # On a server a failed statement aborts its transaction: a read after it in the same
    # transaction would fail too ("current transaction is aborted").
    with db.one_read():
        with pytest.raises((DBAPIError, ClerkDeskError)), db.reading() as session:
            session.execute(text("SELECT nothing FROM no_such_table"))
        assert notice_settings(db).office_hours is None
        assert get_city(db) is not None


def test_another_thread_reads_in_its_own_transaction(db) -> None:  # type: ignore[no-untyped-def]
    sessions: dict[str, Any] = {}

    def elsewhere() -> None:
        with db.reading() as session:
            sessions["other"] = session
            session.execute(text("SELECT 1"))

    with db.one_read(), db.reading() as mine:
        sessions["mine"] = mine
        worker = threading.Thread(target=elsewhere)
        worker.start()
        worker.join()
    assert sessions["other"] is not sessions["mine"]
