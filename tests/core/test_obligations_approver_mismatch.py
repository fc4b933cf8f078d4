"""R1 where approvals follow the department's filed policy (Madison, madison.txt:39): an
approval by someone other than the approver that policy names is owed one by that approver, from
its own day and never before the city's policy was adopted; the engine reads it from plain
facts, comparing names whatever their case and the spaces around them."""

from datetime import date, datetime, time

import pytest

from clerkdesk.core.obligations import Snapshot, compute
from clerkdesk.core.obligations.approver_mismatch import same_approver
from clerkdesk.core.obligations.model import ApproverFacts
from clerkdesk.resources import load_profile

URL = "https://x.com/parks"
ADOPTED = date(2024, 3, 1)


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=load_profile("madison").zone)


def items(key: str, approved_by: str, approved_on: date, day: date) -> list[tuple[object, ...]]:
    approvers = (ApproverFacts(7, URL, "Parks", approved_by, approved_on, "Parks Superintendent"),)
    snap = Snapshot(profile=load_profile(key), adopted_on=ADOPTED, approvers=approvers)
    return [
        (o.rule, o.basis, o.due, o.state, o.text)
        for o in compute(snap, noon(day))
        if o.kind == "approver-mismatch"
    ]


@pytest.mark.parametrize(
    ("approved_by", "same"),
    [
        ("Parks Superintendent", True),
        ("  PARKS superintendent\t", True),
        ("Parks  Superintendent", False),  # a different name, not only its case
        ("Parks Superintendent (acting)", False),
        ("", False),
    ],
)
def test_names_are_compared_whatever_their_case_and_surrounding_spaces(
    approved_by: str, same: bool
) -> None:
    assert same_approver(approved_by, " parks superintendent ") is same


@pytest.mark.parametrize(
    ("approved_on", "due"),
    [
        (date(2024, 2, 29), ADOPTED),  # the day before the adoption: owed from the adoption
        (ADOPTED, ADOPTED),
        (date(2024, 3, 2), date(2024, 3, 2)),
    ],
)
def test_owed_from_the_approval_never_before_the_adoption(approved_on: date, due: date) -> None:
    [(rule, basis, got, _state, text)] = items("madison", "Jane Doe", approved_on, date(2024, 4, 1))
    assert (rule, basis, got) == ("R1", "policy", due)
    assert text == (
        "Approved by Jane Doe, but the department's filed policy names Parks Superintendent: "
        "record an approval by Parks Superintendent"
    )


def test_the_named_approver_owes_nothing_and_another_city_hears_nothing() -> None:
    assert items("madison", "parks superintendent ", ADOPTED, date(2024, 4, 1)) == []
    for key in ("stoughton", "milwaukee", "wausau", "janesville"):
        assert items(key, "Jane Doe", ADOPTED, date(2024, 4, 1)) == [], key
