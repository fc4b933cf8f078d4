"""`check` replays the exceptions and site checks registers: an exception's expiry, what it
allows or the accounts it covers, and what a site check found, changed in the table without an
event, are each reported in words, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from clerkdesk.services.city import writes as city
from clerkdesk.services.exceptions.writes import ExceptionInput, save_exception
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.site_checks.writes import SiteCheckInput, save_site_check

from .duties_city import PARKS, POOL, small_city

CHECK = f"site check {PARKS} 2026-11-02"


@pytest.fixture
def duties(empty_db):  # type: ignore[no-untyped-def]
    city.init_city(empty_db, "Janesville", "janesville", date(2026, 1, 1))
    small_city(empty_db, authority="city-manager")
    exception = save_exception(
        empty_db,
        None,
        ExceptionInput(
            "E-1",
            "Direct messages kept on for tips",
            "city-manager",
            "Mark Freitag",
            date(2026, 2, 1),
            date(2026, 12, 31),
            accounts=(PARKS,),
            allows=("direct-messages",),
        ),
    )
    # A change, recorded: the replay follows it.
    save_exception(
        empty_db,
        exception.id,
        ExceptionInput(
            "E-1",
            "Direct messages kept on for tips",
            "city-manager",
            "Mark Freitag",
            date(2026, 2, 1),
            date(2027, 6, 30),
            accounts=(PARKS, POOL),
            allows=("direct-messages",),
        ),
    )
    save_site_check(
        empty_db,
        None,
        SiteCheckInput(
            PARKS,
            date(2026, 11, 2),
            "E100",
            notices=("purpose", "contact"),  # two of Janesville's
            direct_messages="off",
            mfa="off",
            last_post_on=date(2026, 10, 30),
            archived_in="ArchiveSocial",
        ),
    )
    assert maintenance.check(empty_db) == []
    return empty_db


CHANGED = [
    (
        "UPDATE policy_exception SET expires_on = '2030-01-01'",
        "exception E-1: expires_on is 2030-01-01 in the table, 2027-06-30 in the audit log",
    ),
    (
        "UPDATE policy_exception SET allows = 'direct-messages mfa'",
        "exception E-1: allows is direct-messages mfa in the table, direct-messages in the "
        "audit log",
    ),
    (
        "UPDATE policy_exception SET approved_on = '2026-03-01'",
        "exception E-1: approved_on is 2026-03-01 in the table, 2026-02-01 in the audit log",
    ),
    (
        "DELETE FROM exception_account WHERE account_id = "
        f"(SELECT id FROM account WHERE url = '{POOL}')",
        f"exception E-1: accounts is {PARKS} in the table, {PARKS} {POOL} in the audit log",
    ),
    (
        "UPDATE site_check SET mfa = 'on'",
        f"{CHECK}: mfa is on in the table, off in the audit log",
    ),
    (
        "UPDATE site_check SET notices = 'purpose not-monitored contact'",
        f"{CHECK}: notices is purpose not-monitored contact in the table, "
        "purpose contact in the audit log",
    ),
    (
        "UPDATE site_check SET direct_messages = 'archived'",
        f"{CHECK}: direct_messages is archived in the table, off in the audit log",
    ),
    (
        "UPDATE site_check SET last_post_on = NULL",
        f"{CHECK}: last_post_on is empty in the table, 2026-10-30 in the audit log",
    ),
    (
        "UPDATE site_check SET archived_in = 'nowhere'",
        f"{CHECK}: archived_in is nowhere in the table, ArchiveSocial in the audit log",
    ),
    (
        "UPDATE site_check SET accessible = 'alt-text'",
        f"{CHECK}: accessible is alt-text in the table, empty in the audit log",
    ),
    (
        "UPDATE site_check SET checked_by_id = (SELECT id FROM person WHERE employee_id = 'A7')",
        f"{CHECK}: checked_by is A7 in the table, E100 in the audit log",
    ),
]


@pytest.mark.parametrize(
    ("statement", "said"),
    CHANGED,
    ids=[f"{s[0].split()[1]}-{s[1].split(': ')[1].split()[0]}" for s in CHANGED],
)
def test_a_duty_record_changed_without_an_event_is_reported(duties, statement, said) -> None:  # type: ignore[no-untyped-def]
    with duties.engine.begin() as conn:
        conn.execute(text(statement))
    assert maintenance.check(duties) == [said]


def test_a_new_address_or_employee_id_leaves_them_clean(duties) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.accounts.writes import list_accounts, update_account
    from clerkdesk.services.kernel.inputs import AccountInput, PersonInput
    from clerkdesk.services.people.writes import list_people, update_person

    [parks] = [a for a in list_accounts(duties) if a.url == PARKS]
    update_account(
        duties, parks.id, AccountInput(PARKS + "2", "facebook", "Parks", status="approved")
    )
    [priya] = [p for p in list_people(duties) if p.employee_id == "E100"]
    update_person(duties, priya.id, PersonInput("E101", "Priya Raman", "Director", "Parks"))
    assert maintenance.check(duties) == []
