"""R20 in Milwaukee: an account whose records are kept only on the platform (no archive
recorded) owes their move to the city's systems, from its approval; in no other city. Its
state at the due day's edges, with a fixed clock."""

from datetime import UTC, date, datetime

import pytest

from clerkdesk.core.obligations import AccountFacts, Snapshot, compute
from clerkdesk.resources import load_profile

MILWAUKEE = load_profile("milwaukee")
KIND = "records-on-platform"


def account(archived_in: str | None = None, approved: date = date(2026, 3, 2)) -> AccountFacts:
    return AccountFacts(
        7, "https://x.com/mkeparks", "Parks", "approved", approved, archived_in=archived_in
    )


def owed(profile, accounts, as_of, adopted=None):  # type: ignore[no-untyped-def]
    snap = Snapshot(profile=profile, adopted_on=adopted, accounts=tuple(accounts))
    return [o for o in compute(snap, as_of) if o.kind == KIND]


def test_an_account_kept_only_on_the_platform_owes_an_archive_in_milwaukee() -> None:
    as_of = datetime(2026, 11, 20, 18, tzinfo=UTC)
    [item] = owed(MILWAUKEE, [account()], as_of)
    assert (item.rule, item.basis, item.due, item.account) == (
        "R20",
        "policy",
        date(2026, 3, 2),
        "https://x.com/mkeparks",
    )
    assert item.text.startswith("Move the account's records to the city's systems")
    assert owed(MILWAUKEE, [account("Pagefreezer")], as_of) == []
    assert len(owed(MILWAUKEE, [account("  ")], as_of)) == 1  # blank is not an archive


@pytest.mark.parametrize("key", ["stoughton", "wausau", "janesville", "madison"])
def test_no_other_city_owes_it(key: str) -> None:
    as_of = datetime(2026, 11, 20, 18, tzinfo=UTC)
    assert owed(load_profile(key), [account()], as_of) == []


@pytest.mark.parametrize(
    ("as_of", "state"),
    [
        (datetime(2026, 3, 1, 18, tzinfo=UTC), "due-soon"),  # the day before
        (datetime(2026, 3, 3, 5, 59, tzinfo=UTC), "due-soon"),  # 23:59 of the day, in Chicago
        (datetime(2026, 3, 3, 6, 0, tzinfo=UTC), "overdue"),  # the day after
    ],
)
def test_its_state_at_the_due_day_s_edges(as_of: datetime, state: str) -> None:
    [item] = owed(MILWAUKEE, [account()], as_of)
    assert (item.due, item.state) == (date(2026, 3, 2), state)


def test_an_account_approved_before_the_policy_owes_it_from_the_adoption() -> None:
    as_of = datetime(2026, 11, 20, 18, tzinfo=UTC)
    [item] = owed(MILWAUKEE, [account(approved=date(2020, 1, 6))], as_of, date(2023, 8, 1))
    assert item.due == date(2023, 8, 1)
