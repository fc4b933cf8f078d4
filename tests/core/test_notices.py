"""A profile's own notices (R15): the `[notices]` table at the end of a profile file, what a
profile without one keeps asking, and what is refused."""

from __future__ import annotations

import pytest

from clerkdesk.core.duties import NOTICES
from clerkdesk.core.errors import ClerkDeskError, ValidationError
from clerkdesk.core.notices import (
    city_notices,
    finding_rule,
    finding_rules,
    finding_words,
    one_line,
    site_notices,
)
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.core.profile_file import parse_profile
from clerkdesk.resources import load_profile

HEAD = 'key = "x"\ntitle = "X"\ncoordinating_office = "Clerk"\nauthorities = ["mayor"]\n'
TABLE = '[rules]\nR15 = "policy"\n\n[notices]\nhours = "Our hours"\ncontact = "Call the Clerk"\n'


def test_a_file_s_table_is_the_city_s_notices_each_checked_by_default() -> None:
    profile = parse_profile(HEAD + TABLE)
    assert city_notices(profile) == {"hours": "Our hours", "contact": "Call the Clerk"}
    assert profile.site_notices == ("hours", "contact")
    assert finding_words(profile, "notice-hours") == "Notice missing: Our hours"
    assert finding_rule("notice-hours") == "R15"
    assert "notice-hours" in finding_rules(profile)
    assert "notice-department" not in finding_rules(profile)  # not this city's
    assert finding_rules(profile)["mfa"] == "R11"
    # Kept by the database as the dict it saves, in the file's order.
    again = PolicyProfile.from_dict(profile.to_dict())
    assert again == profile
    assert list(city_notices(again)) == ["hours", "contact"]


def test_a_profile_without_the_table_keeps_the_generic_notices() -> None:
    profile = parse_profile(HEAD + 'site_notices = ["purpose", "contact"]\n')
    assert city_notices(profile) == NOTICES
    assert site_notices(profile) == {"purpose": NOTICES["purpose"], "contact": NOTICES["contact"]}
    saved = profile.to_dict()
    del saved["notices"]  # a profile saved before the table existed
    assert PolicyProfile.from_dict(saved).site_notices == ("purpose", "contact")
    assert finding_words(profile, "notice-purpose") == "Notice missing: Its purpose and scope"


def test_a_file_may_pick_some_of_its_own_notices() -> None:
    profile = parse_profile(HEAD + 'site_notices = ["contact"]\n' + TABLE)
    assert site_notices(profile) == {"contact": "Call the Clerk"}
    assert profile.with_changes(site_notices=("hours",)).site_notices == ("hours",)
    with pytest.raises(ValidationError) as caught:
        profile.with_changes(site_notices=("department",))  # a generic name, not the city's
    assert caught.value.fields == {
        "site_notices": "names an unknown notice (one of: hours, contact)"
    }


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ('Hours = "x"', "profile file:9: notices: 'Hours' is not a notice name"),
        ('hours = ""', "profile file:9: notices: 'hours': give the words the checklist prints"),
        ("hours = 3", "profile file:9: notices: 'hours': give the words the checklist prints"),
        (f'hours = "{"x" * 601}"', "profile file:9: notices: 'hours': at most 600 characters"),
    ],
)
def test_a_bad_table_is_refused_at_its_line(table: str, problem: str) -> None:
    with pytest.raises(ClerkDeskError) as caught:
        parse_profile(HEAD + '[rules]\nR15 = "policy"\n\n[notices]\n' + table + "\n")
    assert caught.value.message.startswith(problem)


def test_each_shipped_city_s_notices() -> None:
    assert list(city_notices(load_profile("madison"))) == ["limited-subject", "links-disclaimer"]
    wausau = city_notices(load_profile("wausau"))
    assert "links-disclaimer" not in wausau and "public-records" not in wausau
    assert "website-link" in wausau
    janesville = city_notices(load_profile("janesville"))
    assert janesville["not-monitored"].startswith("This forum is not monitored at all times.")
    # Stoughton's policy asks for no notice (R15 off): the generic list, never a finding.
    stoughton = load_profile("stoughton")
    assert city_notices(stoughton) == NOTICES and not stoughton.applies("R15")
    milwaukee = load_profile("milwaukee")
    assert list(city_notices(milwaukee)) == ["purpose"] and not milwaukee.applies("R15")


def test_one_line_cuts_long_words_at_a_word() -> None:
    assert one_line("Short words") == "Short words"
    cut = one_line("word " * 40)
    assert cut.endswith("word…") and len(cut) <= 91
