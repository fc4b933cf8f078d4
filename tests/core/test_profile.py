import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.core.profile import PolicyProfile, parse_profile
from clerkdesk.resources import load_profile, profile_keys


def test_every_policy_has_a_profile_and_stoughton_is_first() -> None:
    assert profile_keys() == ["stoughton", "janesville", "madison", "milwaukee", "wausau"]


@pytest.mark.parametrize("key", ["stoughton", "milwaukee", "wausau", "janesville", "madison"])
def test_shipped_profiles_load_and_survive_a_round_trip(key: str) -> None:
    profile = load_profile(key)
    assert profile.key == key
    assert PolicyProfile.from_dict(profile.to_dict()) == profile


def test_stoughton_defaults() -> None:
    profile = load_profile("stoughton")
    assert profile.grandfather_days == 45
    assert str(profile.adopted) == "2019-06-25"
    assert profile.authorities == ("mayor", "council", "department-head")
    assert profile.coordinating_office == "City Clerk"
    assert profile.timezone == "America/Chicago"


def test_changes_are_validated() -> None:
    profile = load_profile("stoughton")
    with pytest.raises(ValidationError) as caught:
        profile.with_changes(grandfather_days=0, timezone="Mars/Olympus", authorities=())
    assert set(caught.value.fields) == {"grandfather_days", "timezone", "authorities"}
    assert profile.with_changes(review_interval_days=90).review_interval_days == 90


def test_unknown_parameter_is_refused() -> None:
    with pytest.raises(ValidationError):
        load_profile("stoughton").with_changes(colour="blue")


def test_unknown_profile_names_the_choices() -> None:
    with pytest.raises(ClerkDeskError, match="stoughton"):
        load_profile("springfield")


def test_bad_toml_is_a_plain_error() -> None:
    with pytest.raises(ClerkDeskError, match="TOML"):
        parse_profile("key = ")
