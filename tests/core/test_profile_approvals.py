"""The profile's parameters for approval as each policy wants it: the R2 findings by
authority, who designates, the two approvals of a term, and Madison's filings."""

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.core.profile_file import parse_profile
from clerkdesk.resources import load_profile


def test_stoughton_asks_three_findings_of_a_department_head_and_one_of_the_mayor() -> None:
    profile = load_profile("stoughton")
    assert profile.findings("department-head") == ("can_administer", "monitoring", "it_notified")
    assert profile.findings("mayor") == profile.findings("council") == ("can_administer",)
    assert profile.designates("council") and not profile.designates("mayor")


@pytest.mark.parametrize("key", ["milwaukee", "wausau", "janesville", "madison"])
def test_a_policy_without_r2_asks_no_findings(key: str) -> None:
    profile = load_profile(key)
    assert all(profile.findings(a) == () for a in profile.authorities)
    assert not any(profile.designates(a) for a in profile.authorities)


def test_who_designates_reads_as_the_policy_says() -> None:
    assert load_profile("wausau").designated_by_hint() == "the Social Media Coordinator"
    assert (
        load_profile("stoughton").designated_by_hint()
        == "the Mayor, the Common Council or the Department Head"
    )
    milwaukee = load_profile("milwaukee").with_changes(designator="department management")
    assert milwaukee.designated_by_hint() == "department management"


def test_the_new_parameters_survive_a_round_trip() -> None:
    profile = load_profile("janesville").with_changes(
        term_approvals=True,
        director_title="Department/Division Director",
        determinations={"city-manager": ("can_administer",)},
        designates_at_approval=("city-manager",),
    )
    assert PolicyProfile.from_dict(profile.to_dict()) == profile


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"determinations": {"mayor": ("a_wish",)}}, "determinations"),
        ({"determinations": {"king": ()}}, "determinations"),
        ({"designates_at_approval": ("king",)}, "designates_at_approval"),
        ({"term_approvals": "yes"}, "term_approvals"),
        ({"director_title": " "}, "director_title"),
        ({"department_policy": 1}, "department_policy"),
    ],
)
def test_bad_values_are_refused(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        load_profile("stoughton").with_changes(**changes)
    assert field in caught.value.fields


def test_a_profile_file_sets_them_inline() -> None:
    text = (
        'key = "x"\ntitle = "X"\ncoordinating_office = "Clerk"\nauthorities = ["mayor"]\n'
        'term_approvals = true\ndirector_title = "Division Head"\n'
        'determinations = { mayor = ["can_administer"] }\n'
        "designates_at_approval = []\n"
    )
    profile = parse_profile(text)
    assert (profile.term_approvals, profile.director_title) == (True, "Division Head")
    assert profile.determinations == {"mayor": ("can_administer",)}
    assert profile.designates_at_approval == ()
