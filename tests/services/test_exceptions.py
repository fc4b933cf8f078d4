"""Exceptions to the policy (R19): approved by the office the profile names; in force through
their last day; an unapproved one asks for its approval."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.errors import ImportProblems, ValidationError
from clerkdesk.services.city import writes as city
from clerkdesk.services.exceptions.writes import (
    ExceptionInput,
    exceptions_of_account,
    list_exceptions,
    save_exception,
)
from clerkdesk.services.integrity import audit
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.transfer import csv_export, csv_import

from .duties_city import PARKS, POOL, small_city
from .helpers import dump

CHICAGO = ZoneInfo("America/Chicago")


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, tzinfo=CHICAGO)


def kinds(db, day: date, kind: str):  # type: ignore[no-untyped-def]
    return [o for o in obligations.due(db, at(day)) if o.kind == kind]


@pytest.fixture
def milwaukee(empty_db):  # type: ignore[no-untyped-def]
    city.init_city(empty_db, "Milwaukee", "milwaukee", date(2023, 8, 1))
    small_city(empty_db)
    return empty_db


TIPS = ExceptionInput(
    "E-1",
    "Direct messages kept on for police tips",
    "cio",
    "Chief Information Officer",
    date(2026, 11, 2),
    date(2027, 6, 30),
    (PARKS,),
    ("direct-messages",),
)


def test_an_exception_approved_by_the_cio_expires_after_its_last_day(milwaukee) -> None:  # type: ignore[no-untyped-def]
    view = save_exception(milwaukee, None, TIPS)
    assert (view.office_label, view.accounts, view.filed_on) == (
        "Chief Information Officer",
        (PARKS,),
        date(2026, 11, 20),
    )
    assert view.state(date(2027, 6, 30)) == "in force"
    assert view.state(date(2027, 7, 1)) == "expired"
    states = [
        kinds(milwaukee, day, "exception-expiring")[0].state
        for day in (date(2027, 6, 15), date(2027, 6, 16), date(2027, 6, 30), date(2027, 7, 1))
    ]
    # Warned 14 days ahead, due through its last day, overdue the day after.
    assert states == ["upcoming", "due-soon", "due-soon", "overdue"]
    (item,) = kinds(milwaukee, date(2027, 6, 30), "exception-expiring")
    assert (item.due, item.rule, item.basis) == (date(2027, 6, 30), "R19", "policy")
    assert [e.number for e in exceptions_of_account(milwaukee, 1)] == ["E-1"]
    assert audit.list_events(milwaukee)[0].action == "exception.create"


def test_an_exception_filed_but_not_approved_asks_for_the_approval(milwaukee) -> None:  # type: ignore[no-untyped-def]
    save_exception(milwaukee, None, ExceptionInput("E-2", "Live video from the scene", "cio"))
    (item,) = kinds(milwaukee, date(2026, 11, 20), "exception-approval")
    assert item.due == date(2026, 11, 20)
    assert "Have the Chief Information Officer approve exception E-2" in item.text
    assert not kinds(milwaukee, date(2026, 11, 20), "exception-expiring")
    view = list_exceptions(milwaukee)[0]
    save_exception(
        milwaukee,
        view.id,
        ExceptionInput("E-2", "Live video from the scene", "cio", "CIO", date(2026, 11, 20)),
    )
    assert not kinds(milwaukee, date(2026, 11, 20), "exception-approval")


def test_an_office_the_profile_lacks_is_refused(milwaukee) -> None:  # type: ignore[no-untyped-def]
    before = dump(milwaukee)
    with pytest.raises(ValidationError) as caught:
        save_exception(milwaukee, None, ExceptionInput("E-3", "Anything", "city-manager"))
    assert caught.value.fields == {
        "office": "the Milwaukee Social Media Policy (2023) names no office 'city-manager'; "
        "exceptions are approved by: cio (Chief Information Officer)"
    }
    with pytest.raises(ValidationError) as caught:
        save_exception(
            milwaukee,
            None,
            ExceptionInput("E-3", "x", "cio", "CIO", date(2026, 11, 21), accounts=("x.com/nope",)),
        )
    assert caught.value.fields == {
        "approved_on": "cannot be in the future",
        "accounts": "no account https://x.com/nope in the register",
    }
    assert dump(milwaukee) == before


def test_a_city_without_an_exceptions_clause_has_no_office(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        save_exception(db, None, ExceptionInput("E-1", "x", "cio"))
    assert caught.value.fields == {
        "office": "the Stoughton Social Media Policy (2019) has no exceptions clause: no office "
        "approves one"
    }


def test_exceptions_import_whole_and_export_again(milwaukee, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "exceptions.csv"
    path.write_text(
        "number,summary,office,approved_by,approved_on,expires_on,accounts\n"
        f"E-1,Tips,cio,CIO,2026-11-02,2027-06-30,{PARKS} {POOL}\n"
        "E-2,Video,mayor,,,,\n"
        "E-3,Video,cio,CIO,2026-11-02,2026-11-01,\n",
        encoding="utf-8",
    )
    before = dump(milwaukee)
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(milwaukee, "exceptions", path)
    assert caught.value.problems == [
        "exceptions.csv:3: office: the Milwaukee Social Media Policy (2023) names no office "
        "'mayor'; exceptions are approved by: cio (Chief Information Officer)",
        "exceptions.csv:4: expires_on: is before the day it was approved (2026-11-02)",
    ]
    assert dump(milwaukee) == before
    path.write_text(
        "number,summary,office,approved_by,approved_on,expires_on,accounts\n"
        f"E-1,Tips,cio,CIO,2026-11-02,2027-06-30,{PARKS} {POOL}\n",
        encoding="utf-8",
    )
    assert csv_import.import_csv(milwaukee, "exceptions", path).added == 1
    assert list_exceptions(milwaukee)[0].accounts == (PARKS, POOL)
    path.write_text(f"number,summary,office,accounts\nE-1,Tips,cio,{POOL}\n", encoding="utf-8")
    assert csv_import.import_csv(milwaukee, "exceptions", path).updated == 1
    (view,) = list_exceptions(milwaukee)
    assert (view.accounts, view.approved_on) == ((POOL,), date(2026, 11, 2))
    out = tmp_path / "out.csv"
    csv_export.export_csv(milwaukee, "exceptions", out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == (
        f"E-1,Tips,cio,CIO,2026-11-02,2027-06-30,{POOL},"
    )
