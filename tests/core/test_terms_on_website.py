"""R15 in Janesville: the Terms of Use Agreement "will also be posted on the City's website"
(janesville.txt:89). Until Settings records the page and the day it was seen posting it, an item
is due from the policy's adoption; in no other city. Its state at the adoption's edges, fixed
clock."""

from datetime import UTC, date, datetime

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.core.obligations import Snapshot, compute
from clerkdesk.resources import load_profile

JANESVILLE = load_profile("janesville")
KIND = "terms-on-website"
ADOPTED = date(2026, 3, 2)


def owed(profile, as_of, adopted=ADOPTED):  # type: ignore[no-untyped-def]
    snap = Snapshot(profile=profile, adopted_on=adopted)
    return [o for o in compute(snap, as_of) if o.kind == KIND]


@pytest.mark.parametrize(
    ("as_of", "state"),
    [
        (datetime(2026, 3, 1, 18, tzinfo=UTC), "due-soon"),  # the day before the adoption
        (datetime(2026, 3, 3, 5, 59, tzinfo=UTC), "due-soon"),  # 23:59 of the day, in Chicago
        (datetime(2026, 3, 3, 6, 0, tzinfo=UTC), "overdue"),  # the day after
    ],
)
def test_due_from_the_adoption_at_its_edges(as_of: datetime, state: str) -> None:
    [item] = owed(JANESVILLE, as_of)
    assert (item.kind, item.rule, item.basis, item.due, item.state) == (
        KIND,
        "R15",
        "policy",
        ADOPTED,
        state,
    )
    assert item.text == (
        "Post on the City website, and record where: The approved Terms of Use Agreement, "
        "conspicuously posted"
    )
    assert (item.account, item.department, item.person, item.record) == (None, None, None, None)


def test_it_is_gone_once_the_posting_is_recorded() -> None:
    posted = JANESVILLE.with_changes(
        website_posting={
            "address": "https://www.ci.janesville.wi.us/terms",
            "seen_on": "2026-03-02",
        }
    )
    assert owed(posted, datetime(2026, 11, 20, 18, tzinfo=UTC)) == []


def test_not_owed_where_r15_is_off() -> None:
    off = JANESVILLE.with_changes(rules={**JANESVILLE.rules, "R15": "off"})
    assert owed(off, datetime(2026, 11, 20, 18, tzinfo=UTC)) == []


@pytest.mark.parametrize("key", ["stoughton", "milwaukee", "wausau", "madison"])
def test_no_other_city_owes_it(key: str) -> None:
    assert owed(load_profile(key), datetime(2026, 11, 20, 18, tzinfo=UTC)) == []


def test_a_bad_posting_is_refused_by_the_profile() -> None:
    with pytest.raises(ValidationError, match="website_posting"):
        JANESVILLE.with_changes(website_posting={"address": "x", "seen_on": "yesterday"})
