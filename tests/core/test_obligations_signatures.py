"""An unsigned agreement (R6) on Today says whose signatures it lacks, in the profile's words
(the director's title, the coordinating office)."""

from datetime import UTC, date, datetime

from clerkdesk.core.obligations import AccountFacts, AssignmentFacts, Snapshot, compute
from clerkdesk.resources import load_profile

AS_OF = datetime(2026, 11, 20, 18, tzinfo=UTC)
ACCOUNT = AccountFacts(7, "https://x.com/parks", "Parks", "approved", date(2026, 1, 5))
PROFILE = load_profile("stoughton").with_changes(
    director_title="Parks Director", coordinating_office="City Clerk"
)


def text(signed_by: tuple[bool, bool, bool] | None) -> str:
    term = AssignmentFacts(
        1,
        7,
        ACCOUNT.url,
        "Parks",
        3,
        "Ann Lee",
        "custodian",
        datetime(2026, 2, 2, 15, tzinfo=UTC),
        None,
        False,
        "E1",
        signed_by=signed_by,
    )
    snap = Snapshot(profile=PROFILE, adopted_on=None, accounts=(ACCOUNT,), assignments=(term,))
    [item] = [o for o in compute(snap, AS_OF) if o.kind == "agreement-unsigned"]
    return item.text


def test_the_missing_signatures_are_named() -> None:
    assert text((True, False, False)) == (
        "Agreement of Ann Lee (custodian) signed by the user; the Parks Director and the City "
        "Clerk have not signed"
    )
    assert text((True, True, False)) == (
        "Agreement of Ann Lee (custodian) signed by the user and the Parks Director; the City "
        "Clerk has not signed"
    )
    assert text((False, True, True)) == (
        "Agreement of Ann Lee (custodian) signed by the Parks Director and the City Clerk; the "
        "user has not signed"
    )


def test_an_agreement_nobody_signed_is_not_signed() -> None:
    assert text((False, False, False)) == "Agreement of Ann Lee (custodian) not signed"
    assert text(None) == "Agreement of Ann Lee (custodian) not signed"
