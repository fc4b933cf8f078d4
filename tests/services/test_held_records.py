"""A public-records request holds every record of an account (R17), at the hold's edges: a
denial holds through its 60th day and not the day after. The signed worksheet of an access
review that covers a held account is not replaced; a held account's removal is neither moved
nor changed in what it records of what was removed; and a held account's new web address keeps
its history in the log, where nothing erases it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.kernel.inputs import AccountInput
from clerkdesk.services.removals.corrections import correct_removal
from clerkdesk.services.removals.writes import record_removal
from clerkdesk.services.requests.holds import account_records
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.reviews.writes import attach_worksheet, start_review
from clerkdesk.services.transfer import csv_import

from .duties_city import PARKS, POOL, small_city
from .helpers import dump
from .test_removals import HEADER, URL, city, removal, write  # noqa: F401  (the fixture)

TODAY = date(2026, 11, 20)  # the tests' "now"
AT = datetime(2026, 3, 2, 15, tzinfo=UTC)
OTHER = "https://x.com/stoughtonparks"
EDGES = [(60, True), (61, False)]  # the denial's 60th day holds; the 61st does not


def _denied(db, on: date, *urls: str):  # type: ignore[no-untyped-def]
    return save_request(
        db,
        None,
        RequestInput(
            "2026-014",
            on - timedelta(days=3),
            "Everything the accounts kept",
            status="denied",
            closed_on=on,
            accounts=urls,
            reasons="Part of a pending investigation (Wis. Stat. 19.35(1)(a))",
        ),
    )


def _held(url: str, doing: str) -> str:
    return (
        f"{doing} {url} is refused: it is on hold through Nov 20, 2026: public-records request "
        "2026-014 was denied (60 days, Wis. Stat. 19.35(5)), and its records may not be "
        "destroyed until then"
    )


def _pdf(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("day", "held"), EDGES)
def test_the_signed_worksheet_of_a_review_covering_a_held_account_is_not_replaced(  # type: ignore[no-untyped-def]
    db, tmp_path, day, held
) -> None:
    small_city(db)
    review = start_review(db, "Parks")
    first = attach_worksheet(db, review.id, _pdf(tmp_path, "a.pdf", b"%PDF signed"))
    _denied(db, TODAY - timedelta(days=day), POOL)  # one of the two accounts it covers
    second = _pdf(tmp_path, "b.pdf", b"%PDF signed again")
    if held:
        before = dump(db)
        with pytest.raises(ClerkDeskError) as caught:
            attach_worksheet(db, review.id, second)
        assert caught.value.message == _held(
            POOL, f"Replacing the signed worksheet of access review {review.number}, which covers"
        )
        assert dump(db) == before
        # The same paper attached again replaces nothing.
        again = attach_worksheet(db, review.id, tmp_path / "a.pdf")
        assert again.scan_file == first.scan_file
    else:
        assert attach_worksheet(db, review.id, second).scan_file != first.scan_file
    assert maintenance.check(db) == []


def test_a_review_covering_no_held_account_replaces_its_worksheet(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(db)
    review = start_review(db, "Parks")
    first = attach_worksheet(db, review.id, _pdf(tmp_path, "a.pdf", b"%PDF signed"))
    accounts.create_account(db, AccountInput("https://x.com/cityhall", "x", "Parks"))
    _denied(db, TODAY, "https://x.com/cityhall")  # held, but not on the worksheet
    view = attach_worksheet(db, review.id, _pdf(tmp_path, "b.pdf", b"%PDF again"))
    assert view.scan_file != first.scan_file


@pytest.mark.parametrize(("day", "held"), EDGES)
def test_a_held_account_s_removal_is_not_moved_nor_changed(  # type: ignore[no-untyped-def]
    city,  # noqa: F811
    tmp_path,
    day,
    held,
) -> None:
    accounts.create_account(city, AccountInput(OTHER, "x", "Parks"))
    kept = record_removal(city, removal(AT))
    _denied(city, TODAY - timedelta(days=day), URL)
    later = AT + timedelta(hours=1)
    corrections = {
        "account_url": (removal(AT, account_url=OTHER), "Moving a removal to another account from"),
        "removed_at": (removal(later), "Moving a removal to another moment on"),
        "content": (removal(AT, content="Nothing"), "Changing the content of a removal from"),
        "poster": (removal(AT, poster="@someone"), "Changing the poster of a removal from"),
    }
    file = write(
        tmp_path,
        "r.csv",
        HEADER + f"{URL},2026-03-02T15:00:00Z,@troll,Buy a boat!,advertising,hidden,E1,\n",
    )
    if held:
        before = dump(city)
        for field, (data, doing) in corrections.items():
            with pytest.raises(ValidationError) as caught:
                correct_removal(city, kept.id, data)
            assert caught.value.fields[field] == _held(URL, doing), field
        with pytest.raises(ImportProblems) as problems:
            csv_import.import_csv(city, "removals", file)
        assert problems.value.problems == [
            f"r.csv:2: content: {_held(URL, 'Changing the content of a removal from')}"
        ]
        assert dump(city) == before
        # How it is classed is not what was removed: corrected as ever.
        view = correct_removal(city, kept.id, removal(AT, category="profanity"))
        assert view.category == "profanity"
    else:
        csv_import.import_csv(city, "removals", file)
        view = correct_removal(city, kept.id, removal(later, account_url=OTHER, poster="@x"))
        assert (view.account_url, view.removed_at, view.poster) == (OTHER, later, "@x")
    assert maintenance.check(city) == []


def test_a_held_account_s_new_address_keeps_its_history(db) -> None:  # type: ignore[no-untyped-def]
    """The web address is changed (the account is the same record, held still); the events
    under its old address stay in the log, and one erased by hand is reported."""
    small_city(db)
    _denied(db, TODAY, PARKS)
    account_id = next(a.id for a in accounts.list_accounts(db) if a.url == PARKS)
    new = "https://facebook.com/cityparks"
    accounts.update_account(
        db, account_id, AccountInput(new, "facebook", "Parks", status="approved")
    )
    assert account_records(db)[account_id].on_hold  # the request names the account, not a URL
    with pytest.raises(ClerkDeskError, match="request 2026-014 was denied"):
        accounts.discontinue_account(db, account_id, TODAY, "renamed")
    with db.reading() as session:
        said = session.execute(
            text(
                "SELECT action, entity_key FROM audit_event WHERE entity = 'account' "
                "AND entity_key IN (:old, :new) ORDER BY seq"
            ),
            {"old": PARKS, "new": new},
        ).all()
    assert [tuple(row) for row in said][:2] == [
        ("account.create", PARKS),
        ("account.approve", PARKS),
    ]
    assert tuple(said[-1]) == ("account.update", new)
    assert maintenance.check(db) == []
    # Nothing in the program deletes an event; one deleted by hand breaks the chain.
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "DELETE FROM audit_event WHERE seq = (SELECT min(seq) FROM audit_event "
                "WHERE entity = 'account' AND entity_key = :old)"
            ),
            {"old": PARKS},
        )
    assert maintenance.check(db)
