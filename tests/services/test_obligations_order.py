"""Items due the same day come out in one order whatever order the database gives its rows in:
the engine's own, by kind, account, rule, person, record and text, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.kernel.inputs import AccountInput, PersonInput
from clerkdesk.services.obligations.due import due
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW


def test_items_due_the_same_day_are_in_the_engines_order_not_the_rows(db, parks) -> None:  # type: ignore[no-untyped-def]
    # Made in the reverse of the order expected: the later account and person first.
    for employee, name in (("E300", "Zoe Young"), ("E301", "Mia Cole"), ("E302", "Ann Baker")):
        people.create_person(db, PersonInput(employee, name, "Staff", "Parks"))
    zoo = accounts.create_account(
        db, AccountInput("https://facebook.com/zooparks", "facebook", "Parks")
    )
    arb = accounts.create_account(
        db, AccountInput("https://facebook.com/arborparks", "facebook", "Parks")
    )
    start = NOW - timedelta(days=3)
    for account, employee in ((zoo, "E300"), (zoo, "E302"), (arb, "E300"), (arb, "E301")):
        assignments.designate(db, account.id, employee, "authorized-user", start)
    assignments.designate(db, arb.id, "E302", "authorized-user", start)

    day = [o for o in due(db, NOW) if o.due == start.date()]
    assert [(o.kind, o.account, o.person) for o in day] == [
        # Proposed accounts with people on them are in use: approve or discontinue (R1).
        ("account-approval", "https://facebook.com/arborparks", None),
        ("account-approval", "https://facebook.com/zooparks", None),
        ("agreement-unsigned", "https://facebook.com/arborparks", "Ann Baker"),
        ("agreement-unsigned", "https://facebook.com/arborparks", "Mia Cole"),
        ("agreement-unsigned", "https://facebook.com/arborparks", "Zoe Young"),
        ("agreement-unsigned", "https://facebook.com/zooparks", "Ann Baker"),
        ("agreement-unsigned", "https://facebook.com/zooparks", "Zoe Young"),
    ]
