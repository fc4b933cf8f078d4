"""R1's approve-or-discontinue and R2's missing findings in each of the five cities, as the
engine reads them from plain facts (RULES.md R1, R2, R5). Each row of the table names the city,
the facts, and the item RULES.md asks for (kind, rule, basis, due) or none, citing the line."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from clerkdesk.core.obligations import AccountFacts, AssignmentFacts, Snapshot, compute
from clerkdesk.core.obligations.model import DepartmentPolicyFacts, FindingsFacts, UseFacts
from clerkdesk.resources import load_profile

ADOPTED = date(2024, 3, 1)
CITIES = ("stoughton", "milwaukee", "wausau", "janesville", "madison")
URL = "https://x.com/parks"
PRE = AccountFacts(7, URL, "Parks", "pre-existing", None)
PROPOSED = AccountFacts(7, URL, "Parks", "proposed", None)
NEW = ("account-approval", "findings-missing")


def noon(day: date, key: str = "stoughton") -> datetime:
    """Midday in the city's zone on `day`: the fixed clock of these tests."""
    return datetime.combine(day, time(12), tzinfo=load_profile(key).zone)


def facts(case: str) -> dict[str, object]:
    """The snapshot's facts of each case of the table."""
    return {
        "pre-existing": {"accounts": (PRE,)},
        "proposed, no sign of use": {"proposed_in_use": (UseFacts(PROPOSED),)},
        "proposed, term from 2024-05-10": {
            "proposed_in_use": (UseFacts(PROPOSED, term_on=date(2024, 5, 10)),)
        },
        "proposed, credential since 2023-12-01": {
            "proposed_in_use": (UseFacts(PROPOSED, credential_on=date(2023, 12, 1)),)
        },
        "proposed, post seen 2024-06-02": {
            "proposed_in_use": (UseFacts(PROPOSED, posted_on=date(2024, 6, 2)),)
        },
        "approved by a Department Head 2024-05-20, findings not recorded": {
            "findings_missing": (
                FindingsFacts(7, URL, "Parks", "department-head", date(2024, 5, 20)),
            )
        },
        "approved by the Mayor 2024-02-10, findings not recorded": {
            "findings_missing": (FindingsFacts(7, URL, "Parks", "mayor", date(2024, 2, 10)),)
        },
    }[case]


# (city, case, expected (kind, rule, basis, due) or None, where RULES.md says so)
S_GF = ("grandfather-approval", "R5", "policy", date(2024, 4, 15))
TABLE = [
    # Stoughton: in use on the adoption day, approved within 45 days (R5: stoughton-2019.txt:88-96).
    ("stoughton", "pre-existing", S_GF, "R5; R1: one answer, R5's"),
    (
        "stoughton",
        "proposed, credential since 2023-12-01",
        ("account-approval", "R1", "policy", date(2024, 4, 15)),
        "R1, R5: in use on the adoption day",
    ),
    (
        "stoughton",
        "proposed, term from 2024-05-10",
        ("account-approval", "R1", "policy", date(2024, 5, 10)),
        "R1: stoughton-2019.txt:114 prior authorization",
    ),
    (
        "stoughton",
        "proposed, post seen 2024-06-02",
        ("account-approval", "R1", "policy", date(2024, 6, 2)),
        "R1",
    ),
    ("stoughton", "proposed, no sign of use", None, "R1: not in use"),
    (
        "stoughton",
        "approved by a Department Head 2024-05-20, findings not recorded",
        ("findings-missing", "R2", "policy", date(2024, 5, 20)),
        "R2: stoughton-2019.txt:104-114",
    ),
    (
        "stoughton",
        "approved by the Mayor 2024-02-10, findings not recorded",
        ("findings-missing", "R2", "policy", ADOPTED),
        "R2: :138-144; not before the adoption",
    ),
]
for _city in CITIES[1:]:
    TABLE += [
        # R1 everywhere: approved or discontinued from the day the policy applies to it; R5 off.
        (
            _city,
            "pre-existing",
            ("account-approval", "R1", "policy", ADOPTED),
            "R1: no window (R5 off)",
        ),
        (
            _city,
            "proposed, credential since 2023-12-01",
            ("account-approval", "R1", "policy", ADOPTED),
            "R1: from the adoption",
        ),
        (
            _city,
            "proposed, term from 2024-05-10",
            ("account-approval", "R1", "policy", date(2024, 5, 10)),
            "R1",
        ),
        (
            _city,
            "proposed, post seen 2024-06-02",
            ("account-approval", "R1", "policy", date(2024, 6, 2)),
            "R1",
        ),
        (_city, "proposed, no sign of use", None, "R1: not in use"),
        # R2 is Stoughton's only.
        (
            _city,
            "approved by a Department Head 2024-05-20, findings not recorded",
            None,
            "R2: S only",
        ),
        (_city, "approved by the Mayor 2024-02-10, findings not recorded", None, "R2: S only"),
    ]


def new_items(key: str, case: str, as_of: datetime) -> list:  # type: ignore[type-arg]
    snap = Snapshot(profile=load_profile(key), adopted_on=ADOPTED, **facts(case))  # type: ignore[arg-type]
    return [o for o in compute(snap, as_of) if o.kind in (*NEW, "grandfather-approval")]


@pytest.mark.parametrize(("key", "case", "expected", "where"), TABLE)
def test_each_city_owes_what_rules_md_says(key: str, case: str, expected, where: str) -> None:  # type: ignore[no-untyped-def]
    found = new_items(key, case, noon(date(2024, 7, 1), key))
    got = [(o.kind, o.rule, o.basis, o.due) for o in found]
    assert got == ([expected] if expected else []), where
    if expected:
        [item] = found
        assert item.account == URL and item.account_id == 7 and item.department == "Parks"
        # The due date at its edges, by the fixed clock: the day before and the day itself
        # still in time, the day after overdue.
        due = expected[3]
        states = [
            new_items(key, case, noon(due + timedelta(days=d), key))[0].state for d in (-1, 0, 1)
        ]
        assert states == ["due-soon", "due-soon", "overdue"]


@pytest.mark.parametrize("key", CITIES)
@pytest.mark.parametrize(
    ("term_on", "due"),
    [
        (ADOPTED - timedelta(days=1), None),
        (ADOPTED, ADOPTED),
        (ADOPTED + timedelta(days=1), ADOPTED + timedelta(days=1)),
    ],
)
def test_a_proposed_account_owes_approval_from_its_use_not_before_the_adoption(
    key: str, term_on: date, due: date | None
) -> None:
    """A term from the day before the adoption counts from the adoption (Stoughton: R5's
    window, the account was in use on the adoption day); from that day or later, from itself."""
    snap = Snapshot(
        profile=load_profile(key),
        adopted_on=ADOPTED,
        proposed_in_use=(UseFacts(PROPOSED, term_on=term_on),),
    )
    [item] = [o for o in compute(snap, noon(date(2024, 7, 1), key)) if o.kind == "account-approval"]
    if due is None:
        due = date(2024, 4, 15) if key == "stoughton" else ADOPTED
    assert item.due == due
    said = "Approve or discontinue the account: in use (people on it) without approval"
    if key == "milwaukee":  # milwaukee-2023.txt:94-96: the form comes before approval
        said += "; its Account Request Form and Strategy Plan are not recorded"
    assert item.text == said


def test_milwaukee_says_the_request_form_is_missing_until_it_is_recorded() -> None:
    """RULES.md R1, M: prior authorization after a Social Media Account Request Form and
    Strategy Plan (milwaukee-2023.txt:94-96); no other city asks for it."""
    with_form = PRE._replace(request_form_on=date(2024, 2, 1))
    for key in CITIES[1:]:
        for account, missing in ((PRE, key == "milwaukee"), (with_form, False)):
            snap = Snapshot(profile=load_profile(key), adopted_on=ADOPTED, accounts=(account,))
            [item] = [o for o in compute(snap, noon(date(2024, 7, 1))) if o.kind in NEW]
            assert item.text.endswith("Strategy Plan are not recorded") is missing, key


def test_the_signs_of_use_are_named_in_the_item() -> None:
    use = UseFacts(PROPOSED, term_on=date(2024, 5, 1), posted_on=date(2024, 4, 1))
    snap = Snapshot(profile=load_profile("wausau"), adopted_on=ADOPTED, proposed_in_use=(use,))
    [item] = [o for o in compute(snap, noon(date(2024, 7, 1))) if o.kind == "account-approval"]
    assert item.due == date(2024, 4, 1)
    assert item.text == (
        "Approve or discontinue the account: in use (people on it, a post seen) without approval"
    )


def test_a_pre_existing_account_of_a_city_without_its_adoption_date_is_due_today() -> None:
    """Outside Stoughton an account in use owes approval at once; until the adoption date is
    set, from today (Stoughton's window waits for the date, as R5 does)."""
    as_of = noon(date(2024, 7, 1))
    snap = Snapshot(profile=load_profile("milwaukee"), adopted_on=None, accounts=(PRE,))
    assert [(o.kind, o.due) for o in compute(snap, as_of) if o.kind == "account-approval"] == [
        ("account-approval", date(2024, 7, 1))
    ]
    snap = Snapshot(profile=load_profile("stoughton"), adopted_on=None, accounts=(PRE,))
    assert [o for o in compute(snap, as_of) if o.kind in NEW] == []


def test_findings_name_the_authority_and_are_not_owed_by_one_asked_for_none() -> None:
    profile = load_profile("stoughton").with_changes(determinations={"department-head": ()})
    missing = (FindingsFacts(7, URL, "Parks", "department-head", date(2024, 5, 20)),)
    snap = Snapshot(profile=profile, adopted_on=ADOPTED, findings_missing=missing)
    assert [o for o in compute(snap, noon(date(2024, 7, 1))) if o.kind in NEW] == []
    snap = Snapshot(profile=load_profile("stoughton"), adopted_on=ADOPTED, findings_missing=missing)
    [item] = [o for o in compute(snap, noon(date(2024, 7, 1))) if o.kind in NEW]
    assert item.text == (
        "Findings not recorded: record what the Department Head found before approving"
    )


@pytest.mark.parametrize(
    ("first_use", "adopted", "due"),
    [
        # madison.txt:35: "by January 1, 2013", a fixed date, even before the city's adoption.
        (date(2012, 12, 31), date(2012, 6, 1), date(2013, 1, 1)),
        (date(2013, 1, 1), date(2012, 6, 1), date(2013, 1, 1)),
        (date(2013, 1, 2), date(2012, 6, 1), date(2013, 1, 2)),
        (date(2012, 12, 31), date(2014, 6, 1), date(2013, 1, 1)),
    ],
)
def test_madison_department_policy_falls_due_on_its_fixed_date(
    first_use: date, adopted: date, due: date
) -> None:
    account = AccountFacts(7, URL, "Parks", "approved", first_use)
    snap = Snapshot(profile=load_profile("madison"), adopted_on=adopted, accounts=(account,))
    items = [o for o in compute(snap, noon(date(2024, 7, 1))) if o.kind == "department-policy"]
    assert [(o.rule, o.basis, o.due) for o in items] == [("R1", "policy", due)]
    filed = (DepartmentPolicyFacts("Parks", date(2013, 2, 1), date(2013, 2, 1)),)
    snap = Snapshot(
        profile=load_profile("madison"),
        adopted_on=adopted,
        accounts=(account,),
        department_policies=filed,
    )
    assert [o for o in compute(snap, noon(date(2024, 7, 1))) if o.kind == "department-policy"] == []


def term(account_id: int, elected: bool, person_id: int = 3) -> AssignmentFacts:
    return AssignmentFacts(
        id=person_id,
        account_id=account_id,
        url=URL,
        department="Parks",
        person_id=person_id,
        person="Ann Lee",
        role="authorized-user",
        starts_at=datetime(2024, 5, 10, 15, tzinfo=UTC),
        ends_at=None,
        signed=False,
        employee_id=f"E{person_id}",
        elected=elected,
    )


@pytest.mark.parametrize("key", CITIES)
@pytest.mark.parametrize("elected", [True, False])
def test_madison_leaves_out_an_account_only_elected_officials_use(key: str, elected: bool) -> None:
    """RULES.md R1, D: "The Madison policy does not apply to elected officials"
    (madison.txt:9): no approval, agreement or user approval is owed for them there; every
    other city's policy applies to them."""
    profile = load_profile(key).with_changes(term_approvals=True)
    snap = Snapshot(
        profile=profile,
        adopted_on=ADOPTED,
        accounts=(PRE,),
        assignments=(term(7, elected),),
    )
    kinds = {o.kind for o in compute(snap, noon(date(2024, 7, 1), key))}
    left_out = elected and key == "madison"
    owed = {"agreement-unsigned", "user-approval"}
    owed.add("grandfather-approval" if key == "stoughton" else "account-approval")
    assert bool(owed & kinds) is not left_out
    if not left_out:
        assert owed <= kinds


def test_an_account_an_elected_official_shares_with_staff_still_owes_approval_in_madison() -> None:
    snap = Snapshot(
        profile=load_profile("madison"),
        adopted_on=ADOPTED,
        accounts=(PRE,),
        assignments=(term(7, True, 3), term(7, False, 4)),
    )
    found = [o for o in compute(snap, noon(date(2024, 7, 1))) if o.kind != "tool-approval"]
    assert [(o.kind, o.employee_id) for o in found if o.kind == "agreement-unsigned"] == [
        ("agreement-unsigned", "E4")
    ]
    assert [o.kind for o in found if o.kind == "account-approval"] == ["account-approval"]


@pytest.mark.parametrize("key", CITIES)
@pytest.mark.parametrize("adopted", [ADOPTED, None])
def test_the_accounts_page_deadline_is_the_engines(key: str, adopted: date | None) -> None:
    """One rule, one answer: the deadline the account register shows for a pre-existing
    account (`approval_due`) is the due date of Today's item, in every city."""
    from clerkdesk.core.grandfathering import approval_due

    as_of = noon(date(2024, 7, 1), key)
    profile = load_profile(key)
    snap = Snapshot(profile=profile, adopted_on=adopted, accounts=(PRE,))
    items = [o for o in compute(snap, as_of) if o.kind in (*NEW, "grandfather-approval")]
    shown = approval_due(adopted, profile, as_of)
    assert [(o.due, o.state) for o in items] == ([(shown.deadline, shown.state)] if shown else [])
