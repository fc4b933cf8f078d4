import re

import pytest

from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.core.profile_file import parse_profile
from clerkdesk.core.vocabulary import RULES, Basis
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


# -- the shipped profiles against RULES.md -------------------------------------------------------

KEYS = ["stoughton", "milwaukee", "wausau", "janesville", "madison"]
PRACTICE_MARK = "practice: ClerkDesk's figure, not the policy's"


def settings_lines(key: str) -> dict[str, str]:
    """Each setting's line of the shipped file (top level and [rules]), by its name."""
    from clerkdesk.resources import resource_dir

    text = (resource_dir() / "profiles" / f"{key}.toml").read_text(encoding="utf-8")
    lines = {}
    for line in text.splitlines():
        found = re.match(r"(\w+) = ", line)
        if found:
            lines[found.group(1)] = line
    return lines


def comment(line: str) -> str:
    """The comment beside a setting (profile values hold no '  # ')."""
    return line.partition("  # ")[2]


@pytest.mark.parametrize("key", KEYS)
def test_every_shipped_profile_names_every_rule_with_a_basis(key: str) -> None:
    profile = load_profile(key)
    assert set(profile.rules) == set(RULES)
    assert set(profile.rules.values()) <= set(Basis)


# One row per rule whose basis differs between the policies (RULES.md), every profile's basis.
BASES = {
    #      stoughton   milwaukee   wausau      janesville  madison
    "R2": ("policy", "off", "off", "off", "off"),
    "R5": ("policy", "off", "off", "off", "off"),
    "R6": ("practice", "practice", "practice", "policy", "practice"),
    "R7": ("policy", "policy", "policy", "practice", "practice"),
    "R9": ("practice", "practice", "policy", "practice", "practice"),
    "R10": ("practice", "practice", "policy", "practice", "practice"),
    "R11": ("practice", "policy", "practice", "practice", "practice"),
    "R13": ("off", "off", "off", "off", "policy"),
    "R17": ("law", "law", "law", "law", "law"),
    "R16": ("practice", "policy", "policy", "policy", "policy"),
    "R18": ("practice", "policy", "practice", "practice", "practice"),
    "R19": ("off", "policy", "off", "policy", "off"),
    "R21": ("law", "law", "law", "law", "law"),
}


@pytest.mark.parametrize("rule", sorted(BASES))
def test_each_rule_has_the_basis_its_policies_give(rule: str) -> None:
    assert tuple(load_profile(key).basis(rule) for key in KEYS) == BASES[rule]


@pytest.mark.parametrize("key", KEYS)
def test_every_setting_and_rule_cites_where_it_comes_from(key: str) -> None:
    lines = settings_lines(key)
    source = re.compile(rf"{'milwaukee-2023' if key == 'milwaukee' else key}[-\w]*\.txt:\d+")
    for name, line in lines.items():
        if name in ("key", "notes"):
            continue
        note = comment(line)
        assert note, f"{key}.toml: {name} has no source beside it"
        basis = load_profile(key).rules.get(name)
        if basis == "policy" or name in ("authorities", "title"):
            assert source.search(note), f"{key}.toml: {name} cites no line of the policy"
        elif basis == "law":
            assert "Wis. Stat." in note or "CFR" in note, f"{key}.toml: {name} cites no law"
        elif basis is None:
            assert (
                source.search(note)
                or "practice: ClerkDesk's" in note
                or "not in the policy" in (note)
            ), f"{key}.toml: {name} neither cites the policy nor says it is ClerkDesk's"


@pytest.mark.parametrize("key", KEYS)
def test_no_profile_gives_clerkdesks_figures_as_the_policys(key: str) -> None:
    lines = settings_lines(key)
    ours = ["review_interval_days", "warning_days", "max_authorized_users"]
    if key != "wausau":
        ours += ["credential_record_hours", "rotation_hours"]
    if key != "milwaukee":
        ours += ["password_min_length", "password_classes"]
    for name in ours:
        assert PRACTICE_MARK in comment(lines[name]), f"{key}.toml: {name} is ClerkDesk's figure"
    for name in {"credential_record_hours", "rotation_hours", "password_min_length"} - set(ours):
        assert PRACTICE_MARK not in comment(lines[name])
    # R5 is off outside Stoughton: its window is left out of the file (the default stays).
    assert ("grandfather_days" in lines) == (key == "stoughton")
    assert load_profile(key).review_interval_days == 180


@pytest.mark.parametrize("key", KEYS)
def test_the_head_count_warning_has_a_figure_marked_as_clerkdesks(key: str) -> None:
    profile = load_profile(key)
    assert profile.max_authorized_users == PolicyProfile.max_authorized_users == 5
    assert "R4" in comment(settings_lines(key)["max_authorized_users"])


def test_the_offices_and_authorities_are_the_policies() -> None:
    offices = {key: load_profile(key).coordinating_office for key in KEYS}
    assert offices["wausau"] == "Social Media Coordinator"
    assert offices["janesville"] == "City Manager's Office"
    assert offices["madison"] == "Mayor's Office"
    assert load_profile("wausau").authorities == ("coordinator",)
    assert load_profile("janesville").authorities == ("city-manager",)
    assert "quarterly" not in load_profile("milwaukee").notes


# -- a bad profile file ----------------------------------------------------------------------

GOOD = """key = "springfield"
title = "Springfield Social Media Policy"
coordinating_office = "City Clerk"
authorities = ["mayor"]
review_interval_days = 180

[rules]
R1 = "policy"
R7 = "practice"
"""


def test_a_good_file_parses() -> None:
    profile = parse_profile(GOOD, "springfield.toml")
    assert (profile.key, profile.basis("R7"), profile.basis("R5")) == (
        "springfield",
        "practice",
        "off",
    )


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (('R7 = "practice"', 'R7 = "practice"\nR22 = "policy"'), 10, "unknown rule 'R22'"),
        (('R1 = "policy"', 'R1 = "sometimes"'), 8, "R1: unknown basis 'sometimes'"),
        (("review_interval_days = 180", 'review_interval_days = "often"'), 5, "whole number"),
        (("review_interval_days = 180", "review_interval_days = true"), 5, "whole number"),
        (('authorities = ["mayor"]', 'authorities = "mayor"'), 4, "a list of names"),
        (('authorities = ["mayor"]', 'authorities = ["sheriff"]'), 4, "unknown authority"),
        (("review_interval_days = 180", 'adopted = "2019-13-01"'), 5, "must be a date"),
        (('coordinating_office = "City Clerk"', "coordinating_office = 7"), 3, "text in quotes"),
        (("title = ", 'colour = "blue"\ntitle = '), 2, "unknown setting 'colour'"),
    ],
)
def test_a_bad_file_is_refused_with_its_name_and_line(
    change: tuple[str, str], line: int, words: str
) -> None:
    text = GOOD.replace(*change)
    with pytest.raises(ClerkDeskError) as caught:
        parse_profile(text, "springfield.toml")
    assert caught.value.message.startswith(f"springfield.toml:{line}: ")
    assert words in caught.value.message


def test_malformed_toml_names_the_file() -> None:
    with pytest.raises(ClerkDeskError, match=r"^springfield\.toml: not valid TOML.*line 2"):
        parse_profile('key = "x"\ntitle = \n', "springfield.toml")
